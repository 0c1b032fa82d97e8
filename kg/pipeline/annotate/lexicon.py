"""Lexicons from the data files in `kg/data/` (sources in kg/data/README.md), indexed for
phrase matching over folded tokens.

Country labels come from CLDR (Babel); the TSV files add aliases, capitals, nationality
adjectives, organisations, posts, honorifics and reporting cues.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from kg.pipeline.annotate.cue_forms import cue_lemmas
from kg.pipeline.annotate.cue_forms import forms as cue_forms
from kg.pipeline.annotate.model import Kind
from kg.pipeline.text.normalize import fold, normalize_for_match

DATA = Path(str(resources.files("kg") / "data"))

# Clitics that attach before a word: conjunction, then preposition; لل is ل + ال.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")


@dataclass(frozen=True)
class Entry:
    """What a lexicon phrase means."""

    kind: Kind
    key: str
    label: str
    attrs: tuple[tuple[str, str], ...] = ()

    def attr(self, name: str, default: str = "") -> str:
        return dict(self.attrs).get(name, default)


@dataclass
class Lexicon:
    """Phrase index: first folded token -> [(tokens, entry)], longest first."""

    index: dict[str, list[tuple[tuple[str, ...], Entry]]] = field(default_factory=dict)
    stopwords: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()
    common_words: frozenset[str] = frozenset()  # nouns and verbs seen in news: not names
    countries: dict[str, Entry] = field(default_factory=dict)  # code -> country entry
    organisations: dict[str, Entry] = field(default_factory=dict)  # id -> organisation entry
    # folded relative adjective of a movement -> organisation id: حوثي، حوثيين -> ye-houthis
    organisation_adjectives: dict[str, str] = field(default_factory=dict)
    # the forms of those that are never a person's name: all but the definite masculine
    # singular, which is also a family name (عبد الملك الحوثي)
    never_names: frozenset[str] = frozenset()
    portfolios: dict[str, tuple[str, str]] = field(default_factory=dict)  # folded -> (form, key)
    known_words: frozenset[str] = frozenset()  # every folded token of every phrase
    _candidates: dict[str, tuple[tuple[int, int, tuple[str, ...], Entry], ...]] = field(
        default_factory=dict, repr=False, compare=False
    )
    people: dict[tuple[str, ...], str] = field(default_factory=dict)  # name -> where (people.tsv)
    # people.tsv's names as written (with ال), and every beginning of one: where a name ends
    people_prefixes: frozenset[tuple[str, ...]] = frozenset()
    people_written: frozenset[tuple[str, ...]] = frozenset()

    def add(self, phrase: str, entry: Entry) -> None:
        toks = tuple(normalize_for_match(phrase).split())
        if not toks:
            return
        bucket = self.index.setdefault(toks[0], [])
        if (toks, entry) not in bucket:
            bucket.append((toks, entry))
            bucket.sort(key=lambda item: -len(item[0]))
            self._candidates.clear()

    def match(self, tokens: list[str], i: int) -> tuple[int, int, Entry] | None:
        """Longest entry starting at token i: (prefix length stripped, n tokens, entry).
        Called for most tokens of every article (rules, tagger features): a token that
        begins no phrase costs one dictionary lookup, a one-word phrase no slice."""
        token = tokens[i]
        found = self._candidates.get(token)
        if found is None:
            found = self.candidates(token)
        if not found:
            return None
        best: tuple[int, int, Entry] | None = None
        for prefix, n, rest, entry in found:
            if best is not None and n <= best[1]:
                continue
            if n == 1 or tuple(tokens[i + 1 : i + n]) == rest:
                best = (prefix, n, entry)
        return best

    def candidates(self, token: str) -> tuple[tuple[int, int, tuple[str, ...], Entry], ...]:
        """Entries that may start at `token`: (prefix length, n tokens, other tokens, entry),
        in the order `match` tries them; memoised per token form."""
        found = self._candidates.get(token)
        if found is None:
            out = []
            for prefix, form in clitic_readings(token):
                for toks, entry in self.index.get(form, ()):
                    if entry.kind is Kind.CUE and not _cue_clitics(token[:prefix], entry):
                        continue  # وقال، فأكد، ليؤكد: yes; بحثا is not ب + حثا
                    out.append((prefix, len(toks), toks[1:], entry))
            found = self._candidates[token] = tuple(out)
        return found

    def is_known(self, token: str) -> bool:
        """A lexicon or function word (after stripping clitics): not a name."""
        return any(f in self.known_words or f in self.stopwords for _, f in clitic_readings(token))


def _cue_clitics(prefix: str, entry: Entry) -> bool:
    """Whether a cue can carry these leading clitics: و/ف on any form (وقال، فأكد), a
    preposition on a verbal noun (بالقول), the ل of purpose on a present verb (عاد ليؤكد،
    وليضيف); not a preposition on a verb (بحثا is not ب + حثا)."""
    if not prefix or prefix in _CONJ or entry.attr("kind") == "masdar":
        return True
    return entry.attr("kind") == "present" and prefix[-1] == "ل"


@lru_cache(maxsize=1 << 18)
def clitic_readings(token: str) -> tuple[tuple[int, str], ...]:
    """(prefix length, remaining form) for each way to read `token` with leading clitics,
    the token itself first. Memoised: the same words recur in every article."""
    return tuple(_clitic_readings(token))


def clitic_readings_uncached(token: str) -> tuple[tuple[int, str], ...]:
    """`clitic_readings` without the memo (for strings read once)."""
    return tuple(_clitic_readings(token))


def _clitic_readings(token: str) -> Iterator[tuple[int, str]]:
    yield 0, token
    seen = {token}
    for c in ("",) + _CONJ:
        if c and not token.startswith(c):
            continue
        rest = token[len(c) :]
        options = [(len(c), rest)] if c else []
        for p in _PREP:
            if rest.startswith(p) and len(rest) > len(p) + 1:
                options.append((len(c) + 1, rest[1:]))
                if p == "ل" and rest.startswith("لل") and len(rest) > 3:
                    options.append((len(c) + 1, "ا" + rest[1:]))  # لل = ل + ال
        for prefix, form in options:
            if len(form) >= 2 and form not in seen:
                seen.add(form)
                yield prefix, form


def _rows(name: str) -> Iterator[dict[str, str]]:
    path = DATA / name
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        yield {k: (v or "").strip() for k, v in row.items() if k}


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _words(name: str) -> frozenset[str]:
    path = DATA / name
    if not path.exists():
        return frozenset()
    return frozenset(
        normalize_for_match(line)
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


def adjective_forms(adjective: str) -> Iterator[tuple[str, str, str]]:
    """(form, gender, number) of a masculine singular nisba adjective, with and without ال.

    A two-word adjective (`كوري جنوبي`) agrees word by word, and its definite form takes
    ال on every word: `الكورية الجنوبية`، `الكوريين الجنوبيين`."""
    words = fold(adjective).split()
    endings = [("", "m", "sg"), ("ه", "f", "sg")]
    plurals = [("ون", "m", "pl"), ("ين", "m", "pl"), ("ان", "m", "du")]
    plurals += [("تان", "f", "du"), ("تين", "f", "du"), ("ات", "f", "pl")]
    forms = [([w + suffix for w in words], gender, number) for suffix, gender, number in endings]
    for suffix, gender, number in plurals:
        stems = [w[:-1] if w.endswith("ي") else w for w in words]
        forms.append(([stem + "ي" + suffix for stem in stems], gender, number))
    for inflected, gender, number in forms:
        yield " ".join(inflected), gender, number
        yield " ".join("ال" + w for w in inflected), gender, number


def _country_label(code: str) -> str | None:
    from babel import Locale

    return Locale("ar").territories.get(code)


@cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped in kg/data (built once per process)."""
    return load_lexicon()


def load_lexicon() -> Lexicon:
    lex = Lexicon()
    lex.stopwords = _words("stopwords.txt")
    lex.first_names = _words("first_names.txt")
    lex.common_words = _words("common_words.txt") - lex.first_names
    for row in _rows("countries.tsv"):
        code = row["code"]
        names = _split(row.get("names", ""))
        label = _country_label(code) or (names[0] if names else code)
        entry = Entry(Kind.COUNTRY, code, label)
        lex.countries[code] = entry
        for name in [label, *names, *_split(row.get("capitals", ""))]:
            lex.add(name, entry)
        for adjective in _split(row.get("adjectives", "")):
            for form, gender, number in adjective_forms(adjective):
                lex.add(
                    form,
                    Entry(Kind.NATIONALITY, code, label, (("gender", gender), ("number", number))),
                )
        for people in _split(row.get("people", "")):
            lex.add(people, Entry(Kind.NATIONALITY, code, label, (("number", "pl"),)))
            lex.add("ال" + fold(people), Entry(Kind.NATIONALITY, code, label, (("number", "pl"),)))
    never_names: set[str] = set()
    for row in _rows("organisations.tsv"):
        names = _split(row["names"])
        if not names:
            continue
        attrs = tuple((k, row[k]) for k in ("country", "gender", "kind") if row.get(k))
        entry = Entry(Kind.ORGANISATION, row["id"], names[0], attrs)
        lex.organisations[row["id"]] = entry
        for name in names:
            lex.add(name, entry)
        for adjective in _split(row.get("adjectives", "")):
            for form, gender, number in adjective_forms(adjective):
                lex.organisation_adjectives[form] = row["id"]
                if not (form.startswith("ال") and gender == "m" and number == "sg"):
                    never_names.add(form)
    lex.never_names = frozenset(never_names)
    for row in _rows("portfolios.tsv"):
        canonical = row["portfolio"]
        for form in [canonical, *_split(row.get("variants", ""))]:
            lex.portfolios[normalize_for_match(form)] = (canonical, row.get("key") or canonical)
    titles = list(_rows("titles.tsv"))
    explicit = {fold(row["form"]) for row in titles}
    for row in titles:
        kind = {"rank": Kind.HONORIFIC, "honorific": Kind.HONORIFIC}.get(
            row.get("kind", "post"), Kind.TITLE
        )
        attrs = (("gender", row.get("gender", "m")), ("head", row.get("head", "")))
        if row.get("kind") in ("rank", "job"):
            attrs += ((row["kind"], "1"),)
        if row.get("country"):
            attrs += (("country", row["country"]),)  # خادم الحرمين الشريفين: one state's
        entry = Entry(kind, normalize_for_match(row["form"]), row["form"], attrs)
        lex.add(row["form"], entry)
        bare = fold(row["form"])
        if kind is Kind.TITLE and not bare.startswith("ال") and "ال" + bare not in explicit:
            lex.add("ال" + row["form"], Entry(kind, entry.key, "ال" + row["form"], attrs))
    written: set[tuple[str, ...]] = set()
    for row in _rows("people.tsv"):
        for name in _split(row.get("names", "")):
            forms = tuple(normalize_for_match(name).split())
            lex.people[tuple(t.removeprefix("ال") for t in forms)] = row["where"]
            written.add(forms)
    lex.people_written = frozenset(written)
    lex.people_prefixes = frozenset(f[:n] for f in written for n in range(1, len(f) + 1))
    for place in _words("places.txt"):
        lex.add(place, Entry(Kind.PLACE, place, place))
    for lemma in cue_lemmas():
        for cue in cue_forms(lemma):
            attrs = tuple(
                (k, v)
                for k, v in (
                    ("gender", cue.gender),
                    ("number", cue.number),
                    ("kind", cue.kind),
                    ("prep", lemma.prep),
                    ("class", lemma.cue_class),
                )
                if v
            )
            lex.add(cue.form, Entry(Kind.CUE, lemma.key, cue.form, attrs))
    lex.known_words = frozenset(tok for toks in lex.index.values() for t, _ in toks for tok in t)
    return lex
