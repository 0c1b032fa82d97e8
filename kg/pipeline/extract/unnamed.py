"""Cues whose subject is there but cannot be named (`وقالت مصادر`، `إلا أن البعض
عبر`، an unknown name) and cues that report nothing (`حسبما أعلنت`، `يذكر أن`، `الذي كان
ينتقد`): better no fact than a wrong speaker.
"""

from __future__ import annotations

from kg.pipeline.annotate.arabic import (
    COMPLEMENTIZERS,
    CUE_PREPOSITIONS,
    SPEAKER_ADVERBIALS,
    THIRD_PERSON_SUFFIXES,
)
from kg.pipeline.annotate.model import Mention
from kg.pipeline.extract.clause import (
    CLAUSE_REACH,
    PREPOSITIONS,
    RELATIVES,
    SKIPPABLE,
    accusative,
    circumstantial,
    clause_window,
    fronted_adverbial,
    without_conjunction,
)
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.cue_words import (
    CIRCUMSTANTIAL_OPENERS,
    CLAUSE_OPENERS,
    IMPERSONAL,
    OPEN_QUOTES,
    SAY_CUES,
    TIME_WORDS,
    UNNAMED,
)
from kg.pipeline.extract.documents import issued_document
from kg.pipeline.text.document import Sentence
from kg.pipeline.text.normalize import fold

_LOOKAHEAD = 20  # words between a cue and its complementiser that may belong to the subject


def unknown_subject_after(ctx: Context, cue: Mention) -> bool:
    """`وأعلنت المنظمة ...`، `ودعا أردوغان إلى`: with no speaker found, a definite noun or a
    name before the preposition the cue governs is the verb's unknown subject."""
    words = [w for w in ctx.bare_words(cue.end, min(len(ctx.text), cue.end + 80)) if w != "،"]
    if not words or not words[0].isalnum() or words[0] in ctx.lexicon.stopwords:
        return False
    head = words[0]
    if head in SPEAKER_ADVERBIALS or head in CUE_PREPOSITIONS or head in COMPLEMENTIZERS:
        return False
    if head in {"ان", "انه", "انها"} or accusative(head) or head[:3] in {"بال", "لل"}:
        return False
    prep = fold(cue.attrs.get("prep") or "")
    if prep and prep in words[1:4] and head != prep:
        return True
    return head.startswith("ال")


def background(ctx: Context, cue: Mention, kind: str) -> bool:
    """`الذي كان ينتقد السعودية`، `وكان متهما بـ`: a relative clause or a predicate of كان
    describes someone, `منذ كشفت` dates something; it reports no statement."""
    before = ctx.bare_words(max(0, cue.start - 30), cue.start)[-2:]
    if before and before[-1] in PREPOSITIONS - {"لقاء"}:
        return True  # مع نفي ماتيس ...: after a preposition the word is a noun, not a verb
    if before and before[-1] == "منذ":
        return True  # منذ كشفت صحيفة X علاقتها: the event a time is counted from
    if before and before[-1] in RELATIVES and kind == "past":
        return False  # نيبينزيا الذي قال: the antecedent said it (see `relative_antecedent`)
    if any(w in RELATIVES for w in before) and not closed_relative(before):
        return True
    return (
        kind == "participle"
        and bool(before)
        and (before[-1] in {"كان", "كانت", "اصبح", "بات"} or before[-1] in PREPOSITIONS)
    )  # وتصر واشنطن على مطالبة بيونغ يان: a masdar, not a participle


_AUXILIARIES = frozenset({"كان", "كانت", "كانوا", "قد", "لم", "لن", "لا", "سبق", "ظل", "ظلت"})


def closed_relative(before: list[str]) -> bool:
    """`التحديات التي تواجههم قال:`: the relative clause's own verb, with its object pronoun,
    stands between the relative and the cue, so the cue opens the main clause; after an
    auxiliary (`الذي كان ينتقد`) the cue is the relative clause's verb."""
    return (
        len(before) == 2
        and before[0] in RELATIVES
        and before[1] not in _AUXILIARIES
        and before[1].endswith(THIRD_PERSON_SUFFIXES)
        and len(before[1]) > 4
    )


_TOPIC_OPENERS = frozenset(
    {"عن", "حول", "بشان", "بخصوص", "فيما", "في", "خلال", "ازاء", "تعليقا"}
    | {"قبل", "بعد", "عقب", "اثناء", "لدي", "منذ"}
)


# `من جهة أخرى`، `من ناحية أخرى`، `من جانب آخر`: "on the other hand" opens a clause.
_SIDE = frozenset({"جهه", "ناحيه", "جانب"})
_OTHER = frozenset({"اخري", "اخر"})


def other_side(words: list[str]) -> bool:
    """Whether `words` end with `من جهة أخرى`، `من ناحية أخرى`، `من جانب آخر` ("on the other
    hand"): a connector that opens the clause, so the verb after it has no subject before
    it."""
    return len(words) >= 2 and words[-1] in _OTHER and words[-2] in _SIDE


def fronted_topic(ctx: Context, sentence: Sentence, cue: Mention) -> bool:
    """`وعن طبيعة التحديات التي تواجههم قال:`، `وفيما يتعلق ببيتوركا قال إنه`: the sentence
    opens with one prepositional phrase (the topic, no comma) right before the verb: what
    stands before the verb is not its subject, the speaker is implicit."""
    if cue.start - sentence.start > CLAUSE_REACH:
        return False
    words = ctx.bare_words(sentence.start, cue.start)
    if not words or len(words) > 12 or "،" in words or "," in words:
        return False
    first = without_conjunction(words[0]) if words[0] != "و" else (words[1:] or [""])[0]
    if first.startswith("و") and first[1:] in _TOPIC_OPENERS:
        first = first[1:]
    inside_relative = any(w in RELATIVES for w in words[-2:]) and not closed_relative(words[-2:])
    return first in _TOPIC_OPENERS and not inside_relative


def _subject_may_precede(ctx: Context, sentence: Sentence, cue: Mention) -> bool:
    """Whether the words before a verb may hold its subject: the verb is bare (`وقال`، `فأكد`
    open a clause of their own) and no topic is fronted before it (`وعن طبيعة التحديات
    قال`: the verb's subject is implicit). What `noun_before` and `unknown_subject_before`
    both ask first."""
    if ctx.text[max(0, cue.start - 1) : cue.start] in {"و", "ف"}:
        return False
    return not fronted_topic(ctx, sentence, cue)


def noun_before(ctx: Context, sentence: Sentence, cue: Mention) -> bool:
    """A bare verb right after a word that is neither a connector nor an adverbial has that
    word's phrase as its subject (`بيانا يطالب`، `البعض عبر`)."""
    if not _subject_may_precede(ctx, sentence, cue):
        return False
    words = ctx.bare_words(max(sentence.start, cue.start - 60), cue.start)
    if not words:
        return False
    previous = words[-1]
    return (
        not other_side(words)
        and previous.isalpha()
        and not fronted_adverbial(previous)
        and previous not in TIME_WORDS
        and previous != "قد"
        and not (verb_particle(previous) and cue.attrs.get("class") == "doubt")
    )


_VERB_PARTICLES = frozenset({"لم", "لن", "لا", "لما", "ما", "سوف"})


def verb_particle(word: str) -> bool:
    """`ولم تستبعد`، `لا يستبعد`: a particle of negation or tense (a conjunction may lead
    it) governs the verb after it; it is no noun standing as the verb's subject. Only a
    verb of doubt is read after one (`noun_before`): not ruling something out is a stance,
    while `لم تعلن`، `لم تكشف` report that nothing was said."""
    return word in _VERB_PARTICLES or (word[:1] in "وف" and word[1:] in _VERB_PARTICLES)


def impersonal(ctx: Context, cue: Mention) -> bool:
    """`يذكر أن ...`، `ويشار إلى أن`، `ويتوقع أن`: the narrator's impersonal formulas."""
    if fold(cue.text) not in IMPERSONAL:
        return False
    words = [w for w in ctx.bare_words(cue.end, min(len(ctx.text), cue.end + 20)) if w != "،"]
    return bool(words) and (words[0] in COMPLEMENTIZERS or words[0] in {"الي", "ان"})


def attribution(ctx: Context, cue: Mention) -> bool:
    """`وفقا لما أعلنت عنه المنظمة`، `حسبما ذكر`: the cue attributes what came before it."""
    before = ctx.bare_words(max(0, cue.start - 20), cue.start)
    if len(before) > 1 and before[-2] == "سرعان":
        return False  # وسرعان ما أعلن: "soon"
    return bool(before) and before[-1] in {"ما", "لما", "حسبما", "بحسبما", "مما", "وفقما"}


def unnamed_source(ctx: Context, cue: Mention) -> bool:
    """`وقالت مصادر`، `وأضاف مسؤول رفيع`: an unnamed source is nobody's statement; a
    report is one unless its issuer is named (`أفاد تقرير الأمم المتحدة`)."""
    words = [w for w in ctx.bare_words(cue.end, min(len(ctx.text), cue.end + 40)) if w != "،"]
    return bool(words) and words[0] in UNNAMED and not issued_document(ctx, cue)


def unknown_subject_before(ctx: Context, sentence: Sentence, cue: Mention) -> bool:
    """`إلا أن البعض عبر عن ...`: a bare verb after a noun has that noun as its subject;
    when it is not an actor we know, nobody can be named."""
    if not _subject_may_precede(ctx, sentence, cue):
        return False
    words = ctx.bare_words(clause_window(sentence, cue), cue.start)
    k = len(words) - 1
    while k >= 0:
        word = words[k]
        if word in SKIPPABLE:
            k -= 1
            continue
        if word == "قد" and any(w in {"كان", "كانت"} for w in words[max(0, k - 12) : k - 1]):
            return True  # وكان الدبلوماسي الكبير ... قد أوضح: a subject we could not name
        if word in CLAUSE_OPENERS:
            return False  # لكنها أصرت، كما أكد: the clause starts here, its subject is implicit
        if other_side(words[: k + 1]):
            return False  # من جهة أخرى قالت: a connector, not the verb's subject
        if word not in {"،", ","}:
            return word.isalnum()
        # `العقيد تركي المالكي، المتحدث باسم التحالف، بدوره قال`: a fronted noun phrase
        start = k - 1
        while start >= 0 and words[start] not in {"،", ","}:
            start -= 1
        segment = words[start + 1 : k]
        if segment and not fronted_adverbial(segment[0]):
            return True
        k = start
    return False


def say_without_introducer(ctx: Context, cue: Mention) -> bool:
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
        or accusative(head)
        or head[:3] in {"بال", "لل", "كال"}
        or head in COMPLEMENTIZERS
        or head in SPEAKER_ADVERBIALS
        or head in CUE_PREPOSITIONS
        or head in CIRCUMSTANTIAL_OPENERS
        or head.startswith("لل")
        or head in {"ان", "انه", "انها"}
    )


def unresolved_subject(ctx: Context, after: int, limit: int) -> bool:
    """True when a subject we cannot resolve stands between the cue and its complementiser
    (`وقالت مصادر إن`, `وذكرت صفحة السفارة أن`): better no fact than a wrong speaker."""
    raw = [w for w in ctx.words(after, min(limit, after + CLAUSE_REACH)) if w not in {"،", ","}]
    raw = raw[:_LOOKAHEAD]
    words = [without_conjunction(w) for w in raw]
    if words and words[0] in UNNAMED:
        return True
    if words and words[0] in OPEN_QUOTES:
        closing = OPEN_QUOTES[words[0]]
        close = words.index(closing, 1) if closing in words[1:] else -1
        if 1 < close <= 4 and close + 1 < len(words) and words[close + 1] in COMPLEMENTIZERS:
            return True  # وأكد "الأمير فيصل" أن: a quoted subject we cannot name
    if not words or circumstantial(words[0]) or words[0] in CUE_PREPOSITIONS:
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
