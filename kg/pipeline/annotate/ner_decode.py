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


class Decoder:
    """Decodes sentences given as entry ids (`entry`), with crfsuite's labels."""

    def __init__(self, crf: Crf) -> None:
        self.crf = crf
        self.labels = crf.labels
        # every attribute's weights, one row each; row 0 is zeros
        names = list(crf.state)
        self._matrix = np.vstack([np.zeros(len(crf.labels)), *crf.state.values()])
        self._row = {name: n + 1 for n, name in enumerate(names)}
        # the rows of each attribute as read at offsets -2, -1, +1, +2 (name without its
        # `d:`), 0 where the model does not weigh it there
        heard: dict[str, list[int]] = {}
        for name, row in self._row.items():
            head, colon, rest = name.partition(":")
            if colon and head in ("-2", "-1", "1", "2"):
                heard.setdefault(rest, [0, 0, 0, 0])[OFFSETS.index(int(head))] = row
        self._heard = {rest: tuple(rows) for rest, rows in heard.items()}
        self.reset()

    def reset(self) -> None:
        """Forget every entry but the sentence edges."""
        self._rows = np.zeros((1024, 5, len(self.labels)))  # own, told to -2, -1, +1, +2
        self._count = 0
        self._pending: list[int] = []  # rows of the weights of entries not yet summed
        self._starts: list[int] = []  # where each of their groups starts in _pending
        self._first = 0  # the first entry not yet summed
        # what the start tells the first two tokens (-2:BOS, -1:BOS), the end the last two
        self.bos = self._add([], ["BOS"])  # -2:BOS and -1:BOS (+1:BOS, +2:BOS are not)
        self.eos = self._add([], ["EOS"])  # +1:EOS and +2:EOS

    def __len__(self) -> int:
        return self._count

    def _add(self, own: Sequence[str], told: Sequence[str]) -> int:
        """A new entry whose five weight vectors are the sums of `own`'s weights and of
        `told`'s as read at each neighbour offset, each in their order (a name twice counts
        twice; a name the model does not weigh adds the zero row). The sums are made for
        many entries at once (`_flush`)."""
        rows, starts = self._pending, self._starts
        starts.append(len(rows))
        rows.append(0)  # each group opens with the zero row: none is empty
        rows += [r for r in map(self._row.get, own) if r is not None]
        heard = [h for h in map(self._heard.get, told) if h is not None]
        for column in zip(*heard, strict=True) if heard else ((), (), (), ()):
            starts.append(len(rows))
            rows.append(0)
            rows += column
        self._count += 1
        return self._count - 1

    def _flush(self) -> None:
        """Sum the weights of the entries made since the last flush."""
        if not self._starts:
            return
        while self._count > len(self._rows):
            self._rows = np.concatenate([self._rows, np.zeros_like(self._rows)])
        sums = np.add.reduceat(self._matrix[self._pending], self._starts)
        self._rows[self._first : self._count] = sums.reshape(-1, 5, len(self.labels))
        self._pending, self._starts, self._first = [], [], self._count

    def entry(self, own: Sequence[str], told: Sequence[str]) -> int:
        """A new entry: a token's own attributes, and those it tells its neighbours (each
        read by the model as `d:name` at offset d). Returns its id."""
        return self._add(own, told)

    def pair(self, name: str) -> np.ndarray | None:
        """The weights of one more attribute (the word pair), None when it has none."""
        row = self._row.get(name)
        return None if row is None else self._matrix[row]

    def decode(
        self,
        sentences: Sequence[Sequence[int]],
        pairs: Sequence[Sequence[tuple[int, np.ndarray]]] | None = None,
    ) -> list[list[str]]:
        """Labels of sentences of entry ids; `pairs`: per sentence, (token, weights) to
        add last. Sentences of similar length are searched together."""
        self._flush()
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
    batch, width, n = scores.shape
    into = np.ascontiguousarray(transitions.T)  # into[j, i]: from label i to label j
    totals = np.empty((width, batch, n))  # best score of a path ending at (t, label)
    best = np.empty((width, batch * n), dtype=np.intp)  # its label at t - 1, per (b, label)
    cells = np.arange(batch * n)
    step = np.empty((batch, n, n))
    totals[0] = scores[:, 0]
    for t in range(1, width):
        np.add(totals[t - 1][:, None, :], into, out=step)  # step[b, j, i]
        flat = step.reshape(batch * n, n)
        best[t] = flat.argmax(axis=1)
        np.add(flat[cells, best[t]].reshape(batch, n), scores[:, t], out=totals[t])
    everyone = np.arange(batch)
    last = lengths - 1
    finals = totals[last, everyone].argmax(axis=1)
    ending: dict[int, list[int]] = {}
    for b, t in enumerate(last.tolist()):
        ending.setdefault(t, []).append(b)
    labels = np.zeros((width, batch), dtype=np.intp)
    offsets = everyone * n
    for t in range(width - 1, -1, -1):
        if t < width - 1:  # past a sentence's end this follows garbage, overwritten below
            labels[t] = best[t + 1][offsets + labels[t + 1]]
        if t in ending:
            labels[t, ending[t]] = finals[ending[t]]
    rows = labels.T.tolist()
    return [row[:size] for row, size in zip(rows, lengths.tolist(), strict=True)]
