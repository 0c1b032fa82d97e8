"""The facts of stage 3: entities, person-role-organisation and actor-stated-position."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.pipeline.annotate.model import Annotation, Mention


@dataclass(frozen=True)
class Entity:
    """A person, organisation, country or place. `key` is stable across runs and articles
    (normalised canonical name, or a lexicon id); `names` are the surface forms seen."""

    kind: str  # "Person" | "Organisation" | "Country" | "Place"
    key: str
    label: str
    names: frozenset[str] = frozenset()
    country: str | None = None  # country key of an organisation, when known


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: [start, end) in the article and the sentence index."""

    start: int
    end: int
    sentence: int
    rule: str


@dataclass(frozen=True)
class RoleFact:
    """`person` holds (or held, when `former`) `role` in `organisation` (None if unstated)."""

    person: Entity
    role: str
    organisation: Entity | None
    evidence: Evidence
    former: bool = False


@dataclass(frozen=True)
class StatementFact:
    """`speaker` stated `position`, introduced by `cue`.

    `position_start`/`position_end` are offsets into the article: text[start:end] == position.
    """

    speaker: Entity
    cue: str
    position: str
    position_start: int
    position_end: int
    cue_start: int
    cue_end: int
    evidence: Evidence


def role_at(
    person: Entity,
    role: str,
    organisation: Entity | None,
    post: tuple[int, int],
    holder: tuple[int, int],
    sentence: int,
    rule: str,
    former: bool = False,
) -> RoleFact:
    """`person` holds (or held, when `former`) `role` in `organisation`, read from the
    post's span (start, end) and the holder's. The evidence spans both in text order, from
    the earlier start to the later end: the holder may stand after the post (`وزير الخارجية
    جون كيري`) or before it (`X، مؤسس الشركة ورئيسها التنفيذي`)."""
    start, end = min(post[0], holder[0]), max(post[1], holder[1])
    return RoleFact(person, role, organisation, Evidence(start, end, sentence, rule), former)


def statement_at(
    text: str, speaker: Entity, cue: Mention, start: int, end: int, sentence: int, rule: str
) -> StatementFact:
    """The statement whose content is text[start:end], introduced by `cue`. The evidence
    spans the cue and the content in text order: an attribution (`...، حسبما أعلنت
    الوكالة`) puts the content before its cue."""
    return StatementFact(
        speaker=speaker,
        cue=cue.text,
        position=text[start:end],
        position_start=start,
        position_end=end,
        cue_start=cue.start,
        cue_end=cue.end,
        evidence=Evidence(min(cue.start, start), max(cue.end, end), sentence, rule),
    )


@dataclass
class Extraction:
    """Output of stage 3 for one document."""

    annotation: Annotation
    entities: list[Entity] = field(default_factory=list)
    roles: list[RoleFact] = field(default_factory=list)
    statements: list[StatementFact] = field(default_factory=list)

    @property
    def document(self):  # noqa: ANN201 - Document, avoided import cycle in type position
        return self.annotation.document
