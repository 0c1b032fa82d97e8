"""Where a post is held, read per document (issue 15, class 4): a body named once and then
by its bare head noun (`الحكومة اللبنانية` ... `رئيس الحكومة`), and a sub-national unit
that stays itself (`أمير منطقة الرياض`, `حاكم ولاية فلوريدا`). Each rule: a sentence
written for the test, and a real one."""

from role_rows import annotated_role_rows as rows

# -- a body named before, then by its bare head noun ----------------------------------------


def test_post_of_a_bare_body_is_held_in_the_body_named_before(annotator):
    text = "أعلنت الحكومة اللبنانية خطة جديدة. وقال رئيس الحكومة نجيب ميقاتي إن الخطة ضرورية."
    assert rows(annotator, text) == [("نجيب ميقاتي", "رئيس الحكومة", "الحكومة اللبنانية")]


def test_spokesman_for_a_bare_body_speaks_for_the_body_named_before(annotator):
    text = "أصدرت الرئاسة المصرية بيانا. وقال المتحدث باسم الرئاسة بسام راضي إن الزيارة ناجحة."
    assert rows(annotator, text) == [("بسام راضي", "المتحدث", "الرئاسة المصرية")]


def test_post_of_a_bare_body_borrows_nothing_when_none_was_named(annotator):
    text = "وقال رئيس الحكومة نجيب ميقاتي إن الخطة ضرورية."
    assert rows(annotator, text) == [("نجيب ميقاتي", "رئيس الحكومة", "")]


def test_post_of_a_body_with_its_own_adjective_is_not_another_body(annotator):
    text = (
        "شكلت لجنة الفصل بالطعون. وأوضح رئيس اللجنة المحلية للانتخابات المهندس عادل الملحم"
        " أن اللجنة مستقلة."
    )
    # not لجنة الفصل: the committee is the one its own phrase names (compose.py)
    assert rows(annotator, text) == [("عادل الملحم", "رئيس", "اللجنة المحلية للانتخابات")]


def test_post_of_a_bare_body_real(annotator):
    text = (
        "عقد المجلس البلدي بمحافظة دومة الجندل جلسته الـ57 برئاسة رئيس المجلس المهندس أنور"
        " البراك، واتخذ المجلس عدة قرارات."
    )
    assert rows(annotator, text) == [("أنور البراك", "رئيس المجلس", "المجلس البلدي")]
    text = (
        "المجلس الانتخابي يعد بانتخابات آمنة وشفافة والمعارضة تشكك من جانبه، وعد رئيس المجلس"
        ' الانتخابي الأعلى سعدي غوفن هذا الأسبوع بأن تكون الانتخابات "آمنة جدا".'
    )
    assert rows(annotator, text) == [("سعدي غوفن", "رئيس المجلس", "المجلس الانتخابي")]


# -- a sub-national unit stays itself -------------------------------------------------------


def test_region_named_by_a_capital_stays_the_region(annotator):
    text = "وقال أمير منطقة الرياض الأمير فيصل بن بندر إن المشروع مهم."
    assert rows(annotator, text) == [("فيصل بن بندر", "أمير منطقة", "منطقة الرياض")]


def test_place_with_its_unit_noun_after_a_post_is_where_it_is_held(annotator):
    text = "وقال رئيس إقليم كردستان مسعود بارزاني إن الاستفتاء قائم."
    assert rows(annotator, text) == [("مسعود بارزاني", "رئيس", "إقليم كردستان")]


def test_a_capital_without_a_unit_noun_is_still_its_country(annotator):
    text = "وقال أمير الرياض الأمير فيصل بن بندر إن المشروع مهم."
    assert rows(annotator, text) == [("فيصل بن بندر", "أمير", "المملكة العربية السعودية")]


def test_sub_national_unit_real(annotator):
    text = (
        "نفذ وكيل إمارة منطقة جازان الدكتور سعد المقرن أمس زيارة مفاجئة لمركز تصحيح أوضاع اليمنيين."
    )
    assert rows(annotator, text) == [("سعد المقرن", "وكيل إمارة", "منطقة جازان")]
    text = "وقال ريك سكوت حاكم ولاية فلوريدا في بيان إن كل مقاطعات الولاية في خطر."
    assert rows(annotator, text) == [("ريك سكوت", "حاكم", "ولاية فلوريدا")]


# -- an organisation's label is the name the article knows it by ---------------------------


def test_organisation_label_is_its_name_as_written(annotator):
    # بي بي سي shares no word with the lexicon's full name (هيئة الإذاعة البريطانية)
    text = "وقال مراسل بي بي سي، جون سمبسون، إن المدينة هادئة."
    assert rows(annotator, text) == [("جون سمبسون", "مراسل", "بي بي سي")]


def test_organisation_label_is_the_full_name_when_it_contains_the_written_one(annotator):
    text = "وقال المتحدث باسم الخارجية الروسية ألكسندر لوكاشيفيتش إن موسكو ترفض القرار."
    assert rows(annotator, text) == [("ألكسندر لوكاشيفيتش", "المتحدث", "وزارة الخارجية الروسية")]


def test_the_first_name_written_whole_gives_the_label_for_the_article(annotator):
    text = (
        'وقال القيادي في حركة المقاومة الإسلامية "حماس" محمود الزهار إن الحركة ترفض. وأضاف'
        " الناطق باسم حماس حازم قاسم أن القرار باطل."
    )
    assert {row[2] for row in rows(annotator, text)} == {"حركة المقاومة الإسلامية"}


def test_organisation_label_is_its_name_as_written_real(annotator):
    text = (
        "وقال مراسل بي بي سي، مارك لوين، إنه أمر غير مسبوق أن تفرض الولايات المتحدة عقوبات"
        " على أعضاء في حلف الناتو بهذا الشكل."
    )
    assert rows(annotator, text) == [("مارك لوين", "مراسل", "بي بي سي")]


# -- places.governed_body_before: a one-word post in construct with a body's head noun ------


def test_a_post_governing_the_head_noun_of_a_body_named_before_is_held_there(annotator):
    text = "أصدرت المفوضية الأوروبية تقريرا أمس. وقالت مديرة المفوضية ماري دوبوا إن الوضع صعب."
    assert rows(annotator, text)[-1] == ("ماري دوبوا", "مديرة", "المفوضية الأوروبية")


def test_a_post_governing_the_head_noun_of_a_body_named_before_real(annotator):
    # snn-almadina-2015-08-06-1358 (corpus)
    text = (
        "وفق ما اعلن المرصد السوري لحقوق الانسان. وقال مدير المرصد رامي عبد الرحمن لوكالة "
        "فرانس برس «باتت فصائل اسلامية ومقاتلة في صفوفها مقاتلون من اسيا الوسطى»."
    )
    assert ("رامي عبد الرحمن", "مدير", "المرصد السوري لحقوق الإنسان") in rows(annotator, text)
