"""Print, for one article, each non-noise sentence's cues and mentions and the statement rows.

Usage: PYTHONPATH=. python scripts/debug_statements.py ARTICLE.txt [--mentions]
"""

from __future__ import annotations

import sys

from kg.pipeline.annotate import get_annotator
from kg.pipeline.annotate.model import Kind
from kg.pipeline.extract import extract
from kg.pipeline.text.document import read_article


def main(path: str, show_mentions: bool = False) -> None:
    document = read_article(path)
    annotation = get_annotator("rules").annotate(document)
    extraction = extract(annotation)
    by_cue = {s.cue_start: s for s in extraction.statements}
    for sentence in document.sentences:
        if sentence.noise:
            print(f"[noise] {sentence.text[:80]}")
            continue
        mentions = [m for m in annotation.mentions if sentence.start <= m.start < sentence.end]
        print(f"\n#{sentence.index}: {sentence.text}")
        if show_mentions:
            print("   mentions:", [(m.kind.value, m.text) for m in mentions])
        for m in mentions:
            if m.kind is not Kind.CUE:
                continue
            s = by_cue.get(m.start)
            if s is None:
                print(f"   cue {m.text!r} ({m.attrs.get('gender')}/{m.attrs.get('kind')}): -")
            else:
                print(f"   cue {m.text!r} -> [{s.speaker.label}] {s.evidence.rule}: {s.position}")


if __name__ == "__main__":
    main(sys.argv[1], "--mentions" in sys.argv)
