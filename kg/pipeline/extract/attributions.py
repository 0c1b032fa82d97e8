"""Statements whose source the narrator names in an attribution phrase (issue 15, classes 2
and 7): the content is the narrator's clause and the speaker stands in a phrase beside it.

- After the content, with a reporting verb: `جمدت تركيا أموال صالح ...، على ما أعلنت وكالة
  الأناضول`، `...، وفق ما قال الجيش`، `...، حسبما ذكرت الوزارة`؛ before it:
  `وبحسب ما أعلنت الوزارة، فإن ...`.
- Without a verb: `...، بحسب وزارة الصحة`، `ووفقاً للمرصد السوري، فإن ...`.

The speaker is named (an organisation, a country, a person or a post with its holder): an
unnamed source (`وفق ما قالت مصادر`) and a text (`وفقا للقانون`، `بحسب بيانات الوزارة`) give
no row. Nor does a clause that already reports someone's speech (`قال X إن ...، بحسب
وكالة Y`: the agency relays X), nor a relay verb (`وفقا لما نقلته الوكالة`), since the
statement is then someone else's.
"""

from __future__ import annotations

import re

from kg.pipeline.annotate.arabic import ACCORDING, ACCORDING_LI
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.cue_words import TIME_WORDS
from kg.pipeline.extract.facts import Entity, StatementFact, statement_at
from kg.pipeline.extract.framing import speech_nouns
from kg.pipeline.extract.names import plausible_name
from kg.pipeline.text.document import Sentence
from kg.pipeline.text.normalize import fold

# `وفق ما`، `بحسب ما`، `على ما`، `حسب ما` before a verb (folded, without a leading و); before
# `لما` (`وفقا لما`، `طبقا لما`): ACCORDING_LI.
_BEFORE_MA = frozenset({"وفق", "حسب", "بحسب", "علي"})
_ONE_WORD = frozenset({"حسبما", "بحسبما", "وفقما"})
# Verbs that relay someone else's words: the medium is not the speaker.
_RELAY = frozenset({"نقل"})
_MIN_WORDS = 3  # words of a content
_THEN = frozenset({"فان", "فانه", "فانها", "فقد"})  # `..., فإن` opens the content after it
_WORD = re.compile(r"\w+")
# a word read as one of these lies, folded, inside the folded sentence (folding maps letter
# by letter): a sentence holding none of them is not scanned word by word
_ANY_ACCORDING = tuple(sorted(ACCORDING | ACCORDING_LI))


def verb_attribution(
    ctx: Context, sentence: Sentence, mentions: list[Mention], cue: Mention, speaker: Entity | None
) -> StatementFact | None:
    """The statement of an attribution with a reporting verb (`...، حسبما أعلنت الوزارة`،
    `وبحسب ما قال الجيش، فإن ...`): `speaker` is the actor named after the cue (None:
    nobody we can name), the content the clause before the attribution or, when the
    attribution opens the sentence, the clause after its comma."""
    opening = _attribution_opening(ctx, sentence, cue)
    if opening is None or speaker is None or fold(cue.key or "") in _RELAY:
        return None
    after = _speaker_end(ctx, mentions, cue)
    span = _content(ctx, sentence, opening, after)
    if span is None:
        return None
    return statement_at(ctx.text, speaker, cue, span[0], span[1], sentence.index, _RULE_VERB)


def speaker_left_implicit(ctx: Context, sentence: Sentence, cue: Mention) -> bool:
    """`...، حسبما أوضح على حسابه على تويتر`، `...، وذلك حسبما أعلنت الأحد`، `حسبما قال في
    حوار`: nobody is named after the attribution's verb; what follows it (time words
    skipped) is the sentence's end or the medium of the statement (في/على/عبر/خلال + a
    speech noun or an account), so the verb's subject is implicit, someone on stage."""
    words = [w for w in ctx.bare_words(cue.end, sentence.end) if w not in {"،", ","}]
    while words and words[0] in _LEADING_TIME:
        words = words[1:]
    if not words or words[0] in {".", "!", "؟", "?"}:
        return True
    if len(words) < 2 or words[0] not in _MEDIUM_OPENERS:
        return False
    noun = words[1]
    return noun in speech_nouns() or noun.startswith(("حساب", "صفحت"))


_MEDIUM_OPENERS = frozenset({"في", "علي", "عبر", "خلال"})
# Time words an attribution's verb may take before its medium: the weekdays, امس and the
# rest of TIME_WORDS, and غدا.
_LEADING_TIME = TIME_WORDS | {"غدا"}
_RULE_VERB = "statement:attribution"
_RULE_PREPOSITION = "statement:according-to"


def preposition_attributions(ctx: Context, sentence: Sentence) -> list[StatementFact]:
    """Statements of the attributions without a verb in `sentence`: `...، بحسب وزارة
    الصحة`، `ووفقاً للمرصد السوري، فإن ...`. Each preposition is read as a cue."""
    facts: list[StatementFact] = []
    folded = fold(ctx.text[sentence.start : sentence.end])
    if not any(form in folded for form in _ANY_ACCORDING):
        return facts  # most sentences: none of them, no word to fold and test one by one
    mentions = ctx.in_sentence(sentence)
    for match in _WORD.finditer(ctx.text, sentence.start, sentence.end):
        word = fold(match.group())
        bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
        if bare not in ACCORDING and bare not in ACCORDING_LI:  # no verb
            continue
        found = _named_after(ctx, mentions, match.end(), bare in ACCORDING_LI)
        if found is None:
            continue
        speaker, end = found
        cue = Mention(Kind.CUE, match.start(), match.end(), match.group(), bare, match.group())
        span = _content(ctx, sentence, match.start(), end)
        if span is not None:
            facts.append(
                statement_at(ctx.text, speaker, cue, *span, sentence.index, _RULE_PREPOSITION)
            )
    return facts


def _attribution_opening(ctx: Context, sentence: Sentence, cue: Mention) -> int | None:
    """Where the attribution phrase before the cue begins (`وفق ما`، `حسبما`، `وفقا لما`،
    `على ما`), or None when the cue is not introduced by one."""
    found = _WORD.finditer(ctx.text, sentence.start, cue.start)
    spans = [(m.start(), fold(m.group())) for m in found]
    if not spans:
        return None
    start, last = spans[-1]
    bare = last[1:] if last[:1] in "وف" and len(last) > 3 else last
    if bare in _ONE_WORD:
        return start
    if len(spans) < 2 or last not in {"ما", "لما"}:
        return None
    start, before = spans[-2]
    if before[:1] in "وف" and before[1:] in _BEFORE_MA | ACCORDING_LI:
        before = before[1:]  # ووفقا لما
    if (last == "ما" and before in _BEFORE_MA) or (last == "لما" and before in ACCORDING_LI):
        return start
    return None


def _speaker_end(ctx: Context, mentions: list[Mention], cue: Mention) -> int:
    """Where the speaker's phrase after the cue ends: the end of the last actor, title or
    nationality mention that follows the cue word by word."""
    end = cue.end
    for mention in mentions:
        if mention.start < end:
            continue
        gap = ctx.text[end : mention.start]
        if gap.strip(' "«»“”()') or mention.kind is Kind.CUE:
            break
        end = mention.end
    return end


def _named_after(
    ctx: Context, mentions: list[Mention], end: int, with_li: bool
) -> tuple[Entity, int] | None:
    """The actor named right after an attribution preposition ending at `end` (after its
    ل for `وفقا لـ`), and where its phrase ends; None for anything else (a text, an unnamed
    source, a noun before the actor)."""
    match = re.match(r"\s*(\S)", ctx.text[end : end + 40])
    if match is None:
        return None
    start = end + match.start(1)
    if with_li and ctx.text[start] != "ل":
        return None
    for mention in mentions:
        if mention.end <= start:
            continue
        if mention.start > start + 2 or (not with_li and mention.start != start):
            return None  # بحسب بيانات الوزارة: a text of the actor, not the actor
        return _actor(ctx, mentions, mention)
    return None


def _actor(ctx: Context, mentions: list[Mention], mention: Mention) -> tuple[Entity, int] | None:
    """The entity a mention names as a speaker and the end of its phrase: an organisation,
    a country, a plausible person, or a post with its holder named in the phrase."""
    if mention.kind in (Kind.ORGANISATION, Kind.COUNTRY):
        entity = ctx.entity(mention)
        return (entity, _speaker_end(ctx, mentions, mention)) if entity is not None else None
    if mention.kind is Kind.PERSON and plausible_name(ctx, mention):
        entity = ctx.entity(mention)
        return (entity, mention.end) if entity is not None else None
    post = ctx.posts.get(mention.start) if mention.kind is Kind.TITLE else None
    if post is not None and post.holder is not None and post.holder_mention is not None:
        return post.holder, max(post.end, post.holder_mention.end)
    return None


def _content(ctx: Context, sentence: Sentence, opening: int, after: int) -> tuple[int, int] | None:
    """The attributed clause: before the attribution phrase that starts at `opening`, or,
    when nothing but a connector precedes it, after the comma that ends the speaker's
    phrase at `after` (past فإن). None when that clause reports speech of its own (a cue
    in it) or is too short to be a statement."""
    before = ctx.text[sentence.start : opening]
    words = _WORD.findall(before)
    if len(words) >= _MIN_WORDS:
        start = sentence.start + len(before) - len(before.lstrip())
        end = sentence.start + len(before.rstrip(" ،,-–"))
        wa_dhalik = re.search(r"[،,\s]+وذلك\s*$", ctx.text[start:end])
        if wa_dhalik:
            end = start + wa_dhalik.start()  # ...، وذلك حسبما أعلنت: the narrator's link
        tail = ctx.text[after : sentence.end]
        inside = re.match(r"[^\S\n]*[،,]", tail) and len(_WORD.findall(tail)) >= _MIN_WORDS
        if inside and not _has_cue(ctx, after, sentence.end):
            end = sentence.end  # بلغ عدد القتلى، بحسب الوزارة، عشرة: the clause goes on
            while end > start and ctx.text[end - 1] in " .،,؛;\n":
                end -= 1
    else:
        rest = ctx.text[after : sentence.end]
        comma = re.match(r"[^\S\n]*(?:[^\s،,.]+[^\S\n]+){0,3}?[،,]\s*", rest)
        then = re.match(r"[^\S\n]*(\S+)\s+", rest)
        if then and fold(then.group(1)) in _THEN:
            start = after + then.end()  # ووفقا للمرصد فإن ...
        elif comma is None:
            return None  # no comma closes the attribution: where the content starts is unclear
        else:
            start = after + comma.end()
            then = re.match(r"(\S+)\s+", ctx.text[start : sentence.end])
            if then and fold(then.group(1)) in _THEN:
                start += then.end()
        end = sentence.end
        while end > start and ctx.text[end - 1] in " .،,؛;\n":
            end -= 1
    if len(_WORD.findall(ctx.text[start:end])) < _MIN_WORDS:
        return None
    if _has_cue(ctx, start, end):
        return None  # قال X إن ...، بحسب الوكالة: the agency relays someone's statement
    if _closes_a_quotation(ctx.text[start:end]):
        return None  # ... نلاحقهم"، وفق ما ذكر الموقع: the end of someone's quoted words
    return start, end


def _closes_a_quotation(text: str) -> bool:
    """Whether `text` closes a quotation opened before it (a closing mark before any
    opening one, or an odd number of `"`)."""
    for opening, closing in (("«", "»"), ("“", "”")):
        first_close, first_open = text.find(closing), text.find(opening)
        if first_close >= 0 and (first_open < 0 or first_close < first_open):
            return True
    return text.count('"') % 2 == 1


def _has_cue(ctx: Context, start: int, end: int) -> bool:
    """Whether a reporting cue stands in text[start:end]."""
    return any(m.kind is Kind.CUE for m in ctx.mentions_between(start, end))
