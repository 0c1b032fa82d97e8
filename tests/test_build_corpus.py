"""Corpus mode of `kg build`: directories, --store, summary table; one IRI per entity."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from rdf_samples import CARTER, TEXT, VERSION, WHEN, sample_extraction
from typer.testing import CliRunner

from kg.errors import InputError
from kg.pipeline.build import build_corpus, collect_articles
from kg.pipeline.rdf.builder import build_dataset
from kg.pipeline.rdf.formats import serialize
from kg.store.embedded import EmbeddedStore
from kg.store.load import load
from kg.store.query import run_query

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ar-news-001.txt"
runner = CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    text = EXAMPLE.read_text(encoding="utf-8")
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text(text + "\nوقال كيري إن الحل سياسي.", encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    return folder


def test_collect_articles(corpus: Path) -> None:
    assert [p.name for p in collect_articles([corpus])] == ["a.txt", "b.txt"]
    assert [p.name for p in collect_articles([f"{corpus}/*.txt", corpus / "a.txt"])] == ["a.txt"]
    with pytest.raises(InputError, match="no file matches"):
        collect_articles([f"{corpus}/*.xml"])


def test_build_into_a_store_twice_never_duplicates(corpus: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = runner.invoke(app_name(), ["build", str(corpus), "--store", str(store)])
    assert first.exit_code == 0, first.output
    assert "a.txt" in first.output and "b.txt" in first.output and "2 of 2 built" in first.output
    with EmbeddedStore.open(store, create=False) as opened:
        count, graphs = opened.quad_count(), opened.graph_names()
    assert len(graphs) == 2
    again = runner.invoke(app_name(), ["build", str(corpus), "--store", str(store), "--quiet"])
    assert (again.exit_code, again.output) == (0, "")
    with EmbeddedStore.open(store, create=False) as opened:
        assert (opened.quad_count(), opened.graph_names()) == (count, graphs)
    assert f"Store {store}: {count} quads in 2 graphs" in first.output


def test_corpus_to_a_trig_file(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "corpus.trig"
    summary = build_corpus([corpus], output=out, quiet=True)
    assert summary.corpus and summary.text is None and not summary.failures
    text = out.read_text(encoding="utf-8")
    assert text.count("/graph/") >= 2 and "{" in text  # TriG, from the suffix


def test_failed_articles_are_listed_and_exit_3_partial(corpus: Path, tmp_path: Path) -> None:
    missing = corpus / "missing.txt"
    result = runner.invoke(
        app_name(), ["build", str(corpus / "a.txt"), str(missing), "-o", str(tmp_path / "x.trig")]
    )
    assert result.exit_code == 3  # partial: see README, "Exit codes"
    assert f"Error: {missing}: no such file\n" in result.output
    assert result.output.endswith("Partial build: 1 of 2 articles failed\n")
    assert (tmp_path / "x.trig").exists()


def test_single_article_keeps_the_old_behaviour(tmp_path: Path) -> None:
    result = runner.invoke(app_name(), ["build", str(EXAMPLE)])
    assert result.exit_code == 0 and result.output.startswith("@prefix")
    result = runner.invoke(app_name(), ["build", str(tmp_path / "none.txt")])
    assert (result.exit_code, result.output) == (
        1,
        f"Error: {tmp_path / 'none.txt'}: no such file\n",
    )


def test_same_entity_across_articles_is_one_resource(tmp_path: Path) -> None:
    first = sample_extraction()
    variant = dataclasses.replace(CARTER, names=frozenset({*CARTER.names, "أشتون كارتر"}))
    second = sample_extraction(TEXT + "\nتحديث.", name="second.txt")
    second = dataclasses.replace(
        second, entities=[variant if e == CARTER else e for e in second.entities]
    )
    trig = tmp_path / "two.trig"
    dataset = build_dataset([first, second], tool_version=VERSION, generated_at=WHEN)
    trig.write_text(serialize(dataset, "trig"), encoding="utf-8")
    load(trig, tmp_path / "store", quiet=True)
    sparql = """
        PREFIX kgo: <https://w3id.org/kg-arabic-news/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT DISTINCT ?person ?label WHERE { ?person a kgo:Person ; kgo:key "آشتون كارتر" ;
                                      rdfs:label ?label } ORDER BY ?label"""
    rows = run_query(tmp_path / "store", sparql).rows
    assert len({person for person, _ in rows}) == 1
    assert [label for _, label in rows] == sorted({"آشتون كارتر", "كارتر", "أشتون كارتر"})
    key = '<https://w3id.org/kg-arabic-news/ontology#key> "آشتون كارتر"'
    graphs = run_query(tmp_path / "store", f"SELECT DISTINCT ?g {{ GRAPH ?g {{ ?p {key} }} }}").rows
    assert len(graphs) == 2


def test_cli_load_into_a_store_and_query_it(tmp_path: Path) -> None:
    from store_samples import count_quads, write_sample

    trig = write_sample(tmp_path / "s.trig")
    store = tmp_path / "store"
    result = runner.invoke(app_name(), ["load", str(trig), str(store)])
    total = count_quads(trig)
    facts = run_query(trig, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").rows[0][0]
    assert (result.exit_code, result.output) == (
        0,
        f"Loaded {total} quads into {store}, replacing 3 graphs "
        "(<https://example.org/graph/tricky>, "
        "<https://w3id.org/kg-arabic-news/id/graph/pentagon-2016.txt>, …) "
        f"(now {total} quads in named graphs, {facts} facts).\n",
    )
    from_store = runner.invoke(app_name(), ["query", str(store), "statements", "-f", "json"])
    from_file = runner.invoke(app_name(), ["query", str(trig), "statements", "-f", "json"])
    assert from_store.exit_code == 0 and from_store.output == from_file.output
    missing = runner.invoke(app_name(), ["load", str(tmp_path / "no.trig"), str(store)])
    assert (missing.exit_code, missing.output) == (
        1,
        f"Error: {tmp_path / 'no.trig'}: no such graph file\n",
    )
    not_store = runner.invoke(app_name(), ["query", str(tmp_path), "roles"])
    assert not_store.exit_code == 1
    assert "not a graph file nor an Oxigraph store directory" in not_store.output


def app_name():  # noqa: ANN201 - the typer app, imported late
    from kg.cli import app

    return app


def test_rebuilding_a_corrected_article_replaces_its_facts_in_the_store(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    runner = CliRunner()
    article = tmp_path / "news.txt"
    store = tmp_path / "store"
    article.write_text("وقال وزير الخارجية الأمريكي جون كيري إن الوضع صعب للغاية.\n", "utf-8")
    assert runner.invoke(app, ["build", str(article), "--store", str(store), "-q"]).exit_code == 0
    article.write_text("وقال وزير الخارجية الأمريكي جون كيري إن الحل قريب جدا.\n", "utf-8")
    assert runner.invoke(app, ["build", str(article), "--store", str(store), "-q"]).exit_code == 0
    result = runner.invoke(app, ["query", str(store), "statements", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[1:] == ["جون كيري,قال,الحل قريب جدا,40,53"]


# Into a store that was empty: the bulk loader ------------------------------------------------


def _store_quads(store: Path) -> set[str]:
    """Every quad of the store (article graphs, facts, index), time stamps masked."""
    import re

    with EmbeddedStore.open(store, create=False) as opened:
        quads = {str(q) for q in opened.store}
    return {re.sub(r'"\d{4}-\d\d-\d\dT[\d:]+Z"', '"T"', q) for q in quads}


@pytest.fixture
def bulk_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The quads of each call of the store's bulk loader, in order (the loader still runs)."""
    calls: list[int] = []
    bulk_add = EmbeddedStore.bulk_add

    def spy(self: EmbeddedStore, nquads: bytes) -> None:
        calls.append(nquads.count(b"\n"))
        bulk_add(self, nquads)

    monkeypatch.setattr(EmbeddedStore, "bulk_add", spy)
    return calls


def test_build_into_an_empty_store_bulk_loads_what_transactions_would_write(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bulk_calls: list[int]
) -> None:
    calls = bulk_calls
    summary = build_corpus([corpus], store=tmp_path / "bulk", quiet=True)
    assert len(calls) == 1 and calls[0] == summary.store_quads > 0
    monkeypatch.setattr(EmbeddedStore, "is_empty", lambda self: False)  # as if it had data
    build_corpus([corpus], store=tmp_path / "transactions", quiet=True)
    assert len(calls) == 1
    assert _store_quads(tmp_path / "bulk") == _store_quads(tmp_path / "transactions")


def test_a_bulk_build_in_batches_of_one_article_writes_the_same_store(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bulk_calls: list[int]
) -> None:
    import kg.pipeline.build

    calls = bulk_calls
    build_corpus([corpus], store=tmp_path / "one", quiet=True)
    assert len(calls) == 1
    monkeypatch.setattr(kg.pipeline.build, "BULK_BATCH", 1)  # a bulk call per article
    build_corpus([corpus], store=tmp_path / "per-article", quiet=True)
    assert len(calls) == 3 and sum(calls[1:]) == calls[0]
    assert _store_quads(tmp_path / "per-article") == _store_quads(tmp_path / "one")


def test_a_failed_build_empties_the_store_it_began_empty(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.store.index

    def failing(target: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.store.index, "refresh", failing)  # after every article was written
    with pytest.raises(KeyboardInterrupt):
        build_corpus([corpus], store=tmp_path / "store", quiet=True)
    assert _store_quads(tmp_path / "store") == set()


def test_the_same_file_name_twice_replaces_its_graph_in_a_bulk_build(
    corpus: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("وقال كيري إن الحل سياسي.\n", encoding="utf-8")
    build_corpus([corpus / "a.txt", other / "a.txt"], store=tmp_path / "twice", quiet=True)
    build_corpus([other / "a.txt"], store=tmp_path / "once", quiet=True)
    assert _store_quads(tmp_path / "twice") == _store_quads(tmp_path / "once")
