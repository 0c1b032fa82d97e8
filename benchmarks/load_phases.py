"""Where `kg load`'s CPU goes, into an empty embedded store: its steps one after the other
in one process, each with the CPU seconds of the process (Oxigraph's threads included) and
its wall seconds (docs/benchmarks.md, run X).

    python -m benchmarks.load_phases FILE.nq [STORE_DIR]
    python -m benchmarks.load_phases FILE.nq --variants N

The steps are those of `EmbeddedStore._bulk_nquads` and `kg.store.load.load`: the facts file
(each line less its graph name), the bulk load of the file (what `oxigraph load` does), the
bulk load of the facts, the summary's counts, the query index. STORE_DIR (default: a
temporary directory) is emptied first.

With `--variants N`, ways of writing the same store (the file's quads and the facts) are
timed instead, each in its own process on a fresh store, N rounds interleaved, CPU seconds
of the loads alone (not the index or the counts; run Y): `two` (what `kg load` does: the file,
then the facts file, lenient), `one` (one file holding each chunk of lines followed by its
facts, one strict bulk load), `dedup` (as `two`, the facts file without repeated lines) and
`file` (the file alone: `oxigraph load`'s work).
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


def variant(kind: str, source: Path, location: Path) -> dict[str, float]:
    """CPU and wall seconds of writing the file's quads and their facts into an empty store
    at `location` the `kind` way (module doc), facts files included; the store's size."""
    import pyoxigraph as ox

    from kg.store.files import canonical_chunks

    shutil.rmtree(location, ignore_errors=True)
    side = location.parent / f".{location.name}.extra.nq"
    store = ox.Store(str(location))
    cpu, wall = _cpu(), time.perf_counter()
    try:
        if kind in ("two", "dedup"):
            seen: set[bytes] = set()
            with side.open("wb") as handle:
                for _, lines, _ in canonical_chunks(source):
                    if kind == "dedup":
                        fresh = [x for x in lines.splitlines(True) if x not in seen]
                        seen.update(fresh)
                        lines = b"".join(fresh)
                    handle.write(lines)
            store.bulk_load(path=str(source), format=ox.RdfFormat.N_QUADS)
            store.bulk_load(path=str(side), format=ox.RdfFormat.N_QUADS, lenient=True)
        elif kind == "one":
            with side.open("wb") as handle:
                for chunk, lines, _ in canonical_chunks(source):
                    handle.write(chunk + lines)
            store.bulk_load(path=str(side), format=ox.RdfFormat.N_QUADS)
        else:
            store.bulk_load(path=str(source), format=ox.RdfFormat.N_QUADS)
        store.flush()
        row = {"cpu": _cpu() - cpu, "wall": time.perf_counter() - wall, "quads": len(store)}
    finally:
        side.unlink(missing_ok=True)
        del store
        shutil.rmtree(location, ignore_errors=True)
    return row


def variants(source: Path, rounds: int) -> None:
    """Each variant in its own process, `rounds` rounds interleaved: JSON lines, then a
    table of the CPU seconds (each round's, and the mean's ratio to `file`)."""
    import json
    import os
    import subprocess
    import sys

    kinds = ("file", "two", "one", "dedup")
    found: dict[str, list[float]] = {kind: [] for kind in kinds}
    with tempfile.TemporaryDirectory(prefix="kg-variants-") as work:
        for _ in range(rounds):
            for kind in kinds:
                done = subprocess.run(
                    [sys.executable, "-m", "benchmarks.load_phases", str(source),
                     str(Path(work) / "db"), "--variant", kind],
                    check=True, capture_output=True, text=True,
                )  # fmt: skip
                row = json.loads(done.stdout.strip().splitlines()[-1])
                row |= {"variant": kind, "load_average": os.getloadavg()[0]}
                print(json.dumps(row), flush=True)
                found[kind].append(row["cpu"])
    base = sum(found["file"]) / rounds
    print("| variant | CPU s per round | mean | x file |\n|---|---|---|---|")
    for kind, cpus in found.items():
        mean = sum(cpus) / rounds
        each = ", ".join(f"{c:.1f}" for c in cpus)
        print(f"| {kind} | {each} | {mean:.1f} | {mean / base:.2f} |")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("store", type=Path, nargs="?")
    parser.add_argument("--variants", type=int)
    parser.add_argument("--variant", choices=("file", "two", "one", "dedup"))
    args = parser.parse_args(argv)
    if args.variant:
        import json

        print(json.dumps(variant(args.variant, args.source, args.store)))
        return
    if args.variants:
        variants(args.source, args.variants)
        return
    with tempfile.TemporaryDirectory(prefix="kg-phases-") as work:
        rows = phases(args.source, args.store or Path(work) / "db")
    base = next(cpu for step, cpu, _ in rows if step.startswith("bulk load of the file"))
    print("| step | CPU s | wall s | x the file's bulk load (CPU) |\n|---|---|---|---|")
    for step, cpu, wall in rows:
        print(f"| {step} | {cpu:.2f} | {wall:.2f} | {cpu / base:.2f} |")


if __name__ == "__main__":
    main()
