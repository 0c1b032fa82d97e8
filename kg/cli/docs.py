"""The CLI reference (docs/cli.md), generated from the commands' own help.

    python -m kg.cli.docs > docs/cli.md

`tests/test_cli_docs.py` regenerates it and fails when docs/cli.md differs.
"""

from __future__ import annotations

import inspect
from typing import Any

import typer.main

from kg.cli.help import argument_name, usage_name, value_label

HEADER = """\
# `kg` command-line reference

Generated from the commands' help by `python -m kg.cli.docs > docs/cli.md`; do not edit.
`kg COMMAND --help` prints the same text.
"""


# Typer vendors click (typer._click); its classes are duck-typed here, not imported.
Command = Any
Context = Any


def commands(group: Command, ctx: Context) -> list[tuple[str, Command]]:
    """(full name, command) for every command under `group`, depth first, in help order."""
    found: list[tuple[str, Command]] = []
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        full = f"{ctx.command_path} {name}"
        found.append((full, command))
        if hasattr(command, "list_commands"):
            sub = command.context_class(command, info_name=name, parent=ctx)
            found += commands(command, sub)
    return found


def _option_row(param: Any, ctx: Context) -> str:
    names = ", ".join(f"`{n}`" for n in [*param.opts, *param.secondary_opts])
    value = value_label(param, ctx)
    value = f"`{value}`".replace("|", "\\|") if value else ""
    help_text = " ".join((getattr(param, "help", None) or "").split())
    default = param.default
    shown = (
        ""
        if default in (None, False, ())
        or getattr(param, "is_flag", False)
        or callable(default)
        or getattr(param, "count", False)
        else f"`{default}`"
    )
    cell = help_text.replace("|", "\\|")
    return f"| {names} | {value} | {cell} | {shown} |"


def _examples(text: str) -> str:
    """Help text with each `Example: COMMAND` line turned into a shell block."""
    out = []
    for line in text.splitlines():
        if line.startswith("Example: "):
            out += ["Example:", "", "```bash", line.removeprefix("Example: "), "```"]
        else:
            out.append(line)
    return "\n".join(out)


def section(name: str, command: Command, ctx: Context, level: int = 2) -> str:
    """Markdown for one command: usage, help, arguments and options."""
    arguments = [p for p in command.params if p.param_type_name == "argument"]
    options = [p for p in command.params if p.param_type_name == "option" and not p.hidden]
    usage = " ".join([name, "[OPTIONS]", *map(usage_name, arguments)])
    if hasattr(command, "list_commands"):
        usage += " COMMAND [ARGS]..."
    lines = [f"{'#' * level} `{name}`", "", "```", usage, "```", ""]
    lines += [_examples(inspect.cleandoc(command.help or "")), ""]
    if arguments:
        lines += ["| argument | value | description |", "| --- | --- | --- |"]
        for p in arguments:
            help_text = " ".join((getattr(p, "help", None) or "").split())
            value = value_label(p, ctx)
            cell = f"`{value}`" if value else ""
            lines.append(f"| `{argument_name(p)}` | {cell} | {help_text} |")
        lines.append("")
    if options:
        lines += ["| option | value | description | default |", "| --- | --- | --- | --- |"]
        lines += [_option_row(p, ctx) for p in options]
        lines += ["| `--help` | | Show the help and exit. | |", ""]
    return "\n".join(lines)


def generate() -> str:
    """The whole reference as Markdown."""
    from kg.cli import app

    root = typer.main.get_command(app)
    ctx = root.context_class(root, info_name="kg")
    parts = [HEADER, section("kg", root, ctx)]
    parts += [section(name, command, ctx) for name, command in commands(root, ctx)]
    return "\n".join(parts).rstrip("\n") + "\n"


if __name__ == "__main__":
    print(generate(), end="")
