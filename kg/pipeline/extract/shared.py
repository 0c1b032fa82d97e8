"""A post in the dual or plural shared by the names after it: `الرئيسان الأمريكي دونالد
ترامب والفرنسي إيمانويل ماكرون`، `الوزيرين التركيين عبد الحميد غل وسليمان صويلو`،
`الوزيرين اليمني والبريطاني X وY`.

Each name of the list holds the singular post; it is held in the country of the nationality
written before that name, or of a plural nationality right after the post that all share.
A list whose names carry no nationality (`قائدين آخرين هما X وY`) gives nothing: without
it, a run of words is too easily read as names.
"""

from __future__ import annotations

from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.facts import Entity, Evidence, RoleFact
from kg.pipeline.text.document import Sentence

_LIST_WORDS = {"،", "و"}
_LINKS = {"هما", "هم", "اخرين", "اخران", ":"}  # قائدين آخرين هما X وY


def shared_posts(ctx: Context, sentence: Sentence, mentions: list[Mention]) -> None:
    """Add a role for every name held by a dual or plural post in the sentence."""
    for index, title in enumerate(mentions):
        if title.kind is not Kind.TITLE or title.attrs.get("number") != "du":
            continue
        role = title.attrs.get("role") or title.label or title.text
        for person, country in _list_after(ctx, mentions[index + 1 :], title.end):
            holder = ctx.entity(person)
            if holder is None or country is None:
                continue  # قائدين آخرين هما X: without a nationality, too loose a list
            evidence = Evidence(title.start, person.end, sentence.index, "role:shared")
            ctx.roles.append(RoleFact(holder, role, country, evidence))


def _list_after(
    ctx: Context, mentions: list[Mention], position: int
) -> list[tuple[Mention, Entity | None]]:
    """(name, its country) for each item of the list right after a shared post; fewer than
    two names is no list (the ordinary post rules read one name)."""
    shared: Entity | None = None
    own: Entity | None = None
    out: list[tuple[Mention, Entity | None]] = []
    for mention in mentions:
        gap = ctx.bare_words(position, mention.start)
        if any(w not in _LIST_WORDS and w not in _LINKS for w in gap):
            break
        if mention.kind is Kind.NATIONALITY:
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
    return out if len(out) >= 2 else []
