"""Every command that reads a graph source reads a SPARQL 1.1 endpoint the same way: from its
URL, or from the query URL given with `--query-url` (one option, one path through
kg.store.endpoint.Endpoint). Against a real Oxigraph server on loopback (marker `server`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline.build import build_corpus
from kg.store.endpoint import Endpoint, endpoint_urls
from kg.store.load import load
from kg.store.server import free_port

pytestmark = pytest.mark.server

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ar-news-001.txt"
READERS = ["query", "show", "viz", "validate"]
runner = CliRunner()


@pytest.fixture(scope="module")
def trig(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example article as a TriG file."""
    path = tmp_path_factory.mktemp("endpoint") / "graph.trig"
    build_corpus([EXAMPLE], output=path, quiet=True)
    return path


@pytest.fixture(scope="module")
def loaded(server: str, trig: Path) -> str:
    """The server holding the example article only."""
    Endpoint(endpoint_urls(server)).update("DROP ALL")
    load(trig, server, quiet=True)
    return server


def _args(command: str, source: str | Path, page: Path) -> list[str]:
    """The arguments of `command` reading `source` (`kg viz` writes `page`, quietly)."""
    if command == "query":
        return ["query", str(source), "roles", "--format", "csv"]
    if command == "viz":
        return ["-q", "viz", str(source), "-o", str(page), "--title", "t", "--force"]
    return [command, str(source)]


@pytest.mark.parametrize("command", READERS)
def test_every_reader_reads_an_endpoint_at_the_query_url_given(
    command: str, loaded: str, trig: Path, tmp_path: Path
) -> None:
    # The URL names the endpoint; kg would derive <name>/query from it (Fuseki's layout),
    # which this server does not serve: --query-url says where its queries go.
    name = f"{loaded}/kg"
    result = runner.invoke(
        app, [*_args(command, name, tmp_path / "a.html"), "--query-url", f"{loaded}/query"]
    )
    from_file = runner.invoke(app, _args(command, trig, tmp_path / "b.html"))
    assert (result.exit_code, result.stderr) == (0, "")
    if command == "validate":
        assert result.stdout == f"{name}: conforms\n"
        assert from_file.stdout == f"{trig}: conforms\n"
    elif command == "viz":
        assert result.stdout == ""
        assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    else:
        assert result.stdout == from_file.stdout
    if command == "query":
        assert result.stdout.startswith("person,role,organisation\n")


@pytest.mark.parametrize("command", READERS)
def test_a_query_url_that_does_not_exist_is_named_with_the_fix(
    command: str, loaded: str, tmp_path: Path
) -> None:
    result = runner.invoke(app, _args(command, f"{loaded}/kg", tmp_path / "a.html"))
    assert (result.exit_code, result.stdout) == (2 if command == "validate" else 1, "")
    assert result.stderr == (
        f"Error: {loaded}/kg/query: 404 Not Found: check the endpoint URL, or give the right "
        "one with --query-url\n"
    )
    assert not (tmp_path / "a.html").exists()


def test_a_query_url_of_another_service_is_named_with_the_fix(loaded: str) -> None:
    store = f"{loaded}/store"  # Oxigraph's Graph Store endpoint: no SPARQL queries
    result = runner.invoke(app, ["query", loaded, "roles", "--query-url", store])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.startswith(f"Error: {store}: HTTP 415 while trying to run the query: ")
    assert result.stderr.endswith(
        "; check the endpoint URL, or give the right one with --query-url\n"
    )
    assert result.stderr.count("\n") == 1


def test_an_unreachable_endpoint_is_one_error_line(loaded: str) -> None:
    nobody = f"http://127.0.0.1:{free_port()}"
    result = runner.invoke(app, ["show", loaded, "--query-url", f"{nobody}/sparql"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {nobody}/sparql: connection refused: is the server running?\n"


@pytest.mark.parametrize("command", READERS)
def test_a_query_url_that_is_not_http_is_refused(command: str, loaded: str, tmp_path: Path) -> None:
    args = [*_args(command, loaded, tmp_path / "a.html"), "--query-url", "ftp://h/sparql"]
    result = runner.invoke(app, args)
    assert (result.exit_code, result.stdout) == (2 if command == "validate" else 1, "")
    assert result.stderr == "Error: ftp://h/sparql: not an http(s) endpoint URL\n"


@pytest.mark.parametrize("command", READERS)
def test_a_query_url_beside_a_file_is_refused_not_ignored(
    command: str, loaded: str, trig: Path, tmp_path: Path
) -> None:
    args = [*_args(command, trig, tmp_path / "a.html"), "--query-url", f"{loaded}/query"]
    result = runner.invoke(app, args)
    assert (result.exit_code, result.stdout) == (2 if command == "validate" else 1, "")
    assert result.stderr == (
        f"Error: {trig}: not an endpoint URL, and --query-url applies only to an endpoint: "
        "give the endpoint's http(s) URL in its place, or leave --query-url out\n"
    )


def test_load_refuses_endpoint_urls_beside_a_store_directory(
    loaded: str, trig: Path, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    args = ["load", str(trig), str(store), "--query-url", f"{loaded}/query"]
    result = runner.invoke(app, [*args, "--update-url", f"{loaded}/update"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        f"Error: {store}: not an endpoint URL, and --query-url and --update-url apply only to "
        "an endpoint: give the endpoint's http(s) URL in its place, or leave --query-url and "
        "--update-url out\n"
    )
    assert not store.exists()


def test_load_writes_through_the_urls_given(loaded: str, trig: Path) -> None:
    result = runner.invoke(
        app,
        ["load", str(trig), f"{loaded}/kg", "--query-url", f"{loaded}/query",
         "--update-url", f"{loaded}/update", "--quiet"],
    )  # fmt: skip
    assert (result.exit_code, result.output) == (0, "")
    result = runner.invoke(app, ["query", loaded, "roles", "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout == runner.invoke(app, _args("query", trig, Path())).stdout


@pytest.mark.parametrize("command", [*READERS, "load"])
def test_every_command_that_reads_a_store_has_the_one_query_url_option(command: str) -> None:
    result = runner.invoke(app, [command, "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert "--query-url URL The endpoint's SPARQL query URL, for a server whose query" in (
        " ".join(result.stdout.split())
    )
