"""The holder of a post whose complement no lexicon holds, named after it.

`أكد مدير عام المسالخ بأمانة العاصمة المقدسة الدكتور سعود الحتيرشي أن`، `وأوضح مدير
إدارة الطوارئ الصحية بصحة الطائف سعيد الزهراني، أنه`، `أكد مدير عام مكتب الثقافة بتعز، عبد
الخالق سيف، أن`: a post right after its cue, then the body it is held in written out as
words the lexicons do not know (a unit, a department, a place), then the name. Nothing
marks where the body ends but the name itself: a title or rank before it (`الدكتور`،
`العقيد`), a comma before it, or the content opening right after it. The words between
are nouns of the complement only: no verb of speech, no complementiser, no reference to
someone else (`لنظيره`), no preposition that opens an adverbial or an addressee (`مع`،
`خلال`، `إلى`). After a cue that governs a person (`أبلغ`، `دعا`), a name after the post is
its object, so the rule is not tried there.
"""

from __future__ import annotations

from functools import cache

from kg.pipeline.annotate.arabic import (
    COMPLEMENTIZERS,
    RELATIVE_PRONOUNS,
    SPEAKER_ADVERBIALS,
)
from kg.pipeline.annotate.cue_forms import cue_lemmas, participle_forms
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.context import Context, Post
from kg.pipeline.extract.cue_words import TIME_WORDS
from kg.pipeline.extract.names import plausible_name
from kg.pipeline.text.normalize import fold

# Mentions that may stand inside a post's complement: the body, where it is, titles of
# address before the name.
_IN_COMPLEMENT = (Kind.ORGANISATION, Kind.COUNTRY, Kind.PLACE, Kind.NATIONALITY, Kind.TITLE)

# Free-standing prepositions that open an adverbial or an addressee, never a complement
# of a post (في and the attached ل/ب do: `مراسل القناة في العراق`، `الناطق بشرطة المنطقة`).
_NOT_COMPLEMENT = frozenset(
    {"مع", "الي", "علي", "عن", "من", "لدي", "امام", "خلال", "عند", "بعد", "قبل", "منذ", "عبر"}
)

_NAME_LINKS = frozenset({"بن", "بنت", "ابن", "ابو", "ال"})  # words inside one name
_MOST_WORDS = 12  # a complement longer than this is no longer one phrase
_OPENERS = COMPLEMENTIZERS | {":", '"', "«", "“", "”"}


def complement_holder(
    ctx: Context, mentions: list[Mention], post: Post
) -> tuple[Mention, int] | None:
    """The plausible name after `post` and a complement no lexicon holds, and where the
    name ends (a name read as two mentions, `عاطي بن عطيه القرشي`, ends with the second);
    or None."""
    gap_mentions: list[Mention] = []
    for mention in mentions:
        if mention.start < post.end:
            continue
        if mention.kind is Kind.PERSON and plausible_name(ctx, mention):
            titled = _titled(ctx, gap_mentions, mention)
            marked = titled or _after_comma(ctx, post.end, mention)
            unmarked = not marked and _opens_right_after(ctx, mention)
            if unmarked and _inner_post(ctx, gap_mentions, mention):
                return None  # متحدث باسم رئيسة الحكومة X إن: X holds the inner post
            if (marked or unmarked) and _words_between_fit(ctx, post.end, mention.start):
                end = name_end(ctx, mentions, mention)
                if _content_follows(ctx, end) or (titled and _name_closed(ctx, end)):
                    return mention, end
                return None
            if not _debris(mention):
                return None
        elif mention.kind not in (*_IN_COMPLEMENT, Kind.HONORIFIC, Kind.PERSON):
            return None  # a cue, a reference (لنظيره): the complement has ended
        gap_mentions.append(mention)
        if mention.start - post.end > 150:
            return None
    return None


def _inner_post(ctx: Context, gap: list[Mention], person: Mention) -> bool:
    """A post inside the complement, not coordinated with the first (`ووزير`، `ورئيس`: the
    same person's second post) nor standing right before the name (`الجنرال`، `القاضي`،
    `الكاتب الصحفي`: the name's own title): the unmarked name after it is that post's
    holder (`متحدث باسم رئيسة الحكومة البريطانية تيريزا ماي`)."""
    people = [m.start for m in gap if m.kind is Kind.PERSON] + [person.start]
    return any(
        m.kind is Kind.TITLE
        and ctx.text[max(0, m.start - 1) : m.start] != "و"
        and not any(not ctx.text[m.end : start].strip() for start in people if start >= m.end)
        for m in gap
    )


def _debris(mention: Mention) -> bool:
    """A one-word definite "name" the tagger read into a complement (`المسالخ`)."""
    words = mention.text.split()
    return len(words) == 1 and words[0].startswith("ال")


def _titled(ctx: Context, before: list[Mention], person: Mention) -> bool:
    """A title of address stands right before the name (one more title word the lexicon
    lacks may stand between: `العقيد دكتور X`): the name is the holder's, whatever the
    cue governs after it (`وصف رئيس جامعة تعز الدكتور X، مدينة تعز بأنها`)."""
    if not before or before[-1].kind is not Kind.HONORIFIC:
        return False
    return len(ctx.text[before[-1].end : person.start].split()) <= 1


def _name_closed(ctx: Context, end: int) -> bool:
    """The name ends where its mention does: a comma or a relative pronoun follows
    (`الدكتور X، مدينة تعز بأنها`، `الدكتور X الذي أجرى العملية`), not a word the
    tagger left out of it (`المهندس محمد العمرة`: `محمد` alone is no name)."""
    words = ctx.bare_words(end, min(len(ctx.text), end + 30))[:1]
    return bool(words) and (words[0] in {"،", ","} or words[0] in RELATIVE_PRONOUNS)


def _after_comma(ctx: Context, start: int, person: Mention) -> bool:
    """A comma sets the name off from the complement (`مكتب الثقافة بتعز، X،`)."""
    return ctx.text[start : person.start].rstrip().endswith(("،", ","))


def _opens_right_after(ctx: Context, person: Mention) -> bool:
    """The content opens right after the name, a comma allowed (`... سعيد الزهراني، أنه`)."""
    words = [w for w in ctx.bare_words(person.end, min(len(ctx.text), person.end + 30))[:2]]
    words = [w for w in words if w not in {"،", ","}]
    return bool(words) and words[0] in COMPLEMENTIZERS


def _words_between_fit(ctx: Context, start: int, end: int) -> bool:
    """One to `_MOST_WORDS` words of a complement: no complementiser, colon or quote, no
    adverbial preposition, at most the one comma that sets the name off."""
    words = ctx.bare_words(start, end)
    commas = [k for k, w in enumerate(words) if w in {"،", ","}]
    if not words or len(words) > _MOST_WORDS or len(commas) > 1:
        return False
    if commas and commas[0] != len(words) - 1:
        return False
    return not any(w in _OPENERS or w in _NOT_COMPLEMENT for w in words)


def name_end(ctx: Context, mentions: list[Mention], person: Mention) -> int:
    """Where the name ends: a name mention right after it, joined by nothing or by بن،
    ابن، أبو، آل, is the same name read in two pieces."""
    end = person.end
    for mention in mentions:
        if mention.start >= end and mention.kind is Kind.PERSON:
            if any(w not in _NAME_LINKS for w in ctx.bare_words(end, mention.start)):
                break
            end = mention.end
    return end


def _content_follows(ctx: Context, end: int) -> bool:
    """After the name, a comma, time words, an addressee `لـX`, then the content opens:
    a complementiser, a colon, a quote, the preposition the cue governs, or a participle
    of speech."""
    words = ctx.bare_words(end, min(len(ctx.text), end + 80))[:8]
    addressee = False
    for word in words:
        if word in _OPENERS or word in {"الي", "علي", "عن", "من", "ب"}:
            return True
        if word in speech_participles():
            return True  # قائلاً، مضيفةً، موضحين
        if word in {"،", ","} or word in SPEAKER_ADVERBIALS or word in TIME_WORDS:
            continue
        if word.startswith("ل") and len(word) > 3:
            addressee = True  # لوكالة الأنباء، لـ«الشرق الأوسط»: whom it was said to
            continue
        if addressee and word.startswith("ال"):
            continue  # the addressee's adjectives
        return False
    return False


@cache
def speech_participles() -> frozenset[str]:
    """Folded accusative participles of every cue lemma (`قائلاً`، `مضيفةً`، `موضحين`, from
    cue_lemmas.tsv through `cue_forms.participle_forms`): one list of them, not a copy."""
    return frozenset(
        fold(form.form) for lemma in cue_lemmas() for form in participle_forms(lemma.participle)
    )
