"""post_complements.complement_holder: a post, a complement no lexicon holds, the name."""

from kg.pipeline.extract.post_complements import speech_participles
from tests.statement_rows import checked_rows as rows


def test_name_after_a_title_of_address_holds_the_post():
    text = "وأكد مدير عام المخابز بأمانة المنطقة الدكتور خالد العمر أن الأسعار مستقرة."
    assert rows(text) == [("خالد العمر", "أكد", "الأسعار مستقرة")]


def test_name_set_off_by_commas_holds_the_post():
    text = "وأوضح مدير مكتب التعليم بالمحافظة، خالد العمر، أن الدراسة تبدأ الأحد."
    assert rows(text) == [("خالد العمر", "أوضح", "الدراسة تبدأ الأحد")]


def test_name_right_before_the_content_holds_the_post():
    text = "وأوضح مدير إدارة الطوارئ بصحة المنطقة خالد العمر، أنه تم إرسال فريق."
    assert rows(text) == [("خالد العمر", "أوضح", "تم إرسال فريق")]


def test_titled_name_holds_the_post_before_an_object():
    text = 'ووصف رئيس جامعة المدينة الدكتور خالد العمر، المعرض بأنه "ناجح".'
    assert rows(text) == [("خالد العمر", "وصف", 'المعرض بأنه "ناجح"')]


def test_post_complement_real_sentences():
    # snn-almadina-2015-07-21-1142 and snn-okaz-2015-08-08-1302 (corpus)
    text = (
        "وأكد مدير عام المسالخ بأمانة العاصمة المقدسة الدكتور سعود الحتيرشي أن المسالخ في "
        "الكعكية والمعيصم خضعت لرقابة شاملة."
    )
    assert rows(text) == [("سعود الحتيرشي", "أكد", "المسالخ في الكعكية والمعيصم خضعت لرقابة شاملة")]
    text = (
        "وأوضح مدير إدارة الطوارئ الصحية بصحة الطائف سعيد الزهراني، أنه فور تلقي البلاغ "
        "تم إرسال سيارة إسعاف."
    )
    assert rows(text) == [("سعيد الزهراني", "أوضح", "فور تلقي البلاغ تم إرسال سيارة إسعاف")]


def test_an_addressee_or_an_adverbial_ends_the_complement():
    assert rows("وقال وزير الخارجية خلال لقائه بالمنطقة، خالد العمر، إن الوضع مستقر.") == []
    assert rows("وقال مدير المكتب مع المدير العام الدكتور خالد العمر إن الوضع مستقر.") == []


def test_a_name_after_the_post_of_a_cue_that_governs_a_person_is_its_object():
    assert rows("ودعا وزير الخارجية بالمنطقة الدكتور خالد العمر إلى التهدئة.") == []


def test_a_name_cut_short_by_the_tagger_is_not_the_speaker():
    # `المهندس X Y،` where Y is left out of the name: X alone is not said to speak
    rows_ = rows("وأوضح مدير عام هيئة السياحة بالمنطقة المهندس محمد العمرة، أن المهرجان يبدأ.")
    assert all(r[0] != "محمد" for r in rows_)


def test_a_name_after_a_post_inside_the_complement_holds_that_post():
    # the spokesman is unnamed: the name after `رئيسة الحكومة` is hers
    text = "وقال متحدث باسم رئيسة الحكومة البريطانية تيريزا ماي إن لندن تسعى لاتخاذ إجراءات."
    assert rows(text) == []
    # a second post of the same person, coordinated, and the name set off by a comma
    text = "وقال رئيس غرفة العمليات ورئيس قطاع الأزمات، علي هريدي، إن الغرفة منعقدة."
    assert rows(text) == [("علي هريدي", "قال", "الغرفة منعقدة")]


def test_every_cue_participle_opens_the_content_after_the_name():
    """Read from cue_lemmas.tsv, not a list of five: حذّر's participle counts like قال's."""
    assert {"قايلا", "مضيفه", "موضحين", "محذرا", "داعيا"} <= speech_participles()
    assert "الدكتور" not in speech_participles()
    text = "وقال مدير عام المخابز بأمانة المنطقة الدكتور خالد العمر محذرا من أن الأسعار سترتفع."
    assert rows(text) == [("خالد العمر", "محذرا", "الأسعار سترتفع")]
