"""A verb of saying followed right away by a participle that carries the words (`وتابع
قائلا: "..."`، `وأضاف مستنكرا:`), round 10 (issue 15, implicit speakers): the participle
takes the verb's speaker, read from the discourse. A sentence written for the test and a
real one (the unscored corpus)."""

from statement_rows import checked_rows

rows = checked_rows


def test_the_participle_after_an_implicit_verb_takes_the_speaker_on_stage():
    text = (
        "وقالت رئيسة الوزراء البريطانية تيريزا ماي إن الاتفاق سيئ.\n"
        'وأضافت قائلة: "علينا أن نتصدى للتهديد".'
    )
    assert rows(text) == [
        ("تيريزا ماي", "قالت", "الاتفاق سيئ"),
        ("تيريزا ماي", "قائلة", "علينا أن نتصدى للتهديد"),
    ]


def test_participle_after_verb_real_paragraphs():
    # ant-cnn-middleEast-817 (corpus): Pompeo, named two sentences before
    text = (
        "قال مايك بومبيو، وزير الخارجية الأمريكي، إن هناك حاجة لجهود دبلوماسية قوية في سبيل "
        "منع سلوك إيران المزعزع للاستقرار في المنطقة.\n"
        'وتابع قائلا: "علينا أن نتصدى للتهديد من الإرهاب الجهادي ومن الأماكن ذات الحكم '
        'الضعيف جداً. هذه كلها تحديات كبيرة."'
    )
    found = [(speaker, cue) for speaker, cue, _ in rows(text)]
    assert found == [("مايك بومبيو", "قال"), ("مايك بومبيو", "قائلا")]


def test_a_subject_between_verb_and_participle_is_the_verb_own():
    text = (
        "وقال ترامب إن الاتفاق سيئ. وأضاف وزير الخارجية الأمريكي مايك بومبيو قائلا: "
        '"علينا أن نتصدى للتهديد".'
    )
    assert rows(text)[1] == ("مايك بومبيو", "قائلا", "علينا أن نتصدى للتهديد")
