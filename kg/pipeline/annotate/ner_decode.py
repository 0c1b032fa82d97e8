"""The name tagger's CRF decoded in numpy, from the weights of the crfsuite model file.

crfsuite (`pycrfsuite.Tagger.tag`) takes every token's ~60 attribute strings on every
occurrence, looks each up and sums their weights. Here a token's features are summed once
per distinct (form, lexicon tag, document flags) entry, one weight vector for what the
token says of itself and one for what it tells each neighbour (`Decoder.entry`); a
sentence's scores are then a few array additions over entry ids, and the Viterbi search runs
over all the sentences of a document at once. The labels are crfsuite's: the same weights
(read exactly from the model file, `read_crf`), the same sums in the same order of feature
groups (own, -2, -1, +1, +2, the word pair), the same search with its tie rule (the first
best label wins). crfsuite still trains the model (`kg train-ner`).
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

OFFSETS = (-2, -1, 1, 2)
_HEADER = struct.Struct("<4sI4sIIIIIIIII")  # crfsuite's crf1d model header, 48 bytes
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_CQDB_DATA = 24 + 256 * 8  # a CQDB chunk's header and table references, then its records


@dataclass(frozen=True)
class Crf:
    """A linear-chain CRF's weights: label names by id, the state weights of each attribute
    (one per label, 0.0 where the model has none) and transitions[from, to]."""

    labels: tuple[str, ...]
    state: dict[str, np.ndarray]
    transitions: np.ndarray


def _cqdb_strings(data: bytes, offset: int, count: int) -> list[str]:
    """The strings of a CQDB chunk by id: its records (id, size, NUL-terminated string)
    follow the header and table references in the order they were written."""
    out = [""] * count
    at = offset + _CQDB_DATA
    for _ in range(count):
        ident, size = struct.unpack_from("<iI", data, at)
        out[ident] = data[at + 8 : at + 8 + size - 1].decode("utf-8")
        at += 8 + size
    return out


def read_crf(path: str | Path) -> Crf:
    """The weights of a crfsuite model file (format crf1d: header, label and attribute
    string databases, features of 20 bytes: type, source, destination, weight as a
    little-endian double; the header's count of features is 0, the chunk's is right).
    pycrfsuite's `info()` rounds weights to 6 decimals; these are
    the doubles crfsuite itself sums."""
    data = Path(path).read_bytes()
    head = _HEADER.unpack_from(data, 0)
    magic, _, kind, _, _, n_labels, n_attrs, off_features, off_labels, off_attrs = head[:10]
    chunk, _, n_features = struct.unpack_from("<4sII", data, off_features)
    if magic != b"lCRF" or kind != b"FOMC" or chunk != b"FEAT":
        raise ValueError(f"{path}: not a crfsuite CRF1d model")
    labels = _cqdb_strings(data, off_labels, n_labels)
    attrs = _cqdb_strings(data, off_attrs, n_attrs)
    feats = np.frombuffer(data, _FEATURE, n_features, off_features + 12)
    transitions = np.zeros((n_labels, n_labels))
    state: dict[str, np.ndarray] = {}
    for kind_, src, dst, weight in feats.tolist():
        if kind_ == 1:
            transitions[src, dst] = weight
        else:
            vector = state.get(attrs[src])
            if vector is None:
                vector = state[attrs[src]] = np.zeros(n_labels)
            vector[dst] = weight
    return Crf(tuple(labels), state, transitions)


def attributes_path(model: str | Path) -> Path:
    """Where the attribute list of `model` is kept (`ner.crfsuite` -> `ner.attributes.gz`)."""
    path = Path(model)
    return path.with_name(path.stem + ".attributes.gz")


def write_attributes(model: str | Path) -> Path:
    """Write the attributes `model` weighs, sorted, gzipped without a time stamp (the same
    model gives the same bytes); the tagger then passes crfsuite only those."""
    import gzip

    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    names = sorted({attribute for attribute, _ in tagger.info().state_features})
    tagger.close()
    out = attributes_path(model)
    out.write_bytes(gzip.compress("\n".join(names).encode(), mtime=0))
    return out


def read_attributes(model: str | Path) -> frozenset[str] | None:
    """The attributes `model` weighs (`write_attributes`), None without the list."""
    import gzip

    path = attributes_path(model)
    if not path.is_file():
        return None
    return frozenset(gzip.decompress(path.read_bytes()).decode().split("\n"))


class Decoder:
    """Decodes sentences given as entry ids (`entry`), with crfsuite's labels."""

    def __init__(self, crf: Crf) -> None:
        self.crf = crf
        self.labels = crf.labels
        n = len(crf.labels)
        self._zero = np.zeros(n)
        # attribute -> weights, per neighbour offset without its `d:` prefix
        self._heard: list[dict[str, np.ndarray]] = [{} for _ in OFFSETS]
        for name, vector in crf.state.items():
            head, colon, rest = name.partition(":")
            if colon and head in ("-2", "-1", "1", "2"):
                self._heard[OFFSETS.index(int(head))][rest] = vector
        self.reset()

    def reset(self) -> None:
        """Forget every entry but the two sentence edges (ids 0 and 1)."""
        n = len(self.labels)
        self._rows = np.zeros((64, 5, n))  # own, then what it tells offsets -2, -1, +1, +2
        self._count = 0
        edge = self.crf.state.get
        # a token two (one) places after the start hears -2:BOS (-1:BOS) from the edge
        self.bos = self._add([self._zero, edge("-2:BOS", self._zero), edge("-1:BOS", self._zero)])
        self.eos = self._add(
            [
                self._zero,
                self._zero,
                self._zero,
                edge("1:EOS", self._zero),
                edge("2:EOS", self._zero),
            ]
        )

    def __len__(self) -> int:
        return self._count

    def _add(self, rows: Sequence[np.ndarray]) -> int:
        if self._count == len(self._rows):
            self._rows = np.concatenate([self._rows, np.zeros_like(self._rows)])
        self._rows[self._count, : len(rows)] = rows
        self._count += 1
        return self._count - 1

    def _sum(self, names: Sequence[str], weights: dict[str, np.ndarray]) -> np.ndarray:
        """The weights of `names` summed in their order (a name twice counts twice)."""
        total = self._zero
        for name in names:
            vector = weights.get(name)
            if vector is not None:
                total = total + vector
        return total

    def entry(self, own: Sequence[str], told: Sequence[str]) -> int:
        """A new entry: a token's own attributes, and those it tells its neighbours (each
        read by the model as `d:name` at offset d). Returns its id."""
        rows = [self._sum(own, self.crf.state)]
        rows += [self._sum(told, heard) for heard in self._heard]
        return self._add(rows)

    def pair(self, name: str) -> np.ndarray | None:
        """The weights of one more attribute (the word pair), None when it has none."""
        return self.crf.state.get(name)

    def decode(
        self,
        sentences: Sequence[Sequence[int]],
        pairs: Sequence[Sequence[tuple[int, np.ndarray]]] | None = None,
    ) -> list[list[str]]:
        """Labels of sentences of entry ids; `pairs`: per sentence, (token, weights) to
        add last. Sentences of similar length are searched together."""
        out: list[list[str]] = [[] for _ in sentences]
        order = sorted(range(len(sentences)), key=lambda n: -len(sentences[n]))
        order = [n for n in order if sentences[n]]
        while order:
            longest = len(sentences[order[0]])
            cut = len(order)
            if longest > 64:  # a long sentence is not padded onto many short ones
                cut = next((k for k, n in enumerate(order) if 3 * len(sentences[n]) < longest), cut)
            group, order = order[:cut], order[cut:]
            found = self._decode_group(
                [sentences[n] for n in group], [pairs[n] for n in group] if pairs else None
            )
            for n, labels in zip(group, found, strict=True):
                out[n] = labels
        return out

    def _decode_group(
        self,
        sentences: Sequence[Sequence[int]],
        pairs: Sequence[Sequence[tuple[int, np.ndarray]]] | None,
    ) -> list[list[str]]:
        width = max(len(s) for s in sentences)
        lengths = np.array([len(s) for s in sentences])
        # each sentence between two edge entries on the left and edge entries on the right
        ids = np.full((len(sentences), width + 4), self.eos, dtype=np.intp)
        ids[:, :2] = self.bos
        for b, sentence in enumerate(sentences):
            ids[b, 2 : 2 + len(sentence)] = sentence
        rows = self._rows
        scores = rows[ids[:, 2:-2], 0]
        scores += rows[ids[:, :-4], 1]
        scores += rows[ids[:, 1:-3], 2]
        scores += rows[ids[:, 3:-1], 3]
        scores += rows[ids[:, 4:], 4]
        for b, found in enumerate(pairs or ()):
            for k, vector in found:
                scores[b, k] += vector
        return [
            [self.labels[i] for i in path]
            for path in viterbi(scores, lengths, self.crf.transitions)
        ]


def viterbi(scores: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> list[list[int]]:
    """The best label path of each sentence b, scores[b, :lengths[b]] (state scores per
    token and label; what lies beyond a sentence's length is ignored), as crfsuite's
    `crf1dc_viterbi` finds it: the score of (t, j) is max_i (score(t-1, i) +
    transitions[i, j]) + scores[t, j], ties going to the first i; the last label is the first
    best of the sentence's last token."""
    batch, width, _ = scores.shape
    current = scores[:, 0]
    best = np.empty((width, batch, scores.shape[2]), dtype=np.intp)
    ends = np.empty_like(current)
    ones = np.flatnonzero(lengths == 1)
    ends[ones] = current[ones]
    for t in range(1, width):
        step = current[:, :, None] + transitions
        best[t] = step.argmax(axis=1)
        current = step.max(axis=1) + scores[:, t]
        done = np.flatnonzero(lengths == t + 1)
        ends[done] = current[done]
    labels = np.zeros((batch, width), dtype=np.intp)
    last = lengths - 1
    labels[np.arange(batch), last] = ends.argmax(axis=1)
    everyone = np.arange(batch)
    for t in range(width - 1, 0, -1):
        inside = everyone[last >= t]
        labels[inside, t - 1] = best[t][inside, labels[inside, t]]
    return [row[:n] for row, n in zip(labels.tolist(), lengths.tolist(), strict=True)]
