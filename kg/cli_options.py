"""Global CLI options (`kg --verbose`, `kg --quiet`), set by the app callback."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import TextIO


@dataclass
class Options:
    """What the global options asked for; reset on every invocation."""

    quiet: bool = False
    verbose: int = 0


OPTIONS = Options()


class StderrHandler(logging.StreamHandler):
    """Logs to whatever `sys.stderr` is when a record is emitted (tests swap it)."""

    @property  # type: ignore[override]
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _value: TextIO) -> None:
        pass


def configure(*, quiet: bool = False, verbose: int = 0) -> None:
    """Record the global options and set kg's log level: -v INFO, -vv DEBUG."""
    OPTIONS.quiet, OPTIONS.verbose = quiet, verbose
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logger = logging.getLogger("kg")
    logger.setLevel(level)
    if not any(isinstance(h, StderrHandler) for h in logger.handlers):
        handler = StderrHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
