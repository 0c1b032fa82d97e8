"""JSON-LD output: a real @context (a term for each class and property, coercions), read
back to the same graph by rdflib and by pyld (an independent JSON-LD processor)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.pipeline.annotate import get_annotator
from kg.pipeline.pipeline import process_file
from kg.pipeline.rdf.builder import build_dataset, union_graph
from kg.pipeline.rdf.context import jsonld_context
from kg.pipeline.rdf.formats import serialize
from kg.pipeline.rdf.ontology_doc import load_ontology
from kg.pipeline.rdf.terms import KGO
from tests.rdf_samples import VERSION, WHEN, sample_extraction

pyld = pytest.importorskip("pyld", reason="pyld is in the test extra: pip install -e '.[test]'")
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ar-news-001.txt"


@pytest.fixture(scope="module")
def dataset():
    real = process_file(EXAMPLE, get_annotator("rules"))
    return build_dataset([sample_extraction(), real], tool_version=VERSION, generated_at=WHEN)


def same(expected: Graph, actual: Graph) -> None:
    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        raise AssertionError(
            f"{len(only_expected)} triples lost, {len(only_actual)} added, e.g. "
            f"{sorted(only_expected)[:3]} / {sorted(only_actual)[:3]}"
        )


def test_rdflib_reads_the_jsonld_back_to_the_same_graph(dataset) -> None:
    text = serialize(dataset, "jsonld")
    same(union_graph(dataset), Graph().parse(data=text, format="json-ld"))


def test_pyld_reads_the_jsonld_back_to_the_same_graph(dataset) -> None:
    from pyld import jsonld

    document = json.loads(serialize(dataset, "jsonld"))
    nquads = jsonld.to_rdf(document, {"format": "application/n-quads"})
    same(union_graph(dataset), Graph().parse(data=nquads, format="nquads"))
    expanded = jsonld.expand(document)  # and pyld's own compaction with our context
    compacted = jsonld.compact(expanded, {"@context": jsonld_context()})
    again = jsonld.to_rdf(compacted, {"format": "application/n-quads"})
    same(union_graph(dataset), Graph().parse(data=again, format="nquads"))


def test_the_context_has_a_term_for_every_kgo_term_with_its_coercion() -> None:
    context = jsonld_context()
    ontology = load_ontology()
    kgo = str(KGO)
    for term in {s for s in ontology.subjects() if isinstance(s, URIRef) and s.startswith(kgo)}:
        name = term[len(kgo) :]
        definition = context[name]
        kinds = set(ontology.objects(term, RDF.type))
        if OWL.Class in kinds:
            assert definition == f"kgo:{name}"
        elif OWL.ObjectProperty in kinds:
            assert definition == {"@id": f"kgo:{name}", "@type": "@id"}
        else:
            iri = definition if isinstance(definition, str) else definition["@id"]
            assert iri == f"kgo:{name}"
            if ontology.value(term, RDFS.range) == RDF.langString:
                assert definition["@language"] == "ar"
    assert context["member"] == {"@id": "org:member", "@type": "@id"}
    assert context["beginIndex"] == {"@id": "nif:beginIndex", "@type": "xsd:integer"}
    assert context["isString"] == "nif:isString"


def test_every_property_and_type_is_written_as_a_term(dataset) -> None:
    """Compact keys and types are terms, never full IRIs; a compact IRI only where a value
    does not fit its term's coercion (rdfs:label without a language) or for a reused class
    asserted beside kgo's (schema:Person beside Person)."""
    document = json.loads(serialize(dataset, "jsonld"))
    context = document["@context"]
    assert context == jsonld_context()
    keys, types = set(), set()
    for node in document["@graph"]:
        keys |= {k for k in node if not k.startswith("@")}
        value = node.get("@type", [])
        types |= set(value if isinstance(value, list) else [value])
    assert keys - set(context) == {"rdfs:label"}, keys - set(context)
    assert all(t in context or t.split(":")[0] in context for t in types)
    assert not any("://" in k for k in keys | types)
    assert {"Person", "Organisation", "Country", "Membership", "Statement", "Span"} <= types
