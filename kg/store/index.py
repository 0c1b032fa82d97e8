"""The query index: a named graph of values the canned queries would otherwise recompute on
every run, rewritten after every write (docs/store.md, "The query index").

It holds, derived from the facts (the default graph):

- ``?entity kgi:label ?label`` — ONE label per entity, the least of its ``skos:prefLabel``
  values (what the canned queries' ``MIN(?label)`` gave). Grouping and comparing labels per
  row read each string back from disk; one pre-chosen label per entity is a plain join.
- ``?statement kgi:country ?country`` — the statement's position contains one of the
  country's names (``rdfs:label``), as a substring: what statements-about-country.rq tested
  with ``CONTAINS`` for every country name × every statement at query time.
- ``?person kgi:posts ?n ; kgi:statements ?m ; kgi:peopleRank ?i`` — what people.rq
  counts per person, and the person's place in its order (most posts first...): people.rq
  is run when the index is written and its rows numbered, so its index form sorts integers
  instead of reading every label back for the sort.
- one node per row of roles.rq (``kgi:rolePerson``, ``kgi:roleName``,
  ``kgi:roleOrganisation``) and of former-posts.rq (``kgi:formerPerson``, ``kgi:formerRole``,
  ``kgi:formerOrganisation``, ``kgi:formerFile``), named ``kgr:index/QUERY/MD5`` of its
  values: their distinct rows, before the sort. Each
  is a join of five to nine patterns over the 10,000 memberships of a 1M-quad store, then a
  DISTINCT to 1,700 (or 560) rows: done once per write instead of at every query.
- ``kgr:index a kgi:QueryIndex ; kgi:version 3`` — the marker that the index was written,
  and in which layout (a store written by an older kg has none, or an older version: its canned
  queries run their plain forms, and `kg.store.query` refuses a query reading the index).

All are global (a label or a country name seen in one article changes the rows of
another), so the whole graph is rewritten in one SPARQL Update — one transaction — at the
end of each `kg load`, `kg build --store` and when a graph file is read for a query. The
article graphs and the facts are not touched: re-building an article rewrites the index
from the facts as they are then, so its old statements leave the index with it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable

import pyoxigraph as ox

from kg.resources import read_query
from kg.store.prefixes import INDEX_PREFIXES, NAMESPACES

KGI = NAMESPACES["kgi"]
INDEX_GRAPH = ox.NamedNode("https://w3id.org/kg-arabic-news/id/index")
VERSION = 3  # the layout; 1: labels and links, 2: no people ranks (older ones are read as none)
_COUNTRY = ox.NamedNode(f"{KGI}country")
_MARKER = ox.Triple(INDEX_GRAPH, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                    ox.NamedNode(f"{KGI}QueryIndex"))  # fmt: skip
_VERSION = ox.Triple(INDEX_GRAPH, ox.NamedNode(f"{KGI}version"), ox.Literal(VERSION))
_PEOPLE = {name: ox.NamedNode(f"{KGI}{name}") for name in ("posts", "statements", "peopleRank")}
# Whether a source holds the index in this layout (an endpoint is asked this).
HAS_INDEX = f"SELECT (1 AS ?v) WHERE {{ GRAPH {INDEX_GRAPH} {{ {_VERSION} }} }} LIMIT 1"
_COUNTRY_NAMES = (
    INDEX_PREFIXES
    + """SELECT ?c ?name
WHERE { ?c a kgo:Country ; rdfs:label ?name . FILTER (isIRI(?c)) }"""
)
_POSITIONS = (
    INDEX_PREFIXES
    + """SELECT ?statement ?position
WHERE { ?statement kgo:position ?position . FILTER (isIRI(?statement)) }"""
)
_LABELS = (
    "INSERT { GRAPH %s { ?e kgi:label ?label } }\n"
    "WHERE { SELECT ?e (MIN(?name) AS ?label) WHERE { ?e skos:prefLabel ?name } GROUP BY ?e }"
)
# The distinct rows of roles.rq and former-posts.rq, computed after the labels (they read
# kgi:label) in the same update. Written for Oxigraph's planner as the canned queries are
# (docs/store.md, "Canned queries"): one pattern per sub-SELECT (hash joins over index
# scans), DISTINCT over entities before their labels are read.
# A post is former when its interval is time:before the instant its article was published.
_FORMER = """{ SELECT ?membership ?interval WHERE { ?membership org:memberDuring ?interval } }
          { SELECT ?interval ?published WHERE { ?interval time:before ?published } }
          { SELECT ?membership ?article WHERE { ?membership kgo:sourceArticle ?article } }
          { SELECT ?article ?published WHERE { ?article time:hasTime ?published } }
          { SELECT ?article ?file WHERE { ?article kgo:fileName ?file } }
          """


def _key(variable: str) -> str:
    """SPARQL: a term's part of a row's key, "/" + language + "/" + its text with "/"
    escaped (ENCODE_FOR_URI), so that the parts of distinct rows never join to the same key;
    "" when the variable is unbound (no organisation)."""
    return f'COALESCE(CONCAT("/", LANG({variable}), "/", ENCODE_FOR_URI(STR({variable}))), "")'


def _rows(query: str, columns: dict[str, str], former: str = "") -> str:
    """SPARQL Update: one node per distinct row of canned query `query` in the index, with
    a triple per bound column (the predicates `columns` names: no organisation triple for a post
    that names none). The node's IRI is the MD5 of the row's key: the same rows give the
    same index, whoever writes it (no blank nodes)."""
    names = " ".join(columns)  # ?person (the holder's label), ?role, ...
    key = ", ".join(_key(v) for v in columns)
    triples = " ;\n    ".join(f"kgi:{predicate} {v}" for v, predicate in columns.items())
    return f"""INSERT {{ GRAPH {INDEX_GRAPH} {{
    ?row {triples} }} }}
WHERE {{
  {{
    SELECT DISTINCT {names}
    WHERE {{
      {{
        SELECT DISTINCT {names.replace("?person", "?holder")}
        WHERE {{
          {{ SELECT ?membership WHERE {{ ?membership a kgo:Membership }} }}
          {former}{{ SELECT ?membership ?holder WHERE {{ ?membership org:member ?holder }} }}
          {{ SELECT ?membership ?role WHERE {{ ?membership kgo:roleLabel ?role }} }}
          OPTIONAL {{
            {{ SELECT ?membership ?org WHERE {{ ?membership org:organization ?org }} }}
            {{ SELECT ?org ?organisation
               WHERE {{ GRAPH {INDEX_GRAPH} {{ ?org kgi:label ?organisation }} }} }}
          }}
        }}
      }}
      {{ SELECT ?holder ?person WHERE {{ GRAPH {INDEX_GRAPH} {{ ?holder kgi:label ?person }} }} }}
    }}
  }}
  BIND (IRI(CONCAT("{INDEX_GRAPH.value}", "/{query}/", MD5(CONCAT({key})))) AS ?row)
}}"""


_ROLE_ROWS = _rows(
    "roles",
    {"?person": "rolePerson", "?role": "roleName", "?organisation": "roleOrganisation"},
)
_FORMER_ROWS = _rows(
    "former-posts",
    {"?person": "formerPerson", "?role": "formerRole", "?organisation": "formerOrganisation",
     "?file": "formerFile"},
    _FORMER,
)  # fmt: skip

Select = Callable[[str], Iterable[list[str]]]


def country_links(
    names: Iterable[tuple[str, str]], positions: Iterable[tuple[str, str]]
) -> list[tuple[str, str]]:
    """(statement, country) for each position holding one of the country's names as a
    substring (SPARQL ``CONTAINS``), from (country, name) and (statement, position) pairs.

    The positions are joined into one text (NUL between them, which no name holds) and
    each name is found in it with `str.find`: one fast scan per distinct name (137 names
    over 17,000 positions: ≈ 0.1 s), instead of a test per name × statement.
    """
    countries: dict[str, set[str]] = {}
    for country, name in names:
        countries.setdefault(name, set()).add(country)
    statements: list[str] = []
    starts: list[int] = []
    parts: list[str] = []
    offset = 0
    for statement, text in positions:
        statements.append(statement)
        starts.append(offset)
        parts.append(text)
        offset += len(text) + 1
    joined = "\0".join(parts)
    found: dict[int, set[str]] = {}
    for name, owners in countries.items():
        if not name:  # CONTAINS(x, "") holds for every x
            for i in range(len(statements)):
                found.setdefault(i, set()).update(owners)
            continue
        if "\0" in name:
            continue  # in no position (NUL is not in Arabic text; kept out of the join)
        at = joined.find(name)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            found.setdefault(i, set()).update(owners)
            at = joined.find(name, starts[i + 1] if i + 1 < len(starts) else len(joined))
    return [(statements[i], c) for i in sorted(found) for c in sorted(found[i])]


def people_triples(select: Select) -> list[ox.Triple]:
    """Each person's counts and place in people.rq's order: the plain query (it needs no
    index), run once here, its rows numbered as it sorts them (ties included)."""
    triples: list[ox.Triple] = []
    for rank, (person, _, posts, statements) in enumerate(select(read_query("people"))):
        try:
            node = ox.NamedNode(person)
        except ValueError:  # a blank node (not in kg's output): the plain form answers
            continue
        triples += [
            ox.Triple(node, _PEOPLE["posts"], ox.Literal(int(posts))),
            ox.Triple(node, _PEOPLE["statements"], ox.Literal(int(statements))),
            ox.Triple(node, _PEOPLE["peopleRank"], ox.Literal(rank)),
        ]
    return triples


def refresh_update(select: Select) -> str:
    """The SPARQL Update that rewrites the index from the facts, reading what it needs
    (country names, statement positions, people's rows) with `select` (rows of lexical
    values)."""
    names = [(c, n) for c, n in select(_COUNTRY_NAMES)]
    positions = [(s, p) for s, p in select(_POSITIONS)] if names else []
    triples = [_MARKER, _VERSION, *people_triples(select)] + [
        ox.Triple(ox.NamedNode(s), _COUNTRY, ox.NamedNode(c))
        for s, c in country_links(names, positions)
    ]
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    return (
        INDEX_PREFIXES
        + f"DROP SILENT GRAPH {INDEX_GRAPH} ;\n"
        + _LABELS % INDEX_GRAPH
        + " ;\n"
        + " ;\n".join((_ROLE_ROWS, _FORMER_ROWS))
        + f" ;\nINSERT DATA {{ GRAPH {INDEX_GRAPH} {{\n{data}}} }}"
    )


def refresh(target: object) -> None:
    """Rewrite the index of a `Target` (embedded store or endpoint): one transaction."""
    query = target.query  # type: ignore[attr-defined]
    target.apply(refresh_update(lambda sparql: query(sparql).rows))  # type: ignore[attr-defined]


def refresh_store(store: ox.Store) -> None:
    """Rewrite the index of a pyoxigraph `Store` (a graph file read into memory)."""

    def select(sparql: str) -> list[list[str]]:
        result = store.query(sparql)
        columns = [v.value for v in result.variables]  # type: ignore[union-attr]
        return [[s[c].value for c in columns] for s in result]  # type: ignore[union-attr]

    store.update(refresh_update(select))


def has_index(store: ox.Store) -> bool:
    """True if the pyoxigraph store holds the index in this layout (its version marker)."""
    return any(True for _ in store.quads_for_pattern(*_VERSION, INDEX_GRAPH))


def uses_index(sparql: str) -> bool:
    """True if the query reads the index (names its namespace, as the canned queries do)."""
    return KGI in sparql
