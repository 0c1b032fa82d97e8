"""Bad input to any command is one line `Error: ...` with exit 1 (`kg validate`: 2, the graph
cannot be read), a usage error exit 2, never a traceback: a few bad inputs per command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ar-news-001.txt"
runner = CliRunner()


@pytest.fixture
def bad(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder (the current one) holding bad inputs: an empty folder, a Turtle file cut
    short, a file of prose named .ttl."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    (tmp_path / "cut.ttl").write_text("@prefix x: <http://x/> .\nx:a x:b", encoding="utf-8")
    (tmp_path / "prose.ttl").write_text("not turtle {{{\n", encoding="utf-8")
    return tmp_path


CUT = "cut.ttl: cannot parse as turtle: Parser error at line 2 column 8: Unexpected end (line 2)"
NOT_A_SOURCE = "empty: not a graph file nor an Oxigraph store directory"
NOT_A_FILE = "missing.ttl: no such graph file, store directory or endpoint"
CASES = [
    (["query", "missing.ttl", "roles"], 1, NOT_A_FILE),
    (["query", "cut.ttl", "roles"], 1, CUT),
    (["query", "empty", "roles"], 1, NOT_A_SOURCE),
    (["query", "empty", "SELECT * {"], 1, NOT_A_SOURCE),
    (["query", "cut.ttl", "nosuch"], 1, "no canned query 'nosuch'; known: countries, "
     "former-posts, organisations, people, provenance, roles, statements, "
     "statements-about-country"),
    (["show", "missing.ttl"], 1, NOT_A_FILE),
    (["show", "cut.ttl"], 1, CUT),
    (["show", "empty"], 1, NOT_A_SOURCE),
    (["viz", "missing.ttl"], 1, NOT_A_FILE),
    (["viz", "empty"], 1, NOT_A_SOURCE),
    (["validate", "missing.ttl"], 2, "missing.ttl: no such file"),
    (["validate", "empty"], 2, NOT_A_SOURCE),
    (["load", "missing.ttl", "store"], 1, "missing.ttl: no such graph file"),
    (["load", "cut.ttl", "store"], 1, CUT),
    (["build", "empty"], 1, "no articles found (a directory is searched for *.txt and *.html "
     "files)"),
    (["build", "missing.txt"], 1, "missing.txt: no such file"),
    (["eval", "empty"], 1, "no gold .json files found"),
    (["eval", "missing.json"], 1, "missing.json: no such gold file or directory"),
]  # fmt: skip


@pytest.mark.parametrize(("args", "code", "message"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_bad_input_is_one_error_line(bad: Path, args: list[str], code: int, message: str) -> None:
    result = runner.invoke(app, args)
    assert (result.exit_code, result.stdout, result.stderr) == (code, "", f"Error: {message}\n")
    assert not (bad / "store").exists()


def test_unparsable_turtle_is_one_line_for_validate_too(bad: Path) -> None:
    # rdflib's own message spans four lines: it is folded into one.
    result = runner.invoke(app, ["validate", "prose.ttl"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "Error: prose.ttl: cannot parse as turtle: at line 1 of <>: Bad syntax (expected "
        "directive or statement) at ^ in: \"b''^b'not turtle {{{\\n'\"\n"
    )


@pytest.mark.parametrize(
    "args",
    [["load", str(EXAMPLE), "ftp://host/kg"], ["query", "ftp://host/kg", "roles"],
     ["show", "ftp://host/kg"], ["validate", "ftp://host/kg"]],
    ids=lambda args: args[0],
)  # fmt: skip
def test_a_url_that_is_not_http_is_refused_and_no_store_is_made(bad: Path, args: list[str]) -> None:
    result = runner.invoke(app, args)
    code = 2 if args[0] == "validate" else 1
    assert (result.exit_code, result.stdout) == (code, "")
    assert result.stderr == "Error: ftp://host/kg: not an http(s) endpoint URL\n"
    assert sorted(p.name for p in bad.iterdir()) == ["cut.ttl", "empty", "prose.ttl"]


def test_a_table_narrower_than_its_frame_is_a_usage_error(bad: Path) -> None:
    # Before: --width 0 meant the terminal's, a negative width printed nothing and exit 0.
    for width in ("-5", "0", "19"):
        result = runner.invoke(app, ["show", str(EXAMPLE), "--width", width])
        assert (result.exit_code, result.stdout) == (2, "")
        assert result.stderr.splitlines()[-1] == (
            "Error: Invalid value for '--width': Input should be greater than or equal to 20"
        )


GOLD_ERRORS = [
    ([], "a JSON object expected, not list"),
    ({}, '"document" must be the article\'s file name'),
    ({"document": 5}, '"document" must be the article\'s file name'),
    ({"document": "a.txt", "roles": {}}, '"roles" must be a list'),
    ({"document": "a.txt", "roles": [{}]}, 'roles[0] has no "person" field'),
    ({"document": "a.txt", "roles": [{"person": "p", "role": ["r"]}, 1]},
     'roles[1] has no "person" field'),
    ({"document": "a.txt", "statements": [{"speaker": "x"}]}, 'statements[0] has no "cue" field'),
    ({"document": "a.txt", "entities": ["x"]}, 'entities[0] has no "id" field'),
]  # fmt: skip


@pytest.mark.parametrize(("data", "detail"), GOLD_ERRORS, ids=[d for _, d in GOLD_ERRORS])
def test_a_malformed_gold_file_is_named_not_a_traceback(
    tmp_path: Path, data: object, detail: str
) -> None:
    # Before: a list, or a row without a field scoring reads, raised from inside scoring.
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "a.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), "--articles", str(tmp_path)])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == f"Error: {gold}: not a valid gold file ({detail})\n"


UPDATES = [
    ("DELETE WHERE { ?s ?p ?o }", "DELETE"),
    ("PREFIX x: <http://x/>\ninsert data { x:a x:b x:c }", "INSERT"),
    ("# drop it all\nDROP ALL", "DROP"),
    ("BASE <http://x/> WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
]


@pytest.mark.parametrize(("update", "operation"), UPDATES, ids=[u[1] for u in UPDATES])
def test_an_update_given_to_kg_query_is_named_and_nothing_changes(
    bad: Path, update: str, operation: str
) -> None:
    graph = bad / "one.ttl"
    graph.write_text("<http://x/a> <http://x/b> <http://x/c> .\n", encoding="utf-8")
    result = runner.invoke(app, ["query", "one.ttl", update])
    message = (
        f"Error: this is a SPARQL update ({operation}), not a query: kg query only reads "
        "(to change a store, use kg build or kg load)\n"
    )
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", message)
    assert graph.read_text(encoding="utf-8") == "<http://x/a> <http://x/b> <http://x/c> .\n"


def test_a_query_that_merely_spells_an_update_keyword_runs() -> None:
    from kg.store.query import update_keyword

    assert update_keyword('SELECT ("DELETE" AS ?x) {}') is None
    assert update_keyword("PREFIX insert: <http://x/> SELECT * { ?s insert:p ?o }") is None
    assert update_keyword("# INSERT\nASK {}") is None
    assert update_keyword("SELECT ?drop { ?drop ?p ?o }") is None
