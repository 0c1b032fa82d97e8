"""Page furniture (issue 15, class 8): share buttons, link markers and teasers of other
stories yield nothing and never merge into a sentence of the story. Each rule: a text
written for the test and a real one (dev fold A or the unannotated corpus)."""

from kg.pipeline.annotate.rules import RuleAnnotator
from kg.pipeline.extract import extract
from kg.pipeline.text.document import is_noise_line, make_document
from kg.pipeline.text.furniture import dated_lede_lines, share_prefix_end, teaser_lines

_ANNOTATOR = RuleAnnotator()


def flagged(text: str) -> list[tuple[bool, str]]:
    """(noise, text) of each sentence."""
    return [(s.noise, s.text) for s in make_document(text).sentences]


# -- share buttons ------------------------------------------------------------------------


def test_share_buttons_glued_before_the_lead_are_a_noise_sentence_of_their_own():
    text = "شارك عبر فيسبوك واتساب أعلنت الحكومة خطة جديدة للنقل العام."
    assert flagged(text) == [
        (True, "شارك عبر فيسبوك واتساب"),
        (False, "أعلنت الحكومة خطة جديدة للنقل العام."),
    ]


def test_real_share_buttons_before_a_lead():
    text = (
        " شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك كرمت القيادة الرشيدة شهداء التفجير "
        "الإرهابي في مسجد مقر قوات الطوارئ."
    )
    assert flagged(text)[0] == (True, "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك")
    assert not flagged(text)[1][0]


def test_the_verb_share_opens_a_sentence_of_the_story():
    assert share_prefix_end("شارك آلاف الروس في مظاهرات في مختلف أنحاء البلاد.") == 0
    assert not is_noise_line("شارك الوزير في اجتماع مجلس الوزراء أمس.")


def test_a_share_line_alone_is_noise():
    assert is_noise_line("مشاركة :")  # ar-news-001's last line
    assert is_noise_line("شارك على تويتر")


# -- link markers inside a line -----------------------------------------------------------


def test_a_link_marker_makes_the_rest_of_its_line_noise():
    text = "وقال الوزير إن الاتفاق سيوقع غدا. اقرأ أيضا: الرئيس يقيل رئيس الوزراء"
    assert flagged(text) == [
        (False, "وقال الوزير إن الاتفاق سيوقع غدا."),
        (True, "اقرأ أيضا: الرئيس يقيل رئيس الوزراء"),
    ]


def test_real_link_line_names_another_story():
    # ar-news-017's last line: a link to the story itself, under the site's name
    line = "رابط الخبر بصحيفة الوئام: ايران تبدأ حملة للتودد إلى دول الخليج "
    assert all(noise for noise, _ in flagged("وقال الوزير إن الأمر انتهى.\n" + line)[1:])


def test_real_inline_read_marker():
    text = (
        "وقد أثارت هذه الحادثة ضجة دبلوماسية واسعة بين روسيا وبريطانيا، ودول أخرى دعمت "
        "بريطانيا بموقفها.. اقرأ.. روسيا ترد على أمريكا بطرد 60 دبلوماسيا"
    )
    sentences = flagged(text)
    assert not sentences[0][0]
    assert sentences[-1] == (True, "روسيا ترد على أمريكا بطرد 60 دبلوماسيا")


# -- teasers of other stories at the foot of the page --------------------------------------


def test_teasers_after_the_last_paragraph_yield_nothing():
    text = (
        "قال وزير المالية الكويتي أنس الصالح إن الميزانية ستعلن الأسبوع المقبل.\n"
        "وأضاف أن العجز سينخفض هذا العام.\n"
        "أكد وزير الخارجية الفرنسي، جان إيف لودريان، أن بلاده تدعم الحل السياسي في ليبيا\n"
    )
    extraction = extract(_ANNOTATOR.annotate(make_document(text)))
    assert [s.cue for s in extraction.statements] == ["قال", "أضاف"]
    assert [r.person.label for r in extraction.roles] == ["أنس الصالح"]


def test_a_last_paragraph_that_continues_the_story_is_kept():
    lines = [
        "قال وزير المالية إن الميزانية ستعلن الأسبوع المقبل.",
        "من جهته، أكد رئيس الوزراء أن الحكومة ستدعم الخطة",
    ]
    assert teaser_lines(lines, [False, False]) == set()


def test_an_excerpt_cut_short_has_no_teasers():
    lines = ["أكد وزير الخارجية أن المفاوضات مستمرة وأن الوفد سيعود إلى"]
    assert teaser_lines(lines, [False]) == set()


def test_real_teasers_at_the_foot_of_a_page():
    lines = [
        "وقال بتلر إن التوقيت لم يكن ليكون أكثر سوءاً.",
        "وأوضح أنه قرر إلغاء الزيارة.",
        "عبرت خطيبة الصحفي والكاتب السعودي المختفي، جمال خاشقجي، خديجة جنكيز، عن حزنها "
        "بسبب اختفاء خطيبها",
        "تساؤلات عديدة أثارها كتاب بوب وودوارد، وما تناوله من رفض وزير الدفاع الأمريكي، "
        "جيمس ماتيس، طلبا من الرئيس",
    ]
    assert teaser_lines(lines, [False] * 4) == {2, 3}


# -- dated ledes of other stories at the foot of the page ---------------------------------


def test_dated_ledes_at_the_foot_of_the_page_yield_nothing():
    text = (
        "قال وزير المالية الكويتي أنس الصالح إن الميزانية ستعلن الأسبوع المقبل.\n"
        "وأضاف أن العجز سينخفض هذا العام.\n"
        "أعلنت وزارة الصحة المصرية، الجمعة، ارتفاع عدد المصابين بالحمى.\n"
        "أكد وزير الخارجية الفرنسي، جان إيف لودريان، الخميس، أن بلاده تدعم الحل السياسي.\n"
        "قال رئيس الوزراء العراقي إن الانتخابات ستجرى في موعدها.\n"
    )
    extraction = extract(_ANNOTATOR.annotate(make_document(text)))
    assert [s.cue for s in extraction.statements] == ["قال", "أضاف"]


def test_ledes_without_weekdays_or_too_few_are_kept():
    story = ["قال وزير المالية إن الميزانية ستعلن الأسبوع المقبل.", "وأضاف أن العجز سينخفض."]
    undated = [
        "أعلنت الوزارة ارتفاع عدد المصابين.",
        "أكد الوزير أن بلاده تدعم الحل.",
        "قال النائب إن الجلسة أرجئت.",
    ]
    assert dated_lede_lines(story + undated, [False] * 5) == set()
    two = ["أعلنت الوزارة، الجمعة، ارتفاع عدد المصابين.", "أكد الوزير، الخميس، أن بلاده تدعم الحل."]
    assert dated_lede_lines(story + two, [False] * 4) == set()


def test_a_page_of_ledes_only_is_kept():
    digest = [
        "أعلنت الوزارة، الجمعة، ارتفاع عدد المصابين.",
        "أكد الوزير، الخميس، أن بلاده تدعم الحل.",
        "قال النائب، الأربعاء، إن الجلسة أرجئت.",
    ]
    assert dated_lede_lines(digest, [False] * 3) == set()


def test_real_dated_ledes_at_the_foot_of_a_page():
    # ar-news-022 (fold B): the story, then four ledes of other CNN stories
    lines = [
        "وكان وزير الخارجية الأمريكي، مايك بومبيو قد التقى ولي العهد السعودي.",
        'أوضح رئيس الوزراء الأسترالي، سكوت موريسون، الثلاثاء، أن بلاده "لم تتخذ" أي قرار '
        "بعد بشأن نقل سفارتها إلى القدس.",
        "أعلنت وزارة الدفاع السعودية، الثلاثاء، سقوط إحدى طائرات القوات الجوية الملكية في "
        'المنطقة الشمالية الغربية، حسبما نقلت وكالة الأنباء السعودية "واس"، التي أشارت إلى '
        "مقتل طاقمها.",
        'جدد الفنان السعودي محمد عبده "الولاء والفداء للملك والوطن"، في أحدث تعليق له على '
        'موقع "تويتر"، مؤكدا رفض عائلته "التهديدات" التي تستهدف بلاده وقادتها.',
        "طالبت أسرة الإعلامي السعودي جمال خاشقجي، في أول بيان لها منذ اختفائه، في 2 أكتوبر/ "
        'تشرين الأول الجاري، بتشكيل لجنة دولية مستقلة ومحايدة للتحقيق في "موته"، بحسب البيان '
        "الذي حصلت CNN على نسخة منه.",
    ]
    assert dated_lede_lines(lines, [False] * 5) == {1, 2, 3, 4}
