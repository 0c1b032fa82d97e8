"""`kg build -o` streams the graph article by article (kg.pipeline.rdf.stream): the same
statements as serialising the whole graph at once, each shared statement written once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import __version__
from kg.pipeline.build import build_corpus
from kg.pipeline.pipeline import process_file
from kg.pipeline.rdf.builder import build_quads

ARTICLES = sorted((Path(__file__).parent / "fixtures" / "articles").glob("*.txt"))[:6]
FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}


def _statements(data: bytes, fmt: str) -> list[tuple[object, ...]]:
    """Statements with the build time made constant (it is the only thing that varies)."""
    out = []
    for q in ox.parse(data, format=FORMATS[fmt]):
        obj = ox.Literal("T") if q.predicate.value.endswith("endedAtTime") else q.object
        out.append((q.subject, q.predicate, obj, q.graph_name))
    return out


@pytest.mark.parametrize("fmt", list(FORMATS))
@pytest.mark.parametrize("workers", [1, 2])
def test_streamed_output_is_the_whole_graph(tmp_path: Path, fmt: str, workers: int) -> None:
    out = tmp_path / f"corpus.{fmt}"
    build_corpus(ARTICLES, output=out, fmt=fmt, quiet=True, workers=workers)
    streamed = _statements(out.read_bytes(), fmt)
    when = datetime.now(UTC)
    quads = build_quads(
        [process_file(p) for p in ARTICLES], tool_version=__version__, generated_at=when
    )
    union = fmt in ("turtle", "nt")
    whole = {(q.subject, q.predicate, q.object, None if union else q.graph_name) for q in quads}
    expected = {
        (s, p, ox.Literal("T") if p.value.endswith("endedAtTime") else o, g) for s, p, o, g in whole
    }
    got = [(s, p, o, None if union else g) for s, p, o, g in streamed]
    assert len(got) == len(set(got))  # each statement once, shared entities included
    assert set(got) == expected
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left


def test_shared_statements_repeat_across_articles() -> None:
    """The union formats have something to deduplicate in these articles."""
    quads = build_quads([process_file(p) for p in ARTICLES], tool_version=__version__)
    triples = [q.triple for q in quads]
    assert len(triples) > len(set(triples))
