"""The `kg` command line: thin wrappers over library functions.

Each command parses its options, calls one library function, and turns the library's own
errors (`kg.errors.KgError`) into one line `Error: ...` with exit code 1.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from kg import __version__
from kg.errors import KgError

app = typer.Typer(
    name="kg",
    help="Knowledge graphs from Arabic news: who holds which post where, and who said what.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)


@contextmanager
def user_errors() -> Iterator[None]:
    """Report a library error as one line on stderr and exit 1."""
    try:
        yield
    except KgError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(1) from None


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
    from kg.cli_options import configure

    configure(quiet=quiet, verbose=verbose)


@app.command()
def build(
    articles: Annotated[list[Path], typer.Argument(help="Article text files.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="turtle, nt, jsonld, trig or nquads.")
    ] = "turtle",
    annotator: Annotated[
        str, typer.Option(help="Annotator: rules (built in) or stanza.")
    ] = "rules",
    encoding: Annotated[
        str | None, typer.Option(help="Text encoding of the articles (default UTF-8).")
    ] = None,
) -> None:
    """Build an RDF graph from Arabic news articles.

    Example: kg build article.txt -o graph.ttl
    """
    from kg.build import build_with_stats
    from kg.cli_options import OPTIONS

    with user_errors():
        text, stats = build_with_stats(
            articles,
            output=output,
            fmt=fmt,
            annotator=annotator,
            encoding=encoding,
            quiet=OPTIONS.quiet,
        )
    if output is None:
        typer.echo(text, nl=False)
    if not OPTIONS.quiet:
        typer.echo(stats.line(), err=True)


@app.command()
def query(
    source: Annotated[str, typer.Argument(help="A graph file.")],
    sparql: Annotated[
        str, typer.Argument(metavar="QUERY", help="A .rq file, a canned query name, or SPARQL.")
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
) -> None:
    """Run a SPARQL SELECT query over a graph.

    Example: kg query graph.ttl roles --format csv
    """
    from kg.query import run_query

    with user_errors():
        rows = run_query(source, sparql)
        text = rows.render(fmt)
    typer.echo(text)


@app.command("eval")
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold .json files or directories.")],
    articles: Annotated[
        Path | None,
        typer.Option(help="Directory of the articles (default: articles/ beside the gold dir)."),
    ] = None,
    annotator: Annotated[str, typer.Option(help="Annotator to evaluate.")] = "rules",
) -> None:
    """Score extraction against gold annotations (P/R/F1 per article, micro totals).

    Example: kg eval gold/ --articles articles/
    """
    from kg.pipeline import evaluate as run_eval
    from kg.report import format_eval

    with user_errors():
        report = run_eval(gold, articles, annotator=annotator)
    typer.echo(format_eval(report))


from kg.cli_view import register as _register_view  # noqa: E402

_register_view(app)


def main() -> None:
    """Console-script entry point."""
    app()
