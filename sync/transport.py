"""The KI share is a folder (mapped drive, UNC path, USB stick, synced cloud folder). A bundle is
written under a hidden temporary name in that folder, flushed, then renamed: a reader sees a whole
file or none."""

from __future__ import annotations

import enum
import errno
import os
from pathlib import Path

from storage.atomic import write_atomically


class Problem(enum.Enum):
    NOT_SET_UP = "not_set_up"     # no share configured yet
    UNREACHABLE = "unreachable"   # the folder is not there (drive not mapped, network down)
    GONE = "gone"                 # it vanished while being read
    FULL = "full"
    READ_ONLY = "read_only"
    FAILED = "failed"             # any other error of the file system; ``detail`` says which


class ShareUnavailable(Exception):
    """The share cannot be used now. app/core/messages.py words it for the user."""

    def __init__(self, folder: Path | None, problem: Problem, detail: str = "") -> None:
        self.folder, self.problem, self.detail = folder, problem, detail
        super().__init__(f"share {folder}: {problem.value}" + (f" ({detail})" if detail else ""))


def _problem(exc: OSError) -> Problem:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return Problem.FULL
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Problem.READ_ONLY
    return Problem.FAILED


def deliver(folder: Path, name: str, data: bytes) -> Path:
    """Put ``data`` into ``folder`` as ``name``, atomically. ShareUnavailable on any failure, and
    then no partial file is left visible (the temporary one is removed where the share allows)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ShareUnavailable(folder, Problem.UNREACHABLE)
    final = folder / name
    # A hidden, unique temporary name: should it be left behind, no import ever picks it up.
    try:
        # Readable by the KI's account on the share; the content is encrypted to the KI.
        write_atomically(final, data, partial=folder / f".{name}.{os.urandom(4).hex()}.tmp", mode=0o644)
    except OSError as exc:
        raise ShareUnavailable(folder, _problem(exc), exc.strerror or str(exc)) from None
    return final


def probe(folder: Path) -> None:
    """Check that ``folder`` takes a file now: it is there, and a small hidden file can be written to
    it and removed again (no import ever picks such a file up). ShareUnavailable if not."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ShareUnavailable(folder, Problem.UNREACHABLE)
    test = folder / f".fallakte-probe.{os.urandom(4).hex()}.tmp"
    try:
        with open(test, "wb") as f:
            f.write(b"fallakte")
            f.flush()
            os.fsync(f.fileno())
        test.unlink()
    except OSError as exc:
        try:
            test.unlink(missing_ok=True)
        except OSError:
            pass   # the share may have gone altogether
        raise ShareUnavailable(folder, _problem(exc), exc.strerror or str(exc)) from None


def subfolder(folder: Path, name: str) -> Path:
    """``folder/name``, created where missing; ShareUnavailable when ``folder`` is not there or not writable."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ShareUnavailable(folder, Problem.UNREACHABLE)
    try:
        (folder / name).mkdir(exist_ok=True)
    except OSError as exc:
        raise ShareUnavailable(folder, _problem(exc), exc.strerror or str(exc)) from None
    return folder / name
