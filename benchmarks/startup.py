"""How fast the command line answers: ``fallakte --help`` against a bare ``python -c pass``, both
started as new processes in the same run, alternately, the fastest of several starts each (the
fastest start is the one least disturbed by the other work on a shared machine)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.common import Row

ROOT = Path(__file__).resolve().parent.parent
RUNS = 15


def _start(argv: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *argv], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def measure(runs: int = RUNS) -> list[Row]:
    # As installed: with the modules' bytecode on disk (pip and PyInstaller compile it), which the
    # first start writes if this environment does not yet have it.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    bare, help_ = ["-c", "pass"], ["-m", "fallakte", "--help"]
    _start(help_, env)
    timings = {"bare": [], "help": []}
    for _ in range(runs):
        timings["bare"].append(_start(bare, env))
        timings["help"].append(_start(help_, env))
    return [Row("command line start: `fallakte --help` against a bare `python -c pass` (fastest of "
                f"{runs} starts each)", "", min(timings["help"]), min(timings["bare"]), "ms", compared=False,
                ratio_limit=3.0)]
