"""The benchmark runner works end to end and prints its table (timings are not checked)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
