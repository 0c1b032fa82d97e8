"""Headless Chromium for tests and the README screenshot (offline: no proxy, no DNS)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--proxy-server=127.0.0.1:9",  # the network is "off": every request would fail
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--enable-logging=stderr",  # the page's console, to catch script errors
    "--v=0",
]


def chromium() -> str | None:
    """The chromium executable, or None."""
    return shutil.which("chromium") or shutil.which("chromium-browser")


def run(*args: str, budget_ms: int = 3000, timeout: float = 90) -> str:
    """Run chromium headless with `args` (flags, then a URL) in a throwaway profile."""
    exe = chromium()
    if exe is None:
        raise RuntimeError("chromium is not installed")
    with tempfile.TemporaryDirectory(prefix="kg-chromium-") as profile:
        command = [exe, *FLAGS, f"--user-data-dir={profile}"]
        command += [f"--virtual-time-budget={budget_ms}", *args]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    errors = [line for line in done.stderr.splitlines() if "Uncaught" in line]
    if errors:
        raise AssertionError("script error in the page: " + "\n".join(errors))
    return done.stdout


def dump_dom(url: str) -> str:
    """The DOM after the page's script ran."""
    return run("--dump-dom", url)


def screenshot(url: str, out: Path, size: str = "1400,900") -> None:
    """A PNG of the page at `size` (width,height)."""
    run(f"--window-size={size}", f"--screenshot={out.resolve()}", url)


def readme_screenshot(out: Path, article: Path) -> None:
    """docs/graph.png: the page of `article`'s graph, its busiest person selected."""
    from kg.pipeline.build import build_graph
    from kg.view.graphdata import graph_data
    from kg.view.viz import write_viz

    with tempfile.TemporaryDirectory(prefix="kg-shot-") as tmp:
        graph, page = Path(tmp) / "graph.ttl", Path(tmp) / "graph.html"
        build_graph([article], output=graph)
        write_viz(graph, page, title=f"kg — {article.name}")
        data = graph_data(graph)
        people = [n for n in data.nodes if n.kind == "person"]

        def weight(n) -> int:  # noqa: ANN001
            posts = sum(e.kind == "post" and e.source == n.id for e in data.edges)
            return posts + sum(s.speaker == n.id for s in data.statements)

        busiest = max(people, key=weight)
        screenshot(f"{page.as_uri()}#node-{busiest.id}", out)


if __name__ == "__main__":  # python -m tests.browser  (from the repository root)
    root = Path(__file__).resolve().parent.parent
    readme_screenshot(root / "docs" / "graph.png", root / "examples" / "ar-news-001.txt")
    print(root / "docs" / "graph.png")
