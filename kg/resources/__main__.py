"""`python -m kg.resources`: copy the canonical ontology, shapes and queries to ontology/, queries/."""

from pathlib import Path

from kg.resources import sync_copies

for path in sync_copies(Path.cwd()):
    print(f"updated {path}")
