"""A bare post that names someone introduced before by his full post, unnamed.

`بدأ وزير الخارجية الإيراني حملة ... وبدأ الوزير محمد جواد ظريف جولة`: the story opens
with a post and no name, then names its holder with the bare head (`الوزير`). A reader
takes the bare head as short for the post just given: Zarif is Iran's foreign minister,
not "the minister". The bare head must be one that abbreviates a fuller post of its kind
(`الوزير`، `السفير`، `المتحدث`; not `الرئيس`, which is a post of its own), the fuller post
must have come a few sentences before with no holder, and be the only one of that head
waiting there.
"""

from __future__ import annotations

from dataclasses import replace

from kg.pipeline.extract.context import Context, Post, head_word
from kg.pipeline.extract.facts import Entity, RoleFact
from kg.pipeline.text.normalize import fold

# Bare heads (folded, without ال and a final ة) that stand for a fuller post of their kind
_ABBREVIATING = frozenset(
    {"وزير", "سفير", "متحدث", "ناطق", "مبعوث", "مندوب", "امين", "مدير", "قايد", "محافظ"}
)
_LOOKBACK = 3  # sentences before the bare post searched for the fuller one


def fuller_posts(ctx: Context, roles: list[RoleFact]) -> list[RoleFact]:
    """Each bare abbreviating post (`الوزير X`) given the fuller unnamed post before it."""
    return [_fuller(ctx, role) for role in roles]


def _fuller(ctx: Context, role: RoleFact) -> RoleFact:
    words = fold(role.role).split()
    if len(words) != 1 or not words[0].startswith("ال"):
        return role
    head = head_word(role.role)
    if head not in _ABBREVIATING:
        return role
    gender = "f" if words[0].endswith("ه") else "m"  # الوزيرة: a woman's post
    waiting = [
        p
        for p in _unnamed_before(ctx, role)
        if head_word(p.role) == head and p.title.attrs.get("gender", gender) == gender
    ]
    if len(waiting) != 1 or len(waiting[0].role.split()) < 2:
        return role
    post = waiting[0]
    return replace(role, role=post.role, organisation=role.organisation or _held_in(ctx, post))


def _held_in(ctx: Context, post: Post) -> Entity | None:
    """Where the unnamed post is held, when its phrase is short (`وزير الخارجية الإيراني`):
    with no name to stop it, a long phrase runs on into the sentence (`دعت وزيرة التعليم
    الأساسي في جنوب أفريقيا إلى فتح تحقيق`: not Fatah)."""
    return post.organisation if len(ctx.bare_words(post.title.end, post.end)) <= 3 else None


def _unnamed_before(ctx: Context, role: RoleFact) -> list[Post]:
    """Posts without a holder in the few sentences before the role's evidence (the same
    sentence included, before it)."""
    sentences = ctx.sentences()
    first = next((s.start for s in sentences if s.index >= role.evidence.sentence - _LOOKBACK), 0)
    return [
        post
        for start, post in ctx.posts.items()
        if first <= start < role.evidence.start
        and post.holder is None
        and not post.title.attrs.get("accusative")  # عيّن X وزيرا: an appointment
    ]
