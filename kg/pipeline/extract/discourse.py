"""The discourse model: who is on stage while an article is read. It remembers the
speakers so far (with what the text said about them: gender, number, posts held) and
answers "who is meant here?" for implicit cues (`وأضاف`), referring words after a cue
(`الوزارة`، `الأخير`/`الأخيرة` by gender, `نظيره الروسي`: `Speakers.referent`), referring
noun phrases (`الوزير`، `المتحدث`: `salient_holder`), joint speakers (`الجانبان`) and the
subject of the previous sentence. Every statement rule that needs someone not named in its
own clause asks it; nobody is the answer when no one on stage fits (no guessed rows).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from kg.pipeline.annotate.arabic import COMPLEMENTIZERS, CUE_PREPOSITIONS, SPEAKER_ADVERBIALS
from kg.pipeline.annotate.lexicon import _rows as lexicon_rows
from kg.pipeline.annotate.lexicon import _split as split_cell
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.bodies import referred_body
from kg.pipeline.extract.context import Context, Post, head_word
from kg.pipeline.extract.cue_words import TIME_WORDS
from kg.pipeline.extract.facts import Entity, RoleFact
from kg.pipeline.extract.names import plausible_name
from kg.pipeline.extract.sentence_subjects import (
    WORD_RE,
    coordinated_subject,
    elaborating,
    known_gender,
    opening_subject,
    owner_after,
    previous_subject,
    speech_owner,
)
from kg.pipeline.text.document import Sentence
from kg.pipeline.text.normalize import fold


class Speakers:
    """Discourse memory: who spoke last, for implicit speakers."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.history: list[Entity | Mention] = []  # a Mention: the cue of an unknown speaker
        # (post head, organisation, holder) found while reading cues
        self.posts: list[tuple[str, Entity | None, Entity]] = []
        # (sentence index, speaker) of a cue whose speaker was named but said nothing we
        # could read (`رد X على الكلمة ...`): a participle of that sentence is X's
        self.silent: tuple[int, Entity] | None = None
        self._roles: dict[str, list[RoleFact]] = {}  # holder key -> roles, in ctx.roles order
        for role in ctx.roles:
            self._roles.setdefault(role.person.key, []).append(role)

    def roles_of(self, key: str) -> list[RoleFact]:
        """The roles read for the person with this key (roles are read before statements)."""
        return self._roles.get(key, [])

    def post_holder(self, post: Post) -> Entity | None:
        """The last person read as holding a post with this head or in this organisation."""
        for head, organisation, holder in reversed(self.posts):
            same_org = (
                post.organisation is not None
                and organisation is not None
                and post.organisation.key == organisation.key
            )
            if head == post.head or same_org:
                return holder
        return None

    def note(self, entity: Entity) -> None:
        self.history.append(entity)

    def issuer(self) -> Entity | None:
        """Who issued `البيان`: the last organisation or country that spoke."""
        for entity in reversed(self.history):
            if isinstance(entity, Entity) and entity.kind in ("Organisation", "Country"):
                return entity
        return None

    def block(self, cue: Mention) -> None:
        """A subject we cannot name spoke: it is now the salient speaker of its gender."""
        self.history.append(cue)

    def referent(self, reference: Mention) -> tuple[Entity | None, int]:
        """Who a referring word after a cue means, and where its phrase ends: `الوزارة`
        (the last ministry, of the portfolio when one is said), `الأخير`/`الأخيرة` (the
        last person named whose gender agrees), `نظيره الروسي` (its named holder, else the
        counterpart on stage: see `counterpart`), `الشرطة` (a state body named before: see
        `bodies.referred_body`). Nobody for any other reference."""
        ref = reference.attrs.get("ref")
        if ref == "ministry":
            portfolio = reference.attrs.get("portfolio")
            return self.ctx.ministry_before(reference.start, portfolio), reference.end
        if ref == "latter":
            return self.latter(reference), reference.end
        if ref == "organisation":  # وقالت الشرطة: the police named before (bodies.py)
            return referred_body(self.ctx, reference), reference.end
        if ref == "counterpart":
            post = self.ctx.posts.get(reference.start)
            if post is not None and post.holder is not None:  # نظيره الروسي سيرغي لافروف
                end = post.holder_mention.end if post.holder_mention else post.end
                return post.holder, end
            named = _name_after(self.ctx, reference)
            if named is not None:  # نظيرها الفرنسي فرانسوا دولاتر, no post of hers to copy
                return self.ctx.entity(named), named.end
            return self.counterpart(reference)
        return None, reference.end

    def honoured(self, cue: Mention, pronoun: str) -> Entity | None:
        """`وأكد سموه`، `وقال معاليه`: an honorific with a pronoun (His Highness, His
        Excellency) means the last person named before the cue with a matching honorific
        or post in front of the name (`الأمير X`، `معالي وزير الصحة X`), else the last person
        who spoke; nobody when that person's gender disagrees with the pronoun's."""
        stem = pronoun[:-2] if pronoun.endswith("ها") else pronoun[:-1]
        marks = HONORIFIC_PRONOUNS.get(stem.removesuffix("ت"))
        if marks is None:
            return None
        gender = "f" if pronoun.endswith("ها") else "m"
        for mention in self.ctx.people_before(cue.start):
            start = max(0, mention.start - _HONOUR_REACH)
            sentence_start = max(self.ctx.text.rfind(c, 0, mention.start) for c in ".\n")
            before = self.ctx.bare_words(max(start, sentence_start + 1), mention.start)
            if not any(w in marks for w in before[-4:]):  # the name's own phrase only
                continue
            entity = self.ctx.entity(mention)
            if entity is None or not plausible_name(self.ctx, mention):
                continue
            known = self.ctx.registry.gender_of(entity)
            return entity if known in (None, gender) else None
        for spoke in reversed(self.history):  # another honorific: the last who spoke
            if isinstance(spoke, Entity) and spoke.kind == "Person":
                known = self.ctx.registry.gender_of(spoke)
                honoured = self._honoured_before(spoke, cue.start)
                return spoke if honoured and known in (None, gender) else None
        return None

    def _honoured_before(self, entity: Entity, before: int) -> bool:
        """Whether the person holds a post read before `before`, or was named right
        after an honorific (`الشيخ X`، `الدكتور X`)."""
        if any(r.evidence.start < before for r in self.roles_of(entity.key)):
            return True
        previous: Mention | None = None
        for mention in self.ctx.mentions_between(0, before):
            if mention.kind is Kind.PERSON and previous is not None:
                named = self.ctx.entity(mention)
                if (
                    named is not None
                    and named.key == entity.key
                    and previous.kind is Kind.HONORIFIC
                    and not self.ctx.text[previous.end : mention.start].strip()
                ):
                    return True
            previous = mention
        return False

    def latter(self, reference: Mention) -> Entity | None:
        """`الأخير`/`الأخيرة`: the last person named before the word whose gender (as far
        as the text told it) agrees with the word's."""
        gender = reference.attrs.get("gender")
        for mention in self.ctx.people_before(reference.start):
            if mention.end > reference.start:
                continue
            entity = self.ctx.entity(mention)
            if entity is None:
                continue
            known = self.ctx.registry.gender_of(entity)
            if gender and known and known != gender:
                continue
            return entity
        return None

    def counterpart(self, reference: Mention) -> tuple[Entity | None, int]:
        """`وقال نظيره الروسي إن`: the counterpart of the person the pronoun stands for
        (the last person who spoke, else the last named) is a person on stage who holds a
        post with the same head in another country (the adjective's country, when one
        follows); nobody when no such person was named."""
        country, end = _adjective_country(self.ctx, reference)
        owner = self.last_person(reference.start)
        if owner is None:
            return None, end
        owned = [r for r in self.roles_of(owner.key) if r.evidence.start < reference.start]
        if not owned:
            return None, end
        head, home = head_word(owned[-1].role), _role_country(owned[-1])
        for mention in self.ctx.people_before(reference.start):
            entity = self.ctx.entity(mention)
            if entity is None or entity.key == owner.key:
                continue
            for role in reversed(self.roles_of(entity.key)):
                where = _role_country(role)
                if (
                    role.evidence.start < reference.start
                    and head_word(role.role) == head
                    and where is not None
                    and where != home
                    and (country is None or where == country.key)
                ):
                    return entity, end
        return None, end

    def last_person(self, before: int) -> Entity | None:
        """The last person who spoke before `before`, else the last person named."""
        for entity in reversed(self.history):
            if isinstance(entity, Entity) and entity.kind == "Person":
                return entity
        mention = self.ctx.last_person_ending_by(before)
        return self.ctx.entity(mention) if mention is not None else None

    def named_again(self, cue: Mention) -> tuple[Entity, int] | None:
        """`وقال عبد الرحمن` after `رامي عبد الرحمن`: words right after the cue that end the
        name of exactly one person already on stage (the last one or two words of a longer
        name, followed by the end of the phrase) name that person again."""
        match = _PHRASE_AFTER.match(self.ctx.text, cue.end)
        if match is None:
            return None
        words = [fold(w) for w in match.group(1).split()]
        for size in (2, 1):
            tail = words[:size]
            if len(tail) < size or (size == 1 and len(tail[0]) < 4):
                continue
            if any(w in self.ctx.lexicon.stopwords for w in tail):
                continue
            if size < len(words) and not _ends_phrase(self.ctx, words[size]):
                continue
            found: dict[str, Entity] = {}
            for mention in self.ctx.people_before(cue.start):
                name = fold(mention.text).split()
                entity = self.ctx.entity(mention)
                if entity is not None and len(name) > size and name[-size:] == tail:
                    found[entity.key] = entity
            if len(found) == 1:
                end = match.start(1) + _words_length(match.group(1), size)
                return next(iter(found.values())), end
            if found:
                return None  # two people share that name: nobody
        return None

    def named_next(self, cue: Mention, sentence: Sentence) -> tuple[Entity, int] | None:
        """`حذر أحد المراجع الشيعية الكبرى ...` then `تصريحات المرجع الشهير آية الله X`: a
        speaker introduced only as one of a group (أحد + a definite plural) is the person
        the next sentence names after the singular of that noun (same consonants). With
        where the group's phrase ends (its comma, when it has one)."""
        words = self.ctx.bare_words(cue.end, min(sentence.end, cue.end + 40))
        if len(words) < 2 or words[0] != "احد" or not words[1].startswith("ال"):
            return None
        group = _skeleton(words[1])
        if len(group) < 3:
            return None
        following = _next_sentence(self.ctx, sentence)
        if following is None:
            return None
        for match in WORD_RE.finditer(self.ctx.text, following.start, following.end):
            word = fold(match.group())
            if word.startswith("ال") and _skeleton(word) == group and word != words[1]:
                end = _descriptor_end(self.ctx, match.end(), following.end)
                owner = owner_after(self.ctx, end, following.end)
                if owner is None:
                    return None
                comma = self.ctx.text.find("،", cue.end, min(sentence.end, cue.end + 80))
                return owner, (comma + 1 if comma > 0 else cue.end)
        return None

    def implicit(self, cue: Mention, sentence: Sentence | None = None) -> Entity | None:
        """The last speaker agreeing with the cue in gender and number, else the last
        person named before it who agrees; nobody when the last one that agrees is a
        subject we could not name."""
        gender, number = cue.attrs.get("gender"), cue.attrs.get("number")
        if sentence is not None:
            for local in (
                coordinated_subject(self.ctx, sentence, cue),
                speech_owner(self.ctx, sentence, cue.start),
            ):
                if local is not None and agrees(self.ctx, local, gender, number):
                    return local
            if elaborating(self.ctx, sentence, cue):
                before = [m for m in self.ctx.in_sentence(sentence) if m.end <= cue.start]
                subject = opening_subject(self.ctx, before[:8])
                if subject is not None and agrees(self.ctx, subject, gender, number):
                    return subject  # وأطلق جونسون وصفا ...، حيث قال: the sentence's subject
        for entity in reversed(self.history):
            if isinstance(entity, Mention):
                if _same_agreement(entity, cue):
                    return None
                continue
            if agrees(self.ctx, entity, gender, number):
                return entity
        subject = previous_subject(self.ctx, sentence) if sentence is not None else None
        if subject is not None and agrees(self.ctx, subject, gender, number):
            return subject  # رفع رئيس الاتحاد الأمير X التهنئة للفارس Y ... وأكد: X
        for mention in self.ctx.people_before(cue.start):
            if not plausible_name(self.ctx, mention):
                continue
            entity = self.ctx.entity(mention)
            if entity is not None and agrees(self.ctx, entity, gender, number):
                return entity
        return None


# The honorific of an honorific pronoun (سموه، معاليه، فضيلته، سماحته، جلالته، فخامته،
# سعادته, folded, without the pronoun and ت) -> the words that introduce a person so
HONORIFIC_PRONOUNS = {
    "سمو": frozenset({"الامير", "الاميره", "سمو", "السمو", "امير", "اميره"}),
    "معالي": frozenset({"معالي", "وزير", "الوزير", "وزيره", "الوزيره"}),
    "فضيل": frozenset({"فضيله"}),  # not الشيخ، الإمام: also in names of mosques, tribes
    "سماح": frozenset({"سماحه", "المفتي"}),
    "جلال": frozenset({"جلاله", "الملك", "الملكه", "ملك"}),
    "فخام": frozenset({"فخامه", "الرئيس", "رئيس"}),
    "سعاد": frozenset({"سعاده"}),
}
_HONOUR_REACH = 80  # characters before a name read for its honorific or post


_PHRASE_AFTER = re.compile(r"[ \t]+((?:[^\s،,.:؛\"«»()]+[ \t]*){1,3})")


def _ends_phrase(ctx: Context, word: str) -> bool:
    """Whether a word can follow a speaker's name: a complementiser, an adverb of time or
    place the speaker phrase takes (`الخميس`، `أمس`), or a preposition."""
    return (
        word in COMPLEMENTIZERS
        or word in {"ان", "انه", "انها", "بان"}
        or word in SPEAKER_ADVERBIALS
        or word in TIME_WORDS
        or word in CUE_PREPOSITIONS
    )


def _words_length(phrase: str, size: int) -> int:
    """Characters from the start of `phrase` to the end of its `size`-th word."""
    found = list(re.finditer(r"\S+", phrase))[:size]
    return found[-1].end() if found else 0


def _adjective_country(ctx: Context, reference: Mention) -> tuple[Entity | None, int]:
    """The country of a nationality adjective (or country name) right after a referring
    word (`نظيره الروسي`), and where the phrase ends."""
    following = ctx.mentions_between(reference.end, reference.end + 40)
    if (
        following
        and following[0].kind in (Kind.NATIONALITY, Kind.COUNTRY)
        and not ctx.text[reference.end : following[0].start].strip()
    ):
        return ctx.entity(following[0]), following[0].end
    return None, reference.end


def _name_after(ctx: Context, reference: Mention) -> Mention | None:
    """A plausible name right after a referring word and its nationality adjective."""
    end = _adjective_country(ctx, reference)[1]
    following = ctx.mentions_between(end, end + 40)
    if not following or following[0].kind is not Kind.PERSON:
        return None
    if ctx.text[end : following[0].start].strip(" ،,") or not plausible_name(ctx, following[0]):
        return None
    return following[0]


def _role_country(role: RoleFact) -> str | None:
    """The country a post is held in: its organisation's when not a country itself."""
    organisation = role.organisation
    if organisation is None:
        return None
    return organisation.key if organisation.kind == "Country" else organisation.country


def _skeleton(word: str) -> str:
    """The consonants of a noun without ال, a sound plural ending, long vowels and hamza
    seats: `المراجع` and `المرجع` are both مرجع (a broken plural and its singular)."""
    word = fold(word).removeprefix("ال")
    if len(word) > 5 and word.endswith(("ين", "ون", "ات")):
        word = word[:-2]
    word = word.removesuffix("ه")
    return "".join(c for c in word if c not in "اويىءئؤأإآ")


def _next_sentence(ctx: Context, sentence: Sentence) -> Sentence | None:
    """The sentence after `sentence`, when it is not page furniture."""
    sentences = ctx.annotation.document.sentences
    if sentence.index + 1 >= len(sentences):
        return None
    following = sentences[sentence.index + 1]
    return None if following.noise else following


def _descriptor_end(ctx: Context, end: int, limit: int) -> int:
    """Past the definite adjectives after a noun (`المرجع الشهير`), at most two."""
    for _ in range(2):
        match = re.match(r"\s+(ال[^\s،,.:؛\"«»()]+)", ctx.text[end:limit])
        if match is None or ctx.mentions_between(end, end + match.end()):
            break
        end += match.end()
    return end


def _same_agreement(blocked: Mention, cue: Mention) -> bool:
    """Whether a cue could have the same (unknown) subject as an earlier cue."""
    genders = {blocked.attrs.get("gender"), cue.attrs.get("gender")}
    numbers = {blocked.attrs.get("number") or "sg", cue.attrs.get("number") or "sg"}
    return (len(genders - {None, ""}) <= 1) and len(numbers) == 1


def agrees(ctx: Context, entity: Entity, gender: str | None, number: str | None = None) -> bool:
    """Whether a verb of this gender (and number) can have `entity` as its subject: a
    country takes its name's gender (`bodies.country_gender`: قالت مصر، قال العراق), a
    joint speaker (`الجانبان`) takes a dual or plural verb."""
    joint = "+" in entity.key
    if number in {"du", "pl"} or joint:
        return joint and number in {"du", "pl"}
    if not gender:
        return True
    known = ctx.registry.gender_of(entity) if entity.kind == "Person" else known_gender(ctx, entity)
    return known is None or known == gender


def joint_speaker(ctx: Context, before: int, people: bool) -> Entity | None:
    """`أكد الجانبان`: the two actors the story is about, as one joint speaker.

    The parties are the two countries (or, for الزعيمان/الوزيران, the two people) named most
    often before the cue; without two distinct ones there is no speaker.
    """
    kinds = (Kind.PERSON,) if people else (Kind.COUNTRY,)
    counts: dict[tuple[str, str], tuple[int, Entity]] = {}
    for mention in ctx.mentions:
        if mention.start >= before or mention.kind not in kinds:
            continue
        entity = ctx.entity(mention)
        if entity is None:
            continue
        count = counts.get((entity.kind, entity.key), (0, entity))[0]
        counts[(entity.kind, entity.key)] = (count + 1, entity)
    ranked = sorted(counts.values(), key=lambda item: -item[0])
    if len(ranked) < 2:
        return None
    first, second = (_short_name(item[1]) for item in ranked[:2])
    label = f"{first} و{second}"
    return Entity(
        ranked[0][1].kind, f"{ranked[0][1].key}+{ranked[1][1].key}", label, frozenset({label})
    )


@cache
def _country_names() -> dict[str, tuple[str, ...]]:
    """Country code -> its names in the country lexicon (capitals excluded)."""
    return {
        row["code"]: tuple(split_cell(row.get("names", "")))
        for row in lexicon_rows("countries.tsv")
    }


def _short_name(entity: Entity) -> str:
    """The shortest name of an entity (`الأردن` for المملكة الأردنية الهاشمية), never its
    capital (`الرياض` names the Saudi state, but not in `السعودية والأردن`) nor a surface
    with a clitic (`للأردن`)."""
    names = [entity.label]
    if entity.kind == "Country":
        names += list(_country_names().get(entity.key, ()))
    else:
        names += list(entity.names)
    return min((n for n in names if n), key=lambda n: (len(n.split()), len(n)))


_HOLDER_LOOKBACK = 500  # mentions read back for `الوزير`'s holder (the longest article: 343)


def salient_holder(
    ctx: Context, speakers: Speakers, post: Post, before: int, country: Entity | None = None
) -> Entity | None:
    """`الوزير`، `المتحدث`: of the people holding a post with this head, the one named
    last before `before` (among the last `_HOLDER_LOOKBACK` mentions). `المسؤول الإيراني`
    (a generic post and a country): of the people holding any post of that country."""

    def held(role) -> bool:
        if country is not None:
            org = role.organisation
            return org is not None and country.key in {org.key, org.country}
        return (
            head_word(role.role) == post.head
            and same_post(post.role, role.role)
            and (
                post.organisation is None
                or role.organisation is None
                or role.organisation.key == post.organisation.key
            )
        )

    index = bisect_left(ctx.mentions, before, key=lambda m: m.start)
    for mention in reversed(ctx.mentions[max(0, index - _HOLDER_LOOKBACK) : index]):
        if mention.kind is Kind.TITLE and _unnamed_holder(ctx, mention, post):
            return None  # قال متحدث باسم البيت الأزرق ...، وقال المتحدث: still unnamed
        if mention.kind is not Kind.PERSON:
            continue
        entity = ctx.entity(mention)
        if entity is None:
            continue
        held_before = [
            r for r in speakers.roles_of(entity.key) if r.evidence.start < before and held(r)
        ]
        if held_before:
            return held_before[-1].person
    return None


def same_post(post: str, held: str) -> bool:
    """Whether a post named without its holder can be one read before. A post written as
    one word (`الوزير`، `الرئيس`) is any post with that head (`وزير الخارجية`); a post with
    its complement is the same post (`رئيس الوزراء` is `رئيس الحكومة`, `رئيس الجمهورية` is
    `الرئيس`) or a longer or shorter form of it (`وزيرة الدولة` for `وزيرة الدولة لشؤون
    العمل`), not another post of its head (`رئيس الوزراء` is not `الرئيس`, the late
    president named in a quote; `وزير النقل` is not `وزير الداخلية`)."""
    if len(post.split()) < 2:
        return True
    mine, theirs = _post_words(post), _post_words(held)
    if mine == theirs:
        return True
    shorter = min(len(mine), len(theirs))
    return shorter >= 2 and mine[:shorter] == theirs[:shorter]


# Complements that name the same office as another form: the head of state is the
# president (رئيس الجمهورية، رئيس الدولة = الرئيس), the government is the cabinet
# (رئيس الحكومة، رئيس مجلس الوزراء = رئيس الوزراء). Folded, without ال.
_SAME_OFFICE = {
    ("رييس", "جمهوريه"): ("رييس",),
    ("رييس", "دوله"): ("رييس",),
    ("رييس", "حكومه"): ("رييس", "وزراء"),
    ("رييس", "مجلس", "وزراء"): ("رييس", "وزراء"),
}


def _post_words(post: str) -> tuple[str, ...]:
    """A post's words folded and without ال, in the form `_SAME_OFFICE` gives the office."""
    words = tuple(w.removeprefix("ال") for w in fold(post).split())
    for size in (3, 2):
        if words[:size] in _SAME_OFFICE:
            return _SAME_OFFICE[words[:size]] + words[size:]
    return words


def _unnamed_holder(ctx: Context, title: Mention, post: Post) -> bool:
    """An indefinite post of this head (`متحدث باسم ...`، `مسؤول إيراني`) named without a
    holder: the definite `المتحدث` after it refers to that unnamed person."""
    word = fold(title.text.split()[0]) if title.text.split() else ""
    if word.startswith(("ال", "وال", "لل")):
        return False
    earlier = ctx.posts.get(title.start)
    head = earlier.head if earlier is not None else title.attrs.get("head")
    return head == post.head and (earlier is None or earlier.holder is None)
