"""Long work off the UI thread: a function runs on Qt's thread pool and reports back through
signals, which Qt delivers on the UI thread."""

from __future__ import annotations

import contextlib
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.core import fault_report
from app.core.messages import EXPECTED

_running: set["JobSignals"] = set()   # keeps signal objects alive until their job reports


class JobSignals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)   # done, total


class _Job(QRunnable):
    def __init__(self, fn: Callable, signals: JobSignals) -> None:
        super().__init__()
        self.fn, self.signals = fn, signals

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # handed to the UI thread, which shows it in words
            if not isinstance(exc, EXPECTED):   # a fault in the program: keep a report too
                with contextlib.suppress(Exception):   # the report must never hide the fault itself
                    fault_report.write_log(fault_report.report(exc))
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def run_job(fn: Callable, on_done: Callable[[object], None], on_failed: Callable[[Exception], None],
            on_progress: Callable[[int, int], None] | None = None) -> JobSignals:
    """With ``on_progress``, ``fn`` is called with a ``report(done, total)`` function it may call
    from the worker thread."""
    signals = JobSignals()
    _running.add(signals)
    if on_progress is not None:
        work = fn
        fn = lambda: work(signals.progress.emit)  # noqa: E731
        signals.progress.connect(on_progress)

    def finish(handler):
        def call(value):
            _running.discard(signals)
            handler(value)
        return call

    signals.done.connect(finish(on_done))
    signals.failed.connect(finish(on_failed))
    QThreadPool.globalInstance().start(_Job(fn, signals))
    return signals
