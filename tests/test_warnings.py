"""No deprecated rdflib API (ConjunctiveGraph, Dataset.default_context...) is reached from
kg's own code: build, load, query and validate run with DeprecationWarning as an error
(pyproject's filterwarnings also turns such warnings from kg and the tests into errors)."""

from __future__ import annotations

import warnings
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app

ARTICLE = Path(__file__).parent / "fixtures" / "articles" / "ar-news-001.txt"
KG = str(Path(__file__).resolve().parent.parent / "kg")


def test_commands_raise_no_deprecation_warning_from_kg(tmp_path: Path) -> None:
    runner = CliRunner()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DeprecationWarning)
        for suffix in ("trig", "nq", "ttl", "jsonld"):
            out = tmp_path / f"a.{suffix}"
            assert runner.invoke(app, ["build", str(ARTICLE), "-o", str(out), "-q"]).exit_code == 0
            assert runner.invoke(app, ["validate", str(out)]).exit_code == 0
            assert runner.invoke(app, ["query", str(out), "roles"]).exit_code == 0
            assert runner.invoke(app, ["load", str(out), str(tmp_path / "s"), "-q"]).exit_code == 0
    ours = [w for w in caught if issubclass(w.category, DeprecationWarning)]
    ours = [w for w in ours if w.filename.startswith(KG) or "rdflib" in w.filename]
    assert [f"{w.filename}:{w.lineno}: {w.message}" for w in ours] == []
