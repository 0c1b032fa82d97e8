"""Where `kg load`'s CPU goes, into an empty embedded store: its steps one after the other
in one process, each with the CPU seconds of the process (Oxigraph's threads included) and
its wall seconds (docs/benchmarks.md, run X).

    python -m benchmarks.load_phases FILE.nq [STORE_DIR]

The steps are those of `EmbeddedStore._bulk_nquads` and `kg.store.load.load`: the facts file
(each line less its graph name), the bulk load of the file (what `oxigraph load` does), the
bulk load of the facts, the summary's counts, the query index. STORE_DIR (default: a
temporary directory) is emptied first.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def phases(source: Path, location: Path) -> list[tuple[str, float, float]]:
    """(step, CPU s, wall s) of each step of `kg load` of `source` into `location`."""
    import pyoxigraph as ox

    from kg.store import index
    from kg.store.embedded import EmbeddedStore
    from kg.store.files import canonical_chunks

    shutil.rmtree(location, ignore_errors=True)
    facts = location.parent / f".{location.name}.facts.nq"
    out: list[tuple[str, float, float]] = []
    store = EmbeddedStore.open(location)
    cpu, wall = _cpu(), time.perf_counter()

    def mark(step: str) -> None:
        nonlocal cpu, wall
        now_cpu, now_wall = _cpu(), time.perf_counter()
        out.append((step, now_cpu - cpu, now_wall - wall))
        cpu, wall = now_cpu, now_wall

    try:
        with facts.open("wb") as handle:
            for _, lines, _ in canonical_chunks(source):
                handle.write(lines)
        mark("facts file (each line less its graph name)")
        store.store.bulk_load(path=str(source), format=ox.RdfFormat.N_QUADS)
        mark("bulk load of the file (oxigraph load's work)")
        named = len(store.store)
        mark("count of the quads (len, between the loads)")
        store.store.bulk_load(path=str(facts), format=ox.RdfFormat.N_QUADS, lenient=True)
        mark("bulk load of the facts (lenient)")
        store.fact_count()
        mark("count of the facts")
        index.refresh(store)
        mark("query index")
        store.close()
        mark("close")
    finally:
        facts.unlink(missing_ok=True)
    print(f"{named} quads in named graphs")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("store", type=Path, nargs="?")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-phases-") as work:
        rows = phases(args.source, args.store or Path(work) / "db")
    base = next(cpu for step, cpu, _ in rows if step.startswith("bulk load of the file"))
    print("| step | CPU s | wall s | x the file's bulk load (CPU) |\n|---|---|---|---|")
    for step, cpu, wall in rows:
        print(f"| {step} | {cpu:.2f} | {wall:.2f} | {cpu / base:.2f} |")


if __name__ == "__main__":
    main()
