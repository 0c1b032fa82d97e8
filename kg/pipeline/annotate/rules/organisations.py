"""Pass 1, organisations and places: ministries (`وزارة الخارجية الروسية`), organisations
named by a head noun and its complements (`حزب النمو`), clubs after their staff, places
after their noun (`محافظة إدلب`), portfolios and the country after them."""

from __future__ import annotations

from functools import lru_cache

from kg.pipeline.annotate.arabic import (
    AUTHORITY_HEADS,
    BODY_ADJECTIVES,
    BODY_HEADS,
    CLUB_STAFF,
    CLUBS_AFTER_STAFF,
    LATTER,
    ORGANISATION_HEADS,
    PLACE_NOUNS,
    QUOTED_NAME_HEADS,
    TITLE_FILLERS,
)
from kg.pipeline.annotate.lexicon import Entry, clitic_readings, clitic_readings_uncached
from kg.pipeline.annotate.model import Kind
from kg.pipeline.annotate.rules.spans import (
    START_MINISTRY,
    START_ORGANISATION,
    START_PLACE,
    RuleBase,
    _is_particle,
    _Span,
)
from kg.pipeline.annotate.tokens import Token

_MINISTRY = {"وزاره", "وزارتي", "وزارتا"}
_DEFINITE_PORTFOLIO = ("ال", "وال", "بال", "لل", "ولل")  # الخارجية الروسية: a ministry unnamed
_DUMMY_TAIL = " " + "x" * 8  # see _portfolio_starts
_AUTHORITY_ADJECTIVES = 3  # adjectives between a state body's head and its nationality
_QUOTES = {'"': '"', "«": "»", "“": "”"}  # folded opening quote -> its closing quote
_QUOTED_WORDS = 5  # words of a quoted name after its head noun
_DATIVE_WORDS = 3  # conjoined nouns and adjectives after a `لل` complement: والمقاييس والجودة


class OrganisationRules(RuleBase):
    """Pass 1 rules for ministries, organisations, clubs and places."""

    def _club_after_staff(self, forms: list[str], span: _Span) -> _Span | None:
        """`مدرب الهلال`، `لاعب النصر`: a club named by a bare common word after its staff."""
        if span.kind is not Kind.TITLE or span.label not in CLUB_STAFF or span.j >= len(forms):
            return None
        start = span.j
        at = start + 1 if forms[start] == "فريق" else start  # مدرب فريق الهلال
        club = CLUBS_AFTER_STAFF.get(forms[at]) if at < len(forms) else None
        if club is None or forms[at + 1 : at + 2] == ["الاحمر"]:
            return None  # رئيس الهلال الأحمر: the Red Crescent
        return _Span(Kind.ORGANISATION, start, at + 1, club[0], club[1], {"kind": "other"})

    def _release_organisation(self, forms: list[str], span: _Span) -> None:
        """`رئيس البرلمان العربي`، `رئيسة المفوضية الأوروبية`: when the post's last word
        begins a known organisation's name, the post keeps its role but ends before it."""
        last = span.j - 1
        if last <= span.i or (span.attrs or {}).get("role_text"):
            return
        found = self.lexicon.match(forms, last)
        if found and found[2].kind is Kind.ORGANISATION and last + found[1] > span.j:
            span.j = last

    def _place(self, forms: list[str], i: int) -> _Span | None:
        """A known place with the noun before it: `محافظة إدلب`، `بمدينة حلب`."""
        if i + 1 >= len(forms):
            return None
        readings = [(p, f) for p, f in clitic_readings(forms[i]) if f in PLACE_NOUNS]
        if not readings:
            return None
        found = self.lexicon.match(forms, i + 1)
        if found is None or found[2].kind is not Kind.PLACE or found[0]:
            return None
        entry = found[2]
        return _Span(Kind.PLACE, i, i + 1 + found[1], entry.key, entry.label, {}, readings[0][0])

    def _generic_organisation(self, toks: list[Token], forms: list[str], i: int) -> _Span | None:
        """An organisation named by a head noun and its complements: `حزب النمو`،
        `حركة يابلكو`، `لجنة الانتخابات المركزية الروسية`؛ or `الحركة`/`الحزب` alone, a
        reference to the last one of that kind."""
        quoted = self._quoted_name(toks, forms, i)
        if quoted is not None:
            return quoted
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
            country = self._nationality_in(forms, i + 1, j)
            if country is not None:
                attrs["country"] = country
            return _Span(Kind.ORGANISATION, i, j, key, None, attrs, prefix, "rule:organisation")
        return self._authority(forms, i)

    def _quoted_name(self, toks: list[Token], forms: list[str], i: int) -> _Span | None:
        """`صحيفة «الغارديان» البريطانية`، `وكالة "سبوتنيك"`، `موقع "أكسيوس"`: a bare head
        noun of an organisation (`ORGANISATION_HEADS`, `QUOTED_NAME_HEADS`) with a name in
        quotes right after it (words only, at most `_QUOTED_WORDS`) names one organisation,
        with the nationality that follows the closing quote, if any. The quotes mark where
        the name begins and ends, whatever its words (a foreign name, a common noun)."""
        k = i + 1
        if k + 2 >= len(forms) or forms[k] not in _QUOTES:
            return None
        heads = [
            (prefix, form, ORGANISATION_HEADS.get(form) or QUOTED_NAME_HEADS.get(form))
            for prefix, form in clitic_readings(forms[i])
        ]
        prefix, form, kind = next((h for h in heads if h[2] is not None), (0, "", None))
        if kind is None:
            return None
        close = _QUOTES[forms[k]]
        end = k + 1
        while end < min(len(forms), k + _QUOTED_WORDS + 2) and forms[end] != close:
            if not toks[end].is_word:
                return None
            end += 1
        if end == k + 1 or end >= len(forms) or forms[end] != close:
            return None  # empty, unclosed or too long: a quotation, not a name
        j = end + 1
        attrs = {"kind": kind, "quoted_name": "1"}
        if form.endswith("ه"):
            attrs["gender"] = "f"
        country = self._country_after(forms, j)
        if country is not None and country[1].kind is Kind.NATIONALITY:
            nationality = country[1]
            if nationality.attr("number") == "sg" and nationality.attr("gender") == (
                "f" if form.endswith("ه") else "m"
            ):
                attrs["country"] = nationality.key
                j += country[0]
        known = self.lexicon.match(forms, k + 1)
        if known is not None and known[2].kind is Kind.ORGANISATION and known[1] == end - k - 1:
            entry = known[2]  # صحيفة «الغارديان»: the lexicon's organisation, its own key
            attrs = dict(entry.attrs)
            return _Span(Kind.ORGANISATION, i, j, entry.key, entry.label, attrs, prefix)
        if end == k + 2 and _quoted_adjective(forms[k + 1]):
            return None  # منظمة "إرهابية": a quoted epithet, not a name
        key = "org-" + "-".join([form, *forms[k + 1 : end]])
        return _Span(Kind.ORGANISATION, i, j, key, None, attrs, prefix, "rule:quoted-name")

    def _authority(self, forms: list[str], i: int) -> _Span | None:
        """A state body named by a definite head noun and the nationality that ends its
        phrase: `السلطات المصرية`، `الشرطة الهولندية`، `النيابة العامة الاتحادية البلجيكية`،
        `الرئاسة الكورية الجنوبية`. It can speak (`قالت السلطات المصرية إن`); without the
        nationality the definite head refers back to the body of its kind named before
        (`وقالت الشرطة`), and the bare head is a common noun (`رئاسة الجمهورية`)."""
        for prefix, form in clitic_readings(forms[i]):
            if form in AUTHORITY_HEADS:
                return self._authority_of_place(forms, i, prefix, form)
            head = form[2:] if form.startswith("ال") else ""
            if head not in AUTHORITY_HEADS:
                continue
            found = self._nationality_ending(forms, i + 1)
            if found is None:  # وقالت الشرطة: the police named before, if any
                attrs = {"ref": "organisation", "kind": AUTHORITY_HEADS[head], "head": head}
                return _Span(Kind.REFERENCE, i, i + 1, "organisation", None, attrs, prefix)
            j, country = found
            key = "org-" + "-".join([head, *forms[i + 1 : j]])
            attrs = {"kind": AUTHORITY_HEADS[head], "country": country, "gender": "f"}
            return _Span(Kind.ORGANISATION, i, j, key, None, attrs, prefix, "rule:authority")
        return None

    def _authority_of_place(self, forms: list[str], i: int, prefix: int, head: str) -> _Span | None:
        """`شرطة لندن`، `سلطات بكين`، `سفارة الولايات المتحدة`: a bare head of a state body
        in construct with a known country, capital or place names that place's body."""
        if head == "رياسه" or i + 1 >= len(forms):
            return None  # رئاسة الجمهورية، تولى رئاسة الحكومة: the office, not a body
        found = self.lexicon.match(forms, i + 1)
        if found is None or found[0] or found[2].kind not in (Kind.COUNTRY, Kind.PLACE):
            return None
        entry, j = found[2], i + 1 + found[1]
        key = "org-" + "-".join([head, *forms[i + 1 : j]])
        attrs = {"kind": AUTHORITY_HEADS[head], "gender": "f"}
        if entry.kind is Kind.COUNTRY:
            attrs["country"] = entry.key
        return _Span(Kind.ORGANISATION, i, j, key, None, attrs, prefix, "rule:authority")

    def _nationality_ending(self, forms: list[str], k: int) -> tuple[int, str] | None:
        """(end, country code) of a feminine singular nationality at token k, after at
        most `_AUTHORITY_ADJECTIVES` definite feminine adjectives (`العامة الاتحادية`)."""
        for at in range(k, min(len(forms), k + _AUTHORITY_ADJECTIVES + 1)):
            found = self.lexicon.match(forms, at)
            adjective = self._adjective_reading(forms[at])
            if adjective is not None and (found is None or found[1] == 1):
                found = (0, 1, adjective)  # الشرطة السعودية: the adjective, not the country
            if found is not None and found[0] == 0 and found[2].kind is Kind.NATIONALITY:
                entry = found[2]
                if entry.attr("number") != "sg" or entry.attr("gender") != "f":
                    return None  # الشرطة البريطانيين: not an adjective of the head
                return at + found[1], entry.key
            if found is not None or not _definite_adjective(forms[at]):
                return None
        return None

    def _adjective_reading(self, form: str) -> Entry | None:
        """The feminine singular nationality a definite word also reads as when the lexicon
        takes it first for a country's name (`السعودية`: Saudi Arabia, and "Saudi" after a
        feminine definite noun: `الهيئة السعودية`، `الشرطة السعودية`); None for any other
        word (a plain nationality adjective is `match`'s own reading)."""
        if not form.startswith("ال"):
            return None
        readings = self.lexicon.candidates(form)
        if not any(n == 1 and e.kind is Kind.COUNTRY for _, n, _, e in readings):
            return None
        for prefix, n, _, entry in readings:
            adjective = prefix == 0 and n == 1 and entry.kind is Kind.NATIONALITY
            if adjective and entry.attr("gender") == "f" and entry.attr("number") == "sg":
                return entry
        return None

    def _organisation_end(self, toks: list[Token], k: int, definite: bool) -> int:
        """End of an organisation name's complements from token k: article words (nouns
        and adjectives, a nationality last), or, after a bare head, one foreign name."""
        lex = self.lexicon
        start = k
        while k < len(toks) and k - start < 4 and toks[k].is_word:
            form = toks[k].form
            found = lex.match([t.form for t in toks[k : k + 1]], 0)
            nationality = found is not None and found[2].kind is Kind.NATIONALITY
            if nationality or (
                (definite or k > start) and self._adjective_reading(form) is not None
            ):  # الهيئة الملكية السعودية للسياحة; الهيئة السعودية: not the country
                return self._dative_end(toks, self._body_adjective_end(toks, k + 1))
            if found or form in lex.first_names or _is_particle(toks[k]):
                break
            other_head = form.startswith("ال") and form[2:] in BODY_HEADS
            if definite and other_head:
                break  # دعت المؤسسة الخيرية الحكومة: a definite head takes adjectives only
            filler = form in TITLE_FILLERS and form not in BODY_ADJECTIVES
            if form.startswith("ال") and not filler and form not in LATTER:
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

    def _nationality_in(self, forms: list[str], start: int, end: int) -> str | None:
        """The country of the last nationality adjective among words [start, end) of a
        body's name (`الهيئة العامة السعودية`، `المحكمة الأمريكية العليا`), or None."""
        for at in range(end - 1, start - 1, -1):
            found = self._country_after(forms, at)
            if found is not None and found[1].kind is Kind.NATIONALITY and at + found[0] <= end:
                return found[1].key
            adjective = self._adjective_reading(forms[at])
            if adjective is not None:
                return adjective.key
        return None

    def _body_adjective_end(self, toks: list[Token], k: int) -> int:
        """Past an adjective of a body's name after its nationality (`المحكمة الأمريكية
        العليا`، `وكالة الأنباء السورية الرسمية`); k itself when there is none."""
        if k < len(toks) and toks[k].is_word and toks[k].form in BODY_ADJECTIVES:
            return k + 1
        return k

    def _dative_end(self, toks: list[Token], k: int) -> int:
        """Past a closing `لل` complement of an organisation name and the conjoined nouns
        or definite adjectives of relation after it: `اتحاد آسيا للمكفوفين`، `الهيئة
        العامة للشباب والرياضة`، `المؤسسة العامة للتأمينات الاجتماعية`; k itself when
        there is none."""
        if k >= len(toks) or not toks[k].is_word:
            return k
        form = toks[k].form
        if not form.startswith("لل") or len(form) < 6 or _is_particle(toks[k]):
            return k
        if self.lexicon.match([form], 0) is not None:
            return k
        k += 1
        for _ in range(_DATIVE_WORDS):  # شركة روتانا للصوتيات والمرئيات، للطيران المدني
            if k >= len(toks) or not toks[k].is_word or _is_particle(toks[k]):
                break
            form = toks[k].form
            conjoined = form.startswith("وال") and len(form) > 5
            adjective = form.startswith("ال") and form.endswith(("ي", "يه")) and len(form) > 5
            if not (conjoined or adjective) or self.lexicon.match([form], 0) is not None:
                break
            k += 1
        return k

    def _starts_organisation(self, form: str) -> bool:
        """Whether `_ministry`, `_place` or `_generic_organisation` can match at a token
        spelt `form` (see `_organisation_starts`)."""
        return bool(self._organisation_starts(form))

    def _organisation_starts(self, form: str) -> int:
        """The start bits (`spans.START_*`) of `_ministry`, `_place` and
        `_generic_organisation` (with `_authority`) at a token spelt `form`: for each, a
        necessary condition on that token alone, for the start index
        (`RuleAnnotator._start_rules`). Change it with those rules."""
        bits = 0
        for _, reading in clitic_readings(form):
            if reading in PLACE_NOUNS:
                bits |= START_PLACE  # _place: محافظة، بمدينة
            if reading in ORGANISATION_HEADS or (
                reading.startswith("ال") and reading[2:] in ORGANISATION_HEADS
            ):
                bits |= START_ORGANISATION  # _generic_organisation: حزب، الحركة
            if reading in QUOTED_NAME_HEADS:
                bits |= START_ORGANISATION  # _quoted_name: موقع "أكسيوس"
            if reading in AUTHORITY_HEADS or reading.removeprefix("ال") in AUTHORITY_HEADS:
                bits |= START_ORGANISATION  # _authority (from _generic_organisation)
        _, bare, definite = _ministry_head(form)
        if (
            bare
            or definite
            or (form.startswith(_DEFINITE_PORTFOLIO) and self._portfolio_starts(form))
        ):
            bits |= START_MINISTRY  # _ministry: وزارة, الوزارة, الخارجية
        return bits

    def _portfolio_starts(self, form: str) -> bool:
        """Whether `_portfolio` can match a phrase that begins with `form`: the first word of
        one of the phrase's clitic readings begins a portfolio. The readings are taken of
        `form` with a long dummy tail: `clitic_readings` only tests the phrase's length (a
        longer phrase passes more tests) and its first characters (the dummy's are those of
        any real phrase), so no reading of a real phrase is missed."""
        firsts = self._portfolio_first_words()
        for _, reading in clitic_readings_uncached(form + _DUMMY_TAIL):
            first = reading.split(" ", 1)[0]
            if first in firsts or "ال" + first in firsts:
                return True
        return False

    def _portfolio_first_words(self) -> frozenset[str]:
        """First words of the lexicon's portfolios (computed once per annotator)."""
        firsts = self.__dict__.get("_portfolio_firsts")
        if firsts is None:
            firsts = frozenset(key.split(" ", 1)[0] for key in self.lexicon.portfolios)
            self.__dict__["_portfolio_firsts"] = firsts
        return firsts

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
        if not bare and not forms[i].startswith(_DEFINITE_PORTFOLIO):
            return None
        if not bare and any(f.removeprefix("ال") in AUTHORITY_HEADS for f in readings):
            return None  # الشرطة الهولندية: the body itself (_authority), not its ministry
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
                {"ref": "ministry", "portfolio": portfolio[0]},  # as a ministry's own attrs
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


def _quoted_adjective(form: str) -> bool:
    """An indefinite adjective of relation (`إرهابية`، `متطرف`... ending in ية/ي), which a
    writer quotes after a noun to distance himself from the epithet, not to name it."""
    return not form.startswith("ال") and form.endswith(("يه", "ي")) and len(form) > 4


def _definite_adjective(form: str) -> bool:
    """A definite feminine adjective that may stand between a head and its nationality:
    `العامة`، `الاتحادية`، `الرسمية`."""
    return form.startswith("ال") and form.endswith("ه") and len(form) > 4


@lru_cache(maxsize=1 << 16)
def _ministry_head(form: str) -> tuple[dict[str, int], str | None, str | None]:
    """Clitic readings of a token (form -> prefix length), its reading as bare `وزارة` and
    as `الوزارة` (None when it has none); memoised per form. Do not mutate the dict."""
    readings = {f: prefix for prefix, f in clitic_readings(form)}
    bare = next((f for f in readings if f in _MINISTRY), None)
    definite = next((f for f in readings if f in {"الوزاره"}), None)
    return readings, bare, definite
