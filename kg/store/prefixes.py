"""The namespaces kg's SPARQL and query output name by prefix: one copy for the query index's
updates (`kg.store.index`), the view's queries (`kg.view.graphdata`) and `kg query`'s Turtle
and RDF/XML answers (`kg.store.results`)."""

from __future__ import annotations

NAMESPACES = {
    "kgo": "https://w3id.org/kg-arabic-news/ontology#",
    "kgi": "https://w3id.org/kg-arabic-news/index#",
    "schema": "https://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "time": "http://www.w3.org/2006/time#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def prologue(*names: str) -> str:
    """SPARQL PREFIX declarations of `names`, one a line."""
    return "".join(f"PREFIX {name}: <{NAMESPACES[name]}>\n" for name in names)


# The prologue of kg's SPARQL over the facts: every prefix above but the query index's
# (kgi:, whose namespace in a query's text says that it reads the index:
# `kg.store.index.uses_index`, which `kg query` refuses on a store without one).
SPARQL_PREFIXES = prologue(*(name for name in NAMESPACES if name != "kgi"))
# ... and of the query index's own updates and reads.
INDEX_PREFIXES = SPARQL_PREFIXES + prologue("kgi")


def bindings(*names: str) -> dict[str, str]:
    """The prefix bindings `names` (in that order), for a serializer's `prefixes`."""
    return {name: NAMESPACES[name] for name in names}
