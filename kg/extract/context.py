"""What the extraction rules share: mentions by sentence, the words between two offsets,
posts resolved to their holders, and the discourse state used to resolve references."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.annotate.arabic import TITLE_FILLERS
from kg.annotate.model import Annotation, Kind, Mention
from kg.extract.entities import EntityRegistry
from kg.extract.facts import Entity, RoleFact
from kg.lexicon import clitic_readings, default_lexicon
from kg.normalize import fold
from kg.text import Sentence

_WORD = re.compile(r"\w+|[^\w\s]")


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

    def sentences(self) -> list[Sentence]:
        return [s for s in self.annotation.document.sentences if not s.noise]

    def in_sentence(self, sentence: Sentence) -> list[Mention]:
        return [m for m in self.mentions if sentence.start <= m.start < sentence.end]

    def words(self, start: int, end: int) -> list[str]:
        """Folded tokens (words and punctuation) of the original text in [start, end)."""
        return _WORD.findall(fold(self.text[start:end]))

    def bare_words(self, start: int, end: int) -> list[str]:
        """Like `words`, each word read without a leading و/ف."""
        out = []
        for word in self.words(start, end):
            keep = word in self.lexicon.first_names or word in TITLE_FILLERS  # ولايته
            if len(word) > 2 and word[0] in "وف" and not keep:
                stripped = word[1:]
                if any(form == stripped for _, form in clitic_readings(word)):
                    word = stripped
            out.append(word)
        return out

    def entity(self, mention: Mention) -> Entity | None:
        return self.registry.entity(mention)

    def ministry_before(self, offset: int, portfolio: str | None = None) -> Entity | None:
        """The last ministry named before `offset` (with that portfolio, when given)."""
        for mention in reversed(self.mentions):
            if mention.start >= offset or mention.kind is not Kind.ORGANISATION:
                continue
            if mention.attrs.get("kind") == "ministry" and (
                portfolio is None or mention.attrs.get("portfolio") == portfolio
            ):
                return self.entity(mention)
        return None

    def organisation_before(self, offset: int, kind: str, head: str = "") -> Entity | None:
        """The last organisation named before `offset` that `الحزب`/`الحركة`... refers to:
        one of that kind, or whose name starts with that head noun."""
        for mention in reversed(self.mentions):
            if mention.start >= offset or mention.kind is not Kind.ORGANISATION:
                continue
            words = fold(mention.label or mention.text).split()
            first = words[0].removeprefix("ال") if words else ""
            if mention.attrs.get("kind") == kind or (head and first == head):
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


def _head(role: str) -> str:
    first = fold(role).split()[0] if role.strip() else ""
    first = first.removeprefix("ال")
    return first[:-1] if first.endswith("ه") else first


head_word = _head
