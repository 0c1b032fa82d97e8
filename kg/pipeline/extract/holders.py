"""Names that stand after a post and still do not hold it.

A reader does not give the post to a name that is a relative's (`زوجة رئيس الوزراء`), the
one a spokesman speaks for (`المتحدث باسم خليفة حفتر`), the object of a preposition
(`المسؤول الأميركي في إيجاز`), the genitive of a bare noun (`لحملة ترامب`), or a person of
the other gender than a gendered post. `roles` asks these guards while it reads a post.
"""

from __future__ import annotations

from kg.pipeline.annotate.arabic import KINSHIP_NOUNS, TITLE_FILLERS
from kg.pipeline.annotate.model import Mention
from kg.pipeline.extract.context import POST_PUNCTUATION, Context
from kg.pipeline.extract.facts import Entity
from kg.pipeline.text.normalize import fold


def kinship_before(ctx: Context, title: Mention) -> bool:
    """`زوجة رئيس الوزراء`، `نجل الرئيس`: the post is a relative's, not the next name's."""
    before = ctx.bare_words(max(0, title.start - 12), title.start)[-1:]
    return bool(before) and before[0] in KINSHIP_NOUNS


def spoken_for(ctx: Context, title: Mention, position: int, gap: list[str]) -> bool:
    """`المتحدث باسم X`: a name right after باسم is whom the post speaks for."""
    return position == title.end and not gap and fold(title.text).endswith("باسم")


_PREPOSITIONS = {"في", "لدي", "من", "عن", "علي", "الي", "مع", "عبر", "حول", "منذ"}


def governed_by_preposition(gap: list[str]) -> bool:
    """Whether the word right before a name is a preposition: the name is its object (a
    place, an event, the other party), never the holder of the post before it."""
    words = [w for w in gap if w not in POST_PUNCTUATION]
    return bool(words) and words[-1] in _PREPOSITIONS


def closed_apposition(ctx: Context, title: Mention, person: Mention) -> bool:
    """`السفير الروسي في بريطانيا، ألكسندر ياكوفينكو، إلى أن ...`: a name set off by commas
    on both sides right after a post phrase is that post's holder, even when the phrase
    went through في (a host country, the body the unit belongs to). Not when the post itself
    describes someone named before it (`إيران، وهي عضو في منظمة أوبك، ترامب`)."""
    after = ctx.text[person.end : person.end + 2].lstrip(" ")
    before = ctx.bare_words(max(0, title.start - 8), title.start)[-1:]
    return after.startswith("،") and not (before and before[0] in _PRONOUNS)


_PRONOUNS = {"هو", "هي"}  # وهو، وهي: و is read off by bare_words


def genitive_gap(ctx: Context, gap: list[str], crossed_in: bool) -> bool:
    """Words before a name that make it no holder: a bare noun it completes (لحملة ترامب),
    or a comma after a phrase with في (عضو في منظمة أوبك، ترامب ...)."""
    words = [w for w in gap if w not in POST_PUNCTUATION]
    if crossed_in and "،" in gap:
        return True
    if not words:
        return False
    last = words[-1]
    common = ctx.lexicon.common_words
    bare = not last.startswith("ال") and last not in TITLE_FILLERS and last in common
    governed = last.startswith("ل") and last[1:] in common
    return bare or governed


def disagree(ctx: Context, title: Mention, holder: Entity) -> bool:
    """A feminine post and a man (or the reverse), as the rest of the article tells."""
    gender = title.attrs.get("gender")
    known = ctx.registry.gender_of(holder)
    return bool(gender and known and gender != known)
