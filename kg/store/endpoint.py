"""SPARQL 1.1 endpoints: queries and updates with SPARQLWrapper, uploads with the Graph Store
HTTP Protocol (GSP) where the server has one.

URL conventions (`endpoint_urls`): give the server's base URL, or the query URL, or all three
explicitly (`query_url`, `update_url`, `store_url`):

====================  ===========================  ===================================
server                base URL to give             query / update / GSP derived
====================  ===========================  ===================================
Oxigraph              ``http://host:7878``         /query, /update, /store
Apache Jena Fuseki    ``http://host:3030/DATASET`` /DATASET/query, /update, /data
GraphDB, RDF4J        ``http://host:7200/repositories/ID``  itself, /statements, /rdf-graphs/service
Virtuoso, Neptune     ``http://host:8890/sparql``  itself for both; no GSP
====================  ===========================  ===================================

A URL ending in ``/query`` is taken as the query URL and its siblings ``/update`` and
``/store`` (Oxigraph, when the path is just ``/query``) or ``/data`` (Fuseki) are derived.

Atomic replace with batches: each batch goes to a staging graph (GSP ``POST`` when available,
else ``INSERT DATA``), then ONE update request ``MOVE GRAPH <staging> TO GRAPH <target>``
(one ``MOVE`` per graph, all in the same request) swaps the new graphs in. A failed batch
leaves the targets untouched and the staging graphs are dropped. ``MOVE`` is never ``SILENT``:
``MOVE SILENT`` from a missing graph would drop the target. Loads that fit in one batch are
sent as one ``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> {...} }`` request.
The default graph that queries see must be the union of the named graphs: Oxigraph gets the
``union-default-graph`` parameter; Fuseki needs ``tdb2:unionDefaultGraph true``; GraphDB,
Virtuoso and Neptune do this by default.
"""

from __future__ import annotations

import base64
import contextlib
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

import pyoxigraph as ox

from kg.errors import InputError, QueryError, StoreError

if TYPE_CHECKING:
    from kg.store.rows import Rows

T = TypeVar("T")
STAGING_PREFIX = "urn:kg:staging:"
NO_GSP_CODES = frozenset({404, 405, 415, 501})


def is_endpoint(spec: str) -> bool:
    """True if `spec` names an HTTP(S) endpoint rather than a file or directory."""
    return spec.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class EndpointUrls:
    """Where to send queries, updates and GSP requests (store_url None: no GSP)."""

    query: str
    update: str
    store: str | None = None
    union_param: bool = False  # Oxigraph: add ?union-default-graph to queries


def endpoint_urls(
    base: str,
    *,
    query_url: str | None = None,
    update_url: str | None = None,
    store_url: str | None = None,
) -> EndpointUrls:
    """Derive the query/update/GSP URLs from a server's base URL (see the module docstring)."""
    parts = urllib.parse.urlsplit(base)
    if parts.username or parts.password:
        raise InputError(
            "do not put credentials in the endpoint URL; use --user and --password-env"
        )
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{base}: not an http(s) endpoint URL")
    path = parts.path.rstrip("/")
    root = urllib.parse.urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    segments = path.split("/")
    last = segments[-1]
    if path == "" or path == "/query":  # Oxigraph
        urls = EndpointUrls(f"{root}/query", f"{root}/update", f"{root}/store", union_param=True)
    elif "repositories" in segments[:-1] and segments[-2] == "repositories":  # GraphDB, RDF4J
        base_url = f"{root}{path}"
        urls = EndpointUrls(base_url, f"{base_url}/statements", f"{base_url}/rdf-graphs/service")
    elif last == "sparql":  # Virtuoso, Neptune
        urls = EndpointUrls(f"{root}{path}", f"{root}{path}")
    elif last == "query":  # Fuseki, query URL given
        parent = f"{root}{path.rsplit('/', 1)[0]}"
        urls = EndpointUrls(f"{parent}/query", f"{parent}/update", f"{parent}/data")
    else:  # Fuseki dataset URL
        urls = EndpointUrls(f"{root}{path}/query", f"{root}{path}/update", f"{root}{path}/data")
    return EndpointUrls(
        query_url or urls.query,
        update_url or urls.update,
        store_url or urls.store,
        urls.union_param and query_url is None,
    )


def _short(text: object, limit: int = 300) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _http_code(exc: BaseException) -> int | None:
    from SPARQLWrapper.SPARQLExceptions import (
        EndPointInternalError,
        EndPointNotFound,
        QueryBadFormed,
        Unauthorized,
        URITooLong,
    )

    if isinstance(exc, urllib.error.HTTPError):
        return exc.code
    codes = {
        Unauthorized: 401,
        EndPointNotFound: 404,
        QueryBadFormed: 400,
        URITooLong: 414,
        EndPointInternalError: 500,
    }
    return next((code for kind, code in codes.items() if isinstance(exc, kind)), None)


def _is_timeout(exc: BaseException) -> bool:
    reason = getattr(exc, "reason", None)
    return isinstance(exc, TimeoutError | socket.timeout) or isinstance(
        reason, TimeoutError | socket.timeout
    )


def _is_refused(exc: BaseException) -> bool:
    reason = getattr(exc, "reason", exc)
    return isinstance(reason, ConnectionRefusedError | ConnectionResetError)


def is_transient(exc: BaseException) -> bool:
    """Worth retrying: refused or reset connections, timeouts, 5xx answers."""
    code = _http_code(exc)
    if code is not None:
        return code >= 500
    return _is_refused(exc) or _is_timeout(exc)


def describe_error(exc: BaseException, url: str, action: str, timeout: float) -> str:
    """A one-line explanation of a failed request, naming the URL (never credentials)."""
    code = _http_code(exc)
    detail = _short(getattr(exc, "msg", "") or exc)
    if isinstance(exc, urllib.error.HTTPError):
        with contextlib.suppress(Exception):  # the body may be gone already
            detail = _short(exc.read().decode("utf-8", "replace")) or detail
    if code == 401:
        return f"{url}: 401 Unauthorized: check --user and --password-env"
    if code == 403:
        return f"{url}: 403 Forbidden: this account may not {action}"
    if code == 404:
        return f"{url}: 404 Not Found: check the endpoint URL (--query-url/--update-url)"
    if code is not None and code >= 500:
        return f"{url}: server error {code} while trying to {action}: {detail}"
    if code is not None:
        return f"{url}: HTTP {code} while trying to {action}: {detail}"
    if _is_timeout(exc):
        return f"{url}: timed out after {timeout:g} s while trying to {action}"
    if _is_refused(exc):
        return f"{url}: connection refused: is the server running?"
    return f"{url}: cannot {action}: {_short(getattr(exc, 'reason', exc))}"


@dataclass
class Endpoint:
    """A SPARQL 1.1 endpoint: `query`, `update`, GSP uploads, retries with bounded backoff."""

    urls: EndpointUrls
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 60.0
    retries: int = 3
    backoff: float = 0.5
    max_backoff: float = 4.0
    sleep: Callable[[float], None] = time.sleep
    use_gsp: bool = True

    @property
    def description(self) -> str:
        return self.urls.query

    def close(self) -> None:
        """Nothing to release (one HTTP connection per request)."""

    # Requests -----------------------------------------------------------------------------

    def _retrying(self, request: Callable[[], T], url: str, action: str) -> T:
        for attempt in range(self.retries + 1):
            try:
                return request()
            except (QueryError, StoreError):
                raise
            except Exception as exc:
                if is_transient(exc) and attempt < self.retries:
                    self.sleep(min(self.max_backoff, self.backoff * 2**attempt))
                    continue
                code = _http_code(exc)
                message = describe_error(exc, url, action, self.timeout)
                if code == 400 and action == "run the query":
                    raise QueryError(f"the endpoint rejected the query: {message}") from exc
                raise StoreError(message) from exc
        raise AssertionError("unreachable")

    def _wrapper(self, url: str):  # -> SPARQLWrapper
        from SPARQLWrapper import SPARQLWrapper

        wrapper = SPARQLWrapper(url)
        wrapper.setTimeout(int(max(1, self.timeout)))
        if self.user is not None:
            wrapper.setCredentials(self.user, self.password or "")
        return wrapper

    def query(self, sparql: str) -> Rows:
        """Run a SELECT query; rows hold lexical values as the server returns them."""
        from SPARQLWrapper import JSON, POST, SELECT

        from kg.store.rows import Rows

        if not _is_select(sparql):
            raise QueryError("only SELECT queries are supported by kg query")
        wrapper = self._wrapper(self.urls.query)
        wrapper.setQuery(sparql)
        wrapper.queryType = SELECT  # its own guess reads comments ("# ask ...")
        wrapper.setMethod(POST)
        wrapper.setReturnFormat(JSON)
        if self.urls.union_param:
            wrapper.addParameter("union-default-graph", "true")

        def run() -> dict:
            return wrapper.queryAndConvert()  # type: ignore[return-value]

        data = self._retrying(run, self.urls.query, "run the query")
        if isinstance(data, dict) and "boolean" in data:
            raise QueryError("only SELECT queries are supported by kg query")
        if not isinstance(data, dict) or "results" not in data:
            raise StoreError(f"{self.urls.query}: not a SPARQL JSON SELECT result")
        columns = list(data.get("head", {}).get("vars", []))
        rows = [
            [binding.get(c, {}).get("value", "") for c in columns]
            for binding in data["results"]["bindings"]
        ]
        return Rows(columns, rows)

    def update(self, sparql: str, action: str = "update the store") -> None:
        """Send one SPARQL Update request (atomic on the server)."""
        from SPARQLWrapper import POST, POSTDIRECTLY

        wrapper = self._wrapper(self.urls.update)
        wrapper.setMethod(POST)
        wrapper.setRequestMethod(POSTDIRECTLY)
        wrapper.setQuery(sparql)
        self._retrying(lambda: wrapper.query().response.read(), self.urls.update, action)

    def gsp_post(self, graph: ox.NamedNode, triples: Sequence[ox.Triple]) -> bool:
        """Add triples to `graph` with a GSP POST; False if the server has no GSP."""
        if not self.use_gsp or self.urls.store is None:
            return False
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
        query = urllib.parse.urlencode({"graph": graph.value})
        url = f"{self.urls.store}?{query}"
        headers = {"Content-Type": "application/n-triples"}
        if self.user is not None:
            token = base64.b64encode(f"{self.user}:{self.password or ''}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        request = urllib.request.Request(url, data=body, method="POST", headers=headers)

        def send() -> bool:
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    response.read()
                return True
            except urllib.error.HTTPError as exc:
                if exc.code in NO_GSP_CODES:
                    return False
                raise

        if self._retrying(send, self.urls.store, "upload a batch"):
            return True
        self.use_gsp = False
        return False

    # Target interface (see kg.store.base) -------------------------------------------------------

    def write_batch(self, quads: Sequence[ox.Quad]) -> None:
        """Add quads to their (staging) graphs: GSP POST per graph, or one INSERT DATA."""
        by_graph: dict[ox.NamedNode, list[ox.Triple]] = {}
        for q in quads:
            by_graph.setdefault(q.graph_name, []).append(q.triple)  # type: ignore[arg-type]
        if self.use_gsp and self.urls.store is not None:
            pending = {g: t for g, t in by_graph.items() if not self.gsp_post(g, t)}
        else:
            pending = by_graph
        if pending:
            blocks = [_graph_block(g, t) for g, t in pending.items()]
            self.update("INSERT DATA {\n" + "\n".join(blocks) + "\n}", "upload a batch")

    def swap(self, pairs: Sequence[tuple[ox.NamedNode, ox.NamedNode]]) -> None:
        """Move each staging graph onto its target in ONE update request (atomic)."""
        ops = [f"MOVE GRAPH {s} TO GRAPH {t}" for s, t in pairs]
        self.update(" ;\n".join(ops), "replace graphs")

    def replace(self, graphs: dict[ox.NamedNode, list[ox.Quad]]) -> None:
        """Replace whole graphs in ONE request: DROP SILENT GRAPH + INSERT DATA per graph."""
        ops = []
        for graph, quads in graphs.items():
            ops.append(f"DROP SILENT GRAPH {graph}")
            ops.append("INSERT DATA {\n" + _graph_block(graph, [q.triple for q in quads]) + "\n}")
        self.update(" ;\n".join(ops), "replace graphs")

    def discard(self, graphs: Sequence[ox.NamedNode]) -> None:
        """Drop staging graphs (best effort: the load has failed already)."""
        if not graphs:
            return
        with contextlib.suppress(StoreError):
            self.update(" ;\n".join(f"DROP SILENT GRAPH {g}" for g in graphs), "drop staging")

    def quad_count(self, graph: str | None = None) -> int:
        """Quads in all named graphs, or in one."""
        scope = f"<{graph}>" if graph else "?g"
        rows = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {scope} {{ ?s ?p ?o }} }}")
        return int(rows.rows[0][0]) if rows.rows else 0

    def graph_names(self) -> list[str]:
        """IRIs of the named graphs, sorted."""
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r[0] for r in rows.rows)


def _is_select(sparql: str) -> bool:
    """False for ASK/CONSTRUCT/DESCRIBE (parsed locally by Oxigraph on an empty store);
    True for SELECT and for text Oxigraph cannot parse (vendor syntax: the server decides)."""
    try:
        return isinstance(ox.Store().query(sparql), ox.QuerySolutions)
    except (SyntaxError, OSError, ValueError):
        return True


def _graph_block(graph: ox.NamedNode, triples: Sequence[ox.Triple]) -> str:
    """``GRAPH <g> { s p o . ... }`` (pyoxigraph terms print as N-Triples, valid SPARQL)."""
    body = "\n".join(f"{t.subject} {t.predicate} {t.object} ." for t in triples)
    return f"GRAPH {graph} {{\n{body}\n}}"
