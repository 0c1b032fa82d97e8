"""The SPARQL Update text that writes kg's store layout; the same text for the embedded store
and for any SPARQL 1.1 endpoint (see docs/store.md).

Layout: every article keeps its own named graph (exactly what `kg build` wrote for it: the
provenance), and the *default graph* holds the facts: the de-duplicated union of all named
graphs. Queries read the default graph only, so a triple that ten articles share is one
triple to a join, not ten.

A batch of graphs goes in ONE update request (one transaction): for each graph seen for the
first time in this load, the facts only it holds leave the default graph and the graph is
dropped; then one ``INSERT DATA`` adds the new triples to their graphs and to the default
graph. Nothing is staged: a graph is never half old and half new, and an interrupted load
leaves every graph either as it was or replaced, and nothing else behind.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pyoxigraph as ox


def forget(graph: ox.NamedNode) -> str:
    """Drop `graph` and the facts that no other named graph holds (two operations)."""
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {graph}) }} }} ;\n"
        f"DROP SILENT GRAPH {graph}"
    )


def insert(graphs: dict[ox.NamedNode, list[ox.Triple]]) -> str:
    """One ``INSERT DATA``: the triples into their graphs and, once each, into the facts."""
    blocks = [_block(f"GRAPH {g} ", triples) for g, triples in graphs.items() if triples]
    facts = dict.fromkeys(t for triples in graphs.values() for t in triples)
    if not facts:
        return ""
    return "INSERT DATA {\n" + "".join(blocks) + _lines(facts) + "}"


def replace(
    graphs: dict[ox.NamedNode, list[ox.Triple]], old: Iterable[ox.NamedNode] | None = None
) -> str:
    """The update replacing `graphs`: those in `old` (default: all) are forgotten first; the
    others are new in the target, or the rest of a graph this load has replaced already."""
    ops = [forget(g) for g in (list(graphs) if old is None else old)]
    body = insert(graphs)
    if body:
        ops.append(body)
    return " ;\n".join(ops)


def with_facts(graphs: dict[ox.NamedNode, list[ox.Triple]]) -> list[ox.Quad]:
    """The quads of `graphs`, then each of their triples once in the default graph (the
    facts): what adding graphs that are new to a store writes (no SPARQL needed)."""
    quads = [ox.Quad(t.subject, t.predicate, t.object, g) for g, ts in graphs.items() for t in ts]
    facts = dict.fromkeys(t for ts in graphs.values() for t in ts)
    quads += (ox.Quad(t.subject, t.predicate, t.object) for t in facts)
    return quads


def _block(prefix: str, triples: Sequence[ox.Triple] | dict[ox.Triple, None]) -> str:
    """``GRAPH <g> { s p o . ... }`` (pyoxigraph terms print as N-Triples, valid SPARQL)."""
    return f"{prefix}{{\n{_lines(triples)}}}\n"


def _lines(triples: Iterable[ox.Triple]) -> str:
    """N-Triples lines (by Oxigraph's serialiser): valid SPARQL triples."""
    return ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
