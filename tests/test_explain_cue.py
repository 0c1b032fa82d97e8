"""بيّن ("explained") spelt as the preposition بين ("between"), round 11 (issue 15, cues by
morphology): with و attached or its shadda written, and أن within four words none of them
joined by و, it is the reporting verb. A sentence written for the test and a real one (the
unscored corpus)."""

from statement_rows import checked_rows

from kg.pipeline.annotate.model import Kind
from kg.pipeline.annotate.rules import RuleAnnotator
from kg.pipeline.text.document import make_document

rows = checked_rows


def cues(text: str) -> list[str]:
    annotation = RuleAnnotator().annotate(make_document(text))
    return [m.text for m in annotation.mentions if m.kind is Kind.CUE]


def test_bayyana_before_a_complementiser_is_a_cue():
    assert cues("وبين أن الاتفاق قريب.") == ["بين"]
    assert cues("بيّن الوزير في حديثه أن الاتفاق قريب.") == ["بيّن"]


def test_between_is_not_a_cue():
    assert cues("ووقعت مواجهات بين الشرفيين والإدارة أن الأمر.") == []
    assert cues("وبين الطرفين والوسطاء أن الأمر.") == []
    assert cues("وبين الطرفين خلاف قديم.") == []


def test_the_speaker_of_bayyana():
    text = "قال وزير المالية خالد العتيبي إن العجز تراجع.\nوبين العتيبي أن الإيرادات ارتفعت."
    assert rows(text)[-1] == ("خالد العتيبي", "بين", "الإيرادات ارتفعت")


def test_bayyana_real_paragraph():
    # snn-3alyoum-2015-07-31-99 (corpus)
    text = (
        "من جهته قدم مدير جمعية الثقافة والفنون بالباحة علي بن خميس البيضاني الشكر "
        "والتقدير للفنانين المشاركين في ورشة رسوم الأطفال.\n"
        "وبين البيضاني أن الهدف من ورشة العمل هو تعليم الأطفال كيف يمكن توظيف الرسوم."
    )
    assert rows(text)[-1] == (
        "علي بن خميس البيضاني",
        "بين",
        "الهدف من ورشة العمل هو تعليم الأطفال كيف يمكن توظيف الرسوم",
    )
