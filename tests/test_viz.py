"""`kg viz`: graph data from SPARQL, one self-contained offline HTML page."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline.build import build_graph
from kg.view.graphdata import Edge, GraphData, Node, Statement, graph_data
from kg.view.viz import VENDOR, render_html, script_json, vendor_manifest, write_viz

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ar-news-001.txt"
runner = CliRunner()


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("viz") / "graph.ttl"
    build_graph([EXAMPLE], output=out)
    return out


def embedded(page: str) -> dict:
    match = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def test_graph_data_nodes_posts_and_statements(graph: Path) -> None:
    data = graph_data(graph)
    label = {n.id: n.label for n in data.nodes}
    kinds = {n.kind for n in data.nodes}
    assert kinds == {"person", "organisation", "country"}
    posts = {(label[e.source], e.label, label[e.target]) for e in data.edges if e.kind == "post"}
    assert ("آشتون كارتر", "وزير الدفاع", "الولايات المتحدة") in posts
    key = {n.id: n.key for n in data.nodes}
    assert ("ru-kremlin", "RU") in {
        (key[e.source], key[e.target]) for e in data.edges if e.kind == "country"
    }
    assert data.statements
    for s in data.statements:
        assert s.position in s.sentence
        assert s.speaker not in s.about
    said = [e for e in data.edges if e.kind == "statement"]
    assert said and all(e.statements for e in said)
    syria = next(n.id for n in data.nodes if n.label == "سوريا")
    assert any(e.target == syria for e in said)


def test_graph_data_holds_no_iri(graph: Path) -> None:
    text = json.dumps(graph_data(graph).to_dict(), ensure_ascii=False)
    assert "http" not in text


def test_script_json_cannot_close_the_script() -> None:
    value = {"label": "</script><script>alert(1)</script> & <!-- \u2028"}
    text = script_json(value)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == value


VENDORED = re.compile(r'<script data-vendor="([^"@]+)@([^"]+)">\n(.*?)\n</script>', re.S)


def test_page_is_self_contained_and_right_to_left(graph: Path) -> None:
    page = render_html(graph_data(graph), "kg")
    own = VENDORED.sub("", page)  # the page's own parts: template, style, script, data
    assert not re.search(r"https?:", own, re.I)
    assert not re.search(r"\b(src|href)\s*=", own, re.I)
    assert "@import" not in own and "url(" not in own
    assert '<html lang="ar" dir="rtl">' in page
    assert "Noto Naskh Arabic" in page
    assert embedded(page)["nodes"]


def test_the_vendored_libraries_are_inlined_whole_with_their_licences(graph: Path) -> None:
    page = render_html(graph_data(graph), "kg")
    manifest = vendor_manifest()
    inlined = VENDORED.findall(page)
    assert [(name, version) for name, version, _ in inlined] == [
        (e["package"], e["version"]) for e in manifest
    ]
    assert [e["package"] for e in manifest] == [
        "cytoscape",
        "layout-base",
        "cose-base",
        "cytoscape-fcose",
    ]
    for entry, (name, _version, block) in zip(manifest, inlined, strict=True):
        code = (VENDOR / f"{name}.js").read_text(encoding="utf-8")
        licence = (VENDOR / f"{name}.LICENSE").read_text(encoding="utf-8")
        assert block.endswith("*/\n" + code)
        assert licence.replace("*/", "* /") in block
        for file, digest in entry["files"].items():
            assert hashlib.sha256((VENDOR / file).read_bytes()).hexdigest() == digest, file
        assert entry["integrity"].startswith("sha512-")


def test_the_vendoring_script_pins_what_the_manifest_records() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "vendor_graph_js", ROOT / "scripts" / "vendor_graph_js.py"
    )
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert [(n, v, i) for n, v, i, _ in script.PINS] == [
        (e["package"], e["version"], e["integrity"]) for e in vendor_manifest()
    ]


def test_hostile_labels_stay_data() -> None:
    data = GraphData(
        nodes=[Node(0, "person", "</script><img src=x onerror=alert(1)>")],
        edges=[Edge(0, 0, "post", "<b>")],
        statements=[Statement(0, 0, "قال", "</script>", "قال </script>")],
    )
    page = render_html(data, "<title>")
    assert page.count("</script>") == 2 + len(vendor_manifest())  # data, libraries, code
    assert "<img" not in page
    assert "<title>&lt;title&gt;</title>" in page
    assert embedded(page)["nodes"][0]["label"] == "</script><img src=x onerror=alert(1)>"


def test_write_viz(graph: Path, tmp_path: Path) -> None:
    done = write_viz(graph, tmp_path / "g.html")
    assert done.output == tmp_path / "g.html"
    assert done.nodes == len(embedded(done.output.read_text(encoding="utf-8"))["nodes"])


def test_cli_viz(graph: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.html"
    result = runner.invoke(app, ["viz", str(graph), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert re.fullmatch(
        rf"Wrote {re.escape(str(out))}: \d+ nodes, \d+ edges, \d+ statements\n", result.stderr
    )
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_viz_quiet(graph: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["-q", "viz", str(graph), "-o", str(tmp_path / "g.html")])
    assert result.exit_code == 0
    assert result.output == ""


def test_cli_viz_missing_graph(tmp_path: Path) -> None:
    result = runner.invoke(app, ["viz", "nope.ttl", "-o", str(tmp_path / "g.html")])
    assert result.exit_code == 1
    assert result.stderr == "Error: nope.ttl: no such graph file, store directory or endpoint\n"
    assert not (tmp_path / "g.html").exists()


def test_written_files_are_readable_like_any_new_file(graph: Path, tmp_path: Path) -> None:
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    page = write_viz(graph, tmp_path / "g.html").output
    assert page.stat().st_mode & 0o777 == 0o666 & ~mask


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("وروسيا", "روسيا", True),
        ("في سوريا، قال", "سوريا", True),
        ("بالولايات المتحدة", "الولايات المتحدة", True),
        ("وللولايات المتحدة", "الولايات المتحدة", True),
        ("الروسية", "روسيا", False),
        ("تكييم", "كيم", False),
    ],
)
def test_statements_mention_whole_names(text: str, name: str, expected: bool) -> None:
    from kg.view.graphdata import mentions

    assert mentions(text, name) is expected


def test_graph_data_reads_a_former_post_from_its_interval(tmp_path: Path) -> None:
    from kg.pipeline.rdf.builder import extraction_to_graph
    from tests.rdf_samples import VERSION, WHEN, sample_extraction

    graph = tmp_path / "sample.ttl"
    extraction_to_graph(sample_extraction(), tool_version=VERSION, generated_at=WHEN).serialize(
        graph, format="turtle"
    )
    data = graph_data(graph)
    label = {n.id: n.label for n in data.nodes}
    posts = {(label[p.holder], p.role, p.former) for p in data.posts}
    assert posts == {
        ("بيتر كوك", "المتحدث باسم", False),
        ("آشتون كارتر", "وزير الدفاع", False),
        ("جون كيري", "وزير الخارجية", True),
    }
    assert all(p.file == "pentagon-2016.txt" and p.sentence for p in data.posts)
