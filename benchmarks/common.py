"""What every benchmark needs: medians, the machine's CPU, and a plain SQLite copy of a case file
(the baseline every encrypted figure is compared with in the same run)."""

from __future__ import annotations

import platform
import statistics
import time
from pathlib import Path


def median_seconds(action, runs: int = 5) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def cpu() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            return next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        return platform.processor() or platform.machine()


def plain_copy(conn, target: Path) -> Path:
    """Decrypt the open case file's content into a plain SQLite file (for the baseline only)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    return target
