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
from kg.pipeline.text.normalize import unmarked


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


# The start index of pass 1 (`RuleAnnotator._start_rules`): one bit per rule of the lexical
# pass, set for a word when that rule's start condition holds there (a necessary condition on
# the word alone, stated by the rule's module: `_organisation_starts`, `_post_starts`).
START_MINISTRY = 1
START_REFERENCE = 2
START_PLACE = 4
START_LEXICON = 8  # a lexicon phrase begins with one of the word's readings
START_ASSISTANT = 16
START_DUAL = 32
START_ONE_OF = 64
START_ACCUSATIVE = 128
START_ORGANISATION = 256  # an organisation named by its head noun, or a state body
START_DUAL_CONSTRUCT = 512
START_ALL = 1023


def _is_particle(tok: Token) -> bool:
    """A particle spelt with alif maqsura (على، وإلى), whatever its folded form reads as."""
    return _particle_spelling(tok.raw)


@lru_cache(maxsize=1 << 16)
def _particle_spelling(written: str) -> bool:
    """`_is_particle` of a token written `written`, memoised per spelling."""
    raw = unmarked(written)
    return raw in MAQSURA_PARTICLES or (raw[:1] in "وف" and raw[1:] in MAQSURA_PARTICLES)


class RuleBase:
    """What every rule mixin reads: the lexicon and the current article's word counts."""

    lexicon: Lexicon
    _counts: Counter[str]  # per article: folded forms without ال
    _pairs: Counter[tuple[str, str]]  # per article: adjacent forms
