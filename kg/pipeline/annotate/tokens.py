"""Tokenisation over the folded text, with offsets back into the original."""

from __future__ import annotations

import re
from typing import NamedTuple

from kg.pipeline.text.document import Document

_TOKEN = re.compile(r"\w+|[^\w\s]")


class Token(NamedTuple):
    """A folded token: `form` is normalised, start/end are offsets in the original text.

    A named tuple: a document has thousands of tokens, made faster than dataclasses."""

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
    offsets = document.folded.offsets  # tokens are never empty: start < end
    text = document.text
    out: list[Token] = []
    append, make = out.append, tuple.__new__  # the hot loop of every article: no frames
    for index, match in enumerate(_TOKEN.finditer(document.folded.text)):
        first, last = match.span()
        start, end = offsets[first], offsets[last]
        append(make(Token, (index, match.group(), start, end, text[start:end])))
    return out
