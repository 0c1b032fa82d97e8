"""`kg validate`: check a graph against the SHACL shapes; wraps `validate_graph`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.errors import KgError


def validate(
    graph: Annotated[Path, typer.Argument(help="A graph file built by kg.")],
) -> None:
    """Check a graph against the SHACL shapes (exit 0 conforms, 1 violations, 2 error).

    Example: kg validate graph.ttl
    """
    from kg.store.validate import validate_graph

    try:
        report = validate_graph(graph)
    except KgError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(2) from None
    for line in report.lines():
        typer.echo(line)
    if not report.conforms:
        typer.echo(f"{graph}: {len(report.violations)} violation(s)", err=True)
        raise typer.Exit(1)
    typer.echo(f"{graph}: conforms")
