"""Posts stacked before one name and a post that describes someone named before (issue 15,
class 3, round 8). Each rule: a sentence written for the test, and a real one (corpus)."""

from role_rows import annotated_role_rows as rows

# -- stacks.heads_a_stack: complete posts stacked before one name ---------------------------


def test_complete_posts_stacked_before_a_name_share_it(annotator):
    text = (
        "وقال رئيس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني إن الأزمة انتهت."
    )
    assert rows(annotator, text) == [
        ("محمد بن عبد الرحمن آل ثاني", "رئيس الوزراء", "قطر"),
        ("محمد بن عبد الرحمن آل ثاني", "وزير الخارجية", "قطر"),
    ]


def test_stacked_posts_real(annotator):
    # snn-aawsat-2015-08-03-94 (corpus)
    text = (
        "وأوضح وزير الشؤون الاجتماعية وزير الثقافة والإعلام بالنيابة الدكتور ماجد القصبي في "
        "بيانه لوكالة الأنباء السعودية، عقب الجلسة، أن مجلس الوزراء اطلع على جملة من التقارير."
    )
    assert rows(annotator, text)[0] == ("ماجد القصبي", "وزير الشؤون الاجتماعية", "")


def test_a_post_in_construct_with_a_post_is_its_genitive_not_a_stack(annotator):
    # snn-okaz-2015-07-21-2529 (corpus): `خادم الحرمين الشريفين` is whose adviser he is
    text = (
        "من توجيه مستشار خادم الحرمين الشريفين أمير منطقة مكة المكرمة صاحب السمو الملكي الأمير "
        "خالد الفيصل بسرعة القبض على الجناة."
    )
    assert [r[1] for r in rows(annotator, text)] == ["أمير منطقة"]


def test_posts_in_apposition_after_a_name_are_no_stack(annotator):
    # snn-aawsat-2015-07-21-487 (corpus): the posts after each name are that name's
    text = (
        "بمناسبة اختيار الأمير محمد بن نايف بن عبد العزيز ولي العهد نائب رئيس مجلس الوزراء "
        "وزير الداخلية، والأمير محمد بن سلمان بن عبد العزيز ولي ولي العهد النائب الثاني لرئيس "
        "مجلس الوزراء وزير الدفاع."
    )
    held = {(person, role) for person, role, _ in rows(annotator, text)}
    assert ("محمد بن نايف بن عبد العزيز", "ولي العهد") in held
    assert ("محمد بن نايف بن عبد العزيز", "نائب رئيس مجلس الوزراء") in held
    assert ("محمد بن سلمان بن عبد العزيز", "ولي العهد") not in held
    # roles._after_name: the last post of the run is X's too, not the name after `، و`
    assert ("محمد بن نايف بن عبد العزيز", "وزير الداخلية") in held
    assert ("محمد بن سلمان بن عبد العزيز", "وزير الداخلية") not in held


def test_a_run_of_posts_after_a_name_does_not_cross_a_comma_to_the_next_name(annotator):
    text = "حضر الأمير فيصل بن خالد رئيس المجلس وزير الدولة، والأمير سعود بن نايف الاجتماع."
    assert ("سعود بن نايف", "وزير الدولة") not in {(p, r) for p, r, _ in rows(annotator, text)}


# -- antecedents.described_holders: `لاعب خط وسط أرسنال` for the player named before -------


def test_post_describing_the_one_person_named_by_that_job_before(annotator):
    text = (
        "وكتب الكاتب الأمريكي توماس فريدمان مقالا عن الأزمة. "
        "ويرى الكاتب في صحيفة نيويورك تايمز أن الحل بعيد."
    )
    assert rows(annotator, text) == [("توماس فريدمان", "الكاتب", "صحيفة نيويورك تايمز")]


def test_description_real(annotator):
    # ant-cnn-middleEast-1537 (corpus)
    text = (
        "وطالب الكاتب السعودي جمال خاشقجي بالإفراج عن المعتقلين. وتابع مجلس الوزراء باهتمام "
        'قضية الكاتب السعودي في جريدة "واشنطن بوست" الأمريكية.'
    )
    assert rows(annotator, text) == [("جمال خاشقجي", "الكاتب", "صحيفة واشنطن بوست")]


def test_no_description_when_two_people_were_named_by_that_job(annotator):
    text = (
        "وكتب الكاتب الأمريكي توماس فريدمان والكاتب البريطاني روبرت فيسك عن الأزمة. "
        "ويرى الكاتب في صحيفة نيويورك تايمز أن الحل بعيد."
    )
    assert rows(annotator, text) == []


def test_no_description_for_a_post_governed_by_a_preposition(annotator):
    text = "وكتب الكاتب الأمريكي توماس فريدمان مقالا. والتقى مع الكاتب في صحيفة نيويورك تايمز."
    assert rows(annotator, text) == []
