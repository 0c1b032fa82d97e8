"""A speaker whose given name is two words (`عبد الله`، `عبد الفتاح`) and a king's regnal
number after the name (`عبد الله الثاني`), round 11 (issue 15, statements on unseen news):
`عبد` alone is a common word and `الثاني` also closes a month (`كانون الثاني`), so such
speakers were dropped or cut. A sentence written for the test and a real one (the unscored
corpus)."""

from statement_rows import checked_rows

from kg.pipeline.annotate.lexicon import default_lexicon
from kg.pipeline.extract.names import compound_given_name

rows = checked_rows


def test_a_two_word_given_name_opens_a_speaker_name():
    assert rows("وقال عبد الكريم الخطيب إن الاتفاق سيئ.") == [
        ("عبد الكريم الخطيب", "قال", "الاتفاق سيئ")
    ]


def test_a_regnal_number_ends_the_name_not_the_content():
    assert rows("وأكد الملك عبد الله الثاني أن الإصلاح ضروري.") == [
        ("عبد الله الثاني", "أكد", "الإصلاح ضروري")
    ]


def test_compound_given_name_needs_the_pair():
    class Ctx:
        lexicon = default_lexicon()

    assert compound_given_name(Ctx(), ["عبد", "الله", "المعلمي"])
    assert not compound_given_name(Ctx(), ["عبد", "المنزل"])  # not a given name
    assert not compound_given_name(Ctx(), ["عبد"])


def test_compound_given_names_real_sentence():
    # ant-cnn-middleEast-1225 (corpus)
    text = (
        "بالمقابل، أكد القيادي في حركة النهضة، عبد الكريم الهاروني، إن الاحتكام للشرع فيما "
        "يتعلق بالمواريث لشعب مسلم هو الأصل."
    )
    assert rows(text) == [
        (
            "عبد الكريم الهاروني",
            "أكد",
            "الاحتكام للشرع فيما يتعلق بالمواريث لشعب مسلم هو الأصل",
        )
    ]
