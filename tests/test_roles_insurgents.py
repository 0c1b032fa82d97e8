"""A post of "the rebels" (`زعيم التمرد`، `زعيم المتمردين`، `زعيم الانقلابيين` + a name) is
held in the movement the story is about, when it names exactly one movement (issue 15,
round 9: organisations resolved per document). A sentence written for the test, and a
real one (corpus)."""

from role_rows import annotated_role_rows as rows


def test_a_post_of_the_rebels_is_held_in_the_storys_one_movement(annotator):
    text = "سيطر الحوثيون على المدينة أمس. وقال زعيم المتمردين عبد الملك الحوثي إن المعركة مستمرة."
    assert rows(annotator, text) == [("عبد الملك الحوثي", "زعيم", "الحوثيون")]


def test_two_movements_leave_the_rebels_unresolved(annotator):
    text = (
        "التقى وفد من حماس وفدا من الحوثيين. وقال زعيم المتمردين عبد الملك الحوثي إن "
        "المعركة مستمرة."
    )
    assert rows(annotator, text) == [("عبد الملك الحوثي", "زعيم", "")]


def test_a_post_of_the_rebels_real(annotator):
    # ant-france24-middleEast-542 (corpus)
    text = (
        "وجاءت التصريحات غداة تأكيد زعيم المتمردين عبد الملك الحوثي أن الحوثيين قادرون على "
        "إفشال أي عملية عسكرية قد يشنّها التحالف على ميناء الحديدة الإستراتيجي."
    )
    assert rows(annotator, text) == [("عبد الملك الحوثي", "زعيم", "الحوثيين")]
