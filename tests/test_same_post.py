"""A post named again without its holder (`وأضاف رئيس الوزراء اللبناني`), round 11 (issue
15, the discourse model): a post with its complement is the same post, a synonym of it
(`رئيس الحكومة`، `رئيس الجمهورية` = `الرئيس`) or a longer form, not another post of its
head (`الرئيس`). A sentence written for the test and a real one (the unscored corpus)."""

from statement_rows import checked_rows

from kg.pipeline.extract.discourse import same_post

rows = checked_rows


def test_same_post_by_its_words():
    assert same_post("الوزير", "وزير الخارجية")  # one word: any post of its head
    assert same_post("رئيس الوزراء", "رئيس الحكومة")
    assert same_post("رئيس الجمهورية", "الرئيس")
    assert same_post("وزيرة الدولة", "وزيرة الدولة لشؤون العمل")
    assert not same_post("رئيس الوزراء", "الرئيس")
    assert not same_post("وزير النقل", "وزير الداخلية")
    assert not same_post("رئيس الجمهورية", "رئيس الوزراء")


def test_a_compound_post_is_not_another_holder_of_its_head():
    text = (
        "قال وزير النقل الإيطالي دانيلو تونينيلي إن الشركة مسؤولة.\n"
        "وقال وزير الداخلية الإيطالي ماتيو سالفيني إن الامتياز يجب أن يلغى.\n"
        "وقال وزير النقل الإيطالي إنه بدأ إجراءات سحب الامتياز."
    )
    assert rows(text)[-1] == ("دانيلو تونينيلي", "قال", "بدأ إجراءات سحب الامتياز")


def test_same_post_real_paragraph():
    # ant-cnn-middleEast-788 (corpus): the late president is named in a quote
    text = (
        "قال رئيس الوزراء اللبناني، سعد الحريري، إن كل القوى السياسية تقف ضد اللائحة.\n"
        'وقال الحريري: "منذ 13 سنة، اغتالوا الرئيس الشهيد رفيق الحريري".\n'
        'وأضاف رئيس الوزراء اللبناني في تغريدة أخرى قائلا: "كل القوى السياسية اجتمعت '
        'ضد لائحة التكامل والكرامة في صيدا".'
    )
    assert rows(text)[-1] == (
        "سعد الحريري",
        "قائلا",
        "كل القوى السياسية اجتمعت ضد لائحة التكامل والكرامة في صيدا",
    )
