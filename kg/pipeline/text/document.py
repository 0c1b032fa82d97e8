"""Stage 1: read an article, keep the original string, fold a copy, split sentences, mark noise.

Every offset anywhere in kg refers to `Document.text`, the article exactly as read.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.pipeline.text.decode import arabic_ratio, decode_bytes
from kg.pipeline.text.furniture import (
    dated_lede_lines,
    is_link_line,
    is_marker,
    is_share_line,
    share_prefix_end,
    teaser_lines,
)
from kg.pipeline.text.html import html_to_text, looks_like_html
from kg.pipeline.text.normalize import MappedText, fold_with_map


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or scrape line) of the article: [start, end) in the original text."""

    index: int
    start: int
    end: int
    text: str
    noise: bool = False


@dataclass
class Document:
    """An article as read: original text, folded copy with offset map, sentences, and
    warnings about it (empty, not Arabic, decoding guesses) for the caller to report."""

    name: str
    text: str
    folded: MappedText
    sentences: list[Sentence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing original offset `offset` (binary search)."""
        i = bisect_right(self.sentences, offset, key=lambda s: s.start) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @property
    def is_empty(self) -> bool:
        """True for an article with no text but whitespace."""
        return not self.text.strip()


# A sentence ends at . ؟ ? ! ؛ ; or a line break; a dot between digits (1.8) does not end one,
# nor the dot of `د.` (الدكتور) written alone before a name (`وأوضح د. هاني الرحيلي أن`).
_SENTENCE_END = re.compile(r"(?<!\d)(?<![\s(]د)(?<![\s(]د\s)(?<!^د)(?<!^د\s)\.(?!\d)|[؟?!؛;]|\n")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_NOISE_LINE = re.compile(
    r"^\s*([اإ]قرأ أيضا|[اإ]قرأ أيضاً|[اإ]قرأ ايضا|[اإ]قرأ المزيد|المصدر|تابعونا|"
    r"اشترك|يمكنكم تسلم|للمزيد|شاهد|أخبار ذات صلة|مواضيع ذات صلة|موضوعات ذات صلة|تابع أيضا|"
    r"اخترنا لكم|أخبار متعلقة|قد يهمك|قد يعجبك|الأكثر قراءة)\b.*$|^\s*المزيد\s*:.*$"
)
_SEPARATOR = re.compile(r"^[\s\-_=*•·.]+$")
# A tag list glued after the last paragraph (`... فعلوا. سمات اللاعب الهلال كوزمين أولاريو`)
_TAG_LIST = re.compile(
    r"^(سمات|الوسوم|وسوم|كلمات دلالية|كلمات مفتاحية|الكلمات المفتاحية|الكلمات الدلالية|Tags)"
    r"\s*:?\s"
)
_CLAUSE_WORDS = re.compile(
    r"(^|\s)(و|ف)?(قال|قالت|أكد|أكدت|أضاف|أضافت|أعلن|أعلنت|إن|أن|التي|الذي|الذين|كان|كانت)(\s|$)"
)


def is_noise_line(line: str) -> bool:
    """A scrape leftover or a headline/teaser: a line that is not running prose.

    Headlines and related-story teasers are short lines without final punctuation; body
    paragraphs end with a full stop or are long. Share buttons and app promos are named.
    """
    stripped = line.strip()
    if not stripped or _SEPARATOR.match(stripped):
        return True
    if _NOISE_LINE.match(stripped) or is_share_line(stripped) or is_link_line(stripped):
        return True
    if not _ARABIC_LETTER.search(stripped):
        return True
    ends_like_prose = stripped[-1] in '.؟?!"»:)'
    words = stripped.split()
    return not ends_like_prose and len(words) <= 12 and not _CLAUSE_WORDS.search(stripped)


def split_sentences(text: str) -> list[Sentence]:
    """Split into sentences, each flagged as noise when its line is a scrape leftover or
    page furniture (kg.pipeline.text.furniture): share buttons glued before the lead are
    a sentence of their own, a marker of links makes the rest of its line noise."""
    sentences: list[Sentence] = []
    lines = text.splitlines(keepends=True)
    noise = [is_noise_line(line) for line in lines]
    teasers = teaser_lines(lines, noise) | dated_lede_lines(lines, noise)
    line_start = 0
    for k, line in enumerate(lines):
        furniture = noise[k] or k in teasers
        start = line_start
        buttons = 0 if furniture else share_prefix_end(line)
        if buttons:
            _add(sentences, text, start, start + buttons, True)  # شارك من خلال تويتر ...
            start += buttons
        for match in _SENTENCE_END.finditer(line, buttons):
            end = line_start + match.end()
            furniture = furniture or is_marker(text[start:end])  # ... اقرأ.. (headline)
            _add(sentences, text, start, end, furniture or _tag_list(text[start:end]))
            start = end
        end = line_start + len(line)
        furniture = furniture or is_marker(text[start:end])
        _add(sentences, text, start, end, furniture or _tag_list(text[start:end]))
        line_start += len(line)
    return sentences


def _tag_list(segment: str) -> bool:
    """A sentence without final punctuation that opens with a tag marker is a site's tag
    list glued to the text (`سمات اللاعب الهلال ...`), not prose."""
    rest = segment.strip()
    return bool(_TAG_LIST.match(rest)) and rest[-1:] not in '.؟?!"»:)'


def _add(sentences: list[Sentence], text: str, start: int, end: int, noise: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end], noise))


def make_document(text: str, name: str = "article.txt") -> Document:
    """Build a `Document` from text already in memory."""
    return Document(
        name=name,
        text=text,
        folded=fold_with_map(text),
        sentences=split_sentences(text),
        warnings=content_warnings(text),
    )


def content_warnings(text: str) -> list[str]:
    """Why an article will yield no facts: it is empty, or it is not Arabic."""
    if not text.strip():
        return ["empty article: nothing to extract, the graph has no facts from it"]
    if arabic_ratio(text) < 0.2:
        return ["not Arabic text: kg finds facts in Arabic text only, this article has none"]
    return []


def read_article(path: str | Path, encoding: str | None = None) -> Document:
    """Read an article file into a `Document`: the encoding is detected unless given
    (see `kg.pipeline.text.decode`), and an HTML page is reduced to its article text."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not an article file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    decoded = decode_bytes(data, path, encoding)
    text, notes = decoded.text, list(decoded.notes)
    if looks_like_html(text):
        text = html_to_text(text)
        notes.append("HTML page: reading its paragraphs and headings as the article text")
    document = make_document(text, name=path.name)
    document.warnings[:0] = notes
    return document


def decode_article(data: bytes, path: Path, encoding: str | None = None) -> str:
    """Decode article bytes (see `kg.pipeline.text.decode.decode_bytes`)."""
    return decode_bytes(data, path, encoding).text
