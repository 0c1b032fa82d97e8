"""The graph page in real headless Chromium, with the network off: one article and a
corpus-sized graph open without script or console errors, fill the window, and the label of
the best-connected entity is drawn at a readable size."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.pipeline.build import build_corpus, build_graph
from kg.view.graphdata import graph_data
from kg.view.viz import write_viz
from tests import browser
from tests.corpus_sample import write_sample

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ar-news-001.txt"
WINDOW = "1400,900"

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


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The page of 200 articles (made from the fixture articles: tests/corpus_sample.py)."""
    tmp = tmp_path_factory.mktemp("corpus")
    articles = write_sample(tmp / "articles", 200)
    build_corpus(articles, output=tmp / "corpus.nq", quiet=True)
    write_viz(tmp / "corpus.nq", tmp / "corpus.html")
    return tmp / "corpus.html"


def assert_readable(view: dict) -> None:
    """The graph fills the window below the header, and the best-connected entity's label
    is shown at 12 px or more."""
    left, top, width, height = view["container"]
    assert height >= 0.75 * view["window"][1]  # the header leaves the graph the window
    x, y, w, h = view["drawn"]  # pixels drawn on the graph's canvases
    assert w >= 0.85 * width or h >= 0.85 * height, (view["drawn"], view["container"])
    assert left - 1 <= x and x + w <= left + width + 1 and top - 1 <= y <= top + 0.1 * height
    label = view["top"]
    assert not label["quiet"] and label["text"] == label["label"]
    assert label["font"] >= 12 and label["labelHeight"] >= 12, label


def test_one_article_opens_without_errors_fills_the_window_and_reads(page: Path) -> None:
    report = browser.probe(page, size=WINDOW)
    assert report["errors"] == [] and report["ready"]
    assert report["view"]["nodes"] == len(graph_data(page.with_suffix(".ttl")).nodes)
    assert_readable(report["view"])


def test_two_hundred_articles_open_capped_without_errors_and_read(corpus_page: Path) -> None:
    report = browser.probe(corpus_page, size=WINDOW)
    assert report["errors"] == [] and report["ready"]
    assert report["view"]["nodes"] == 200  # the default --limit
    assert_readable(report["view"])
    dom = browser.dump_dom(corpus_page.as_uri())
    note = re.search(r'<p id="omitted">([^<]*)</p>', dom)
    assert note and "يعرض المخطط 200 من" in note.group(1)
    options = re.findall(r"<option value=\"\d+\">", dom)
    assert len(options) == 200  # one per article, for the article filter


FILTERS = """
  var cy = window.kgGraph, out = {};
  function shown(sel) { return cy.nodes(sel || "").not(".hidden").length; }
  out.all = shown();
  var box = document.querySelector('#kinds input[value="person"]');
  box.checked = false; box.dispatchEvent(new Event("change"));
  out.people = shown(".person"); out.others = shown();
  box.checked = true; box.dispatchEvent(new Event("change"));
  var select = document.getElementById("article");
  select.value = "0"; select.dispatchEvent(new Event("change"));
  out.inFirst = cy.nodes().not(".hidden").map(function (n) { return n.data("index"); });
  select.value = ""; select.dispatchEvent(new Event("change"));
  var search = document.getElementById("search");
  search.value = SEARCHED; search.dispatchEvent(new Event("input"));
  out.found = cy.nodes(".match").map(function (n) { return n.data("label"); });
  search.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
  out.details = document.querySelector("#details h2").textContent;
  return out;
"""


def test_filters_by_kind_and_article_and_the_search_box(corpus_page: Path) -> None:
    import json

    data = json.loads(
        re.search(
            r'<script id="kg-data" type="application/json">(.*?)</script>',
            corpus_page.read_text(encoding="utf-8"),
            re.S,
        ).group(1)
    )
    searched = "الولايات المتحدة"
    report = browser.probe(corpus_page, action=FILTERS.replace("SEARCHED", json.dumps(searched)))
    assert report["errors"] == []
    acted = report["acted"]
    people = sum(n["kind"] == "person" for n in data["nodes"])
    assert acted["all"] == len(data["nodes"]) and acted["people"] == 0
    assert acted["others"] == len(data["nodes"]) - people
    assert sorted(acted["inFirst"]) == [n["id"] for n in data["nodes"] if 0 in n["articles"]]
    assert 0 < len(acted["inFirst"]) < len(data["nodes"])
    assert searched in acted["found"] and all(searched in f for f in acted["found"])
    assert acted["details"] == acted["found"][0]


def test_screenshot(page: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.png"
    browser.screenshot(page.as_uri(), out, size=WINDOW)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 10_000


def test_nodes_and_arabic_labels_are_drawn(page: Path) -> None:
    dom = browser.dump_dom(page.as_uri())
    assert 'data-ready="true"' in dom
    assert re.search(r'<div id="graph"[^>]*>.*?<canvas', dom, re.S)
    assert "آشتون كارتر" in dom  # in the data; the canvas draws it


def test_a_linked_node_shows_its_facts_with_their_sentences(page: Path) -> None:
    data = graph_data(page.with_suffix(".ttl"))
    speaker = max(data.nodes, key=lambda n: sum(s.speaker == n.id for s in data.statements))
    dom = browser.dump_dom(f"{page.as_uri()}#node-{speaker.id}")
    details = dom[dom.index('<aside id="details"') :]
    assert f"<h2>{speaker.label}</h2>" in details
    first = next(s for s in data.statements if s.speaker == speaker.id)
    assert f"<mark>{first.position}</mark>" in details
    assert details.count('<li class="fact statement">') >= 2
    assert f"{EXAMPLE.name} @ {first.begin}–{first.end}" in details
    holder = next(p for p in data.posts if p.sentence)
    dom = browser.dump_dom(f"{page.as_uri()}#node-{holder.holder}")
    details = dom[dom.index('<aside id="details"') :]
    assert f"{EXAMPLE.name} @ {holder.begin}–{holder.end}" in details
    assert '<li class="fact post">' in details


def test_an_empty_graph_draws_an_empty_page(tmp_path: Path) -> None:
    (tmp_path / "empty.ttl").write_text("", encoding="utf-8")
    write_viz(tmp_path / "empty.ttl", tmp_path / "empty.html")
    report = browser.probe(tmp_path / "empty.html")
    assert report["errors"] == [] and report["ready"]
    assert report["view"]["nodes"] == 0


def test_script_errors_fail_the_check(tmp_path: Path) -> None:
    (tmp_path / "bad.html").write_text("<script>nope();</script>", encoding="utf-8")
    with pytest.raises(AssertionError, match="nope is not defined"):
        browser.dump_dom((tmp_path / "bad.html").as_uri())


def test_the_probe_reports_console_errors(tmp_path: Path) -> None:
    (tmp_path / "noisy.html").write_text(
        '<html><head></head><body data-ready="true"><script>console.error("bad")</script>'
        "</body></html>",
        encoding="utf-8",
    )
    assert browser.probe(tmp_path / "noisy.html")["errors"] == ["error: bad"]
