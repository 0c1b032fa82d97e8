"""Options shared by the CLI's commands: the global ones (`kg --verbose`, `kg --quiet`),
set by the app callback, and those of every command that reads a graph source."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, TextIO

import typer

from kg.errors import InputError


class GraphFormat(StrEnum):
    """RDF serialisations `kg build` writes (kg.pipeline.build.FORMATS)."""

    turtle = "turtle"
    nt = "nt"
    jsonld = "jsonld"
    trig = "trig"
    nquads = "nquads"


class AnnotatorName(StrEnum):
    """Registered annotators (kg.pipeline.annotate.available())."""

    ner = "ner"
    rules = "rules"
    stanza = "stanza"


SourceArgument = Annotated[
    str, typer.Argument(help="A graph file, an Oxigraph store directory, or an endpoint URL.")
]
UserOption = Annotated[
    str | None,
    typer.Option("--user", metavar="NAME", help="Account on the endpoint (HTTP Basic)."),
]
PasswordEnvOption = Annotated[
    str | None,
    typer.Option(
        "--password-env",
        metavar="VAR",
        help="Read the password from this environment variable (else it is prompted for on "
        "a terminal; without one it is required).",
    ),
]
TimeoutOption = Annotated[
    float,
    typer.Option(
        metavar="SECONDS", help="Seconds to wait for the endpoint, or for a query to finish."
    ),
]
QueryUrlOption = Annotated[
    str | None,
    typer.Option(
        "--query-url",
        metavar="URL",
        help="The endpoint's SPARQL query URL, for a server whose query URL is not derived "
        "from the endpoint URL (/query, /sparql, /repositories/ID): queries go there instead.",
    ),
]


def ask_password(text: str) -> str:
    """Prompt for an endpoint password without echoing it. Without a terminal there is no
    one to type it (getpass would warn and read an empty line): the password must come from
    an environment variable (--password-env), and the error says so."""
    if not terminal_available():
        raise InputError(
            f"{text.rstrip(': ')}: no terminal to type it on; "
            "set it in an environment variable and pass --password-env VAR"
        )
    return typer.prompt(text.rstrip(": "), hide_input=True)


def terminal_available() -> bool:
    """Whether a password can be typed: the process has a controlling terminal (getpass
    reads /dev/tty) or its standard input is one."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return sys.stdin is not None and sys.stdin.isatty()
    os.close(fd)
    return True


def endpoint_options(
    source: str,
    user: str | None,
    password_env: str | None,
    timeout: float,
    query_url: str | None = None,
    update_url: str | None = None,
) -> dict[str, Any]:
    """The `connection` and `prompt` every command that reads or loads `source` hands to
    kg.store (run_query, execute, load_source, load), from the endpoint options. The URLs are
    for an endpoint only: given with a file or a store directory, they are an error rather
    than silently ignored."""
    from kg.store.endpoint import is_endpoint
    from kg.store.load import Connection

    given = [
        name for name, url in (("--query-url", query_url), ("--update-url", update_url)) if url
    ]
    if "://" in source and not is_endpoint(source):  # not a path either: never a new store
        raise InputError(f"{source}: not an http(s) endpoint URL")
    if given and not is_endpoint(source):
        options = " and ".join(given)
        verb = "apply" if len(given) > 1 else "applies"
        raise InputError(
            f"{source}: not an endpoint URL, and {options} {verb} only to an endpoint: give "
            f"the endpoint's http(s) URL in its place, or leave {options} out"
        )
    connection = Connection(
        query_url=query_url, update_url=update_url, user=user, password_env=password_env,
        timeout=timeout,
    )  # fmt: skip
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
