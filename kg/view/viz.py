"""`kg viz`: one self-contained, offline HTML page showing the graph.

The page inlines its stylesheet, the vendored libraries (cytoscape.js and the fcose layout,
pinned in kg/view/page/vendor/MANIFEST.json, each behind its licence), its own script
(kg/view/page/graph.js) and its data (JSON from `kg.view.graphdata`, capped by
`kg.view.cap`); it loads nothing from anywhere.
"""

from __future__ import annotations

import html
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from string import Template
from typing import Any

from kg import __version__
from kg.view.cap import DEFAULT_LIMIT, cap
from kg.view.graphdata import GraphData, Omitted, graph_data

log = logging.getLogger(__name__)
PAGE = Path(__file__).resolve().parent / "page"
VENDOR = PAGE / "vendor"

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
    omitted: Omitted | None = None


def script_json(value: object) -> str:
    """JSON safe to embed in a <script> element: no `<`, `>`, `&` or line separators."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return "".join(_SCRIPT_ESCAPES.get(ch, ch) for ch in text)


def vendor_manifest() -> list[dict]:
    """The vendored libraries, in the order the page loads them."""
    return json.loads((VENDOR / "MANIFEST.json").read_text(encoding="utf-8"))


def vendor_scripts() -> str:
    """One <script> per vendored library, its licence in a comment before its code."""
    parts = []
    for entry in vendor_manifest():
        name, version = entry["package"], entry["version"]
        licence = (VENDOR / f"{name}.LICENSE").read_text(encoding="utf-8").replace("*/", "* /")
        code = (VENDOR / f"{name}.js").read_text(encoding="utf-8")
        parts.append(
            f'<script data-vendor="{name}@{version}">\n'
            f"/*! {name} {version} (npm), {entry['from']}\n{licence}*/\n{code}\n</script>"
        )
    return "\n".join(parts)


def render_html(data: GraphData, title: str = "kg") -> str:
    """The whole page as one string."""
    template = Template((PAGE / "graph.html").read_text(encoding="utf-8"))
    return template.substitute(
        title=html.escape(title),
        version=html.escape(__version__),
        css=(PAGE / "graph.css").read_text(encoding="utf-8"),
        vendor=vendor_scripts(),
        js=(PAGE / "graph.js").read_text(encoding="utf-8"),
        data=script_json(data.to_dict()),
    )


def default_output(source: str | Path) -> Path:
    """Where `kg viz SOURCE` writes without -o: beside a graph file or store directory, with
    its name and `.html` (g.ttl → g.html, store/ → store.html); for an endpoint, the host's
    name in the current folder."""
    text = str(source)
    if "://" in text:
        from urllib.parse import urlsplit

        host = urlsplit(text).netloc.rsplit("@", 1)[-1] or "endpoint"
        return Path(re.sub(r"[^\w.-]+", "_", host) + ".html")
    path = Path(text)
    return (
        path.with_name(path.name.rstrip("/") + ".html")
        if path.is_dir()
        else path.with_suffix(".html")
    )


def write_viz(
    source: str | Path,
    output: str | Path,
    title: str | None = None,
    *,
    limit: int | None = DEFAULT_LIMIT,
    focus: str | None = None,
    **query_options: Any,
) -> VizSummary:
    """Read the graph at `source` and write its page to `output` (atomically), showing at
    most `limit` entities (None: all), around the entities named `focus` if given;
    `query_options` (`connection`, `prompt`) go to `run_query`, for endpoints."""
    from kg.files import write_atomically

    data = cap(graph_data(source, **query_options), limit, focus)
    log.info("%s: %d nodes, %d edges", source, len(data.nodes), len(data.edges))
    name = title or f"kg — {Path(str(source)).name}"
    write_atomically(Path(output), render_html(data, name))
    return VizSummary(
        Path(output), len(data.nodes), len(data.edges), len(data.statements), data.omitted
    )
