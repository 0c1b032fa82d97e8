"""Pass 2, people's names: where a reader finds a name (after a post and its complements,
an honorific, a reporting cue, or a known given name); a lone word must recur. Where each
name ends (function words, verbs, inflected common words, the next person's given name) is
`NameEndRules` (name_ends.py), which this class extends."""

from __future__ import annotations

from collections import Counter

from kg.pipeline.annotate.arabic import (
    NAME_CONNECTORS,
    ORGANISATION_HEADS,
    TITLE_FILLERS,
    UNNAMED_SOURCES,
)
from kg.pipeline.annotate.lexicon import Entry, clitic_readings
from kg.pipeline.annotate.model import Kind
from kg.pipeline.annotate.rules.name_ends import NameEndRules
from kg.pipeline.annotate.rules.name_words import (
    _alias_length,
    _descriptor_before_name,
    _known_surname,
    _preposition_article,
    _servant,
    _verb_like,
    _verbal_noun,
)
from kg.pipeline.annotate.rules.spans import _particle_spelling, _Span
from kg.pipeline.annotate.tokens import Token


def _definite(form: str) -> bool:
    """Whether a word is definite under any reading of its clitics (الرئيس، والرئيس،
    للرئيس)."""
    return any(reading.startswith("ال") for _, reading in clitic_readings(form))


class NameRules(NameEndRules):
    """Pass 2: people's names, where they start (and, through `NameEndRules`, where they
    end)."""

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

    # -- pass 2 and 3: people --------------------------------------------------------------

    def _people(self, toks: list[Token], spans: list[_Span]) -> list[_Span]:
        particle = _particle_spelling  # _is_particle, without a frame per token
        covered = [particle(tok.raw) for tok in toks]
        for span in spans:
            for k in range(span.i, span.j):
                covered[k] = True
        kinds = {s.i: s for s in spans}
        people: list[_Span] = []
        complements: list[_Span] = []  # a bare organisation word between a post and a name

        def add(i: int, j: int, source: str, gender: str | None = None) -> None:
            attrs = {"gender": gender} if gender else {}
            form = toks[i].form
            prefix = int(
                form[:1] in "وف" and (form[1:] in self.lexicon.first_names or form[1:] == "عبد")
            )  # وعبدالرحمن، وعبد الوهاب
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
            elif k == span.j and self._genitive_of_post(toks, span, k):
                k += 1  # قائد الكورال، محافظ العقيق X: the noun the post governs
                if k >= len(toks) or _definite(toks[k].form):
                    continue  # زعيمة اليمين المتطرف، عمدة الشام والمظلوم X: no name here
            end = self._name_end(toks, k, covered)
            if end == k + 1 and self._closed_surname(toks, k, covered):
                end += 1  # الرئيس أشرف غني مع: the name runs to where the phrase closes
            if self._complement_before_given_name(toks, k, end):
                # لاعب مانشستر إيلكاي غوندوغان: the club, then the player's name
                attrs = {"kind": "other"}
                key = "org-" + toks[k].form
                complements.append(_Span(Kind.ORGANISATION, k, k + 1, key, None, attrs))
                covered[k] = True
                k += 1
            genitive = k == span.j < len(toks) and self._lone_genitive(toks, span, k)
            if end == k and not genitive:
                end = self._common_name(toks, k, covered) or k  # not مدير مكتب مكافحة
            on_behalf = toks[span.j - 1].form == "باسم" and k == span.j  # المتحدث باسم الجمارك
            if end == k + 1 and (
                not self._recurs(toks, k)
                or _verbal_noun(toks[k].form)
                or (on_behalf and toks[k].form.startswith("ال"))
                or (k == span.j and self._lone_genitive(toks, span, k))
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
                if end - k >= 2 and not _descriptor_before_name(toks, k, end, kinds):
                    add(k, end, "rule:given-name")
            elif _servant(toks, k) and not covered[k + 1]:
                end = self._name_end(toks, k, covered)
                if end - k >= 3:  # عبد الخالق الحوثي (not عبد الرحمن alone)
                    add(k, end, "rule:given-name")
            elif after_cue and self._post_follows(toks, k + 1, kinds):
                end = self._name_end(toks, k, covered)
                if end == k + 1:
                    add(k, end, "rule:cue-apposition")  # وقال ستولتنبرغ، الأمين العام

        # names a learned tagger finds where no rule did (none for the rules alone)
        for i, j, prefix, attrs in self._learned_people(toks, covered):
            if self._completes_given_name(toks, people, i, j, prefix):
                continue
            add(i, j, "ner")
            people[-1].prefix = prefix
            people[-1].attrs = attrs

        # a well-known person's surname on its own (people.tsv): لترامب. A short one (ظريف،
        # مودي) may be a common word spelt alike: it must occur twice in the article.
        known = [_known_surname(self.lexicon, t.form) if t.is_word else None for t in toks]
        times = Counter(found[1] for found in known if found is not None)
        for k, found in enumerate(known):
            post_next = k + 1 in kinds and kinds[k + 1].kind is Kind.TITLE
            if found is None or covered[k] or post_next:
                continue  # التقى ترامب المستشارة: a post right after may be the object's
            if len(found[1]) >= 5 or times[found[1]] >= 2:
                add(k, k + 1, "rule:known-surname")
                people[-1].prefix = found[0]

        # later mentions of the names found: كيري، المعلم
        aliases, longest = self._aliases(toks, people)
        for k, tok in enumerate(toks):
            if covered[k] or not tok.is_word:
                continue
            for prefix, form in clitic_readings(tok.form):
                if form not in longest:
                    continue  # no name found begins with this reading
                n = _alias_length(toks, k, form, aliases, longest)
                if n:
                    add(k, k + n, "rule:alias")
                    people[-1].prefix = prefix
                    break
        return people + complements

    def _completes_given_name(
        self, toks: list[Token], people: list[_Span], i: int, j: int, prefix: int
    ) -> bool:
        """A learned name right after a given name the rules took alone (`وزير الرئاسة صلاح
        | ونسي`: the rules stop at a word starting with و) is its surname: the given name's
        span takes it in. Only words of three letters or more (not a clitic `بـ`)."""
        given = next((p for p in people if p.j == i and p.j - p.i == 1), None)
        if given is None or prefix or toks[given.i].form not in self.lexicon.first_names:
            return False
        if any(len(toks[m].form) < 3 or not toks[m].is_word for m in range(i, j)):
            return False
        given.j = j
        return True

    def _learned_people(
        self, toks: list[Token], covered: list[bool]
    ) -> list[tuple[int, int, int, dict[str, str]]]:
        """People's names from a statistical tagger over tokens no rule took: (start, end,
        clitic prefix, attributes). The rules alone find none (see annotate/learned.py)."""
        return []

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

    def _genitive_of_post(self, toks: list[Token], span: _Span, k: int) -> bool:
        """A definite word right after a post whose last word is indefinite (`قائد`،
        `زعيمة`، `مدير عام`) is the noun that post governs in construct (`قائد الكورال`،
        `زعيمة اليمين المتطرف`، `مدير الدرك`), not its holder's name: a name after a post
        follows a complete phrase (`الرئيس السيسي`، `وزير الخارجية الجبير`)."""
        return (
            k < len(toks) and toks[k].form.startswith("ال") and self._lone_genitive(toks, span, k)
        )

    def _lone_genitive(self, toks: list[Token], span: _Span, k: int) -> bool:
        """A lone word right after a post whose last word is indefinite is its genitive
        (`نائب سوبتشاك`: Sobchak's deputy; `عمدة كيزليار`: the town's mayor), unless it is
        a given name."""
        return (
            span.kind is Kind.TITLE
            and not _definite(toks[span.j - 1].form)  # والرئيس، للرئيس: definite
            and toks[k].form not in self.lexicon.first_names
        )

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
        # the only clitic reading with no prefix is the form itself
        return form in self.lexicon.first_names

    def _first_name_ahead(self, toks: list[Token], k: int) -> bool:
        return k + 1 < len(toks) and toks[k + 1].is_word and not self._stops(toks[k + 1].form)

    def _post_follows(self, toks: list[Token], k: int, kinds: dict[int, _Span]) -> bool:
        """A post right at token k, or after a comma: the words before it are a name in
        apposition (تشارلز ولي عهد بريطانيا، ستولتنبرغ، الأمين العام)."""
        if k < len(toks) and toks[k].form in ("،", ","):
            k += 1
        span = kinds.get(k)
        return span is not None and span.kind is Kind.TITLE
