"""The command line's own promises (issue 18 items 10, 12, 14): no prompt without a terminal,
choices and types in --help, usage errors exit 2, `kg models` says where and how."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from kg.cli import app
from kg.cli.options import AnnotatorName, GraphFormat

ROOT = Path(__file__).parent.parent


def _kg(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        **kwargs,  # type: ignore[arg-type]
    )


def test_no_terminal_no_prompt_the_password_must_come_from_the_environment() -> None:
    # a new session has no controlling terminal, and stdin is not one: nobody can type
    done = _kg(
        "query", "http://127.0.0.1:9/sparql", "roles", "--user", "kg",
        stdin=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        "Error: Password for kg: no terminal to type it on; "
        "set it in an environment variable and pass --password-env VAR\n"
    )


# --help shows choices and what to type (issue 18 item 12) ------------------------------------

runner = CliRunner()
PLACEHOLDER = re.compile(r"<[a-z][\w \[\]|,=>.]*?>")  # Typer's <bool>, <str>, <int range>, ...


def _all_commands() -> list[list[str]]:
    from kg.cli.docs import commands

    root = typer.main.get_command(app)
    ctx = root.context_class(root, info_name="kg")
    return [[]] + [name.split()[1:] for name, _ in commands(root, ctx)]


@pytest.mark.parametrize("command", _all_commands(), ids=lambda c: " ".join(c) or "kg")
def test_help_shows_no_type_placeholders(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert PLACEHOLDER.findall(result.output) == []


def test_help_shows_the_choices() -> None:
    output = runner.invoke(app, ["build", "--help"], env={"COLUMNS": "200"}).output
    assert "[turtle|nt|jsonld|trig|nquads]" in output and "[ner|rules|stanza]" in output
    output = runner.invoke(app, ["query", "--help"], env={"COLUMNS": "200"}).output
    assert "[table|json|xml|csv|tsv|turtle|nt]" in output


def test_the_enums_are_the_library_choices() -> None:
    from kg.pipeline.annotate import available
    from kg.pipeline.build import FORMATS

    assert [f.value for f in GraphFormat] == list(FORMATS)
    assert [a.value for a in AnnotatorName] == available()


@pytest.mark.parametrize(
    "args",
    [
        ["build", "examples/ar-news-001.txt", "--format", "xml"],
        ["build", "examples/ar-news-001.txt", "--annotator", "spacy"],
        ["eval", "examples", "--annotator", "spacy"],
        ["query", "examples", "roles", "--format", "yaml"],
        ["build", "examples/ar-news-001.txt", "--workers", "0"],
        ["build", "--no-such-option"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output


# kg models: the real folder, a pip command that works (issue 18 item 14) ---------------------


@pytest.fixture
def no_stanza(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """stanza not installed, no $STANZA_RESOURCES_DIR, stanza's cache under tmp_path."""
    from kg.pipeline.annotate import models

    monkeypatch.setattr(models, "stanza_version", lambda: None)
    monkeypatch.setattr(models, "_stanza_file", lambda *parts: None)
    monkeypatch.delenv(models.ENV_DIR, raising=False)
    monkeypatch.delenv(models.ENV_VERSION, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "stanza"


def test_models_status_without_stanza_names_no_unknown_folder(no_stanza: Path) -> None:
    lines = runner.invoke(app, ["models", "status"]).stdout.splitlines()
    assert lines[:2] == [
        f"directory: {no_stanza}/<stanza's version>/resources "
        "(stanza is not installed; its version names the folder)",
        "stanza: not installed; run: pip install 'stanza>=1.9' 'torch>=2.0'",
    ]
    (no_stanza / "1.10.0" / "resources").mkdir(parents=True)  # models fetched earlier
    lines = runner.invoke(app, ["models", "status"]).stdout.splitlines()
    assert lines[0] == f"directory: {no_stanza}/1.10.0/resources"


def test_missing_extra_gives_a_pip_command_that_works(no_stanza: Path) -> None:
    from kg.pipeline.annotate import models

    assert models.extra_requirements("stanza") == ["stanza>=1.9", "torch>=2.0"]
    result = runner.invoke(app, ["models", "download"])
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: stanza is not installed; run: pip install 'stanza>=1.9' 'torch>=2.0'\n",
    )
    assert "kg[stanza]" not in result.output


# kg --help is quick: it loads the command line only (issue 17) -------------------------------


def _help_imports(*command: str) -> set[str]:
    """The modules `kg COMMAND --help` imports (python -X importtime)."""
    done = _kg(
        *command,
        "--help",
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONPROFILEIMPORTTIME": "1"},
    )
    assert done.returncode == 0
    assert "Usage: " in done.stdout
    return {line.split("|")[-1].strip() for line in done.stderr.splitlines() if "|" in line}


def test_help_imports_no_pipeline_store_or_rdf_library() -> None:
    imported = _help_imports()
    heavy = {"rdflib", "pyoxigraph", "importlib.metadata", "kg.pipeline", "kg.store", "kg.view"}
    assert sorted(m for m in imported if m.split(".")[0] in heavy or m in heavy) == []
    assert sorted(m for m in imported if m.startswith(("kg.pipeline", "kg.store", "kg.view"))) == []


@pytest.mark.parametrize("command", [("build",), ("-v", "show"), ("models", "status")])
def test_command_help_loads_no_pydantic_nor_the_pipeline(command: tuple[str, ...]) -> None:
    """`kg COMMAND --help` processes the group's options first (-v, -q, completion): their
    values are click's own (a bool, a count, None), coerced without pydantic's adapters."""
    imported = _help_imports(*command)
    heavy = {"pydantic", "pydantic_core", "rdflib", "pyoxigraph", "rich", "torch", "numpy"}
    assert sorted(m for m in imported if m.split(".")[0] in heavy) == []
    assert sorted(m for m in imported if m.startswith(("kg.pipeline", "kg.store", "kg.view"))) == []


def test_help_is_plain_text_without_rich_or_pydantic() -> None:
    # rich's help renderer (typer.rich_utils: markdown, syntax, traceback, pygments) was
    # half of `kg --help`; help is click's plain text, so none of it loads (issue 17: < 0.3 s)
    imported = _help_imports()
    heavy = {"rich", "pygments", "markdown_it", "pydantic", "pydantic_core", "numpy", "torch"}
    assert sorted(m for m in imported if m.split(".")[0] in heavy) == []
    assert "typer.rich_utils" not in imported
    # what --help does load: the standard library, typer (with its vendored click) and the
    # command modules of kg.cli, whose heavy imports are inside the commands
    kg_modules = sorted(m for m in imported if m.split(".")[0] == "kg")
    assert all(m == "kg" or m.startswith("kg.cli") or m == "kg.errors" for m in kg_modules), (
        kg_modules
    )
