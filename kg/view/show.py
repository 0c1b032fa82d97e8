"""`kg show`: the graph as rich tables (people with their posts, organisations, statements).

Every table comes from a canned query run by `kg.store.query.run_query`, so `kg show` reads any
source `kg query` reads.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from kg.store.query import Rows, run_query

POSITION_WIDTH = 60  # characters of a statement's position shown


def _records(rows: Rows) -> list[dict[str, str]]:
    return [dict(zip(rows.columns, row, strict=True)) for row in rows.rows]


def shorten(text: str, width: int = POSITION_WIDTH) -> str:
    """The start of `text`, cut at a word boundary, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    head = text[: width + 1]  # a word ending exactly at `width` is kept whole
    cut = head.rsplit(" ", 1)[0] if " " in head else text[:width]
    return cut + " …"


Select = Callable[[str], Rows]  # canned query name -> rows


def _table(title: str, *columns: str, count: str | None = None) -> Table:
    """An empty table titled on the left, with text `columns` and a right-aligned `count`."""
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column)
    if count is not None:
        table.add_column(count, justify="right")
    return table


def people_table(select: Select) -> Table:
    """People, each with their posts (post — organisation) and number of statements."""
    posts: dict[str, list[str]] = {}
    for r in _records(select("roles")):
        post = f"{r['role']} — {r['organisation']}" if r["organisation"] else r["role"]
        posts.setdefault(r["person"], []).append(post)
    table = _table("People", "person", "posts", count="statements")
    for r in _records(select("people")):
        table.add_row(r["label"], "\n".join(posts.get(r["label"], [])), r["statements"])
    return table


def organisations_table(select: Select) -> Table:
    """Organisations with their country and number of post holders."""
    table = _table("Organisations", "organisation", "country", count="people")
    for r in _records(select("organisations")):
        table.add_row(r["label"], r["country"], r["people"])
    return table


def statements_table(select: Select, width: int = POSITION_WIDTH) -> Table:
    """Statements: speaker, cue and the start of the position."""
    table = _table("Statements", "speaker", "cue", "position")
    for r in _records(select("statements")):
        table.add_row(r["speaker"], r["cue"], shorten(r["position"], width))
    return table


SECTIONS = {
    "people": people_table,
    "organisations": organisations_table,
    "statements": statements_table,
}


def render_show(
    source: str | Path,
    sections: list[str] | None = None,
    *,
    width: int = 120,
    color: bool = False,
    **query_options: Any,
) -> str:
    """The tables of `sections` (default: all) as text `width` columns wide.

    `query_options` (`connection`, `prompt`) go to `run_query`, for endpoints.
    """

    def select(name: str) -> Rows:
        return run_query(source, name, **query_options)

    out = io.StringIO()
    console = Console(
        file=out,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        highlight=False,
    )
    for name in sections or list(SECTIONS):
        console.print(SECTIONS[name](select))
    return out.getvalue()
