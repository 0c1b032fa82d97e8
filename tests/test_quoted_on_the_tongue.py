"""`نقلت X على لسان Y قوله` ("on the tongue of Y"), round 11 (issue 15, cue constructions):
the one quoted is Y, as after `نقلت X عن Y قوله`, and a participle after the quote is
Y's too. A sentence written for the test and a real one (the unscored corpus)."""

from statement_rows import checked_rows

rows = checked_rows


def test_the_one_quoted_on_the_tongue_of_is_the_speaker():
    text = 'ونقلت الوكالة الرسمية على لسان وزير الخارجية سامح شكري قوله: "المفاوضات مستمرة".'
    assert rows(text) == [("سامح شكري", "قوله", "المفاوضات مستمرة")]


def test_an_unnamed_source_on_the_tongue_of_is_nobody():
    assert rows('ونقلت الوكالة على لسان مصدر مسؤول قوله: "المفاوضات مستمرة".') == []


def test_quoted_on_the_tongue_real_sentence():
    # ant-cnn-middleEast-148 (corpus)
    text = (
        "قال ماريا زاخاروفا، المتحدثة باسم وزارة الخارجية الروسية، إن العملية باتت ضرورية.\n"
        'ونقلت وكالة أنباء سبوتنيك الروسية الحكومية على لسان زاخاروفا قولها: "هذه '
        'الاستفزازات من قبل التشكيلات المسلحة جعلت العملية الشاملة على الأرض ضرورية".'
    )
    assert rows(text)[-1] == (
        "ماريا زاخاروفا",
        "قولها",
        "هذه الاستفزازات من قبل التشكيلات المسلحة جعلت العملية الشاملة على الأرض ضرورية",
    )
