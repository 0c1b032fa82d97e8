"""Posts read through another actor: an organisation headed by someone (`الحكومة العراقية
برئاسة حيدر العبادي`), a counterpart (`ونظيره الروسي سيرغي شويغو` holds the previous
holder's post in another country) or a deputy (`ونائبه رياك مشار`)."""

from __future__ import annotations

from kg.pipeline.annotate.arabic import TITLE_FILLERS
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.context import CLITICS, Context, Post, head_word
from kg.pipeline.extract.facts import Entity, role_at

_HEADED_BY = {"برياسه": "رئيس", "بقياده": "قائد", "برياسته": "رئيس"}


def headed_by(ctx: Context, mentions: list[Mention], sentence: int) -> None:
    """`الحكومة اللبنانية برئاسة تمام سلام`: the person heads the organisation."""
    for index, mention in enumerate(mentions[:-1]):
        person = mentions[index + 1]
        if mention.kind is not Kind.ORGANISATION or person.kind is not Kind.PERSON:
            continue
        gap = ctx.bare_words(mention.end, person.start)
        if len(gap) != 1 or gap[0] not in _HEADED_BY:
            continue
        organisation, holder = ctx.entity(mention), ctx.entity(person)
        if organisation is None or holder is None:
            continue
        original = (mention.label or mention.text).split()[0]
        head = original if original.startswith("ال") else "ال" + original
        role = f"{_HEADED_BY[gap[0]]} {head}"
        post, held = (mention.start, mention.end), (person.start, person.end)
        fact = role_at(holder, role, organisation, post, held, sentence, "role:headed-by")
        ctx.roles.append(fact)


def counterparts(ctx: Context, mentions: list[Mention]) -> None:
    """`ونظيره الروسي سيرغي شويغو`: the previous holder's post, in the adjective's country;
    `ونائبه رياك مشار`: the deputy of the previous holder's post, where it is held."""
    for index, mention in enumerate(mentions):
        ref = mention.attrs.get("ref") if mention.kind is Kind.REFERENCE else None
        if ref not in ("counterpart", "deputy"):
            continue
        model = next(
            (
                ctx.posts[m.start]
                for m in reversed(mentions[:index])
                if m.kind is Kind.TITLE and m.start in ctx.posts and ctx.posts[m.start].holder
            ),
            None,
        )  # the nearest post with a holder before the reference
        if model is None:
            continue
        country: Entity | None = None
        position = mention.end
        for later in mentions[index + 1 :]:
            gap = ctx.bare_words(position, later.start)
            if any(w not in TITLE_FILLERS and w != "،" and w not in CLITICS for w in gap):
                break
            if later.kind in (Kind.NATIONALITY, Kind.COUNTRY) and country is None:
                country = ctx.entity(later)
            elif later.kind is Kind.PERSON:
                role, head = model.role, model.head
                if ref == "deputy":
                    role = f"{mention.attrs.get('head', '')} {model.role}"
                    head, country = head_word(role), model.organisation
                post = Post(mention, later.end, role, head, country, ctx.entity(later), later)
                post.rule = f"role:{ref}"
                ctx.posts[mention.start] = post
                break
            elif later.kind is not Kind.HONORIFIC:
                break
            position = later.end
