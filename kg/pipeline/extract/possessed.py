"""Posts written with a possessive pronoun: `ورئيسها التنفيذي`، `قائده`، `مستشاريه`،
`رئيس مكتبه السياسي`.

The pronoun stands for what the post is held in, named earlier: an organisation
(`شركة فيسبوك ورئيسها التنفيذي` is Facebook's chief executive) or a person, whose own
post then gives the place (`الرئيس اليمني هادي ... مستشاريه` are advisers in Yemen). The
antecedent is the nearest earlier organisation, country or person that agrees with the
pronoun in gender and number, as a reader takes it. A plural post (`مستشاريه`) is held by
every name of the list after it. A deputy's pronoun (`ونائبه`) is the counterparts rule's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.pipeline.annotate.arabic import FORMER, THIRD_PERSON_PRONOUNS, THIRD_PERSON_SUFFIXES
from kg.pipeline.annotate.model import Kind, Mention, Word
from kg.pipeline.extract.bodies import name_gender
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.facts import Entity, role_at
from kg.pipeline.text.document import Sentence
from kg.pipeline.text.normalize import fold, unmarked

_DEPUTY_HEADS = {"نايب", "نايبه"}  # ونائبه: the deputy of a post, read by _counterparts
_LIST_WORDS = {"،", "و"}
_LOOKBACK = 3  # sentences searched for the antecedent
_NEAR = 40  # characters before a possessed noun searched for its post (رئيس مكتبه)
_APPOSITION = 300  # characters before a possessed post searched for the name it is apposed to
# a short quoted name (one to three words): `"فارك"`، `فصيل "شباب السنة"`
_QUOTED_NAME = re.compile(r'["«“]([^"«»“”\n]{2,40})["»”]')


@dataclass
class Possessed:
    """A post with a pronoun: where it is written, the role it names, the pronoun."""

    start: int
    end: int
    role: str
    gender: str
    number: str
    plural: bool = False
    former: bool = False
    job: bool = False  # محاميه، لاعبه: held only in an organisation, not a country


def possessed_roles(ctx: Context, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add a role for every name held by a possessed post in the sentence."""
    all_words = ctx.annotation.words
    words = [all_words[i] for i in ctx.words_overlapping(sentence.start, sentence.end)]
    for index, word in enumerate(words):
        if _pronoun_reading(word.text) is None:
            continue  # most words: no attached pronoun, no possessed post (memoised test)
        post = _possessed_post(ctx, words, index, mentions)
        if post is None or any(
            m.kind is Kind.TITLE for m in ctx.mentions_between(word.start, word.start + 1)
        ):
            continue
        holders = _holders(ctx, mentions, post) or _apposed_holder(ctx, mentions, post)
        if not holders:
            continue
        organisation = _antecedent_place(ctx, post)
        if organisation is None or (post.job and organisation.kind == "Country"):
            continue  # مدربه with no earlier club or coached person: no guess
        for holder in holders:
            person = ctx.entity(holder)
            if person is None:
                continue
            fact = role_at(
                person,
                post.role,
                organisation,
                (post.start, post.end),
                (holder.start, holder.end),
                sentence.index,
                "role:possessed",
                post.former,
            )
            ctx.roles.append(fact)


def _strip_conjunction(form: str) -> str:
    return form[1:] if len(form) > 3 and form[0] in "وف" else form


def pronoun_of(form: str) -> tuple[str, str, str] | None:
    """(stem, gender, number) of a word read as noun + attached pronoun."""
    for suffix, gender, number in THIRD_PERSON_PRONOUNS:
        if form.endswith(suffix) and len(form) - len(suffix) >= 3:
            return form[: -len(suffix)], gender, number
    return None


def _written_with_pronoun(text: str) -> bool:
    """Whether the word as written ends in a pronoun's ه (not a ة folded to ه)."""
    letters = unmarked(text)
    return letters.endswith(THIRD_PERSON_SUFFIXES)


@lru_cache(maxsize=1 << 16)
def _pronoun_reading(text: str) -> tuple[str, str, str] | None:
    """`pronoun_of` the folded word without its conjunction, when the word as written ends
    in a pronoun (folding makes ة a ه: أزمة is no أزمه); memoised per spelling, since every
    word of every sentence is asked."""
    reading = pronoun_of(_strip_conjunction(fold(text)))
    if reading is None or not _written_with_pronoun(text):
        return None
    return reading


def _title_head(ctx: Context, stem: str) -> tuple[str, bool, bool] | None:
    """The post a stem names (رييس → الرئيس) and whether it is a sound plural in
    construct (مستشاري → مستشار), and whether it is a job word (محاميه), when the lexicon
    holds it as a one-word post. The role
    keeps the form as written (`رئيسها التنفيذي`، `مستشاريه`), as a reader quotes it."""
    candidates = [(stem, False)]
    if stem.endswith("ي") and len(stem) > 4:
        candidates.append((stem[:-1], True))  # مستشاريه، مساعديه، ممثليه
    for form, plural in candidates:
        for written in (form, "ال" + form):
            found = ctx.lexicon.match([written], 0)
            if found and found[1] == 1 and found[2].kind is Kind.TITLE and not found[0]:
                label = found[2].label or written
                job = dict(found[2].attrs).get("job") == "1"
                return (label if label.startswith("ال") else "ال" + label), plural, job
    return None


def _possessed_post(
    ctx: Context, words: list[Word], index: int, mentions: list[Mention]
) -> Possessed | None:
    """A post at words[index]: a post word with a pronoun (قائده، ورئيسها) or a bare post
    before a noun with a pronoun (رئيس مكتبه السياسي), then its definite adjectives."""
    word = words[index]
    reading = _pronoun_reading(word.text)
    if reading is None:
        return None
    stem, gender, number = reading
    start = word.start
    found = _title_head(ctx, stem)
    written = word.text[1:] if _strip_conjunction(fold(word.text)) != fold(word.text) else word.text
    job = False
    if found is not None:
        head, plural, job = found
        if fold(head).removeprefix("ال") in _DEPUTY_HEADS:
            return None
        role = written
    else:
        title = _bare_title_before(ctx, mentions, word)
        if title is None or stem in ctx.lexicon.first_names or stem.startswith("ال"):
            return None  # التوجيه: a ه of the root on a noun with the article
        role, plural, start = f"{title.text} {written}", False, title.start
        job = bool(title.attrs.get("job"))
    post = Possessed(start, word.end, role, gender, number, plural, job=job)
    for following in words[index + 1 : index + 3]:
        form = fold(following.text)
        if not form.startswith("ال") or any(m.start == following.start for m in mentions):
            break
        if form in FORMER:
            post.former = True
        else:
            post.role = f"{post.role} {following.text}"
        post.end = following.end
    return post


def _bare_title_before(ctx: Context, mentions: list[Mention], word: Word) -> Mention | None:
    """A one-word post without the article right before the word (رئيس مكتبه)."""
    for mention in ctx.mentions_between(word.start - _NEAR, word.start):
        if (
            mention.kind is Kind.TITLE
            and mention.end <= word.start
            and " " not in mention.text
            and not fold(mention.text).startswith("ال")
            and not ctx.bare_words(mention.end, word.start)
        ):
            return mention
    return None


def _holders(ctx: Context, mentions: list[Mention], post: Possessed) -> list[Mention]:
    """The name right after the post (honorifics and a nationality may come between);
    after a plural post, every name of the list (`الدكتور X، والمهندس Y، وZ`)."""
    out: list[Mention] = []
    position = post.end
    for mention in mentions:
        if mention.start < position:
            continue
        gap = ctx.bare_words(position, mention.start)
        if gap and not (out and post.plural and set(gap) <= _LIST_WORDS):
            break
        if mention.kind is Kind.PERSON:
            out.append(mention)
            if not post.plural:
                break
        elif mention.kind not in (Kind.HONORIFIC, Kind.NATIONALITY):
            break
        position = mention.end
    return out


def _apposed_holder(ctx: Context, mentions: list[Mention], post: Possessed) -> list[Mention]:
    """`مارك زوكربيرغ، مؤسس شركة فيسبوك ورئيسها التنفيذي،`: a possessed post inside the
    apposition after a name (one comma after the name, no other name or cue between)."""
    before = [m for m in ctx.mentions_between(post.start - _APPOSITION, post.start)]
    before = [m for m in before if m.end <= post.start]
    people = [m for m in before if m.kind is Kind.PERSON]
    if not people:
        return []
    person = people[-1]
    between = [m for m in before if m.start >= person.end]
    if any(m.kind in (Kind.PERSON, Kind.CUE, Kind.TITLE) for m in between):
        return []
    gap = ctx.words(person.end, post.start)
    if not gap or gap[0] != "،" or gap.count("،") != 1 or post.plural:
        return []
    return [person]


def _antecedent_place(ctx: Context, post: Possessed) -> Entity | None:
    """Where the post is held: the nearest earlier organisation or country that agrees with
    the pronoun, or the post's place of the nearest agreeing person."""
    sentence = ctx.annotation.document.sentence_at(post.start)
    first = max(0, (sentence.index if sentence else 0) - _LOOKBACK)
    earliest = ctx.annotation.document.sentences[first].start
    unread = _unread_quoted_names(ctx, earliest, post.start)
    for mention in reversed(ctx.mentions_between(earliest, post.start)):
        if any(mention.end <= start for start in unread):
            return None  # وبعدما فشلت "فارك" ... وأعرب زعيمها: a body no lexicon holds
        if mention.kind is Kind.PERSON:
            if _person_agrees(ctx, mention, post):
                return _place_of_person(ctx, mention)
        elif mention.kind is Kind.ORGANISATION:
            if _organisation_gender(mention) == post.gender and post.number == "sg":
                return ctx.entity(mention)
        elif mention.kind is Kind.COUNTRY and post.gender == "f" and post.number == "sg":
            return ctx.entity(mention)
        elif _organisation_reference(mention) and _organisation_gender(mention) == post.gender:
            return ctx.organisation_before(
                mention.start, mention.attrs.get("kind", ""), mention.attrs.get("head", "")
            )
    return None


def _unread_quoted_names(ctx: Context, start: int, end: int) -> list[int]:
    """Starts of short quoted names between `start` and `end` that no mention covers
    (`فشلت "فارك"`، `فصيل "شباب السنة"`): a body the article names that no lexicon holds,
    nearer the pronoun than any body read, so the pronoun's body is not known."""
    out = []
    for found in _QUOTED_NAME.finditer(ctx.text, start, end):
        if len(found.group(1).split()) > 3:
            continue
        if not ctx.mentions_between(found.start(1), found.end(1)):
            out.append(found.start())
    return out


def _organisation_reference(mention: Mention) -> bool:
    return mention.kind is Kind.REFERENCE and mention.attrs.get("ref") == "organisation"


def _person_agrees(ctx: Context, mention: Mention, post: Possessed) -> bool:
    entity = ctx.entity(mention)
    gender = mention.attrs.get("gender") or (ctx.registry.gender_of(entity) if entity else None)
    return post.number == "sg" and (gender or "m") == post.gender


def _place_of_person(ctx: Context, mention: Mention) -> Entity | None:
    """The organisation of the person's latest post read so far."""
    person = ctx.entity(mention)
    if person is None:
        return None
    for role in reversed(ctx.roles):
        if role.person.key == person.key and role.organisation is not None:
            return role.organisation
    return None


def _organisation_gender(mention: Mention) -> str:
    """Gender of an organisation as written (a masculine verb when nothing tells)."""
    return name_gender(mention.text, mention.attrs.get("gender")) or "m"
