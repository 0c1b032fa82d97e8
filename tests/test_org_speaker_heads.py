"""Organisations no lexicon holds as speakers, round 10 (issue 15, class 7): a body's head
noun (`ORGANISATION_HEADS`: هيئة، مؤسسة، محكمة، التلفزيون ...) with the adjectives and
complements of its name. Each rule is tested by a sentence written for the test and by one
real sentence (the unscored corpus)."""

from statement_rows import checked_rows, organisations

rows = checked_rows


# -- BODY_ADJECTIVES: العامة، الأعلى، العليا، الرسمي after a body's head ------------------


def test_an_adjective_of_a_post_is_part_of_a_body_name_after_its_head():
    text = "وقال المجلس الأعلى للقضاء إن الحكم نهائي."
    assert organisations(text) == [("المجلس الأعلى للقضاء", None)]
    assert rows(text) == [("المجلس الأعلى للقضاء", "قال", "الحكم نهائي")]


def test_body_adjective_real_sentence_and_the_head_alone_after_it():
    # snn-okaz-2015-08-06-3016 (corpus): `الهيئة` alone then refers back to it
    text = (
        "وأكدت الهيئة العامة للشباب والرياضة أنها رصدت الميزانية وجهزت المنشآت الخاصة "
        "بالبطولة إلا أن الاتحاد تحجج بعدم جاهزية الملاعب، وشددت الهيئة أن قرار التأجيل "
        "جاء فرديا وعشوائيا."
    )
    speakers = [(speaker, cue) for speaker, cue, _ in rows(text)]
    assert speakers == [
        ("الهيئة العامة للشباب والرياضة", "أكدت"),
        ("الهيئة العامة للشباب والرياضة", "شددت"),
    ]


def test_official_television_keeps_its_adjective_as_a_speaker():
    # ant-skynews-middleEast-207 (corpus): `الرسمي` is no adverbial after the speaker here
    text = (
        "وقال التلفزيون الرسمي إن الجيش السوري كثف عملياته، السبت، في الجزء الأوسط من "
        "الغوطة الشرقية."
    )
    assert rows(text)[0][:2] == ("التلفزيون الرسمي", "قال")
    assert organisations("وقال التلفزيون السوري إن القوات تقدمت.") == [("التلفزيون السوري", "SY")]


def test_a_body_adjective_after_the_nationality():
    assert organisations("وقالت المحكمة الأمريكية العليا إن الحكم نهائي.") == [
        ("المحكمة الأمريكية العليا", "US")
    ]


def test_a_post_adjective_after_a_post_is_still_no_body():
    assert organisations("وقال المتحدث الرسمي إن الحكم نهائي.") == []


# -- _adjective_reading: السعودية after a feminine definite head --------------------------


def test_a_country_name_read_as_the_feminine_adjective_of_a_definite_head():
    assert organisations("وقالت الشرطة السعودية إن الجاني اعتقل.") == [("الشرطة السعودية", "SA")]
    assert organisations("وزار الوفد السعودية أمس.") == []


def test_adjective_reading_real_sentence_with_conjoined_complements():
    # snn-alriyadh-2015-08-04-562 (corpus)
    text = (
        "أعلنت الهيئة السعودية للمواصفات والمقاييس والجودة عن إلزامها جميع مصنعي السيارات "
        "ووكلائهم في المملكة بعدد من متطلبات السلامة."
    )
    assert organisations(text) == [("الهيئة السعودية للمواصفات والمقاييس والجودة", "SA")]
    assert rows(text)[0][:2] == ("الهيئة السعودية للمواصفات والمقاييس والجودة", "أعلنت")


# -- _dative_end: adjectives after a `لل` complement --------------------------------------


def test_an_adjective_of_relation_after_the_dative_complement():
    text = "وأعلنت المؤسسة العامة للتأمينات الاجتماعية أن الرواتب صرفت."
    assert rows(text) == [("المؤسسة العامة للتأمينات الاجتماعية", "أعلنت", "الرواتب صرفت")]


def test_a_definite_head_takes_no_other_body_as_its_genitive():
    # ant-bbc-internationalNews-1173 (corpus): the government is the object of دعت
    text = 'ودعت المؤسسة الخيرية الحكومة إلى الاعتراف بالتحرش على أنه "عنف".'
    assert organisations(text)[0] == ("المؤسسة الخيرية", None)
    assert organisations("وقالت القيادة العامة للقوات المسلحة إن الهجوم فشل.") == [
        ("القيادة العامة للقوات المسلحة", None)
    ]
