"""Derive kg/data/places.txt from a folder of Arabic news (default: ../shared/corpus).

A place is what the corpus names after a place noun: `مدينة حلب`، `محافظة إدلب`،
`منطقة عسير`، `بلدة مضايا` (with clitics: بمدينة، لمحافظة). A word (or a word and the
article-noun after it: مكة المكرمة، دير الزور) seen there at least twice, that is neither a
common word, a stopword nor a given name, is listed.

    python scripts/build_places.py [CORPUS_DIR] > kg/data/places.txt
"""

from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.pipeline.annotate.arabic import NAME_CONNECTORS  # noqa: E402
from kg.pipeline.annotate.lexicon import default_lexicon  # noqa: E402
from kg.pipeline.annotate.model import Kind  # noqa: E402
from kg.pipeline.text.normalize import fold  # noqa: E402

_WORD = re.compile(r"[\u0621-\u064a]+")
_PLACE_NOUNS = {
    "مدينه",
    "محافظه",
    "منطقه",
    "ولايه",
    "اقليم",
    "بلده",
    "قريه",
    "مخيم",
    "مدينتي",
    "بلدتي",
    "ضاحيه",
    "عاصمه",
}
_MIN = 2
# Seen after a place noun but not places: منطقة خفض التصعيد، دولة الخلافة، خان (also a
# surname: عمران خان), اسكي (first half of اسكي شهير); checked by hand.
# Seas, oceans and regions, which news names with the article and an adjective that may
# read as a given name (المحيط الهادئ = الهادي) or a common noun; listed by hand.
_SEAS = [
    "المحيط الهادئ",
    "المحيط الهادي",
    "المحيط الأطلسي",
    "المحيط الهندي",
    "المحيط المتجمد الشمالي",
    "البحر المتوسط",
    "البحر الأبيض المتوسط",
    "البحر الأحمر",
    "البحر الأسود",
    "البحر الكاريبي",
    "بحر الصين الجنوبي",
    "بحر الصين الشرقي",
    "بحر العرب",
    "بحر قزوين",
    "بحر البلطيق",
    "بحر إيجه",
    "الخليج العربي",
    "خليج عدن",
    "مضيق هرمز",
    "الشرق الأوسط",
    "الشرق الأدنى",
    "شمال أفريقيا",
    "شبه الجزيرة الكورية",
    "شبه الجزيرة العربية",
    "آسيا الوسطى",
    "أمريكا اللاتينية",
]
_NOT_PLACES = {"خفض", "الخلافه", "الوافدين", "الدوار", "خان", "اسكي"}


def _words(name: str) -> set[str]:
    path = ROOT / "kg" / "data" / name
    if not path.exists():
        return set()
    return {
        fold(line.strip())
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


def _place_noun(word: str) -> bool:
    """`مدينة` with or without a conjunction or preposition (ومدينة، بمحافظة، لمنطقة)."""
    for prefix in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب"):
        if word.startswith(prefix) and word[len(prefix) :] in _PLACE_NOUNS:
            return True
    return False


def main() -> None:
    corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus")
    exclude = _words("common_words.txt") | _words("stopwords.txt") | _words("first_names.txt")
    single: Counter[str] = Counter()
    double: Counter[str] = Counter()
    follower: defaultdict[str, Counter[str]] = defaultdict(Counter)
    files = sorted(corpus.glob("*.txt"))
    for path in files:
        words = _WORD.findall(fold(path.read_text(encoding="utf-8", errors="replace")))
        for k, word in enumerate(words[:-1]):
            if not _place_noun(word):
                continue
            single[words[k + 1]] += 1
            if k + 2 < len(words):
                follower[words[k + 1]][words[k + 2]] += 1
            if k + 2 < len(words) and words[k + 2].startswith("ال"):
                double[f"{words[k + 1]} {words[k + 2]}"] += 1
    lexicon = default_lexicon()

    def plausible(word: str) -> bool:
        """Not a common/function word, title or country, nor a clitic- or pronoun-bearing
        form of one (لدولتهم، وبلده)."""
        if word in exclude or word in NAME_CONNECTORS or word in _NOT_PLACES or word == "الله":
            return False
        found = lexicon.match([word], 0)
        if word.endswith(("هم", "ها", "هما")) or (found and found[2].kind is not Kind.PLACE):
            return False
        return not (word[0] in "ولب" and (word[1:] in single or word[1:] in exclude))

    def whole(word: str) -> bool:
        """Not mostly the first word of a longer name (رام الله، لوس أنجلوس)."""
        top = [(w, n) for w, n in follower[word].most_common() if w not in exclude][:1]
        return not top or top[0][1] * 2 < single[word]

    places = {
        w for w, n in single.items() if n >= _MIN and len(w) >= 3 and plausible(w) and whole(w)
    }
    places |= {
        p
        for p, n in double.items()
        if n >= _MIN and all(plausible(w) for w in p.split()) and len(p.split()[0]) >= 3
    }
    print(f"# Derived from {len(files)} news articles (ANT v2.1, SaudiNewsNet) by")
    print("# scripts/build_places.py: names seen at least twice after a place noun")
    print("# (مدينة، محافظة، منطقة، ولاية، بلدة...), minus common words, stopwords, given names.")
    print("# lexicon phrases and clitic/pronoun forms. Folded spelling (normalize.fold).")
    places |= {fold(sea) for sea in _SEAS}
    for place in sorted(places):
        print(place)


if __name__ == "__main__":
    main()
