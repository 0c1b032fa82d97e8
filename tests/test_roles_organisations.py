"""Where a post is held: an organisation named by its head noun and complements (a
number, a governed noun, a dative complement), a body referred back to (`الوزارة`،
`الحركة`), a country by its nationality or its capital, international bodies and armed
forces, companies, cities, clubs and national teams.
"""

import pytest
from role_rows import annotated_extraction as facts
from role_rows import annotated_role_rows as rows

from kg.pipeline.annotate.rules import RuleAnnotator


@pytest.fixture(scope="module")
def annotator() -> RuleAnnotator:
    return RuleAnnotator()


def test_the_ministry_refers_back(annotator):
    text = (
        "وقالت وزارة الخارجية الأمريكية في بيان إن واشنطن قلقة. "
        "وأوضحت المتحدثة باسم الوزارة هيذر ناورت أن الاتصالات مستمرة."
    )
    assert rows(annotator, text) == [("هيذر ناورت", "المتحدثة", "وزارة الخارجية الأمريكية")]


def test_organisation_named_by_head_noun_and_complements(annotator):
    text = "وقال رئيس لجنة الانتخابات المركزية يوسف أحمد إن النتائج ستعلن غدا."
    assert rows(annotator, text) == [("يوسف أحمد", "رئيس", "لجنة الانتخابات المركزية")]


def test_the_movement_refers_back(annotator):
    text = "أعلنت حركة حماس رفضها للقرار. وقال الناطق باسم الحركة حازم قاسم إن القرار باطل."
    assert rows(annotator, text) == [("حازم قاسم", "الناطق", "حركة حماس")]


def test_organisation_headed_by_a_person(annotator):
    text = "وأعلنت الحكومة العراقية برئاسة حيدر العبادي خطة جديدة لإعادة الإعمار."
    assert rows(annotator, text) == [("حيدر العبادي", "رئيس الحكومة", "الحكومة العراقية")]


def test_capital_as_metonym_gives_the_country(annotator):
    text = "وقال سفير واشنطن لدى بغداد دوغلاس سيليمان إن بلاده تدعم الحكومة العراقية."
    assert rows(annotator, text) == [("دوغلاس سيليمان", "سفير", "الولايات المتحدة")]


def test_organisation_country_joins_the_entities(annotator):
    text = "وقالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا إن موسكو لن تقبل بذلك."
    keys = {(e.kind, e.key) for e in facts(annotator, text).entities}
    assert ("Country", "RU") in keys


def test_leader_in_a_movement(annotator):
    text = 'وقال القيادي في حركة المقاومة الإسلامية "حماس" الدكتور محمود الزهار إن الحركة ترفض.'
    assert rows(annotator, text) == [("محمود الزهار", "القيادي", "حركة المقاومة الإسلامية")]


def test_indefinite_leader_in_a_movement(annotator):
    text = "وقال خالد العمري، وهو قيادي في حركة حماس، إن التهدئة صامدة."
    assert rows(annotator, text) == [("خالد العمري", "قيادي", "حركة حماس")]


def test_a_country_after_lam_may_be_the_destination(annotator):
    text = (
        "بدأ الأمير محمد بن سلمان ولي العهد وزير الدفاع زيارة رسمية للمملكة المتحدة "
        "التقى خلالها رئيسة الوزراء تيريزا ماي."
    )
    assert ("محمد بن سلمان", "وزير الدفاع", "المملكة العربية السعودية") in rows(annotator, text)


def test_organisation_with_a_number_and_stacked_posts(annotator):
    text = "وهاجم رئيس حركة التغيير عضو الأمانة العامة لقوى 14 آذار إيلي محفوظ المعرقلين."
    assert rows(annotator, text) == [
        ("إيلي محفوظ", "رئيس", "حركة التغيير"),
        ("إيلي محفوظ", "عضو", "قوى 14 آذار"),
    ]


def test_organisation_with_a_governed_noun(annotator):
    text = "وقال مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن إن القصف مستمر."
    assert rows(annotator, text) == [("رامي عبد الرحمن", "مدير", "المرصد السوري لحقوق الإنسان")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "قالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إن الاتحاد سيقدم مساعدات.",
            [("أورسولا فون دير لاين", "رئيسة المفوضية", "المفوضية الأوروبية")],
        ),
        (
            "وقال المنسق الخاص للأمم المتحدة لعملية السلام في الشرق الأوسط نيكولاي ملادينوف "
            "إن الوضع خطير.",
            [("نيكولاي ملادينوف", "المنسق الخاص", "الأمم المتحدة")],
        ),
        (
            "أعلن الأمين العام لحلف شمال الأطلسي (الناتو) ينس ستولتنبرغ أن الحلف سيعزز وجوده.",
            [("ينس ستولتنبرغ", "الأمين العام", "حلف شمال الأطلسي")],
        ),
        (
            "قال الناطق باسم الجيش الإسرائيلي أفيخاي أدرعي إن الطائرات قصفت أهدافا.",
            [("أفيخاي أدرعي", "الناطق", "الجيش الإسرائيلي")],
        ),
        (
            "وقال قائد الحرس الثوري الإيراني اللواء حسين سلامي إن إيران سترد.",
            [("حسين سلامي", "قائد الحرس الثوري", "إيران")],
        ),
    ],
)
def test_posts_of_international_bodies_and_armed_forces(annotator, text, expected):
    assert rows(annotator, text) == expected


def test_a_chief_executive_of_a_known_company(annotator):
    text = "وقال الرئيس التنفيذي لشركة أرامكو أمين الناصر إن الشركة ستزيد إنتاجها."
    assert rows(annotator, text) == [("أمين الناصر", "الرئيس التنفيذي", "شركة أرامكو")]


def test_organisation_name_keeps_its_dative_complement(annotator):
    text = "وأكد خالد منصور أمين عام اتحاد آسيا للمكفوفين أن البطولة ستقام في موعدها."
    assert rows(annotator, text) == [("خالد منصور", "أمين عام", "اتحاد آسيا للمكفوفين")]


def test_organisation_name_keeps_a_conjoined_dative_complement(annotator):
    text = "وقال رئيس شركة روتانا للصوتيات والمرئيات سالم الحربي إن الحفل نجح."
    assert rows(annotator, text) == [("سالم الحربي", "رئيس", "شركة روتانا للصوتيات والمرئيات")]


def test_post_held_in_an_organisation_after_an_adjective_and_fi(annotator):
    text = "وقال سامي الأحمد، وهو مسؤول سياسي في جيش الإسلام، إن المفاوضات متعثرة."
    assert rows(annotator, text) == [("سامي الأحمد", "مسؤول", "جيش الإسلام")]


def test_post_with_two_adjectives_before_fi_and_its_organisation(annotator):
    text = "وقال خالد العمري، وهو مسؤول عسكري بارز في جيش الإسلام، إن المعارك مستمرة."
    assert rows(annotator, text) == [("خالد العمري", "مسؤول", "جيش الإسلام")]
    text = "وقال خالد العمري، المسؤول الإعلامي في حركة أحرار الشام، إن المعارك مستمرة."
    assert rows(annotator, text) == [("خالد العمري", "المسؤول", "حركة أحرار الشام الإسلامية")]


def test_spokesman_for_a_unit_of_an_organisation(annotator):
    text = "وقال ماهر العلي، المتحدث باسم هيئة أركان جيش الإسلام، إن القصف لم يتوقف."
    assert rows(annotator, text) == [("ماهر العلي", "المتحدث", "جيش الإسلام")]


def test_mayor_of_a_named_city(annotator):
    text = "واقتحم رئيس بلدية القدس نير بركات المسجد الأقصى صباح اليوم."
    assert rows(annotator, text) == [("نير بركات", "رئيس بلدية", "بلدية القدس")]


def test_a_coach_of_a_national_team(annotator):
    text = "وقال مدرب المنتخب السعودي هيرفي رينارد إن اللاعبين جاهزون للمباراة."
    assert rows(annotator, text) == [("هيرفي رينارد", "مدرب", "المملكة العربية السعودية")]


def test_a_club_named_by_its_head_noun_and_a_board_member(annotator):
    text = "وأكد رئيس نادي الهلال فهد بن نافل أن الفريق سيعود أقوى في الموسم المقبل."
    assert rows(annotator, text) == [("فهد بن نافل", "رئيس", "نادي الهلال")]
    text = "وأعلن عضو مجلس إدارة النادي عبدالله العنزي استقالته من منصبه."
    assert rows(annotator, text) == [("عبدالله العنزي", "عضو مجلس إدارة", "")]


def test_a_bare_club_name_between_the_post_and_the_players_name(annotator):
    text = "ثم أضاف لاعب ليفربول روبرتو فيرمينيو الهدف الثاني. وكان ليفربول قد تقدم."
    assert rows(annotator, text) == [("روبرتو فيرمينيو", "لاعب", "ليفربول")]


def test_club_named_by_a_bare_word_after_its_coach_or_player(annotator):
    text = "وقال مدرب الهلال خوسيه لوبيز إن الفريق جاهز، وأكد لاعب النصر فهد المالكي أن الفوز مهم."
    assert rows(annotator, text) == [
        ("خوسيه لوبيز", "مدرب", "الهلال"),
        ("فهد المالكي", "لاعب", "النصر"),
    ]
    assert rows(annotator, "وشاهد المصلون الهلال في السماء.") == []


def test_club_president_but_not_the_red_crescent(annotator):
    text = "وقال رئيس الهلال الأمير فيصل بن سعد إن النادي سيتعاقد مع مدرب جديد."
    assert rows(annotator, text) == [("فيصل بن سعد", "رئيس", "الهلال")]
    text = "وقال رئيس الهلال الأحمر سامر خليل إن المساعدات وصلت."
    assert all(org != "الهلال" for _, _, org in rows(annotator, text))


def test_club_captain_and_coach_of_the_team(annotator):
    text = "وقال قائد الهلال ياسر الشهري إن مدرب فريق النصر ماركو بيتزي قدم عملا جيدا."
    assert rows(annotator, text) == [
        ("ياسر الشهري", "قائد", "الهلال"),
        ("ماركو بيتزي", "مدرب", "النصر"),
    ]
