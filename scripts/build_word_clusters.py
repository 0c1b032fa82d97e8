"""Build the word clusters the name tagger reads (`kg/data/ner/clusters.tsv.gz`), without labels:

    python scripts/build_word_clusters.py ../shared/corpus \\
        ../shared/ner/NewsFANE_Gold_2014_170K.txt [--out kg/data/ner/clusters.tsv.gz]

Distributional word classes, the classic help to a CRF name tagger (Brown clusters in
Miller et al. 2004, Turian et al. 2010): words used in the same contexts share a class, so a
surname NewsFANE never saw sits with the surnames it did see. Built here as a binary tree,
like Brown clusters, from the raw text of the news corpus (one article a file) and the words
of NewsFANE (its text only, clitics put back as the tagger reads it; no labels):

1. tokens folded and split as the annotator does (`kg.pipeline.annotate.tokens._TOKEN`);
2. each word seen `--min-count` times or more is described by its neighbours: counts of the
   `--contexts` most frequent words one and two places to its left and right, reweighted
   by positive pointwise mutual information, reduced to `--dims` dimensions by SVD, rows
   scaled to unit length;
3. the words are split in two again and again (a split along the main direction of the
   group, refined by 2-means), to `--depth` levels or groups of fewer than 8 words; a
   word's cluster is its path of 0s and 1s from the root.

Deterministic: no random start (each split begins from the principal direction, signs fixed
by the largest component), ties broken by the word; same text, same numpy, same bytes. The
file holds `word<TAB>bits` for the `--max-words` most frequent words, sorted, gzipped without a
time stamp. Needs numpy (installed with torch); the tagger itself reads only the file.
"""

from __future__ import annotations

import argparse
import gzip
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from kg.pipeline.annotate.newsfane import sentences
from kg.pipeline.annotate.tokens import _TOKEN
from kg.pipeline.text.normalize import fold

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "ner" / "clusters.tsv.gz"
_OFFSETS = (-2, -1, 1, 2)


def texts(corpus: Path, newsfane: Path | None) -> Iterator[list[str]]:
    """Token lists: each line of each corpus article, each NewsFANE sentence (attached)."""
    for path in sorted(corpus.glob("*.txt")):
        if path.name.lower() == "readme.txt":
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            words = _TOKEN.findall(fold(line))
            if words:
                yield words
    if newsfane is not None:
        for sentence in sentences(newsfane):
            if sentence.tokens:
                yield list(sentence.tokens)


def _is_word(form: str) -> bool:
    return form[:1].isalpha()


def vectors(lines: list[list[str]], min_count: int, contexts: int, dims: int):
    """(words, unit rows): PPMI of left/right neighbours, reduced by SVD."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.linalg import svds

    counts = Counter(w for line in lines for w in line)
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    words = [w for w in ranked if counts[w] >= min_count and _is_word(w)]
    context = ranked[:contexts]
    row = {w: k for k, w in enumerate(words)}
    col = {w: k for k, w in enumerate(context)}
    pairs: Counter[tuple[int, int]] = Counter()
    for line in lines:
        n = len(line)
        for k, w in enumerate(line):
            r = row.get(w)
            if r is None:
                continue
            for slot, d in enumerate(_OFFSETS):
                at = k + d
                c = col.get(line[at]) if 0 <= at < n else None
                if c is not None:
                    pairs[r, slot * len(context) + c] += 1
    keys = sorted(pairs)
    r = np.array([k[0] for k in keys])
    c = np.array([k[1] for k in keys])
    v = np.array([pairs[k] for k in keys], dtype=np.float64)
    shape = (len(words), len(_OFFSETS) * len(context))
    total = v.sum()
    rows = np.bincount(r, weights=v, minlength=shape[0])
    cols = np.bincount(c, weights=v, minlength=shape[1]) ** 0.75  # smoothing (Levy et al.)
    cols = cols / cols.sum() * total
    pmi = np.log(v * total / (rows[r] * cols[c]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (r[keep], c[keep])), shape=shape).tocsr()
    start = np.ones(min(shape), dtype=np.float64) / np.sqrt(min(shape))
    u, s, _ = svds(ppmi, k=dims, v0=start, solver="arpack")
    order = np.argsort(-s)
    u, s = u[:, order], s[order]
    u = u * np.sign(u[np.argmax(np.abs(u), axis=0), np.arange(dims)])  # fixed signs
    reduced = u * np.sqrt(s)
    norms = np.linalg.norm(reduced, axis=1, keepdims=True)
    return words, reduced / np.where(norms > 0, norms, 1.0)


def _split(points: np.ndarray) -> np.ndarray:
    """A boolean side for each point: principal direction, then 2-means to convergence."""
    centred = points - points.mean(axis=0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    direction = vt[0] * np.sign(vt[0][np.argmax(np.abs(vt[0]))])
    side = centred @ direction > 0
    for _ in range(50):
        if side.all() or not side.any():
            break
        a, b = points[~side].mean(axis=0), points[side].mean(axis=0)
        new = ((points - b) ** 2).sum(axis=1) < ((points - a) ** 2).sum(axis=1)
        if (new == side).all():
            break
        side = new
    return side


def tree(points: np.ndarray, depth: int, smallest: int = 8) -> list[str]:
    """Each point's path of bits in a tree of repeated two-way splits."""
    paths = [""] * len(points)
    todo = [np.arange(len(points))]
    while todo:
        group = todo.pop()
        if len(group) < smallest or len(paths[group[0]]) >= depth:
            continue
        side = _split(points[group])
        if side.all() or not side.any():
            continue
        for k, right in zip(group, side, strict=True):
            paths[k] += "1" if right else "0"
        todo.append(group[~side])
        todo.append(group[side])
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of news articles (*.txt)")
    parser.add_argument("newsfane", type=Path, nargs="?", help="NewsFANE Gold (text only)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--contexts", type=int, default=1000)
    parser.add_argument("--dims", type=int, default=100)
    parser.add_argument("--depth", type=int, default=12)
    parser.add_argument("--max-words", type=int, default=20000)
    args = parser.parse_args()
    lines = list(texts(args.corpus, args.newsfane))
    words, points = vectors(lines, args.min_count, args.contexts, args.dims)
    paths = tree(points, args.depth)
    keep = sorted(zip(words[: args.max_words], paths[: args.max_words], strict=True))
    body = "".join(f"{w}\t{p}\n" for w, p in keep if p)
    args.out.write_bytes(gzip.compress(body.encode(), mtime=0))
    print(f"{len(lines)} lines, {len(words)} words clustered, {len(keep)} written to {args.out}")


if __name__ == "__main__":
    main()
