"""Every person an article names, not only those in a fact: which person mentions make a node.

A person mention that takes part in no role or statement still names someone a reader of the
graph looks for (`ذكرت صحيفة ... أن جمال خاشقجي ...`). Each such mention is resolved through
the article's `EntityRegistry` (so `ترامب` after `دونالد ترامب` is the same node) and kept
only when the name passes a linguistic gate over its words: the annotator's rules and tagger
also read debris as names (`المرجع الشهير`، `حسن الجوار تقتضي`، `حوثيين`), and a node is
only worth having when it names a person.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.pipeline.annotate.arabic import (
    CLAUSE_BREAKERS,
    COMPLEMENTIZERS,
    NAME_CONNECTORS,
    NAMED_AFTER,
)
from kg.pipeline.annotate.learned import stops_name
from kg.pipeline.annotate.lexicon import Lexicon, clitic_readings
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.annotate.rules.name_words import (
    compound_half,
    family_after_given_names,
    mim_participle,
)
from kg.pipeline.annotate.tokens import Token, tokenize
from kg.pipeline.extract.clause import accusative
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.facts import Entity
from kg.pipeline.extract.names import plausible_entity
from kg.pipeline.text.document import make_document

_LEARNED = "ner"  # the CRF tagger's mentions: a name's shape read in context, not a rule's cut
# a lone word is a name when the tagger read it in context or people.tsv knows it
_LONE = frozenset({_LEARNED, "rule:known-surname"})
_MAX_WORDS = 5  # a longer span is a phrase, not a name (connectors not counted)
_TANWEEN = ("\u064b", "\u064c", "\u064d")
_OBJECT_PRONOUNS = ("ها", "هم", "هما", "هن", "ته", "تها", "كم")
_CLAUSE_WORDS = CLAUSE_BREAKERS | COMPLEMENTIZERS  # بعدما أدينوا، إني أتعرض


def mentioned_people(ctx: Context, known: Iterable[tuple[str, str]]) -> list[Entity]:
    """Person entities named in the article beyond those in `known` (kind, key), in order of
    first mention, each once, each passing `named_person`."""
    seen = set(known)
    in_facts = [tuple(key.split()) for kind, key in seen if kind == "Person"]
    by_key: dict[str, list[Mention]] = {}
    for mention in ctx.mentions:
        if mention.kind is not Kind.PERSON or _named_after(ctx, mention):
            continue
        entity = ctx.entity(mention)
        if entity is None or _in_facts(tuple(entity.key.split()), in_facts):
            continue
        by_key.setdefault(entity.key, []).append(mention)
    people = []
    for key, mentions in by_key.items():
        entity = ctx.entity(mentions[-1])  # the last resolution holds every name of the person
        if entity is not None and entity.key == key and named_person(ctx, entity, mentions):
            people.append(entity)
    return people


def _named_after(ctx: Context, mention: Mention) -> bool:
    """A name inside the name of a place or thing named after its bearer (`مطار الملك فهد
    الدولي`، `جامعة الملك سعود`): the noun before it, or before its post or honorific, is one
    of `NAMED_AFTER`; the words the rules read as a name may run into the place's own."""
    start = mention.start
    for other in ctx.mentions_between(max(0, start - 40), start):
        if other.kind in (Kind.TITLE, Kind.HONORIFIC) and not ctx.words(other.end, start):
            start = other.start
            break
    words = ctx.words(max(0, start - 40), start)
    if words and _titled(ctx.lexicon, words[-1]):
        words.pop()  # مطار الملك فهد: the post the rules did not take for one
    return bool(words) and any(f in NAMED_AFTER for _, f in clitic_readings(words[-1]))


def _titled(lex: Lexicon, word: str) -> bool:
    found = lex.match([word], 0)
    return found is not None and found[2].kind in (Kind.TITLE, Kind.HONORIFIC)


def _in_facts(tokens: tuple[str, ...], in_facts: list[tuple[str, ...]]) -> bool:
    """A person already in a fact, under this key or under the key a rule cut from it
    (`أيمن الصفدي` read from `أيمن الصفدي استغرابه`): no second node for the same name. A
    one-word key (`عباس`) is no part of another's (`عباس عراقجي`)."""
    return any(
        tokens == k or (min(len(k), len(tokens)) >= 2 and tokens[: len(k)] == k[: len(tokens)])
        for k in in_facts
    )


def named_person(ctx: Context, entity: Entity, mentions: list[Mention]) -> bool:
    """Whether a person's label reads as a name (see the module's docstring): no word in it
    that stops a name (verb, particle, preposition, cue, post, quantity, digit, hashtag), at
    most five words, not a definite common noun, not a word standing alone that is a given
    name, a common word or a plural nisba, and a lone surname only when the tagger read it."""
    lex = ctx.lexicon
    if " -" in entity.label or "- " in entity.label:
        return False  # عبدالله البرقاوي- سبق: a dash between a name and what follows
    toks = [t for t in tokenize(make_document(entity.label)) if t.is_word]
    if not toks or toks[0].form not in NAME_CONNECTORS and not plausible_entity(ctx, entity):
        return False  # (عبد الملك starts with a connector the speaker test reads as a noun)
    words = [t for t in toks if t.form not in NAME_CONNECTORS]
    if not words or len(words) > _MAX_WORDS:
        return False
    if len(words) == 1 and toks[0].form in ("عبد", "عبدال"):
        return False  # عبد الرحمن: a given name alone
    family = family_after_given_names([t.form for t in toks], lex.first_names, lex.common_words)
    named = toks[:-1] if family else toks  # وعبد الله أيمن الرميلات: a family name in ات
    if any(t.form in _CLAUSE_WORDS or _inflected(t, lex) for t in named):
        return False
    # a word after a connector is a name's part whatever it means alone (عبد الملك، أبو بكر)
    forms = [t.form for t in toks]
    compound = len(toks) >= 3  # حسن نصر الله; a compound alone is a given name or a place
    free = [
        t
        for k, t in enumerate(toks)
        if k == 0
        or toks[k - 1].form not in NAME_CONNECTORS
        and not (compound and compound_half(forms, k))
    ]  # (nor a half of فضل الله)
    if any(stops_name(t, lex) for t in free):
        return False
    if any(_derived(t.form) and t.form not in lex.first_names for t in free[1:]):
        return False  # عباس مستقوياً، صالح متزوج: a participle after the name
    if any(mim_participle(t.form, lex.first_names) for t in free[2:]):
        return False  # أحمد عكاش المنتقل: a definite participle after a full name
    if toks[0].form.startswith("ال") and toks[0].form not in lex.first_names:
        return False  # المرجع الشهير: a description, names start with a given or family name
    if len(toks) == 1:
        return _lone_name(toks[0], lex) and any(m.source in _LONE for m in mentions)
    if family:
        return True  # عبدالله يحيى الحكيم: a family name after given names, not a common word
    learned = any(m.source == _LEARNED for m in mentions)
    return learned or not any(_common_word(t, lex) for t in free[1:])


def _inflected(tok: Token, lex: Lexicon) -> bool:
    """A word whose ending no name has: a single letter (`حسين النخلي و`), case endings
    written as tanween (`جالساً`), an attached object or possessive pronoun (`خلالها`،
    `أخبرته`، `زملائهم`), a verb's plural subject (`قصفوا`، `أدينوا`)."""
    form, raw = tok.form, tok.raw
    if form in lex.first_names:
        return False
    if len(form) < 2 or any(c in raw for c in _TANWEEN):
        return True
    if raw.endswith(_OBJECT_PRONOUNS) and len(form) >= 5 or raw.endswith("ه") and len(form) >= 6:
        return True  # خلالها، أخبرته، إسقاطه (not عبده)
    if form.endswith(("ات", "تين")) and len(form) >= 6:
        return True  # معطيات، كلمتين: a plural or dual noun (not عرفات، بوتين)
    if form.startswith("و") and len(form) >= 6 and form[1] == "ا":
        return True  # والإرشاد، وأشقائه: a conjunction in front of a word
    return form.endswith("وا") and len(form) >= 5


def _derived(form: str) -> bool:
    """A participle or verbal noun of a derived verb (`متزوج`، `مستقوياً`، `استغراب`،
    `استيقظ`), or an indefinite accusative participle (`متحدثاً`): words of a phrase,
    not a family name (a nisba, `المتولي`، is one)."""
    bare = form.removeprefix("ال")
    if bare.endswith("ي"):
        return False
    return (
        accusative(bare)
        or (bare.startswith("است") and len(bare) >= 6)
        or (bare.startswith(("مت", "مست")) and len(bare) >= 5)
    )


def _lone_name(tok: Token, lex: Lexicon) -> bool:
    """A word that names someone on its own (a surname: `ماكنزي`), not a given name cut from
    its surname, a common word, or a plural nisba (`حوثيين`، `الحوثيون`)."""
    form = tok.form
    if form.endswith(("يين", "يون")):
        return False
    return not any(
        f in lex.first_names or f in lex.common_words or f.removeprefix("ال") in lex.common_words
        for _, f in clitic_readings(form)
    )


def _common_word(tok: Token, lex: Lexicon) -> bool:
    """A common word after a given name (`عماد المشروع`، `جو التعاون`، `جيم جيفري طرح`): a
    rule took the next word of the phrase for a surname. A nisba (`الحوثي`) and a given name
    (`علي عبدالله صالح`) are family names."""
    form = tok.form
    return (
        not form.endswith("ي")
        and form not in NAME_CONNECTORS
        and form not in lex.first_names
        and (form in lex.common_words or form.removeprefix("ال") in lex.common_words)
    )
