"""Organisations and countries as speakers (issue 15, class 7): what a reader knows about
a body that speaks.

- `وقالت الشرطة`، `وأضافت السفارة`: a definite head alone names the body of that kind
  that the story named before (`الشرطة الهولندية`، `شرطة لندن`), and nobody when it named
  none (the reader does not know whose police).
- Its grammatical gender is its head noun's: a head ending in ة or a feminine plural ات
  (`الحكومة`، `السلطات`، `الشرطة`، `وزارة`) takes a feminine verb (`قالت`، `وأضافت`), so a
  masculine `وأضاف` after it is someone else's.
- `كما أفاد المرصد بأن`، `وأضاف المركز أن`، `وقالت الشركة إن`: a definite noun alone after
  the cue that is the first word of an organisation the story named before (`المرصد
  السوري لحقوق الإنسان`، `شركة أرامكو`) is that organisation, as a reader takes it.
- `وقال مكتب ماكرون`، `أعلن مكتب المحقق الخاص روبرت مولر`: the office of a person named
  right after `مكتب` (alone or with the post the phrase gives him) speaks for him: the
  speaker is that office, an organisation of its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.pipeline.annotate.arabic import (
    AUTHORITY_HEADS,
    COMPLEMENTIZERS,
    CUE_PREPOSITIONS,
    SPEAKER_ADVERBIALS,
)
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.clause import word_end
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.facts import Entity
from kg.pipeline.extract.names import plausible_name
from kg.pipeline.text.normalize import fold

_OFFICE = frozenset({"مكتب"})  # folded: the office that speaks for the person after it
_DESCRIPTION = 3  # definite words of a description between the office and the person

# What may follow a reference that ends the speaker's phrase: `وقالت الشرطة إن`، `في بيان`،
# `، الأحد،`، `:`.
_PHRASE_ENDS = (
    COMPLEMENTIZERS | CUE_PREPOSITIONS | SPEAKER_ADVERBIALS | {"ان", "بان", "،", ",", ":", "."}
)


# Countries that take a masculine verb: أعلن العراق، قال لبنان (read by `country_gender`).
_MASCULINE_COUNTRIES = frozenset(
    fold(w)
    for w in ("العراق", "الأردن", "لبنان", "السودان", "اليمن", "المغرب", "البحرين", "الصومال")
)


def country_gender(names: Iterable[str]) -> str:
    """The grammatical gender of a country by its names, the one place it is read: "m"
    when one of them takes a masculine verb (`أعلن العراق`، `قال لبنان`), else "f" (`قالت
    مصر`، `أعلنت الولايات المتحدة`)."""
    return "m" if any(fold(name) in _MASCULINE_COUNTRIES for name in names) else "f"


def organisation_gender(ctx: Context, entity: Entity) -> str | None:
    """The gender of an organisation the story names, read from its name (a canonical
    name's head noun agrees with the gender the lexicon records for it)."""
    organisation = ctx.lexicon.organisations.get(entity.key)
    return name_gender(entity.label, organisation.attr("gender") if organisation else None)


def name_gender(name: str, recorded: str | None = None) -> str | None:
    """The grammatical gender of an organisation's name as written, the one place it is
    read: "f" when its head noun is feminine by its form (ة، ات: الحكومة، القوات, even for
    a body the lexicon records as masculine: the verb agrees with the words written), else
    the gender the lexicon records (`recorded`), else None."""
    words = fold(name).split()
    head = words[0] if words else ""
    if head.endswith(("ه", "ات")) and len(head) > 3:
        return "f"
    return recorded or None


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


def office_of(ctx: Context, following: list[Mention], after: int) -> tuple[Entity, int] | None:
    """(the office, end of its phrase) when `مكتب` and a person follow `after` (a cue, or
    `بيان صادر عن`):
    `وقال مكتب ماكرون`، `أعلن مكتب الرئيس الفرنسي إيمانويل ماكرون`، `مكتب رئيس الوزراء،
    بنيامين نتنياهو،`، `مكتب المحقق الخاص روبرت مولر` (a description no lexicon holds).
    The office is named after the person (`مكتب ماكرون`), so that it is one organisation
    whatever post the phrase gives him; None when no person follows (`مكتب الادعاء`،
    `مكتب رئيس الوزراء` alone: whose office is not said)."""
    words = ctx.bare_words(after, min(len(ctx.text), after + 12))
    if not words or words[0] not in _OFFICE or not following:
        return None
    first = following[0]
    between = ctx.bare_words(after, first.start)[1:]
    if len(between) > _DESCRIPTION or not all(w.startswith("ال") for w in between):
        return None  # only a description (`المحقق الخاص`) stands between office and person
    person = None
    if first.kind is Kind.PERSON and plausible_name(ctx, first):
        person = first
    post = ctx.posts.get(first.start) if first.kind is Kind.TITLE and not between else None
    if post is not None and post.holder_mention is not None:
        person = post.holder_mention
    if person is None:
        return None
    holder = ctx.entity(person)
    if holder is None or holder.kind != "Person":
        return None
    label = "مكتب " + holder.label
    office = Mention(Kind.ORGANISATION, after, person.end, label, "office-" + holder.key, label)
    entity = ctx.entity(office)
    return (entity, person.end) if entity is not None else None


def named_by_head(ctx: Context, cue: Mention) -> tuple[Entity, int] | None:
    """(the organisation, end of the word) when the word right after the cue is a definite
    noun alone (its phrase ends after it: a complementiser, a preposition, an adverbial or
    punctuation) whose bare form is the first word of an organisation named before the
    cue (`كما أفاد المرصد بأن` after `المرصد السوري لحقوق الإنسان`; `وقالت الشركة` after
    `شركة أرامكو`). The noun's gender (ة، ات: feminine) must be the cue's. None when no
    organisation named before starts with that noun: the reader does not know whose."""
    end = word_end(ctx, cue.end)
    words = ctx.bare_words(cue.end, end)
    comma = words[-1:] in (["،"], [","])  # وأكد الصندوق، في بيان: the comma ends the phrase
    words = words[:-1] if comma else words
    if len(words) != 1 or not words[0].startswith("ال") or len(words[0]) < 5:
        return None
    following = ctx.bare_words(end, min(len(ctx.text), end + 30))[:1]
    governed = cue.attrs.get("prep") == "ب" and following[:1] and following[0][:1] == "ب"
    if not comma and (not following or not (following[0] in _PHRASE_ENDS or governed)):
        return None  # المرصد الجديد، الشركة المصنعة: a longer phrase, another body
    head = words[0][2:]
    feminine = head.endswith(("ه", "ات"))
    gender = cue.attrs.get("gender")
    if gender and gender != ("f" if feminine else "m"):
        return None  # وأضاف المركز: a masculine verb for a masculine head only
    found = ctx.organisation_before(cue.start, head=head)
    return (found, end) if found is not None else None
