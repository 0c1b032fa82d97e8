"""Speakers that stand before their cue: a subject-first clause (`... غولن ينفي`),
`وكان X قد قال`, the antecedent of `الذي قال`, the subject of a participle's sentence
(`هاجم X ...، مشيراً`), the subject of the verb governing `بالقول`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kg.pipeline.annotate.arabic import (
    COMPLEMENTIZERS,
    CUE_PREPOSITIONS,
    SPEAKER_ADVERBIALS,
)
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.clause import (
    ACTORS,
    CLAUSE_REACH,
    RELATIVES,
    after_amma,
    after_preposition,
    first_introducer,
    right_after_verb,
    subject_can_open,
)
from kg.pipeline.extract.context import Context, Post
from kg.pipeline.extract.cue_words import TIME_WORDS
from kg.pipeline.extract.discourse import Speakers, salient_holder
from kg.pipeline.extract.facts import Entity
from kg.pipeline.extract.names import plausible_entity, plausible_name
from kg.pipeline.text.normalize import fold

_SUBJECT_REACH = 30  # words between a participle and the subject of its clause


def relative_antecedent(ctx: Context, mentions: list[Mention], cue: Mention) -> Entity | None:
    """`المبعوث الروسي فاسيلي نيبينزيا الذي قال ...`: the actor a relative pronoun right
    before a past cue refers to."""
    before = ctx.bare_words(max(0, cue.start - 30), cue.start)
    if not before or before[-1] not in RELATIVES:
        return None
    candidates = [m for m in mentions if m.end <= cue.start]
    if not candidates:
        return None
    last = candidates[-1]
    gap = ctx.bare_words(last.end, cue.start)
    if len(gap) != 1:
        return None
    post = next((p for p in ctx.posts.values() if p.holder_mention is last), None)
    if last.kind is Kind.PERSON and plausible_name(ctx, last):
        return ctx.entity(last)
    if last.kind is Kind.TITLE and post is not None:
        return post.holder
    if last.kind in (Kind.ORGANISATION, Kind.COUNTRY) and not after_preposition(ctx, last.start):
        return ctx.entity(last)
    return None


def adjacent_actor(ctx: Context, mentions: list[Mention], cue: Mention) -> Entity | None:
    """`ثم يتحدث ترامب متسائلا`، `رد عليه الرئيس الإيراني، حسن روحاني قائلا`: a participle
    right after a name belongs to that name."""
    before = [m for m in mentions if m.end <= cue.start]
    if not before or ctx.text[before[-1].end : cue.start].strip():
        return None
    last = before[-1]
    if (
        last.kind is Kind.PERSON
        and plausible_name(ctx, last)
        and not after_preposition(ctx, last.start)
    ):
        return ctx.entity(last)
    return None


def clause_subject(
    ctx: Context, mentions: list[Mention], cue: Mention, speakers: Speakers | None = None
) -> Entity | None:
    """`هاجم رئيس حركة التغيير إيلي محفوظ من ...، مشيراً إلى`: a participle's speaker is the
    subject of its sentence's verb, the first actor not governed by a preposition. A
    definite post with no holder there (`ونشر الوزير المصري السابق تغريدة ... قائلا`) is
    the person the discourse model last read in that post."""
    after_title = False
    limit = first_introducer(ctx, mentions[0].start if mentions else cue.start, cue.start)
    if _own_subject_clause(ctx, max(0, cue.start - 200), cue.start):
        return None  # ظهر X ...، حيث خاطبه الفنان الخليجي قائلا: the clause's own subject
    previous: Mention | None = None  # the last mention governed by a preposition
    for mention in mentions:
        if mention.start >= limit:
            break
        if len(ctx.bare_words(mention.start, cue.start)) > _SUBJECT_REACH:
            continue  # too far back to be the participle's clause
        post = ctx.posts.get(mention.start)
        governed = after_preposition(ctx, mention.start) or _governed_with(ctx, previous, mention)
        if governed:
            previous = mention
        if (
            not after_title
            and mention.kind in (*ACTORS, Kind.TITLE)
            and not governed
            and not right_after_verb(ctx, mention.start)
        ):
            return None  # the first actor is not the subject of the sentence's verb
        if mention.kind is Kind.TITLE and post is not None:
            if plausible_entity(ctx, post.holder) and not governed:
                return chained_holder(ctx, mentions, post)[0]
            if speakers is not None and not after_title and not governed:
                referred = _referred_holder(ctx, speakers, post)
                if referred is not None:
                    return referred
            after_title = True
            continue
        if governed or mention.kind not in ACTORS:
            continue
        if mention.kind is Kind.PERSON and not plausible_name(ctx, mention):
            continue
        if after_title and len(mention.text.split()) < 2:
            continue  # inside the post's complement: عضو الأمانة العامة لقوى 14 آذار
        return ctx.entity(mention)
    return None


def _referred_holder(ctx: Context, speakers: Speakers, post: Post) -> Entity | None:
    """A definite post phrase with no holder of its own (`الوزير المصري السابق`): the
    person on stage last read holding a post with that head (in that organisation, when
    the phrase names one: `salient_holder`); nobody when no one was."""
    if post.holder is not None or not fold(post.title.text).startswith(("ال", "وال")):
        return None
    holder = salient_holder(ctx, speakers, post, post.title.start)
    return holder if plausible_entity(ctx, holder) else None


def _governed_with(ctx: Context, previous: Mention | None, mention: Mention) -> bool:
    """`إلى الأمين العام للأمم المتحدة ورئيس مجلس الأمن الدولي`: a phrase joined by و to
    one a preposition governs, or completing a title it governs, is the addressee too."""
    if previous is None:
        return False
    gap = ctx.text[previous.end : mention.start]
    if not gap.strip():
        return previous.kind is Kind.TITLE  # رئيس مجلس الأمن: the title's complement
    return gap.strip() == "و" or (gap.endswith("و") and not gap[:-1].strip())


_OWN_CLAUSE = re.compile(r"(?:^|[\s،,])و?(?:حيث|إذ|عندما|حين|بينما|فيما)\s+(\S+)\s+(ال\S+)")


def _own_subject_clause(ctx: Context, start: int, end: int) -> bool:
    """Whether the participle ends a clause (`حيث`، `عندما`...) whose verb is followed by a
    definite noun, its own subject (`حيث خاطبه الفنان الخليجي`), with no comma after it."""
    text = ctx.text[start:end]
    matches = list(_OWN_CLAUSE.finditer(text))
    if not matches:
        return False
    last = matches[-1]
    verb, noun = fold(last.group(1)), fold(last.group(2))
    return (
        "،" not in text[last.end() :]
        and "," not in text[last.end() :]
        and verb not in CUE_PREPOSITIONS
        and not verb.startswith("ال")
        and noun not in ctx.lexicon.stopwords
    )


def chained_holder(ctx: Context, mentions: list[Mention], post: Post) -> tuple[Entity | None, int]:
    """`رئيس حزب الوطنيين الأحرار النائب دوري شمعون`: when a second post follows the first
    one's supposed holder, the name after the last post is the holder of both."""
    holder = post.holder
    end = holder_end(post)
    for mention in mentions:
        if mention.start < end:
            continue
        following = ctx.posts.get(mention.start)
        if (
            mention.kind is Kind.TITLE
            and following is not None
            and following.holder is not None
            and not ctx.bare_words(end, mention.start)
        ):
            holder, end = following.holder, holder_end(following)
            continue
        break
    return holder, end


def governing_subject(ctx: Context, mentions: list[Mention], cue: Mention) -> Entity | None:
    """The subject of the verb that governs a masdar: the first actor of its clause (from
    the last comma or sentence end before it)."""
    clause_start = max(ctx.text.rfind(mark, 0, cue.start) for mark in "،,.\n") + 1
    for mention in mentions:
        if not clause_start <= mention.start < cue.start:
            continue
        if len(ctx.bare_words(clause_start, mention.start)) > 1:
            return None  # the subject follows its verb: سارعت روسيا
        if after_preposition(ctx, mention.start):
            continue
        post = ctx.posts.get(mention.start)
        if mention.kind is Kind.TITLE and post is not None:
            holder = chained_holder(ctx, mentions, post)[0] if post.holder else None
            return holder if plausible_entity(ctx, holder) else None  # علق الوزير X بالقول
        if mention.kind in ACTORS:
            return ctx.entity(mention)
    return None


def holder_end(post: Post) -> int:
    return post.holder_mention.end if post.holder_mention is not None else post.end


def speaker_before(
    ctx: Context, speakers: Speakers, mentions: list[Mention], cue: Mention
) -> Entity | None:
    """The subject stands before the cue: `وكان وزير الخارجية جون كيري قد قال`, or a
    subject-first clause `لكن وزير الخارجية الأمريكي، مايك بومبيو، قال إن`."""
    before = ctx.bare_words(max(0, cue.start - 40), cue.start)
    if before and before[-1] == "قد":
        for mention in reversed([m for m in mentions if m.end <= cue.start]):
            if mention.kind is Kind.PERSON:
                return ctx.entity(mention)
            if mention.kind is Kind.TITLE and mention.start in ctx.posts:
                return ctx.posts[mention.start].holder
        return None
    if ctx.text[max(0, cue.start - 1) : cue.start] in {"و", "ف"}:
        return None  # وقال: the verb opens its clause, its subject follows or is implicit
    first = subject_first(ctx, speakers, mentions, cue)
    if first is None and cue.attrs.get("kind") != "participle":
        return apposed_subject(ctx, mentions, cue)
    return first


def subject_first(
    ctx: Context,
    speakers: Speakers,
    mentions: list[Mention],
    cue: Mention,
    adjacent: bool = False,
) -> Entity | None:
    """The actor phrase that ends right before a bare cue (`... غولن ينفي`), unless a
    preposition governs it (`في لقائه مع بوتين قال`: Putin is not the subject).

    Only the mentions within `CLAUSE_REACH` characters before the cue are read (found by
    binary search), so the rule costs the same on a long unpunctuated line as on a short
    sentence."""
    phrases = _phrases_before(ctx, mentions, cue.start)
    ended = [p for p in phrases if p[1] <= cue.start]
    if not ended:
        return None
    start, end, post, mention = ended[-1]
    prefix = ctx.text[max(0, cue.start - 1) : cue.start]
    if adjacent and prefix == "و":
        return None
    gap = ctx.bare_words(end, cue.start - (prefix == "ف"))
    if any(w not in {"،", ",", "قد"} for w in gap):
        return None
    holder_phrase = [p for p in phrases if p[0] < start and p[1] >= end]
    if holder_phrase:
        start = holder_phrase[0][0]
    if (
        post is None
        and mention.kind is Kind.PERSON
        and not gap
        and cue.attrs.get("kind") != "participle"
    ):
        start = _honorifics_before(ctx, mentions, start)  # الجنرال ماكنزي اعترف
    if post is not None:
        entity = post.holder or salient_holder(ctx, speakers, post, mention.start)
    else:
        entity = ctx.entity(mention)
    if prefix == "ف" and after_amma(ctx, start):
        return entity  # أما الرئيس التركي أردوغان فيرى: the topic says it
    if adjacent and prefix == "ف":
        return None
    if after_preposition(ctx, start) or not subject_can_open(ctx, start):
        return None
    return entity


def apposed_subject(ctx: Context, mentions: list[Mention], cue: Mention) -> Entity | None:
    """`ميشيل أليو ماري، رئيس لجنة العلاقات ...، قال إن`، `وكان روبرت وود، السفير الأميركي
    ...، قال الأربعاء`: the subject before its verb, followed by an apposition set off by
    commas that opens with a post or a definite word; only adverbials (`بدوره`، `قد`، a
    day) stand between the closing comma and the verb."""
    for start, end, post, mention in _phrases_before(ctx, mentions, cue.start):
        if post is not None or mention.kind not in (Kind.PERSON, Kind.ORGANISATION):
            continue
        if mention.kind is Kind.PERSON and not plausible_name(ctx, mention):
            continue
        gap = ctx.text[end : cue.start]
        commas = [k for k, char in enumerate(gap) if char in "،,"]
        if len(commas) != 2 or gap[: commas[0]].strip():
            continue
        apposition = ctx.bare_words(end + commas[0] + 1, end + commas[1])
        after = ctx.bare_words(end + commas[1] + 1, cue.start)
        if not apposition or len(apposition) > _APPOSITION_WORDS:
            continue
        if not (apposition[0].startswith("ال") or _title_at(ctx, mentions, end + commas[0] + 1)):
            continue
        if any(not w.isalnum() or w in COMPLEMENTIZERS for w in apposition):
            continue
        if any(w not in SPEAKER_ADVERBIALS and w not in TIME_WORDS and w != "قد" for w in after):
            continue
        if any(m.kind is Kind.CUE and end <= m.start < cue.start for m in mentions):
            continue
        start = _honorifics_before(ctx, mentions, start)
        if after_preposition(ctx, start) or not subject_can_open(ctx, start):
            continue
        return ctx.entity(mention)
    return None


_APPOSITION_WORDS = 25


def _title_at(ctx: Context, mentions: list[Mention], offset: int) -> bool:
    """Whether a post (title) mention opens the text at `offset` (after spaces)."""
    words_start = offset + len(ctx.text[offset:]) - len(ctx.text[offset:].lstrip())
    return any(m.kind is Kind.TITLE and m.start == words_start for m in mentions)


def _honorifics_before(ctx: Context, mentions: list[Mention], start: int) -> int:
    """`إلا أن الجنرال ماكنزي اعترف`، `لكن الشيخ محمد بن راشد أكد`: titles of address
    (honorifics) right before a name open its phrase; where the phrase starts."""
    lo = bisect_left(mentions, start - CLAUSE_REACH, key=lambda m: m.start)
    for mention in reversed(mentions[lo:]):
        if mention.end > start:
            continue
        if mention.kind is not Kind.HONORIFIC or ctx.text[mention.end : start].strip():
            break
        start = mention.start
    return start


def _phrases_before(
    ctx: Context, mentions: list[Mention], offset: int
) -> list[tuple[int, int, Post | None, Mention]]:
    """The actor phrases (a post with its holder, or an actor) among the mentions that
    start within `CLAUSE_REACH` characters before `offset` and end by it, in text order
    (a post's phrase may reach past `offset`)."""
    lo = bisect_left(mentions, offset - CLAUSE_REACH, key=lambda m: m.start)
    phrases: list[tuple[int, int, Post | None, Mention]] = []
    for index in range(lo, len(mentions)):
        mention = mentions[index]
        if mention.end > offset:
            break
        post = ctx.posts.get(mention.start)
        if mention.kind is Kind.TITLE and post is not None:
            phrases.append((mention.start, max(post.end, holder_end(post)), post, mention))
        elif mention.kind in ACTORS and not any(p[0] <= mention.start < p[1] for p in phrases):
            phrases.append((mention.start, mention.end, None, mention))
    return phrases
