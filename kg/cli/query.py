"""`kg query`: SPARQL (any query form) over a graph file, a store or an endpoint; wraps
`kg.store.query.execute` and prints with `kg.store.results.render`."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from kg.cli.errors import user_errors
from kg.cli.options import (
    PasswordEnvOption,
    QueryUrlOption,
    SourceArgument,
    TimeoutOption,
    UserOption,
    endpoint_options,
)


class ResultFormat(StrEnum):
    """How `kg query` prints its answer."""

    table = "table"
    json = "json"
    xml = "xml"
    csv = "csv"
    tsv = "tsv"
    turtle = "turtle"
    nt = "nt"


def query(
    source: SourceArgument,
    sparql: Annotated[
        str, typer.Argument(metavar="QUERY", help="A .rq file, a canned query name, or SPARQL.")
    ],
    fmt: Annotated[
        ResultFormat,
        typer.Option(
            "--format",
            "-f",
            help="SELECT/ASK: W3C results json, xml, csv, tsv; CONSTRUCT/DESCRIBE: turtle, "
            "nt, json (JSON-LD), xml (RDF/XML); or a table.",
        ),
    ] = ResultFormat.table,
    query_url: QueryUrlOption = None,
    user: UserOption = None,
    password_env: PasswordEnvOption = None,
    timeout: TimeoutOption = 60.0,
    allow_service: Annotated[
        bool,
        typer.Option(
            "--allow-service",
            help="Let SERVICE clauses call other servers (file and store sources).",
        ),
    ] = False,
) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over a graph file, a store or an
    endpoint.

    Example: kg query graph.ttl roles --format csv
    """
    from kg.store.query import execute
    from kg.store.results import render

    with user_errors():
        result = execute(
            source, sparql, timeout=timeout, allow_service=allow_service,
            rows=fmt == ResultFormat.table,
            printed=fmt.value,
            **endpoint_options(source, user, password_env, timeout, query_url),
        )  # fmt: skip
        text = render(result, fmt.value)
    if fmt == ResultFormat.table:
        typer.echo(text.rstrip("\n"))
    else:
        typer.echo(text, nl=not text.endswith("\n"))
