"""The RDF stage: golden graph, determinism, IRIs for odd keys, formats, canned queries.

Regenerate the golden file after an intended change of the graph's shape:
    /work/venv/bin/python -m tests.test_rdf      (from the repository root)
then review `git diff tests/fixtures/golden.ttl` before committing.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, SKOS, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.pipeline.annotate.model import Annotation
from kg.pipeline.extract.facts import Entity, Evidence, Extraction, RoleFact, StatementFact
from kg.pipeline.rdf.builder import build_dataset, extraction_to_graph, union_graph
from kg.pipeline.rdf.formats import FORMATS, serialize
from kg.pipeline.rdf.terms import (
    KGO,
    KGR,
    NIF,
    PROV,
    article_iri,
    entity_iri,
    graph_iri,
    iri_segment,
)
from kg.pipeline.text.document import make_document
from kg.resources import read_query
from tests.rdf_samples import TEXT, VERSION, WHEN, sample_extraction, with_unlisted_country

GOLDEN = Path(__file__).parent / "fixtures" / "golden.ttl"
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ar-news-001.txt"
OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}
RDFLIB_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}


def sample_graph() -> Graph:
    return extraction_to_graph(sample_extraction(), tool_version=VERSION, generated_at=WHEN)


def rows(graph: Graph, name: str) -> list[tuple[str | None, ...]]:
    """Run a canned query with rdflib; values as plain strings (None when unbound)."""
    return [
        tuple(None if v is None else str(v) for v in row) for row in graph.query(read_query(name))
    ]


def ox_rows(data: str, name: str) -> tuple[list[str], list[tuple[str | None, ...]]]:
    """Run a canned query with Oxigraph over Turtle `data`: (column names, rows)."""
    store = ox.Store()
    store.load(data, ox.RdfFormat.TURTLE)
    solutions = store.query(read_query(name))
    names = [v.value for v in solutions.variables]
    return names, [tuple(None if s[n] is None else s[n].value for n in names) for s in solutions]


# ---------------------------------------------------------------- golden and determinism


def test_golden_graph_is_isomorphic() -> None:
    built = sample_graph()
    golden = Graph().parse(GOLDEN, format="turtle")
    if not isomorphic(built, golden):
        _, only_built, only_golden = graph_diff(to_isomorphic(built), to_isomorphic(golden))
        pytest.fail(
            "graph differs from tests/fixtures/golden.ttl (regenerate: python -m tests.test_rdf)\n"
            f"only in built:\n{only_built.serialize(format='nt')}\n"
            f"only in golden:\n{only_golden.serialize(format='nt')}"
        )


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_two_runs_serialise_identically(fmt: str) -> None:
    first = build_dataset([sample_extraction()], tool_version=VERSION, generated_at=WHEN)
    second = build_dataset([sample_extraction()], tool_version=VERSION, generated_at=WHEN)
    assert serialize(first, fmt) == serialize(second, fmt)


def test_serialisation_does_not_depend_on_hash_seed() -> None:
    code = (
        "from tests.rdf_samples import *\n"
        "from kg.pipeline.rdf.builder import build_dataset\n"
        "from kg.pipeline.rdf.formats import serialize\n"
        "ds = build_dataset([sample_extraction()], tool_version=VERSION, generated_at=WHEN)\n"
        "print(serialize(ds, 'trig') + serialize(ds, 'jsonld') + serialize(ds, 'nt'), end='')"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    root = Path(__file__).parent.parent
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, check=True
    ).stdout
    ds = build_dataset([sample_extraction()], tool_version=VERSION, generated_at=WHEN)
    assert out == serialize(ds, "trig") + serialize(ds, "jsonld") + serialize(ds, "nt")


def test_generated_at_is_the_only_varying_literal() -> None:
    later = datetime(2030, 5, 6, 7, 8, 9, tzinfo=UTC)
    other = extraction_to_graph(sample_extraction(), tool_version=VERSION, generated_at=later)
    _, only_a, only_b = graph_diff(to_isomorphic(sample_graph()), to_isomorphic(other))
    assert {p for _, p, _ in only_a} == {p for _, p, _ in only_b} == {PROV.endedAtTime}
    default = extraction_to_graph(sample_extraction(), tool_version=VERSION)
    assert len(default) == len(other)


def test_no_blank_nodes() -> None:
    assert not any(isinstance(term, BNode) for triple in sample_graph() for term in triple)


# ---------------------------------------------------------------- dataset and merging


def test_each_article_in_its_own_named_graph_and_entities_merge() -> None:
    a = sample_extraction(name="a.txt")
    b = sample_extraction(name="b.txt")
    ds = build_dataset([a, b], tool_version=VERSION, generated_at=WHEN)
    names = {g.identifier for g in ds.graphs() if len(g)}
    assert names == {graph_iri(a.document), graph_iri(b.document)}
    carter = entity_iri("Person", "آشتون كارتر")
    for name in names:
        assert (carter, RDF.type, KGO.Person) in ds.graph(name)
    union = union_graph(ds)
    assert len(set(union.subjects(RDF.type, KGO.Person))) == 4
    assert len(set(union.subjects(RDF.type, KGO.Membership))) == 6
    rebuilt = build_dataset([sample_extraction(name="a.txt")], tool_version=VERSION)
    assert {g.identifier for g in rebuilt.graphs() if len(g)} == {graph_iri(a.document)}


def test_graph_iri_depends_on_the_file_name_only() -> None:
    one = make_document(TEXT, name="x.txt")
    assert graph_iri(one) == graph_iri(make_document(TEXT, name="x.txt"))
    assert graph_iri(one) != graph_iri(make_document(TEXT, name="y.txt"))
    assert graph_iri(one) == graph_iri(make_document(TEXT + " ", name="x.txt"))  # corrected


def test_labels_and_direct_links() -> None:
    g = sample_graph()
    carter = entity_iri("Person", "آشتون كارتر")
    assert set(g.objects(carter, RDFS.label)) == {
        Literal("آشتون كارتر", lang="ar"),
        Literal("كارتر", lang="ar"),
    }
    assert list(g.objects(carter, SKOS.prefLabel)) == [Literal("آشتون كارتر", lang="ar")]
    cook = entity_iri("Person", "بيتر كوك")
    assert (cook, KGO.holdsPostIn, entity_iri("Organisation", "البنتاغون")) in g
    assert len(list(g.objects(cook, KGO.stated))) == 1
    article = article_iri(sample_extraction().document)
    assert str(article).startswith(str(KGR["article/pentagon-2016.txt/"]))


def test_former_role_with_organisation_uses_held_post_in() -> None:
    x = sample_extraction()
    org = Entity("Organisation", "وزارة الخارجية", "وزارة الخارجية")
    kerry = x.roles[2]
    x.roles[2] = RoleFact(kerry.person, kerry.role, org, kerry.evidence, former=True)
    g = extraction_to_graph(x, tool_version=VERSION, generated_at=WHEN)
    person = entity_iri("Person", "جون كيري")
    assert (person, KGO.heldPostIn, entity_iri("Organisation", "وزارة الخارجية")) in g
    assert (person, KGO.holdsPostIn, None) not in g


TIME = Namespace("http://www.w3.org/2006/time#")
ORG = Namespace("http://www.w3.org/ns/org#")


def test_a_former_post_is_a_membership_during_an_interval_before_the_article() -> None:
    g = sample_graph()
    article = article_iri(sample_extraction().document)
    published = g.value(article, TIME.hasTime)
    assert (published, RDF.type, TIME.Instant) in g
    former, current = [], []
    for membership in g.subjects(RDF.type, KGO.Membership):
        interval = g.value(membership, ORG.memberDuring)
        assert (interval, RDF.type, TIME.Interval) in g
        holder = g.value(membership, ORG.member)
        if (interval, TIME.before, published) in g:
            former.append(holder)
            assert (interval, TIME.inside, None) not in g
        else:
            assert (interval, TIME.inside, published) in g
            current.append(holder)
    assert former == [entity_iri("Person", "جون كيري")]  # وزير الخارجية الأمريكي السابق
    assert len(current) == 2
    assert not list(g.triples((None, KGO.former, None)))
    assert rows(g, "former-posts") == [("جون كيري", "وزير الخارجية", None, "pentagon-2016.txt")]


def test_the_nif_context_holds_the_text_every_offset_slices() -> None:
    """Every node with offsets in a context: the context's nif:isString, sliced at them, is
    the text the node claims (nif:anchorOf), for the sample and for a real article."""
    from kg.pipeline.annotate import get_annotator
    from kg.pipeline.pipeline import process_file

    real = process_file(EXAMPLE, get_annotator("rules"))
    for extraction in (sample_extraction(), real):
        g = extraction_to_graph(extraction, tool_version=VERSION, generated_at=WHEN)
        article = article_iri(extraction.document)
        text = g.value(article, NIF.isString)
        assert text is not None and str(text) == extraction.document.text
        assert g.value(article, NIF.endIndex).toPython() == len(str(text))
        checked = 0
        for node, context in g.subject_objects(NIF.referenceContext):
            assert context == article
            begin = g.value(node, NIF.beginIndex).toPython()
            end = g.value(node, NIF.endIndex).toPython()
            assert str(text)[begin:end] == str(g.value(node, NIF.anchorOf)), node
            assert str(node).endswith(f"#char={begin},{end}") or "#sentence-" in str(node)
            checked += 1
        assert checked >= 3
    assert checked > 50  # the real article's spans and sentences


# ---------------------------------------------------------------- formats and odd characters


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_parses_strictly(fmt: str) -> None:
    ds = build_dataset(
        [sample_extraction(), odd_extraction()], tool_version=VERSION, generated_at=WHEN
    )
    text = serialize(ds, fmt)
    quads = list(ox.parse(text, OX_FORMATS[fmt]))
    union = union_graph(ds)
    if fmt in RDFLIB_FORMATS:
        assert len({(q.subject, q.predicate, q.object) for q in quads}) == len(union)
        assert isomorphic(Graph().parse(data=text, format=RDFLIB_FORMATS[fmt]), union)
    else:
        assert len(quads) == sum(len(g) for g in ds.graphs())
        assert {q.graph_name.value for q in quads} == {
            str(graph_iri(x.document)) for x in (sample_extraction(), odd_extraction())
        }
        parsed = Dataset()
        parsed.parse(data=text, format=fmt)
        assert len(union_graph(parsed)) == len(union)


ODD = 'a "quoted" <tag> {x} back\\slash \u200fبيدي\u202e %41 #frag ?q\n\ttab 😀'


def odd_extraction() -> Extraction:
    text = f"قال {ODD} إن الأمر مهم."
    doc = make_document(text, name='odd "name" <1>.txt')
    person = Entity("Person", ODD, ODD, frozenset({ODD, "\u200eاسم\u200f"}), None)
    org = Entity("Organisation", "{}\\<>", "منظمة {غريبة}", frozenset(), "X Y")
    start = text.index(ODD)
    ev = Evidence(start, start + len(ODD), 0, 'rule "odd"')
    pos_start = text.index("الأمر")
    statement = StatementFact(person, "قال", "الأمر مهم", pos_start, pos_start + 9, 0, 3, ev)
    return Extraction(
        annotation=Annotation(document=doc, annotator="odd <annotator>"),
        entities=[person, org],
        roles=[RoleFact(person, 'دور "غريب"', org, ev)],
        statements=[statement],
    )


def test_odd_keys_give_valid_distinct_iris() -> None:
    g = extraction_to_graph(odd_extraction(), tool_version="1.0 <dev>", generated_at=WHEN)
    for node in g.all_nodes():
        if isinstance(node, URIRef):
            ox.NamedNode(str(node))  # raises ValueError on an invalid IRI
            assert not set(str(node)) & set(' "<>{}\\|^`\u200e\u200f\u202e\n\t')
    turtle = serialize(g, "turtle")
    assert len(list(ox.parse(turtle, ox.RdfFormat.TURTLE))) == len(g)
    person = entity_iri("Person", ODD)
    assert (person, SKOS.prefLabel, Literal(ODD, lang="ar")) in g
    assert (person, RDFS.label, Literal("\u200eاسم\u200f", lang="ar")) in g


@settings(max_examples=200, deadline=None)
@given(st.text(), st.text())
def test_iri_segment_is_injective_and_valid(a: str, b: str) -> None:
    ox.NamedNode(f"https://example.org/{iri_segment(a)}")
    assert (iri_segment(a) == iri_segment(b)) == (a == b)


def test_offsets_outside_the_article_are_refused() -> None:
    x = sample_extraction()
    fact = x.roles[0]
    x.roles[0] = RoleFact(fact.person, fact.role, None, Evidence(5, 10_000, 0, "broken"))
    with pytest.raises(ValueError, match=r"span \[5, 10000\) is outside the article"):
        extraction_to_graph(x, tool_version=VERSION, generated_at=WHEN)


def test_iri_segment_keeps_arabic_readable() -> None:
    assert iri_segment("آشتون كارتر") == "آشتون%20كارتر"
    assert iri_segment("a%20b") != iri_segment("a b")
    assert iri_segment("") == "~" != iri_segment("~")


# ---------------------------------------------------------------- canned queries


def test_roles_query_contract() -> None:
    g = sample_graph()
    result = g.query(read_query("roles"))
    assert [str(v) for v in result.vars] == ["person", "role", "organisation"]
    expected = [
        ("آشتون كارتر", "وزير الدفاع", "الولايات المتحدة"),
        ("بيتر كوك", "المتحدث باسم", "البنتاغون"),
        ("جون كيري", "وزير الخارجية", None),
    ]
    assert rows(g, "roles") == expected
    names, ox_result = ox_rows(serialize(g, "turtle"), "roles")
    assert names == ["person", "role", "organisation"]
    assert ox_result == expected


def test_roles_query_one_row_per_fact_despite_alternate_names_and_articles() -> None:
    ds = build_dataset(
        [sample_extraction(name="a.txt"), sample_extraction(name="b.txt")],
        tool_version=VERSION,
        generated_at=WHEN,
    )
    union = union_graph(ds)
    union.add((entity_iri("Person", "بيتر كوك"), SKOS.prefLabel, Literal("كوك", lang="ar")))
    assert len(rows(union, "roles")) == 3


def test_statements_query_contract_and_offsets() -> None:
    x = sample_extraction()
    g = extraction_to_graph(x, tool_version=VERSION, generated_at=WHEN)
    result = g.query(read_query("statements"))
    assert [str(v) for v in result.vars] == ["speaker", "cue", "position", "begin", "end"]
    found = list(result)
    assert [(str(r.speaker), str(r.cue)) for r in found] == [
        ("بيتر كوك", "صرح"),
        ("جون كيري", "قال"),
    ]
    for row in found:
        assert (
            row.begin.datatype
            == row.end.datatype
            == URIRef("http://www.w3.org/2001/XMLSchema#integer")
        )
        assert x.document.text[row.begin.toPython() : row.end.toPython()] == str(row.position)
    names, ox_result = ox_rows(serialize(g, "turtle"), "statements")
    assert names == ["speaker", "cue", "position", "begin", "end"]
    assert ox_result == rows(g, "statements")


def test_statements_about_country_runs_as_shipped_and_with_a_key() -> None:
    g = sample_graph()
    about = rows(g, "statements-about-country")
    assert {(r[0], r[1]) for r in about} == {
        ("الولايات المتحدة", "بيتر كوك"),
        ("الولايات المتحدة", "جون كيري"),
        ("روسيا", "بيتر كوك"),
        ("سوريا", "جون كيري"),
    }
    query = read_query("statements-about-country").replace(
        "VALUES ?key { UNDEF }", 'VALUES ?key { "SY" }'
    )
    assert [(str(r[0]), str(r[1])) for r in g.query(query)] == [("سوريا", "جون كيري")]


def test_provenance_query_answers_in_one_step() -> None:
    x = sample_extraction()
    g = extraction_to_graph(x, tool_version=VERSION, generated_at=WHEN)
    result = list(g.query(read_query("provenance")))
    assert len(result) == 5
    for row in result:
        assert str(row.file) == "pentagon-2016.txt" and str(row.sha256) == x.document.sha256
        assert x.document.text[int(row.begin) : int(row.end)] == str(row.anchor)
        sentence = x.document.sentences[int(row.sentenceIndex)]
        assert str(row.sentence) == sentence.text
        assert str(row.annotator) == "rules" and str(row.tool) == "kg 0.1.0"
        assert row.generatedAt.toPython() == WHEN
    assert {str(r.rule) for r in result} == {e.evidence.rule for e in [*x.roles, *x.statements]}
    names, ox_result = ox_rows(serialize(g, "turtle"), "provenance")
    assert len(ox_result) == 5 and "generatedAt" in names


@pytest.mark.parametrize(
    ("name", "columns", "count"),
    [
        ("people", ["person", "label", "posts", "statements"], 4),
        ("organisations", ["organisation", "label", "country", "people"], 1),
        ("countries", ["country", "key", "label", "organisations"], 3),
    ],
)
def test_listing_queries(name: str, columns: list[str], count: int) -> None:
    g = sample_graph()
    assert [str(v) for v in g.query(read_query(name)).vars] == columns
    assert len(rows(g, name)) == count
    assert ox_rows(serialize(g, "turtle"), name) == (columns, rows(g, name))


def test_organisation_country_known_only_by_key() -> None:
    x = with_unlisted_country(sample_extraction(), "GB")
    g = extraction_to_graph(x, tool_version=VERSION, generated_at=WHEN)
    assert rows(g, "organisations")[0][2] == "GB"
    assert (entity_iri("Country", "GB"), RDF.type, KGO.Country) in g


def _regenerate() -> None:
    """Rewrite the golden file from the current code."""
    GOLDEN.write_text(serialize(sample_graph(), "turtle"), encoding="utf-8")
    print(f"wrote {GOLDEN}")


if __name__ == "__main__":
    _regenerate()
