"""The rule annotator's start index (`RuleAnnotator._start_rules`) only skips a rule of the
lexical pass at words where it cannot match: annotating with it and with every rule offered
every word gives the same mentions.

A rule added to the lexical pass without its start condition fails here as soon as one of
these articles has a match it would find."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline.annotate.rules import RuleAnnotator
from kg.pipeline.annotate.rules.spans import START_ALL, START_PLACE
from kg.pipeline.annotate.tokens import tokenize
from kg.pipeline.text.document import make_document, read_article

ROOT = Path(__file__).parent.parent
ARTICLES = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))
# Every start condition at least once: ministries (bare, definite, a portfolio alone), places
# after their noun, organisations by their head, references, assistants, accusative posts,
# posts in the dual, أحد + a post's plural, a minister's dual construct, state bodies.
SENTENCES = (
    "قالت وزارة الخارجية الروسية إن الوزارة لن ترد، وأكدت الخارجية الأمريكية ذلك. "
    "وصل إلى محافظة إدلب وبمدينة حلب. أعلن حزب النمو أن الحزب سيشارك، والحركة أيضا. "
    "والتقى نظيره الفرنسي، وقال الأخير إن مساعد رئيس البرلمان حضر. "
    "وقرر تعيينه سفيرا لدى واشنطن، وانتخابه رئيسا للحزب. ولوزارة الدفاع بيان. "
    "والتقى الوزيرين، وقال أحد قياديي حركة حماس إن الرئيسان وصلا. "
    "واجتمع وزيرا الدفاع والخارجية، وقالت السلطات المصرية إن شرطة لندن وصلت."
)


def _mentions(annotator: RuleAnnotator, document: object) -> list[tuple[object, ...]]:
    annotation = annotator.annotate(document)  # type: ignore[arg-type]
    mentions = annotation.mentions
    return [(m.kind, m.start, m.end, m.key, m.label, m.attrs, m.source) for m in mentions]


@pytest.mark.parametrize("name", [p.name for p in ARTICLES] + ["sentences"])
def test_the_start_index_changes_no_mention(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    document = (
        make_document(SENTENCES)
        if name == "sentences"
        else read_article(ROOT / "tests" / "fixtures" / "articles" / name)
    )
    indexed = _mentions(RuleAnnotator(), document)
    every_word = RuleAnnotator()
    monkeypatch.setattr(every_word, "_start_rules", lambda form: START_ALL)
    assert _mentions(every_word, document) == indexed


def test_the_start_index_skips_most_words() -> None:
    annotator = RuleAnnotator()
    forms = [t.form for p in ARTICLES for t in tokenize(read_article(p)) if t.is_word]
    starting = [f for f in forms if annotator._starts(f)]
    assert 0 < len(starting) < 0.3 * len(forms)
    assert annotator._starts("وزارة".replace("ة", "ه")) and not annotator._starts("في")


def test_every_start_condition_is_met_by_the_sentences() -> None:
    annotator = RuleAnnotator()
    forms = [t.form for t in tokenize(make_document(SENTENCES)) if t.is_word]
    assert any(annotator._starts_post(f) and not annotator.lexicon.candidates(f) for f in forms)
    assert any(
        annotator._starts_organisation(f) and not annotator.lexicon.candidates(f) for f in forms
    )


def test_every_rule_has_a_start_bit_met_by_the_sentences() -> None:
    annotator = RuleAnnotator()
    forms = [t.form for t in tokenize(make_document(SENTENCES)) if t.is_word]
    bits = 0
    for form in forms:
        bits |= annotator._start_rules(form)
    assert bits == START_ALL
    assert annotator._start_rules("في") == 0
    assert annotator._start_rules("بمدينة".replace("ة", "ه")) & START_PLACE
