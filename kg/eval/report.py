"""Plain-text reports printed by the CLI."""

from __future__ import annotations

from kg.eval.evaluate import EvalReport
from kg.eval.score import Score


def _cells(score: Score) -> str:
    return f"{score.precision:5.2f} {score.recall:5.2f} {score.f1:5.2f}"


def format_eval(report: EvalReport) -> str:
    """Per-article P/R/F1, micro totals, then what was missed and what was wrong."""
    width = max([7, *(len(a.name) for a in report.articles)])
    lines = [
        f"{'article'.ljust(width)}  roles  P     R     F1   | statements  P     R     F1",
    ]
    roles, statements = Score(), Score()
    for article in report.articles:
        roles.add(article.roles)
        statements.add(article.statements)
        lines.append(
            f"{article.name.ljust(width)}        {_cells(article.roles)} |"
            f"             {_cells(article.statements)}"
        )
    lines.append(
        f"{'micro'.ljust(width)}        {_cells(roles)} |             {_cells(statements)}"
    )
    for article in report.articles:
        for label, rows in (
            ("missed role", article.roles.missed),
            ("wrong role", article.roles.wrong),
            ("missed statement", article.statements.missed),
            ("wrong statement", article.statements.wrong),
            ("missed person", article.people.missed),
        ):
            lines.extend(f"{article.name}: {label}: {row}" for row in rows)
    lines.append(
        f"roles: P {roles.precision:.3f} R {roles.recall:.3f} F1 {roles.f1:.3f}"
        f" ({roles.correct}/{roles.predicted} predicted correct,"
        f" {roles.matched}/{roles.gold} gold found)"
    )
    lines.append(
        f"statements: P {statements.precision:.3f} R {statements.recall:.3f} F1 {statements.f1:.3f}"
        f" ({statements.correct}/{statements.predicted} predicted correct,"
        f" {statements.matched}/{statements.gold} gold found)"
    )
    people = Score()
    for article in report.articles:
        people.add(article.people)
    lines.append(
        f"people: R {people.recall:.3f}"
        f" ({people.matched}/{people.gold} named people become person nodes)"
    )
    return "\n".join(lines)
