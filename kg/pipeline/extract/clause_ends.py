"""Where an attributed clause ends, read at one token of the content: the signals after
which the words are no longer the speaker's (issue 15, class 5: position boundaries).

- `...، حيث قال`، `...، إذ أشار`: a cue after a comma and حيث/إذ is another statement.
- `...، وهو ما ينفيه ترامب`: a `وهو ما` clause with an actor of its own is the narrator.
- `...، حسبما أعلن الإليزيه`، `وفق ما ذكرت الوكالة`: the narrator names the source.
- `...، بحسب مصدر دبلوماسي`، `، وفقا لوكالة الأنباء`: a source without a verb, the same.
- `... داعياً اللجنة إلى`، `..." داعية إلى`: a reporting participle after the content (or
  after the quote that closes it) is the narrator's account going on.

`positions._clause_end` asks these predicates token by token; they only read tokens and
mentions, and decide nothing about where the content starts.
"""

from __future__ import annotations

from kg.pipeline.annotate.arabic import ACCORDING, ACCORDING_LI
from kg.pipeline.annotate.model import Kind
from kg.pipeline.extract.clause import ACTORS, Token, without_conjunction
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.cue_words import FIMA_NOT_BREAKING, PREDICATE_TAKERS, UNNAMED
from kg.pipeline.text.normalize import fold

_EXPLAINING = frozenset({"حيث", "اذ"})


def explaining_after_comma(tokens: list[Token], k: int) -> bool:
    """`...، حيث قال "..."`، `...، إذ أشارا إلى`: a cue right after a comma and حيث/إذ opens
    the narrator's account of another statement, not more of this one."""
    return (
        k >= 2
        and without_conjunction(fold(tokens[k - 1][0])) in _EXPLAINING
        and tokens[k - 2][0] in {"،", ","}
    )


_WHAT = frozenset({"وهو", "وهي", "وهذا", "وذلك"})  # وهو ما، وهذا ما


def third_party_relative(ctx: Context, tokens: list[Token], k: int, limit: int) -> bool:
    """`...، وهو ما ينفيه ترامب`، `، وهو ما دفع الرئيس الإثيوبي إلى`: a `وهو ما` clause
    whose verb has a named actor of its own right after it is the narrator relating the
    content to someone else's words or acts, not the speaker going on."""
    if k + 3 >= limit or fold(tokens[k][0]) not in _WHAT or fold(tokens[k + 1][0]) != "ما":
        return False
    actor = tokens[k + 3]
    return any(
        m.start == actor[1] and m.kind in (*ACTORS, Kind.TITLE)
        for m in ctx.mentions_between(actor[1], actor[2])
    )


_AS = frozenset({"كما", "حسبما", "بحسبما", "مثلما"})  # كما أعلن، حسبما ذكرت
_ACCORDING_TO = frozenset({"وفق", "وفقا", "حسب", "بحسب", "طبقا"})  # وفق ما قال، بحسب ما أعلنت


def attribution_start(tokens: list[Token], k: int) -> int | None:
    """`...، حسبما أعلن الإليزيه`، `كما قال`، `وفق ما ذكرت الوكالة`: the narrator names the
    source of what precedes; the index where that attribution opens before the cue at k."""
    if k < 1:
        return None
    previous = fold(tokens[k - 1][0])
    if previous in _AS or (previous[:1] in "وف" and previous[1:] in _AS):
        return k - 1
    if previous in {"ما", "لما"} and k >= 2:
        word = fold(tokens[k - 2][0])
        if word in _ACCORDING_TO or (word[:1] == "و" and word[1:] in _ACCORDING_TO):
            return k - 2
    return None


def source_attribution(ctx: Context, tokens: list[Token], k: int, limit: int) -> bool:
    """`...، بحسب مصدر دبلوماسي فرنسي`، `، وفقا لمسؤولين`، `، حسب وكالة الأنباء`: after a
    comma, an attribution without a verb whose object is a source (an unnamed one, a
    person, a post, an organisation or a country) names where the narrator has the clause
    from: the speaker's words end before it. `وفقا للقانون`، `حسب الاتفاق` (a text, no
    source) go on."""
    word = without_conjunction(fold(tokens[k][0]))
    if k + 1 >= limit:
        return False
    source = tokens[k + 1]
    if word in ACCORDING_LI:  # وفقا لمصادر، طبقا للوكالة
        if not fold(source[0]).startswith("ل"):
            return False
        bare = fold(source[0])[1:]
        bare = "ال" + bare[1:] if bare.startswith("ل") else bare  # للوكالة: ل + الوكالة
    elif word in ACCORDING:  # بحسب مصدر، وفق الوزارة
        bare = fold(source[0])
    else:
        return False
    if bare in UNNAMED:
        return True
    return any(
        m.kind in (*ACTORS, Kind.TITLE) and m.kind is not Kind.NATIONALITY
        for m in ctx.mentions_between(source[1], source[2])
    )


def narrator_participle(ctx: Context, start: int, tokens: list[Token], k: int, limit: int) -> bool:
    """`... جنوب السودان داعياً اللجنة إلى`: a reporting participle in the accusative of
    manner (مضيفاً، داعياً، مشيراً) outside any quotation opened in the content is the
    narrator going on, comma or not; not a predicate (`ليس مرجحاً`) nor one with no words
    of its own after it."""
    token = tokens[k]
    participle = any(
        m.kind is Kind.CUE and m.attrs.get("kind") == "participle"
        for m in ctx.mentions_between(token[1], token[2])
    )
    if not participle or not fold(token[0]).endswith("ا") or k + 2 >= limit:
        return False
    if without_conjunction(fold(tokens[k - 1][0])) in PREDICATE_TAKERS:
        return False
    return not open_quote(ctx.text[start : token[1]])


_CLOSING_QUOTES = frozenset({'"', "»", "”"})


def participle_after_quote(
    ctx: Context, start: int, tokens: list[Token], k: int, limit: int
) -> bool:
    """`... "سببه مؤامرة دبرها أعداء إيران" داعية إلى الإفراج عنه`: a reporting participle
    of either gender (`داعية`، `مؤكدة`، `مضيفا`) right after the quote that closes a
    quotation of the content goes on with the narrator's account of the same speaker,
    as after a comma; not one with no words of its own after it."""
    token = tokens[k]
    if tokens[k - 1][0] not in _CLOSING_QUOTES or k + 2 >= limit:
        return False
    participle = any(
        m.kind is Kind.CUE and m.attrs.get("kind") == "participle"
        for m in ctx.mentions_between(token[1], token[2])
    )
    return participle and not open_quote(ctx.text[start : token[1]])


def open_quote(text: str) -> bool:
    """Whether a quotation opened in `text` is still open at its end."""
    return (
        text.count("«") > text.count("»")
        or text.count("“") > text.count("”")
        or text.count('"') % 2 == 1
    )


def relative_fima(following: str) -> bool:
    """`فيما يتعلق`، `فيما يبدو`، and `فيما وجده` (in what he found): ما is a relative when
    its clause's verb carries an object pronoun that points back to it; `فيما` is then no
    connector opening the narrator's clause."""
    return following in FIMA_NOT_BREAKING or (
        len(following) >= 4 and following.endswith(("ه", "ها")) and not following.startswith("ال")
    )


def manner_participle(form: str) -> bool:
    """An indefinite accusative active participle (`موجهاً`، `متهماً`) opening a
    circumstantial clause; feminine ones (`موجهة`) are told from nouns by their pattern
    مُفعِّلة / مُفاعِلة / مُفتعِلة: م + four or five letters + ه."""
    if not form.startswith("م") or form.startswith("مع"):
        return False
    if form.endswith("ا") and 5 <= len(form) <= 7:
        return True
    return form.endswith("ه") and len(form) == 5 and form[2] != "ا"
