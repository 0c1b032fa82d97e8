"""`kg load` side by side with `oxigraph load` on one N-Quads file, for this checkout and
(optionally) others, in one run: wall and CPU seconds, and for the server load the client's
and the server's CPU and the server's peak memory (docs/benchmarks.md, run V).

    python -m benchmarks.loads FILE.nq [--before DIR ...] [--skip-server]

The file is what `python -m benchmarks --only store` builds (`corpus-x4.nq`: the real corpus
under four names). Each case runs in its own process on a fresh store; the rows are printed
as JSON lines as they finish (a long run on a shared machine can be cut short), then as a
table with each kg row's ratio to the `oxigraph load` measured before it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _cpu(pid: int) -> float:
    """User + system CPU seconds of a running process (/proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _run(command: list[str], root: Path | None) -> tuple[float, float]:
    """Wall and CPU (user + system of the command and its children) seconds of a command."""
    env = {**os.environ, "PYTHONPATH": str(root)} if root else dict(os.environ)
    before, started = os.times(), time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode:  # say why (a timeout of the server under load, ...), not just the code
        raise RuntimeError(f"{command[:4]} exited {done.returncode}: {done.stderr[-2000:]}")
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    return time.perf_counter() - started, cpu


def case(kind: str, source: Path, root: Path | None, location: Path) -> dict[str, Any]:
    """One measurement: `ox` (oxigraph load), `kg` (kg load into a directory) or `server`
    (kg load into `oxigraph serve` on loopback)."""
    from kg.store.server import local_server, oxigraph_binary

    shutil.rmtree(location, ignore_errors=True)
    row: dict[str, Any] = {"load_average": os.getloadavg()[0]}
    if kind == "ox":
        binary = oxigraph_binary() or "oxigraph"
        wall, cpu = _run([binary, "load", "--location", str(location), "--file", str(source)], None)
        return {**row, "case": "oxigraph load", "wall": wall, "cpu": cpu}
    kg = [sys.executable, "-m", "kg", "load", str(source)]
    if kind == "kg":
        wall, cpu = _run([*kg, str(location), "-q"], root)
        return {**row, "case": f"kg load, embedded ({root})", "wall": wall, "cpu": cpu}
    with local_server(location) as server:
        start = _cpu(server.process.pid)
        wall, client = _run([*kg, server.url, "-q"], root)
        served = _cpu(server.process.pid) - start
        return {**row, "case": f"kg load, server ({root})", "wall": wall,
                "cpu": client + served, "client": client, "server": served,
                "peak_mb": server.peak_mb()}  # fmt: skip


def table(rows: list[dict[str, Any]]) -> str:
    """Markdown: each kg row with its ratio to the last `oxigraph load` before it."""
    lines = [
        "| case | wall s | CPU s | x oxigraph load (CPU) | load average |",
        "|---|---|---|---|---|",
    ]
    base = None
    for row in rows:
        if row["case"] == "oxigraph load":
            base = row["cpu"]
        ratio = f"{row['cpu'] / base:.2f}" if base and row["case"] != "oxigraph load" else ""
        extra = (f" (client {row['client']:.1f}, server {row['server']:.1f}, "
                 f"server peak {row['peak_mb']:.0f} MB)") if "client" in row else ""  # fmt: skip
        lines.append(f"| {row['case']}{extra} | {row['wall']:.1f} | {row['cpu']:.1f} | {ratio} "
                     f"| {row['load_average']:.1f} |")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--before", type=Path, action="append", default=[])
    parser.add_argument("--skip-server", action="store_true")
    args = parser.parse_args(argv)
    kinds = ["kg"] if args.skip_server else ["kg", "server"]
    rows = []
    with tempfile.TemporaryDirectory(prefix="kg-loads-") as work:
        for root in [ROOT, *args.before]:
            for kind in ["ox", *kinds]:
                rows.append(case(kind, args.source, root, Path(work) / "db"))
                print(json.dumps(rows[-1]), flush=True)
    print(table(rows))


if __name__ == "__main__":
    main()
