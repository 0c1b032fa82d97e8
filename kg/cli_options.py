"""Global CLI options (`kg --verbose`, `kg --quiet`), set by the app callback."""

from __future__ import annotations

import logging
from dataclasses import dataclass


@dataclass
class Options:
    """What the global options asked for; reset on every invocation."""

    quiet: bool = False
    verbose: int = 0


OPTIONS = Options()


def configure(*, quiet: bool = False, verbose: int = 0) -> None:
    """Record the global options and set the logging level: -v INFO, -vv DEBUG."""
    OPTIONS.quiet, OPTIONS.verbose = quiet, verbose
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    root = logging.getLogger("kg")
    root.setLevel(level)
    if verbose and not any(getattr(h, "_kg", False) for h in root.handlers):
        from rich.logging import RichHandler

        handler = RichHandler(show_path=False, console=_stderr())
        handler._kg = True  # type: ignore[attr-defined]
        root.addHandler(handler)


def _stderr():  # noqa: ANN202
    from rich.console import Console

    return Console(stderr=True)
