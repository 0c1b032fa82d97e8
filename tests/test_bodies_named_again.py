"""An organisation named again by a shorter form (round 11, issue 15, organisation
speakers): a ministry by its portfolio alone (`وقالت وزارة العدل` after `وزارة العدل
الأميركية`) and a body by its head noun set off by a comma (`وأكد الصندوق، في بيان`). A
sentence written for the test and a real one (the unscored corpus)."""

from statement_rows import checked_rows

rows = checked_rows


def test_a_ministry_named_again_by_its_portfolio():
    text = (
        "ذكرت وزارة الخارجية الفرنسية أن السفير غادر.\nوقالت وزارة الخارجية إن المحادثات ستستأنف."
    )
    assert rows(text) == [
        ("وزارة الخارجية الفرنسية", "ذكرت", "السفير غادر"),
        ("وزارة الخارجية الفرنسية", "قالت", "المحادثات ستستأنف"),
    ]


def test_a_ministry_of_another_portfolio_is_not_the_one_named_before():
    text = "ذكرت وزارة الخارجية الفرنسية أن السفير غادر.\nوقالت وزارة الدفاع إن المحادثات ستستأنف."
    assert rows(text) == [("وزارة الخارجية الفرنسية", "ذكرت", "السفير غادر")]


def test_a_head_noun_set_off_by_a_comma_names_the_body_again():
    text = (
        "أعلن صندوق النقد الدولي أن الحكومة طلبت قرضا.\n"
        "وأكد الصندوق، في بيان صادر عنه أمس، أنه سيدرس الطلب."
    )
    assert rows(text)[1] == ("صندوق النقد الدولي", "أكد", "سيدرس الطلب")


def test_bodies_named_again_real_sentences():
    # ant-skynews-internationalNews-2683 (corpus)
    text = (
        "ذكرت وزارة العدل الأميركية أنه جرى اعتقال امرأة روسية تعيش في واشنطن.\n"
        "وقالت وزارة العدل إنه صدر أمر باحتجاز بوتينا لحين تحديد جلسة إجرائية الأربعاء."
    )
    assert rows(text)[1] == (
        "وزارة العدل الأميركية",
        "قالت",
        "صدر أمر باحتجاز بوتينا لحين تحديد جلسة إجرائية الأربعاء",
    )
    # ant-skynews-middleEast-2608 (corpus)
    text = (
        "ارتفع عدد قتلى الهجوم الذي تشنه القوات السورية على المعارضة في جنوب غرب البلاد، "
        "منذ فجر الثلاثاء، ليصل إلى 8 أشخاص وفق المرصد السوري لحقوق الإنسان.\n"
        "وذكر المرصد، الأربعاء، أن عدد القتلى ارتفع إلى 8 أشخاص على الأقل."
    )
    assert ("المرصد السوري لحقوق الإنسان", "ذكر", "عدد القتلى ارتفع إلى 8 أشخاص على الأقل") in rows(
        text
    )
