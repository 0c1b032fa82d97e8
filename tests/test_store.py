"""The embedded Oxigraph store: load, re-load, graph-wise replace with the facts in the
default graph, queries, Arabic round trip."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from store_samples import TRICKY, TRICKY_G, count_quads, fail_second_apply, write_sample

from kg.errors import InputError, StoreError
from kg.resources import query_names
from kg.store.embedded import EmbeddedStore
from kg.store.files import parse_file
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
        assert len(opened.graph_names()) == 3
        assert opened.quad_count(str(TRICKY_G)) == 1
        assert opened.fact_count() == len({q.triple for q in parse_file(trig)})


def _graphs(store: Path) -> dict[str, set[ox.Quad]]:
    with EmbeddedStore.open(store, create=False, read_only=True) as opened:
        return {
            g: set(opened.store.quads_for_pattern(None, None, None, ox.NamedNode(g)))
            for g in opened.graph_names()
        }


def _facts(store: Path) -> set[ox.Triple]:
    with EmbeddedStore.open(store, create=False, read_only=True) as opened:
        return {
            q.triple for q in opened.store.quads_for_pattern(None, None, None, ox.DefaultGraph())
        }


def test_failure_mid_load_leaves_each_graph_old_or_new(
    trig: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, new_store = tmp_path / "store", tmp_path / "new"
    load(trig, store, quiet=True)
    old = _graphs(store)
    other = tmp_path / "other.trig"
    other.write_text(trig.read_text(encoding="utf-8").replace("كارتر", "كارتي"), encoding="utf-8")
    load(other, new_store, quiet=True)
    new = _graphs(new_store)
    fail_second_apply(monkeypatch, EmbeddedStore)
    with pytest.raises(StoreError, match="injected"):
        load(other, store, batch_size=40, quiet=True)
    monkeypatch.undo()
    after = _graphs(store)
    assert after.keys() == old.keys()  # nothing staged, nothing left behind
    assert all(after[g] in (old[g], new[g]) for g in after)
    assert after != old and after != new  # the first batch went in, the second did not
    assert _facts(store) == {q.triple for quads in after.values() for q in quads}


def test_truncated_file_fails_and_keeps_the_store(trig: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    load(trig, store, quiet=True)
    broken = tmp_path / "broken.trig"
    text = trig.read_text(encoding="utf-8")
    broken.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    before = _graphs(store)
    with pytest.raises(InputError, match="cannot parse as trig"):
        load(broken, store, batch_size=30, quiet=True)
    assert _graphs(store) == before  # the cut graph is not touched; the others are the same


def test_failed_load_into_a_new_store_leaves_it_empty(trig: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.nq"
    lines = write_sample(tmp_path / "s.nq", "nquads").read_text(encoding="utf-8").splitlines()
    broken.write_text("\n".join([*lines[:50], "<broken", *lines[50:]]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="cannot parse as nquads"):
        load(broken, tmp_path / "store", quiet=True)
    with EmbeddedStore.open(tmp_path / "store", create=False) as opened:
        assert opened.is_empty()


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


def test_turtle_file_of_several_articles_goes_to_the_file_graph(tmp_path: Path) -> None:
    ttl = write_sample(tmp_path / "sample.ttl", "turtle")
    result = load(ttl, tmp_path / "store", quiet=True)
    assert result.graphs == [ttl.resolve().as_uri()]
    assert result.total == count_quads(ttl)
    result = load(ttl, tmp_path / "store", graph="https://example.org/g", quiet=True)
    assert result.graphs == ["https://example.org/g"]
    assert result.total == 2 * count_quads(ttl)


def test_nquads_with_triples_outside_graphs_are_refused(tmp_path: Path) -> None:
    nq = tmp_path / "mixed.nq"
    nq.write_text('<http://e/s> <http://e/p> "x" <http://e/g> .\n<http://e/s> <http://e/p> "y" .\n')
    for store in (tmp_path / "new", tmp_path / "used"):
        if store.name == "used":
            load(write_sample(tmp_path / "s.trig"), store, quiet=True)
        with pytest.raises(InputError, match="outside any named graph; pass --graph IRI"):
            load(nq, store, quiet=True)


@pytest.mark.parametrize("value", ["not an iri", "relative/path", "http://e/a b", ""])
def test_graph_must_be_an_absolute_iri(value: str, trig: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--graph .* is not"):
        load(trig, tmp_path / "store", graph=value or ":", quiet=True)
    assert not (tmp_path / "store").exists()  # checked before anything is opened


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


def test_query_file_reads_the_facts_once_each(trig: Path) -> None:
    rows = run_query(trig, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(rows.rows[0][0]) == len({q.triple for q in parse_file(trig)}) > 300


def test_refuses_a_directory_that_is_not_a_store(tmp_path: Path, trig: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="not an Oxigraph store"):
        load(trig, tmp_path, quiet=True)


def test_store_in_use_is_reported(tmp_path: Path, trig: Path) -> None:
    store = tmp_path / "store"
    with EmbeddedStore.open(store), pytest.raises(StoreError, match="in use by another"):
        EmbeddedStore.open(store)


def test_a_user_graph_named_like_old_staging_graphs_is_kept(trig: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    mine = ox.NamedNode("urn:kg:staging:mine")
    quad = ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("x"), mine)
    with EmbeddedStore.open(store) as opened:
        opened.store.add(quad)
    load(trig, store, quiet=True)
    load(trig, store, batch_size=40, quiet=True)
    with EmbeddedStore.open(store) as opened:
        assert list(opened.store.quads_for_pattern(None, None, None, mine)) == [quad]


def test_rebuilt_article_leaves_its_old_facts_and_keeps_shared_ones(
    trig: Path, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    load(trig, store, quiet=True)
    graphs = _graphs(store)
    first = next(g for g in graphs if g.endswith("pentagon-2016.txt"))
    second = next(g for g in graphs if g.endswith("second.txt"))
    only_first = {q.triple for q in graphs[first]} - {q.triple for q in graphs[second]}
    shared = {q.triple for q in graphs[first]} & {q.triple for q in graphs[second]}
    assert only_first and shared
    kept = [q for q in graphs[first] if "pentagon" not in str(q.subject)][:1]
    nq = tmp_path / "rebuilt.nq"
    nq.write_bytes(ox.serialize(kept, format=ox.RdfFormat.N_QUADS))
    load(nq, store, quiet=True)
    facts = _facts(store)
    assert shared <= facts  # another article still holds them
    assert not (only_first - {q.triple for q in kept}) & facts  # its old facts left
    assert _graphs(store)[first] == set(kept)
    load(trig, store, quiet=True)  # and back: idempotent
    assert _graphs(store) == graphs


def test_replace_graphs_rejects_a_zero_batch(tmp_path: Path) -> None:
    with EmbeddedStore.open(tmp_path / "s") as opened, pytest.raises(InputError):
        replace_graphs(opened, [], batch_size=0)


def test_cli_graph_that_is_not_an_iri_is_one_line(trig: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(
        app, ["load", str(trig), str(tmp_path / "s"), "--graph", "not an iri"]
    )
    assert (result.exit_code, result.output) == (
        1,
        "Error: --graph 'not an iri' is not an absolute IRI (e.g. https://example.org/g)\n",
    )
    assert not (tmp_path / "s").exists()


def test_select_rows_reads_the_same_rows_as_term_by_term() -> None:
    """Rows read from the engine's CSV answer (`select_rows`) are the lexical values that
    reading each term gives: commas, quotes and line breaks in literals, unbound values,
    numbers, one-column answers with empty cells; blank nodes (spelled ``_:id`` in CSV, as
    a literal may be) are read term by term."""
    from kg.store.embedded import rows_from_solutions, select_rows

    store = ox.Store()
    p, q = ox.NamedNode("http://example.org/p"), ox.NamedNode("http://example.org/q")
    s = ox.NamedNode("http://example.org/s")
    for value in ['قال: "نعم", ثم\nمضى\r\nبعدها', "", "_:not a node", "1,2"]:
        store.add(ox.Quad(s, p, ox.Literal(value, language="ar")))
    store.add(ox.Quad(s, q, ox.Literal(7)))
    queries = [
        "SELECT ?o ?n WHERE { ?s <http://example.org/p> ?o "
        "OPTIONAL { ?s <http://example.org/missing> ?n } } ORDER BY ?o",
        "SELECT ?n WHERE { ?s <http://example.org/p> ?o "
        "OPTIONAL { ?s <http://example.org/missing> ?n } }",
        "SELECT ?s ?o WHERE { ?s <http://example.org/q> ?o }",
    ]
    for sparql in queries:
        fast = select_rows(lambda sparql=sparql: store.query(sparql))
        assert fast == rows_from_solutions(store.query(sparql))
    store.add(ox.Quad(ox.BlankNode("b1"), q, ox.Literal(8)))
    sparql = "SELECT ?s ?o WHERE { ?s <http://example.org/q> ?o } ORDER BY ?o"
    fast = select_rows(lambda: store.query(sparql))
    assert fast.rows == [["http://example.org/s", "7"], ["b1", "8"]]


@pytest.mark.parametrize("fast", [True, False])
def test_bulk_load_returns_what_the_store_then_holds(
    trig: Path, tmp_path: Path, fast: bool
) -> None:
    # bulk_load counts the quads and facts it wrote (kg load's summary): the same as the
    # store's counts read afterwards, through Oxigraph's parser (N-Quads) or Python's
    nquads = tmp_path / "sample.nq"
    nquads.write_bytes(ox.serialize(list(parse_file(trig)), format=ox.RdfFormat.N_QUADS))
    with EmbeddedStore.open(tmp_path / "store") as store:
        read, counts = store.bulk_load(nquads, lambda: parse_file(nquads), fast=fast)
        assert read == count_quads(trig)
        assert counts == store.counts() == (store.quad_count(), store.fact_count())
