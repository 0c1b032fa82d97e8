"""`kg build`: articles in, RDF out (a file, stdout or an Oxigraph store); wraps `build_corpus`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.errors import EXIT_ERROR, EXIT_PARTIAL, user_errors
from kg.cli.options import AnnotatorName, GraphFormat


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
        GraphFormat | None,
        typer.Option("--format", "-f", help="RDF format (default: from -o, else turtle)."),
    ] = None,
    annotator: Annotated[
        AnnotatorName,
        typer.Option(help="Annotator: ner (rules + learned names), rules (rules only) or stanza."),
    ] = AnnotatorName.ner,
    encoding: Annotated[
        str | None,
        typer.Option(
            metavar="ENCODING",
            help="Encoding of the articles (default: detected: UTF-8/16, cp1256).",
        ),
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
            articles, output=output, store=store, fmt=fmt and fmt.value,
            annotator=annotator.value,
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
