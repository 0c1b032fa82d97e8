"""Headless Chromium for tests and the README screenshot (offline: no proxy, no DNS)."""

from __future__ import annotations

import json
import re
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


# Put first in <head>: records script errors and console errors/warnings, then, once the page
# says it is ready, what the graph looks like on screen, as JSON in <pre id="kg-probe">.
PROBE = """<script>
(function () {
  var errors = [];
  window.addEventListener("error", function (e) { errors.push("error: " + e.message); });
  ["error", "warn"].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      errors.push(level + ": " + Array.prototype.join.call(arguments, " "));
      return original.apply(console, arguments);
    };
  });
  function measure(cy) {
    var data = JSON.parse(document.getElementById("kg-data").textContent);
    var box = document.getElementById("graph").getBoundingClientRect();
    var out = { zoom: cy.zoom(), window: [window.innerWidth, window.innerHeight],
                container: [box.left, box.top, box.width, box.height], nodes: cy.nodes().length };
    var shown = cy.elements().not(".hidden");
    if (shown.nodes().length) {
      var bb = shown.renderedBoundingBox({ includeLabels: false });
      out.graph = [bb.x1, bb.y1, bb.w, bb.h];
      var top = data.nodes.reduce(function (a, b) { return b.degree > a.degree ? b : a; });
      var n = cy.getElementById("n" + top.id);
      var label = n.renderedBoundingBox({ includeNodes: false, includeEdges: false });
      out.top = { label: top.label, degree: top.degree,
                  font: n.pstyle("font-size").pfValue * cy.zoom(),
                  quiet: n.hasClass("quiet"), text: n.pstyle("label").strValue,
                  labelHeight: label.h };
    }
    out.drawn = drawn();
    return out;
  }
  // The box, in CSS px of the page, of what the graph's canvases hold: pixels, not models.
  function drawn() {
    var x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    document.querySelectorAll("#graph canvas").forEach(function (canvas) {
      var rect = canvas.getBoundingClientRect(), sx = canvas.width / rect.width;
      var sy = canvas.height / rect.height;
      var pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      for (var y = 0; y < canvas.height; y += 2) {
        for (var x = 0; x < canvas.width; x += 2) {
          if (pixels[(y * canvas.width + x) * 4 + 3] > 40) {
            x1 = Math.min(x1, rect.left + x / sx); x2 = Math.max(x2, rect.left + x / sx);
            y1 = Math.min(y1, rect.top + y / sy); y2 = Math.max(y2, rect.top + y / sy);
          }
        }
      }
    });
    return x1 > x2 ? null : [x1, y1, x2 - x1, y2 - y1];
  }
  var tries = 0, out = null;
  function report() {
    if (document.body.getAttribute("data-ready") !== "true" && tries++ < 100) {
      setTimeout(report, 20);
      return;
    }
    if (out === null) {
      out = { errors: errors, ready: document.body.getAttribute("data-ready") === "true" };
      try { out.acted = (window.kgProbeAction || function () { return null; })(); }
      catch (e) { errors.push("action: " + e.message); }
    }
    try { if (window.kgGraph) out.view = measure(window.kgGraph); }
    catch (e) { errors.push("probe: " + e.message); }
    // the renderer draws on an animation frame: on a busy machine the first may come late
    if (out.view && out.view.nodes && out.view.drawn === null && tries++ < 200) {
      setTimeout(report, 25);
      return;
    }
    var pre = document.createElement("pre");
    pre.id = "kg-probe";
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }
  window.addEventListener("load", function () { setTimeout(report, 0); });
})();
</script>"""


def probe(page: Path, fragment: str = "", size: str = "1400,900", action: str = "") -> dict:
    """Open a copy of `page` with PROBE in it; what PROBE reported (errors, view). `action`,
    JavaScript run once the page is ready (a function body), may use the page as a user
    would; what it returns is reported as `acted`."""
    html = page.read_text(encoding="utf-8")
    script = PROBE
    if action:
        script += f"<script>window.kgProbeAction = function () {{ {action} }};</script>"
    with tempfile.TemporaryDirectory(prefix="kg-probe-") as tmp:
        copy = Path(tmp) / page.name
        copy.write_text(html.replace("<head>", "<head>\n" + script, 1), encoding="utf-8")
        dom = run(f"--window-size={size}", "--dump-dom", copy.as_uri() + fragment, budget_ms=10000)
    found = re.search(r'<pre id="kg-probe">(.*?)</pre>', dom, re.S)
    if found is None:
        raise AssertionError("the probe did not report: the page never finished loading")
    text = found.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return json.loads(text)


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
