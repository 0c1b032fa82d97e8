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
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from kg.pipeline.annotate.arabic import (
    CLUB_STAFF,
    CLUBS_AFTER_STAFF,
    COUNTERPART,
    IMPERSONAL_VERBS,
    LATTER,
    MAQSURA_PARTICLES,
    NAME_CONNECTORS,
    NAMED_AFTER,
    ORGANISATION_HEADS,
    PLACE_NOUNS,
    PRONOUN_SUFFIXES,
    REGNAL,
    TITLE_FILLERS,
    UNNAMED_SOURCES,
)
from kg.pipeline.annotate.lexicon import Entry, Lexicon, clitic_readings, default_lexicon
from kg.pipeline.annotate.model import Annotation, Kind, Mention, Word
from kg.pipeline.annotate.tokens import Token, tokenize
from kg.pipeline.text.document import Document
from kg.pipeline.text.normalize import fold

_MINISTRY = {"وزاره", "وزارتي", "وزارتا"}
_MINISTER_HEADS = {"وزير", "وزيره", "الوزير", "الوزيره", "وزيرا", "وزيري"}
_MAX_NAME = 8
_DEPUTIES = {"نايب", "نايبه", "مساعد", "مساعده", "وكيل", "وكيله", "النايب", "المساعد", "الوكيل"}
_OFFICES = {  # heads of posts one is appointed or elected to (تعيينه سفيرا، انتخابه رئيسا)
    "سفير",
    "وزير",
    "رئيس",
    "مدير",
    "مستشار",
    "نائب",
    "أمين",
    "محافظ",
    "قائد",
    "مدرب",
    "متحدث",
    "ناطق",
    "مبعوث",
    "ممثل",
    "مندوب",
    "سكرتير",
    "عضو",
    "أمير",
    "حاكم",
    "قنصل",
}
# Family names spelt like a post or honorific (إبراهيم السلطان، محمد المرشد، عبدالله القاضي)
_TITLE_SURNAMES = {
    "السلطان",
    "المرشد",
    "الحاج",
    "الامير",
    "الشيخ",
    "القاضي",
    "المفتي",
    "الوزير",
    "الملا",
    "الامام",
    "النقيب",
    "العميد",
    "المشير",
    "الحاكم",
    "المحافظ",
    "السفير",
    "القنصل",
}
_ADJECTIVE_TITLES = {"المحافظ", "الحاكم", "المسوول", "الحاكمه", "المحافظه"}  # conservative, ruling
_ASSISTANT = {"مساعد", "مساعده", "المساعد", "المساعده"}
_CONSTRUCT_PLURALS = {"مفاوضي", "مستشاري", "ممثلي", "مساعدي"}


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
        self._counts: Counter[str] = Counter()  # per article: folded forms without ال
        self._pairs: Counter[tuple[str, str]] = Counter()  # per article: adjacent forms

    def annotate(self, document: Document) -> Annotation:
        toks = tokenize(document)
        self._counts = Counter(t.form.removeprefix("ال") for t in toks)
        self._pairs = Counter((a.form, b.form) for a, b in zip(toks, toks[1:], strict=False))
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
            span = self._ministry(forms, i) or self._reference(forms, i) or self._place(forms, i)
            found = lex.match(forms, i) if span is None else None
            if span is None and found is None:
                span = self._assistant(forms, i)
            accusative = span is None and found is None
            if accusative:
                found = self._accusative_post(forms, i)
            if span is None and (found is None or found[2].kind is not Kind.ORGANISATION):
                span = self._generic_organisation(toks, forms, i)
            if found is not None and self._given_name_not_nationality(forms, i, found, spans):
                found = None  # الأمير تركي الفيصل: تركي is a given name here
            if span is None and found is not None:
                prefix, n, entry = found
                span = _Span(
                    entry.kind, i, i + n, entry.key, entry.label, dict(entry.attrs), prefix
                )
                if accusative:
                    assert span.attrs is not None
                    span.attrs["accusative"] = "1"
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

    def _club_after_staff(self, forms: list[str], span: _Span) -> _Span | None:
        """`مدرب الهلال`، `لاعب النصر`: a club named by a bare common word after its staff."""
        if span.kind is not Kind.TITLE or span.label not in CLUB_STAFF or span.j >= len(forms):
            return None
        start = span.j
        at = start + 1 if forms[start] == "فريق" else start  # مدرب فريق الهلال
        key = CLUBS_AFTER_STAFF.get(forms[at]) if at < len(forms) else None
        if key is None or forms[at + 1 : at + 2] == ["الاحمر"]:
            return None  # رئيس الهلال الأحمر: the Red Crescent
        return _Span(Kind.ORGANISATION, start, at + 1, key, forms[at], {"kind": "other"})

    def _given_name_not_nationality(
        self, forms: list[str], i: int, found: tuple[int, int, Entry], spans: list[_Span]
    ) -> bool:
        """An indefinite nationality word right after an honorific or a post and before a
        name is a given name (الأمير تركي الفيصل); a post's nationality has the article."""
        entry = found[2]
        return (
            entry.kind is Kind.NATIONALITY
            and not forms[i].startswith("ال")
            and found[1] == 1
            and i + 1 < len(forms)
            and forms[i + 1][:1].isalpha()
            and self.lexicon.match(forms, i + 1) is None
            and (
                (
                    bool(spans)
                    and spans[-1].j == i
                    and spans[-1].kind in (Kind.HONORIFIC, Kind.TITLE)
                )
                or (i > 0 and forms[i - 1] in self.lexicon.first_names)  # محمد آذري جهرمي
            )
        ) or self._nisba_surname(forms, i, found, spans)

    def _nisba_surname(
        self, forms: list[str], i: int, found: tuple[int, int, Entry], spans: list[_Span]
    ) -> bool:
        """`اللواء منصور التركي`: after a rank and a given name, a nationality word with the
        article is the surname."""
        return (
            found[2].kind is Kind.NATIONALITY
            and found[1] == 1
            and forms[i].startswith("ال")
            and i > 0
            and forms[i - 1] in self.lexicon.first_names
            and bool(spans)
            and spans[-1].j == i - 1
            and spans[-1].kind is Kind.HONORIFIC
        )

    def _recurring_surname(self, toks: list[Token], k: int) -> bool:
        """A bare common word after a given name, the pair written at least twice in the
        article: a surname (أشرف غني، تمام سلام), not a word that happens to follow."""
        lex = self.lexicon
        given, word = toks[k].form, toks[k + 1].form
        return (
            given in lex.first_names
            and toks[k + 1].is_word
            and word in lex.common_words
            and not word.startswith(("ال", "و", "ي", "ت", "ن"))
            and not any(f in lex.stopwords for _, f in clitic_readings(word))
            and not self._inflected_common(word)
            and lex.match([word], 0) is None
            and self._pairs[(given, word)] >= 2
        )

    def _surname_not_post(self, toks: list[Token], i: int, n: int, prefix: int) -> bool:
        """A one-word definite post right after a given name and before the end of the
        phrase (a stop word, a reporting verb, punctuation) is the surname: `محمد المرشد إن`،
        `إبراهيم السلطان،` (but `استقبل الملك سلمان الرئيس الفرنسي`)."""
        form = toks[i].form
        if n != 1 or prefix or not form.startswith("ال") or i == 0 or i + 1 >= len(toks):
            return False
        if form not in _TITLE_SURNAMES:
            return False
        before, after = toks[i - 1], toks[i + 1]
        if not before.is_word or before.form not in self.lexicon.first_names:
            return False
        return not after.is_word or after.form in self.lexicon.stopwords

    def _given_name_not_post(self, forms: list[str], i: int, n: int, prefix: int) -> bool:
        """A bare post word that is also a given name (أمير، سلطان), followed directly by
        a name's connector or another given name and no complement, starts a name:
        `أمير عبد اللهيان`، `سلطان بن سلمان` (but `أمير قطر`، `أمير منطقة الرياض`)."""
        if n != 1 or prefix or forms[i] not in self.lexicon.first_names or i + 1 >= len(forms):
            return False
        following = forms[i + 1]
        if self.lexicon.match(forms, i + 1) is not None:
            return False
        return following in ("عبد", "بن", "ابن", "ابو") or (
            following in self.lexicon.first_names and following not in self.lexicon.common_words
        )

    def _not_a_post(self, toks: list[Token], i: int, n: int) -> bool:
        """A title word that holds no post here: after a noun named for someone (مركز الملك
        فيصل), or a noun with a pronoun that folds like a feminine title (ونائبه = his
        deputy, not نائبة)."""
        if i > 0 and any(f in NAMED_AFTER for _, f in clitic_readings(toks[i - 1].form)):
            return True
        if n == 1 and toks[i].form in _ADJECTIVE_TITLES and i > 0:
            before = toks[i - 1].form
            found = self.lexicon.match([before], 0)
            if before.startswith("ال") and (found is None or found[2].kind is not Kind.TITLE):
                return True  # الحزب الحاكم، السيناتور الأمريكي المحافظ: an adjective
        last = toks[i + n - 1]
        raw = "".join(c for c in last.raw if not ("\u064b" <= c <= "\u0652" or c == "\u0640"))
        return n == 1 and raw.endswith("ه") and last.form.endswith("ه") and len(raw) > 3

    def _release_organisation(self, forms: list[str], span: _Span) -> None:
        """`رئيس البرلمان العربي`، `رئيسة المفوضية الأوروبية`: when the post's last word
        begins a known organisation's name, the post keeps its role but ends before it."""
        last = span.j - 1
        if last <= span.i or (span.attrs or {}).get("role_text"):
            return
        found = self.lexicon.match(forms, last)
        if found and found[2].kind is Kind.ORGANISATION and last + found[1] > span.j:
            span.j = last

    def _his_deputy(self, toks: list[Token], i: int, n: int, prefix: int) -> _Span | None:
        """`ونائبه`، `ومستشاره`: a post word with a pronoun refers to the post of the person
        just named (his deputy holds `نائب الرئيس`)."""
        raw = toks[i].raw[prefix:]
        if n != 1 or not raw.endswith("ه") or i == 0:
            return None
        attrs = {"ref": "deputy", "head": raw[:-1]}
        return _Span(Kind.REFERENCE, i, i + 1, "deputy", None, attrs, prefix)

    def _place(self, forms: list[str], i: int) -> _Span | None:
        """A known place with the noun before it: `محافظة إدلب`، `بمدينة حلب`."""
        if i + 1 >= len(forms):
            return None
        readings = [(p, f) for p, f in clitic_readings(forms[i]) if f in PLACE_NOUNS]
        found = self.lexicon.match(forms, i + 1)
        if not readings or found is None or found[2].kind is not Kind.PLACE or found[0]:
            return None
        entry = found[2]
        return _Span(Kind.PLACE, i, i + 1 + found[1], entry.key, entry.label, {}, readings[0][0])

    def _generic_organisation(self, toks: list[Token], forms: list[str], i: int) -> _Span | None:
        """An organisation named by a head noun and its complements: `حزب النمو`،
        `حركة يابلكو`، `لجنة الانتخابات المركزية الروسية`؛ or `الحركة`/`الحزب` alone, a
        reference to the last one of that kind."""
        for prefix, form in clitic_readings(forms[i]):
            definite = form.startswith("ال") and form[2:] in ORGANISATION_HEADS
            if form not in ORGANISATION_HEADS and not definite:
                continue
            head = form[2:] if definite else form
            j = self._organisation_end(toks, i + 1, definite)
            if j == i + 1 and not definite:
                return None
            if j == i + 1:
                attrs = {"ref": "organisation", "kind": ORGANISATION_HEADS[head], "head": head}
                return _Span(Kind.REFERENCE, i, j, "organisation", None, attrs, prefix)
            key = "org-" + "-".join([head, *forms[i + 1 : j]])
            attrs = {"kind": ORGANISATION_HEADS[head]}
            country = self._country_after(forms, j - 1)
            if country is not None and country[1].kind is Kind.NATIONALITY:
                attrs["country"] = country[1].key
            return _Span(Kind.ORGANISATION, i, j, key, None, attrs, prefix, "rule:organisation")
        return None

    def _organisation_end(self, toks: list[Token], k: int, definite: bool) -> int:
        """End of an organisation name's complements from token k: article words (nouns
        and adjectives, a nationality last), or, after a bare head, one foreign name."""
        lex = self.lexicon
        start = k
        while k < len(toks) and k - start < 4 and toks[k].is_word:
            form = toks[k].form
            found = lex.match([t.form for t in toks[k : k + 1]], 0)
            if found and found[2].kind is Kind.NATIONALITY:
                return k + 1
            if found or form in lex.first_names or _is_particle(toks[k]):
                break
            if form.startswith("ال") and form not in TITLE_FILLERS and form not in LATTER:
                k += 1
                continue
            if k == start and not definite and form.isdigit() and k + 1 < len(toks):
                return k + 2  # قوى 14 آذار، حركة 6 أبريل
            if k > start and self._affairs_of(toks, k):
                country = lex.match([t.form for t in toks[k + 1 : k + 2]], 0)
                if country and country[2].kind is Kind.COUNTRY:
                    return k + 2  # الاتحاد الشعبي لعموم روسيا
                k += 1  # المرصد السوري لحقوق الإنسان
                continue
            if (
                k == start
                and not definite
                and not self._stops(form, first=True)
                and not self._inflected_common(form)
            ):
                return self._dative_end(toks, k + 1)  # حركة يابلكو، اتحاد آسيا للمكفوفين
            break
        return self._dative_end(toks, k) if k > start else k

    def _dative_end(self, toks: list[Token], k: int) -> int:
        """Past a closing `لل` complement of an organisation name: `اتحاد آسيا للمكفوفين`،
        `الهيئة العامة للرياضة`؛ k itself when there is none."""
        if k >= len(toks) or not toks[k].is_word:
            return k
        form = toks[k].form
        if not form.startswith("لل") or len(form) < 6 or _is_particle(toks[k]):
            return k
        if self.lexicon.match([form], 0) is not None:
            return k
        k += 1
        if k < len(toks) and toks[k].is_word:  # شركة روتانا للصوتيات والمرئيات
            form = toks[k].form
            conjoined = form.startswith("وال") and len(form) > 5 and not _is_particle(toks[k])
            if conjoined and self.lexicon.match([form], 0) is None:
                return k + 1
        return k

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
        readings, bare, definite = _ministry_head(forms[i])
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
        """`نظيره/نظيرتها` (a counterpart) or `الأخير/الأخيرة` (the latter), with gender."""
        for prefix, form in clitic_readings(forms[i]):
            if form.startswith(COUNTERPART) and len(form) <= 7:
                ref = "counterpart"
                gender = "f" if form[len("نظير") :] in {"ته", "تها"} else "m"
            elif form in LATTER:
                ref = "latter"
                gender = "f" if form.endswith("ه") else "m"
            else:
                continue
            return _Span(
                Kind.REFERENCE, i, i + 1, ref, None, {"ref": ref, "gender": gender}, prefix
            )
        return None

    def _extend_title(self, forms: list[str], span: _Span) -> None:
        """Add the portfolio to a minister's post (`وزير الدفاع`), or a definite-less
        complement that completes a longer post (`رئيسة وزراء` = `رئيسة الوزراء`)."""
        attrs = span.attrs if span.attrs is not None else {}
        span.attrs = attrs
        head_forms = {f for _, f in clitic_readings(forms[span.i])}
        # وزير الدفاع; نائب وزير الدفاع، وكيل وزارة الصحة: a deputy's post names the portfolio too
        minister = span.j - span.i == 1 and head_forms & _MINISTER_HEADS
        deputy = span.j - span.i == 2 and forms[span.j - 1] in _MINISTER_HEADS | {"وزاره"}
        if minister or deputy:
            found = self._portfolio(forms, span.j)
            if found:
                n, (portfolio, _key) = found
                attrs["role"] = f"{(span.label or '').strip()} {portfolio}"
                attrs["portfolio"] = portfolio
                span.j += n
                return
        if span.j < len(forms) and forms[span.j] not in ORGANISATION_HEADS:
            longer = self.lexicon.match([*forms[span.i : span.j], "ال" + forms[span.j]], 0)
            if longer and longer[2].kind is Kind.TITLE and longer[1] == span.j - span.i + 1:
                span.label = longer[2].label
                span.key = longer[2].key
                attrs.update(dict(longer[2].attrs))
                span.j += 1
        attrs.setdefault("role", _role_label(span.label or ""))
        self._extend_dependent(forms, span)
        last = fold(span.label or "").split()[-1:]
        if last == ["الدوله"] and span.j < len(forms) and forms[span.j].startswith("ل"):
            span.j += 1  # وزير الدولة للشؤون الخارجية: the state minister's field is the post
            while span.j < len(forms) and span.j - span.i < 6 and forms[span.j].startswith("ال"):
                span.j += 1
            attrs["role_text"] = "1"
        elif last and last[0] in _CONSTRUCT_PLURALS and span.j < len(forms):
            span.j += 1  # كبير مفاوضي البريكست: the plural in construct takes the next noun
            attrs["role_text"] = "1"

    def _accusative_post(self, forms: list[str], i: int) -> tuple[int, int, Entry] | None:
        """`تعيين X سفيرا لدى واشنطن`، `انتخابه رئيسا للحزب`: a post in the accusative (with
        ا) after the name it is given to."""
        form = forms[i]
        if len(form) < 5 or not form.endswith("ا") or form.endswith("ها") or form.startswith("ال"):
            return None
        found = self.lexicon.match([form[:-1]], 0)
        if found is None or found[0] or found[1] != 1 or found[2].kind is not Kind.TITLE:
            return None
        if found[2].attr("head").removesuffix("ة") not in _OFFICES:
            return None  # مهاجما، مؤكدا: a circumstantial participle, not an office
        return found

    def _assistant(self, forms: list[str], i: int) -> _Span | None:
        """`مساعد رئيس البرلمان`: مساعد (also a given name) is a post only before one."""
        readings = [(p, f) for p, f in clitic_readings(forms[i]) if f in _ASSISTANT]
        if not readings:
            return None
        found = self.lexicon.match(forms, i + 1)
        if found is None or found[0] or found[2].kind is not Kind.TITLE:
            return None
        prefix, form = readings[0]
        gender = "f" if form.endswith("ه") else "m"
        attrs = {"gender": gender, "head": "مساعد"}
        span = _Span(Kind.TITLE, i, i + 1, form, form, attrs, prefix)
        self._deputy_of_post(forms, span)
        return span

    def _deputy_of_post(self, forms: list[str], span: _Span) -> None:
        """`مساعد رئيس البرلمان`، `نائب المدير العام`، `وكيل أمين المنطقة`: a deputy word in
        construct with another post holds that post's deputyship, the whole phrase."""
        if span.j - span.i != 1 or span.j >= len(forms):
            return
        if not {f for _, f in clitic_readings(forms[span.i])} & _DEPUTIES:
            return
        found = self.lexicon.match(forms, span.j)
        if found is None or found[0] or found[2].kind is not Kind.TITLE:
            return
        inner = _Span(Kind.TITLE, span.j, span.j + found[1], found[2].key, found[2].label, {})
        self._extend_title(forms, inner)
        span.j = inner.j
        assert span.attrs is not None
        span.attrs["role_text"] = "1"

    def _dependent_title(self, forms: list[str], k: int) -> int:
        """End of a post governed by ل at token k (`لرئيس مجلس الوزراء`), else k."""
        if k >= len(forms) or not forms[k].startswith("ل"):
            return k
        found = self.lexicon.match(forms, k)
        if found is None or found[2].kind is not Kind.TITLE or not found[0]:
            return k
        inner = _Span(Kind.TITLE, k, k + found[1], found[2].key, found[2].label, {})
        self._extend_title(forms, inner)
        return inner.j

    def _extend_dependent(self, forms: list[str], span: _Span) -> None:
        """A deputy or adviser of another post: `النائب الثاني لرئيس مجلس الوزراء`,
        `مستشار لرئيس الوزراء`; the role is then the whole phrase as written."""
        k = span.j + (span.j < len(forms) and forms[span.j] in REGNAL)
        end = self._dependent_title(forms, k)
        if end > k:
            span.j = end
            assert span.attrs is not None
            span.attrs["role_text"] = "1"

    # -- pass 2 and 3: people --------------------------------------------------------------

    def _people(self, toks: list[Token], spans: list[_Span]) -> list[_Span]:
        covered = [False] * len(toks)
        for span in spans:
            for k in range(span.i, span.j):
                covered[k] = True
        for k, tok in enumerate(toks):
            covered[k] = covered[k] or _is_particle(tok)
        kinds = {s.i: s for s in spans}
        people: list[_Span] = []
        complements: list[_Span] = []  # a bare organisation word between a post and a name

        def add(i: int, j: int, source: str, gender: str | None = None) -> None:
            attrs = {"gender": gender} if gender else {}
            form = toks[i].form
            prefix = int(form[:1] in "وف" and form[1:] in self.lexicon.first_names)  # وعبدالرحمن
            people.append(_Span(Kind.PERSON, i, j, None, None, attrs, prefix, source))
            for k in range(i, j):
                covered[k] = True

        # after a post and its complements: وزير الدفاع الأمريكي آشتون كارتر
        for span in spans:
            reference = span.kind is Kind.REFERENCE and span.key in ("counterpart", "deputy")
            if span.kind is not Kind.TITLE and not reference:
                continue
            if (span.attrs or {}).get("accusative"):
                continue  # سفيرا follows its holder's name; حاكما ألاباما: two governors
            k = self._skip_complements(toks, span.j, kinds)
            if k < len(toks) and toks[k].form in ("،", ")"):  # (وزير الخارجية) بوريس جونسون
                k += 1
                k = self._skip_complements(toks, k, kinds)
            if self._genitive(toks, k, span.j):
                continue  # مسؤول في إدارة ترامب: the name completes a noun, it holds no post
            if self._lam_genitive(toks, k):
                continue  # المحامي الشخصي لترامب: ل + a name, the post is of someone else
            if self._adjective_before_name(toks, k, covered):
                k += 1  # الممثل الشهير لي نيلسون، الزعيم الدرزي وليد جنبلاط
            end = self._name_end(toks, k, covered)
            if self._complement_before_given_name(toks, k, end):
                # لاعب مانشستر إيلكاي غوندوغان: the club, then the player's name
                attrs = {"kind": "other"}
                key = "org-" + toks[k].form
                complements.append(_Span(Kind.ORGANISATION, k, k + 1, key, None, attrs))
                covered[k] = True
                k += 1
            if end == k:
                end = self._common_name(toks, k, covered) or k
            on_behalf = toks[span.j - 1].form == "باسم" and k == span.j  # المتحدث باسم الجمارك
            if end == k + 1 and (
                not self._recurs(toks, k)
                or _verbal_noun(toks[k].form)
                or (on_behalf and toks[k].form.startswith("ال"))
            ):
                continue  # a lone word after a post (أواخر، الأزرق) must recur to be a name
            if end > k:
                add(k, end, "rule:title", (span.attrs or {}).get("gender"))

        # after an honorific or a rank: الأمير تركي الفيصل، العقيد تركي المالكي
        for span in spans:
            if span.kind is not Kind.HONORIFIC or span.j >= len(toks) or covered[span.j]:
                continue
            start = span.j
            found = self.lexicon.match([t.form for t in toks[start : start + 1]], 0)
            given = found is not None and found[2].kind is Kind.NATIONALITY
            if given and not toks[start].form.startswith("ال"):
                start += 1  # الأمير تركي الفيصل: the nationality word is the given name
            end = self._name_end(toks, start, covered, continuing=start > span.j)
            single_ok = self._recurs(toks, span.j) or self._post_follows(toks, end, kinds)
            if end > start and (end - span.j >= 2 or single_ok):
                add(span.j, end, "rule:honorific", (span.attrs or {}).get("gender"))

        # after a reporting cue or with a known given name: وقال جون كيري
        for k, tok in enumerate(toks):
            if covered[k] or not tok.is_word:
                continue
            after_cue = k > 0 and kinds.get(k - 1) is not None and kinds[k - 1].kind is Kind.CUE
            if self._first_name(tok.form) or (after_cue and self._first_name_ahead(toks, k)):
                end = self._name_end(toks, k, covered)
                if end - k >= 2:
                    add(k, end, "rule:given-name")
            elif after_cue and self._post_follows(toks, k + 1, kinds):
                end = self._name_end(toks, k, covered)
                if end == k + 1:
                    add(k, end, "rule:cue-apposition")  # وقال ستولتنبرغ، الأمين العام

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
        return people + complements

    def _complement_before_given_name(self, toks: list[Token], k: int, end: int) -> bool:
        """A bare word that is no given name and recurs nowhere else, before a given name
        and a surname: a complement of the post (a club, a
        town), not the holder's first name."""
        names = self.lexicon.first_names
        if end - k < 3:
            return False
        first, given = toks[k].form, toks[k + 1].form
        return (
            first not in names
            and first not in NAME_CONNECTORS
            and not first.startswith("ال")
            and given in names
            and given not in self.lexicon.common_words
            and toks[k + 2].form not in names  # بكري حسن صالح: a chain of given names
        )

    def _skip_complements(self, toks: list[Token], k: int, kinds: dict[int, _Span]) -> int:
        """Skip what may stand between a post and its holder's name."""
        while k < len(toks):
            span = kinds.get(k)
            if span is not None and span.kind in (
                Kind.NATIONALITY,
                Kind.ORGANISATION,
                Kind.COUNTRY,
                Kind.PLACE,
                Kind.HONORIFIC,
                Kind.REFERENCE,
            ):
                k = span.j
            elif (
                toks[k].form in TITLE_FILLERS
                or self._complement_noun(toks, k)
                or self._affairs_of(toks, k)
            ):
                k += 1
            else:
                return k
        return k

    def _affairs_of(self, toks: list[Token], k: int) -> bool:
        """A noun with ل that a post governs, before its own complement: `لشؤون الأمن`،
        `لعموم روسيا`، `لحقوق الإنسان`."""
        form = toks[k].form
        if not form.startswith("ل") or k + 1 >= len(toks):
            return False
        rest = form[2:] if form.startswith("لل") else form[1:]  # للشؤون = ل + الشؤون
        following = toks[k + 1].form
        return rest in self.lexicon.common_words and (
            following.startswith("ال") or self.lexicon.match([following], 0) is not None
        )

    def _common_name(self, toks: list[Token], k: int, covered: list[bool]) -> int:
        """A two-word name after a post whose first word is also a common noun: `النائب
        دوري شمعون` (then a surname that is no common word), `رئيس الوزراء تمام سلام` (both
        common: the pair must recur in the article). The end, or 0 when there is none."""
        if k + 1 >= len(toks) or covered[k] or covered[k + 1]:
            return 0
        first, last = toks[k], toks[k + 1]
        lex = self.lexicon
        if _verb_like(first) or _preposition_article(last.form):
            return 0  # حملة للتودد: a preposition with the article is never in a name
        if first.form.endswith("ه") and first.form in lex.common_words:
            return 0  # حملة تودد: a feminine common noun (ة) starts no given name
        if k > 0 and toks[k - 1].form in lex.stopwords:
            return 0  # مسؤول رفيع في إدارة ترامب: after a preposition, no holder's name
        for tok in (first, last):
            form = tok.form
            if (
                not tok.is_word
                or form.startswith(("ال", "و"))
                or form.isdigit()
                or form in UNNAMED_SOURCES
                or self._inflected_common(form)
                or (len(form) >= 4 and form.endswith(("هم", "هما", "كم")))  # حقهم
                or (tok is first and len(form) >= 6 and _verbal_noun("ال" + form))  # استعراض
                or (tok is first and form in ORGANISATION_HEADS)  # حزب شين فين
                or any(f in lex.stopwords for _, f in clitic_readings(form))
                or lex.match([form], 0) is not None
            ):
                return 0
        if last.form in lex.first_names or (
            last.form not in lex.common_words and self._recurs(toks, k + 1)
        ):
            return k + 2
        pair = (first.form, last.form)
        repeats = self._pairs[pair]
        return k + 2 if repeats >= 2 else 0

    def _adjective_before_name(self, toks: list[Token], k: int, covered: list[bool]) -> bool:
        """An article word (an adjective of the post) right before a given name."""
        if k + 1 >= len(toks) or covered[k] or covered[k + 1]:
            return False
        form, following = toks[k].form, toks[k + 1].form
        names = self.lexicon.first_names
        return form.startswith("ال") and form not in names and following in names

    def _lam_genitive(self, toks: list[Token], k: int) -> bool:
        """A name behind ل that the article (or people.tsv) names without it: لترامب."""
        if k >= len(toks):
            return False
        form = toks[k].form
        rest = form[1:]
        if not form.startswith("ل") or form.startswith("لل") or len(rest) < 3:
            return False
        if form in self.lexicon.first_names:
            return False
        return (rest,) in self.lexicon.people or self._counts[rest.removeprefix("ال")] > 0

    def _recurs(self, toks: list[Token], k: int) -> bool:
        """Whether the word at k is a given name, a well-known surname (people.tsv) or
        occurs again in the article, as a surname does (الرئيس أردوغان ... وقال أردوغان)."""
        form = toks[k].form
        bare = form.removeprefix("ال")
        if form in self.lexicon.first_names or (bare,) in self.lexicon.people:
            return True
        return self._counts[bare] >= 2

    def _genitive(self, toks: list[Token], k: int, start: int) -> bool:
        """Whether token k follows a bare common noun skipped after the post (إدارة ترامب,
        حكومة نتنياهو), so a name there is that noun's genitive, not the post's holder."""
        if k <= start or k >= len(toks):
            return False
        before = toks[k - 1].form
        return (
            before in self.lexicon.common_words
            and not before.startswith("ال")
            and before not in TITLE_FILLERS
        )

    def _complement_noun(self, toks: list[Token], k: int) -> bool:
        """A common noun inside a post phrase (رئيس لجنة الانتخابات), not a name's start:
        a bare noun only in construct with a definite one (not تمام in تمام سلام)."""
        form = toks[k].form
        lex = self.lexicon
        return (
            form in lex.common_words
            and form not in lex.first_names
            and form not in NAME_CONNECTORS
            and not form.startswith("و")
            and k + 1 < len(toks)
            and toks[k + 1].is_word
            and (form.startswith("ال") or toks[k + 1].form.startswith("ال"))
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
        if form in UNNAMED_SOURCES or form in IMPERSONAL_VERBS:
            return True
        if form in lex.common_words and (first or not form.startswith("ال") or form[-1] == "ه"):
            return True
        if first and len(form) >= 7 and form.startswith("ال") and form.endswith(("ين", "ون")):
            return True  # الاقتصاديين: a plural noun starts no name
        if self._inflected_common(form) or _preposition_article(form):
            return True
        if first and form in ORGANISATION_HEADS:
            return True  # حزب شين فين: an organisation's head noun starts no name
        if first and len(form) >= 6 and _verbal_noun("ال" + form):
            return True  # استعراض، انسحاب: a verbal noun starts no name
        if form[:1] in "لب" and _verbal_noun("ال" + form[1:]):
            return True  # لتوضيح، بالاستثمار: a preposition and a verbal noun
        if len(form) >= 4 and form.endswith(("هم", "هما", "كم")):
            return True  # غمطهم، حقهم: a word with a plural pronoun is no name
        return any(f in lex.stopwords for _, f in clitic_readings(form)) or (
            lex.match([form], 0) is not None
        )

    def _inflected_common(self, form: str) -> bool:
        """A common word behind a clitic or before a pronoun (للبلاد، بزيارة، حصوله، نقلته)."""
        common = self.lexicon.common_words
        for prefix, rest in clitic_readings(form):
            short = 4 if form.startswith(("ك", "وك")) else 3  # كيري is no ك + يري
            if prefix and rest in common and (len(rest) >= short or rest.startswith("ال")):
                return True
        if len(form) >= 4 and form[-1] in "ات" and form[:-1] in common:
            return True  # رسميا، حكما، حصلت: an adverb or a verb in the feminine
        if len(form) >= 5 and form[0] == "س" and form[1] in "يتن" and form[1:] in common:
            return True  # سيقرر: a verb in the future
        for prefix, rest in clitic_readings(form):
            if prefix and rest.startswith("ال") and rest[2:] in common:
                return True  # للسياحة
        for suffix in PRONOUN_SUFFIXES:
            stem = form.removesuffix(suffix)
            if stem == form or len(stem) < 3:
                continue
            taa = stem[:-1] + "ه" if stem.endswith("ت") else stem  # إدارته = إدارة + ه
            for candidate in (stem, stem.removesuffix("ت"), taa):
                if len(candidate) >= 3 and any(r in common for _, r in clitic_readings(candidate)):
                    return True
        return False

    def _weak_continuation(self, toks: list[Token], k: int, end: int) -> bool:
        """A common noun with the article continues a name only right after a leading given
        name or a connector (بشار الأسد، عادل بن أحمد الجبير), not after a surname
        (المرتبة) nor a third name (بكري حسن صالح | الوفد)."""
        form = toks[end].form
        plural = len(form) >= 6 and form.endswith(("ين", "ون", "ات"))  # المعرقلين
        if end == k or not form.startswith("ال"):
            return False
        if form not in self.lexicon.common_words and not plural:
            return False
        previous = toks[end - 1].form
        compound = end - 2 >= k and toks[end - 2].form in NAME_CONNECTORS  # عبد الفتاح
        given = previous in self.lexicon.first_names and (end - k == 1 or compound)
        return not given and previous not in NAME_CONNECTORS and not compound

    def _name_end(
        self, toks: list[Token], k: int, covered: list[bool], continuing: bool = False
    ) -> int:
        """End (exclusive) of the name starting at token k; k when there is none.
        `continuing`: token k continues a name begun before it (الأمير تركي | الفيصل)."""
        end = k
        while end < len(toks) and end - k < _MAX_NAME:
            tok = toks[end]
            if end > k and _hyphen(toks, end) and not self._stops(toks[end + 1].form):
                end += 1  # كيم جونغ-أون
                continue
            if covered[end] or not tok.is_word or tok.form.isdigit() or len(tok.form) < 2:
                break
            if any(c in tok.raw for c in "\u064b\u064c\u064d"):
                break  # راتبًا، رسميًّا: a word with tanwin is no name
            if end == k and _verb_like(tok) and tok.form not in self.lexicon.first_names:
                break
            first = end == k and not continuing
            after_connector = end - 1 > k and (
                toks[end - 1].form in NAME_CONNECTORS
                or (end - 2 > k and toks[end - 2].form in ("فان", "فون"))  # فون دير لاين
            )
            if after_connector and tok.form not in self.lexicon.stopwords:
                end += 1  # أورسولا فون دير لاين، أبو بكر
                continue
            if end - k >= 2 and _clitic_word(tok, self.lexicon.first_names):
                break  # بشار الأسد لاستعادة، باراك أوباما فإن
            if end - k >= 2 and self._next_person(toks, end):
                break  # سيرجي لافروف | عادل الجبير
            if end == k + 1 and self._skipped_nationality(toks, end, covered):
                end += 1  # اللواء منصور التركي
                break
            if end > k and self._nationality_in_name(toks, end, covered):
                end += 1  # محمد آذري جهرمي
                continue
            if end == k + 1 and self._recurring_surname(toks, k):
                end += 1  # أشرف غني ... أشرف غني: a common word as surname, twice after the name
                continue
            if end > k and self._surname_not_post(toks, end, 1, 0):
                end += 1  # إبراهيم السلطان إن
                continue
            stops = self._stops(tok.form, first=first) or self._weak_continuation(toks, k, end)
            if _preposition_ala(tok) or (
                stops and not self._inner_name_word(toks, k, end, covered)
            ):
                break
            if (
                end > k
                and tok.form.startswith("و")
                and tok.form not in self.lexicon.first_names
                and tok.form not in NAME_CONNECTORS  # محمد ولد عبد العزيز
            ):
                break
            end += 1
            if tok.form in REGNAL and end - k >= 2:
                break  # عبدالله الثاني: a regnal number ends the name
        while end > k and toks[end - 1].form in NAME_CONNECTORS and toks[end - 1].raw[:1] != "آ":
            end -= 1  # (not آبي in شينزو آبي)
        if (
            end == k + 1
            and toks[k].form.startswith("و")
            and toks[k].form not in self.lexicon.first_names
        ):
            return k
        return end

    def _post_follows(self, toks: list[Token], k: int, kinds: dict[int, _Span]) -> bool:
        """A post right at token k, or after a comma: the words before it are a name in
        apposition (تشارلز ولي عهد بريطانيا، ستولتنبرغ، الأمين العام)."""
        if k < len(toks) and toks[k].form in ("،", ","):
            k += 1
        span = kinds.get(k)
        return span is not None and span.kind is Kind.TITLE

    def _next_person(self, toks: list[Token], k: int) -> bool:
        """A given name right after a surname (not after a given name, as in the chain of
        an Arabic name بكري حسن صالح) starts the next person's name."""
        names = self.lexicon.first_names
        previous = toks[k - 1].form
        return (
            toks[k].form in names
            and previous not in names
            and previous not in NAME_CONNECTORS
            and not previous.startswith("ال")
            and toks[k - 2].form not in NAME_CONNECTORS
        )

    def _skipped_nationality(self, toks: list[Token], k: int, covered: list[bool]) -> bool:
        """A nationality word the lexical pass left out as a surname (`_nisba_surname`)."""
        found = self.lexicon.match([toks[k].form], 0)
        return (
            not covered[k]
            and found is not None
            and found[2].kind is Kind.NATIONALITY
            and toks[k].form.startswith("ال")
        )

    def _nationality_in_name(self, toks: list[Token], k: int, covered: list[bool]) -> bool:
        """An indefinite nationality word between a given name and a surname (آذري)."""
        form = toks[k].form
        if form.startswith("ال") or k + 1 >= len(toks) or covered[k]:
            return False
        found = self.lexicon.match([form], 0)
        after = toks[k + 1]
        return (
            found is not None
            and found[2].kind is Kind.NATIONALITY
            and toks[k - 1].form in self.lexicon.first_names
            and after.is_word
            and not covered[k + 1]
            and not self._stops(after.form)
        )

    def _inner_name_word(self, toks: list[Token], k: int, end: int, covered: list[bool]) -> bool:
        """A bare common word between a given name and a name word: رجب طيب أردوغان."""
        lex = self.lexicon
        if end == k or toks[end - 1].form not in lex.first_names or end + 1 >= len(toks):
            return False
        word, after = toks[end].form, toks[end + 1]
        return (
            word in lex.common_words
            and not word.startswith(("ال", "و"))
            and not self._inflected_common(word)
            and not any(f in lex.stopwords for _, f in clitic_readings(word))
            and not covered[end + 1]
            and after.is_word
            and not self._stops(after.form)
            and after.form not in lex.first_names
        )

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
            ):
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


@lru_cache(maxsize=1 << 16)
def _ministry_head(form: str) -> tuple[dict[str, int], str | None, str | None]:
    """Clitic readings of a token (form -> prefix length), its reading as bare `وزارة` and
    as `الوزارة` (None when it has none); memoised per form. Do not mutate the dict."""
    readings = {f: prefix for prefix, f in clitic_readings(form)}
    bare = next((f for f in readings if f in _MINISTRY), None)
    definite = next((f for f in readings if f in {"الوزاره"}), None)
    return readings, bare, definite


def _preposition_article(form: str) -> bool:
    """A preposition and the article on one word (بالمقعد، للحكومة، وبالتالي): never in a name."""
    return len(form) >= 5 and form.startswith(("بال", "وبال", "فبال", "كال", "لل", "ولل"))


def _clitic_word(tok: Token, first_names: frozenset[str]) -> bool:
    """A word with a preposition or conjunction in front (لاستعادة، بتشديد، فإن): after two
    words of a name it starts the next phrase. Short rests (بوش) may be surnames."""
    form = tok.form
    if form in first_names or form in NAME_CONNECTORS and "إ" not in tok.raw:
        return False
    if form in ("فان", "وان") and "إ" in tok.raw:
        return True  # فإن، وإن: not van
    return form[:1] in "لب" and len(form) >= 5 and not form.startswith(("بن", "لو", "لي"))


def _hyphen(toks: list[Token], k: int) -> bool:
    """A hyphen joining two words of a name, written against one of them (جونغ-أون), or a
    hashtag on a name's word (دونالد #ترمب)."""
    if toks[k].form not in ("-", "#") or k + 1 >= len(toks) or not toks[k + 1].is_word:
        return False
    if toks[k].form == "#":
        return toks[k].end == toks[k + 1].start
    return toks[k - 1].end == toks[k].start or toks[k].end == toks[k + 1].start


def _verb_like(tok: Token) -> bool:
    """A word spelt with a final alif maqsura after a hamza-initial stem (أعطى، أجرى، ألقى):
    a past-tense verb, not the start of a name."""
    raw = "".join(c for c in tok.raw if not ("\u064b" <= c <= "\u0652" or c == "\u0640"))
    if raw[:1] in "وف" and raw[1:2] in "أإا":
        raw = raw[1:]  # فاكتفى
    return raw.endswith("ى") and raw[:1] in "أإا" and len(raw) >= 4


def _is_particle(tok: Token) -> bool:
    """A particle spelt with alif maqsura (على، وإلى), whatever its folded form reads as."""
    raw = "".join(c for c in tok.raw if not ("\u064b" <= c <= "\u0652" or c == "\u0640"))
    return raw in MAQSURA_PARTICLES or (raw[:1] in "وف" and raw[1:] in MAQSURA_PARTICLES)


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


def _verbal_noun(form: str) -> bool:
    """A definite word shaped like a verbal noun of a derived verb (الاحتراف، الانسحاب،
    الاستثمار، التدريب، الإعلان، التعاون): the post's field, not its holder's surname."""
    if not form.startswith("ال"):
        return False
    r = form[2:]
    if len(r) == 6 and r[0] == "ا" and r[4] == "ا" and (r[2] == "ت" or r[1] == "ن"):
        return True  # افتعال، انفعال
    if len(r) == 7 and r.startswith("است") and r[5] == "ا":
        return True  # استفعال
    if len(r) == 5 and r[0] == "ت" and (r[3] == "ي" or r[2] == "ا"):
        return True  # تفعيل، تفاعل
    return len(r) == 5 and r[0] == "ا" and r[3] == "ا"  # إفعال
