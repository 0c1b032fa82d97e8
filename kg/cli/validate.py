"""`kg validate`: check a graph file, a store or an endpoint against the SHACL shapes; wraps
`kg.store.validate.validate_graph`."""

from __future__ import annotations

import typer

from kg.cli.options import (
    PasswordEnvOption,
    QueryUrlOption,
    SourceArgument,
    TimeoutOption,
    UserOption,
    endpoint_options,
)
from kg.errors import KgError


def validate(
    source: SourceArgument,
    query_url: QueryUrlOption = None,
    user: UserOption = None,
    password_env: PasswordEnvOption = None,
    timeout: TimeoutOption = 60.0,
) -> None:
    """Check a graph file, or the facts of a store or endpoint, against the SHACL shapes
    (exit 0 conforms, 1 violations, 2 error).

    Example: kg validate graph.ttl
    """
    from kg.store.validate import load_source, validate_graph

    try:
        report = validate_graph(
            load_source(source, **endpoint_options(source, user, password_env, timeout, query_url))
        )
    except KgError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(2) from None
    for line in report.lines():
        typer.echo(line)
    if not report.conforms:
        typer.echo(f"{source}: {len(report.violations)} violation(s)", err=True)
        raise typer.Exit(1)
    typer.echo(f"{source}: conforms")
