"""The JSON-LD @context of kg graphs: a term for every class and property kg writes.

Terms for kgo's own vocabulary come from the ontology (one source): a class is its local
name; an object property is coerced to `@id`; a datatype property gets the ontology's range
(`@language: ar` for rdf:langString, `@type` for numbers, plain for xsd:string). Terms for
the reused vocabularies (W3C ORG, OWL-Time, NIF, PROV-O, schema.org, SKOS, RDFS) are listed
below, with the same coercions. Each property appears once, under its kg term; a value
whose datatype or language differs from the coercion is written under the compact IRI
instead (e.g. `rdfs:label` of the software agents, which has no language), so the JSON-LD
always reads back to the same graph.

    python -m kg.pipeline.rdf.context      prints the context as JSON
"""

from __future__ import annotations

import json
from functools import lru_cache

from rdflib import OWL, RDF, RDFS, XSD, Graph, URIRef

from kg.pipeline.rdf.terms import NS

# Reused terms kg writes: term -> (prefixed IRI, coercion: "@id", "ar", an xsd type or None)
REUSED: dict[str, tuple[str, str | None]] = {
    # classes
    "NewsArticle": ("schema:NewsArticle", None),
    "Quotation": ("schema:Quotation", None),
    "Context": ("nif:Context", None),
    "Sentence": ("nif:Sentence", None),
    "Role": ("org:Role", None),
    "SoftwareAgent": ("prov:SoftwareAgent", None),
    "Activity": ("prov:Activity", None),
    "Interval": ("time:Interval", None),
    "Instant": ("time:Instant", None),
    # properties
    "label": ("rdfs:label", "ar"),
    "prefLabel": ("skos:prefLabel", "ar"),
    "member": ("org:member", "@id"),
    "role": ("org:role", "@id"),
    "organization": ("org:organization", "@id"),
    "memberDuring": ("org:memberDuring", "@id"),
    "hasTime": ("time:hasTime", "@id"),
    "before": ("time:before", "@id"),
    "inside": ("time:inside", "@id"),
    "isString": ("nif:isString", None),
    "anchorOf": ("nif:anchorOf", None),
    "beginIndex": ("nif:beginIndex", "xsd:integer"),
    "endIndex": ("nif:endIndex", "xsd:integer"),
    "referenceContext": ("nif:referenceContext", "@id"),
    "sentence": ("nif:sentence", "@id"),
    "used": ("prov:used", "@id"),
    "wasAssociatedWith": ("prov:wasAssociatedWith", "@id"),
    "wasGeneratedBy": ("prov:wasGeneratedBy", "@id"),
    "wasAttributedTo": ("prov:wasAttributedTo", "@id"),
    "endedAtTime": ("prov:endedAtTime", "xsd:dateTime"),
    "softwareVersion": ("schema:softwareVersion", None),
}

_RANGES = {
    str(RDF.langString): "ar",
    str(XSD.string): None,
    str(XSD.integer): "xsd:integer",
    str(XSD.boolean): "xsd:boolean",
    str(XSD.dateTime): "xsd:dateTime",
}


def _definition(iri: str, coercion: str | None) -> str | dict[str, str]:
    if coercion is None:
        return iri
    if coercion == "ar":
        return {"@id": iri, "@language": "ar"}
    return {"@id": iri, "@type": coercion}


@lru_cache(maxsize=1)
def jsonld_context() -> dict[str, object]:
    """The @context (a new dict each call is not needed: treat it as read-only)."""
    from kg.resources import ONTOLOGY

    ontology = Graph().parse(ONTOLOGY, format="turtle")
    context: dict[str, object] = {p: str(n) for p, n in NS.PREFIXES.items()}
    context |= {"rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL)}
    context |= {"skos": "http://www.w3.org/2004/02/skos/core#"}
    kgo = str(NS.KGO)

    def local(term: URIRef) -> str:
        return str(term)[len(kgo) :]

    def own(kind: URIRef) -> list[URIRef]:
        return sorted(
            t for t in ontology.subjects(RDF.type, kind) if str(t).startswith(kgo) and local(t)
        )

    for cls in own(OWL.Class):
        context[local(cls)] = f"kgo:{local(cls)}"
    for prop in own(OWL.ObjectProperty):
        context[local(prop)] = _definition(f"kgo:{local(prop)}", "@id")
    for prop in own(OWL.DatatypeProperty):
        rng = ontology.value(prop, RDFS.range)
        context[local(prop)] = _definition(f"kgo:{local(prop)}", _RANGES.get(str(rng)))
    for term, (iri, coercion) in REUSED.items():
        if term in context:
            raise ValueError(f"JSON-LD term {term!r} is both kgo's and {iri}'s")
        context[term] = _definition(iri, coercion)
    return context


def main() -> None:
    """Print the context as a JSON-LD document."""
    print(json.dumps({"@context": jsonld_context()}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
