"""Derive kg/data/common_words.txt from a folder of Arabic news (default: ../shared/corpus).

A word is "common" (a noun, adjective or verb, so it cannot start a person's name) when the
corpus shows it behaving like one: it occurs both bare and with the article ال, or it
follows a verbal particle (لم، لن، قد، سوف، لا), or is a nisba adjective seen in both genders
(الانفصالي / الانفصالية). Names rarely do any of these. Given names from
kg/data/first_names.txt are never listed.

    python scripts/build_common_words.py [CORPUS_DIR] > kg/data/common_words.txt
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.pipeline.text.normalize import fold  # noqa: E402

_WORD = re.compile(r"[\u0621-\u064a]+")
_VERBAL = {"لم", "لن", "قد", "سوف", "لا", "ولم", "ولن", "وقد", "ولا", "فقد", "لقد", "وسوف"}
_MIN = 3


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    counts: Counter[str] = Counter()
    after_particle: Counter[str] = Counter()
    for path in sorted(corpus.glob("*.txt")):
        words = _WORD.findall(fold(path.read_text(encoding="utf-8", errors="replace")))
        counts.update(words)
        after_particle.update(b for a, b in zip(words, words[1:], strict=False) if a in _VERBAL)
    names_file = Path(__file__).resolve().parents[1] / "kg" / "data" / "first_names.txt"
    names = set()
    if names_file.exists():
        names = {fold(w.strip()) for w in names_file.read_text(encoding="utf-8").splitlines()}
    common: set[str] = set()
    for word, n in counts.items():
        if len(word) < 3 or word.startswith("ال"):
            continue
        if n >= _MIN and counts["ال" + word] >= _MIN:
            common.update({word, "ال" + word})
    common.update(w for w, n in after_particle.items() if n >= 2 and len(w) >= 3)
    # present-tense verbs: the same stem with two person prefixes (يعتقد / تعتقد / نعتقد)
    for word in counts:
        if len(word) >= 4 and word[0] in "يتن":
            others = sum(1 for p in "يتنا" if p != word[0] and counts[p + word[1:]])
            if others >= 1:
                common.add(word)
    # nisba adjectives: the masculine and the feminine both seen (الشيوعي / الشيوعية)
    for word, n in counts.items():
        if len(word) >= 5 and word.endswith("ي") and counts[word + "ه"] >= 2 and n >= 2:
            common.update({word, word + "ه"})
        elif len(word) >= 6 and word.startswith("ال") and word.endswith("يه") and n >= 3:
            common.update({word, word[:-1]})  # الانفصالية: the masculine is an adjective too
    common -= names
    print(
        f"# Derived from {len(list(corpus.glob('*.txt')))} news articles (ANT v2.1, SaudiNewsNet;"
    )
    print("# see ../shared/corpus/README.md) by scripts/build_common_words.py: words seen both")
    print("# bare and with ال, after a verbal particle, with two present-tense prefixes, or as a")
    print("# nisba adjective seen in both genders (الشيوعي / الشيوعية).")
    print("# Folded spelling (kg.pipeline.text.normalize.fold).")
    for word in sorted(common):
        print(word)


if __name__ == "__main__":
    main()
