"""`kg eval`: score extraction against gold annotations; wraps `kg.eval.evaluate.evaluate`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.errors import user_errors
from kg.cli.options import AnnotatorName


def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold .json files or directories.")],
    articles: Annotated[
        Path | None,
        typer.Option(help="Directory of the articles (default: articles/ beside the gold dir)."),
    ] = None,
    annotator: Annotated[
        AnnotatorName, typer.Option(help="Annotator to evaluate: ner (default), rules or stanza.")
    ] = AnnotatorName.ner,
) -> None:
    """Score extraction against gold annotations (P/R/F1 per article, micro totals).

    Example: kg eval gold/ --articles articles/
    """
    from kg.eval.evaluate import evaluate as run_eval
    from kg.eval.report import format_eval

    with user_errors():
        report = run_eval(gold, articles, annotator=annotator.value)
    typer.echo(format_eval(report))
