"""The post phrase itself: a composed post (`المتحدثة باسم وزارة الخارجية`), a deputy,
an under-secretary or an assistant of a post keeps its portfolio, an adviser with a field
(`لشؤون الأمن القومي`), a plural in construct, the adjectives السابق and المنتهية ولايته,
and a bare head that repeats the fuller post named before.
"""

from role_rows import annotated_extraction as facts
from role_rows import annotated_role_rows as rows

from kg.eval.evaluate import role_rows


def test_feminine_spokeswoman_of_a_composed_ministry(annotator):
    text = "وقالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا إن موسكو لن تقبل بذلك."
    assert rows(annotator, text) == [("ماريا زاخاروفا", "المتحدثة", "وزارة الخارجية الروسية")]


def test_former_keeps_the_role(annotator):
    text = "وقال الرئيس الأمريكي السابق باراك أوباما في كلمة إن الديمقراطية في خطر."
    extraction = facts(annotator, text)
    assert role_rows(extraction) == [("باراك أوباما", "الرئيس", "الولايات المتحدة")]
    assert extraction.roles[0].former


def test_deputy_of_a_post_is_one_post(annotator):
    text = "وقال فرانسوا ديلاتر، نائب المندوب الدائم لفرنسا، إن مجلس الأمن يجب أن يتحرك."
    assert rows(annotator, text) == [("فرانسوا ديلاتر", "نائب المندوب الدائم", "فرنسا")]


def test_plural_in_construct_takes_its_noun(annotator):
    text = "والتقت كبير مفاوضي البريكست في الاتحاد الأوروبي ميشيل بارنييه في بروكسل."
    assert rows(annotator, text) == [("ميشيل بارنييه", "كبير مفاوضي البريكست", "الاتحاد الأوروبي")]


def test_a_bare_head_repeats_the_fuller_post(annotator):
    text = (
        "وترأس الوفد وزير الخارجية المغربي ناصر بوريطة. "
        "وقال الوزير بوريطة إن المغرب يدعم الحل السياسي."
    )
    assert rows(annotator, text) == [("ناصر بوريطة", "وزير الخارجية", "المغرب")]


def test_adviser_with_a_field_holds_the_post_named_after(annotator):
    text = "وقال مستشار الرئيس الأمريكي لشؤون الأمن القومي جون بولتون إن العقوبات ستستمر."
    assert rows(annotator, text) == [("جون بولتون", "مستشار الرئيس", "الولايات المتحدة")]


def test_adviser_with_a_definite_field_after_lam(annotator):
    # للشؤون is ل + الشؤون: the field is the adviser's whatever its spelling (للشئون)
    for field in ("للشؤون", "للشئون"):
        text = f"وقال مستشار رئيس الوزراء {field} الخارجية نوري أحمد إن الحكومة لن تقبل."
        assert rows(annotator, text) == [("نوري أحمد", "مستشار رئيس الوزراء", "")]


def test_post_phrase_runs_over_definite_nouns_after_lam(annotator):
    # مؤسسة is a body's head noun (round 10): the body after لل is the post's organisation
    text = "وقال المدير التنفيذي للمؤسسة الأهلية للحريات، كريم يوسف، إن الدعم تراجع."
    assert rows(annotator, text) == [("كريم يوسف", "المدير التنفيذي", "المؤسسة الأهلية للحريات")]


def test_post_phrase_runs_over_definite_nouns_after_lam_real(annotator):
    text = (
        "وقال المدير التنفيذي للمؤسسة العربية للحريات والمساواة، جورج قزي، إنه يأمل أن تكون"
        " هذه أكثر من ممارسة شائعة."
    )
    organisation = "المؤسسة العربية للحريات والمساواة"
    assert rows(annotator, text) == [("جورج قزي", "المدير التنفيذي", organisation)]


def test_adviser_of_a_named_president(annotator):
    text = "وقال مستشار الرئيس الأمريكي دونالد ترامب إن العقوبات ستستمر."
    assert rows(annotator, text) == [("دونالد ترامب", "الرئيس", "الولايات المتحدة")]


def test_outgoing_president(annotator):
    text = "وتشير النتائج إلى إعادة انتخاب الرئيس المنتهية ولايته عبد الفتاح السيسي لفترة ثانية."
    assert rows(annotator, text) == [("عبد الفتاح السيسي", "الرئيس", "مصر")]


def test_deputy_minister_keeps_the_portfolio(annotator):
    text = "وأكد نائب وزير الخارجية الروسي سيرغي ريابكوف أن موسكو لن تتراجع عن موقفها."
    assert rows(annotator, text) == [("سيرغي ريابكوف", "نائب وزير الخارجية", "روسيا")]


def test_undersecretary_of_a_ministry_keeps_the_portfolio(annotator):
    text = "وقال نائب وزير الدفاع الأمريكي باتريك شاناهان إن البنتاغون مستعد للخطة."
    assert rows(annotator, text) == [("باتريك شاناهان", "نائب وزير الدفاع", "الولايات المتحدة")]


def test_assistant_of_a_post_and_amir_as_a_given_name(annotator):
    text = "وقال مساعد رئيس البرلمان الإيراني للشؤون الدولية أمير عبد اللهيان إن طهران لن تتفاوض."
    assert rows(annotator, text) == [("أمير عبد اللهيان", "مساعد رئيس البرلمان", "إيران")]
