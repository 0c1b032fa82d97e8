"""Material between a cue, its speaker and the content, recognised by its shape and skipped:
a phrase of place or occasion before the preposition the cue governs (`عبّر الرئيس في
الاجتماع عن سعادته`), the medium of the statement (`في تصريحات لـ«عكاظ»`، `في تصريح صحفي`،
`خلال مؤتمر صحفي`، `في بيانها`), an object pronoun (`متهماً إياه بـ`). Speech nouns are the
verbal nouns of the cue lemmas (kg/data/cue_lemmas.tsv: تصريح، تأكيد، إعلان) in the singular,
the plural and with a pronoun, and the nouns of a medium (بيان، مقابلة، مؤتمر، تغريدة).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from kg.pipeline.annotate.arabic import COMPLEMENTIZERS, THIRD_PERSON_SUFFIXES
from kg.pipeline.annotate.cue_forms import cue_lemmas
from kg.pipeline.extract.clause import Token, cue_starts_in, token_form
from kg.pipeline.extract.cue_words import MEDIUM_NOUNS, OPEN_QUOTES
from kg.pipeline.text.normalize import fold

# Words that open a phrase of place or occasion: في الاجتماع، خلال لقائه، أمام البرلمان.
FRAMING_OPENERS = frozenset({"في", "خلال", "امام", "عقب", "اثناء", "لدي", "اثر"})

_PRONOUNS = ("", *THIRD_PERSON_SUFFIXES)
_COMMAS = frozenset({"،", ","})


def framing_phrase(tokens: list[Token], start: int, end: int) -> bool:
    """`عبّر الرئيس في الاجتماع عن سعادته`، `أعرب خلال لقائه الوفد عن`: tokens[start:end] are a
    short phrase of place or occasion (opened by في، خلال، أمام، عقب ...) without a comma or
    a quote, standing between the speaker and the preposition the cue governs."""
    if start > 0 and token_form(tokens[start - 1]) in FRAMING_OPENERS:
        start -= 1  # في was skipped as an adverbial
    return (
        start < end
        and token_form(tokens[start]) in FRAMING_OPENERS
        and end - start <= 5
        and not any(t[0] in _COMMAS or t[0] in OPEN_QUOTES for t in tokens[start:end])
    )


def parenthetical_occasion_end(tokens: list[Token], index: int) -> int | None:
    """`ندد X، لدى استقباله وزير العمل علي ربيعي، بانتشار ...`، `أعرب X، خلال لقائه الوفد
    الزائر، عن`: a phrase of place or occasion set off by two commas right after the
    speaker (tokens[index] is the first comma or the opener after it); the index after
    the closing comma, or None when no comma closes it within a short phrase or a quote,
    colon or complementiser comes first (the content has begun)."""
    if 0 < index < len(tokens) and tokens[index - 1][0] in _COMMAS:
        index -= 1  # the comma was skipped with the adverbials
    if index + 1 >= len(tokens) or tokens[index][0] not in _COMMAS:
        return None
    if token_form(tokens[index + 1]) not in FRAMING_OPENERS:
        return None
    return closing_comma(tokens, index + 2, min(len(tokens), index + 2 + _OCCASION_WORDS))


def closing_comma(
    tokens: list[Token], first: int, stop: int, later: Sequence[int] = ()
) -> int | None:
    """The index after the comma that closes a phrase set off by commas, read from
    tokens[first] up to tokens[stop] (an apposition after the speaker, an occasion phrase);
    None when tokens[first] is itself a comma (no phrase), when the content begins first (a
    complementiser, an opening quote, a colon, a full stop, ؟ or ؛, one of the `later`
    cues) or when no comma comes before `stop`. One scan for both phrases, so that they
    end the same way."""
    for k in range(first, stop):
        token = tokens[k]
        if token[0] in _COMMAS:
            return k + 1 if k > first else None
        if (
            token_form(token) in COMPLEMENTIZERS
            or token[0] in OPEN_QUOTES
            or token[0] in {":", ".", "؟", "؛"}
            or cue_starts_in(token, later)
        ):
            return None
    return None


_OCCASION_WORDS = 12  # words of an occasion phrase between commas


@cache
def speech_nouns() -> frozenset[str]:
    """Folded nouns that name a statement or its medium, with and without a pronoun: the
    verbal nouns of every cue lemma (تصريح، تصريحات، تصريحه، تأكيده) and MEDIUM_NOUNS."""
    stems: set[str] = set()
    for lemma in cue_lemmas():
        for masdar in lemma.masdars:
            bare = fold(masdar)
            stems.add(bare[:-1] + "ات" if bare.endswith("ه") else bare + "ات")
            stems.add(bare)
    stems |= MEDIUM_NOUNS
    out = set()
    for stem in stems:
        base = stem[:-1] + "ت" if stem.endswith("ه") else stem
        out.update(stem if not p else base + p for p in _PRONOUNS)
    return frozenset(out)


def _adjective(form: str) -> bool:
    """`صحفية`، `الصحفي`، `متلفزة`: a relative adjective after a speech noun."""
    bare = form.removeprefix("ال")
    return len(bare) >= 4 and bare.endswith(("يه", "ي")) or bare in {"خاصه", "مشترك", "مشتركه"}


def speech_medium_end(tokens: list[Token], index: int) -> int | None:
    """After `في تصريحات لـ«عكاظ»`، `في تصريح صحفي`، `خلال مؤتمر صحفي`، `في بيانها`: the index
    of the first token after the phrase that names the statement's medium, or None.

    The phrase is في/خلال/عبر + a speech noun + up to two adjectives + the recipient written
    as ل + a quoted name (`لـ«عكاظ»`، `لصحيفة "الحياة"`): its closing quote is where the
    content may start without an introducer. Without one the phrase has no visible end, and
    the content needs an introducer that other rules find (`في تصريح صحفي إن`)."""
    k = index
    if k >= len(tokens) or token_form(tokens[k]) not in {"في", "خلال", "عبر"}:
        return None
    k += 1
    if k >= len(tokens) or fold(tokens[k][0]) not in speech_nouns():
        return None
    k += 1
    for _ in range(2):
        if k < len(tokens) and _adjective(fold(tokens[k][0])):
            k += 1
    if k >= len(tokens) or not fold(tokens[k][0]).rstrip("ـ").startswith("ل"):
        return None  # without a quoted recipient the phrase has no visible end
    quote = k if tokens[k][0] in OPEN_QUOTES else k + 1
    if quote >= len(tokens) or tokens[quote][0] not in OPEN_QUOTES:
        return None  # لوكالة رويترز ...: where the recipient ends is not visible
    closing = OPEN_QUOTES[tokens[quote][0]]
    close = next(
        (j for j in range(quote + 1, min(len(tokens), quote + 6)) if tokens[j][0] == closing),
        None,
    )
    if close is None or close + 1 >= len(tokens):
        return None
    k = close + 1
    while k < len(tokens) - 1 and _adjective(fold(tokens[k][0])):
        k += 1  # لبرنامج "صدى الملاعب" التلفزيوني
    return k


# Where a statement was posted (`على موقعه الإلكتروني`، `حسابه على تويتر`، `صفحتها في
# فيسبوك`): nouns of a web page or account (with a possessive pronoun or not) and the names
# of the platforms, folded.
_WEB_NOUNS = frozenset({"موقع", "مواقع", "حساب", "صفحه", "منصه", "قناه", "تطبيق"})
_PLATFORMS = frozenset(
    {"تويتر", "فيسبوك", "فيس", "بوك", "انستغرام", "انستجرام", "يوتيوب", "تلغرام", "تليغرام"}
)
_WEB_PREPOSITIONS = frozenset({"علي", "عبر", "في", "ب"})
_WEB_ADJECTIVES = frozenset(
    fold(article + word + ending)
    for article in ("", "ال")
    for word in ("إلكتروني", "الكتروني", "رسمي", "شخصي", "خاص", "تواصل", "اجتماعي")
    for ending in ("", "ة")
)
_OPENERS = frozenset(OPEN_QUOTES) | {"("}
# Words that say whose page it is: `الخاصة بها`، `تابع له`، `التابع للحركة`.
_OWNED = frozenset({"بها", "به", "بهم", "لها", "له", "لهم", "تابع", "تابعه", "التابع", "التابعه"})


def web_medium_end(tokens: list[Token], index: int) -> int | None:
    """`وقالت المنظمة على موقعها الإلكتروني "..."`، `كتب على حسابه بموقع تويتر أن`،
    `أوضحت الهيئة في تغريدة على موقع "تويتر"، أن`: when the content would start at a web
    page or platform right after the preposition that names where the words were posted,
    the index of the first token after that phrase (the page, its adjectives, the platform
    it is on, a short quoted platform name); None otherwise. The content starts after it."""
    if index + 1 < len(tokens) and token_form(tokens[index]) in _WEB_PREPOSITIONS:
        index += 1  # عبر موقع إلكتروني: the preposition not yet skipped
    if index == 0 or index >= len(tokens) or not _web_word(tokens[index]):
        return None
    if token_form(tokens[index - 1]) not in _WEB_PREPOSITIONS:
        return None  # وأضاف: تطبيق "سبق" أصبح ...: a page as the subject of the words
    k = index
    while k < len(tokens):
        form = token_form(tokens[k])
        if _web_word(tokens[k]) or _without_bi(form) in _PLATFORMS or form in _WEB_ADJECTIVES:
            k += 1
        elif form in _OWNED and k > index:
            k += 1  # صفحة "فيسبوك" الخاصة بها، موقع إلكتروني تابع له
        elif tokens[k][0] == "#" and k > index:
            k += 2  # صفحة #السفارة_البريطانية على فيسبوك
        elif form in _WEB_PREPOSITIONS and k + 1 < len(tokens) and _web_word(tokens[k + 1]):
            k += 1  # حسابه على تويتر، صفحتها في فيسبوك
        elif tokens[k][0] in _OPENERS and k + 2 < len(tokens) and _platform(tokens[k + 1]):
            k += 3  # موقع "تويتر"، (تويتر)
        else:
            break
    return k


def _web_word(token: Token) -> bool:
    """A web page or account noun, with a possessive pronoun or ب (`موقعها`، `بموقع`،
    `صفحتها`), or a platform's name (folded: صفحة is صفحه)."""
    form = _without_bi(token_form(token))
    if form in _WEB_NOUNS or form in _PLATFORMS:
        return True
    for suffix in THIRD_PERSON_SUFFIXES:
        stem = form.removesuffix(suffix)
        if stem != form and (stem in _WEB_NOUNS or stem.removesuffix("ت") + "ه" in _WEB_NOUNS):
            return True
    return False


def _without_bi(form: str) -> str:
    """A folded word without an attached ب (`بموقع` → `موقع`); words of three letters or
    fewer keep it (it may be their own)."""
    return form[1:] if form.startswith("ب") and len(form) > 3 else form


def _platform(token: Token) -> bool:
    return token_form(token) in _PLATFORMS
