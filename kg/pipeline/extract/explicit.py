"""Speakers named right after their cue: a person, a post and its holder, an
organisation or a country, a name after a descriptor or a title, the one quoted in
`نقل عن X قوله`.
"""

from __future__ import annotations

import re

from kg.pipeline.annotate.arabic import (
    COMPLEMENTIZERS,
    CUE_PREPOSITIONS,
    SPEAKER_ADVERBIALS,
    THIRD_PERSON_SUFFIXES,
)
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.bodies import named_by_head, office_of
from kg.pipeline.extract.clause import (
    ACTORS,
    CLAUSE_REACH,
    adjacent_words,
    after_preposition,
    token_form,
    tokens_between,
    word_end,
)
from kg.pipeline.extract.context import Context, Post
from kg.pipeline.extract.cue_words import (
    DESCRIPTORS,
    GENERIC_POSTS,
    LEADER_PAIRS,
    OBJECT_CLASSES,
    PARTY_PAIRS,
    UNNAMED,
)
from kg.pipeline.extract.discourse import (
    HONORIFIC_PRONOUNS,
    Speakers,
    agrees,
    joint_speaker,
    salient_holder,
)
from kg.pipeline.extract.documents import document_speaker
from kg.pipeline.extract.facts import Entity
from kg.pipeline.extract.names import object_word, plausible_entity, plausible_name
from kg.pipeline.extract.post_complements import complement_holder
from kg.pipeline.extract.subjects import chained_holder, holder_end
from kg.pipeline.text.normalize import fold

_PRONOUN_SUBJECTS = frozenset(
    p + s for p in ("ان", "بان", "لكن", "ولكن", "لان", "كان") for s in THIRD_PERSON_SUFFIXES
)


def pronoun_subject_before(ctx: Context, cue: Mention) -> bool:
    """`كما أنها طالبت السعودية بـ`، `لكنه دعا إيران`: the particle before the verb carries
    its subject, so the actor after the verb is its object."""
    words = ctx.bare_words(max(0, cue.start - 20), cue.start)
    return bool(words) and words[-1] in _PRONOUN_SUBJECTS


def fronted_object_end(ctx: Context, cue: Mention) -> int | None:
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
    if not object_word(ctx, word) or fold(word) in ctx.lexicon.stopwords:
        return None
    if honorific_pronoun(word):
        return None  # وأكد سموه: the subject itself (`Speakers.honoured`)
    return cue.end + match.end()


def honorific_pronoun(word: str) -> bool:
    """`سموه`، `معاليها`، `فضيلته`: an honorific noun carrying the pronoun of the person it
    honours. `word` is as written: folding makes the bare `جلالة` look like `جلاله`."""
    if not word.endswith(("ه", "ها")):
        return False
    folded = fold(word)
    stem = folded[:-2] if folded.endswith("ها") else folded[:-1]
    return len(stem) >= 3 and stem.removesuffix("ت") in HONORIFIC_PRONOUNS


def quoted_from(
    ctx: Context, mentions: list[Mention], cue: Mention, speakers: Speakers
) -> Entity | None:
    """`ونقلت وكالة رويترز عن وزير الخارجية سامح شكري قوله إن ...`، `نقلت الوكالة على لسان
    المالكي قوله:`: the speaker is the one quoted, named after عن or على لسان ("on the
    tongue of"); nobody when that is an unnamed source."""
    sentence_start = max(ctx.text.rfind("\n", 0, cue.start), ctx.text.rfind(".", 0, cue.start)) + 1
    tokens = tokens_between(ctx, max(sentence_start, cue.start - CLAUSE_REACH), cue.start)
    an = [
        t
        for i, t in enumerate(tokens)
        if token_form(t) == "عن"
        or (token_form(t) == "لسان" and i > 0 and token_form(tokens[i - 1]) in _ON)
    ]
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
        if mention.kind is Kind.PERSON and plausible_name(ctx, mention):
            return ctx.entity(mention)
        if mention.kind in (Kind.ORGANISATION, Kind.COUNTRY):
            return ctx.entity(mention)
        if mention.kind is not Kind.HONORIFIC and mention.kind is not Kind.NATIONALITY:
            return None
    return None


_ON = frozenset({"على", "علي"})  # على لسان X: "on the tongue of" X, as folded or not


def explicit_speaker(
    ctx: Context, mentions: list[Mention], cue: Mention, speakers: Speakers
) -> tuple[Entity | None, int, str]:
    """The actor named right after the cue, and where its phrase ends; else an
    organisation named before by the head noun that follows the cue alone (`كما أفاد
    المرصد بأن`: `bodies.named_by_head`)."""
    found = _actor_after(ctx, mentions, cue, speakers)
    if found[0] is None:
        body = named_by_head(ctx, cue)
        if body is not None:
            return body[0], body[1], "statement:head-noun"
    return found


def _actor_after(
    ctx: Context, mentions: list[Mention], cue: Mention, speakers: Speakers
) -> tuple[Entity | None, int, str]:
    """The actor named right after the cue, and where its phrase ends."""
    words = [w for w in ctx.bare_words(cue.end, min(len(ctx.text), cue.end + 40)) if w != "،"]
    if words and words[0] in PARTY_PAIRS | LEADER_PAIRS:
        end = word_end(ctx, cue.end)
        return joint_speaker(ctx, cue.start, words[0] in LEADER_PAIRS), end, "statement:pair"
    document = document_speaker(ctx, cue, speakers)
    if document is not None:
        return document[0], document[1], "statement:document"
    if words and honorific_pronoun(ctx.text[cue.end : word_end(ctx, cue.end)].strip(" ،,")):
        honoured = speakers.honoured(cue, words[0])
        return honoured, word_end(ctx, cue.end), "statement:honorific-pronoun"
    following = [m for m in mentions if m.start >= cue.end]
    position = cue.end
    while following and following[0].kind is Kind.HONORIFIC:
        if not adjacent_words(ctx, position, following[0].start):
            break  # وندد المرجع الشهير آية الله X: a description first (_named_after_title)
        position = following.pop(0).end  # صاحب السمو الملكي، جلالة الملك
    if not following:
        return None, cue.end, ""
    first = following[0]
    named = _name_after_descriptor(ctx, following)
    if named is not None:
        return ctx.entity(named), named.end, "statement:descriptor-name"
    if first.kind is Kind.PERSON and not plausible_name(ctx, first):
        return None, cue.end, ""
    gap = ctx.bare_words(position, first.start)
    named = _named_after_title(ctx, following, cue, gap)
    if named is not None:
        return ctx.entity(named), named.end, "statement:title-name"
    office = office_of(ctx, following, cue.end)
    if office is not None:
        return office[0], office[1], "statement:office"  # وقال مكتب ماكرون
    if after_preposition(ctx, first.start):
        return None, cue.end, ""  # وقال في تغريدة على تويتر: Twitter is not the speaker
    if any(w not in SPEAKER_ADVERBIALS and w != "،" for w in gap) or len(gap) > 3:
        return None, cue.end, ""
    post = ctx.posts.get(first.start)
    if first.kind is Kind.TITLE and post is not None:
        holder = _post_holder(ctx, mentions, post, speakers, _takes_object(cue))
        if not plausible_entity(ctx, holder):
            return None, cue.end, ""
        end = max(post.end, first.end, holder_end(post))
        possessed = possessed_complement_holder(ctx, mentions, post)
        if post.holder is None and possessed is not None:
            end = max(end, possessed.end)  # رئيس مكتبه السياسي X: past the name
        named = None if possessed else complement_holder(ctx, mentions, post)
        if named is not None and not _takes_object(cue) and ctx.entity(named[0]) == holder:
            end = max(end, named[1])  # مدير عام المسالخ بأمانة ... الدكتور X: past the name
        if post.holder is not None and holder == post.holder:
            holder, chain_end = chained_holder(ctx, mentions, post)
            end = max(end, chain_end)
        return holder, end, "statement:post"
    if first.kind is Kind.REFERENCE:
        referent, end = speakers.referent(first)
        if referent is None:
            return None, cue.end, ""
        return referent, end, "statement:reference"
    if first.kind in ACTORS:
        entity = ctx.entity(first)
        end = _appositive_end(ctx, following, first, _takes_object(cue))
        post_end = _post_after(ctx, mentions, first)
        if post_end is not None:
            end = post_end
        return entity, end, "statement:explicit"
    return None, cue.end, ""


def _takes_object(cue: Mention) -> bool:
    """A cue whose verb governs a person or body (accuse, demand, warn, praise ...)."""
    return cue.attrs.get("class") in OBJECT_CLASSES


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
        if mention.kind is Kind.PERSON and plausible_name(ctx, mention):
            return mention
    return None


def _appositive_end(
    ctx: Context, following: list[Mention], first: Mention, takes_object: bool = False
) -> int:
    """`حركة المقاومة الإسلامية "حماس"`: a second name of the speaker in apposition;
    `صحيفة نيويورك تايمز الأمريكية`: an organisation's nationality right after its name.
    After a cue that governs an object (`اتهمت السلطات الفرنسية وزارة الاستخبارات`), a
    second actor is in apposition only when marked as one (quotes, brackets)."""
    end = first.end
    for mention in following[1:]:
        between = ctx.text[end : mention.start]
        adjective = mention.kind is Kind.NATIONALITY and first.kind is Kind.ORGANISATION
        if adjective and not between.strip(' "«»“”'):
            end = mention.end  # the adjective of the name, not another actor
            break
        if mention.kind not in (Kind.ORGANISATION, Kind.COUNTRY) or between.strip(' "«»()،,'):
            break
        if takes_object and not between.strip(" ،,"):
            break  # the object of اتهم/دعا/حث ...: another actor, not a second name
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
        if mention.kind is not Kind.PERSON or k == 0 or not plausible_name(ctx, mention):
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


def _post_holder(
    ctx: Context,
    mentions: list[Mention],
    post: Post,
    speakers: Speakers,
    takes_object: bool = False,
) -> Entity | None:
    """Who holds a post named after a cue: its holder in the phrase (`السكرتيرة الصحفية
    للبيت الأبيض سارة ساندرز`), the name after a complement no lexicon holds (unless the
    cue governs a person, whose object that name is), else the last person named with
    that post or in that organisation (`وأضاف المتحدث`، `قالت المتحدثة باسم البيت
    الأبيض`)."""
    if post.holder is not None and not plausible_entity(ctx, post.holder) and not takes_object:
        named = complement_holder(ctx, mentions, post)  # مدير عام المسالخ ... الدكتور X
        if named is not None:
            return ctx.entity(named[0])
    if post.holder is not None:
        speakers.posts.append((post.head, post.organisation, post.holder))
        return post.holder
    addressed = _addressed_name(ctx, mentions, post)
    if addressed is not None:
        return addressed
    possessed = possessed_complement_holder(ctx, mentions, post)
    if possessed is not None:
        return ctx.entity(possessed)
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
        if mention.kind is Kind.PERSON and not gap and plausible_name(ctx, mention):
            holder = ctx.entity(mention)
            named = None if takes_object else complement_holder(ctx, mentions, post)
            if not plausible_entity(ctx, holder) and named is not None:
                return ctx.entity(named[0])  # مدير عام المسالخ ... الدكتور X: not `المسالخ`
            if holder is not None:
                speakers.posts.append((post.head, organisation, holder))
            return holder
        break
    named = None if takes_object else complement_holder(ctx, mentions, post)
    if named is not None:
        return ctx.entity(named[0])  # مدير إدارة الطوارئ الصحية بصحة الطائف سعيد الزهراني
    if post.head in GENERIC_POSTS:
        if organisation is None:
            return None  # وأضاف المسؤول: which official is not said
        return salient_holder(ctx, speakers, post, post.title.start, organisation)
    holder = salient_holder(ctx, speakers, post, post.title.start) or speakers.post_holder(post)
    gender = post.title.attrs.get("gender")
    if holder is not None and gender and not agrees(ctx, holder, gender):
        return None  # بدوره، أعرب الباحث ...: not the woman read as a researcher before
    return holder


def possessed_complement_holder(
    ctx: Context, mentions: list[Mention], post: Post
) -> Mention | None:
    """`قال رئيس مكتبه السياسي ياسر دلوان`، `وزير خارجيتها الجديد، X`: the post's
    complement is a noun carrying a possessive pronoun (the body named before; one
    indefinite noun may govern it: `مجلس إدارتها`), then definite adjectives; the
    plausible name right after it (a comma allowed) holds the post. Read on the written
    words: ة is a noun's ending, ه a pronoun."""
    person = next((m for m in mentions if m.start >= post.end), None)
    if person is None or person.kind is not Kind.PERSON or person.start - post.end > 40:
        return None
    words = [w for w in ctx.text[post.end : person.start].split() if w not in {"،", ","}]
    words = [w.rstrip("،,") for w in words]
    owned = [k for k, w in enumerate(words) if len(w) >= 4 and w.endswith(THIRD_PERSON_SUFFIXES)]
    if not 1 <= len(words) <= 3 or len(owned) != 1 or owned[0] > 1:
        return None
    head, adjectives = words[: owned[0]], words[owned[0] + 1 :]
    if any(w.startswith("ال") or len(w) < 3 for w in head):
        return None  # مجلس إدارتها: one indefinite noun may govern the possessed one
    if not all(w.startswith("ال") and len(w) >= 5 for w in adjectives):
        return None
    return person if plausible_name(ctx, person) else None


def _addressed_name(ctx: Context, mentions: list[Mention], post: Post) -> Entity | None:
    """`وقال السفير أحمد أبو زيد، المتحدث باسم الخارجية، إن`: a form of address whose name
    the post in apposition after it holds (so the post word itself holds nobody): the
    name right after the word, inside its phrase, is the speaker."""
    for mention in mentions:
        if mention.start < post.title.end:
            continue
        if mention.start >= post.end or mention.kind is not Kind.PERSON:
            return None
        if ctx.bare_words(post.title.end, mention.start) or not plausible_name(ctx, mention):
            return None
        return ctx.entity(mention)
    return None


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
