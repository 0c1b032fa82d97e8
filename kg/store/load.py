"""`kg load`: put a graph file into a store directory or a SPARQL endpoint (a `Target`).

Every named graph in the file replaces the graph of the same IRI in the target, atomically
and all together: quads are sent in batches to staging graphs, then one request (one
transaction in the embedded store) moves them onto their targets. If anything fails before
that last step, the target is unchanged. See `kg.store.endpoint` and
`kg.store.embedded` for details.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import uuid4

import pyoxigraph as ox

from kg.errors import InputError
from kg.progress import progress_bar
from kg.store.base import Target
from kg.store.embedded import STAGING_PREFIX, EmbeddedStore, parse_file
from kg.store.endpoint import Endpoint, endpoint_urls, is_endpoint

if TYPE_CHECKING:
    pass

DEFAULT_BATCH = 10_000


@dataclass(frozen=True)
class Connection:
    """How to reach an endpoint: explicit URLs, account, timeout. Ignored for directories."""

    query_url: str | None = None
    update_url: str | None = None
    store_url: str | None = None
    user: str | None = None
    password_env: str | None = None
    timeout: float = 60.0
    retries: int = 3
    gsp: bool = True  # upload batches with the Graph Store Protocol when the server has it


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
        urls = endpoint_urls(
            str(spec), query_url=conn.query_url, update_url=conn.update_url,
            store_url=conn.store_url,
        )  # fmt: skip
        password = read_password(conn.user, conn.password_env, prompt)
        return Endpoint(
            urls,
            user=conn.user,
            password=password,
            timeout=conn.timeout,
            retries=conn.retries,
            use_gsp=conn.gsp,
        )
    return EmbeddedStore.open(spec, create=create, read_only=read_only)


def _has_blank(quad: ox.Quad) -> bool:
    return isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode)


@dataclass
class LoadResult:
    """What a load did: graphs replaced, quads sent, quads now in the target."""

    target: str
    graphs: list[str]
    quads: int
    total: int

    def render(self) -> str:
        return (
            f"Loaded {self.quads} quads into {len(self.graphs)} graph(s) of {self.target} "
            f"(now {self.total} quads in total)."
        )


def replace_graphs(
    target: Target,
    quads: Iterable[ox.Quad],
    *,
    graph: str | None = None,
    batch_size: int = DEFAULT_BATCH,
) -> tuple[list[ox.NamedNode], int]:
    """Replace the target's graphs named in `quads` (or all into `graph`) atomically.

    Returns the graphs replaced and the number of quads sent. Quads with blank nodes are
    kept back and sent together at the end of their graph, so that batching never splits a
    blank node. Loads that fit in one batch go in one `replace` call.
    """
    if batch_size < 1:
        raise InputError("--batch-size must be at least 1")
    run = uuid4().hex
    into = ox.NamedNode(graph) if graph else None
    staging: dict[ox.NamedNode, ox.NamedNode] = {}
    order: dict[ox.NamedNode, None] = {}
    buffer: list[ox.Quad] = []
    blanks: dict[ox.NamedNode, list[ox.Quad]] = {}
    count = 0
    flushed = False

    def staged(quads: list[ox.Quad]) -> list[ox.Quad]:
        out = []
        for q in quads:
            name = staging.setdefault(
                q.graph_name, ox.NamedNode(f"{STAGING_PREFIX}{run}:{len(staging)}")
            )
            out.append(ox.Quad(q.subject, q.predicate, q.object, name))
        return out

    try:
        for quad in quads:
            name = into or quad.graph_name
            if isinstance(name, ox.DefaultGraph):
                raise InputError(
                    "the file has triples outside any named graph; pass --graph IRI to name "
                    "the graph they replace"
                )
            if isinstance(name, ox.BlankNode):
                raise InputError("blank-node graph names cannot be replaced; pass --graph IRI")
            quad = ox.Quad(quad.subject, quad.predicate, quad.object, name)
            order[name] = None
            count += 1
            (blanks.setdefault(name, []) if _has_blank(quad) else buffer).append(quad)
            if len(buffer) >= batch_size:
                target.write_batch(staged(buffer))
                buffer.clear()
                flushed = True
        if not flushed and len(buffer) + sum(map(len, blanks.values())) <= batch_size:
            grouped: dict[ox.NamedNode, list[ox.Quad]] = {g: [] for g in order}
            for q in [*buffer, *(q for qs in blanks.values() for q in qs)]:
                grouped[q.graph_name].append(q)  # type: ignore[index]
            if grouped:
                target.replace(grouped)
            return list(order), count
        if buffer:
            target.write_batch(staged(buffer))
        for quads_with_blanks in blanks.values():
            target.write_batch(staged(quads_with_blanks))
        target.swap([(staging[g], g) for g in order])
    except BaseException:
        target.discard(list(staging.values()))
        raise
    return list(order), count


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
    if not path.is_file():
        raise InputError(f"{path}: no such graph file")
    if not is_endpoint(str(target)) and Path(target).resolve() == path.resolve():
        raise InputError(f"{target}: the target must be a store directory or an endpoint URL")
    opened = open_target(target, connection=connection, prompt=prompt)
    try:
        size = path.stat().st_size
        with progress_bar(f"Loading {path.name}", size, quiet=quiet, unit="bytes") as advance:
            graphs, count = replace_graphs(
                opened, parse_file(path, on_bytes=advance), graph=graph, batch_size=batch_size
            )
        total = opened.quad_count()
        return LoadResult(opened.description, [g.value for g in graphs], count, total)
    finally:
        opened.close()
