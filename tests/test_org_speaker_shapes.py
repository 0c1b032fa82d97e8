"""Organisations as speakers, round 6 (issue 15, class 7): the shapes in which a body no
lexicon holds is named, and the words around its name. Each rule is tested by a sentence
written for the test and by one real sentence (fold C of the dev articles or the unscored
corpus)."""

from statement_rows import checked_rows, organisation_mentions

rows = checked_rows


def organisations(text: str) -> list[tuple[str, str | None, str | None]]:
    """(surface, label, country) of the organisation mentions of `text`."""
    return [(m.text, m.label, m.attrs.get("country")) for m in organisation_mentions(text)]


# -- _quoted_name: a head noun and a name in quotes ---------------------------------------


def test_quoted_name_after_a_media_head_is_one_organisation():
    text = "وقالت صحيفة «الأنباء» الكويتية إن الحكومة تدرس الخطة."
    assert organisations(text) == [("صحيفة «الأنباء» الكويتية", "صحيفة الأنباء الكويتية", "KW")]
    assert rows(text) == [("صحيفة الأنباء الكويتية", "قالت", "الحكومة تدرس الخطة")]


def test_quoted_name_real_sentence_and_its_participle():
    # ar-news-029 (fold C): `من ناحيتها` opens the clause; the participle is the paper's too
    text = (
        "من ناحيتها قالت صحيفة “سبورت” الرومانية إن أولاريو يعد واحداً من أنجح المدربين "
        "الرومان في الخليج حيث حصد العديد من البطولات وأنه لم يغادر الخليج منذ أن وصل إليه، "
        "مشيرة إلى أن الثنائي لورينت ريجيكامف وفيكتور بيتوركا حاولوا أن يكونوا مثله ولكنهم فشلوا."
    )
    speakers = [(speaker, cue) for speaker, cue, _ in rows(text)]
    assert speakers == [("صحيفة سبورت الرومانية", "قالت"), ("صحيفة سبورت الرومانية", "مشيرة")]


def test_quoted_name_head_that_is_otherwise_a_common_noun():
    assert organisations('وذكر موقع "الخليج أونلاين" أن الوفد وصل.')[0][1] == "موقع الخليج أونلاين"
    assert organisations("وزار الوزير موقع الحادث ومركز المدينة.") == []


def test_quoted_name_known_to_the_lexicon_keeps_its_key():
    found = organisation_mentions("وقالت صحيفة «الغارديان» البريطانية إن")
    assert [(m.key, m.label) for m in found] == [("guardian", "صحيفة الغارديان")]


def test_a_quoted_epithet_is_no_name():
    # ant-france24-middleEast-175 (corpus): the writer quotes Ankara's word for the group
    text = (
        'وتعتبر أنقرة وحدات حماية الشعب الكردية منظمة "إرهابية"، تدعمها واشنطن المتحالفة معها '
        'في محاربة تنظيم "الدولة الإسلامية".'
    )
    assert not any("إرهابية" in surface for surface, _, _ in organisations(text))
    assert organisations('وصنفتها الحكومة جماعة "إرهابية" منذ عامين.') == []


def test_a_long_quotation_after_a_head_is_no_name():
    text = 'وقال موقع "إن الحكومة لن تتراجع عن قرارها مهما كانت الضغوط" في تقرير.'
    assert organisations(text) == []


def test_quoted_name_real_corpus_sentence():
    # snn-aawsat-2015-07-23-112 (corpus)
    text = (
        "وذكرت صحيفة «بيلد» الألمانية أن المدير الرياضي ليوفنتوس فابيو باراتيتشي كان في "
        "ألمانيا من أجل لقاء مدير أعمال دراكسلر."
    )
    assert rows(text)[0][:2] == ("صحيفة بيلد الألمانية", "ذكرت")


# -- _appositive_end: a named organisation's nationality ----------------------------------


def test_nationality_after_a_known_organisation_belongs_to_its_name():
    text = "وذكرت وكالة الأناضول التركية أن الحكومة تدرس الخطة."
    assert rows(text) == [("وكالة الأناضول", "ذكرت", "الحكومة تدرس الخطة")]


def test_nationality_after_a_known_organisation_real_sentence():
    # ant-cnn-middleEast-1401 (corpus): the content no longer opens with `السعودي`
    text = (
        "أعلن الإنتربول السعودي القبض على مواطن سعودي بالخارج واسترداده إلى المملكة، الثلاثاء، "
        'بعد ملاحقته بـ"قضايا احتيال" في شيكات بدون رصيد، دون الكشف عن اسم المتهم.'
    )
    assert rows(text)[0][2].startswith("القبض على مواطن سعودي")


# -- office_of: the office of a person speaks ---------------------------------------------


def test_office_of_a_person_speaks():
    text = "وقال مكتب الرئيس الفرنسي إيمانويل ماكرون إن الرئيس سيزور القاهرة."
    assert rows(text) == [("مكتب إيمانويل ماكرون", "قال", "الرئيس سيزور القاهرة")]


def test_office_after_a_description_no_lexicon_holds():
    text = "وأعلن مكتب المحقق الخاص روبرت مولر أن التحقيق انتهى."
    assert rows(text) == [("مكتب روبرت مولر", "أعلن", "التحقيق انتهى")]


def test_office_of_nobody_named_is_no_speaker():
    assert rows("وأعلن مكتب الادعاء الأربعاء أنه لا يملك أدلة كافية.") == []


def test_office_real_sentence():
    # ant-cnn-middleEast-204 (corpus)
    text = (
        "وصف مكتب رئيسة الوزراء البريطانية، تيريزا ماي، الزيارة التي يبدأها رسميا ولي العهد "
        'السعودي إلى بلادها الأربعاء بأنها "فصل جديد" في العلاقات مع الرياض.'
    )
    assert rows(text)[0][:2] == ("مكتب تيريزا ماي", "وصف")


# -- background: `منذ كشفت X` dates an event, it reports nothing --------------------------


def test_since_a_paper_revealed_is_no_speaker_on_stage():
    # ant-skynews-internationalNews-596 (corpus): the next `وأضافت` is still Daniels'
    text = (
        'وقالت ستورمي دانيالز في أول مقابلة تجرى معها منذ كشفت صحيفة "وول ستريت جورنال" '
        "علاقتها بالرئيس إن اللقاء كان في فندق.\nوأضافت أنها وترامب ظلا على اتصال بعد ذلك."
    )
    assert {speaker for speaker, _, _ in rows(text)} == {"ستورمي دانيالز"}


# -- other_side: `من جهة أخرى` opens a clause ------------------------------------------------


def test_on_the_other_hand_is_no_subject():
    text = "من جهة أخرى قالت وزارة الخارجية المصرية إن الوزير سيزور روما."
    assert rows(text) == [("وزارة الخارجية المصرية", "قالت", "الوزير سيزور روما")]


def test_on_the_other_hand_real_sentence():
    # snn-almadina-2015-07-21-1104 (corpus)
    text = (
        "من جهة أخرى أوضح أمين منطقة عسير صالح القاضي أن عددا من المشروعات الجديدة ستستقبل "
        "وتحتضن فعاليات مهرجان أبها يجمعنا لهذا العام."
    )
    assert rows(text)[0][:2] == ("صالح القاضي", "أوضح")


# -- _appositive_end / _conjoined: the object of a cue that governs one --------------------


def test_object_of_an_accusation_is_part_of_the_content():
    text = "واتهمت السلطات الفرنسية وزارة الاستخبارات الإيرانية بالتخطيط لهجوم في باريس."
    assert rows(text) == [
        ("السلطات الفرنسية", "اتهمت", "وزارة الاستخبارات الإيرانية بالتخطيط لهجوم في باريس")
    ]


def test_object_of_an_accusation_real_sentence():
    # ant-bbc-internationalNews-199 (corpus): Russia was read as a second name of the speaker
    text = (
        "وتتهم الحكومة البريطانية روسيا باستخدام غاز الأعصاب على أراضيها، الأمر الذي تنفيه روسيا."
    )
    assert rows(text)[0][:2] == ("الحكومة البريطانية", "تتهم")
    assert rows(text)[0][2].startswith("روسيا باستخدام غاز الأعصاب")


def test_quoted_second_name_is_still_an_apposition():
    text = 'ودعت حركة المقاومة الإسلامية "حماس" الفصائل إلى الوحدة الوطنية في غزة.'
    assert rows(text)[0][2] == "الفصائل إلى الوحدة الوطنية في غزة"


def test_a_post_opening_with_waw_is_no_conjunction():
    # ant-cnn-middleEast-85 (corpus): `وزير` opens the object, no coordinated subject
    text = (
        "دبي، الإمارات العربية المتحدة (CNN)-- اتهمت حركة حماس الفلسطينية، السبت، وزير الخارجية "
        'السعودي عادل الجبير بـ"التحريض" ضدها و"تشويه" المقاومة الفلسطينية وتشجيع إسرائيل على '
        "ارتكاب مزيد من الانتهاكات ضد الفلسطينيين."
    )
    [(speaker, cue, position)] = rows(text)
    assert (speaker, cue) == ("حركة حماس", "اتهمت")
    assert position.startswith("وزير الخارجية السعودي عادل الجبير")


def test_a_conjoined_actor_after_the_speaker_still_blocks():
    text = "وانتقدت الأمم المتحدة ومنظمات دولية قرار الحكومة إغلاق المعابر."
    assert rows(text) == []
