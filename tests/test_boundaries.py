"""Where attributed content ends (kg/pipeline/extract/positions.py), round 6: narrator
material after the content. Each rule has a sentence written for the test and one real
sentence (from fold A of the dev articles, or from the unannotated corpus when fold A has
none; the corpus is never scored)."""

from statement_rows import checked_rows as rows


def test_a_what_clause_with_its_own_actor_ends_the_content():
    text = (
        "وقالت وزارة الخارجية الروسية إن المصنع سيغلق أبوابه نهاية العام، وهو ما ينفيه "
        "وزير الصناعة الفرنسي برونو لومير."
    )
    assert rows(text)[0][2] == "المصنع سيغلق أبوابه نهاية العام"


def test_a_what_clause_with_its_own_actor_ends_the_content_real():
    # corpus ant-bbc-middleEast-215, paragraph 9
    text = (
        "وتنفي وحدات حماية الشعب أي صلة مباشرة لها بحزب العمال، وهو ما تؤكده الولايات "
        "المتحدة التي أمدت الوحدات وحلفاءها بالأسلحة والتدريب لمساعتهم في هزيمة تنظيم "
        "الدولة الإسلامية."
    )
    assert rows(text)[-1][2] == "أي صلة مباشرة لها بحزب العمال"


def test_a_what_clause_of_the_speaker_goes_on():
    text = "وقال الوزير جون كيري إن الاتفاق جيد للجميع، وهو ما نريده منذ سنوات."
    assert rows(text) == [("جون كيري", "قال", "الاتفاق جيد للجميع، وهو ما نريده منذ سنوات")]


def test_a_cue_after_a_comma_and_haythu_ends_the_content():
    text = (
        "وأعلن وزير الخارجية الروسي سيرغي لافروف أن موسكو سترسل وفدا إلى جنيف، حيث قال "
        "نائبه إن المحادثات ستبدأ الأسبوع المقبل."
    )
    assert rows(text)[0] == ("سيرغي لافروف", "أعلن", "موسكو سترسل وفدا إلى جنيف")


def test_a_cue_after_a_comma_and_haythu_ends_the_content_real():
    # corpus ant-skynews-middleEast-1364, paragraph 8 (the quote shortened)
    text = (
        "وقال رئيس وزراء إسرائيل بنيامين نتانياهو إن بلاده لن تسمح بذلك. "
        "وكشف رئيس وزراء إسرائيل أن إيران توسع نطاق صواريخها الباليستية، حيث قال "
        '"بدأت بـ100 كيلومتر ووصلت الآن إلى 1950 كيلومتر".'
    )
    assert rows(text)[1:] == [
        ("بنيامين نتانياهو", "كشف", "إيران توسع نطاق صواريخها الباليستية"),
        ("بنيامين نتانياهو", "قال", "بدأت بـ100 كيلومتر ووصلت الآن إلى 1950 كيلومتر"),
    ]
