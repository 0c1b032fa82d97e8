"""Integration tests against a real Oxigraph server on 127.0.0.1 (marker `server`)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_samples import TRICKY, count_quads, write_sample
from typer.testing import CliRunner

import kg.store.endpoint
from kg.cli import app
from kg.errors import StoreError
from kg.resources import query_names
from kg.store.endpoint import Endpoint, endpoint_urls
from kg.store.load import Connection, load, open_target
from kg.store.query import run_query

pytestmark = pytest.mark.server


def _oxigraph() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Start `oxigraph serve` on a free loopback port; yield its base URL; stop it."""
    binary = _oxigraph()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph") / "db"
    log = (location.parent / "server.log").open("wb")
    process = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"oxigraph did not start: {(location.parent / 'server.log')}")
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


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


def _staging(url: str) -> list[str]:
    names = Endpoint(endpoint_urls(url)).graph_names()
    return [g for g in names if g.startswith("urn:kg:staging:")]


def test_load_and_reload_keep_the_quad_count(empty: str, trig: Path) -> None:
    expected = count_quads(trig)
    first = load(trig, empty, batch_size=50, quiet=True)  # GSP batches, then one MOVE
    assert first.quads == expected and first.total == expected
    second = load(trig, empty, quiet=True)  # one DROP + INSERT DATA request
    assert second.total == expected
    third = load(trig, empty, batch_size=64, connection=Connection(gsp=False), quiet=True)
    assert third.total == expected
    assert _staging(empty) == []


def test_without_gsp_batches_use_insert_data(empty: str, trig: Path) -> None:
    connection = Connection(store_url=f"{empty}/no-such-gsp")  # 404: falls back
    result = load(trig, empty, batch_size=100, connection=connection, quiet=True)
    assert result.total == count_quads(trig)


def test_failing_load_leaves_the_previous_graphs(
    empty: str, trig: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load(trig, empty, quiet=True)
    before = run_query(empty, "roles")
    changed = tmp_path / "changed.trig"
    changed.write_text(trig.read_text(encoding="utf-8").replace("كارتر", "كارتي"), "utf-8")
    # 1. the client dies after two batches
    calls: list[int] = []
    original = Endpoint.write_batch

    def dying(self: Endpoint, quads: list) -> None:  # type: ignore[type-arg]
        calls.append(1)
        if len(calls) == 3:
            raise StoreError("injected failure")
        original(self, quads)

    monkeypatch.setattr(Endpoint, "write_batch", dying)
    with pytest.raises(StoreError, match="injected"):
        load(changed, empty, batch_size=40, quiet=True)
    monkeypatch.undo()
    assert run_query(empty, "roles") == before
    # 2. the server rejects a batch mid-way (INSERT DATA path, no GSP)
    blocks: list[int] = []
    real_block = kg.store.endpoint._graph_block

    def corrupt(graph, triples):  # type: ignore[no-untyped-def]
        blocks.append(1)
        return real_block(graph, triples) + (" <broken" if len(blocks) == 2 else "")

    monkeypatch.setattr(kg.store.endpoint, "_graph_block", corrupt)
    with pytest.raises(StoreError, match="HTTP 400"):
        load(changed, empty, batch_size=40, connection=Connection(gsp=False), quiet=True)
    monkeypatch.undo()
    # 3. the file is cut short: the parser fails after some batches were sent
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(Exception, match="cannot parse"):
        load(changed, empty, batch_size=40, quiet=True)
    assert run_query(empty, "roles") == before
    assert _count(empty) == count_quads(trig)
    assert _staging(empty) == []


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
    assert result.output == (
        f"Loaded {total} quads into 3 graph(s) of {empty}/query (now {total} quads in total).\n"
    )
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
