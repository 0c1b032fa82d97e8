"""docs/cli.md is generated from the commands' help and kept in sync; every help has an example."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from kg.cli import app
from kg.cli.docs import commands, generate

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
runner = CliRunner()


def command_names() -> list[str]:
    root = typer.main.get_command(app)
    return [name for name, _ in commands(root, root.context_class(root, info_name="kg"))]


def test_cli_reference_is_up_to_date() -> None:
    assert DOC.read_text(encoding="utf-8") == generate(), (
        "docs/cli.md is stale; regenerate it: python -m kg.cli.docs > docs/cli.md"
    )


def test_reference_covers_every_command() -> None:
    text = generate()
    names = command_names()
    assert {"kg build", "kg query", "kg show", "kg viz", "kg info"} <= set(names)
    for name in names:
        assert f"## `{name}`" in text


@pytest.mark.parametrize("name", command_names())
def test_every_command_help_has_an_example(name: str) -> None:
    result = runner.invoke(app, [*name.split()[1:], "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    example = result.stdout[result.stdout.rindex("Example:") :].split("\n")[0]
    assert "kg " in example


@pytest.mark.parametrize("name", command_names())
def test_help_usage_line_is_the_reference_one(name: str) -> None:
    """`kg COMMAND --help` and docs/cli.md give the same usage line (`ARTICLES...`,
    `[CORPUS]` when it may be left out; typer's own is `{articles}...`)."""
    result = runner.invoke(app, [*name.split()[1:], "--help"], prog_name="kg")
    usage = result.output.splitlines()[0].removeprefix("Usage: ")
    assert f"```\n{usage}\n```" in generate()
