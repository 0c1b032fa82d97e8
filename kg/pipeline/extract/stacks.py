"""Posts stacked before one name share it: `رئيس حزب الكتائب النائب سامي الجميل`،
`ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان`، `رئيس الوزراء وزير
الخارجية القطري X`. A post heads a stack when its phrase is finished before the next post
starts: it took its organisation or country, or it ends in a definite word. `مستشار
الرئيس` (an indefinite head in construct) is a genitive, not a stack."""

from __future__ import annotations

from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.context import Context
from kg.pipeline.text.normalize import fold


def share_stacked_holders(ctx: Context, mentions: list[Mention]) -> None:
    """Posts stacked before one name share its holder: `رئيس حركة التغيير عضو الأمانة
    العامة ... إيلي محفوظ`. Only after a complement: `مستشار الرئيس` is a genitive."""
    for mention in reversed(mentions):
        post = ctx.posts.get(mention.start) if mention.kind is Kind.TITLE else None
        if post is None or post.holder is not None or post.stacked is None:
            continue
        later = ctx.posts.get(post.stacked)
        if later is not None and later.holder is not None:
            post.holder, post.holder_mention = later.holder, later.holder_mention
            post.rule = "role:stacked"


def heads_a_stack(ctx: Context, mentions: list[Mention], index: int, gap: list[str]) -> bool:
    """`ولي العهد نائب رئيس مجلس الوزراء وزير الدفاع الأمير X`، `رئيس الوزراء وزير الخارجية
    القطري X`: a post whose phrase is complete (two words or more, the last definite) and
    is followed at once by another post heads a stack of posts before one name, as a post
    with its organisation does. Not when the run of complete posts it is part of follows a
    post (`مستشار خادم الحرمين الشريفين أمير منطقة مكة`: the genitive of `مستشار`) or a name
    (`الأمير X ولي العهد نائب رئيس مجلس الوزراء`: posts in apposition, their holder named
    before them); `مستشار الرئيس` (an indefinite head in construct) is a genitive."""
    following = mentions[index + 1] if index + 1 < len(mentions) else None
    if following is None or following.kind is not Kind.TITLE or gap:
        return False
    if not _complete(mentions[index]):
        return False
    first = index
    while first > 0 and _adjacent_complete(ctx, mentions[first - 1], mentions[first]):
        first -= 1
    if first == 0:
        return True
    previous = mentions[first - 1]
    between = ctx.bare_words(previous.end, mentions[first].start)
    return not (previous.kind in (Kind.TITLE, Kind.PERSON) and between in ([], ["،"]))


def _complete(title: Mention) -> bool:
    """A post phrase of two words or more whose last word is definite (`ولي العهد`)."""
    words = fold(title.text).split()
    return len(words) > 1 and words[-1].startswith(("ال", "لل"))


def _adjacent_complete(ctx: Context, previous: Mention, title: Mention) -> bool:
    """Whether `previous` is a complete post standing right before `title`."""
    return (
        previous.kind is Kind.TITLE
        and _complete(previous)
        and not ctx.bare_words(previous.end, title.start)
    )
