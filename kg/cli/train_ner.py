"""`kg train-ner`: rebuild the name tagger from NewsFANE Gold; wraps
`kg.pipeline.annotate.ner_train.train_ner`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli.errors import user_errors


def train_ner(
    corpus: Annotated[
        Path,
        typer.Argument(
            help="NewsFANE Gold file (token<TAB>tag a line; not shipped with kg), or the"
            " folder holding it."
        ),
    ] = Path("../shared/ner/NewsFANE_Gold_2014_170K.txt"),
    model: Annotated[
        Path | None,
        typer.Option(help="Where to write the model (default: the one shipped in kg/data/ner)."),
    ] = None,
    evaluate: Annotated[
        bool,
        typer.Option(help="Score on a held-out 20% first (fixed seed) and print the scores."),
    ] = True,
    check: Annotated[
        bool,
        typer.Option(
            help="Write nothing: retrain and say whether the result is byte-identical to"
            " the model given (default: the shipped one); exit 1 if not."
        ),
    ] = False,
) -> None:
    """Train the CRF name tagger (deterministic: same corpus, same model).

    Example: kg train-ner ../shared/ner/NewsFANE_Gold_2014_170K.txt
    """
    from kg.pipeline.annotate.ner_train import matches_shipped
    from kg.pipeline.annotate.ner_train import train_ner as run

    if check:
        with user_errors():
            same = matches_shipped(corpus, model)
        typer.echo("the model is what training gives" if same else "the model differs")
        raise typer.Exit(0 if same else 1)
    with user_errors():
        report = run(corpus, model, evaluate=evaluate)
    if evaluate:
        typer.echo(
            f"held-out: {report.test_sentences} sentences"
            f" (trained on {report.train_sentences}); exact spans and tokens:"
        )
        typer.echo(report.scores.table())
    size = report.model.stat().st_size
    typer.echo(f"model: {report.model} ({size / 1e6:.1f} MB)")
