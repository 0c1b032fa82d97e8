"""Build speed on the real corpus, side by side in one run: reading and tokenising the text
(the floor), `kg build` on one and two workers to a file, `kg build --store`, and where the
time goes (cProfile's top functions), for this checkout and optionally an older one.

    python -m benchmarks --only speed [--before DIR] [--corpus DIR]

Each measurement runs in its own interpreter: this file is also the case runner
(`python benchmarks/speed.py CASE @args.json`), importing only kg and the standard
library, so that `--before DIR` can run the same cases on another checkout's kg.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
Result = dict[str, Any]


# -- cases (run in a fresh interpreter, the kg under test on PYTHONPATH) ---------------------


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def case_tokenise(paths: list[str]) -> Result:
    """The floor: read every article and split it into words with one regular expression."""
    import re

    token = re.compile(r"\w+|[^\w\s]")
    start = time.perf_counter()
    cpu = time.process_time()
    words = 0
    for p in paths:
        words += len(token.findall(Path(p).read_bytes().decode("utf-8", "replace")))
    return {
        "seconds": time.perf_counter() - start,
        "cpu": time.process_time() - cpu,
        "words": words,
    }


def case_build(paths: list[str], workers: int, store: bool) -> Result:
    """`kg build` (the library call behind it) to an N-Quads file or into a new store."""
    import resource

    from kg.pipeline.annotate import get_annotator
    from kg.pipeline.build import build_corpus

    get_annotator("rules")  # the lexicon, loaded once (as kg build does before its workers)
    with tempfile.TemporaryDirectory() as tmp:
        target = {"store": Path(tmp) / "store"} if store else {"output": Path(tmp) / "out.nq"}
        start = time.perf_counter()
        cpu = time.process_time()
        summary = build_corpus(paths, quiet=True, workers=workers, **target)  # type: ignore[arg-type]
        seconds = time.perf_counter() - start
        cpu = time.process_time() - cpu
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "seconds": seconds,
        "cpu": cpu + children.ru_utime + children.ru_stime,
        "articles": len(summary.built),
        "failed": len(summary.failures),
        "peak_mb": _peak_mb(),
        "workers_peak_mb": children.ru_maxrss / 1024 if workers > 1 else 0,
    }


def case_profile(paths: list[str], top: int) -> Result:
    """cProfile of a one-worker build to a file, timed by the process's CPU time (not the
    wall clock, which other processes on a shared machine inflate): the functions with the
    most own time."""
    import cProfile
    import pstats

    from kg.pipeline.annotate import get_annotator
    from kg.pipeline.build import build_corpus

    get_annotator("rules")
    profile = cProfile.Profile(time.process_time)
    with tempfile.TemporaryDirectory() as tmp:
        build_corpus(paths[:1], output=Path(tmp) / "warm.nq", quiet=True)  # imports, caches
        profile.enable()
        build_corpus(paths, output=Path(tmp) / "out.nq", quiet=True)
        profile.disable()
    stats = pstats.Stats(profile)
    total = stats.total_tt  # type: ignore[attr-defined]
    rows = []
    entries = stats.stats.items()  # type: ignore[attr-defined]
    for (filename, line, name), (_, calls, own, cumulative, _) in sorted(
        entries, key=lambda item: -item[1][2]
    )[:top]:
        where = _short(filename)
        label = f"{where}:{line}({name})" if where != "~" else name
        rows.append({"function": label, "calls": calls, "own": own, "cumulative": cumulative})
    return {"total": total, "rows": rows, "calls": sum(v[1] for _, v in entries)}


def _short(filename: str) -> str:
    """kg/...py for kg's own files, the file name otherwise."""
    parts = Path(filename).parts
    return "/".join(parts[parts.index("kg") :]) if "kg" in parts else Path(filename).name


CASES = {"tokenise": case_tokenise, "build": case_build, "profile": case_profile}


# -- runner ----------------------------------------------------------------------------------


def run(case: str, code: Path, **kwargs: Any) -> Result:
    """One case in a fresh interpreter with `code`'s kg."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(kwargs, handle)
    env = {**os.environ, "PYTHONPATH": str(code), "PYTHONHASHSEED": "0"}
    command = [sys.executable, str(Path(__file__).resolve()), case, f"@{handle.name}"]
    try:
        done = subprocess.run(command, cwd=code, env=env, capture_output=True, text=True)
    finally:
        Path(handle.name).unlink(missing_ok=True)
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or [f"exit status {done.returncode}"]
        return {"error": lines[-1][:120]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def section(corpus: Path, before: Path | None = None, profile_articles: int = 400) -> str:
    """The Markdown of this section: one run, every figure side by side."""
    paths = [str(p) for p in sorted(corpus.glob("*.txt"))]
    if not paths:
        return f"(no articles in {corpus}: section skipped)\n"
    n = len(paths)
    floor = run("tokenise", ROOT, paths=paths)
    rows = [("read + tokenise (regex)", floor, 1)]
    codes = [("", ROOT)] + ([(" (before)", before)] if before else [])
    for suffix, code in codes:
        for workers, store in ((1, False), (2, False), (1, True)):
            r = run("build", code, paths=paths, workers=workers, store=store)
            what = "kg build --store" if store else "kg build -o out.nq"
            rows.append((f"{what}, {workers} worker(s){suffix}", r, workers))
    lines = [
        f"Corpus: {n:,} articles of `{corpus}`. Wall-clock seconds (the machine is shared:",
        "compare rows of this table, which ran minutes apart), CPU seconds of the build's",
        "processes (workers included), articles per wall second (in all, per worker) and per",
        "CPU second (what one free core would do; on a loaded machine the wall rates are lower).",
        "",
        "| measurement | wall s | CPU s | articles/s | per worker | per CPU s | vs read+tokenise "
        "| peak MB |",
        "|---|---|---|---|---|---|---|---|",
    ]
    base = floor.get("seconds") or 0.0

    for label, r, workers in rows:
        if "error" in r:
            lines.append(f"| {label} | {r['error']} | | | | | | |")
            continue
        rate = n / r["seconds"]
        ratio = f"{r['seconds'] / base:.0f}x" if base and "tokenise" not in label else ""
        peak = f"{r['peak_mb']:.0f}" if "peak_mb" in r else ""
        if r.get("workers_peak_mb"):
            peak += f" (+{r['workers_peak_mb']:.0f}/worker)"
        per_cpu = f"{n / r['cpu']:.0f}" if r.get("cpu") and "tokenise" not in label else ""
        lines.append(
            f"| {label} | {r['seconds']:.1f} | {r['cpu']:.1f} | {rate:.0f} | "
            f"{rate / workers:.0f} | {per_cpu} | {ratio} | {peak} |"
        )
    lines += ["", _ratios(rows, n), ""]
    for suffix, code in codes:
        prof = run("profile", code, paths=paths[:profile_articles], top=15)
        lines += [_profile_table(prof, f"{profile_articles} articles{suffix}"), ""]
    return "\n".join(lines)


def _ratios(rows: list[tuple[str, Result, int]], n: int) -> str:
    """-j 2 against -j 1, the store against the file (same code)."""
    out = []
    got = {label: r for label, r, _ in rows if "error" not in r}
    for suffix in ("", " (before)"):
        one = got.get(f"kg build -o out.nq, 1 worker(s){suffix}")
        two = got.get(f"kg build -o out.nq, 2 worker(s){suffix}")
        store = got.get(f"kg build --store, 1 worker(s){suffix}")
        if one and two:
            out.append(f"-j 2 / -j 1{suffix}: x{one['seconds'] / two['seconds']:.2f}")
        if one and store:  # by CPU seconds: wall seconds mostly measure the machine's load
            out.append(f"store / file{suffix} (CPU): {one['cpu'] / store['cpu']:.0%}")
    return "Ratios in this run: " + "; ".join(out) + "." if out else ""


def _profile_table(prof: Result, label: str) -> str:
    if "error" in prof:
        return f"Profile ({label}): {prof['error']}"
    lines = [
        f"Profile of a one-worker build of {label} (cProfile, {prof['total']:.1f} CPU s under "
        f"the profiler, {prof['calls']:,} calls): the top functions by own time.",
        "",
        "| function | calls | own s | own % | cumulative s |",
        "|---|---|---|---|---|",
    ]
    for row in prof["rows"]:
        share = row["own"] / prof["total"] if prof["total"] else 0
        lines.append(
            f"| `{row['function']}` | {row['calls']:,} | {row['own']:.2f} | {share:.1%} | "
            f"{row['cumulative']:.2f} |"
        )
    return "\n".join(lines)


def main() -> None:
    name, raw = sys.argv[1], sys.argv[2]
    kwargs = json.loads(Path(raw[1:]).read_text() if raw.startswith("@") else raw)
    print(json.dumps(CASES[name](**kwargs)))


if __name__ == "__main__":
    main()
