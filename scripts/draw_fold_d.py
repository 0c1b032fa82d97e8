"""Draw the articles of fold D (eval/fold-d): a fixed-seed random draw from the corpus.

The corpus files are listed in name order and shuffled with `random.Random(SEED)`; the draw
then keeps, in shuffled order, the first articles that

- have 150 to 900 words (whitespace-separated tokens), and
- contain at least one reporting verb form (REPORTING below: قال/أكد/أعلن/أوضح/أضاف/صرح
  and their و- forms), so the fold has statements to measure,

until it holds 6 `ant-*` articles (at most 2 from any one outlet) and 6 `snn-*` articles
(at most 2 from any one paper). The articles are chosen without being read, so the gold
written for them is blind.

    python scripts/draw_fold_d.py [CORPUS_DIR]   # default ../shared/corpus
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20261208
PER_SOURCE = 6  # ant-* and snn-* each
PER_OUTLET = 2
MIN_WORDS, MAX_WORDS = 150, 900
REPORTING = re.compile(
    r"(?<![\u0621-\u064a])و?(?:قال|قالت|أكد|أكدت|أعلن|أعلنت|أوضح|أوضحت|أضاف|أضافت|صرح|صرحت)"
    r"(?![\u0621-\u064a])"
)


def outlet(name: str) -> str:
    """`ant-bbc-middleEast-834.txt` -> `ant-bbc`; `snn-okaz-2015-08-06-3008.txt` -> `snn-okaz`."""
    return "-".join(name.split("-")[:2])


def draw(corpus: Path) -> list[str]:
    files = sorted(p.name for p in corpus.glob("*.txt"))
    random.Random(SEED).shuffle(files)
    kept: list[str] = []
    per_source: Counter[str] = Counter()
    per_outlet: Counter[str] = Counter()
    for name in files:
        source, place = name.split("-")[0], outlet(name)
        if per_source[source] >= PER_SOURCE or per_outlet[place] >= PER_OUTLET:
            continue
        text = (corpus / name).read_text(encoding="utf-8")
        if not MIN_WORDS <= len(text.split()) <= MAX_WORDS or not REPORTING.search(text):
            continue
        kept.append(name)
        per_source[source] += 1
        per_outlet[place] += 1
        if len(kept) == 2 * PER_SOURCE:
            break
    return kept


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    for name in draw(corpus):
        print(name)


if __name__ == "__main__":
    main()
