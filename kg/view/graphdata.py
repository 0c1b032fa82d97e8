"""The graph as people see it: entities as nodes, posts and statements as edges.

`graph_data(source)` runs a few SELECT queries through `kg.store.query.run_query`, so any source
`kg query` accepts works here too; `cap` keeps a readable part of a large graph (an ego
network, the best-connected entities) and records what it left out. The result holds no
IRIs (the page that shows it must not reference any URL): nodes are numbered, and labels,
keys and texts are plain strings; facts keep the article file name and character offsets
they were read at, and the sentence around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from kg.pipeline.text.normalize import fold
from kg.store.prefixes import SPARQL_PREFIXES as PREFIXES
from kg.store.query import Rows, run_query

# Labels and keys in subqueries: two OPTIONALs side by side multiply out per node (an entity
# named in many articles has many labels), which made this query take seconds on a corpus.
NODES = (
    PREFIXES
    + """
SELECT ?node ?kind ?label ?key
WHERE {
  {
    SELECT DISTINCT ?node ?kind
    WHERE { VALUES ?kind { kgo:Person kgo:Organisation kgo:Country kgo:Place } ?node a ?kind }
  }
  OPTIONAL {
    SELECT ?node (MIN(?pref) AS ?label) WHERE { ?node skos:prefLabel ?pref } GROUP BY ?node
  }
  OPTIONAL { SELECT ?node (MIN(?k) AS ?key) WHERE { ?node kgo:key ?k } GROUP BY ?node }
}
ORDER BY ?kind ?label ?key
"""
)

NAMES = (
    PREFIXES
    + """
SELECT DISTINCT ?node ?name
WHERE {
  VALUES ?kind { kgo:Person kgo:Organisation kgo:Country kgo:Place }
  ?node a ?kind ; rdfs:label ?name .
}
"""
)


def _where_read(node: str, span: str) -> str:
    """Graph patterns binding where the fact `?node` was read: ?file, its article's file
    name; ?begin and ?end, the offsets of its span (property kgo:`span`); ?sentence and
    ?sentenceBegin, the sentence holding that span. Each optional, as older graphs and other
    tools' may lack them."""
    return f"""  OPTIONAL {{ ?{node} kgo:sourceArticle/kgo:fileName ?file }}
  OPTIONAL {{
    ?{node} kgo:{span} ?span .
    ?span nif:beginIndex ?begin ; nif:endIndex ?end .
    OPTIONAL {{ ?span nif:sentence ?s . ?s nif:anchorOf ?sentence ; nif:beginIndex ?sentenceBegin }}
  }}
"""


# A post is former when its org:memberDuring interval ends before the article's time.
POSTS = (
    PREFIXES
    + """
SELECT DISTINCT ?membership ?holder ?role ?organisation ?former ?file ?begin ?end
       ?sentence ?sentenceBegin
WHERE {
  ?membership a kgo:Membership ; org:member ?holder ; kgo:roleLabel ?role .
  OPTIONAL { ?membership org:organization ?organisation }
  BIND (EXISTS { ?membership org:memberDuring/time:before ?moment } AS ?former)
"""
    + _where_read("membership", "evidence")
    + """}
ORDER BY ?file ?begin ?holder ?role ?membership
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
SELECT ?statement ?speaker ?cue ?position ?file ?begin ?end ?sentence ?sentenceBegin
WHERE {
  ?statement a kgo:Statement ; kgo:speaker ?speaker ; kgo:cue ?cue ; kgo:position ?position .
"""
    + _where_read("statement", "positionSpan")
    + """}
ORDER BY ?file ?begin ?end ?statement
"""
)

KINDS = {"Person": "person", "Organisation": "organisation", "Country": "country", "Place": "place"}
MIN_NAME = 3  # shorter names (initials, keys) are not searched for in statements


@dataclass
class Node:
    """A person, organisation, country or place."""

    id: int
    kind: str
    label: str
    key: str = ""
    degree: int = 0  # links in the whole graph, shown or not
    articles: list[int] = field(default_factory=list)  # indices into GraphData.articles


@dataclass
class Edge:
    """A post (person → organisation/country), a statement about an entity, or `in`."""

    source: int
    target: int
    kind: str  # "post", "statement" or "country"
    label: str = ""
    former: bool = False
    statements: list[int] = field(default_factory=list)
    posts: list[int] = field(default_factory=list)
    articles: list[int] = field(default_factory=list)


@dataclass
class Post:
    """A post held (or formerly held) by `holder`, with where it was read."""

    id: int
    holder: int
    role: str
    organisation: int | None = None
    organisation_label: str = ""
    former: bool = False
    sentence: str = ""
    file: str = ""
    begin: int | None = None  # offsets of the evidence in the article
    end: int | None = None
    sentence_begin: int | None = None  # offset of the sentence in the article
    article: int | None = None


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
    end: int | None = None
    sentence_begin: int | None = None
    article: int | None = None


@dataclass
class Omitted:
    """What `cap` left out of the page, and why."""

    nodes: int
    edges: int
    statements: int
    posts: int
    total_nodes: int
    limit: int | None = None
    focus: str | None = None
    by_limit: int = 0  # of the nodes left out, those the limit cut (the rest: not near focus)


@dataclass
class GraphData:
    """Everything the graph page shows."""

    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)  # file names, sorted
    omitted: Omitted | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def graph_data(source: str | Path, **query_options: Any) -> GraphData:
    """Read people, organisations, countries, places, posts and statements from `source`.

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
    for row in select(STATEMENTS).rows:
        _iri, speaker, cue, position, file, begin, end, sentence, sentence_begin = row
        who = node(speaker)
        index = len(data.statements)
        folded = fold(position)
        about = sorted({n for name, n in names if n != who and mentions(folded, name)})
        data.statements.append(
            Statement(
                index,
                who,
                cue,
                position,
                sentence,
                file,
                _int(begin),
                about,
                _int(end),
                _int(sentence_begin),
            )
        )
        for target in about:
            edge = pairs.setdefault((who, target), Edge(who, target, "statement"))
            edge.statements.append(index)
    data.edges += pairs.values()
    _index_articles(data)
    return data


def _add_posts(data: GraphData, posts: Rows, node: Callable[..., int]) -> None:
    edges: dict[tuple[int, int, str, bool], Edge] = {}
    seen: set[tuple] = set()
    for row in posts.rows:
        _membership, holder, role, organisation, former, file, begin, end, sentence, sbegin = row
        person = node(holder)
        was = former.lower() == "true"
        target = node(organisation, "organisation") if organisation else None
        fact = (person, role, target, was, file, begin, end)
        if fact in seen:  # the same post read twice at the same place (two rules)
            continue
        seen.add(fact)
        index = len(data.posts)
        org_label = data.nodes[target].label if target is not None else ""
        data.posts.append(
            Post(
                index,
                person,
                role,
                target,
                org_label,
                was,
                sentence,
                file,
                _int(begin),
                _int(end),
                _int(sbegin),
            )
        )
        if target is not None:
            key = (person, target, role, was)
            if key not in edges:
                edges[key] = Edge(person, target, "post", role, was)
                data.edges.append(edges[key])
            edges[key].posts.append(index)


def _index_articles(data: GraphData) -> None:
    """Number the articles; give each fact, edge and node the articles it was read in;
    count each node's links."""
    files = sorted({f.file for f in [*data.posts, *data.statements] if f.file})
    number = {name: i for i, name in enumerate(files)}
    data.articles = files
    seen: list[set[int]] = [set() for _ in data.nodes]
    for fact in [*data.posts, *data.statements]:
        fact.article = number.get(fact.file)
    for post in data.posts:
        if post.article is not None:
            seen[post.holder].add(post.article)
            if post.organisation is not None:
                seen[post.organisation].add(post.article)
    for statement in data.statements:
        if statement.article is not None:
            for n in [statement.speaker, *statement.about]:
                seen[n].add(statement.article)
    for edge in data.edges:
        facts = [data.posts[i] for i in edge.posts] + [data.statements[i] for i in edge.statements]
        edge.articles = sorted({f.article for f in facts if f.article is not None})
        data.nodes[edge.source].degree += 1
        data.nodes[edge.target].degree += 1
    for n in data.nodes:
        n.articles = sorted(seen[n.id])


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
