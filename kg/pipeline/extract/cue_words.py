"""Closed-class words the statement rules reason with (folded: kg.pipeline.text.normalize).

Kept apart from kg.pipeline.annotate.arabic: these only matter for reading reported speech.
"""

from __future__ import annotations

from kg.pipeline.annotate.arabic import UNNAMED_SOURCES
from kg.pipeline.annotate.cue_forms import lemmas_of
from kg.pipeline.text.normalize import fold
from kg.pipeline.text.weekdays import WEEKDAYS

# Unnamed sources (folded): مصادر، مسؤول رفيع، مسؤولون أمريكيون، دبلوماسيون.
UNNAMED = frozenset(fold(w) for w in UNNAMED_SOURCES) | frozenset(
    fold(w)
    for w in (
        "مسؤولون",
        "مسؤولين",
        "مسؤولا",
        "دبلوماسيون",
        "دبلوماسي",
        "مصادر",
        "أوساط",
        "الأوساط",
        "جهات",
        "مراقبين",
        "متابعون",
        "البعض",
        "بعض",
        "آخرون",
        "كثيرون",
        "شهود",
        "مواطنون",
        "ناشطون",
        "مقربون",
        "وسائل",
    )
)

# Verbs of saying whose content comes after إن, a colon or a quote, never as a bare object.
SAY_CUES = frozenset({"قال", "اضاف", "تابع", "اردف", "صرح", "استطرد", "استدرك"})

# "For his part", "also": words between a speaker and the content (وقال بدوره، من جهته).
FOR_ONES_PART = frozenset(
    {"بدوره", "بدورها", "جهته", "جهتها", "جانبه", "جانبها", "ناحيته", "ناحيتها"}
    | {"المقابل", "ايضا", "كذلك"}
)

# Words after which a verb opens its own clause (its subject, if any, follows it).
CLAUSE_OPENERS = (
    frozenset(
        {
            "كما",
            "ثم",
            "قد",
            "لقد",
            "حيث",
            "اذ",
            "عندما",
            "حين",
            "بعدما",
            "فيما",
            "بينما",
            "لكن",
            "كان",
            "كانت",
            "ما",
            "لما",
            "وقد",
            "فقد",
            "هذا",
            "ذلك",
            "سرعان",
        }
    )
    | FOR_ONES_PART
    | frozenset({"لكنه", "لكنها", "لكنهم", "لكنهما", "انه", "انها", "الا"})
)

# Cue lemmas (folded) whose content may be a bare noun phrase, not only a clause: نفى
# الاتهامات، رحب بالإعلان، أعلنت النتائج، انتقدت أردوغان، استبعد استقالة الحكومة.
# Verbs of narration (واصل، اختتم، نقل، كتب) are not here: their object is not a stance.
NP_CUES = frozenset(
    {
        "قال",
        "اضاف",
        "تابع",
        "اردف",
        "اكد",
        "شدد",
        "نفي",
        "حذر",
        "اعرب",
        "عبر",
        "اشار",
        "دعا",
        "طالب",
        "ندد",
        "اشاد",
        "اوضح",
        "لفت",
        "نوه",
        "القول",
        "اعلن",
        "رحب",
        "انتقد",
        "ادان",
        "استنكر",
        "استبعد",
        "رجح",
        "اقر",
        "اصر",
        "ابدي",
        "جدد",
        "تعهد",
        "توقع",
        "اتهم",
        "وصف",
        "اعتبر",
        "راي",
        "تساءل",
    }
)

# Cue classes whose verbs may take a bare noun phrase as their content, whatever verb of
# the class it is (ثمّن الجهود، اقترح إنشاء لجنة، هدد بالانسحاب). Not refuse (رفض التعليق:
# an act refused, not a stance stated) nor nominate (رشّح X لمنصب: an act).
NP_CLASSES = frozenset(
    {
        "affirm", "announce", "deny", "doubt", "consider", "warn", "condemn", "criticise",
        "demand", "pledge", "accuse", "praise", "welcome", "express", "admit", "ask",
        "defend", "liken",
    }
)  # fmt: skip
NP_CUES = NP_CUES | lemmas_of(*NP_CLASSES)

# Words that open a circumstantial phrase between the speaker and the content:
# قال دي ميستورا أمام مجلس الأمن ... إن، قال جريج عقب لقائه الرئيس ... "..."
CIRCUMSTANTIAL_OPENERS = frozenset(
    {
        "في",
        "خلال",
        "عقب",
        "امام",
        "بعد",
        "قبل",
        "اثناء",
        "لدي",
        "عبر",
        "مع",
        "امس",
        "اليوم",
        "ردا",
        "تعليقا",
        "بحسب",
        "وفق",
        "وفقا",
        "حسب",
        "يوم",
        "مساء",
        "صباح",
        "بدوره",
        "بدورها",
        "من",
        "ايضا",
        "كذلك",
        "فيما",
        "بالنسبه",
        "بشان",
    }
)

# Words before أن that make it temporal or modal, not a complementiser: بعد أن التقى ...
NOT_COMPLEMENTISER_BEFORE = frozenset({"بعد", "قبل", "منذ", "دون", "بدون", "لاجل", "يجب", "يمكن"})

# Clause openers that end the attributed content: بعدما، بينما، في حين، فيما
CONTENT_BREAKERS = frozenset({"بعدما", "بينما", "وبينما", "فيما", "وفيما"})
# `فيما` followed by these is not a connector: فيما يبدو، فيما يتعلق، فيما بعد
FIMA_NOT_BREAKING = frozenset({"يبدو", "يتعلق", "يخص", "بعد", "بينها", "بينهم", "بينهما"})
# `، لكنه` / `، إلا أنه`: the narrator goes on about the speaker.
NARRATOR_BUT = frozenset({"لكنه", "لكنها", "لكنهم", "لكنهما", "ولكنه", "ولكنها", "ولكنهم"})

# Dual or plural references to the parties of a meeting: أكد الجانبان، شدد البلدان.
PARTY_PAIRS = frozenset({"الجانبان", "الطرفان", "البلدان", "الجانبين", "الطرفين", "البلدين"})
LEADER_PAIRS = frozenset({"الزعيمان", "الرئيسان", "الوزيران", "الزعيمين", "الرئيسين", "الوزيرين"})

# Nouns that name the medium of a statement (folded), beside the verbal nouns of the cues:
# في بيان، خلال مؤتمر صحفي، في مقابلة مع، في تغريدة، في كلمة ألقاها.
MEDIUM_NOUNS = frozenset(
    fold(w)
    for w in (
        "بيان",
        "مقابلة",
        "حديث",
        "حوار",
        "مؤتمر",
        "تغريدة",
        "كلمة",
        "رسالة",
        "مداخلة",
        "منشور",
        "خطاب",
        "لقاء",
        "اتصال",
    )
)

# Quotation marks: opening -> closing.
OPEN_QUOTES = {'"': '"', "«": "»", "“": "”", "'": "'"}

# Cues that report someone else's words or an act, not the subject's stance: نقل عن، نقل تحيات.
NOT_STANCE_CUES = frozenset({"نقل"})

# Cues that are only cues with their preposition: عبّر عن (عبر alone is "via"), أعرب عن.
PREP_REQUIRED = frozenset({"عبر", "اعرب", "لفت", "دعا"})

# Adverbs between a cue and its content that kg.pipeline.annotate.arabic does not list (folded).
EXTRA_ADVERBIALS = frozenset(
    {"فورا", "مجددا", "مره", "اخري", "ثانيه", "بشده", "بقوه", "صراحه", "رسميا", "علنا"}
)

# `وذلك` followed by these is the narrator placing the statement in time: وذلك بعد يوم من.
NARRATOR_CIRCUMSTANCE = frozenset(
    {"بعد", "بعدما", "قبل", "خلال", "في", "عقب", "اثر", "عندما", "اثناء"}
)

# Present-tense forms that, followed by أن, are the narrator's impersonal formulas
# (يُذكر أن، يُشار إلى أن، يُتوقع أن، يُعتقد أن), not someone's statement.
IMPERSONAL = frozenset({"يذكر", "يشار", "يتوقع", "يعتقد", "يقال", "يرجح", "يعتبر"})

# Time expressions that may stand right before a verb: الأسبوع الماضي أعلن، في 4 يوليو قال.
TIME_WORDS = frozenset(
    fold(w)
    for w in [
        "الماضي",
        "الماضية",
        "الفائت",
        "الفائتة",
        "المنصرم",
        "الجاري",
        "الحالي",
        "المقبل",
        "المقبلة",
        "القادم",
        "أمس",
        "اليوم",
        "الليلة",
        "صباحا",
        "مساء",
        "ظهرا",
        "ليلا",
        "سابقا",
        "لاحقا",
        "مؤخرا",
        "حاليا",
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "إبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
        "كانون",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "تشرين",
        "الأول",
        "الثاني",
        *WEEKDAYS,
    ]
)

# Particles that open content following a cue directly: وقال إذا كان ...، وأضاف لكن ...
DIRECT_OPENERS = frozenset(
    {
        "اذا",
        "لكن",
        "ولكن",
        "لا",
        "لن",
        "لم",
        "هناك",
        "ليس",
        "ليست",
        "نحن",
        "انا",
        "لو",
        "ان",
        "ذلك",
        "تلك",
    }
)

# Verbs of going on that a participle completes: ومضى قائلا، وعاد ليقول، واستطرد قائلا.
GOING_ON = frozenset({"مضي", "عاد", "استطرد", "اردف", "تابع", "واصل", "ختم", "استدرك"})

# Verbs of answering: what they govern with على is the question or the event answered
# (`رد على سؤال ... بأن`، `علق على القرار قائلا`), not what the speaker said.
RESPONSE_CUES = frozenset(fold(w) for w in ("رد", "علق", "أجاب", "عقب", "ردت", "علقت"))

# Cues whose first noun after the verb is often their object (دعا X إلى، طالب X بـ، اتهم X):
# a country there that does not agree with the verb is the one addressed. Other cues take a
# feminine verb for a state whose name is masculine (أعلنت البحرين، قالت العراق: الدولة).
OBJECT_CUES = frozenset(fold(w) for w in ("دعا", "طالب", "حث", "ناشد", "اتهم", "حمل", "حذر"))

# Cue classes whose verbs govern a person as their object (دعا X إلى، اتهم X بـ، حذّر X من،
# أشاد بـX، انتقد X): after their participle, the actor named is that object.
OBJECT_CLASSES = frozenset(
    {"demand", "accuse", "warn", "praise", "condemn", "criticise", "welcome", "nominate"}
)

# Words whose predicate may be an accusative participle (`ليس مرجحاً`، `كان متوقعاً`,
# `بات مؤكداً`): a cue form after them is an adjective, not the narrator's participle.
PREDICATE_TAKERS = frozenset(
    fold(w)
    for w in (
        "ليس", "ليست", "كان", "كانت", "يكون", "تكون", "أصبح", "أصبحت", "بات", "باتت",
        "غير", "يبدو", "تبدو", "ظل", "ظلت", "صار", "صارت", "أمرا", "أمراً",
    )
)  # fmt: skip

# Post heads that name no particular office: `المسؤول الإيراني` is the Iranian official the
# story named last, whatever his post; `المسؤول` alone names nobody we can tell.
GENERIC_POSTS = frozenset({"مسؤول", "المسؤول", "مسوول", "المسوول"})

# Descriptor nouns a speaker's name follows (`نجم فريق العين … عمر عبد الرحمن`): a person
# mention that opens with one of them is a description, and the name after it is the speaker.
DESCRIPTORS = frozenset(
    fold(w)
    for w in (
        "نجم",
        "نجمة",
        "لاعب",
        "لاعبة",
        "مهاجم",
        "مدافع",
        "حارس",
        "هداف",
        "قائد",
        "مدرب",
        "مدربة",
        "نجوم",
        "لاعبو",
        "ظهير",
        "صانع",
        "جناح",
    )
)
