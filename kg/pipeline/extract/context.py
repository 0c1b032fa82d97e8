"""What the extraction rules share: mentions by sentence, the words between two offsets,
posts resolved to their holders, and the discourse state used to resolve references."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate

from kg.pipeline.annotate.arabic import TITLE_FILLERS
from kg.pipeline.annotate.lexicon import clitic_readings, default_lexicon
from kg.pipeline.annotate.model import Annotation, Kind, Mention
from kg.pipeline.extract.entities import EntityRegistry
from kg.pipeline.extract.facts import Entity, RoleFact
from kg.pipeline.text.document import Sentence
from kg.pipeline.text.normalize import fold

_LOOKBACK = 50  # organisations looked at for `الحزب`، `المرصد` (the nearest match is meant)
_WORD = re.compile(r"\w+|[^\w\s]")
# Clitics left standing alone by `Context.words` before a mention that starts after them
# (the ل of لوزير، the وب of وبرئاسة): they join a post and its holder like a filler.
CLITICS = frozenset({"ل", "ب", "و", "ف", "ك", "وب", "ول", "فب", "فل"})
# Punctuation that may stand inside a post phrase (`وزير الخارجية، جون كيري`، `«المتحدث»`).
POST_PUNCTUATION = frozenset({"،", "(", ")", '"', "«", "»", "“", "”"})


@dataclass
class Post:
    """A post phrase resolved: the title mention, where it ends (after its complements),
    the organisation/country it is held in, and its holder when the text names one."""

    title: Mention
    end: int
    role: str
    head: str
    organisation: Entity | None = None
    holder: Entity | None = None
    holder_mention: Mention | None = None
    former: bool = False
    rule: str = "role:post-name"
    stacked: int | None = None  # start of a post right after this one's complements
    dative: bool = False  # the country came with ل (وزير الدفاع للمملكة الأردنية): weak


@dataclass
class Context:
    """One article's annotation plus the state the rules build while reading it."""

    annotation: Annotation
    registry: EntityRegistry = field(default_factory=EntityRegistry)
    posts: dict[int, Post] = field(default_factory=dict)  # title mention start -> post
    roles: list[RoleFact] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = self.annotation.document.text
        self.mentions = sorted(self.annotation.mentions, key=lambda m: (m.start, -m.end))
        self.registry.register(self.mentions)
        self.lexicon = default_lexicon()
        self._words_memo: dict[tuple[int, int], list[str]] = {}
        self._bare_memo: dict[str, str] = {}
        self._bare_words_memo: dict[tuple[int, int], list[str]] = {}
        # Indexes so that every lookup by offset is a binary search, never a scan of the
        # whole article (a 5 MB article has ~10^5 mentions).
        self._starts = [m.start for m in self.mentions]
        self._people = [m for m in self.mentions if m.kind is Kind.PERSON]
        self._people_starts = [m.start for m in self._people]
        self._ministries = [
            m
            for m in self.mentions
            if m.kind is Kind.ORGANISATION and m.attrs.get("kind") == "ministry"
        ]
        self._ministry_starts = [m.start for m in self._ministries]
        self._organisations = [m for m in self.mentions if m.kind is Kind.ORGANISATION]
        self._organisation_starts = [m.start for m in self._organisations]

    def sentences(self) -> list[Sentence]:
        return [s for s in self.annotation.document.sentences if not s.noise]

    def in_sentence(self, sentence: Sentence) -> list[Mention]:
        lo = bisect_left(self._starts, sentence.start)
        hi = bisect_left(self._starts, sentence.end, lo)
        return self.mentions[lo:hi]

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """Mentions starting in [start, end), in text order (binary search)."""
        lo = bisect_left(self._starts, start)
        return self.mentions[lo : bisect_left(self._starts, end, lo)]

    @cached_property
    def parsed(self) -> bool:
        """True when the words carry dependency heads (computed once, not per cue)."""
        return self.annotation.parsed

    @cached_property
    def children(self) -> dict[int, list[int]]:
        """Word index -> indexes of its dependents, in text order."""
        out: dict[int, list[int]] = {i: [] for i in range(len(self.annotation.words))}
        for i, word in enumerate(self.annotation.words):
            if word.head is not None and word.head >= 0:
                out.setdefault(word.head, []).append(i)
        return out

    @cached_property
    def _word_index(self) -> tuple[list[int], list[int]]:
        """Word starts, and the running maximum of word ends (both non-decreasing)."""
        words = self.annotation.words
        return [w.start for w in words], list(accumulate((w.end for w in words), max))

    def words_overlapping(self, start: int, end: int) -> list[int]:
        """Indexes of the words overlapping [start, end), by binary search."""
        starts, max_ends = self._word_index
        lo = bisect_right(max_ends, start)
        hi = bisect_left(starts, end)
        words = self.annotation.words
        return [i for i in range(lo, hi) if words[i].start < end and start < words[i].end]

    def people_before(self, offset: int) -> Iterator[Mention]:
        """Person mentions starting before `offset`, nearest first."""
        for i in range(bisect_left(self._people_starts, offset) - 1, -1, -1):
            yield self._people[i]

    def last_person_ending_by(self, offset: int) -> Mention | None:
        """The last person mention (in text order) that ends at or before `offset`."""
        return next((m for m in self.people_before(offset + 1) if m.end <= offset), None)

    def words(self, start: int, end: int) -> list[str]:
        """Folded tokens (words and punctuation) of the original text in [start, end)
        (memoised per span: the rules read the same spans again; a new list each call)."""
        found = self._words_memo.get((start, end))
        if found is None:
            found = self._words_memo[start, end] = _WORD.findall(fold(self.text[start:end]))
        return list(found)

    def bare_words(self, start: int, end: int) -> list[str]:
        """Like `words`, each word read without a leading و/ف (memoised per span, as
        `words`; a new list each call)."""
        found = self._bare_words_memo.get((start, end))
        if found is None:
            bare = self._bare
            found = self._bare_words_memo[start, end] = [bare(w) for w in self.words(start, end)]
        return list(found)

    def _bare(self, word: str) -> str:
        """`word` without a leading و/ف conjunction (memoised per form)."""
        found = self._bare_memo.get(word)
        if found is None:
            found = word
            keep = word in self.lexicon.first_names or word in TITLE_FILLERS  # ولايته
            if len(word) > 2 and word[0] in "وف" and not keep:
                stripped = word[1:]
                if any(form == stripped for _, form in clitic_readings(word)):
                    found = stripped
            self._bare_memo[word] = found
        return found

    def entity(self, mention: Mention) -> Entity | None:
        return self.registry.entity(mention)

    def ministry_before(self, offset: int, portfolio: str | None = None) -> Entity | None:
        """The last ministry named before `offset` (with that portfolio, when given)."""
        for i in range(bisect_left(self._ministry_starts, offset) - 1, -1, -1):
            mention = self._ministries[i]
            if portfolio is None or mention.attrs.get("portfolio") == portfolio:
                return self.entity(mention)
        return None

    def organisation_before(self, offset: int, kind: str = "", head: str = "") -> Entity | None:
        """The organisation a kind or a bare head noun refers back to: of the last
        `_LOOKBACK` organisations named before `offset`, the nearest one of that `kind`
        (`الحزب`, `الحركة` read as references) or whose name, as written or as labelled,
        begins with `head` (folded, without ال: `المرصد` after `المرصد السوري لحقوق
        الإنسان`, `الشركة` after `شركة أرامكو`, `رئيس الحكومة` after `الحكومة اللبنانية`).
        The one reading of "named before by its head noun" that posts, references and
        speakers share; None when no such organisation was named."""
        lo = bisect_left(self._organisation_starts, offset)
        for i in range(lo - 1, max(lo - _LOOKBACK, 0) - 1, -1):
            mention = self._organisations[i]
            if (kind and mention.attrs.get("kind") == kind) or (
                head and head in _first_words(mention)
            ):
                return self.entity(mention)
        return None

    def holder_of(
        self, head: str, before: int, organisation: Entity | None = None
    ) -> Entity | None:
        """The last person before `before` who holds a post with this head word."""
        for role in reversed(self.roles):
            if role.evidence.start >= before:
                continue
            if _head(role.role) == head and (
                organisation is None
                or role.organisation is None
                or role.organisation.key == organisation.key
            ):
                return role.person
        return None


def _first_words(mention: Mention) -> set[str]:
    """The first word of an organisation's name as written and as labelled, folded and
    without a leading و/ف/ب/ل or ال (`بالمرصد`، `والمركز`، `شركة`)."""
    firsts = set()
    for name in (mention.text, mention.label or ""):
        words = fold(name).split()
        if words:
            firsts.add(_without_prefixes(words[0]))
    return firsts


def _without_prefixes(word: str) -> str:
    """A folded word without a leading و/ف/ب/ل before ال, then without ال."""
    for prefix in ("و", "ف", "ب", "ل"):
        if word.startswith(prefix + "ال"):
            word = word[1:]
            break
    return word.removeprefix("ال")


def _head(role: str) -> str:
    first = fold(role).split()[0] if role.strip() else ""
    first = first.removeprefix("ال")
    return first[:-1] if first.endswith("ه") else first


head_word = _head
