"""Fingerprint what the rules find in a corpus, to check that a speed change changes nothing.

    python scripts/fingerprint.py DIR_OR_FILES... > before.txt   (on the old code)
    python scripts/fingerprint.py DIR_OR_FILES... > after.txt    (on the new code)
    diff before.txt after.txt

One line per article: its name and a hash of every mention (kind, offsets, key, label,
attributes, source), role fact and statement fact; `--full` prints those instead of the
hash, so that `diff` shows what changed.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from kg.pipeline.annotate import get_annotator
from kg.pipeline.build import collect_articles
from kg.pipeline.extract import extract
from kg.pipeline.text.document import read_article


def article_lines(path: Path, annotator: object) -> list[str]:
    """What the annotator and the extraction found in one article, one line per item."""
    annotation = annotator.annotate(read_article(path))  # type: ignore[attr-defined]
    lines = [
        f"M {m.kind.value} {m.start} {m.end} {m.key} {m.label} {sorted(m.attrs.items())} {m.source}"
        for m in annotation.mentions
    ]
    lines += [f"W {w.start} {w.end} {w.token}" for w in annotation.words]
    extraction = extract(annotation)
    lines += [
        f"R {r.person.key} {r.role} {r.organisation.key if r.organisation else ''} {r.former} "
        f"{r.evidence.start} {r.evidence.end} {r.evidence.rule}"
        for r in extraction.roles
    ]
    lines += [
        f"S {s.speaker.key} {s.cue} {s.position_start} {s.position_end} {s.evidence.rule}"
        for s in extraction.statements
    ]
    lines += [f"E {e.kind} {e.key} {e.label} {sorted(e.names)}" for e in extraction.entities]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", help="Article files or directories.")
    parser.add_argument("--full", action="store_true", help="Print every item, not a hash.")
    args = parser.parse_args(argv)
    annotator = get_annotator("rules")
    for path in collect_articles(args.inputs):
        lines = article_lines(path, annotator)
        if args.full:
            sys.stdout.writelines(f"{path.name} {line}\n" for line in lines)
        else:
            digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]
            print(path.name, len(lines), digest)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
