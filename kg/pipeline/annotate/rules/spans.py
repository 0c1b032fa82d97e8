"""What the rule modules share: the span under construction, the mixins' common base, and
word tests used by more than one pass."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from kg.pipeline.annotate.arabic import MAQSURA_PARTICLES
from kg.pipeline.annotate.lexicon import Lexicon
from kg.pipeline.annotate.model import Kind
from kg.pipeline.annotate.tokens import Token


@dataclass
class _Span:
    """A mention under construction over token indices [i, j)."""

    kind: Kind
    i: int
    j: int
    key: str | None = None
    label: str | None = None
    attrs: dict[str, str] | None = None
    prefix: int = 0  # characters of clitics to skip at the start of token i
    source: str = "lexicon"


def _is_particle(tok: Token) -> bool:
    """A particle spelt with alif maqsura (على، وإلى), whatever its folded form reads as."""
    return _particle_spelling(tok.raw)


@lru_cache(maxsize=1 << 16)
def _particle_spelling(written: str) -> bool:
    """`_is_particle` of a token written `written`, memoised per spelling."""
    raw = "".join(c for c in written if not ("\u064b" <= c <= "\u0652" or c == "\u0640"))
    return raw in MAQSURA_PARTICLES or (raw[:1] in "وف" and raw[1:] in MAQSURA_PARTICLES)


class RuleBase:
    """What every rule mixin reads: the lexicon and the current article's word counts."""

    lexicon: Lexicon
    _counts: Counter[str]  # per article: folded forms without ال
    _pairs: Counter[tuple[str, str]]  # per article: adjacent forms
