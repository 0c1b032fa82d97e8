"""The `kg` command line: the typer app, its global options, and the commands registered on it.

Each command lives in its own module of `kg.cli` (build, query, load, eval, validate, view,
info, models) as a thin wrapper: it parses its options, calls one library function, and turns
the library's own errors (`kg.errors.KgError`) into one line `Error: ...` with exit code 1
(`kg.cli.errors`). This module imports the command modules; none of them imports it back.
"""

from __future__ import annotations

from typing import Annotated

import typer

from kg import __version__
from kg.cli import build, info, load, query, train_ner, validate, view
from kg.cli import eval as eval_command
from kg.cli.help import install as install_help
from kg.cli.models import models_app

install_help()

app = typer.Typer(
    name="kg",
    help="Knowledge graphs from Arabic news: who holds which post where, and who said what.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # click's plain help: rich's renderer was half of `kg --help`
)
app.add_typer(models_app, name="models")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kg {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
    verbose: Annotated[
        int, typer.Option("--verbose", "-v", count=True, help="Log progress (-vv: debug).")
    ] = 0,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bars nor summaries.")
    ] = False,
) -> None:
    """Knowledge graphs from Arabic news."""
    from kg.cli.options import configure

    configure(quiet=quiet, verbose=verbose)


app.command()(build.build)
app.command()(query.query)
app.command()(load.load)
app.command("eval")(eval_command.evaluate)
app.command("train-ner")(train_ner.train_ner)
app.command()(validate.validate)
app.command()(view.show)
app.command()(view.viz)
app.command()(info.info)


def main() -> None:
    """Console-script entry point."""
    app()
