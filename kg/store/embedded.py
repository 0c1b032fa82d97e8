"""The embedded store: an Oxigraph database in a directory (pyoxigraph), no server needed.

Layout (docs/store.md): one named graph per article, as `kg build` wrote it, and the facts —
the de-duplicated union of those graphs — in the default graph, which is what queries read.

Writes: into an empty store, `bulk_load` streams the whole file through Oxigraph's bulk
loader (no transaction: if it fails, the store is emptied again, as it was). Into a store
that has data, each batch of graphs is one SPARQL Update (`kg.store.updates`): one
transaction, so a reader or a crash sees every graph old or new, never half of one.
Nothing is staged, so nothing is left behind.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import InputError, QueryError, StoreError
from kg.store import index, updates
from kg.store.base import CountReads, quad_count_query
from kg.store.files import (
    GRAPH_AT_END,
    QUAD_FORMATS,
    NotCanonical,
    canonical_chunks,
    parse_file,
    rdf_format,
)

if TYPE_CHECKING:
    from kg.store.rows import Rows

DEFAULT = ox.DefaultGraph()


def is_store_dir(path: Path) -> bool:
    """True if `path` is a directory holding an Oxigraph (RocksDB) database."""
    return path.is_dir() and (path / "CURRENT").is_file()


def syntax_error(exc: SyntaxError, what: str = "malformed or failing query") -> QueryError:
    """A one-line `QueryError` for Oxigraph's SyntaxError ("at line:col")."""
    where = re.sub(r"\bat (\d+):(\d+)", r"at line:\1 col:\2", str(exc), count=1)
    return QueryError(f"{what}: {where}")


def rows_from_solutions(result: object) -> Rows:
    """`Rows` from a pyoxigraph SELECT result (lexical values, '' for unbound), read term by
    term: a Python object per value (`select_rows` reads the same rows for less)."""
    from kg.store.rows import Rows

    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("this query is not a SELECT query; run it with kg query")
    columns = [v.value for v in result.variables]
    rows = [["" if s[c] is None else s[c].value for c in columns] for s in result]
    return Rows(columns, rows)


def select_rows(run: Callable[[], object], first: object = None) -> Rows:
    """`Rows` of the SELECT query that `run()` evaluates (a pyoxigraph result), the same as
    `rows_from_solutions` gives, read from the engine's CSV serialization of the answer: one
    pass in Rust, then Python's csv reader (C), instead of a Python term object per value —
    a third less CPU on answers of thousands of rows (people, statements, provenance;
    docs/benchmarks.md, run X). A CSV cell spells a blank node ``_:id`` and a triple term
    ``<<…>>`` as a literal could be spelled: an answer with such a cell is read again
    (`run()` anew) term by term. `first`: the answer of a run already made, if any."""
    from kg.store.rows import Rows

    result = run() if first is None else first
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("this query is not a SELECT query; run it with kg query")
    columns = [v.value for v in result.variables]
    if not columns:  # a CSV line cannot tell how many empty solutions there were
        return rows_from_solutions(run())
    data = result.serialize(format=ox.QueryResultsFormat.CSV).decode("utf-8")
    lines = csv.reader(io.StringIO(data, newline=""))
    next(lines, None)  # the header: the variables' names
    rows = [row or [""] for row in lines]  # an empty line: one column, unbound or ""
    if ("_:" in data or "<<" in data) and any(
        cell.startswith(("_:", "<<")) for row in rows for cell in row
    ):
        return rows_from_solutions(run())
    return Rows(columns, rows)


def memory_store(path: str | Path) -> ox.Store:
    """A graph file in an in-memory store with kg's layout: its named graphs, their
    union (the triples, once each) in the default graph, and the query index."""
    path = Path(path)
    store = ox.Store()
    fmt = rdf_format(path)
    if fmt in QUAD_FORMATS:
        try:
            store.load(path=str(path), format=fmt)
        except SyntaxError:  # the streaming parser gives the one-line message
            list(parse_file(path))
            raise
        except OSError as exc:
            raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
        store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    else:
        store.extend(parse_file(path))
    index.refresh_store(store)
    return store


class EmbeddedStore(CountReads):
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
        return cls(path, store, read_only)

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

    # Writes -------------------------------------------------------------------------------

    def clear(self) -> None:
        """Remove every quad: what undoes bulk writes, which are not transactions (`kg build`
        into a store that was empty, `bulk_load`). Nothing once the store is closed."""
        store = self.__dict__.get("store")
        if store is not None:
            store.clear()

    def is_empty(self) -> bool:
        """True if the store holds no quad at all."""
        return next(iter(self.store.quads_for_pattern(None, None, None, None)), None) is None

    def apply(self, update: str) -> None:
        """Run one SPARQL Update (one transaction)."""
        self._do(lambda: self.store.update(update), "update the store")

    def replace(self, graphs: dict[ox.NamedNode, list[ox.Quad]]) -> None:
        """Replace whole named graphs and their share of the facts: the graphs the store
        holds in one SPARQL Update, the new ones in one `add` (one transaction each)."""
        triples = {g: [q.triple for q in quads] for g, quads in graphs.items()}
        old = [g for g in triples if self.store.contains_named_graph(g)]
        if old:
            self.apply(updates.replace({g: triples[g] for g in old}))
        new = {g: t for g, t in triples.items() if g not in old}
        if new:
            self.add(new)

    def add(self, graphs: dict[ox.NamedNode, list[ox.Triple]]) -> None:
        """Add graphs the store does not hold yet, with their facts, in one transaction
        (`Store.extend`: no SPARQL text to write and parse)."""
        quads = updates.with_facts(graphs)
        self._do(lambda: self.store.extend(quads), "add to the store")

    def bulk_add(self, nquads: bytes) -> None:
        """Add graphs new to a store that `kg build` is FILLING FROM EMPTY, with their facts,
        through Oxigraph's bulk loader, in one pass: `nquads` (kg's own N-Quads, one line per
        quad, each in a named graph), then the same lines without their graph names (the
        facts). No transaction, so it is only for a store the caller empties again if the
        build fails (as `bulk_load` does); half the CPU of `add`, and nothing is parsed in
        Python."""
        data = nquads + GRAPH_AT_END.sub(b" .\n", nquads)
        self._do(
            lambda: self.store.bulk_load(data, format=ox.RdfFormat.N_QUADS), "add to the store"
        )

    def bulk_load(
        self,
        path: Path,
        quads: Callable[[], Iterable[ox.Quad]],
        on_bytes: Callable[[int], None] | None = None,
        *,
        fast: bool = True,
    ) -> tuple[int, tuple[int, int]]:
        """Fill an EMPTY store from a file: its graphs and the facts, with the bulk loader.

        A canonical N-Quads file goes through Oxigraph's own parser (each line, then the
        same line without its graph name, for the facts) when `fast`; other files through
        `quads()` (named quads, checked). Returns the quads read, and what the store then
        holds (`counts`: quads in named graphs, facts; taken during the load where that is
        cheaper). On failure the store is emptied.
        """
        try:
            if fast and rdf_format(path) == ox.RdfFormat.N_QUADS:
                try:
                    return self._bulk_nquads(path, on_bytes)
                except (SyntaxError, OSError, NotCanonical):  # the checked path says why
                    self.clear()
            count = 0

            def with_facts() -> Iterator[ox.Quad]:
                nonlocal count
                for quad in quads():
                    count += 1
                    yield quad
                    yield ox.Quad(quad.subject, quad.predicate, quad.object, DEFAULT)

            self._do(lambda: self.store.bulk_extend(with_facts()), "load")
            return count, self.counts()
        except BaseException:
            self.clear()
            raise

    def _bulk_nquads(
        self, path: Path, on_bytes: Callable[[int], None] | None
    ) -> tuple[int, tuple[int, int]]:
        """Two bulk loads from files, each parsed by Oxigraph in parallel (as `oxigraph
        load` does): the file itself, then its lines without their graph names (the facts),
        written next to the store first and removed after. Returns the lines read and what
        `counts` gives, counted in passing: the quads right after the first load, while the
        store holds nothing else (`len`, a scan of those quads alone), then the facts."""
        size = path.stat().st_size
        facts = self.path.parent / f".{self.path.name}.facts.nq"
        count = 0
        try:
            with facts.open("wb") as out:
                for chunk, lines, found in canonical_chunks(path):
                    out.write(lines)
                    count += found
                    if on_bytes:
                        on_bytes(len(chunk) // 2)
            self.store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
            named = len(self.store)  # the store was empty: every quad is in a named graph
            if on_bytes:
                on_bytes(size // 4)
            # The facts are the lines the first load has just parsed and checked (IRIs,
            # language tags), less their graph names: no need to check them again.
            self.store.bulk_load(path=str(facts), format=ox.RdfFormat.N_QUADS, lenient=True)
            facts_count = self.fact_count()
            if on_bytes:
                on_bytes(size // 4)
        finally:
            facts.unlink(missing_ok=True)
        return count, (named, facts_count)

    # Reads --------------------------------------------------------------------------------

    def counts(self) -> tuple[int, int]:
        """(quads in the named graphs but the query index, facts): what `quad_count` and
        `fact_count` give, from one count of the whole store (`len`, no SPARQL) less the
        facts and the index, at about half their cost on a large store (`bulk_load` returns
        them for less)."""
        facts = self.fact_count()
        indexed = self._count(quad_count_query(index.INDEX_GRAPH.value))
        return len(self.store) - facts - indexed, facts

    def _count(self, sparql: str) -> int:
        solution = next(iter(self.store.query(sparql)))  # type: ignore[arg-type]
        return int(solution["n"].value)

    def graph_names(self) -> list[str]:
        """IRIs of the named graphs (not the query index), sorted."""
        return sorted(self.existing_graphs())

    def existing_graphs(self) -> list[str]:
        """IRIs of the named graphs but the query index (cheap: no quad is read)."""
        return [
            g.value
            for g in self.store.named_graphs()
            if isinstance(g, ox.NamedNode) and g != index.INDEX_GRAPH
        ]

    def has_index(self) -> bool:
        """True if the store holds the query index (kg.store.index)."""
        return index.has_index(self.store)

    def query(self, sparql: str) -> Rows:
        """Run a SELECT query over the facts (the default graph)."""
        return select_rows(lambda: self.execute(sparql))

    def execute(self, sparql: str) -> object:
        """Run any query over the facts; pyoxigraph's result (solutions, boolean, triples)."""
        try:
            return self.store.query(sparql)
        except SyntaxError as exc:
            raise syntax_error(exc) from exc
        except OSError as exc:
            raise StoreError(f"query failed: {exc}") from exc

    def _do(self, action: Callable[[], object], what: str) -> None:
        try:
            action()
        except SyntaxError as exc:
            if what == "load":
                raise
            raise StoreError(f"{self.path}: cannot {what}: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot {what}: {exc}") from exc
