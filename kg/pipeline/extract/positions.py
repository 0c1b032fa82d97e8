"""The position of a statement: what follows the cue and its speaker, without
adverbials, a circumstantial phrase, the preposition the cue governs and a leading
أن/إن/بأن or colon, up to the end of the attributed clause (the sentence end, the closing
quote of a quotation, the next cue, a manner participle after a comma, `بعدما/في حين/لكن X
قال/وذلك بعد`...).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kg.pipeline.annotate.arabic import (
    COMPLEMENTIZERS,
    CUE_PREPOSITIONS,
    RELATIVE_PRONOUNS,
    SPEAKER_ADVERBIALS,
)
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.extract.clause import (
    CONTENT_REACH,
    Token,
    circumstantial,
    cue_starts_in,
    token_form,
    tokens_between,
    without_conjunction,
)
from kg.pipeline.extract.clause_ends import (
    attribution_start,
    explaining_after_comma,
    manner_participle,
    narrator_participle,
    participle_after_quote,
    relative_fima,
    source_attribution,
    third_party_relative,
)
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.cue_words import (
    CONTENT_BREAKERS,
    DIRECT_OPENERS,
    EXTRA_ADVERBIALS,
    NARRATOR_BUT,
    NARRATOR_CIRCUMSTANCE,
    NOT_COMPLEMENTISER_BEFORE,
    NP_CUES,
    OPEN_QUOTES,
    RESPONSE_CUES,
    SAY_CUES,
)
from kg.pipeline.extract.framing import (
    closing_comma,
    framing_phrase,
    parenthetical_occasion_end,
    speech_medium_end,
    web_medium_end,
)
from kg.pipeline.text.document import Sentence
from kg.pipeline.text.normalize import fold

_MIN_WORDS = 2


_SAY_SCAN = 10  # tokens after a قال-type cue's speaker that may still belong to its phrase


_SCAN = 30  # tokens of a circumstantial phrase before the content's introducer


def position_span(
    ctx: Context,
    sentence: Sentence,
    cue: Mention,
    after: int,
    cues: list[Mention],
    openers: list[int],
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
    window_end = min(paragraph_end, sentence.end + 1500, after + CONTENT_REACH)
    tokens = tokens_between(ctx, after, window_end)
    in_sentence = sum(1 for t in tokens if t[1] < sentence.end)
    later = openers[bisect_right(openers, cue.end) : bisect_left(openers, window_end)]
    index = _skip_adverbials(tokens, 0, cue)
    index = _governed_after_complement(tokens, index, cue, later)
    index, introduced = _introducer(tokens, index, cue)
    if not introduced:
        medium = _after_medium(tokens, index)
        if medium is not None:
            index, _ = _introducer(tokens, medium, cue)
            introduced = True  # قال X في تصريحات لـ«عكاظ» النجاحات ...
    if not introduced and index < in_sentence and tokens[index][0] not in OPEN_QUOTES:
        found = None
        for k in range(index + 1):  # الاثنين في مؤتمر ...: the phrase may follow an adverb
            found = _scan_introducer(tokens, k, in_sentence, later)
            if found is not None or circumstantial(tokens[k][0]):
                break
        if found is None:
            found = _scan_introducer(tokens, index, in_sentence, later)
        apposition = after > cue.end and _apposition_start(ctx, tokens)
        if found is None and (fold(cue.key or "") in SAY_CUES or apposition):
            found = _scan_introducer(tokens, index, in_sentence, later, _SAY_SCAN)
        closed = _apposition_close(tokens, in_sentence, later) if apposition else None
        if found is None and closed is not None:
            found = _scan_introducer(tokens, closed, in_sentence, later, _SAY_SCAN)
        described = _on_the_speaker(tokens[1:] if tokens[0][0] in {"،", ","} else tokens)
        if found is None and described:  # a long clause on the speaker, commas or none
            found = _scan_introducer(tokens, index, in_sentence, later, _SCAN)
        if found is None and apposition:
            return None  # استبعد روبرت باير، محلل CNN ...: an apposition, not the content
        if found is not None:
            index, introduced = found, True
    answering = introduced and fold(cue.key or "") in RESPONSE_CUES and index > 0
    if answering and token_form(tokens[index - 1]) == "علي":
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
            and token_form(tokens[close + 1]) in COMPLEMENTIZERS
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
    if not (introduced or quoted) and _conjoined(ctx, tokens[index]) and after > cue.end:
        return None  # وانتقدت الأمم المتحدة ومنظمات دولية ...: a coordinated subject
    web = web_medium_end(tokens, index)
    if web is not None:  # على موقعه الإلكتروني «...»: where the words were posted
        index, _ = _introducer(tokens, _skip_adverbials(tokens, web, cue), cue)
        if index >= in_sentence:
            return None
    limit = in_sentence
    if index < in_sentence - 1:  # وأكد علي الحرقان؛ في حديثه ...، أن: no content yet
        limit = _past_semicolons(ctx, sentence, tokens, in_sentence)
    clause = lemma in SAY_CUES or (
        index > 0
        and (
            token_form(tokens[index - 1]) in COMPLEMENTIZERS | {"ان"} or tokens[index - 1][0] == ":"
        )
    )  # the quote is a clause, not the object of the cue (نفى "الاتهامات" التي ...)
    start, end = _content_span(ctx, tokens, index, limit, later, clause)
    while end > start and ctx.text[end - 1] in " ؛;":
        end -= 1  # للسجون؛ في إطار ...: the clause ended at the ؛ after all
    start = _strip_clitic_preposition(ctx, cue, start)
    if end <= start or len(re.findall(r"\w+", ctx.text[start:end])) < _MIN_WORDS:
        return None
    return start, end


def _conjoined(ctx: Context, token: Token) -> bool:
    """Whether a token opens with the conjunction و (`ومنظمات`), not with a و of its own
    word: a mention that starts at the token's first letter (`وزير الخارجية`) is no
    conjunction."""
    if not token[0].startswith("و"):
        return False
    return not any(m.start == token[1] for m in ctx.mentions_between(token[1], token[1] + 1))


def _after_medium(tokens: list[Token], index: int) -> int | None:
    """Where the content starts after the medium of the statement (`في تصريحات لـ«عكاظ»`،
    `في تصريح صحفي`), the adverbials before it skipped; None without one."""
    for start in range(min(index, 6) + 1):  # in part skipped as adverbials (في، لـ"...")
        end = speech_medium_end(tokens, start)
        if end is not None and end >= index:
            return end
    return None


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
    if index >= len(tokens) or token_form(tokens[index]) == prep:
        return index
    occasion = parenthetical_occasion_end(tokens, index)
    if occasion is not None and occasion < len(tokens) and _governed(tokens[occasion], prep):
        return occasion  # ندد X، لدى استقباله الوزير، بانتشار: the content after the phrase
    for k in range(index + 1, min(len(tokens) - 1, index + 7)):
        form = token_form(tokens[k])
        if (
            cue_starts_in(tokens[k], later)
            or form in COMPLEMENTIZERS
            or tokens[k][0] in OPEN_QUOTES
            or tokens[k][0] in {":", ".", "؟"}
        ):
            return index
        if form != prep:
            continue
        after_comma = tokens[k - 1][0] in {"،", ","} or (
            k == index + 1 and _relative_adjective(token_form(tokens[index]))
        )  # شركة إيرباص الأوروبية عن
        said = (
            k == index + 1
            and token_form(tokens[k + 1]) in COMPLEMENTIZERS
            and bool(cue.attrs.get("prep"))
        )
        framed = bool(cue.attrs.get("prep")) and framing_phrase(tokens, index, k)
        return k if after_comma or said or framed else index
    return index


def _governed(token: Token, prep: str) -> bool:
    """Whether a token is the preposition the cue governs, apart (`عن`، `على` as spelt, not
    the name `علي`) or attached (`بانتشار`)."""
    form = token_form(token)
    if prep in {"ب", "ل"}:
        return form == prep or (form.startswith(prep) and len(form) > 3)
    if prep.endswith("ي"):
        return form == prep and token[0].endswith("ى")  # علي spelt with ي is the name
    return form == prep


def _relative_adjective(form: str) -> bool:
    """`الأوروبية`، `الأمريكي`: a definite adjective of origin, part of the name before it."""
    return form.startswith("ال") and form.endswith(("ي", "يه")) and len(form) > 5


def _answer_start(tokens: list[Token], index: int, limit: int, later: list[int]) -> int | None:
    """`رد على سؤال حول العقوبات بأن ...`، `علق على القرار قائلا`: what a response verb
    governs with على is the question or the event; the answer starts after the next بأن/أن,
    colon or quote. Without one, the object itself is the content, unless another cue
    (بالقول، قائلا) follows, which carries the answer."""
    for k in range(index, min(limit, index + _SCAN)):
        if cue_starts_in(tokens[k], later):
            return None
        if token_form(tokens[k]) in COMPLEMENTIZERS or tokens[k][0] == ":":
            return k + 1
        if tokens[k][0] in {".", "؟"}:
            break
    return index


def _apposition_start(ctx: Context, tokens: list[Token]) -> bool:
    """Whether what follows the speaker's name opens an apposition (a post: `، السناتور
    الجمهوري ...`، `، محلل CNN`), a relative clause (`الذي تسلّم رئاسة البلدية`) or a
    clause on the speaker (`، وهو متحدث باسم ...`، `، وهي محامية من ...`)."""
    if not tokens:
        return False
    if tokens[0][0] in {"،", ","} and len(tokens) > 1:
        start = tokens[1][1]
        if fold(tokens[1][0]) in RELATIVE_PRONOUNS or _on_the_speaker(tokens[1:]):
            return True
        return any(m.start == start and m.kind is Kind.TITLE for m in ctx.mentions)
    return fold(tokens[0][0]) in RELATIVE_PRONOUNS or _on_the_speaker(tokens)


def _on_the_speaker(tokens: list[Token]) -> bool:
    """`وهو متحدث باسم خليفة حفتر ...`، `وهي أم لثلاثة أطفال`: و + a pronoun opens a clause
    that describes the speaker just named; the content comes after it."""
    return bool(tokens) and fold(tokens[0][0]) in {"وهو", "وهي", "وهم", "وهما"}


_APPOSITION_WORDS = 15  # words of an apposition set off by commas after the speaker


def _apposition_close(tokens: list[Token], limit: int, later: list[int]) -> int | None:
    """`أبلغ مارك زوكربيرغ، مؤسس شركة فيسبوك ورئيسها التنفيذي، مجلس الشيوخ أن`: the index
    after the comma that closes an apposition opened by the comma at tokens[0]; None when
    a complementiser, a colon, a quote or another cue comes first (the content has begun)
    or no comma closes it within a phrase's length."""
    if not tokens or tokens[0][0] not in {"،", ","}:
        return None
    return closing_comma(tokens, 1, min(limit, _APPOSITION_WORDS + 1), later)


def _skipped_phrase(tokens: list[Token], index: int) -> bool:
    """Whether the adverbials skipped before `index` include a prepositional phrase."""
    return any(
        token_form(t) in {"في", "خلال", "مع", "امام", "علي", "عبر", "من", "لدي"}
        for t in tokens[:index]
    )


def _function_word(ctx: Context, token: Token) -> bool:
    """`وقال إذا كان ...`، `وأضاف لكن ...`: direct content opens with a particle."""
    return token_form(token) in DIRECT_OPENERS


def _skip_adverbials(tokens: list[Token], index: int, cue: Mention) -> int:
    """Skip adverbials between the speaker and the content (أمس، للصحفيين، على الفور),
    but not the preposition the cue governs (أكد على أهمية، أشار إلى أن)."""
    skipped = 0
    prep = fold(cue.attrs.get("prep") or "")
    while index < len(tokens) and skipped < 6:
        form = token_form(tokens[index])
        following = token_form(tokens[index + 1]) if index + 1 < len(tokens) else ""
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
    form = token_form(tokens[index]) if index < len(tokens) else ""
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
    if index < len(tokens) and token_form(tokens[index]) in COMPLEMENTIZERS | {"ان"}:
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
    if not window and not circumstantial(tokens[index][0]):
        return None
    k = index
    while k < min(limit, index + (window or _SCAN)):
        token = tokens[k]
        form = token_form(token)
        if cue_starts_in(token, later) or form in CONTENT_BREAKERS:
            return None
        if form in COMPLEMENTIZERS and (
            k == 0 or token_form(tokens[k - 1]) not in NOT_COMPLEMENTISER_BEFORE
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


def _closing(tokens: list[Token], index: int) -> int | None:
    closing = OPEN_QUOTES[tokens[index][0]]
    for k in range(index + 1, len(tokens)):
        if tokens[k][0] == closing:
            return k
    return None


def _content_span(
    ctx: Context,
    tokens: list[Token],
    index: int,
    limit: int,
    later: list[int],
    clause: bool = False,
) -> tuple[int, int]:
    """The content from `tokens[index]` to the end of the attributed clause.

    A quote that closes the clause is the content; a quote followed by more words
    (`إنها "أوضحت بشكل جلي" لبارنيه رغبتها ...`) is only its beginning. A quoted clause
    (after قال or an introducer) followed by a relative pronoun is the content: the
    relative clause is the narrator's, on a noun of the quote (`وقال "من المرجح أن تنتهي
    عملية الإجلاء قبل دخول الخبراء" الذين أرسلتهم المنظمة`); after a cue whose object
    the quote is (`نفى "الاتهامات الكاذبة" التي ساقها`) it is part of that object.
    """
    if tokens[index][0] in OPEN_QUOTES:
        close = _closing(tokens, index)
        if close is not None:
            after = tokens[close + 1][0] if close + 1 < len(tokens) else "."
            next_is_cue = close + 1 < len(tokens) and cue_starts_in(tokens[close + 1], later)
            if (
                close + 1 >= limit
                or next_is_cue
                or after in {".", "،", ",", "؛", ";", "!", "؟", "?"}
                or (clause and fold(after) in RELATIVE_PRONOUNS)
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
        if cue_starts_in(tokens[k], later):
            clitic = any(token_start < c < token_end for c in later)
            if previous in {"،", ","} or clitic:
                return _trim(ctx, start, cut)
            if explaining_after_comma(tokens, k):
                return _trim(ctx, start, tokens[k - 2][1])  # ...، حيث قال: another statement
            if narrator_participle(ctx, start, tokens, k, limit):
                return _trim(ctx, start, token_start)
            if participle_after_quote(ctx, start, tokens, k, limit):
                return _trim(ctx, start, token_start)
            attribution = attribution_start(tokens, k)
            if attribution is not None and attribution > index:
                return _trim(ctx, start, tokens[attribution][1])
        if (
            folded in CONTENT_BREAKERS
            and not (folded in {"فيما", "وفيما"} and relative_fima(following))
            and not _own_time_clause(tokens, k, limit, later)
        ):
            return _trim(ctx, start, cut)
        if folded in {"في", "وفي"} and following == "حين":
            return _trim(ctx, start, cut)
        if previous in {"،", ","} and source_attribution(ctx, tokens, k, limit):
            return _trim(ctx, start, cut)  # ...، بحسب مصدر دبلوماسي: the narrator's source
        if folded in NARRATOR_BUT and previous in {"،", ","}:
            return _trim(ctx, start, cut)
        but = folded in {"الا", "والا"} and following == "ان"  # ...، إلا أن X، المتحدث ... قال
        opens_clause = (
            but
            or folded in {"لكن", "ولكن"}
            or (
                previous in {"،", ","}
                and folded.startswith("و")
                and without_conjunction(folded) == folded
            )
        )
        reach = k + (16 if but else 8)
        if opens_clause and any(
            cue_starts_in(tokens[j], later)
            and not (but and manner_participle(without_conjunction(fold(tokens[j][0]))))
            for j in range(k + 1, min(limit, reach))
        ):
            return _trim(ctx, start, cut)  # ...، لكن سفير سوريا قال إن: another speaker
        if folded == "وذلك" and following in NARRATOR_CIRCUMSTANCE:
            return _trim(ctx, start, cut)  # وذلك بعد يوم من إعلان ...: the narrator again
        if previous in {"،", ","} and manner_participle(folded):
            return _trim(ctx, start, cut)  # ...، موجهة سلسلة من الانتقادات: the narrator
        if previous in {"،", ","} and third_party_relative(ctx, tokens, k, limit):
            return _trim(ctx, start, cut)  # ...، وهو ما ينفيه ترامب: the narrator
    return _trim(ctx, start, end)


def _own_time_clause(tokens: list[Token], k: int, limit: int, later: list[int]) -> bool:
    """`أشار إلى هروب المسؤولين بعدما أدينوا بالاختلاس`: `بعدما` written without a comma
    before it and with no cue in its clause is the speaker's own time clause; after a comma
    (`...، بعدما فرضت واشنطن عقوبات`) or with a cue (`بعدما أعلنت إيران`) it is the
    narrator's."""
    if fold(tokens[k][0]) != "بعدما" or tokens[k - 1][0] in {"،", ","}:
        return False
    for j in range(k + 1, min(limit, k + 9)):
        if tokens[j][0] in {"،", ",", "؛", ";"}:
            break  # the time clause ends here
        if cue_starts_in(tokens[j], later):
            return False
    return True


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
