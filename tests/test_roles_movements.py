"""Posts held in a movement named only by its relative adjective (issue 15, class 4):
`القيادي الحوثي X`، `قيادي إخواني`. The adjective (organisations.tsv, column `adjectives`)
says where the post is held, as a nationality says a country, and is never read as the
holder's name. Each rule: a sentence written for the test, and a real one (Asharq
Al-Awsat)."""

import pytest
from role_rows import annotated_role_rows as rows

from kg.pipeline.annotate import Annotator, get_annotator
from kg.pipeline.annotate.lexicon import default_lexicon


@pytest.fixture(scope="module", params=["rules", "ner"])
def annotator(request) -> Annotator:
    return get_annotator(request.param)


def test_every_form_of_the_adjective_names_the_movement():
    forms = default_lexicon().organisation_adjectives
    for form in ("حوثي", "الحوثي", "الحوثيه", "حوثيين", "الحوثيون", "حوثيان"):
        assert forms[form] == "ye-houthis"
    assert forms["الاخواني"] == "muslim-brotherhood"


def test_only_the_definite_masculine_singular_may_be_a_family_name():
    never = default_lexicon().never_names
    assert "حوثيين" in never and "الحوثيه" in never and "حوثي" in never
    assert "الحوثي" not in never  # عبد الملك الحوثي


def test_adjective_after_the_post_is_where_it_is_held(annotator):
    text = "وقال القيادي الإخواني محمد البلتاجي إن الحكومة فشلت."
    assert rows(annotator, text) == [("محمد البلتاجي", "القيادي", "جماعة الإخوان المسلمين")]


def test_indefinite_adjective_after_the_post(annotator):
    text = "وقال قيادي حمساوي هو محمود الزهار إن المعبر مغلق."
    assert rows(annotator, text) == []  # هو X: an identification, not a post phrase
    text = "وقال القيادي الحمساوي محمود الزهار إن المعبر مغلق."
    assert rows(annotator, text) == [("محمود الزهار", "القيادي", "حركة المقاومة الإسلامية")]


def test_family_name_of_the_same_form_stays_a_name(annotator):
    text = "وقال زعيم الجماعة عبد الملك الحوثي إن الحرب مستمرة."
    assert rows(annotator, text) == [("عبد الملك الحوثي", "زعيم", "")]


def test_adjective_after_the_post_real(annotator):
    text = (
        "وقال في بيان له إن «القيادي الحوثي أحمد جليل الرميمة، لقي مصرعه على يد المقاومة"
        " الشعبية بقرية حطاب بمديرية مشرعة وحدنان»."
    )
    assert rows(annotator, text) == [("أحمد جليل الرميمة", "القيادي", "جماعة الحوثي")]
