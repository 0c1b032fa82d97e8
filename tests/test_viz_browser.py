"""The graph page in real headless Chromium, with the network off."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.pipeline.build import build_graph
from kg.view.graphdata import graph_data
from kg.view.viz import write_viz
from tests import browser

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ar-news-001.txt"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        browser.chromium() is None,
        reason="chromium is not installed (Debian: apt-get install -y chromium)",
    ),
]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("browser")
    build_graph([EXAMPLE], output=tmp / "graph.ttl")
    write_viz(tmp / "graph.ttl", tmp / "graph.html")
    return tmp / "graph.html"


def test_nodes_and_arabic_labels_are_drawn(page: Path) -> None:
    data = graph_data(page.with_suffix(".ttl"))
    dom = browser.dump_dom(page.as_uri())
    assert 'data-ready="true"' in dom
    drawn = re.findall(r'<g class="node node-(person|organisation|country)', dom)
    assert len(drawn) == len(data.nodes)
    labels = re.findall(r'<text class="label"[^>]*>([^<]*)</text>', dom)
    assert sorted(labels) == sorted(n.label for n in data.nodes)
    assert "آشتون كارتر" in labels
    assert len(re.findall(r'<line class="edge', dom)) == len(data.edges)
    assert re.search(r'<svg id="graph"[^>]* viewBox="[-\d. e]+"', dom)


def test_a_linked_node_shows_its_statements_with_their_sentences(page: Path) -> None:
    data = graph_data(page.with_suffix(".ttl"))
    speaker = max(data.nodes, key=lambda n: sum(s.speaker == n.id for s in data.statements))
    dom = browser.dump_dom(f"{page.as_uri()}#node-{speaker.id}")
    details = dom[dom.index('<aside id="details"') :]
    assert f"<h2>{speaker.label}</h2>" in details
    first = next(s for s in data.statements if s.speaker == speaker.id)
    assert f"<mark>{first.position}</mark>" in details
    assert details.count('<li class="statement">') >= 2


def test_screenshot(page: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.png"
    browser.screenshot(page.as_uri(), out)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 10_000


def test_an_empty_graph_draws_an_empty_page(tmp_path: Path) -> None:
    (tmp_path / "empty.ttl").write_text("", encoding="utf-8")
    write_viz(tmp_path / "empty.ttl", tmp_path / "empty.html")
    dom = browser.dump_dom((tmp_path / "empty.html").as_uri())
    assert 'data-ready="true"' in dom
    assert '<g class="node ' not in dom


def test_script_errors_fail_the_check(tmp_path: Path) -> None:
    (tmp_path / "bad.html").write_text("<script>nope();</script>", encoding="utf-8")
    with pytest.raises(AssertionError, match="nope is not defined"):
        browser.dump_dom((tmp_path / "bad.html").as_uri())
