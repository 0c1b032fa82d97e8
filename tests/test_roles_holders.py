"""Which name holds a post: the name after it (honorifics and ranks skipped), in
apposition after a comma, in parentheses, in a relative clause, after بصفته, the appointee
of an accusative post; stacked, chained and joined posts share one name, a counterpart or
a deputy holds the post of the one named before. A name elsewhere in the clause (after a
preposition or ل, a kinship noun, a feminine post for a man, past another apposition)
holds none.
"""

import pytest
from role_rows import annotated_extraction
from role_rows import annotated_role_rows as rows

from kg.eval.evaluate import role_rows


def test_apposition_after_a_comma(annotator):
    text = "وأكد أنطونيو غوتيريش، الأمين العام للأمم المتحدة، أن الحل السياسي هو الوحيد."
    assert rows(annotator, text) == [("أنطونيو غوتيريش", "الأمين العام", "الأمم المتحدة")]


def test_honorific_is_skipped_and_construct_post_follows_the_name(annotator):
    text = "وصل سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية والتعاون الدولي إلى القاهرة."
    assert rows(annotator, text) == [
        ("عبدالله بن زايد آل نهيان", "وزير الخارجية", "الإمارات العربية المتحدة")
    ]


def test_rank_is_no_post_and_definite_post_of_an_organisation_follows_the_name(annotator):
    text = "وأعلن اللواء أحمد المسماري المتحدث باسم الجيش الوطني الليبي أن القوات تقدمت."
    assert rows(annotator, text) == [("أحمد المسماري", "المتحدث", "الجيش الوطني الليبي")]


def test_counterpart_holds_the_same_post_in_the_other_country(annotator):
    text = "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمّان."
    assert rows(annotator, text) == [
        ("سامح شكري", "وزير الخارجية", "مصر"),
        ("أيمن الصفدي", "وزير الخارجية", "الأردن"),
    ]


def test_stacked_posts_share_the_name(annotator):
    text = "وقال رئيس حزب الكتائب النائب سامي الجميل إن الانتخابات يجب أن تجرى في موعدها."
    assert rows(annotator, text) == [
        ("سامي الجميل", "رئيس", "حزب الكتائب اللبنانية"),
        ("سامي الجميل", "النائب", "لبنان"),
    ]


def test_chain_of_posts_after_a_name(annotator):
    text = (
        "وأكد الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء "
        "وزير الدفاع أهمية التعاون."
    )
    assert rows(annotator, text) == [
        ("محمد بن سلمان", "ولي ولي العهد", "المملكة العربية السعودية"),
        ("محمد بن سلمان", "النائب الثاني لرئيس مجلس الوزراء", "المملكة العربية السعودية"),
        ("محمد بن سلمان", "وزير الدفاع", "المملكة العربية السعودية"),
    ]


def test_post_in_parentheses_before_the_name(annotator):
    text = 'وقالت: "أتحدث عن أشخاص مثل (وزير الخارجية) بوريس جونسون".'
    assert rows(annotator, text) == [("بوريس جونسون", "وزير الخارجية", "المملكة المتحدة")]


def test_post_in_parentheses_after_the_name(annotator):
    text = "والتقى الوفد السيدة أنغيلا ميركل (المستشارة الألمانية) في برلين."
    assert rows(annotator, text) == [("أنغيلا ميركل", "المستشارة", "ألمانيا")]


def test_posts_in_brackets_after_a_plural_with_a_nationality(annotator):
    text = (
        "وفرضت واشنطن عقوبات على الوزيرين الإيرانيين (وزير الاتصالات محمد آذري جهرمي "
        "ووزير الأمن محمود علوي)."
    )
    assert rows(annotator, text) == [
        ("محمد آذري جهرمي", "وزير الاتصالات", "إيران"),
        ("محمود علوي", "وزير الأمن", "إيران"),
    ]


def test_his_deputy_holds_the_deputy_post(annotator):
    text = "واستقبل الرئيس السوداني عمر البشير ونائبه بكري حسن صالح الوفد في الخرطوم."
    assert rows(annotator, text) == [
        ("عمر البشير", "الرئيس", "السودان"),
        ("بكري حسن صالح", "نائب الرئيس", "السودان"),
    ]


def test_his_deputy_is_no_feminine_post(annotator):
    text = "واجتمع الرئيس الجنوب سوداني سلفا كير ونائبه رياك مشار في جوبا."
    assert [r for r in rows(annotator, text) if r[0] == "رياك مشار"] == []


def test_a_feminine_post_is_not_held_by_a_man(annotator):
    text = (
        "واستقال وزير الخارجية البريطاني بوريس جونسون. وتشكر رئيسة الوزراء بوريس جونسون على عمله."
    )
    assert rows(annotator, text) == [("بوريس جونسون", "وزير الخارجية", "المملكة المتحدة")]


def test_a_name_after_with_or_a_clitic_is_not_the_holder(annotator):
    text = "وأكد أن لقاء وزير خارجية مصر مع الأمير خالد بن سلمان تم خلاله بحث العلاقات."
    assert rows(annotator, text) == []
    text = "وأكد المحامي الشخصي لترامب، مايكل كوهين، أنه دفع المبلغ."
    assert all(r[0] != "ترامب" for r in rows(annotator, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "كما التقى ولي العهد السعودي مع رئيسة الوزراء البريطانية تيريزا ماي في لندن.",
            [("تيريزا ماي", "رئيسة الوزراء", "المملكة المتحدة")],
        ),
        ("واتهمت إيران، وهي عضو في منظمة أوبك، ترامب بمحاولة تسييس المنظمة.", []),
        ("اتهام المدير السابق لحملة ترامب بالتآمر ضد الولايات المتحدة.", []),
    ],
)
def test_a_name_in_another_part_of_the_clause_holds_no_post(annotator, text, expected):
    assert rows(annotator, text) == expected


def test_a_name_behind_lam_is_a_genitive(annotator):
    text = "وقال المحامي الشخصي لترامب إن موكله بريء. وأضاف أن ترامب لم يخالف القانون."
    assert rows(annotator, text) == []


def test_a_post_given_by_a_relative_clause_or_in_his_capacity(annotator):
    text = "وقال جون بولتون، الذي يشغل منصب مستشار الأمن القومي الأمريكي، إن العقوبات ستستمر."
    assert rows(annotator, text) == [("جون بولتون", "مستشار الأمن القومي", "الولايات المتحدة")]
    text = "وقالت هيذر نويرت بصفتها المتحدثة باسم وزارة الخارجية الأمريكية إن واشنطن قلقة."
    assert rows(annotator, text) == [("هيذر نويرت", "المتحدثة", "وزارة الخارجية الأمريكية")]
    text = "وحضر جاريد كوشنر، وهو كبير مستشاري الرئيس الأمريكي، الاجتماع أمس."
    assert rows(annotator, text) == [("جاريد كوشنر", "كبير مستشاري الرئيس", "الولايات المتحدة")]


def test_a_post_in_the_accusative_goes_to_the_appointee(annotator):
    text = "وعين الرئيس مايك بومبيو وزيرا للخارجية خلفا لريكس تيلرسون."
    assert rows(annotator, text) == [("مايك بومبيو", "وزير الخارجية", "الولايات المتحدة")]
    text = "وانتخب المؤتمر محمد اشتية رئيسا للحكومة الفلسطينية."
    assert rows(annotator, text) == [("محمد اشتية", "رئيس", "الحكومة الفلسطينية")]


def test_a_spokesman_after_the_name_belongs_to_it(annotator):
    text = "وقال بسام راضي المتحدث الرسمي باسم رئاسة الجمهورية إن الرئيس السيسي استقبل الوفد."
    assert rows(annotator, text) == [("بسام راضي", "المتحدث الرسمي", "")]


def test_a_military_spokesman_with_a_rank_after_the_post(annotator):
    text = "وقال المتحدث باسم الجيش الليبي العميد أحمد المسماري إن القوات تقدمت نحو المدينة."
    assert rows(annotator, text) == [("أحمد المسماري", "المتحدث", "الجيش الليبي")]


def test_a_post_after_a_kinship_noun_is_the_relatives(annotator):
    text = "وتبين أن زوجة رئيس الوزراء، أكي آبي، تبرعت للمدرسة."
    assert all(role != "رئيس الوزراء" for _, role, _ in rows(annotator, text))


def test_a_post_in_apposition_does_not_reach_the_next_name(annotator):
    text = (
        "استقبل الفريق محمد فريد، رئيس أركان الجيش المصري، الفريق أول ركن فياض بن حامد "
        "الرويلي، رئيس هيئة الأركان العامة للجيش السعودي."
    )
    got = rows(annotator, text)
    assert got[0][:2] == ("محمد فريد", "رئيس أركان الجيش")
    assert all(not (p.startswith("فياض") and r == "رئيس أركان الجيش") for p, r, _ in got)


def test_a_circumstantial_participle_is_no_appointment(annotator):
    text = "وتحدث عن اغتيال رئيس الوزراء اللبناني الراحل، رفيق الحريري، مهاجما حزب الله."
    assert rows(annotator, text) == [("رفيق الحريري", "رئيس الوزراء", "لبنان")]
    text = "تقرر تعيين الأدميرال، هاري هاريس، سفيرا أميركيا جديدا إلى كوريا الجنوبية."
    assert rows(annotator, text)[0][:2] == ("هاري هاريس", "سفير")


def test_posts_joined_by_and_after_a_name(annotator):
    text = "صرح بذلك عيسى بن عبدالله العيسى المستشار والمتحدث باسم الجمارك السعودية."
    assert [r[:2] for r in rows(annotator, text)] == [
        ("عيسى بن عبدالله العيسى", "المستشار"),
        ("عيسى بن عبدالله العيسى", "المتحدث"),
    ]
    text = "والتقى ترامب المستشارة والرئيس الفرنسي في البيت الأبيض."
    assert rows(annotator, text) == []


def test_an_accusative_post_takes_no_later_name(annotator):
    text = "وقال ريك سكوت حاكم ولاية فلوريدا إن الوضع خطير. كما أعلن حاكما ألاباما ومسيسبي الطوارئ."
    assert rows(annotator, text) == [("ريك سكوت", "حاكم", "ولاية فلوريدا")]  # the state


def test_a_post_at_that_time_is_held_by_the_name_after_the_adverb(annotator):
    text = "وقال السفير الفرنسي حينها، جان دوبون، إن بلاده لن تتراجع."
    extraction = annotated_extraction(annotator, text)
    assert role_rows(extraction) == [("جان دوبون", "السفير", "فرنسا")]
    assert [r.former for r in extraction.roles] == [True]
    assert rows(annotator, "وكان الرئيس الأمريكي آنذاك قطب عقارات شهيرا.") == []


def test_a_post_at_that_time_real(annotator):
    # ant-bbc-internationalNews-897 and ant-bbc-middleEast-837 in the corpus
    text = (
        "بسبب غضب الرئيس الأفغاني حينها، حامد كرزاي، جراء رفع طالبان علما خارج مكتبها."
        " وأحالها وزير الداخلية حينها محمد بن نايف للتحقيق بسبب المقالة."
    )
    assert rows(annotator, text) == [
        ("حامد كرزاي", "الرئيس", "أفغانستان"),
        ("محمد بن نايف", "وزير الداخلية", "المملكة العربية السعودية"),
    ]


def test_a_name_set_off_by_commas_after_a_phrase_with_fi_holds_the_post(annotator):
    text = "وقال السفير الألماني في القاهرة، هانز مولر، إن بلاده تدعم الاتفاق."
    assert rows(annotator, text) == [("هانز مولر", "السفير", "ألمانيا")]
    text = "واتهمت إيران، وهي عضو في منظمة أوبك، ترامب، بمحاولة تسييس المنظمة."
    assert rows(annotator, text) == []


def test_a_name_set_off_by_commas_after_a_phrase_with_fi_real(annotator):
    # ant-cnn-middleEast-1225 and ant-bbc-internationalNews-29 in the corpus
    text = (
        "بهذه الكلمات تحدث السفير البريطاني في مصر، جون كاسن، عن موقف بلاده من جماعة الإخوان."
        " وقد وصف سفير هايتي في لندن، بوتشي أدموند، المزاعم الأخيرة بأنها صادمة."
    )
    assert rows(annotator, text) == [
        ("جون كاسن", "السفير", "المملكة المتحدة"),
        ("بوتشي أدموند", "سفير", "هايتي"),
    ]


def test_special_counsel_is_a_post(annotator):
    text = "وقال المحقق الخاص جون سميث إن التحقيق مستمر."
    assert rows(annotator, text) == [("جون سميث", "المحقق الخاص", "")]


def test_special_counsel_real(annotator):
    # ant-cnn-internationalNews-590 in the corpus: the justice minister's post is not Mueller's
    text = (
        "فيما يخص معركته الرئيسية مع جيف سيشينز وزير العدل والمحقق الخاص روبرت موللر مدير"
        " مكتب التحقيقات الفدرالي الأسبق."
    )
    found = rows(annotator, text)
    assert ("روبرت موللر", "المحقق الخاص", "الولايات المتحدة") in found
    assert all(r[1] != "وزير العدل" or r[0] == "جيف سيشينز" for r in found)
