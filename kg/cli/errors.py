"""How the CLI reports failures: one line `Error: ...` and an exit code, never a traceback.

Exit codes (documented in the README): 0 success (warnings may be printed), 1 error (nothing
done), 2 command-line usage error, 3 partial build (some articles built, others failed).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer

from kg.errors import KgError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


@contextmanager
def user_errors() -> Iterator[None]:
    """Report a library error as one line on stderr and exit 1."""
    try:
        yield
    except KgError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
