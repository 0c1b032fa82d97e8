"""`kg show` and `kg viz` read every source `kg query` reads: file, store, endpoint."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline.build import build_corpus
from kg.store.load import load
from kg.view.graphdata import graph_data
from kg.view.show import render_show

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ar-news-001.txt"
runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The example article as a TriG file and as an Oxigraph store directory."""
    tmp = tmp_path_factory.mktemp("sources")
    build_corpus([EXAMPLE], output=tmp / "graph.trig", quiet=True)
    build_corpus([EXAMPLE], store=tmp / "store", quiet=True)
    return tmp / "graph.trig", tmp / "store"


def test_store_gives_the_same_graph_and_tables(built: tuple[Path, Path]) -> None:
    trig, store = built
    assert graph_data(store) == graph_data(trig)
    assert render_show(store) == render_show(trig)


def test_cli_viz_and_show_read_a_store(built: tuple[Path, Path], tmp_path: Path) -> None:
    trig, store = built
    for source, page in ((trig, tmp_path / "a.html"), (store, tmp_path / "b.html")):
        result = runner.invoke(app, ["-q", "viz", str(source), "-o", str(page), "--title", "t"])
        assert (result.exit_code, result.output) == (0, "")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()
    shown = runner.invoke(app, ["show", str(store), "-s", "people"])
    assert shown.exit_code == 0
    assert shown.stdout == runner.invoke(app, ["show", str(trig), "-s", "people"]).stdout


@pytest.mark.server
def test_endpoint_gives_the_same_graph(server: str, built: tuple[Path, Path]) -> None:
    trig, _ = built
    load(trig, server, quiet=True)
    assert graph_data(server) == graph_data(trig)
    result = runner.invoke(app, ["show", server, "-s", "statements"])
    assert result.exit_code == 0
    assert result.stdout == runner.invoke(app, ["show", str(trig), "-s", "statements"]).stdout
