"""What every benchmark needs: medians, the machine's CPU, a row of the results table, and a plain
SQLite copy of a case file (the baseline every encrypted figure is compared with in the same run)."""

from __future__ import annotations

import platform
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

PASSPHRASE = "Benchmark-Passphrase-2026"


@dataclass(frozen=True)
class Row:
    """One line of docs/performance.md. ``value``/``baseline`` in ``unit``; ``limit`` the target in
    the same unit, or ``ratio_limit`` a target as a multiple of the baseline (None: no target, shown
    for context)."""

    what: str
    data: str
    value: float
    baseline: float | None
    unit: str              # "s", "ms" or "MB"
    limit: float | None = None
    compared: bool = True  # counts towards the encrypted/plain ratio target
    ratio_limit: float | None = None

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None

    @property
    def met(self) -> bool | None:
        if self.ratio_limit is not None:
            return self.ratio is not None and self.ratio <= self.ratio_limit
        return None if self.limit is None else self.value <= self.limit


def median_seconds(action, runs: int = 5) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def pace_ms() -> float:
    """How fast the machine runs Python right now: the fastest of three runs of a fixed loop. On a
    shared machine this moves by up to 2x within minutes; it is written beside each group so that a
    reader can tell a slower run from slower code."""
    timings = []
    for _ in range(3):
        start, total = time.perf_counter(), 0
        for i in range(1_000_000):
            total += i
        timings.append(time.perf_counter() - start)
    return min(timings) * 1000


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


def plain_connection(path: Path):
    """sqlcipher3 without a key is plain SQLite: the same engine and the same page cache as the case
    file gets (storage.store.cache_kib), so only encryption differs."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from storage.store import cache_kib

    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA cache_size = -{cache_kib(Path(path))}")
    return conn


def demo_casefile(folder: Path, persons: int):
    """A new encrypted case file in ``folder`` with ``persons`` of demo casework; and the fill time."""
    from app.casemanager import demo
    from app.casemanager.casework import Casework
    from storage.store import EncryptedStore

    casefile, _ = EncryptedStore.create(Path(folder) / "enc.db", PASSPHRASE)
    cw = Casework(casefile)
    start = time.perf_counter()
    demo.fill(cw, persons, seed=1)
    return cw, time.perf_counter() - start


def plain_casework(cw, path: Path):
    """The same data as a plain SQLite file at ``path``, behind the same use cases: the baseline."""
    from types import SimpleNamespace

    from app.casemanager.casework import Casework

    plain_copy(cw.conn, path)
    return Casework(SimpleNamespace(conn=plain_connection(path)), today=cw.today)
