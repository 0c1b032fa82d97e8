"""`kg show` and `kg viz`: look at a graph as tables or as an HTML page (wrap kg.view)."""

from __future__ import annotations

import shutil
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from kg.cli.options import (
    OPTIONS,
    PasswordEnvOption,
    QueryUrlOption,
    SourceArgument,
    TimeoutOption,
    UserOption,
    endpoint_options,
)


class Section(StrEnum):
    """The tables `kg show` prints."""

    people = "people"
    organisations = "organisations"
    statements = "statements"


DEFAULT_LIMIT = 200  # as kg.view.cap.DEFAULT_LIMIT (not imported: the CLI loads lazily)


def show(
    source: SourceArgument,
    section: Annotated[
        list[Section] | None,
        typer.Option("--section", "-s", help="The table to show (repeatable; default all)."),
    ] = None,
    width: Annotated[
        int | None,
        typer.Option(min=20, help="Table width in columns (default: the terminal's)."),
    ] = None,
    query_url: QueryUrlOption = None,
    user: UserOption = None,
    password_env: PasswordEnvOption = None,
    timeout: TimeoutOption = 60.0,
) -> None:
    """Show people with their posts, organisations and statements as tables.

    Example: kg show graph.ttl --section people
    """
    from kg.cli.errors import user_errors
    from kg.view.show import render_show

    terminal = sys.stdout.isatty()
    columns = width or (shutil.get_terminal_size((120, 24)).columns if terminal else 120)
    sections = [s.value for s in section] if section else None
    with user_errors():
        options = endpoint_options(source, user, password_env, timeout, query_url)
        text = render_show(source, sections, width=columns, color=terminal, **options)
    typer.echo(text, nl=False)


def viz(
    source: SourceArgument,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="The HTML file to write (default: the source's name with .html, beside a "
            "file or store, in the current folder for an endpoint).",
        ),
    ] = None,
    title: Annotated[str | None, typer.Option(help="Page title (default: the source).")] = None,
    limit: Annotated[
        int,
        typer.Option(
            min=0, help="Show at most this many entities, the best-connected (0: all of them)."
        ),
    ] = DEFAULT_LIMIT,
    focus: Annotated[
        str | None,
        typer.Option(
            metavar="NAME", help="Show only the entities named NAME and their neighbours."
        ),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the output file.")] = False,
    query_url: QueryUrlOption = None,
    user: UserOption = None,
    password_env: PasswordEnvOption = None,
    timeout: TimeoutOption = 60.0,
) -> None:
    """Write the graph as one self-contained, offline, interactive HTML page.

    People, organisations, countries and places are nodes; posts and statements are edges.
    Click a node to see its posts and statements with their source sentences and articles.
    A large graph is cut to its best-connected entities (--limit) or to one entity and its
    neighbours (--focus); the page and the summary say what was left out.

    Example: kg viz graph.ttl -o graph.html --focus "جون كيري"
    """
    from kg.cli.errors import user_errors
    from kg.errors import InputError
    from kg.view.viz import default_output, write_viz

    with user_errors():
        page = output or default_output(source)
        if page.exists() and not force:
            raise InputError(f"{page} already exists; pass --force to overwrite it")
        options = endpoint_options(source, user, password_env, timeout, query_url)
        done = write_viz(source, page, title, limit=limit or None, focus=focus, **options)
    if not OPTIONS.quiet:
        left = done.omitted
        note = ""
        if left is not None and (left.nodes or left.edges):
            note = (
                f" (left out {left.nodes} of {left.total_nodes} nodes, {left.edges} edges, "
                f"{left.statements} statements; see --limit, --focus)"
            )
        typer.echo(
            f"Wrote {done.output}: {done.nodes} nodes, {done.edges} edges, "
            f"{done.statements} statements{note}",
            err=True,
        )
