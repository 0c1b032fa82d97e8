"""`kg eval`'s scorer: precision, recall and F1 of extracted rows against one gold file."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kg.eval.gold import Gold, RoleRow, StatementRow
from kg.pipeline.text.normalize import normalize_for_match


@dataclass
class Score:
    """Counts for one kind of row; micro-averaging adds them up."""

    predicted: int = 0
    correct: int = 0
    gold: int = 0
    matched: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.predicted += other.predicted
        self.correct += other.correct
        self.gold += other.gold
        self.matched += other.matched


def _dedupe(rows: Iterable[tuple[str, ...]]) -> list[tuple[str, ...]]:
    seen: dict[tuple[str, ...], tuple[str, ...]] = {}
    for row in rows:
        seen.setdefault(tuple(normalize_for_match(c) for c in row), row)
    return list(seen.values())


def score_rows(
    rows: Iterable[tuple[str, ...]],
    gold_rows: list[dict],
    optional_rows: list[dict],
    ok: Callable[[tuple[str, ...], dict], bool],
    describe: Callable[[dict], str],
) -> Score:
    """Precision over predicted rows (rows matching only optional gold are not counted),
    recall over gold rows."""
    score = Score(gold=len(gold_rows))
    matched: set[int] = set()
    for row in _dedupe(rows):
        hits = [i for i, g in enumerate(gold_rows) if ok(row, g)]
        if hits:
            score.predicted += 1
            score.correct += 1
            matched.update(hits)
        elif any(ok(row, g) for g in optional_rows):
            continue
        else:
            score.predicted += 1
            score.wrong.append(" | ".join(row))
    score.matched = len(matched)
    score.missed = [describe(g) for i, g in enumerate(gold_rows) if i not in matched]
    return score


@dataclass
class ArticleScore:
    name: str
    roles: Score
    statements: Score
    people: Score = field(default_factory=Score)  # named gold people found as person nodes


def score_article(
    gold: Gold, roles: Iterable[RoleRow], statements: Iterable[StatementRow]
) -> ArticleScore:
    """Score one article's rows against its gold file."""

    def describe_role(g: dict) -> str:
        org = "(unstated)" if g.get("org_unstated") else "/".join(g.get("org", []))
        return f"{g['person']} | {g['role'][0]} | {org}"

    def describe_statement(g: dict) -> str:
        return f"{g['speaker']} | {g['cue']} | {g['position']}"

    return ArticleScore(
        gold.document,
        score_rows(roles, gold.roles, [], gold.role_ok, describe_role),
        score_rows(
            statements,
            gold.statements,
            gold.optional_statements,
            gold.statement_ok,
            describe_statement,
        ),
    )
