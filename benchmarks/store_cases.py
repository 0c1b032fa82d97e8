"""Store benchmarks (issue 17): `kg load` of a ~1M-quad file built from the real corpus, side
by side with `oxigraph load` of the same file, into the embedded store and into an Oxigraph
server over HTTP (with the server's peak memory), then each canned query's p50/p99 on it.

Its own section of docs/benchmarks.md: ``python -m benchmarks --only store`` (``--quick``:
one corpus copy, not four; prints only). Wall and CPU seconds side by side (the machine is
shared: CPU seconds are the steadier), and the targets judged from the same run. The graph
file is made by `kg build` of the corpus under COPIES names (each copy a new set of
articles that share their entities with the others), as a user would.
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
    return _run([sys.executable, "-m", "kg", *args], timeout=timeout)[0]


def _run(command: list[str], timeout: float | None = None) -> tuple[float, float]:
    """Run a command (kg from this checkout); its wall-clock and CPU seconds (user + system
    of the command and its children: on a shared machine the CPU seconds are the steadier)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before, started = os.times(), time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, timeout=timeout,
                   capture_output=True)  # fmt: skip
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return time.perf_counter() - started, cpu


def _oxigraph() -> str:
    from kg.store.server import oxigraph_binary

    found = oxigraph_binary()
    if found is None:
        raise RuntimeError("the oxigraph server binary is not installed (pip install oxigraph)")
    return found


def _fresh(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    return path


def oxigraph_load(source: Path, location: Path) -> tuple[float, float]:
    """`oxigraph load` of the file into a new store: wall and CPU seconds."""
    return _run([_oxigraph(), "load", "--location", str(_fresh(location)), "--file", str(source)])


def kg_load(source: Path, location: Path) -> tuple[float, float]:
    """`kg load` of the file into a new embedded store: wall and CPU seconds."""
    return _run([sys.executable, "-m", "kg", "load", str(source), str(_fresh(location)), "-q"])


def server_load(source: Path, location: Path, timeout: float) -> dict[str, Any]:
    """`kg load` into `oxigraph serve` on loopback: wall seconds, client and server CPU
    seconds, the server's peak RSS."""
    from kg.store.server import local_server

    with local_server(location) as server:
        before = _process_cpu(server.process.pid)
        seconds, client = _run([sys.executable, "-m", "kg", "load", str(source), server.url,
                                "-q"], timeout=timeout)  # fmt: skip
        return {
            "seconds": seconds,
            "cpu": client + _process_cpu(server.process.pid) - before,
            "server_peak_mb": server.peak_mb(),
        }


def _process_cpu(pid: int) -> float:
    """User + system CPU seconds of a running process (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def query_times(store: Path, repeat: int, plain: bool = True) -> dict[str, Any]:
    """p50/p99 (ms, wall and CPU) and rows of each canned query on the store, as `kg query`
    runs it (its rows read out): the form reading the query index where it has one, and
    then (when `plain`) its plain form too (what ran before the index), side by side."""
    from kg.resources import query_names
    from kg.store.embedded import EmbeddedStore
    from kg.store.query import for_source, resolve_query

    out: dict[str, Any] = {}
    with EmbeddedStore.open(store, create=False, read_only=True) as opened:
        for name in query_names():
            sparql = for_source(name, resolve_query(name), opened.has_index)  # as kg query
            out[name] = _times(opened, sparql, repeat)
            if plain and sparql != resolve_query(name):  # side by side: before the index
                out[f"{name} (plain form)"] = _times(opened, resolve_query(name), repeat)
    return out


def percentile(values: list[float], share: float) -> float:
    """The `share` percentile of `values`, by nearest rank (p99 of up to 50 runs: the
    slowest)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _times(opened: Any, sparql: str, repeat: int) -> dict[str, Any]:
    """One query's rows, p50/p99 wall and CPU ms over `repeat` runs after a warm-up."""
    times, cpus, rows = [], [], 0
    for _ in range(repeat + 1):  # the first run warms the caches: not counted
        started, cpu = time.perf_counter(), time.process_time()
        rows = len(opened.query(sparql).rows)  # as kg query, kg show and kg viz read them
        times.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
        if cpus[-1] > 10_000:  # far over budget: one run tells enough (CPU: the wall
            break  # clock of a loaded machine would cut a 1 s query to one run)
    kept, kept_cpu = times[1:] or times, cpus[1:] or cpus
    return {"rows": rows, "p50_ms": statistics.median(kept), "p99_ms": percentile(kept, 0.99),
            "cpu_p50_ms": statistics.median(kept_cpu), "cpu_p99_ms": percentile(kept_cpu, 0.99),
            "runs": len(kept)}  # fmt: skip


def store_section(args: Any) -> str:
    """The store section of docs/benchmarks.md: loads side by side, then the queries, with
    the ratios and issue 17's targets judged from this one run."""
    from benchmarks import doc
    from benchmarks.run import Table, machine

    quick = bool(args.quick)
    if not args.corpus.is_dir():
        return f"Store section skipped: no corpus at {args.corpus}."
    workdir = args.workdir or Path("/tmp") / f"kg-bench-{'quick' if quick else 'full'}"
    workdir.mkdir(parents=True, exist_ok=True)
    copies = QUICK_COPIES if quick else COPIES
    source = corpus_file(workdir, args.corpus, copies)
    quads = sum(1 for _ in source.open("rb"))
    data = f"{quads:,} quads (corpus x{copies})"
    head = doc.stamp(machine(), "python -m benchmarks --only store" + (" --quick" if quick else ""))
    table = Table(header=("measurement", "engine", "wall s", "CPU s", "rate", "x oxigraph load",
                          "p50 ms", "p99 ms", "CPU p50 ms", "CPU p99 ms"))  # fmt: skip
    ox_s, ox_cpu = oxigraph_load(source, workdir / "oxigraph-load-db")
    table.add("load", "oxigraph load (CLI)", f"{ox_s:.1f}", f"{ox_cpu:.1f}",
              f"{quads / ox_s / 1000:.0f}k quads/s", "1")  # fmt: skip
    store = workdir / "kg-load-store"
    kg_s, kg_cpu = kg_load(source, store)
    table.add("load", "kg load (embedded store)", f"{kg_s:.1f}", f"{kg_cpu:.1f}",
              f"{quads / kg_s / 1000:.0f}k quads/s",
              f"{kg_s / ox_s:.2f} wall, {kg_cpu / ox_cpu:.2f} CPU")  # fmt: skip
    served = server_load(source, workdir / "server-db", timeout=3600)
    sv_s, sv_cpu = served["seconds"], served["cpu"]
    table.add("load", f"kg load (Oxigraph server, HTTP; server peak "
              f"{served['server_peak_mb']:.0f} MB)", f"{sv_s:.1f}", f"{sv_cpu:.1f}",
              f"{quads / sv_s / 1000:.0f}k quads/s",
              f"{sv_s / ox_s:.2f} wall, {sv_cpu / ox_cpu:.2f} CPU")  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.store_cases", "query", str(store),
         str(5 if quick else 20)], cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    )  # fmt: skip
    queries = json.loads(done.stdout.strip().splitlines()[-1])
    for name, q in queries.items():
        table.add(f"query {name}", f"kg store, {q['rows']} rows, {q['runs']} runs", "", "", "",
                  "", f"{q['p50_ms']:.1f}", f"{q['p99_ms']:.1f}",
                  f"{q['cpu_p50_ms']:.1f}", f"{q['cpu_p99_ms']:.1f}")  # fmt: skip
    shipped = {n: q for n, q in queries.items() if not n.endswith("(plain form)")}
    fast = [n for n, q in shipped.items() if q["p50_ms"] < 100 and q["p99_ms"] < 1000]
    fast_cpu = [n for n, q in shipped.items() if q["cpu_p50_ms"] < 100 and q["cpu_p99_ms"] < 1000]
    verdicts = [
        f"- `kg load` embedded within 1.5x of `oxigraph load`: x{kg_s / ox_s:.2f} wall, "
        f"x{kg_cpu / ox_cpu:.2f} CPU: **{'met' if kg_s / ox_s <= 1.5 else 'not met'}**",
        f"- `kg load` to an Oxigraph server within 3x, server < 2 GB: x{sv_s / ox_s:.2f} wall, "
        f"x{sv_cpu / ox_cpu:.2f} CPU (client + server), peak {served['server_peak_mb']:.0f} MB: "
        f"**{'met' if sv_s / ox_s <= 3 and served['server_peak_mb'] < 2048 else 'not met'}**",
        f"- canned queries p50 < 100 ms and p99 < 1 s (as `kg query` runs them): {len(fast)} "
        f"of {len(shipped)} ({', '.join(fast) or 'none'}); CPU p50 < 100 ms and CPU p99 < 1 s: "
        f"{len(fast_cpu)} "
        f"of {len(shipped)} ({', '.join(fast_cpu) or 'none'})",
    ]
    return (
        f"{head}\n\nData: {data}, `{source.name}` in `{workdir}`. Load average at the end: "
        + " ".join(f"{x:.2f}" for x in os.getloadavg())
        + ".\n\n"
        + table.render()
        + "\n\nIn this run:\n\n"
        + "\n".join(verdicts)
    )


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if args[0] == "query":  # query STORE REPEAT [--shipped: not the plain forms]
        print(json.dumps(query_times(Path(args[1]), int(args[2]), "--shipped" not in args)))


if __name__ == "__main__":
    main()
