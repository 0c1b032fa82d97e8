"""Training and scoring the name tagger (`kg train-ner`): deterministic for a given corpus.

The corpus is read from `../shared/ner/NewsFANE_Gold_2014_170K.txt` or a path given; it is
never copied into the project. Runs of 50 sentences (the file marks no documents) are
shuffled with a fixed seed; 20% of them are held out and scored, then the shipped model is
trained on everything with the same settings.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.pipeline.annotate.lexicon import Lexicon, default_lexicon
from kg.pipeline.annotate.ner import (
    CLUSTERS,
    document_context,
    features,
    labels_of,
    link_aliases,
    spans,
)
from kg.pipeline.annotate.ner_lexicons import (
    fingerprint_path,
    lexicon_fingerprint,
    write_fingerprint,
)
from kg.pipeline.annotate.newsfane import Sentence, blocks, sentences

CORPUS = Path("../shared/ner/NewsFANE_Gold_2014_170K.txt")
SEED = 13
HOLDOUT = 0.2
# crfsuite's, mask_names (`mask_names`), clusters (word clusters as features, `ner`),
# trigrams (letter trigrams as features, `ner._letter_trigrams`) and labels (the label
# scheme, `encode`); chosen on the dev split (kg/data/ner/README.md)
PARAMS: dict[str, float | int | bool | str] = {
    "c1": 0.05,  # L1: drops most rare features, keeps the model small
    "c2": 0.05,
    "max_iterations": 150,
    "feature.possible_transitions": True,
    "labels": "bio",  # fine classes kept; "bilou-coarse" wins on the dev split, not held out
}
COARSE = ("PER", "ORG", "GPE", "LOC")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Exact-span and token-level counts per coarse class on held-out sentences."""

    spans: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in COARSE})
    tokens: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in COARSE})
    sentences: int = 0

    def add(self, gold: Sequence[str], predicted: Sequence[str]) -> None:
        self.sentences += 1
        want = {(s.i, s.j, s.kind) for s in spans(gold)}
        got = {(s.i, s.j, s.kind) for s in spans(predicted)}
        for kind in COARSE:
            w = {s for s in want if s[2] == kind}
            g = {s for s in got if s[2] == kind}
            c = self.spans[kind]
            c.tp, c.fp, c.fn = c.tp + len(w & g), c.fp + len(g - w), c.fn + len(w - g)
        for a, b in zip(gold, predicted, strict=True):
            ka, kb = _coarse(a), _coarse(b)
            for kind in COARSE:
                c = self.tokens[kind]
                if ka == kind and kb == kind:
                    c.tp += 1
                elif kb == kind:
                    c.fp += 1
                elif ka == kind:
                    c.fn += 1

    def table(self) -> str:
        lines = ["class  span P  span R  span F1 | token P token R token F1"]
        for kind in COARSE:
            s, t = self.spans[kind], self.tokens[kind]
            lines.append(
                f"{kind:<5} {s.precision:7.3f} {s.recall:7.3f} {s.f1:8.3f} |"
                f" {t.precision:7.3f} {t.recall:7.3f} {t.f1:8.3f}"
            )
        return "\n".join(lines)


def _coarse(label: str) -> str:
    return label.partition("-")[2].split(".")[0] if label != "O" else ""


def split(items: list[Sentence], seed: int = SEED, holdout: float = HOLDOUT):
    """(train, test): runs of sentences shuffled with `seed`, the last `holdout` share held out."""
    runs = blocks(items)
    order = list(range(len(runs)))
    random.Random(seed).shuffle(order)
    cut = round(len(runs) * (1 - holdout))
    train = [s for k in sorted(order[:cut]) for s in runs[k]]
    test = [s for k in sorted(order[cut:]) for s in runs[k]]
    return train, test


DEV_SEED = 29


def dev_split(items: list[Sentence]) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev) inside the training share: the held-out 20% stays unseen while the
    settings are chosen; the dev runs are 20% of the training runs (another fixed seed)."""
    train, _ = split(items)
    return split(train, seed=DEV_SEED)


SCHEMES = ("bio", "coarse", "bilou", "bilou-coarse")


def encode(labels: Sequence[str], scheme: str = "bio") -> list[str]:
    """The corpus's BIO labels in the scheme a model is trained on: `bio` as read (fine
    classes kept: `B-PER.Politician`), `coarse` without the fine class (`B-PER`), `bilou`
    with a span's last token `L-` and a one-token span `U-`, `bilou-coarse` both. The
    tagger's `spans` reads all four."""
    if scheme not in SCHEMES:
        raise ValueError(f"label scheme {scheme!r}: not one of {', '.join(SCHEMES)}")
    out = [label.split(".")[0] for label in labels] if "coarse" in scheme else list(labels)
    if scheme.startswith("bilou"):
        for span in spans(out):
            tail, n = out[span.i].partition("-")[2], span.j - span.i
            out[span.i : span.j] = (
                ["U-" + tail] if n == 1 else ["B-" + tail, *["I-" + tail] * (n - 2), "L-" + tail]
            )
    return out


# what names a word: masked inside people's names in the copy `mask_names` makes
_IDENTITY = ("w=", "b=", "r=", "e=", "known", "bi=")


def mask_names(feats: list[list[str]], labels: Sequence[str]) -> list[list[str]]:
    """A copy of a sentence's features where the words of people's names show only their
    shape (affixes, length, the article, lexicon flags such as a given name), not which
    words they are, to the name itself and to its neighbours: the model learns what a name's
    surroundings and spelling look like, as it must for the names of later years that
    NewsFANE (2002-2007) never saw."""
    inside = [label.partition("-")[2].startswith("PER") for label in labels]
    n = len(feats)
    out = []
    for k, row in enumerate(feats):
        drop = [
            f"{d}:{p}"
            for d in (-2, -1, 1, 2)
            if 0 <= k + d < n and inside[k + d]
            for p in _IDENTITY[:5]
        ]
        if inside[k]:
            drop.extend(_IDENTITY)
        elif k > 0 and inside[k - 1]:
            drop.append("bi=")
        keep = tuple(drop)
        out.append([f for f in row if not f.startswith(keep)] if keep else list(row))
    return out


def train_model(
    data: Iterable[Sentence],
    model: str | Path,
    lexicon: Lexicon | None = None,
    params: dict[str, float | int | bool | str] | None = None,
) -> Path:
    """Train a CRF on `data` and write it to `model`, with the fingerprint of the lexicons
    its features read (`ner_lexicons`) beside it."""
    import pycrfsuite

    lex = lexicon or default_lexicon()
    settings = dict(PARAMS if params is None else params)
    masked = bool(settings.pop("mask_names", False))
    clusters = bool(settings.pop("clusters", False))
    trigrams = bool(settings.pop("trigrams", False))
    scheme = str(settings.pop("labels", "bio"))
    trainer = pycrfsuite.Trainer(verbose=False)
    for run in blocks(list(data)):
        context = document_context((s.tokens for s in run), lex)
        for sentence in run:
            if sentence.tokens:
                feats = features(
                    sentence.tokens, lex, context, clusters=clusters, trigrams=trigrams
                )
                labels = encode(sentence.labels, scheme)
                trainer.append(feats, labels)
                if masked and any(label.startswith("B-PER") for label in sentence.labels):
                    trainer.append(mask_names(feats, sentence.labels), labels)
    trainer.set_params(settings)
    path = Path(model)
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    write_fingerprint(path, lexicon_fingerprint(lex, CLUSTERS if clusters else None))
    return path


def score_model(
    model: str | Path,
    data: Iterable[Sentence],
    lexicon: Lexicon | None = None,
    link: bool = True,
) -> Scores:
    """Scores of `model` on `data`."""
    from kg.pipeline.annotate.ner import NameTagger

    tagger = NameTagger(model, lexicon)
    scores = Scores()
    for run in blocks([s for s in data if s.tokens]):
        context = document_context((s.tokens for s in run), tagger.lexicon)
        forms = [s.tokens for s in run]
        tagged = [tagger.tag(f, context) for f in forms]
        if link:
            tagged = link_aliases(forms, tagged, tagger.lexicon)
        for sentence, found in zip(run, tagged, strict=True):
            scores.add(sentence.labels, labels_of(found, len(sentence.tokens)))
    return scores


@dataclass
class TrainReport:
    model: Path
    scores: Scores
    train_sentences: int
    test_sentences: int
    labels: Counter[str]


def corpus_file(corpus: str | Path) -> Path:
    """The NewsFANE Gold file to train on: `corpus` itself, or the one `NewsFANE_Gold*.txt`
    in the folder `corpus` names (the data comes as a folder with its licence and README,
    so `kg train-ner ../shared/ner` finds the file in it)."""
    path = Path(corpus)
    if path.is_dir():
        found = sorted(path.glob("NewsFANE_Gold*.txt"))
        if len(found) != 1:
            what = "no" if not found else f"{len(found)}"
            raise InputError(
                f"{path}: {what} NewsFANE Gold files (NewsFANE_Gold*.txt) in this folder;"
                " pass the file's path"
            )
        return found[0]
    if not path.is_file():
        raise InputError(f"{path}: NewsFANE corpus not found (pass its path)")
    return path


def train_ner(
    corpus: str | Path = CORPUS,
    model: str | Path | None = None,
    *,
    attached: bool = True,
    evaluate: bool = True,
    params: dict[str, float | int | bool | str] | None = None,
) -> TrainReport:
    """Score on a held-out 20% (when `evaluate`), then train on the whole corpus into
    `model` (default: the shipped model). Same corpus, same settings: same model."""
    from kg.pipeline.annotate.ner import MODEL

    path = corpus_file(corpus)
    items = list(sentences(path, attached=attached))
    out = Path(model) if model is not None else MODEL
    train, test = split(items)
    scores = Scores()
    if evaluate:
        held = out.with_suffix(".heldout.crfsuite")
        try:
            train_model(train, held, params=params)
            scores = score_model(held, test)
        finally:
            held.unlink(missing_ok=True)
            fingerprint_path(held).unlink(missing_ok=True)
    train_model(items, out, params=params)
    labels = Counter(label for s in items for label in s.labels if label.startswith("B-"))
    return TrainReport(out, scores, len(train), len(test), labels)


def matches_shipped(corpus: str | Path = CORPUS, shipped: str | Path | None = None) -> bool:
    """Whether training on `corpus` now gives the shipped model byte for byte (model and
    lexicon fingerprint): the check that `kg/data/ner` is what
    `kg train-ner` builds."""
    import tempfile

    from kg.pipeline.annotate.ner import MODEL

    shipped = Path(shipped) if shipped is not None else MODEL
    with tempfile.TemporaryDirectory() as tmp:
        built = train_ner(corpus, Path(tmp) / shipped.name, evaluate=False).model
        fingerprint = fingerprint_path(shipped)
        return (
            built.read_bytes() == shipped.read_bytes()
            and fingerprint.is_file()
            and fingerprint_path(built).read_bytes() == fingerprint.read_bytes()
        )
