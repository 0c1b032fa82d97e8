"""CLI commands to look at a graph: `kg show`, `kg viz`, `kg info` (registered by kg.cli)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from kg.cli_options import OPTIONS

SECTIONS = ("people", "organisations", "statements")

SourceArgument = Annotated[
    str, typer.Argument(help="A graph file, an Oxigraph store directory, or an endpoint URL.")
]
UserOption = Annotated[
    str | None, typer.Option("--user", help="Account on the endpoint (HTTP Basic).")
]
PasswordEnvOption = Annotated[
    str | None,
    typer.Option(
        "--password-env",
        metavar="VAR",
        help="Read the password from this environment variable (else it is prompted for).",
    ),
]
TimeoutOption = Annotated[float, typer.Option(help="Seconds to wait for the endpoint.")]


def _query_options(user: str | None, password_env: str | None, timeout: float) -> dict[str, Any]:
    """run_query's `connection` and `prompt`, as `kg query` passes them."""
    from kg.load import Connection

    def prompt(text: str) -> str:
        return typer.prompt(text.rstrip(": "), hide_input=True)

    connection = Connection(user=user, password_env=password_env, timeout=timeout)
    return {"connection": connection, "prompt": prompt}


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
    from kg.cli import user_errors
    from kg.errors import InputError
    from kg.show import render_show

    terminal = sys.stdout.isatty()
    columns = width or (shutil.get_terminal_size((120, 24)).columns if terminal else 120)
    with user_errors():
        unknown = [s for s in section or [] if s not in SECTIONS]
        if unknown:
            raise InputError(f"unknown section {unknown[0]!r}; choose from {', '.join(SECTIONS)}")
        options = _query_options(user, password_env, timeout)
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
    from kg.cli import user_errors
    from kg.viz import write_viz

    with user_errors():
        options = _query_options(user, password_env, timeout)
        done = write_viz(source, output, title, **options)
    if not OPTIONS.quiet:
        typer.echo(
            f"Wrote {done.output}: {done.nodes} nodes, {done.edges} edges, "
            f"{done.statements} statements",
            err=True,
        )


def info() -> None:
    """Print versions (kg, Python, libraries), annotators and stanza's model status.

    Example: kg info
    """
    from kg.info import collect, render

    typer.echo(render(collect()))


def register(app: typer.Typer) -> None:
    """Add this module's commands to `app`."""
    app.command()(show)
    app.command()(viz)
    app.command()(info)
