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
The rules are split by concern: `discourse` (who is on stage), `subjects` and
`explicit` (the speaker before or after its cue), `unnamed` (subjects that cannot be
named), `names`, `positions` (the content span) and `clause` (word shapes); word lists
are in kg.pipeline.extract.cue_words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.pipeline.annotate.arabic import (
    COMPLEMENTIZERS,
)
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.attributions import (
    preposition_attributions,
    speaker_left_implicit,
    verb_attribution,
)
from kg.pipeline.extract.bodies import country_gender
from kg.pipeline.extract.clause import (
    bil_qawl,
    clause_window,
    near,
    opens_content_clause,
    opens_sentence,
)
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.cue_words import (
    NOT_STANCE_CUES,
    OBJECT_CLASSES,
    OBJECT_CUES,
    PREP_REQUIRED,
)
from kg.pipeline.extract.discourse import Speakers, agrees
from kg.pipeline.extract.explicit import (
    explicit_speaker,
    fronted_object_end,
    pronoun_subject_before,
    quoted_from,
)
from kg.pipeline.extract.facts import Entity, StatementFact, statement_at
from kg.pipeline.extract.names import past_own_name, spelling_variant, without_object
from kg.pipeline.extract.parse import statement_from_parse
from kg.pipeline.extract.positions import position_span
from kg.pipeline.extract.sentence_subjects import opening_subject as sentence_subject
from kg.pipeline.extract.sentence_subjects import sentence_actor
from kg.pipeline.extract.subjects import (
    adjacent_actor,
    clause_subject,
    governing_subject,
    relative_antecedent,
    speaker_before,
    subject_first,
)
from kg.pipeline.extract.unnamed import (
    attribution,
    background,
    impersonal,
    noun_before,
    say_without_introducer,
    unknown_subject_after,
    unknown_subject_before,
    unnamed_source,
    unresolved_subject,
)
from kg.pipeline.text.document import Sentence
from kg.pipeline.text.normalize import fold

UNKNOWN = "statement:unknown-subject"  # rule of a cue whose subject we cannot name


def extract_statements(ctx: Context) -> list[StatementFact]:
    """Statements of every non-noise sentence, in text order.

    A cue inside the content of an earlier statement (a quote quoting someone) is embedded
    speech: it is read as part of that content, not as a statement of its own.
    """
    speakers = Speakers(ctx)
    facts: list[StatementFact] = []
    reach = 0  # the furthest end of any content so far: only cues before it can be embedded
    for sentence in ctx.sentences():
        mentions = [m for m in ctx.in_sentence(sentence) if _real_cue(ctx, m)]
        cues = [m for m in mentions if m.kind is Kind.CUE]
        openers = [c.start for c in cues if opens_content_clause(ctx, c)]
        in_sentence: list[StatementFact] = []
        for cue in cues:
            if cue.start < reach and any(
                f.position_start <= cue.start < f.position_end
                for f in facts[-2:] + in_sentence[-2:]
            ):
                continue  # contents do not overlap: only the latest can hold this cue
            if _inside_quote(ctx.text[clause_window(sentence, cue) : cue.start]):
                continue
            fact = _statement(ctx, sentence, mentions, cue, cues, openers, in_sentence, speakers)
            if fact is not None:
                in_sentence.append(fact)
                speakers.note(fact.speaker)
                reach = max(reach, fact.position_end)
        facts.extend(_with_prepositions(ctx, sentence, in_sentence))
    return facts


def _with_prepositions(
    ctx: Context, sentence: Sentence, found: list[StatementFact]
) -> list[StatementFact]:
    """The sentence's statements with those of its attributions without a verb (`بحسب
    وزارة الصحة`), in text order; one whose content overlaps a statement found is left
    out (the clause is someone's already)."""
    extra = [
        fact
        for fact in preposition_attributions(ctx, sentence)
        if not any(
            fact.position_start < f.position_end and f.position_start < fact.position_end
            for f in found
        )
    ]
    return sorted(found + extra, key=lambda f: f.cue_start) if extra else found


def _real_cue(ctx: Context, mention: Mention) -> bool:
    """A cue that needs its preposition to be one: عبّر (X) عن / أعرب (X) عن, not `عبر
    دائرة تلفزيونية` (via); لافتة إلى أن, not a banner; داعية إلى, not a preacher."""
    if mention.kind is not Kind.CUE or fold(mention.key or "") not in PREP_REQUIRED:
        return True
    following = ctx.bare_words(mention.end, min(len(ctx.text), mention.end + 120))[:12]
    participle = mention.attrs.get("kind") == "participle"
    accusative = participle and fold(mention.text).endswith("ا")  # داعياً: manner adverbial
    if participle and not accusative:
        following = following[:3]  # مستويات لافتة، دفعت ... إلى: an adjective, far from إلى
    prep = fold(mention.attrs.get("prep") or "عن")
    if prep == "عن" and not participle:
        following = _before_complementiser(following)
    return any(
        w in {prep, "عن", "ان", "بان"} | COMPLEMENTIZERS
        or (prep == "الي" and w.startswith("لل"))
        or (prep == "الي" and accusative and w.startswith("ل") and len(w) > 4)
        for w in following
    )


def _before_complementiser(words: list[str]) -> list[str]:
    """The words before a complementiser that opens after punctuation: `قال X، عبر تغريدة
    على تويتر، الخميس، إن` is a medium (via) set off by commas before the content of قال,
    not عبّر, whose عن must come before that أن/إن (`عبر الوزير عن أمله أن`). A
    complementiser inside a clause (`عبر الزحف ...، ورغم أن`) does not end the words."""
    for k in range(1, len(words)):
        if words[k] in COMPLEMENTIZERS and words[k - 1] in _PUNCTUATION:
            return words[:k]
    return words


_PUNCTUATION = frozenset({"،", ",", ":", '"', "«", "“"})


def _implicit_source(
    ctx: Context, sentence: Sentence, cue: Mention, speakers: Speakers
) -> Entity | None:
    """Who stands behind `...، وذلك حسبما أعلنت الأحد`، `...، حسبما أوضح على حسابه`: the
    subject of the sentence the attribution closes when the verb agrees with it (`تلقت
    منظمة الشرطة الدولية استقالة ...، حسبما أعلنت`), else the speaker on stage that agrees."""
    gender, number = cue.attrs.get("gender"), cue.attrs.get("number")
    before = [m for m in ctx.in_sentence(sentence) if m.end <= cue.start]
    subject = sentence_subject(ctx, before[:8], organisations=True)
    if subject is not None and agrees(ctx, subject, gender, number):
        return subject
    return speakers.implicit(cue, sentence)


def _participle_next(ctx: Context, cue: Mention, after: int, cues: list[Mention]) -> bool:
    """`وتابع قائلا: "..."`، `وأضاف مستنكرا:`، `وأوضح قائلا`: a participle of a cue right
    after a verb with no subject of its own (nothing but spaces between them) carries the
    verb's words, so it takes the verb's speaker, read from the discourse."""
    following = next((c for c in cues if c.start >= after and c.kind is Kind.CUE), None)
    return (
        following is not None
        and following.attrs.get("kind") == "participle"
        and not ctx.text[max(cue.end, after) : following.start].strip()
    )


def _object_of_participle(cue: Mention) -> bool:
    """`داعياً اللجنة إلى`، `متهماً الحكومة بـ`، `مطالباً الأمم المتحدة بـ`: a participle of
    manner takes the subject of its clause; the actor after a participle of a verb that
    governs a person (demand, accuse, warn, praise, condemn ...) is its object."""
    return cue.attrs.get("kind") == "participle" and cue.attrs.get("class") in OBJECT_CLASSES


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
    openers: list[int],
    earlier: list[StatementFact],
    speakers: Speakers,
) -> StatementFact | None:
    if (parsed := statement_from_parse(ctx, sentence, cue)) is not None:
        return parsed  # the parse named subject and complement (stanza)
    mentions, cues = near(mentions, cue), near(cues, cue)
    if attribution(ctx, cue) and not unnamed_source(ctx, cue):  # ...، حسبما أعلنت الوزارة
        named, _, _ = explicit_speaker(ctx, mentions, cue, speakers)
        if named is None and speaker_left_implicit(ctx, sentence, cue):
            named = _implicit_source(ctx, sentence, cue, speakers)
        return verb_attribution(ctx, sentence, mentions, cue, named)
    gender = cue.attrs.get("gender")
    speaker, after, rule = _speaker(ctx, sentence, mentions, cue, earlier, speakers)
    if speaker is None:
        if rule == UNKNOWN and ctx.text[max(0, cue.start - 1) : cue.start] in {"و", "ف"}:
            speakers.block(cue)  # وقالت مصادر ...، وأضافت: nobody we know said the next one
        return None
    trimmed, after = without_object(ctx, speaker, cue, after)
    if trimmed is None:
        return None
    speaker = trimmed
    if gender and speaker.kind == "Person":
        ctx.registry.set_gender(speaker, gender)
    after = past_own_name(ctx, speaker, after)
    implicit = rule in {"statement:implicit", "statement:implicit-local"}
    span = position_span(ctx, sentence, cue, after, cues, openers, implicit)
    if span is None:
        if rule not in {"statement:implicit", "statement:participle"}:
            speakers.note(speaker)  # the subject stays salient: رفضت حماس ...، واعتبرت
            speakers.silent = (sentence.index, speaker)  # رد X على ...، مؤكدا: X's words
        elif _participle_next(ctx, cue, after, cues):
            speakers.silent = (sentence.index, speaker)  # وتابع قائلا: the same speaker
        return None
    start, end = span
    return statement_at(ctx.text, speaker, cue, start, end, sentence.index, rule)


def _speaker(
    ctx: Context,
    sentence: Sentence,
    mentions: list[Mention],
    cue: Mention,
    earlier: list[StatementFact],
    speakers: Speakers,
) -> tuple[Entity | None, int, str]:
    """Who says it, where the speaker's phrase ends, and the rule that found it.

    In the order a reader tries: a subject standing right before a bare verb (`غولن ينفي`),
    the actor after the cue, `كان X قد قال`; then, when the clause has no subject of its
    own, the subject of the participle's sentence or the salient speaker that agrees."""
    kind = cue.attrs.get("kind", "past")
    gender, number = cue.attrs.get("gender"), cue.attrs.get("number")
    if kind == "masdar":
        if fold(cue.text) in {"قوله", "قولها", "قولهم"} and not bil_qawl(ctx, cue):
            return quoted_from(ctx, mentions, cue, speakers), cue.end, "statement:quoted-from"
        if not bil_qawl(ctx, cue):
            return None, cue.end, ""
        return governing_subject(ctx, mentions, cue), cue.end, "statement:bil-qawl"
    if fold(cue.key or "") in NOT_STANCE_CUES:
        return None, cue.end, ""
    if unnamed_source(ctx, cue):
        return None, cue.end, UNKNOWN
    if attribution(ctx, cue) or impersonal(ctx, cue) or background(ctx, cue, kind):
        return None, cue.end, ""
    first = subject_first(ctx, speakers, mentions, cue, adjacent=True)
    if first is not None and agrees(ctx, first, gender, number):
        return first, cue.end, "statement:subject-first"
    antecedent = relative_antecedent(ctx, mentions, cue)
    if antecedent is not None:
        return antecedent, cue.end, "statement:relative"
    if kind != "participle" and noun_before(ctx, sentence, cue):
        return None, cue.end, UNKNOWN  # بيانا يطالب إسرائيل: the subject is the noun before
    speaker, after, rule = explicit_speaker(ctx, mentions, cue, speakers)
    if speaker is not None and _object_of_participle(cue):
        speaker, after, rule = None, cue.end, ""  # داعياً اللجنة إلى: whom it calls on
    if speaker is not None and pronoun_subject_before(ctx, cue):
        speaker, after, rule = None, cue.end, ""  # كما أنها طالبت السعودية: the object
    fronted = fronted_object_end(ctx, cue)
    if fronted is not None:  # أعرب عن قلقه الأمين العام ...: the subject after the object
        shifted = replace(cue, end=fronted)
        speaker, after, rule = explicit_speaker(ctx, mentions, shifted, speakers)
        if speaker is None:
            return None, cue.end, UNKNOWN if unknown_subject_after(ctx, shifted) else ""
        governed = re.match(r"[\s،]*(?:من|على|في|إلى|عن)\s", ctx.text[after : after + 8])
        if governed:
            after += governed.end()  # قلقه ... من تصاعد العنف: what the object is about
    if speaker is not None and rule == "statement:explicit" and speaker.kind == "Country":
        surface = [w for w in ctx.bare_words(cue.end, after) if w.isalpha()]
        masculine = country_gender(surface[:1]) == "m"  # السودان، not الخرطوم
        state = gender == "f" and masculine and fold(cue.key or "") not in OBJECT_CUES
        if gender and gender != ("m" if masculine else "f") and not state:
            return None, cue.end, ""  # ودعا الولايات المتحدة إلى: the country is the object
    if speaker is not None:
        return speaker, after, rule
    before = speaker_before(ctx, speakers, mentions, cue)
    if before is not None and agrees(ctx, before, gender, number):
        return before, cue.end, "statement:subject-before"
    variant = spelling_variant(ctx, cue)
    if variant is not None:
        return variant
    again = speakers.named_again(cue)
    if again is not None:
        return again[0], again[1], "statement:named-again"
    introduced = speakers.named_next(cue, sentence)
    if introduced is not None:
        return introduced[0], introduced[1], "statement:named-next"
    if kind != "participle" and _participle_next(ctx, cue, cue.end, mentions):
        return speakers.implicit(cue, sentence), cue.end, "statement:implicit"  # وتابع قائلا
    if unresolved_subject(ctx, cue.end, sentence.end) or (
        kind != "participle" and unknown_subject_before(ctx, sentence, cue)
    ):
        return None, cue.end, UNKNOWN
    if say_without_introducer(ctx, cue):
        return None, cue.end, UNKNOWN
    if kind != "participle" and unknown_subject_after(ctx, cue):
        return None, cue.end, UNKNOWN
    if kind == "participle" and earlier:
        return earlier[-1].speaker, cue.end, "statement:participle"
    if kind == "participle" and any(c.kind is Kind.CUE and c.start < cue.start for c in mentions):
        if speakers.silent is not None and speakers.silent[0] == sentence.index:
            return speakers.silent[1], cue.end, "statement:participle"
        return None, cue.end, ""  # أوضح مصدر أمني ...، مضيفا: the earlier cue's speaker, unnamed
    if kind == "participle":
        adjacent = adjacent_actor(ctx, mentions, cue)
        if adjacent is not None:
            return adjacent, cue.end, "statement:participle-subject"
    subject = clause_subject(ctx, mentions, cue, speakers) if kind == "participle" else None
    if subject is not None:
        return subject, cue.end, "statement:participle-subject"
    if kind == "participle" and not opens_sentence(ctx, sentence, cue):
        return None, cue.end, ""  # يقف حيدر الشمري ... قائلا: its clause has a subject we miss
    local = None if earlier or kind == "participle" else sentence_actor(ctx, mentions, cue)
    if local is not None:
        return local, cue.end, "statement:implicit-local"
    return speakers.implicit(cue, sentence), cue.end, "statement:implicit"
