"""The one interface of kg.store: a `Target` is where graphs go and are queried from.

Two implement it: `kg.store.embedded.EmbeddedStore` (an Oxigraph store directory, through
pyoxigraph) and `kg.store.endpoint.Endpoint` (a SPARQL 1.1 endpoint over HTTP). A graph file
is not a Target: it is parsed whole into an in-memory Oxigraph store (`embedded.parse_file`,
`embedded.query_file`), since a file is rewritten, not updated in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import pyoxigraph as ox

from kg.store.rows import Rows


class Target(Protocol):
    """Where graphs go: an `EmbeddedStore` or an `Endpoint`."""

    @property
    def description(self) -> str: ...
    def write_batch(self, quads: Sequence[ox.Quad]) -> None: ...
    def swap(self, pairs: Sequence[tuple[ox.NamedNode, ox.NamedNode]]) -> None: ...
    def replace(self, graphs: dict[ox.NamedNode, list[ox.Quad]]) -> None: ...
    def discard(self, graphs: Sequence[ox.NamedNode]) -> None: ...
    def quad_count(self, graph: str | None = None) -> int: ...
    def graph_names(self) -> list[str]: ...
    def query(self, sparql: str) -> Rows: ...
    def close(self) -> None: ...
