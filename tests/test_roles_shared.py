"""Shared heads (issue 15, class 3): one post word for two holders or two organisations.

A minister's dual in construct (`وزيرا الدفاع والخارجية X وY`), countries joined after it
(`وزيرا خارجية مصر والأردن X وY`). Each rule: a sentence written for the test, and a
real one."""

import pytest
from role_rows import annotated_role_rows as rows

from kg.pipeline.annotate import Annotator, get_annotator
from kg.pipeline.text.document import make_document


@pytest.fixture(scope="module")
def annotator() -> Annotator:
    return get_annotator("ner")  # the default: lists of names need the name tagger


# -- a minister's dual in construct ---------------------------------------------------------


def test_dual_construct_with_joined_portfolios_gives_each_name_its_own(annotator):
    text = "وقال وزيرا الدفاع والخارجية الأمريكيان جيم ماتيس وجون كيري إن الاتفاق صامد."
    assert rows(annotator, text) == [
        ("جيم ماتيس", "وزير الدفاع", "الولايات المتحدة"),
        ("جون كيري", "وزير الخارجية", "الولايات المتحدة"),
    ]


def test_dual_construct_in_the_oblique_with_a_nationality_per_name(annotator):
    text = "واجتمع وزيري الخارجية الأمريكي جون كيري والروسي سيرغي لافروف في جنيف."
    assert rows(annotator, text) == [
        ("جون كيري", "وزير الخارجية", "الولايات المتحدة"),
        ("سيرغي لافروف", "وزير الخارجية", "روسيا"),
    ]


def test_dual_construct_with_joined_countries_pairs_them_in_order(annotator):
    text = "وقال وزيرا خارجية مصر والأردن سامح شكري وأيمن الصفدي إن الحل سياسي."
    assert rows(annotator, text) == [
        ("سامح شكري", "وزير الخارجية", "مصر"),
        ("أيمن الصفدي", "وزير الخارجية", "الأردن"),
    ]


def test_more_names_than_joined_portfolios_gives_nothing(annotator):
    text = (
        "وحضر وزيرا الدفاع والخارجية الأمريكي جيم ماتيس والبريطاني بوريس جونسون والفرنسي"
        " جان إيف لودريان الاجتماع."
    )
    assert rows(annotator, text) == []


def test_accusative_post_with_its_field_after_li_is_no_dual(annotator):
    text = "وعين الرئيس ساجد جاويد وزيرا للداخلية في بريطانيا."
    mentions = annotator.annotate(make_document(text)).mentions
    post = next(m for m in mentions if m.text.startswith("وزيرا"))
    assert post.attrs.get("accusative") == "1" and "number" not in post.attrs


def test_dual_construct_real(annotator):
    text = (
        "ووصل وزيرا الخارجية المصري سامح شكري و الإثيوبي ورقيني قيبيو للمشاركة في الاجتماعات"
        " التي تستمر ليوم واحد."
    )
    assert rows(annotator, text)[:1] == [("سامح شكري", "وزير الخارجية", "مصر")]
    text = "واتهم وزيرا الدفاع والخارجية الصينيان واشنطن بالتعدي على المناطق ذات السيادة الصينية."
    assert rows(annotator, text) == []  # no names: no roles
