"""`kg show` and `kg viz`: look at a graph as tables or as an HTML page (wrap kg.view)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.options import (
    OPTIONS,
    PasswordEnvOption,
    SourceArgument,
    TimeoutOption,
    UserOption,
    query_options,
)

SECTIONS = ("people", "organisations", "statements")


def show(
    source: SourceArgument,
    section: Annotated[
        list[str] | None,
        typer.Option(
            "--section", "-s", help="people, organisations or statements (repeatable; default all)."
        ),
    ] = None,
    width: Annotated[
        int | None, typer.Option(help="Table width in columns (default: the terminal's).")
    ] = None,
    user: UserOption = None,
    password_env: PasswordEnvOption = None,
    timeout: TimeoutOption = 60.0,
) -> None:
    """Show people with their posts, organisations and statements as tables.

    Example: kg show graph.ttl --section people
    """
    from kg.cli.errors import user_errors
    from kg.errors import InputError
    from kg.view.show import render_show

    terminal = sys.stdout.isatty()
    columns = width or (shutil.get_terminal_size((120, 24)).columns if terminal else 120)
    with user_errors():
        unknown = [s for s in section or [] if s not in SECTIONS]
        if unknown:
            raise InputError(f"unknown section {unknown[0]!r}; choose from {', '.join(SECTIONS)}")
        options = query_options(user, password_env, timeout)
        text = render_show(source, section, width=columns, color=terminal, **options)
    typer.echo(text, nl=False)


def viz(
    source: SourceArgument,
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path(
        "graph.html"
    ),
    title: Annotated[str | None, typer.Option(help="Page title (default: the source).")] = None,
    user: UserOption = None,
    password_env: PasswordEnvOption = None,
    timeout: TimeoutOption = 60.0,
) -> None:
    """Write the graph as one self-contained, offline, interactive HTML page.

    People, organisations and countries are nodes; posts and statements are edges.
    Click a node to see its posts and statements with their source sentences.

    Example: kg viz graph.ttl -o graph.html
    """
    from kg.cli.errors import user_errors
    from kg.view.viz import write_viz

    with user_errors():
        options = query_options(user, password_env, timeout)
        done = write_viz(source, output, title, **options)
    if not OPTIONS.quiet:
        typer.echo(
            f"Wrote {done.output}: {done.nodes} nodes, {done.edges} edges, "
            f"{done.statements} statements",
            err=True,
        )
