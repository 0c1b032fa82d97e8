"""`kg query`: run SPARQL over a graph source.

A source is a graph file (Turtle, N-Triples, JSON-LD, TriG, N-Quads), an Oxigraph store
directory, or an http(s) SPARQL endpoint. All three answer over the facts: the triples of
all the named graphs, once each, as the default graph (in a store and on an endpoint kg
keeps them in the default graph, see docs/store.md; a file is laid out the same way in
memory), so they give the same rows. Any query form runs (`execute`): SELECT, ASK,
CONSTRUCT, DESCRIBE. The query is a `.rq` path, the name of a canned query shipped with kg
(`roles`, `statements`, ...), or inline SPARQL.

SERVICE clauses make the embedded engine call other servers over HTTP: a query over a file
or store that has one is refused unless `allow_service` (``kg query --allow-service``).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from kg.errors import InputError, QueryError
from kg.resources import read_query
from kg.store.rows import Rows

if TYPE_CHECKING:
    from kg.store.load import Connection

T = TypeVar("T")
# What SPARQL text holds besides keywords: comments, strings, IRIs, variables, prefixed names.
_NOT_KEYWORDS = re.compile(
    r"#[^\n]*|'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\""
    r"|<[^<>\s]*>|[?$]\w+|[\w.-]*:[\w.-]*",
    re.DOTALL,
)
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)
# An update's first keyword after its prologue (prefixed names and IRIs already blanked)
_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX|BASE)\s+)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)


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


def canned_name(query: str) -> str | None:
    """The name of the canned query `query` names (``roles``, ``roles.rq``), else None (a
    path to a file or inline SPARQL)."""
    if query.endswith(".rq") and (Path(query).exists() or "/" in query or "\\" in query):
        return None
    stem = query.removesuffix(".rq")
    return stem if stem.replace("-", "_").isidentifier() else None


def for_source(query: str, sparql: str, has_index: Callable[[], bool]) -> str:
    """The text to run: a canned query's index-reading form (kg.resources.indexed_query)
    when the source has the query index, else `sparql` as resolved."""
    from kg.resources import indexed_query

    name = canned_name(query)
    indexed = indexed_query(name) if name is not None else None
    return indexed if indexed is not None and has_index() else sparql


def has_service(sparql: str) -> bool:
    """True if the query has a SERVICE clause (the keyword outside strings, IRIs, comments)."""
    return bool(_SERVICE.search(_NOT_KEYWORDS.sub(" ", sparql)))


def update_keyword(sparql: str) -> str | None:
    """The operation (`INSERT`, `DELETE`, `DROP` ...) if `sparql` is a SPARQL Update, not a
    query; None for a query. Read past the prologue and outside strings, IRIs, comments."""
    found = _UPDATE.match(_NOT_KEYWORDS.sub(" ", sparql))
    return found.group(1).upper() if found else None


def execute(
    source: str | Path,
    query: str,
    *,
    connection: Connection | None = None,
    prompt: Callable[[str], str] | None = None,
    timeout: float | None = None,
    allow_service: bool = False,
    rows: bool = False,
    printed: str | None = None,
) -> object:
    """Run a query (path, canned name or text) of any form over a graph file, a store
    directory or an endpoint URL (reached with `connection`'s account and URLs). Returns
    `Solutions` (SELECT) — or, with `rows`, the answer's `Rows` of lexical values, read for
    less (`kg.store.embedded.select_rows`); with `printed` (json, xml, csv or tsv), the
    answer printed in that format by the engine (`kg.store.results.print_solutions`) —, a
    `pyoxigraph.QueryBoolean` (ASK) or a list of triples.

    `timeout` (seconds) bounds a query over a file or store: past it, `QueryError`. An
    endpoint's requests are bounded by `connection.timeout`.
    """
    from kg.store.embedded import EmbeddedStore, is_store_dir
    from kg.store.endpoint import is_endpoint
    from kg.store.load import open_target

    sparql = resolve_query(query)
    operation = update_keyword(sparql)
    if operation is not None:  # the engine would say "expected CONSTRUCT"
        raise QueryError(
            f"this is a SPARQL update ({operation}), not a query: kg query only reads "
            "(to change a store, use kg build or kg load)"
        )
    if is_endpoint(str(source)):
        extra = {"prompt": prompt} if prompt is not None else {}
        target = open_target(source, connection=connection, read_only=True, **extra)
        sparql = for_source(query, sparql, target.has_index)  # type: ignore[attr-defined]
        _check_index(target, sparql, str(source))
        return _read(lambda: target.execute(sparql), rows, printed)
    if has_service(sparql) and not allow_service:
        raise QueryError(
            "the query has a SERVICE clause, which would call another server over HTTP; "
            "pass --allow-service to run it"
        )
    if is_store_dir(Path(source)):
        store = EmbeddedStore.open(source, create=False, read_only=True)
        try:
            sparql = for_source(query, sparql, store.has_index)
            _check_index(store, sparql, str(source))
            run = partial(store.execute, sparql)
            return with_timeout(lambda: _read(run, rows, printed), timeout)
        finally:
            store.close()
    if Path(source).is_dir():
        raise InputError(f"{source}: not a graph file nor an Oxigraph store directory")
    if not Path(source).exists():
        raise InputError(f"{source}: no such graph file, store directory or endpoint")
    sparql = for_source(query, sparql, lambda: True)  # a file read by kg gets the index

    def on_file() -> object:
        from kg.store.embedded import memory_store

        store = memory_store(source)  # read inside the timeout
        return _read(lambda: _run_on(store, sparql), rows, printed)

    return with_timeout(on_file, timeout)


def _check_index(target: object, sparql: str, source: str) -> None:
    """Refuse a query that reads the query index (kg.store.index) on a store or endpoint
    that has none (written by an older kg, or by another tool): it would answer nothing."""
    from kg.store.index import uses_index

    if uses_index(sparql) and not target.has_index():  # type: ignore[attr-defined]
        raise QueryError(
            f"{source} has no query index, which this query reads (the graph kg load and "
            "kg build --store write for the canned queries, docs/store.md; a store written "
            "by an older kg has none): load or build into it again to write it"
        )


def run_query(
    source: str | Path,
    query: str,
    *,
    connection: Connection | None = None,
    prompt: Callable[[str], str] | None = None,
    timeout: float | None = None,
) -> Rows:
    """`execute` a SELECT query and return its `Rows` (lexical values, '' for unbound)."""
    result = execute(
        source, query, connection=connection, prompt=prompt, timeout=timeout, rows=True
    )
    if not isinstance(result, Rows):
        raise QueryError("this query is not a SELECT query; run it with kg query")
    return result


def _run_on(store: object, sparql: str) -> object:
    from kg.store.embedded import syntax_error

    try:
        return store.query(sparql)  # type: ignore[attr-defined]
    except SyntaxError as exc:
        raise syntax_error(exc) from exc


def _read(run: Callable[[], object], rows: bool, printed: str | None = None) -> object:
    """`run()`'s answer read out now (inside the timeout): a SELECT answer as `Rows` when
    `rows`, printed in the W3C format `printed` when that is one, else as `_materialised`
    reads it."""
    import pyoxigraph as ox

    from kg.store.embedded import select_rows, syntax_error
    from kg.store.results import RESULT_FORMATS, print_solutions

    printed = printed if printed in RESULT_FORMATS else None
    if not rows and printed is None:
        return _materialised(run())
    result = run()
    if not isinstance(result, ox.QuerySolutions):
        return _materialised(result)
    try:  # evaluation errors surface while the answer is read
        if printed is not None:
            return print_solutions(result, printed)
        return select_rows(run, result)
    except SyntaxError as exc:
        raise syntax_error(exc) from exc
    except OSError as exc:
        raise QueryError(f"query failed: {exc}") from exc


def _materialised(result: object) -> object:
    """Solutions and triples read out now (inside the timeout), not lazily after it."""
    import pyoxigraph as ox

    from kg.store.embedded import syntax_error

    try:
        if isinstance(result, ox.QuerySolutions):
            return Solutions.of(result)
        if isinstance(result, ox.QueryTriples):
            return list(result)
    except SyntaxError as exc:  # evaluation errors surface while iterating
        raise syntax_error(exc) from exc
    except OSError as exc:
        raise QueryError(f"query failed: {exc}") from exc
    return result


class Solutions(list):  # type: ignore[type-arg]
    """SELECT solutions read out of pyoxigraph, with their variables."""

    variables: list[object]

    @classmethod
    def of(cls, result: object) -> Solutions:
        solutions = cls(result)  # type: ignore[call-overload]
        solutions.variables = list(result.variables)  # type: ignore[attr-defined]
        return solutions


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
