"""Entities from mentions: one `Entity` per person, organisation, country in an article.

People are merged by name: a later `كيري` is the earlier `جون كيري` (its tokens are part of
the full name). Countries and organisations are identified by their lexicon key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from kg.pipeline.annotate.arabic import NAME_CONNECTORS
from kg.pipeline.annotate.lexicon import default_lexicon
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.annotate.rules.name_words import compound_surname
from kg.pipeline.extract.facts import Entity
from kg.pipeline.text.normalize import normalize_for_match


def surface(text: str) -> str:
    """A name as a reader writes it: a hashtag's hash dropped and its underscores read as
    spaces (`#دونالد_ترمب` is `دونالد ترمب`)."""
    return " ".join(text.replace("#", " ").replace("_", " ").split())


_ACTOR_KINDS = (Kind.PERSON, Kind.ORGANISATION, Kind.COUNTRY, Kind.NATIONALITY)


@lru_cache(maxsize=1 << 16)
def _strip_al(token: str) -> str:
    return token[2:] if token.startswith("ال") and len(token) > 3 else token


@dataclass
class _Person:
    tokens: tuple[str, ...]
    names: set[str]
    gender: str | None = None
    seen: int = 0  # when the person was last named (mention order)


@dataclass
class EntityRegistry:
    """Resolves mentions to entities and remembers every surface name."""

    people: list[_Person] = field(default_factory=list)
    extra_names: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    _clock: int = 0
    _by_span: dict[tuple[int, int], _Person] = field(default_factory=dict)
    # first or last (al-stripped) token -> indexes into `people` whose name starts or ends
    # with it: every short form shares its first token with one of those, so clustering a
    # mention looks at a few candidates instead of every person of the article.
    _by_edge: dict[str, list[int]] = field(default_factory=dict)
    # organisation id -> its label in this article, from the first name written whole
    _written: dict[str, str] = field(default_factory=dict)

    def register(self, mentions: list[Mention]) -> None:
        """Cluster every person mention of the article, in text order, before resolving;
        note the name each organisation is first written with."""
        for mention in mentions:
            if mention.kind is Kind.PERSON:
                self._by_span[(mention.start, mention.end)] = self._cluster(mention)
            elif mention.kind is Kind.ORGANISATION and mention.key not in self._written:
                written = _written_alias(mention)
                if written:
                    self._written[mention.key] = written

    def _cluster(self, mention: Mention) -> _Person:
        """The person a mention names: a known one whose name it shortens or completes (the
        most recently named, when two share a surname: خالد الفيصل، تركي الفيصل), else new."""
        tokens = tuple(normalize_for_match(mention.text).split())
        matches = [
            index
            for index in self._candidates(tokens)
            if short_form(tokens, self.people[index].tokens)
            or short_form(self.people[index].tokens, tokens)
        ]
        if matches:
            exact = [i for i in matches if self.people[i].tokens == tokens]
            index = exact[0] if exact else max(matches, key=lambda i: self.people[i].seen)
            person = self.people[index]
            if len(tokens) > len(person.tokens):
                person.tokens = tokens  # a fuller form of a name seen before
                self._index(index)
        else:
            person = _Person(tokens, set())
            self.people.append(person)
            self._index(len(self.people) - 1)
        self._clock += 1
        person.seen = self._clock
        person.names.add(surface(mention.text))
        if mention.attrs.get("gender") and not person.gender:
            person.gender = mention.attrs["gender"]
        return person

    def _candidates(self, tokens: tuple[str, ...]) -> list[int]:
        """Indexes of the people `tokens` may name, in order of first appearance."""
        if not tokens:
            return []
        keys = {_strip_al(tokens[0]), _strip_al(tokens[-1])}
        return sorted({i for key in keys for i in self._by_edge.get(key, ())})

    def _index(self, index: int) -> None:
        tokens = self.people[index].tokens
        if tokens:
            for key in {_strip_al(tokens[0]), _strip_al(tokens[-1])}:
                bucket = self._by_edge.setdefault(key, [])
                if index not in bucket[-1:]:
                    bucket.append(index)

    def person(self, mention: Mention) -> _Person:
        """The person clustered for this mention when the article was registered."""
        known = self._by_span.get((mention.start, mention.end))
        return known if known is not None else self._cluster(mention)

    def entity(self, mention: Mention) -> Entity | None:
        """The entity a mention names, or None for mentions that name none."""
        if mention.kind is Kind.PERSON:
            person = self.person(mention)
            return self.person_entity(person)
        if mention.kind in (Kind.COUNTRY, Kind.NATIONALITY) and mention.key:
            return self.country(mention.key, mention.text if mention.kind is Kind.COUNTRY else None)
        if mention.kind is Kind.ORGANISATION and mention.key:
            label = self._written.get(mention.key) or mention.label or surface(mention.text)
            names = self.extra_names.setdefault(("Organisation", mention.key), set())
            names.update({label, surface(mention.text)})
            return Entity(
                "Organisation", mention.key, label, frozenset(names), mention.attrs.get("country")
            )
        return None

    def country(self, code: str, surface: str | None = None) -> Entity:
        entry = default_lexicon().countries.get(code)
        label = entry.label if entry else code
        names = self.extra_names.setdefault(("Country", code), {label})
        if surface:
            names.add(surface)
        return Entity("Country", code, label, frozenset(names))

    def organisation(self, key: str) -> Entity | None:
        """The lexicon organisation with this id, named by its label (for an organisation
        the text gives only by its relative adjective: `القيادي الحوثي`)."""
        entry = default_lexicon().organisations.get(key)
        if entry is None:
            return None
        label = self._written.get(key) or entry.label
        names = self.extra_names.setdefault(("Organisation", key), {label})
        return Entity("Organisation", key, label, frozenset(names), entry.attr("country") or None)

    def person_entity(self, person: _Person) -> Entity:
        label = max(person.names, key=lambda n: (len(n.split()), len(n), n))  # no set order
        key = " ".join(person.tokens)
        return Entity("Person", key, label, frozenset(person.names))

    def gender_of(self, entity: Entity) -> str | None:
        if entity.kind != "Person":
            return None
        for person in self.people:
            if " ".join(person.tokens) == entity.key:
                return person.gender
        return None

    def set_gender(self, entity: Entity, gender: str) -> None:
        for person in self.people:
            if " ".join(person.tokens) == entity.key and not person.gender:
                person.gender = gender


def _written_alias(mention: Mention) -> str | None:
    """The label an organisation takes in this article, from a mention that writes one of
    its lexicon names whole (not a clipped span: `لبيت الأبيض` in `للبيت الأبيض` gives
    None): the lexicon's full name when it contains the written one and is at most two
    words longer (`الخارجية الروسية` -> `وزارة الخارجية الروسية`), else the name as the
    article writes it (`بي بي سي`, not `هيئة الإذاعة البريطانية`; `حماس`): a reader of
    the article knows the organisation by that name."""
    text = surface(mention.text)
    tokens = normalize_for_match(text).split()
    found = default_lexicon().match(tokens, 0) if tokens else None
    if found is None or found[0] or found[1] != len(tokens) or found[2].key != mention.key:
        return None
    full = normalize_for_match(found[2].label).split()
    if set(tokens) <= set(full) and len(full) - len(tokens) <= 2:
        return found[2].label
    return text


def short_form(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """True when `short` names the person `full` names: the same name, a leading part of
    it (محمد بن سلمان), its surname (كيري) or first + last name. A patronymic's last part
    is not a surname: سلمان is not محمد بن سلمان."""
    a = tuple(_strip_al(t) for t in short)
    b = tuple(_strip_al(t) for t in full)
    if not a or len(a) > len(b):
        return False
    if a == b[: len(a)] and (len(a) >= 2 or len(b) == 1):
        return True
    patronymic = len(b) >= 2 and b[-2] in NAME_CONNECTORS
    compound = compound_surname(full)
    if a == b[-1:] and not patronymic and not compound:
        return True
    if compound and a == b[-2:]:
        return True  # عبد الرحمن of رامي عبد الرحمن، نصر الله of حسن نصر الله
    return len(a) == 2 and len(b) >= 3 and a == (b[0], b[-1]) and not patronymic


def is_actor(mention: Mention) -> bool:
    return mention.kind in _ACTOR_KINDS
