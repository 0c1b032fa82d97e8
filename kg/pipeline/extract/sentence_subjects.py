"""Who a sentence is about, read from the sentence alone: the named subject right after
its opening verb (`opening_subject`), the subject of the sentence before, a cue joined by
`، و` to its first clause (`coordinated_subject`), the owner of a speech noun (`تصريحات X`:
`speech_owner`), an organisation of the cue's own sentence (`sentence_actor`). The
discourse model (`discourse.py`) asks these before it looks further back in the article.
"""

from __future__ import annotations

import re

from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.bodies import country_gender, organisation_gender
from kg.pipeline.extract.clause import ACTORS, after_preposition, right_after_verb
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.facts import Entity
from kg.pipeline.extract.names import plausible_entity, plausible_name
from kg.pipeline.text.document import Sentence
from kg.pipeline.text.normalize import fold


def previous_subject(ctx: Context, sentence: Sentence) -> Entity | None:
    """The named subject right after the first word (the verb) of the sentence before
    `sentence`, when both are in the same paragraph or the cue opens its own."""
    sentences = ctx.annotation.document.sentences
    if sentence.index == 0 or sentence.index > len(sentences):
        return None
    previous = sentences[sentence.index - 1]
    if previous.noise:
        return None
    return opening_subject(ctx, ctx.in_sentence(previous)[:8])


_ELABORATING = frozenset({"حيث", "اذ"})


def elaborating(ctx: Context, sentence: Sentence, cue: Mention) -> bool:
    """`...، حيث قال`: a cue right after حيث/إذ inside its sentence elaborates that
    sentence: its subject is first of all the subject of the sentence's opening verb."""
    words = ctx.bare_words(max(sentence.start, cue.start - 12), cue.start)
    return bool(words) and words[-1] in _ELABORATING and cue.start - sentence.start > 12


def coordinated_subject(ctx: Context, sentence: Sentence, cue: Mention) -> Entity | None:
    """`وألقت فيسبوك باللوم على كوغان، وقالت إنه`، `وردد الرئيس X هذه الرسالة في خطاب
    ... فقال`: a cue joined to its sentence's first clause (by `، و`, by an attached ف or
    by ثم) and without a subject of its own shares that clause's subject, the actor right
    after the opening verb."""
    if not _joined_to_first_clause(ctx.text[sentence.start : cue.start]):
        return None
    mentions = [m for m in ctx.in_sentence(sentence) if m.end <= cue.start]
    subject = opening_subject(ctx, mentions[:8], organisations=True)
    if subject is None:
        return None
    others = {
        entity.key
        for m in mentions
        if m.kind in (Kind.PERSON, Kind.ORGANISATION, Kind.COUNTRY)
        and not after_preposition(ctx, m.start)
        and (entity := ctx.entity(m)) is not None
    }
    if others - {subject.key}:
        return None  # another actor, not governed by a preposition: it may be the subject
    return subject


def _joined_to_first_clause(before: str) -> bool:
    """Whether the text of a sentence up to a cue ends with a conjunction that joins the
    cue to an earlier clause: `، و` (و alone may open a new sentence's clause), a ف
    attached to the cue (`فقال`, consequence: the same actor goes on), or `ثم`."""
    if before.endswith("و"):
        return before[:-1].rstrip().endswith(("،", ","))
    if before.endswith("ف"):
        return len(before) > 1 and (before[-2].isspace() or before[-2] in "،,")
    return before.rstrip().endswith((" ثم", "،ثم"))


def opening_subject(
    ctx: Context, mentions: list[Mention], organisations: bool = False
) -> Entity | None:
    """The named subject right after the first word (the verb) of a sentence, given the
    first mentions of that sentence: a person (a post's holder), or with `organisations`
    also an organisation or country."""
    kinds = (Kind.PERSON, Kind.TITLE) + ((Kind.ORGANISATION, Kind.COUNTRY) if organisations else ())
    for k, mention in enumerate(mentions):
        if mention.kind not in kinds or after_preposition(ctx, mention.start):
            continue
        if mention.kind in (Kind.ORGANISATION, Kind.COUNTRY):
            return ctx.entity(mention) if right_after_verb(ctx, mention.start) else None
        if not right_after_verb(ctx, mention.start):
            return None
        if mention.kind is Kind.TITLE:
            post = ctx.posts.get(mention.start)
            if post is not None and post.holder is not None:
                holder = post.holder
                return holder if holder.kind == "Person" and plausible_entity(ctx, holder) else None
            return _title_holder(ctx, mentions[k:])
        return ctx.entity(mention) if plausible_name(ctx, mention) else None
    return None


# Nouns naming what someone said: `تصريحات X`، `آخر تصريح لـX`، `كلمة X` (folded)
SPEECH_NOUNS = frozenset(
    fold(w) for w in ("تصريح", "تصريحات", "كلمة", "خطاب", "حديث", "تعليق", "تعليقات", "مقابلة")
)
WORD_RE = re.compile(r"[^\s،,.:؛\"«»()]+")


def speech_owner(ctx: Context, sentence: Sentence, before: int) -> Entity | None:
    """`تصريحات المرجع الشهير آية الله X جاءت خلال لقائه ...، حيث قال`، `أضفى آخر تصريح
    لترامب ضبابية ...، حيث قال`: a sentence about someone's statement, with a speech noun
    not governed by a preposition (`ردا على تصريحات X` is about someone else's), is about
    its owner: the person named right after the noun (past descriptors and honorifics),
    or after its ل. The last such noun before `before` counts."""
    text = ctx.text[sentence.start : before]
    owner: Entity | None = None
    for match in WORD_RE.finditer(text):
        if fold(match.group()) not in SPEECH_NOUNS:
            continue
        start = sentence.start + match.start()
        if after_preposition(ctx, start):
            continue
        owner = owner_after(ctx, sentence.start + match.end(), before)
    return owner


def owner_after(ctx: Context, end: int, before: int) -> Entity | None:
    """The person in the chain of mentions right after a speech noun (each touching the
    last or separated by a definite description, the first possibly after ل): the last
    name of the chain, or a post's holder."""
    found: Entity | None = None
    position, first = end, True
    for mention in ctx.mentions_between(end, before):
        gap = ctx.text[position : mention.start].strip()
        if gap and not (first and gap in {"ل", "لـ"}) and not _descriptors(gap):
            break
        first = False
        post = ctx.posts.get(mention.start)
        if mention.kind is Kind.PERSON and plausible_name(ctx, mention):
            found = ctx.entity(mention)
        elif mention.kind is Kind.TITLE and post is not None and post.holder is not None:
            found = post.holder
        elif mention.kind not in (Kind.HONORIFIC, Kind.NATIONALITY, Kind.TITLE, Kind.PERSON):
            break
        position = max(mention.end, post.end if post is not None else mention.end)
        if post is not None and post.holder_mention is not None:
            position = max(position, post.holder_mention.end)
    return found


def _descriptors(gap: str) -> bool:
    """`المرجع الشهير`: at most three definite words, a description before a name."""
    words = gap.split()
    return len(words) <= 3 and all(w.startswith("ال") and w.isalpha() for w in words)


def _title_holder(ctx: Context, mentions: list[Mention]) -> Entity | None:
    """`رئيس الاتحاد السعودي للفروسية الأمير عبدالله بن فهد`: the name that ends a post."""
    title = mentions[0]
    for mention in mentions[1:]:
        if len(ctx.bare_words(title.end, mention.start)) > 8:
            return None
        if mention.kind is Kind.PERSON:
            return ctx.entity(mention) if plausible_name(ctx, mention) else None
        if mention.kind not in (Kind.ORGANISATION, Kind.COUNTRY, Kind.NATIONALITY, Kind.HONORIFIC):
            return None
    return None


def sentence_actor(ctx: Context, mentions: list[Mention], cue: Mention) -> Entity | None:
    """`بحسب بيان نشرته وزارة الخارجية اليمنية، وأوضحت أنه`: an actor of the cue's own
    sentence whose gender is known to agree (a ministry for a feminine verb) is nearer
    than any earlier speaker."""
    if cue.attrs.get("gender") != "f" or cue.attrs.get("number") in {"du", "pl"}:
        return None
    in_posts = [(p.title.start, p.end) for p in ctx.posts.values()]
    actors = [m for m in mentions if m.start < cue.start and m.kind in ACTORS]
    if not actors or actors[-1].kind is not Kind.ORGANISATION:
        return None  # only the nearest actor, and only an organisation
    mention = actors[-1]
    if any(start <= mention.start < end for start, end in in_posts):
        return None  # المتحدث باسم الوزارة: part of a post, not an actor
    if after_preposition(ctx, mention.start):
        return None
    entity = ctx.entity(mention)
    if entity is not None and known_gender(ctx, entity) == "f":
        return entity
    return None


def known_gender(ctx: Context, entity: Entity) -> str | None:
    """The gender of the verb a country or an organisation takes (`bodies`: a country's
    by its names, an organisation's by its name's head noun); None when nothing tells."""
    if entity.kind == "Country":
        return country_gender(entity.names | {entity.label})
    return organisation_gender(ctx, entity)
