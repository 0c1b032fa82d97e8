"""The porch: the `kg` command line (typer app in `kg.cli.app`, one module per command)."""

from kg.cli.app import app, main

__all__ = ["app", "main"]
