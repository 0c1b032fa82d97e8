"""The one interface of kg.store: a `Target` is where graphs go and are queried from.

Two implement it: `kg.store.embedded.EmbeddedStore` (an Oxigraph store directory, through
pyoxigraph) and `kg.store.endpoint.Endpoint` (a SPARQL 1.1 endpoint over HTTP). A graph file
is not a Target: it is parsed whole into an in-memory Oxigraph store (`files.parse_file`,
`embedded.memory_store`), since a file is rewritten, not updated in place.
"""

from __future__ import annotations

from typing import Protocol

import pyoxigraph as ox

from kg.store.rows import Rows


class Target(Protocol):
    """Where graphs go: an `EmbeddedStore` or an `Endpoint` (the layout: `kg.store.updates`)."""

    @property
    def description(self) -> str: ...
    def apply(self, update: str) -> None: ...
    def replace(self, graphs: dict[ox.NamedNode, list[ox.Quad]]) -> None: ...
    def quad_count(self, graph: str | None = None) -> int: ...
    def fact_count(self) -> int: ...
    def graph_names(self) -> list[str]: ...
    def query(self, sparql: str) -> Rows: ...
    def execute(self, sparql: str) -> object: ...
    def close(self) -> None: ...
