"""Name shapes of the rules: عبد before a divine name starts a given name, and a well-known
person's surname (people.tsv) names them on its own, behind clitics too."""

from __future__ import annotations

from kg.pipeline.annotate import get_annotator
from kg.pipeline.extract import extract
from kg.pipeline.extract.entities import short_form
from kg.pipeline.text.document import make_document


def person_mentions(text: str, annotator: str = "rules") -> list[str]:
    annotation = get_annotator(annotator).annotate(make_document(text))
    return [m.text for m in annotation.mentions if m.kind.value == "Person"]


def person_nodes(text: str) -> set[str]:
    x = extract(get_annotator("ner").annotate(make_document(text)))
    return {e.label for e in x.entities if e.kind == "Person"}


def test_abd_and_a_divine_name_start_a_name_behind_a_conjunction_or_a_post():
    text = "وحضر الاجتماع محمد علي وعبد الخالق الحوثي، ثم غادروا."
    assert person_mentions(text) == ["محمد علي", "عبد الخالق الحوثي"]
    # الملك after عبد is no post, and the name after a post starts with عبد
    assert person_mentions("وقال زعيم الجماعة عبد الملك الحوثي إن الهدنة انتهت.") == [
        "عبد الملك الحوثي"
    ]
    assert person_mentions("وشارك عبد الرحمن في اللقاء.") == []  # a given name alone


def test_real_sentence_with_abd_in_a_full_name():
    text = (
        "بسرعة مخاطبة السلطات البريطانية للحصول على التقارير الطبية المتعلقة بمقتل الطالبة"
        " المصرية مريم عبد السلام. وأضاف مكتب النائب العام في بيان أنه طلب أيضا"
    )
    assert "مريم عبد السلام" in person_nodes(text)


def test_a_known_surname_names_the_person_behind_a_clitic():
    text = "وأضفى آخر تصريح لترامب ضبابية على الوضع."
    assert person_mentions(text) == ["ترامب"]
    assert person_nodes(text) == {"ترامب"}


def test_real_sentence_with_a_known_surname_alone():
    text = (
        'وقالت إن تقاعس روسيا عن وقف سوريا "جزء من المشكلة". وكان ترامب قد توعد بشن هجوم'
        " على النظام السوري، ودعا روسيا إلى الاستعداد"
    )
    assert "ترامب" in person_nodes(text)


def test_a_short_known_surname_once_may_be_a_common_word():
    assert person_mentions("أكتب عنه لأنه كتاب ظريف يصور مدى تخلف العراق.") == []
    twice = "وقال ظريف إن بلاده ملتزمة بالاتفاق. وأضاف ظريف أن المحادثات مستمرة."
    assert person_mentions(twice) == ["ظريف", "ظريف"]


def test_the_taggers_surname_completes_a_given_name_the_rules_took_alone():
    # the rules stop a name at a word starting with و; the tagger reads ونسي as a name
    mentions = person_mentions("وقال وزير الدولة صلاح ونسي إن الاتفاق نهائي.", "ner")
    assert mentions == ["صلاح ونسي"]


def test_real_sentence_with_a_surname_starting_with_waw():
    text = (
        'بمداخلات الوفد السوري. وقال سفير لندن لدى المنظمة بيتر ويلسون في بيان "إن منظمة'
        " حظر الأسلحة الكيميائية ليست مسرحا."
    )
    assert "بيتر ويلسون" in person_nodes(text)


def test_a_definite_word_after_given_names_alone_is_the_family_name():
    text = "وحضر اللقاء عبدالله يحيى الحكيم وعبد الخالق الحوثي."
    assert person_mentions(text) == ["عبدالله يحيى الحكيم", "عبد الخالق الحوثي"]
    assert "عبدالله يحيى الحكيم" in person_nodes(text)
    # after a given name and a surname, a common word is the next phrase's
    assert person_mentions("وقال محمد الحارثي التنسيق مستمر.") == ["محمد الحارثي"]
    # a participle or plural with م describes the person or is the object
    text = "وأرسل الرئيس عبدربه منصور هادي المعترف به دوليا وفدا، ليقود طارق صالح المعارك."
    assert person_mentions(text) == ["عبدربه منصور هادي", "طارق صالح"]


def test_real_sentence_with_a_family_name_after_given_names():
    text = (
        "إلى أن قوات الأمن الإسرائيلية استخدمت القوة المميتة ضد متظاهرين فلسطينيين في قطاع"
        ' غزة. وصرح المفوض السامي زيد رعد الحسين في بيان "نشهد في كل أسبوع حالات استخدام'
        ' القوة المميتة"'
    )
    assert "زيد رعد الحسين" in person_mentions(text)


def test_a_derived_participle_after_a_full_name_ends_it():
    text = "وجمدت تركيا أموال الرئيس اليمني السابق علي عبدالله صالح المتحالف مع الحوثيين."
    assert person_mentions(text) == ["علي عبدالله صالح"]
    # a family name of another shape stays (المهندس، المعمر)
    assert person_mentions("وحضر فهد بن عبدالعزيز المعمر الحفل.") == ["فهد بن عبدالعزيز المعمر"]


def test_real_sentence_with_a_participle_after_a_full_name():
    text = (
        "أعلن الاتحاد الأوروبي لكرة القدم أن ميشيل بلاتيني ترشحه رسمياً لرئاسة الاتحاد الدولي"
        " لخلافة السويسري جوزيف بلاتر المستقيل من منصبه على أثر الفضيحة"
    )
    assert "جوزيف بلاتر" in person_mentions(text, "ner")


def statement_speakers(text: str) -> list[str]:
    x = extract(get_annotator("ner").annotate(make_document(text)))
    return [s.speaker.label for s in x.statements]


def test_a_compound_surname_alone_names_the_person_named_in_full_before():
    text = (
        "أعلن مدير المرصد محمود أبو زيد أن القصف مستمر. وفي سياق آخر التقى الوزير الوفد."
        " وأكد أبو زيد أن الوضع صعب."
    )
    assert person_nodes(text) == {"محمود أبو زيد"}
    assert statement_speakers(text) == ["محمود أبو زيد", "محمود أبو زيد"]
    # a patronymic's last part is the father's name, not the person's surname
    assert not short_form(("عبد", "الرحمن"), ("محمد", "بن", "عبد", "الرحمن"))
    assert short_form(("عبد", "الرحمن"), ("رامي", "عبد", "الرحمن"))


def test_real_sentence_with_a_compound_surname_alone():
    text = (
        'وقال مدير المرصد السوري رامي عبد الرحمن "خرجت 85 حافلة على متنها نحو أربعة آلاف شخص".'
        " ثم غادر قائده عصام بويضاني دوما. وكان عبد الرحمن أكد أن عملية الإجلاء ستنتهي قبل"
        " دخول خبراء منظمة حظر الأسلحة الكيميائية."
    )
    assert person_nodes(text) == {"رامي عبد الرحمن", "عصام بويضاني"}
    assert statement_speakers(text) == ["رامي عبد الرحمن", "رامي عبد الرحمن"]


def test_the_family_name_closes_a_chain_of_given_names():
    text = "من جهته أكد عبدالعزيز محمد العيسى خريج الكلية التقنية أن الفترة طويلة."
    assert person_mentions(text) == ["عبدالعزيز محمد العيسى"]
    # a family name in ات is no plural noun after given names
    text = "وقتل سالم محمد صباح 17 عاماً، وعبد الله أيمن الرميلات، 15 عاماً، ليلة السبت."
    assert person_nodes(text) == {"سالم محمد صباح", "عبد الله أيمن الرميلات"}
    # the word after عبد or بن completes a given name, it is no family name
    text = "وقال الرئيس اليمني السابق علي عبد الله صالح إن الحرب مستمرة."
    assert person_mentions(text) == ["علي عبد الله صالح"]
    text = "وقال سفير المملكة أحمد بن عبد العزيز قطان إن مصر بلد مهم."
    assert person_mentions(text) == ["أحمد بن عبد العزيز قطان"]


def test_a_kinship_noun_after_a_name_starts_an_apposition():
    # a kinship noun neither continues nor starts a name
    text = "وقال رئيس الحكومة يوسف الشاهد نجل رئيس الجمهورية إن الأمر انتهى."
    assert person_mentions(text) == ["يوسف الشاهد"]


def test_real_sentence_with_a_kinship_apposition_after_a_name():
    text = (
        "ويضيف المواطن العماني خالد المعولي أخو المتوفى محمود المعولي إن الجمعية أنستنا"
        " احزاننا بكرمهم"
    )
    assert person_nodes(text) == {"خالد المعولي", "محمود المعولي"}


def test_a_compound_with_allah_or_al_din_continues_a_name():
    assert person_mentions("وقال زياد تقي الدين إنه سلم ثلاث حقائب.") == ["زياد تقي الدين"]
    assert person_nodes("وكان محمد حسين فضل الله قد كفر من مرجعيات.") == {"محمد حسين فضل الله"}
    # a pronoun before الله is a prayer after the name, not its half
    assert person_mentions("وقال الملك عبدالله رحمه الله إن البلاد بخير.") == ["عبدالله"]


def test_real_sentence_with_a_compound_name_with_al_din():
    text = (
        "واثيرت مزاعم تمويل حملة ساركوزي من قبل القذافي من قبل رجل أعمال لبناني -فرنسي يدعى"
        " زياد تقي الدين وبعض المسؤولين السابقين في نظام القذافي."
    )
    assert "زياد تقي الدين" in person_nodes(text)


def test_a_compound_with_allah_is_a_surname_of_two_words_never_one():
    text = (
        "وقال الأمين العام للحزب حسن نصر الله إن الحزب مستعد. وأضاف نصر الله أن المقاومة"
        " باقية. وقال رجال الدين إن الأمر خطير."
    )
    assert person_nodes(text) == {"حسن نصر الله"}
    assert statement_speakers(text)[:2] == ["حسن نصر الله", "حسن نصر الله"]
    assert not short_form(("الدين",), ("زياد", "تقي", "الدين"))
    # a compound alone is a given name or a place (محافظة صلاح الدين)
    assert person_nodes("وهاجم مسلحون محافظة صلاح الدين أمس.") == set()
