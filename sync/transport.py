"""The KI share is a folder (mapped drive, UNC path, USB stick, synced cloud folder). A bundle is
written under a hidden temporary name in that folder, flushed, then renamed: a reader sees a whole
file or none."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from storage.atomic import write_atomically


class ShareUnavailable(Exception):
    """The share cannot take a bundle now; the message says why in plain German."""


def _reason(exc: OSError, folder: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return f"Auf der Ablage {folder} ist kein Platz mehr."
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Die Ablage {folder} ist schreibgeschützt."
    return f"Die Ablage {folder} ist nicht erreichbar ({exc.strerror or exc})."


def deliver(folder: Path, name: str, data: bytes) -> Path:
    """Put ``data`` into ``folder`` as ``name``, atomically. ShareUnavailable on any failure, and
    then no partial file is left visible (the temporary one is removed where the share allows)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ShareUnavailable(f"Die Ablage {folder} ist nicht erreichbar.")
    final = folder / name
    # A hidden, unique temporary name: should it be left behind, no import ever picks it up.
    try:
        write_atomically(final, data, partial=folder / f".{name}.{os.urandom(4).hex()}.tmp")
    except OSError as exc:
        raise ShareUnavailable(_reason(exc, folder)) from None
    return final
