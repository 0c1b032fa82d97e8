"""The house rules of docs/architecture.md, checked: imports point down, never in a circle.

Every module of `kg` belongs to one layer; LAYERS says which layers each may import. The
checker walks every import statement (top level, inside functions, under TYPE_CHECKING) with
`ast`, so a lazy import cannot hide an upward edge or a circle.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kg"

LEAVES = ("kg", "kg.errors", "kg.progress", "kg.summary", "kg.files", "kg.resources")
# Layer -> the module prefixes in it (the longest matching prefix wins).
PREFIXES: dict[str, tuple[str, ...]] = {
    "leaves": LEAVES,
    "text": ("kg.pipeline.text",),
    "annotate": ("kg.pipeline.annotate",),
    "extract": ("kg.pipeline.extract",),
    "rdf": ("kg.pipeline.rdf",),
    "store": ("kg.store",),
    "pipeline": ("kg.pipeline",),  # pipeline.py and build.py: run the stages, write the output
    "view": ("kg.view",),
    "eval": ("kg.eval",),
    "cli": ("kg.cli", "kg.__main__"),
}
# Layer -> the layers its modules may import (its own included).
LAYERS: dict[str, frozenset[str]] = {
    "leaves": frozenset({"leaves"}),
    "text": frozenset({"leaves", "text"}),
    "annotate": frozenset({"leaves", "text", "annotate"}),
    "extract": frozenset({"leaves", "text", "annotate", "extract"}),
    "rdf": frozenset({"leaves", "text", "extract", "rdf"}),
    "store": frozenset({"leaves", "rdf", "store"}),
    "pipeline": frozenset({"leaves", "text", "annotate", "extract", "rdf", "store", "pipeline"}),
    "view": frozenset({"leaves", "text", "store", "view"}),
    "eval": frozenset({"leaves", "text", "annotate", "extract", "pipeline", "eval"}),
    "cli": frozenset(PREFIXES),
}


@dataclass(frozen=True)
class Edge:
    """`importer` imports `imported` at `path:line`."""

    importer: str
    imported: str
    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.importer} imports {self.imported}"


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def kg_modules(package: Path = PACKAGE) -> dict[str, Path]:
    """Every module of the package by dotted name (symlinked resource folders hold no .py)."""
    return {module_name(p, package.parent): p for p in sorted(package.rglob("*.py"))}


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> list[Edge]:
    """The kg modules `name` imports, wherever the import statement stands."""
    is_package = path.name == "__init__.py"
    edges = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = name if is_package else name.rpartition(".")[0]
                for _ in range(node.level - 1):
                    package = package.rpartition(".")[0]
                base = f"{package}.{base}".rstrip(".")
            # `from kg.cli import build` names a module; `from kg.cli.errors import X` does not
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                for alias in node.names
            ]
        rel = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        edges += [
            Edge(name, target, str(rel), node.lineno)
            for target in dict.fromkeys(targets)
            if target == "kg" or target.startswith("kg.")
        ]
    return edges


def all_edges(package: Path = PACKAGE) -> list[Edge]:
    modules = kg_modules(package)
    return [edge for name, path in modules.items() for edge in imports_of(name, path, modules)]


def layer_of(module: str) -> str | None:
    """The layer of a module: its longest matching prefix in PREFIXES."""
    best: tuple[int, str | None] = (-1, None)
    for layer, prefixes in PREFIXES.items():
        for prefix in prefixes:
            matches = module == prefix or (prefix != "kg" and module.startswith(prefix + "."))
            if matches and len(prefix) > best[0]:
                best = (len(prefix), layer)
    return best[1]


def layer_violations(edges: list[Edge]) -> list[str]:
    """One message per import that leaves its layer's allowed set (or a module in no layer)."""
    problems = []
    for edge in edges:
        source, target = layer_of(edge.importer), layer_of(edge.imported)
        if source is None or target is None:
            unknown = edge.importer if source is None else edge.imported
            problems.append(f"{edge}: {unknown} is in no layer (add it to PREFIXES)")
        elif target not in LAYERS[source]:
            allowed = ", ".join(sorted(LAYERS[source]))
            problems.append(
                f"{edge}: upward import ({source} -> {target}); {source} may import only {allowed}"
            )
    return problems


def cycles(edges: list[Edge]) -> list[list[Edge]]:
    """Import circles among modules, each as the edges that close it (one per circle found)."""
    graph: dict[str, list[Edge]] = {}
    seen: set[tuple[str, str]] = set()
    for edge in edges:  # one edge per pair of modules: the first import statement
        if edge.imported != edge.importer and (edge.importer, edge.imported) not in seen:
            seen.add((edge.importer, edge.imported))
            graph.setdefault(edge.importer, []).append(edge)
    found: list[list[Edge]] = []
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[Edge] = []

    def visit(module: str) -> None:
        state[module] = 1
        for edge in graph.get(module, []):
            if state.get(edge.imported) == 1:
                start = (
                    next(i for i, e in enumerate(path) if e.importer == edge.imported)
                    if any(e.importer == edge.imported for e in path)
                    else len(path)
                )
                found.append([*path[start:], edge])
            elif edge.imported not in state:
                path.append(edge)
                visit(edge.imported)
                path.pop()
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module)
    return found


def describe(circle: list[Edge]) -> str:
    return (
        "import circle: "
        + " -> ".join([circle[0].importer, *(e.imported for e in circle)])
        + (" (" + "; ".join(str(e) for e in circle) + ")")
    )


# -- the real package -----------------------------------------------------------------------


def test_every_module_is_in_a_layer() -> None:
    unplaced = [name for name in kg_modules() if layer_of(name) is None]
    assert unplaced == [], f"modules in no layer (add them to PREFIXES): {unplaced}"


def test_imports_point_down() -> None:
    problems = layer_violations(all_edges())
    assert problems == [], "\n".join(problems)


def test_no_import_circles() -> None:
    found = cycles(all_edges())
    assert found == [], "\n".join(describe(c) for c in found)


def test_the_layer_rules_themselves_have_no_circle() -> None:
    fake = [
        Edge(f"kg.layer.{source}", f"kg.layer.{target}", "LAYERS", 0)
        for source, targets in LAYERS.items()
        for target in targets
        if target != source
    ]
    assert cycles(fake) == []


def test_the_walk_sees_lazy_and_type_checking_imports() -> None:
    edges = {(e.importer, e.imported) for e in all_edges()}
    assert ("kg.cli.app", "kg.cli.build") in edges  # `from kg.cli import build`
    assert ("kg.cli.query", "kg.store.query") in edges  # inside the command function
    assert ("kg.store.endpoint", "kg.store.rows") in edges  # under TYPE_CHECKING, in a method
    assert len(edges) > 150


# -- the checker can fail ----------------------------------------------------------------


def test_an_upward_import_is_reported_by_name() -> None:
    edge = Edge("kg.pipeline.text.document", "kg.cli.app", "kg/pipeline/text/document.py", 7)
    assert layer_violations([edge]) == [
        "kg/pipeline/text/document.py:7: kg.pipeline.text.document imports kg.cli.app: upward "
        "import (text -> cli); text may import only leaves, text"
    ]


def test_a_stage_importing_a_later_stage_is_reported() -> None:
    edges = [
        Edge("kg.pipeline.annotate.lexicon", "kg.pipeline.extract.facts", "lexicon.py", 3),
        Edge("kg.store.query", "kg.view.show", "query.py", 9),
        Edge("kg.errors", "kg.pipeline.pipeline", "errors.py", 1),
    ]
    problems = layer_violations(edges)
    assert [p.split(": ")[1] for p in problems] == [
        "kg.pipeline.annotate.lexicon imports kg.pipeline.extract.facts",
        "kg.store.query imports kg.view.show",
        "kg.errors imports kg.pipeline.pipeline",
    ]


def test_a_module_outside_every_layer_is_reported() -> None:
    problems = layer_violations([Edge("kg.newthing", "kg.errors", "kg/newthing.py", 1)])
    assert problems == [
        "kg/newthing.py:1: kg.newthing imports kg.errors: kg.newthing is in no layer "
        "(add it to PREFIXES)"
    ]


def test_a_circle_is_reported_with_its_imports() -> None:
    edges = [
        Edge("kg.store.query", "kg.store.load", "query.py", 5),
        Edge("kg.store.load", "kg.store.embedded", "load.py", 6),
        Edge("kg.store.embedded", "kg.store.query", "embedded.py", 7),
        Edge("kg.store.rows", "kg.errors", "rows.py", 8),
    ]
    found = cycles(edges)
    assert len(found) == 1
    assert describe(found[0]).startswith(
        "import circle: kg.store.embedded -> kg.store.query -> kg.store.load -> kg.store.embedded"
    )


def test_a_package_walk_finds_an_edge_in_a_function(tmp_path: Path) -> None:
    package = tmp_path / "kg"
    (package / "pipeline" / "text").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "pipeline" / "__init__.py").write_text("")
    (package / "pipeline" / "text" / "__init__.py").write_text("")
    (package / "view.py").write_text("")
    (package / "pipeline" / "text" / "bad.py").write_text(
        "def f():\n    from kg import view\n    return view\n"
    )
    modules = kg_modules(package)
    edges = imports_of("kg.pipeline.text.bad", modules["kg.pipeline.text.bad"], modules)
    assert [(e.imported, e.line) for e in edges] == [("kg.view", 2)]
