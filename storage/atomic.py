"""Replace a file so that a crash leaves either the old or the new content, never a mix."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def fsync_dir(directory: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows; NTFS journals renames
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes, partial: Path | None = None) -> None:
    """Write ``data`` under ``partial`` (default ``<name>.tmp``) in the same folder, flush it to
    disk, then rename it to ``path``. On failure the partial file is removed where still possible."""
    tmp = partial or path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):  # the folder may be gone (a pulled USB stick)
            tmp.unlink(missing_ok=True)
        raise
