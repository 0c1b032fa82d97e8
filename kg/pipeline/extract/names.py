"""Whether a phrase read as a speaker is a name: particles and common words misread as
names, the cue's object read into the speaker's name, a spelling variant of a name already
met.
"""

from __future__ import annotations

import re

from kg.pipeline.annotate.arabic import (
    BODY_ADJECTIVES,
    CUE_PREPOSITIONS,
    REGNAL,
    RELATIVE_PRONOUNS,
    SPEAKER_ADVERBIALS,
    THIRD_PERSON_SUFFIXES,
)
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.clause import accusative
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.cue_words import (
    TIME_WORDS,
)
from kg.pipeline.extract.facts import Entity
from kg.pipeline.text.normalize import fold


def object_word(ctx: Context, word: str) -> bool:
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
    if word in REGNAL:
        return False  # عبد الله الثاني: a king's number, not the month's (كانون الثاني)
    if word in SPEAKER_ADVERBIALS or word in TIME_WORDS or word in _NAME_ENDING_ADVERBS:
        return True  # ياريف ليفين عشية، X الاثنين: the adverb after the name
    if word in RELATIVE_PRONOUNS:
        return True  # الشركة التي تنتمي: the relative clause after the speaker
    for suffix in THIRD_PERSON_SUFFIXES:
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


# Nouns of a time of day or of a period that end a name (ياريف ليفين عشية); the days of the
# week are TIME_WORDS
_NAME_ENDING_ADVERBS = frozenset(
    fold(w) for w in ("عشية", "صباح", "مساء", "ظهر", "فجر", "ليل", "ليلة", "مطلع", "نهاية", "منتصف")
)


def without_object(
    ctx: Context, speaker: Entity, cue: Mention, after: int
) -> tuple[Entity | None, int]:
    """A person whose name ends in the cue's object (`أيمن الصفدي استغرابه`، `سيرغي لافروف
    عما`) is the name without it; the object starts the content again."""
    words = speaker.label.split()
    dropped: list[str] = []
    shortest = 2 if speaker.kind == "Person" else 1
    while len(words) > shortest and object_word(ctx, words[-1]):
        if speaker.kind == "Organisation" and fold(words[-1]) in BODY_ADJECTIVES:
            break  # التلفزيون الرسمي: the body's name, not `في بيانه الرسمي`
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


def past_own_name(ctx: Context, speaker: Entity, after: int) -> int:
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


def spelling_variant(ctx: Context, cue: Mention) -> tuple[Entity, int, str] | None:
    """`وقال بوتين` after `فلاديمير بوتن`: a word after the cue that is one letter away from
    the last name of a person already named is that person."""
    match = re.compile(r"[\s،,]*(\w+)").match(ctx.text, cue.end)
    if match is None:
        return None
    word = fold(match.group(1))
    if len(word) < 4 or word in ctx.lexicon.stopwords or word in ctx.lexicon.common_words:
        return None
    for mention in reversed([m for m in ctx.mentions if m.start < cue.start]):
        if mention.kind is not Kind.PERSON or not plausible_name(ctx, mention):
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


def plausible_name(ctx: Context, mention: Mention) -> bool:
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
    if compound_given_name(ctx, words):
        return True  # عبد الله المعلمي: `عبد` alone is a common word
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
    return not (len(words) == 1 and accusative(first) and first[:-1] in lex.common_words)


def compound_given_name(ctx: Context, words: list[str]) -> bool:
    """Whether the words open with a given name of two words (`عبد الله`، `عبد الفتاح`،
    `سيف الإسلام`, as given_names lists them): their first word alone (`عبد`، `سيف`) is a
    common word, so a reader takes the pair, not the word, as the name's start."""
    return len(words) > 1 and f"{words[0]} {words[1]}" in ctx.lexicon.first_names


def plausible_entity(ctx: Context, entity: Entity | None) -> bool:
    """A person entity whose label reads as a name (see `plausible_name`)."""
    if entity is None or entity.kind != "Person":
        return entity is not None
    words = fold(entity.label).split()
    if len(words) == 1 and words[0].startswith("ال") and words[0] not in ctx.lexicon.first_names:
        return False  # متحدث باسم البيت الأزرق: a definite word never named in full
    return _plausible_words(ctx, words)
