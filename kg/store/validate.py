"""Check a kg graph against the SHACL shapes shipped with the package (ontology/shapes.ttl).

For the CLI (kg/cli/validate.py): ``report = validate_graph(load_source(source))``, where the
source is a graph file, a store directory or an endpoint (their facts); print ``report.lines()``;
exit 0 when ``report.conforms``, 1 when it does not, 2 when `validate_graph` raises `KgError`
(unreadable file, unknown format).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from pyshacl import validate
from rdflib import RDF, RDFS, SKOS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.term import Node
from rdflib.util import guess_format

from kg.errors import InputError
from kg.pipeline.rdf.terms import KGO, NIF, new_graph
from kg.resources import SHAPES

SH = Namespace("http://www.w3.org/ns/shacl#")
_QUAD_FORMATS = {"trig", "nquads"}
# What names a focus node in a report, best first.
_LABELS = (
    SKOS.prefLabel,
    RDFS.label,
    KGO.roleLabel,
    KGO.position,
    KGO.fileName,
    KGO.rule,
    NIF.anchorOf,
)


class Violation(NamedTuple):
    """One failed constraint: the focus node (its label, else IRI), the property, a message."""

    focus: str
    path: str
    message: str


@dataclass
class ValidationReport:
    """Outcome of SHACL validation. Warnings (e.g. a country known only by key) do not
    make a graph non-conforming."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    warnings: list[Violation] = field(default_factory=list)

    def lines(self) -> list[str]:
        """One line per violation, then per warning: ``focus | path: message``."""
        out = [f"{v.focus} | {v.path}: {v.message}" for v in self.violations]
        out += [f"warning: {w.focus} | {w.path}: {w.message}" for w in self.warnings]
        return out


def load_graph(path: str | Path) -> Graph:
    """Read a graph file (format from its suffix); quad formats are merged into one graph."""
    path = Path(path)
    fmt = guess_format(str(path)) or "turtle"
    if path.is_dir():
        raise InputError(f"{path}: not a graph file nor an Oxigraph store directory")
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        if fmt in _QUAD_FORMATS or fmt == "json-ld":  # by Oxigraph: rdflib's TriG and
            import pyoxigraph as ox  # JSON-LD parsers use its deprecated ConjunctiveGraph

            from kg.store.files import parse_file

            triples = {q.triple for q in parse_file(path)}
            graph = new_graph()
            data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
            return graph.parse(data=data.decode("utf-8"), format="nt")
        return Graph().parse(path, format=fmt)
    except InputError:
        raise
    except Exception as exc:  # rdflib raises many parser-specific types
        detail = " ".join(str(exc).split())  # rdflib's messages span lines: one line
        raise InputError(f"{path}: cannot parse as {fmt}: {detail}") from exc


def load_source(source: str | Path, **query_options: Any) -> Graph:
    """The graph to validate: a graph file, or the facts (the default graph) of a store
    directory or an endpoint (`query_options`: `connection`, `prompt`, for endpoints)."""
    import pyoxigraph as ox

    from kg.store.embedded import is_store_dir
    from kg.store.endpoint import is_endpoint
    from kg.store.query import execute

    if not is_endpoint(str(source)) and not is_store_dir(Path(source)):
        return load_graph(source)
    triples = execute(source, "CONSTRUCT WHERE { ?s ?p ?o }", **query_options)
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)  # type: ignore[arg-type]
    graph = new_graph()
    graph.parse(data=data.decode("utf-8"), format="nt")
    return graph


def shapes_graph() -> Graph:
    """The SHACL shapes shipped with kg."""
    return Graph().parse(SHAPES, format="turtle")


def validate_graph(source: str | Path | Graph, shapes: Graph | None = None) -> ValidationReport:
    """Validate a graph (or graph file) against kg's shapes, without inference."""
    data = source if isinstance(source, Graph) else load_graph(source)
    if isinstance(data, Dataset):
        merged = new_graph()
        for s, p, o, _ in data.quads((None, None, None, None)):
            merged.add((s, p, o))
        data = merged
    _, results, _ = validate(
        data, shacl_graph=shapes or shapes_graph(), inference="none", allow_warnings=True
    )
    violations: list[Violation] = []
    warnings: list[Violation] = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        item = _violation(data, results, result)
        severity = results.value(result, SH.resultSeverity)
        (violations if severity == SH.Violation else warnings).append(item)
    return ValidationReport(not violations, sorted(violations), sorted(warnings))


def _violation(data: Graph, results: Graph, result: Node) -> Violation:
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    message = results.value(result, SH.resultMessage)
    if message is None:
        component = results.value(result, SH.sourceConstraintComponent)
        message = f"fails {_short(results, component)}"
    return Violation(
        _label(data, focus), _short(data, path) if path is not None else "-", str(message)
    )


def _label(data: Graph, node: Node | None) -> str:
    """A human name for a node: its Arabic label, role, anchor text, else its IRI."""
    if node is None:
        return "?"
    for prop in _LABELS:
        value = data.value(node, prop)
        if isinstance(value, Literal):
            text = str(value)
            text = text if len(text) <= 40 else text[:39] + "…"
            return f"{text} <{node}>" if isinstance(node, URIRef) else text
    return f"<{node}>" if isinstance(node, URIRef) else str(node)


def _short(graph: Graph, node: Node | None) -> str:
    if isinstance(node, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(node)
        except Exception:  # an IRI no bound prefix can shorten
            return f"<{node}>"
    return str(node)
