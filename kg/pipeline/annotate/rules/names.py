"""Pass 2, people's names: where a reader finds a name (after a post and its complements,
an honorific, a reporting cue, or a known given name) and where it ends (function words,
verbs, inflected common words, the next person's given name); a lone word must recur."""

from __future__ import annotations

from collections import Counter

from kg.pipeline.annotate.arabic import (
    IMPERSONAL_VERBS,
    KINSHIP_NOUNS,
    NAME_CONNECTORS,
    ORGANISATION_HEADS,
    PRONOUN_SUFFIXES,
    REGNAL,
    TITLE_FILLERS,
    UNNAMED_SOURCES,
)
from kg.pipeline.annotate.lexicon import Entry, clitic_readings
from kg.pipeline.annotate.model import Kind
from kg.pipeline.annotate.rules.name_words import (
    _alias_length,
    _clitic_word,
    _derived_participle,
    _descriptor_before_name,
    _hyphen,
    _known_surname,
    _preposition_ala,
    _preposition_article,
    _servant,
    _verb_like,
    _verbal_noun,
    compound_half,
    family_after_given_names,
)
from kg.pipeline.annotate.rules.spans import RuleBase, _particle_spelling, _Span
from kg.pipeline.annotate.tokens import Token

_MAX_NAME = 8


class NameRules(RuleBase):
    """Pass 2: people's names, where they start and where they end."""

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

    def _stops(self, form: str, first: bool = False) -> bool:
        """A token that cannot be part of a person's name (at its start, when `first`).

        A common word cannot start a name; later in a name only a bare one stops it, since
        surnames are often nouns with the article (الأسد، المعلم)."""
        lex = self.lexicon
        if form in lex.first_names or form in NAME_CONNECTORS:
            return False
        if form in UNNAMED_SOURCES or form in IMPERSONAL_VERBS or form in lex.never_names:
            return True  # ... or حوثيين، الإخوانية: a movement's adjective
        if form in lex.common_words and (first or not form.startswith("ال") or form[-1] == "ه"):
            return True
        if first and len(form) >= 7 and form.startswith("ال") and form.endswith(("ين", "ون")):
            return True  # الاقتصاديين: a plural noun starts no name
        if self._inflected_common(form) or _preposition_article(form):
            return True
        if first and form in ORGANISATION_HEADS:
            return True  # حزب شين فين: an organisation's head noun starts no name
        if first and form in KINSHIP_NOUNS and form not in NAME_CONNECTORS:
            return True  # نجل رئيس الجمهورية: a relative, named by the post after
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
        compound = end - 2 >= k and (
            toks[end - 2].form in NAME_CONNECTORS or _servant(toks, end - 2)
        )  # عبد الفتاح، وعبد الخالق
        given = previous in self.lexicon.first_names and (end - k == 1 or compound)
        if self._family_after_given_names(toks, k, end):
            return False  # عبدالله يحيى الحكيم، محمد أنور السادات
        if compound_half([t.form for t in toks[end - 1 : end + 1]], 1):
            return False  # زياد تقي الدين، محمد حسين فضل الله
        return not given and previous not in NAME_CONNECTORS and not compound

    def _family_after_given_names(self, toks: list[Token], k: int, end: int) -> bool:
        """A definite word after two or more given names (`family_after_given_names`)."""
        forms = [t.form for t in toks[k : end + 1]]
        return family_after_given_names(forms, self.lexicon.first_names, self.lexicon.common_words)

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
            if (
                _verb_like(tok)
                and tok.form not in self.lexicon.first_names
                and (end == k or not tok.form.startswith("ال"))  # العريبى is a surname
            ):
                break  # أنهى، ألقى: a past verb starts no name and ends one (الملك عبد الله أنهى)
            first = end == k and not continuing
            if end == k and _servant(toks, k):
                end += 1  # (و)عبد الملك الحوثي: عبد and the divine name are one given name
                continue
            after_connector = (end - 1 > k or _servant(toks, k)) and (
                toks[end - 1].form in NAME_CONNECTORS
                or _servant(toks, end - 1)
                or (end - 2 > k and toks[end - 2].form in ("فان", "فون"))  # فون دير لاين
            )
            if after_connector and tok.form not in self.lexicon.stopwords:
                end += 1  # أورسولا فون دير لاين، أبو بكر
                continue
            if end - k >= 2 and _clitic_word(tok, self.lexicon.first_names):
                break  # بشار الأسد لاستعادة، باراك أوباما فإن
            if end - k >= 2 and self._next_person(toks, end):
                break  # سيرجي لافروف | عادل الجبير
            if end - k >= 2 and tok.form in KINSHIP_NOUNS and tok.form not in NAME_CONNECTORS:
                break  # يوسف الشاهد | نجل رئيس الجمهورية: an apposition of kinship
            if end - k >= 2 and _derived_participle(tok.form, self.lexicon.first_names):
                break  # علي عبدالله صالح | المتحالف مع المتمردين: it describes the person
            if (
                end - k >= 3
                and not tok.form.startswith("ال")
                and tok.form not in NAME_CONNECTORS
                and self._family_after_given_names(toks, k, end - 1)
            ):
                break  # عبدالعزيز محمد العيسى | خريج: the family name closes the chain
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
