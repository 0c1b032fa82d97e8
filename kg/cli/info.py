"""`kg info`: versions of kg and its libraries, annotators, and whether stanza's models exist."""

from __future__ import annotations

import platform
from importlib import import_module

import typer

from kg import __version__

LIBRARIES = ("rdflib", "pyoxigraph", "stanza")


def version_of(package: str) -> str:
    """The installed version of `package`, or "not installed"."""
    from importlib import metadata  # here: importing it slows every `kg` command down

    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def stanza_models() -> str:
    """Whether stanza's Arabic models are present (`kg.pipeline.annotate.models.status`)."""
    if version_of("stanza") == "not installed":
        return "none (stanza is not installed)"
    try:
        models = import_module("kg.pipeline.annotate.models")
    except ImportError:
        return "unknown (no kg.pipeline.annotate.models in this version of kg)"
    status = models.status()
    if status.installed:
        return f"installed in {status.directory}"
    missing = ", ".join(status.missing) or "all"
    return f"missing ({missing}) in {status.directory}; run: kg models download"


def collect() -> list[tuple[str, str]]:
    """(name, value) rows, in display order."""
    rows = [("kg", __version__), ("python", platform.python_version())]
    rows += [(name, version_of(name)) for name in LIBRARIES]
    from kg.pipeline.annotate import available  # here: `kg --help` needs none of it

    rows += [("annotators", ", ".join(available())), ("stanza models", stanza_models())]
    return rows


def render(rows: list[tuple[str, str]]) -> str:
    """Aligned `name: value` lines."""
    width = max(len(name) for name, _ in rows) + 1
    return "\n".join(f"{name + ':':<{width}} {value}" for name, value in rows)


def info() -> None:
    """Print versions (kg, Python, libraries), annotators and stanza's model status.

    Example: kg info
    """
    typer.echo(render(collect()))
