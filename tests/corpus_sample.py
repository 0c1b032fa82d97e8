"""A corpus-sized set of articles made at test time from the few real ones in fixtures.

The shared corpus cannot be committed, and building it takes time, so the browser test of a
corpus-scale page builds `size` articles from tests/fixtures/articles: article k is fixture
k mod 17 with, from its second round on, every fourth given name (a word of
kg/data/first_names.txt) replaced by another one chosen by round and position. The people
differ from round to round while countries, organisations and the text around them stay
real, which gives a graph of the shape a real corpus gives: a few hubs, many people.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "articles"


def given_names() -> list[str]:
    lines = (ROOT / "kg" / "data" / "first_names.txt").read_text(encoding="utf-8").splitlines()
    return [
        w for w in (line.strip() for line in lines) if w and not w.startswith("#") and " " not in w
    ]


def write_sample(folder: Path, size: int = 200) -> list[Path]:
    """Write `size` articles into `folder`; their paths, in order."""
    names = given_names()
    known = {name: i for i, name in enumerate(names)}
    bases = sorted(FIXTURES.glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for k in range(size):
        base = bases[k % len(bases)]
        round_ = k // len(bases)
        words = base.read_text(encoding="utf-8").split(" ")
        if round_:
            words = [
                names[(known[w] + 37 * round_ + i) % len(names)]
                if w in known and (i + round_) % 4 == 0
                else w
                for i, w in enumerate(words)
            ]
        path = folder / f"{base.stem}-r{round_:02d}.txt"
        path.write_text(" ".join(words), encoding="utf-8")
        written.append(path)
    return written
