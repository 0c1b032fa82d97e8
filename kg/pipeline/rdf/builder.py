"""Stage 4: turn one article's `Extraction` into RDF triples with full provenance.

The IRIs and namespaces are those of `kg.pipeline.rdf.terms`; writing the triples out is
`kg.pipeline.rdf.formats`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache

import pyoxigraph as ox
from rdflib import RDF, RDFS, SKOS, Dataset, Graph

from kg.pipeline.extract.facts import Entity, Evidence, Extraction, RoleFact, StatementFact
from kg.pipeline.rdf.formats import _ToRdflib
from kg.pipeline.rdf.terms import (
    _KINDS,
    KGO,
    KGR,
    NIF,
    NS,
    ORG,
    PROV,
    SCHEMA,
    _ar,
    _bind,
    _hash,
    _timestamp,
    article_iri,
    entity_iri,
    graph_iri,
    iri_segment,
    new_graph,
    role_iri,
)
from kg.pipeline.text.document import Document


class _Vocab:
    """Oxigraph IRIs of a namespace, made once: ``_Vocab(KGO).Person``."""

    def __init__(self, namespace: str) -> None:
        self._base = str(namespace)

    def __getattr__(self, name: str) -> ox.NamedNode:
        node = ox.NamedNode(self._base + name)
        setattr(self, name, node)
        return node


_kgo, _schema, _org, _prov, _nif, _time = (
    _Vocab(n) for n in (KGO, SCHEMA, ORG, PROV, NIF, NS.TIME)
)
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
        self.triples: list[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]] = []
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
        self.published = self.local("published")
        self.described: set[int] = set()  # sentences whose node is already described

    def add(self, s: ox.NamedNode, p: ox.NamedNode, o: ox.NamedNode | ox.Literal) -> None:
        self.triples.append((s, p, o))  # plain tuples: build_quads makes each quad once

    def local(self, fragment: str) -> ox.NamedNode:
        """An article-local node: the article IRI with `#fragment`."""
        return ox.NamedNode(f"{self.article_str}#{fragment}")

    def build(self) -> list[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]]:
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
        """The article (a NIF context holding the whole text, so any NIF tool can check the
        offsets), the instant it was published at, and the two software agents."""
        a, add = self.article, self.add
        add(a, _TYPE, _schema.NewsArticle)
        add(a, _TYPE, _nif.Context)
        add(a, _kgo.fileName, ox.Literal(self.doc.name))
        add(a, _kgo.sha256, ox.Literal(self.doc.sha256))
        add(a, _nif.isString, ox.Literal(self.doc.text))
        add(a, _nif.beginIndex, ox.Literal(0))
        add(a, _nif.endIndex, ox.Literal(self.text_length))
        add(a, _time.hasTime, self.published)
        add(self.published, _TYPE, _time.Instant)
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
        """The node of sentence `index`: a nif:Sentence with its index, offsets and text,
        described once (a long sentence's text is not copied for each of its spans)."""
        node = self.local(f"sentence-{index}")
        if index in self.described:
            return node
        self.described.add(index)
        s = self.sentences[index]
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
        # The post's time: an interval that ends before the article was published (former,
        # السابق) or holds that instant; its other end is unknown (open).
        during = ox.NamedNode(f"{node.value}-during")
        add(node, _org.memberDuring, during)
        add(during, _TYPE, _time.Interval)
        add(during, _time.before if fact.former else _time.inside, self.published)
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
    return [ox.Triple(*t) for t in _Builder(extraction, tool_version, when, name).build()]


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
    quads: list[ox.Quad] = []
    graphs: list[str] = []
    for extraction in extractions:
        iri = str(graph_iri(extraction.document))
        graphs.append(iri)
        graph = ox.NamedNode(iri)
        name = annotator or extraction.annotation.annotator
        statements = dict.fromkeys(_Builder(extraction, tool_version, when, name).build())
        quads += [ox.Quad(s, p, o, graph) for s, p, o in statements]
    # an article's triples are distinct and no two articles share a graph: the quads are
    # distinct unless one article came twice (then its first quads stand, in their order)
    return quads if len(set(graphs)) == len(graphs) else list(dict.fromkeys(quads))


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
