"""`kg eval`'s library side: build the articles the gold files name and score each one.

The rows compared are those the canned queries return (`queries/roles.rq`,
`queries/statements.rq`), taken straight from the extraction so no RDF round trip is needed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.eval.gold import Gold, RoleRow, StatementRow, gold_files
from kg.eval.people import person_recall
from kg.eval.score import ArticleScore, score_article
from kg.pipeline.annotate import DEFAULT as DEFAULT_ANNOTATOR
from kg.pipeline.annotate import get_annotator
from kg.pipeline.extract import Extraction
from kg.pipeline.pipeline import process_file


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
    annotator: str = DEFAULT_ANNOTATOR,
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
        score = score_article(g, role_rows(extraction), statement_rows(extraction))
        score.people = person_recall(g, extraction)
        scores.append(score)
    return EvalReport(scores)
