"""`kg query`: run SPARQL over a graph source and format the rows.

A source is a graph file (Turtle, N-Triples, JSON-LD, TriG, N-Quads), an Oxigraph store
directory, or an http(s) SPARQL endpoint. All three run the query with the union of the
named graphs as the default graph and give the same rows (lexical values). The query is a
`.rq` path, the name of a canned query shipped with kg (`roles`, `statements`, ...), or
inline SPARQL.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from rdflib import Dataset
from rdflib.query import Result

from kg.errors import InputError, QueryError
from kg.resources import read_query
from kg.store.rows import Rows

if TYPE_CHECKING:
    from kg.store.load import Connection

T = TypeVar("T")

FORMATS_BY_SUFFIX = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".nt": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".trig": "trig",
    ".nq": "nquads",
}


def resolve_query(query: str) -> str:
    """SPARQL text from a `.rq` path, a canned query name (`roles`), or inline SPARQL."""
    if query.endswith(".rq"):
        path = Path(query)
        if path.exists():
            return path.read_text(encoding="utf-8")
        if "/" in query or "\\" in query:
            raise InputError(f"{query}: no such query file")
    if query.removesuffix(".rq").replace("-", "_").isidentifier():
        return read_query(query)
    return query


def load_graph(source: str | Path) -> Dataset:
    """Parse a graph file into a Dataset (named graphs kept, default graph as union)."""
    path = Path(source)
    if not path.exists():
        raise InputError(f"{path}: no such graph file")
    fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"{path}: unknown graph format; use one of {', '.join(sorted(FORMATS_BY_SUFFIX))}"
        )
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(path, format=fmt)
    except Exception as exc:  # rdflib's parsers raise many types
        raise InputError(f"{path}: cannot parse as {fmt}: {exc}") from exc
    return dataset


def run_query(
    source: str | Path,
    query: str,
    *,
    connection: Connection | None = None,
    prompt: Callable[[str], str] | None = None,
    timeout: float | None = None,
) -> Rows:
    """Run a SELECT query (path, canned name or text) over a graph file, a store directory
    or an endpoint URL (reached with `connection`'s account and URLs).

    `timeout` (seconds) bounds a query over a file or store: past it, `QueryError`. An
    endpoint's requests are bounded by `connection.timeout`.
    """
    from kg.store.embedded import is_store_dir, query_file
    from kg.store.endpoint import is_endpoint
    from kg.store.load import open_target

    sparql = resolve_query(query)
    if is_endpoint(str(source)) or is_store_dir(Path(source)):
        extra = {"prompt": prompt} if prompt is not None else {}
        target = open_target(source, connection=connection, create=False, read_only=True, **extra)
        try:
            if is_endpoint(str(source)):
                return target.query(sparql)
            return with_timeout(lambda: target.query(sparql), timeout)
        finally:
            target.close()
    if Path(source).is_dir():
        raise InputError(f"{source}: not a graph file nor an Oxigraph store directory")
    if not Path(source).exists():
        raise InputError(f"{source}: no such graph file, store directory or endpoint")
    return with_timeout(lambda: query_file(source, sparql), timeout)


def with_timeout(work: Callable[[], T], timeout: float | None) -> T:
    """Run `work`, giving up with `QueryError` after `timeout` seconds. The work runs in a
    daemon thread that cannot be interrupted: it is abandoned and ends with the process."""
    if timeout is None:
        return work()
    if timeout <= 0:
        raise QueryError(f"the timeout must be positive, not {timeout:g}")
    outcome: list[tuple[bool, object]] = []

    def target() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # re-raised in the caller's thread
            outcome.append((False, exc))

    thread = threading.Thread(target=target, name="kg-query", daemon=True)
    thread.start()
    thread.join(timeout)
    if not outcome:
        raise QueryError(
            f"the query did not finish in {timeout:g} s; add a LIMIT, narrow it, or raise --timeout"
        )
    ok, value = outcome[0]
    if not ok:
        raise value  # type: ignore[misc]
    return value  # type: ignore[return-value]


def _rows(result: Result) -> Rows:
    if result.type != "SELECT":
        raise QueryError("only SELECT queries are supported by kg query")
    columns = [str(v) for v in result.vars or []]
    rows = [["" if value is None else str(value) for value in row] for row in result]
    return Rows(columns, rows)
