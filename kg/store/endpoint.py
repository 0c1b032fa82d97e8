"""SPARQL 1.1 endpoints: queries (SELECT, ASK, CONSTRUCT, DESCRIBE) and updates over HTTP.

URL conventions (`endpoint_urls`): give the server's base URL, or the query URL, or both
explicitly (`query_url`, `update_url`):

====================  ===========================  ===================================
server                base URL to give             query / update derived
====================  ===========================  ===================================
Oxigraph              ``http://host:7878``         /query, /update
Apache Jena Fuseki    ``http://host:3030/DATASET`` /DATASET/query, /DATASET/update
GraphDB, RDF4J        ``http://host:7200/repositories/ID``  itself, /statements
Virtuoso, Neptune     ``http://host:8890/sparql``  itself for both
====================  ===========================  ===================================

A URL ending in ``/query`` is taken as the query URL and its sibling ``/update`` is derived.

Writes go in batches of whole graphs, each request one transaction on the server: graphs
the server does not hold yet as one N-Quads POST to its Graph Store endpoint (Oxigraph:
/store) with their facts, else (and for graphs it holds) as SPARQL updates that replace them
and their share of the facts in the default graph (`kg.store.updates`); no staging graph, no
final ``MOVE``. Queries read the default graph (the facts):
do not configure a union default graph (Fuseki ``tdb2:unionDefaultGraph``), or queries will
see every article's copy of a shared triple.

A query that times out (``--timeout``) is not retried; the request also carries
``timeout`` for servers that honour it (Fuseki, GraphDB: seconds).
"""

from __future__ import annotations

import base64
import contextlib
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

import pyoxigraph as ox

from kg.errors import InputError, QueryError, StoreError
from kg.store.base import CountReads
from kg.store.index import HAS_INDEX, INDEX_GRAPH

if TYPE_CHECKING:
    from kg.store.rows import Rows

T = TypeVar("T")


def is_endpoint(spec: str) -> bool:
    """True if `spec` names an HTTP(S) endpoint rather than a file or directory."""
    return spec.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class EndpointUrls:
    """Where to send queries and updates."""

    query: str
    update: str
    timeout_param: bool = False  # Fuseki, GraphDB: `timeout` (seconds) on queries
    store: str | None = None  # Graph Store Protocol URL taking N-Quads (Oxigraph: /store)


def endpoint_urls(
    base: str,
    *,
    query_url: str | None = None,
    update_url: str | None = None,
) -> EndpointUrls:
    """Derive the query and update URLs from a server's base URL (see the module docstring);
    `query_url` and `update_url`, when given, are taken as they are."""
    parts = _checked(base)
    for url in (query_url, update_url):
        if url:
            _checked(url)
    path = parts.path.rstrip("/")
    root = urllib.parse.urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    segments = path.split("/")
    last = segments[-1]
    if path == "" or path == "/query":  # Oxigraph
        urls = EndpointUrls(f"{root}/query", f"{root}/update", store=f"{root}/store")
    elif "repositories" in segments[:-1] and segments[-2] == "repositories":  # GraphDB, RDF4J
        base_url = f"{root}{path}"
        urls = EndpointUrls(base_url, f"{base_url}/statements", True)
    elif last == "sparql":  # Virtuoso, Neptune
        urls = EndpointUrls(f"{root}{path}", f"{root}{path}")
    elif last == "query":  # Fuseki, query URL given
        parent = f"{root}{path.rsplit('/', 1)[0]}"
        urls = EndpointUrls(f"{parent}/query", f"{parent}/update", True)
    else:  # Fuseki dataset URL
        urls = EndpointUrls(f"{root}{path}/query", f"{root}{path}/update", True)
    return EndpointUrls(
        query_url or urls.query,
        update_url or urls.update,
        urls.timeout_param and not query_url,
        None if query_url or update_url else urls.store,
    )


def _checked(url: str) -> urllib.parse.SplitResult:
    """`url` split, if it is an http(s) URL without credentials; else `InputError`."""
    parts = urllib.parse.urlsplit(url)
    if parts.username or parts.password:
        raise InputError(
            "do not put credentials in the endpoint URL; use --user and --password-env"
        )
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{url}: not an http(s) endpoint URL")
    return parts


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


# Answers of a URL that is not the SPARQL service asked for (a Graph Store or update URL
# given as the query URL, a web page): method, result type or content type not accepted.
_NOT_THIS_SERVICE = (405, 406, 415)


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
    option = "--query-url" if action == "run the query" else "--update-url"
    fix = f"check the endpoint URL, or give the right one with {option}"
    if code == 404:
        return f"{url}: 404 Not Found: {fix}"
    if code in _NOT_THIS_SERVICE:
        return f"{url}: HTTP {code} while trying to {action}: {detail}; {fix}"
    if code is not None and code >= 500:
        return f"{url}: server error {code} while trying to {action}: {detail}"
    if code is not None:
        return f"{url}: HTTP {code} while trying to {action}: {detail}"
    if _is_timeout(exc):
        return f"{url}: timed out after {timeout:g} s while trying to {action}"
    if _is_refused(exc):
        return f"{url}: connection refused: is the server running?"
    return f"{url}: cannot {action}: {_short(getattr(exc, 'reason', exc))}"


QUERY_ACCEPT = (
    "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
    "application/sparql-results+xml;q=0.5"
)
_RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
}
_GRAPH_FORMATS = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


@dataclass
class Endpoint(CountReads):
    """A SPARQL 1.1 endpoint: queries (any form), updates, retries with bounded backoff."""

    urls: EndpointUrls
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 60.0
    retries: int = 3
    backoff: float = 0.5
    max_backoff: float = 4.0
    sleep: Callable[[float], None] = time.sleep
    _gsp_ok: bool = field(default=True, repr=False)  # the store URL takes N-Quads POSTs

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
                if _is_timeout(exc):  # never retried: the server may still be working on it
                    raise StoreError(
                        f"{url}: no answer in {self.timeout:g} s (--timeout) while trying to "
                        f"{action}; not retried (the server may still be running it)"
                    ) from exc
                if is_transient(exc) and attempt < self.retries:
                    self.sleep(min(self.max_backoff, self.backoff * 2**attempt))
                    continue
                code = _http_code(exc)
                message = describe_error(exc, url, action, self.timeout)
                if code == 400 and action == "run the query":
                    raise QueryError(f"the endpoint rejected the query: {message}") from exc
                raise StoreError(message) from exc
        raise AssertionError("unreachable")

    def _headers(self, **extra: str) -> dict[str, str]:
        headers = dict(extra)
        if self.user is not None:
            token = base64.b64encode(f"{self.user}:{self.password or ''}".encode()).decode()
            headers["Authorization"] = f"Basic {token}"
        return headers

    def execute(self, sparql: str) -> object:
        """Run any query over the endpoint's default graph (the facts); the answer parsed
        into pyoxigraph's result types (solutions, boolean, or a list of triples)."""
        form = {"query": sparql}
        if self.urls.timeout_param:
            form["timeout"] = f"{self.timeout:g}"
        body = urllib.parse.urlencode(form).encode("utf-8")
        headers = self._headers(
            Accept=QUERY_ACCEPT, **{"Content-Type": "application/x-www-form-urlencoded"}
        )
        request = urllib.request.Request(self.urls.query, data=body, headers=headers)

        def send() -> tuple[str, bytes]:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                kind = response.headers.get_content_type()
                return kind, response.read()

        kind, data = self._retrying(send, self.urls.query, "run the query")
        try:
            if kind in _RESULT_FORMATS:
                return ox.parse_query_results(data, format=_RESULT_FORMATS[kind])
            if kind in _GRAPH_FORMATS:
                return [q.triple for q in ox.parse(data, format=_GRAPH_FORMATS[kind])]
        except SyntaxError as exc:
            raise StoreError(f"{self.urls.query}: unreadable {kind} answer: {exc}") from exc
        raise StoreError(f"{self.urls.query}: unexpected answer of type {kind}")

    def query(self, sparql: str) -> Rows:
        """Run a SELECT query; rows hold lexical values as the server returns them."""
        from kg.store.embedded import select_rows

        return select_rows(lambda: self.execute(sparql))

    def update(self, sparql: str, action: str = "update the store") -> None:
        """Send one SPARQL Update request (atomic on the server)."""
        from SPARQLWrapper import POST, POSTDIRECTLY, SPARQLWrapper

        wrapper = SPARQLWrapper(self.urls.update)
        wrapper.setTimeout(int(max(1, self.timeout)))
        if self.user is not None:
            wrapper.setCredentials(self.user, self.password or "")
        wrapper.setMethod(POST)
        wrapper.setRequestMethod(POSTDIRECTLY)
        wrapper.setQuery(sparql)
        self._retrying(lambda: wrapper.query().response.read(), self.urls.update, action)

    # Target interface (see kg.store.base) -------------------------------------------------

    def apply(self, update: str) -> None:
        """Send one update of a load (one transaction on the server)."""
        self.update(update, "load a batch")

    def replace(self, graphs: dict[ox.NamedNode, list[ox.Quad]]) -> None:
        """Replace whole graphs and their share of the facts in ONE request."""
        from kg.store import updates

        triples = {g: [q.triple for q in quads] for g, quads in graphs.items()}
        if triples:
            self.apply(updates.replace(triples))

    def add(self, graphs: dict[ox.NamedNode, list[ox.Triple]]) -> None:
        """Add graphs the endpoint does not hold yet, with their facts, in ONE request: an
        N-Quads POST to the Graph Store Protocol URL where the server has one (Oxigraph
        parses it natively, one transaction), else an ``INSERT DATA`` update."""
        from kg.store import updates

        if self.urls.store is not None and self._gsp_ok:
            body = ox.serialize(updates.with_facts(graphs), format=ox.RdfFormat.N_QUADS)
            if self._post_nquads(body):
                return
        body_update = updates.insert(graphs)
        if body_update:
            self.apply(body_update)

    def bulk_add(self, body: bytes) -> bool:
        """POST N-Quads of graphs new to the server, facts included, to its Graph Store
        endpoint with ``no_transaction``: an Oxigraph server then writes them with its bulk
        loader (sorted files ingested at once) instead of a transaction of single writes.
        For a server that holds none of kg's graphs (`kg load` checks), where nothing is
        replaced. False if the server has no store URL or no such service (nothing was
        written)."""
        if self.urls.store is None or not self._gsp_ok:
            return False
        return self._post_nquads(body, f"{self.urls.store}?no_transaction")

    def _post_nquads(self, body: bytes, url: str | None = None) -> bool:
        """POST N-Quads to the store URL; False (and updates from then on) if the server
        has no such service (404, 405, 415)."""
        url = url or self.urls.store
        assert url is not None
        headers = self._headers(**{"Content-Type": "application/n-quads"})
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")

        def send() -> None:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()

        try:
            self._retrying(send, url, "load a batch")
        except StoreError as exc:
            if _http_code(exc.__cause__ or exc) in (404, 405, 415):
                self._gsp_ok = False
                return False
            raise
        return True

    def _count(self, sparql: str) -> int:
        rows = self.query(sparql)
        return int(rows.rows[0][0]) if rows.rows else 0

    def existing_graphs(self) -> list[str]:
        """IRIs of the named graphs (``GRAPH ?g {}``: no quad is read)."""
        rows = self.query("SELECT ?g WHERE { GRAPH ?g { } }").rows
        return [r[0] for r in rows if r[0] != INDEX_GRAPH.value]

    def graph_names(self) -> list[str]:
        """IRIs of the named graphs (not the query index), sorted."""
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return sorted(r[0] for r in rows.rows if r[0] != INDEX_GRAPH.value)

    def has_index(self) -> bool:
        """True if the endpoint holds the query index in this layout (kg.store.index)."""
        return bool(self.query(HAS_INDEX).rows)
