"""Writing kg graphs: the output formats, rdflib <-> Oxigraph conversion, and `serialize`,
which writes sorted, deduplicated, prefixed text (byte-identical run to run).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import RDFS, SKOS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.pipeline.rdf.terms import NS, new_graph

FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig", "nquads": "nquads"}
TRIPLE_FORMATS = frozenset({"turtle", "nt", "jsonld"})


class _ToRdflib:
    """Oxigraph term → rdflib term, memoised (IRIs and small literals repeat a lot)."""

    def __init__(self) -> None:
        self.memo: dict[object, Node] = {}

    def __call__(self, term: ox.NamedNode | ox.Literal | ox.BlankNode) -> Node:
        node = self.memo.get(term)
        if node is None:
            if isinstance(term, ox.NamedNode):
                node = URIRef(term.value)
            elif isinstance(term, ox.Literal):
                lang = term.language
                datatype = None if lang else term.datatype.value
                if datatype == _XSD_STRING:
                    datatype = None
                node = Literal(term.value, lang=lang, datatype=datatype)
            else:
                node = BNode(term.value)
            self.memo[term] = node
        return node


class _ToOx:
    """rdflib term → Oxigraph term, memoised."""

    def __init__(self) -> None:
        self.memo: dict[Node, ox.NamedNode | ox.Literal | ox.BlankNode] = {}

    def __call__(self, term: Node) -> ox.NamedNode | ox.Literal | ox.BlankNode:
        node = self.memo.get(term)
        if node is None:
            if isinstance(term, URIRef):
                node = ox.NamedNode(str(term))
            elif isinstance(term, Literal):
                if term.language:
                    node = ox.Literal(str(term), language=term.language)
                elif term.datatype:
                    node = ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
                else:
                    node = ox.Literal(str(term))
            elif isinstance(term, BNode):
                node = ox.BlankNode(str(term))
            else:
                raise TypeError(f"cannot serialise RDF term {term!r}")
            self.memo[term] = node
        return node


_XSD_STRING = str(XSD.string)
# Prefixes written in Turtle/TriG. kgr is left out: its local names hold '/', '#', '=' and
# ',' that Turtle must escape (kgr:article\/...), so full IRIs read better.
_OX_PREFIXES = {
    **{p: str(n) for p, n in NS.PREFIXES.items() if p != "kgr"},
    "rdfs": str(RDFS),
    "skos": str(SKOS),
    "xsd": str(XSD),
}
_OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}


def to_quads(data: Dataset | Graph) -> list[ox.Quad]:
    """The quads of an rdflib dataset (named graphs) or graph (its identifier, if an IRI)."""
    conv = _ToOx()
    if isinstance(data, Dataset):
        return [
            ox.Quad(conv(s), conv(p), conv(o), ox.DefaultGraph() if g is None else conv(g))
            for s, p, o, g in data.quads((None, None, None, None))
        ]
    graph = conv(data.identifier) if isinstance(data.identifier, URIRef) else ox.DefaultGraph()
    return [ox.Quad(conv(s), conv(p), conv(o), graph) for s, p, o in data]


def serialize(data: Dataset | Graph | Iterable[ox.Quad], fmt: str) -> str:
    """Serialise: turtle|nt|jsonld give the union of graphs, trig|nquads the named graphs.

    `data` is an rdflib Dataset or Graph, or Oxigraph quads from `build_quads` (the fast
    path: no rdflib on the way). All formats but JSON-LD are written by Oxigraph.
    Output is deterministic: statements are written in sorted order, once each.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; choose one of {', '.join(FORMATS)}")
    quads = to_quads(data) if isinstance(data, Graph) else list(data)  # a Dataset is a Graph
    if fmt == "jsonld":
        return _jsonld(_graph_of(quads))
    if fmt == "nquads":
        return _sorted_lines(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    if fmt == "nt":
        return _sorted_lines(_ntriples(quads))
    if fmt == "turtle":
        statements: list[ox.Triple] | list[ox.Quad] = sorted({q.triple for q in quads}, key=str)
    else:  # trig: graph by graph
        statements = sorted(set(quads), key=lambda q: (str(q.graph_name), str(q)))
    data_bytes = ox.serialize(statements, format=_OX_FORMATS[fmt], prefixes=_OX_PREFIXES)
    return data_bytes.decode("utf-8")


def _ntriples(quads: list[ox.Quad]) -> bytes:
    """N-Triples of the quads' triples (repeats included): one Oxigraph call per kind of graph,
    the graph name cut off each N-Quads line (IRIs and blank nodes hold no space)."""
    default = ox.DefaultGraph()
    named = [q for q in quads if q.graph_name != default]
    plain = [q.triple for q in quads if q.graph_name == default]
    text = ox.serialize(named, format=ox.RdfFormat.N_QUADS)
    cut = b"".join(line.rsplit(b" ", 2)[0] + b" .\n" for line in text.splitlines())
    return cut + ox.serialize(plain, format=ox.RdfFormat.N_TRIPLES)


def _sorted_lines(data: bytes) -> str:
    """Distinct lines of a line-based serialisation, sorted: deterministic output. Split at
    LF only: a literal may hold U+2028 or U+0085, which str.splitlines would cut."""
    lines = set(data.split(b"\n")) - {b""}
    return "".join(line.decode("utf-8") + "\n" for line in sorted(lines))


def _graph_of(quads: Iterable[ox.Quad]) -> Graph:
    graph = new_graph()
    conv = _ToRdflib()
    for q in quads:
        graph.add((conv(q.subject), conv(q.predicate), conv(q.object)))
    return graph


def _jsonld(graph: Graph) -> str:
    """Compact JSON-LD with kg's @context (a term for every class and property kg writes:
    kg.pipeline.rdf.context); nodes and values sorted (order is insignificant)."""
    from kg.pipeline.rdf.context import jsonld_context

    context = jsonld_context()
    data = json.loads(graph.serialize(format="json-ld", context=context, auto_compact=True))
    if "@graph" not in data:  # zero or one node: nothing to order
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    nodes = data["@graph"]
    for node in nodes:
        for key, value in node.items():
            if isinstance(value, list):
                node[key] = sorted(value, key=lambda v: json.dumps(v, sort_keys=True))
    data["@graph"] = sorted(nodes, key=lambda n: json.dumps(n, sort_keys=True))
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
