"""`kg query`: every query form (SELECT, ASK, CONSTRUCT, DESCRIBE) over a file and a store,
the W3C result formats, a table by default, and SERVICE clauses refused unless allowed."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pyoxigraph as ox
import pytest
from store_samples import write_sample
from typer.testing import CliRunner

from kg.cli import app
from kg.store.load import load

runner = CliRunner()
NAME = "https://example.org/tricky"
ASK = f"ASK {{ <{NAME}> ?p ?o }}"
CONSTRUCT = f"CONSTRUCT {{ <{NAME}> ?p ?o }} WHERE {{ <{NAME}> ?p ?o }}"
DESCRIBE = f"DESCRIBE <{NAME}>"


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("forms")
    trig = write_sample(folder / "sample.trig")
    load(trig, folder / "store", quiet=True)
    return [str(trig), str(folder / "store")]


def _run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["query", *args])
    return result.exit_code, result.output


def test_ask_in_every_format(sources: list[str]) -> None:
    for source in sources:
        assert _run(source, ASK) == (0, "true\n")
        assert _run(source, ASK, "-f", "json") == (0, '{"head":{},"boolean":true}\n')
        code, xml = _run(source, "ASK { <http://e/none> ?p ?o }", "-f", "xml")
        assert code == 0 and "<boolean>false</boolean>" in xml


@pytest.mark.parametrize("form", [CONSTRUCT, DESCRIBE])
def test_construct_and_describe_print_rdf(form: str, sources: list[str]) -> None:
    outputs = {fmt: [_run(s, form, "-f", fmt) for s in sources] for fmt in ("nt", "turtle")}
    for fmt, answers in outputs.items():
        assert answers[0] == answers[1], fmt  # the file and the store agree
        code, text = answers[0]
        assert code == 0
        rdf = ox.RdfFormat.N_TRIPLES if fmt == "nt" else ox.RdfFormat.TURTLE
        triples = list(ox.parse(text.encode(), format=rdf))
        assert len(triples) == 1 and triples[0].subject == ox.NamedNode(NAME)
    code, table = _run(sources[1], form)
    assert code == 0 and table.splitlines()[0].split() == [
        "subject",
        "|",
        "predicate",
        "|",
        "object",
    ]
    code, jsonld = _run(sources[1], form, "-f", "json")
    assert code == 0 and json.loads(jsonld)
    assert _run(sources[1], form, "-f", "csv")[0] == 1


def test_select_in_the_w3c_formats(sources: list[str]) -> None:
    query = f"SELECT ?o WHERE {{ <{NAME}> ?p ?o }}"
    for source in sources:
        code, data = _run(source, query, "-f", "json")
        assert code == 0
        binding = json.loads(data)["results"]["bindings"][0]["o"]
        assert binding["type"] == "literal" and binding["xml:lang"] == "ar"
        code, xml = _run(source, query, "-f", "xml")
        assert code == 0 and 'xml:lang="ar"' in xml
        code, tsv = _run(source, query, "-f", "tsv")
        assert code == 0 and tsv.startswith("?o\n") and tsv.splitlines()[1].endswith("@ar")
        code, csv = _run(source, query, "-f", "csv")
        assert code == 0 and csv.startswith("o\n")
    assert _run(sources[0], query, "-f", "turtle")[0] == 1


def test_an_unknown_format_is_a_usage_error(sources: list[str]) -> None:
    result = runner.invoke(app, ["query", sources[0], ASK, "-f", "yaml"])
    assert result.exit_code == 2


class _Remote(BaseHTTPRequestHandler):
    calls: list[str] = []

    def do_GET(self) -> None:
        self._reply()

    def do_POST(self) -> None:
        self._reply()

    def _reply(self) -> None:
        _Remote.calls.append(self.path)
        body = (
            b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"r"}}]}}'
        )
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return None


def test_service_clauses_call_out_only_when_allowed(sources: list[str]) -> None:
    server = HTTPServer(("127.0.0.1", 0), _Remote)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    remote = f"http://127.0.0.1:{server.server_address[1]}/sparql"
    query = f"SELECT ?x WHERE {{ SERVICE <{remote}> {{ ?x ?p ?o }} }}"
    try:
        _Remote.calls = []
        for source in sources:
            code, output = _run(source, query)
            assert code == 1
            assert output == (
                "Error: the query has a SERVICE clause, which would call another server over "
                "HTTP; pass --allow-service to run it\n"
            )
        assert _Remote.calls == []
        code, output = _run(sources[1], query, "--allow-service", "-f", "csv")
        assert (code, output) == (0, "x\nr\n")
        assert len(_Remote.calls) == 1
    finally:
        server.shutdown()
        server.server_close()


def test_a_word_service_in_a_string_is_no_service_clause(sources: list[str]) -> None:
    assert _run(sources[0], 'ASK { FILTER ("SERVICE" != "") } # SERVICE') == (0, "true\n")


def test_store_source_must_exist(tmp_path: Path) -> None:
    code, output = _run(str(tmp_path / "none"), ASK)
    assert code == 1 and output.startswith("Error: ")


PRINTED = """
<http://e/a> <http://e/p> "قال"@ar , "a \\"quoted\\", comma\\nand\\ttab" , 3 ,
  "2.5"^^<http://www.w3.org/2001/XMLSchema#decimal> ,
  <http://e/b> , "" , "x\\\\y" , "\\u0001 control" , _:n .
<http://e/b> <http://e/p> "only b" .
"""


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_select_printed_by_the_engine_as_term_by_term(fmt: str) -> None:
    # kg query prints a SELECT answer with the engine's serialiser (print_solutions): the
    # same text as the answer read term by term and written by results_json (and converted)
    from kg.store.query import Solutions
    from kg.store.results import print_solutions, render

    store = ox.Store()
    store.load(PRINTED.encode(), format=ox.RdfFormat.TURTLE)
    query = "SELECT ?s ?o ?unbound WHERE { ?s ?p ?o } ORDER BY ?s ?o"
    by_terms = render(Solutions.of(store.query(query)), fmt)
    assert print_solutions(store.query(query), fmt) == by_terms
    assert by_terms.count("only b") == 1


def test_turtle_answers_bind_the_same_prefixes(sources: list[str]) -> None:
    # kg query's Turtle names these eight prefixes (not time: nor the index's kgi:, which
    # kg's own SPARQL declares from the same table, kg.store.prefixes)
    code, text = _run(sources[1], CONSTRUCT, "-f", "turtle")
    bound = sorted(line.split()[1] for line in text.splitlines() if line.startswith("@prefix"))
    assert code == 0
    assert bound == ["kgo:", "nif:", "org:", "prov:", "rdfs:", "schema:", "skos:", "xsd:"]
