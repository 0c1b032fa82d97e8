"""The terms of kg graphs: namespaces and the IRIs of entities, roles, articles and spans.

IRI scheme (all deterministic; `generated_at` is the only literal that varies between runs):

- entities   ``kgr:{kind}/{key}``              e.g. ``kgr:person/آشتون%20كارتر``; the same key
  in two articles gives the same IRI, so a corpus merges on entities.
- roles      ``kgr:role/{folded role}``        one `org:Role` per spelling-folded post name.
- article    ``kgr:article/{file name}/{sha256[:16]}``; article-local nodes are fragments of it:
  ``#char={begin},{end}`` (NIF spans, RFC 5147), ``#sentence-{i}``, ``#role-{hash}`` and its
  ``#role-{hash}-during`` (the `time:Interval` of the post), ``#statement-{hash}``,
  ``#extraction-{hash}`` (one `prov:Activity` per rule), ``#published`` (the `time:Instant` the
  article was published at; a post the article calls former ends before it).
- named graph ``kgr:graph/{file name}``: re-building an article (even corrected) replaces its graph.
- software   ``kgr:software/kg/{version}`` and ``kgr:software/annotator/{name}``.

Path segments are percent-encoded by `iri_segment`: Unicode letters and digits stay readable,
every other character (spaces, quotes, ``<>``, ``\\``, ``{}``, bidi marks, ``%``...) becomes
``%XX``, so the mapping is injective and the result is always a valid IRI.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pyoxigraph as ox
from rdflib import SKOS, XSD, Graph, Namespace, URIRef

from kg.pipeline.text.document import Document
from kg.pipeline.text.normalize import fold


class NS:
    """Namespaces used in kg graphs (prefix → `Namespace`)."""

    KGO = Namespace("https://w3id.org/kg-arabic-news/ontology#")
    KGR = Namespace("https://w3id.org/kg-arabic-news/id/")
    SCHEMA = Namespace("https://schema.org/")
    ORG = Namespace("http://www.w3.org/ns/org#")
    FOAF = Namespace("http://xmlns.com/foaf/0.1/")
    PROV = Namespace("http://www.w3.org/ns/prov#")
    NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    DCTERMS = Namespace("http://purl.org/dc/terms/")
    TIME = Namespace("http://www.w3.org/2006/time#")

    PREFIXES: dict[str, Namespace] = {
        "kgo": KGO,
        "kgr": KGR,
        "schema": SCHEMA,
        "org": ORG,
        "foaf": FOAF,
        "prov": PROV,
        "nif": NIF,
        "dcterms": DCTERMS,
        "time": TIME,
    }


KGO, KGR, SCHEMA, ORG, PROV, NIF = NS.KGO, NS.KGR, NS.SCHEMA, NS.ORG, NS.PROV, NS.NIF

# Entity.kind → (IRI path segment, kgo class, reused class asserted alongside it).
_KINDS: dict[str, tuple[str, URIRef, URIRef]] = {
    "Person": ("person", KGO.Person, SCHEMA.Person),
    "Organisation": ("organisation", KGO.Organisation, SCHEMA.Organization),
    "Country": ("country", KGO.Country, SCHEMA.Country),
    "Place": ("place", KGO.Place, SCHEMA.Place),
}

# RFC 3987 ucschar: non-ASCII characters allowed unescaped in an IRI.
_UCSCHAR = (
    (0xA0, 0xD7FF),
    (0xF900, 0xFDCF),
    (0xFDF0, 0xFFEF),
    *((p * 0x10000, p * 0x10000 + 0xFFFD) for p in range(1, 14)),
    (0xE1000, 0xEFFFD),
)


def _keep(ch: str) -> bool:
    if ch.isascii():
        return ch.isalnum() or ch in "-._"
    cp = ord(ch)
    return ch.isalnum() and any(lo <= cp <= hi for lo, hi in _UCSCHAR)


def iri_segment(text: str) -> str:
    """Percent-encode `text` into one IRI path segment: injective, valid, readable for names.

    '~' is always encoded, so the bare '~' that stands for the empty string is unambiguous.
    """
    if not text:
        return "~"
    return "".join(
        ch if _keep(ch) else "".join(f"%{b:02X}" for b in ch.encode("utf-8")) for ch in text
    )


def _hash(*parts: object) -> str:
    """A short stable hash of the parts (for article-local fact fragments)."""
    return hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def entity_iri(kind: str, key: str) -> URIRef:
    """The corpus-wide IRI of an entity of `kind` (Person, Organisation...) with `key`."""
    segment = _KINDS[kind][0] if kind in _KINDS else iri_segment(kind.lower())
    return KGR[f"{segment}/{iri_segment(key)}"]


def role_iri(role: str) -> URIRef:
    """The IRI of a post name, shared across spellings that fold to the same string."""
    return KGR[f"role/{iri_segment(fold(role).strip())}"]


def article_iri(document: Document) -> URIRef:
    """The IRI of an article: its file name and the sha256 of its text."""
    return KGR[f"article/{iri_segment(document.name)}/{document.sha256[:16]}"]


def graph_iri(document: Document) -> URIRef:
    """The named-graph IRI holding one article's facts, keyed by its file name: re-building
    an article, even after its text was corrected, replaces its facts instead of adding a
    second version beside them (the article node inside keeps the text's sha256)."""
    return KGR[f"graph/{iri_segment(document.name)}"]


def span_iri(article: URIRef, start: int, end: int) -> URIRef:
    """A NIF span of the article, RFC 5147 style."""
    return URIRef(f"{article}#char={start},{end}")


def _timestamp(when: datetime) -> ox.Literal:
    """An xsd:dateTime in canonical UTC form (``...Z``), as rdflib and Oxigraph both print it."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    text = when.astimezone(UTC).isoformat().replace("+00:00", "Z")
    return ox.Literal(text, datatype=ox.NamedNode(str(XSD.dateTime)))


def _ar(text: str) -> ox.Literal:
    return ox.Literal(text, language="ar")


def new_graph() -> Graph:
    """An empty graph with kg's prefixes bound."""
    graph = Graph()
    _bind(graph)
    return graph


def _bind(graph: Graph) -> None:
    for prefix, namespace in NS.PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    graph.bind("skos", SKOS)
