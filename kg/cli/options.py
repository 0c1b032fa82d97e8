"""Options shared by the CLI's commands: the global ones (`kg --verbose`, `kg --quiet`),
set by the app callback, and those of every command that reads a graph source."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import Annotated, Any, TextIO

import typer

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
TimeoutOption = Annotated[
    float, typer.Option(help="Seconds to wait for the endpoint, or for a query to finish.")
]


def ask_password(text: str) -> str:
    """Prompt for an endpoint password without echoing it."""
    return typer.prompt(text.rstrip(": "), hide_input=True)


def query_options(user: str | None, password_env: str | None, timeout: float) -> dict[str, Any]:
    """run_query's `connection` and `prompt`, from the source options."""
    from kg.store.load import Connection

    connection = Connection(user=user, password_env=password_env, timeout=timeout)
    return {"connection": connection, "prompt": ask_password}


@dataclass
class Options:
    """What the global options asked for; reset on every invocation."""

    quiet: bool = False
    verbose: int = 0


OPTIONS = Options()


class StderrHandler(logging.StreamHandler):
    """Logs to whatever `sys.stderr` is when a record is emitted (tests swap it)."""

    @property  # type: ignore[override]
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _value: TextIO) -> None:
        pass


def configure(*, quiet: bool = False, verbose: int = 0) -> None:
    """Record the global options and set kg's log level: -v INFO, -vv DEBUG."""
    OPTIONS.quiet, OPTIONS.verbose = quiet, verbose
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logger = logging.getLogger("kg")
    logger.setLevel(level)
    if not any(isinstance(h, StderrHandler) for h in logger.handlers):
        handler = StderrHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
