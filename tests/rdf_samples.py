"""Hand-built extractions over a realistic Arabic article, shared by the RDF tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from kg.pipeline.annotate.model import Annotation
from kg.pipeline.extract.facts import Entity, Evidence, Extraction, RoleFact, StatementFact
from kg.pipeline.text.document import make_document

TEXT = (
    "وصرح المتحدث باسم البنتاغون بيتر كوك بأن وزير الدفاع الأمريكي آشتون كارتر"
    " ونظيره الروسي سيرغي شويغو أجريا مكالمة هاتفية.\n"
    "وقال وزير الخارجية الأمريكي السابق جون كيري إن الولايات المتحدة تدعم الحل السياسي"
    " في سوريا."
)
WHEN = datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)
VERSION = "0.1.0"


def span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    """[start, end) of the first `needle` in `text` at or after `after`."""
    start = text.index(needle, after)
    return start, start + len(needle)


def evidence(text: str, needle: str, sentence: int, rule: str) -> Evidence:
    start, end = span(text, needle)
    return Evidence(start, end, sentence, rule)


def person(key: str, *names: str) -> Entity:
    return Entity("Person", key, key, frozenset({key, *names}))


US = Entity("Country", "US", "الولايات المتحدة", frozenset({"الولايات المتحدة", "الأمريكي"}))
RU = Entity("Country", "RU", "روسيا", frozenset({"الروسي"}))
SY = Entity("Country", "SY", "سوريا", frozenset({"سوريا"}))
PENTAGON = Entity("Organisation", "البنتاغون", "البنتاغون", frozenset({"البنتاغون"}), "US")
COOK = person("بيتر كوك")
CARTER = person("آشتون كارتر", "كارتر")
SHOIGU = person("سيرغي شويغو")
KERRY = person("جون كيري")


def statement(text: str, speaker: Entity, cue: str, position: str, ev: Evidence) -> StatementFact:
    cue_start, cue_end = span(text, cue, ev.start)
    pos_start, pos_end = span(text, position, ev.start)
    return StatementFact(speaker, cue, position, pos_start, pos_end, cue_start, cue_end, ev)


def with_unlisted_country(extraction: Extraction, key: str = "GB") -> Extraction:
    """The Pentagon placed in country `key`, which is not among the extraction's entities."""
    moved = replace(PENTAGON, country=key)
    extraction.entities = [moved if e == PENTAGON else e for e in extraction.entities]
    extraction.roles = [
        replace(r, organisation=moved) if r.organisation == PENTAGON else r
        for r in extraction.roles
    ]
    return extraction


def sample_extraction(text: str = TEXT, name: str = "pentagon-2016.txt") -> Extraction:
    """Three roles (in an organisation, in a country, former without organisation) and
    two statements."""
    doc = make_document(text, name=name)
    annotation = Annotation(document=doc, annotator="rules")
    first = doc.sentences[0].text
    cook_ev = evidence(text, "المتحدث باسم البنتاغون بيتر كوك", 0, "title-org-name")
    carter_ev = evidence(text, "وزير الدفاع الأمريكي آشتون كارتر", 0, "title-nationality-name")
    kerry_ev = evidence(text, "وزير الخارجية الأمريكي السابق جون كيري", 1, "title-former-name")
    said_ev = evidence(text, first, 0, "cue-bi-anna")
    kerry_said = evidence(text, doc.sentences[1].text, 1, "cue-inna")
    return Extraction(
        annotation=annotation,
        entities=[US, RU, SY, PENTAGON, COOK, CARTER, SHOIGU, KERRY],
        roles=[
            RoleFact(COOK, "المتحدث باسم", PENTAGON, cook_ev),
            RoleFact(CARTER, "وزير الدفاع", US, carter_ev),
            RoleFact(KERRY, "وزير الخارجية", None, kerry_ev, former=True),
        ],
        statements=[
            statement(
                text,
                COOK,
                "صرح",
                "وزير الدفاع الأمريكي آشتون كارتر ونظيره الروسي سيرغي شويغو أجريا مكالمة هاتفية",
                said_ev,
            ),
            statement(
                text, KERRY, "قال", "الولايات المتحدة تدعم الحل السياسي في سوريا", kerry_said
            ),
        ],
    )
