"""Issue 8, long articles: the pipeline is linear in article length, with bounded memory.

Work is counted, not timed: the Python calls (generator steps included) that cProfile
counts for the same text at two sizes, so the checks do not depend on the machine's load.
A quadratic step (a scan of every mention per sentence, of every person per mention, of
rdflib's namespace trie per IRI) multiplies the count by the square of the size ratio.
Wall-clock figures for a 5 MB article are the benchmarks' (`python -m benchmarks`).
"""

from __future__ import annotations

import cProfile
import pstats
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from kg.pipeline.annotate import get_annotator
from kg.pipeline.annotate.model import Annotation
from kg.pipeline.extract.facts import Entity, Evidence, Extraction, RoleFact
from kg.pipeline.pipeline import process
from kg.pipeline.rdf.builder import build_dataset
from kg.pipeline.rdf.formats import serialize
from kg.pipeline.text.document import make_document

EXAMPLE = Path(__file__).parent.parent / "examples" / "ar-news-001.txt"
MB = 1_000_000


def _article(size: int) -> str:
    base = EXAMPLE.read_text(encoding="utf-8") + "\n"
    return base * (size // len(base.encode("utf-8")) + 1)


def _calls(work: Callable[[], object]) -> int:
    """How many Python calls (and generator steps) `work` makes: the same for the same
    input on any machine, however loaded."""
    profile = cProfile.Profile()
    profile.enable()
    try:
        work()
    finally:
        profile.disable()
    return pstats.Stats(profile).total_calls


def _pipeline_calls(text: str) -> int:
    annotator = get_annotator("rules")
    extractions = []
    calls = _calls(lambda: extractions.append(process(make_document(text), annotator)))
    assert extractions[0].statements  # the text is real news prose: facts are found throughout
    return calls


def test_long_article_is_linear_in_work() -> None:
    _pipeline_calls(_article(MB // 50))  # fill the per-word caches, as a long run has them
    small = _pipeline_calls(_article(MB // 20))
    large = _pipeline_calls(_article(MB // 2))  # 10x the text
    assert large < 11 * small  # ~9x measured (fixed costs); a quadratic step: ~100x


def test_memory_peak_is_proportional_to_the_article() -> None:
    text = _article(MB // 4)
    annotator = get_annotator("rules")
    tracemalloc.start()
    try:
        process(make_document(text), annotator)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 250 * len(text)  # ~70 bytes a character measured; 5 MB → well under 2 GB


def _many_people(count: int) -> Extraction:
    """`count` distinct people, each in a role: as many entity IRIs and spans."""
    line = "وقال وزير الخارجية فلان الفلاني إن الأمر مهم.\n"
    text = line * count
    doc = make_document(text, name="many.txt")
    roles = []
    for i in range(count):
        person = Entity("Person", f"فلان {i}", f"فلان {i}", frozenset({f"فلان {i}"}))
        start = i * len(line) + line.index("وزير")
        roles.append(RoleFact(person, "وزير الخارجية", None, Evidence(start, start + 20, i, "r")))
    annotation = Annotation(document=doc, annotator="rules")
    return Extraction(annotation, [r.person for r in roles], roles, [])


def test_turtle_serialisation_is_linear_in_distinct_iris() -> None:
    def calls(count: int) -> int:
        dataset = build_dataset([_many_people(count)], tool_version="0")
        return _calls(lambda: serialize(dataset, "turtle"))

    small, large = calls(200), calls(800)
    assert large < 5 * small  # 4x the IRIs: ~4x the calls (rdflib's own serialiser: ~11x)
