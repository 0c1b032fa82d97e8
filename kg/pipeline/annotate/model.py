"""The annotation model: what any annotator (rules, stanza, ...) hands to extraction.

Offsets are always [start, end) into `Document.text`, the article as read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

from kg.pipeline.text.document import Document


class Kind(StrEnum):
    """What a mention is."""

    PERSON = "Person"
    ORGANISATION = "Organisation"
    COUNTRY = "Country"
    PLACE = "Place"
    TITLE = "Title"  # a post: وزير الدفاع، المتحدث باسم، الملك
    HONORIFIC = "Honorific"  # سمو الشيخ، الأمير، العقيد: not part of a name, not a post
    NATIONALITY = "Nationality"  # الأمريكي، الروسية: resolves to a country
    CUE = "Cue"  # a reporting word: قال، أكدت، مضيفاً، القول
    REFERENCE = "Reference"  # نظيره، الوزير، الأخير، الوزارة: refers back


class Word(NamedTuple):
    """A syntactic word. A multi-word token (وقال) yields several words sharing `token`.

    A named tuple (immutable, like the mentions): an article has thousands of words, and a
    tuple is made several times faster than a frozen dataclass."""

    text: str
    start: int
    end: int
    token: int
    lemma: str | None = None
    upos: str | None = None
    head: int | None = None  # index into Annotation.words; -1 for the root; None if unparsed
    deprel: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A typed span. `key` is a canonical id (country code, organisation id, cue lemma...),
    `label` the canonical Arabic name, `attrs` what the kind needs (gender, number, country,
    role...)."""

    kind: Kind
    start: int
    end: int
    text: str
    key: str | None = None
    label: str | None = None
    attrs: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    source: str = "lexicon"


@dataclass
class Annotation:
    """Output of stage 2: words and mentions over one document, ordered by offset."""

    document: Document
    annotator: str
    words: list[Word] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def parsed(self) -> bool:
        """True when the words carry dependency heads (a parser ran)."""
        return any(w.head is not None for w in self.words)

    def mentions_in(self, start: int, end: int, *kinds: Kind) -> list[Mention]:
        """Mentions inside [start, end), optionally of the given kinds, in text order."""
        return [
            m
            for m in self.mentions
            if m.start >= start and m.end <= end and (not kinds or m.kind in kinds)
        ]
