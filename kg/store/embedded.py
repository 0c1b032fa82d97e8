"""The embedded store: an Oxigraph database in a directory (pyoxigraph), no server needed.

Named graphs are replaced atomically: new quads are first written to a *staging* graph
(``urn:kg:staging:...``), then one SPARQL Update ``MOVE GRAPH <staging> TO GRAPH <target>``
swaps them in. Oxigraph runs an update as one transaction, so a reader (or a crash) sees
the old graph or the whole new one. Staging graphs left by a killed run are dropped the
next time the store is opened for writing (only one process can write a store).

Queries see the union of all named graphs as their default graph, as `kg query` does on
graph files.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import pyoxigraph as ox

from kg.errors import InputError, QueryError, StoreError

if TYPE_CHECKING:
    from kg.store.rows import Rows

STAGING_PREFIX = "urn:kg:staging:"

FORMATS_BY_SUFFIX: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
}


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a graph file, from its suffix."""
    fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"{path}: unknown graph format; use one of {', '.join(sorted(FORMATS_BY_SUFFIX))}"
        )
    return fmt


class _CountingReader(io.RawIOBase):
    """A binary reader that reports how many bytes were read (for progress bars)."""

    def __init__(self, handle: BinaryIO, on_bytes: Callable[[int], None]) -> None:
        self.handle = handle
        self.on_bytes = on_bytes

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.on_bytes(len(data))
        return data

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        count = self.handle.readinto(buffer)  # type: ignore[attr-defined]
        self.on_bytes(count)
        return count


def parse_file(
    path: str | Path, on_bytes: Callable[[int], None] | None = None
) -> Iterator[ox.Quad]:
    """Stream the quads of a graph file (triples come in the default graph)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such graph file")
    fmt = rdf_format(path)
    with path.open("rb") as handle:
        reader = _CountingReader(handle, on_bytes) if on_bytes else handle
        try:
            yield from ox.parse(reader, format=fmt)
        except SyntaxError as exc:
            raise InputError(f"{path}: cannot parse as {fmt.name.lower()}: {exc}") from exc


def is_store_dir(path: Path) -> bool:
    """True if `path` is a directory holding an Oxigraph (RocksDB) database."""
    return path.is_dir() and (path / "CURRENT").is_file()


def rows_from_solutions(result: object) -> Rows:
    """`Rows` from a pyoxigraph SELECT result (lexical values, '' for unbound)."""
    from kg.store.rows import Rows

    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("only SELECT queries are supported by kg query")
    columns = [v.value for v in result.variables]
    rows = [["" if s[c] is None else s[c].value for c in columns] for s in result]
    return Rows(columns, rows)


def query_file(path: str | Path, sparql: str) -> Rows:
    """Run a SELECT query over a graph file, loaded into an in-memory Oxigraph store."""
    store = ox.Store()
    try:
        store.extend(parse_file(path))
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc}") from exc
    return _query(store, sparql)


def _query(store: ox.Store, sparql: str) -> Rows:
    try:
        result = store.query(sparql, use_default_graph_as_union=True)
        return rows_from_solutions(result)
    except SyntaxError as exc:
        where = re.sub(r"\bat (\d+):(\d+)", r"at line:\1 col:\2", str(exc), count=1)
        raise QueryError(f"malformed or failing query: {where}") from exc
    except OSError as exc:
        raise StoreError(f"query failed: {exc}") from exc


def _iri(name: ox.NamedNode) -> str:
    return str(name)


class EmbeddedStore:
    """An Oxigraph store in a directory; create it with `EmbeddedStore.open`."""

    def __init__(self, path: Path, store: ox.Store, read_only: bool = False) -> None:
        self.path = path
        self.store = store
        self.read_only = read_only

    @property
    def description(self) -> str:
        return str(self.path)

    @classmethod
    def open(
        cls, path: str | Path, *, create: bool = True, read_only: bool = False
    ) -> EmbeddedStore:
        """Open (or create) the store in `path`; refuse directories that hold other files."""
        path = Path(path)
        if path.exists() and not path.is_dir():
            raise InputError(f"{path}: not a directory (a store is a directory)")
        if not is_store_dir(path):
            if not create:
                raise InputError(f"{path}: no such store (an Oxigraph store directory)")
            if path.is_dir() and any(path.iterdir()):
                raise StoreError(
                    f"{path}: not an Oxigraph store (the directory holds other files); "
                    "use an empty or new directory"
                )
        try:
            store = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"{path}: the store is in use by another process (an oxigraph server?); "
                    "stop it or load through its endpoint instead"
                ) from exc
            raise StoreError(f"{path}: cannot open the store: {exc}") from exc
        opened = cls(path, store, read_only)
        if not read_only:
            opened.discard(opened.staging_graphs())
        return opened

    def close(self) -> None:
        """Flush writes to disk and release the directory (its lock) for other processes."""
        store = self.__dict__.pop("store", None)
        if store is not None and not self.read_only:
            try:
                store.flush()
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot flush: {exc}") from exc
        del store

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Target interface (see kg.store.base) -------------------------------------------------------

    def write_batch(self, quads: Sequence[ox.Quad]) -> None:
        """Add quads (to staging graphs) in one transaction."""
        self._do(lambda: self.store.extend(quads), "write")

    def swap(self, pairs: Sequence[tuple[ox.NamedNode, ox.NamedNode]]) -> None:
        """Move each staging graph onto its target, all in one transaction."""
        update = " ;\n".join(f"MOVE GRAPH {_iri(s)} TO GRAPH {_iri(t)}" for s, t in pairs)
        self._do(lambda: self.store.update(update), "replace graphs")

    def replace(self, graphs: dict[ox.NamedNode, list[ox.Quad]]) -> None:
        """Replace whole named graphs (small loads): staged, then swapped atomically."""
        from uuid import uuid4

        run = uuid4().hex
        staging = {g: ox.NamedNode(f"{STAGING_PREFIX}{run}:{i}") for i, g in enumerate(graphs)}
        try:
            self.write_batch(
                [
                    ox.Quad(q.subject, q.predicate, q.object, staging[g])
                    for g, quads in graphs.items()
                    for q in quads
                ]
            )
            self.swap([(staging[g], g) for g in graphs])
        except BaseException:
            self.discard(list(staging.values()))
            raise

    def discard(self, graphs: Iterable[ox.NamedNode]) -> None:
        """Drop staging graphs (best effort)."""
        for graph in graphs:
            with contextlib.suppress(OSError):
                self.store.remove_graph(graph)

    def staging_graphs(self) -> list[ox.NamedNode]:
        """Staging graphs left behind by an interrupted load."""
        return [
            g
            for g in self.store.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(STAGING_PREFIX)
        ]

    def quad_count(self, graph: str | None = None) -> int:
        """Quads in the whole store, or in one named graph."""
        if graph is None:
            return len(self.store)
        return sum(1 for _ in self.store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def graph_names(self) -> list[str]:
        """IRIs of the named graphs, sorted."""
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def query(self, sparql: str) -> Rows:
        """Run a SELECT query; the default graph is the union of all graphs."""
        return _query(self.store, sparql)

    def _do(self, action: Callable[[], object], what: str) -> None:
        try:
            action()
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"{self.path}: cannot {what}: {exc}") from exc
