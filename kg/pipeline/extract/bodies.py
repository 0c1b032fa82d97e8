"""Organisations and countries as speakers (issue 15, class 7): what a reader knows about
a body that speaks.

- Its grammatical gender is its head noun's: a head ending in ة or a feminine plural ات
  (`الحكومة`، `السلطات`، `الشرطة`، `وزارة`) takes a feminine verb (`قالت`، `وأضافت`), so a
  masculine `وأضاف` after it is someone else's.
"""

from __future__ import annotations

from kg.pipeline.extract.context import Context
from kg.pipeline.extract.facts import Entity
from kg.pipeline.text.normalize import fold


def organisation_gender(ctx: Context, entity: Entity) -> str | None:
    """ "f" or "m" for an organisation whose gender the lexicon records, "f" for one whose
    head noun is feminine by its form (ة، ات), None when neither tells."""
    organisation = ctx.lexicon.organisations.get(entity.key)
    if organisation is not None and organisation.attr("gender"):
        return organisation.attr("gender")
    words = fold(entity.label).split()
    head = words[0] if words else ""
    return "f" if head.endswith(("ه", "ات")) and len(head) > 3 else None
