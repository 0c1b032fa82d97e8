"""A definite word, or a lone word, right after a post whose last word is indefinite is the
noun the post governs (`قائد الكورال`، `زعيمة اليمين المتطرف`، `مدير الدرك`، `قائد
مرسيليا`), never its holder's name (issue 15, round 9: precision of names after posts).
Each rule: a sentence written for the test, and a real one (corpus)."""

from role_rows import annotated_role_rows as rows


def test_a_definite_noun_after_an_indefinite_post_is_its_genitive(annotator):
    text = "وقال قائد الكورال إن الحفل تأجل. وأضاف الكورال أن الحفل كبير."
    assert rows(annotator, text) == []


def test_the_genitive_of_a_post_real(annotator):
    # ant-alarabia-internationalNews-1417 (corpus): Marine Le Pen leads the far right
    text = (
        "تعتزم زعيمة اليمين المتطرف في فرنسا، مارين لوبن، تغيير اسم حزبها. وقال اليمين إنه سيفوز."
    )
    assert all(person != "اليمين" for person, _, _ in rows(annotator, text))


def test_the_name_after_the_genitive_holds_the_post(annotator):
    # snn-was-2015-08-11-1533 (corpus): the governorate, then the governor's name
    text = "وحضر الحفل محافظ العقيق غلاب بن غالب ابوخشيم وعدد من المسؤولين."
    assert rows(annotator, text) == [("غلاب بن غالب ابوخشيم", "محافظ", "")]


def test_a_complete_post_still_takes_a_definite_surname(annotator):
    text = "وقال الوزير الجبير إن المملكة ستواصل جهودها. وقال رئيس الوزراء العبادي إن العراق معها."
    assert [row[:2] for row in rows(annotator, text)] == [
        ("الجبير", "الوزير"),
        ("العبادي", "رئيس الوزراء"),
    ]


# -- names._lone_genitive: a lone word right after an indefinite post -----------------------


def test_a_lone_word_after_an_indefinite_post_is_its_genitive(annotator):
    text = "والتقى الوفد نائب كوربين في لندن. وقال كوربين إن الحزب جاهز."
    assert rows(annotator, text) == []


def test_a_lone_genitive_real(annotator):
    # snn-aawsat-2015-08-10-182 (corpus): the club after the post, its captain named before
    text = (
        "وقال ستيف مانداندا قائد مرسيليا لمحطة كانال بلوس التلفزيونية: اتخذت قراري. "
        "وفاز مرسيليا أمس."
    )
    assert rows(annotator, text) == [("ستيف مانداندا", "قائد", "")]
