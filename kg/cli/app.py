"""The `kg` command line: thin wrappers over library functions.

Each command parses its options, calls one library function, and turns the library's own
errors (`kg.errors.KgError`) into one line `Error: ...` with exit code 1.

Exit codes (documented in the README): 0 success (warnings may be printed), 1 error (nothing
done), 2 command-line usage error, 3 partial build (some articles built, others failed).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from kg import __version__
from kg.cli.models import models_app
from kg.cli.options import (
    PasswordEnvOption,
    SourceArgument,
    TimeoutOption,
    UserOption,
    ask_password,
    query_options,
)
from kg.errors import KgError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3

app = typer.Typer(
    name="kg",
    help="Knowledge graphs from Arabic news: who holds which post where, and who said what.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)
app.add_typer(models_app, name="models")


@contextmanager
def user_errors() -> Iterator[None]:
    """Report a library error as one line on stderr and exit 1."""
    try:
        yield
    except KgError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(EXIT_ERROR) from None


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


@app.command()
def build(
    articles: Annotated[
        list[Path],
        typer.Argument(help="Article files (text or HTML), directories (*.txt, *.html), globs."),
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    store: Annotated[
        Path | None,
        typer.Option(help="Build into this Oxigraph store directory (one graph per article)."),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="turtle, nt, jsonld, trig or nquads (default: from -o, else turtle).",
        ),
    ] = None,
    annotator: Annotated[
        str, typer.Option(help="Annotator: rules (built in) or stanza.")
    ] = "rules",
    encoding: Annotated[
        str | None,
        typer.Option(help="Encoding of the articles (default: detected: UTF-8/16, cp1256)."),
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar, no summary table.")
    ] = False,
    workers: Annotated[
        int, typer.Option("--workers", "-j", min=1, help="Processes to build with (one per core).")
    ] = 1,
) -> None:
    """Build an RDF graph from Arabic news articles.

    Each bad article is reported on its own line and the others are still built (exit 3).

    Example: kg build article.txt -o graph.ttl

    Corpus: kg build corpus/ --store kg-store   (or -o corpus.trig)
    """
    from kg.cli.options import OPTIONS
    from kg.pipeline.build import build_corpus

    quiet = quiet or OPTIONS.quiet
    with user_errors():
        summary = build_corpus(
            articles, output=output, store=store, fmt=fmt, annotator=annotator,
            encoding=encoding, quiet=quiet, workers=workers,
        )  # fmt: skip
    if summary.text is not None:
        typer.echo(summary.text, nl=False)
    if summary.corpus and not quiet:
        typer.echo(summary.render(), err=True)
    if not quiet:
        typer.echo(summary.stats().line(), err=True)
    for warning in summary.warnings:
        typer.echo(f"Warning: {warning}", err=True)
    for failure in summary.failures:
        typer.echo(f"Error: {failure.error}", err=True)
    if summary.failures:
        failed, total = len(summary.failures), len(summary.articles)
        if not summary.built:
            typer.echo(f"Error: none of the {total} articles could be built", err=True)
            raise typer.Exit(EXIT_ERROR)
        typer.echo(f"Partial build: {failed} of {total} articles failed", err=True)
        raise typer.Exit(EXIT_PARTIAL)


@app.command()
def query(
    source: SourceArgument,
    sparql: Annotated[
        str, typer.Argument(metavar="QUERY", help="A .rq file, a canned query name, or SPARQL.")
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    user: UserOption = None,
    password_env: PasswordEnvOption = None,
    timeout: TimeoutOption = 60.0,
) -> None:
    """Run a SPARQL SELECT query over a graph file, a store or an endpoint.

    Example: kg query graph.ttl roles --format csv
    """
    from kg.store.query import run_query

    with user_errors():
        rows = run_query(
            source, sparql, timeout=timeout, **query_options(user, password_env, timeout)
        )
        text = rows.render(fmt)
    typer.echo(text.rstrip("\n"))


@app.command()
def load(
    graph_file: Annotated[Path, typer.Argument(help="A graph file (.trig, .nq, .ttl, ...).")],
    target: Annotated[
        str, typer.Argument(help="An Oxigraph store directory (created if new) or endpoint URL.")
    ],
    graph: Annotated[
        str | None,
        typer.Option(help="Put every triple of the file into this named graph (replacing it)."),
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Quads per request.")] = 10_000,
    query_url: Annotated[str | None, typer.Option(help="SPARQL query URL.")] = None,
    update_url: Annotated[str | None, typer.Option(help="SPARQL update URL.")] = None,
    store_url: Annotated[
        str | None, typer.Option(help="Graph Store Protocol URL (e.g. .../store, .../data).")
    ] = None,
    gsp: Annotated[
        bool, typer.Option(help="Upload batches with the Graph Store Protocol if available.")
    ] = True,
    user: UserOption = None,
    password_env: PasswordEnvOption = None,
    timeout: TimeoutOption = 60.0,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
) -> None:
    """Load a graph file into a store or SPARQL endpoint, replacing its named graphs atomically.

    Example: kg load corpus.trig http://localhost:7878 --user kg --password-env KG_PASSWORD
    """
    from kg.cli.options import OPTIONS
    from kg.store.load import Connection
    from kg.store.load import load as load_file

    quiet = quiet or OPTIONS.quiet
    connection = Connection(
        query_url=query_url, update_url=update_url, store_url=store_url, user=user,
        password_env=password_env, timeout=timeout, gsp=gsp,
    )  # fmt: skip
    with user_errors():
        result = load_file(
            graph_file, target, graph=graph, batch_size=batch_size, connection=connection,
            quiet=quiet, prompt=ask_password,
        )  # fmt: skip
    if not quiet:
        typer.echo(result.render())


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
    from kg.eval.report import format_eval
    from kg.pipeline.pipeline import evaluate as run_eval

    with user_errors():
        report = run_eval(gold, articles, annotator=annotator)
    typer.echo(format_eval(report))


@app.command()
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


from kg.cli.view import register as _register_view  # noqa: E402

_register_view(app)


def main() -> None:
    """Console-script entry point."""
    app()
