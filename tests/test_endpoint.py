"""Endpoint client without a real store: URL conventions, auth, retries, error messages.

A tiny stub HTTP server on 127.0.0.1 plays the endpoint.
"""

from __future__ import annotations

import base64
import json
import threading
import time
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
    delay = 0.0

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        Stub.seen.append((self.command, self.path, self.headers.get("Authorization")))
        time.sleep(Stub.delay)
        status = Stub.script.pop(0) if Stub.script else 200
        body = json.dumps(ANSWER).encode() if status == 200 else b"stub says no"
        self.send_response(status)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture
def stub() -> Iterator[str]:
    Stub.script, Stub.seen, Stub.delay = [], [], 0.0
    server = ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _endpoint(url: str, **kwargs: object) -> Endpoint:
    return Endpoint(endpoint_urls(url), sleep=lambda _: None, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("base", "query", "update", "store"),
    [
        ("http://h:7878", "http://h:7878/query", "http://h:7878/update", "http://h:7878/store"),
        (
            "http://h:7878/query",
            "http://h:7878/query",
            "http://h:7878/update",
            "http://h:7878/store",
        ),
        (
            "http://h:3030/ds",
            "http://h:3030/ds/query",
            "http://h:3030/ds/update",
            "http://h:3030/ds/data",
        ),
        (
            "http://h:3030/ds/query",
            "http://h:3030/ds/query",
            "http://h:3030/ds/update",
            "http://h:3030/ds/data",
        ),
        (
            "https://h/repositories/news",
            "https://h/repositories/news",
            "https://h/repositories/news/statements",
            "https://h/repositories/news/rdf-graphs/service",
        ),
        ("http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql", None),
    ],
)
def test_url_conventions(base: str, query: str, update: str, store: str | None) -> None:
    urls = endpoint_urls(base)
    assert (urls.query, urls.update, urls.store) == (query, update, store)


def test_explicit_urls_win() -> None:
    urls = endpoint_urls("http://h:7878", query_url="http://q/sparql", update_url="http://u/up")
    assert urls == EndpointUrls("http://q/sparql", "http://u/up", "http://h:7878/store", False)


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
        (404, "404 Not Found: check the endpoint URL (--query-url/--update-url)"),
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


def test_timeout_is_reported(stub: str) -> None:
    Stub.delay = 1.5
    with pytest.raises(StoreError, match=r"timed out after 1 s while trying to update"):
        _endpoint(stub, timeout=1, retries=0).update("DROP SILENT GRAPH <http://e/g>")


def test_only_select_queries(stub: str) -> None:
    with pytest.raises(QueryError, match="only SELECT"):
        _endpoint(stub).query("# ask me\nASK { ?s ?p ?o }")
    assert Stub.seen == []


def test_cli_reports_endpoint_errors(stub: str, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = CliRunner()
    Stub.script = [403]
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
