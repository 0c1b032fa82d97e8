"""Documents as speakers, round 11 (issue 15, class 7; kg.pipeline.extract.documents): a
report, a study or a statement says what its issuer says. Each rule is tested by a sentence
written for the test and by one real sentence of the unscored corpus."""

from statement_rows import checked_rows

rows = checked_rows


# -- stated_issuer: the issuer named right after the document noun -------------------------


def test_report_in_construct_with_its_issuer():
    text = "وأفاد تقرير الأمم المتحدة بأن الجماعة توسعت في مالي."
    assert rows(text) == [("الأمم المتحدة", "أفاد", "الجماعة توسعت في مالي")]


def test_report_after_li_with_modifiers_between():
    text = "وذكر تقرير سري للأمم المتحدة أن شحنتين جرى اعتراضهما."
    assert rows(text) == [("الأمم المتحدة", "ذكر", "شحنتين جرى اعتراضهما")]


def test_report_issued_by_after_sadir_an():
    text = "وكشف التقرير الصادر حديثا عن مؤسسة النقد العربي السعودي أن عدد البطاقات ارتفع."
    assert rows(text) == [("مؤسسة النقد العربي السعودي", "كشف", "عدد البطاقات ارتفع")]


def test_report_a_paper_published_is_the_papers():
    text = "وقال تقرير نشرته صحيفة نيويورك تايمز إن ترامب أجرى اتصالا هاتفيا بكوهن."
    assert rows(text) == [("صحيفة نيويورك تايمز", "قال", "ترامب أجرى اتصالا هاتفيا بكوهن")]


def test_report_real_sentence():
    # ant-skynews-internationalNews-1708 (corpus), and the report named again
    text = (
        'كشف تقرير حديث لصحيفة "بولوتيكو" أن الرئيس الأميركي دونالد ترامب تجاهل قواعد أمنية '
        "ضرورية ليواصل كتابة تغريدات على موقع تويتر.\n"
        'وأوضح التقرير أن ترامب يستعمل هاتفي "آيفون"، الأول يستعمله في إجراء المكالمات.'
    )
    assert [(speaker, cue) for speaker, cue, _ in rows(text)] == [
        ("صحيفة بولوتيكو", "كشف"),
        ("صحيفة بولوتيكو", "أوضح"),
    ]


def test_statement_issued_by_an_office():
    # snn-almadina-2015-07-26-556 (corpus): the office of the post's holder
    text = (
        "من جهة اخرى، أكد البيان الصادر عن مكتب رئيس الوزراء التركي احمد داود اوغلو ان "
        "العمليات العسكرية الجوية تواصلت."
    )
    assert rows(text) == [("مكتب احمد داود اوغلو", "أكد", "العمليات العسكرية الجوية تواصلت")]


# -- what is no issuer ---------------------------------------------------------------------


def test_report_nobody_issued_is_an_unnamed_source():
    assert rows("أفاد تقرير جديد بأن ثلث التلميذات يتعرضن للتحرش.") == []


def test_capital_in_construct_is_where_a_document_was_agreed():
    assert rows("وشددت وثيقة باريس على ضرورة توحيد المؤسسات الليبية.") == []


def test_agency_that_publishes_a_statement_relays_it():
    # ant-france24-middleEast-609 (corpus): the royal court's statement, not the agency's
    text = (
        "وقال الديوان الملكي السعودي في بيان نشرته وكالة الأنباء السعودية إن العاهل السعودي "
        "تابع الأزمة.\nوتابع البيان أنه تم الاتفاق على عقد اجتماع الأحد في مكة."
    )
    assert [(speaker, cue) for speaker, cue, _ in rows(text)] == [
        ("الديوان الملكي السعودي", "قال"),
        ("الديوان الملكي السعودي", "تابع"),
    ]


# -- _introduced: the document named before --------------------------------------------------


def test_definite_report_refers_to_the_report_named_with_its_issuer():
    text = (
        "أصدرت الحكومة أمس خطة جديدة. وأكد تقرير لمنظمة العفو الدولية أن السجون مكتظة. "
        "وأشار مسؤول في تقرير آخر إلى التحسن.\nوأضاف التقرير أن السجناء يعانون."
    )
    assert rows(text)[-1] == ("منظمة العفو الدولية", "أضاف", "السجناء يعانون")


def test_definite_report_nobody_named_gives_no_row():
    assert rows("وأكد التقرير أن عدد البطاقات ارتفع.") == []
