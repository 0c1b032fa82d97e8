"""Build workers (`kg build -j N`) end with the process that started them (issue 18 item 9)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "examples" / "ar-news-001.txt"


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(c) for c in text.split()]


def _alive(pid: int) -> bool:
    """Running (a zombie waiting to be reaped has exited)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(
    not Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").exists(),
    reason="needs /proc/PID/task/TID/children (Linux)",
)
def test_workers_exit_when_the_build_is_killed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8")
    for i in range(600):
        (corpus / f"a{i:03}.txt").write_text(f"{text}\n{i}\n", encoding="utf-8")
    command = [sys.executable, "-m", "kg", "build", str(corpus), "-j", "4", "-q"]
    build = subprocess.Popen(
        [*command, "-o", str(tmp_path / "out.nq")],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while len(workers) < 4 and build.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
            workers = _children(build.pid)
        assert len(workers) >= 4, "the build did not start its 4 workers"
        build.send_signal(signal.SIGKILL)
        build.wait()
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [w for w in workers if _alive(w)] == []
    finally:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
        if build.poll() is None:
            build.kill()
