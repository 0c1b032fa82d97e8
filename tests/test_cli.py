"""The CLI: exact output and exit codes, user errors as one line."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import __version__
from kg.cli import app

runner = CliRunner()
ARTICLE = "وقال وزير الخارجية الأمريكي جون كيري إن الوضع في سوريا صعب للغاية.\n"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "news.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def graph(tmp_path: Path, article: Path) -> Path:
    out = tmp_path / "graph.ttl"
    result = runner.invoke(app, ["build", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"kg {__version__}\n"


def test_build_to_stdout_is_turtle(article):
    result = runner.invoke(app, ["build", str(article)])
    assert result.exit_code == 0
    assert "@prefix" in result.stdout


def test_build_missing_file_is_one_line_error(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path / 'missing.txt'}: no such file\n"


def _unboxed(text: str) -> str:
    """An error panel's text without its box and line breaks."""
    return " ".join(text.translate({ord(c): " " for c in "│╭╮╰╯─"}).split())


def test_build_unknown_format(article):
    result = runner.invoke(app, ["build", str(article), "--format", "xml"])
    assert result.exit_code == 2  # a usage error: the formats are choices in --help
    assert "'xml' is not one of 'turtle', 'nt', 'jsonld', 'trig', 'nquads'" in _unboxed(
        result.stderr
    )


def test_build_unknown_annotator(article):
    # a usage error (the choices are listed in --help): exit 2, the choices named
    result = runner.invoke(app, ["build", str(article), "--annotator", "nope"])
    assert result.exit_code == 2
    assert "'nope' is not one of 'ner', 'rules', 'stanza'" in _unboxed(result.stderr)


def test_query_roles_csv(graph):
    result = runner.invoke(app, ["query", str(graph), "roles", "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout == ("person,role,organisation\nجون كيري,وزير الخارجية,الولايات المتحدة\n")


def test_query_statements_offsets_point_into_the_article(graph):
    result = runner.invoke(app, ["query", str(graph), "statements", "--format", "json"])
    assert result.exit_code == 0
    import json

    data = json.loads(result.stdout)  # SPARQL 1.1 Query Results JSON
    assert data["head"]["vars"] == ["speaker", "cue", "position", "begin", "end"]
    rows = [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]
    assert [(r["speaker"], r["cue"]) for r in rows] == [("جون كيري", "قال")]
    assert ARTICLE[int(rows[0]["begin"]) : int(rows[0]["end"])] == rows[0]["position"]
    begin = data["results"]["bindings"][0]["begin"]
    assert begin["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"


def test_query_malformed_sparql_names_the_position(graph):
    result = runner.invoke(app, ["query", str(graph), "SELECT ?x WHERE { ?x ?y }"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: malformed or failing query:")
    assert "line:1" in result.stderr


def test_query_unknown_canned_query(graph):
    result = runner.invoke(app, ["query", str(graph), "nosuch"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no canned query 'nosuch'; known: countries,")


def test_validate_conforms(graph):
    result = runner.invoke(app, ["validate", str(graph)])
    assert result.exit_code == 0
    assert result.stdout.endswith(f"{graph}: conforms\n")


def test_validate_missing_file_exits_2(tmp_path):
    result = runner.invoke(app, ["validate", str(tmp_path / "nope.ttl")])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ")


def test_eval_prints_scores_and_totals(tmp_path, article):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "news.json").write_text(
        """{"document": "news.txt", "entities": [
        {"id": "kerry", "type": "Person", "names": ["جون كيري", "كيري"]},
        {"id": "usa", "type": "Country", "names": ["الولايات المتحدة", "واشنطن"]}],
        "roles": [{"person": "kerry", "role": ["وزير الخارجية"], "org": ["usa"]}],
        "statements": [{"speaker": "kerry", "cue": "قال",
                        "position": "الوضع في سوريا صعب للغاية"}]}""",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["eval", str(gold_dir), "--articles", str(article.parent)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[-3] == "roles: P 1.000 R 1.000 F1 1.000 (1/1 predicted correct, 1/1 gold found)"
    assert lines[-2] == (
        "statements: P 1.000 R 1.000 F1 1.000 (1/1 predicted correct, 1/1 gold found)"
    )
    assert lines[-1] == "people: R 1.000 (1/1 named people become person nodes)"


def test_eval_missing_articles_dir(tmp_path):
    gold = tmp_path / "g.json"
    gold.write_text('{"document": "x.txt"}', encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold), "--articles", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "articles directory not found" in result.stderr
