"""`kg eval` scoring follows ../shared/gold/FORMAT.md exactly."""

from pathlib import Path

from kg.eval.gold import Gold, name_matches, position_matches, role_matches
from kg.eval.score import score_article


def test_names_match_by_tokens_with_al_ignored_and_two_extra_tokens():
    assert name_matches("الرئيس بشار الأسد", ["بشار الأسد"])
    assert name_matches("كيري", ["جون كيري", "كيري"])
    assert not name_matches("الأمريكي", ["الولايات المتحدة"])
    assert not name_matches("السيد الرئيس الدكتور بشار الأسد", ["بشار الأسد"])


def test_roles_need_the_same_head_word():
    assert role_matches("وزير الدفاع", ["وزير الدفاع"])
    assert role_matches("المتحدث باسم", ["المتحدث"])
    assert not role_matches("نائب الرئيس", ["الرئيس"])
    assert not role_matches("وزير الدفاع والأمن الوطني والشؤون البحرية", ["وزير الدفاع"])


def test_positions_overlap_sixty_percent_each_way():
    gold = "روسيا مستعدة لإرسال قوات برية إلى سوريا"
    assert position_matches("إن روسيا مستعدة لإرسال قوات برية إلى سوريا", gold)
    assert not position_matches("روسيا مستعدة", gold)


def _gold(tmp_path: Path) -> Gold:
    path = tmp_path / "g.json"
    path.write_text(
        """{"document": "a.txt", "entities": [
        {"id": "kerry", "type": "Person", "names": ["جون كيري", "كيري"]},
        {"id": "usa", "type": "Country", "names": ["الولايات المتحدة", "واشنطن"]},
        {"id": "src", "type": "Person", "names": ["المصدر"]}],
        "roles": [{"person": "kerry", "role": ["وزير الخارجية"], "org": ["usa"]}],
        "statements": [{"speaker": "kerry", "cue": "قال", "position": "الوضع صعب جدا اليوم"}],
        "optional_statements": [{"speaker": "src", "cue": "قال",
                                 "position": "الهجوم قريب جدا"}]}""",
        encoding="utf-8",
    )
    return Gold.load(path)


def test_score_article_counts_duplicates_once_and_ignores_optional(tmp_path):
    gold = _gold(tmp_path)
    roles = [
        ("جون كيري", "وزير الخارجية", "الولايات المتحدة"),
        ("جون كيري", "وزير الخارجية", "الولايات المتحدة"),
        ("كيري", "وزير الخارجية", "روسيا"),
    ]
    statements = [
        ("كيري", "قال", "الوضع صعب جدا اليوم"),
        ("المصدر", "قال", "الهجوم قريب جدا"),
    ]
    score = score_article(gold, roles, statements)
    assert (score.roles.predicted, score.roles.correct, score.roles.matched) == (2, 1, 1)
    assert score.roles.wrong == ["كيري | وزير الخارجية | روسيا"]
    assert (score.statements.predicted, score.statements.correct) == (1, 1)
    assert score.statements.f1 == 1.0
