"""Where a post is held when its phrase does not say: read from the whole document.

The person's other posts (`الحكومة اللبنانية برئاسة تمام سلام`, then `رئيس الوزراء تمام
سلام`), a well-known office holder (people.tsv), a head of state's government named after
the post, and the country the story is about, in that order.

A body named once and then by its bare head noun (`الحكومة اللبنانية`, then `رئيس
الحكومة`) is the one meant; a sub-national unit (`أمير منطقة الرياض`، `حاكم ولاية
فلوريدا`) stays itself rather than becoming the country whose capital names it.

A reader of `الرئيس السابق محمود أحمدي نجاد` in a story about Iran takes him for Iran's
former president: a national office (head of state or government, minister, crown prince,
their deputies and aides) named without a country is held in the country the story is
about, when one country clearly dominates it. Posts of other kinds (a spokesman, an
ambassador, a party leader, a coach) never borrow the story's country.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from kg.pipeline.annotate.arabic import BODY_HEADS, PLACE_NOUNS
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.context import Context, head_word
from kg.pipeline.extract.facts import Entity, RoleFact
from kg.pipeline.text.normalize import fold, normalize_for_match

# Head words (folded, without ال) of offices held in a state: رئيس، ملك، وزير ...
NATIONAL_HEADS = frozenset(
    {"رييس", "ملك", "وزير", "ولي", "امير", "سلطان", "عاهل", "مساعد", "مستشار", "نايب"}
)
_AIDES = frozenset({"مساعد", "مستشار", "نايب"})  # a post serving another post
# A post with one of these words after the head is held in some body, not the state
_BODY_WORDS = frozenset(
    {
        "حزب",
        "الحزب",
        "حركه",
        "الحركه",
        "النادي",
        "نادي",
        "الاتحاد",
        "اتحاد",
        "شركه",
        "الشركه",
        "مجلس",
        "المجلس",
        "اللجنه",
        "لجنه",
        "الهييه",
        "هييه",
        "المكتب",
        "البعثه",
        "الوفد",
        "التحرير",
        "المحكمه",
        "البلديه",
        "بلديه",
        "الكتله",
        "المفوضيه",
        "الاركان",
        "الاستخبارات",
        "التنفيذي",
        "التنفيذيه",
        "الغرفه",
        "غرفه",
        "الاداره",
        "اداره",
        "جامعه",
        "الجامعه",
    }
)
_MIN_MENTIONS = 3  # country mentions needed before a story is about one country
_SHARE = 0.5  # ... and the share of all country mentions it must hold


_GOVERNMENTS = frozenset({"حكومه", "اداره", "نظام", "عهد"})
_GOVERNMENT_SPAN = 60  # characters after `في حكومة` searched for the country


def government_country(ctx: Context, mentions: list[Mention], end: int) -> Entity | None:
    """`وزير الشؤون القانونية في حكومة الرئيس المصري المعزول محمد مرسي`: a post held in
    the government (administration, regime) of a head of state is held in that state,
    named by the first nationality or country in the phrase."""
    words = ctx.bare_words(end, end + 16)[:2]
    if len(words) < 2 or words[0] != "في" or words[1] not in _GOVERNMENTS:
        return None
    for mention in mentions:
        if mention.start < end:
            continue
        if mention.start > end + _GOVERNMENT_SPAN or mention.kind is Kind.CUE:
            break
        if mention.kind in (Kind.NATIONALITY, Kind.COUNTRY):
            return ctx.entity(mention)
    return None


def document_country(ctx: Context) -> str | None:
    """The country a story is about: the one named (by name, capital, nationality or an
    organisation of it) at least 3 times, in at least half of all country mentions and
    twice as often as the next one."""
    counts: Counter[str] = Counter()
    for mention in ctx.mentions:
        if mention.kind in (Kind.COUNTRY, Kind.NATIONALITY) and mention.key:
            counts[mention.key] += 1
        elif mention.kind is Kind.ORGANISATION and mention.attrs.get("country"):
            counts[mention.attrs["country"]] += 1
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2) + [("", 0)]
    second = rest[0][1]
    total = sum(counts.values())
    if n >= _MIN_MENTIONS and n >= _SHARE * total and n >= 2 * second:
        return top
    return None


def national_office(role: str) -> bool:
    """Whether a post is an office of the state (الرئيس، وزير الخارجية، مساعد الرئيس), not
    one held in a party, club, company or council; a deputy's or an aide's post is one
    when the post it serves is (نائب المرشد، نائب المدير العام are not)."""
    words = fold(role).split()
    if not words or head_word(role) not in NATIONAL_HEADS:
        return False
    if len(words) == 1 and not words[0].startswith("ال"):
        return False  # رئيس: a head in construct with a complement that was not read
    if any(w in _BODY_WORDS for w in words[1:]):
        return False
    if head_word(role) in _AIDES:
        return len(words) > 1 and head_word(" ".join(words[1:])) in NATIONAL_HEADS - _AIDES
    return True


def story_country(ctx: Context, roles: list[RoleFact]) -> list[RoleFact]:
    """Give national offices with no organisation the country the story is about."""
    code = document_country(ctx)
    if code is None:
        return roles
    country = ctx.registry.country(code)
    return [
        replace(r, organisation=country)
        if r.organisation is None and national_office(r.role)
        else r
        for r in roles
    ]


def same_country(ctx: Context, roles: list[RoleFact]) -> list[RoleFact]:
    """A post whose organisation the text leaves unstated is held in the country of the
    same person's other posts, when those agree on one (رئيس الوزراء تمام سلام after
    `الحكومة اللبنانية برئاسة تمام سلام`)."""
    countries: dict[str, set[str]] = {}
    for role in roles:
        code = _country_code(role.organisation)
        if code:
            countries.setdefault(role.person.key, set()).add(code)
    out = []
    for role in roles:
        known = countries.get(role.person.key, set())
        if role.organisation is None and len(known) == 1:
            role = replace(role, organisation=ctx.registry.country(next(iter(known))))
        elif role.organisation is None:
            role = replace(role, organisation=known_holder(ctx, role.person))
        out.append(role)
    return out


def known_holder(ctx: Context, person: Entity) -> Entity | None:
    """Where a well-known office holder (kg/data/people.tsv) holds office: the country or
    organisation of `الملك سلمان بن عبدالعزيز`, `الرئيس أردوغان`."""
    tokens = tuple(t.removeprefix("ال") for t in normalize_for_match(person.label).split())
    where = next((w for name, w in ctx.lexicon.people.items() if tokens[: len(name)] == name), None)
    if where is None:
        return None
    if where in ctx.lexicon.countries:
        return ctx.registry.country(where)
    entry = ctx.lexicon.organisations.get(where)
    if entry is None:
        return None
    return Entity(
        "Organisation",
        entry.key,
        entry.label,
        frozenset({entry.label}),
        entry.attr("country") or None,
    )


def _country_code(entity: Entity | None) -> str | None:
    if entity is None:
        return None
    return entity.key if entity.kind == "Country" else entity.country


def body_named_before(ctx: Context, title: Mention) -> Entity | None:
    """`رئيس الحكومة` after `الحكومة اللبنانية`، `المتحدث باسم الرئاسة` after `الرئاسة
    المصرية`: a post of a body named by its bare definite head noun is held in the nearest
    earlier organisation whose name begins with that noun (none: no guess)."""
    words = fold(title.text).split()
    after = ctx.bare_words(title.end, title.end + 40)[:2]
    if words and words[-1] == "باسم":
        words, after = after[:1], after[1:]
    last = words[-1] if len(words) > 1 or (words and words != fold(title.text).split()) else ""
    head = last[2:]
    if not last.startswith("ال") or head not in BODY_HEADS:
        return None
    found = ctx.organisation_before(title.start, "", head)
    adjective = after[0] if after and after[0].startswith("ال") else None
    if adjective and ctx.lexicon.match([adjective], 0):
        adjective = None  # رئيس المجلس المهندس X: a form of address, no adjective
    if found is not None and adjective and adjective not in fold(found.label).split():
        return None  # رئيس اللجنة المحلية after لجنة الفصل: another committee
    return found


def governed_body_before(ctx: Context, title: Mention) -> Entity | None:
    """`مدير المرصد` after `المرصد السوري لحقوق الإنسان`: a one-word indefinite post in
    construct with a definite noun (the noun it governs, never its holder's name: see
    `names._genitive_of_post`) is held in the nearest earlier organisation whose name
    begins with that noun, whatever the noun (none named: no guess)."""
    words = fold(title.text).split()
    if len(words) != 1 or words[0].startswith("ال"):
        return None
    after = ctx.bare_words(title.end, title.end + 30)[:1]
    if not after or not after[0].startswith("ال") or len(after[0]) < 5:
        return None
    return ctx.organisation_before(title.start, "", after[0][2:])


def ends_in_unit_noun(title: Mention) -> bool:
    """Whether a post ends in the noun of a sub-national unit (أمير منطقة، وكيل إمارة)."""
    words = fold(title.text).split()
    return len(words) > 1 and words[-1] in _UNIT_NOUNS


def unit_named(title: Mention, place: Mention) -> Entity:
    """`أمير منطقة الرياض`: the unit the post's last noun and the name after it make (a
    region stays itself, not the country whose capital names it)."""
    noun = title.text.split()[-1]
    label = f"{noun} {place.text}"
    return Entity("Place", "place-" + fold(label).replace(" ", "-"), label, frozenset({label}))


def unit_place(place: Mention) -> Entity | None:
    """`رئيس إقليم كردستان`، `محافظ محافظة عدن`: a place written with its unit noun right
    after a post is where the post is held (a sub-national unit, not its country)."""
    words = fold(place.text).split()
    if len(words) < 2 or words[0] not in _UNIT_NOUNS:
        return None
    label = " ".join(place.text.split())
    return Entity("Place", "place-" + "-".join(words), label, frozenset({label}))


_UNIT_NOUNS = PLACE_NOUNS | {"اماره"}


# Collective nouns for the insurgents of a story (folded): زعيم التمرد، زعيم المتمردين
_INSURGENTS = frozenset({"التمرد", "المتمردين", "المتمردون", "الانقلابيين", "الانقلابيون"})


def insurgents_movement(ctx: Context, title: Mention) -> Entity | None:
    """`زعيم التمرد X`، `زعيم الانقلابيين X`: a post of "the rebels" (a collective noun, no
    name) is held in the movement the story is about, when it names exactly one movement
    (organisations.tsv kind `movement`: الحوثيين, not the coalition fighting them)."""
    following = ctx.bare_words(title.end, title.end + 20)[:1]
    if not following or following[0] not in _INSURGENTS:
        return None
    movements = {
        m.key
        for m in ctx.mentions
        if m.kind is Kind.ORGANISATION and m.attrs.get("kind") == "movement" and m.key
        if m.key in ctx.lexicon.organisations
    }
    return ctx.registry.organisation(next(iter(movements))) if len(movements) == 1 else None
