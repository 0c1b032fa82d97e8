"""Audit people's names at their edges: how many person nodes carry debris.

    python scripts/entity_audit.py ../shared/corpus -n 200 --annotator ner

Builds the first N articles (sorted by name, every `--step`-th) and reports the share of
person labels (the nodes of the graph) that contain a verb (a reporting cue, an impersonal
verb, a hamza-initial past verb in ى), a preposition or particle (a function word of
kg/data/stopwords.txt), a digit or `#`, or that are longer than 5 words (the connectors of a
patronymic chain, بن، آل، عبد، not counted); each such label is listed. The issue-16
target is a share of at most 1%.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from kg.pipeline.annotate.arabic import IMPERSONAL_VERBS, NAME_CONNECTORS
from kg.pipeline.annotate.lexicon import default_lexicon
from kg.pipeline.annotate.model import Kind
from kg.pipeline.annotate.rules.names import _verb_like
from kg.pipeline.annotate.tokens import tokenize
from kg.pipeline.pipeline import process_files
from kg.pipeline.text.document import make_document


def problems(label: str) -> list[str]:
    """What is wrong with a person's label (empty when nothing is)."""
    lex = default_lexicon()
    found = []
    if "#" in label:
        found.append("hashtag")
    if any(c.isdigit() for c in label):
        found.append("digit")
    toks = [t for t in tokenize(make_document(label)) if t.is_word]
    if sum(t.form not in NAME_CONNECTORS for t in toks) > 5:
        found.append("long")  # بدر بن محمد بن جلوي آل سعود is four names and connectors
    for tok in toks:
        form = tok.form
        if form in lex.first_names or form in NAME_CONNECTORS:
            continue
        match = lex.match([form], 0)
        if form in IMPERSONAL_VERBS or _verb_like(tok) or (match and match[2].kind is Kind.CUE):
            found.append("verb")
        elif form in lex.stopwords:
            found.append("particle")
    return sorted(set(found))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("-n", type=int, default=200, help="articles to build")
    parser.add_argument("--step", type=int, default=8, help="take every step-th file")
    parser.add_argument("--annotator", default="rules")
    args = parser.parse_args()
    files = sorted(args.corpus.glob("*.txt"))[:: args.step][: args.n]
    labels: set[str] = set()
    for _path, extraction in process_files(files, args.annotator):
        if isinstance(extraction, Exception):
            continue
        labels.update(e.label for e in extraction.entities if e.kind == "Person")
    bad = {label: problems(label) for label in sorted(labels)}
    bad = {label: kinds for label, kinds in bad.items() if kinds}
    kinds = Counter(k for ks in bad.values() for k in ks)
    share = len(bad) / len(labels) if labels else 0.0
    print(
        f"{args.annotator}: {len(files)} articles, {len(labels)} person labels,"
        f" {len(bad)} with debris ({share:.1%})"
        + (": " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) if kinds else "")
    )
    for label, ks in bad.items():
        print(f"  {label}\t{' '.join(ks)}")


if __name__ == "__main__":
    main()
