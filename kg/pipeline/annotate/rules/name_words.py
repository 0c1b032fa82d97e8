"""Word tests of the name rules (`names.py`): the shapes that start, continue or end a
person's name, each on a word or two (a preposition fused to the article, a past verb in ى,
a hyphen inside a name, عبد before a divine name...)."""

from __future__ import annotations

from kg.pipeline.annotate.arabic import NAME_CONNECTORS, THEOPHORIC
from kg.pipeline.annotate.lexicon import Lexicon, clitic_readings
from kg.pipeline.annotate.model import Kind
from kg.pipeline.annotate.rules.spans import _Span
from kg.pipeline.annotate.tokens import Token
from kg.pipeline.text.normalize import unmarked


def _servant(toks: list[Token], k: int) -> bool:
    """`عبد` (or `وعبد`) before a word with the article: the first half of a given name
    (عبد الملك، عبد الخالق، عبد الوهاب), whatever the second half means alone."""
    return (
        toks[k].form in ("عبد", "وعبد", "فعبد")
        and k + 1 < len(toks)
        and toks[k + 1].form.startswith("ال")
        and len(toks[k + 1].form) > 3
    )


def _preposition_article(form: str) -> bool:
    """A preposition and the article on one word (بالمقعد، للحكومة، وبالتالي): never in a name."""
    if len(form) >= 4 and form.startswith("لل"):
        return True  # للزج: ل + ال + a two-letter word
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
    raw = unmarked(tok.raw)
    if raw[:1] in "وف" and raw[1:2] in "أإا":
        raw = raw[1:]  # فاكتفى
    return raw.endswith("ى") and raw[:1] in "أإا" and len(raw) >= 4


def _alias_length(
    toks: list[Token], k: int, form: str, aliases: set[tuple[str, ...]], longest: dict[str, int]
) -> int:
    """Token count of the longest known name form starting at token k (read as `form`)."""
    for n in range(longest.get(form, 0), 0, -1):
        candidate = (form, *(t.form for t in toks[k + 1 : k + n]))
        if len(candidate) == n and candidate in aliases:
            return n
    return 0


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


def mim_participle(form: str, first_names: frozenset[str]) -> bool:
    """A definite word shaped like a participle or a plural with م (`المعترف`، `المتحالف`،
    `المعارك`، `المؤيد`): it describes or follows a name, it is no family name; a nisba
    (`المالكي`) and a given name with the article (`المنصور`) are."""
    bare = form.removeprefix("ال")
    return (
        form.startswith("ال")
        and bare.startswith("م")
        and len(bare) >= 5
        and not bare.endswith("ي")
        and bare not in first_names
    )


def _derived_participle(form: str, first_names: frozenset[str]) -> bool:
    """A definite participle of a derived verb (`المتحالف`، `المنتقل`، `المعترف`،
    `المستقيل`): after a full name it describes the person (`علي عبدالله صالح المتحالف مع
    ...`), whatever the lexicons hold; `المهندس`، `المعمر` are not of that shape."""
    bare = form.removeprefix("ال")
    return mim_participle(form, first_names) and (
        bare[1] in "تن" or bare[2] == "ت" or bare.startswith("مست")
    )


def family_after_given_names(
    forms: list[str], first_names: frozenset[str], common_words: frozenset[str]
) -> bool:
    """Whether the last of `forms` is a family name after a chain of two or more given
    names and nothing else (`عبدالله يحيى الحكيم`، `زيد رعد الحسين`، `وعبد الله أيمن
    الرميلات`): a definite word there names the family, as a reader takes it, unless it is
    shaped like a participle or a plural (`عبدربه منصور هادي | المعترف به`، `طارق صالح |
    المعارك`) or a common noun that is neither a nisba in ي nor a given name with the
    article (`ودعا محمود عباس | الشعب`: the verb's object). The chain may start with و
    or ف, and `عبد` + a definite word is one name."""
    *chain, form = forms
    if len(chain) < 2 or not form.startswith("ال") or chain[-1] in NAME_CONNECTORS:
        return False  # (علي عبد الله | صالح: the word after عبد or بن completes a given name)
    if form.endswith(("ين", "ون")) and form not in first_names:
        return False  # a plural noun (الحسين is a name)
    if mim_participle(form, first_names):
        return False
    if form in common_words and not form.endswith("ي") and form[2:] not in first_names:
        return False  # محمود عباس | الشعب: a noun, the object; a nisba or a name with ال is not
    m = 0
    while m < len(chain):
        word = chain[m]
        if word in ("عبد", "وعبد", "فعبد") and m + 1 < len(chain) and chain[m + 1][:2] == "ال":
            m += 2  # عبد الملك
            continue
        given = word in first_names or word in NAME_CONNECTORS
        if not given and (m > 0 or word[:1] not in "وف" or word[1:] not in first_names):
            return False
        m += 1
    return True


def compound_surname(name: tuple[str, ...]) -> bool:
    """Whether a name (folded words) ends in a surname of two words: `عبد` or `أبو` and a
    noun (`رامي عبد الرحمن`، `محمود أبو زيد`), or a compound with `الله`، `الدين` or `الإسلام`
    (`حسن نصر الله`، `زياد تقي الدين`), after a given name that is not itself a patronymic's
    part (`محمد بن عبد الرحمن`: his father's name). A reader may call the person by the two
    words alone, never by `الرحمن` or `الله` alone."""
    if len(name) < 3 or name[-3] in NAME_CONNECTORS:
        return False
    return name[-2] in ("عبد", "ابو") or (
        name[-1] in THEOPHORIC and name[-2] not in NAME_CONNECTORS and name[-2][:2] != "ال"
    )


def compound_half(forms: list[str], k: int) -> bool:
    """Whether word k is half of a compound name with `الله`، `الدين` or `الإسلام` (`حسن نصر
    الله`، `زياد تقي الدين`، `محمد حسين فضل الله`): that word after a bare word, or the bare
    word before it. A reader takes the pair as one name, though `فضل`، `تقي` are common words."""

    def bare(m: int) -> bool:
        return 0 <= m < len(forms) and not forms[m].startswith("ال") and forms[m].isalpha()

    if forms[k] in THEOPHORIC:
        return bare(k - 1)
    return k + 1 < len(forms) and forms[k + 1] in THEOPHORIC and bare(k)


_SURNAMES: dict[int, tuple[Lexicon, dict[str, tuple[int, str] | None]]] = {}
_SURNAMES_SIZE = 1 << 18  # forms remembered per lexicon (the corpus has ~60k)


def _known_surname(lex: Lexicon, form: str) -> tuple[int, str] | None:
    """A one-word name of people.tsv that no lexicon reads as a given name or common word,
    behind clitics (ترامب in لترامب): (characters of clitics, the name), or None.
    Memoised per lexicon and form: it is asked of every word of every article."""
    held = _SURNAMES.get(id(lex))
    if held is None or held[0] is not lex:
        held = _SURNAMES[id(lex)] = (lex, {})
    memo = held[1]
    if form in memo:
        return memo[form]
    if len(memo) >= _SURNAMES_SIZE:
        memo.clear()
    found = memo[form] = _surname_reading(lex, form)
    return found


def _surname_reading(lex: Lexicon, form: str) -> tuple[int, str] | None:
    for prefix, rest in clitic_readings(form):
        bare = rest.removeprefix("ال")
        if (
            form[prefix:] == rest
            and (bare,) in lex.people
            and bare not in lex.first_names
            and bare not in lex.common_words
            and rest not in lex.common_words
        ):
            return prefix, bare
    return None


def _descriptor_before_name(toks: list[Token], k: int, end: int, kinds: dict[int, _Span]) -> bool:
    """`وندد المرجع الشهير آية الله X`: definite words after a cue that run into an
    honorific or a post describe the person named after it (apposition); they are no name."""
    following = kinds.get(end)
    return (
        toks[k].raw.startswith("ال")  # the raw word: إلون folds to الون
        and following is not None
        and following.kind in (Kind.HONORIFIC, Kind.TITLE)
    )
