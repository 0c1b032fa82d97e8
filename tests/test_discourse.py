"""The document-level discourse model (kg/pipeline/extract/discourse.py): who is meant by an
implicit cue or a referring phrase. Each behaviour has a sentence written for the test and
one real sentence (from fold B of the dev articles, or from the unannotated corpus when fold
B has none; the corpus is never scored)."""

from statement_rows import ANNOTATOR, checked_rows

from kg.eval.evaluate import statement_rows
from kg.pipeline.annotate import get_annotator
from kg.pipeline.annotate.model import Kind
from kg.pipeline.extract import extract
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.discourse import Speakers
from kg.pipeline.extract.roles import extract_roles
from kg.pipeline.extract.sentence_subjects import speech_owner
from kg.pipeline.text.document import make_document

_ANNOTATOR = ANNOTATOR


rows = checked_rows


def referent(text: str, ref: str) -> str | None:
    """The label of whom the first referring word of kind `ref` in `text` means (the roles
    of the text read first, as in `extract`)."""
    ctx = Context(_ANNOTATOR.annotate(make_document(text)))
    extract_roles(ctx)
    references = [m for m in ctx.mentions if m.kind is Kind.REFERENCE and m.attrs.get("ref") == ref]
    entity, _end = Speakers(ctx).referent(references[0])
    return entity.label if entity is not None else None


# Implicit speaker across paragraphs


def test_implicit_cue_in_a_new_paragraph_takes_the_last_speaker():
    text = (
        "وقال وزير الخارجية الأمريكي جون كيري إن المحادثات مع طهران بلغت مرحلة حاسمة.\n"
        "وتراجعت أسعار النفط بعد الإعلان عن الاتفاق.\n"
        "وأضاف أن فريق التفاوض سيعود إلى فيينا الأسبوع المقبل."
    )
    assert rows(text)[-1] == ("جون كيري", "أضاف", "فريق التفاوض سيعود إلى فيينا الأسبوع المقبل")


def test_implicit_cue_in_a_new_paragraph_real():
    # ar-news-024, paragraphs 6 and 7
    text = (
        'وقال مدير المرصد السوري رامي عبد الرحمن "خرجت 85 حافلة على متنها نحو أربعة آلاف '
        "شخص من مقاتلين ومدنيين بعد منتصف الليل من الغوطة الشرقية، وهي في طريقها حاليا إلى "
        'منطقة الباب في شمال سوريا".\n'
        'وأضاف "غالبية مقاتلي جيش الإسلام خرجوا من دوما في أربع دفعات منذ أيام".'
    )
    assert rows(text)[-1] == (
        "رامي عبد الرحمن",
        "أضاف",
        "غالبية مقاتلي جيش الإسلام خرجوا من دوما في أربع دفعات منذ أيام",
    )


def test_nobody_when_the_last_subject_that_agrees_could_not_be_named():
    text = (
        "وقال وزير الخارجية الأمريكي جون كيري إن المحادثات بلغت مرحلة حاسمة.\n"
        "وقال مسؤول رفيع إن الخلافات ما زالت قائمة.\n"
        "وأضاف أن الجولة المقبلة ستعقد في فيينا."
    )
    assert [r[0] for r in rows(text)] == ["جون كيري"]


# Gender agreement between two people on stage


def test_gender_of_the_cue_chooses_between_two_people():
    text = (
        "قالت المستشارة الألمانية أنغيلا ميركل إن أوروبا تحتاج إلى سياسة هجرة مشتركة.\n"
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن باريس تدعم هذا التوجه.\n"
        "وأضافت أن القمة المقبلة ستبحث توزيع اللاجئين."
    )
    assert rows(text)[-1] == ("أنغيلا ميركل", "أضافت", "القمة المقبلة ستبحث توزيع اللاجئين")


def test_gender_of_the_latter_chooses_between_two_people():
    text = (
        "التقت رئيسة الوزراء البريطانية تيريزا ماي الرئيس المصري عبد الفتاح السيسي في "
        "القاهرة. وقالت الأخيرة إن لندن تدعم الاستثمار في مصر."
    )
    assert rows(text) == [("تيريزا ماي", "قالت", "لندن تدعم الاستثمار في مصر")]
    masculine = text.replace("وقالت الأخيرة", "وقال الأخير")
    assert rows(masculine)[0][0] == "عبد الفتاح السيسي"


# نظيره: the counterpart


def test_counterpart_is_the_holder_of_the_same_post_in_the_other_country():
    text = (
        "التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف في جنيف. "
        "وقال كيري إن المحادثات كانت بناءة. "
        "وقال نظيره الروسي إن موسكو تريد وقفا دائما لإطلاق النار."
    )
    assert rows(text)[-1] == ("سيرغي لافروف", "قال", "موسكو تريد وقفا دائما لإطلاق النار")


def test_counterpart_nobody_named_is_nobody():
    text = (
        "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن بلاده لن تسمح بذلك. "
        "من جهته، قال نظيره البريطاني إن الاتفاق النووي ما زال قائما."
    )
    assert [r[0] for r in rows(text)] == ["بنيامين نتنياهو"]


def test_counterpart_named_right_after_is_that_name_real():
    # corpus ant-france24-middleEast-480
    text = (
        "وعلى العكس قال نظيرها الفرنسي فرانسوا دولاتر إن الرد الإسرائيلي كان "
        '"غير متناسب وغير ملائم".'
    )
    assert referent(text, "counterpart") == "فرانسوا دولاتر"


# المتحدث: the spokesperson on stage


def test_the_spokesperson_is_the_one_named_earlier():
    text = (
        "وقال المتحدث باسم البنتاغون بيتر كوك إن الوزيرين أجريا مكالمة هاتفية.\n"
        "وأضاف المتحدث أن الجانبين بحثا آليات تجنب الحوادث."
    )
    assert rows(text)[-1] == ("بيتر كوك", "أضاف", "الجانبين بحثا آليات تجنب الحوادث")


def test_the_spokesperson_never_named_is_nobody_real():
    # corpus ant-alarabia-internationalNews-1127, paragraphs 5 and 6
    text = (
        'وقال متحدث باسم وكالة الطاقة الذرية "استقال السيد تيرو فارخورانتا على أن يسري '
        'ذلك من 11 مايو 2018".\n'
        'وأضاف المتحدث "سوف يستمر تنفيذ أنشطة الضمانات بطريقة احترافية للغاية".'
    )
    assert rows(text) == []


# الوزارة: the ministry on stage


def test_the_ministry_is_the_last_one_named():
    text = (
        "أصدرت وزارة الخارجية الروسية بيانا حول الأزمة. "
        "وقالت الوزارة إن موسكو تدين الهجوم على القافلة."
    )
    assert rows(text) == [("وزارة الخارجية الروسية", "قالت", "موسكو تدين الهجوم على القافلة")]


def test_the_ministry_real():
    # corpus ant-cnn-internationalNews-102, its first two sentences shortened
    text = (
        "ذكرت وزارة الدفاع الروسية أن طائرة مقاتلة من طراز ميغ-31 قامت بتدريبات قتالية. "
        'وقالت الوزارة إنه نظرا لخصائص الطيران المرتفعة لطائرة "ميج 31" فإنها قادرة على '
        "اعتراض الأهداف."
    )
    assert [r[0] for r in rows(text)] == ["وزارة الدفاع الروسية", "وزارة الدفاع الروسية"]


# الأخير: the latter


def test_the_latter_is_the_last_person_named():
    text = (
        "استقبل العاهل الأردني الملك عبدالله الثاني وزير الخارجية الأمريكي مايك بومبيو في "
        "عمان. وأكد الأخير أن واشنطن ملتزمة بأمن المنطقة."
    )
    assert rows(text)[-1] == ("مايك بومبيو", "أكد", "واشنطن ملتزمة بأمن المنطقة")


def test_the_latter_real():
    # corpus snn-aawsat-2015-08-09-109 (two sentences apart in the article)
    text = (
        "ومن بين هؤلاء سعود محسن حسن، نائب زعيم التنظيم أبو بكر البغدادي، الذي كان رائدًا في "
        "جيش صدام. والاثنان كانا في سجن «بوكا» الأميركي في البصرة، حيث كان البغدادي معتقلاً "
        "أيضا. واستقطب الأخير رفاقه السابقين، وولى 12 منهم على «ولايات» التنظيم."
    )
    assert referent(text, "latter") == "أبو بكر البغدادي"


# The sentence's own answers come before the last speaker


def test_cue_joined_by_wa_shares_the_opening_subject():
    text = (
        "وقال وزير الخارجية الأمريكي جون كيري إن العقوبات ستبقى.\n"
        "وانتقدت روسيا العقوبات الأمريكية الجديدة بشدة، وقالت إنها ستضر بالعلاقات بين البلدين."
    )
    assert rows(text)[-1] == ("روسيا", "قالت", "ستضر بالعلاقات بين البلدين")


def test_cue_joined_by_wa_shares_the_opening_subject_real():
    # ar-news-019, paragraph 18 (an organisation; the person after على is governed)
    text = (
        "وألقت فيسبوك باللوم على كوغان، وقالت إنه رغم حصوله على موافقة المستخدمين للدخول "
        "إلى بياناتهم للمشاركة في التطبيق الخاص به، إلا أنه أساء استغلال هذه البيانات "
        "وباعها مخالفا سياسة الشركة."
    )
    assert [r[:2] for r in rows(text)] == [("فيسبوك", "قالت")]


def test_another_actor_between_leaves_the_opening_subject_out():
    text = (
        "وقال وزير الخارجية الأمريكي جون كيري إن العقوبات ستبقى.\n"
        "وفرضت روسيا رسوما على البضائع التي صدرتها واشنطن، وقالت إنها ستضر بالعلاقات."
    )
    assert [r[0] for r in rows(text)] == ["جون كيري"]


def test_a_sentence_about_someones_statement_is_about_its_owner():
    text = (
        "وقال وزير الخارجية الأمريكي جون كيري إن المحادثات صعبة.\n"
        "وجاءت تصريحات وزير الخارجية الإيراني محمد جواد ظريف في طهران أمس، حيث قال إن "
        "بلاده منفتحة على الحوار."
    )
    assert rows(text)[-1] == ("محمد جواد ظريف", "قال", "بلاده منفتحة على الحوار")


def test_a_sentence_about_someones_statement_real():
    # ar-news-026, paragraph 2: the owner, not the minister he met (the last name)
    text = (
        "تصريحات المرجع الشهير آية الله عبدالله جوادي آملي جاءت خلال لقائه وزير العمل "
        'الإيراني علي ربيعي في مدينة قم، حيث قال: "لو انتفض الشعب سليقي بنا جميعاً في البحر".'
    )
    extraction = extract(get_annotator("ner").annotate(make_document(text)))
    speakers = [r[0] for r in statement_rows(extraction)]
    assert len(speakers) == 1 and speakers[0].startswith("عبدالله جوادي آملي")


def test_a_statement_noun_after_a_preposition_is_someone_elses():
    text = "وردا على تصريحات الرئيس الإيراني حسن روحاني في طهران أضاف أن واشنطن لن تتراجع."
    ctx = Context(_ANNOTATOR.annotate(make_document(text)))
    extract_roles(ctx)
    sentence = ctx.sentences()[0]
    assert speech_owner(ctx, sentence, text.index("أضاف")) is None
    owned = text.replace("وردا على تصريحات", "وجاءت تصريحات")
    ctx = Context(_ANNOTATOR.annotate(make_document(owned)))
    extract_roles(ctx)
    found = speech_owner(ctx, ctx.sentences()[0], owned.index("أضاف"))
    assert found is not None and found.label == "حسن روحاني"


def test_hayth_takes_the_subject_of_the_opening_verb():
    text = (
        "وقال وزير الخارجية الأمريكي جون كيري إن المحادثات صعبة.\n"
        "وأطلق وزير الخارجية البريطاني بوريس جونسون وصفا مثيرا على الخطة الأوروبية، حيث "
        "قال إن بلاده لن تقبل بها."
    )
    assert rows(text)[-1] == ("بوريس جونسون", "قال", "بلاده لن تقبل بها")


# A name's tail names the person again


def test_the_tail_of_a_name_on_stage_names_that_person():
    text = (
        "وقال المتحدث باسم الجيش الليبي أحمد عبد الكريم إن القوات تقدمت.\n"
        "وقال عبد الكريم إن المعارك ستستمر أياما."
    )
    assert rows(text)[-1] == ("أحمد عبد الكريم", "قال", "المعارك ستستمر أياما")


def test_the_tail_of_a_name_on_stage_real():
    # ar-news-024, paragraphs 6 and 9
    text = (
        'وقال مدير المرصد السوري رامي عبد الرحمن "خرجت 85 حافلة على متنها نحو أربعة آلاف '
        'شخص من مقاتلين ومدنيين بعد منتصف الليل من الغوطة الشرقية".\n'
        'وقال عبد الرحمن "من المرجح أن تنتهي عملية الإجلاء قبل دخول خبراء منظمة حظر '
        'الأسلحة الكيميائية".'
    )
    assert [r[:2] for r in rows(text)] == [("رامي عبد الرحمن", "قال")] * 2


# A definite post with no holder: the person on stage in that post


def test_a_definite_post_as_a_participles_subject_is_its_holder_on_stage():
    text = (
        "وقال وزير الخارجية المصري سامح شكري إن القاهرة تتابع القضية.\n"
        "ونشر الوزير المصري صورة على حسابه في تويتر، قائلا إن الحوار هو الحل الوحيد."
    )
    assert rows(text)[-1] == ("سامح شكري", "قائلا", "الحوار هو الحل الوحيد")


def test_a_definite_post_as_a_participles_subject_real():
    # ar-news-020, paragraphs 1 and 8
    text = (
        "قالت السلطات المصرية إن نظيرتها الإيطالية أبلغتها بأنها تدرس وضع الدكتور محمد "
        "محسوب وزير الشؤون القانونية في حكومة الرئيس المصري المعزول محمد مرسي.\n"
        "ونشر الوزير المصري السابق تغريدة على حسابه على موقع التواصل الاجتماعي تويتر، الخميس "
        'قائلا: "الشرطة الإيطالية تحتجزني منذ 3 ساعات قرب مدينة كاتانيا بطلب من السلطة '
        'المصرية لتسليمي، وترفض الإفصاح عن التهم الموجهة لي."'
    )
    assert ("محمد محسوب", "قائلا") in [r[:2] for r in rows(text)]


def test_a_definite_post_nobody_held_is_nobody():
    text = "ونشر الوزير المصري صورة على حسابه في تويتر، قائلا إن الحوار هو الحل الوحيد."
    assert rows(text) == []


# A speaker introduced as one of a group, named in the next sentence


def test_one_of_a_group_named_in_the_next_sentence():
    text = (
        "وأكد أحد الخبراء الاقتصاديين، أن أسعار النفط سترتفع خلال الشتاء. "
        "وكان الخبير الاقتصادي محمد العريان قد توقع ذلك في مقال نشره الشهر الماضي."
    )
    assert rows(text)[0] == ("محمد العريان", "أكد", "أسعار النفط سترتفع خلال الشتاء")


def test_one_of_a_group_nobody_named_is_nobody():
    text = (
        "وأكد أحد الخبراء الاقتصاديين، أن أسعار النفط سترتفع خلال الشتاء. "
        "وتراجعت الأسعار في الأسواق الآسيوية أمس."
    )
    assert rows(text) == []


def test_one_of_a_group_named_in_the_next_sentence_real():
    # ar-news-026, paragraphs 1 and 2 (the default annotator: the name after آية الله)
    text = (
        "حذر أحد المراجع الشيعية الكبرى في قم، من اندلاع انتفاضة شعبية جديدة في إيران قد "
        "تطيح بالنظام، مشيرا إلى الفساد في السلطة، وتفشي الفقر والبطالة.\n"
        "تصريحات المرجع الشهير آية الله عبدالله جوادي آملي جاءت خلال لقائه وزير العمل "
        'الإيراني علي ربيعي في مدينة قم، حيث قال: "لو انتفض الشعب سليقي بنا جميعاً في البحر".'
    )
    extraction = extract(get_annotator("ner").annotate(make_document(text)))
    found = [(r[0].split()[:3], r[1], r[2]) for r in statement_rows(extraction)]
    name = ["عبدالله", "جوادي", "آملي"]
    assert found[:2] == [
        (name, "حذر", "اندلاع انتفاضة شعبية جديدة في إيران قد تطيح بالنظام"),
        (name, "مشيرا", "الفساد في السلطة، وتفشي الفقر والبطالة"),
    ]


# A cue joined to its sentence's first clause shares that clause's subject


def test_cue_with_attached_fa_takes_the_subject_of_the_opening_verb():
    text = (
        "وقال وزير الخارجية الأمريكي جون كيري إن المحادثات مستمرة.\n"
        "وزار الرئيس الفرنسي إيمانويل ماكرون مدينة الموصل أمس فقال إن المدينة ستنهض من جديد."
    )
    assert rows(text)[-1] == ("إيمانويل ماكرون", "قال", "المدينة ستنهض من جديد")


def test_cue_with_attached_fa_takes_the_subject_of_the_opening_verb_real():
    # ar-news-017, paragraphs 9 and 10 (the closing quote trimmed)
    text = (
        "وقبل الجولة الخليجية قال ظريف في بيان نشر على موقع الوزارة على الانترنت مساء يوم "
        "الجمعة إن طهران ستواصل دعمها لحلفائها في سوريا والعراق.\n"
        "وردد الرئيس الايراني حسن روحاني هذه الرسالة في خطاب ألقاه اليوم الأحد خلال زيارة "
        "لاقليم كردستان الايراني فقال “الشعب الايراني يدعم كل الشعوب المقهورة”."
    )
    assert rows(text)[-1] == ("حسن روحاني", "قال", "الشعب الايراني يدعم كل الشعوب المقهورة")


# A negated verb of doubt: لم يستبعد (did not rule out) states a position


def test_a_negated_verb_of_doubt_has_its_speaker_after_it():
    text = "ولم تستبعد رئيسة الوزراء البريطانية تيريزا ماي إجراء انتخابات مبكرة."
    assert rows(text) == [("تيريزا ماي", "تستبعد", "إجراء انتخابات مبكرة")]


def test_a_negated_verb_of_doubt_has_its_speaker_after_it_real():
    # corpus ant-bbc-internationalNews-869, paragraphs 28 and 29 (shortened)
    text = (
        "وقال رئيس الوزراء الباكستاني المقبل عمران خان إن حزبه سيشكل الحكومة.\n"
        "ولم يستبعد خان تشكيل حكومة ائتلافية إذا لم يفز أي حزب بالأغلبية."
    )
    assert rows(text)[-1] == (
        "عمران خان",
        "يستبعد",
        "تشكيل حكومة ائتلافية إذا لم يفز أي حزب بالأغلبية",
    )


def test_a_negated_announcement_states_nothing():
    text = "ولم تعلن وزارة الخارجية الروسية الإجراءات التي قد تتخذها."
    assert rows(text) == []


# Honorific pronouns: سموه، معاليه، جلالته mean the person introduced with that honorific


def test_an_honorific_pronoun_means_the_person_named_with_that_honorific():
    text = (
        "استقبل صاحب السمو الملكي الأمير فيصل بن بندر أمير منطقة الرياض وزير الصحة "
        "المهندس خالد الفالح.\n"
        "وأكد سموه أن المنطقة ستحصل على مستشفيات جديدة."
    )
    assert rows(text)[-1] == ("فيصل بن بندر", "أكد", "المنطقة ستحصل على مستشفيات جديدة")


def test_an_honorific_pronoun_means_the_person_named_with_that_honorific_real():
    # corpus snn-3alyoum-2015-07-24-339, paragraphs 1 and 4 (shortened)
    text = (
        "تفقد صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية "
        "اليوم, المصابين جراء العملية الإرهابية, بحضور معالي وزير الصحة المهندس خالد "
        "الفالح, وذلك بمستشفى القطيف والدمام المركزي.\n"
        "وأضاف سموه أن أبناءنا وإخواننا المصابين يتمتعون بمعنويات عالية."
    )
    assert rows(text)[-1] == (
        "سعود بن نايف بن عبدالعزيز",
        "أضاف",
        "أبناءنا وإخواننا المصابين يتمتعون بمعنويات عالية",
    )


def test_an_honorific_pronoun_without_its_honorific_means_the_last_honoured_speaker_real():
    # corpus snn-was-2015-08-10-1547, paragraphs 4 and 5 (shortened)
    text = (
        "اختتمت اليوم فعاليات البرنامج التأهيلي لإدارة المشاريع بالرئاسة العامة لشؤون "
        "المسجد الحرام, بحضور معالي نائب الرئيس العام لشؤون المسجد الحرام الشيخ الدكتور "
        "محمد بن ناصر الخزيم .\n"
        "وأوضح الشيخ الخزيم في كلمة له أن الرئاسة تهتم بتقديم أرقى الخدمات.\n"
        "وأضاف معاليه : إن الحرمين الشريفين هما مقصد المسلمين في بقاع العالم."
    )
    assert rows(text)[-1] == (
        "محمد بن ناصر الخزيم",
        "أضاف",
        "الحرمين الشريفين هما مقصد المسلمين في بقاع العالم",
    )


def test_a_bare_honorific_is_no_pronoun():
    text = (
        "وقال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ.\n"
        "وطلب جلالة الملك عبدالله الثاني نقل تحياته إلى خادم الحرمين الشريفين."
    )
    assert [r[0] for r in rows(text)] == ["دونالد ترامب", "عبدالله الثاني"]
