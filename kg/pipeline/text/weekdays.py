"""The days of the week as Arabic news prose writes them: the one copy.

Ledes date their story by the weekday (`أعلنت وزارة الصحة، الجمعة، ...`), so three places
read these names: the page furniture (a dated lede of another story, on the raw text), and
the annotator's and the statement rules' word classes (a time word before a verb, an
adverbial between a speaker and the content; folded there).
"""

from __future__ import annotations

# Saturday to Friday, spelt with their hamza (folding drops it: kg.pipeline.text.normalize).
WEEKDAYS = ("السبت", "الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")


def weekday_spellings() -> tuple[str, ...]:
    """Each weekday as written, with its hamza on alef and without (`الإثنين`، `الاثنين`):
    the spellings a pattern over raw text must match."""
    spellings: list[str] = []
    for day in WEEKDAYS:
        bare = day.replace("أ", "ا").replace("إ", "ا")
        spellings += [day] if bare == day else [day, bare]
    return tuple(spellings)
