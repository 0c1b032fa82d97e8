"""Organisations and countries as speakers (issue 15, class 7): each rule is tested by a
sentence written for the test and by one real sentence (fold A of the dev articles)."""

from statement_rows import ANNOTATOR, checked_rows, organisations

from kg.pipeline.annotate.lexicon import adjective_forms
from kg.pipeline.extract import extract
from kg.pipeline.extract.bodies import name_gender
from kg.pipeline.text.document import make_document

rows = checked_rows


# -- a two-word nationality agrees word by word (كوري جنوبي -> الكورية الجنوبية) ------------


def test_two_word_nationality_inflects_every_word():
    forms = {form: (gender, number) for form, gender, number in adjective_forms("كوري جنوبي")}
    assert forms["الكوريه الجنوبيه"] == ("f", "sg")
    assert forms["الكوريين الجنوبيين"] == ("m", "pl")
    assert "الكوري جنوبي" not in forms


def test_one_word_nationality_forms_are_unchanged():
    assert list(adjective_forms("أمريكي"))[:4] == [
        ("امريكي", "m", "sg"),
        ("الامريكي", "m", "sg"),
        ("امريكيه", "f", "sg"),
        ("الامريكيه", "f", "sg"),
    ]


# -- _authority: a definite state body and its nationality ---------------------------------


def test_authority_with_its_nationality_speaks():
    text = "وقالت السلطات المصرية إن الحادث لم يسفر عن أي ضحايا بين المدنيين."
    assert rows(text) == [("السلطات المصرية", "قالت", "الحادث لم يسفر عن أي ضحايا بين المدنيين")]


def test_authority_adjectives_before_the_nationality():
    text = "وأعلنت النيابة العامة الاتحادية البلجيكية أن المشتبه بهم سيمثلون أمام القضاء."
    assert organisations(text) == [("النيابة العامة الاتحادية البلجيكية", "BE")]
    assert rows(text)[0][0] == "النيابة العامة الاتحادية البلجيكية"


def test_authority_without_a_nationality_is_a_common_noun():
    assert organisations("وتولى الرئاسة بعد الانتخابات وعين مدير الشرطة الجديد.") == []


def test_real_presidency_with_a_two_word_nationality():
    text = (
        'وقالت الرئاسة الكورية الجنوبية إن هذه الخطوة "سوف تسهم أيضا في تهيئة بيئة إيجابية '
        'للغاية لنجاح القمة المرتقبة بين الشمال والجنوب والقمة بين الشمال والولايات المتحدة".'
    )
    assert rows(text)[0][:2] == ("الرئاسة الكورية الجنوبية", "قالت")


# -- _authority_of_place: a bare head in construct with a place -------------------------


def test_authority_of_a_capital_speaks():
    text = "وقالت شرطة لندن إن المشتبه به اعتقل قرب محطة القطارات."
    assert organisations(text) == [("شرطة لندن", "GB")]
    assert rows(text) == [("شرطة لندن", "قالت", "المشتبه به اعتقل قرب محطة القطارات")]


def test_the_presidency_of_a_state_is_an_office_not_a_body():
    assert organisations("وتولى رئاسة مصر بعد الانتخابات.") == []


def test_real_post_held_in_a_city_police():
    text = (
        'قال الفريق ضاحي خلفان، نائب رئيس شرطة دبي، إن اختراق "تنظيم إرهابي" يعتبر من '
        "الأمور المباحة شرعا وقانونا، على حد تعبيره، وذلك في إشارة إلى قطر."
    )
    extraction = extract(ANNOTATOR.annotate(make_document(text)))
    assert [(r.role, r.organisation.label) for r in extraction.roles] == [
        ("نائب الرئيس", "شرطة دبي")
    ]


# -- organisation_gender: a feminine head takes a feminine verb ---------------------------


def test_a_masculine_verb_does_not_go_to_a_feminine_body():
    text = (
        "قال الرئيس الفرنسي إيمانويل ماكرون إن أوروبا يجب أن تتحد. "
        "وقالت الحكومة الفرنسية إن الميزانية ستقر الأسبوع المقبل. "
        "وأضاف أن الاتحاد الأوروبي يواجه تحديات كبيرة."
    )
    assert rows(text)[-1][:2] == ("إيمانويل ماكرون", "أضاف")


def test_real_feminine_verb_joined_to_a_body_subject():
    text = (
        "وفي تطور آخر، أمرت ميليشيات الحوثي إخضاع من جندتهم للقتال معها لدورات طائفية "
        "بالقوة، وهددت بوقف صرف المرتبات الشهرية لمن يرفض الامتثال للأمر وتسريحهم."
    )
    assert rows(text)[0][:2] == ("ميليشيات الحوثي", "هددت")


def test_name_gender_reads_the_head_noun_as_written_before_the_lexicon():
    """One function gives an organisation's gender: a head in ة or ات is feminine whatever
    the lexicon records for the body (القوات الروسية of the masculine الجيش الروسي), a
    short one (جهة) tells nothing, and the lexicon's gender fills in the rest."""
    assert name_gender("القوات الروسية", "m") == "f"
    assert name_gender("الحكومة الفرنسية") == "f"
    assert name_gender("مجلس الأمن", "m") == "m"
    assert name_gender("مجلس الأمن") is None
    assert name_gender("جهة", None) is None


# -- referred_body: `وقالت الشرطة` refers back to the police named before ----------------


def test_a_definite_head_alone_is_the_body_named_before():
    text = (
        "أعلنت الشرطة الهولندية اعتقال رجل في أمستردام. "
        "وقالت الشرطة إن المشتبه به يبلغ من العمر 30 عاما."
    )
    assert rows(text)[-1] == ("الشرطة الهولندية", "قالت", "المشتبه به يبلغ من العمر 30 عاما")


def test_a_definite_head_alone_with_nobody_named_before_says_nothing():
    assert rows("وقالت الشرطة إن المشتبه به يبلغ من العمر 30 عاما.") == []


def test_a_definite_head_that_begins_a_longer_name_is_no_reference():
    text = (
        "أعلنت السلطات الكندية اعتقال رجل. "
        "وقالت السلطات الصحية في المقاطعة إن ثلاثة أشخاص أصيبوا بجروح طفيفة."
    )
    assert [r[1] for r in rows(text)] == ["أعلنت"]  # nothing for السلطات الصحية


def test_the_police_with_a_nationality_is_not_a_ministry():
    assert organisations("وأعلنت الشرطة الألمانية اعتقال رجل.") == [("الشرطة الألمانية", "DE")]


def test_real_embassy_named_again_by_its_head():
    text = (
        "في المقابل، قالت السفارة الروسية في لندن إن قرار الحكومة البريطانية بطرد 23 "
        'دبلوماسيا روسيا هو "عمل عدائي غير مقبول وغير مبرر وقرار قصير النظر". وأضافت '
        'السفارة في بيان أن "القيادة السياسية البريطانية تتحمل مسؤولية تدهور العلاقات '
        'الروسية البريطانية".'
    )
    assert [r[:2] for r in rows(text)] == [
        ("السفارة الروسية", "قالت"),
        ("السفارة الروسية", "أضافت"),
    ]
