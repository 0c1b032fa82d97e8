"""How `kg query` prints an answer: the W3C formats, or a table for people.

SELECT and ASK answers: SPARQL 1.1 Query Results JSON (``json``), XML (``xml``), CSV and TSV
(``csv``, ``tsv``), or a plain ``table``. CONSTRUCT and DESCRIBE answers (triples): Turtle,
N-Triples, JSON-LD (``json``), RDF/XML (``xml``), or a subject | predicate | object table.
The same answer prints the same bytes whichever source (file, store, endpoint) it came from.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import pyoxigraph as ox

from kg.errors import QueryError
from kg.store.prefixes import bindings
from kg.store.rows import Rows

FORMATS = ("table", "json", "xml", "csv", "tsv", "turtle", "nt")
RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
_GRAPHS = {
    "json": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# Prefixes of a Turtle or RDF/XML answer (kg query pins them; no time: or kgi:).
PREFIXES = bindings("kgo", "schema", "org", "prov", "nif", "rdfs", "skos", "xsd")


class Printed(str):
    """A SELECT answer already printed in a W3C format (`print_solutions`)."""


def print_solutions(result: ox.QuerySolutions, fmt: str) -> Printed:
    """A SELECT answer in format `fmt` (json, xml, csv, tsv), serialised by the engine
    (Rust) instead of term by term in Python (docs/benchmarks.md, run Y): the same bytes as
    `results_json` and its conversions wrote. JSON is the engine's, laid out as
    `results_json` lays it out (Python's `json`, which also escapes as before)."""
    data = result.serialize(format=RESULT_FORMATS[fmt])
    if fmt == "json":
        return Printed(json.dumps(json.loads(data), ensure_ascii=False) + "\n")
    return Printed(data.decode("utf-8"))


def render(result: object, fmt: str) -> str:
    """The answer of `kg.store.query.execute` in format `fmt` (one of FORMATS); a SELECT
    answer read as `Rows` prints as a table only, one already `Printed` as it was printed."""
    if isinstance(result, Printed):
        return str(result)
    if isinstance(result, Rows):
        if fmt != "table":
            raise QueryError(f"a SELECT answer read as rows prints as a table, not {fmt}")
        return result.to_table()
    if isinstance(result, ox.QueryBoolean):
        if fmt == "table":
            return "true" if bool(result) else "false"
        if fmt not in ("json", "xml"):
            raise QueryError(f"an ASK answer prints as table, json or xml, not {fmt}")
        return result.serialize(format=RESULT_FORMATS[fmt]).decode("utf-8")
    if isinstance(result, list) and not hasattr(result, "variables"):
        return _render_triples(result, fmt)
    variables = [v.value for v in result.variables]  # type: ignore[attr-defined]
    solutions: Sequence[ox.QuerySolution] = result  # type: ignore[assignment]
    if fmt == "table":
        rows = [["" if s[v] is None else _text(s[v]) for v in variables] for s in solutions]
        return Rows(variables, rows).to_table()
    if fmt not in RESULT_FORMATS:
        raise QueryError(f"a SELECT answer prints as table, json, xml, csv or tsv, not {fmt}")
    data = results_json(variables, solutions)
    if fmt == "json":
        return data
    parsed = ox.parse_query_results(data.encode("utf-8"), format=ox.QueryResultsFormat.JSON)
    return parsed.serialize(format=RESULT_FORMATS[fmt]).decode("utf-8")


def results_json(variables: list[str], solutions: Sequence[ox.QuerySolution]) -> str:
    """SPARQL 1.1 Query Results JSON of SELECT solutions."""
    bindings = [{v: _term(s[v]) for v in variables if s[v] is not None} for s in solutions]
    head = {"vars": variables}
    return json.dumps({"head": head, "results": {"bindings": bindings}}, ensure_ascii=False) + "\n"


def _term(term: object) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def _text(term: object) -> str:
    return term.value if hasattr(term, "value") else str(term)  # type: ignore[attr-defined]


def _render_triples(triples: list[ox.Triple], fmt: str) -> str:
    if fmt == "table":
        rows = [[_text(t.subject), _text(t.predicate), _text(t.object)] for t in triples]
        return Rows(["subject", "predicate", "object"], rows).to_table()
    if fmt not in _GRAPHS:
        raise QueryError(
            f"a CONSTRUCT or DESCRIBE answer prints as table, turtle, nt, json or xml, not {fmt}"
        )
    prefixes = PREFIXES if fmt in ("turtle", "xml") else None
    ordered = sorted(set(triples), key=str)
    return ox.serialize(ordered, format=_GRAPHS[fmt], prefixes=prefixes).decode("utf-8")
