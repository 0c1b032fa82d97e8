"""Print the mentions and role rows of one article: `python scripts/debug_article.py FILE [-m]`."""

from __future__ import annotations

import sys

from kg.eval.evaluate import role_rows
from kg.pipeline.annotate.rules import RuleAnnotator
from kg.pipeline.extract import extract
from kg.pipeline.text.document import read_article


def main() -> None:
    path = sys.argv[1]
    annotation = RuleAnnotator().annotate(read_article(path))
    if "-m" in sys.argv:
        for m in annotation.mentions:
            if m.kind.value in ("Cue",):
                continue
            print(f"{m.kind.value:12} {m.text!r:40} {m.key} {m.attrs} {m.source}")
    extraction = extract(annotation)
    for row, fact in zip(role_rows(extraction), extraction.roles, strict=True):
        print("ROLE", " | ".join(row), "| former" if fact.former else "", fact.evidence.rule)


if __name__ == "__main__":
    main()
