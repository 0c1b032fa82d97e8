"""Arabic orthographic normalisation that remembers where each character came from.

One definition serves matching (lexicons, names) and scoring (`kg eval`), so that the
annotator and the evaluator agree on what counts as "the same word".
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

# Harakat, Quranic marks, superscript alef; tatweel; zero-width and bidi controls; BOM;
# the hash of a hashtag (سعد #الحريري reads as سعد الحريري).
_DROPPED = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff#]"
)
_FOLD = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ی": "ي",
        "ي": "ي",
        "ک": "ك",
        "ؤ": "و",
        "ئ": "ي",
        "ە": "ه",
        "ہ": "ه",
        "ھ": "ه",
        "٠": "0",
        "١": "1",
        "٢": "2",
        "٣": "3",
        "٤": "4",
        "٥": "5",
        "٦": "6",
        "٧": "7",
        "٨": "8",
        "٩": "9",
        "_": " ",  # a hashtag's words: #وزير_الكهرباء reads as وزير الكهرباء
    }
)
_PUNCT = re.compile(r"[^\w\s]|_")
_SPACE = re.compile(r"\s+")


_FOLD_MEMO: dict[str, str] = {}
_FOLD_MEMO_SIZE = 1 << 16  # distinct short strings remembered (cleared when full)
_FOLD_MEMO_LONGEST = 40  # characters: words and short phrases, not sentences


def fold(text: str) -> str:
    """Normalise spelling only: drop diacritics/tatweel/invisibles, unify letter variants.

    Memoised per distinct short string: the rules fold the same words again and again."""
    found = _FOLD_MEMO.get(text)
    if found is None:
        found = _DROPPED.sub("", text).translate(_FOLD)
        if len(text) <= _FOLD_MEMO_LONGEST:
            if len(_FOLD_MEMO) >= _FOLD_MEMO_SIZE:
                _FOLD_MEMO.clear()
            _FOLD_MEMO[text] = found
    return found


# The short vowels, tanwin, shadda and sukun (U+064B–U+0652) and the tatweel (U+0640).
MARKS = frozenset("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640")


def unmarked(text: str) -> str:
    """The text without its `MARKS`, every letter as written (not folded: ى, ة and أ stay),
    for rules that read the spelling, which folding would lose (`على` the particle, not the
    name علي; a pronoun's ه, not a ة)."""
    return "".join(c for c in text if c not in MARKS)


def normalize_for_match(text: str) -> str:
    """`fold`, then remove punctuation and collapse whitespace (the scoring normalisation)."""
    return _SPACE.sub(" ", _PUNCT.sub(" ", fold(text))).strip()


def tokens(text: str) -> list[str]:
    """Normalised whitespace tokens of `text`."""
    return normalize_for_match(text).split()


@dataclass(frozen=True)
class MappedText:
    """A folded copy of a text with, for each of its characters, the original offset."""

    text: str
    # offsets[i] = index in the original of text[i]; one sentinel. A compact int array
    # (4 bytes a character), so a multi-megabyte article does not cost ~36 bytes a character.
    offsets: array

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the folded text back to the original string."""
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        # marks dropped after the last character (ً ّ ـ) belong to it
        return self.offsets[start], self.offsets[end]


def fold_with_map(original: str) -> MappedText:
    """Fold `original` character by character, keeping the offset map back to it.

    Linear and allocation-light: kept characters are copied run by run between the (rare)
    dropped ones.
    """
    offsets = array("I")
    kept = 0
    for match in _DROPPED.finditer(original):
        offsets.extend(range(kept, match.start()))
        kept = match.end()
    offsets.extend(range(kept, len(original)))
    offsets.append(len(original))
    return MappedText(_DROPPED.sub("", original).translate(_FOLD), offsets)
