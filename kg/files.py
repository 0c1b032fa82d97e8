"""Writing output files safely (a shared leaf): `kg build -o` and `kg viz -o` use it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.errors import InputError


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` so that readers see the old file or the whole new one: a
    temporary file in the same directory, flushed to disk, then renamed over `path`."""
    with AtomicFile(path) as handle:
        handle.write(text.encode("utf-8"))


class AtomicFile:
    """A file written piece by piece that appears at `path` whole or not at all: writes go
    to a temporary file beside it, renamed over `path` by `commit` (or on leaving the `with`
    block without an error); `abort` (or an error) removes it and leaves `path` as it was."""

    def __init__(self, path: Path) -> None:
        self.path = path
        directory = path.parent if str(path.parent) else Path(".")
        if not directory.is_dir():
            raise InputError(f"{path}: directory {directory} does not exist")
        if path.is_dir():
            raise InputError(f"{path}: is a directory; give a file name for the output")
        try:
            fd, self._tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
        except OSError as exc:
            raise InputError(f"{path}: cannot write: {exc.strerror or exc}") from None
        self._handle = os.fdopen(fd, "wb")

    def write(self, data: bytes) -> None:
        with self._aborting():
            self._handle.write(data)

    def commit(self) -> None:
        """Flush to disk and rename into place."""
        with self._aborting():
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            os.chmod(self._tmp, _mode_for(self.path))
            os.replace(self._tmp, self.path)

    @contextmanager
    def _aborting(self) -> Iterator[None]:
        """On any failure inside (Ctrl-C before the rename too), `abort`: no temporary file
        is left; an OSError becomes the one-line `cannot write` error naming `path`."""
        try:
            yield
        except BaseException as exc:
            self.abort()
            if isinstance(exc, OSError):
                raise InputError(f"{self.path}: cannot write: {exc.strerror or exc}") from None
            raise

    def abort(self) -> None:
        """Drop what was written; `path` stays as it was."""
        self._handle.close()
        Path(self._tmp).unlink(missing_ok=True)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if error is None:
            self.commit()
        else:
            self.abort()


def _mode_for(path: Path) -> int:
    """The permissions the output should have: those of the file it replaces, else the
    umask default (mkstemp's own 0600 would make a shared graph file unreadable)."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
