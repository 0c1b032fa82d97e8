"""`python -m kg.resources`: refresh ontology/ and queries/ from the canonical kg/resources."""

from pathlib import Path

from kg.resources import sync_copies

for path in sync_copies(Path.cwd()):
    print(f"updated {path}")
