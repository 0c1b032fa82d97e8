"""Graph files written article by article (`kg build -o`), so memory stays flat however
large the corpus: each article's statements are serialised where the article was built
(a worker), and the writer only appends them.

TriG and N-Quads are written graph by graph (one named graph per article). Turtle and
N-Triples hold the union of the graphs: a statement about a shared entity (its type,
labels, key) is written once, the first time; the writer remembers a 64-bit hash of each
such statement, not the statement. Within an article, statements are sorted (as
`formats.serialize` writes them); articles follow in build order. JSON-LD is one document
and is not streamed.
"""

from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from kg.pipeline.rdf.formats import serialize

STREAMED = ("turtle", "nt", "trig", "nquads")
_UNION = ("turtle", "nt")  # formats that merge the graphs: shared statements written once
_PREFIX = b"@prefix "


def article_parts(quads: list[ox.Quad], fmt: str, article: str) -> tuple[bytes, bytes]:
    """One article's part of a `fmt` file (no prefix lines), and, for Turtle and N-Triples,
    its statements that other articles may repeat, as sorted N-Triples lines (the writer
    keeps the first of each). `article` is the article's IRI: a statement about it or one
    of its own nodes (`article#...`) is the article's alone."""
    if fmt not in _UNION:
        return _body(serialize(quads, fmt).encode("utf-8")), b""
    own: list[ox.Quad] = []
    shared: list[ox.Quad] = []
    for quad in quads:
        subject = quad.subject.value
        is_own = subject == article or subject.startswith(article + "#")
        (own if is_own else shared).append(quad)
    return _body(serialize(own, fmt).encode("utf-8")), serialize(shared, "nt").encode("utf-8")


def _body(data: bytes) -> bytes:
    """A serialisation without the prefix lines Oxigraph writes at its top."""
    if not data.startswith(_PREFIX):
        return data
    at = 0
    while data.startswith(_PREFIX, at):
        at = data.index(b"\n", at) + 1
    return data[at:]


def _header(fmt: str) -> bytes:
    """The prefix lines of a Turtle or TriG file (none for line formats)."""
    if fmt not in ("turtle", "trig"):
        return b""
    probe = ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.NamedNode("urn:x:o"))
    data = serialize([probe], fmt).encode("utf-8")
    return data[: len(data) - len(_body(data))]


class GraphWriter:
    """Appends articles' parts (from `article_parts`) to a binary sink as one file."""

    def __init__(self, sink: BinaryIO, fmt: str) -> None:
        if fmt not in STREAMED:
            raise ValueError(f"{fmt} is not written article by article")
        self.sink, self.fmt = sink, fmt
        self._seen: set[int] = set()  # hashes of the shared statements written
        self._started = False

    def add(self, body: bytes, shared: bytes = b"") -> None:
        if not self._started:
            self.sink.write(_header(self.fmt))
            self._started = True
        self.sink.write(body)
        if not shared:
            return
        seen = self._seen
        new = []
        for line in shared.split(b"\n"):
            if line and hash(line) not in seen:
                seen.add(hash(line))
                new.append(line)
        if not new:
            return
        if self.fmt == "nt":
            self.sink.write(b"\n".join(new) + b"\n")
        else:  # turtle: the new statements as Turtle
            triples = ox.parse(b"\n".join(new), format=ox.RdfFormat.N_TRIPLES)
            self.sink.write(_body(serialize(list(triples), self.fmt).encode("utf-8")))
