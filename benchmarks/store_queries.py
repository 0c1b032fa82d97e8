"""The canned queries of this checkout side by side with those of another checkout, on ONE
store, in one run (docs/benchmarks.md, run W): each checkout's rewrite of the query index
(CPU seconds, in its own process; twice each, alternating, the lesser kept), then every
canned query in the form each checkout's `kg query` runs there, interleaved run by run,
with its CPU and wall p50 and whether both give the same rows in the same order.

    python -m benchmarks.store_queries STORE --before DIR [--repeat N]
    python -m benchmarks.store_queries STORE --readers [--repeat N]
    python -m benchmarks.store_queries STORE --printers [--repeat N]

With `--readers`, this checkout's canned queries only, each answer read both ways in turn:
term by term (`rows_from_solutions`, a Python object per value: how `kg query` read rows
before) and from the engine's CSV answer (`select_rows`, how it reads them now), with the
CPU p50 of each and whether the rows are the same (docs/benchmarks.md, run X). With
`--printers`, each answer printed as `kg query -f csv` and `-f json` print it, both ways in
turn: term by term in Python (`results_json`, then the engine's conversion for CSV: how kg
printed before) and by the engine's serialiser (`print_solutions`, how it prints now), with
whether the text is the same (run Y).

STORE is a store `kg load` wrote (e.g. of `corpus-x4.nq`, `python -m benchmarks --only
store`); its query index is rewritten by DIR's kg, then by this checkout's (last, so the
queries read this checkout's index; an older checkout's index-reading forms read only what
this one still writes under the same names). Rows print as JSON lines, then a table.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_REFRESH = """
import json, sys, time
from kg.store.embedded import EmbeddedStore
from kg.store.index import refresh
with EmbeddedStore.open(sys.argv[1], create=False) as store:
    cpu, wall = time.process_time(), time.perf_counter()
    refresh(store)
    print(json.dumps({"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall}))
"""


def refresh_seconds(store: Path, root: Path) -> dict[str, float]:
    """CPU and wall seconds of `root`'s kg rewriting the store's query index (its process)."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", _REFRESH, str(store)], env=env, check=True,
                          capture_output=True, text=True)  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def query_text(root: Path, name: str) -> str:
    """The form of canned query `name` that `root`'s kg runs on a store with its index."""
    indexed = root / "queries" / "indexed" / f"{name}.rq"
    return (indexed if indexed.is_file() else root / "queries" / f"{name}.rq").read_text("utf-8")


def _rows(store: Any, sparql: str) -> list[tuple[str, ...]]:
    """The rows of one run, as lexical values ('' for unbound)."""
    return [tuple("" if t is None else t.value for t in s) for s in store.query(sparql)]


def interleaved(
    sides: dict[str, Callable[[], Any]], repeat: int, budget_ms: float | None = None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Each side run once per turn, in turn, `repeat` + 1 turns; the first warms the caches and
    is not counted. A counted turn slower than `budget_ms` (wall) on any side ends the runs:
    far over budget, one run tells enough. The last answer of each side, and a row of its CPU
    and wall p50s (`<side>_cpu`, `<side>_wall`, ms) and p99s (`<side>_cpu_p99`,
    `<side>_wall_p99`) with the number of counted runs."""
    from benchmarks.store_cases import percentile

    cpus: dict[str, list[float]] = {side: [] for side in sides}
    walls: dict[str, list[float]] = {side: [] for side in sides}
    answers: dict[str, Any] = {}
    for turn in range(repeat + 1):
        for side, run in sides.items():
            cpu, wall = time.process_time(), time.perf_counter()
            answers[side] = run()
            if turn:
                cpus[side].append((time.process_time() - cpu) * 1000)
                walls[side].append((time.perf_counter() - wall) * 1000)
        if turn and budget_ms is not None and max(w[-1] for w in walls.values()) > budget_ms:
            break
    row: dict[str, Any] = {"runs": len(next(iter(cpus.values())))}
    for side in sides:
        row[f"{side}_cpu"] = statistics.median(cpus[side])
        row[f"{side}_wall"] = statistics.median(walls[side])
        row[f"{side}_cpu_p99"] = percentile(cpus[side], 0.99)
        row[f"{side}_wall_p99"] = percentile(walls[side], 0.99)
    return answers, row


def compare(store_dir: Path, before: Path, repeat: int) -> list[dict[str, Any]]:
    """Each canned query of both checkouts on the store, interleaved: p50s and same rows."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(store_dir))
    names = sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))
    out = []
    for name in names:
        texts = {"before": query_text(before, name), "after": query_text(ROOT, name)}
        sides = {side: (lambda q=sparql: _rows(store, q)) for side, sparql in texts.items()}
        rows, timing = interleaved(sides, repeat, budget_ms=10_000)
        row: dict[str, Any] = {
            "query": name,
            "rows": len(rows["after"]),
            "same": rows["before"] == rows["after"],
            "same_form": texts["before"] == texts["after"],
            **timing,
        }
        out.append(row)
        print(json.dumps(row), flush=True)
    return out


def compare_readers(store_dir: Path, repeat: int) -> list[dict[str, Any]]:
    """Each canned query (the form `kg query` runs on the store), its answer read term by
    term and from CSV, interleaved run by run: CPU and wall p50 of each, same rows."""
    from kg.store.embedded import EmbeddedStore, rows_from_solutions, select_rows

    out = []
    with EmbeddedStore.open(store_dir, create=False, read_only=True) as store:
        for name in sorted(p.stem for p in (ROOT / "queries").glob("*.rq")):
            sparql = query_text(ROOT, name)
            sides = {
                "terms": lambda q=sparql: rows_from_solutions(store.execute(q)),
                "csv": lambda q=sparql: select_rows(lambda: store.execute(q)),
            }
            answers, timing = interleaved(sides, repeat)
            same = answers["terms"] == answers["csv"]
            row = {"query": name, "rows": len(answers["csv"].rows), "same": same, **timing}
            out.append(row)
            print(json.dumps(row), flush=True)
    return out


def compare_printers(store_dir: Path, repeat: int) -> list[dict[str, Any]]:
    """Each canned query (the form `kg query` runs on the store) printed in CSV and JSON, term
    by term and by the engine, interleaved run by run: CPU and wall p50/p99, same text."""
    from kg.store.embedded import EmbeddedStore
    from kg.store.query import Solutions
    from kg.store.results import print_solutions, render

    out = []
    with EmbeddedStore.open(store_dir, create=False, read_only=True) as store:
        for name in sorted(p.stem for p in (ROOT / "queries").glob("*.rq")):
            sparql = query_text(ROOT, name)
            for fmt in ("csv", "json"):
                sides = {
                    "terms": lambda q=sparql, f=fmt: render(Solutions.of(store.execute(q)), f),
                    "engine": lambda q=sparql, f=fmt: print_solutions(store.execute(q), f),
                }
                answers, timing = interleaved(sides, repeat)
                same = answers["terms"] == answers["engine"]
                lines = answers["engine"].count("\n")
                row = {"query": name, "format": fmt, "lines": lines, "same": same, **timing}
                out.append(row)
                print(json.dumps(row), flush=True)
    return out


def printers_table(rows: list[dict[str, Any]]) -> str:
    """Markdown: each query and format, CPU p50/p99 printed term by term and by the engine."""
    lines = [
        "| query | format | lines | same text | CPU p50 ms, terms | CPU p50 ms, engine "
        "| CPU p99 ms, terms | CPU p99 ms, engine |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['query']} | {r['format']} | {r['lines']} | {'yes' if r['same'] else '**no**'} "
            f"| {r['terms_cpu']:.1f} | {r['engine_cpu']:.1f} | {r['terms_cpu_p99']:.1f} "
            f"| {r['engine_cpu_p99']:.1f} |"
        )
    return "\n".join(lines)


def readers_table(rows: list[dict[str, Any]]) -> str:
    """Markdown: each query's CPU and wall p50, its answer read term by term and from CSV."""
    lines = [
        "| query | rows | same rows | CPU p50 ms, terms | CPU p50 ms, CSV | wall p50 ms, terms "
        "| wall p50 ms, CSV |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['query']} | {r['rows']} | {'yes' if r['same'] else '**no**'} "
            f"| {r['terms_cpu']:.1f} | {r['csv_cpu']:.1f} | {r['terms_wall']:.1f} "
            f"| {r['csv_wall']:.1f} |"
        )
    return "\n".join(lines)


def table(refresh: dict[str, dict[str, float]], rows: list[dict[str, Any]]) -> str:
    """Markdown: the index rewrites, then each query's CPU and wall p50 before and after."""
    lines = [
        "| case | rows | same rows, same order | CPU p50 ms before | CPU p50 ms after | "
        "wall p50 ms before | wall p50 ms after |",
        "|---|---|---|---|---|---|---|",
        f"| rewrite of the query index (s, not ms) | | | {refresh['before']['cpu']:.2f} "
        f"| {refresh['after']['cpu']:.2f} | {refresh['before']['wall']:.2f} "
        f"| {refresh['after']['wall']:.2f} |",
    ]
    for r in rows:
        form = " (same text)" if r["same_form"] else ""
        lines.append(
            f"| {r['query']}{form} | {r['rows']} | {'yes' if r['same'] else '**no**'} "
            f"| {r['before_cpu']:.1f} | {r['after_cpu']:.1f} | {r['before_wall']:.1f} "
            f"| {r['after_wall']:.1f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--before", type=Path)
    parser.add_argument("--readers", action="store_true")
    parser.add_argument("--printers", action="store_true")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    print(json.dumps({"load_average": os.getloadavg()}), flush=True)
    if args.readers:
        found = compare_readers(args.store, args.repeat)
        print(json.dumps({"load_average": os.getloadavg()}), flush=True)
        print(readers_table(found))
        return
    if args.printers:
        found = compare_printers(args.store, args.repeat)
        print(json.dumps({"load_average": os.getloadavg()}), flush=True)
        print(printers_table(found))
        return
    if args.before is None:
        parser.error("--before DIR is needed (or --readers, --printers)")
    runs: dict[str, list[dict[str, float]]] = {"before": [], "after": []}
    for _ in range(2):  # alternating; the first pair warms the caches for the second
        runs["before"].append(refresh_seconds(args.store, args.before))
        runs["after"].append(refresh_seconds(args.store, ROOT))  # last: queries read this index
        print(json.dumps({"refresh": runs}), flush=True)
    refresh = {side: min(times, key=lambda t: t["cpu"]) for side, times in runs.items()}
    rows = compare(args.store, args.before, args.repeat)
    print(json.dumps({"load_average": os.getloadavg()}), flush=True)
    print(table(refresh, rows))


if __name__ == "__main__":
    main()
