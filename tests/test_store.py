"""The embedded Oxigraph store: load, re-load, atomic replace, queries, Arabic round trip."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from store_samples import TRICKY, TRICKY_G, count_quads, write_sample

from kg.errors import InputError, StoreError
from kg.resources import query_names
from kg.store.embedded import STAGING_PREFIX, EmbeddedStore, parse_file, query_file
from kg.store.load import load, replace_graphs
from kg.store.query import run_query

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@pytest.fixture(scope="module")
def trig(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_sample(tmp_path_factory.mktemp("graphs") / "sample.trig")


def test_load_then_reload_keeps_the_quad_count(trig: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = load(trig, store, batch_size=50, quiet=True)
    second = load(trig, store, quiet=True)  # one batch: the direct path
    assert first.quads == second.quads == count_quads(trig)
    assert first.total == second.total == count_quads(trig)
    assert len(first.graphs) == 3
    with EmbeddedStore.open(store, create=False, read_only=True) as opened:
        assert opened.staging_graphs() == []
        assert opened.quad_count(str(TRICKY_G)) == 1


def test_failure_mid_load_leaves_the_previous_graphs(
    trig: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "store"
    load(trig, store, quiet=True)
    before = run_query(store, "roles")
    calls = []
    original = EmbeddedStore.write_batch

    def failing(self: EmbeddedStore, quads: list[ox.Quad]) -> None:
        calls.append(len(quads))
        if len(calls) == 3:
            raise StoreError("injected failure")
        original(self, quads)

    monkeypatch.setattr(EmbeddedStore, "write_batch", failing)
    other = tmp_path / "other.trig"
    other.write_text(trig.read_text(encoding="utf-8").replace("كارتر", "كارتي"), encoding="utf-8")
    with pytest.raises(StoreError, match="injected"):
        load(other, store, batch_size=40, quiet=True)
    monkeypatch.undo()
    assert run_query(store, "roles") == before
    with EmbeddedStore.open(store, create=False) as opened:
        assert opened.quad_count() == count_quads(trig)
        assert opened.staging_graphs() == []


def test_truncated_file_fails_and_keeps_the_store(trig: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    load(trig, store, quiet=True)
    broken = tmp_path / "broken.trig"
    text = trig.read_text(encoding="utf-8")
    broken.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    with pytest.raises(InputError, match="cannot parse as trig"):
        load(broken, store, batch_size=30, quiet=True)
    with EmbeddedStore.open(store, create=False) as opened:
        assert opened.quad_count() == count_quads(trig)
        assert opened.staging_graphs() == []


def test_arabic_literals_are_byte_identical(trig: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    load(trig, store, quiet=True)
    rows = run_query(store, "SELECT ?o WHERE { <https://example.org/tricky> ?p ?o }")
    assert rows.rows[0][0].encode("utf-8") == TRICKY.encode("utf-8")
    with EmbeddedStore.open(store, create=False, read_only=True) as opened:
        stored = _text_literals(opened.store)
    assert stored == _text_literals(parse_file(trig))
    assert TRICKY.encode("utf-8") in stored


def _text_literals(quads: object) -> set[bytes]:
    """UTF-8 bytes of every plain or language-tagged literal (typed values like xsd:dateTime
    are stored by Oxigraph in canonical form, so their lexical form may change)."""
    strings = {XSD_STRING, RDF_LANG_STRING}
    return {
        q.object.value.encode("utf-8")
        for q in quads  # type: ignore[attr-defined]
        if isinstance(q.object, ox.Literal) and q.object.datatype.value in strings
    }


@pytest.fixture(scope="module")
def loaded(trig: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("stores") / "store"
    load(trig, store, quiet=True)
    return store


@pytest.mark.parametrize("name", query_names())
def test_file_and_store_give_the_same_rows(name: str, trig: Path, loaded: Path) -> None:
    rows = run_query(loaded, name)
    assert rows == run_query(trig, name)
    assert rows.rows or name == "organisations"


def test_turtle_file_needs_a_graph_name(tmp_path: Path) -> None:
    ttl = write_sample(tmp_path / "sample.ttl", "turtle")
    with pytest.raises(InputError, match="pass --graph IRI"):
        load(ttl, tmp_path / "store", quiet=True)
    result = load(ttl, tmp_path / "store", graph="https://example.org/g", quiet=True)
    assert result.graphs == ["https://example.org/g"]
    assert result.total == count_quads(ttl)


def test_blank_nodes_stay_together_across_batches(tmp_path: Path) -> None:
    nq = tmp_path / "b.nq"
    lines = [f'<http://e/s{i}> <http://e/p> "{i}" <http://e/g> .' for i in range(20)]
    lines += ['_:b <http://e/p> "x" <http://e/g> .', "<http://e/s> <http://e/q> _:b <http://e/g> ."]
    nq.write_text("\n".join(lines) + "\n", encoding="utf-8")
    load(nq, tmp_path / "store", batch_size=5, quiet=True)
    rows = run_query(
        tmp_path / "store", "SELECT ?x WHERE { <http://e/s> <http://e/q>/<http://e/p> ?x }"
    )
    assert rows.rows == [["x"]]


def test_query_file_matches_the_rdflib_path(trig: Path) -> None:
    rows = query_file(trig, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(rows.rows[0][0]) > 400


def test_refuses_a_directory_that_is_not_a_store(tmp_path: Path, trig: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="not an Oxigraph store"):
        load(trig, tmp_path, quiet=True)


def test_store_in_use_is_reported(tmp_path: Path, trig: Path) -> None:
    store = tmp_path / "store"
    with EmbeddedStore.open(store), pytest.raises(StoreError, match="in use by another"):
        EmbeddedStore.open(store)


def test_stale_staging_graphs_are_dropped_on_open(tmp_path: Path) -> None:
    store = tmp_path / "store"
    with EmbeddedStore.open(store) as opened:
        stale = ox.NamedNode(f"{STAGING_PREFIX}dead:0")
        opened.write_batch([ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"),
                                    ox.Literal("x"), stale)])  # fmt: skip
    with EmbeddedStore.open(store) as opened:
        assert opened.staging_graphs() == []


def test_replace_graphs_rejects_a_zero_batch(tmp_path: Path) -> None:
    with EmbeddedStore.open(tmp_path / "s") as opened, pytest.raises(InputError):
        replace_graphs(opened, [], batch_size=0)
