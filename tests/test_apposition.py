"""Speakers named after a description (issue 15 class 6, round 6): definite words after a
cue that run into an honorific or a post describe the person named after it; that person
speaks. Each rule has a sentence written for the test and one real sentence (from the
unannotated corpus; the corpus is never scored)."""

from statement_rows import checked_rows as rows


def test_a_description_before_an_honorific_and_a_name_is_no_speaker():
    text = (
        "وندد المرجع الشهير آية الله عبدالله جوادي آملي بالفساد المستشري في البلاد. "
        "وقال إن المسؤولين هربوا إلى الخارج."
    )
    assert rows(text) == [
        ("عبدالله جوادي آملي", "ندد", "الفساد المستشري في البلاد"),
        ("عبدالله جوادي آملي", "قال", "المسؤولين هربوا إلى الخارج"),
    ]


def test_a_description_before_an_honorific_and_a_name_is_no_speaker_real():
    # corpus snn-aleqtisadiya-2015-08-08-229, paragraph 15
    text = (
        "واستنكر عميد القبول والتسجيل في جامعة الملك عبدالعزيز الدكتور أمين بن يوسف نعمان "
        "هذا الحادث الآثم الذي استهدف مصلين يؤدون فريضتهم في طمأنينة وخشوع، مبينا أن "
        "التفجير خروج صارخ عن تعاليم الدين الإسلامي الحنيف."
    )
    assert rows(text) == [
        (
            "أمين بن يوسف نعمان",
            "استنكر",
            "هذا الحادث الآثم الذي استهدف مصلين يؤدون فريضتهم في طمأنينة وخشوع",
        ),
        ("أمين بن يوسف نعمان", "مبينا", "التفجير خروج صارخ عن تعاليم الدين الإسلامي الحنيف"),
    ]


def test_a_rank_word_after_a_cue_is_no_first_name_real():
    # corpus ant-france24-internationalNews-812, paragraph 7
    text = (
        'وقال اللفتنانت جنرال كينيث ماكنزي المدير بهيئة الأركان "يحتفظون بقدرة متبقية في '
        'أنحاء البلاد". وأضاف خلال إفادة في البنتاغون "لا أستبعد ذلك".'
    )
    assert rows(text)[0] == ("كينيث ماكنزي", "قال", "يحتفظون بقدرة متبقية في أنحاء البلاد")
