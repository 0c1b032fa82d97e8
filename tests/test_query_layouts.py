"""The canned queries, rewritten for Oxigraph's planner at corpus scale (docs/store.md,
"Canned queries"), give the same rows as their plain formulations (kept in
tests/fixtures/queries-reference/), over a store and over the same graphs read from a file.

The data: 34 articles made from the fixtures (tests/corpus_sample.py: two rounds, people
varying from round to round, countries and organisations shared), built to N-Quads by
`kg build` and loaded by `kg load`, so that facts are shared between article graphs.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.pipeline.build import build_corpus
from kg.resources import QUERIES, indexed_query, query_names, read_query
from kg.store.load import load
from tests.corpus_sample import write_sample

REFERENCE = Path(__file__).parent / "fixtures" / "queries-reference"
# The projected columns each query orders by (statements also by the file, not projected):
# rows may differ in order only where all its ORDER BY keys tie.
ORDER = {
    "statements": ("begin", "end", "speaker"),
    "statements-about-country": ("country", "file", "begin"),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(N-Quads file, store directory) of the sample corpus."""
    folder = tmp_path_factory.mktemp("layouts")
    write_sample(folder / "articles", 34)
    graphs = folder / "corpus.nq"
    summary = build_corpus([folder / "articles"], output=graphs, quiet=True)
    assert len(summary.built) == 34
    load(graphs, folder / "store", quiet=True)
    return graphs, folder / "store"


def _rows(store: ox.Store, sparql: str) -> tuple[list[str], list[tuple[str | None, ...]]]:
    result = store.query(sparql)
    columns = [v.value for v in result.variables]  # type: ignore[union-attr]
    rows = [tuple(None if s[c] is None else str(s[c]) for c in columns) for s in result]
    return columns, rows


def test_reference_queries_cover_every_canned_query() -> None:
    assert sorted(p.stem for p in REFERENCE.glob("*.rq")) == query_names()
    indexed = sorted(p.stem for p in (QUERIES / "indexed").glob("*.rq"))
    assert set(indexed) < set(query_names())
    assert indexed == ["former-posts", "people", "roles", "statements", "statements-about-country"]


@pytest.mark.parametrize("form", ["plain", "indexed"])
@pytest.mark.parametrize("name", query_names())
def test_canned_query_gives_the_reference_rows(
    name: str, form: str, corpus: tuple[Path, Path]
) -> None:
    """Both forms of each canned query: the plain one (any engine, any layout) and the one
    reading the query index (what kg query runs where the index is, docs/store.md)."""
    graphs, directory = corpus
    store = ox.Store.read_only(str(directory))
    text = read_query(name) if form == "plain" else indexed_query(name)
    if text is None:
        pytest.skip(f"{name} has no indexed form")
    columns, shipped = _rows(store, text)
    reference_columns, reference = _rows(store, (REFERENCE / f"{name}.rq").read_text("utf-8"))
    assert columns == reference_columns
    assert reference, f"{name}: the sample gives no row, so the test proves nothing"
    if name in ORDER:  # the same rows, in the same order up to ties of the ORDER BY keys
        keys = [columns.index(c) for c in ORDER[name]]
        assert sorted(shipped, key=repr) == sorted(reference, key=repr)
        assert [[r[k] for k in keys] for r in shipped] == [[r[k] for k in keys] for r in reference]
    else:
        assert shipped == reference
    from kg.store.embedded import memory_store

    assert _rows(memory_store(graphs), text) == (columns, shipped)
