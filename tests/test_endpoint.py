"""Endpoint client without a real store: URL conventions, auth, retries, error messages.

A tiny stub HTTP server on 127.0.0.1 plays the endpoint.
"""

from __future__ import annotations

import base64
import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError, QueryError, StoreError
from kg.store.endpoint import Endpoint, EndpointUrls, endpoint_urls
from kg.store.load import Connection, open_target, read_password

SELECT = "SELECT ?x WHERE { ?x ?p ?o }"
ANSWER = {
    "head": {"vars": ["x"]},
    "results": {"bindings": [{"x": {"type": "literal", "value": "كيري"}}]},
}


class Stub(BaseHTTPRequestHandler):
    """Answers with the next scripted status (200 → a SELECT result), records requests."""

    script: list[int] = []
    seen: list[tuple[str, str, str | None]] = []
    bodies: list[str] = []
    delay = 0.0

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        request = urllib.parse.unquote_plus(self.rfile.read(length).decode("utf-8"))
        Stub.seen.append((self.command, self.path, self.headers.get("Authorization")))
        Stub.bodies.append(request)
        time.sleep(Stub.delay)
        status = Stub.script.pop(0) if Stub.script else 200
        kind, answer = "application/sparql-results+json", json.dumps(ANSWER).encode()
        if "ASK" in request:
            answer = b'{"head":{},"boolean":true}'
        elif "CONSTRUCT" in request:
            kind, answer = "application/n-triples", b'<http://e/s> <http://e/p> "\xd9\x83" .\n'
        body = answer if status == 200 else b"stub says no"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args: object) -> None:
        return None


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (timeout) breaks the pipe: not worth a traceback."""


@pytest.fixture
def stub() -> Iterator[str]:
    Stub.script, Stub.seen, Stub.bodies, Stub.delay = [], [], [], 0.0
    server = _QuietServer(("127.0.0.1", 0), Stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _endpoint(url: str, **kwargs: object) -> Endpoint:
    return Endpoint(endpoint_urls(url), sleep=lambda _: None, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("base", "query", "update", "timeout_param"),
    [
        ("http://h:7878", "http://h:7878/query", "http://h:7878/update", False),
        ("http://h:7878/query", "http://h:7878/query", "http://h:7878/update", False),
        ("http://h:3030/ds", "http://h:3030/ds/query", "http://h:3030/ds/update", True),
        ("http://h:3030/ds/query", "http://h:3030/ds/query", "http://h:3030/ds/update", True),
        (
            "https://h/repositories/news",
            "https://h/repositories/news",
            "https://h/repositories/news/statements",
            True,
        ),
        ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql", False),
    ],
)
def test_url_conventions(base: str, query: str, update: str, timeout_param: bool) -> None:
    urls = endpoint_urls(base)
    assert (urls.query, urls.update, urls.timeout_param) == (query, update, timeout_param)


def test_explicit_urls_win() -> None:
    urls = endpoint_urls("http://h:7878", query_url="http://q/sparql", update_url="http://u/up")
    assert urls == EndpointUrls("http://q/sparql", "http://u/up", False)


def test_credentials_in_the_url_are_refused() -> None:
    with pytest.raises(InputError, match="--password-env"):
        endpoint_urls("http://kg:secret@h:7878")


def test_password_from_env_or_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_TEST_PW", "s3cret")
    assert read_password("kg", "KG_TEST_PW", lambda _: "no") == "s3cret"
    assert (
        read_password("kg", None, lambda text: f"typed for {text}") == "typed for Password for kg: "
    )
    assert read_password(None, None, lambda _: "no") is None
    monkeypatch.delenv("KG_TEST_PW")
    with pytest.raises(InputError, match="KG_TEST_PW is not set"):
        read_password("kg", "KG_TEST_PW", lambda _: "no")


def test_basic_auth_is_sent_and_never_shown(stub: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_TEST_PW", "s3cret")
    target = open_target(stub, connection=Connection(user="kg", password_env="KG_TEST_PW"))
    assert target.query(SELECT).rows == [["كيري"]]
    expected = "Basic " + base64.b64encode(b"kg:s3cret").decode()
    assert Stub.seen[-1][2] == expected
    assert "s3cret" not in repr(target)
    Stub.script = [401]
    with pytest.raises(StoreError) as info:
        target.query(SELECT)
    assert str(info.value) == f"{stub}/query: 401 Unauthorized: check --user and --password-env"
    assert "s3cret" not in str(info.value)


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (403, "403 Forbidden: this account may not run the query"),
        (404, "404 Not Found: check the endpoint URL, or give the right one with --query-url"),
    ],
)
def test_client_errors_are_not_retried(stub: str, status: int, message: str) -> None:
    Stub.script = [status]
    with pytest.raises(StoreError) as info:
        _endpoint(stub).query(SELECT)
    assert str(info.value) == f"{stub}/query: {message}"
    assert len(Stub.seen) == 1


def test_bad_query_is_a_query_error(stub: str) -> None:
    Stub.script = [400]
    with pytest.raises(QueryError, match="rejected the query"):
        _endpoint(stub).query(SELECT)


def test_server_errors_are_retried_with_bounded_backoff(stub: str) -> None:
    Stub.script = [503, 502, 200]
    delays: list[float] = []
    endpoint = Endpoint(endpoint_urls(stub), sleep=delays.append, backoff=1, max_backoff=1.5)
    assert endpoint.query(SELECT).rows == [["كيري"]]
    assert delays == [1, 1.5]
    Stub.script = [500] * 4
    with pytest.raises(StoreError) as info:
        endpoint.query(SELECT)
    assert str(info.value).startswith(f"{stub}/query: server error 500 while trying to run")
    assert len(Stub.seen) == 3 + 4


def test_connection_refused_is_retried_then_reported() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    delays: list[float] = []
    endpoint = Endpoint(endpoint_urls(f"http://127.0.0.1:{port}"), sleep=delays.append)
    with pytest.raises(StoreError) as info:
        endpoint.query(SELECT)
    assert (
        str(info.value)
        == f"http://127.0.0.1:{port}/query: connection refused: is the server running?"
    )
    assert delays == [0.5, 1.0, 2.0]


def test_timeout_is_reported_and_not_retried(stub: str) -> None:
    Stub.delay = 1.5
    with pytest.raises(StoreError) as info:
        _endpoint(stub, timeout=1).update("DROP SILENT GRAPH <http://e/g>")
    assert str(info.value) == (
        f"{stub}/update: no answer in 1 s (--timeout) while trying to update the store; "
        "not retried (the server may still be running it)"
    )
    assert len(Stub.seen) == 1


def test_query_timeout_is_honoured_on_the_client_and_sent_to_fuseki(stub: str) -> None:
    Stub.delay = 1.5  # the answer would come after the timeout: exit 1 says none was awaited
    runner = CliRunner()
    result = runner.invoke(app, ["query", stub, SELECT, "--timeout", "0.5"])
    assert (result.exit_code, result.output) == (
        1,
        f"Error: {stub}/query: no answer in 0.5 s (--timeout) while trying to run the query; "
        "not retried (the server may still be running it)\n",
    )
    assert len(Stub.seen) == 1 and "timeout" not in Stub.bodies[0]  # Oxigraph has no such field
    Stub.delay = 0
    urls = endpoint_urls(f"{stub}/ds/query")
    Endpoint(urls, timeout=7).query(SELECT)
    assert Stub.bodies[-1].endswith("&timeout=7")


def test_every_query_form(stub: str) -> None:
    import pyoxigraph as ox

    endpoint = _endpoint(stub)
    assert bool(endpoint.execute("# ask me\nASK { ?s ?p ?o }")) is True
    assert endpoint.execute("CONSTRUCT WHERE { ?s ?p ?o }") == [
        ox.Triple(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("ك"))
    ]
    runner = CliRunner()
    result = runner.invoke(app, ["query", stub, "ASK { ?s ?p ?o }", "--format", "json"])
    assert (result.exit_code, result.output) == (0, '{"head":{},"boolean":true}\n')


def test_cli_reports_endpoint_errors(stub: str, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    Stub.script = [403]
    monkeypatch.setattr("kg.cli.options.terminal_available", lambda: True)  # typed on a tty
    result = runner.invoke(app, ["query", stub, SELECT, "--user", "kg"], input="pw\n")
    assert result.exit_code == 1
    assert result.output.endswith(
        f"Error: {stub}/query: 403 Forbidden: this account may not run the query\n"
    )
    assert "pw" not in result.output.replace("Password", "")
    monkeypatch.delenv("NOPE_PW", raising=False)
    result = runner.invoke(
        app, ["query", stub, SELECT, "--user", "kg", "--password-env", "NOPE_PW"]
    )
    assert (result.exit_code, result.output) == (
        1,
        "Error: environment variable NOPE_PW is not set\n",
    )
