"""The words around a cue, read by shape: tokens, prepositions, relative pronouns,
connectors, accusative participles, and where a clause opens. The lowest layer of the
statement rules: every other statements module reads the text through these.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from kg.pipeline.annotate.arabic import (
    COMPLEMENTIZERS,
    CUE_PREPOSITIONS,
    RELATIVE_PRONOUNS,
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


RELATIVES = RELATIVE_PRONOUNS  # the one list (arabic.py), under the name the clause rules use


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
    if cue.start - sentence.start > CLAUSE_REACH:
        return False
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
    """`سارعت روسيا ... بالقول إن`: the masdar القول governed by ب reports speech; so does
    the masdar with the subject's pronoun (`bi_qawlihi`)."""
    if ctx.text[max(0, cue.start - 1) : cue.start] != "ب":
        return False
    return fold(cue.text) == "القول" or bi_qawlihi(ctx, cue)


_QAWLIHI = frozenset({"قوله", "قولها", "قولهم", "قولهما"})


def bi_qawlihi(ctx: Context, cue: Mention) -> bool:
    """`دافع خان عن ذلك بقوله:`، `وطرح الجبير سؤالاً بقوله:`: قول with the pronoun of the
    governing verb's subject, after ب (which `bil_qawl` has checked), is the manner of that
    verb: its subject speaks. Not `بقوله تعالى` (a verse quoted, God's words)."""
    if fold(cue.text) not in _QAWLIHI:
        return False
    following = ctx.bare_words(cue.end, min(len(ctx.text), cue.end + 12))
    return not following or following[0] != "تعالي"


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
    """The tokens of text[start:end], as if that slice were tokenised on its own: sliced
    from the article's tokens (computed once), a word cut at either end read in part."""
    if end - start < 200:
        return _tokenise(ctx.text, start, end)
    tokens, starts = _token_index(ctx.text)
    lo = bisect_left(starts, start)
    hi = bisect_left(starts, end)
    head = []
    if lo > 0 and tokens[lo - 1][2] > start:
        head = _tokenise(ctx.text, start, tokens[lo - 1][2])
    if hi > lo and tokens[hi - 1][2] > end:
        return head + tokens[lo : hi - 1] + _tokenise(ctx.text, tokens[hi - 1][1], end)
    return head + tokens[lo:hi]


def cue_starts_in(token: Token, later: Sequence[int]) -> bool:
    """Whether one of the later cues (`later`: their start offsets) starts within the token:
    at its first letter or on a clitic inside it (`وقال`). Content rules stop there, since
    that cue opens a statement of its own."""
    return any(token[1] <= c < token[2] for c in later)


def _tokenise(text: str, start: int, end: int) -> list[Token]:
    found = _TOKEN.finditer(text[start:end])
    return [(m.group(), start + m.start(), start + m.end()) for m in found]


_TOKEN_CACHE: list[tuple[str, list[Token], list[int]]] = []  # the last article's tokens


def _token_index(text: str) -> tuple[list[Token], list[int]]:
    """All tokens of `text` and their starts, kept for the article being read."""
    if not _TOKEN_CACHE or _TOKEN_CACHE[0][0] is not text:
        tokens = _tokenise(text, 0, len(text))
        _TOKEN_CACHE[:] = [(text, tokens, [t[1] for t in tokens])]
    return _TOKEN_CACHE[0][1], _TOKEN_CACHE[0][2]


# Characters read around a cue: more than any real clause or content, so that the rules
# cost the same on a long unpunctuated line as on a short sentence (linear in the text).
CLAUSE_REACH = 600  # before the cue: its subject phrase, an open quote, fronted material
CONTENT_REACH = 2000  # after the speaker: the content (the longest read in 1,723: 1,162)


def near(mentions: list[Mention], cue: Mention) -> list[Mention]:
    """The mentions of a sentence (in text order) that start from `CLAUSE_REACH`
    characters before the cue to `CONTENT_REACH` after it: all a rule reads."""
    lo = bisect_left(mentions, cue.start - CLAUSE_REACH, key=lambda m: m.start)
    hi = bisect_left(mentions, cue.end + CONTENT_REACH, key=lambda m: m.start)
    return mentions if lo == 0 and hi == len(mentions) else mentions[lo:hi]


def clause_window(sentence: Sentence, cue: Mention) -> int:
    """Where the text read before a cue starts: its sentence's start, at most
    `CLAUSE_REACH` characters back."""
    return max(sentence.start, cue.start - CLAUSE_REACH)


def opens_content_clause(ctx: Context, cue: Mention) -> bool:
    """Whether a later cue can end a content: a verb or participle opening a clause of its
    own (not in a relative clause nor after a preposition), or بالقول."""
    masdar = cue.attrs.get("kind") == "masdar"
    return (not masdar or bil_qawl(ctx, cue)) and not embedded_verb(ctx, cue)


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
