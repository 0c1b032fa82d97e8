"""Statement rows of a text written for a test, read by the rules annotator, with every
position checked against its offsets and every evidence span against its cue and content
(shared by the statement rule tests)."""

from kg.eval.evaluate import statement_rows
from kg.pipeline.annotate.model import Kind, Mention
from kg.pipeline.annotate.rules import RuleAnnotator
from kg.pipeline.extract import extract
from kg.pipeline.text.document import make_document

ANNOTATOR = RuleAnnotator()


def checked_rows(text: str) -> list[tuple[str, str, str]]:
    """Statement rows of `text`; every position is checked against its offsets, and every
    evidence span runs forwards over the cue and the content (the RDF builder refuses a
    backwards span)."""
    extraction = extract(ANNOTATOR.annotate(make_document(text)))
    for statement in extraction.statements:
        assert text[statement.position_start : statement.position_end] == statement.position
        evidence = statement.evidence
        assert evidence.start <= min(statement.cue_start, statement.position_start)
        assert evidence.end >= max(statement.cue_end, statement.position_end)
    return statement_rows(extraction)


def organisation_mentions(text: str) -> list[Mention]:
    """The organisation mentions the rules annotator finds in `text`."""
    annotation = ANNOTATOR.annotate(make_document(text))
    return [m for m in annotation.mentions if m.kind is Kind.ORGANISATION]


def organisations(text: str) -> list[tuple[str, str | None]]:
    """(surface, country) of the organisation mentions of `text`."""
    return [(m.text, m.attrs.get("country")) for m in organisation_mentions(text)]
