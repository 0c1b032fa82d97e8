"""The real stanza pipeline (needs `kg models download` once; skipped otherwise)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline.annotate import models

pytestmark = pytest.mark.models

STATUS = models.status()
if not STATUS.installed:
    pytest.skip(
        f"stanza's Arabic models are not installed in {STATUS.directory} "
        "(run: kg models download, or set STANZA_RESOURCES_DIR)",
        allow_module_level=True,
    )

from kg.pipeline.annotate.model import Kind  # noqa: E402
from kg.pipeline.annotate.stanza import StanzaAnnotator  # noqa: E402
from kg.pipeline.extract import extract  # noqa: E402
from kg.pipeline.text.document import make_document  # noqa: E402

EXAMPLE = Path(__file__).parent.parent / "examples" / "ar-news-001.txt"


@pytest.fixture(scope="module")
def annotator() -> StanzaAnnotator:
    return StanzaAnnotator()


def test_pipeline_annotation(annotator: StanzaAnnotator) -> None:
    text = "وقال كيري إن الولايات المتحدة تريد التوصل إلى خطة دبلوماسية مستقبلية."
    annotation = annotator.annotate(make_document(text))
    assert annotation.parsed
    assert [w.text for w in annotation.words[:2]] == ["و", "قال"]
    for word in annotation.words:
        assert 0 <= word.start <= word.end <= len(text)
        assert word.head is not None and -1 <= word.head < len(annotation.words)
    assert any(m.kind is Kind.PERSON and "كيري" in m.text for m in annotation.mentions)
    (statement,) = [s for s in extract(annotation).statements if s.cue == "وقال"]
    assert "كيري" in statement.speaker.label


def test_example_article(annotator: StanzaAnnotator) -> None:
    document = make_document(EXAMPLE.read_text(encoding="utf-8"))
    extraction = extract(annotator.annotate(document))
    assert extraction.roles and extraction.statements
    for statement in extraction.statements:
        assert document.text[statement.position_start : statement.position_end] == (
            statement.position
        )
