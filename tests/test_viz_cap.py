"""`kg viz` on a large graph: --limit, --focus, what was left out; where the page is written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import InputError
from kg.pipeline.build import build_corpus
from kg.view.cap import cap, focus_nodes
from kg.view.graphdata import graph_data
from kg.view.viz import default_output

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
runner = CliRunner()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six real articles in one TriG file."""
    out = tmp_path_factory.mktemp("cap") / "six.trig"
    build_corpus(sorted(ARTICLES.glob("*.txt"))[:6], output=out, quiet=True)
    return out


def page_data(page: Path) -> dict:
    text = page.read_text(encoding="utf-8")
    found = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', text, re.S)
    assert found
    return json.loads(found.group(1))


def test_the_limit_keeps_the_best_connected_and_counts_the_rest(corpus: Path) -> None:
    data = graph_data(corpus)
    small = cap(data, limit=10)
    assert len(small.nodes) == 10
    kept = sorted((n.degree for n in small.nodes), reverse=True)
    assert kept == sorted((n.degree for n in data.nodes), reverse=True)[:10]
    assert small.omitted is not None
    assert small.omitted.nodes == len(data.nodes) - 10
    assert small.omitted.total_nodes == len(data.nodes)
    assert small.omitted.by_limit == len(data.nodes) - 10
    assert small.omitted.edges == len(data.edges) - len(small.edges)
    assert small.omitted.statements == len(data.statements) - len(small.statements)
    for e in small.edges:
        assert 0 <= e.source < 10 and 0 <= e.target < 10
        assert all(small.posts[i].holder == e.source for i in e.posts)
    for s in small.statements:
        assert 0 <= s.speaker < 10 and all(0 <= a < 10 for a in s.about)
    assert cap(data, limit=None) is data
    assert cap(data, limit=len(data.nodes)) is data


def test_focus_is_the_ego_network(corpus: Path) -> None:
    data = graph_data(corpus)
    centre = max(data.nodes, key=lambda n: n.degree)
    ego = cap(data, limit=None, focus=centre.label)
    labels = {n.label for n in ego.nodes}
    neighbours = {data.nodes[e.target].label for e in data.edges if e.source == centre.id}
    neighbours |= {data.nodes[e.source].label for e in data.edges if e.target == centre.id}
    assert labels == {centre.label} | neighbours
    assert ego.omitted is not None and ego.omitted.focus == centre.label
    assert ego.omitted.by_limit == 0
    assert cap(data, limit=3, focus=centre.label).omitted.by_limit == len(labels) - 3
    assert focus_nodes(data, centre.label) == {centre.id}
    with pytest.raises(InputError, match="no entity of the graph is named so"):
        cap(data, focus="لا أحد بهذا الاسم")


def test_cli_limit_and_focus_say_what_they_left_out(corpus: Path, tmp_path: Path) -> None:
    data = graph_data(corpus)
    out = tmp_path / "g.html"
    result = runner.invoke(app, ["viz", str(corpus), "-o", str(out), "--limit", "5"])
    assert result.exit_code == 0, result.output
    left = len(data.nodes) - 5
    assert re.fullmatch(
        rf"Wrote {re.escape(str(out))}: 5 nodes, \d+ edges, \d+ statements \(left out {left} of "
        rf"{len(data.nodes)} nodes, \d+ edges, \d+ statements; see --limit, --focus\)\n",
        result.stderr,
    )
    assert page_data(out)["omitted"]["nodes"] == left
    everything = runner.invoke(app, ["viz", str(corpus), "-o", str(out), "--limit", "0", "--force"])
    assert everything.exit_code == 0
    assert "left out" not in everything.stderr
    assert len(page_data(out)["nodes"]) == len(data.nodes)
    nobody = runner.invoke(app, ["viz", str(corpus), "-o", str(out), "--focus", "xyz", "--force"])
    assert (nobody.exit_code, nobody.stderr) == (
        1,
        "Error: --focus 'xyz': no entity of the graph is named so\n",
    )


def test_without_output_the_page_is_named_after_the_source(corpus: Path, tmp_path: Path) -> None:
    graph = tmp_path / "six.trig"
    graph.write_bytes(corpus.read_bytes())
    first = runner.invoke(app, ["-q", "viz", str(graph)])
    assert (first.exit_code, first.output) == (0, "")
    assert (tmp_path / "six.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    (tmp_path / "six.html").write_text("mine", encoding="utf-8")
    again = runner.invoke(app, ["viz", str(graph)])
    assert again.exit_code == 1
    assert (
        again.stderr
        == f"Error: {tmp_path / 'six.html'} already exists; pass --force to overwrite it\n"
    )
    assert (tmp_path / "six.html").read_text(encoding="utf-8") == "mine"
    forced = runner.invoke(app, ["-q", "viz", str(graph), "--force"])
    assert forced.exit_code == 0
    assert (tmp_path / "six.html").read_text(encoding="utf-8") != "mine"


def test_default_output_names(tmp_path: Path) -> None:
    assert default_output("graph.ttl") == Path("graph.html")
    assert default_output(tmp_path / "a" / "g.trig") == tmp_path / "a" / "g.html"
    (tmp_path / "store").mkdir()
    assert default_output(f"{tmp_path / 'store'}/") == tmp_path / "store.html"
    assert default_output("http://user@localhost:7878/query") == Path("localhost_7878.html")
