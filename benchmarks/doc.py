"""docs/benchmarks.md is written by the runner: each section's figures sit between
`<!-- begin NAME -->` and `<!-- end NAME -->` and are replaced when that section runs;
sections not run (and all prose outside the markers) stay as they are.

A section is a function `(args) -> Markdown` registered in `SECTIONS` (benchmarks/run.py);
to add one, write it in its own module and add one line there.
"""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "benchmarks.md"


def commit() -> str:
    """The checkout's commit (short), with `+changes` when its tree differs from it."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "unknown"
    return (head or "unknown") + ("+changes" if dirty else "")


def stamp(machine: str, command: str) -> str:
    """Where, when and on what this section's figures were measured."""
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"`{command}` on {when}, commit {commit()}; {machine}."


def replace(doc: str, name: str, body: str) -> str:
    """`doc` with section `name` holding `body` (appended at the end when new)."""
    begin, end = f"<!-- begin {name} -->", f"<!-- end {name} -->"
    block = f"{begin}\n{body.rstrip()}\n{end}"
    pattern = re.compile(re.escape(begin) + r".*?" + re.escape(end), re.DOTALL)
    if pattern.search(doc):
        return pattern.sub(lambda _: block, doc, count=1)
    return doc.rstrip("\n") + "\n\n" + block + "\n"


def write(sections: dict[str, str], path: Path = DOC) -> None:
    """Put each section's new figures into the document."""
    doc = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    for name, body in sections.items():
        doc = replace(doc, name, body)
    path.write_text(doc, encoding="utf-8")
