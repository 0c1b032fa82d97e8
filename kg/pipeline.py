"""The whole path: article file → Document → Annotation → Extraction (→ RDF in kg.rdf)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.annotate import Annotator, get_annotator
from kg.errors import InputError
from kg.evaluate import ArticleScore, Gold, RoleRow, StatementRow, gold_files, score_article
from kg.extract import Extraction, extract
from kg.text import Document, read_article


def process(document: Document, annotator: Annotator | str = "rules") -> Extraction:
    """Annotate and extract one document."""
    if isinstance(annotator, str):
        annotator = get_annotator(annotator)
    return extract(annotator.annotate(document))


def process_file(
    path: str | Path, annotator: Annotator | str = "rules", encoding: str | None = None
) -> Extraction:
    """Read, annotate and extract one article file."""
    return process(read_article(path, encoding=encoding), annotator)


def role_rows(extraction: Extraction) -> list[RoleRow]:
    """(person, role, organisation) rows, as `queries/roles.rq` returns them."""
    return [
        (r.person.label, r.role, r.organisation.label if r.organisation else "")
        for r in extraction.roles
    ]


def statement_rows(extraction: Extraction) -> list[StatementRow]:
    """(speaker, cue, position) rows, as `queries/statements.rq` returns them."""
    return [(s.speaker.label, s.cue, s.position) for s in extraction.statements]


@dataclass
class EvalReport:
    """Per-article scores in gold order."""

    articles: list[ArticleScore]


def evaluate(
    gold: Iterable[str | Path],
    articles: str | Path | None = None,
    annotator: str = "rules",
) -> EvalReport:
    """Build every article named by the gold files and score it.

    `articles` defaults to `articles/` beside the (first) gold directory.
    """
    files = gold_files(Path(p) for p in gold)
    base = Path(articles) if articles else files[0].parent.parent / "articles"
    if not base.is_dir():
        raise InputError(f"{base}: articles directory not found; pass --articles DIR")
    instance = get_annotator(annotator)
    scores = []
    for path in files:
        g = Gold.load(path)
        extraction = process_file(base / g.document, instance)
        scores.append(score_article(g, role_rows(extraction), statement_rows(extraction)))
    return EvalReport(scores)
