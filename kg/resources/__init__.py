"""Files shipped inside the package: the ontology, the SHACL shapes and the canned queries.

Why here: a non-editable `pip install .` only ships what is inside `kg/` (pyproject's
package-data covers `resources/*` and `resources/queries/*`), so the canonical files live
in `kg/resources/`. The top-level `ontology/` and `queries/` directories hold identical
copies for people browsing the repository; `tests/test_ontology.py` fails when they drift,
and `python -m kg.resources` rewrites them from the canonical files.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import QueryError

RESOURCES = Path(__file__).resolve().parent
ONTOLOGY = RESOURCES / "kg.ttl"
SHAPES = RESOURCES / "shapes.ttl"
QUERIES = RESOURCES / "queries"


def query_names() -> list[str]:
    """Names of the canned queries (file stems), sorted: roles, statements, ..."""
    return sorted(p.stem for p in QUERIES.glob("*.rq"))


def query_path(name: str) -> Path:
    """The file of canned query `name` (``roles`` or ``roles.rq``); QueryError if unknown."""
    stem = name.removesuffix(".rq")
    path = QUERIES / f"{stem}.rq"
    if "/" in stem or "\\" in stem or not path.is_file():
        raise QueryError(f"no canned query {name!r}; known: {', '.join(query_names())}")
    return path


def read_query(name: str) -> str:
    """The SPARQL text of canned query `name`."""
    return query_path(name).read_text(encoding="utf-8")


def copies(repo_root: Path) -> dict[Path, Path]:
    """Map each browsable copy in a source checkout to its canonical file in the package."""
    pairs = {repo_root / "ontology" / p.name: p for p in (ONTOLOGY, SHAPES)}
    pairs.update({repo_root / "queries" / p.name: p for p in sorted(QUERIES.glob("*.rq"))})
    return pairs


def sync_copies(repo_root: Path) -> list[Path]:
    """Rewrite the copies under `repo_root` from the canonical files; return those changed."""
    changed = []
    for copy, canonical in copies(repo_root).items():
        data = canonical.read_bytes()
        if not copy.exists() or copy.read_bytes() != data:
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(data)
            changed.append(copy)
    return changed
