"""Statement extraction stays linear on a long unpunctuated line (issue 18, item 8).

Work is counted, not timed: the mentions a rule reads and the characters the rules read
through `Context.words`. The quadratic versions read every mention before each cue and the
whole sentence before each cue, so these counts grew with the square of the line's length.
"""

from __future__ import annotations

import re

import pytest

from kg.pipeline.annotate.model import Kind
from kg.pipeline.annotate.rules import RuleAnnotator
from kg.pipeline.extract import extract
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.discourse import Speakers
from kg.pipeline.extract.roles import extract_roles
from kg.pipeline.extract.subjects import subject_first
from kg.pipeline.text.document import make_document

_ANNOTATOR = RuleAnnotator()

# A short news story (written for this test) with its punctuation and line breaks removed:
# repeated, it is one sentence as long as we like.
_STORY = (
    "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تقبل بأي عقوبات جديدة. "
    "وأضاف أن بلاده مستعدة للحوار مع الجميع. "
    "من جهته أكد المتحدث باسم الحكومة أن الاجتماع المقبل سيعقد في جنيف، مشيرا إلى أن "
    "الوفود ستصل يوم الأحد. وأعلنت وزارة الدفاع أن المناورات انتهت."
)


def _flat(chars: int) -> str:
    words = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", _STORY)).strip() + " "
    return (words * (chars // len(words) + 1))[:chars].rsplit(" ", 1)[0]


class _CountingList(list):
    """A list that counts the items read from it (by index, slice or iteration)."""

    reads = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        item = super().__getitem__(index)
        _CountingList.reads += len(item) if isinstance(index, slice) else 1
        return item

    def __iter__(self):  # type: ignore[no-untyped-def]
        for item in super().__iter__():
            _CountingList.reads += 1
            yield item


def test_subject_first_reads_only_the_mentions_near_its_cue() -> None:
    annotation = _ANNOTATOR.annotate(make_document(_flat(40_000)))
    assert len(annotation.document.sentences) == 1  # one long line, no punctuation
    ctx = Context(annotation)
    extract_roles(ctx)
    mentions = _CountingList(ctx.mentions)
    cue = [m for m in ctx.mentions if m.kind is Kind.CUE][-1]
    assert len(mentions) > 1000
    _CountingList.reads = 0
    subject_first(ctx, Speakers(ctx), mentions, cue)
    assert _CountingList.reads < 100  # the quadratic version read all of them


def test_subject_first_still_finds_the_subject_before_its_cue() -> None:
    text = "وفي سياق متصل، وزير الخارجية الروسي سيرغي لافروف يؤكد أن موسكو لن تقبل بالعقوبات."
    ctx = Context(_ANNOTATOR.annotate(make_document(text)))
    extract_roles(ctx)
    cue = next(m for m in ctx.mentions if m.kind is Kind.CUE)
    speaker = subject_first(ctx, Speakers(ctx), ctx.mentions, cue)
    assert speaker is not None and speaker.label == "سيرغي لافروف"


def _characters_read(monkeypatch: pytest.MonkeyPatch, chars: int) -> tuple[int, int]:
    """(characters read through Context.words, statements found) on a line of `chars`."""
    read = [0]
    words = Context.words

    def counting(self: Context, start: int, end: int) -> list[str]:
        read[0] += max(0, end - start)
        return words(self, start, end)

    annotation = _ANNOTATOR.annotate(make_document(_flat(chars)))
    monkeypatch.setattr(Context, "words", counting)
    found = len(extract(annotation).statements)
    monkeypatch.setattr(Context, "words", words)
    return read[0], found


def test_the_text_read_grows_linearly_with_a_long_line(monkeypatch: pytest.MonkeyPatch) -> None:
    small, small_found = _characters_read(monkeypatch, 10_000)
    large, large_found = _characters_read(monkeypatch, 40_000)
    assert small_found > 10 and large_found > 3 * small_found
    assert large < 5 * small  # 4x the text: ~4x the reading (quadratic: ~16x)
