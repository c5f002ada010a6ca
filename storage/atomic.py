"""Replace a file so that a crash leaves either the old or the new content, never a mix. Files are
created readable by their owner only unless a caller says otherwise (a bundle on the KI's share)."""

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


PRIVATE = 0o600
PRIVATE_FOLDER = 0o700


def private_folder(folder: Path) -> Path:
    """``folder``, created readable by its owner only where it does not exist yet."""
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    return folder


def write_atomically(path: Path, data: bytes, partial: Path | None = None, mode: int = PRIVATE) -> None:
    """Write ``data`` under ``partial`` (default ``<name>.tmp``) in the same folder, flush it to
    disk, then rename it to ``path``. On failure the partial file is removed where still possible."""
    tmp = partial or path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb", opener=lambda name, flags: os.open(name, flags, mode)) as f:
            os.chmod(tmp, mode)   # also when a stale temporary file with other rights was there
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):  # the folder may be gone (a pulled USB stick)
            tmp.unlink(missing_ok=True)
        raise
