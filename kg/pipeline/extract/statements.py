"""Actor–stated–position facts from reporting cues.

For each cue (قال، أكدت، مضيفاً، بالقول...) a reader finds:
- the speaker, in the order a reader tries: the subject standing right before a bare verb
  (`لكن وزير الخارجية، مايك بومبيو، قال`), the antecedent of `الذي قال`, the actor right
  after the cue (a person, a post and its holder, an organisation, a country, the two
  parties of `أكد الجانبان`, the issuer of `وتابع البيان`), `وكان X قد قال`; a participle
  takes the speaker of its clause; when the text leaves the speaker implicit (`وقال إن`،
  `وأضاف`), the last speaker that agrees with the verb in gender and number;
- nobody, when the subject is there but cannot be named (`وقالت مصادر`، `إلا أن البعض
  عبر`، an unknown name): such a subject also stays salient, so a following `وأضافت`
  is not given to an earlier speaker; attributions (`حسبما أعلنت`), impersonal formulas
  (`يذكر أن`) and relative clauses (`الذي كان ينتقد`) report nothing;
- the position: what follows, without the cue, adverbials and a circumstantial phrase
  (`أمام مجلس الأمن ...`), a preposition the cue governs (أشار إلى) and a leading
  أن/إن/بأن or colon, up to the end of the attributed clause (the sentence end, or the
  closing quote of a quotation that may run over several sentences, the next cue, a
  manner participle after a comma, `بعدما/في حين/لكن X قال/وذلك بعد`...).
Word lists the rules use are in kg.pipeline.extract.cue_words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.pipeline.annotate.arabic import (
    COMPLEMENTIZERS,
    CUE_PREPOSITIONS,
    SPEAKER_ADVERBIALS,
)
from kg.pipeline.annotate.lexicon import _rows as lexicon_rows
from kg.pipeline.annotate.lexicon import _split as split_cell
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.context import Context, Post, head_word
from kg.pipeline.extract.cue_words import (
    CIRCUMSTANTIAL_OPENERS,
    CLAUSE_OPENERS,
    CONTENT_BREAKERS,
    DESCRIPTORS,
    DIRECT_OPENERS,
    EXTRA_ADVERBIALS,
    FIMA_NOT_BREAKING,
    FOR_ONES_PART,
    GENERIC_POSTS,
    GOING_ON,
    IMPERSONAL,
    ISSUED_TEXTS,
    LEADER_PAIRS,
    MASCULINE_COUNTRIES,
    NARRATOR_BUT,
    NARRATOR_CIRCUMSTANCE,
    NOT_COMPLEMENTISER_BEFORE,
    NOT_STANCE_CUES,
    NP_CUES,
    OBJECT_CUES,
    OPEN_QUOTES,
    PARTY_PAIRS,
    PREP_REQUIRED,
    RESPONSE_CUES,
    SAY_CUES,
    TIME_WORDS,
    UNNAMED,
)
from kg.pipeline.extract.facts import Entity, StatementFact, statement_at
from kg.pipeline.extract.parse import statement_from_parse
from kg.pipeline.text.document import Sentence
from kg.pipeline.text.normalize import fold

_TOKEN = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+|[^\w\s]")
_ACTORS = (Kind.PERSON, Kind.ORGANISATION, Kind.COUNTRY)
_MIN_WORDS = 2
UNKNOWN = "statement:unknown-subject"  # rule of a cue whose subject we cannot name
_SAY_SCAN = 10  # tokens after a قال-type cue's speaker that may still belong to its phrase
_SCAN = 30  # tokens of a circumstantial phrase before the content's introducer
_SUBJECT_REACH = 30  # words between a participle and the subject of its clause
_LOOKAHEAD = 20  # words between a cue and its complementiser that may belong to the subject


class _Speakers:
    """Discourse memory: who spoke last, for implicit speakers."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.history: list[Entity | Mention] = []  # a Mention: the cue of an unknown speaker
        # (post head, organisation, holder) found while reading cues
        self.posts: list[tuple[str, Entity | None, Entity]] = []
        # (sentence index, speaker) of a cue whose speaker was named but said nothing we
        # could read (`رد X على الكلمة ...`): a participle of that sentence is X's
        self.silent: tuple[int, Entity] | None = None

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

    def implicit(self, cue: Mention, sentence: Sentence | None = None) -> Entity | None:
        """The last speaker agreeing with the cue in gender and number, else the last
        person named before it who agrees; nobody when the last one that agrees is a
        subject we could not name."""
        gender, number = cue.attrs.get("gender"), cue.attrs.get("number")
        for entity in reversed(self.history):
            if isinstance(entity, Mention):
                if _same_agreement(entity, cue):
                    return None
                continue
            if _agrees(self.ctx, entity, gender, number):
                return entity
        subject = _previous_subject(self.ctx, sentence) if sentence is not None else None
        if subject is not None and _agrees(self.ctx, subject, gender, number):
            return subject  # رفع رئيس الاتحاد الأمير X التهنئة للفارس Y ... وأكد: X
        for mention in self.ctx.people_before(cue.start):
            if not _plausible_name(self.ctx, mention):
                continue
            entity = self.ctx.entity(mention)
            if entity is not None and _agrees(self.ctx, entity, gender, number):
                return entity
        return None


def _previous_subject(ctx: Context, sentence: Sentence) -> Entity | None:
    """The named subject right after the first word (the verb) of the sentence before
    `sentence`, when both are in the same paragraph or the cue opens its own."""
    sentences = ctx.annotation.document.sentences
    if sentence.index == 0 or sentence.index > len(sentences):
        return None
    previous = sentences[sentence.index - 1]
    if previous.noise:
        return None
    mentions = ctx.in_sentence(previous)[:8]
    for k, mention in enumerate(mentions):
        if mention.kind not in (Kind.PERSON, Kind.TITLE) or _after_preposition(ctx, mention.start):
            continue
        if not _right_after_verb(ctx, mention.start):
            return None
        if mention.kind is Kind.TITLE:
            post = ctx.posts.get(mention.start)
            if post is not None and post.holder is not None:
                holder = post.holder
                return (
                    holder if holder.kind == "Person" and _plausible_entity(ctx, holder) else None
                )
            return _title_holder(ctx, mentions[k:])
        return ctx.entity(mention) if _plausible_name(ctx, mention) else None
    return None


def _title_holder(ctx: Context, mentions: list[Mention]) -> Entity | None:
    """`رئيس الاتحاد السعودي للفروسية الأمير عبدالله بن فهد`: the name that ends a post."""
    title = mentions[0]
    for mention in mentions[1:]:
        if len(ctx.bare_words(title.end, mention.start)) > 8:
            return None
        if mention.kind is Kind.PERSON:
            return ctx.entity(mention) if _plausible_name(ctx, mention) else None
        if mention.kind not in (Kind.ORGANISATION, Kind.COUNTRY, Kind.NATIONALITY, Kind.HONORIFIC):
            return None
    return None


def _same_agreement(blocked: Mention, cue: Mention) -> bool:
    """Whether a cue could have the same (unknown) subject as an earlier cue."""
    genders = {blocked.attrs.get("gender"), cue.attrs.get("gender")}
    numbers = {blocked.attrs.get("number") or "sg", cue.attrs.get("number") or "sg"}
    return (len(genders - {None, ""}) <= 1) and len(numbers) == 1


def _agrees(ctx: Context, entity: Entity, gender: str | None, number: str | None = None) -> bool:
    """Whether a verb of this gender (and number) can have `entity` as its subject: a
    country is feminine, a joint speaker (`الجانبان`) takes a dual or plural verb."""
    joint = "+" in entity.key
    if number in {"du", "pl"} or joint:
        return joint and number in {"du", "pl"}
    if not gender:
        return True
    if entity.kind == "Person":
        known = ctx.registry.gender_of(entity)
        return known is None or known == gender
    if entity.kind == "Country":
        masculine = any(fold(n) in MASCULINE_COUNTRIES for n in entity.names | {entity.label})
        return gender == ("m" if masculine else "f")
    organisation = ctx.lexicon.organisations.get(entity.key)
    org_gender = (
        organisation.attr("gender")
        if organisation
        else ("f" if entity.label.startswith("وزار") else "")
    )
    return not org_gender or org_gender == gender


def extract_statements(ctx: Context) -> list[StatementFact]:
    """Statements of every non-noise sentence, in text order.

    A cue inside the content of an earlier statement (a quote quoting someone) is embedded
    speech: it is read as part of that content, not as a statement of its own.
    """
    speakers = _Speakers(ctx)
    facts: list[StatementFact] = []
    reach = 0  # the furthest end of any content so far: only cues before it can be embedded
    for sentence in ctx.sentences():
        mentions = [m for m in ctx.in_sentence(sentence) if _real_cue(ctx, m)]
        cues = [m for m in mentions if m.kind is Kind.CUE]
        in_sentence: list[StatementFact] = []
        for cue in cues:
            if cue.start < reach and any(
                f.position_start <= cue.start < f.position_end
                for f in facts[-2:] + in_sentence[-2:]
            ):
                continue  # contents do not overlap: only the latest can hold this cue
            if _inside_quote(ctx.text[sentence.start : cue.start]):
                continue
            fact = _statement(ctx, sentence, mentions, cue, cues, in_sentence, speakers)
            if fact is not None:
                in_sentence.append(fact)
                speakers.note(fact.speaker)
                reach = max(reach, fact.position_end)
        facts.extend(in_sentence)
    return facts


def _real_cue(ctx: Context, mention: Mention) -> bool:
    """A cue that needs its preposition to be one: عبّر (X) عن / أعرب (X) عن, not `عبر
    دائرة تلفزيونية` (via); لافتة إلى أن, not a banner; داعية إلى, not a preacher."""
    if mention.kind is not Kind.CUE or fold(mention.key or "") not in PREP_REQUIRED:
        return True
    following = ctx.bare_words(mention.end, min(len(ctx.text), mention.end + 120))[:12]
    if mention.attrs.get("kind") == "participle":
        following = following[:3]  # مستويات لافتة، دفعت ... إلى: an adjective, far from إلى
    prep = fold(mention.attrs.get("prep") or "عن")
    return any(
        w in {prep, "عن", "ان", "بان"} | COMPLEMENTIZERS or (prep == "الي" and w.startswith("لل"))
        for w in following
    )


def _inside_quote(text: str) -> bool:
    """True when a quotation opened in `text` is still open at its end. For the
    undirected `"` the last one decides: after a word and before a space or a mark it
    closes (`الفلسطيني"،`), otherwise it opens (`للصحيفة " عندما`)."""
    if text.count("«") > text.count("»") or text.count("“") > text.count("”"):
        return True
    last = text.rfind('"')
    if last < 0:
        return False
    before = text[last - 1] if last > 0 else " "
    after = text[last + 1] if last + 1 < len(text) else " "
    closing = not before.isspace() and (after.isspace() or not after.isalnum())
    return not closing


def _statement(
    ctx: Context,
    sentence: Sentence,
    mentions: list[Mention],
    cue: Mention,
    cues: list[Mention],
    earlier: list[StatementFact],
    speakers: _Speakers,
) -> StatementFact | None:
    if (parsed := statement_from_parse(ctx, sentence, cue)) is not None:
        return parsed  # the parse named subject and complement (stanza)
    gender = cue.attrs.get("gender")
    speaker, after, rule = _speaker(ctx, sentence, mentions, cue, earlier, speakers)
    if speaker is None:
        if rule == UNKNOWN and ctx.text[max(0, cue.start - 1) : cue.start] in {"و", "ف"}:
            speakers.block(cue)  # وقالت مصادر ...، وأضافت: nobody we know said the next one
        return None
    trimmed, after = _without_object(ctx, speaker, cue, after)
    if trimmed is None:
        return None
    speaker = trimmed
    if gender and speaker.kind == "Person":
        ctx.registry.set_gender(speaker, gender)
    after = _past_own_name(ctx, speaker, after)
    implicit = rule in {"statement:implicit", "statement:implicit-local"}
    span = _position(ctx, sentence, cue, after, cues, implicit)
    if span is None:
        if rule not in {"statement:implicit", "statement:participle"}:
            speakers.note(speaker)  # the subject stays salient: رفضت حماس ...، واعتبرت
            speakers.silent = (sentence.index, speaker)  # رد X على ...، مؤكدا: X's words
        return None
    start, end = span
    return statement_at(ctx.text, speaker, cue, start, end, sentence.index, rule)


def _speaker(
    ctx: Context,
    sentence: Sentence,
    mentions: list[Mention],
    cue: Mention,
    earlier: list[StatementFact],
    speakers: _Speakers,
) -> tuple[Entity | None, int, str]:
    """Who says it, where the speaker's phrase ends, and the rule that found it.

    In the order a reader tries: a subject standing right before a bare verb (`غولن ينفي`),
    the actor after the cue, `كان X قد قال`; then, when the clause has no subject of its
    own, the subject of the participle's sentence or the salient speaker that agrees."""
    kind = cue.attrs.get("kind", "past")
    gender, number = cue.attrs.get("gender"), cue.attrs.get("number")
    if kind == "masdar":
        if fold(cue.text) in {"قوله", "قولها", "قولهم"}:
            return _quoted_from(ctx, mentions, cue, speakers), cue.end, "statement:quoted-from"
        if not _bil_qawl(ctx, cue):
            return None, cue.end, ""
        return _governing_subject(ctx, mentions, cue), cue.end, "statement:bil-qawl"
    if fold(cue.key or "") in NOT_STANCE_CUES:
        return None, cue.end, ""
    if _unnamed_source(ctx, cue):
        return None, cue.end, UNKNOWN
    if _attribution(ctx, cue) or _impersonal(ctx, cue) or _background(ctx, cue, kind):
        return None, cue.end, ""
    first = _subject_first(ctx, mentions, cue, adjacent=True)
    if first is not None and _agrees(ctx, first, gender, number):
        return first, cue.end, "statement:subject-first"
    antecedent = _antecedent(ctx, mentions, cue)
    if antecedent is not None:
        return antecedent, cue.end, "statement:relative"
    if kind != "participle" and _noun_before(ctx, sentence, cue):
        return None, cue.end, UNKNOWN  # بيانا يطالب إسرائيل: the subject is the noun before
    speaker, after, rule = _explicit_speaker(ctx, mentions, cue, speakers)
    if speaker is not None and _pronoun_subject_before(ctx, cue):
        speaker, after, rule = None, cue.end, ""  # كما أنها طالبت السعودية: the object
    fronted = _fronted_object_end(ctx, cue)
    if fronted is not None:  # أعرب عن قلقه الأمين العام ...: the subject after the object
        shifted = replace(cue, end=fronted)
        speaker, after, rule = _explicit_speaker(ctx, mentions, shifted, speakers)
        if speaker is None:
            return None, cue.end, UNKNOWN if _unknown_subject_after(ctx, shifted) else ""
        governed = re.match(r"[\s،]*(?:من|على|في|إلى|عن)\s", ctx.text[after : after + 8])
        if governed:
            after += governed.end()  # قلقه ... من تصاعد العنف: what the object is about
    if speaker is not None and rule == "statement:explicit" and speaker.kind == "Country":
        surface = [w for w in ctx.bare_words(cue.end, after) if w.isalpha()]
        masculine = bool(surface) and surface[0] in MASCULINE_COUNTRIES  # السودان، not الخرطوم
        state = gender == "f" and masculine and fold(cue.key or "") not in OBJECT_CUES
        if gender and gender != ("m" if masculine else "f") and not state:
            return None, cue.end, ""  # ودعا الولايات المتحدة إلى: the country is the object
    if speaker is not None:
        return speaker, after, rule
    before = _speaker_before(ctx, mentions, cue)
    if before is not None and _agrees(ctx, before, gender, number):
        return before, cue.end, "statement:subject-before"
    variant = _spelling_variant(ctx, cue)
    if variant is not None:
        return variant
    if _unresolved_subject(ctx, cue.end, sentence.end) or (
        kind != "participle" and _unknown_subject_before(ctx, sentence, cue)
    ):
        return None, cue.end, UNKNOWN
    if _say_without_introducer(ctx, cue):
        return None, cue.end, UNKNOWN
    if kind != "participle" and _unknown_subject_after(ctx, cue):
        return None, cue.end, UNKNOWN
    if kind == "participle" and earlier:
        return earlier[-1].speaker, cue.end, "statement:participle"
    if kind == "participle" and any(c.kind is Kind.CUE and c.start < cue.start for c in mentions):
        if speakers.silent is not None and speakers.silent[0] == sentence.index:
            return speakers.silent[1], cue.end, "statement:participle"
        return None, cue.end, ""  # أوضح مصدر أمني ...، مضيفا: the earlier cue's speaker, unnamed
    if kind == "participle":
        adjacent = _adjacent_actor(ctx, mentions, cue)
        if adjacent is not None:
            return adjacent, cue.end, "statement:participle-subject"
    subject = _clause_subject(ctx, mentions, cue) if kind == "participle" else None
    if subject is not None:
        return subject, cue.end, "statement:participle-subject"
    if kind == "participle" and not _opens_sentence(ctx, sentence, cue):
        return None, cue.end, ""  # يقف حيدر الشمري ... قائلا: its clause has a subject we miss
    local = None if earlier or kind == "participle" else _sentence_actor(ctx, mentions, cue)
    if local is not None:
        return local, cue.end, "statement:implicit-local"
    return speakers.implicit(cue, sentence), cue.end, "statement:implicit"


def _object_word(ctx: Context, word: str) -> bool:
    """A word that cannot end a name: a particle fused to ما (`عما`، `مما`), a preposition, or
    a noun with a possessive pronoun (`استغرابه`، `رفضها`، `قلقهم`): the object of the cue
    (`أبدى أيمن الصفدي استغرابه من`) read into the speaker's name."""
    possessive = not word.endswith("ة")  # استغرابه, not عطية
    word = fold(word)
    lex = ctx.lexicon
    if word in lex.first_names:
        return False
    if word in lex.stopwords or word in CUE_PREPOSITIONS or word in {"عما", "مما", "فيما"}:
        return True
    if word in SPEAKER_ADVERBIALS or word in TIME_WORDS or word in _NAME_ENDING_ADVERBS:
        return True  # ياريف ليفين عشية، X الاثنين: the adverb after the name
    if word in {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"}:
        return True  # الشركة التي تنتمي: the relative clause after the speaker
    for suffix in ("هما", "هم", "ها", "ه"):
        stem = word[: -len(suffix)]
        if (
            possessive
            and word.endswith(suffix)
            and len(stem) >= 3
            and not word.startswith("ال")
            and (
                stem in lex.common_words or (len(stem) >= 5 and stem.startswith(("است", "ا", "ت")))
            )
        ):
            return True  # استغرابه، تأييده، ترحيبها: a verbal noun and its agent's pronoun
    return False


_NAME_ENDING_ADVERBS = frozenset(
    fold(w)
    for w in ("عشية", "صباح", "مساء", "ظهر", "فجر", "ليل", "ليلة", "مطلع", "نهاية", "منتصف")
    + ("السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")
)


def _without_object(
    ctx: Context, speaker: Entity, cue: Mention, after: int
) -> tuple[Entity | None, int]:
    """A person whose name ends in the cue's object (`أيمن الصفدي استغرابه`، `سيرغي لافروف
    عما`) is the name without it; the object starts the content again."""
    words = speaker.label.split()
    dropped: list[str] = []
    shortest = 2 if speaker.kind == "Person" else 1
    while len(words) > shortest and _object_word(ctx, words[-1]):
        dropped.insert(0, words.pop())
    if not dropped:
        return speaker, after
    label = " ".join(words)
    tail = " ".join(dropped)
    phrase = ctx.text[cue.end : after].rstrip()
    if phrase.endswith(tail):
        after = cue.end + len(phrase) - len(tail)
    if speaker.kind == "Organisation" and len(words) == 1 and fold(label).startswith("ال"):
        # `الشركة التي ...`: a common noun referring back to the last such organisation
        head = fold(label).removeprefix("ال")
        referent = ctx.organisation_before(cue.start, "", head)
        return (referent if referent is not None and referent.key != speaker.key else None), after
    names = frozenset(n for n in speaker.names if not n.endswith(tail)) | {label}
    key = " ".join(speaker.key.split()[: len(words)]) if speaker.kind == "Person" else speaker.key
    return Entity(speaker.kind, key, label, names, speaker.country), after


_PRONOUN_SUBJECTS = frozenset(
    p + s for p in ("ان", "بان", "لكن", "ولكن", "لان", "كان") for s in ("ه", "ها", "هم", "هما")
)


def _past_own_name(ctx: Context, speaker: Entity, after: int) -> int:
    """`أكد وزير الدولة ...، تامر السبهان، أن`: the speaker's own name after the phrase read
    belongs to the speaker, not to the content."""
    match = re.match(r"[\s،,]*", ctx.text[after : after + 5])
    start = after + (match.end() if match else 0)
    for name in sorted(speaker.names | {speaker.label}, key=len, reverse=True):
        if len(name) > 2 and ctx.text.startswith(name, start):
            end = start + len(name)
            if end == len(ctx.text) or not ctx.text[end].isalnum():
                return end
    return after


def _pronoun_subject_before(ctx: Context, cue: Mention) -> bool:
    """`كما أنها طالبت السعودية بـ`، `لكنه دعا إيران`: the particle before the verb carries
    its subject, so the actor after the verb is its object."""
    words = ctx.bare_words(max(0, cue.start - 20), cue.start)
    return bool(words) and words[-1] in _PRONOUN_SUBJECTS


def _fronted_object_end(ctx: Context, cue: Mention) -> int | None:
    """`أبدى استغرابه وزير الخارجية ...`، `أعرب عن قلقه الأمين العام ...`: a verbal noun with
    the subject's pronoun (after the preposition the cue governs) right after the cue comes
    before the subject; where it ends, or None."""
    match = re.match(r"\s+(?:(?:عن|ب)\s*)?(\S+)", ctx.text[cue.end : cue.end + 40])
    if match is None:
        return None
    word = match.group(1)
    gender = cue.attrs.get("gender")
    pronoun = "ها" if gender == "f" else "ه"
    if not word.endswith(pronoun) or (gender != "f" and word.endswith("ها")):
        return None
    if not _object_word(ctx, word) or fold(word) in ctx.lexicon.stopwords:
        return None
    return cue.end + match.end()


def _unknown_subject_after(ctx: Context, cue: Mention) -> bool:
    """`وأعلنت المنظمة ...`، `ودعا أردوغان إلى`: with no speaker found, a definite noun or a
    name before the preposition the cue governs is the verb's unknown subject."""
    words = [w for w in ctx.bare_words(cue.end, min(len(ctx.text), cue.end + 80)) if w != "،"]
    if not words or not words[0].isalnum() or words[0] in ctx.lexicon.stopwords:
        return False
    head = words[0]
    if head in SPEAKER_ADVERBIALS or head in CUE_PREPOSITIONS or head in COMPLEMENTIZERS:
        return False
    if head in {"ان", "انه", "انها"} or _accusative(head) or head[:3] in {"بال", "لل"}:
        return False
    prep = fold(cue.attrs.get("prep") or "")
    if prep and prep in words[1:4] and head != prep:
        return True
    return head.startswith("ال")


def _sentence_actor(ctx: Context, mentions: list[Mention], cue: Mention) -> Entity | None:
    """`بحسب بيان نشرته وزارة الخارجية اليمنية، وأوضحت أنه`: an actor of the cue's own
    sentence whose gender is known to agree (a ministry for a feminine verb) is nearer
    than any earlier speaker."""
    if cue.attrs.get("gender") != "f" or cue.attrs.get("number") in {"du", "pl"}:
        return None
    in_posts = [(p.title.start, p.end) for p in ctx.posts.values()]
    actors = [m for m in mentions if m.start < cue.start and m.kind in _ACTORS]
    if not actors or actors[-1].kind is not Kind.ORGANISATION:
        return None  # only the nearest actor, and only an organisation
    mention = actors[-1]
    if any(start <= mention.start < end for start, end in in_posts):
        return None  # المتحدث باسم الوزارة: part of a post, not an actor
    if _after_preposition(ctx, mention.start):
        return None
    entity = ctx.entity(mention)
    if entity is not None and _known_gender(ctx, entity) == "f":
        return entity
    return None


def _known_gender(ctx: Context, entity: Entity) -> str | None:
    if entity.kind == "Country":
        masculine = any(fold(n) in MASCULINE_COUNTRIES for n in entity.names | {entity.label})
        return "m" if masculine else "f"
    organisation = ctx.lexicon.organisations.get(entity.key)
    gender = organisation.attr("gender") if organisation else None
    if not gender and fold(entity.label).startswith("وزار"):
        gender = "f"
    return gender or None


RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"})


def _antecedent(ctx: Context, mentions: list[Mention], cue: Mention) -> Entity | None:
    """`المبعوث الروسي فاسيلي نيبينزيا الذي قال ...`: the actor a relative pronoun right
    before a past cue refers to."""
    before = ctx.bare_words(max(0, cue.start - 30), cue.start)
    if not before or before[-1] not in RELATIVES:
        return None
    candidates = [m for m in mentions if m.end <= cue.start]
    if not candidates:
        return None
    last = candidates[-1]
    gap = ctx.bare_words(last.end, cue.start)
    if len(gap) != 1:
        return None
    post = next((p for p in ctx.posts.values() if p.holder_mention is last), None)
    if last.kind is Kind.PERSON and _plausible_name(ctx, last):
        return ctx.entity(last)
    if last.kind is Kind.TITLE and post is not None:
        return post.holder
    if last.kind in (Kind.ORGANISATION, Kind.COUNTRY) and not _after_preposition(ctx, last.start):
        return ctx.entity(last)
    return None


def _embedded_verb(ctx: Context, cue: Mention) -> bool:
    """A cue inside a relative clause or after a preposition opens no clause of its own."""
    before = ctx.bare_words(max(0, cue.start - 30), cue.start)[-1:]
    return bool(before) and (before[0] in RELATIVES or before[0] in _PREPOSITIONS)


def _background(ctx: Context, cue: Mention, kind: str) -> bool:
    """`الذي كان ينتقد السعودية`، `وكان متهما بـ`: a relative clause or a predicate of كان
    describes someone; it reports no statement."""
    before = ctx.bare_words(max(0, cue.start - 30), cue.start)[-2:]
    if before and before[-1] in _PREPOSITIONS - {"لقاء"}:
        return True  # مع نفي ماتيس ...: after a preposition the word is a noun, not a verb
    if before and before[-1] in RELATIVES and kind == "past":
        return False  # نيبينزيا الذي قال: the antecedent said it (see `_antecedent`)
    if any(w in RELATIVES for w in before):
        return True
    return (
        kind == "participle"
        and bool(before)
        and (before[-1] in {"كان", "كانت", "اصبح", "بات"} or before[-1] in _PREPOSITIONS)
    )  # وتصر واشنطن على مطالبة بيونغ يان: a masdar, not a participle


def _noun_before(ctx: Context, sentence: Sentence, cue: Mention) -> bool:
    """A bare verb right after a word that is neither a connector nor an adverbial has that
    word's phrase as its subject (`بيانا يطالب`، `البعض عبر`)."""
    if ctx.text[max(0, cue.start - 1) : cue.start] in {"و", "ف"}:
        return False
    words = ctx.bare_words(sentence.start, cue.start)
    if not words:
        return False
    previous = words[-1]
    return (
        previous.isalpha()
        and not _fronted_adverbial(previous)
        and previous not in TIME_WORDS
        and previous != "قد"
    )


def _impersonal(ctx: Context, cue: Mention) -> bool:
    """`يذكر أن ...`، `ويشار إلى أن`، `ويتوقع أن`: the narrator's impersonal formulas."""
    if fold(cue.text) not in IMPERSONAL:
        return False
    words = [w for w in ctx.bare_words(cue.end, min(len(ctx.text), cue.end + 20)) if w != "،"]
    return bool(words) and (words[0] in COMPLEMENTIZERS or words[0] in {"الي", "ان"})


def _attribution(ctx: Context, cue: Mention) -> bool:
    """`وفقا لما أعلنت عنه المنظمة`، `حسبما ذكر`: the cue attributes what came before it."""
    before = ctx.bare_words(max(0, cue.start - 20), cue.start)
    if len(before) > 1 and before[-2] == "سرعان":
        return False  # وسرعان ما أعلن: "soon"
    return bool(before) and before[-1] in {"ما", "لما", "حسبما", "بحسبما", "مما", "وفقما"}


def _unnamed_source(ctx: Context, cue: Mention) -> bool:
    """`وقالت مصادر`، `وأضاف مسؤول رفيع`: an unnamed source is nobody's statement."""
    words = [w for w in ctx.bare_words(cue.end, min(len(ctx.text), cue.end + 40)) if w != "،"]
    return bool(words) and words[0] in UNNAMED


def _unknown_subject_before(ctx: Context, sentence: Sentence, cue: Mention) -> bool:
    """`إلا أن البعض عبر عن ...`: a bare verb after a noun has that noun as its subject;
    when it is not an actor we know, nobody can be named."""
    if ctx.text[max(0, cue.start - 1) : cue.start] in {"و", "ف"}:
        return False
    words = ctx.bare_words(sentence.start, cue.start)
    k = len(words) - 1
    while k >= 0:
        word = words[k]
        if word in _SKIPPABLE:
            k -= 1
            continue
        if word == "قد" and any(w in {"كان", "كانت"} for w in words[max(0, k - 12) : k - 1]):
            return True  # وكان الدبلوماسي الكبير ... قد أوضح: a subject we could not name
        if word in CLAUSE_OPENERS:
            return False  # لكنها أصرت، كما أكد: the clause starts here, its subject is implicit
        if word not in {"،", ","}:
            return word.isalnum()
        # `العقيد تركي المالكي، المتحدث باسم التحالف، بدوره قال`: a fronted noun phrase
        start = k - 1
        while start >= 0 and words[start] not in {"،", ","}:
            start -= 1
        segment = words[start + 1 : k]
        if segment and not _fronted_adverbial(segment[0]):
            return True
        k = start
    return False


_SKIPPABLE = SPEAKER_ADVERBIALS | FOR_ONES_PART | {"من", "في"}


def _fronted_adverbial(word: str) -> bool:
    """A word that opens an adverbial or a connector, not a subject: في، بعد، بدوره، كما."""
    return (
        word in CLAUSE_OPENERS
        or word in SPEAKER_ADVERBIALS
        or word in CIRCUMSTANTIAL_OPENERS
        or word in _PREPOSITIONS
        or word in NOT_COMPLEMENTISER_BEFORE
        or word[:3] in {"بال", "لل"}
        or _accusative(word)
        or not word.isalnum()
    )


def _spelling_variant(ctx: Context, cue: Mention) -> tuple[Entity, int, str] | None:
    """`وقال بوتين` after `فلاديمير بوتن`: a word after the cue that is one letter away from
    the last name of a person already named is that person."""
    match = re.compile(r"[\s،,]*(\w+)").match(ctx.text, cue.end)
    if match is None:
        return None
    word = fold(match.group(1))
    if len(word) < 4 or word in ctx.lexicon.stopwords or word in ctx.lexicon.common_words:
        return None
    for mention in reversed([m for m in ctx.mentions if m.start < cue.start]):
        if mention.kind is not Kind.PERSON or not _plausible_name(ctx, mention):
            continue
        last = fold(mention.text).split()[-1]
        if len(last) >= 4 and _one_edit(word, last):
            entity = ctx.entity(mention)
            if entity is not None:
                return entity, match.end(), "statement:spelling-variant"
    return None


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by exactly one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if i >= len(a) or a[i] != b[i]:
            return a[i:] == b[i + 1 :] or (len(a) == len(b) and a[i + 1 :] == b[i + 1 :])
    return True


def _say_without_introducer(ctx: Context, cue: Mention) -> bool:
    """`وقال X في خطاب ...: "..."` with X unknown: قال and its kin take their content after
    إن, a colon or a quote, so a plain word right after them is an unknown subject."""
    if fold(cue.key or "") not in SAY_CUES:
        return False
    words = [w for w in ctx.bare_words(cue.end, min(len(ctx.text), cue.end + 60)) if w != "،"]
    if not words:
        return False
    head = words[0]
    return head.isalnum() and not (
        head in ctx.lexicon.stopwords
        or _accusative(head)
        or head[:3] in {"بال", "لل", "كال"}
        or head in COMPLEMENTIZERS
        or head in SPEAKER_ADVERBIALS
        or head in CUE_PREPOSITIONS
        or head in CIRCUMSTANTIAL_OPENERS
        or head.startswith("لل")
        or head in {"ان", "انه", "انها"}
    )


def _accusative(word: str) -> bool:
    """An indefinite accusative participle (`متحدثاً`، `مضيفاً`) is circumstantial, never a
    subject; a name that ends in ا (`لخويا`، `أوباما`) is not one."""
    return len(word) > 4 and word.endswith("ا") and word.startswith("م") and word[1] != "ا"


def _first_introducer(ctx: Context, start: int, end: int) -> int:
    """Offset of the first أن/إن, colon or quote in [start, end): content starts there."""
    for token in _tokens(ctx, start, end):
        if token[0] in OPEN_QUOTES or token[0] == ":" or _form(token) in COMPLEMENTIZERS:
            return token[1]
    return end


def _adjacent_actor(ctx: Context, mentions: list[Mention], cue: Mention) -> Entity | None:
    """`ثم يتحدث ترامب متسائلا`، `رد عليه الرئيس الإيراني، حسن روحاني قائلا`: a participle
    right after a name belongs to that name."""
    before = [m for m in mentions if m.end <= cue.start]
    if not before or ctx.text[before[-1].end : cue.start].strip():
        return None
    last = before[-1]
    if (
        last.kind is Kind.PERSON
        and _plausible_name(ctx, last)
        and not _after_preposition(ctx, last.start)
    ):
        return ctx.entity(last)
    return None


def _opens_sentence(ctx: Context, sentence: Sentence, cue: Mention) -> bool:
    """Whether only connectors stand before the cue in its sentence (`ومشيرا إلى ...`)."""
    words = ctx.bare_words(sentence.start, cue.start)
    return all(w in CLAUSE_OPENERS or w in GOING_ON or not w.isalnum() for w in words)


def _clause_subject(ctx: Context, mentions: list[Mention], cue: Mention) -> Entity | None:
    """`هاجم رئيس حركة التغيير إيلي محفوظ من ...، مشيراً إلى`: a participle's speaker is the
    subject of its sentence's verb, the first actor not governed by a preposition."""
    after_title = False
    limit = _first_introducer(ctx, mentions[0].start if mentions else cue.start, cue.start)
    if _own_subject_clause(ctx, max(0, cue.start - 200), cue.start):
        return None  # ظهر X ...، حيث خاطبه الفنان الخليجي قائلا: the clause's own subject
    previous: Mention | None = None  # the last mention governed by a preposition
    for mention in mentions:
        if mention.start >= limit:
            break
        if len(ctx.bare_words(mention.start, cue.start)) > _SUBJECT_REACH:
            continue  # too far back to be the participle's clause
        post = ctx.posts.get(mention.start)
        governed = _after_preposition(ctx, mention.start) or _governed_with(ctx, previous, mention)
        if governed:
            previous = mention
        if (
            not after_title
            and mention.kind in (*_ACTORS, Kind.TITLE)
            and not governed
            and not _right_after_verb(ctx, mention.start)
        ):
            return None  # the first actor is not the subject of the sentence's verb
        if mention.kind is Kind.TITLE and post is not None:
            if _plausible_entity(ctx, post.holder) and not governed:
                return _chained_holder(ctx, mentions, post)[0]
            after_title = True
            continue
        if governed or mention.kind not in _ACTORS:
            continue
        if mention.kind is Kind.PERSON and not _plausible_name(ctx, mention):
            continue
        if after_title and len(mention.text.split()) < 2:
            continue  # inside the post's complement: عضو الأمانة العامة لقوى 14 آذار
        return ctx.entity(mention)
    return None


def _governed_with(ctx: Context, previous: Mention | None, mention: Mention) -> bool:
    """`إلى الأمين العام للأمم المتحدة ورئيس مجلس الأمن الدولي`: a phrase joined by و to
    one a preposition governs, or completing a title it governs, is the addressee too."""
    if previous is None:
        return False
    gap = ctx.text[previous.end : mention.start]
    if not gap.strip():
        return previous.kind is Kind.TITLE  # رئيس مجلس الأمن: the title's complement
    return gap.strip() == "و" or (gap.endswith("و") and not gap[:-1].strip())


_OWN_CLAUSE = re.compile(r"(?:^|[\s،,])و?(?:حيث|إذ|عندما|حين|بينما|فيما)\s+(\S+)\s+(ال\S+)")


def _own_subject_clause(ctx: Context, start: int, end: int) -> bool:
    """Whether the participle ends a clause (`حيث`، `عندما`...) whose verb is followed by a
    definite noun, its own subject (`حيث خاطبه الفنان الخليجي`), with no comma after it."""
    text = ctx.text[start:end]
    matches = list(_OWN_CLAUSE.finditer(text))
    if not matches:
        return False
    last = matches[-1]
    verb, noun = fold(last.group(1)), fold(last.group(2))
    return (
        "،" not in text[last.end() :]
        and "," not in text[last.end() :]
        and verb not in CUE_PREPOSITIONS
        and not verb.startswith("ال")
        and noun not in ctx.lexicon.stopwords
    )


def _right_after_verb(ctx: Context, start: int) -> bool:
    """Whether a phrase at `start` follows its clause's first word (the verb), past a
    fronted adverbial (`في سياق متصل، هاجم ...`) and particles (قد، كما)."""
    line_start = max(ctx.text.rfind("\n", 0, start), ctx.text.rfind(".", 0, start)) + 1
    words = ctx.bare_words(line_start, start)
    if "،" in words:
        cut = words.index("،")
        if words and _fronted_adverbial(words[0]):
            words = words[cut + 1 :]
    words = [w for w in words if w not in CLAUSE_OPENERS and w not in _SKIPPABLE]
    return len(words) <= 1


def _chained_holder(ctx: Context, mentions: list[Mention], post: Post) -> tuple[Entity | None, int]:
    """`رئيس حزب الوطنيين الأحرار النائب دوري شمعون`: when a second post follows the first
    one's supposed holder, the name after the last post is the holder of both."""
    holder = post.holder
    end = _holder_end(post)
    for mention in mentions:
        if mention.start < end:
            continue
        following = ctx.posts.get(mention.start)
        if (
            mention.kind is Kind.TITLE
            and following is not None
            and following.holder is not None
            and not ctx.bare_words(end, mention.start)
        ):
            holder, end = following.holder, _holder_end(following)
            continue
        break
    return holder, end


def _quoted_from(
    ctx: Context, mentions: list[Mention], cue: Mention, speakers: _Speakers
) -> Entity | None:
    """`ونقلت وكالة رويترز عن وزير الخارجية سامح شكري قوله إن ...`: the speaker is the
    one quoted, named after عن; nobody when that is an unnamed source."""
    sentence_start = max(ctx.text.rfind("\n", 0, cue.start), ctx.text.rfind(".", 0, cue.start)) + 1
    tokens = _tokens(ctx, sentence_start, cue.start)
    an = [t for t in tokens if _form(t) == "عن"]
    if not an:
        return None
    start = an[-1][2]
    words = [w for w in ctx.bare_words(start, cue.start) if w != "،"]
    if not words or words[0] in UNNAMED:
        return None
    for mention in mentions:
        if not start <= mention.start < cue.start:
            continue
        post = ctx.posts.get(mention.start)
        if mention.kind is Kind.TITLE and post is not None:
            return _post_holder(ctx, mentions, post, speakers)
        if mention.kind is Kind.PERSON and _plausible_name(ctx, mention):
            return ctx.entity(mention)
        if mention.kind in (Kind.ORGANISATION, Kind.COUNTRY):
            return ctx.entity(mention)
        if mention.kind is not Kind.HONORIFIC and mention.kind is not Kind.NATIONALITY:
            return None
    return None


def _bil_qawl(ctx: Context, cue: Mention) -> bool:
    """`سارعت روسيا ... بالقول إن`: the masdar القول governed by ب reports speech."""
    return fold(cue.text) == "القول" and ctx.text[max(0, cue.start - 1) : cue.start] == "ب"


def _governing_subject(ctx: Context, mentions: list[Mention], cue: Mention) -> Entity | None:
    """The subject of the verb that governs a masdar: the first actor of its clause."""
    clause_start = max(ctx.text.rfind("،", 0, cue.start), ctx.text.rfind(",", 0, cue.start)) + 1
    for mention in mentions:
        if not clause_start <= mention.start < cue.start:
            continue
        if len(ctx.bare_words(clause_start, mention.start)) > 1:
            return None  # the subject follows its verb: سارعت روسيا
        if _after_preposition(ctx, mention.start):
            continue
        post = ctx.posts.get(mention.start)
        if mention.kind is Kind.TITLE and post is not None:
            holder = _chained_holder(ctx, mentions, post)[0] if post.holder else None
            return holder if _plausible_entity(ctx, holder) else None  # علق الوزير X بالقول
        if mention.kind in _ACTORS:
            return ctx.entity(mention)
    return None


def _explicit_speaker(
    ctx: Context, mentions: list[Mention], cue: Mention, speakers: _Speakers
) -> tuple[Entity | None, int, str]:
    """The actor named right after the cue, and where its phrase ends."""
    words = [w for w in ctx.bare_words(cue.end, min(len(ctx.text), cue.end + 40)) if w != "،"]
    if words and words[0] in PARTY_PAIRS | LEADER_PAIRS:
        end = _word_end(ctx, cue.end)
        return _pair(ctx, cue.start, words[0] in LEADER_PAIRS), end, "statement:pair"
    if words and words[0] in ISSUED_TEXTS:
        return speakers.issuer(), _word_end(ctx, cue.end), "statement:issued-text"
    following = [m for m in mentions if m.start >= cue.end]
    position = cue.end
    while following and following[0].kind is Kind.HONORIFIC:
        if not _adjacent(ctx, position, following[0].start):
            return None, cue.end, ""
        position = following.pop(0).end  # صاحب السمو الملكي، جلالة الملك
    if not following:
        return None, cue.end, ""
    first = following[0]
    named = _name_after_descriptor(ctx, following)
    if named is not None:
        return ctx.entity(named), named.end, "statement:descriptor-name"
    if first.kind is Kind.PERSON and not _plausible_name(ctx, first):
        return None, cue.end, ""
    gap = ctx.bare_words(position, first.start)
    named = _named_after_title(ctx, following, cue, gap)
    if named is not None:
        return ctx.entity(named), named.end, "statement:title-name"
    if _after_preposition(ctx, first.start):
        return None, cue.end, ""  # وقال في تغريدة على تويتر: Twitter is not the speaker
    if any(w not in SPEAKER_ADVERBIALS and w != "،" for w in gap) or len(gap) > 3:
        return None, cue.end, ""
    post = ctx.posts.get(first.start)
    if first.kind is Kind.TITLE and post is not None:
        holder = _post_holder(ctx, mentions, post, speakers)
        if not _plausible_entity(ctx, holder):
            return None, cue.end, ""
        end = max(post.end, first.end, _holder_end(post))
        if post.holder is not None:
            holder, chain_end = _chained_holder(ctx, mentions, post)
            end = max(end, chain_end)
        return holder, end, "statement:post"
    if first.kind is Kind.REFERENCE:
        ref = first.attrs.get("ref")
        if ref == "ministry":
            ministry = ctx.ministry_before(first.start, first.attrs.get("portfolio"))
            return ministry, first.end, "statement:reference"
        if ref == "latter":
            latter = ctx.last_person_ending_by(first.start)
            if latter is not None:
                return ctx.entity(latter), first.end, "statement:reference"
        return None, cue.end, ""
    if first.kind in _ACTORS:
        entity = ctx.entity(first)
        end = _appositive_end(ctx, following, first)
        post_end = _post_after(ctx, mentions, first)
        if post_end is not None:
            end = post_end
        return entity, end, "statement:explicit"
    return None, cue.end, ""


def _name_after_descriptor(ctx: Context, following: list[Mention]) -> Mention | None:
    """`أكد نجم فريق العين الإماراتي عمر عبد الرحمن أن`: a person mention opening with a
    descriptor noun is the description; the next plausible name in the same phrase speaks."""
    first = following[0]
    if first.kind is not Kind.PERSON or fold(first.text).split()[0] not in DESCRIPTORS:
        return None
    for mention in following[1:5]:
        if mention.start - first.end > 60:
            return None
        words = ctx.bare_words(first.end, mention.start)
        if any(w in COMPLEMENTIZERS or w in {":", "ان", "،"} for w in words):
            return None
        if mention.kind is Kind.PERSON and _plausible_name(ctx, mention):
            return mention
    return None


def _appositive_end(ctx: Context, following: list[Mention], first: Mention) -> int:
    """`حركة المقاومة الإسلامية "حماس"`: a second name of the speaker in apposition."""
    end = first.end
    for mention in following[1:]:
        between = ctx.text[end : mention.start]
        if mention.kind not in (Kind.ORGANISATION, Kind.COUNTRY) or between.strip(' "«»()،,'):
            break
        end = mention.end
        closing = re.match(r'\s*["»)]', ctx.text[end:])
        if closing:
            end += closing.end()
    return end


def _named_after_title(
    ctx: Context, following: list[Mention], cue: Mention, gap: list[str]
) -> Mention | None:
    """`وأعرب القيادي في حركة حماس الدكتور صلاح البردويل عن`: a definite description the
    lexicon does not know as a post, ending in a name introduced by a title or honorific."""
    if not gap or not gap[0].startswith("ال") or gap[0] in SPEAKER_ADVERBIALS:
        return None
    for k, mention in enumerate(following[:6]):
        if mention.kind is not Kind.PERSON or k == 0 or not _plausible_name(ctx, mention):
            continue
        if mention.start - cue.end > 120:
            return None
        before = following[k - 1]
        if (
            before.kind not in (Kind.HONORIFIC, Kind.TITLE)
            or ctx.text[before.end : mention.start].strip()
        ):
            return None
        words = ctx.bare_words(cue.end, before.start)
        if any(
            w in COMPLEMENTIZERS or w in {":", "ان"} or w in CUE_PREPOSITIONS - {"في"}
            for w in words
        ):
            return None
        return mention
    return None


def _adjacent(ctx: Context, end: int, start: int) -> bool:
    gap = ctx.bare_words(end, start)
    return all(w in SPEAKER_ADVERBIALS or w == "،" for w in gap) and len(gap) <= 3


def _plausible_name(ctx: Context, mention: Mention) -> bool:
    """A person mention that starts with a particle (`على تعزيز`، `أن الاستعدادات`) is a
    misread, not a name."""
    if mention.text.startswith("على "):
        return False  # the preposition على, never the name علي
    return _plausible_words(ctx, fold(mention.text).split())


def _plausible_words(ctx: Context, words: list[str]) -> bool:
    if not words:
        return False
    first = words[0]
    lex = ctx.lexicon
    if first == "علي" and len(words) > 1:  # علي الحرقان is a name, على المخدرات is not
        second = words[1]
        return not (second.startswith("ال") and second in lex.common_words)
    if first in lex.stopwords or first in CUE_PREPOSITIONS or first in {"الله", "بالله"}:
        return False
    while len(words) > 1 and len(words[-1].strip("ـ")) < 2:
        words = words[:-1]  # الجبير لـ: a clitic preposition of the next word, read into the name
    if any(len(w.strip("ـ")) < 2 for w in words):
        return False
    if first in lex.first_names or any(w in lex.first_names for w in words[1:3]):
        return True  # a given name inside: المركزية إيلا بامفيلوفا still names her
    if re.search(r"[a-zA-Z]", first) or first.startswith(("بال", "لل", "كال", "لـ")):
        return False  # لـCNN، للصحافيين، بالتخطيط
    if len(words) > 1 and first in lex.common_words:
        return False  # سيعود لمنصبه، بادرة حسن
    if any(len(w.strip("ـ")) < 2 for w in words):
        return False  # سلمان بـ
    rest = first[1:]
    shortest = 3 if first[0] in "لب" else 4
    if (
        first[0] in "لبكوف"
        and len(rest) >= shortest
        and (rest in lex.common_words or rest in lex.stopwords)
    ):
        return False  # لنظام الأسد، كغيرها، بحبس تشافيز
    for suffix, stem_end in (("تها", "ه"), ("هما", ""), ("ها", ""), ("هم", ""), ("ته", "ه")):
        stem = first[: -len(suffix)] + stem_end
        if first.endswith(suffix) and (
            (len(stem) >= 3 and stem in lex.common_words)
            or stem in lex.stopwords
            or stem in CUE_PREPOSITIONS
        ):
            return False  # موقعها الإلكتروني، مقابلته، فيهما
    return not (len(words) == 1 and _accusative(first) and first[:-1] in lex.common_words)


def _plausible_entity(ctx: Context, entity: Entity | None) -> bool:
    """A person entity whose label reads as a name (see `_plausible_name`)."""
    if entity is None or entity.kind != "Person":
        return entity is not None
    words = fold(entity.label).split()
    if len(words) == 1 and words[0].startswith("ال") and words[0] not in ctx.lexicon.first_names:
        return False  # متحدث باسم البيت الأزرق: a definite word never named in full
    return _plausible_words(ctx, words)


def _word_end(ctx: Context, offset: int) -> int:
    """End of the word that starts after `offset` (skipping spaces and commas)."""
    match = re.compile(r"[\s،,]*\S+").match(ctx.text, offset)
    return match.end() if match else offset


def _pair(ctx: Context, before: int, people: bool) -> Entity | None:
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


def _post_holder(
    ctx: Context, mentions: list[Mention], post: Post, speakers: _Speakers
) -> Entity | None:
    """Who holds a post named after a cue: its holder in the phrase (`السكرتيرة الصحفية
    للبيت الأبيض سارة ساندرز`), else the last person named with that post or in that
    organisation (`وأضاف المتحدث`، `قالت المتحدثة باسم البيت الأبيض`)."""
    if post.holder is not None:
        speakers.posts.append((post.head, post.organisation, post.holder))
        return post.holder
    end = post.end
    organisation = post.organisation
    for mention in mentions:
        if mention.start < end:
            continue
        gap = [w for w in ctx.bare_words(end, mention.start) if w not in {"،", ","}]
        if mention.kind in (Kind.ORGANISATION, Kind.COUNTRY, Kind.NATIONALITY) and len(gap) <= 1:
            end = mention.end  # the post's complement: للبيت الأبيض
            organisation = organisation or ctx.entity(mention)
            continue
        if mention.kind is Kind.PERSON and not gap and _plausible_name(ctx, mention):
            holder = ctx.entity(mention)
            if holder is not None:
                speakers.posts.append((post.head, organisation, holder))
            return holder
        break
    if post.head in GENERIC_POSTS:
        if organisation is None:
            return None  # وأضاف المسؤول: which official is not said
        return _salient_holder(ctx, post, post.title.start, organisation)
    return _salient_holder(ctx, post, post.title.start) or speakers.post_holder(post)


def _salient_holder(
    ctx: Context, post: Post, before: int, country: Entity | None = None
) -> Entity | None:
    """`الوزير`، `المتحدث`: of the people holding a post with this head, the one named
    last before `before`. `المسؤول الإيراني` (a generic post and a country): of the people
    holding any post of that country."""

    def held(role) -> bool:
        if country is not None:
            org = role.organisation
            return org is not None and country.key in {org.key, org.country}
        return head_word(role.role) == post.head and (
            post.organisation is None
            or role.organisation is None
            or role.organisation.key == post.organisation.key
        )

    holders = {
        role.person.key: role.person
        for role in ctx.roles
        if role.evidence.start < before and held(role)
    }
    for mention in reversed(ctx.mentions):
        if mention.start >= before:
            continue
        if mention.kind is Kind.TITLE and _unnamed_holder(ctx, mention, post):
            return None  # قال متحدث باسم البيت الأزرق ...، وقال المتحدث: still unnamed
        if mention.kind is not Kind.PERSON:
            continue
        entity = ctx.entity(mention)
        if entity is not None and entity.key in holders:
            return holders[entity.key]
    return None


def _unnamed_holder(ctx: Context, title: Mention, post: Post) -> bool:
    """An indefinite post of this head (`متحدث باسم ...`، `مسؤول إيراني`) named without a
    holder: the definite `المتحدث` after it refers to that unnamed person."""
    word = fold(title.text.split()[0]) if title.text.split() else ""
    if word.startswith(("ال", "وال", "لل")):
        return False
    earlier = ctx.posts.get(title.start)
    head = earlier.head if earlier is not None else title.attrs.get("head")
    return head == post.head and (earlier is None or earlier.holder is None)


def _holder_end(post: Post) -> int:
    return post.holder_mention.end if post.holder_mention is not None else post.end


def _post_after(ctx: Context, mentions: list[Mention], person: Mention) -> int | None:
    """End of a post in apposition right after the speaker (`قالت ستورجن، زعيمة ...`)."""
    for mention in mentions:
        if mention.start < person.end:
            continue
        gap = ctx.bare_words(person.end, mention.start)
        if mention.kind is Kind.TITLE and all(w == "،" for w in gap):
            post = ctx.posts.get(mention.start)
            return post.end if post else mention.end
        return None
    return None


def _speaker_before(ctx: Context, mentions: list[Mention], cue: Mention) -> Entity | None:
    """The subject stands before the cue: `وكان وزير الخارجية جون كيري قد قال`, or a
    subject-first clause `لكن وزير الخارجية الأمريكي، مايك بومبيو، قال إن`."""
    before = ctx.bare_words(max(0, cue.start - 40), cue.start)
    if before and before[-1] == "قد":
        for mention in reversed([m for m in mentions if m.end <= cue.start]):
            if mention.kind is Kind.PERSON:
                return ctx.entity(mention)
            if mention.kind is Kind.TITLE and mention.start in ctx.posts:
                return ctx.posts[mention.start].holder
        return None
    if ctx.text[max(0, cue.start - 1) : cue.start] in {"و", "ف"}:
        return None  # وقال: the verb opens its clause, its subject follows or is implicit
    return _subject_first(ctx, mentions, cue)


def _subject_first(
    ctx: Context, mentions: list[Mention], cue: Mention, adjacent: bool = False
) -> Entity | None:
    """The actor phrase that ends right before a bare cue (`... غولن ينفي`), unless a
    preposition governs it (`في لقائه مع بوتين قال`: Putin is not the subject)."""
    phrases: list[tuple[int, int, Entity | None]] = []
    for mention in mentions:
        if mention.end > cue.start:
            break
        post = ctx.posts.get(mention.start)
        if mention.kind is Kind.TITLE and post is not None:
            holder = post.holder or _salient_holder(ctx, post, mention.start)
            phrases.append((mention.start, max(post.end, _holder_end(post)), holder))
        elif mention.kind in _ACTORS and not any(p[0] <= mention.start < p[1] for p in phrases):
            phrases.append((mention.start, mention.end, ctx.entity(mention)))
    for start, end, entity in reversed(phrases):
        if end > cue.start:
            continue
        prefix = ctx.text[max(0, cue.start - 1) : cue.start]
        if adjacent and prefix == "و":
            return None
        gap = ctx.bare_words(end, cue.start - (prefix == "ف"))
        if any(w not in {"،", ",", "قد"} for w in gap):
            return None
        holder_phrase = [p for p in phrases if p[0] < start and p[1] >= end]
        if holder_phrase:
            start = holder_phrase[0][0]
        if prefix == "ف" and _after_amma(ctx, start):
            return entity  # أما الرئيس التركي أردوغان فيرى: the topic says it
        if adjacent and prefix == "ف":
            return None
        if _after_preposition(ctx, start) or not _opens_clause(ctx, start):
            return None
        return entity
    return None


def _after_amma(ctx: Context, start: int) -> bool:
    """Whether the phrase at `start` is the topic of أما (`أما X فيرى`)."""
    words = ctx.bare_words(max(0, start - 12), start)
    return bool(words) and words[-1] in {"اما", "واما"}


def _opens_clause(ctx: Context, start: int) -> bool:
    """Whether a noun phrase at `start` can be a subject: it opens the sentence or follows a
    connector, a complementiser or a comma, not a noun it would complete
    (`ميليشيات الحوثي أبدت`: the subject is the militias, not al-Houthi)."""
    line_start = max(ctx.text.rfind("\n", 0, start), ctx.text.rfind(".", 0, start)) + 1
    words = ctx.bare_words(max(line_start, start - 30), start)
    if not words:
        return True
    previous = words[-1]
    return (
        not previous.isalnum()
        or previous in CLAUSE_OPENERS
        or previous in COMPLEMENTIZERS
        or previous in _SKIPPABLE
    )


_PREPOSITIONS = frozenset(
    {"مع", "في", "علي", "من", "الي", "عن", "لدي", "عند", "بين", "ضد", "حول", "بشان", "لقاء"}
)


def _after_preposition(ctx: Context, start: int) -> bool:
    """True when the word before `start` is a preposition or a ب/ل clitic on the phrase."""
    if ctx.text[max(0, start - 1) : start] in {"ب", "ل"}:
        return True
    words = ctx.bare_words(max(0, start - 30), start)
    return bool(words) and words[-1] in _PREPOSITIONS


def _unresolved_subject(ctx: Context, after: int, limit: int) -> bool:
    """True when a subject we cannot resolve stands between the cue and its complementiser
    (`وقالت مصادر إن`, `وذكرت صفحة السفارة أن`): better no fact than a wrong speaker."""
    raw = [w for w in ctx.words(after, limit) if w not in {"،", ","}][:_LOOKAHEAD]
    words = [_bare(w) for w in raw]
    if words and words[0] in UNNAMED:
        return True
    if words and words[0] in OPEN_QUOTES:
        closing = OPEN_QUOTES[words[0]]
        close = words.index(closing, 1) if closing in words[1:] else -1
        if 1 < close <= 4 and close + 1 < len(words) and words[close + 1] in COMPLEMENTIZERS:
            return True  # وأكد "الأمير فيصل" أن: a quoted subject we cannot name
    if not words or _circumstantial(words[0]) or words[0] in CUE_PREPOSITIONS:
        return False
    for index, word in enumerate(words):
        if raw[index] in {"وان", "وبان", "وانه", "وانها"}:
            return False  # a second complement: what came before is content too
        if word in COMPLEMENTIZERS or word == ":" or word in OPEN_QUOTES:
            return index > 0 and any(
                w not in SPEAKER_ADVERBIALS and w not in CUE_PREPOSITIONS for w in words[:index]
            )
        if not word.isalnum():
            return False
    return False


Token = tuple[str, int, int]


def _tokens(ctx: Context, start: int, end: int) -> list[Token]:
    return [
        (m.group(), start + m.start(), start + m.end())
        for m in _TOKEN.finditer(ctx.text[start:end])
    ]


def _form(token: Token) -> str:
    return _bare(fold(token[0]))


def _position(
    ctx: Context,
    sentence: Sentence,
    cue: Mention,
    after: int,
    cues: list[Mention],
    implicit: bool = False,
) -> tuple[int, int] | None:
    """[start, end) of the attributed content, or None when there is none.

    The content starts after adverbials, the preposition the cue governs, a complementiser
    (أن/إن/بأن), a colon or an opening quote; a circumstantial phrase (`أمام مجلس الأمن`,
    `عقب لقائه ...`) may stand before that introducer. A quote may run over several
    sentences of its paragraph.
    """
    paragraph_end = ctx.text.find("\n", sentence.end)
    paragraph_end = len(ctx.text) if paragraph_end < 0 else paragraph_end
    tokens = _tokens(ctx, after, min(paragraph_end, sentence.end + 1500))
    in_sentence = sum(1 for t in tokens if t[1] < sentence.end)
    later = [
        c.start
        for c in cues
        if c.start > cue.end
        and (c.attrs.get("kind") != "masdar" or _bil_qawl(ctx, c))
        and not _embedded_verb(ctx, c)
    ]
    index = _skip_adverbials(tokens, 0, cue)
    index = _governed_after_complement(tokens, index, cue, later)
    index, introduced = _introducer(tokens, index, cue)
    if not introduced and index < in_sentence and tokens[index][0] not in OPEN_QUOTES:
        found = None
        for k in range(index + 1):  # الاثنين في مؤتمر ...: the phrase may follow an adverb
            found = _scan_introducer(tokens, k, in_sentence, later)
            if found is not None or _circumstantial(tokens[k][0]):
                break
        if found is None:
            found = _scan_introducer(tokens, index, in_sentence, later)
        apposition = after > cue.end and _apposition_start(ctx, tokens)
        if found is None and (fold(cue.key or "") in SAY_CUES or apposition):
            found = _scan_introducer(tokens, index, in_sentence, later, _SAY_SCAN)
        if found is None and apposition:
            return None  # استبعد روبرت باير، محلل CNN ...: an apposition, not the content
        if found is not None:
            index, introduced = found, True
    answering = introduced and fold(cue.key or "") in RESPONSE_CUES and index > 0
    if answering and _form(tokens[index - 1]) == "علي":
        answer = _answer_start(tokens, index, in_sentence, later)
        if answer is None:
            return None  # رد على سؤال ...، قائلا: the next cue carries the answer
        index = answer
    while index < in_sentence and tokens[index][0] in {":", "،", ","}:
        index += 1
    if index >= in_sentence:
        return None
    quoted = tokens[index][0] in OPEN_QUOTES
    if quoted and not introduced:
        close = _closing(tokens, index)
        if (
            close is not None
            and close + 1 < in_sentence
            and _form(tokens[close + 1]) in COMPLEMENTIZERS
        ):
            index, introduced = close + 2, True  # لـ"سكاي نيوز عربية" إن: a quoted name
            if index >= in_sentence:
                return None
            quoted = tokens[index][0] in OPEN_QUOTES
    if (
        cue.attrs.get("prep") == "ب"
        and tokens[index][0].startswith("ب")
        and len(tokens[index][0]) > 3
    ):
        introduced = True  # أقر بالحاجة، رحب بالإعلان: the governed ب is attached
    if any(
        tokens[index][1] <= c.start < tokens[index][2] and c.attrs.get("kind") == "participle"
        for c in cues
    ):
        return None  # تابع قائلا: ...، نفى ... قائلا إن: the next cue carries the content
    if not (introduced or quoted) and _skipped_phrase(tokens, index):
        return None  # حذر في مؤتمر صحفي مشترك ...: where the content starts is unclear
    lemma = fold(cue.key or "")
    if not (introduced or quoted or lemma in NP_CUES):
        return None
    if not (introduced or quoted) and implicit and not _function_word(ctx, tokens[index]):
        return None  # وأوضح عدد من الجيران ...، ويقول أحدهم: a noun after it is its subject
    if not (introduced or quoted) and lemma in SAY_CUES and not _function_word(ctx, tokens[index]):
        return None  # قال X، مسؤول ...، لوكالة رويترز إن: the introducer is too far to trust
    if not (introduced or quoted) and tokens[index][0].startswith("و") and after > cue.end:
        return None  # وانتقدت الأمم المتحدة ومنظمات دولية ...: a coordinated subject
    limit = in_sentence
    if index < in_sentence - 1:  # وأكد علي الحرقان؛ في حديثه ...، أن: no content yet
        limit = _past_semicolons(ctx, sentence, tokens, in_sentence)
    start, end = _content_span(ctx, tokens, index, limit, later)
    while end > start and ctx.text[end - 1] in " ؛;":
        end -= 1  # للسجون؛ في إطار ...: the clause ended at the ؛ after all
    start = _strip_clitic_preposition(ctx, cue, start)
    if end <= start or len(re.findall(r"\w+", ctx.text[start:end])) < _MIN_WORDS:
        return None
    return start, end


def _past_semicolons(
    ctx: Context, sentence: Sentence, tokens: list[Token], in_sentence: int
) -> int:
    """`مصر بلد مهم ليس في منطقة الشرق الأوسط فحسب؛ ولكن في العالم كله`: the content goes
    on past a ؛ into the next sentence of the same line, unless that one has a cue of its
    own (`؛ إذ أكد المعلم أن`). Returns the token limit of the content."""
    limit = in_sentence
    sentences = ctx.annotation.document.sentences
    current = sentence
    for _ in range(3):  # a few clauses at most: linear in the article
        if not current.text.rstrip().endswith(("؛", ";")) or current.index + 1 >= len(sentences):
            break
        following = sentences[current.index + 1]
        if following.noise or "\n" in ctx.text[current.end : following.start]:
            break
        if any(m.kind is Kind.CUE for m in ctx.in_sentence(following)):
            break
        end = sum(1 for t in tokens if t[1] < following.end)
        if end <= limit:
            break
        limit, current = end, following
    return limit


def _governed_after_complement(
    tokens: list[Token], index: int, cue: Mention, later: list[int]
) -> int:
    """`أعلنت القيادة المركزية بالجيش الأمريكي، الخميس، عن ...`، `أشار العميد سمير الحاج إلى
    أن`: the rest of the speaker's phrase (a complement, a name word the speaker ended
    before) stands between it and the preposition the cue governs. The preposition is
    found after a comma, or one word on when a complementiser follows it."""
    prep = fold(cue.attrs.get("prep") or "") or "عن"  # أعلن/كشف X، الخميس، عن
    if index >= len(tokens) or _form(tokens[index]) == prep:
        return index
    for k in range(index + 1, min(len(tokens) - 1, index + 7)):
        form = _form(tokens[k])
        if (
            any(tokens[k][1] <= c < tokens[k][2] for c in later)
            or form in COMPLEMENTIZERS
            or tokens[k][0] in OPEN_QUOTES
            or tokens[k][0] in {":", ".", "؟"}
        ):
            return index
        if form != prep:
            continue
        after_comma = tokens[k - 1][0] in {"،", ","} or (
            k == index + 1 and _relative_adjective(_form(tokens[index]))
        )  # شركة إيرباص الأوروبية عن
        said = (
            k == index + 1
            and _form(tokens[k + 1]) in COMPLEMENTIZERS
            and bool(cue.attrs.get("prep"))
        )
        return k if after_comma or said else index
    return index


def _relative_adjective(form: str) -> bool:
    """`الأوروبية`، `الأمريكي`: a definite adjective of origin, part of the name before it."""
    return form.startswith("ال") and form.endswith(("ي", "يه")) and len(form) > 5


def _answer_start(tokens: list[Token], index: int, limit: int, later: list[int]) -> int | None:
    """`رد على سؤال حول العقوبات بأن ...`، `علق على القرار قائلا`: what a response verb
    governs with على is the question or the event; the answer starts after the next بأن/أن,
    colon or quote. Without one, the object itself is the content, unless another cue
    (بالقول، قائلا) follows, which carries the answer."""
    for k in range(index, min(limit, index + _SCAN)):
        if any(tokens[k][1] <= c < tokens[k][2] for c in later):
            return None
        if _form(tokens[k]) in COMPLEMENTIZERS or tokens[k][0] == ":":
            return k + 1
        if tokens[k][0] in {".", "؟"}:
            break
    return index


def _apposition_start(ctx: Context, tokens: list[Token]) -> bool:
    """Whether what follows the speaker's name opens an apposition (a post: `، السناتور
    الجمهوري ...`، `، محلل CNN`) or a relative clause (`الذي تسلّم رئاسة البلدية`)."""
    if not tokens:
        return False
    if tokens[0][0] in {"،", ","} and len(tokens) > 1:
        start = tokens[1][1]
        if fold(tokens[1][0]) in {"الذي", "التي", "الذين"}:
            return True
        return any(m.start == start and m.kind is Kind.TITLE for m in ctx.mentions)
    return fold(tokens[0][0]) in {"الذي", "التي", "الذين"}


def _skipped_phrase(tokens: list[Token], index: int) -> bool:
    """Whether the adverbials skipped before `index` include a prepositional phrase."""
    return any(
        _form(t) in {"في", "خلال", "مع", "امام", "علي", "عبر", "من", "لدي"} for t in tokens[:index]
    )


def _function_word(ctx: Context, token: Token) -> bool:
    """`وقال إذا كان ...`، `وأضاف لكن ...`: direct content opens with a particle."""
    return _form(token) in DIRECT_OPENERS


def _skip_adverbials(tokens: list[Token], index: int, cue: Mention) -> int:
    """Skip adverbials between the speaker and the content (أمس، للصحفيين، على الفور),
    but not the preposition the cue governs (أكد على أهمية، أشار إلى أن)."""
    skipped = 0
    prep = fold(cue.attrs.get("prep") or "")
    while index < len(tokens) and skipped < 6:
        form = _form(tokens[index])
        following = _form(tokens[index + 1]) if index + 1 < len(tokens) else ""
        if form == "علي" and following in {"الفور", "هامش", "متن", "لسان", "صعيد"}:
            index += 2
            skipped += 2
            continue
        if form in CUE_PREPOSITIONS - {"في"} and (not prep or form == prep):
            break
        if form.rstrip("ـ") in {"ل", "ب"} and following in OPEN_QUOTES:
            close = _closing(tokens, index + 1)
            if close is not None and close - index <= 6:
                index, skipped = close + 1, skipped + 1  # لـ"سكاي نيوز عربية": a quoted name
                continue
        if form in {"،", ","} or form in SPEAKER_ADVERBIALS or form in EXTRA_ADVERBIALS:
            index += 1
            skipped += 1
            continue
        break
    return index


def _introducer(tokens: list[Token], index: int, cue: Mention) -> tuple[int, bool]:
    """Skip a governed preposition and a complementiser; say whether either was there."""
    introduced = False
    prep = fold(cue.attrs.get("prep") or "")
    form = _form(tokens[index]) if index < len(tokens) else ""
    if form in CUE_PREPOSITIONS and (not prep or form == prep):
        index += 1
        introduced = True
        colon = next(
            (k for k in range(index, min(len(tokens), index + 5)) if tokens[k][0] == ":"), None
        )
        if colon is not None:
            return colon + 1, True  # قوله على تويتر: "...": the medium, then the words
    while index < len(tokens) and tokens[index][0] in {":", "،", ","}:
        introduced = introduced or tokens[index][0] == ":"
        index += 1
    if index < len(tokens) and _form(tokens[index]) in COMPLEMENTIZERS | {"ان"}:
        index += 1  # وقال: إن ...
        introduced = True
    while index < len(tokens) and tokens[index][0] in {":", "،", ","}:
        introduced = introduced or tokens[index][0] == ":"
        index += 1
    return index, introduced


def _scan_introducer(
    tokens: list[Token], index: int, limit: int, later: list[int], window: int = 0
) -> int | None:
    """After a circumstantial phrase (`في مؤتمر صحفي نظمه موقع "بوليتكو"`, `أمام مجلس
    الأمن خلال إفادة ...،`), the index where the content starts: after إن/أن or a colon,
    or at an opening quote of at least three words."""
    if not window and not _circumstantial(tokens[index][0]):
        return None
    k = index
    while k < min(limit, index + (window or _SCAN)):
        token = tokens[k]
        form = _form(token)
        if any(token[1] <= c < token[2] for c in later) or form in CONTENT_BREAKERS:
            return None
        if form in COMPLEMENTIZERS and (
            k == 0 or _form(tokens[k - 1]) not in NOT_COMPLEMENTISER_BEFORE
        ):
            return k + 1
        if token[0] == ":":
            return k + 1
        if token[0] in OPEN_QUOTES:
            close = _closing(tokens, k)
            if close is None or close - k - 1 >= 3:
                return k
            k = close
        k += 1
    return None


def _circumstantial(word: str) -> bool:
    form = fold(word)
    return (
        form in CIRCUMSTANTIAL_OPENERS
        or (form.startswith("لل") and len(form) > 4)
        or _accusative(form)
    )


def _closing(tokens: list[Token], index: int) -> int | None:
    closing = OPEN_QUOTES[tokens[index][0]]
    for k in range(index + 1, len(tokens)):
        if tokens[k][0] == closing:
            return k
    return None


def _content_span(
    ctx: Context, tokens: list[Token], index: int, limit: int, later: list[int]
) -> tuple[int, int]:
    """The content from `tokens[index]` to the end of the attributed clause.

    A quote that closes the clause is the content; a quote followed by more words
    (`إنها "أوضحت بشكل جلي" لبارنيه رغبتها ...`) is only its beginning.
    """
    if tokens[index][0] in OPEN_QUOTES:
        close = _closing(tokens, index)
        if close is not None:
            after = tokens[close + 1][0] if close + 1 < len(tokens) else "."
            next_is_cue = close + 1 < len(tokens) and any(
                tokens[close + 1][1] <= c < tokens[close + 1][2] for c in later
            )
            if (
                close + 1 >= limit
                or next_is_cue
                or after in {".", "،", ",", "؛", ";", "!", "؟", "?"}
            ):
                return tokens[index][2], _trim(ctx, tokens[index][2], tokens[close][1])
            end = _clause_end(ctx, tokens, close, limit, later)
            return tokens[index][1], end
        start = tokens[index][2]
        while start < len(ctx.text) and ctx.text[start].isspace():
            start += 1
        return start, _clause_end(ctx, tokens, index, limit, later)
    return tokens[index][1], _clause_end(ctx, tokens, index, limit, later)


def _clause_end(ctx: Context, tokens: list[Token], index: int, limit: int, later: list[int]) -> int:
    """Where the attributed clause ends: the sentence end, or before the next cue that
    opens a clause (after a comma, و/ف, كما), `بعدما/بينما/فيما/في حين`, `، لكنه`."""
    start = tokens[index][1]
    end = tokens[limit - 1][2] if limit > 0 else start
    for k in range(index + 1, limit):
        form, token_start, token_end = tokens[k]
        previous = tokens[k - 1][0]
        folded = fold(form)
        following = fold(tokens[k + 1][0]) if k + 1 < len(tokens) else ""
        cut = tokens[k - 1][1] if previous in {"،", ","} else token_start
        if any(token_start <= c < token_end for c in later):
            clitic = any(token_start < c < token_end for c in later)
            if previous in {"،", ","} or clitic:
                return _trim(ctx, start, cut)
            if fold(previous) in {"كما", "وكما"}:
                return _trim(ctx, start, tokens[k - 1][1])
        if folded in CONTENT_BREAKERS and not (
            folded in {"فيما", "وفيما"} and following in FIMA_NOT_BREAKING
        ):
            return _trim(ctx, start, cut)
        if folded in {"في", "وفي"} and following == "حين":
            return _trim(ctx, start, cut)
        if folded in NARRATOR_BUT and previous in {"،", ","}:
            return _trim(ctx, start, cut)
        but = folded in {"الا", "والا"} and following == "ان"  # ...، إلا أن X، المتحدث ... قال
        opens_clause = (
            but
            or folded in {"لكن", "ولكن"}
            or (previous in {"،", ","} and folded.startswith("و") and _bare(folded) == folded)
        )
        reach = k + (16 if but else 8)
        if opens_clause and any(
            tokens[j][1] <= c < tokens[j][2]
            and not (but and _manner_participle(_bare(fold(tokens[j][0]))))
            for j in range(k + 1, min(limit, reach))
            for c in later
        ):
            return _trim(ctx, start, cut)  # ...، لكن سفير سوريا قال إن: another speaker
        if folded == "وذلك" and following in NARRATOR_CIRCUMSTANCE:
            return _trim(ctx, start, cut)  # وذلك بعد يوم من إعلان ...: the narrator again
        if previous in {"،", ","} and _manner_participle(folded):
            return _trim(ctx, start, cut)  # ...، موجهة سلسلة من الانتقادات: the narrator
    return _trim(ctx, start, end)


def _manner_participle(form: str) -> bool:
    """An indefinite accusative active participle (`موجهاً`، `متهماً`) opening a
    circumstantial clause; feminine ones (`موجهة`) are told from nouns by their pattern
    مُفعِّلة / مُفاعِلة / مُفتعِلة: م + four or five letters + ه."""
    if not form.startswith("م") or form.startswith("مع"):
        return False
    if form.endswith("ا") and 5 <= len(form) <= 7:
        return True
    return form.endswith("ه") and len(form) == 5 and form[2] != "ا"


def _strip_clitic_preposition(ctx: Context, cue: Mention, start: int) -> int:
    """`رحب بالإعلان`: the ب that the cue governs is not part of the content; nor is the عمّا
    of an indirect question (`تساءل عما إذا كانت ...`)."""
    question = re.match(r"ع[مّ]+ا\s+(?=[إا]ذا\b)", ctx.text[start : start + 12])
    if question:
        return start + question.end()
    if cue.attrs.get("prep") != "ب":
        return start
    if ctx.text[start : start + 3] == "بال":
        return start + 1
    return start


def _bare(word: str) -> str:
    if len(word) > 3 and word[0] in "وف":
        rest = word[1:]
        if rest in COMPLEMENTIZERS or rest in CUE_PREPOSITIONS or rest in {"ان"}:
            return rest
    return word


def _trim(ctx: Context, start: int, end: int) -> int:
    """Drop trailing spaces, punctuation and an unmatched closing quote."""
    while end > start:
        char = ctx.text[end - 1]
        if char.isspace() or char in ".،,:؛;":
            end -= 1
            continue
        if char in '"»”' and _unmatched(ctx.text[start:end], char):
            end -= 1
            continue
        break
    return end


def _unmatched(text: str, closing: str) -> bool:
    opening = {"»": "«", "”": "“"}.get(closing, closing)
    if opening == closing:
        return text.count(closing) % 2 == 1
    return text.count(closing) > text.count(opening)
