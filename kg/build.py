"""`kg build`: articles → one RDF serialisation (one named graph per article)."""

from __future__ import annotations

import logging
import os
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from kg import __version__
from kg.annotate import get_annotator
from kg.errors import InputError
from kg.extract import Extraction
from kg.pipeline import process_file
from kg.progress import progress_bar
from kg.summary import BuildStats, count_build

log = logging.getLogger(__name__)

FORMATS = ("turtle", "nt", "jsonld", "trig", "nquads")


def build_graph(
    articles: Sequence[str | Path],
    *,
    output: str | Path | None = None,
    fmt: str = "turtle",
    annotator: str = "rules",
    encoding: str | None = None,
) -> str:
    """Build the graph of `articles` and return its serialisation; also write it to
    `output` (atomically: a temporary file renamed into place) when given."""
    text, _ = build_with_stats(
        articles, output=output, fmt=fmt, annotator=annotator, encoding=encoding
    )
    return text


def build_with_stats(
    articles: Sequence[str | Path],
    *,
    output: str | Path | None = None,
    fmt: str = "turtle",
    annotator: str = "rules",
    encoding: str | None = None,
    quiet: bool = True,
) -> tuple[str, BuildStats]:
    """`build_graph`, also returning what was built (`BuildStats`); a progress bar on
    stderr unless `quiet` (or stderr is not a terminal)."""
    from kg.rdf import build_dataset, serialize

    started = time.perf_counter()
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if not articles:
        raise InputError("no articles given")
    instance = get_annotator(annotator)
    extractions = []
    with progress_bar("Building", len(articles), quiet=quiet, unit="articles") as advance:
        for path in articles:
            extractions.append(process_file(path, instance, encoding=encoding))
            log.info("%s: %d roles, %d statements", path, *_facts(extractions[-1]))
            advance(1)
    dataset = build_dataset(extractions, tool_version=__version__, annotator=instance.name)
    text = serialize(dataset, fmt)
    if output is not None:
        write_atomically(Path(output), text)
    stats = count_build(dataset, len(extractions), time.perf_counter() - started)
    return text, stats


def _facts(extraction: Extraction) -> tuple[int, int]:
    return len(extraction.roles), len(extraction.statements)


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` so that readers see the old file or the whole new one."""
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"{path}: directory {directory} does not exist")
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
