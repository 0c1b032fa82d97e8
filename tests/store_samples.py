"""Sample graphs for the store tests: two articles sharing entities, plus tricky Arabic."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rdf_samples import TEXT, VERSION, WHEN, sample_extraction
from rdflib import Dataset, Literal, URIRef

from kg.errors import StoreError
from kg.pipeline.rdf.builder import build_dataset
from kg.pipeline.rdf.formats import serialize

# Diacritics, shadda, tatweel, RLM/ZWNJ, alef forms, ى/ي, ة/ه, Persian digits, a quote.
TRICKY = 'وَزِيرُ الدِّفَاعِ ـــ \u200fكارتر\u200c إِلى أمريكا مؤسسة ه ۱۲۳ "قال"\n'
TRICKY_S = URIRef("https://example.org/tricky")
TRICKY_P = URIRef("https://example.org/text")
TRICKY_G = URIRef("https://example.org/graph/tricky")


def sample_dataset(*, tricky: bool = True) -> Dataset:
    """Two articles (same people, different texts) and, optionally, one tricky literal."""
    first = sample_extraction()
    second = sample_extraction(TEXT + "\nوقال كارتر إن الحل سياسي.", name="second.txt")
    dataset = build_dataset([first, second], tool_version=VERSION, generated_at=WHEN)
    if tricky:
        dataset.graph(TRICKY_G).add((TRICKY_S, TRICKY_P, Literal(TRICKY, lang="ar")))
    return dataset


def write_sample(path: Path, fmt: str = "trig", *, tricky: bool = True) -> Path:
    """Write `sample_dataset()` to `path` and return it."""
    path.write_text(serialize(sample_dataset(tricky=tricky), fmt), encoding="utf-8")
    return path


def count_quads(path: Path) -> int:
    """Distinct quads in a graph file (parsed by pyoxigraph)."""
    from kg.store.embedded import parse_file

    return len(set(parse_file(path)))


def fail_second_apply(monkeypatch: pytest.MonkeyPatch, target: type) -> None:
    """Make `target.apply` (EmbeddedStore's or Endpoint's) raise `StoreError("injected
    failure")` on its second call: a load that dies after its first batch went in."""
    calls: list[int] = []
    original = target.apply

    def failing(self: Any, update: str) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise StoreError("injected failure")
        original(self, update)

    monkeypatch.setattr(target, "apply", failing)
