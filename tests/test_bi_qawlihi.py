"""`بقوله:` and `بالقول`, round 11 (issue 15, class 2; kg.pipeline.extract.clause.bi_qawlihi
and subjects.governing_subject): the masdar of قال after ب is the manner of the verb that
governs it, whose subject speaks. A sentence written for the test and real corpus sentences."""

from statement_rows import checked_rows

rows = checked_rows


def test_bi_qawlihi_after_a_verb_that_is_no_cue():
    text = 'وطرح وزير الخارجية عادل الجبير سؤالاً بقوله: "من يمول الإرهاب في المنطقة؟".'
    assert rows(text) == [("عادل الجبير", "قوله", "من يمول الإرهاب في المنطقة؟")]


def test_bi_qawlihi_tala_is_a_verse_quoted():
    text = (
        'وطالب الشيخ عادل الجبير الشباب بالصبر مستدلاً بقوله تعالى: "واصبروا إن الله مع الصابرين".'
    )
    assert all(cue != "قوله" for _, cue, _ in rows(text))


def test_bi_qawlihi_real_sentence_after_a_stance():
    # snn-almadina-2015-08-06-1395 (corpus): the stance and the words that express it
    text = (
        "وطالب برصد ميزانيات مالية كبيرة للشباب، وأجهزة إدارية على أعلى المستويات.\n"
        "وعبَّر عبدالرحمن الجهني عن دهشته من ذلك العزوف بقوله: «لا أعرف لذلك سببًا واحدًا»."
    )
    assert rows(text) == [
        ("عبدالرحمن الجهني", "عبَّر", "دهشته من ذلك العزوف"),
        ("عبدالرحمن الجهني", "قوله", "لا أعرف لذلك سببًا واحدًا"),
    ]


def test_governing_subject_is_read_in_its_own_sentence():
    # ant-skynews-internationalNews-1532 (corpus): the comma of the sentence before is no
    # clause boundary of this one
    text = (
        "وذكرت وسائل إعلام أميركية أنّ التعليق صادر عن كيلي سادلر، خلال اجتماع عقد الخميس. "
        'واكتفت سارة ساندرز بالقول "نحن نحترم جميع الأميركيين"، مؤكدةً أن سادلر لا تزال موظفة.'
    )
    assert [(speaker, cue) for speaker, cue, _ in rows(text)][-2:] == [
        ("سارة ساندرز", "القول"),
        ("سارة ساندرز", "مؤكدةً"),
    ]
