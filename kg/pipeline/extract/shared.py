"""A post in the dual or plural shared by the names after it: `الرئيسان الأمريكي دونالد
ترامب والفرنسي إيمانويل ماكرون`، `الوزيرين التركيين عبد الحميد غل وسليمان صويلو`،
`الوزيرين اليمني والبريطاني X وY`.

Each name of the list holds the singular post; it is held in the country of the nationality
written before that name, or of a plural nationality right after the post that all share,
or of the countries joined by و after it, one per name in order (`وزيرا خارجية مصر والأردن
X وY`). Portfolios joined by و (`وزيرا الدفاع والخارجية X وY`) are likewise one per name.
A list whose names carry no nationality (`قائدين آخرين هما X وY`) gives nothing: without
it, a run of words is too easily read as names; a minister's dual in construct (`وزيرا
الدفاع`) is a post phrase clear enough to take its names without one.
"""

from __future__ import annotations

from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.facts import Entity, role_at
from kg.pipeline.text.document import Sentence

_LIST_WORDS = {"،", "و"}
_LINKS = {"هما", "هم", "اخرين", "اخران", ":"}  # قائدين آخرين هما X وY


def shared_posts(ctx: Context, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add a role for every name held by a dual or plural post in the sentence."""
    for index, title in enumerate(mentions):
        if title.kind is not Kind.TITLE or title.attrs.get("number") != "du":
            continue
        role = title.attrs.get("role") or title.label or title.text
        names = _list_after(ctx, mentions[index + 1 :], title.end)
        roles = title.attrs.get("roles", "").split("|") if "roles" in title.attrs else []
        if roles and len(roles) != len(names):
            continue  # وزيرا الدفاع والخارجية X وY وZ: which post is whose is not said
        construct = bool(title.attrs.get("construct"))
        for n, (person, country) in enumerate(names):
            holder = ctx.entity(person)
            if holder is None or (country is None and not construct):
                continue  # قائدين آخرين هما X: without a nationality, too loose a list
            post, held = (title.start, title.end), (person.start, person.end)
            role_n = roles[n] if roles else role
            fact = role_at(holder, role_n, country, post, held, sentence.index, "role:shared")
            ctx.roles.append(fact)


def _list_after(
    ctx: Context, mentions: list[Mention], position: int
) -> list[tuple[Mention, Entity | None]]:
    """(name, its country) for each item of the list right after a shared post; fewer than
    two names is no list (the ordinary post rules read one name)."""
    shared: Entity | None = None
    own: Entity | None = None
    out: list[tuple[Mention, Entity | None]] = []
    joined: list[Entity | None] = []  # وزيرا خارجية مصر والأردن: one country per name
    for mention in mentions:
        gap = ctx.bare_words(position, mention.start)
        if any(w not in _LIST_WORDS and w not in _LINKS for w in gap):
            break
        if mention.kind is Kind.COUNTRY and not out and shared is None:
            joined.append(ctx.entity(mention))
        elif mention.kind is Kind.NATIONALITY:
            plural = mention.attrs.get("number") in ("du", "pl")
            if plural and not out and shared is None:
                shared = ctx.entity(mention)
            else:
                own = ctx.entity(mention)
        elif mention.kind is Kind.PERSON:
            out.append((mention, own or shared))
            own = None
        elif mention.kind is not Kind.HONORIFIC:
            break
        position = mention.end
    if len(joined) >= 2 and len(joined) == len(out):
        out = [(person, own or country) for (person, own), country in zip(out, joined, strict=True)]
    elif joined:
        return []  # مصر والأردن والسعودية X وY: which country is whose is not said
    return out if len(out) >= 2 else []
