"""`kg viz`: one self-contained, offline HTML page showing the graph.

The page inlines its stylesheet, script (kg/resources/graph.js, a small force-directed
layout on <svg>) and data (JSON from `kg.view.graphdata`); it references no URL at all.
"""

from __future__ import annotations

import html
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Any

from kg import __version__
from kg.resources import RESOURCES
from kg.view.graphdata import GraphData, graph_data

log = logging.getLogger(__name__)

# Characters that could end the <script> element or confuse an HTML or JS parser.
_SCRIPT_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


@dataclass
class VizSummary:
    """What `write_viz` wrote."""

    output: Path
    nodes: int
    edges: int
    statements: int


def script_json(value: object) -> str:
    """JSON safe to embed in a <script> element: no `<`, `>`, `&` or line separators."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return "".join(_SCRIPT_ESCAPES.get(ch, ch) for ch in text)


def render_html(data: GraphData, title: str = "kg") -> str:
    """The whole page as one string."""
    template = Template((RESOURCES / "graph.html").read_text(encoding="utf-8"))
    return template.substitute(
        title=html.escape(title),
        version=html.escape(__version__),
        css=(RESOURCES / "graph.css").read_text(encoding="utf-8"),
        js=(RESOURCES / "graph.js").read_text(encoding="utf-8"),
        data=script_json(data.to_dict()),
    )


def write_viz(
    source: str | Path, output: str | Path, title: str | None = None, **query_options: Any
) -> VizSummary:
    """Read the graph at `source` and write its page to `output` (atomically);
    `query_options` (`connection`, `prompt`) go to `run_query`, for endpoints."""
    from kg.files import write_atomically

    data = graph_data(source, **query_options)
    log.info("%s: %d nodes, %d edges", source, len(data.nodes), len(data.edges))
    name = title or f"kg — {Path(str(source)).name}"
    write_atomically(Path(output), render_html(data, name))
    return VizSummary(Path(output), len(data.nodes), len(data.edges), len(data.statements))
