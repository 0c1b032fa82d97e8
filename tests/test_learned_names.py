"""The `ner` annotator: rules plus the CRF's names, cleaned at their edges and linked."""

from __future__ import annotations

from kg.pipeline.annotate import get_annotator
from kg.pipeline.annotate.learned import LearnedAnnotator, clean_name
from kg.pipeline.annotate.lexicon import default_lexicon
from kg.pipeline.annotate.model import Kind
from kg.pipeline.annotate.ner import NameSpan
from kg.pipeline.annotate.tokens import tokenize
from kg.pipeline.extract import extract
from kg.pipeline.text.document import make_document


def cleaned(text: str, i: int = 0, j: int | None = None) -> str:
    toks = tokenize(make_document(text))
    j = len(toks) if j is None else j
    a, b = clean_name(toks, i, j, [False] * len(toks), default_lexicon())
    return " ".join(t.raw for t in toks[a:b])


def test_a_name_ends_before_a_verb_a_preposition_or_a_cue():
    assert cleaned("جون كيري قال") == "جون كيري"
    assert cleaned("بيتر كوك يقول") == "بيتر كوك"
    assert cleaned("سيرغي شويغو في") == "سيرغي شويغو"
    assert cleaned("جون كيري إلى") == "جون كيري"


def test_a_name_holds_no_quantity_word_digit_or_hashtag():
    assert cleaned("ريتشارد بلاك ثلاثة") == "ريتشارد بلاك"
    assert cleaned("ريتشارد بلاك 2018") == "ريتشارد بلاك"
    assert "#" not in cleaned("إيمانويل #ماكرون")
    assert cleaned("#ماكرون") == "ماكرون"  # the word, not its hashtag


def test_a_name_starts_after_particles_and_drops_a_dangling_connector():
    assert cleaned("في فلاديمير بوتين") == "فلاديمير بوتين"
    assert cleaned("سالم بن") == ""  # a lone given name is no name


def test_weak_or_overlong_names_are_dropped():
    assert cleaned("والإفريقية") == ""  # a common word behind a conjunction
    assert cleaned("حسن") == ""  # a given name without its surname
    assert cleaned("أ ب ت ث ج ح خ") == ""  # longer than five words


class FixedTagger:
    """A stand-in for the CRF: the spans it is given, whatever the text."""

    def __init__(self, spans: list[NameSpan]) -> None:
        self.spans = spans

    def tag_document(self, document, toks, covered=None):  # noqa: ANN001, ANN201
        return self.spans


def test_a_learned_name_becomes_a_person_and_its_surname_links_back():
    text = "التقى الوفد زلاتكو داليتش يوم الأحد. وأضاف داليتش أن الفريق جاهز."
    toks = tokenize(make_document(text))
    start = next(k for k, t in enumerate(toks) if t.raw == "زلاتكو")
    tagger = FixedTagger([NameSpan(start, start + 3, "PER", "Athlete")])  # + يوم: cleaned off
    annotation = LearnedAnnotator(tagger=tagger).annotate(make_document(text))
    people = [m for m in annotation.mentions if m.kind is Kind.PERSON]
    assert [(m.text, m.source) for m in people] == [
        ("زلاتكو داليتش", "ner"),
        ("داليتش", "rule:alias"),
    ]
    assert people[0].attrs == {"domain": "sport"}


def test_a_conjunction_in_front_of_a_learned_name_is_left_out():
    text = "التقى الوفد بوريس جونسون أمس. ثم غادر وجونسون إلى لندن."
    toks = tokenize(make_document(text))
    at = next(k for k, t in enumerate(toks) if t.raw == "وجونسون")
    tagger = FixedTagger([NameSpan(at, at + 1, "PER")])
    annotation = LearnedAnnotator(tagger=tagger).annotate(make_document(text))
    texts = [m.text for m in annotation.mentions if m.kind is Kind.PERSON]
    assert "جونسون" in texts and "وجونسون" not in texts


def test_the_ner_annotator_finds_an_unknown_name_with_the_shipped_model():
    text = (
        "أعلن رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس خطة جديدة للاقتصاد. "
        "وقال ميتسوتاكيس إن الحكومة ستخفض الضرائب."
    )
    annotator = get_annotator("ner")
    extraction = extract(annotator.annotate(make_document(text)))
    people = {e.label for e in extraction.entities if e.kind == "Person"}
    assert people == {"كيرياكوس ميتسوتاكيس"}


def test_a_past_verb_after_a_name_ends_it():
    rules = get_annotator("rules")
    for text, name in (
        ("لكن تدخل الملك عبد الله أنهى الاحتجاجات وأمر بتشكيل حكومة جديدة.", "عبد الله"),
        ("وكان الأمير فيصل بن خالد ألقى كلمة في الحفل.", "فيصل بن خالد"),
        ("وقال المتحدث حاتم العريبى إن الحكومة ترفض ذلك.", "حاتم العريبى"),  # a surname in ى
    ):
        annotation = rules.annotate(make_document(text))
        assert [m.text for m in annotation.mentions if m.kind is Kind.PERSON] == [name]
