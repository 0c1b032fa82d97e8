"""Stage 3: facts from an annotation (roles first: statements resolve speakers by post)."""

from __future__ import annotations

from kg.pipeline.annotate.model import Annotation
from kg.pipeline.extract.context import Context
from kg.pipeline.extract.facts import Entity, Evidence, Extraction, RoleFact, StatementFact
from kg.pipeline.extract.people import mentioned_people
from kg.pipeline.extract.roles import extract_roles
from kg.pipeline.extract.statements import extract_statements

__all__ = ["Entity", "Evidence", "Extraction", "RoleFact", "StatementFact", "extract"]


def extract(annotation: Annotation) -> Extraction:
    """Roles and statements of one annotated article, with the entities they involve and
    every other person the article names (`mentioned_people`)."""
    ctx = Context(annotation)
    extract_roles(ctx)
    statements = extract_statements(ctx)
    entities: dict[tuple[str, str], Entity] = {}
    for role in ctx.roles:
        for entity in (role.person, role.organisation):
            if entity is not None:
                entities.setdefault((entity.kind, entity.key), entity)
    for statement in statements:
        entities.setdefault((statement.speaker.kind, statement.speaker.key), statement.speaker)
    for person in mentioned_people(ctx, entities):
        entities[(person.kind, person.key)] = person
    for entity in list(entities.values()):
        if entity.kind == "Organisation" and entity.country:
            country = ctx.registry.country(entity.country)
            entities.setdefault((country.kind, country.key), country)
    return Extraction(annotation, list(entities.values()), list(ctx.roles), statements)
