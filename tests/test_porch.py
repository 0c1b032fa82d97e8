"""The command line's own promises (issue 18 items 10, 12, 14): no prompt without a terminal,
choices and types in --help, usage errors exit 2, `kg models` says where and how."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def _kg(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        **kwargs,  # type: ignore[arg-type]
    )


def test_no_terminal_no_prompt_the_password_must_come_from_the_environment() -> None:
    # a new session has no controlling terminal, and stdin is not one: nobody can type
    done = _kg(
        "query", "http://127.0.0.1:9/sparql", "roles", "--user", "kg",
        stdin=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        "Error: Password for kg: no terminal to type it on; "
        "set it in an environment variable and pass --password-env VAR\n"
    )
