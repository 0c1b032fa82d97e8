"""`kg show`: rich tables of people with posts, organisations and statements."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline.build import build_graph
from kg.view.show import render_show, shorten

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ar-news-001.txt"
runner = CliRunner()


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("show") / "graph.ttl"
    build_graph([EXAMPLE], output=out)
    return out


def test_shorten_cuts_at_a_word_and_marks_the_cut() -> None:
    assert shorten("قال إن الوضع صعب", 60) == "قال إن الوضع صعب"
    assert shorten("قال إن الوضع صعب جدا", 12) == "قال إن الوضع …"
    assert shorten("  كلمة\n  أخرى ", 60) == "كلمة أخرى"
    assert shorten("كلمةطويلةجدا", 4) == "كلمة …"


def test_people_table_lists_posts_with_their_organisation(graph: Path) -> None:
    text = render_show(graph, ["people"], width=120)
    assert text.startswith("People")
    assert "آشتون كارتر" in text
    assert "وزير الدفاع — الولايات المتحدة" in text
    assert "Statements" not in text


def test_every_table_has_aligned_columns(graph: Path) -> None:
    text = render_show(graph, width=120)
    # every line of one table has the same display width (Arabic marks take no cell)
    widths: dict[str, set[int]] = {}
    title = ""
    for line in text.splitlines():
        if line.strip() in ("People", "Organisations", "Statements"):
            title = line.strip()
        elif line[:1] in "┏┃┡│└":
            widths.setdefault(title, set()).add(cell_len(line))
    assert set(widths) == {"People", "Organisations", "Statements"}
    assert all(len(w) == 1 for w in widths.values()), widths


def test_cli_show_prints_the_tables(graph: Path) -> None:
    result = runner.invoke(app, ["show", str(graph), "--width", "120"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    for title in ("People", "Organisations", "Statements"):
        assert f"\n{title}" in "\n" + result.stdout
    assert "وزارة الخارجية الروسية" in result.stdout


def test_cli_show_one_section(graph: Path) -> None:
    result = runner.invoke(app, ["show", str(graph), "-s", "statements"])
    assert result.exit_code == 0
    assert result.stdout.startswith("Statements")
    assert "People" not in result.stdout
    assert "أعلنت" in result.stdout


def test_cli_show_unknown_section(graph: Path) -> None:
    """A section is one of the choices --help lists: another is a usage error (exit 2)."""
    result = runner.invoke(app, ["show", str(graph), "-s", "rolez"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "'rolez' is not one of 'people', 'organisations', 'statements'" in result.stderr


def test_cli_show_missing_graph(tmp_path: Path) -> None:
    result = runner.invoke(app, ["show", str(tmp_path / "nope.ttl")])
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"Error: {tmp_path / 'nope.ttl'}: no such graph file, store directory or endpoint\n"
    )
