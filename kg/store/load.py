"""`kg load`: put a graph file into a store directory or a SPARQL endpoint (a `Target`).

Every named graph in the file replaces the graph of the same IRI in the target, with its
share of the facts in the default graph (the layout: `kg.store.updates`, docs/store.md).
The triples of a Turtle, N-Triples or JSON-LD file go to the graph of the kg article they
hold (`kg.store.files.file_graph`), or to `--graph`.

An empty embedded store is filled by Oxigraph's bulk loader. Otherwise quads are sent in
batches of whole graphs: the graphs the target holds already in one SPARQL Update per batch
(forget, then insert: one transaction), the new ones by `Target.add` (one transaction:
`Store.extend`, or an N-Quads POST to an Oxigraph server's Graph Store endpoint). A graph
whose quads are contiguous in the file, as in TriG and in kg's N-Quads, is written at once;
nothing is staged and an interrupted load leaves no extra graph behind.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import InputError, StoreError
from kg.progress import progress_bar
from kg.store import index, updates
from kg.store.base import Target
from kg.store.embedded import EmbeddedStore
from kg.store.endpoint import Endpoint, endpoint_urls, is_endpoint
from kg.store.files import (
    QUAD_FORMATS,
    NotCanonical,
    canonical_chunks,
    check_graph_iri,
    file_graph,
    parse_file,
    rdf_format,
)

if TYPE_CHECKING:
    pass

DEFAULT_BATCH = 10_000
BULK_POST = 1 << 24  # bytes of the file per bulk POST to an empty server (with its facts: x2)
SPLIT = 10  # a graph larger than SPLIT batches is sent in several requests (bounded memory)


@dataclass(frozen=True)
class Connection:
    """How to reach an endpoint: explicit URLs, account, timeout. Ignored for directories."""

    query_url: str | None = None
    update_url: str | None = None
    user: str | None = None
    password_env: str | None = None
    timeout: float = 60.0
    retries: int = 3


def read_password(
    user: str | None, password_env: str | None, prompt: Callable[[str], str]
) -> str | None:
    """The password of `user`: from the environment variable `password_env`, else a prompt."""
    if password_env is not None:
        if user is None:
            raise InputError("--password-env needs --user")
        value = os.environ.get(password_env)
        if value is None:
            raise InputError(f"environment variable {password_env} is not set")
        return value
    if user is None:
        return None
    return prompt(f"Password for {user}: ")


def open_target(
    spec: str | Path,
    *,
    connection: Connection | None = None,
    create: bool = True,
    read_only: bool = False,
    prompt: Callable[[str], str] = getpass.getpass,
) -> Target:
    """An `Endpoint` for an http(s) URL, else the `EmbeddedStore` in directory `spec`."""
    conn = connection or Connection()
    if is_endpoint(str(spec)):
        urls = endpoint_urls(str(spec), query_url=conn.query_url, update_url=conn.update_url)
        password = read_password(conn.user, conn.password_env, prompt)
        return Endpoint(
            urls, user=conn.user, password=password, timeout=conn.timeout, retries=conn.retries
        )
    return EmbeddedStore.open(spec, create=create, read_only=read_only)


def _has_blank(quad: ox.Quad) -> bool:
    return isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode)


@dataclass
class LoadResult:
    """What a load did: graphs replaced, quads read, where they went, what the target holds."""

    target: str
    graphs: list[str]
    quads: int
    total: int
    facts: int = 0

    def render(self) -> str:
        if len(self.graphs) == 1:
            replaced = f"graph <{self.graphs[0]}>"
        else:
            shown = ", ".join(f"<{g}>" for g in self.graphs[:2])
            more = ", …" if len(self.graphs) > 2 else ""
            replaced = f"{len(self.graphs)} graphs ({shown}{more})"
        return (
            f"Loaded {self.quads} quads into {self.target}, replacing {replaced} "
            f"(now {self.total} quads in named graphs, {self.facts} facts)."
        )


def named_quads(quads: Iterable[ox.Quad], graph: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
    """The quads, all in `graph` when given; a triple outside any named graph is an error."""
    for quad in quads:
        name = graph or quad.graph_name
        if isinstance(name, ox.DefaultGraph):
            raise InputError(
                "the file has triples outside any named graph; pass --graph IRI to name "
                "the graph they replace"
            )
        if isinstance(name, ox.BlankNode):
            raise InputError("blank-node graph names cannot be replaced; pass --graph IRI")
        yield quad if graph is None else ox.Quad(quad.subject, quad.predicate, quad.object, name)


def replace_graphs(
    target: Target,
    quads: Iterable[ox.Quad],
    *,
    graph: str | None = None,
    batch_size: int = DEFAULT_BATCH,
) -> tuple[list[ox.NamedNode], int]:
    """Replace the target's graphs named in `quads` (or all into `graph`), batch by batch.

    A batch closes at a graph boundary once it holds `batch_size` quads; a graph is split
    only past SPLIT batches. Quads with blank nodes are kept back and sent with the end of
    their graph, so that no blank node is split. Returns the graphs and the quads read.
    """
    if batch_size < 1:
        raise InputError("--batch-size must be at least 1")
    into = check_graph_iri(graph) if graph else None
    existing = set(target.existing_graphs())  # only these need their old triples forgotten
    started: set[ox.NamedNode] = set()
    order: dict[ox.NamedNode, None] = {}
    buffer: dict[ox.NamedNode, list[ox.Triple]] = {}
    blanks: dict[ox.NamedNode, list[ox.Triple]] = {}
    size = count = 0
    last: ox.NamedNode | None = None

    def flush(graphs: dict[ox.NamedNode, list[ox.Triple]]) -> None:
        new = [g for g in graphs if g not in started]
        old = [g for g in new if g.value in existing]
        if old:  # forget what they held and write them anew: one SPARQL Update
            target.apply(updates.replace({g: graphs[g] for g in old}, old))
        rest = {g: triples for g, triples in graphs.items() if g not in old}
        if rest:  # new to the target, or the rest of a graph replaced in this load
            target.add(rest)
        started.update(new)

    for quad in named_quads(quads, into):
        name: ox.NamedNode = quad.graph_name  # type: ignore[assignment]
        if size >= batch_size and (name != last or size >= SPLIT * batch_size):
            flush(buffer)
            buffer, size = {}, 0
        order[name] = None
        (blanks if _has_blank(quad) else buffer).setdefault(name, []).append(quad.triple)
        size += 1
        count += 1
        last = name
    if buffer:
        flush(buffer)
    for name, triples in blanks.items():
        flush({name: triples})
    return list(order), count


def bulk_post(
    endpoint: Endpoint, path: Path, on_bytes: Callable[[int], None] | None = None
) -> tuple[int, list[str]] | None:
    """Load a canonical N-Quads file into a server that holds no named graph yet: chunks of
    its lines, each followed by the same lines without their graph names (the facts), POSTed
    as they are to the server's bulk loader (`Endpoint.bulk_add`): no parsing in Python, no
    transaction of single writes, and the server's memory bounded by a chunk. Returns (quads,
    graphs), or None — nothing loaded — when the server holds graphs (they must be replaced,
    not added to), has no bulk service, or the file is not canonical from its first chunk.
    If the file turns out not canonical after some chunks went, the load is done again
    through the checked path, which replaces what the chunks wrote."""
    if endpoint.urls.store is None or endpoint.existing_graphs():
        return None
    count = 0
    try:
        for chunk, facts, lines in canonical_chunks(path, BULK_POST, blank_nodes=False):
            if not endpoint.bulk_add(chunk + facts):
                return None if count == 0 else _unsupported(endpoint)
            count += lines
            if on_bytes:
                on_bytes(len(chunk))
    except NotCanonical:
        return None
    return count, sorted(endpoint.existing_graphs())


def _unsupported(endpoint: Endpoint) -> None:
    raise StoreError(f"{endpoint.urls.store}: the server stopped taking N-Quads POSTs mid-load")


def load(
    graph_file: str | Path,
    target: str | Path,
    *,
    graph: str | None = None,
    batch_size: int = DEFAULT_BATCH,
    connection: Connection | None = None,
    quiet: bool = False,
    prompt: Callable[[str], str] = getpass.getpass,
) -> LoadResult:
    """Load `graph_file` into the store directory or endpoint `target` (see module doc)."""
    path = Path(graph_file)
    into = check_graph_iri(graph) if graph else None
    if batch_size < 1:
        raise InputError("--batch-size must be at least 1")
    if not path.is_file():
        raise InputError(f"{path}: no such graph file")
    if not is_endpoint(str(target)) and Path(target).resolve() == path.resolve():
        raise InputError(f"{target}: the target must be a store directory or an endpoint URL")
    fmt = rdf_format(path)
    if into is None and fmt not in QUAD_FORMATS:
        into = file_graph(path)
    opened = open_target(target, connection=connection, prompt=prompt)
    try:
        size = path.stat().st_size
        counts: tuple[int, int] | None = None  # (quads, facts), when the load counted them
        with progress_bar(f"Loading {path.name}", size, quiet=quiet, unit="bytes") as advance:
            if isinstance(opened, EmbeddedStore) and opened.is_empty():
                count, counts = opened.bulk_load(
                    path,
                    lambda: named_quads(parse_file(path, on_bytes=advance), into),
                    on_bytes=advance,
                    fast=into is None,
                )
                names = opened.graph_names()
            else:
                bulk = None
                if isinstance(opened, Endpoint) and into is None and fmt == ox.RdfFormat.N_QUADS:
                    bulk = bulk_post(opened, path, advance)
                if bulk is not None:
                    count, names = bulk
                else:
                    graphs, count = replace_graphs(
                        opened,
                        parse_file(path, on_bytes=advance),
                        graph=into.value if into else None,
                        batch_size=batch_size,
                    )
                    names = [g.value for g in graphs]
        if isinstance(opened, Endpoint):
            index.refresh(opened)  # the canned queries' index follows the facts (one update)
            total, facts = opened.quad_count(), opened.fact_count()
            return LoadResult(opened.urls.update, names, count, total, facts)
        total, facts = counts or opened.counts()  # the index is not counted: read them first
        index.refresh(opened)
        return LoadResult(opened.description, names, count, total, facts)
    finally:
        opened.close()
