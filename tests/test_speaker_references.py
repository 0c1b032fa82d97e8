"""Speakers a reader finds by reference (issue 15, round 7): a form of address whose name a
post in apposition holds (`وقال السفير X، المتحدث باسم ...، إن`), an organisation's head noun
alone (`كما أفاد المرصد بأن`); and where their words end: at the narrator's source (`، بحسب
مصدر دبلوماسي`), at a participle after the closing quote (`..." داعية إلى`). Each rule: a
sentence written for the test and one real sentence (fold B of the dev articles, or the
corpus)."""

from role_rows import annotated_role_rows
from statement_rows import ANNOTATOR
from statement_rows import checked_rows as rows

# -- _addressed_name: `السفير X، المتحدث باسم ...،` -------------------------------------


def test_form_of_address_with_a_post_in_apposition():
    text = "وقال السفير خالد عمر، المتحدث باسم الوزارة، إن المفاوضات ستستأنف قريبا."
    assert rows(text) == [("خالد عمر", "قال", "المفاوضات ستستأنف قريبا")]


def test_form_of_address_with_a_post_in_apposition_real_sentence():
    # ar-news-020 (fold B)
    text = (
        "وقال السفير أحمد أبو زيد، المتحدث باسم الخارجية، إن السفارة المصرية في روما "
        "ستتابع المستجدات الخاصة بإجراءات التحقيق."
    )
    assert rows(text) == [
        ("أحمد أبو زيد", "قال", "السفارة المصرية في روما ستتابع المستجدات الخاصة بإجراءات التحقيق")
    ]


# -- bodies.named_by_head: `كما أفاد المرصد بأن` ----------------------------------------


def test_head_noun_alone_is_the_organisation_named_with_it():
    text = "قالت منظمة العفو الدولية إن السجناء تعرضوا للتعذيب. وطالبت المنظمة بالإفراج عنهم فورا."
    assert rows(text) == [
        ("منظمة العفو الدولية", "قالت", "السجناء تعرضوا للتعذيب"),
        ("منظمة العفو الدولية", "طالبت", "الإفراج عنهم فورا"),
    ]


def test_head_noun_alone_real_sentence():
    # ar-news-024 (fold B)
    text = (
        "أعلن المرصد السوري لحقوق الإنسان أن دفعة جديدة من المقاتلين والمدنيين خرجت ليل "
        "الخميس الجمعة من دوما. كما أفاد المرصد بأن عمليات الإجلاء لا تزال مستمرة."
    )
    assert rows(text)[1] == ("المرصد السوري لحقوق الإنسان", "أفاد", "عمليات الإجلاء لا تزال مستمرة")


def test_head_noun_alone_for_a_post_and_a_speaker_is_one_reading():
    # Context.organisation_before: the post's body and the speaker found the same way
    text = (
        "أعلنت هيئة الطيران المدني أن الرحلات ستستأنف غدا. وقال رئيس الهيئة سليمان المحمد "
        "إن المطارات جاهزة. وأضافت الهيئة أن الركاب سيعوضون."
    )
    held = ("سليمان المحمد", "رئيس الهيئة", "هيئة الطيران المدني")
    assert annotated_role_rows(ANNOTATOR, text) == [held]
    assert [r[0] for r in rows(text)] == [
        "هيئة الطيران المدني",
        "سليمان المحمد",
        "هيئة الطيران المدني",
    ]


def test_head_noun_of_no_organisation_named_before_gives_no_row():
    text = "قالت منظمة العفو الدولية إن السجناء تعرضوا للتعذيب. وقال المرصد إن الوضع خطير."
    assert rows(text) == [("منظمة العفو الدولية", "قالت", "السجناء تعرضوا للتعذيب")]


def test_head_noun_that_goes_on_or_disagrees_gives_no_row():
    before = "قالت منظمة العفو الدولية إن السجناء تعرضوا للتعذيب. "
    assert len(rows(before + "وقالت المنظمة الجديدة إن الوضع خطير.")) == 1
    assert len(rows(before + "وقال المنظمة إن الوضع خطير.")) == 1


# -- clause_ends.source_attribution: `...، بحسب مصدر دبلوماسي` --------------------------


def test_content_ends_before_the_narrators_source():
    text = "وقال الوزير خالد عمر إن المفاوضات ستستأنف الأسبوع المقبل، بحسب مصدر دبلوماسي."
    assert rows(text) == [("خالد عمر", "قال", "المفاوضات ستستأنف الأسبوع المقبل")]


def test_content_ends_before_a_source_given_with_li():
    text = "وقال الوزير خالد عمر إن المفاوضات ستستأنف الأسبوع المقبل، وفقا لوكالة الأنباء الرسمية."
    assert rows(text) == [("خالد عمر", "قال", "المفاوضات ستستأنف الأسبوع المقبل")]


def test_according_to_a_text_is_part_of_the_content():
    text = "وقال الوزير خالد عمر إن المفاوضات ستستأنف الأسبوع المقبل، وفقا للقانون الدولي."
    assert rows(text) == [
        ("خالد عمر", "قال", "المفاوضات ستستأنف الأسبوع المقبل، وفقا للقانون الدولي")
    ]


def test_content_ends_before_the_narrators_source_real_sentence():
    # corpus, ant-alarabia-internationalNews-1917
    text = "واتهمت الأمم المتحدة جميع الأطراف بارتكاب فظائع، بحسب رويترز."
    assert rows(text) == [("الأمم المتحدة", "اتهمت", "جميع الأطراف بارتكاب فظائع")]


# -- clause_ends.participle_after_quote: `..." داعية إلى` -----------------------------


def test_participle_after_the_closing_quote_is_the_narrators():
    text = (
        'وقال وزير الخارجية خالد عمر إن القرار "سببه ضغوط خارجية" مؤكدا أن الحكومة لن تتراجع عنه.'
    )
    assert rows(text) == [
        ("خالد عمر", "قال", 'القرار "سببه ضغوط خارجية"'),
        ("خالد عمر", "مؤكدا", "الحكومة لن تتراجع عنه"),
    ]


def test_participle_after_the_closing_quote_real_sentence():
    # ar-news-025 (fold B)
    text = (
        "وبحسب البيان، قالت طهران للسفير إن إيران تعتبر أن تسليم أسد الله أسدي إلى القضاء "
        'البلجيكي "سببه مؤامرة دبرها أعداء إيران وعلاقات إيرانية-أوروبية" داعية إلى '
        "الإفراج عنه من دون تأخير."
    )
    assert rows(text)[1] == ("إيران", "داعية", "الإفراج عنه من دون تأخير")
    assert rows(text)[0][2].endswith('وعلاقات إيرانية-أوروبية"')


# -- explicit.possessed_complement_holder: `رئيس مكتبه السياسي X` ----------------------


def test_post_with_a_possessed_complement_is_held_by_the_name_after_it():
    text = "وقال رئيس مجلس إدارتها خالد العمر إن الشركة حققت أرباحا."
    assert rows(text) == [("خالد العمر", "قال", "الشركة حققت أرباحا")]


def test_post_with_a_possessed_complement_real_sentence():
    # ar-news-024 (fold B)
    text = (
        'وفي أول تعليق لفصيل "جيش الإسلام" على الاتفاق بعد أيام على بدء تنفيذه، قال رئيس '
        'مكتبه السياسي ياسر دلوان الخميس "طبعا الهجوم الكيميائي هو ما دفعنا للموافقة".'
    )
    assert rows(text) == [("ياسر دلوان", "قال", "طبعا الهجوم الكيميائي هو ما دفعنا للموافقة")]


def test_possessed_complement_with_a_place_is_read_as_a_complement_no_lexicon_holds():
    # not the possessed shape (a place after the noun), but a complement of the post all
    # the same, with the content right after the name: post_complements (round 9)
    text = "وقال رئيس مكتبه في دمشق خالد العمر إن الشركة حققت أرباحا."
    assert rows(text) == [("خالد العمر", "قال", "الشركة حققت أرباحا")]
    assert rows("وقال رئيس مكتبه في دمشق خالد العمر الشركة حققت أرباحا.") == []


# -- framing.web_medium_end: `على موقعه الإلكتروني «...»` -------------------------------


def test_content_starts_after_the_page_the_words_were_posted_on():
    text = 'وقالت منظمة الصحة العالمية على موقعها الإلكتروني "ينبغي توخي الحذر عند السفر".'
    assert rows(text) == [("منظمة الصحة العالمية", "قالت", "ينبغي توخي الحذر عند السفر")]
    text = "وكتب الرئيس الأمريكي دونالد ترامب على حسابه بموقع تويتر أن الاقتصاد قوي جدا."
    assert rows(text) == [("دونالد ترامب", "كتب", "الاقتصاد قوي جدا")]


def test_a_page_after_a_colon_is_the_content():
    text = 'وأضاف علي الحازمي: تطبيق "سبق" أصبح من التطبيقات المحلية المهمة.'
    assert rows(text)[0][2].startswith("تطبيق")


def test_content_after_a_web_page_real_sentence():
    # ant-skynews-middleEast-3584 (corpus)
    text = (
        "أعلنت هيئة المساحة الجيولوجية رصد هزة أرضية. وأوضحت الهيئة في تغريدة على موقع "
        '"تويتر"، أن الهزة الأرضية سجلت على الساعة السابعة من صباح الأحد.'
    )
    assert rows(text)[-1] == (
        "هيئة المساحة الجيولوجية",
        "أوضحت",
        "الهزة الأرضية سجلت على الساعة السابعة من صباح الأحد",
    )
