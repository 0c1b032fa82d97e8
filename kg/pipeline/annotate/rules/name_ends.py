"""Pass 2, where a person's name ends: the scan from its first word (`NameEndRules._name_end`)
and the words that stop it — function words, verbs, common words behind a clitic or before
a pronoun, the next person's given name, a kinship noun, a participle that describes the
person — and the words that do not, though they look as if they would: connectors (بن، أبو،
فون), a nationality or a common word that is a surname (منصور التركي، أشرف غني), a common
word between a given name and a name word (رجب طيب أردوغان). `NameRules` (names.py) finds
where names start and calls the scan."""

from __future__ import annotations

from kg.pipeline.annotate.arabic import (
    IMPERSONAL_VERBS,
    KINSHIP_NOUNS,
    NAME_CONNECTORS,
    ORGANISATION_HEADS,
    PRONOUN_SUFFIXES,
    REGNAL,
    UNNAMED_SOURCES,
)
from kg.pipeline.annotate.lexicon import clitic_readings
from kg.pipeline.annotate.model import Kind
from kg.pipeline.annotate.rules.name_words import (
    _clitic_word,
    _derived_participle,
    _hyphen,
    _preposition_ala,
    _preposition_article,
    _servant,
    _verb_like,
    _verbal_noun,
    compound_half,
    family_after_given_names,
)
from kg.pipeline.annotate.rules.spans import RuleBase
from kg.pipeline.annotate.tokens import Token
from kg.pipeline.text.normalize import unmarked

_MAX_NAME = 8


class NameEndRules(RuleBase):
    """Pass 2: where a person's name ends, and which words may stand inside one."""

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
            if end > k and self._known_name_complete(toks, k, end):
                break  # دونالد ترامب | امرأة: a known person's name is whole
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

    def _closed_surname(self, toks: list[Token], k: int, covered: list[bool]) -> bool:
        """After a post, a lone given name at k and one more word that the scan stopped on,
        then a word that closes a phrase (punctuation, a function word, a word behind a
        clitic, the end): that word is the holder's surname, though it is spelt like a
        common word (`رئيس مجلس النواب نبيه بري.`، `الرئيس أشرف غني مع`، `المتحدث باسم
        وزارة الصحة أشرف القدرة في`) or begins as a clitic would (`السفير البريطاني بيتر
        ولسون إن`، `المتحدث باسم الرئاسة إبراهيم كالين،`). A post announces a person, and a
        reader takes the name to run to where the phrase closes. Not a word the lexicons
        read as something else (a post, a place, a cue: `جورج واشنطن`), a verb, a verbal
        noun, a word with a pronoun or a clitic before a known word (`بتشكيل`، `وابنائه`),
        a feminine noun without the article (`الملكة إليزابيث ملكة بريطانيا`)."""
        lex = self.lexicon
        if k + 2 > len(toks) or toks[k].form not in lex.first_names:
            return False
        word = toks[k + 1]
        form, raw = word.form, unmarked(word.raw)
        if (
            covered[k + 1]
            or not word.is_word
            or len(form) < 3
            or form in lex.first_names
            or form in NAME_CONNECTORS
            or any(c in word.raw for c in "\u064b\u064c\u064d")
            or _verb_like(word)
            or _verbal_noun(form)
            or (_verbal_noun("ال" + form) and raw[1:2] not in "اوي")  # تأكيد (not تيفيز)
            or (raw.endswith("ة") and not form.startswith("ال"))
            or lex.match([form], 0) is not None
            or any(f in lex.stopwords for _, f in clitic_readings(form))
        ):
            return False
        readings = [] if form in lex.common_words else clitic_readings(form)[1:]  # كامل
        for _, rest in readings:
            if (rest.startswith("ال") and form[:1] != "ك") or rest.endswith("ه"):
                return False  # والسحاب، بالتشريف، وأبنائه: a phrase of its own
            if (
                rest in lex.common_words
                or (rest in lex.first_names and form[:1] in "وف")  # وأحمد: a second name
                or (rest.startswith("ال") and rest[2:] in lex.common_words)
                or lex.match([rest], 0) is not None
            ):
                return False  # بتشكيل، ومجلس، للعلوم: a clitic before a word the lexicons know
        if not raw.endswith("ة") and self._inflected_common(form):
            return False  # قلقه، حصوله
        return k + 2 == len(toks) or self._closes_phrase(toks[k + 2])

    def _closes_phrase(self, tok: Token) -> bool:
        """A token after which no name goes on: punctuation, a function word, a word behind
        a clitic (لشبكة، ومجلس)."""
        form = tok.form
        if not tok.is_word or form in self.lexicon.first_names:
            return not tok.is_word
        return any(f in self.lexicon.stopwords for _, f in clitic_readings(form)) or (
            len(form) >= 4 and form[:1] in "وفبلك" and len(clitic_readings(form)) > 1
        )

    def _known_name_complete(self, toks: list[Token], k: int, end: int) -> bool:
        """Tokens [k, end) spell a well-known person's whole name as people.tsv writes it
        and the word at `end` begins no longer one: the name ends there, whatever that word
        is (`رشح الرئيس الأمريكي دونالد ترامب | امرأة لشغل منصب`، `رجب طيب أردوغان |
        تبريرا`، `ترامب | بشدة`). A connector (`محمد بن سلمان | بن عبدالعزيز`، `آل`) may go
        on."""
        lex = self.lexicon
        name = tuple(t.form for t in toks[k:end])
        if name not in lex.people_written or toks[end].form in NAME_CONNECTORS:
            return False
        return name + (toks[end].form,) not in lex.people_prefixes
