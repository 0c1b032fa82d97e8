"""The benchmark runner works end to end and prints its table (timings are not checked)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.synth import synth_article, write_corpus
from kg.pipeline.pipeline import process_files

ROOT = Path(__file__).resolve().parent.parent


def test_synthetic_articles_are_reproducible_and_yield_facts(tmp_path: Path) -> None:
    assert synth_article(3) == synth_article(3) != synth_article(4)
    paths = write_corpus(tmp_path, 4, words=200)
    results = [x for _, x in process_files(paths, "rules", workers=2)]
    assert all(len(x.document.text.split()) >= 200 for x in results)
    assert sum(len(x.statements) for x in results) > 0
    assert sum(len(x.roles) for x in results) > 0


def test_process_files_keeps_order_and_matches_one_worker(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path, 6, words=80) + [tmp_path / "missing.txt"]
    one = list(process_files(paths, "rules"))
    two = list(process_files(paths, "rules", workers=2, chunksize=2))
    assert [p for p, _ in one] == [p for p, _ in two] == paths
    assert "no such file" in str(two[-1][1])
    assert [len(x.statements) for _, x in one[:-1]] == [len(x.statements) for _, x in two[:-1]]


def test_quick_run_prints_the_table(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "benchmarks", "--quick", "--workdir", str(tmp_path)]
    command += ["--corpus", str(tmp_path / "no-corpus")]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("Machine: nproc")
    assert "| measurement" in out and "| build" in out and "| load" in out
    for engine in ("rdflib", "pyoxigraph", "kg.pipeline.rdf.formats.serialize"):
        assert engine in out
    assert "query provenance" in out and "error" not in out.lower()


def test_doc_sections_are_replaced_and_the_others_kept() -> None:
    from benchmarks.doc import replace

    doc = "# B\n\nprose\n<!-- begin speed -->\nold\n<!-- end speed -->\nmore prose\n"
    doc += "<!-- begin store -->\ntheirs\n<!-- end store -->\n"
    new = replace(doc, "speed", "new figures")
    assert new == doc.replace("old", "new figures")
    assert replace(new, "query", "q").endswith("<!-- begin query -->\nq\n<!-- end query -->\n")


def test_speed_section_side_by_side(tmp_path: Path) -> None:
    from benchmarks.speed import section

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("ar-news-001.txt", "ar-news-002.txt", "ar-news-003.txt"):
        source = ROOT / "tests" / "fixtures" / "articles" / name
        (corpus / name).write_bytes(source.read_bytes())
    text = section(corpus, profile_articles=2)
    assert "| read + tokenise (regex) |" in text
    for row in ("kg build -o out.nq, 1 worker(s)", "kg build -o out.nq, 2 worker(s)"):
        assert f"| {row} |" in text
    assert "| kg build --store, 1 worker(s) |" in text and "-j 2 / -j 1: x" in text
    assert "| function | calls | own s |" in text and "error" not in text.lower()


@pytest.mark.server
def test_store_section_side_by_side(tmp_path: Path) -> None:
    """The store section on three articles: both loads, the server load and every canned
    query, with the ratios to `oxigraph load` and the targets judged in one run."""
    from argparse import Namespace

    from benchmarks.store_cases import store_section
    from kg.resources import query_names

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("ar-news-001.txt", "ar-news-002.txt", "ar-news-003.txt"):
        source = ROOT / "tests" / "fixtures" / "articles" / name
        (corpus / name).write_bytes(source.read_bytes())
    args = Namespace(quick=True, corpus=corpus, workdir=tmp_path / "work")
    text = store_section(args)
    for engine in ("oxigraph load (CLI)", "kg load (embedded store)", "kg load (Oxigraph server"):
        assert engine in text
    for name in query_names():
        assert f"| query {name} " in text
    assert "within 1.5x of `oxigraph load`: x" in text and "commit " in text


def test_store_queries_side_by_side(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """benchmarks.store_queries on a store of three articles, this checkout against itself:
    the index rewritten by each, every canned query timed in both forms with the same rows."""
    from benchmarks.store_queries import main
    from kg.pipeline.build import build_corpus
    from kg.resources import query_names

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("ar-news-001.txt", "ar-news-002.txt", "ar-news-003.txt"):
        source = ROOT / "tests" / "fixtures" / "articles" / name
        (corpus / name).write_bytes(source.read_bytes())
    build_corpus([corpus], store=tmp_path / "store", quiet=True)
    main([str(tmp_path / "store"), "--before", str(ROOT), "--repeat", "1"])
    text = capsys.readouterr().out
    assert "| rewrite of the query index (s, not ms) |" in text
    for name in query_names():
        assert f"| {name} (same text) | " in text
    assert "**no**" not in text
