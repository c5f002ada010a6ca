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


PASSPHRASE = "Benchmark-Passphrase-2026"


def demo_casefile(folder: Path, persons: int):
    """A new encrypted case file in ``folder`` with ``persons`` of demo casework; and the fill time."""
    from app import demo
    from app.casework import Casework
    from storage.casefile import CaseFile

    casefile, _ = CaseFile.create(Path(folder) / "enc.db", PASSPHRASE)
    cw = Casework(casefile)
    start = time.perf_counter()
    demo.fill(cw, persons, seed=1)
    return cw, time.perf_counter() - start


def plain_casework(cw, folder: Path):
    """The same data as a plain SQLite file, behind the same use cases: the baseline."""
    from types import SimpleNamespace

    from sqlcipher3 import dbapi2 as sqlcipher

    from app.casework import Casework

    path = plain_copy(cw.conn, Path(folder) / "plain.db")
    return Casework(SimpleNamespace(conn=sqlcipher.connect(str(path), isolation_level=None)), today=cw.today)
