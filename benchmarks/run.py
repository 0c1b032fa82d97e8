"""The benchmark runner: prepare corpora and graphs, run each case in its own process, print
one Markdown table (with the machine it ran on).

    python -m benchmarks [--quick] [--workdir DIR] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REAL_CORPUS = Path("/work/shared/corpus")
QUERIES = (
    "roles",
    "statements",
    "people",
    "organisations",
    "countries",
    "statements-about-country",
    "provenance",
)


@dataclass
class Plan:
    """Sizes of one run."""

    real: int | None  # real articles (None: all of --corpus)
    synthetic: list[int]  # synthetic corpus sizes for build throughput
    workers: list[int]
    triples: int  # the big graph: write (Oxigraph), load, query
    rdflib_write: int  # rdflib's serialisers are slow: written side by side at this size
    repeat: int  # query runs per engine (rdflib: fewer)
    rdflib_repeat: int
    budget: float  # seconds a query may take before it is stopped
    union: int = 0  # triples for the store-layout queries (0: skipped)
    union_timeout: float = 120
    union_memory_gb: float = 3  # address-space limit: a blown-up join fails alone
    words: int = 500
    large: int = 10**9  # from this corpus size on, build with `large_workers` only
    large_workers: list[int] = field(default_factory=lambda: [2])
    long_line: list[int] = field(default_factory=list)  # characters of one unpunctuated line


QUICK = Plan(
    real=50,
    synthetic=[50, 200],
    workers=[1, 2],
    triples=20_000,
    rdflib_write=20_000,
    repeat=5,
    rdflib_repeat=2,
    budget=2,
    long_line=[25_000],
)
FULL = Plan(
    real=None,
    synthetic=[1_000, 10_000, 50_000],
    workers=[1, 2],
    triples=1_000_000,
    rdflib_write=200_000,
    repeat=20,
    rdflib_repeat=3,
    budget=60,
    union=100_000,
    large=10_000,
    long_line=[250_000, 1_000_000],
)


@dataclass
class Table:
    """Rows of the result table (Markdown)."""

    header: tuple[str, ...] = (
        "measurement",
        "data",
        "engine",
        "time s",
        "rate",
        "p50 ms",
        "p95 ms",
        "peak MB",
    )
    rows: list[tuple[str, ...]] = field(default_factory=list)

    def add(self, *cells: object) -> None:
        row = ["" if c is None else str(c) for c in cells]
        self.rows.append(tuple(row + [""] * (len(self.header) - len(row))))
        print(" | ".join(row), file=sys.stderr, flush=True)  # progress

    def render(self) -> str:
        widths = [
            max(len(r[i]) for r in [self.header, *self.rows]) for i in range(len(self.header))
        ]

        def line(cells: tuple[str, ...]) -> str:
            return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

        rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
        return "\n".join([line(self.header), rule, *(line(r) for r in self.rows)])


def machine() -> str:
    """nproc, CPU model, Python and library versions, load average."""
    import pyoxigraph
    import rdflib

    cpu = platform.processor() or "unknown"
    try:
        for text in Path("/proc/cpuinfo").read_text().splitlines():
            if text.startswith("model name"):
                cpu = text.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"nproc {os.cpu_count()}, {cpu}, Python {platform.python_version()}, "
        f"rdflib {rdflib.__version__}, pyoxigraph {pyoxigraph.__version__}; load average {load}"
    )


def run_case(
    name: str, timeout: float | None = None, memory_gb: float | None = None, **kwargs: Any
) -> dict[str, Any]:
    """Run one case in a fresh interpreter; its JSON result (or {'error': ...})."""

    def limit() -> None:  # in the child, before exec
        if memory_gb:
            size = int(memory_gb * 2**30)
            resource.setrlimit(resource.RLIMIT_AS, (size, size))

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(kwargs, handle)  # 50,000 paths do not fit on a command line
    command = [sys.executable, "-m", "benchmarks.cases", name, f"@{handle.name}"]
    try:
        done = subprocess.run(
            command,
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=limit if memory_gb else None,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"stopped after {timeout:g} s"}
    finally:
        Path(handle.name).unlink(missing_ok=True)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        return {"error": last[:80]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def _mb(result: dict[str, Any]) -> str:
    peak = result.get("peak_mb", 0)
    workers = result.get("workers_peak_mb") or 0
    return f"{peak:.0f}" + (f" (+{workers:.0f}/worker)" if workers else "")


def build_rows(table: Table, label: str, paths: list[Path], workers: list[int]) -> None:
    base: float | None = None
    for count in workers:
        r = run_case("build", paths=[str(p) for p in paths], workers=count)
        if "error" in r:
            table.add("build", label, f"{count} worker(s)", None, r["error"])
            continue
        speedup = ""
        if base is None:
            base = r["articles_per_s"]
        elif base:
            speedup = f", x{r['articles_per_s'] / base:.2f}"
        per_core = r["articles_per_s"] / count
        rate = (
            f"{r['articles_per_s']:.0f} art/s ({per_core:.0f}/core{speedup}), "
            f"{r['mb_per_s']:.2f} MB/s, {r['quads'] / r['seconds'] / 1000:.0f}k quads/s"
        )
        table.add(
            "build", label, f"{count} worker(s)", f"{r['seconds']:.1f}", rate, None, None, _mb(r)
        )


def long_line_rows(table: Table, workdir: Path, sizes: list[int]) -> None:
    """`kg build`'s work on one article that is a single line without punctuation: the
    cost must grow linearly with its length (issue 18: 1 MB once took over 17 minutes)."""
    from benchmarks.synth import write_long_line

    for chars in sizes:
        path = write_long_line(workdir / "long-line", chars)
        label = f"one unpunctuated line, {chars:,} characters"
        r = run_case("build", paths=[str(path)], workers=1)
        if "error" in r:
            table.add("build", label, "1 worker(s)", None, r["error"])
            continue
        rate = f"{r['mb_per_s']:.3f} MB/s, {r['quads'] / r['seconds'] / 1000:.0f}k quads/s"
        table.add("build", label, "1 worker(s)", f"{r['seconds']:.1f}", rate, None, None, _mb(r))


def prepare_graph(workdir: Path, triples: int, words: int) -> Path:
    """An N-Triples file of exactly `triples` distinct triples from synthetic articles."""
    from benchmarks.cases import WHEN
    from benchmarks.synth import write_corpus
    from kg.errors import KgError
    from kg.pipeline.build import _article_rdf
    from kg.pipeline.pipeline import process_files

    target = workdir / f"graph-{triples}.nt"
    if target.exists():
        return target
    import pyoxigraph as ox

    lines: dict[str, None] = {}
    batch, start = 200, 0
    to_rdf = _partial_rdf(_article_rdf, WHEN)
    with target.with_suffix(".nq").open("wb") as nquads:  # the same articles, graph by graph
        while len(lines) < triples:
            paths = write_corpus(workdir / "graph-articles", start + batch, seed=11, words=words)
            for _, built in process_files(paths[start:], "rules", workers=2, then=to_rdf):
                if isinstance(built, KgError) or len(lines) >= triples:
                    continue
                nquads.write(built.nquads)
                for q in ox.parse(built.nquads, format=ox.RdfFormat.N_QUADS):
                    lines[f"{q.subject} {q.predicate} {q.object} .\n"] = None
            start += batch
    tmp = target.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        handle.writelines(line for line, _ in zip(lines, range(triples), strict=False))
    tmp.replace(target)
    return target


def _partial_rdf(func: Any, when: Any) -> Any:
    from functools import partial

    return partial(func, generated_at=when, annotator="rules")


def write_rows(table: Table, small: Path, big: Path, small_n: int, big_n: int) -> None:
    for fmt in ("turtle", "nt"):
        runs = [("rdflib", small, small_n), ("pyoxigraph", small, small_n)]
        runs += [("kg.pipeline.rdf.formats.serialize", small, small_n)]
        if big != small:
            runs += [("pyoxigraph", big, big_n), ("kg.pipeline.rdf.formats.serialize", big, big_n)]
        for engine, source, n in runs:
            r = run_case("write", source=str(source), engine=engine, fmt=fmt)
            rate = r.get("error") or f"{r['triples_per_s'] / 1000:.0f}k triples/s"
            secs = f"{r['seconds']:.2f}" if "seconds" in r else None
            table.add(f"write {fmt}", f"{n:,} triples", engine, secs, rate, None, None, _mb(r))


def load_rows(table: Table, source: Path, n: int, workdir: Path) -> None:
    store_dir = workdir / "store"
    for engine, directory in (
        ("rdflib Graph", None),
        ("pyoxigraph Store (memory)", None),
        ("pyoxigraph Store (disk, bulk)", store_dir),
    ):
        if directory is not None and directory.exists():
            import shutil

            shutil.rmtree(directory)
        kwargs: dict[str, Any] = {"source": str(source), "engine": engine.split()[0]}
        if directory is not None:
            kwargs["directory"] = str(directory)
        r = run_case("load", **kwargs)
        rate = r.get("error") or f"{r['triples_per_s'] / 1000:.0f}k triples/s"
        secs = f"{r['seconds']:.2f}" if "seconds" in r else None
        table.add("load", f"{n:,} triples", engine, secs, rate, None, None, _mb(r))


def query_rows(table: Table, source: Path, n: int, plan: Plan) -> None:
    for engine, repeat in (("rdflib", plan.rdflib_repeat), ("pyoxigraph", plan.repeat)):
        r = run_case(
            "query",
            source=str(source),
            engine=engine,
            names=list(QUERIES),
            repeat=repeat,
            budget=plan.budget,
        )
        if "error" in r:
            table.add("query", f"{n:,} triples", engine, None, r["error"])
            continue
        label = "rdflib Graph" if engine == "rdflib" else "pyoxigraph Store"
        for name in QUERIES:
            q = r[name]
            if "timeout_s" in q:
                stopped = f"stopped after {q['timeout_s']:g} s"
                table.add(f"query {name}", f"{n:,} triples", label, None, stopped, None, None)
                continue
            table.add(
                f"query {name}",
                f"{n:,} triples",
                label,
                None,
                f"{q['rows']} rows, {q['runs']} runs",
                f"{q['p50_ms']:.1f}",
                f"{q['p95_ms']:.1f}",
                _mb(r),
            )


def union_rows(table: Table, nquads: Path, n: int, plan: Plan) -> None:
    """The layout of kg's embedded store: one named graph per article, queried through
    Oxigraph's union default graph (a triple repeats once per article that holds it)."""
    quads = sum(1 for _ in nquads.open("rb"))
    label = "pyoxigraph Store, graph per article, union default"
    for name in QUERIES:
        r = run_case(
            "query",
            timeout=plan.union_timeout,
            memory_gb=plan.union_memory_gb,
            source=str(nquads),
            engine="union",
            names=[name],
            repeat=plan.repeat,
            budget=plan.budget,
        )
        q = r.get(name) or {}
        data = f"{quads:,} quads ({n:,} triples)"
        if "p50_ms" not in q:
            stopped = r.get("error") or f"stopped after {q.get('timeout_s', 0):g} s"
            table.add(f"query {name}", data, label, None, stopped, None, None, _mb(r))
            continue
        rate = f"{q['rows']} rows, {q['runs']} runs"
        p50, p95 = f"{q['p50_ms']:.1f}", f"{q['p95_ms']:.1f}"
        table.add(f"query {name}", data, label, None, rate, p50, p95, _mb(r))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="Small sizes (< 60 s).")
    parser.add_argument("--workdir", type=Path, default=None, help="Corpora and graphs (kept).")
    parser.add_argument("--corpus", type=Path, default=REAL_CORPUS, help="Real articles (*.txt).")
    parser.add_argument(
        "--only",
        nargs="*",
        default=None,
        help="speed, build, write, load, query, store (default: all)",
    )
    parser.add_argument(
        "--sizes", nargs="*", type=int, default=None, help="Synthetic corpus sizes to build."
    )
    parser.add_argument(
        "--before", type=Path, default=None, help="speed: also measure this checkout's kg."
    )
    parser.add_argument(
        "--no-doc", action="store_true", help="Print only; leave docs/benchmarks.md as it is."
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    sections: dict[str, str] = {}
    for name, (parts, make) in SECTIONS.items():
        if args.only is None or set(args.only) & parts:
            body = make(args)
            print(body, flush=True)
            sections[name] = body
    if not args.no_doc and not args.quick:
        from benchmarks import doc

        doc.write(sections)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nTotal {time.perf_counter() - started:.0f} s; load average at the end {load}.")
    return 0


def speed_section(args: argparse.Namespace) -> str:
    """Build speed on the real corpus (benchmarks/speed.py), stamped with where and when."""
    from benchmarks import doc, speed

    command = "python -m benchmarks --only speed" + (
        f" --before {args.before}" if args.before else ""
    )
    if args.corpus != REAL_CORPUS:
        command += f" --corpus {args.corpus}"
    corpus = args.corpus if args.corpus.is_dir() else Path("/nonexistent")
    body = speed.section(corpus, args.before, profile_articles=50 if args.quick else 400)
    return doc.stamp(machine(), command) + "\n\n" + body


def scale_section(args: argparse.Namespace) -> str:
    """Write, load, query and synthetic-corpus builds: one table (the runner's first cases)."""
    from benchmarks import doc

    plan = QUICK if args.quick else FULL
    if args.sizes is not None:
        plan = dataclasses.replace(plan, synthetic=args.sizes)
    workdir = args.workdir or Path("/tmp") / f"kg-bench-{'quick' if args.quick else 'full'}"
    workdir.mkdir(parents=True, exist_ok=True)
    only = set(args.only or ("build", "write", "load", "query"))
    table = Table()
    if only & {"write", "load", "query"}:
        big = prepare_graph(workdir, plan.triples, plan.words)
        small = big if plan.rdflib_write >= plan.triples else _head(big, plan.rdflib_write)
        if "write" in only:
            write_rows(table, small, big, min(plan.rdflib_write, plan.triples), plan.triples)
        if "load" in only:
            load_rows(table, big, plan.triples, workdir)
        if "query" in only:
            query_rows(table, big, plan.triples, plan)
        if "query" in only and plan.union:
            union = prepare_graph(workdir, plan.union, plan.words).with_suffix(".nq")
            union_rows(table, union, plan.union, plan)
    if "build" in only:  # last: the longest
        from benchmarks.synth import write_corpus

        real = sorted(args.corpus.glob("*.txt"))[: plan.real] if args.corpus.is_dir() else []
        if real:
            build_rows(table, f"real, {len(real)} articles", real, plan.workers)
        for size in plan.synthetic:
            paths = write_corpus(workdir / "synthetic", size, words=plan.words)
            workers = plan.workers if size < plan.large else plan.large_workers
            build_rows(table, f"synthetic, {size:,} articles", paths, workers)
        long_line_rows(table, workdir, plan.long_line)
    return (
        f"Machine: {machine()}\n\n"
        + doc.stamp(machine(), "python -m benchmarks")
        + ("\n\n" + table.render())
    )


def _store_section(args: argparse.Namespace) -> str:
    """`kg load` vs `oxigraph load` and the canned queries at 1M quads (store_cases.py)."""
    from benchmarks.store_cases import store_section

    return store_section(args)


# Sections of docs/benchmarks.md: name -> (the --only words that select it, its function).
SECTIONS = {
    "scale": ({"build", "write", "load", "query"}, scale_section),
    "speed": ({"speed"}, speed_section),
    "store": ({"store"}, _store_section),
}


def _head(source: Path, lines: int) -> Path:
    """The first `lines` triples of an N-Triples file, as a file beside it."""
    target = source.with_name(f"{source.stem}-head-{lines}.nt")
    if not target.exists():
        with source.open(encoding="utf-8") as src, target.open("w", encoding="utf-8") as dst:
            for _, line in zip(range(lines), src, strict=False):
                dst.write(line)
    return target
