"""`kg models`: download stanza's Arabic models and say what is installed where."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

models_app = typer.Typer(
    name="models",
    help="Stanza's Arabic models for `--annotator stanza`: download, status.\n\n"
    "Example: kg models status",
    no_args_is_help=True,
    rich_markup_mode=None,  # plain help, as the app's (kg.cli.app)
)

DirOption = Annotated[
    Path | None,
    typer.Option(
        "--dir",
        help="Model directory (default: $STANZA_RESOURCES_DIR, else stanza's own default).",
    ),
]


@models_app.command()
def download(directory: DirOption = None) -> None:
    """Download stanza's Arabic models (tokenize, mwt, pos, lemma, depparse, ner).

    Example: kg models download --dir ~/stanza_resources
    """
    from kg.cli.errors import user_errors
    from kg.pipeline.annotate import models

    with user_errors():
        found = models.download(directory)
    typer.echo(f"stanza's Arabic models are installed in {found.directory}")
    if found.directory != models.default_directory():
        typer.echo(f"to use them, set: export {models.ENV_DIR}={found.directory}")


@models_app.command()
def status(directory: DirOption = None) -> None:
    """Say whether stanza and its Arabic models are installed, and where (exit 0 either way).

    Example: kg models status
    """
    from kg.pipeline.annotate import models  # here: `kg --help` needs none of it

    found = models.status(directory)
    from_env = directory is None and bool(os.environ.get(models.ENV_DIR))
    where = f" (from ${models.ENV_DIR})" if from_env else ""
    if "<stanza's version>" in str(found.directory):
        where = " (stanza is not installed; its version names the folder)"
    typer.echo(f"directory: {found.directory}{where}")
    if found.stanza_installed:
        typer.echo(f"stanza: {found.version}")
    else:
        typer.echo(f"stanza: not installed; run: {models.install_command()}")
    if found.installed:
        typer.echo(f"arabic models: installed ({', '.join(models.PROCESSORS)})")
    elif found.missing:
        typer.echo(f"arabic models: not installed (missing: {', '.join(found.missing)})")
        typer.echo("run: kg models download" + (f" --dir {directory}" if directory else ""))
    else:
        typer.echo("arabic models: present, but stanza is not installed")
