"""`kg build`: articles → one RDF serialisation (one named graph per article), or a store.

`build_graph` builds a few articles into one serialisation; `build_corpus` builds many
(directories, globs) into a file and/or an embedded Oxigraph store, with a progress bar and
a `BuildSummary`.
"""

from __future__ import annotations

import glob
import io
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from kg import __version__
from kg.errors import InputError, KgError
from kg.files import AtomicFile, write_atomically
from kg.pipeline.annotate import DEFAULT as DEFAULT_ANNOTATOR
from kg.pipeline.annotate import get_annotator
from kg.pipeline.extract import Extraction
from kg.pipeline.pipeline import process, process_files
from kg.pipeline.text.document import read_article
from kg.progress import progress_bar
from kg.summary import BuildStats

if TYPE_CHECKING:
    from kg.store.embedded import EmbeddedStore

log = logging.getLogger(__name__)

FORMATS = ("turtle", "nt", "jsonld", "trig", "nquads")


def build_graph(
    articles: Sequence[str | Path],
    *,
    output: str | Path | None = None,
    fmt: str = "turtle",
    annotator: str = DEFAULT_ANNOTATOR,
    encoding: str | None = None,
) -> str:
    """Build the graph of `articles` and return its serialisation; also write it to
    `output` (atomically: a temporary file renamed into place) when given."""
    from kg.pipeline.rdf.builder import build_quads
    from kg.pipeline.rdf.formats import serialize

    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if not articles:
        raise InputError("no articles given")
    instance = get_annotator(annotator)
    documents = [read_article(path, encoding=encoding) for path in articles]
    extractions = [process(doc, instance) for doc in documents if not doc.is_empty]
    quads = build_quads(extractions, tool_version=__version__, annotator=instance.name)
    text = serialize(quads, fmt)
    if output is not None:
        write_atomically(Path(output), text)
    return text


# Corpus mode ---------------------------------------------------------------------------------

STORE_BATCH = 20_000  # quads per store transaction (whole articles, never half of one)
# quads per call of the bulk loader (whole articles): each call writes new files into the
# store, so fewer, larger batches cost less CPU to write and leave a store faster to read
BULK_BATCH = 100_000

SUFFIX_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".jsonld": "jsonld",
    ".trig": "trig",
    ".nq": "nquads",
}


ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def collect_articles(inputs: Sequence[str | Path]) -> list[Path]:
    """Article files from files, directories (every ``*.txt``, ``*.html``, ``*.htm`` below,
    sorted) and globs."""
    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
            )
        elif path.exists() or not any(ch in str(item) for ch in "*?["):
            found.append(path)
        else:
            matches = sorted(Path(p) for p in glob.glob(str(item), recursive=True))
            if not matches:
                raise InputError(f"{item}: no file matches")
            found += [p for p in matches if p.is_file()]
    unique = list(dict.fromkeys(found))
    if not unique:
        raise InputError("no articles found (a directory is searched for *.txt and *.html files)")
    return unique


@dataclass
class ArticleResult:
    """One article of a corpus build: its graph and counts, or the error that stopped it."""

    path: Path
    graph: str = ""
    quads: int = 0
    entities: int = 0
    roles: int = 0
    statements: int = 0
    error: str = ""
    people: set[str] = field(default_factory=set)  # keys of the people in the article


@dataclass
class BuildSummary:
    """What `build_corpus` did; `text` is the serialisation when neither -o nor --store."""

    articles: list[ArticleResult] = field(default_factory=list)
    corpus: bool = False
    text: str | None = None
    output: Path | None = None
    store: Path | None = None
    store_quads: int = 0
    store_graphs: int = 0
    warnings: list[str] = field(default_factory=list)  # "FILE: message", for stderr
    seconds: float = 0.0

    def stats(self) -> BuildStats:
        """The counts of the articles built, for `kg build`'s one-line summary."""
        ok = [a for a in self.articles if not a.error]
        return BuildStats(
            articles=len(ok),
            people=len(set().union(*(a.people for a in ok))),
            posts=sum(a.roles for a in ok),
            statements=sum(a.statements for a in ok),
            triples=sum(a.quads for a in ok),
            seconds=self.seconds,
        )

    @property
    def failures(self) -> list[ArticleResult]:
        return [a for a in self.articles if a.error]

    @property
    def built(self) -> list[ArticleResult]:
        return [a for a in self.articles if not a.error]

    @property
    def partial(self) -> bool:
        """Some articles were built and some failed."""
        return bool(self.failures and self.built)

    def render(self, width: int = 100) -> str:
        """The summary table (plain text)."""
        from rich.console import Console
        from rich.table import Table

        table = Table(title="kg build", show_footer=True)
        ok = [a for a in self.articles if not a.error]
        totals = [sum(getattr(a, k) for a in ok) for k in ("quads", "entities", "roles")]
        table.add_column("article", footer=f"{len(ok)} of {len(self.articles)} built")
        for name, total in zip(("quads", "entities", "roles"), totals, strict=True):
            table.add_column(name, justify="right", footer=str(total))
        table.add_column("statements", justify="right", footer=str(sum(a.statements for a in ok)))
        table.add_column("status")
        for a in self.articles:
            counts = [a.quads, a.entities, a.roles, a.statements]
            cells = ["", "", "", ""] if a.error else [str(c) for c in counts]
            table.add_row(a.path.name, *cells, a.error or "ok")
        out = io.StringIO()
        console = Console(file=out, width=width, color_system=None, force_terminal=False)
        console.print(table)
        if self.output is not None:
            console.print(f"Wrote {self.output}")
        if self.store is not None:
            console.print(
                f"Store {self.store}: {self.store_quads} quads in {self.store_graphs} graphs"
            )
        return out.getvalue().rstrip("\n")


def build_corpus(
    inputs: Sequence[str | Path],
    *,
    output: str | Path | None = None,
    store: str | Path | None = None,
    fmt: str | None = None,
    annotator: str = DEFAULT_ANNOTATOR,
    encoding: str | None = None,
    quiet: bool = False,
    workers: int = 1,
) -> BuildSummary:
    """Build many articles: into a store (one named graph per article, replaced atomically),
    a file (`fmt`, default from the suffix of `output`, else turtle), or `summary.text`.

    A single article that fails raises its error; in a corpus (several articles, a
    directory or --store) failures are recorded in the summary and the rest is built (an
    unexpected exception in one article is recorded too, as an internal error). If no
    article could be built, `output` is not written (a previous file stays as it was).
    Warnings (empty or non-Arabic article, decoding guesses) go to `summary.warnings`; an
    empty article adds no graph. `workers` processes read, annotate and extract the
    articles and make their triples (`kg.pipeline.pipeline.process_files`).
    """
    import pyoxigraph as ox

    from kg.pipeline.rdf.formats import serialize
    from kg.pipeline.rdf.stream import STREAMED, GraphWriter

    started = time.perf_counter()
    fmt = fmt or SUFFIX_FORMATS.get(Path(output).suffix.lower() if output else "", "turtle")
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    paths = collect_articles(inputs)
    corpus = store is not None or len(paths) > 1 or any(Path(p).is_dir() for p in inputs)
    instance = get_annotator(annotator)
    summary = BuildSummary(corpus=corpus, output=Path(output) if output else None)
    keep = output is not None or store is None
    streamed = keep and fmt in STREAMED  # written article by article as they come
    chunks: list[bytes] = []  # N-Quads of every article, for a format written at the end
    sink: AtomicFile | io.BytesIO | None = None
    if streamed:
        sink = AtomicFile(Path(output)) if output is not None else io.BytesIO()
    writer = GraphWriter(sink, fmt) if sink is not None else None  # type: ignore[arg-type]
    target = _open_store(store) if store is not None else None
    writes = _StoreWrites(target) if target is not None else None
    when = datetime.now(UTC).replace(microsecond=0)
    to_rdf = partial(
        _article_rdf,
        generated_at=when,
        annotator=instance.name,
        fmt=fmt if streamed else None,
        nquads=target is not None or (keep and not streamed),
    )
    try:
        outcomes = process_files(
            paths, instance if workers <= 1 else annotator, encoding=encoding,
            workers=workers, then=to_rdf, errors=(Exception,),
        )  # fmt: skip
        with progress_bar("Building", len(paths), quiet=quiet, unit="articles") as advance:
            for path, built in outcomes:
                result = ArticleResult(path)
                summary.articles.append(result)
                if isinstance(built, Exception):
                    if not corpus:
                        raise built
                    result.error = (
                        str(built)
                        if isinstance(built, KgError)
                        else f"{path}: internal error ({type(built).__name__}: {built}); "
                        "please report it"
                    )
                    advance(1)
                    continue
                summary.warnings += [f"{path}: {w}" for w in built.warnings]
                if built.empty:  # no graph at all, not even the article node
                    advance(1)
                    continue
                built.count(result)
                log.info("%s: %d roles, %d statements", path, result.roles, result.statements)
                if writes is not None and built.quads:
                    writes.add(built)
                if writer is not None:
                    writer.add(built.body, built.shared)
                elif keep:
                    chunks.append(built.nquads)
                advance(1)
        if writes is not None:
            writes.flush()
        if target is not None:
            from kg.store.index import refresh

            refresh(target)  # the canned queries' index follows the facts (one transaction)
            summary.store = Path(store)  # type: ignore[arg-type]
            summary.store_quads = target.quad_count()
            summary.store_graphs = len(target.graph_names())
    except BaseException:
        if isinstance(sink, AtomicFile):
            sink.abort()
        if writes is not None:
            writes.abort()
        raise
    finally:
        if target is not None:
            target.close()
    if summary.articles and not summary.built:
        if isinstance(sink, AtomicFile):
            sink.abort()
        summary.seconds = time.perf_counter() - started
        return summary  # nothing built: write nothing, keep any previous output file
    if isinstance(sink, AtomicFile):
        sink.commit()
    elif isinstance(sink, io.BytesIO):
        summary.text = sink.getvalue().decode("utf-8")
    elif keep:
        text = serialize(ox.parse(b"".join(chunks), format=ox.RdfFormat.N_QUADS), fmt)
        if output is not None:
            write_atomically(Path(output), text)
        else:
            summary.text = text
    summary.seconds = time.perf_counter() - started
    return summary


@dataclass
class _ArticleRDF:
    """One article's graph, serialised where it was built (bytes are cheap to send back
    from a worker): N-Quads for a store, its part of the output file, and counts."""

    graph: str
    nquads: bytes  # empty unless asked for
    body: bytes  # its part of a streamed output file (kg.pipeline.rdf.stream)
    shared: bytes  # its statements other articles may repeat (Turtle, N-Triples)
    quads: int
    entities: int
    roles: int
    statements: int
    people: set[str]
    warnings: list[str]
    empty: bool

    def count(self, result: ArticleResult) -> None:
        result.graph, result.quads = self.graph, self.quads
        result.entities, result.roles = self.entities, self.roles
        result.statements, result.people = self.statements, self.people


def _article_rdf(
    extraction: Extraction,
    *,
    generated_at: datetime,
    annotator: str,
    fmt: str | None = None,
    nquads: bool = True,
) -> _ArticleRDF:
    """The RDF of one article (runs in the worker that extracted it): its N-Quads when
    `nquads`, its part of a `fmt` file when `fmt` (a streamed format)."""
    import pyoxigraph as ox

    from kg.pipeline.rdf.builder import build_quads
    from kg.pipeline.rdf.stream import article_parts

    document = extraction.document
    quads = (
        []
        if document.is_empty
        else build_quads(
            [extraction], tool_version=__version__, generated_at=generated_at, annotator=annotator
        )
    )
    people = {e.key for e in extraction.entities if e.kind == "Person"}
    people |= {f.person.key for f in extraction.roles}
    people |= {f.speaker.key for f in extraction.statements if f.speaker.kind == "Person"}
    body = shared = b""
    if fmt is not None and quads:
        article = quads[0].subject.value  # the builder's first statement types the article
        body, shared = article_parts(quads, fmt, article)
    return _ArticleRDF(
        graph=quads[0].graph_name.value if quads else "",  # type: ignore[union-attr]
        nquads=ox.serialize(quads, format=ox.RdfFormat.N_QUADS) if nquads else b"",
        body=body,
        shared=shared,
        quads=len(quads),
        entities=len(extraction.entities),
        roles=len(extraction.roles),
        statements=len(extraction.statements),
        people=people,
        warnings=list(document.warnings),
        empty=document.is_empty,
    )


class _StoreWrites:
    """Articles' N-Quads into the store, in batches of whole articles (`BULK_BATCH` quads
    through the bulk loader, `STORE_BATCH` per transaction). Into a store that was empty
    when the build began, every batch goes through the bulk loader
    (`EmbeddedStore.bulk_add`: half the CPU, no transaction), and a failed build empties
    the store again; into a store with data, each batch is one transaction
    that replaces the graphs it holds (`_replace_quads`). An article whose graph this build
    already wrote (the same file name twice) replaces it, in one transaction."""

    def __init__(self, target: EmbeddedStore) -> None:
        self.target = target
        self.bulk = target.is_empty()
        self.batch: list[bytes] = []  # N-Quads of articles built but not yet in the store
        self.quads = 0  # theirs
        self.written: set[str] = set()  # graphs of this build (bulk mode)

    def add(self, built: _ArticleRDF) -> None:
        if self.bulk and built.graph in self.written:
            self.flush()
            _replace_quads(self.target, _parse(built.nquads))
            return
        self.written.add(built.graph)
        self.batch.append(built.nquads)
        self.quads += built.quads
        if self.quads >= (BULK_BATCH if self.bulk else STORE_BATCH):  # one write, many articles
            self.flush()

    def flush(self) -> None:
        if not self.batch:
            return
        data = b"".join(self.batch)
        self.batch, self.quads = [], 0
        if self.bulk:
            self.target.bulk_add(data)
        else:
            _replace_quads(self.target, _parse(data))

    def abort(self) -> None:
        """After a failure: a store that was empty is emptied again (bulk writes are not
        transactions); batches written to a store with data stay (each was whole)."""
        if self.bulk:
            self.target.clear()


def _parse(nquads: bytes):  # noqa: ANN202 (an iterator of Oxigraph quads)
    import pyoxigraph as ox

    return ox.parse(nquads, format=ox.RdfFormat.N_QUADS)


def _open_store(store: str | Path) -> EmbeddedStore:
    from kg.store.embedded import EmbeddedStore

    return EmbeddedStore.open(store, create=True)


def _replace_article(target, dataset) -> None:  # noqa: ANN001
    """Replace the article's named graph (an rdflib dataset) in the store (one transaction)."""
    from kg.pipeline.rdf.formats import to_quads

    _replace_quads(target, to_quads(dataset))


def _replace_quads(target, quads) -> None:  # noqa: ANN001
    """Replace the named graphs of these Oxigraph quads in the store (one transaction)."""
    graphs: dict = {}
    for quad in quads:
        graphs.setdefault(quad.graph_name, []).append(quad)
    if graphs:
        target.replace(graphs)
