"""Pass 1, posts and references: a post's portfolio and dependents (`وزير الدفاع`,
`النائب الثاني لرئيس مجلس الوزراء`), deputies and assistants, posts in the accusative
(`تعيينه سفيرا`), back-references (`نظيره`, `الأخير`, `ونائبه`) and title words that hold
no post here (a given name, a surname, a noun named for someone)."""

from __future__ import annotations

from kg.pipeline.annotate.arabic import COUNTERPART, LATTER, NAMED_AFTER, ORGANISATION_HEADS, REGNAL
from kg.pipeline.annotate.lexicon import Entry, clitic_readings
from kg.pipeline.annotate.model import Kind
from kg.pipeline.annotate.rules.spans import (
    START_ACCUSATIVE,
    START_ASSISTANT,
    START_DUAL,
    START_DUAL_CONSTRUCT,
    START_ONE_OF,
    START_REFERENCE,
    RuleBase,
    _Span,
)
from kg.pipeline.annotate.tokens import Token
from kg.pipeline.text.normalize import fold, unmarked

_MINISTER_HEADS = {"وزير", "وزيره", "الوزير", "الوزيره", "وزيرا", "وزيري"}
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


class PostRules(RuleBase):
    """Pass 1 rules for posts, their complements and back-references."""

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
        فيصل), after عبد in a name (عبد الملك), or a noun with a pronoun that folds like a
        feminine title (ونائبه = his deputy, not نائبة)."""
        if i > 0 and any(f in NAMED_AFTER for _, f in clitic_readings(toks[i - 1].form)):
            return True
        if i > 0 and any(f == "عبد" for _, f in clitic_readings(toks[i - 1].form)):
            return True  # عبد الملك الحوثي: a servant-of name, not the king
        if n == 1 and toks[i].form in _ADJECTIVE_TITLES and i > 0:
            before = toks[i - 1].form
            found = self.lexicon.match([before], 0)
            if before.startswith("ال") and (found is None or found[2].kind is not Kind.TITLE):
                return True  # الحزب الحاكم، السيناتور الأمريكي المحافظ: an adjective
        last = toks[i + n - 1]
        raw = unmarked(last.raw)
        return n == 1 and raw.endswith("ه") and last.form.endswith("ه") and len(raw) > 3

    def _his_deputy(self, toks: list[Token], i: int, n: int, prefix: int) -> _Span | None:
        """`ونائبه`، `ومستشاره`: a post word with a pronoun refers to the post of the person
        just named (his deputy holds `نائب الرئيس`)."""
        raw = toks[i].raw[prefix:]
        if n != 1 or not raw.endswith("ه") or i == 0:
            return None
        attrs = {"ref": "deputy", "head": raw[:-1]}
        return _Span(Kind.REFERENCE, i, i + 1, "deputy", None, attrs, prefix)

    def _starts_post(self, form: str) -> bool:
        """Whether `_reference`, `_accusative_post`, `_dual_post`, `_assistant`, `_one_of` or
        `_dual_construct` can match at a token spelt `form` (see `_post_starts`)."""
        return bool(self._post_starts(form))

    def _post_starts(self, form: str) -> int:
        """The start bits (`spans.START_*`) of `_reference`, `_accusative_post`,
        `_dual_post`, `_assistant`, `_one_of` and `_dual_construct` at a token spelt `form`,
        for the start index (`RuleAnnotator._start_rules`; change it with them): the first
        three read that token alone, the others need an assistant's word, أحد or a
        minister's dual."""
        bits = 0
        if self._reference([form], 0) is not None:
            bits |= START_REFERENCE
        if self._accusative_post([form], 0) is not None:
            bits |= START_ACCUSATIVE
        if self._dual_post([form], 0) is not None:
            bits |= START_DUAL
        for _, reading in clitic_readings(form):
            if reading in _ASSISTANT:
                bits |= START_ASSISTANT
            if reading in _ONE_OF:
                bits |= START_ONE_OF
            if reading in _DUAL_CONSTRUCT:
                bits |= START_DUAL_CONSTRUCT
        return bits

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
            found = self.lexicon.match(forms, span.j)
            if found is None or found[2].kind is not Kind.ORGANISATION:
                span.j += 1  # كبير مفاوضي البريكست: the plural in construct takes the next noun
                attrs["role_text"] = "1"  # (كبير ممثلي الاتحاد الأوروبي: not an organisation)

    def _one_of(self, forms: list[str], i: int) -> _Span | None:
        """`أحد قياديي حركة حماس`، `أحد قادة الجيش`: one of the holders of a post, named by
        its plural in construct, holds the singular post."""
        if i + 1 >= len(forms) or not any(f in _ONE_OF for _, f in clitic_readings(forms[i])):
            return None
        plural = forms[i + 1]
        singular = _BROKEN_PLURALS.get(plural) or (plural[:-1] if plural.endswith("ي") else "")
        found = self.lexicon.match([singular], 0) if len(singular) >= 3 else None
        if found is None or found[0] or found[1] != 1 or found[2].kind is not Kind.TITLE:
            return None
        entry = found[2]
        if entry.attr("job"):
            return None  # أحد لاعبي الفريق: a player, no post
        prefix = next(p for p, f in clitic_readings(forms[i]) if f in _ONE_OF)
        attrs = dict(entry.attrs) | {"role": entry.label or singular}
        return _Span(Kind.TITLE, i, i + 2, entry.key, entry.label, attrs, prefix)

    def _dual_post(self, forms: list[str], i: int) -> _Span | None:
        """`الرئيسان`، `الوزيرين`، `قائدين`: a one-word post in the dual (or a sound plural,
        spelt alike), read as the singular post shared by the names that follow."""
        for prefix, form in clitic_readings(forms[i]):
            if len(form) < 6 or not form.endswith(("ان", "ين")):
                continue
            found = self.lexicon.match([form[:-2]], 0)
            if found is None or found[0] or found[1] != 1 or found[2].kind is not Kind.TITLE:
                continue
            entry = found[2]
            if entry.attr("job"):
                continue  # لاعبين، الصحفيين: people of a trade, not holders of a post
            attrs = dict(entry.attrs) | {"number": "du", "role": entry.label or form[:-2]}
            return _Span(Kind.TITLE, i, i + 1, entry.key, entry.label, attrs, prefix)
        return None

    def _dual_construct(self, forms: list[str], i: int) -> _Span | None:
        """`وزيرا الدفاع والخارجية`، `وزيري خارجية مصر والأردن`: a minister's post in the
        dual construct (ا nominative, ي oblique) before its portfolio, shared by the two
        names that follow (not the accusative `وزيرا`: that takes no portfolio after it).
        Portfolios joined by و are one per minister, in order (attribute `roles`)."""
        readings = [p for p, f in clitic_readings(forms[i]) if f in _DUAL_CONSTRUCT]
        if not readings or i + 1 >= len(forms) or _governed(forms[i + 1]):
            return None  # تعيينه وزيرا للداخلية: the accusative, its field after ل
        found = self._portfolio(forms, i + 1)
        if found is None:
            return None
        n, (portfolio, _key) = found
        roles = [f"وزير {portfolio}"]
        j = i + 1 + n
        while j < len(forms) and forms[j].startswith("و") and len(roles) < 3:
            more = self._portfolio([forms[j][1:], *forms[j + 1 : j + 3]], 0)
            if more is None:
                break
            roles.append(f"وزير {more[1][0]}")
            j += more[0]
        attrs = {"gender": "m", "head": "وزير", "number": "du", "construct": "1"}
        attrs |= {"role": roles[0], "portfolio": portfolio}
        if len(roles) > 1:
            attrs["roles"] = "|".join(roles)
        return _Span(Kind.TITLE, i, j, "وزير", "وزير", attrs, readings[0])

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


_ONE_OF = frozenset({"احد", "احدي"})
_DUAL_CONSTRUCT = frozenset({"وزيرا", "وزيري"})  # two ministers, in construct
# Broken plurals of posts (folded) -> the singular: أحد قادة، أحد أعضاء
_BROKEN_PLURALS = {
    "قاده": "قايد",
    "قيادات": "قيادي",
    "اعضاء": "عضو",
    "زعماء": "زعيم",
    "وزراء": "وزير",
    "نواب": "نايب",
    "مستشاري": "مستشار",
    "سفراء": "سفير",
    "ممثلي": "ممثل",
}


def _governed(form: str) -> bool:
    """Whether a word carries a preposition before its article (للداخلية، بالخارجية)."""
    return form.startswith("لل") or (form[:1] in ("ل", "ب") and form[1:3] == "ال")


def _role_label(title: str) -> str:
    """The post as a role: `المتحدث باسم` is the post `المتحدث`."""
    words = title.split()
    return " ".join(words[:-1]) if len(words) > 1 and fold(words[-1]) == "باسم" else title
