"""Words between a speaker and the content, and where a quoted content ends (issue 15
classes 5 and 6, round 8): titles of address before a subject that opens its clause, an
apposition or relative clause set off by commas after the speaker, a phrase of occasion set
off by commas before the preposition the cue governs, the narrator's relative clause after
a quoted clause. Each rule has a sentence written for the test and one real sentence (from
the unannotated corpus; the corpus is never scored)."""

from statement_rows import checked_rows as rows

from kg.eval.evaluate import statement_rows
from kg.pipeline.annotate import get_annotator
from kg.pipeline.extract import extract
from kg.pipeline.extract.clause import tokens_between
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.framing import closing_comma
from kg.pipeline.text.document import make_document


def ner_rows(text: str) -> list[tuple[str, str, str]]:
    """Statement rows of `text` read by the default annotator (rules + the name tagger)."""
    annotation = get_annotator("ner").annotate(make_document(text))
    return statement_rows(extract(annotation))


def test_an_honorific_opens_the_subject_before_its_verb():
    text = "لكن الشيخ محمد بن راشد أكد أن الاقتصاد ينمو بسرعة كبيرة."
    assert rows(text) == [("محمد بن راشد", "أكد", "الاقتصاد ينمو بسرعة كبيرة")]


def test_an_honorific_opens_the_subject_before_its_verb_real():
    # corpus ant-alarabia-internationalNews-940, paragraph 8
    text = (
        "وكان الشيخ سلطان بن سحيم أشار في تغريدات، الأحد، إلى ضعف تمثيل الدوحة وعزلتها في "
        "القمة العربية التي انعقدت في مدينة #الظهران السعودية، الأحد، وركزت على وضعية "
        "مدينة #القدس."
    )
    assert rows(text) == [
        (
            "سلطان بن سحيم",
            "أشار",
            "ضعف تمثيل الدوحة وعزلتها في القمة العربية التي انعقدت في مدينة #الظهران "
            "السعودية، الأحد، وركزت على وضعية مدينة #القدس",
        )
    ]


def test_an_honorific_before_a_name_and_a_participle_is_not_its_subject():
    # corpus ant-cnn-middleEast-498: the prince is the object of the reply, not its speaker
    text = (
        "ورد المتحدث باسم الخارجية الإيرانية بهرام قاسمي على تصريحات الأمير محمد بن سلمان، "
        'قائلا إن "شغف ولي العهد السعودي بالسلطة قد تخطى حدوده".'
    )
    assert all(speaker != "محمد بن سلمان" for speaker, _, _ in rows(text))


def test_a_relative_clause_set_off_by_commas_before_the_content():
    text = (
        "وقال وزير الخارجية أحمد علي، الذي عاد أمس من باريس بعد زيارة استمرت ثلاثة أيام، "
        "للصحفيين إن المفاوضات ستستأنف قريبا."
    )
    assert rows(text) == [("أحمد علي", "قال", "المفاوضات ستستأنف قريبا")]


def test_a_relative_clause_set_off_by_commas_before_the_content_real():
    # corpus ant-alarabia-internationalNews-37, paragraph 3
    text = (
        "وقال المتحدث باسم البيت الأبيض، جوش رافل، الذي يعمل مع جاريد كوشنر، صهر الرئيس "
        'دونالد ترمب، والمكلف هذا الملف، إن التصريحات بأن هذه النقاشات جارية "مغلوطة"، '
        'مشيراً إلى أن "الولايات المتحدة وإسرائيل لم تناقشا أبداً مثل هذا الاقتراح".'
    )
    assert rows(text) == [
        ("جوش رافل", "قال", 'التصريحات بأن هذه النقاشات جارية "مغلوطة"'),
        ("جوش رافل", "مشيراً", "الولايات المتحدة وإسرائيل لم تناقشا أبداً مثل هذا الاقتراح"),
    ]


def test_an_occasion_set_off_by_commas_before_the_governed_preposition():
    text = (
        "وندد وزير الخارجية أحمد علي، لدى استقباله السفير الفرنسي في مكتبه، بالهجوم على "
        "القافلة الإنسانية."
    )
    assert rows(text) == [("أحمد علي", "ندد", "الهجوم على القافلة الإنسانية")]


def test_a_name_spelt_like_the_preposition_does_not_close_the_occasion_real():
    # corpus ant-alarabia-internationalNews-1369, paragraph 2: علي is the ambassador's name
    text = (
        "وشدد وزير الدفاع السوداني، الفريق أول عوض محمد أحمد بن عوف، لدى استقباله السفير "
        "السعودي في الخرطوم، علي بن حسن جعفر، على أن موقف السودان ثابت تجاه تحالف دعم "
        "الشرعية."
    )
    assert rows(text) == [
        ("عوض محمد أحمد بن عوف", "شدد", "موقف السودان ثابت تجاه تحالف دعم الشرعية")
    ]


def test_a_relative_clause_after_a_quoted_clause_is_the_narrators():
    text = 'وقال وزير الخارجية أحمد علي "المفاوضات ستستأنف قريبا مع الجانب" الذي رفض ذلك.'
    assert rows(text) == [("أحمد علي", "قال", "المفاوضات ستستأنف قريبا مع الجانب")]


def test_a_relative_clause_after_a_quoted_clause_is_the_narrators_real():
    # corpus ant-france24-internationalNews-1750, paragraph 4 (the speaker's post added)
    text = (
        'وقال المستشار الاقتصادي لاري كادلو "لا يمكن وضع ترامب في موقف ضعف قبيل المحادثات '
        'مع الكوريين الشماليين" التي ستجري الثلاثاء في سنغافورة.'
    )
    assert rows(text) == [
        (
            "لاري كادلو",
            "قال",
            "لا يمكن وضع ترامب في موقف ضعف قبيل المحادثات مع الكوريين الشماليين",
        )
    ]


def test_a_relative_clause_after_a_quoted_object_is_part_of_it_real():
    # corpus ant-france24-middleEast-388, paragraph 9: what was denied is the whole phrase
    text = (
        'في المقابل، نفى وزير الخارجية الإيراني محمد جواد ظريف "الاتهامات الكاذبة" التي '
        "ساقها الاثنين رئيس الوزراء الإسرائيلي بنيامين نتانياهو ضد طهران."
    )
    assert rows(text) == [
        (
            "محمد جواد ظريف",
            "نفى",
            '"الاتهامات الكاذبة" التي ساقها الاثنين رئيس الوزراء الإسرائيلي بنيامين '
            "نتانياهو ضد طهران",
        )
    ]


def test_a_time_clause_without_a_comma_is_the_speakers():
    text = (
        "وأشار وزير الخارجية أحمد علي إلى هروب الكثير من المسؤولين بعدما أدينوا بالاختلاس، "
        "وقال إن القضاء سيلاحقهم."
    )
    assert rows(text) == [
        ("أحمد علي", "أشار", "هروب الكثير من المسؤولين بعدما أدينوا بالاختلاس"),
        ("أحمد علي", "قال", "القضاء سيلاحقهم"),
    ]


def test_a_time_clause_without_a_comma_is_the_speakers_real():
    # corpus ant-skynews-middleEast-2245, paragraph 1
    text = (
        "أعلن وزير الداخلية الألماني هورست سيهوفر، الجمعة، أن المشتبه به الرئيس في قتل فتاة "
        "في الـ14 من العمر في ألمانيا، أوقف في العراق بعدما فر إليه."
    )
    assert rows(text) == [
        (
            "هورست سيهوفر",
            "أعلن",
            "المشتبه به الرئيس في قتل فتاة في الـ14 من العمر في ألمانيا، أوقف في العراق "
            "بعدما فر إليه",
        )
    ]


def test_a_time_clause_after_a_comma_or_with_a_cue_is_the_narrators():
    text = (
        "وقال وزير الخارجية أحمد علي إن التصعيد قد يؤدي إلى نزاع بعدما أعلنت إيران خطة "
        "جديدة. وأكد الوزير أن الحوار ممكن، بعدما فرضت واشنطن عقوبات جديدة."
    )
    assert rows(text) == [
        ("أحمد علي", "قال", "التصعيد قد يؤدي إلى نزاع"),
        ("إيران", "أعلنت", "خطة جديدة"),
        ("أحمد علي", "أكد", "الحوار ممكن"),
    ]


def test_wa_dhalika_before_a_time_clause_is_the_narrators_real():
    # corpus ant-skynews-middleEast-2245, paragraph 2 (the speaker's name for the post)
    text = (
        'وقال وزير الداخلية الألماني هورست سيهوفر إن علي بشار "أوقف حوالى الساعة الثانية '
        'صباحا من قبل قوات الأمن الكردية في شمال العراق"، وذلك بعدما أثار فراره استياء '
        "وتساؤلات بشأن الإهمال من قبل جهازي الشرطة والهجرة."
    )
    assert rows(text) == [
        (
            "هورست سيهوفر",
            "قال",
            'علي بشار "أوقف حوالى الساعة الثانية صباحا من قبل قوات الأمن الكردية في شمال العراق"',
        )
    ]


def test_a_subject_before_its_verb_with_an_apposition_between_commas():
    text = "وكان أحمد علي، المتحدث باسم وزارة الخارجية، قال الأربعاء إن المفاوضات ستستأنف قريبا."
    assert rows(text) == [("أحمد علي", "قال", "المفاوضات ستستأنف قريبا")]


def test_a_subject_before_its_verb_with_an_apposition_between_commas_real():
    # corpus ant-skynews-middleEast-173, paragraph 6; the name is the tagger's (annotator ner)
    text = (
        "وكان روبرت وود، السفير الأميركي لشؤون نزع الأسلحة لدى مؤتمر نزع السلاح الذي أقيم "
        "تحت رعاية الأمم المتحدة في جنيف، قال الأربعاء، إن هناك تاريخا من العلاقات بين "
        "الدولتين فيما يتعلق بنشاط الصواريخ."
    )
    assert ner_rows(text) == [
        (
            "روبرت وود",
            "قال",
            "هناك تاريخا من العلاقات بين الدولتين فيما يتعلق بنشاط الصواريخ",
        )
    ]


def test_closing_comma_ends_a_phrase_set_off_by_commas_unless_the_content_begins():
    """`framing.closing_comma`, the one scan behind an apposition after the speaker and an
    occasion phrase between commas: the index after the closing comma, else None."""
    text = "، مؤسس شركة فيسبوك، مجلس الشيوخ أن ، إن الحل قريب ، ،"
    annotation = get_annotator("rules").annotate(make_document(text))
    tokens = tokens_between(Context(annotation), 0, len(text))
    assert [t[0] for t in tokens[:5]] == ["،", "مؤسس", "شركة", "فيسبوك", "،"]
    assert closing_comma(tokens, 1, len(tokens)) == 5  # after `، مؤسس شركة فيسبوك،`
    assert closing_comma(tokens, 1, 4) is None  # no comma within the phrase's length
    assert closing_comma(tokens, 5, len(tokens)) is None  # أن: the content has begun
    assert closing_comma(tokens, 12, len(tokens)) is None  # a comma at once: no phrase
    assert closing_comma(tokens, 1, len(tokens), [tokens[2][1]]) is None  # another cue


# -- positions._on_the_speaker: `X، وهو متحدث باسم ...، إن` ---------------------------


def test_a_clause_on_the_speaker_is_skipped_before_the_content():
    text = (
        "وقال خالد العمر، وهو مسؤول في البلدية التي تدير المدينة منذ سنوات طويلة، إن الطريق خطير."
    )
    assert rows(text) == [("خالد العمر", "قال", "الطريق خطير")]
    text = "وقال خالد العمر وهو مسؤول في البلدية التي تدير المدينة منذ سنوات طويلة إن الطريق خطير."
    assert rows(text) == [("خالد العمر", "قال", "الطريق خطير")]


def test_a_clause_on_the_speaker_real_sentence():
    # ant-france24-internationalNews-1411 (corpus)
    text = (
        "أعلنت نعيمة القلاف، وهي محامية من هيئة الدفاع عن زعيم حركة الاحتجاج في منطقة الريف "
        "بشمال المغرب ناصر الزفزافي، أن موكلها بدأ الأربعاء إضرابا مفتوحا عن الطعام."
    )
    assert rows(text) == [("نعيمة القلاف", "أعلنت", "موكلها بدأ الأربعاء إضرابا مفتوحا عن الطعام")]


def test_a_medium_with_via_set_off_by_commas_before_the_content():
    # round 11 (gap11): عبر is "via" here, not the cue عبّر عن; the content follows إن
    text = (
        "وقال الوزير محمد العلي، عبر تغريدة على تويتر، الخميس، إن الحكومة ستفتح تحقيقا في الحادث."
    )
    assert rows(text) == [("محمد العلي", "قال", "الحكومة ستفتح تحقيقا في الحادث")]


def test_a_medium_with_via_set_off_by_commas_before_the_content_real():
    # corpus ant-bbc-middleEast-1076, paragraph 3
    text = (
        "وقال الرئيس السوري بشار الأسد، عبر وسائل التواصل الاجتماعي، إن العفو يشمل جميع "
        "العقوبات المتعلقة بالفرار من الخدمة داخل وخارج سوريا."
    )
    assert ner_rows(text) == [
        (
            "بشار الأسد",
            "قال",
            "العفو يشمل جميع العقوبات المتعلقة بالفرار من الخدمة داخل وخارج سوريا",
        )
    ]


def test_express_with_its_preposition_before_a_complementiser_stays_a_cue():
    text = "وعبر الوزير محمد العلي عن أمله، في بيان، أن تنتهي الأزمة قريبا."
    assert [cue for _, cue, _ in rows(text)] == ["عبر"]
