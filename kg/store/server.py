"""A local Oxigraph server (`oxigraph serve`) on a free loopback port, started and stopped
around a block: what the server tests (tests/test_server.py) and the store benchmarks
(benchmarks/store_cases.py) load into and query, so both start and wait for it one way.

    with local_server(tmp / "db") as server:
        load(graph_file, server.url)
        server.peak_mb()   # the server's peak resident memory so far
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kg.errors import StoreError


def oxigraph_binary() -> str | None:
    """The `oxigraph` command: beside this Python (a venv's bin/), else on PATH; None if
    it is not installed (`pip install oxigraph`)."""
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def free_port() -> int:
    """A TCP port nothing listens on now (on 127.0.0.1)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class LocalServer:
    """A running `oxigraph serve`: its base URL and process."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def peak_mb(self) -> float:
        """The server's peak resident memory (VmHWM) in MB; 0 if it cannot be read."""
        try:
            status = Path(f"/proc/{self.process.pid}/status").read_text()
        except OSError:
            return 0.0
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return 0.0


@contextmanager
def local_server(location: Path, *, wait: float = 30.0) -> Iterator[LocalServer]:
    """Start `oxigraph serve` on a store in `location` (made fresh) on a free loopback port,
    wait until it answers a query, yield it, stop it. Its output goes to `location`.log.
    `StoreError` if the binary is missing or the server does not answer within `wait` s."""
    binary = oxigraph_binary()
    if binary is None:
        raise StoreError("the oxigraph server binary is not installed (pip install oxigraph)")
    shutil.rmtree(location, ignore_errors=True)
    location.parent.mkdir(parents=True, exist_ok=True)
    log = location.with_name(location.name + ".log")
    port = free_port()
    with log.open("wb") as out:
        process = subprocess.Popen(
            [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
            stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    server = LocalServer(f"http://127.0.0.1:{port}", process, log)
    try:
        _wait_until_up(server, wait)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_up(server: LocalServer, wait: float) -> None:
    deadline = time.monotonic() + wait
    while True:
        try:
            with urllib.request.urlopen(f"{server.url}/query?query=ASK%7B%7D", timeout=1):
                return
        except OSError as exc:
            if server.process.poll() is not None or time.monotonic() > deadline:
                raise StoreError(f"oxigraph did not start (see {server.log})") from exc
            time.sleep(0.1)
