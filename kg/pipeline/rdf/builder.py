"""Stage 4: turn one article's `Extraction` into RDF triples with full provenance.

IRI scheme (all deterministic; `generated_at` is the only literal that varies between runs):

- entities   ``kgr:{kind}/{key}``              e.g. ``kgr:person/آشتون%20كارتر``; the same key
  in two articles gives the same IRI, so a corpus merges on entities.
- roles      ``kgr:role/{folded role}``        one `org:Role` per spelling-folded post name.
- article    ``kgr:article/{file name}/{sha256[:16]}``; article-local nodes are fragments of it:
  ``#char={begin},{end}`` (NIF spans, RFC 5147), ``#sentence-{i}``, ``#role-{hash}``,
  ``#statement-{hash}``, ``#extraction-{hash}`` (one `prov:Activity` per rule).
- named graph ``kgr:graph/{file name}``: re-building an article (even corrected) replaces its graph.
- software   ``kgr:software/kg/{version}`` and ``kgr:software/annotator/{name}``.

Path segments are percent-encoded by `iri_segment`: Unicode letters and digits stay readable,
every other character (spaces, quotes, ``<>``, ``\\``, ``{}``, bidi marks, ``%``...) becomes
``%XX``, so the mapping is injective and the result is always a valid IRI.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from kg.pipeline.extract.facts import Entity, Evidence, Extraction, RoleFact, StatementFact
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

    PREFIXES: dict[str, Namespace] = {
        "kgo": KGO,
        "kgr": KGR,
        "schema": SCHEMA,
        "org": ORG,
        "foaf": FOAF,
        "prov": PROV,
        "nif": NIF,
        "dcterms": DCTERMS,
    }


KGO, KGR, SCHEMA, ORG, PROV, NIF = NS.KGO, NS.KGR, NS.SCHEMA, NS.ORG, NS.PROV, NS.NIF

# Entity.kind → (IRI path segment, kgo class, reused class asserted alongside it).
_KINDS: dict[str, tuple[str, URIRef, URIRef]] = {
    "Person": ("person", KGO.Person, SCHEMA.Person),
    "Organisation": ("organisation", KGO.Organisation, SCHEMA.Organization),
    "Country": ("country", KGO.Country, SCHEMA.Country),
    "Place": ("place", KGO.Place, SCHEMA.Place),
}

FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig", "nquads": "nquads"}
TRIPLE_FORMATS = frozenset({"turtle", "nt", "jsonld"})

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


class _Vocab:
    """Oxigraph IRIs of a namespace, made once: ``_Vocab(KGO).Person``."""

    def __init__(self, namespace: str) -> None:
        self._base = str(namespace)

    def __getattr__(self, name: str) -> ox.NamedNode:
        node = ox.NamedNode(self._base + name)
        setattr(self, name, node)
        return node


_kgo, _schema, _org, _prov, _nif = (_Vocab(n) for n in (KGO, SCHEMA, ORG, PROV, NIF))
_rdf, _rdfs, _skos = _Vocab(RDF), _Vocab(RDFS), _Vocab(SKOS)
_TYPE = _rdf.type
_KINDS_OX = {
    kind: (ox.NamedNode(str(c)), ox.NamedNode(str(r))) for kind, (_, c, r) in _KINDS.items()
}
_ENTITY_CLASS = _kgo.Entity


@lru_cache(maxsize=1 << 16)
def _entity_node(kind: str, key: str) -> ox.NamedNode:
    return ox.NamedNode(str(entity_iri(kind, key)))


@lru_cache(maxsize=1 << 12)
def _role_node(role: str) -> ox.NamedNode:
    return ox.NamedNode(str(role_iri(role)))


class _Builder:
    """Makes one extraction's triples (Oxigraph terms); holds the per-article context."""

    def __init__(
        self,
        extraction: Extraction,
        tool_version: str,
        generated_at: datetime,
        annotator: str,
    ) -> None:
        self.triples: list[ox.Triple] = []
        self.x = extraction
        self.doc: Document = extraction.document
        self.article_str = str(article_iri(self.doc))
        self.article = ox.NamedNode(self.article_str)
        self.tool_version = tool_version
        self.generated_at = _timestamp(generated_at)
        self.tool = ox.NamedNode(str(KGR[f"software/kg/{iri_segment(tool_version)}"]))
        self.annotator = ox.NamedNode(str(KGR[f"software/annotator/{iri_segment(annotator)}"]))
        self.annotator_name = annotator
        self.sentences = {s.index: s for s in self.doc.sentences}
        self.text_length = len(self.doc.text)

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        self.triples.append(ox.Triple(s, p, o))

    def local(self, fragment: str) -> ox.NamedNode:
        """An article-local node: the article IRI with `#fragment`."""
        return ox.NamedNode(f"{self.article_str}#{fragment}")

    def build(self) -> list[ox.Triple]:
        """Article, entities (those listed and those only named in facts), roles, statements."""
        self.article_node()
        entities: dict[tuple[str, str], Entity] = {}
        names: dict[tuple[str, str], set[str]] = {}
        mentioned = [f.person for f in self.x.roles] + [f.speaker for f in self.x.statements]
        mentioned += [f.organisation for f in self.x.roles if f.organisation]
        for entity in [*self.x.entities, *mentioned]:  # first occurrence wins, names merge
            entities.setdefault((entity.kind, entity.key), entity)
            names.setdefault((entity.kind, entity.key), set()).update(entity.names)
        for key, entity in entities.items():
            self.entity(entity, names[key], set(entities))
        for role in self.x.roles:
            self.role(role)
        for statement in self.x.statements:
            self.statement(statement)
        return self.triples

    def article_node(self) -> None:
        """The article (a NIF context over the whole text) and the two software agents."""
        a, add = self.article, self.add
        add(a, _TYPE, _schema.NewsArticle)
        add(a, _TYPE, _nif.Context)
        add(a, _kgo.fileName, ox.Literal(self.doc.name))
        add(a, _kgo.sha256, ox.Literal(self.doc.sha256))
        add(a, _nif.beginIndex, ox.Literal(0))
        add(a, _nif.endIndex, ox.Literal(self.text_length))
        add(self.tool, _TYPE, _prov.SoftwareAgent)
        add(self.tool, _rdfs.label, ox.Literal(f"kg {self.tool_version}"))
        add(self.tool, _schema.softwareVersion, ox.Literal(self.tool_version))
        add(self.annotator, _TYPE, _prov.SoftwareAgent)
        add(self.annotator, _rdfs.label, ox.Literal(self.annotator_name))

    def entity(self, entity: Entity, names: set[str], known: set[tuple[str, str]]) -> None:
        """Type, key and Arabic labels of an entity; its country link if it has one."""
        node = _entity_node(entity.kind, entity.key)
        kgo_class, reused = _KINDS_OX.get(entity.kind, (_ENTITY_CLASS, None))
        add = self.add
        add(node, _TYPE, kgo_class)
        if reused is not None:
            add(node, _TYPE, reused)
        add(node, _kgo.key, ox.Literal(entity.key))
        add(node, _skos.prefLabel, _ar(entity.label))
        for name in {entity.label, *names}:
            add(node, _rdfs.label, _ar(name))
        if entity.country:
            country = _entity_node("Country", entity.country)
            add(node, _kgo.country, country)
            if ("Country", entity.country) not in known:  # typed, keyed, label unknown
                add(country, _TYPE, _kgo.Country)
                add(country, _TYPE, _schema.Country)
                add(country, _kgo.key, ox.Literal(entity.country))

    def span(self, start: int, end: int, sentence: int | None = None) -> ox.NamedNode:
        """A NIF span node with offsets, the text it covers and (if known) its sentence."""
        if not 0 <= start <= end <= self.text_length:
            raise ValueError(f"{self.doc.name}: span [{start}, {end}) is outside the article")
        node = self.local(f"char={start},{end}")
        add = self.add
        add(node, _TYPE, _kgo.Span)
        add(node, _nif.beginIndex, ox.Literal(start))
        add(node, _nif.endIndex, ox.Literal(end))
        add(node, _nif.anchorOf, ox.Literal(self.doc.text[start:end]))
        add(node, _nif.referenceContext, self.article)
        if sentence is not None and sentence in self.sentences:
            add(node, _nif.sentence, self.sentence(sentence))
        return node

    def sentence(self, index: int) -> ox.NamedNode:
        """The node of sentence `index`: a nif:Sentence with its index, offsets and text."""
        s = self.sentences[index]
        node = self.local(f"sentence-{index}")
        add = self.add
        add(node, _TYPE, _nif.Sentence)
        add(node, _kgo.sentenceIndex, ox.Literal(index))
        add(node, _nif.beginIndex, ox.Literal(s.start))
        add(node, _nif.endIndex, ox.Literal(s.end))
        add(node, _nif.anchorOf, ox.Literal(s.text))
        add(node, _nif.referenceContext, self.article)
        return node

    def provenance(self, fact: ox.NamedNode, evidence: Evidence) -> None:
        """Link a fact to its article, evidence span and the activity (rule run) that made it."""
        activity = self.local(f"extraction-{_hash(self.annotator_name, evidence.rule)}")
        add = self.add
        add(activity, _TYPE, _kgo.Extraction)
        add(activity, _TYPE, _prov.Activity)
        add(activity, _kgo.rule, ox.Literal(evidence.rule))
        add(activity, _prov.used, self.article)
        add(activity, _prov.wasAssociatedWith, self.annotator)
        add(activity, _prov.wasAssociatedWith, self.tool)
        add(activity, _prov.endedAtTime, self.generated_at)
        add(fact, _kgo.sourceArticle, self.article)
        add(fact, _kgo.evidence, self.span(evidence.start, evidence.end, evidence.sentence))
        add(fact, _prov.wasGeneratedBy, activity)
        add(fact, _prov.wasAttributedTo, self.annotator)

    def role(self, fact: RoleFact) -> None:
        ev = fact.evidence
        org = fact.organisation
        node = self.local(
            "role-"
            + _hash(
                fact.person.key,
                fact.role,
                org.key if org else "",
                fact.former,
                ev.start,
                ev.end,
                ev.rule,
            )
        )
        person = _entity_node(fact.person.kind, fact.person.key)
        role = _role_node(fact.role)
        add = self.add
        add(node, _TYPE, _kgo.Membership)
        add(node, _TYPE, _org.Membership)
        add(node, _org.member, person)
        add(node, _org.role, role)
        add(node, _kgo.roleLabel, _ar(fact.role))
        add(node, _kgo.former, ox.Literal(fact.former))
        add(role, _TYPE, _org.Role)
        add(role, _rdfs.label, _ar(fact.role))
        if org is not None:
            org_node = _entity_node(org.kind, org.key)
            add(node, _org.organization, org_node)
            add(person, _kgo.heldPostIn if fact.former else _kgo.holdsPostIn, org_node)
        self.provenance(node, ev)

    def statement(self, fact: StatementFact) -> None:
        ev = fact.evidence
        node = self.local(
            "statement-"
            + _hash(
                fact.speaker.key,
                fact.cue,
                fact.position_start,
                fact.position_end,
                fact.cue_start,
                fact.cue_end,
                ev.rule,
            )
        )
        speaker = _entity_node(fact.speaker.kind, fact.speaker.key)
        add = self.add
        add(node, _TYPE, _kgo.Statement)
        add(node, _TYPE, _schema.Quotation)
        add(node, _kgo.speaker, speaker)
        add(speaker, _kgo.stated, node)
        add(node, _kgo.cue, _ar(fact.cue))
        add(node, _kgo.position, _ar(fact.position))
        add(node, _kgo.cueSpan, self.span(fact.cue_start, fact.cue_end, ev.sentence))
        span = self.span(fact.position_start, fact.position_end, ev.sentence)
        add(node, _kgo.positionSpan, span)
        self.provenance(node, ev)


def extraction_triples(
    extraction: Extraction,
    *,
    tool_version: str,
    generated_at: datetime | None = None,
    annotator: str | None = None,
) -> list[ox.Triple]:
    """One article's triples as Oxigraph terms (the fast path; may repeat a triple)."""
    when = generated_at or datetime.now(UTC).replace(microsecond=0)
    name = annotator or extraction.annotation.annotator
    return _Builder(extraction, tool_version, when, name).build()


def build_quads(
    extractions: Iterable[Extraction],
    *,
    tool_version: str,
    generated_at: datetime | None = None,
    annotator: str | None = None,
) -> list[ox.Quad]:
    """`build_dataset` without rdflib: one named graph per article, as Oxigraph quads
    (distinct, in article order). Serialise with `serialize`, load with `pyoxigraph.Store`."""
    when = generated_at or datetime.now(UTC).replace(microsecond=0)
    quads: dict[ox.Quad, None] = {}
    for extraction in extractions:
        graph = ox.NamedNode(str(graph_iri(extraction.document)))
        triples = extraction_triples(
            extraction, tool_version=tool_version, generated_at=when, annotator=annotator
        )
        quads.update((ox.Quad(t.subject, t.predicate, t.object, graph), None) for t in triples)
    return list(quads)


def extraction_to_graph(
    extraction: Extraction,
    *,
    graph: Graph | None = None,
    tool_version: str,
    generated_at: datetime | None = None,
    annotator: str | None = None,
) -> Graph:
    """Add one article's entities, roles, statements and provenance to `graph` (or a new one).

    `generated_at` defaults to now (UTC); pass it to get byte-identical output across runs.
    `annotator` defaults to the annotation's own annotator name.
    """
    graph = new_graph() if graph is None else graph
    triples = extraction_triples(
        extraction, tool_version=tool_version, generated_at=generated_at, annotator=annotator
    )
    to_rdflib = _ToRdflib()
    for t in triples:
        graph.add((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object)))
    return graph


def build_dataset(
    extractions: Iterable[Extraction],
    *,
    tool_version: str,
    generated_at: datetime | None = None,
    annotator: str | None = None,
) -> Dataset:
    """One named graph per article (see `graph_iri`), so loading a rebuilt article replaces it."""
    dataset = Dataset()
    _bind(dataset)
    when = generated_at or datetime.now(UTC).replace(microsecond=0)
    for extraction in extractions:
        named = dataset.graph(graph_iri(extraction.document))
        extraction_to_graph(
            extraction,
            graph=named,
            tool_version=tool_version,
            generated_at=when,
            annotator=annotator,
        )
    return dataset


def union_graph(dataset: Dataset) -> Graph:
    """All triples of all graphs of `dataset`, in one graph."""
    graph = new_graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


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
    """Compact JSON-LD with kg's prefixes; nodes and values sorted (order is insignificant)."""
    context = {prefix: str(ns) for prefix, ns in NS.PREFIXES.items()}
    context |= {"rdf": str(RDF), "rdfs": str(RDFS), "skos": str(SKOS), "xsd": str(XSD)}
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
