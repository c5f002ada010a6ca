"""Runs the real windows in a child process and reports, as JSON on stdout, what a user would feel:
the longest gap between beats of a 10 ms heartbeat timer on the UI thread while long work runs
(``stall_ms``), and the process's peak memory (``peak_mb``).

    python -m benchmarks.ui_probe casemanager CASEFILE SHARE BACKUP_FOLDER
    python -m benchmarks.ui_probe ki STORE SHARE REPORT_FOLDER
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.casemanager import sync_service  # noqa: E402
from app.casemanager.casework import Casework  # noqa: E402
from app.ki import registry
from benchmarks.common import PASSPHRASE  # noqa: E402
from storage.store import EncryptedStore  # noqa: E402

BEAT_MS = 10


class Heartbeat:
    """Remembers the longest time between two beats since ``reset``."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self.beat)
        self.reset()
        self.timer.start()

    def beat(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def reset(self) -> None:
        self.last, self.longest = time.perf_counter(), 0.0

    def during(self, start, finished) -> float:
        """Longest gap in ms while the work ``start`` begins runs until ``finished()`` is true."""
        self.reset()
        start()
        wait_until(finished)
        self.beat()
        return self.longest * 1000


def wait_until(finished) -> None:
    """Run the event loop (as the app would) until ``finished()``, looking every few ms."""
    loop, check = QEventLoop(), QTimer()

    def look() -> None:   # a slot returning a value trips a PySide6 refcount bug at exit
        if finished():
            loop.quit()

    check.timeout.connect(look)
    check.start(5)
    loop.exec()
    check.stop()


def settle(seconds: float) -> None:
    end = time.perf_counter() + seconds
    wait_until(lambda: time.perf_counter() >= end)


def deadline(seconds: float):
    end = time.perf_counter() + seconds
    return lambda: time.perf_counter() >= end


def peak_mb() -> float:
    """This process's peak resident memory. On Linux from VmHWM, which starts anew with the program:
    ru_maxrss survives exec and so held the benchmark parent's peak (with a large case file open),
    the same for every probe."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # KiB on Linux, bytes on macOS


def casemanager(casefile_path: Path, share: Path, backup_folder: Path) -> dict:
    from ui.main_window import MainWindow

    # Unlock to the first window, as after "Entsperren": the key derived, the file opened, the main
    # window built and shown with Heute computed (in its showEvent) and painted.
    start = time.perf_counter()
    slots = EncryptedStore._load_slots(casefile_path)
    master_key = slots.unlock_with_passphrase(PASSPHRASE, casefile_path)
    derived = time.perf_counter()
    casefile = EncryptedStore._open_unlocked(casefile_path, slots, master_key)
    window = MainWindow(casefile)
    window.show()
    QApplication.processEvents()
    shown = time.perf_counter()
    sync_service.configure(Casework(casefile), share=share)
    heart = Heartbeat()
    idle = heart.during(lambda: None, deadline(1.0))
    for row in range(window.navigation.count()):   # every page once, as a user finding their way
        window.navigation.setCurrentRow(row)
        settle(0.1)
    window.navigation.setCurrentRow(1)
    for _ in range(10):   # scroll down the case list: more pages are fetched
        window.cases.view.scrollToBottom()
        settle(0.05)
    first = casefile.conn.execute("SELECT id FROM person ORDER BY id LIMIT 1").fetchone()
    if first:
        window.open_person(first[0])
    settle(0.2)

    browsing = peak_mb()
    finished = []
    window.sync_controller.finished.connect(lambda *_: finished.append(True))
    sync = heart.during(window.sync_controller.sync_now, lambda: bool(finished))
    backup = heart.during(lambda: window.backup(backup_folder), window.backup_action.isEnabled)
    result = {"unlock_s": shown - start, "derive_s": derived - start, "idle_ms": idle, "sync_ms": sync, "backup_ms": backup, "peak_mb": peak_mb(), "browsing_mb": browsing,
              "bundles": len(list(share.glob("*"))), "backups": len(list(backup_folder.glob("*")))}
    window.teardown()
    casefile.close()
    return result


def ki_window(store_path: Path, share: Path, out: Path) -> dict:
    from ui.statistics_window import StatisticsWindow

    store = registry.open_store(store_path, PASSPHRASE)
    window = StatisticsWindow(store)
    window.show()
    heart = Heartbeat()
    idle = heart.during(lambda: None, deadline(1.0))
    imported = heart.during(lambda: window.import_folder(share), window.import_button.isEnabled)
    report = heart.during(lambda: window.save_report(out / "bericht.pdf", "pdf"), window.report_button.isEnabled)
    result = {"idle_ms": idle, "import_ms": imported, "report_ms": report, "peak_mb": peak_mb(),
              "left_on_share": len(list(share.glob("*.fallakte-bundle"))), "report": (out / "bericht.pdf").exists()}
    store.close()
    return result


def main(argv: list[str]) -> None:
    QApplication.instance() or QApplication([])
    kind, *paths = argv
    result = {"casemanager": casemanager, "ki": ki_window}[kind](*map(Path, paths))
    print(json.dumps(result), flush=True)
    # Skip interpreter teardown: after the KI window, PySide6's finalizing GC can abort
    # ("bool_dealloc"), which would lose nothing here but the exit code.
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
