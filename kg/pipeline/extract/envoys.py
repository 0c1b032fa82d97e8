"""Envoys of a principal: `مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ`،
`سفير خادم الحرمين الشريفين لدى مصر أحمد قطان`.

An envoy's post (مبعوث، سفير، ممثل، مندوب) written bare, in construct with the post of the
one who sends him, and then the place he is sent to (إلى، لدى، في + a country or place):
the name after the place is the envoy's, not the principal's. The post is the envoy's word
with the principal's (`مبعوث الأمين العام`), held where the principal's post is (the UN,
Russia for `الرئيس الروسي`), never in the host. Without the host the phrase stays
ambiguous (`مستشار الرئيس الأمريكي دونالد ترامب` names the president) and is left alone.
"""

from __future__ import annotations

from kg.pipeline.annotate.arabic import TITLE_FILLERS
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.context import Context
from kg.pipeline.text.normalize import fold

_ENVOYS = frozenset({"مبعوث", "مبعوثه", "سفير", "سفيره", "ممثل", "ممثله", "مندوب", "مندوبه"})
_HOSTS = frozenset({"الي", "لدي", "في"})
_PLACES = (Kind.COUNTRY, Kind.PLACE)
_REACH = 80  # characters from the principal's post to the envoy's name
_JOINS = frozenset({"،", "و"})


def envoys_of_principals(ctx: Context, mentions: list[Mention]) -> None:
    """Give the name after `ENVOY PRINCIPAL-POST HOST-PLACE` to the envoy's post."""
    for at, outer in enumerate(mentions[:-1]):
        inner = mentions[at + 1]
        if outer.kind is not Kind.TITLE or inner.kind is not Kind.TITLE:
            continue
        envoy, principal = ctx.posts.get(outer.start), ctx.posts.get(inner.start)
        if envoy is None or principal is None or envoy.holder is not None:
            continue
        if not _bare_envoy(outer.text) or ctx.bare_words(outer.end, inner.start):
            continue
        found = _sent_to(ctx, mentions[at + 2 :], inner)
        if found is None:
            continue
        person, hosts = found
        envoy.holder, envoy.holder_mention = ctx.entity(person), person
        envoy.role = f"{envoy.role} {inner.text}"
        where = principal.organisation
        envoy.organisation = None if where is not None and where.key in hosts else where
        envoy.end = person.end
        envoy.rule = "role:envoy"
        del ctx.posts[inner.start]  # the principal's post is part of the envoy's


def _bare_envoy(text: str) -> bool:
    word = fold(text)
    return word in _ENVOYS or (word.startswith("و") and word[1:] in _ENVOYS)


def _sent_to(
    ctx: Context, later: list[Mention], principal: Mention
) -> tuple[Mention, set[str]] | None:
    """The name after the host place (إلى اليمن، لدى مصر) that follows the principal's post,
    and the keys of the host places (لدى أستراليا ونيوزيلندا: both); nothing but the post's
    own complements, the host and a comma may stand between."""
    host = False
    hosts: set[str] = set()
    position = principal.end
    for mention in later:
        if mention.start - principal.end > _REACH:
            return None
        gap = ctx.bare_words(position, mention.start)
        if any(w not in _JOINS and w not in _HOSTS and w not in TITLE_FILLERS for w in gap):
            return None  # words of the sentence, not of the post phrase
        if mention.kind in _PLACES:
            host = host or bool(gap) and gap[-1] in _HOSTS
            if host:
                hosts.add(mention.key or "")
        elif host and mention.kind is Kind.ORGANISATION:
            hosts.add(mention.key or "")  # a body after the host belongs to it
        elif mention.kind is Kind.PERSON:
            return (mention, hosts) if host and all(w == "،" for w in gap) else None
        elif mention.kind not in (Kind.ORGANISATION, Kind.NATIONALITY, Kind.HONORIFIC):
            return None
        position = mention.end
    return None
