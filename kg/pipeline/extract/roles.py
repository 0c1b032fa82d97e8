"""Person–role–organisation facts from post phrases.

The ways a reader attaches a post to a person:
- the post comes first, then its complements, then the name:
  `وزير الدفاع الأمريكي آشتون كارتر`, `المتحدث باسم الكرملين ديمتري بيسكوف`; posts
  stacked before one name share it (`رئيس حزب الكتائب النائب سامي الجميل`);
- the name comes first, the post follows in apposition: `ستورجن، زعيمة الحزب ...`,
  `محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء`, `ميركل (المستشارة الألمانية)`;
- a counterpart or deputy: `ونظيره الروسي سيرغي شويغو` holds the same post in another
  country, `ونائبه` the deputy's post;
- an organisation headed by someone: `الحكومة العراقية برئاسة حيدر العبادي`;
- a post with a possessive pronoun (`ورئيسها التنفيذي`، `مستشاريه`): see `possessed`.
A job word (`الصحفي`، `لاعب`) is a post only in an organisation; a name right after a
preposition is its object, never a holder.
Where the text leaves the organisation unstated, posts listed in brackets after a plural
nationality, a head of state's government, a ministry spoken for, a body named earlier and
then by its bare head noun (`رئيس الحكومة`), or the document (`places`: the person's other
posts, a well-known holder, the country the story is about) give it; a sub-national unit
after a post (`أمير منطقة الرياض`) is where it is held, not its country. A name
after مع/إلى, behind ل or completing a noun (لحملة ترامب) holds no post.
"""

from __future__ import annotations

from bisect import bisect_left

from kg.pipeline.annotate.arabic import AT_THE_TIME, FORMER, ORGANISATION_HEADS, TITLE_FILLERS
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.antecedents import described_holders, fuller_posts
from kg.pipeline.extract.compose import composed_post
from kg.pipeline.extract.context import CLITICS, POST_PUNCTUATION, Context, Post, head_word
from kg.pipeline.extract.envoys import envoys_of_principals
from kg.pipeline.extract.facts import Entity, RoleFact, role_at
from kg.pipeline.extract.holders import (
    closed_apposition,
    disagree,
    genitive_gap,
    governed_by_preposition,
    kinship_before,
    spoken_for,
)
from kg.pipeline.extract.places import (
    body_named_before,
    ends_in_unit_noun,
    governed_body_before,
    government_country,
    insurgents_movement,
    known_holder,
    same_country,
    story_country,
    unit_named,
    unit_place,
)
from kg.pipeline.extract.possessed import possessed_roles
from kg.pipeline.extract.relations import counterparts, headed_by
from kg.pipeline.extract.shared import shared_posts
from kg.pipeline.extract.stacks import heads_a_stack, share_stacked_holders
from kg.pipeline.text.normalize import fold

_HOST = {"لدي", "في", "الي", "مع"}  # a country after these is where a post is held, not whose
_AWAY = {"مع", "الي"}
_MAX_COMMON = 4  # common nouns allowed inside a post phrase: رئيس لجنة الانتخابات المركزية


def extract_roles(ctx: Context) -> None:
    """Fill `ctx.posts` and `ctx.roles` for every non-noise sentence."""
    for sentence in ctx.sentences():
        mentions = ctx.in_sentence(sentence)
        for index, mention in enumerate(mentions):
            if mention.kind is Kind.TITLE and mention.attrs.get("number") != "du":
                post = _read_post(ctx, mentions, index)
                ctx.posts[mention.start] = post
        share_stacked_holders(ctx, mentions)
        _adviser_of(ctx, mentions)
        envoys_of_principals(ctx, mentions)
        _apposition(ctx, mentions)
        counterparts(ctx, mentions)
        _bare_rank_before_apposition(ctx, mentions)
        for mention in mentions:
            post = ctx.posts.get(mention.start)
            if post is not None and post.holder is not None:
                _add(ctx, post, sentence.index, post.rule)
        headed_by(ctx, mentions, sentence.index)
        possessed_roles(ctx, sentence, mentions)
        shared_posts(ctx, sentence, mentions)
    roles = described_holders(ctx, _deduplicate(ctx.roles))  # لاعب خط وسط أرسنال
    roles = same_country(ctx, _drop_bare_heads(_deduplicate(roles)))
    roles = story_country(ctx, roles)
    ctx.roles[:] = _deduplicate(fuller_posts(ctx, roles))  # وزير الخارجية الإيراني ... الوزير ظريف


def _read_post(ctx: Context, mentions: list[Mention], index: int) -> Post:
    title = mentions[index]
    role = title.attrs.get("role") or title.label or title.text
    post = Post(title, title.end, role, head_word(role))
    country: Entity | None = None
    organisation: Entity | None = None
    position = title.end
    common = 0
    away = False  # crossed مع/إلى: a person after it is the other party, not the holder
    crossed_in = False  # crossed في (عضو في منظمة أوبك، ترامب ...)
    # محمد فريد، رئيس أركان الجيش المصري، الفريق فياض ...: a post in apposition to the name
    # before it holds no name after the next comma; زوجة رئيس الوزراء، أكي آبي: nor one
    # governed by a kinship noun
    after_name = _after_name(ctx, mentions, index)
    kin = bool(title.attrs.get("accusative"))  # سفيرا، حاكما: its holder came before it
    kin = kin or kinship_before(ctx, title)
    crossed_comma = False
    bracketed = _inside_brackets(ctx, title)
    composed = composed_post(ctx, mentions, index)  # رئيس الآلية الأفريقية رفيعة المستوى
    if composed is not None:
        position, post.role, organisation = composed.end, composed.role, composed.organisation
    for mention in mentions[index + 1 :]:
        if mention.start < position:
            continue  # inside the body phrase (منطقة الرياض)
        gap = ctx.bare_words(position, mention.start)
        ok, common = _filler(ctx, gap, common)
        if not ok and not (position == title.end and _unit_of(ctx, title, gap, mention)):
            break
        post.former = post.former or _past_post(gap)
        away = away or any(w in _AWAY for w in gap)
        crossed_comma = crossed_comma or "،" in gap
        crossed_in = crossed_in or "في" in gap
        if mention.kind is Kind.NATIONALITY and _holder_nationality(ctx, title, position, gap):
            pass  # المدرب الروماني ريجيكامب: the coach's nationality, not where he coaches
        elif mention.kind is Kind.NATIONALITY and country is None:
            country = ctx.entity(mention)
        elif mention.kind is Kind.ORGANISATION and organisation is None:
            organisation = ctx.entity(mention)
        elif mention.kind is Kind.ORGANISATION and mention.key == organisation.key:
            pass  # حركة المقاومة الإسلامية "حماس": the same organisation again
        elif mention.kind is Kind.ORGANISATION and gap and gap[-1] == "في" and not bracketed:
            pass  # رئيس لجنة الشؤون الخارجية في مجلس النواب: the body the unit is part of
            # (but X (عضو اللجنة في فيفا) والكونغولي Y: Y is not the member)
        elif (
            mention.kind is Kind.COUNTRY
            and organisation is None
            and not gap
            and (ends_in_unit_noun(title))
        ):
            organisation = unit_named(title, mention)  # أمير منطقة الرياض: the region
        elif mention.kind is Kind.COUNTRY:
            if not (gap and gap[-1] in _HOST) and country is None:
                country = ctx.entity(mention)
                post.dative = ctx.text[mention.start - 1 : mention.start] == "ل"
        elif mention.kind is Kind.REFERENCE and mention.attrs.get("ref") == "ministry":
            organisation = organisation or ctx.ministry_before(
                mention.start, mention.attrs.get("portfolio")
            )
        elif mention.kind is Kind.REFERENCE and mention.attrs.get("ref") == "organisation":
            organisation = organisation or ctx.organisation_before(
                mention.start, mention.attrs.get("kind", ""), mention.attrs.get("head", "")
            )
        elif mention.kind is Kind.PLACE and organisation is None and not gap:
            organisation = _municipality(title, mention) or unit_place(mention)
        elif mention.kind in (Kind.HONORIFIC, Kind.PLACE):
            pass
        elif mention.kind is Kind.PERSON and _adjective_of_movement(ctx, title, mention):
            pass  # القيادي الإخواني X: the word read as a name is the movement's adjective
        elif mention.kind is Kind.PERSON:
            crossed_comma = crossed_comma or "،" in gap
            if spoken_for(ctx, title, position, gap):
                break  # متحدث باسم خليفة حفتر: the person spoken for, not the spokesman
            if kin or (after_name and crossed_comma):
                break
            crossed = crossed_in and not closed_apposition(ctx, title, mention)
            if away or any(w in CLITICS for w in gap) or genitive_gap(ctx, gap, crossed):
                break  # وزير خارجية مصر مع الأمير ...، المحامي الشخصي لترامب: not the holder
            if governed_by_preposition(gap):
                break  # المسؤول الأميركي في إيجاز: a name right after في is its object
            holder = ctx.entity(mention)
            if _given_a_post(ctx, mentions, mention):
                break  # وعين الرئيس مايك بومبيو وزيرا: the name is the appointee, the object
            if holder is not None and disagree(ctx, title, holder):
                break  # وتشكر رئيسة الوزراء بوريس: the name is the object
            post.holder = holder
            post.holder_mention = mention
            position = mention.end
            break
        else:
            complete = organisation or country or heads_a_stack(ctx, mentions, index, gap)
            if mention.kind is Kind.TITLE and complete and not away:
                post.stacked = mention.start  # رئيس حزب الوطنيين الأحرار النائب دوري شمعون
            break
        position = mention.end
    post.end = max(position, title.end)
    post.former = post.former or _past_post(ctx.bare_words(post.end, post.end + 12)[:1])
    post.organisation = (
        _state_of_title(ctx, title)  # before a host country that follows it
        or organisation
        or _movement_adjective(ctx, title)
        or country
        or _bracketed_country(ctx, mentions, title)
        or government_country(ctx, mentions, post.end)
        or _ministry_spoken_for(ctx, title)
        or body_named_before(ctx, title)
        or governed_body_before(ctx, title)
        or insurgents_movement(ctx, title)
    )
    return post


def _movement_adjective(ctx: Context, title: Mention) -> Entity | None:
    """`القيادي الحوثي X`، `قيادي إخواني`، `القائدين الحمساويين`: a relative adjective of a
    movement right after the post says where it is held, as a nationality says a country."""
    following = ctx.bare_words(title.end, title.end + 30)[:1]
    key = ctx.lexicon.organisation_adjectives.get(following[0]) if following else None
    return ctx.registry.organisation(key) if key else None


def _state_of_title(ctx: Context, title: Mention) -> Entity | None:
    """A post only one state has (`خادم الحرمين الشريفين`, the Saudi king's title, in
    titles.tsv's country column) is held in that state, and so is a post in construct with
    it (`سفير خادم الحرمين الشريفين لدى مصر`: the Saudi ambassador, see `envoys`)."""
    code = title.attrs.get("country")
    return ctx.registry.country(code) if code else None


def _adjective_of_movement(ctx: Context, title: Mention, mention: Mention) -> bool:
    """Whether a one-word name right after the post is a movement's relative adjective."""
    return mention.start - title.end <= 1 and (
        fold(mention.text) in ctx.lexicon.organisation_adjectives
    )


def _ministry_spoken_for(ctx: Context, title: Mention) -> Entity | None:
    """`المتحدث باسم الخارجية`: a spokesman for a bare portfolio speaks for the ministry of
    that portfolio named earlier in the story (وزارة الخارجية المصرية)."""
    if not fold(title.text).endswith("باسم"):
        return None
    words = ctx.bare_words(title.end, title.end + 40)[:2]
    for n in (2, 1):
        found = ctx.lexicon.portfolios.get(" ".join(words[:n])) if len(words) >= n else None
        if found is not None:
            return ctx.ministry_before(title.start, found[0])
    return None


# Sport staff: a nationality right after the post is the person's (المدرب الروماني)
_SPORT_STAFF = frozenset({"مدرب", "لاعب", "مهاجم", "مدافع", "حارس", "مدير فني", "المدير الفني"})


def _holder_nationality(ctx: Context, title: Mention, position: int, gap: list[str]) -> bool:
    """`المدرب الروماني X`، `المهاجم الأرجنتيني X`: after a sport post, a nationality with
    nothing between is the holder's own (a national team, `مدرب المنتخب السعودي`, is not)."""
    sport = (
        head_word(title.attrs.get("role") or title.text) in {head_word(w) for w in _SPORT_STAFF}
        or fold(title.text).removeprefix("ال") == "مدير فني"
    )
    return sport and position == title.end and not gap


def _inside_brackets(ctx: Context, title: Mention) -> bool:
    """Whether the post stands inside an open bracket (`X (رئيس الاتحاد الكندي)`)."""
    before = ctx.text[max(0, title.start - 80) : title.start]
    opening = before.rfind("(")
    return opening >= 0 and ")" not in before[opening:]


def _after_name(ctx: Context, mentions: list[Mention], index: int) -> bool:
    """Whether the post follows a person's name with only a comma between them, or ends a
    run of posts right after a name (`الأمير X ولي العهد نائب رئيس مجلس الوزراء وزير
    الداخلية، والأمير Y`: the posts are X's, not the next name's)."""
    if index == 0:
        return False
    previous = mentions[index - 1]
    if previous.kind is Kind.PERSON and ctx.bare_words(previous.end, mentions[index].start) == [
        "،"
    ]:
        return True
    first = index
    while first > 0 and mentions[first - 1].kind is Kind.TITLE:
        if ctx.bare_words(mentions[first - 1].end, mentions[first].start):
            break
        first -= 1
    if first == index or first == 0:
        return False
    before = mentions[first - 1]
    return before.kind is Kind.PERSON and not ctx.bare_words(before.end, mentions[first].start)


def _given_a_post(ctx: Context, mentions: list[Mention], person: Mention) -> bool:
    """Whether a post in the accusative follows the name directly (تعيين X سفيرا)."""
    later = _first_from(mentions, person.end)
    return bool(
        later
        and later[0].kind is Kind.TITLE
        and later[0].attrs.get("accusative")
        and not ctx.bare_words(person.end, later[0].start)
    )


def _bracketed_country(ctx: Context, mentions: list[Mention], title: Mention) -> Entity | None:
    """`الوزيرين التركيين (وزير العدل ... ووزير الداخلية ...)`: posts listed in brackets
    after a plural with a nationality are held in that country."""
    before = ctx.text[max(0, title.start - 120) : title.start]
    opening = before.rfind("(")
    if opening < 0 or ")" in before[opening:]:
        return None
    at = title.start - len(before) + opening
    for mention in mentions:
        plural = mention.attrs.get("number") in ("du", "pl")
        if mention.kind is Kind.NATIONALITY and plural and not ctx.text[mention.end : at].strip():
            return ctx.entity(mention)
    return None


def _municipality(title: Mention, place: Mention) -> Entity | None:
    """`رئيس بلدية القدس`: the municipality of the place right after the post."""
    words = title.text.split()
    if not words or fold(words[-1]) not in ("بلديه", "بلدية"):
        return None
    label = f"{words[-1]} {place.text}"
    key = "org-بلديه-" + (place.key or place.text)
    return Entity("Organisation", key, label, frozenset({label}))


def _unit_of(ctx: Context, title: Mention, gap: list[str], mention: Mention) -> bool:
    """Words between a post and the organisation it is held in: `مسؤول سياسي في جيش
    الإسلام` (an adjective, then في)، `المتحدث باسم هيئة أركان جيش الإسلام` (the unit of
    the organisation that the post speaks for or is held in)."""
    if mention.kind is not Kind.ORGANISATION:
        return False
    words = list(gap)
    common = ctx.lexicon.common_words
    at = words.index("في") if "في" in words else 0
    adjectives = words[:at]
    if (
        0 < at <= 2
        and adjectives[0].endswith("ي")
        and all(w in common and not w.startswith("ال") for w in adjectives)
    ):
        words = words[at:]  # سياسي في، عسكري بارز في
    if words and words[0] == "في":
        words = words[1:]
    elif not fold(title.text).endswith("باسم"):
        return False
    if len(words) > 2:
        return False
    return all(not w.startswith("ال") and (w in ORGANISATION_HEADS or w in common) for w in words)


def _adviser_of(ctx: Context, mentions: list[Mention]) -> None:
    """`مستشار الرئيس الإيراني لشؤون القانون الدولي X`: when the post in construct carries
    its own field (لشؤون ...), the name is the adviser's, not the president's."""
    for outer, inner in zip(mentions, mentions[1:], strict=False):
        if outer.kind is not Kind.TITLE or inner.kind is not Kind.TITLE:
            continue
        first, second = ctx.posts.get(outer.start), ctx.posts.get(inner.start)
        if first is None or second is None or second.holder_mention is None:
            continue
        if first.holder is not None or fold(outer.text).startswith("ال") or " " in outer.text:
            continue
        if ctx.bare_words(outer.end, inner.start):
            continue
        phrase = ctx.words(inner.end, second.holder_mention.start)
        if not any(_governed_by_lam(ctx, w) for w in phrase):
            continue
        first.holder, first.holder_mention = second.holder, second.holder_mention
        first.role = f"{first.role} {inner.text}"
        first.organisation = second.organisation or first.organisation
        first.end = second.end
        second.holder = second.holder_mention = None


def _governed_by_lam(ctx: Context, word: str) -> bool:
    """A noun behind ل that completes a post phrase: a common noun (`لشؤون`) or any definite
    noun (`للشؤون`، `للشئون`، `للمملكة`: ل + ال, whatever its spelling)."""
    if word.startswith("لل"):
        return len(word) > 4 or word[2:] in ctx.lexicon.common_words
    return word.startswith("ل") and word[1:] in ctx.lexicon.common_words


def _past_post(words: list[str]) -> bool:
    """Whether words after a post make it a past one: `السابق`، or an adverb of "at that
    time" (`الرئيس الأفغاني حينها، حامد كرزاي`، `وزير الخارجية الأمريكي آنذاك ريكس
    تيلرسون`), which stands between the post and the holder it then had."""
    return any(w in FORMER or w in AT_THE_TIME for w in words)


def _filler(ctx: Context, gap: list[str], common: int) -> tuple[bool, int]:
    """Whether the words between two parts of a post phrase may stand there."""
    for word in gap:
        if word in POST_PUNCTUATION or word in TITLE_FILLERS or word in _HOST or word in CLITICS:
            continue
        if word in AT_THE_TIME:
            continue  # الرئيس الأمريكي حينها جيمي كارتر (see _past_post)
        if word in ctx.lexicon.organisation_adjectives:
            continue  # قيادي حوثي: a movement's relative adjective (see _movement_adjective)
        definite = word.startswith("ال") and len(word) > 3
        if (definite or _governed_by_lam(ctx, word)) and common < _MAX_COMMON:
            common += 1
            continue
        return False, common
    return True, common


def _apposition(ctx: Context, mentions: list[Mention]) -> None:
    """Posts after a name with nothing but a comma (or another post) between them."""
    holder: Mention | None = None
    position = 0
    for mention in mentions:
        if mention.kind is Kind.PERSON:
            holder, position = mention, mention.end
            continue
        post = ctx.posts.get(mention.start) if mention.kind is Kind.TITLE else None
        if post is None or holder is None:
            if mention.kind not in (
                Kind.HONORIFIC,
                Kind.NATIONALITY,
                Kind.ORGANISATION,
                Kind.COUNTRY,
            ):
                holder = None
            continue
        gap = ctx.bare_words(position, mention.start)
        construct = not fold(mention.text).startswith("ال")  # زعيمة الحزب، ولي العهد
        chained = position > holder.end  # a post of this holder just ended here
        # أحمد المسماري المتحدث باسم الجيش: a definite post of an organisation (not of a
        # country: in التقى ترامب الرئيس الصيني the post is the object's)
        of_organisation = post.organisation is not None and post.organisation.kind != "Country"
        spokesman = fold(mention.text).endswith("باسم")  # X المتحدث باسم ...: of someone
        coordinated = _coordinated_post(ctx, mentions, mention, post)
        attached = construct or chained or of_organisation or spokesman or coordinated
        linked = _linking_words(gap)
        joined = not gap or (gap == ["و"] and chained)  # المستشار والمتحدث باسم ...
        if post.holder is None and (gap in (["،"], ["("]) or linked or (joined and attached)):
            if construct and len(mention.text.split()) == 1:
                _merge_genitive(ctx, mentions, mention, post)
            post.holder = ctx.entity(holder)
            post.holder_mention = holder
            post.rule = "role:apposition"
            position = post.end
        elif post.holder is not None:
            holder, position = post.holder_mention, post.end
        else:
            holder = None


# Posts also used as a form of address before a name (an ambassador's grade, a judge's
# title): السفير X، المتحدث باسم ...
_ADDRESS_TITLES = frozenset({"السفير", "السفيره", "المستشار", "المستشاره"})


def _bare_rank_before_apposition(ctx: Context, mentions: list[Mention]) -> None:
    """`السفير أحمد أبو زيد، المتحدث باسم الخارجية`: a bare form of address before a name
    that carries its real post in apposition is no second post (but `السيناتور X، عضو لجنة
    ...` keeps both)."""
    posts = [ctx.posts[m.start] for m in mentions if m.start in ctx.posts]
    apposed = {id(p.holder_mention) for p in posts if p.rule == "role:apposition"}
    for post in posts:
        if post.rule != "role:post-name" or id(post.holder_mention) not in apposed:
            continue
        assert post.holder_mention is not None
        between = ctx.bare_words(post.title.end, post.holder_mention.start)
        address = fold(post.title.text) in _ADDRESS_TITLES
        if address and post.organisation is None and not between:
            post.holder = post.holder_mention = None


def _first_from(mentions: list[Mention], offset: int, kind: Kind | None = None) -> list[Mention]:
    """The first mention (of `kind`, when given) starting at or after `offset`, as a list
    of at most one; found by binary search, so that reading a long line stays linear."""
    for index in range(bisect_left(mentions, offset, key=lambda m: m.start), len(mentions)):
        if kind is None or mentions[index].kind is kind:
            return [mentions[index]]
    return []


def _coordinated_post(ctx: Context, mentions: list[Mention], title: Mention, post: Post) -> bool:
    """`العيسى المستشار والمتحدث باسم الجمارك`: a post joined by و to a following post
    of an organisation (or a spokesman's) is the same person's."""
    later = _first_from(mentions, post.end, Kind.TITLE)
    if not later or ctx.words(post.end, later[0].start) not in ([], ["و"]):
        return False
    if not ctx.text[post.end : later[0].start + 1].strip().startswith("و"):
        return False
    other = ctx.posts.get(later[0].start)
    if other is None or other.holder is not None:
        return False
    of_organisation = other.organisation is not None and other.organisation.kind != "Country"
    return of_organisation or fold(later[0].text).endswith("باسم")


def _linking_words(gap: list[str]) -> bool:
    """Words that give a named person a post further on: `بولتون، الذي يشغل منصب مستشار
    الأمن القومي`، `نويرت بصفتها المتحدثة باسم الخارجية`، `كوشنر، وهو كبير مستشاري`."""
    words = tuple(w for w in gap if w != "،")
    if not words or len(words) > 4:
        return False
    if words in _LINKS:
        return True
    relative = words[0] in ("الذي", "التي", "هو", "هي")  # وهو: و is read off
    return relative and words[1:] in _OFFICE_VERBS


_LINKS = {("بصفته",), ("بصفتها",), ("بوصفه",), ("بوصفها",), ("هو",), ("هي",)}
_OFFICE_VERBS = (
    {  # (folded) يشغل منصب، يتولى منصب، كان يشغل منصب، تشغل حاليا منصب
        (verb, *extra, "منصب")
        for verb in ("يشغل", "تشغل", "يتولي", "تتولي", "شغل", "شغلت", "تولي", "تولت")
        for extra in ((), ("حاليا",))
    }
    | {("كان", verb, "منصب") for verb in ("يشغل", "يتولي")}
    | {("كانت", verb, "منصب") for verb in ("تشغل", "تتولي")}
)


def _merge_genitive(ctx: Context, mentions: list[Mention], title: Mention, post: Post) -> None:
    """`كوهين نائب الممثل الدائم للولايات المتحدة`: a post in construct with the next one is
    one post (deputy of the representative), held where the second one is."""
    later = _first_from(mentions, title.end, Kind.TITLE)
    if not later or ctx.bare_words(post.end, later[0].start):
        return
    inner = ctx.posts.get(later[0].start)
    if inner is None or inner.holder is not None:
        return
    post.role = f"{post.role} {_role_text(ctx, inner)}"
    post.organisation = inner.organisation or post.organisation
    post.end = inner.end
    post.former = post.former or inner.former
    del ctx.posts[later[0].start]


def _role_text(ctx: Context, post: Post) -> str:
    """The post as written, with the fillers after it (الممثل الدائم)."""
    words = [post.role]
    for word in ctx.text[post.title.end : post.end].split():
        if fold(word) not in TITLE_FILLERS:
            break
        words.append(word)
    while len(words) > 1 and fold(words[-1]) in _PREPOSITION_FILLERS:
        words.pop()  # سفير خادم الحرمين الشريفين لدى مصر: لدى opens the host, not the post
    return " ".join(words)


_PREPOSITION_FILLERS = frozenset({"باسم", "لدي", "في", "عن"})


def _add(ctx: Context, post: Post, sentence: int, rule: str) -> None:
    assert post.holder is not None
    if _bare_job(post):
        return
    span = (post.title.start, max(post.end, post.title.end))
    # the evidence ends with the post phrase: the holder a stacked post borrows stands after it
    holder = post.holder_mention
    held = (holder.start, min(holder.end, span[1])) if holder is not None else span
    organisation = post.organisation
    if post.dative and organisation is not None and organisation.kind == "Country":
        # زيارة وزير الدفاع للمملكة الأردنية: ل may name the destination, not the post's
        # country; a well-known holder's own country wins
        organisation = known_holder(ctx, post.holder) or organisation
    ctx.roles.append(
        role_at(post.holder, post.role, organisation, span, held, sentence, rule, post.former)
    )


def _bare_job(post: Post) -> bool:
    """A job word (الصحفي، الكاتب، لاعب، مراسل) is a post only where it is held in an
    organisation (مراسل بي بي سي، لاعب أرسنال); `الصحفي السعودي X` says what X does."""
    held = post.organisation is not None and post.organisation.kind != "Country"
    return bool(post.title.attrs.get("job")) and not held


def _drop_bare_heads(roles: list[RoleFact]) -> list[RoleFact]:
    """`الوزير الجبير` after `وزير الخارجية عادل الجبير` is the same post: a bare head
    (الوزير، الرئيس) adds nothing when the person holds a fuller post with that head."""
    fuller = {(r.person.key, head_word(r.role)) for r in roles if len(r.role.split()) > 1}
    return [
        r
        for r in roles
        if len(r.role.split()) > 1 or (r.person.key, head_word(r.role)) not in fuller
    ]


def _deduplicate(roles: list[RoleFact]) -> list[RoleFact]:
    """One fact per person and post: the first that names the organisation, if any does."""
    best: dict[tuple[str, str], RoleFact] = {}
    order: list[tuple[str, str]] = []
    for role in roles:
        key = (role.person.key, _role_key(role.role))
        if key not in best:
            best[key] = role
            order.append(key)
        elif best[key].organisation is None and role.organisation is not None:
            best[key] = role
    return [best[k] for k in order]


def _role_key(role: str) -> str:
    words = role.split()
    return " ".join([head_word(role), *words[1:]])
