"""Issue 8, property: arbitrary (Arabic-heavy) Unicode never crashes the pipeline, and every
graph it yields parses strictly (rdflib and Oxigraph) and conforms to kg's SHACL shapes."""

from __future__ import annotations

from datetime import UTC, datetime

import pyoxigraph as ox
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset

from kg.pipeline.annotate import get_annotator
from kg.pipeline.pipeline import process
from kg.pipeline.rdf.builder import build_dataset, union_graph
from kg.pipeline.rdf.formats import serialize
from kg.pipeline.text.document import make_document
from kg.store.validate import validate_graph

WHEN = datetime(2024, 1, 2, tzinfo=UTC)
ANNOTATOR = get_annotator("rules")
# News words that make the rules fire, marks and variants, and characters that must be
# escaped in IRIs, literals and SPARQL.
NEWS_WORDS = (
    "وقال وقالت وأكد أعلن صرح إن أن بأن وزير وزيرة الخارجية الدفاع الأمريكي الروسية المتحدث"
    " باسم وزارة البنتاغون الكرملين الولايات المتحدة روسيا سوريا جون كيري سيرغي لافروف آشتون"
    " كارتر الرئيس الملك الشيخ نظيره الأخير السابق محمد بن سلمان عبد الله"
)
ODD = ["«", "»", "،", ".", "؟", "\n", '"', "}", "{", "\\", ">", "<", "ـــ", "َ", "ّ", "ی", "ک",
       "\u200f", "\u202e", "John Kerry", "%41", "#", "\x00", "\u2028", "\x85"]  # fmt: skip
WORDS = NEWS_WORDS.split(" ") + ODD

arabic_char = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.text(arabic_char, min_size=1, max_size=6),
    st.text(min_size=1, max_size=4),  # any Unicode (no surrogates)
)
noise = st.lists(token, max_size=12).map(" ".join)
# Fact-shaped sentences (cue, post, nationality, name, complementiser, clause) with noise
# spliced in, so that roles and statements are extracted from odd text too.
sentence = st.tuples(
    st.sampled_from(["وقال", "وقالت", "وأكد", "وأعلن", "وصرح"]),
    st.sampled_from(["وزير الخارجية", "وزيرة الدفاع", "المتحدث باسم الكرملين", "الرئيس", ""]),
    st.sampled_from(["الأمريكي", "الروسي", "السوري", ""]),
    st.one_of(st.sampled_from(["جون كيري", "سيرغي لافروف", "محمد بن سلمان"]), noise),
    st.sampled_from(["إن", "أن", "بأن", "،"]),
    noise,
).map(" ".join)
articles = st.lists(st.one_of(sentence, noise), max_size=8).map(
    lambda parts: ".\n".join(parts) + "."
)
names = st.text(min_size=1, max_size=12).filter(lambda n: n.strip())


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(text=articles, name=names)
def test_any_text_gives_a_valid_conforming_graph(text: str, name: str) -> None:
    document = make_document(text, name=name)
    extraction = process(document, ANNOTATOR)
    for fact in extraction.statements:
        assert text[fact.position_start : fact.position_end] == fact.position
    dataset = build_dataset([extraction], tool_version="0.1.0", generated_at=WHEN)
    for fmt, ox_format in (("trig", ox.RdfFormat.TRIG), ("nquads", ox.RdfFormat.N_QUADS)):
        serialized = serialize(dataset, fmt)
        quads = list(ox.parse(serialized, format=ox_format))  # strict parser
        parsed = Dataset()
        parsed.parse(data=serialized, format=fmt)
        assert len(quads) == len(union_graph(parsed)) == len(union_graph(dataset))
    turtle = serialize(dataset, "turtle")
    assert len(list(ox.parse(turtle, format=ox.RdfFormat.TURTLE))) == len(union_graph(dataset))
    report = validate_graph(union_graph(dataset))
    assert report.conforms, report.lines()
