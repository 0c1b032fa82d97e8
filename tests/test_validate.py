"""SHACL validation of produced graphs, and readable reports for broken ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, SKOS, Literal, Namespace, URIRef

from kg.errors import InputError
from kg.pipeline.rdf.builder import build_dataset, extraction_to_graph
from kg.pipeline.rdf.formats import serialize
from kg.pipeline.rdf.terms import KGO, NIF, ORG, entity_iri
from kg.store.validate import ValidationReport, Violation, validate_graph
from tests.rdf_samples import VERSION, WHEN, sample_extraction, with_unlisted_country
from tests.test_rdf import odd_extraction


def test_produced_graph_conforms() -> None:
    g = extraction_to_graph(sample_extraction(), tool_version=VERSION, generated_at=WHEN)
    report = validate_graph(g)
    assert report == ValidationReport(True, [], [])
    assert report.lines() == []


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "jsonld", "nt"])
def test_files_of_every_format_conform(tmp_path: Path, fmt: str) -> None:
    ds = build_dataset(
        [sample_extraction(), odd_extraction()], tool_version=VERSION, generated_at=WHEN
    )
    suffix = {"turtle": "ttl", "trig": "trig", "nquads": "nq", "jsonld": "jsonld", "nt": "nt"}
    path = tmp_path / f"graph.{suffix[fmt]}"
    path.write_text(serialize(ds, fmt), encoding="utf-8")
    report = validate_graph(path)
    assert report.conforms, report.lines()


def test_broken_graph_fails_with_readable_messages() -> None:
    g = extraction_to_graph(sample_extraction(), tool_version=VERSION, generated_at=WHEN)
    cook = entity_iri("Person", "بيتر كوك")
    g.remove((cook, KGO.key, None))
    g.set((cook, SKOS.prefLabel, Literal("Peter Cook", lang="en")))
    statement = next(g.subjects(RDF.type, KGO.Statement))
    g.set((statement, KGO.position, Literal("نص آخر", lang="ar")))
    span = next(g.objects(statement, KGO.positionSpan))
    g.set((span, NIF.beginIndex, Literal("41")))
    g.remove((next(g.subjects(RDF.type, KGO.Membership)), KGO.evidence, None))

    report = validate_graph(g)
    assert not report.conforms
    by_path = {(v.path, v.message) for v in report.violations}
    assert ("kgo:key", "needs exactly one non-empty kgo:key string") in by_path
    assert (
        "skos:prefLabel",
        'needs an Arabic preferred label (skos:prefLabel "..."@ar)',
    ) in by_path
    assert ("kgo:evidence", "needs exactly one kgo:evidence span (a kgo:Span)") in by_path
    assert any(v.path == "nif:beginIndex" for v in report.violations)
    assert any(
        "differs from the text of its kgo:positionSpan" in v.message for v in report.violations
    )
    assert all(isinstance(v, Violation) for v in report.violations)
    lines = report.lines()
    assert len(lines) == len(report.violations)
    assert any(line.startswith("Peter Cook <https://") for line in lines)
    assert any(line.startswith("نص آخر <https://") for line in lines)  # statement named by position


def test_country_known_only_by_key_is_a_warning_not_a_violation() -> None:
    x = with_unlisted_country(sample_extraction(), "GB")
    report = validate_graph(extraction_to_graph(x, tool_version=VERSION, generated_at=WHEN))
    assert report.conforms
    assert [w.path for w in report.warnings] == ["skos:prefLabel"]
    assert report.lines()[0].startswith("warning: <https://w3id.org/kg-arabic-news/id/country/GB>")


def test_unreadable_files_raise_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        validate_graph(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(InputError, match="cannot parse as turtle"):
        validate_graph(bad)


def test_post_must_be_in_an_organisation_or_country() -> None:
    g = extraction_to_graph(sample_extraction(), tool_version=VERSION, generated_at=WHEN)
    cook, carter = entity_iri("Person", "بيتر كوك"), entity_iri("Person", "آشتون كارتر")
    membership = next(g.subjects(ORG.member, carter))
    g.set((membership, ORG.organization, cook))
    g.add((carter, KGO.holdsPostIn, cook))
    report = validate_graph(g)
    assert {v.path for v in report.violations} == {"org:organization", "kgo:holdsPostIn"}


def test_offsets_that_do_not_slice_the_article_text_are_violations() -> None:
    g = extraction_to_graph(sample_extraction(), tool_version=VERSION, generated_at=WHEN)
    article = next(g.subjects(RDF.type, NIF.Context))
    text = str(g.value(article, NIF.isString))
    g.set((article, NIF.isString, Literal("x" + text[1:] + "!")))  # one letter off, one longer
    report = validate_graph(g)
    messages = {v.message for v in report.violations}
    assert "nif:endIndex is not the length of nif:isString" in messages
    assert any("is not the text of its article at its offsets" in m for m in messages)
    g.remove((article, NIF.isString, None))
    assert "needs exactly one nif:isString (the article's text)" in {
        v.message for v in validate_graph(g).violations
    }


def test_a_post_needs_its_interval_against_the_article_time() -> None:
    time = Namespace("http://www.w3.org/2006/time#")
    g = extraction_to_graph(sample_extraction(), tool_version=VERSION, generated_at=WHEN)
    membership = next(g.subjects(RDF.type, KGO.Membership))
    interval = g.value(membership, ORG.memberDuring)
    instant = next(g.objects(interval, time.before | time.inside))
    g.add((interval, time.before, instant))
    g.add((interval, time.inside, instant))  # both before and holding it
    messages = {v.message for v in validate_graph(g).violations}
    assert "a post's interval is either time:before or time:inside one time:Instant" in messages
    g.remove((interval, None, None))
    g.remove((membership, ORG.memberDuring, None))
    messages = {v.message for v in validate_graph(g).violations}
    assert "needs exactly one org:memberDuring (a time:Interval)" in messages
    g.add((membership, ORG.memberDuring, interval))
    g.add((interval, RDF.type, time.Interval))
    g.add((interval, time.before, URIRef("https://example.org/another-instant")))
    g.add((URIRef("https://example.org/another-instant"), RDF.type, time.Instant))
    messages = {v.message for v in validate_graph(g).violations}
    assert "org:memberDuring is not placed against the time of its kgo:sourceArticle" in messages


def test_cli_validates_a_store_folder(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app
    from kg.store.load import load

    path = tmp_path / "graph.trig"
    ds = build_dataset([sample_extraction()], tool_version=VERSION, generated_at=WHEN)
    path.write_text(serialize(ds, "trig"), encoding="utf-8")
    load(path, tmp_path / "store", quiet=True)
    runner = CliRunner()
    result = runner.invoke(app, ["validate", str(tmp_path / "store")])
    assert (result.exit_code, result.stdout) == (0, f"{tmp_path / 'store'}: conforms\n")
    g = extraction_to_graph(sample_extraction(), tool_version=VERSION, generated_at=WHEN)
    g.remove((None, SKOS.prefLabel, None))
    broken = tmp_path / "broken.ttl"
    broken.write_text(serialize(g, "turtle"), encoding="utf-8")
    load(broken, tmp_path / "store", quiet=True)  # replaces the article's graph and facts
    result = runner.invoke(app, ["validate", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert result.stderr.endswith(" violation(s)\n")
    assert "prefLabel" in result.stdout
