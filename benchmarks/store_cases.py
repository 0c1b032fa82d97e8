"""Store benchmarks (issue 17): `kg load` of a ~1M-quad file built from the real corpus, side
by side with `oxigraph load` of the same file, into the embedded store and into an Oxigraph
server over HTTP (with the server's peak memory), then each canned query's p50/p99 on it.

Run with the others: ``python -m benchmarks --only store`` (``--quick``: one corpus copy,
not four). The graph file is made by `kg build` of the corpus under COPIES names (each copy
a new set of articles that share their entities with the others), as a user would.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
COPIES, QUICK_COPIES = 4, 1


def corpus_file(workdir: Path, corpus: Path, copies: int) -> Path:
    """N-Quads of `copies` renamed copies of the corpus, written by `kg build -j 2`."""
    target = workdir / f"corpus-x{copies}.nq"
    if target.exists():
        return target
    folders = []
    for copy in range(1, copies + 1):
        folder = workdir / f"corpus-copy-{copy}"
        folder.mkdir(parents=True, exist_ok=True)
        for article in sorted(corpus.glob("*.txt")):
            link = folder / f"c{copy}-{article.name}"
            if not link.exists():
                link.symlink_to(article.resolve())
        folders.append(str(folder))
    _kg("build", *folders, "-o", str(target), "-q", "-j", "2")
    return target


def _kg(*args: str, timeout: float | None = None) -> float:
    """Run `python -m kg ARGS`; its wall-clock seconds."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, env=env, check=True,
                   timeout=timeout, capture_output=True)  # fmt: skip
    return time.perf_counter() - started


def _oxigraph() -> str:
    from kg.store.server import oxigraph_binary

    found = oxigraph_binary()
    if found is None:
        raise RuntimeError("the oxigraph server binary is not installed (pip install oxigraph)")
    return found


def _fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    return path


def oxigraph_load(source: Path, location: Path) -> float:
    started = time.perf_counter()
    subprocess.run([_oxigraph(), "load", "--location", str(_fresh(location)), "--file",
                    str(source)], check=True, capture_output=True)  # fmt: skip
    return time.perf_counter() - started


def server_load(source: Path, location: Path, timeout: float) -> dict[str, Any]:
    """`kg load` into `oxigraph serve` on loopback: seconds and the server's peak RSS."""
    from kg.store.server import local_server

    with local_server(location) as server:
        seconds = _kg("load", str(source), server.url, "-q", timeout=timeout)
        return {"seconds": seconds, "server_peak_mb": server.peak_mb()}


def query_times(store: Path, repeat: int) -> dict[str, Any]:
    """p50/p99 (ms) and rows of each canned query on the store, as `kg query` runs it."""
    from kg.resources import query_names
    from kg.store.embedded import EmbeddedStore
    from kg.store.query import resolve_query

    out: dict[str, Any] = {}
    with EmbeddedStore.open(store, create=False, read_only=True) as opened:
        for name in query_names():
            sparql = resolve_query(name)
            times, rows = [], 0
            for _ in range(repeat + 1):  # the first run warms the caches: not counted
                started = time.perf_counter()
                rows = len(list(opened.execute(sparql)))  # type: ignore[call-overload]
                times.append((time.perf_counter() - started) * 1000)
                if times[-1] > 10_000:  # far over budget: one run tells enough
                    break
            kept = times[1:] or times
            ordered = sorted(kept)
            p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
            out[name] = {"rows": rows, "p50_ms": statistics.median(kept), "p99_ms": p99,
                         "runs": len(kept)}  # fmt: skip
    return out


def store_rows(table: Any, workdir: Path, corpus: Path, *, quick: bool) -> None:
    """Add the store rows to the benchmark table (`benchmarks.run.Table`)."""
    copies = QUICK_COPIES if quick else COPIES
    source = corpus_file(workdir, corpus, copies)
    quads = sum(1 for _ in source.open("rb"))
    data = f"{quads:,} quads (corpus x{copies})"
    ox_s = oxigraph_load(source, workdir / "oxigraph-load-db")
    table.add(
        "load", data, "oxigraph load (CLI)", f"{ox_s:.1f}", f"{quads / ox_s / 1000:.0f}k quads/s"
    )
    store = workdir / "kg-load-store"
    kg_s = _kg("load", str(source), str(_fresh(store)), "-q")
    rate = f"{quads / kg_s / 1000:.0f}k quads/s, x{kg_s / ox_s:.2f} of oxigraph load"
    table.add("load", data, "kg load (embedded store)", f"{kg_s:.1f}", rate)
    served = server_load(source, workdir / "server-db", timeout=3600)
    rate = (
        f"{quads / served['seconds'] / 1000:.0f}k quads/s, x{served['seconds'] / ox_s:.2f} of "
        f"oxigraph load; server peak {served['server_peak_mb']:.0f} MB"
    )
    table.add("load", data, "kg load (Oxigraph server, HTTP)", f"{served['seconds']:.1f}", rate)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    repeat = str(5 if quick else 20)
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.store_cases", "query", str(store), repeat],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    for name, q in json.loads(done.stdout.strip().splitlines()[-1]).items():
        table.add(
            f"query {name}", data, "kg store (facts in the default graph)", None,
            f"{q['rows']} rows, {q['runs']} runs", f"{q['p50_ms']:.1f}", f"p99 {q['p99_ms']:.1f}",
        )  # fmt: skip


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args[0] == "query":
        print(json.dumps(query_times(Path(args[1]), int(args[2]))))


if __name__ == "__main__":
    main()
