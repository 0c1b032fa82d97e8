"""`kg query`: SPARQL SELECT over a graph file, a store or an endpoint; wraps `run_query`."""

from __future__ import annotations

from typing import Annotated

import typer

from kg.cli.errors import user_errors
from kg.cli.options import (
    PasswordEnvOption,
    SourceArgument,
    TimeoutOption,
    UserOption,
    query_options,
)


def query(
    source: SourceArgument,
    sparql: Annotated[
        str, typer.Argument(metavar="QUERY", help="A .rq file, a canned query name, or SPARQL.")
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    user: UserOption = None,
    password_env: PasswordEnvOption = None,
    timeout: TimeoutOption = 60.0,
) -> None:
    """Run a SPARQL SELECT query over a graph file, a store or an endpoint.

    Example: kg query graph.ttl roles --format csv
    """
    from kg.store.query import run_query

    with user_errors():
        rows = run_query(
            source, sparql, timeout=timeout, **query_options(user, password_env, timeout)
        )
        text = rows.render(fmt)
    typer.echo(text.rstrip("\n"))
