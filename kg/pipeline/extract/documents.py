"""Documents as speakers (issue 15, class 7): a report, a study, a statement says what its
issuer says.

- `كشف تقرير الأمم المتحدة أن`، `أفاد تقرير لصحيفة "بوليتيكو" بأن`، `وكشف التقرير الصادر عن
  مؤسسة النقد`، `وأوضح التقرير الذي أصدرته الأمانة العامة`، `قال تقرير نشرته صحيفة X إن`:
  a document noun right after the cue, followed by its issuer (in construct, after ل, after
  `صادر عن`, or as the subject of a relative `أصدرته/نشرته/أعدته/أجرته`): the issuer speaks.
- `وأكد التقرير`، `وأضافت الدراسة` alone: the document the story introduced before with its
  issuer; else, for a statement or letter (`البيان`، `الرسالة`), the organisation or country
  that spoke last (`وقالت الوزارة في بيان ... وتابع البيان`: `Speakers.issuer`).
- A document nobody is said to have issued (`أفاد تقرير جديد`، `قالت دراسة علمية`، `ذكر
  تقرير إخباري`) is left to the other rules: an unnamed source, no row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.bodies import office_of
from kg.pipeline.extract.clause import word_end
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.facts import Entity
from kg.pipeline.extract.names import plausible_name
from kg.pipeline.text.normalize import fold

if TYPE_CHECKING:
    from kg.pipeline.extract.discourse import Speakers

# Nouns of a document an actor issues (folded, without ال): its words are the actor's.
DOCUMENT_NOUNS = frozenset(
    fold(w) for w in ("تقرير", "دراسة", "بيان", "رسالة", "مذكرة", "وثيقة", "نشرة")
)

# Documents that stand for the last body that spoke even when no issuer was named before
# (`وقالت الوزارة في بيان ... وتابع البيان`).
_ISSUED = frozenset(fold(w) for w in ("بيان", "رسالة", "مذكرة"))
_REPORT = fold("تقرير")
_OFFICE = fold("مكتب")

# `صادر عن X`: the participle of issuing, with or without ال, in either gender.
_ISSUED_BY = frozenset(fold(w) for w in ("صادر", "الصادر", "صادرة", "الصادرة"))

# `الذي أصدرته X`، `نشرتها X`، `أعدته X`، `أجراها X`: a past verb of issuing with the
# document's pronoun, whose subject is the issuer.
_ISSUING_VERBS = frozenset(
    fold(stem + t + pronoun)
    for stem in ("أصدر", "نشر", "أعد", "أجرى")
    for t in ("", "ت")
    for pronoun in ("ه", "ها")
) | frozenset(fold(w) for w in ("أجرته", "أجرتها"))

_RELATIVES = frozenset({"الذي", "التي"})
_MODIFIERS = 3  # adjectives, a number or a time word between the noun and ل/صادر/الذي
_REACH = 160  # characters read after the document noun for its issuer


def document_noun(word: str) -> str | None:
    """The document noun a folded word is (`التقرير` → `تقرير`), or None."""
    bare = word[2:] if word.startswith("ال") else word
    return bare if bare in DOCUMENT_NOUNS else None


def issued_document(ctx: Context, cue: Mention) -> bool:
    """Whether the cue's subject is a document whose issuer the text names (`أفاد تقرير
    الأمم المتحدة`): not an unnamed source, though `تقرير` alone is one."""
    found = _document_after(ctx, cue)
    return found is not None and stated_issuer(ctx, found[1], found[0]) is not None


def document_speaker(ctx: Context, cue: Mention, speakers: Speakers) -> tuple[Entity, int] | None:
    """(the issuer, the end of the speaker's phrase) when the cue's subject is a document
    whose issuer a reader can tell; None when the word after the cue is no document noun
    or the text does not say whose it is (`أفاد تقرير جديد`: the other rules read it)."""
    found = _document_after(ctx, cue)
    if found is None:
        return None
    noun, end, definite = found
    stated = stated_issuer(ctx, end, noun)
    if stated is not None:
        return stated
    if not definite:
        return None  # أفاد تقرير جديد: nobody said whose (an unnamed source)
    end = _linked_post_end(ctx, end, noun)
    earlier = _introduced(ctx, noun, cue.start)
    if earlier is not None:
        return earlier, end
    issuer = speakers.issuer() if noun in _ISSUED else None  # وقالت الوزارة في بيان ...
    return (issuer, end) if issuer is not None else None


def _document_after(ctx: Context, cue: Mention) -> tuple[str, int, bool] | None:
    """(the document noun, the end of its word, whether it is definite) when the cue's
    subject word is a document noun (`كشف التقرير`، `أفاد تقرير`); None otherwise."""
    end = word_end(ctx, cue.end)
    words = [w for w in ctx.bare_words(cue.end, end) if w.isalpha()]
    noun = document_noun(words[0]) if words else None
    return (noun, end, words[0].startswith("ال")) if noun is not None else None


def stated_issuer(ctx: Context, noun_end: int, noun: str) -> tuple[Entity, int] | None:
    """The issuer the text names right after a document noun, and where its phrase ends:
    `تقرير الأمم المتحدة`، `تقرير لصحيفة X`، `التقرير الصادر حديثا عن X`، `التقرير الذي
    أصدرته X`، `تقرير نشرته X`, `بيان صادر عن مكتب ماي` (the office: `bodies.office_of`).
    None when the next actor is further, a post, a place, or a paper relaying a statement."""
    mentions = ctx.mentions_between(noun_end, min(len(ctx.text), noun_end + _REACH))
    actors = [m for m in mentions if m.kind is not Kind.CUE]
    if not actors:
        return None
    actor = actors[0]
    between = ctx.bare_words(noun_end, actor.start)
    if any(not w.isalnum() and w != "ـ" for w in between):
        return None  # a comma, a colon, a quote: the noun phrase ended before
    if between and between[-1] == _OFFICE and _issuer_link(between[:-1], noun, actor):
        found = office_of(ctx, actors, ctx.text.rfind("مكتب", noun_end, actor.start))
        if found is None:
            return None
        return found[0], max(found[1], _with_nationality(ctx, actor))  # past the post
    if not _issuer_kind(ctx, actor) or not _issuer_link(between, noun, actor):
        return None
    entity = ctx.entity(actor)
    if entity is None:
        return None
    return entity, _with_nationality(ctx, actor)


def _linked_post_end(ctx: Context, noun_end: int, noun: str) -> int:
    """Where `البيان الصادر عن مكتب رئيس الوزراء التركي` ends: a post whose holder is not
    named there is no issuer of its own, but the speaker's phrase runs past it."""
    mentions = ctx.mentions_between(noun_end, min(len(ctx.text), noun_end + _REACH))
    post = next((m for m in mentions if m.kind is not Kind.CUE), None)
    if post is None or post.kind is not Kind.TITLE:
        return noun_end
    between = ctx.bare_words(noun_end, post.start)
    if between and between[-1] == _OFFICE:
        between = between[:-1]
    if not between or any(not w.isalnum() for w in between):
        return noun_end
    return _with_nationality(ctx, post) if _issuer_link(between, noun, post) else noun_end


def _issuer_kind(ctx: Context, mention: Mention) -> bool:
    if mention.kind in (Kind.ORGANISATION, Kind.COUNTRY):
        return True
    return mention.kind is Kind.PERSON and plausible_name(ctx, mention)


def _issuer_link(between: list[str], noun: str, actor: Mention) -> bool:
    """Whether the words between a document noun and an actor make the actor its issuer:
    nothing (construct: `تقرير الأمم المتحدة`; not a country or its capital: `وثيقة
    باريس` is where it was agreed), or up to three modifiers then ل (`تقرير سري للأمم
    المتحدة`), `صادر ... عن`, or a relative verb of issuing (`الذي أصدرته`). A paper or
    agency that publishes (`نشر`) a statement relays it (`بيان نشرته وكالة الأنباء`); it
    issues only its own report (`تقرير نشرته صحيفة X`)."""
    words = [w for w in between if w != "ـ"]
    for k, word in enumerate(words):
        rest = words[k:]
        if word in _ISSUED_BY:
            return len(rest) <= 3 and rest[-1] == "عن"  # الصادر حديثا عن
        if word in _RELATIVES or word in _ISSUING_VERBS:
            verbs = [w for w in rest if w not in _RELATIVES]
            if len(verbs) != 1 or verbs[0] not in _ISSUING_VERBS:
                return False
            media = actor.attrs.get("kind") == "media"
            return not (verbs[0].startswith("نشر") and media and noun != _REPORT)
        if word == "ل":
            return k == len(words) - 1  # تقرير حديث لصحيفة X
        if k >= _MODIFIERS:
            return False
    return not words and actor.kind is not Kind.COUNTRY


def _with_nationality(ctx: Context, actor: Mention) -> int:
    """Where the issuer's phrase ends: past a nationality right after its name
    (`صحيفة نيويورك تايمز الأمريكية`) and a closing quote."""
    end = actor.end
    following = next(iter(ctx.mentions_between(end, end + 40)), None)
    if (
        following is not None
        and following.kind is Kind.NATIONALITY
        and not ctx.text[end : following.start].strip(' "«»“”')
    ):
        end = following.end
    while end < len(ctx.text) and ctx.text[end] in '"»”':
        end += 1
    return end


def _introduced(ctx: Context, noun: str, offset: int) -> Entity | None:
    """The issuer of the document that `التقرير`/`البيان` at `offset` refers to, when the
    story named one before: the last mention of the same noun before it whose issuer is
    stated (`كشف تقرير حديث لصحيفة X` ... `وأوضح التقرير`); mentions without one (`في
    تقرير`، `ووفق البيان`) are passed over, as a reader keeps the story's document in mind."""
    for sentence in reversed(ctx.sentences()):
        if sentence.start >= offset:
            continue
        for end in reversed(_noun_ends(ctx, sentence.start, min(sentence.end, offset), noun)):
            stated = stated_issuer(ctx, end, noun)
            if stated is not None:
                return stated[0]
    return None


def _noun_ends(ctx: Context, start: int, end: int, noun: str) -> list[int]:
    """Where every word in text[start:end] that is this document noun ends, with or without
    ال and a conjunction or preposition before it (`والتقرير`، `لتقرير`، `للتقرير`)."""
    ends = []
    for word_start, raw in _words(ctx.text, start, end):
        word = fold(raw)
        for prefix in ("", "و", "ل", "ب", "ف", "وب", "ول", "فب"):
            bare = word[len(prefix) :]
            if word.startswith(prefix) and (
                document_noun(bare) == noun or (bare.startswith("ل") and bare[1:] == "ال" + noun)
            ):
                ends.append(word_start + len(raw))
                break
    return ends


def _words(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(start, word) of each whitespace-separated word in text[start:end], without the
    punctuation after it."""
    found = []
    position = start
    for part in text[start:end].split(" "):
        stripped = part.strip()
        if stripped:
            offset = position + part.index(stripped)
            found.append((offset, stripped.rstrip('،,.:"«»“”()')))
        position += len(part) + 1
    return found
