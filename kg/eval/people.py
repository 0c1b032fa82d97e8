"""Person recall: the people a gold file names that become person nodes in the graph.

A gold Person entity counts when a reader finds it *named*: one of its names holds a word
that is a given name or no lexicon knows as a common word, title or function word, and the
full name starts with such a word (or a name connector, or is at most three words long).
Unnamed sources (`مصدر مقرب من الحكومة`، `مصدران`، `مسؤولون في إدارة ترامب`، `البعض`) and
descriptions longer than five words do not count:
no tagger should make a name of them. A person node is a Person entity of the extraction;
it names the gold person when its label matches one of the gold names (`kg eval` rules).
"""

from __future__ import annotations

from kg.eval.gold import Gold, name_matches
from kg.eval.score import Score
from kg.pipeline.annotate.arabic import NAME_CONNECTORS, UNNAMED_SOURCES
from kg.pipeline.annotate.lexicon import Lexicon, clitic_readings, default_lexicon
from kg.pipeline.annotate.model import Kind
from kg.pipeline.extract import Extraction
from kg.pipeline.text.normalize import normalize_for_match

_NOT_NAMES = (Kind.TITLE, Kind.NATIONALITY, Kind.HONORIFIC)
_UNNAMED = frozenset(normalize_for_match(w) for w in UNNAMED_SOURCES)


def _proper(token: str, lex: Lexicon) -> bool:
    if token in lex.first_names:
        return True
    if any(f in lex.common_words or f in lex.stopwords for _, f in clitic_readings(token)):
        return False
    found = lex.match([token], 0)
    return found is None or found[2].kind not in _NOT_NAMES


def is_named(names: list[str], lex: Lexicon | None = None) -> bool:
    """Whether a gold person's names name someone (see the module's docstring)."""
    lex = lex or default_lexicon()
    full = normalize_for_match(names[0]).split() if names else []
    if not full or sum(t not in NAME_CONNECTORS for t in full) > 5:
        return False  # متحدثون عسكريون باسم الحكومة ...: a description, not a name
    head = full[0]
    if head in _UNNAMED or head.removesuffix("ان") in _UNNAMED:
        return False  # مصادر مطلعة، مصدران
    if not any(_proper(t, lex) for n in names for t in normalize_for_match(n).split()):
        return False
    return _proper(full[0], lex) or full[0] in NAME_CONNECTORS or len(full) <= 3


def person_recall(gold: Gold, extraction: Extraction) -> Score:
    """`gold`: named gold people; `matched`: those with a person node; `missed`: the rest."""
    labels = [e.label for e in extraction.entities if e.kind == "Person"]
    score = Score()
    for entity_id, kind in gold.types.items():
        names = gold.names(entity_id)
        if kind != "Person" or not is_named(names):
            continue
        score.gold += 1
        if any(name_matches(label, names) for label in labels):
            score.matched += 1
        else:
            score.missed.append(names[0])
    return score
