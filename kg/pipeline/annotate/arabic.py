"""Closed-class Arabic words the rules reason with (folded spelling: kg.pipeline.text.normalize).

These are grammar, not vocabulary: particles, connectors inside names, the words that may
sit between a post and its holder. Open-class lexicons live in kg/data.
"""

from __future__ import annotations

from kg.pipeline.text.normalize import fold
from kg.pipeline.text.weekdays import WEEKDAYS

# Connectors inside personal names: عبد الله بن زايد آل نهيان، أبو مازن
NAME_CONNECTORS = frozenset(
    {
        "بن",
        "ابن",
        "بنت",
        "ال",
        "ابو",
        "ابي",
        "ام",
        "عبد",
        "عبدال",
        "دي",
        "دو",
        "دا",
        "فان",
        "فون",
        "ولد",
    }
)

# Words that make a post former: وزير الخارجية السابق
FORMER = frozenset({"السابق", "السابقه", "الاسبق", "الاسبقه"})

# Adverbs of "at that time" (folded): after a post they make it a past one held by the name
# that follows (الرئيس الأمريكي حينها جيمي كارتر، وزير الخارجية آنذاك ريكس تيلرسون)
AT_THE_TIME = frozenset({"انذاك", "حينها", "حينذاك", "حينيذ", "وقتها", "وقتذاك", "وقتيذ"})

# Words that qualify a post, not the body it is held in: they end a body's name after a
# head post (رئيس المجلس المكلف، وزير الخارجية الجديد)
POST_QUALIFIERS = FORMER | frozenset(
    {
        "الخاص",
        "الخاصه",
        "الجديد",
        "الجديده",
        "الحالي",
        "الحاليه",
        "المكلف",
        "المكلفه",
        "بالوكاله",
        "بالنيابه",
        "المستقيل",
        "المستقيله",
        "المعزول",
        "المنتخب",
        "المنتخبه",
        "المقبل",
        "المنتهيه",
    }
)

# Words allowed between a post and its holder: وزير الخارجية الأمريكي السابق، المبعوث الخاص
TITLE_FILLERS = POST_QUALIFIERS | frozenset(
    {
        "باسم",
        "لدي",
        "في",
        "عن",
        "العام",
        "العامه",
        "الرسمي",
        "الرسميه",
        "الاعلي",
        "الاول",
        "الاولي",
        "الثاني",
        "الثانيه",
        "الاعلامي",
        "الصحفي",
        "الصحفيه",
        "المساعد",
        "المساعده",
        "الدائم",
        "الدائمه",
        "المؤقت",
        "المؤقته",
        "ولايته",
        "الاممي",
        "الامميه",
        "الدولي",
        "الدوليه",
        "الاقليمي",
        "الفخري",
        "التنفيذي",
        "التنفيذيه",
        "الاقدم",
        "رفيع",
        "رفيعه",
        "المستوي",
        "البارز",
        "البارزه",
        "الكبير",
        "الكبيره",
    }
)

# Complementisers that open the content of a reported statement (with attached pronouns).
COMPLEMENTIZERS = frozenset(
    {
        "ان",
        "بان",
        "انه",
        "انها",
        "انهم",
        "انهما",
        "انهن",
        "اننا",
        "انني",
        "اني",
        "انكم",
        "بانه",
        "بانها",
        "بانهم",
        "بانهما",
        "باننا",
        "بانني",
    }
)
# Pronoun-bearing complementisers whose pronoun is the content's subject: إنه لا يزال ...
COMPLEMENTIZER_PRONOUNS = frozenset(c for c in COMPLEMENTIZERS if c not in {"ان", "بان"})

# Words that close a reported clause: في حين أكد ...، بعدما قال ...
CLAUSE_BREAKERS = frozenset({"بعدما", "بينما", "فيما", "حين", "عندما", "وفيما", "وبينما", "حيث"})

# Prepositions that a cue may take before its content: أشار إلى، أعرب عن، شدد على.
CUE_PREPOSITIONS = frozenset({"الي", "عن", "علي", "من", "في"})

# Adverbials between the speaker and the content: قال كيري للصحفيين، أمس، ...
SPEAKER_ADVERBIALS = frozenset(
    {
        "امس",
        "اليوم",
        "غدا",
        "ايضا",
        "كذلك",
        "بدوره",
        "بدورها",
        "من",
        "جانبه",
        "جانبها",
        "للصحفيين",
        "للصحافيين",
        "للصحافه",
        "لوسائل",
        "الاعلام",
        "مساء",
        "صباح",
        "في",
        "وقت",
        "سابق",
        "لاحق",
        "يوم",
        "بيان",
        "تصريح",
        "تصريحات",
        "مؤتمر",
        "صحفي",
        "صحافي",
        "له",
        "لها",
        "رسمي",
        "صادر",
        "عنه",
        "عنها",
        "مقابله",
        "مع",
        "حديث",
        "خلال",
        "حديثه",
        "حديثها",
        "كلمه",
        "القاها",
        "تغريده",
        "على",
        "علي",
        "تويتر",
        "حسابه",
        "حسابها",
        "تلفزيوني",
        "تلفزيونيه",
        "اذاعي",
        "اذاعيه",
        "الرسمي",
    }
) | frozenset(fold(day) for day in WEEKDAYS)  # قال كيري، الخميس، ...

# Back-references to a person or organisation.
COUNTERPART = ("نظير",)  # نظيره، نظيرها، نظيريه، نظيرته
LATTER = frozenset({"الاخير", "الاخيره"})

# Unnamed sources: statements by them are not attributed to any actor.
UNNAMED_SOURCES = frozenset(
    {
        "مصدر",
        "مصادر",
        "المصدر",
        "المصادر",
        "مسؤول",
        "مسؤولون",
        "مسؤولين",
        "مراقبون",
        "محللون",
        "خبراء",
        "مصدرا",
        "شهود",
        "ناشطون",
        "سكان",
        "تقارير",
        "التقارير",
        "تقرير",
    }
)

# Prepositions of attribution, folded: `بحسب X`، `حسب X`، `وفق X`, and with ل: `وفقا لـX`،
# `طبقا للوكالة`، `تبعا لمصادر` (also `وفق ما` and `وفقا لما` before a verb).
ACCORDING = frozenset({"بحسب", "حسب", "وفق"})
ACCORDING_LI = frozenset({"وفقا", "طبقا", "تبعا"})

# Relative pronouns, folded (الذي، التي، the duals and plurals): they open a relative clause.
RELATIVE_PRONOUNS = frozenset(
    {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي", "اللواتي"}
)

# Particles spelt with alif maqsura: folded, على reads as the name علي; the spelling tells.
MAQSURA_PARTICLES = frozenset({"على", "الى", "إلى", "لدى", "حتى", "متى", "سوى", "لدي"})

# Attached pronouns of the third person (حصوله، نقلته، لقائهما، تأييدها، بينهم) as
# (suffix, gender, number), longest first.
THIRD_PERSON_PRONOUNS = (("هما", "", "du"), ("هم", "m", "pl"), ("ها", "f", "sg"), ("ه", "m", "sg"))
THIRD_PERSON_SUFFIXES = tuple(suffix for suffix, _, _ in THIRD_PERSON_PRONOUNS)
# Attached pronouns a noun or verb may end with; no word ends in two of them, so their
# order never decides which one a word ends in.
PRONOUN_SUFFIXES = (*THIRD_PERSON_SUFFIXES, "كم", "نا")

# Regnal numbers end a king's name (عبدالله الثاني) but are no surname to find again.
REGNAL = frozenset(
    {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"}
)

# Head nouns of organisation names (bare, folded): حزب النمو، حركة يابلكو، لجنة الانتخابات
# المركزية. Each maps to the lexicon `kind` its definite form (الحزب، الحركة) refers back to.
ORGANISATION_HEADS = {
    "حزب": "party",
    "حركه": "movement",
    "جبهه": "movement",
    "تيار": "movement",
    "تنظيم": "armed",
    "جماعه": "movement",
    "ميليشيا": "armed",
    "ميليشيات": "armed",
    "منظمه": "international",
    "جمعيه": "other",
    "ائتلاف": "party",
    "تحالف": "party",
    "اتحاد": "other",
    "كتله": "party",
    "لجنه": "other",
    "هييه": "agency",
    "وكاله": "agency",
    "مجلس": "legislature",
    "قياده": "armed",
    "صحيفه": "media",
    "قناه": "media",
    "شركه": "company",
    "حكومه": "government",
    "جيش": "armed",
    "قوي": "movement",
    "قوات": "armed",
    "نادي": "other",  # نادي الهلال، نادي برشلونة
    "موسسه": "other",  # المؤسسة العامة للتأمينات الاجتماعية، مؤسسة النقد
    "محكمه": "court",  # محكمة الاستئناف، المحكمة العليا
    "تلفزيون": "media",  # التلفزيون الرسمي، التلفزيون السوري، تلفزيون دبي
    "اذاعه": "media",  # الإذاعة الرسمية، إذاعة الجيش الإسرائيلي
}

# Adjectives that qualify a post after it (`TITLE_FILLERS`: المدير العام، المتحدث الرسمي)
# but are part of a body's name right after its head noun: `الهيئة العامة للرياضة`،
# `المجلس الأعلى للقضاء`، `المحكمة العليا`، `التلفزيون الرسمي`، `الوكالة الرسمية`.
BODY_ADJECTIVES = frozenset({"العام", "العامه", "الاعلي", "العليا", "الرسمي", "الرسميه"})

# Head nouns that name an organisation by a quoted name after them (folded -> kind), beside
# `ORGANISATION_HEADS`: `صحيفة «الغارديان» البريطانية`، `موقع "أكسيوس"`، `مركز "كارتر"`. Without
# the quotes these are common nouns (موقع الحادث، مركز المدينة): only a quoted name makes them
# a name's head.
QUOTED_NAME_HEADS = {
    "جريده": "media",
    "مجله": "media",
    "شبكه": "media",
    "محطه": "media",
    "موقع": "media",
    "مركز": "other",
    "مكتب": "other",
    "مرصد": "other",
    "مجموعه": "other",
}

# Head nouns of state bodies that are named by the nationality after them, never alone:
# `السلطات المصرية`، `الشرطة الهولندية`، `النيابة العامة السعودية`، `الرئاسة الكورية الجنوبية`،
# `السفارة الروسية`; alone (`وقالت الشرطة`) the definite head refers back to the body of
# that kind named before, if any. Folded -> its `kind` (one per head: `السلطات` refers to
# authorities, not to any government).
AUTHORITY_HEADS = {
    "سلطات": "authorities",
    "شرطه": "police",
    "نيابه": "prosecution",
    "رياسه": "presidency",
    "سفاره": "embassy",
    "قنصليه": "consulate",
}

# Every head noun of a body (folded, without ال): an organisation's or a state body's.
BODY_HEADS = frozenset(ORGANISATION_HEADS) | frozenset(AUTHORITY_HEADS)

# Clubs named by a bare word that is also a common noun (الهلال: the crescent; النصر:
# victory): an organisation only right after a club post (مدرب الهلال، لاعب النصر).
# Folded form -> (key, name as written).
CLUBS_AFTER_STAFF = {
    "الهلال": ("fc-al-hilal", "الهلال"),
    "النصر": ("fc-al-nassr", "النصر"),
    "الاهلي": ("fc-al-ahli", "الأهلي"),  # which country's, the words after it may say
}
CLUB_STAFF = frozenset({"مدرب", "مدربة", "لاعب", "لاعبة", "حارس", "مهاجم", "مدافع", "رئيس", "قائد"})

# Nouns that name a place by the word after them: محافظة إدلب، مدينة حلب، منطقة عسير.
PLACE_NOUNS = frozenset(
    {"مدينه", "محافظه", "منطقه", "ولايه", "اقليم", "بلده", "قريه", "مخيم", "ضاحيه", "عاصمه"}
)

# Nouns named after a person with a post (مركز الملك فيصل، جامعة الملك سعود، مطار الملك
# خالد): the post after them names no holder in the story.
NAMED_AFTER = frozenset(
    {
        "مركز",
        "جامعه",
        "مطار",
        "مستشفي",
        "مدينه",
        "شارع",
        "جايزه",
        "موسسه",
        "مجمع",
        "قاعده",
        "كليه",
        "مسجد",
        "جسر",
        "ميناء",
        "طريق",
        "حي",
        "برنامج",
        "صندوق",
        "معهد",
        "ملعب",
        "استاد",
        "مكتبه",
        "داره",
        "اكاديميه",
        "ساحه",
        "ميدان",
        "كاس",
        "بطوله",
        "مهرجان",
        "مسابقه",
    }
)

# Impersonal verbs that follow a name's clause (تم خلاله بحث ...): they end or start no name.
IMPERSONAL_VERBS = frozenset({"تم", "يتم", "سيتم", "جري", "يجري", "وتم", "ويتم"})

# kinship nouns, folded: `زوجة رئيس الوزراء` holds no post; after a name they start an
# apposition (`يوسف الشاهد نجل رئيس الجمهورية`، `خالد المعولي أخو المتوفى`), not its next word
KINSHIP_NOUNS = frozenset(
    {
        "زوجه",
        "زوج",
        "ابن",
        "ابنه",
        "نجل",
        "نجله",
        "شقيق",
        "شقيقه",
        "اخو",
        "والد",
        "والده",
        "ارمله",
        "حفيد",
        "حفيده",
        "صهر",
    }
)

# second halves of compound names, folded: a bare word before one is the first half (`نصر
# الله`، `فضل الله`، `تقي الدين`، `سيف الاسلام`), whatever it means alone
THEOPHORIC = frozenset({"الله", "الدين", "الاسلام"})
