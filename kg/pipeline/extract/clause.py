"""The words around a cue, read by shape: tokens, prepositions, relative pronouns,
connectors, accusative participles, and where a clause opens. The lowest layer of the
statement rules: every other statements module reads the text through these.
"""

from __future__ import annotations

import re

from kg.pipeline.annotate.arabic import (
    COMPLEMENTIZERS,
    CUE_PREPOSITIONS,
    SPEAKER_ADVERBIALS,
)
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.cue_words import (
    CIRCUMSTANTIAL_OPENERS,
    CLAUSE_OPENERS,
    FOR_ONES_PART,
    GOING_ON,
    NOT_COMPLEMENTISER_BEFORE,
    OPEN_QUOTES,
)
from kg.pipeline.text.document import Sentence
from kg.pipeline.text.normalize import fold

_TOKEN = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+|[^\w\s]")


ACTORS = (Kind.PERSON, Kind.ORGANISATION, Kind.COUNTRY)


RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})


def embedded_verb(ctx: Context, cue: Mention) -> bool:
    """A cue inside a relative clause or after a preposition opens no clause of its own."""
    before = ctx.bare_words(max(0, cue.start - 30), cue.start)[-1:]
    return bool(before) and (before[0] in RELATIVES or before[0] in PREPOSITIONS)


SKIPPABLE = SPEAKER_ADVERBIALS | FOR_ONES_PART | {"من", "في"}


def fronted_adverbial(word: str) -> bool:
    """A word that opens an adverbial or a connector, not a subject: في، بعد، بدوره، كما."""
    return (
        word in CLAUSE_OPENERS
        or word in SPEAKER_ADVERBIALS
        or word in CIRCUMSTANTIAL_OPENERS
        or word in PREPOSITIONS
        or word in NOT_COMPLEMENTISER_BEFORE
        or word[:3] in {"بال", "لل"}
        or accusative(word)
        or not word.isalnum()
    )


def accusative(word: str) -> bool:
    """An indefinite accusative participle (`متحدثاً`، `مضيفاً`) is circumstantial, never a
    subject; a name that ends in ا (`لخويا`، `أوباما`) is not one."""
    return len(word) > 4 and word.endswith("ا") and word.startswith("م") and word[1] != "ا"


def first_introducer(ctx: Context, start: int, end: int) -> int:
    """Offset of the first أن/إن, colon or quote in [start, end): content starts there."""
    for token in tokens_between(ctx, start, end):
        if token[0] in OPEN_QUOTES or token[0] == ":" or token_form(token) in COMPLEMENTIZERS:
            return token[1]
    return end


def opens_sentence(ctx: Context, sentence: Sentence, cue: Mention) -> bool:
    """Whether only connectors stand before the cue in its sentence (`ومشيرا إلى ...`)."""
    words = ctx.bare_words(sentence.start, cue.start)
    return all(w in CLAUSE_OPENERS or w in GOING_ON or not w.isalnum() for w in words)


def right_after_verb(ctx: Context, start: int) -> bool:
    """Whether a phrase at `start` follows its clause's first word (the verb), past a
    fronted adverbial (`في سياق متصل، هاجم ...`) and particles (قد، كما)."""
    line_start = max(ctx.text.rfind("\n", 0, start), ctx.text.rfind(".", 0, start)) + 1
    words = ctx.bare_words(line_start, start)
    if "،" in words:
        cut = words.index("،")
        if words and fronted_adverbial(words[0]):
            words = words[cut + 1 :]
    words = [w for w in words if w not in CLAUSE_OPENERS and w not in SKIPPABLE]
    return len(words) <= 1


def bil_qawl(ctx: Context, cue: Mention) -> bool:
    """`سارعت روسيا ... بالقول إن`: the masdar القول governed by ب reports speech."""
    return fold(cue.text) == "القول" and ctx.text[max(0, cue.start - 1) : cue.start] == "ب"


def adjacent_words(ctx: Context, end: int, start: int) -> bool:
    gap = ctx.bare_words(end, start)
    return all(w in SPEAKER_ADVERBIALS or w == "،" for w in gap) and len(gap) <= 3


def word_end(ctx: Context, offset: int) -> int:
    """End of the word that starts after `offset` (skipping spaces and commas)."""
    match = re.compile(r"[\s،,]*\S+").match(ctx.text, offset)
    return match.end() if match else offset


def after_amma(ctx: Context, start: int) -> bool:
    """Whether the phrase at `start` is the topic of أما (`أما X فيرى`)."""
    words = ctx.bare_words(max(0, start - 12), start)
    return bool(words) and words[-1] in {"اما", "واما"}


def subject_can_open(ctx: Context, start: int) -> bool:
    """Whether a noun phrase at `start` can be a subject: it opens the sentence or follows a
    connector, a complementiser or a comma, not a noun it would complete
    (`ميليشيات الحوثي أبدت`: the subject is the militias, not al-Houthi)."""
    line_start = max(ctx.text.rfind("\n", 0, start), ctx.text.rfind(".", 0, start)) + 1
    words = ctx.bare_words(max(line_start, start - 30), start)
    if not words:
        return True
    previous = words[-1]
    return (
        not previous.isalnum()
        or previous in CLAUSE_OPENERS
        or previous in COMPLEMENTIZERS
        or previous in SKIPPABLE
    )


PREPOSITIONS = frozenset(
    {"مع", "في", "علي", "من", "الي", "عن", "لدي", "عند", "بين", "ضد", "حول", "بشان", "لقاء"}
)


def after_preposition(ctx: Context, start: int) -> bool:
    """True when the word before `start` is a preposition or a ب/ل clitic on the phrase."""
    if ctx.text[max(0, start - 1) : start] in {"ب", "ل"}:
        return True
    words = ctx.bare_words(max(0, start - 30), start)
    return bool(words) and words[-1] in PREPOSITIONS


Token = tuple[str, int, int]


def tokens_between(ctx: Context, start: int, end: int) -> list[Token]:
    return [
        (m.group(), start + m.start(), start + m.end())
        for m in _TOKEN.finditer(ctx.text[start:end])
    ]


def token_form(token: Token) -> str:
    return without_conjunction(fold(token[0]))


def circumstantial(word: str) -> bool:
    form = fold(word)
    return (
        form in CIRCUMSTANTIAL_OPENERS
        or (form.startswith("لل") and len(form) > 4)
        or accusative(form)
    )


def without_conjunction(word: str) -> str:
    if len(word) > 3 and word[0] in "وف":
        rest = word[1:]
        if rest in COMPLEMENTIZERS or rest in CUE_PREPOSITIONS or rest in {"ان"}:
            return rest
    return word
