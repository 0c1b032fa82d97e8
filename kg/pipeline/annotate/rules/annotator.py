"""The built-in annotator: lexicons plus rules, offline, no models.

Mentions come in three passes over folded tokens:
1. lexicon phrases (countries, capitals, nationality adjectives, organisations, places,
   posts, honorifics, reporting cues), composed ministries (`وزارة الخارجية الروسية`),
   organisations named by a head noun (`حزب النمو`، `حركة يابلكو`، `قوى 14 آذار`) and
   back-references (`نظيره`, `ونائبه`, `الأخير`, `الوزارة`, `الحركة`); a post word that
   names an institution (`مركز الملك فيصل`) holds no post;
2. names of people where a reader finds them: after a post and its complements, after an
   honorific or rank, after a reporting cue, or starting with a known given name. A name
   ends at function words, verbs, inflected common words (`لاستعادة`، `حصوله`), particles
   spelt with ى, the next person's given name; a lone word must recur to be a name;
3. every later mention of a name found in pass 2 (`كيري` after `جون كيري`).

Passes 1 and 3 run here; pass 1 calls the rules of organisations.py and posts.py, pass 2 is
names.py. Each of those modules is a mixin of `RuleAnnotator` over `spans.RuleBase`.
"""

from __future__ import annotations

from collections import Counter

from kg.pipeline.annotate.arabic import NAME_CONNECTORS, REGNAL
from kg.pipeline.annotate.cue_forms import passive_past
from kg.pipeline.annotate.lexicon import Entry, Lexicon, default_lexicon
from kg.pipeline.annotate.model import Annotation, Kind, Mention, Word
from kg.pipeline.annotate.rules.name_words import compound_surname
from kg.pipeline.annotate.rules.names import NameRules
from kg.pipeline.annotate.rules.organisations import OrganisationRules
from kg.pipeline.annotate.rules.posts import PostRules
from kg.pipeline.annotate.rules.spans import (
    START_ACCUSATIVE,
    START_ASSISTANT,
    START_DUAL,
    START_DUAL_CONSTRUCT,
    START_LEXICON,
    START_MINISTRY,
    START_ONE_OF,
    START_ORGANISATION,
    START_PLACE,
    START_REFERENCE,
    _Span,
)
from kg.pipeline.annotate.tokens import Token, tokenize
from kg.pipeline.text.document import Document

_START_MEMO_SIZE = 1 << 18
_NO_QUOTES = str.maketrans("", "", '"«»“”')  # a quoted name's label drops its quotes


class RuleAnnotator(NameRules, PostRules, OrganisationRules):
    """Lexicon-and-rule annotator; the offline default."""

    name = "rules"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()
        self._counts: Counter[str] = Counter()  # per article: folded forms without ال
        self._pairs: Counter[tuple[str, str]] = Counter()  # per article: adjacent forms
        self._start_memo: dict[str, int] = {}  # the start index, see _start_rules

    def annotate(self, document: Document) -> Annotation:
        toks = tokenize(document)
        forms = [t.form for t in toks]
        self._counts = Counter([f.removeprefix("ال") for f in forms])
        self._pairs = Counter(zip(forms, forms[1:], strict=False))
        spans = self._lexical(toks)
        spans += self._explain_cues(toks, spans)
        spans += self._people(toks, spans)
        spans.sort(key=lambda s: (s.i, -s.j))
        make, none = tuple.__new__, (None, None, None, None)  # Word(raw, start, end, index)
        words = [make(Word, (raw, start, end, index, *none)) for index, _, start, end, raw in toks]
        mentions = [self._mention(document, toks, s) for s in spans]
        return Annotation(document, self.name, words, mentions)

    # -- pass 1: lexicon -------------------------------------------------------------------

    def _lexical(self, toks: list[Token]) -> list[_Span]:
        lex = self.lexicon
        forms = [t.form for t in toks]
        spans: list[_Span] = []
        i = 0
        start_rules = self._start_rules
        while i < len(toks):
            # the start index: the rules whose start condition holds at this word (none for
            # most words, and for punctuation); a rule is only tried where its bit is set
            rules = start_rules(forms[i]) if toks[i].is_word else 0
            if not rules:
                i += 1  # no rule of this pass can match here
                continue
            span = self._ministry(forms, i) if rules & START_MINISTRY else None
            if span is None and rules & START_REFERENCE:
                span = self._reference(forms, i)
            if span is None and rules & START_PLACE:
                span = self._place(forms, i)
            found = lex.match(forms, i) if span is None and rules & START_LEXICON else None
            if span is None and found is None:
                if rules & START_ASSISTANT:
                    span = self._assistant(forms, i)
                if span is None and rules & START_DUAL:
                    span = self._dual_post(forms, i)
                if span is None and rules & START_ONE_OF:
                    span = self._one_of(forms, i)
                if span is None and rules & START_DUAL_CONSTRUCT:
                    span = self._dual_construct(forms, i)
            accusative = span is None and found is None
            if accusative and rules & START_ACCUSATIVE:
                found = self._accusative_post(forms, i)
            if (
                span is None
                and rules & START_ORGANISATION
                and (found is None or found[2].kind is not Kind.ORGANISATION)
            ):
                span = self._generic_organisation(toks, forms, i)
            if found is not None and self._given_name_not_nationality(forms, i, found, spans):
                found = None  # الأمير تركي الفيصل: تركي is a given name here
            if span is None and found is not None:
                prefix, n, entry = found
                if entry.kind is Kind.CUE and self._passive(toks[i], prefix, entry):
                    i += 1  # طُلب من الوزير: the verb's subject is not the speaker
                    continue
                span = _Span(
                    entry.kind, i, i + n, entry.key, entry.label, dict(entry.attrs), prefix
                )
                if accusative:
                    assert span.attrs is not None
                    span.attrs["accusative"] = "1"
                if entry.kind is Kind.CUE:
                    self._with_bil_qawl(forms, span)
                if entry.kind is Kind.HONORIFIC:
                    _with_abbreviation_dot(forms, span)
                if entry.kind in (Kind.TITLE, Kind.HONORIFIC) and self._surname_not_post(
                    toks, i, n, prefix
                ):
                    i += 1  # أمين منطقة الرياض إبراهيم السلطان: a surname spelt like a post
                    continue
                if entry.kind is Kind.TITLE and self._given_name_not_post(forms, i, n, prefix):
                    i += 1  # أمير عبد اللهيان: a given name spelt like a post
                    continue
                if entry.kind is Kind.TITLE:
                    if self._not_a_post(toks, i, n):
                        span = self._his_deputy(toks, i, n, prefix)
                        if span is None:
                            i += n
                            continue
                    else:
                        self._extend_title(forms, span)
                        self._deputy_of_post(forms, span)
                        self._release_organisation(forms, span)
            if span is None:
                i += 1
                continue
            spans.append(span)
            i = span.j
            club = self._club_after_staff(forms, span)
            if club is not None:
                spans.append(club)
                i = club.j
        return spans

    @staticmethod
    def _explain_cues(toks: list[Token], spans: list[_Span]) -> list[_Span]:
        """`وبين أن`، `وبيّن البوسيف أن`، `بيّن في حديثه أن`: the past بيّن ("explained") is
        spelt as the preposition بين ("between"), so the cue lexicon never generates it;
        it is the verb when a conjunction is attached to it or its shadda is written, and
        a complementiser follows within four words, none of them joined by و (`وبين
        الشرفيين والإدارة أن`: "between" two parties)."""
        found: list[_Span] = []
        taken: set[int] | None = None  # token indices inside a span, built at the first verb
        for i, tok in enumerate(toks):
            conjunction = tok.form in _BAYYANA_WITH_CONJUNCTION
            if not (conjunction or (tok.form == "بين" and "\u0651" in tok.raw)):
                continue
            if taken is None:
                taken = {k for span in spans for k in range(span.i, span.j)}
            if i in taken or not _complementiser_follows(toks, i + 1):
                continue
            attrs = {"gender": "m", "number": "sg", "kind": "past", "class": "explain"}
            found.append(_Span(Kind.CUE, i, i + 1, "بين", "بين", attrs, int(conjunction)))
        return found

    @staticmethod
    def _with_bil_qawl(forms: list[str], span: _Span) -> None:
        """`أوضح بالقول:`، `ردّ بالقول إن`: a reporting verb followed by بالقول is one cue
        (the masdar only repeats that the verb reports speech); the span takes it in."""
        kind = (span.attrs or {}).get("kind")
        if kind in ("past", "present") and span.j < len(forms) and forms[span.j] == "بالقول":
            span.j += 1

    @staticmethod
    def _passive(token: Token, prefix: int, entry: Entry) -> bool:
        """A past cue written in the passive voice (`طُلب`، `أُعلن`) reports no speaker."""
        return entry.attr("kind") == "past" and passive_past(token.raw, prefix)

    def _starts(self, form: str) -> bool:
        """Whether any rule of pass 1 can match at a word spelt `form` (see `_start_rules`)."""
        return bool(self._start_rules(form))

    def _start_rules(self, form: str) -> int:
        """The start index of pass 1: the rules (`spans.START_*` bits) that can match at a
        word spelt `form`: a lexicon phrase begins with one of its readings, or a rule's own
        start condition holds (`_post_starts`, `_organisation_starts`); memoised per form.
        Most words start nothing and are offered to no rule. A rule added to `_lexical`
        adds its start condition here."""
        found = self._start_memo.get(form)
        if found is None:
            if len(self._start_memo) >= _START_MEMO_SIZE:
                self._start_memo.clear()  # bounded: a long run meets ever more forms
            found = (
                (START_LEXICON if self.lexicon.candidates(form) else 0)
                | self._post_starts(form)
                | self._organisation_starts(form)
            )
            self._start_memo[form] = found
        return found

    @staticmethod
    def _aliases(
        toks: list[Token], people: list[_Span]
    ) -> tuple[set[tuple[str, ...]], dict[str, int]]:
        """Name forms to look for again (full name, surname, first + last), and for each
        first token the longest form's length."""
        aliases: set[tuple[str, ...]] = set()
        longest: dict[str, int] = {}
        for person in people:
            parts = tuple(t.form for t in toks[person.i : person.j])
            forms = {parts}
            if (
                len(parts) >= 2
                and len(parts[-1]) >= 3
                and parts[-2] not in NAME_CONNECTORS
                and parts[-1] not in REGNAL
                and not compound_surname(parts)  # not الله of حسن نصر الله
            ):
                forms.add(parts[-1:])
            if len(parts) >= 3:
                forms.add((parts[0], parts[-1]))
            if compound_surname(parts):
                forms.add(parts[-2:])  # رامي عبد الرحمن ... وقال عبد الرحمن
            for form in forms:
                aliases.add(form)
                longest[form[0]] = max(longest.get(form[0], 0), len(form))
        return aliases, longest

    def _mention(self, document: Document, toks: list[Token], span: _Span) -> Mention:
        start = toks[span.i].start + span.prefix
        end = toks[span.j - 1].end
        text = document.text[start:end]
        label = span.label
        attrs = dict(span.attrs or {})
        if span.kind is Kind.PERSON:
            label = text
        elif attrs.pop("quoted_name", None):
            label = " ".join(text.translate(_NO_QUOTES).split())  # صحيفة سبورت الرومانية
        elif (
            label is None and span.prefix and toks[span.i].form[span.prefix - 1 :].startswith("لل")
        ):
            label = "ال" + text[1:]  # للحكومة الفلسطينية: ل + الحكومة, the alif not written
        elif attrs.pop("role_text", None):
            attrs["role"] = " ".join(text.split())
        elif "label_from" in attrs:
            rest = document.text[toks[int(attrs.pop("label_from"))].start : end]
            label = "وزارة " + rest
        return Mention(span.kind, start, end, text, span.key, label, attrs, span.source)


# بيّن with و or ف attached (folded: the shadda is dropped), the verb "and he explained"
_BAYYANA_WITH_CONJUNCTION = frozenset({"وبين", "فبين"})
_COMPLEMENTISERS = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها"})  # folded
_QUOTES = frozenset('"«»“”')


def _complementiser_follows(toks: list[Token], start: int) -> bool:
    """Whether أن (إن، بأن) follows within four words from `start`, past quotes only, and no
    word before it is joined by و (a second noun after "between")."""
    words = 0
    for tok in toks[start : start + 8]:
        if not tok.is_word:
            if tok.form in _QUOTES:
                continue
            return False
        if tok.form in _COMPLEMENTISERS:
            return True
        if tok.form.startswith("و") or words == 4:
            return False
        words += 1
    return False


def _with_abbreviation_dot(forms: list[str], span: _Span) -> None:
    """`د. هاني الرحيلي`، `د. عزيزة الرويس`: a one-letter honorific is an abbreviation
    (الدكتور or الدكتورة, so it tells no gender), and its dot belongs to it (the sentence
    does not end there: `text.document`), so the name follows the span."""
    if span.j - span.i != 1 or len(forms[span.i]) != 1:
        return
    if span.attrs is not None:
        span.attrs.pop("gender", None)
    if forms[span.j : span.j + 1] == ["."]:
        span.j += 1
