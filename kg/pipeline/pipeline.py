"""The whole path: article file → Document → Annotation → Extraction (→ RDF: kg.pipeline.rdf)."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.pipeline.annotate import DEFAULT as DEFAULT_ANNOTATOR
from kg.pipeline.annotate import Annotator, get_annotator
from kg.pipeline.extract import Extraction, extract
from kg.pipeline.text.document import Document, read_article


def process(document: Document, annotator: Annotator | str = DEFAULT_ANNOTATOR) -> Extraction:
    """Annotate and extract one document."""
    if isinstance(annotator, str):
        annotator = get_annotator(annotator)
    return extract(annotator.annotate(document))


def process_file(
    path: str | Path, annotator: Annotator | str = DEFAULT_ANNOTATOR, encoding: str | None = None
) -> Extraction:
    """Read, annotate and extract one article file."""
    return process(read_article(path, encoding=encoding), annotator)


Outcome = tuple[Path, Any]  # (path, the task's result or the KgError that stopped the article)


def process_files(
    paths: Iterable[str | Path],
    annotator: Annotator | str = DEFAULT_ANNOTATOR,
    *,
    encoding: str | None = None,
    workers: int = 1,
    chunksize: int | None = None,
    then: Callable[[Extraction], Any] | None = None,
    errors: tuple[type[Exception], ...] = (KgError,),
) -> Iterator[Outcome]:
    """Read, annotate and extract many article files on `workers` processes.

    Yields ``(path, result)`` in the order of `paths`. `result` is the `Extraction`, or
    `then(extraction)` computed in the worker (a picklable function: ship back less), or
    the exception (of `errors`) that stopped that article; others propagate. Workers start now;
    articles go to them in chunks of `chunksize` (default: about 8 chunks per worker).
    """
    files = [Path(p) for p in paths]
    if workers <= 1 or len(files) < 2:
        instance = get_annotator(annotator) if isinstance(annotator, str) else annotator
        return ((p, _process_one(p, instance, encoding, then, errors)) for p in files)
    size = chunksize or max(1, min(64, len(files) // (8 * workers)))
    pool = ProcessPoolExecutor(
        workers,
        initializer=_start_worker,
        initargs=(annotator, encoding, then, errors, os.getpid()),
    )
    return _drain(pool, files, pool.map(_worker_task, files, chunksize=size))


def _process_one(
    path: Path,
    annotator: Annotator,
    encoding: str | None,
    then: Callable[[Extraction], Any] | None,
    errors: tuple[type[Exception], ...] = (KgError,),
) -> Any:
    try:
        extraction = process_file(path, annotator, encoding=encoding)
        return then(extraction) if then is not None else extraction
    except errors as exc:
        return exc


_WORKER: dict[str, Any] = {}  # per worker process: annotator, encoding, then, errors


def _start_worker(
    annotator: Annotator | str,
    encoding: str | None,
    then: Callable[[Extraction], Any] | None,
    errors: tuple[type[Exception], ...],
    parent: int,
) -> None:
    _exit_with(parent)
    instance = get_annotator(annotator) if isinstance(annotator, str) else annotator
    _WORKER.update(annotator=instance, encoding=encoding, then=then, errors=errors)


PARENT_POLL = 0.2  # seconds between a worker's checks that its parent is alive


def _exit_with(parent: int) -> None:
    """End this worker when `parent` dies, even by `kill -9` (no cleanup runs there, and a
    worker blocked on the task queue never sees end-of-file: its siblings hold the queue's
    write end). A daemon thread polls the parent id: an orphan is re-parented."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL)
        os._exit(1)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


def _worker_task(path: Path) -> Any:
    w = _WORKER
    return _process_one(path, w["annotator"], w["encoding"], w["then"], w["errors"])


def _drain(
    pool: ProcessPoolExecutor, files: list[Path], results: Iterator[Any]
) -> Iterator[Outcome]:
    try:
        yield from zip(files, results, strict=True)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
