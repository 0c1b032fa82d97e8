"""A post only one state has (`خادم الحرمين الشريفين`: titles.tsv's country column) is held
in that state, and so is an envoy's post in construct with it, whatever host follows
(issue 15, round 9). A sentence written for the test, and a real one (corpus)."""

from role_rows import annotated_role_rows as rows


def test_an_envoy_of_a_title_of_one_state_is_that_states(annotator):
    text = "وقال سفير خادم الحرمين الشريفين لدى الأردن محمد البستاني إن العلاقات متينة."
    assert rows(annotator, text) == [
        ("محمد البستاني", "سفير خادم الحرمين الشريفين", "المملكة العربية السعودية")
    ]


def test_an_envoy_of_a_title_of_one_state_real(annotator):
    # snn-okaz-2015-07-27-1296 (corpus): two hosts after the post, the state is the sender
    text = (
        "وكان سفير خادم الحرمين الشريفين في أستراليا ونيوزلاندا نبيل آل صالح قد استقبل "
        "الطلاب في مقر السفارة."
    )
    assert [row[1:] for row in rows(annotator, text)] == [
        ("سفير خادم الحرمين الشريفين", "المملكة العربية السعودية")
    ]
