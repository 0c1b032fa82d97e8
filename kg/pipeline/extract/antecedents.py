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

from kg.pipeline.annotate.arabic import RELATIVE_PRONOUNS
from kg.pipeline.extract.context import Context, Post, head_word
from kg.pipeline.extract.facts import Entity, RoleFact, role_at
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


# Words before an unnamed post that make it an object or a complement, not the subject
# a description of someone on stage stands in (`التقى بلاعب أرسنال`، `مع مدرب الهلال`).
_GOVERNING = frozenset(
    {"مع", "الي", "من", "عن", "علي", "في", "لدي", "بين", "ضد", "امام", "بعد", "قبل", "عند"}
)


def described_holders(ctx: Context, roles: list[RoleFact]) -> list[RoleFact]:
    """Roles read from a description of someone introduced before by a bare post.

    `دافع أردوغان عن اللاعب الألماني ...، مسعود أوزيل، ... وأضاف أن لاعب خط وسط أرسنال
    ... يشعرون`: a post with its organisation and no name (`لاعب خط وسط أرسنال`) describes
    the one person the story introduced before with a post of that head and no
    organisation (`اللاعب الألماني X`: what he does, not where), and says where he holds
    it. Nobody when two people were introduced with that head, when someone already holds
    a post of that head somewhere, when the post is governed by a preposition (`مع مدرب
    الهلال`: someone else) or is an appointment (`عُيّن مدربا`)."""
    found = [role for role in (_described(ctx, post, roles) for post in _unnamed(ctx)) if role]
    return roles + found


def _unnamed(ctx: Context) -> list[Post]:
    return [
        post
        for _, post in sorted(ctx.posts.items())
        if post.holder is None
        and _describing(post)
        and post.organisation is not None
        and post.organisation.kind != "Country"
        and not post.title.attrs.get("accusative")
        and not post.former
    ]


def _describing(post: Post) -> bool:
    """A job word (`الكاتب`، `لاعب`) or a sport post (`المدرب`): what someone does, which
    a story names a person by and later describes him with."""
    return bool(post.title.attrs.get("job")) or post.head in _SPORT_HEADS


_SPORT_HEADS = frozenset({"مدرب", "لاعب", "مهاجم", "مدافع", "حارس"})


def _described(ctx: Context, post: Post, roles: list[RoleFact]) -> RoleFact | None:
    before = ctx.text[max(0, post.title.start - 1) : post.title.start]
    previous = ctx.bare_words(max(0, post.title.start - 20), post.title.start)[-1:]
    if before.isalpha() or (previous and previous[0] in _GOVERNING):
        return None  # بلاعب، مع مدرب: an object, not a description of the subject
    following = ctx.bare_words(post.end, post.end + 20)[:2]
    if any(w in RELATIVE_PRONOUNS for w in following):
        return None  # رئيس منظمة ...، الذي قال: someone introduced here
    introduced = [
        p
        for start, p in ctx.posts.items()
        if start < post.title.start and p.holder is not None and p.head == post.head
    ]
    if not all(_describing(p) for p in introduced):
        return None
    people = {p.holder.key for p in introduced if p.holder is not None}
    if len(people) != 1 or any(
        p.organisation is not None and p.organisation.kind != "Country" for p in introduced
    ):
        return None
    person = introduced[-1].holder
    assert person is not None
    if any(
        r.person.key == person.key and head_word(r.role) == post.head
        for r in roles
        if r.organisation is not None and r.organisation.kind != "Country"
    ):
        return None
    sentence = ctx.annotation.document.sentence_at(post.title.start)
    span = (post.title.start, post.end)
    return role_at(
        person,
        post.role,
        post.organisation,
        span,
        span,
        sentence.index if sentence else 0,
        "role:description",
    )
