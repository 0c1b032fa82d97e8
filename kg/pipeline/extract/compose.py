"""Compositional posts: a head post followed by the phrase of a body no lexicon holds.

`رئيس الآلية الأفريقية رفيعة المستوى ثامبو امبيكي`، `مدير شرطة منطقة الرياض اللواء X`،
`وزير رئاسة الجمهورية X`: the post is a bare head (رئيس، مدير، وزير) in construct with a
body noun (آلية، لجنة، هيئة، شرطة، رئاسة ...) and the words that complete it: definite
genitives and adjectives (الأفريقية), an adjective in construct (رفيعة المستوى), a unit
noun with its named place (منطقة الرياض). The phrase is read by its shape, word by word,
and stops at anything else: punctuation, a preposition, a word that may begin a name, a
person, a rank or another post. A body named by an organisation the annotator already
found (`مدير عام شركة أرامكو`) is left to the post reading in `roles`.

A minister's phrase is his portfolio (`وزير رئاسة الجمهورية` is held in the state, as
`وزير الخارجية` is); any other head's phrase is the body it is held in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.pipeline.annotate.arabic import (
    NAMED_AFTER,
    PLACE_NOUNS,
    POST_QUALIFIERS,
    RELATIVE_PRONOUNS,
)
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.facts import Entity
from kg.pipeline.extract.places import body_named_before
from kg.pipeline.text.normalize import fold

# Body nouns (folded, without ال) that a bare head post may take in construct.
BODY_NOUNS = frozenset(
    {
        "اليه",  # آلية
        "لجنه",
        "هييه",
        "مجلس",
        "شركه",
        "نادي",
        "موسسه",
        "جمعيه",
        "اتحاد",
        "منظمه",
        "مركز",
        "جهاز",
        "اداره",
        "شرطه",
        "رياسه",
        "مكتب",
        "وكاله",
        "دايره",
        "مديريه",
        "قياده",
        "غرفه",
        "صندوق",
        "محكمه",
        "مفوضيه",
        "بعثه",
        "امانه",
        "ديوان",
        "هيئه",
        "جامعه",
        "كليه",
        "مستشفي",
        "معهد",
        "مطار",
    }
)
# Bare heads that take a body in construct (folded, without ال).
_HEADS = frozenset({"رييس", "رييسه", "مدير", "مديره", "امين", "قايد", "وزير", "وزيره"})
_MINISTERS = frozenset({"وزير", "وزيره"})
_STOPS = (Kind.PERSON, Kind.HONORIFIC, Kind.TITLE, Kind.CUE, Kind.ORGANISATION)
_TOKEN = re.compile(r"\S+")
_PUNCTUATION = "،,.:;!?؟()«»\"'“”-"
_MAX_WORDS = 8
# Definite words that do not continue a body's name: relative pronouns and forms of address
_NOT_BODY = frozenset(
    RELATIVE_PRONOUNS
    | {"الاخ", "الاخت", "الزميل", "الزميله", "السيد", "السيده", "الاستاذ", "الاستاذه"}
)
# Words after a noun named after a person (مركز الملك فيصل، جامعة الأمير سلطان)
_NAMING_TITLES = frozenset({"الملك", "الامير", "الاميره", "الشيخ", "السلطان", "الرييس", "الامام"})


@dataclass(frozen=True)
class Composed:
    """A body phrase after a head post: where it ends, the role it makes, and the body the
    post is held in (None for a minister: his portfolio, held in the state)."""

    end: int
    role: str
    organisation: Entity | None


def composed_post(ctx: Context, mentions: list[Mention], index: int) -> Composed | None:
    """The body phrase right after the bare head post `mentions[index]`, if it has one."""
    title = mentions[index]
    head, start, role = _split_title(ctx, title)
    if head is None or (start < title.end and body_named_before(ctx, title) is not None):
        return None  # رئيس المجلس الانتخابي الأعلى after المجلس الانتخابي: that body
    sentence_end = ctx.text.find("\n", title.end)
    limit = min(
        [m.start for m in mentions[index + 1 :] if m.kind in _STOPS]
        + [sentence_end if sentence_end >= 0 else len(ctx.text)]
    )
    places = [m for m in mentions[index + 1 :] if m.kind in (Kind.COUNTRY, Kind.PLACE)]
    organisations = [m.start for m in mentions[index + 1 :] if m.kind is Kind.ORGANISATION]
    genitive = bool(organisations) and organisations[0] == limit  # مجلس إدارة شركة X
    words = _body_words(ctx, start, limit, places, genitive)
    if len(words) < 2 or words[-1][1] <= title.end or _named_after(ctx, words, limit):
        return None
    organisation = _organisation_after(ctx, mentions, words)
    if organisation is not None and _board(ctx, words) == len(words) and head not in _MINISTERS:
        board = ctx.text[words[0][0] : words[-1][1]]  # رئيس مجلس إدارة شركة أرامكو
        return Composed(organisation.end, f"{role} {board}", ctx.entity(organisation))
    if organisation is not None:
        return None
    start, end = words[0][0], words[-1][1]
    phrase = ctx.text[start:end]
    if head in _MINISTERS:
        return Composed(end, f"{role} {phrase}", None)
    board = _board(ctx, words)
    if board is not None:  # رئيس مجلس إدارة الشركة السعودية للكهرباء: the company's board
        if board >= len(words):
            return None
        role = f"{role} {ctx.text[start : words[board - 1][1]]}"
        phrase = ctx.text[words[board][0] : end]
    if len(words) - (board or 0) == 1:  # رئيس مجلس إدارة النادي: the club named before
        found = ctx.organisation_before(title.start, "", fold(phrase).removeprefix("ال"))
        return Composed(end, role, found)
    label = phrase
    key = "org-" + "-".join(fold(label).split())
    return Composed(end, role, _body(key, label))


def _named_after(ctx: Context, words: list[tuple[int, int]], limit: int) -> bool:
    """`مدير مركز الملك سلمان ...`: a body named after a person (its name would read as
    the holder's)."""
    nouns = [fold(ctx.text[s:e]).removeprefix("ال") for s, e in words]
    after = ctx.bare_words(words[-1][1], words[-1][1] + 20)[:1]
    named = any(n in NAMED_AFTER for n in nouns)
    following = [fold(ctx.text[s:e]) for s, e in words[1:]] + after
    return named and any(w in _NAMING_TITLES for w in following)


def _organisation_after(
    ctx: Context, mentions: list[Mention], words: list[tuple[int, int]]
) -> Mention | None:
    """`رئيس المكتب الإداري للإخوان`: a unit of an organisation named right after it is
    left to the post reading, which holds the post in that organisation."""
    end = words[-1][1]
    later = next((m for m in mentions if m.start >= end), None)
    if later is None or later.kind is not Kind.ORGANISATION:
        return None
    return later if ctx.text[end : later.start].strip() in ("", "ل", "لل") else None


def _board(ctx: Context, words: list[tuple[int, int]]) -> int | None:
    """How many words of the phrase name a board (`مجلس إدارة`، `مجلس الإدارة`), if it
    begins with one: the post is the board's, held in the body named after it."""
    first = [fold(ctx.text[s:e]) for s, e in words[:2]]
    return 2 if first in (["مجلس", "اداره"], ["مجلس", "الاداره"]) else None


def _split_title(ctx: Context, title: Mention) -> tuple[str | None, int, str]:
    """The bare head of a title, where its body phrase starts, and the role it names:
    `رئيس` (the phrase follows it) or `رئيس الهيئة` (the title ends in a definite body
    noun that the phrase after it completes: `رئيس الهيئة الوطنية للانتخابات`)."""
    words = title.text.split()
    if len(words) == 1:
        return _head(fold(title.text)), title.end, title.attrs.get("role") or title.text
    last = fold(words[-1])
    if len(words) == 2 and last.startswith("ال") and _body_noun(last):
        head = _head(fold(words[0]))
        if head is not None and head not in _MINISTERS:
            return head, title.start + title.text.rindex(words[-1]), words[0].removeprefix("و")
    return None, title.end, ""


def _head(word: str) -> str | None:
    """The bare head a title is written with (ال and a leading و read off), if it is one."""
    for form in (word, word.removeprefix("و")):
        if form.removeprefix("ال") in _HEADS:
            return form.removeprefix("ال")
    return None


def _body(key: str, label: str) -> Entity:
    return Entity("Organisation", key, label, frozenset({label}))


def _body_words(
    ctx: Context, start: int, limit: int, places: list[Mention], genitive: bool = False
) -> list[tuple[int, int]]:
    """Spans of the words of the body phrase starting at `start` (empty: none there);
    `genitive`: an organisation named at `limit` may complete an open construct."""
    tokens = [
        (
            m.start() + start,
            m.start() + start + len(m.group().rstrip(_PUNCTUATION)),
            fold(m.group()),
        )
        for m in _TOKEN.finditer(ctx.text[start:limit])
    ]
    if (
        not tokens
        or not _body_noun(tokens[0][2])
        or tokens[0][2] != tokens[0][2].strip(_PUNCTUATION)
    ):
        return []
    common = ctx.lexicon.common_words
    words = [tokens[0][:2]]
    open_construct = not tokens[0][2].startswith("ال")  # لجنة ...: needs its genitive
    at = 1
    while at < len(tokens) and len(words) < _MAX_WORDS:
        s, e, word = tokens[at]
        if any(c in _PUNCTUATION for c in ctx.text[words[-1][1] : s]):
            break
        clean = word.strip(_PUNCTUATION)
        if clean in POST_QUALIFIERS or clean in _NOT_BODY:  # السابق، المكلف: the post's
            break
        place = next((p for p in places if p.start == s), None)
        previous = fold(ctx.text[words[-1][0] : words[-1][1]])
        after_unit = previous in PLACE_NOUNS
        if place is not None and open_construct and (after_unit or _body_noun(previous)):
            words.append((s, place.end))  # منطقة الرياض، جامعة تعز: the noun and its place
            open_construct = False
            if after_unit:
                break
            at = next((k for k in range(at, len(tokens)) if tokens[k][0] >= place.end), len(tokens))
            continue  # مركز الأحواز للإعلام: a body named by a place may go on
        if clean.startswith("ال") and len(clean) > 3:
            words.append((s, e))
            open_construct = False
        elif clean.startswith("وال") and len(clean) > 4 and not open_construct:
            words.append((s, e))  # اللجنة الرقمية والثقافية: joined adjectives
        elif clean.startswith("لل") and len(clean) > 4 and not open_construct:
            words.append((s, e))  # الهيئة العامة للرياضة: the field that names the body
        elif _field(clean, common) and not open_construct and _next_definite(tokens, at):
            words.append((s, e))  # الهيئة العليا لمسيرات العودة، الاتحاد السعودي لكرة القدم
            open_construct = True
        elif clean in PLACE_NOUNS or _body_noun(clean) and open_construct:
            words.append((s, e))  # شرطة منطقة ...: a construct chain
            open_construct = True
        elif not open_construct and clean in common and _next_definite(tokens, at):
            words.append((s, e))  # رفيعة المستوى: an adjective in construct
            open_construct = True
        else:
            break
        if clean != word:
            break  # punctuation attached to the word ends the phrase
        at += 1
    completed = (
        genitive and bool(words) and ctx.text[words[-1][1] : limit].strip() in ("", "ل", "لل")
    )
    while words and open_construct and not completed:  # an unfinished construct is no phrase
        words.pop()
        last = fold(ctx.text[words[-1][0] : words[-1][1]]) if words else "ال"
        open_construct = not last.startswith("ال")
    return words


def _body_noun(word: str) -> bool:
    return word.removeprefix("ال") in BODY_NOUNS


def _field(word: str, common: frozenset[str]) -> bool:
    """`لكرة`، `لتصدير`: ل with a common noun, in construct with the definite word after it."""
    return word.startswith("ل") and not word.startswith("لل") and word[1:] in common


def _next_definite(tokens: list[tuple[int, int, str]], at: int) -> bool:
    return at + 1 < len(tokens) and tokens[at + 1][2].startswith("ال")
