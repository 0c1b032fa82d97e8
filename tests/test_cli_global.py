"""Global CLI behaviour: --version, --verbose, --quiet, completion, build summary, kg info."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg import __version__
from kg.cli import app, info
from kg.progress import progress_bar
from kg.summary import BuildStats

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ar-news-001.txt"
SUMMARY = r"Built 1 article: \d+ people, \d+ posts, \d+ statements, \d+ triples in \d+\.\d s\n"
runner = CliRunner()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.stdout) == (0, f"kg {__version__}\n")


def test_shell_completion_is_offered() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "--install-completion" in result.stdout
    assert "--show-completion" in result.stdout


def test_build_prints_a_one_line_summary_on_stderr(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(EXAMPLE), "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert re.fullmatch(SUMMARY, result.stderr), result.stderr
    assert (tmp_path / "g.ttl").exists()


def test_build_to_stdout_keeps_stdout_clean() -> None:
    result = runner.invoke(app, ["build", str(EXAMPLE), "-f", "nt"])
    assert result.exit_code == 0
    assert "Built" not in result.stdout
    assert result.stdout.startswith("<")
    assert re.fullmatch(SUMMARY, result.stderr)


def test_quiet_build_prints_nothing_on_stderr(tmp_path: Path) -> None:
    result = runner.invoke(app, ["--quiet", "build", str(EXAMPLE), "-o", str(tmp_path / "g.ttl")])
    assert (result.exit_code, result.output) == (0, "")


def test_verbose_logs_each_article(tmp_path: Path) -> None:
    result = runner.invoke(app, ["-v", "build", str(EXAMPLE), "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 0
    assert re.search(r"INFO .*ar-news-001\.txt: \d+ roles, \d+ statements", result.stderr)
    quiet_again = runner.invoke(app, ["build", str(EXAMPLE), "-o", str(tmp_path / "g.ttl")])
    assert "INFO" not in quiet_again.stderr


def test_build_error_is_one_line() -> None:
    result = runner.invoke(app, ["build", str(EXAMPLE), "--encoding", "klingon"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {EXAMPLE}: unknown encoding 'klingon'")
    assert result.stderr.count("\n") == 1
    result = runner.invoke(app, ["build", str(EXAMPLE), "-f", "xml"])
    assert result.exit_code == 2  # not one of the formats --help lists: a usage error


def test_summary_line() -> None:
    stats = BuildStats(articles=2, people=1, posts=3, statements=0, triples=10, seconds=1.25)
    assert stats.line() == (
        "Built 2 articles: 1 person, 3 posts, 0 statements, 10 triples in 1.2 s"
    )


@pytest.mark.parametrize("quiet", [True, False])
def test_progress_bar_is_off_when_quiet_or_not_a_terminal(quiet: bool, capsys) -> None:  # noqa: ANN001
    with progress_bar("Building", 3, quiet=quiet) as advance:
        advance(3)
    assert capsys.readouterr().err == ""


def test_info_lists_versions_and_annotators() -> None:
    result = runner.invoke(app, ["info"])
    assert result.exit_code == 0
    names = [line.split(":")[0] for line in result.stdout.splitlines()]
    assert names == [
        "kg", "python", "rdflib", "pyoxigraph", "stanza", "annotators", "stanza models"
    ]  # fmt: skip
    assert f"kg:            {__version__}\n" in result.stdout
    assert re.search(r"^annotators: +ner, rules, stanza$", result.stdout, re.M)


def test_info_without_stanza(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(info, "version_of", lambda name: "not installed")
    rows = dict(info.collect())
    assert rows["stanza"] == "not installed"
    assert rows["stanza models"] == "none (stanza is not installed)"


def test_info_asks_kg_models_when_present(monkeypatch: pytest.MonkeyPatch) -> None:
    class Status:
        installed, directory, missing = False, Path("/models"), ("ner",)

    class Models:
        @staticmethod
        def status() -> Status:
            return Status()

    monkeypatch.setattr(info, "version_of", lambda name: "1.0")
    monkeypatch.setattr(info, "import_module", lambda name: Models)
    assert info.stanza_models() == "missing (ner) in /models; run: kg models download"


def test_build_summary_counts_only_built_articles() -> None:
    from kg.pipeline.build import ArticleResult, BuildSummary

    summary = BuildSummary(
        articles=[
            ArticleResult(Path("a.txt"), quads=10, roles=2, statements=1, people={"x", "y"}),
            ArticleResult(Path("b.txt"), quads=5, roles=1, statements=3, people={"y", "z"}),
            ArticleResult(Path("c.txt"), error="unreadable", people={"w"}),
        ],
        seconds=2.04,
    )
    assert summary.stats() == BuildStats(
        articles=2, people=3, posts=3, statements=4, triples=15, seconds=2.04
    )
    assert summary.stats().line() == (
        "Built 2 articles: 3 people, 3 posts, 4 statements, 15 triples in 2.0 s"
    )
