"""Files shipped inside the package: the ontology, the SHACL shapes, the canned queries and
the page template of `kg viz`.

One copy of each: the top-level `ontology/` and `queries/` directories of the repository are
the source. `kg/resources/ontology` and `kg/resources/queries` are symlinks to them, so the
package reads them in a checkout, and a non-editable `pip install .` ships their contents
(setuptools follows the links when it copies package data: pyproject's package-data names
`resources/ontology/*` and `resources/queries/*`).
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import QueryError

RESOURCES = Path(__file__).resolve().parent
ONTOLOGY = RESOURCES / "ontology" / "kg.ttl"
SHAPES = RESOURCES / "ontology" / "shapes.ttl"
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
    """The SPARQL text of canned query `name`: the form that runs on any SPARQL engine over
    kg's output."""
    return query_path(name).read_text(encoding="utf-8")


def indexed_query(name: str) -> str | None:
    """The form of canned query `name` that reads the query index (``queries/indexed/``,
    docs/store.md), or None if it has none; same rows as `read_query(name)`."""
    path = QUERIES / "indexed" / query_path(name).name
    return path.read_text(encoding="utf-8") if path.is_file() else None
