"""Statement rows of a text written for a test, read by the rules annotator, with every
position checked against its offsets (shared by the statement rule tests)."""

from kg.eval.evaluate import statement_rows
from kg.pipeline.annotate.rules import RuleAnnotator
from kg.pipeline.extract import extract
from kg.pipeline.text.document import make_document

ANNOTATOR = RuleAnnotator()


def checked_rows(text: str) -> list[tuple[str, str, str]]:
    """Statement rows of `text`; every position is checked against its offsets."""
    extraction = extract(ANNOTATOR.annotate(make_document(text)))
    for statement in extraction.statements:
        assert text[statement.position_start : statement.position_end] == statement.position
    return statement_rows(extraction)
