"""The ontology (one copy, read through the package), the generated docs, the canned queries."""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import FOAF, OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from kg.errors import QueryError
from kg.pipeline.rdf.builder import extraction_to_graph
from kg.pipeline.rdf.ontology_doc import load_ontology, render_markdown
from kg.pipeline.rdf.terms import KGO, NIF, ORG, PROV, SCHEMA
from kg.resources import (
    ONTOLOGY,
    SHAPES,
    indexed_query,
    query_names,
    query_path,
    read_query,
)
from tests.rdf_samples import VERSION, WHEN, sample_extraction

ROOT = Path(__file__).resolve().parent.parent


def kgo_terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef) and s.startswith(str(KGO))}


def test_ontology_parses_in_rdflib_and_oxigraph() -> None:
    graph = load_ontology()
    assert len(list(ox.parse(path=str(ONTOLOGY), format=ox.RdfFormat.TURTLE))) == len(graph)
    ontology = URIRef("https://w3id.org/kg-arabic-news/ontology")
    assert (ontology, RDF.type, OWL.Ontology) in graph
    assert graph.value(ontology, OWL.versionInfo) == Literal("0.1.0")
    assert str(KGO) == f"{ontology}#"


def test_every_kgo_term_has_arabic_and_english_labels_and_a_comment() -> None:
    graph = load_ontology()
    terms = kgo_terms(graph)
    assert len(terms) > 20
    for term in terms:
        langs = {label.language for label in graph.objects(term, RDFS.label)}
        assert {"ar", "en"} <= langs, term
        assert graph.value(term, RDFS.comment), term
        kinds = set(graph.objects(term, RDF.type))
        assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}, term


def test_every_kgo_term_the_graph_uses_is_declared() -> None:
    declared = kgo_terms(load_ontology())
    g = extraction_to_graph(sample_extraction(), tool_version=VERSION, generated_at=WHEN)
    used = {p for _, p, _ in g if p.startswith(str(KGO))}
    used |= {o for o in g.objects(None, RDF.type) if o.startswith(str(KGO))}
    assert used <= declared, used - declared


@pytest.mark.parametrize(
    ("term", "relation", "parent"),
    [
        (KGO.Person, OWL.equivalentClass, SCHEMA.Person),
        (KGO.Person, OWL.equivalentClass, FOAF.Person),
        (KGO.Organisation, OWL.equivalentClass, ORG.Organization),
        (KGO.Organisation, OWL.equivalentClass, SCHEMA.Organization),
        (KGO.Country, OWL.equivalentClass, SCHEMA.Country),
        (KGO.Place, RDFS.subClassOf, SCHEMA.Place),
        (KGO.Membership, RDFS.subClassOf, ORG.Membership),
        (KGO.Statement, RDFS.subClassOf, SCHEMA.Quotation),
        (KGO.Span, OWL.equivalentClass, NIF.RFC5147String),
        (KGO.Span, RDFS.subClassOf, NIF.String),
        (KGO.Extraction, RDFS.subClassOf, PROV.Activity),
        (KGO.holdsPostIn, RDFS.subPropertyOf, ORG.memberOf),
        (KGO.speaker, OWL.equivalentProperty, SCHEMA.spokenByCharacter),
        (KGO.evidence, RDFS.subPropertyOf, PROV.wasDerivedFrom),
        (KGO.sourceArticle, RDFS.subPropertyOf, SCHEMA.isBasedOn),
        (KGO.stated, OWL.inverseOf, KGO.speaker),
    ],
)
def test_alignments(term: URIRef, relation: URIRef, parent: URIRef) -> None:
    assert (term, relation, parent) in load_ontology()


def test_a_term_not_equivalent_to_a_reused_one_says_why() -> None:
    graph = load_ontology()
    for term in kgo_terms(graph):
        equivalent = {*graph.objects(term, OWL.equivalentClass)}
        equivalent |= {*graph.objects(term, OWL.equivalentProperty)}
        note = graph.value(term, SKOS.scopeNote)
        assert equivalent or (note and note.language == "en"), term
    assert (KGO.former, None, None) not in graph  # a former post is an interval, not a flag


def test_docs_are_up_to_date() -> None:
    committed = (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8")
    assert committed == render_markdown(), (
        "docs/ontology.md is stale: python -m kg.pipeline.rdf.ontology_doc > docs/ontology.md"
    )
    assert "| `kgo:holdsPostIn` | يشغل منصباً في | holds post in |" in committed


def test_one_copy_the_package_reads_the_repository_files() -> None:
    assert ONTOLOGY.resolve() == ROOT / "ontology" / "kg.ttl"
    assert SHAPES.resolve() == ROOT / "ontology" / "shapes.ttl"
    assert query_names() == sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))
    for name in query_names():
        assert query_path(name).resolve() == ROOT / "queries" / f"{name}.rq"
    copies = [
        Path(folder) / name
        for folder, _, names in os.walk(ROOT / "kg")  # does not follow the symlinks
        for name in names
        if name.endswith((".ttl", ".rq"))
    ]
    assert copies == [], f"a second copy of a resource: {copies}"


def test_shapes_parse_and_declare_their_prefixes() -> None:
    text = SHAPES.read_text(encoding="utf-8")
    for prefix in ("sh", "org", "prov", "kgo", "nif", "schema", "skos", "xsd"):
        assert f"@prefix {prefix}: <" in text
    assert len(list(ox.parse(text, ox.RdfFormat.TURTLE))) == len(Graph().parse(data=text))


def test_query_lookup_by_name() -> None:
    assert {"roles", "statements", "people", "organisations", "countries"} <= set(query_names())
    assert {"statements-about-country", "provenance"} <= set(query_names())
    assert query_path("roles") == query_path("roles.rq")
    assert "SELECT DISTINCT ?person ?role ?organisation" in read_query("roles")
    for bad in ("nope", "../kg", "roles/../roles"):
        with pytest.raises(QueryError, match="known: countries"):
            query_path(bad)


@pytest.mark.parametrize("name", query_names())
def test_each_query_starts_with_a_comment_and_parses(name: str) -> None:
    for text in (read_query(name), indexed_query(name)):
        if text is None:
            continue
        assert text.startswith(f"# {name}.rq — ")
        ox.Store().query(text)  # syntax check with Oxigraph's parser
