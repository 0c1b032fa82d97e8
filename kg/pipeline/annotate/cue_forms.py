"""Every form of a reporting cue, generated from its lemma by Arabic morphology.

`kg/data/cue_lemmas.tsv` holds one row per verb (lemma, class, present, participle, verbal
nouns, preposition, forms left out); this module writes out what news uses of it in the
third person: the past (هو، هي، هما، هم، هن), the present (يـ/تـ, dual and plural, and the
subjunctive/jussive plural of `لم يؤكدوا`), the active participle (مضيفاً، مؤكدة، مشيرين،
مؤكدتين، مؤكدات) and the verbal noun with ال and with a pronoun (التأكيد، تأكيده، دعوتها).
Conjugation follows the lemma's shape: sound (أكد)، hollow (قال: قلن، يقلن)، defective
(نفى: نفيا، نفوا; دعا: دعوا، دعون; يرى: يرون)، doubled (ردّ: رددن، يرددن). Attached و/ف/ل are
read by the lexicon (`kg.pipeline.annotate.lexicon.clitic_readings`), not written out here.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from kg.pipeline.annotate.arabic import THIRD_PERSON_PRONOUNS
from kg.pipeline.text.normalize import MARKS, fold

_TABLE = Path(str(resources.files("kg") / "data")) / "cue_lemmas.tsv"
_SHADDA = "\u0651"


@dataclass(frozen=True)
class CueLemma:
    """One row of cue_lemmas.tsv."""

    lemma: str  # past 3rd masc. sg., a final shadda for a doubled root
    cue_class: str
    present: str = ""
    participle: str = ""
    masdars: tuple[str, ...] = ()
    prep: str = ""
    left_out: frozenset[str] = frozenset()  # folded forms (or form/kind) never generated

    @property
    def key(self) -> str:
        """The folded lemma: the `key` of every cue mention of this verb."""
        return fold(self.lemma)


@dataclass(frozen=True)
class CueForm:
    """A written form of a cue and what it is."""

    form: str
    kind: str  # past | present | participle | masdar
    gender: str = ""  # m | f | "" (unspecified)
    number: str = ""  # sg | du | pl | ""


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


@cache
def cue_lemmas() -> tuple[CueLemma, ...]:
    """The rows of kg/data/cue_lemmas.tsv, in file order (read once per process)."""
    with _TABLE.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    out = []
    for row in csv.DictReader(lines, delimiter="\t"):
        cell = {k: (v or "").strip() for k, v in row.items() if k}
        out.append(
            CueLemma(
                lemma=cell["lemma"],
                cue_class=cell["class"],
                present=cell.get("present", ""),
                participle=cell.get("participle", ""),
                masdars=_split(cell.get("masdar", "")),
                prep=cell.get("prep", ""),
                left_out=frozenset(fold(f) for f in _split(cell.get("not", ""))),
            )
        )
    return tuple(out)


def lemmas_of(*classes: str) -> frozenset[str]:
    """Folded lemmas of the cues of these classes (`lemmas_of("demand", "accuse")`)."""
    return frozenset(c.key for c in cue_lemmas() if c.cue_class in classes)


def cue_class(key: str) -> str:
    """The class of a folded lemma, "" when it is not a cue."""
    return _classes().get(key, "")


@cache
def _classes() -> dict[str, str]:
    return {c.key: c.cue_class for c in cue_lemmas()}


def forms(lemma: CueLemma) -> list[CueForm]:
    """Every generated form of `lemma`, first reading first, without the left-out ones."""
    out: list[CueForm] = []
    seen: set[str] = set()
    for form in (
        *past_forms(lemma.lemma),
        *present_forms(lemma.present, _hollow(lemma.lemma), _doubled(lemma.lemma)),
        *participle_forms(lemma.participle),
        *(f for masdar in lemma.masdars for f in masdar_forms(masdar)),
    ):
        folded = fold(form.form)
        left_out = folded in lemma.left_out or f"{folded}/{form.kind}" in lemma.left_out
        if folded not in seen and not left_out:
            seen.add(folded)
            out.append(form)
    return out


def _doubled(past: str) -> bool:
    """ردّ، أصرّ: a final shadda marks a doubled root (رددن، يرددن)."""
    return past.endswith(_SHADDA)


def _hollow(past: str) -> bool:
    """قال، أضاف، أشار: a long ا before the last radical is a weak middle radical (قلن)."""
    bare = past.replace(_SHADDA, "")
    return len(bare) >= 3 and bare[-2] == "ا"


def past_forms(past: str) -> Iterator[CueForm]:
    """هو، هي، هما (m, f)، هم، هن of a past verb."""
    doubled = _doubled(past)
    bare = past.replace(_SHADDA, "")
    if bare.endswith("ى"):  # نفى، أبدى، رأى
        stem = bare[:-1]
        endings = ("", "ت", "يا", "تا", "وا", "ين")
        bare = stem + "ى"
    elif bare.endswith("ا") and len(bare) >= 3 and bare[-2] != "ا":  # دعا
        stem = bare[:-1]
        endings = ("", "ت", "وا", "تا", "وا", "ون")
        bare = stem + "ا"
    else:
        stem = bare
        endings = ("", "ت", "ا", "تا", "وا", "ن")
    labels = (("m", "sg"), ("f", "sg"), ("m", "du"), ("f", "du"), ("m", "pl"), ("f", "pl"))
    for (gender, number), ending in zip(labels, endings, strict=True):
        if not ending:
            yield CueForm(bare, "past", gender, number)
        elif number == "pl" and gender == "f" and _hollow(past):
            yield CueForm(stem[:-2] + stem[-1] + "ن", "past", gender, number)  # قلن
        elif number == "pl" and gender == "f" and doubled:
            yield CueForm(stem + stem[-1] + "ن", "past", gender, number)  # رددن
        else:
            yield CueForm(stem + ending, "past", gender, number)


def present_forms(present: str, hollow: bool = False, doubled: bool = False) -> Iterator[CueForm]:
    """يـ/تـ forms of the present: singular, dual, plural (indicative) and the plural
    that follows لم/لن/أن (`لم يؤكدوا`)."""
    if not present:
        return
    rest = present[1:]  # without the prefix ي
    if present.endswith("ى"):  # يرى: يريان، يرون، يرين
        stem = present[:-1]
        dual, plural, feminine_plural, subjunctive = stem + "يان", stem + "ون", stem + "ين", ""
    elif present.endswith(("ي", "و")):  # ينفي، يدعو: ينفيان، ينفون، ينفين، ينفوا
        stem = present[:-1]
        dual, plural, feminine_plural = present + "ان", stem + "ون", present + "ن"
        subjunctive = stem + "وا"
    else:
        dual, plural = present + "ان", present + "ون"
        if hollow:
            feminine_plural = present[:-2] + present[-1] + "ن"  # يقلن
        elif doubled:
            feminine_plural = present + present[-1] + "ن"  # يرددن
        else:
            feminine_plural = present + "ن"
        subjunctive = present + "وا"
    yield CueForm(present, "present", "m", "sg")
    yield CueForm("ت" + rest, "present", "f", "sg")
    yield CueForm(dual, "present", "m", "du")
    yield CueForm("ت" + dual[1:], "present", "f", "du")
    yield CueForm(plural, "present", "m", "pl")
    yield CueForm(feminine_plural, "present", "f", "pl")
    if subjunctive:
        yield CueForm(subjunctive, "present", "m", "pl")


def participle_forms(participle: str) -> Iterator[CueForm]:
    """Accusative active participles, the circumstantial of `مضيفاً أن`: m sg (with the
    alef of the tanween), f sg, m plural/dual (-ين), f dual, f plural."""
    if not participle:
        return
    defective = participle.endswith("ي") and len(participle) >= 4  # نافي: نافين
    yield CueForm(participle + "ا", "participle", "m", "sg")
    yield CueForm(participle + "ة", "participle", "f", "sg")
    yield CueForm((participle[:-1] if defective else participle) + "ين", "participle", "m", "pl")
    yield CueForm(participle + "تين", "participle", "f", "du")
    yield CueForm(participle + "ات", "participle", "f", "pl")


def masdar_forms(masdar: str) -> Iterator[CueForm]:
    """The verbal noun with ال (التأكيد، بالقول) and with a possessive pronoun (تأكيده،
    دعوتها: a final ة is written ت before it). One written with the tanween (`نقلاً` of
    `نقلاً عن`) is the adverbial accusative, used only as it stands."""
    if masdar.endswith("\u064b"):
        yield CueForm(masdar.removesuffix("\u064b"), "masdar")
        return
    yield CueForm("ال" + masdar, "masdar")
    stem = masdar[:-1] + "ت" if masdar.endswith("ة") else masdar
    for pronoun, gender, number in THIRD_PERSON_PRONOUNS:
        yield CueForm(stem + pronoun, "masdar", gender, number)


_DAMMA = "\u064f"


def passive_past(raw: str, prefix: int = 0) -> bool:
    """Whether a past verb as written is passive: a damma on its first letter (طُلب من،
    أُعلن عن، ذُكر أن) after `prefix` letters of clitics (وَطُلب). Active past verbs never
    carry one; undiacritised text reads as active."""
    letters = 0
    for k, char in enumerate(raw):
        if char in MARKS:
            continue
        if letters == prefix:
            marks = ""
            for mark in raw[k + 1 :]:
                if mark not in MARKS:
                    break
                marks += mark
            return _DAMMA in marks
        letters += 1
    return False
