"""Reading NewsFANE Gold (Alotaibi & Lee, COLING 2014) into training sentences.

The corpus file is `token<TAB>tag` a line, a line holding only a tab between sentences;
tags are BIO over ~50 fine classes. Its text is preprocessed: clitics stand as their own
tokens (`و قال`، `ان ه`، `ب هونج`), hamza forms of alef are `ا`. Real news is not, so a
sentence can be read two ways:

- `attached=True` (the default): clitics are put back on their word (`و قال` -> `وقال`,
  `ان ه` -> `انه`, `ل الاتحاد` -> `للاتحاد`), and every token folded like the annotator's
  input (`kg.normalize.fold`): the tagger then reads news as the annotator tokenises it;
- `attached=False`: the tokens as the corpus gives them (folded), for a tagger whose input
  is segmented the same way at run time (`segment`).

Fine classes map to the project's kinds (`COARSE`); the fine person class survives in the
label for the few that matter to posts (`Politician`, `Athlete`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.pipeline.text.normalize import fold

# fine class -> project kind (PER, ORG, GPE = country, LOC = place); others are not names
COARSE: dict[str, str] = {
    **dict.fromkeys(
        (
            "Politician",
            "Athlete",
            "Other_PER",
            "Businessperson",
            "Artist",
            "Scientist",
            "Religious_PER",
            "Police",
            "Engineer",
            "Lawyer",
        ),
        "PER",
    ),
    **dict.fromkeys(
        (
            "Government",
            "Non-Governmental",
            "Commercial",
            "Media",
            "Sports",
            "Educational",
            "Entertainment",
            "Medical-Science",
            "Religious_ORG",
        ),
        "ORG",
    ),
    "Nation": "GPE",
    **dict.fromkeys(
        (
            "Population-Center",
            "State-or-Province",
            "County-or-District",
            "GPE-Cluster",
            "Continent",
            "Water-Body",
            "Land-Region-Natural",
            "Building-Grounds",
            "Airport",
            "Subarea-Facility",
            "Path",
        ),
        "LOC",
    ),
}
# fine classes kept in the label: a post's domain (a coach is an athlete-domain person)
KEPT_FINE = frozenset({"Politician", "Athlete", "Sports"})

PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ك", "س"})
ENCLITICS = frozenset({"ه", "ها", "هم", "هما", "هن", "نا", "ي", "ني", "كم", "كما", "ك"})
# whether clitics split inside names are put back too (`attach_clitics`): measured in
# round 8 (kg/data/ner/README.md), not the shipped model's reading
INSIDE_NAMES = False
_INVISIBLE = re.compile("[\u200e\u200f\ufeff]")
_PIECES = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class Sentence:
    """Tokens (folded) and their BIO labels over the project's kinds."""

    tokens: tuple[str, ...]
    labels: tuple[str, ...]


def label_of(tag: str) -> str:
    """`B-Politician` -> `B-PER.Politician`; `I-Nation` -> `I-GPE`; unmapped -> `O`."""
    if tag == "O" or "-" not in tag:
        return "O"
    bio, fine = tag.split("-", 1)
    coarse = COARSE.get(fine)
    if coarse is None:
        return "O"
    return f"{bio}-{coarse}.{fine}" if fine in KEPT_FINE else f"{bio}-{coarse}"


def read_raw(path: str | Path) -> Iterator[list[tuple[str, str]]]:
    """Sentences of (token, tag) as in the file, invisible marks removed."""
    sentence: list[tuple[str, str]] = []
    with Path(path).open(encoding="utf-8-sig") as handle:
        for line in handle:
            token, _, tag = line.rstrip("\n").partition("\t")
            token = _INVISIBLE.sub("", token).strip()
            if not token:
                if sentence:
                    yield sentence
                sentence = []
                continue
            sentence.append((token, tag.strip() or "O"))
    if sentence:
        yield sentence


def attach_clitics(
    sentence: list[tuple[str, str]], inside: bool = INSIDE_NAMES
) -> list[tuple[str, str]]:
    """Put split clitics back on their word, as news writes them: a proclitic outside an
    entity joins the next word (`و قال`), an enclitic the previous one (`ان ه`); `ل` and
    a word with the article make `لل` (`ل الاتحاد` -> `للاتحاد`). The word keeps its tag.
    With `inside`, also the clitics the corpus split inside a name (`_inside_name`)."""
    out: list[tuple[str, str]] = []
    pending = ""  # proclitics waiting for their word
    pending_tag = ""  # the tag of a proclitic that begins a name (`ف رانكلين`)
    for k, (token, tag) in enumerate(sentence):
        following = sentence[k + 1] if k + 1 < len(sentence) else ("", "O")
        word_after = following[0][:1].isalpha()
        if tag == "O" and token in PROCLITICS and word_after and not _enclitic_ka(out, token):
            pending += token
            continue
        if inside and not pending and _inside_name(token, tag, following, "pro"):
            pending, pending_tag = token, tag
            continue
        if tag == "O" and token in ENCLITICS and out and out[-1][0][-1:].isalpha() and not pending:
            out[-1] = (out[-1][0] + token, out[-1][1])
            continue
        if inside and out and not pending and _inside_name(token, tag, out[-1], "en"):
            out[-1] = (out[-1][0] + token, out[-1][1])
            continue
        if pending:
            if pending.endswith("ل") and token.startswith("ال") and len(token) > 3:
                token = token[1:]  # ل + الاتحاد = للاتحاد
            token, pending = pending + token, ""
            if pending_tag:
                tag, pending_tag = pending_tag, ""
        out.append((token, tag))
    if pending:
        out.append((pending, pending_tag or "O"))
    return out


def _inside_name(token: str, tag: str, other: tuple[str, str], side: str) -> bool:
    """A clitic the corpus split off inside a name, which news writes attached: a
    proclitic (`side` "pro") that the next word of the same name follows (`كليه الاداب و
    العلوم`, and letters cut off a foreign name: `ف رانكلين`، `ك يشور`), an enclitic
    ("en") that follows a word of the same name (`بن ها`، `برشلون ه`، `من ي مناوي`). The
    other word must have two letters or more: `د ب ا` (dpa) stays as it is."""
    if tag == "O" or len(other[0]) < 2 or not other[0][-1:].isalpha():
        return False
    if side == "pro":
        return token in PROCLITICS and other[1] == "I" + tag[1:] and other[0][:1].isalpha()
    return token in ENCLITICS and tag.startswith("I-") and other[1][2:] == tag[2:]


def _enclitic_ka(out: list[tuple[str, str]], token: str) -> bool:
    """`وجه ك` (your face): ك after a word is a pronoun, unless `ك ما` (as)."""
    return token == "ك" and bool(out) and out[-1][0][-1:].isalpha()


def sentences(
    path: str | Path, attached: bool = True, inside: bool = INSIDE_NAMES
) -> Iterator[Sentence]:
    """Training sentences over the project's kinds, folded and tokenised like the
    annotator's input (a token such as `2002.` becomes two); `inside`: clitics inside names
    put back too (`attach_clitics`)."""
    for raw in read_raw(path):
        pairs = attach_clitics(raw, inside) if attached else raw
        yield _retokenise(pairs)


def _retokenise(pairs: Iterable[tuple[str, str]]) -> Sentence:
    tokens: list[str] = []
    labels: list[str] = []
    for token, tag in pairs:
        label = label_of(tag)
        for n, piece in enumerate(_PIECES.findall(fold(token))):
            tokens.append(piece)
            labels.append("I" + label[1:] if n and label != "O" else label)
    return Sentence(tuple(tokens), tuple(labels))


def blocks(items: list[Sentence], size: int = 50) -> list[list[Sentence]]:
    """Runs of `size` consecutive sentences: the file marks no documents, and a run keeps
    most of a story together, so a split by runs keeps test stories out of training."""
    return [items[k : k + size] for k in range(0, len(items), size)]
