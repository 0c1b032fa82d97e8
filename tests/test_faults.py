"""Issue 8, outputs and stores: atomic files, whole articles in stores, escaped SPARQL,
query errors and timeouts, endpoint faults that keep the previous graph."""

from __future__ import annotations

import os
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError, StoreError
from kg.files import write_atomically
from kg.pipeline.build import _replace_article
from kg.pipeline.rdf.builder import build_dataset
from kg.pipeline.rdf.formats import serialize
from kg.store.embedded import EmbeddedStore
from tests.rdf_samples import VERSION, WHEN, sample_extraction
from tests.test_rdf import ODD, odd_extraction

EXAMPLE = Path(__file__).parent.parent / "examples" / "ar-news-001.txt"
runner = CliRunner()
LABELS = "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l"


# Atomic files ---------------------------------------------------------------------------------


def test_interrupted_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "graph.ttl"
    out.write_text("old graph\n", encoding="utf-8")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt  # Ctrl-C after the data, before the rename

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(out, "new graph, " * 100_000)
    assert out.read_text(encoding="utf-8") == "old graph\n"
    assert list(tmp_path.iterdir()) == [out]


def test_write_keeps_permissions_and_reports_bad_targets(tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    write_atomically(out, "a\n")
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's 0600
    out.chmod(0o640)
    write_atomically(out, "b\n")
    assert (out.read_text(), out.stat().st_mode & 0o777) == ("b\n", 0o640)
    with pytest.raises(InputError, match=r"directory .*missing does not exist"):
        write_atomically(tmp_path / "missing" / "g.ttl", "x")
    with pytest.raises(InputError, match="is a directory"):
        write_atomically(tmp_path, "x")


# A store never holds half an article ----------------------------------------------------------


def test_build_into_store_keeps_the_previous_article_when_replacing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article, store = tmp_path / "a.txt", tmp_path / "store"
    article.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    assert runner.invoke(app, ["build", "-q", str(article), "--store", str(store)]).exit_code == 0
    with EmbeddedStore.open(store, create=False) as opened:
        before = (opened.graph_names(), opened.quad_count(), opened.fact_count())

    def failing(self: EmbeddedStore, update: str) -> None:
        raise StoreError(f"{self.path}: cannot replace graphs: disk full")

    monkeypatch.setattr(EmbeddedStore, "apply", failing)
    article.write_text(article.read_text(encoding="utf-8") + "\nوقال كيري إن الحوار مستمر.\n")
    result = runner.invoke(app, ["build", "-q", str(article), "--store", str(store)])
    assert result.exit_code == 1
    assert f"Error: {store}: cannot replace graphs: disk full\n" in result.output
    monkeypatch.undo()
    with EmbeddedStore.open(store, create=False) as opened:
        assert (opened.graph_names(), opened.quad_count(), opened.fact_count()) == before


# Text from articles never reaches SPARQL unescaped ---------------------------------------------


def _odd_dataset():  # noqa: ANN202
    return build_dataset(
        [sample_extraction(), odd_extraction()], tool_version=VERSION, generated_at=WHEN
    )


def _labels(rows: list[list[str]]) -> set[str]:
    return {row[0] for row in rows}


def test_odd_names_round_trip_through_the_embedded_store(tmp_path: Path) -> None:
    with EmbeddedStore.open(tmp_path / "store") as store:
        _replace_article(store, _odd_dataset())
        labels = _labels(store.query(LABELS).rows)
    assert ODD in labels and "\u200eاسم\u200f" in labels


class OxStub(BaseHTTPRequestHandler):
    """A SPARQL endpoint backed by an in-memory Oxigraph store: it really parses every
    update; the first `fail` update requests get a 500 answer."""

    store = ox.Store()
    fail = 0
    updates: list[str] = []

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        path = urllib.parse.urlsplit(self.path).path
        if path == "/update":
            text = body
            if self.headers.get("Content-Type", "").startswith("application/x-www-form"):
                text = urllib.parse.parse_qs(body)["update"][0]
            OxStub.updates.append(text)
            if OxStub.fail:
                OxStub.fail -= 1
                return self._send(500, b"injected server error", "text/plain")
            try:
                OxStub.store.update(text)
            except SyntaxError as exc:
                return self._send(400, str(exc).encode(), "text/plain")
            return self._send(204, b"", "text/plain")
        if path == "/query":
            query = urllib.parse.parse_qs(body)["query"][0]
            result = OxStub.store.query(query, use_default_graph_as_union=True)
            data = result.serialize(format=ox.QueryResultsFormat.JSON)
            return self._send(200, data, "application/sparql-results+json")
        return self._send(404, b"no such service", "text/plain")  # no GSP: INSERT DATA

    do_GET = do_POST

    def _send(self, status: int, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture
def oxstub() -> Iterator[str]:
    OxStub.store, OxStub.fail, OxStub.updates = ox.Store(), 0, []
    server = ThreadingHTTPServer(("127.0.0.1", 0), OxStub)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _stub_labels() -> set[str]:
    result = OxStub.store.query(LABELS, use_default_graph_as_union=True)
    return {solution["l"].value for solution in result}  # type: ignore[union-attr]


def test_odd_names_round_trip_through_sparql_update(oxstub: str, tmp_path: Path) -> None:
    graph_file = tmp_path / "odd.trig"
    graph_file.write_text(serialize(_odd_dataset(), "trig"), encoding="utf-8")
    result = runner.invoke(app, ["load", str(graph_file), oxstub, "-q"])
    assert result.exit_code == 0, result.output
    assert {ODD, "\u200eاسم\u200f", 'دور "غريب"', "منظمة {غريبة}"} <= _stub_labels()
    assert any('\\"quoted\\"' in update for update in OxStub.updates)  # escaped, not pasted


def test_endpoint_failure_keeps_the_previous_graph(oxstub: str, tmp_path: Path) -> None:
    first, second = tmp_path / "first.trig", tmp_path / "second.trig"
    dataset = build_dataset([sample_extraction()], tool_version=VERSION, generated_at=WHEN)
    first.write_text(serialize(dataset, "trig"), encoding="utf-8")
    second.write_text(first.read_text(encoding="utf-8").replace("كارتر", "كارتي"))
    assert runner.invoke(app, ["load", str(first), oxstub, "-q"]).exit_code == 0
    before = _stub_labels()
    OxStub.fail = 99  # the server keeps failing: bounded retries, then a clear error
    OxStub.updates = []
    result = runner.invoke(app, ["load", str(second), oxstub, "-q"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {oxstub}/update: server error 500 while trying to")
    assert result.output.count("\n") == 1
    assert len(OxStub.updates) <= 8  # bounded: a few attempts per request, not forever
    assert _stub_labels() == before
    OxStub.fail = 0


@pytest.mark.parametrize("status", [401, 403])
def test_endpoint_refusals_exit_1_with_one_line(status: int, tmp_path: Path) -> None:
    class Refuse(OxStub):
        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self._send(status, b"no", "text/plain")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Refuse)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    graph_file = tmp_path / "g.trig"
    dataset = build_dataset([sample_extraction()], tool_version=VERSION, generated_at=WHEN)
    graph_file.write_text(serialize(dataset, "trig"), encoding="utf-8")
    try:
        result = runner.invoke(app, ["load", str(graph_file), url, "-q"])
    finally:
        server.shutdown()
        server.server_close()
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert result.output.startswith(f"Error: {url}/query: {status} ")  # the first request


# Queries --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("q") / "g.nt"
    dataset = build_dataset([sample_extraction()], tool_version=VERSION, generated_at=WHEN)
    path.write_text(serialize(dataset, "nt"), encoding="utf-8")
    return path


def test_malformed_query_names_line_and_column(graph_file: Path) -> None:
    result = runner.invoke(app, ["query", str(graph_file), "SELECT ?x WHERE {\n  ?x ?p \n}"])
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert result.output.startswith("Error: malformed or failing query:")
    assert "at line:3 col:" in result.output


def test_query_timeout_gives_up(graph_file: Path) -> None:
    # ~10^7 rows, a few seconds: the abandoned query ends soon after the test
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    result = runner.invoke(app, ["query", str(graph_file), heavy, "--timeout", "0.5"])
    assert (result.exit_code, result.output) == (
        1,
        "Error: the query did not finish in 0.5 s; add a LIMIT, narrow it, or raise --timeout\n",
    )
