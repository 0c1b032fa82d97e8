"""`kg load`: a graph file into a store directory or endpoint; wraps `kg.store.load.load`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.errors import user_errors
from kg.cli.options import (
    PasswordEnvOption,
    QueryUrlOption,
    TimeoutOption,
    UserOption,
    endpoint_options,
)


def load(
    graph_file: Annotated[Path, typer.Argument(help="A graph file (.trig, .nq, .ttl, ...).")],
    target: Annotated[
        str, typer.Argument(help="An Oxigraph store directory (created if new) or endpoint URL.")
    ],
    graph: Annotated[
        str | None,
        typer.Option(
            metavar="IRI",
            help="Put every triple of the file into this named graph (an absolute IRI), "
            "replacing it. Default: the graphs named in the file; for Turtle, N-Triples and "
            "JSON-LD, the graph of the kg article in it.",
        ),
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Quads per request.")] = 10_000,
    query_url: QueryUrlOption = None,
    update_url: Annotated[
        str | None, typer.Option(metavar="URL", help="SPARQL update URL.")
    ] = None,
    user: UserOption = None,
    password_env: PasswordEnvOption = None,
    timeout: TimeoutOption = 60.0,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
) -> None:
    """Load a graph file into a store or SPARQL endpoint, replacing its named graphs.

    Each graph is replaced whole (one transaction per batch of graphs), and the facts that
    queries read (the default graph) follow.

    Example: kg load corpus.trig http://localhost:7878 --user kg --password-env KG_PASSWORD
    """
    from kg.cli.options import OPTIONS
    from kg.store.load import load as load_file

    quiet = quiet or OPTIONS.quiet
    with user_errors():
        options = endpoint_options(target, user, password_env, timeout, query_url, update_url)
        result = load_file(
            graph_file, target, graph=graph, batch_size=batch_size, quiet=quiet, **options
        )
    if not quiet:
        typer.echo(result.render())
