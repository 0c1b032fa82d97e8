"""Role rows (holder, post, organisation) of a text written for a test, read by the
annotator a test module chooses (shared by the role rule tests)."""

from kg.eval.evaluate import role_rows
from kg.pipeline.annotate import Annotator
from kg.pipeline.extract import Extraction, extract
from kg.pipeline.text.document import make_document


def annotated_extraction(annotator: Annotator, text: str) -> Extraction:
    """What the extraction finds in `text` read by `annotator` (facts, entities)."""
    return extract(annotator.annotate(make_document(text)))


def annotated_role_rows(annotator: Annotator, text: str) -> list[tuple[str, str, str]]:
    """The role rows `kg eval` scores, for `text` read by `annotator`."""
    return role_rows(annotated_extraction(annotator, text))
