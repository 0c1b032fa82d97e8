"""A synthetic Arabic news corpus of any size, drawn from kg's own lexicons.

Each article is reproducible from (seed, index): a headline, paragraphs of running prose in
which a small cast of people hold posts (minister of a portfolio, posts of organisations and
countries) and make statements through the lexicon's reporting cues (explicit, implicit,
quoted, in apposition), filler sentences, and scrape noise (share buttons, "read also").

    python -m benchmarks.synth OUT_DIR 1000 [--words 500] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.pipeline.annotate.lexicon import default_lexicon
from kg.pipeline.annotate.model import Kind

# Running-prose glue: function words and news verbs/nouns as written (with hamza and ta marbuta).
_GLUE = (  # noqa: SIM905 - one readable block of Arabic
    "في من على إلى مع بعد قبل خلال حول بين عن منذ لدى ضد نحو عبر أمام وفق "
    "الحكومة المفاوضات الأزمة الاتفاق الانتخابات الاقتصاد الأمن الحدود اللاجئين القوات "
    "المرحلة المقبلة الجهود الدولية الوضع الإنساني العلاقات الثنائية التعاون المشترك "
    "الملف النووي العقوبات الهدنة وقف إطلاق النار المساعدات الاستثمار التنمية الإصلاحات "
    "الميزانية البرلمان المعارضة الشعب المنطقة العاصمة الأسبوع الماضي اليوم أمس غدا "
    "يجب ضرورة أهمية دعم تعزيز مواصلة تطوير حل سياسي شامل دائم عادل كبير جديد "
    "مستمر واضح تطورات الأحداث الأخيرة المسؤولين الجانبين الطرفين الأطراف المعنية"
).split()
_NOISE = (
    "شارك",
    "مشاركة",
    "اقرأ أيضا",
    "تابعونا على تويتر",
    "المصدر: وكالات",
    "اشترك في النشرة البريدية",
    "أخبار ذات صلة",
    "-----",
)
_CONNECT = ("وأوضح", "وأكد", "وأضاف", "وأشار")  # not from the lexicon: plain verbs of glue


@dataclass(frozen=True)
class Vocabulary:
    """What articles are made of, from `kg.pipeline.annotate.lexicon.default_lexicon()`."""

    first_names: tuple[str, ...]
    titles: tuple[tuple[str, str], ...]  # (post, gender)
    cues: tuple[tuple[str, str], ...]  # (past-tense cue, gender)
    nationalities: tuple[tuple[str, str, str], ...]  # (adjective, gender, code)
    countries: tuple[str, ...]
    organisations: tuple[str, ...]
    portfolios: tuple[str, ...]
    words: tuple[str, ...]


@cache
def vocabulary() -> Vocabulary:
    """Collect the vocabulary once per process (sorted: the same seed gives the same text)."""
    lex = default_lexicon()
    titles, cues, nationalities = set(), set(), set()
    for bucket in lex.index.values():
        for toks, entry in bucket:
            gender = entry.attr("gender")
            if entry.kind is Kind.TITLE and gender in ("m", "f") and len(toks) <= 2:
                titles.add((entry.label, gender))
            elif entry.kind is Kind.CUE and entry.attr("kind") == "past" and gender in ("m", "f"):
                if entry.attr("number") in ("", "sg") and len(toks) == 1:
                    cues.add((entry.label, gender))
            elif (
                entry.kind is Kind.NATIONALITY
                and entry.attr("number") == "sg"
                and toks[0].startswith("ال")
                and len(toks) == 1
            ):
                nationalities.add((toks[0], gender, entry.key))
    names = sorted(n for n in lex.first_names if " " not in n and len(n) >= 3)
    common = sorted(w for w in lex.common_words if len(w) >= 3)
    return Vocabulary(
        first_names=tuple(names),
        titles=tuple(sorted(titles)),
        cues=tuple(sorted(cues)),
        nationalities=tuple(sorted(nationalities)),
        countries=tuple(sorted(e.label for e in lex.countries.values())),
        organisations=tuple(sorted({e.label for e in lex.organisations.values()})),
        portfolios=tuple(sorted({form for form, _ in lex.portfolios.values()})),
        words=tuple(_GLUE) + tuple(common[:: max(1, len(common) // 1500)]),
    )


@dataclass
class _Person:
    name: str
    surname: str
    post: str
    gender: str


class _Writer:
    """Writes one article from its own random generator."""

    def __init__(self, rng: random.Random, vocab: Vocabulary) -> None:
        self.r = rng
        self.v = vocab
        self.cast = [self.person() for _ in range(rng.randint(2, 4))]
        self.country = rng.choice(vocab.countries)

    def person(self) -> _Person:
        r, v = self.r, self.v
        first, last = r.choice(v.first_names), r.choice(v.first_names)
        if r.random() < 0.5:
            adjective = r.choice([n for n, g, _ in v.nationalities if g == "m"])
            post = f"وزير {r.choice(v.portfolios)} {adjective}"
            gender = "m"
        else:
            title, gender = r.choice(v.titles)
            post = f"{title} {r.choice(v.organisations)}"
        return _Person(f"{first} {last}", last, post, gender)

    def clause(self, low: int = 8, high: int = 20) -> str:
        r = self.r
        words = [r.choice(self.v.words) for _ in range(r.randint(low, high))]
        if r.random() < 0.3:
            words.insert(r.randrange(len(words)), r.choice(self.v.countries))
        if r.random() < 0.2:
            words.insert(r.randrange(len(words)), r.choice(self.v.organisations))
        return " ".join(words)

    def cue(self, gender: str) -> str:
        forms = [c for c, g in self.v.cues if g == gender] or [c for c, _ in self.v.cues]
        return self.r.choice(forms)

    def sentence(self) -> str:
        r = self.r
        p = r.choice(self.cast)
        kind = r.choices(
            ("post", "apposition", "quote", "implicit", "organisation", "filler"),
            weights=(1, 1, 0.7, 0.7, 0.4, 10),  # about the real corpus's facts per word
        )[0]
        if kind == "post":
            return f"و{self.cue(p.gender)} {p.post} {p.name} إن {self.clause()}."
        if kind == "apposition":
            return f"{p.name}، {p.post}، {self.cue(p.gender)} أن {self.clause()}."
        if kind == "quote":
            return f'و{self.cue(p.gender)} {p.surname}: "{self.clause()}".'
        if kind == "implicit":
            return f"{r.choice(_CONNECT)} أن {self.clause()}."
        if kind == "organisation":
            return f"و{self.cue('f')} {r.choice(self.v.organisations)} في بيان أن {self.clause()}."
        return f"{self.clause(10, 25)}."

    def article(self, words: int) -> str:
        r = self.r
        lead = self.cast[0]
        lines = [f"{lead.post} {lead.name} يزور {self.country}"]  # headline: a noise line
        lines.append(f"{r.choice(_NOISE)}")
        count = 0
        while count < words:
            paragraph = " ".join(self.sentence() for _ in range(r.randint(1, 3)))
            count += len(paragraph.split())
            lines.append(paragraph)
            if r.random() < 0.08:
                lines.append(f"{r.choice(_NOISE)} {self.clause(3, 6)}")
        lines.append(r.choice(_NOISE))
        return "\n".join(lines) + "\n"


def synth_article(index: int, seed: int = 7, words: int = 500) -> str:
    """Article number `index` of the corpus with this `seed`: about `words` words."""
    return _Writer(random.Random(f"{seed}:{index}"), vocabulary()).article(words)


def write_long_line(directory: str | Path, chars: int, seed: int = 7) -> Path:
    """One article of `chars` characters on a single line without punctuation: synthetic
    articles with their punctuation and line breaks removed, run together (the worst case
    for the extraction rules, which read around each cue within its sentence)."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"long-line-{chars}.txt"
    if not path.exists():
        parts: list[str] = []
        size, index = 0, 0
        while size < chars:
            flat = " ".join(re.sub(r"[^\w\s]", " ", synth_article(index, seed)).split())
            parts.append(flat)
            size += len(flat) + 1
            index += 1
        path.write_text(" ".join(parts)[:chars].rsplit(" ", 1)[0], encoding="utf-8")
    return path


def write_corpus(directory: str | Path, count: int, seed: int = 7, words: int = 500) -> list[Path]:
    """Write articles 0..count-1 as `synth-{index:06d}.txt` (kept if already there)."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = out / f"synth-{index:06d}.txt"
        if not path.exists():
            path.write_text(synth_article(index, seed, words), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("count", type=int)
    parser.add_argument("--words", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    write_corpus(args.directory, args.count, args.seed, args.words)


if __name__ == "__main__":
    main()
