"""Entity-name recall per fold: gold entities found as mentions of their kind.

    python scripts/name_recall.py ../shared/gold --articles ../shared/articles --annotator ner

For each fold (A = ar-news-001..017, B = 018..026, C = 027..033) and each gold entity type,
the share of gold entities of which some mention of the matching kind names one of the gold
names (the `kg eval` name rule; a country may be named by a nationality adjective, whose
label is the country's name). Persons count only when named (`kg.eval.people.is_named`).
Unlike `kg eval`'s people line, a name counts here whether or not a fact uses it.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from kg.eval.gold import Gold, gold_files, name_matches
from kg.eval.people import is_named
from kg.pipeline.annotate import get_annotator
from kg.pipeline.annotate.model import Kind
from kg.pipeline.text.document import read_article

FOLDS = {"A": range(1, 18), "B": range(18, 27), "C": range(27, 34)}
KINDS = {
    "Person": (Kind.PERSON,),
    "Organisation": (Kind.ORGANISATION,),
    "Country": (Kind.COUNTRY, Kind.NATIONALITY),
    "Place": (Kind.PLACE,),
}


def fold_of(name: str) -> str:
    number = re.search(r"(\d+)", name)
    n = int(number.group(1)) if number else 0
    return next((f for f, r in FOLDS.items() if n in r), "?")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--articles", type=Path, required=True)
    parser.add_argument("--annotator", default="rules")
    parser.add_argument("-v", "--verbose", action="store_true", help="list missed people")
    args = parser.parse_args()
    annotator = get_annotator(args.annotator)
    found: dict[str, Counter[str]] = {f: Counter() for f in FOLDS}
    total: dict[str, Counter[str]] = {f: Counter() for f in FOLDS}
    for path in gold_files([args.gold]):
        gold = Gold.load(path)
        fold = fold_of(gold.document)
        if fold not in FOLDS:
            continue
        annotation = annotator.annotate(read_article(args.articles / gold.document))
        for entity_id, kind in gold.types.items():
            names = gold.names(entity_id)
            if kind not in KINDS or (kind == "Person" and not is_named(names)):
                continue
            texts = [
                t
                for m in annotation.mentions
                if m.kind in KINDS[kind]
                for t in (m.text, m.label or "")
                if t
            ]
            total[fold][kind] += 1
            if any(name_matches(t, names) for t in texts):
                found[fold][kind] += 1
            elif kind == "Person" and args.verbose:
                print(f"{gold.document}: missed person: {names[0]}")
    print(f"{args.annotator}: fold  " + "  ".join(f"{k:<17}" for k in KINDS))
    for fold in FOLDS:
        cells = [
            f"{found[fold][k]:>3}/{total[fold][k]:<3} {found[fold][k] / max(1, total[fold][k]):.2f}"
            for k in KINDS
        ]
        print(f"{args.annotator}: {fold}     " + "  ".join(f"{c:<17}" for c in cells))


if __name__ == "__main__":
    main()
