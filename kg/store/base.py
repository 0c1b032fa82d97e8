"""The one interface of kg.store: a `Target` is where graphs go and are queried from.

Two implement it: `kg.store.embedded.EmbeddedStore` (an Oxigraph store directory, through
pyoxigraph) and `kg.store.endpoint.Endpoint` (a SPARQL 1.1 endpoint over HTTP). A graph file
is not a Target: it is parsed whole into an in-memory Oxigraph store (`files.parse_file`,
`embedded.memory_store`), since a file is rewritten, not updated in place.
"""

from __future__ import annotations

from typing import Protocol

import pyoxigraph as ox

from kg.store.index import INDEX_GRAPH
from kg.store.rows import Rows

# What `Target.fact_count` counts: the triples of the default graph (the facts).
FACT_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def quad_count_query(graph: str | None = None) -> str:
    """What `Target.quad_count` counts: the quads of the named graph `graph`, else of every
    named graph but the query index (one ?n)."""
    if graph:
        return f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}"
    return (
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != {INDEX_GRAPH}) }}"
    )


class CountReads:
    """`quad_count` and `fact_count` for a store that answers a one-?n COUNT query with
    `_count`: one copy of both for the embedded store and the endpoint."""

    def _count(self, sparql: str) -> int:
        raise NotImplementedError

    def quad_count(self, graph: str | None = None) -> int:
        """Quads in all named graphs (not the query index), or in one."""
        return self._count(quad_count_query(graph))

    def fact_count(self) -> int:
        """Triples in the default graph (the facts)."""
        return self._count(FACT_COUNT)


class Target(Protocol):
    """Where graphs go: an `EmbeddedStore` or an `Endpoint` (the layout: `kg.store.updates`)."""

    @property
    def description(self) -> str: ...
    def apply(self, update: str) -> None: ...
    def replace(self, graphs: dict[ox.NamedNode, list[ox.Quad]]) -> None: ...
    def add(self, graphs: dict[ox.NamedNode, list[ox.Triple]]) -> None: ...
    def quad_count(self, graph: str | None = None) -> int: ...
    def fact_count(self) -> int: ...
    def graph_names(self) -> list[str]: ...
    def existing_graphs(self) -> list[str]: ...
    def query(self, sparql: str) -> Rows: ...
    def execute(self, sparql: str) -> object: ...
    def close(self) -> None: ...
