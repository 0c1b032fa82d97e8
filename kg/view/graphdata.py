"""The graph as people see it: entities as nodes, posts and statements as edges.

`graph_data(source)` runs a few SELECT queries through `kg.store.query.run_query`, so any source
`kg query` accepts works here too. The result holds no IRIs (the page that shows it must not
reference any URL): nodes are numbered, and labels, keys and texts are plain strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kg.pipeline.text.normalize import fold
from kg.store.query import Rows, run_query

PREFIXES = """\
PREFIX kgo: <https://w3id.org/kg-arabic-news/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

NODES = (
    PREFIXES
    + """
SELECT ?node ?kind (MIN(?pref) AS ?label) (MIN(?k) AS ?key)
WHERE {
  VALUES ?kind { kgo:Person kgo:Organisation kgo:Country }
  ?node a ?kind .
  OPTIONAL { ?node skos:prefLabel ?pref }
  OPTIONAL { ?node kgo:key ?k }
}
GROUP BY ?node ?kind
ORDER BY ?kind ?label ?key
"""
)

NAMES = (
    PREFIXES
    + """
SELECT DISTINCT ?node ?name
WHERE {
  VALUES ?kind { kgo:Person kgo:Organisation kgo:Country }
  ?node a ?kind ; rdfs:label ?name .
}
"""
)

POSTS = (
    PREFIXES
    + """
SELECT DISTINCT ?membership ?holder ?role ?organisation ?former
WHERE {
  ?membership a kgo:Membership ; org:member ?holder ; kgo:roleLabel ?role .
  OPTIONAL { ?membership org:organization ?organisation }
  OPTIONAL { ?membership kgo:former ?former }
}
ORDER BY ?holder ?role ?membership
"""
)

COUNTRY_LINKS = (
    PREFIXES
    + """
SELECT DISTINCT ?node ?country
WHERE { ?node a kgo:Organisation ; kgo:country ?country . }
ORDER BY ?node ?country
"""
)

STATEMENTS = (
    PREFIXES
    + """
SELECT ?statement ?speaker ?cue ?position ?file ?begin ?end ?sentence
WHERE {
  ?statement a kgo:Statement ; kgo:speaker ?speaker ; kgo:cue ?cue ; kgo:position ?position .
  OPTIONAL { ?statement kgo:sourceArticle/kgo:fileName ?file }
  OPTIONAL {
    ?statement kgo:positionSpan ?span .
    ?span nif:beginIndex ?begin ; nif:endIndex ?end .
    OPTIONAL { ?span nif:sentence/nif:anchorOf ?sentence }
  }
}
ORDER BY ?file ?begin ?end ?statement
"""
)

KINDS = {"Person": "person", "Organisation": "organisation", "Country": "country"}
MIN_NAME = 3  # shorter names (initials, keys) are not searched for in statements


@dataclass
class Node:
    """A person, organisation or country."""

    id: int
    kind: str
    label: str
    key: str = ""
    posts: list[str] = field(default_factory=list)  # posts held without an organisation


@dataclass
class Edge:
    """A post (person → organisation/country), a statement about an entity, or `in`."""

    source: int
    target: int
    kind: str  # "post", "statement" or "country"
    label: str = ""
    former: bool = False
    statements: list[int] = field(default_factory=list)


@dataclass
class Statement:
    """Who said what, and the sentence it was said in."""

    id: int
    speaker: int
    cue: str
    position: str
    sentence: str = ""
    file: str = ""
    begin: int | None = None
    about: list[int] = field(default_factory=list)


@dataclass
class GraphData:
    """Everything the graph page shows."""

    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def graph_data(source: str | Path, **query_options: Any) -> GraphData:
    """Read people, organisations, countries, posts and statements from `source`.

    `query_options` (`connection`, `prompt`) go to `run_query`, for endpoints.
    """

    def select(sparql: str) -> Rows:
        return run_query(source, sparql, **query_options)

    data = GraphData()
    ids: dict[str, int] = {}

    def node(iri: str, kind: str = "person", label: str = "", key: str = "") -> int:
        if iri not in ids:
            ids[iri] = len(data.nodes)
            data.nodes.append(Node(ids[iri], kind, label or key or _tail(iri), key))
        return ids[iri]

    for iri, kind, label, key in select(NODES).rows:
        node(iri, KINDS.get(kind.rsplit("#", 1)[-1], "person"), label, key)
    _add_posts(data, select(POSTS), node)
    for iri, country in select(COUNTRY_LINKS).rows:
        data.edges.append(Edge(node(iri, "organisation"), node(country, "country"), "country"))
    names = _names(select(NAMES), ids)
    pairs: dict[tuple[int, int], Edge] = {}
    for _iri, speaker, cue, position, file, begin, _end, sentence in select(STATEMENTS).rows:
        who = node(speaker)
        index = len(data.statements)
        folded = fold(position)
        about = sorted({n for name, n in names if n != who and mentions(folded, name)})
        data.statements.append(
            Statement(
                index, who, cue, position, sentence, file, int(begin) if begin else None, about
            )
        )
        for target in about:
            edge = pairs.setdefault((who, target), Edge(who, target, "statement"))
            edge.statements.append(index)
    data.edges += pairs.values()
    return data


def _add_posts(data: GraphData, posts: Rows, node: Callable[..., int]) -> None:
    seen: set[tuple[int, int, str, bool]] = set()
    for _membership, holder, role, organisation, former in posts.rows:
        person = node(holder)
        was = former.lower() == "true"
        label = f"{role} (سابقًا)" if was else role
        if not organisation:
            if label not in data.nodes[person].posts:
                data.nodes[person].posts.append(label)
            continue
        target = node(organisation, "organisation")
        if (person, target, role, was) not in seen:
            seen.add((person, target, role, was))
            data.edges.append(Edge(person, target, "post", role, was))


def _names(names: Rows, ids: dict[str, int]) -> list[tuple[str, int]]:
    """(folded name, node) pairs to look for in statements, longest names first."""
    found = {
        (fold(name).strip(), ids[iri])
        for iri, name in names.rows
        if iri in ids and len(fold(name).strip()) >= MIN_NAME
    }
    return sorted(found, key=lambda pair: (-len(pair[0]), pair))


def mentions(text: str, name: str) -> bool:
    """Whether `text` holds `name` as whole words, perhaps behind proclitics (و ف ب ل ك)."""
    if name[2:] not in text:
        return False
    forms = [rf"[وف]?[بلك]?{re.escape(name)}"]
    if name.startswith("ال"):  # ل + الولايات → للولايات
        forms.append(rf"[وف]?لل{re.escape(name[2:])}")
    return re.search(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)", text) is not None


def _tail(iri: str) -> str:
    from urllib.parse import unquote

    return unquote(iri.rstrip("/").rsplit("/", 1)[-1])
