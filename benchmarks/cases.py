"""One measurement per process, so that each reports its own peak memory.

    python -m benchmarks.cases CASE '{"json": "arguments"}'    (or @file.json)

prints one JSON object: the case's numbers plus ``peak_mb`` (the process's maximum resident
set size, imports included) and ``base_mb`` (resident set after imports, before the case).
"""

from __future__ import annotations

import json
import resource
import signal
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import pyoxigraph as ox

Result = dict[str, Any]
WHEN = datetime(2026, 1, 1, tzinfo=UTC)


def _rss_mb() -> float:
    """Peak resident set of this process (VmHWM: unlike ru_maxrss, not inherited across
    exec from the runner that started it)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(paths: list[str], workers: int, output: str | None = None) -> Result:
    """Read, annotate, extract and make the triples of every article (`kg build`'s work per
    article, in `workers` processes); N-Quads streamed to `output` (or counted only)."""
    from kg.errors import KgError
    from kg.pipeline.annotate import get_annotator
    from kg.pipeline.build import _article_rdf
    from kg.pipeline.pipeline import process_files

    get_annotator("rules")  # lexicon loaded once, shared by forked workers (as kg build does)
    size = sum(Path(p).stat().st_size for p in paths)
    to_rdf = partial(_article_rdf, generated_at=WHEN, annotator="rules")
    start = time.perf_counter()
    quads = failed = written = 0
    sink = open(output, "wb") if output else None  # noqa: SIM115 - closed below
    try:
        for _, built in process_files(paths, "rules", workers=workers, then=to_rdf):
            if isinstance(built, KgError):
                failed += 1
                continue
            quads += built.quads
            written += len(built.nquads)
            if sink is not None:
                sink.write(built.nquads)
    finally:
        if sink is not None:
            sink.close()
    seconds = time.perf_counter() - start
    return {
        "seconds": seconds,
        "articles": len(paths),
        "failed": failed,
        "quads": quads,
        "nquads_mb": written / 1e6,
        "articles_per_s": len(paths) / seconds,
        "mb_per_s": size / 1e6 / seconds,
        "workers_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def write(source: str, engine: str, fmt: str) -> Result:
    """Serialise the triples of an N-Triples file (already in memory) to `fmt`."""
    if engine == "rdflib":
        from rdflib import Graph

        graph = Graph().parse(source, format="nt")
        count = len(graph)
        rdflib_fmt = {"turtle": "turtle", "nt": "nt"}[fmt]
        seconds = _timed(lambda: graph.serialize(format=rdflib_fmt))
    else:
        triples = [q.triple for q in ox.parse(path=source, format=ox.RdfFormat.N_TRIPLES)]
        count = len(triples)
        if engine == "pyoxigraph":
            ox_fmt = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}[fmt]
            seconds = _timed(lambda: ox.serialize(triples, format=ox_fmt))
        else:  # kg's serialize: sorted, deduplicated, prefixed (what kg build writes)
            from kg.pipeline.rdf.formats import serialize

            quads = [ox.Quad(t.subject, t.predicate, t.object) for t in triples]
            seconds = _timed(lambda: serialize(quads, fmt))
    return {"seconds": seconds, "triples": count, "triples_per_s": count / seconds}


def load(source: str, engine: str, directory: str | None = None) -> Result:
    """Load an N-Triples file: rdflib memory graph, in-memory or on-disk Oxigraph store."""
    start = time.perf_counter()
    if engine == "rdflib":
        from rdflib import Graph

        count = len(Graph().parse(source, format="nt"))
    else:
        store = ox.Store(directory) if directory else ox.Store()
        if directory:
            store.bulk_load(path=source, format=ox.RdfFormat.N_TRIPLES)
        else:
            store.load(path=source, format=ox.RdfFormat.N_TRIPLES)
        count = len(store)
        if directory:
            store.flush()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "triples": count, "triples_per_s": count / seconds}


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Timeout


def query(source: str, engine: str, names: list[str], repeat: int, budget: float) -> Result:
    """p50/p95 latency of each canned query over the triples of an N-Triples file.

    A first run longer than 1 s is the only run; one longer than `budget` seconds is
    stopped (rdflib's evaluator is pure Python: a signal interrupts it) and reported."""
    from kg.resources import read_query

    if engine == "rdflib":
        from rdflib import Graph

        graph = Graph().parse(source, format="nt")

        def run(text: str) -> int:
            return len(list(graph.query(text)))
    elif engine == "union":  # kg's store layout: graph per article, union default graph
        store = ox.Store()
        store.load(path=source, format=ox.RdfFormat.N_QUADS)

        def run(text: str) -> int:
            return len(list(store.query(text, use_default_graph_as_union=True)))
    else:
        store = ox.Store()
        store.load(path=source, format=ox.RdfFormat.N_TRIPLES)

        def run(text: str) -> int:
            return len(list(store.query(text)))

    out: Result = {}
    signal.signal(signal.SIGALRM, _alarm)
    for name in names:
        text = read_query(name)
        signal.setitimer(signal.ITIMER_REAL, budget)
        try:
            start = time.perf_counter()
            rows = run(text)
            first = time.perf_counter() - start
        except _Timeout:
            out[name] = {"timeout_s": budget}
            continue
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        if first > 1:
            times = [first * 1000]
        else:  # the first run warmed up (query parsing, caches): not counted
            times = [_timed(lambda text=text: run(text)) * 1000 for _ in range(repeat)]
        out[name] = {
            "rows": rows,
            "p50_ms": statistics.median(times),
            "p95_ms": _percentile(times, 95),
            "runs": len(times),
        }
    return out


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


CASES: dict[str, Callable[..., Result]] = {
    "build": build,
    "write": write,
    "load": load,
    "query": query,
}


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    name, raw = args[0], args[1]
    kwargs = json.loads(Path(raw[1:]).read_text() if raw.startswith("@") else raw)
    import kg.pipeline.rdf.builder  # noqa: F401 - imports are part of the baseline, not of the case

    base = _rss_mb()
    result = CASES[name](**kwargs)
    result |= {"peak_mb": _rss_mb(), "base_mb": base}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
