"""The built-in annotator: lexicons plus rules, offline, no models.

Mentions come in three passes over folded tokens:
1. lexicon phrases (countries, capitals, nationality adjectives, organisations, posts,
   honorifics, reporting cues), composed ministries (`وزارة الخارجية الروسية`) and
   back-references (`نظيره`, `الأخير`, `الوزارة`);
2. names of people where a reader finds them: after a post and its complements, after a
   reporting cue, or starting with a known given name;
3. every later mention of a name found in pass 2 (`كيري` after `جون كيري`).
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.annotate.arabic import (
    COUNTERPART,
    LATTER,
    NAME_CONNECTORS,
    TITLE_FILLERS,
    UNNAMED_SOURCES,
)
from kg.annotate.model import Annotation, Kind, Mention, Word
from kg.annotate.tokens import Token, tokenize
from kg.lexicon import Entry, Lexicon, clitic_readings, default_lexicon
from kg.normalize import fold
from kg.text import Document

_MINISTRY = {"وزاره", "وزارتي", "وزارتا"}
_MINISTER_HEADS = {"وزير", "وزيره", "الوزير", "الوزيره", "وزيرا", "وزيري"}
_MAX_NAME = 6


@dataclass
class _Span:
    """A mention under construction over token indices [i, j)."""

    kind: Kind
    i: int
    j: int
    key: str | None = None
    label: str | None = None
    attrs: dict[str, str] | None = None
    prefix: int = 0  # characters of clitics to skip at the start of token i
    source: str = "lexicon"


class RuleAnnotator:
    """Lexicon-and-rule annotator; the offline default."""

    name = "rules"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()

    def annotate(self, document: Document) -> Annotation:
        toks = tokenize(document)
        spans = self._lexical(toks)
        spans += self._people(toks, spans)
        spans.sort(key=lambda s: (s.i, -s.j))
        words = [Word(document.text[t.start : t.end], t.start, t.end, t.index) for t in toks]
        mentions = [self._mention(document, toks, s) for s in spans]
        return Annotation(document, self.name, words, mentions)

    # -- pass 1: lexicon -------------------------------------------------------------------

    def _lexical(self, toks: list[Token]) -> list[_Span]:
        lex = self.lexicon
        forms = [t.form for t in toks]
        spans: list[_Span] = []
        i = 0
        while i < len(toks):
            if not toks[i].is_word:
                i += 1
                continue
            span = self._ministry(forms, i) or self._reference(forms, i)
            if span is None:
                found = lex.match(forms, i)
                if found is not None:
                    prefix, n, entry = found
                    span = _Span(
                        entry.kind, i, i + n, entry.key, entry.label, dict(entry.attrs), prefix
                    )
                    if entry.kind is Kind.TITLE:
                        self._extend_title(forms, span)
            if span is None:
                i += 1
                continue
            spans.append(span)
            i = span.j
        return spans

    def _portfolio(self, forms: list[str], i: int) -> tuple[int, tuple[str, str]] | None:
        """Longest ministerial portfolio at token i: (tokens, (canonical form, key))."""
        for n in (3, 2, 1):
            if i + n > len(forms):
                continue
            phrase = " ".join(forms[i : i + n])
            for _, form in clitic_readings(phrase):
                for candidate in (form, "ال" + form):
                    if candidate in self.lexicon.portfolios:
                        return n, self.lexicon.portfolios[candidate]
        return None

    def _country_after(self, forms: list[str], j: int) -> tuple[int, Entry] | None:
        """A nationality adjective or country name at token j: (tokens, entry)."""
        if j >= len(forms):
            return None
        found = self.lexicon.match(forms, j)
        if found and found[2].kind in (Kind.NATIONALITY, Kind.COUNTRY):
            return found[1], found[2]
        return None

    def _ministry(self, forms: list[str], i: int) -> _Span | None:
        """`وزارة الخارجية الروسية` (an organisation) or `الوزارة` (a reference)."""
        readings = dict((form, prefix) for prefix, form in clitic_readings(forms[i]))
        bare = next((f for f in readings if f in _MINISTRY), None)
        definite = next((f for f in readings if f in {"الوزاره"}), None)
        if definite:
            return _Span(
                Kind.REFERENCE, i, i + 1, "ministry", None, {"ref": "ministry"}, readings[definite]
            )
        portfolio_at = i + 1 if bare else i
        prefix = readings[bare] if bare else 0
        if not bare and not forms[i].startswith(("ال", "وال", "بال", "لل", "ولل")):
            return None
        found = self._portfolio(forms, portfolio_at)
        if found is None:
            return None
        n, portfolio = found
        country = self._country_after(forms, portfolio_at + n)
        if country is None:
            if not bare:
                return None
            return _Span(
                Kind.REFERENCE,
                i,
                portfolio_at + n,
                "ministry",
                None,
                {"ref": "ministry", "portfolio": portfolio},
                prefix,
            )
        m, entry = country
        if not bare and entry.attr("gender") != "f":
            return None
        portfolio, portfolio_key = portfolio
        known = self._known_ministry(forms, portfolio_at, portfolio_at + n + m)
        if known is not None:
            return _Span(
                Kind.ORGANISATION,
                i,
                portfolio_at + n + m,
                known.key,
                known.label,
                dict(known.attrs) | {"kind": "ministry", "portfolio": portfolio},
                prefix,
            )
        key = f"{entry.key.lower()}-ministry-{portfolio_key}"
        attrs = {
            "country": entry.key,
            "gender": "f",
            "kind": "ministry",
            "portfolio": portfolio,
            "label_from": str(portfolio_at),
        }
        label = None  # built from the original spelling in _mention
        return _Span(Kind.ORGANISATION, i, portfolio_at + n + m, key, label, attrs, prefix)

    def _known_ministry(self, forms: list[str], start: int, end: int) -> Entry | None:
        """A ministry the organisations lexicon names (وزارة الدفاع الأمريكية = البنتاغون)."""
        tail = [f for _, f in clitic_readings(forms[start])][-1:] + forms[start + 1 : end]
        found = self.lexicon.match(["وزاره", *tail], 0)
        if found and found[2].kind is Kind.ORGANISATION and found[1] == len(tail) + 1:
            return found[2]
        return None

    def _reference(self, forms: list[str], i: int) -> _Span | None:
        for prefix, form in clitic_readings(forms[i]):
            if form.startswith(COUNTERPART) and len(form) <= 7:
                suffix = form[len("نظير") :]
                gender = "f" if suffix in {"ته", "تها"} else "m"
                return _Span(
                    Kind.REFERENCE,
                    i,
                    i + 1,
                    "counterpart",
                    None,
                    {"ref": "counterpart", "gender": gender},
                    prefix,
                )
            if form in LATTER:
                gender = "f" if form.endswith("ه") else "m"
                return _Span(
                    Kind.REFERENCE,
                    i,
                    i + 1,
                    "latter",
                    None,
                    {"ref": "latter", "gender": gender},
                    prefix,
                )
        return None

    def _extend_title(self, forms: list[str], span: _Span) -> None:
        """Add the portfolio to a minister's post (`وزير الدفاع`), or a definite-less
        complement that completes a longer post (`رئيسة وزراء` = `رئيسة الوزراء`)."""
        attrs = span.attrs if span.attrs is not None else {}
        span.attrs = attrs
        head_forms = {f for _, f in clitic_readings(forms[span.i])}
        if span.j - span.i == 1 and head_forms & _MINISTER_HEADS:
            found = self._portfolio(forms, span.j)
            if found:
                n, (portfolio, _key) = found
                attrs["role"] = f"{(span.label or '').strip()} {portfolio}"
                attrs["portfolio"] = portfolio
                span.j += n
                return
        if span.j < len(forms):
            longer = self.lexicon.match([*forms[span.i : span.j], "ال" + forms[span.j]], 0)
            if longer and longer[2].kind is Kind.TITLE and longer[1] == span.j - span.i + 1:
                span.label = longer[2].label
                span.key = longer[2].key
                attrs.update(dict(longer[2].attrs))
                span.j += 1
        attrs.setdefault("role", _role_label(span.label or ""))

    # -- pass 2 and 3: people --------------------------------------------------------------

    def _people(self, toks: list[Token], spans: list[_Span]) -> list[_Span]:
        covered = [False] * len(toks)
        for span in spans:
            for k in range(span.i, span.j):
                covered[k] = True
        kinds = {s.i: s for s in spans}
        people: list[_Span] = []

        def add(i: int, j: int, source: str, gender: str | None = None) -> None:
            attrs = {"gender": gender} if gender else {}
            people.append(_Span(Kind.PERSON, i, j, None, None, attrs, 0, source))
            for k in range(i, j):
                covered[k] = True

        # after a post and its complements: وزير الدفاع الأمريكي آشتون كارتر
        for span in spans:
            if span.kind is not Kind.TITLE:
                continue
            k = self._skip_complements(toks, span.j, kinds)
            if k < len(toks) and toks[k].form == "،":
                k += 1
                k = self._skip_complements(toks, k, kinds)
            end = self._name_end(toks, k, covered)
            if end > k:
                add(k, end, "rule:title", (span.attrs or {}).get("gender"))

        # after a reporting cue or with a known given name: وقال جون كيري
        for k, tok in enumerate(toks):
            if covered[k] or not tok.is_word:
                continue
            after_cue = k > 0 and kinds.get(k - 1) is not None and kinds[k - 1].kind is Kind.CUE
            if self._first_name(tok.form) or (after_cue and self._first_name_ahead(toks, k)):
                end = self._name_end(toks, k, covered)
                if end - k >= 2:
                    add(k, end, "rule:given-name")

        # later mentions of the names found: كيري، المعلم
        aliases, longest = self._aliases(toks, people)
        for k, tok in enumerate(toks):
            if covered[k] or not tok.is_word:
                continue
            for prefix, form in clitic_readings(tok.form):
                n = _alias_length(toks, k, form, aliases, longest)
                if n:
                    add(k, k + n, "rule:alias")
                    people[-1].prefix = prefix
                    break
        return people

    def _skip_complements(self, toks: list[Token], k: int, kinds: dict[int, _Span]) -> int:
        """Skip what may stand between a post and its holder's name."""
        while k < len(toks):
            span = kinds.get(k)
            if span is not None and span.kind in (
                Kind.NATIONALITY,
                Kind.ORGANISATION,
                Kind.COUNTRY,
                Kind.HONORIFIC,
                Kind.REFERENCE,
            ):
                k = span.j
            elif toks[k].form in TITLE_FILLERS or self._complement_noun(toks, k):
                k += 1
            else:
                return k
        return k

    def _complement_noun(self, toks: list[Token], k: int) -> bool:
        """A common noun inside a post phrase (رئيس لجنة الانتخابات), not a name's start."""
        form = toks[k].form
        lex = self.lexicon
        return (
            form in lex.common_words
            and form not in lex.first_names
            and form not in NAME_CONNECTORS
            and not form.startswith("و")
            and k + 1 < len(toks)
            and toks[k + 1].is_word
        )

    def _first_name(self, form: str) -> bool:
        return any(f in self.lexicon.first_names for _, f in clitic_readings(form) if _ == 0)

    def _first_name_ahead(self, toks: list[Token], k: int) -> bool:
        return k + 1 < len(toks) and toks[k + 1].is_word and not self._stops(toks[k + 1].form)

    def _stops(self, form: str, first: bool = False) -> bool:
        """A token that cannot be part of a person's name (at its start, when `first`).

        A common word cannot start a name; later in a name only a bare one stops it, since
        surnames are often nouns with the article (الأسد، المعلم)."""
        lex = self.lexicon
        if form in lex.first_names or form in NAME_CONNECTORS:
            return False
        if form in UNNAMED_SOURCES:
            return True
        if form in lex.common_words and (first or not form.startswith("ال")):
            return True
        return any(f in lex.stopwords for _, f in clitic_readings(form)) or (
            lex.match([form], 0) is not None
        )

    def _name_end(self, toks: list[Token], k: int, covered: list[bool]) -> int:
        """End (exclusive) of the name starting at token k; k when there is none."""
        end = k
        while end < len(toks) and end - k < _MAX_NAME:
            tok = toks[end]
            if covered[end] or not tok.is_word or tok.form.isdigit():
                break
            if self._stops(tok.form, first=end == k) or _preposition_ala(tok):
                break
            if end > k and tok.form.startswith("و") and tok.form not in self.lexicon.first_names:
                break
            end += 1
        while end > k and toks[end - 1].form in NAME_CONNECTORS:
            end -= 1
        if (
            end == k + 1
            and toks[k].form.startswith("و")
            and toks[k].form not in self.lexicon.first_names
        ):
            return k
        return end

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
            if len(parts) >= 2 and len(parts[-1]) >= 3 and parts[-2] not in NAME_CONNECTORS:
                forms.add(parts[-1:])
            if len(parts) >= 3:
                forms.add((parts[0], parts[-1]))
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
        elif "label_from" in attrs:
            rest = document.text[toks[int(attrs.pop("label_from"))].start : end]
            label = "وزارة " + rest
        return Mention(span.kind, start, end, text, span.key, label, attrs, span.source)


def _alias_length(
    toks: list[Token], k: int, form: str, aliases: set[tuple[str, ...]], longest: dict[str, int]
) -> int:
    """Token count of the longest known name form starting at token k (read as `form`)."""
    for n in range(longest.get(form, 0), 0, -1):
        candidate = (form, *(t.form for t in toks[k + 1 : k + n]))
        if len(candidate) == n and candidate in aliases:
            return n
    return 0


def _role_label(title: str) -> str:
    """The post as a role: `المتحدث باسم` is the post `المتحدث`."""
    words = title.split()
    return " ".join(words[:-1]) if len(words) > 1 and fold(words[-1]) == "باسم" else title


def _preposition_ala(token: Token) -> bool:
    """`على` (on) folds to the name `علي`: the written alif maqsura tells them apart."""
    return token.form == "علي" and "ى" in token.raw[-3:]
