"""`kg build`: articles → one RDF serialisation (one named graph per article)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from kg import __version__
from kg.annotate import get_annotator
from kg.errors import InputError
from kg.pipeline import process_file

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
    from kg.rdf import build_quads, serialize

    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if not articles:
        raise InputError("no articles given")
    instance = get_annotator(annotator)
    extractions = [process_file(path, instance, encoding=encoding) for path in articles]
    quads = build_quads(extractions, tool_version=__version__, annotator=instance.name)
    text = serialize(quads, fmt)
    if output is not None:
        write_atomically(Path(output), text)
    return text


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
