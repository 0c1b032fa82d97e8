"""Organisations and countries as speakers (issue 15, class 7): what a reader knows about
a body that speaks.

- `وقالت الشرطة`، `وأضافت السفارة`: a definite head alone names the body of that kind
  that the story named before (`الشرطة الهولندية`، `شرطة لندن`), and nobody when it named
  none (the reader does not know whose police).
- Its grammatical gender is its head noun's: a head ending in ة or a feminine plural ات
  (`الحكومة`، `السلطات`، `الشرطة`، `وزارة`) takes a feminine verb (`قالت`، `وأضافت`), so a
  masculine `وأضاف` after it is someone else's.
"""

from __future__ import annotations

from kg.pipeline.annotate.arabic import (
    AUTHORITY_HEADS,
    COMPLEMENTIZERS,
    CUE_PREPOSITIONS,
    SPEAKER_ADVERBIALS,
)
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.facts import Entity
from kg.pipeline.text.normalize import fold

# What may follow a reference that ends the speaker's phrase: `وقالت الشرطة إن`، `في بيان`،
# `، الأحد،`، `:`.
_PHRASE_ENDS = (
    COMPLEMENTIZERS | CUE_PREPOSITIONS | SPEAKER_ADVERBIALS | {"ان", "بان", "،", ",", ":", "."}
)


def organisation_gender(ctx: Context, entity: Entity) -> str | None:
    """ "f" or "m" for an organisation whose gender the lexicon records, "f" for one whose
    head noun is feminine by its form (ة، ات), None when neither tells."""
    organisation = ctx.lexicon.organisations.get(entity.key)
    if organisation is not None and organisation.attr("gender"):
        return organisation.attr("gender")
    words = fold(entity.label).split()
    head = words[0] if words else ""
    return "f" if head.endswith(("ه", "ات")) and len(head) > 3 else None


def referred_body(ctx: Context, mention: Mention) -> Entity | None:
    """The state body a definite head alone refers back to (`وقالت الشرطة`، `وأضافت
    السفارة`): the last one named before it with that head noun."""
    if mention.kind is not Kind.REFERENCE or mention.attrs.get("ref") != "organisation":
        return None
    if mention.attrs.get("head") not in AUTHORITY_HEADS:
        return None  # الحزب، الشركة: the discourse model's references, not a state body's
    following = ctx.bare_words(mention.end, min(len(ctx.text), mention.end + 30))[:1]
    if following and following[0] not in _PHRASE_ENDS:
        return None  # القيادة العامة للقوات، المجلس الأعلى: a name goes on, not a reference
    kind, head = mention.attrs.get("kind", ""), mention.attrs.get("head", "")
    return ctx.organisation_before(mention.start, kind, head)
