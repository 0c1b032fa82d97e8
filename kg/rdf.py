"""Stage 4: turn one article's `Extraction` into RDF triples with full provenance.

IRI scheme (all deterministic; `generated_at` is the only literal that varies between runs):

- entities   ``kgr:{kind}/{key}``              e.g. ``kgr:person/آشتون%20كارتر``; the same key
  in two articles gives the same IRI, so a corpus merges on entities.
- roles      ``kgr:role/{folded role}``        one `org:Role` per spelling-folded post name.
- article    ``kgr:article/{file name}/{sha256[:16]}``; article-local nodes are fragments of it:
  ``#char={begin},{end}`` (NIF spans, RFC 5147), ``#sentence-{i}``, ``#role-{hash}``,
  ``#statement-{hash}``, ``#extraction-{hash}`` (one `prov:Activity` per rule).
- named graph ``kgr:graph/{file name}/{sha256[:16]}``: re-building an article replaces its graph.
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

from rdflib import RDF, RDFS, SKOS, XSD, BNode, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import NamespaceManager, split_uri
from rdflib.plugins.serializers.nquads import _nq_row
from rdflib.plugins.serializers.nt import _nt_row
from rdflib.term import Node, _is_valid_uri

from kg.extract.facts import Entity, Evidence, Extraction, RoleFact, StatementFact
from kg.normalize import fold
from kg.text import Document


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
    """The named-graph IRI holding one article's facts (same article → same graph)."""
    return KGR[f"graph/{iri_segment(document.name)}/{document.sha256[:16]}"]


def span_iri(article: URIRef, start: int, end: int) -> URIRef:
    """A NIF span of the article, RFC 5147 style."""
    return URIRef(f"{article}#char={start},{end}")


def _timestamp(when: datetime) -> Literal:
    """An xsd:dateTime in canonical UTC form (``...Z``), as rdflib and Oxigraph both print it."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    text = when.astimezone(UTC).isoformat().replace("+00:00", "Z")
    return Literal(text, datatype=XSD.dateTime)


def _ar(text: str) -> Literal:
    return Literal(text, lang="ar")


def new_graph() -> Graph:
    """An empty graph with kg's prefixes bound."""
    graph = Graph()
    _bind(graph)
    return graph


def _bind(graph: Graph) -> None:
    for prefix, namespace in NS.PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    graph.bind("skos", SKOS)


class _Builder:
    """Adds one extraction's triples to a graph; holds the per-article context."""

    def __init__(
        self,
        graph: Graph,
        extraction: Extraction,
        tool_version: str,
        generated_at: datetime,
        annotator: str,
    ) -> None:
        self.g = graph
        self.x = extraction
        self.doc: Document = extraction.document
        self.article = article_iri(self.doc)
        self.tool_version = tool_version
        self.generated_at = _timestamp(generated_at)
        self.tool = KGR[f"software/kg/{iri_segment(tool_version)}"]
        self.annotator = KGR[f"software/annotator/{iri_segment(annotator)}"]
        self.annotator_name = annotator
        self.sentences = {s.index: s for s in self.doc.sentences}

    def add(self, s: Node, p: Node, o: Node) -> None:
        self.g.add((s, p, o))

    def build(self) -> None:
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

    def article_node(self) -> None:
        """The article (a NIF context over the whole text) and the two software agents."""
        a, add = self.article, self.add
        add(a, RDF.type, SCHEMA.NewsArticle)
        add(a, RDF.type, NIF.Context)
        add(a, KGO.fileName, Literal(self.doc.name))
        add(a, KGO.sha256, Literal(self.doc.sha256))
        add(a, NIF.beginIndex, Literal(0))
        add(a, NIF.endIndex, Literal(len(self.doc.text)))
        add(self.tool, RDF.type, PROV.SoftwareAgent)
        add(self.tool, RDFS.label, Literal(f"kg {self.tool_version}"))
        add(self.tool, SCHEMA.softwareVersion, Literal(self.tool_version))
        add(self.annotator, RDF.type, PROV.SoftwareAgent)
        add(self.annotator, RDFS.label, Literal(self.annotator_name))

    def entity(self, entity: Entity, names: set[str], known: set[tuple[str, str]]) -> None:
        """Type, key and Arabic labels of an entity; its country link if it has one."""
        node = entity_iri(entity.kind, entity.key)
        kgo_class, reused = _KINDS.get(entity.kind, (None, KGO.Entity, None))[1:]
        self.add(node, RDF.type, kgo_class)
        if reused is not None:
            self.add(node, RDF.type, reused)
        self.add(node, KGO.key, Literal(entity.key))
        self.add(node, SKOS.prefLabel, _ar(entity.label))
        for name in {entity.label, *names}:
            self.add(node, RDFS.label, _ar(name))
        if entity.country:
            country = entity_iri("Country", entity.country)
            self.add(node, KGO.country, country)
            if ("Country", entity.country) not in known:  # typed, keyed, label unknown
                self.add(country, RDF.type, KGO.Country)
                self.add(country, RDF.type, SCHEMA.Country)
                self.add(country, KGO.key, Literal(entity.country))

    def span(self, start: int, end: int, sentence: int | None = None) -> URIRef:
        """A NIF span node with offsets, the text it covers and (if known) its sentence."""
        if not 0 <= start <= end <= len(self.doc.text):
            raise ValueError(f"{self.doc.name}: span [{start}, {end}) is outside the article")
        node = span_iri(self.article, start, end)
        self.add(node, RDF.type, KGO.Span)
        self.add(node, NIF.beginIndex, Literal(start))
        self.add(node, NIF.endIndex, Literal(end))
        self.add(node, NIF.anchorOf, Literal(self.doc.text[start:end]))
        self.add(node, NIF.referenceContext, self.article)
        if sentence is not None and sentence in self.sentences:
            self.add(node, NIF.sentence, self.sentence(sentence))
        return node

    def sentence(self, index: int) -> URIRef:
        """The node of sentence `index`: a nif:Sentence with its index, offsets and text."""
        s = self.sentences[index]
        node = URIRef(f"{self.article}#sentence-{index}")
        self.add(node, RDF.type, NIF.Sentence)
        self.add(node, KGO.sentenceIndex, Literal(index))
        self.add(node, NIF.beginIndex, Literal(s.start))
        self.add(node, NIF.endIndex, Literal(s.end))
        self.add(node, NIF.anchorOf, Literal(s.text))
        self.add(node, NIF.referenceContext, self.article)
        return node

    def provenance(self, fact: URIRef, evidence: Evidence) -> None:
        """Link a fact to its article, evidence span and the activity (rule run) that made it."""
        activity = URIRef(f"{self.article}#extraction-{_hash(self.annotator_name, evidence.rule)}")
        add = self.add
        add(activity, RDF.type, KGO.Extraction)
        add(activity, RDF.type, PROV.Activity)
        add(activity, KGO.rule, Literal(evidence.rule))
        add(activity, PROV.used, self.article)
        add(activity, PROV.wasAssociatedWith, self.annotator)
        add(activity, PROV.wasAssociatedWith, self.tool)
        add(activity, PROV.endedAtTime, self.generated_at)
        add(fact, KGO.sourceArticle, self.article)
        add(fact, KGO.evidence, self.span(evidence.start, evidence.end, evidence.sentence))
        add(fact, PROV.wasGeneratedBy, activity)
        add(fact, PROV.wasAttributedTo, self.annotator)

    def role(self, fact: RoleFact) -> None:
        ev = fact.evidence
        org = fact.organisation
        node = URIRef(
            f"{self.article}#role-"
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
        person = entity_iri(fact.person.kind, fact.person.key)
        role = role_iri(fact.role)
        self.add(node, RDF.type, KGO.Membership)
        self.add(node, RDF.type, ORG.Membership)
        self.add(node, ORG.member, person)
        self.add(node, ORG.role, role)
        self.add(node, KGO.roleLabel, _ar(fact.role))
        self.add(node, KGO.former, Literal(fact.former))
        self.add(role, RDF.type, ORG.Role)
        self.add(role, RDFS.label, _ar(fact.role))
        if org is not None:
            org_node = entity_iri(org.kind, org.key)
            self.add(node, ORG.organization, org_node)
            self.add(person, KGO.heldPostIn if fact.former else KGO.holdsPostIn, org_node)
        self.provenance(node, ev)

    def statement(self, fact: StatementFact) -> None:
        ev = fact.evidence
        node = URIRef(
            f"{self.article}#statement-"
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
        speaker = entity_iri(fact.speaker.kind, fact.speaker.key)
        self.add(node, RDF.type, KGO.Statement)
        self.add(node, RDF.type, SCHEMA.Quotation)
        self.add(node, KGO.speaker, speaker)
        self.add(speaker, KGO.stated, node)
        self.add(node, KGO.cue, _ar(fact.cue))
        self.add(node, KGO.position, _ar(fact.position))
        self.add(node, KGO.cueSpan, self.span(fact.cue_start, fact.cue_end, ev.sentence))
        span = self.span(fact.position_start, fact.position_end, ev.sentence)
        self.add(node, KGO.positionSpan, span)
        self.provenance(node, ev)


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
    when = generated_at or datetime.now(UTC).replace(microsecond=0)
    name = annotator or extraction.annotation.annotator
    _Builder(graph, extraction, tool_version, when, name).build()
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


def serialize(data: Dataset | Graph, fmt: str) -> str:
    """Serialise: turtle|nt|jsonld give the union of graphs, trig|nquads the named graphs.

    Output is deterministic: triples are re-inserted in sorted order before serialising, and
    line-based formats are sorted.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in ("nt", "nquads"):
        return _sorted_lines(data, quads=fmt == "nquads")
    if fmt in TRIPLE_FORMATS:
        source = union_graph(data) if isinstance(data, Dataset) else data
        graph = new_graph()
        for triple in sorted(source):
            graph.add(triple)
        out: Graph | Dataset = graph
    else:
        dataset = data if isinstance(data, Dataset) else _as_dataset(data)
        out = Dataset()
        _bind(out)
        for s, p, o, g in sorted(dataset.quads((None, None, None, None)), key=_quad_key):
            out.graph(g).add((s, p, o))
    if fmt == "jsonld":
        return _jsonld(out)
    out.namespace_manager = _BoundNamespaces(out)
    _bind(out)
    return out.serialize(format=FORMATS[fmt])


def _sorted_lines(data: Dataset | Graph, quads: bool) -> str:
    """N-Triples / N-Quads, one sorted line per distinct statement, written row by row with
    rdflib's own row writers: no copy of the graph (memory stays proportional to the
    output), and no re-splitting of the text (a literal may hold U+2028 or U+0085)."""
    if isinstance(data, Dataset):
        rows = data.quads((None, None, None, None))
    else:
        rows = ((s, p, o, data.identifier) for s, p, o in data)
    if quads:
        lines = {_nq_row((s, p, o), _context(g)) for s, p, o, g in rows}
    else:
        lines = {_nt_row((s, p, o)) for s, p, o, _ in rows}
    return "".join(sorted(lines))


def _context(graph: Node | Graph | None) -> Node | None:
    """A quad's graph name (rdflib yields a graph or its identifier, by version)."""
    if isinstance(graph, Graph):
        graph = graph.identifier
    return None if isinstance(graph, BNode) else graph


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


def _quad_key(quad: tuple[Node, Node, Node, Node | None]) -> tuple[str, ...]:
    return tuple("" if t is None else t.n3() for t in (quad[3], *quad[:3]))


def _as_dataset(graph: Graph) -> Dataset:
    dataset = Dataset()
    _bind(dataset)
    target = dataset.graph(graph.identifier) if isinstance(graph.identifier, URIRef) else dataset
    for triple in graph:
        target.add(triple)
    return dataset


class _BoundNamespaces(NamespaceManager):
    """rdflib's prefix lookup, minus its trie of every namespace ever seen.

    rdflib files the namespace part of every IRI it shortens in one trie and scans a node's
    children linearly, so Turtle/TriG output of a graph with n distinct entity or span IRIs
    costs O(n^2) (minutes for a 1 MB article). Here only bound namespaces are searched: same
    prefixed names, linear time.
    """

    def __init__(self, graph: Graph) -> None:
        super().__init__(graph, bind_namespaces="none")
        self._qnames: dict[str, tuple[str, URIRef, str]] = {}
        self._bound: list[str] | None = None

    def bind(self, prefix: str | None, namespace: object, *args: object, **kw: object) -> None:
        self._bound = None
        super().bind(prefix, namespace, *args, **kw)  # type: ignore[arg-type]

    def compute_qname(self, uri: str, generate: bool = True) -> tuple[str, URIRef, str]:
        if uri in self._qnames:
            return self._qnames[uri]
        if not _is_valid_uri(uri):
            raise ValueError(f"{uri!r} does not look like a valid URI, cannot serialize this")
        try:
            namespace, name = split_uri(uri)
        except ValueError:
            namespace, name = URIRef(uri), ""
            if not self.store.prefix(namespace):
                raise
        if self._bound is None:
            self._bound = [str(ns) for _, ns in self.namespaces()]
        longer = [
            ns
            for ns in self._bound
            if len(ns) > len(namespace) and ns.startswith(namespace) and uri.startswith(ns)
        ]
        if longer:
            namespace = max(longer, key=len)
            name = uri[len(namespace) :]
        namespace = URIRef(namespace)
        prefix = self.store.prefix(namespace)
        if prefix is None:
            if not generate:
                raise KeyError(f"No known prefix for {namespace} and generate=False")
            num = 1
            while self.store.namespace(f"ns{num}"):
                num += 1
            prefix = f"ns{num}"
            self.bind(prefix, namespace)
        self._qnames[uri] = (prefix, namespace, name)
        return self._qnames[uri]
