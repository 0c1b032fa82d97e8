"""Graph files: their format (from the suffix), a streaming parser that reports progress, and
the named graph that the triples of a triple-format file (Turtle, N-Triples, JSON-LD) go to.

`kg build -o a.ttl` writes one article's triples without its graph name; `file_graph` finds
it again from the article in the data (its NIF context, ``kgr:article/{file}/{sha}``, names
the graph ``kgr:graph/{file}``, as TriG output does), so the same article loaded from any
output format replaces the same graph. A file holding several articles, or none, goes to
the graph named by the file's own ``file:`` IRI.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.errors import InputError

FORMATS_BY_SUFFIX: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
}
QUAD_FORMATS = frozenset({ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS})
FILE_NAME = ox.NamedNode("https://w3id.org/kg-arabic-news/ontology#fileName")
ARTICLE_PATH, GRAPH_PATH = "/id/article/", "/id/graph/"
# The graph name at the end of a canonical N-Quads line (as kg and Oxigraph write them).
GRAPH_AT_END = re.compile(rb" (?:<[^>\n]*>|_:[^ \n]+) \.\n")
CHUNK = 1 << 22


class NotCanonical(Exception):
    """The N-Quads file is not one quad per line, each in a named graph: load it through
    the checked path (which says what is wrong, if anything)."""


def canonical_chunks(
    path: Path, size: int = CHUNK, *, blank_nodes: bool = True
) -> Iterator[tuple[bytes, bytes, int]]:
    """A canonical N-Quads file (what `kg build -f nquads` writes) in chunks of whole lines:
    (the lines, the same lines without their graph names — the facts —, how many lines).

    A chunk is cut at a graph boundary after `size` bytes, so a graph whose lines are
    contiguous (kg writes them so) is in one chunk, unless it runs past 4 x `size`. Raises
    `NotCanonical` at the first chunk holding a line without a graph name at its end (a
    comment, a blank or default-graph line...), or any ``_:`` when not `blank_nodes` (a
    blank node must not be split between two requests). Nothing is parsed here: the chunks
    go to Oxigraph's own parser, which rejects what is not N-Quads."""
    with path.open("rb") as handle:
        carry = b""
        while chunk := carry + handle.read(size) + handle.readline():
            chunk, carry = _to_graph_end(chunk, handle, 4 * size)
            facts, found = GRAPH_AT_END.subn(b" .\n", chunk)
            if found != chunk.count(b"\n") + (not chunk.endswith(b"\n")):
                raise NotCanonical
            if not blank_nodes and b"_:" in chunk:
                raise NotCanonical
            yield chunk, facts, found


def _to_graph_end(chunk: bytes, handle: BinaryIO, limit: int) -> tuple[bytes, bytes]:
    """`chunk` with the following lines of its last line's graph (up to `limit` bytes in
    all), and the first line read that is not of that graph (b"" at the end of the file)."""
    last = GRAPH_AT_END.search(chunk, chunk.rfind(b"\n", 0, len(chunk) - 1) + 1)
    if last is None or last.end() != len(chunk):
        return chunk, b""
    suffix, more, size = last.group(), [chunk], len(chunk)
    while line := handle.readline():
        if not line.endswith(suffix) or size >= limit:
            return b"".join(more), line
        more.append(line)
        size += len(line)
    return b"".join(more), b""


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a graph file, from its suffix."""
    fmt = FORMATS_BY_SUFFIX.get(path.suffix.lower())
    if fmt is None:
        raise InputError(
            f"{path}: unknown graph format; use one of {', '.join(sorted(FORMATS_BY_SUFFIX))}"
        )
    return fmt


class CountingReader(io.RawIOBase):
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
    try:
        with path.open("rb") as handle:
            reader = CountingReader(handle, on_bytes) if on_bytes else handle
            yield from ox.parse(reader, format=fmt)
    except SyntaxError as exc:
        raise InputError(f"{path}: cannot parse as {_name(fmt)}: {exc}") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def _name(fmt: ox.RdfFormat) -> str:
    return {ox.RdfFormat.N_QUADS: "nquads", ox.RdfFormat.N_TRIPLES: "nt"}.get(
        fmt, fmt.name.lower().replace(" ", "-")
    )


def format_name(fmt: ox.RdfFormat) -> str:
    """The short name of a format in messages (turtle, nt, jsonld, trig, nquads)."""
    return _name(fmt).replace("json-ld", "jsonld")


def file_graph(path: str | Path) -> ox.NamedNode:
    """The graph the triples of a triple-format file replace: the graph of the one kg
    article in it (``kgr:graph/{file}``), else the file's own ``file:`` IRI."""
    articles = {
        q.subject.value
        for q in parse_file(path)
        if q.predicate == FILE_NAME and isinstance(q.subject, ox.NamedNode)
    }
    if len(articles) == 1:
        graph = article_graph(articles.pop())
        if graph is not None:
            return graph
    return ox.NamedNode(Path(path).resolve().as_uri())


def article_graph(article: str) -> ox.NamedNode | None:
    """``…/id/graph/{file}`` for the article IRI ``…/id/article/{file}/{sha}``, else None."""
    base, sep, rest = article.rpartition(ARTICLE_PATH)
    segment = rest.rsplit("/", 1)[0] if "/" in rest else ""
    if not sep or not segment or "#" in rest:
        return None
    return ox.NamedNode(f"{base}{GRAPH_PATH}{segment}")


def check_graph_iri(value: str) -> ox.NamedNode:
    """`value` as a graph name: an absolute IRI (scheme ``name:``), else `InputError`."""
    scheme = value.split(":", 1)[0]
    if (
        ":" not in value
        or not scheme[:1].isalpha()
        or not scheme.replace("+", "").replace("-", "").replace(".", "").isalnum()
    ):
        raise InputError(f"--graph {value!r} is not an absolute IRI (e.g. https://example.org/g)")
    try:
        return ox.NamedNode(value)
    except ValueError as exc:
        raise InputError(f"--graph {value!r} is not a valid IRI: {exc}") from None
