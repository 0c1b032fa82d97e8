"""Integration tests against a real Oxigraph server on 127.0.0.1 (marker `server`)."""

from __future__ import annotations

import dataclasses
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from store_samples import TRICKY, count_quads, fail_second_apply, write_sample
from typer.testing import CliRunner

import kg.store.updates
from kg.cli import app
from kg.errors import StoreError
from kg.resources import query_names
from kg.store.endpoint import Endpoint, endpoint_urls
from kg.store.files import parse_file
from kg.store.index import INDEX_GRAPH
from kg.store.load import load, open_target
from kg.store.query import run_query

pytestmark = pytest.mark.server


@pytest.fixture(scope="module")
def trig(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_sample(tmp_path_factory.mktemp("graphs") / "sample.trig")


@pytest.fixture
def empty(server: str) -> str:
    """The server, emptied."""
    Endpoint(endpoint_urls(server)).update("DROP ALL")
    return server


def _count(url: str) -> int:
    return Endpoint(endpoint_urls(url)).quad_count()


def _graphs(url: str) -> dict[str, set[ox.Triple]]:
    endpoint = Endpoint(endpoint_urls(url))
    return {
        g: set(endpoint.execute(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"))
        for g in endpoint.graph_names()
    }


def _facts(url: str) -> set[ox.Triple]:
    return set(Endpoint(endpoint_urls(url)).execute("CONSTRUCT WHERE { ?s ?p ?o }"))


def _file_facts(path: Path) -> set[ox.Triple]:
    """The triples of a file as a store gives them back (typed literals canonical)."""
    store = ox.Store()
    store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in parse_file(path))
    return {q.triple for q in store}


def test_load_and_reload_keep_the_quad_count(empty: str, trig: Path) -> None:
    expected = count_quads(trig)
    first = load(trig, empty, batch_size=50, quiet=True)  # several update requests
    assert first.quads == expected and first.total == expected
    second = load(trig, empty, quiet=True)  # one request
    assert second.total == expected
    assert second.facts == len({q.triple for q in parse_file(trig)})
    assert _facts(empty) == _file_facts(trig)
    assert len(_graphs(empty)) == 3


def test_failing_load_leaves_each_graph_old_or_new_and_nothing_else(
    empty: str, trig: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    changed = tmp_path / "changed.trig"
    changed.write_text(trig.read_text(encoding="utf-8").replace("كارتر", "كارتي"), "utf-8")
    load(changed, empty, quiet=True)
    new = _graphs(empty)
    load(trig, empty, quiet=True)
    old = _graphs(empty)
    # 1. the client dies after the first batch
    fail_second_apply(monkeypatch, Endpoint)
    with pytest.raises(StoreError, match="injected"):
        load(changed, empty, batch_size=40, quiet=True)
    monkeypatch.undo()
    after = _graphs(empty)
    assert after.keys() == old.keys() and after != old
    assert all(after[g] in (old[g], new[g]) for g in after)
    assert _facts(empty) == set().union(*after.values())
    # 2. the server rejects a batch: it changes nothing
    load(trig, empty, quiet=True)
    real_insert = kg.store.updates.insert
    monkeypatch.setattr(kg.store.updates, "insert", lambda graphs: real_insert(graphs) + " <")
    with pytest.raises(StoreError, match="HTTP 400"):
        load(changed, empty, batch_size=40, quiet=True)
    monkeypatch.undo()
    assert _graphs(empty) == old
    # 3. the file is cut short: the graphs before the cut are replaced, the cut one is not
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(Exception, match="cannot parse"):
        load(changed, empty, batch_size=40, quiet=True)
    after = _graphs(empty)
    assert after.keys() == old.keys()
    assert all(after[g] in (old[g], new[g]) for g in after)
    assert run_query(empty, "statements").rows == run_query(trig, "statements").rows


def test_queries_ignore_leftover_staging_graphs_of_old_versions(empty: str, trig: Path) -> None:
    load(trig, empty, quiet=True)
    before = run_query(empty, "statements")
    copy = "INSERT { GRAPH <urn:kg:staging:dead:0> { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }"
    Endpoint(endpoint_urls(empty)).update(copy)
    assert run_query(empty, "statements") == before
    load(trig, empty, quiet=True)
    assert "urn:kg:staging:dead:0" in _graphs(empty)  # a graph kg did not make is never dropped


def test_arabic_literals_round_trip_byte_identical(empty: str, trig: Path) -> None:
    load(trig, empty, batch_size=100, quiet=True)
    rows = run_query(empty, "SELECT ?o WHERE { <https://example.org/tricky> ?p ?o }")
    assert rows.rows[0][0].encode("utf-8") == TRICKY.encode("utf-8")
    with urllib.request.urlopen(
        f"{empty}/store?graph=https%3A%2F%2Fexample.org%2Fgraph%2Ftricky", timeout=5
    ) as response:
        body = response.read()
    assert TRICKY.encode("utf-8").replace(b'"', b'\\"').replace(b"\n", b"\\n") in body


def test_file_store_and_endpoint_give_identical_rows(
    empty: str, trig: Path, tmp_path: Path
) -> None:
    load(trig, empty, quiet=True)
    store = tmp_path / "store"
    load(trig, store, quiet=True)
    for name in query_names():
        from_file = run_query(trig, name)
        assert run_query(store, name) == from_file, name
        assert run_query(empty, name) == from_file, name
        assert run_query(f"{empty}/query", name) == from_file, name


def test_cli_load_and_query_an_endpoint(empty: str, trig: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["load", str(trig), empty, "--batch-size", "100", "--quiet"])
    assert result.exit_code == 0, result.output
    assert result.output == ""
    result = runner.invoke(app, ["load", str(trig), empty])
    assert result.exit_code == 0
    total = count_quads(trig)
    facts = len({q.triple for q in parse_file(trig)})
    assert result.output == (
        f"Loaded {total} quads into {empty}/update, replacing 3 graphs "
        "(<https://example.org/graph/tricky>, "
        "<https://w3id.org/kg-arabic-news/id/graph/pentagon-2016.txt>, …) "
        f"(now {total} quads in named graphs, {facts} facts).\n"
    )
    result = runner.invoke(app, ["validate", empty])
    assert (result.exit_code, result.output) == (0, f"{empty}: conforms\n")
    result = runner.invoke(app, ["query", empty, "roles", "--format", "csv"])
    assert result.exit_code == 0
    from_file = runner.invoke(app, ["query", str(trig), "roles", "--format", "csv"])
    assert result.output == from_file.output
    assert result.output.startswith("person,role,organisation\n")


def test_endpoint_target_counts_graphs(empty: str, trig: Path) -> None:
    load(trig, empty, quiet=True)
    target = open_target(empty)
    assert len(target.graph_names()) == 3
    assert target.quad_count("https://example.org/graph/tricky") == 1


ARTICLES = Path(__file__).parent / "fixtures" / "articles"


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld", "trig", "nquads"])
def test_build_then_load_round_trips_in_every_format(fmt: str, empty: str, tmp_path: Path) -> None:
    """`kg build` → `kg load` with no extra flag, into the embedded store and the server:
    the same canned-query rows as the TriG build read as a file, and loading twice (or the
    same article from another format) replaces the article's graph instead of adding one."""
    runner = CliRunner()
    article = ARTICLES / "ar-news-001.txt"
    trig, out = tmp_path / "a.trig", tmp_path / f"a.{fmt.replace('turtle', 'ttl')}"
    out = out.with_suffix({"nt": ".nt", "jsonld": ".jsonld", "nquads": ".nq"}.get(fmt, out.suffix))
    for path, name in ((trig, "trig"), (out, fmt)):
        built = runner.invoke(app, ["build", str(article), "-o", str(path), "-f", name, "-q"])
        assert built.exit_code == 0, built.output
    graph = "https://w3id.org/kg-arabic-news/id/graph/ar-news-001.txt"
    for target in (str(tmp_path / "store"), empty):
        for _ in range(2):
            result = runner.invoke(app, ["load", str(out), target])
            assert result.exit_code == 0, result.output
            assert f"replacing graph <{graph}>" in result.output
        result = runner.invoke(app, ["load", str(trig), target, "-q"])
        assert result.exit_code == 0, result.output
        for name in query_names():
            assert run_query(target, name) == run_query(trig, name), (target, name)
        assert open_target(target).graph_names() == [graph]


def test_new_graphs_go_by_graph_store_posts_not_updates(
    empty: str, trig: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Into an Oxigraph server, graphs it does not hold are POSTed as N-Quads (parsed
    natively), never sent as SPARQL Update text; graphs it holds are replaced by updates.
    The one update of the load rewrites the query index (kg.store.index) and nothing else."""
    posts: list[int] = []
    updates: list[str] = []
    original_post, original_apply = Endpoint._post_nquads, Endpoint.apply

    def counting(self: Endpoint, body: bytes) -> bool:
        posts.append(len(body))
        return original_post(self, body)

    def index_only(self: Endpoint, update: str) -> None:
        if update.count("GRAPH ") != update.count(f"GRAPH {INDEX_GRAPH}"):
            raise AssertionError("a new graph was sent as a SPARQL Update")
        updates.append(update)
        original_apply(self, update)

    monkeypatch.setattr(Endpoint, "_post_nquads", counting)
    monkeypatch.setattr(Endpoint, "apply", index_only)
    first = load(trig, empty, batch_size=50, quiet=True)
    monkeypatch.undo()
    assert len(updates) == 1
    assert len(posts) > 1 and first.total == count_quads(trig)
    assert _facts(empty) == _file_facts(trig)
    assert run_query(empty, "statements").rows == run_query(trig, "statements").rows


def test_without_a_graph_store_endpoint_updates_are_used(empty: str, trig: Path) -> None:
    urls = endpoint_urls(empty)
    target = Endpoint(dataclasses.replace(urls, store=f"{empty}/no-such-service"))
    from kg.store.load import replace_graphs

    graphs, count = replace_graphs(target, parse_file(trig), batch_size=50)
    assert count == count_quads(trig) and len(graphs) == 3
    assert _facts(empty) == _file_facts(trig)
    assert not target._gsp_ok  # the 404 switched it to updates, once


def test_nquads_into_an_empty_server_go_to_its_bulk_loader_in_chunks(
    empty: str, trig: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A canonical N-Quads file into a server holding no graph: chunks of its lines with their
    facts POSTed to the bulk loader (no parsing in Python), the same graphs and facts as the
    checked path; into a server that holds the graphs, or from a file that is not line-by-
    line canonical, the checked path replaces them (no bulk POST)."""
    import kg.store.load as loader

    nquads = tmp_path / "sample.nq"
    nquads.write_bytes(ox.serialize(parse_file(trig), format=ox.RdfFormat.N_QUADS))
    bulk: list[int] = []
    original = Endpoint.bulk_add

    def counting(self: Endpoint, body: bytes) -> bool:
        bulk.append(len(body))
        return original(self, body)

    monkeypatch.setattr(Endpoint, "bulk_add", counting)
    monkeypatch.setattr(loader, "BULK_POST", 2000)
    first = load(nquads, empty, quiet=True)
    assert len(bulk) > 1 and first.quads == first.total == count_quads(trig)
    graphs, facts = _graphs(empty), _facts(empty)
    assert facts == _file_facts(trig)
    assert run_query(empty, "statements").rows == run_query(trig, "statements").rows
    bulk.clear()
    again = load(nquads, empty, quiet=True)  # the server holds the graphs: replaced
    assert not bulk and again.total == first.total
    assert (_graphs(empty), _facts(empty)) == (graphs, facts)
    commented = tmp_path / "commented.nq"  # not line-by-line canonical
    commented.write_bytes(b"# a comment\n" + nquads.read_bytes())
    for checked in (trig, commented):
        Endpoint(endpoint_urls(empty)).update("DROP ALL")
        assert load(checked, empty, quiet=True).total == first.total
        assert not bulk and (_graphs(empty), _facts(empty)) == (graphs, facts)
