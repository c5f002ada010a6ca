"""Faults in the program itself (not the user's situation, see messages.EXPECTED): a short report
to show and to copy, appended to a log file in the data folder. The report holds the exception's
type and where it happened (module, line, function), never its message or any variable: those
can carry names or other personal data."""

from __future__ import annotations

import os
import platform
import threading
import traceback
from datetime import datetime
from pathlib import Path

from app.core import paths
from app.core.version import __version__

LOG_NAME = "fehlerprotokoll.log"
MAX_LOG_BYTES = 256 * 1024   # older reports are dropped beyond this


def report(exc: BaseException) -> str:
    lines = [f"Fallakte {__version__} · Python {platform.python_version()} · {platform.system()} {platform.release()}",
             f"{datetime.now().isoformat(timespec='seconds')} {type(exc).__module__}.{type(exc).__qualname__}"]
    for frame in traceback.extract_tb(exc.__traceback__):
        where = Path(frame.filename)
        lines.append(f"  {'/'.join(where.parts[-2:])}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


_lock = threading.Lock()   # the UI thread and workers may report at once


def write_log(text: str, folder: Path | None = None) -> Path:
    """Append ``text`` to the log, readable by its owner only; returns the log's path. The log is
    rewritten whole under a temporary name and moved into place, so it is never left half-written."""
    folder = Path(folder) if folder else paths.app_data_dir()
    log = folder / LOG_NAME
    with _lock:
        folder.mkdir(parents=True, exist_ok=True)
        old = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
        kept = (old + text + "\n\n")[-MAX_LOG_BYTES:]
        partial = folder / f".{LOG_NAME}.{os.getpid()}.tmp"
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            os.chmod(partial, 0o600)   # also when a stale temporary file was there with other rights
            out.write(kept)
        os.replace(partial, log)
    return log
