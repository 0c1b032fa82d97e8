"""Tokenisation over the folded text, with offsets back into the original."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.text import Document

_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
    """A folded token: `form` is normalised, start/end are offsets in the original text."""

    index: int
    form: str
    start: int
    end: int
    raw: str = ""  # the token as written (folding makes على and علي one form)

    @property
    def is_word(self) -> bool:
        return self.form[0].isalnum()


def tokenize(document: Document) -> list[Token]:
    """Tokens of the document's folded copy, mapped to original offsets."""
    folded = document.folded
    out: list[Token] = []
    for match in _TOKEN.finditer(folded.text):
        start, end = folded.to_original(match.start(), match.end())
        out.append(Token(len(out), match.group(), start, end, document.text[start:end]))
    return out
