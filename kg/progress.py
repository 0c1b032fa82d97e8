"""Progress bars on stderr (rich): shown only on a terminal and never with --quiet."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

Advance = Callable[[int], None]


def _noop(_: int) -> None:
    return None


@contextmanager
def progress_bar(
    description: str, total: int | None, *, quiet: bool = False, unit: str = ""
) -> Iterator[Advance]:
    """Yield `advance(n)`; draw a bar on stderr when it is a terminal and not `quiet`."""
    from rich.console import Console

    console = Console(stderr=True)
    if quiet or not console.is_terminal:
        yield _noop
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn()]
    with Progress(*columns, TimeRemainingColumn(), console=console, transient=True) as bar:
        task = bar.add_task(f"{description} {unit}".strip(), total=total)
        yield lambda n: bar.advance(task, n)
