"""Actor–stated–position extraction: one realistic news sentence (or short story) per pattern."""

from kg.annotate.rules import RuleAnnotator
from kg.extract import extract
from kg.pipeline import statement_rows
from kg.text import make_document

_ANNOTATOR = RuleAnnotator()


def rows(text: str) -> list[tuple[str, str, str]]:
    """Statement rows of `text`; every position is checked against its offsets."""
    extraction = extract(_ANNOTATOR.annotate(make_document(text)))
    for statement in extraction.statements:
        span = text[statement.position_start : statement.position_end]
        assert span == statement.position
    return statement_rows(extraction)


def test_explicit_speaker_after_the_cue_with_a_post():
    text = (
        "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تقبل بأي عقوبات جديدة على "
        "صادراتها من الطاقة."
    )
    assert rows(text) == [
        ("سيرغي لافروف", "قال", "موسكو لن تقبل بأي عقوبات جديدة على صادراتها من الطاقة")
    ]


def test_implicit_speaker_agrees_in_gender_with_the_verb():
    text = (
        "قالت المستشارة الألمانية أنغيلا ميركل إن أوروبا تحتاج إلى سياسة هجرة مشتركة. "
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن باريس تدعم هذا التوجه بقوة. "
        "وأضافت أن القمة المقبلة ستبحث توزيع اللاجئين بين الدول الأعضاء."
    )
    assert rows(text)[-1] == (
        "أنغيلا ميركل",
        "أضافت",
        "القمة المقبلة ستبحث توزيع اللاجئين بين الدول الأعضاء",
    )


def test_participle_takes_the_speaker_of_its_clause():
    text = (
        "وأكد وزير الخارجية الأمريكي جون كيري أن المحادثات مع طهران بلغت مرحلة حاسمة، "
        "مشيرا إلى أن فريق التفاوض سيعود إلى فيينا الأسبوع المقبل."
    )
    assert rows(text) == [
        ("جون كيري", "أكد", "المحادثات مع طهران بلغت مرحلة حاسمة"),
        ("جون كيري", "مشيرا", "فريق التفاوض سيعود إلى فيينا الأسبوع المقبل"),
    ]


def test_bil_qawl_takes_the_subject_of_its_verb():
    text = "وسارعت روسيا بالقول إن موسكو مستعدة لمحادثات عسكرية مع واشنطن."
    assert rows(text) == [("روسيا", "القول", "موسكو مستعدة لمحادثات عسكرية مع واشنطن")]


def test_direct_quote_after_a_colon():
    text = "وقال المتحدث باسم الكرملين ديمتري بيسكوف: «لن نتراجع عن موقفنا في مواجهة هذه الضغوط»."
    assert rows(text) == [("ديمتري بيسكوف", "قال", "لن نتراجع عن موقفنا في مواجهة هذه الضغوط")]


def test_circumstantial_phrase_before_the_complementiser():
    text = (
        "وقال ستافان دي ميستورا أمام مجلس الأمن الدولي خلال جلسة مغلقة، إن تصعيد القتال "
        "يهدد العملية السياسية في سوريا."
    )
    assert rows(text) == [
        ("ستافان دي ميستورا", "قال", "تصعيد القتال يهدد العملية السياسية في سوريا")
    ]


def test_unnamed_sources_are_not_speakers():
    text = (
        "وقالت مصادر دبلوماسية إن الاجتماع تأجل إلى موعد غير محدد. "
        "وأضاف مسؤول رفيع المستوى أن الخلافات ما زالت قائمة بين الطرفين."
    )
    assert rows(text) == []


def test_scrape_noise_yields_nothing():
    text = (
        "وزير الخارجية يؤكد دعم بلاده للحل السياسي\n"
        "مشاركة : وقال الوزير إن الحل السياسي هو الخيار الوحيد\n"
    )
    assert rows(text) == []


def test_organisation_speaker_and_adverbials():
    text = "وأكدت وزارة الخارجية الروسية في بيان أن العقوبات الأمريكية الجديدة لن تغير سياسة موسكو."
    assert rows(text) == [
        (
            "وزارة الخارجية الروسية",
            "أكدت",
            "العقوبات الأمريكية الجديدة لن تغير سياسة موسكو",
        )
    ]


def test_clause_ends_before_a_contrasting_clause():
    text = (
        "وقال وزير الخارجية الأمريكي جون كيري إن الهدنة صامدة في معظم المناطق، في حين "
        "قال وزير الخارجية الروسي سيرغي لافروف إن الخروقات مستمرة في ريف حلب."
    )
    assert rows(text) == [
        ("جون كيري", "قال", "الهدنة صامدة في معظم المناطق"),
        ("سيرغي لافروف", "قال", "الخروقات مستمرة في ريف حلب"),
    ]


def test_subject_before_a_bare_verb():
    text = (
        "وخرج القس من السجن الشهر الماضي، لكن وزير الخارجية الأمريكي، مايك بومبيو، "
        "قال إن هذا ليس كافيا."
    )
    assert rows(text) == [("مايك بومبيو", "قال", "هذا ليس كافيا")]


def test_the_two_parties_speak_jointly():
    text = (
        "واستقبلت المملكة العربية السعودية وفدا من الأردن في الرياض لبحث العلاقات بين "
        "السعودية والأردن. وأكد الجانبان على أهمية العمل المشترك في مكافحة الإرهاب."
    )
    assert rows(text) == [("السعودية والأردن", "أكد", "أهمية العمل المشترك في مكافحة الإرهاب")]


def test_a_cue_inside_a_quote_is_part_of_the_content():
    text = (
        'وقال وزير الإعلام رمزي جريج عقب لقائه رئيس الحكومة "أكدت له تضامني ودعمي '
        'للمواقف التي اتخذها في مجلس الوزراء".'
    )
    assert rows(text) == [
        (
            "رمزي جريج",
            "قال",
            "أكدت له تضامني ودعمي للمواقف التي اتخذها في مجلس الوزراء",
        )
    ]


def test_a_quote_runs_over_several_sentences():
    text = (
        "وقال الرئيس الروسي فلاديمير بوتين في خطاب متلفز: «نحن بحاجة إلى قفزة نوعية. "
        "وأنا أدرك مسؤولياتي أمام المواطنين»."
    )
    assert rows(text) == [
        (
            "فلاديمير بوتين",
            "قال",
            "نحن بحاجة إلى قفزة نوعية. وأنا أدرك مسؤولياتي أمام المواطنين",
        )
    ]


def test_a_post_alone_is_its_last_holder():
    text = (
        "وقال المتحدث باسم البنتاغون بيتر كوك إن الوزيرين أجريا مكالمة هاتفية. "
        "وأضاف المتحدث أن الجانبين بحثا آليات تجنب الحوادث في الأجواء السورية."
    )
    assert rows(text)[-1] == (
        "بيتر كوك",
        "أضاف",
        "الجانبين بحثا آليات تجنب الحوادث في الأجواء السورية",
    )


def test_an_unknown_subject_gives_no_row():
    text = (
        "ورحب قادة العالم بالإعلان الكوري الشمالي. وقالت الرئيسة الكورية الجنوبية بارك "
        "إن الخطوة إيجابية. إلا أن البعض عبر عن مخاوفه من نوايا بيونغيانغ الحقيقية."
    )
    assert all(cue != "عبر" for _, cue, _ in rows(text))


def test_a_feminine_verb_finds_the_ministry_of_its_sentence():
    text = (
        "وقال وزير الخارجية اليمني خالد اليماني إن الحكومة ستواصل العمليات. "
        "جاء ذلك في بيان نشرته وزارة الخارجية اليمنية، وأوضحت أن الاتصال تناول "
        "وصول المساعدات الإنسانية إلى الحديدة."
    )
    assert rows(text)[-1] == (
        "وزارة الخارجية اليمنية",
        "أوضحت",
        "الاتصال تناول وصول المساعدات الإنسانية إلى الحديدة",
    )


def test_a_noun_object_is_the_content_of_a_stance_verb():
    text = "ونفت وزارة الخارجية الروسية هذه الاتهامات جملة وتفصيلا."
    assert rows(text) == [("وزارة الخارجية الروسية", "نفت", "هذه الاتهامات جملة وتفصيلا")]


def test_a_manner_participle_after_a_comma_ends_the_content():
    text = (
        "وقالت رئيسة الوزراء البريطانية تيريزا ماي إن الحكومة لن تتراجع عن خطتها، "
        "موجهة انتقادات حادة إلى المعارضة العمالية."
    )
    assert rows(text) == [("تيريزا ماي", "قالت", "الحكومة لن تتراجع عن خطتها")]


def test_a_quote_ends_before_the_participle_that_follows_it():
    text = (
        'وقالت وزيرة الخارجية السويدية مارغوت فالستروم "الحل يجب أن يكون سياسيا" '
        "مضيفة أن بلادها مستعدة لاستضافة المحادثات."
    )
    assert rows(text) == [
        ("مارغوت فالستروم", "قالت", "الحل يجب أن يكون سياسيا"),
        ("مارغوت فالستروم", "مضيفة", "بلادها مستعدة لاستضافة المحادثات"),
    ]


def test_but_before_another_speaker_ends_the_content():
    text = (
        "وحذرت الأمم المتحدة من كارثة إنسانية في محافظة إدلب، لكن وزير الخارجية السوري "
        "وليد المعلم قال إن الحكومة ماضية في عمليتها."
    )
    assert rows(text) == [
        ("الأمم المتحدة", "حذرت", "كارثة إنسانية في محافظة إدلب"),
        ("وليد المعلم", "قال", "الحكومة ماضية في عمليتها"),
    ]


def test_a_post_named_again_by_its_organisation_is_its_holder():
    text = (
        "وقالت السكرتيرة الصحفية للبيت الأبيض سارة ساندرز إن الرئيس سيلتقي نظيره الصيني. "
        "وقالت المتحدثة باسم البيت الأبيض إن اللقاء سيتناول الملفات التجارية العالقة."
    )
    assert rows(text)[-1] == (
        "سارة ساندرز",
        "قالت",
        "اللقاء سيتناول الملفات التجارية العالقة",
    )


def test_an_attribution_after_ma_is_not_a_statement():
    text = "وأصيب ثلاثة أشخاص في الانفجار، حسبما أعلنت الشرطة المحلية في بيان مقتضب."
    assert rows(text) == []


def test_a_participle_takes_the_subject_of_a_non_reporting_verb():
    text = (
        "في سياق متصل، هاجم وزير الخارجية الإيراني محمد جواد ظريف، أمس، العقوبات الأمريكية، "
        "معتبرا أنها تستهدف الشعب الإيراني."
    )
    assert rows(text) == [("محمد جواد ظريف", "معتبرا", "تستهدف الشعب الإيراني")]


def test_a_relative_pronoun_refers_to_the_speaker():
    text = (
        "وأيده المندوب الروسي لدى الأمم المتحدة فاسيلي نيبينزيا الذي قال إن المدنيين "
        "يتعرضون لقصف الجماعات المسلحة."
    )
    assert rows(text) == [("فاسيلي نيبينزيا", "قال", "المدنيين يتعرضون لقصف الجماعات المسلحة")]


def test_a_relative_clause_describing_someone_is_no_statement():
    text = "واختفى الصحفي جمال خاشقجي، الذي كان ينتقد السياسات الحكومية، بعد دخوله القنصلية."
    assert rows(text) == []


def test_impersonal_formulas_are_nobodys_statement():
    text = (
        "وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت بناءة. "
        "يذكر أن الجولة السابقة من المحادثات عقدت في جنيف الشهر الماضي."
    )
    assert rows(text) == [("سيرغي لافروف", "قال", "المحادثات كانت بناءة")]


def test_a_cue_after_a_preposition_is_a_noun():
    text = "وتزامن ذلك مع نفي وزير الدفاع الأمريكي جيم ماتيس ما نقلته الصحيفة عنه."
    assert rows(text) == []


def test_a_quoted_outlet_name_is_not_the_content():
    text = (
        'وقال وزير الخارجية السعودي عادل الجبير لـ"سكاي نيوز عربية" إن المملكة لن '
        "تتهاون مع الإرهاب."
    )
    assert [(cue, position) for _, cue, position in rows(text)] == [
        ("قال", "المملكة لن تتهاون مع الإرهاب")
    ]


def test_feminine_participles_and_their_preposition():
    text = (
        "وأكدت وزيرة الخارجية الإسبانية أرانتشا غونزاليس لايا أن مدريد تدعم الحوار، "
        "لافتة إلى أن الحل يجب أن يكون أوروبيا، وداعية إلى وقف التصعيد فورا."
    )
    assert [cue for _, cue, _ in rows(text)] == ["أكدت", "لافتة", "داعية"]


def test_an_unnamed_speaker_stays_salient():
    text = (
        "وقالت وزيرة الخارجية الأسترالية جولي بيشوب إن بلادها تدعم العقوبات. "
        "وقالت مصادر دبلوماسية إن الاجتماع المقبل سيعقد في جنيف. "
        "وأضافت أن الموعد لم يحدد بعد."
    )
    assert [cue for _, cue, _ in rows(text)] == ["قالت"]


def test_related_story_lines_are_noise():
    text = (
        "وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت بناءة.\n"
        "اخترنا لكم: ترامب يقول إن الاتفاق النووي مع إيران سيء للغاية ويجب تعديله فورا\n"
        "إقرأ المزيد: لافروف يقول إن روسيا لن تسمح بأي هجوم على حلفائها في المنطقة\n"
    )
    assert rows(text) == [("سيرغي لافروف", "قال", "المحادثات كانت بناءة")]


def test_a_country_of_the_other_gender_is_the_object():
    text = "وحث الاتحاد الأوروبي الأطراف على ضبط النفس، ودعا الولايات المتحدة إلى الحوار."
    assert all(speaker != "الولايات المتحدة" for speaker, _, _ in rows(text))


def test_quoted_from_names_the_speaker_after_an():
    text = (
        "ونقلت وكالة رويترز عن وزير الخارجية المصري سامح شكري قوله إن القاهرة ترفض أي "
        "تدخل خارجي. ونقلت الوكالة عن مصدر مسؤول قوله إن الاجتماع تأجل."
    )
    assert rows(text) == [("سامح شكري", "قوله", "القاهرة ترفض أي تدخل خارجي")]


def test_the_cues_object_is_not_part_of_the_speakers_name():
    text = "وأبدى وزير الخارجية الأردني أيمن الصفدي استغرابه من القرار الإسرائيلي الأخير."
    assert rows(text) == [("أيمن الصفدي", "أبدى", "استغرابه من القرار الإسرائيلي الأخير")]


def test_a_response_verb_reports_the_answer_not_the_question():
    text = (
        "ورد وزير الخارجية الروسي سيرغي لافروف على سؤال حول العقوبات بأن موسكو لن تتراجع "
        "عن موقفها."
    )
    assert rows(text) == [("سيرغي لافروف", "رد", "موسكو لن تتراجع عن موقفها")]


def test_bil_qawl_after_a_post_and_its_holder():
    text = (
        "وعلق وزير الخارجية الروسي سيرغي لافروف على القرار بالقول إن موسكو لن تتراجع عن "
        "موقفها."
    )
    assert rows(text) == [("سيرغي لافروف", "القول", "موسكو لن تتراجع عن موقفها")]


def test_a_state_with_a_masculine_name_takes_a_feminine_verb():
    text = "أعلنت البحرين استدعاء سفيرها لدى طهران للتشاور احتجاجا على التصريحات الأخيرة."
    assert rows(text) == [
        ("البحرين", "أعلنت", "استدعاء سفيرها لدى طهران للتشاور احتجاجا على التصريحات الأخيرة")
    ]
    assert rows("ودعا الولايات المتحدة إلى رفع العقوبات المفروضة على بلاده فورا.") == []


def test_an_indirect_question_starts_after_amma():
    text = "وتساءل وزير الخارجية الروسي سيرغي لافروف عما إذا كانت واشنطن جادة في الحوار."
    assert rows(text) == [("سيرغي لافروف", "تساءل", "إذا كانت واشنطن جادة في الحوار")]
