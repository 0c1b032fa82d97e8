"""Actor–stated–position facts from reporting cues.

For each cue (قال، أكدت، مضيفاً، بالقول...) a reader finds:
- the speaker: the actor right after the cue (a person, a post and its holder, an
  organisation, a country), one before it (`وكان X قد قال`), or, when the text leaves it
  implicit (`وقال إن`، `وأضاف`، `مضيفاً`), the last speaker that agrees with the verb's gender;
- the position: what follows, without the cue, a preposition it governs (أشار إلى) and a
  leading أن/إن/بأن, up to the end of the attributed clause (the sentence end, the next cue,
  a closing quote, `بعدما`/`في حين`...).
"""

from __future__ import annotations

import re

from kg.annotate.arabic import (
    CLAUSE_BREAKERS,
    COMPLEMENTIZERS,
    CUE_PREPOSITIONS,
    DIRECT_CUES,
    SPEAKER_ADVERBIALS,
    UNNAMED_SOURCES,
)
from kg.annotate.model import Kind, Mention
from kg.extract.context import Context
from kg.extract.facts import Entity, Evidence, StatementFact
from kg.extract.parse import statement_from_parse
from kg.normalize import fold
from kg.text import Sentence

_TOKEN = re.compile(r"\w+|[^\w\s]")
_OPEN_QUOTES = {'"': '"', "«": "»", "“": "”", "'": "'"}
_MIN_WORDS = 2
_LOOKAHEAD = 8  # words between a cue and its complementiser that may belong to the subject


class _Speakers:
    """Discourse memory: who spoke last, for implicit speakers."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.history: list[Entity] = []

    def note(self, entity: Entity) -> None:
        self.history.append(entity)

    def implicit(self, gender: str | None, before: int, sentence: Sentence) -> Entity | None:
        for entity in reversed(self.history):
            if _agrees(self.ctx, entity, gender):
                return entity
        for mention in reversed(self.ctx.mentions):
            if mention.start >= before or mention.kind not in (Kind.PERSON,):
                continue
            entity = self.ctx.entity(mention)
            if entity is not None and _agrees(self.ctx, entity, gender):
                return entity
        return None


def _agrees(ctx: Context, entity: Entity, gender: str | None) -> bool:
    if not gender:
        return True
    if entity.kind == "Person":
        known = ctx.registry.gender_of(entity)
        return known is None or known == gender
    if entity.kind == "Country":
        return gender == "f"
    organisation = ctx.lexicon.organisations.get(entity.key)
    org_gender = (
        organisation.attr("gender")
        if organisation
        else ("f" if entity.label.startswith("وزار") else "")
    )
    return not org_gender or org_gender == gender


def extract_statements(ctx: Context) -> list[StatementFact]:
    """Statements of every non-noise sentence, in text order."""
    speakers = _Speakers(ctx)
    facts: list[StatementFact] = []
    for sentence in ctx.sentences():
        mentions = ctx.in_sentence(sentence)
        cues = [m for m in mentions if m.kind is Kind.CUE]
        in_sentence: list[StatementFact] = []
        for cue in cues:
            fact = _statement(ctx, sentence, mentions, cue, cues, in_sentence, speakers)
            if fact is not None:
                in_sentence.append(fact)
                speakers.note(fact.speaker)
        facts.extend(in_sentence)
    return facts


def _statement(
    ctx: Context,
    sentence: Sentence,
    mentions: list[Mention],
    cue: Mention,
    cues: list[Mention],
    earlier: list[StatementFact],
    speakers: _Speakers,
) -> StatementFact | None:
    if (parsed := statement_from_parse(ctx, sentence, cue)) is not None:
        return parsed  # the parse named subject and complement (stanza)
    gender = cue.attrs.get("gender")
    kind = cue.attrs.get("kind", "past")
    speaker, after, rule = _explicit_speaker(ctx, mentions, cue)
    if speaker is None:
        speaker = _speaker_before(ctx, mentions, cue)
        rule = "statement:subject-before"
    if speaker is None:
        if _unresolved_subject(ctx, cue.end, sentence.end):
            return None
        if kind == "participle" and earlier:
            speaker, rule = earlier[-1].speaker, "statement:participle"
        else:
            speaker, rule = speakers.implicit(gender, cue.start, sentence), "statement:implicit"
        after = cue.end
    if speaker is None:
        return None
    if gender and speaker.kind == "Person":
        ctx.registry.set_gender(speaker, gender)
    span = _position(ctx, sentence, cue, after, cues)
    if span is None:
        return None
    start, end = span
    return StatementFact(
        speaker=speaker,
        cue=cue.text,
        position=ctx.text[start:end],
        position_start=start,
        position_end=end,
        cue_start=cue.start,
        cue_end=cue.end,
        evidence=Evidence(cue.start, end, sentence.index, rule),
    )


def _explicit_speaker(
    ctx: Context, mentions: list[Mention], cue: Mention
) -> tuple[Entity | None, int, str]:
    """The actor named right after the cue, and where its phrase ends."""
    following = [m for m in mentions if m.start >= cue.end]
    if not following:
        return None, cue.end, ""
    first = following[0]
    gap = ctx.bare_words(cue.end, first.start)
    if any(w not in SPEAKER_ADVERBIALS and w != "،" for w in gap) or len(gap) > 3:
        return None, cue.end, ""
    post = ctx.posts.get(first.start)
    if first.kind is Kind.TITLE and post is not None:
        holder = post.holder or ctx.holder_of(post.head, first.start, post.organisation)
        if holder is None:
            return None, cue.end, ""
        return holder, max(post.end, first.end), "statement:post"
    if first.kind is Kind.REFERENCE:
        ref = first.attrs.get("ref")
        if ref == "ministry":
            ministry = ctx.ministry_before(first.start, first.attrs.get("portfolio"))
            return ministry, first.end, "statement:reference"
        if ref == "latter":
            people = [m for m in ctx.mentions if m.kind is Kind.PERSON and m.end <= first.start]
            if people:
                return ctx.entity(people[-1]), first.end, "statement:reference"
        return None, cue.end, ""
    if first.kind in (Kind.PERSON, Kind.ORGANISATION, Kind.COUNTRY):
        entity = ctx.entity(first)
        end = first.end
        post = _post_after(ctx, mentions, first)
        if post is not None:
            end = post
        return entity, end, "statement:explicit"
    return None, cue.end, ""


def _post_after(ctx: Context, mentions: list[Mention], person: Mention) -> int | None:
    """End of a post in apposition right after the speaker (`قالت ستورجن، زعيمة ...`)."""
    for mention in mentions:
        if mention.start < person.end:
            continue
        gap = ctx.bare_words(person.end, mention.start)
        if mention.kind is Kind.TITLE and all(w == "،" for w in gap):
            post = ctx.posts.get(mention.start)
            return post.end if post else mention.end
        return None
    return None


def _speaker_before(ctx: Context, mentions: list[Mention], cue: Mention) -> Entity | None:
    """`وكان وزير الخارجية الأمريكي جون كيري قد قال`: the subject stands before the cue."""
    before = ctx.bare_words(max(0, cue.start - 40), cue.start)
    if not before or before[-1] != "قد":
        return None
    for mention in reversed([m for m in mentions if m.end <= cue.start]):
        if mention.kind is Kind.PERSON:
            return ctx.entity(mention)
        if mention.kind is Kind.TITLE and mention.start in ctx.posts:
            return ctx.posts[mention.start].holder
    return None


def _unresolved_subject(ctx: Context, after: int, limit: int) -> bool:
    """True when a subject we cannot resolve stands between the cue and its complementiser
    (`وقالت مصادر إن`, `وذكرت صفحة السفارة أن`): better no fact than a wrong speaker."""
    words = [w for w in ctx.bare_words(after, limit) if w != "،"][:_LOOKAHEAD]
    if words and words[0] in UNNAMED_SOURCES:
        return True
    for index, word in enumerate(words):
        if word in COMPLEMENTIZERS or word in {":", "إن"}:
            return index > 0 and any(
                w not in SPEAKER_ADVERBIALS and w not in CUE_PREPOSITIONS for w in words[:index]
            )
        if not word.isalnum():
            return False
    return False


def _position(
    ctx: Context, sentence: Sentence, cue: Mention, after: int, cues: list[Mention]
) -> tuple[int, int] | None:
    """[start, end) of the attributed content, or None when there is none."""
    tokens = [
        (m.group(), after + m.start(), after + m.end())
        for m in _TOKEN.finditer(ctx.text[after : sentence.end])
    ]
    index = 0
    skipped = 0
    while index < len(tokens) and skipped < 6:
        form = _bare(fold(tokens[index][0]))
        if form in {"،", ","} or form in SPEAKER_ADVERBIALS:
            index += 1
            skipped += 1
            continue
        break
    introduced = False  # by a preposition, أن/إن, a colon or a quote
    if index < len(tokens) and _bare(fold(tokens[index][0])) in CUE_PREPOSITIONS:
        index += 1
        introduced = True
    if index < len(tokens) and _bare(fold(tokens[index][0])) in COMPLEMENTIZERS | {"ان"}:
        index += 1
        introduced = True
    while index < len(tokens) and tokens[index][0] in {":", "،", ","}:
        introduced = introduced or tokens[index][0] == ":"
        index += 1
    if index >= len(tokens):
        return None
    introduced = introduced or tokens[index][0] in _OPEN_QUOTES
    if not introduced and cue.key not in DIRECT_CUES:
        return None
    start = tokens[index][2] if tokens[index][0] in _OPEN_QUOTES else tokens[index][1]
    while start < len(ctx.text) and ctx.text[start].isspace():
        start += 1
    end = _clause_end(ctx, tokens, index, cue, cues, sentence)
    if end <= start:
        return None
    text = ctx.text[start:end]
    if len(re.findall(r"\w+", text)) < _MIN_WORDS:
        return None
    return start, end


def _bare(word: str) -> str:
    if len(word) > 3 and word[0] in "وف":
        rest = word[1:]
        if rest in COMPLEMENTIZERS or rest in CUE_PREPOSITIONS or rest in {"ان"}:
            return rest
    return word


def _clause_end(
    ctx: Context,
    tokens: list[tuple[str, int, int]],
    index: int,
    cue: Mention,
    cues: list[Mention],
    sentence: Sentence,
) -> int:
    opening = tokens[index][0]
    if opening in _OPEN_QUOTES:
        closing = _OPEN_QUOTES[opening]
        for later in tokens[index + 1 :]:
            if later[0] == closing:
                return _trim(ctx, tokens[index][2], later[1])
    later_cues = [c.start for c in cues if c.start > cue.end]
    end = sentence.end
    for k in range(index + 1, len(tokens)):
        form, start, _ = tokens[k]
        if start >= end:
            break
        previous = tokens[k - 1][0]
        folded = fold(form)
        if any(start <= c < tokens[k][2] for c in later_cues) and (
            previous in {"،", ","} or folded.startswith(("و", "ف"))
        ):
            end = tokens[k - 1][1] if previous in {"،", ","} else start
            break
        if folded in CLAUSE_BREAKERS or (
            folded == "في" and k + 1 < len(tokens) and fold(tokens[k + 1][0]) == "حين"
        ):
            end = tokens[k - 1][1] if previous in {"،", ","} else start
            break
    return _trim(ctx, tokens[index][1], end)


def _trim(ctx: Context, start: int, end: int) -> int:
    while end > start and (ctx.text[end - 1].isspace() or ctx.text[end - 1] in ".،,:؛;"):
        end -= 1
    return end
