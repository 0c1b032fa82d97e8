"""Constructions around reporting cues and the ends of what they report: a verb + بالقول is
one cue, a phrase of occasion or the statement's medium skipped by its shape, an
attribution or the narrator's participle ends the content, a participle's object is not its
speaker. Each rule: a sentence written for the test and one from a real article."""

from kg.eval.evaluate import statement_rows
from kg.pipeline.annotate import get_annotator
from kg.pipeline.annotate.model import Kind
from kg.pipeline.annotate.rules import RuleAnnotator
from kg.pipeline.extract import extract
from kg.pipeline.extract.clause import _tokenise
from kg.pipeline.extract.framing import framing_phrase, speech_medium_end, speech_nouns
from kg.pipeline.text.document import make_document

_RULES = RuleAnnotator()


def rows(text: str, annotator: str = "rules") -> list[tuple[str, str, str]]:
    chosen = _RULES if annotator == "rules" else get_annotator(annotator)
    return statement_rows(extract(chosen.annotate(make_document(text))))


def _tokens(text: str):
    return _tokenise(text, 0, len(text))


def test_speech_nouns_are_the_cues_verbal_nouns_and_media():
    nouns = speech_nouns()
    assert {"تصريح", "تصريحات", "تصريحه", "تاكيده", "اعلانها", "بيان", "بيانها"} <= nouns
    assert {"موتمر", "مقابله", "مقابلته", "مطالبته"} <= nouns
    assert "الاجتماع" not in nouns


def test_a_medium_ends_at_its_quoted_recipient():
    tokens = _tokens("في تصريحات لـ «عكاظ» النجاحات كبيرة")
    assert speech_medium_end(tokens, 0) == 6
    tokens = _tokens('في تصريحات لبرنامج "صدى الملاعب" التلفزيوني: الاتحاد')
    assert tokens[speech_medium_end(tokens, 0)][0] == ":"
    assert speech_medium_end(_tokens("في تصريح لوكالة رويترز الحرب"), 0) is None
    assert speech_medium_end(_tokens("في الاجتماع لـ «عكاظ» الحرب"), 0) is None


def test_a_framing_phrase_has_no_comma_and_is_short():
    tokens = _tokens("في الاجتماع عن سعادته")
    assert framing_phrase(tokens, 0, 2)
    assert not framing_phrase(_tokens("، في الاجتماع عن"), 0, 3)
    assert not framing_phrase(_tokens("بالتقدم الكبير عن"), 0, 2)


def test_a_verb_with_bil_qawl_is_one_cue():
    text = (
        "وقال وزير الخارجية سامي الخطيب إن المفاوضات مستمرة. وأوضح بالقول في مقابلة "
        "مع التلفزيون: «لن نقبل بأي شروط مسبقة»."
    )
    assert rows(text)[1] == ("سامي الخطيب", "أوضح بالقول", "لن نقبل بأي شروط مسبقة")
    real = (
        "وأكد الصدر رفضة لفكرة المحاصصة السياسية أو الإنفراد بتشكيل الحكومة، وأضاف بالقول "
        'إن الدعوة مفتوحة "للفضاء الوطني بعيدا عن المحاصصة ".'
    )
    annotation = _RULES.annotate(make_document(real))
    cues = [m.text for m in annotation.mentions if m.kind is Kind.CUE]
    assert "أضاف بالقول" in cues and "القول" not in cues


def test_a_phrase_of_occasion_before_the_governed_preposition():
    text = "وأعرب وزير الخارجية سامي الخطيب خلال لقائه الوفد عن قلقه من تصاعد العنف."
    assert rows(text) == [("سامي الخطيب", "أعرب", "قلقه من تصاعد العنف")]
    real = (
        "وعبر الرئيس هادي في الاجتماع عن سعادته بما حققته قوات الجيش الوطني والمقاومة "
        "الشعبية من انتصارات في عدن ولحج وأبين وتعز."
    )
    assert rows(real, "ner") == [
        (
            "هادي",
            "عبر",
            "سعادته بما حققته قوات الجيش الوطني والمقاومة الشعبية من انتصارات في عدن ولحج "
            "وأبين وتعز",
        )
    ]


def test_the_content_starts_after_a_medium_with_a_quoted_recipient():
    text = 'وقال وزير الخارجية سامي الخطيب في تصريح لـ"الحياة" المفاوضات وصلت إلى طريق مسدود.'
    assert rows(text) == [("سامي الخطيب", "قال", "المفاوضات وصلت إلى طريق مسدود")]
    real = (
        "وقال الشرجي في تصريحات لـ «عكاظ» النجاحات التي يحققها الجيش الوطني مدعوما "
        "بالمقاومة الشعبية كبيرة جدا."
    )
    assert rows(real, "ner") == [
        (
            "الشرجي",
            "قال",
            "النجاحات التي يحققها الجيش الوطني مدعوما بالمقاومة الشعبية كبيرة جدا",
        )
    ]


def test_an_attribution_ends_the_content():
    text = (
        "وأعلنت وزارة الدفاع الروسية سقوط طائرة مسيرة قرب الحدود، حسبما نقلت وكالة الأنباء الرسمية."
    )
    assert rows(text) == [("وزارة الدفاع الروسية", "أعلنت", "سقوط طائرة مسيرة قرب الحدود")]
    real = (
        "وطلب الرئيس الفرنسي إيمانويل ماكرون الأحد خلال اتصال هاتفي بنظيره الإيراني حسن "
        'روحاني "ممارسة الضغوط الضرورية" على النظام السوري لوقف الهجمات على السكان في '
        "الغوطة الشرقية المحاصرة، حسبما أعلن الإليزيه."
    )
    assert rows(real) == [
        (
            "إيمانويل ماكرون",
            "طلب",
            '"ممارسة الضغوط الضرورية" على النظام السوري لوقف الهجمات على السكان في '
            "الغوطة الشرقية المحاصرة",
        )
    ]


def test_the_narrators_participle_ends_the_content_without_a_comma():
    text = (
        "وقال وزير الخارجية سامي الخطيب إن المفاوضات مستمرة مع الجانب الآخر مشيرا إلى أن "
        "الجولة المقبلة ستعقد في جنيف."
    )
    assert rows(text) == [
        ("سامي الخطيب", "قال", "المفاوضات مستمرة مع الجانب الآخر"),
        ("سامي الخطيب", "مشيرا", "الجولة المقبلة ستعقد في جنيف"),
    ]
    real = (
        "وأوضح مدير المرصد رامي عبد الرحمن في اتصال بوكالة الأنباء الفرنسية أن القصف "
        'استهدف "اللواء 47 في حماة" مشيرا إلى أن الموقع المستهدف تحديدا كان "مستودع '
        'صواريخ أرض أرض".'
    )
    assert [row[1:] for row in rows(real, "ner")] == [
        ("أوضح", 'القصف استهدف "اللواء 47 في حماة"'),
        ("مشيرا", 'الموقع المستهدف تحديدا كان "مستودع صواريخ أرض أرض"'),
    ]


def test_a_participle_as_a_predicate_does_not_end_the_content():
    text = "وقال وزير المالية سامي الخطيب إن خفض الضرائب هذا العام ليس مرجحا في رأيه."
    assert rows(text)[0][2] == "خفض الضرائب هذا العام ليس مرجحا في رأيه"
    real = (
        "قال مدير المخابرات الوطنية الأميركية دان كوتس الخميس، إن من الممكن فنيا أن تتخلص "
        "كوريا الشمالية من برنامجها للأسلحة النووية خلال عام، لكنه أضاف أن حدوث ذلك ليس "
        "مرجحا."
    )
    assert rows(real, "ner")[-1][1:] == ("أضاف", "حدوث ذلك ليس مرجحا")


def test_the_actor_after_a_participle_of_demanding_is_its_object():
    text = (
        "وقال وزير الخارجية سامي الخطيب إن الحرب يجب أن تتوقف، داعيا الأمم المتحدة إلى "
        "التدخل الفوري."
    )
    assert rows(text)[1] == ("سامي الخطيب", "داعيا", "الأمم المتحدة إلى التدخل الفوري")
    real = (
        "والتقى البشير في القصر الرئاسي رئيس الآلية الأفريقية رفيعة المستوى، ثامبو امبيكي "
        "والوفد المرافق له بحضور مساعد الرئيس إبراهيم محمود، ووزير رئاسة الجمهورية صلاح "
        "ونسي.\nوقال أمبيكي في تصريحات صحفية: إنه تناول مع البشير قضايا الحوار الوطني بجانب "
        "تنفيذ اتفاقيات التعاون الموقعة بين السودان ودولة جنوب السودان داعياً اللجنة "
        "السياسية الأمنية العليا المشتركة بين الدولتين لاستئناف التفاوض بشأن التوافق على خط "
        "الصفر بين البلدين، وإقامة المنطقة العازلة منزوعة السلاح."
    )
    assert rows(real, "ner") == [
        (
            "ثامبو امبيكي",
            "قال",
            "إنه تناول مع البشير قضايا الحوار الوطني بجانب تنفيذ اتفاقيات التعاون الموقعة "
            "بين السودان ودولة جنوب السودان",
        ),
        (
            "ثامبو امبيكي",
            "داعياً",
            "اللجنة السياسية الأمنية العليا المشتركة بين الدولتين لاستئناف التفاوض بشأن "
            "التوافق على خط الصفر بين البلدين، وإقامة المنطقة العازلة منزوعة السلاح",
        ),
    ]


def test_a_relative_clause_closed_by_its_own_verb_leaves_the_cue_to_the_main_clause():
    text = "وعن الأسئلة التي طرحها الصحفيون قال وزير الدفاع سامي الخطيب: «الجيش مستعد للحرب»."
    assert rows(text) == [("سامي الخطيب", "قال", "الجيش مستعد للحرب")]
    real = (
        "كشف قائد الجبهة الغربية لمحافظة تعز العميد يوسف الشرجي عن طبيعة النجاحات التي "
        "يحققها الجيش الوطني في مواجهة الحوثيين.\n"
        "وعن طبيعة التحديات التي تواجههم قال: «ميدانيا المنطقة الغربية لمدينة تعز واسعة "
        "وجبلية»، مؤكدا بأن المفاجآت كبيرة جدا."
    )
    assert [row[1:] for row in rows(real, "ner")][1:] == [
        ("قال", "ميدانيا المنطقة الغربية لمدينة تعز واسعة وجبلية"),
        ("مؤكدا", "المفاجآت كبيرة جدا"),
    ]


def test_fima_before_a_verb_with_an_object_pronoun_is_a_relative():
    text = "وقال وزير الدفاع سامي الخطيب إن الجيش وجد صعوبات كبيرة فيما واجهه في الجبال."
    assert rows(text) == [("سامي الخطيب", "قال", "الجيش وجد صعوبات كبيرة فيما واجهه في الجبال")]
    real = (
        "وقال المدرب كوزمين أولاريو إنه جاء للاتحاد في وقت سيئ، وأنه وجد فرقاً كبيراً فيما "
        "وجده وما كان يظنه قبل تدريب الفريق."
    )
    assert rows(real, "ner")[0][2].endswith("فيما وجده وما كان يظنه قبل تدريب الفريق")


def test_every_verb_of_a_noun_phrase_class_takes_a_noun_phrase():
    text = "وكان وزير الخارجية سامي الخطيب قد اقترح هدنة شاملة في المدينة."
    assert rows(text) == [("سامي الخطيب", "اقترح", "هدنة شاملة في المدينة")]
    real = (
        "وكانت روسيا قد اقترحت وقفا يوميا لإطلاق النار في المنطقة التي تعرض للقصف بشدة، "
        "لكن الجيش الروسي قال إن مسلحي المعارضة منعوا السكان المحليين من المغادرة."
    )
    assert rows(real, "ner")[0] == (
        "روسيا",
        "اقترحت",
        "وقفا يوميا لإطلاق النار في المنطقة التي تعرض للقصف بشدة",
    )
