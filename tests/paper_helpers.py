"""Test material for paper: a real PDF of a chosen size whose bulk is random bytes, so that any slice
of it is a byte sequence found nowhere else, and a scan of the disk for such a sequence."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def pdf_of_size(size: int, text: str = "Bescheid der Auslaenderbehoerde") -> bytes:
    """A one-page PDF that viewers open (text on the page), padded to ``size`` bytes with an
    unreferenced stream of random bytes."""
    content = f"BT /F1 24 Tf 72 720 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>"),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]

    def build(padding: int) -> bytes:
        filler = os.urandom(padding)
        body = objects + [b"<< /Length %d >>\nstream\n" % len(filler) + filler + b"\nendstream"]
        out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
        for number, obj in enumerate(body, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(body) + 1)
        out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(body) + 1, xref)
        return bytes(out)

    padding = max(0, size - len(build(0)))
    data = build(padding)
    while len(data) != size and padding > 0:   # the digits of /Length and startxref grow with the padding
        padding += size - len(data)
        data = build(padding)
    return data


def marker_of(data: bytes) -> bytes:
    """64 random bytes from the middle of a file made by ``pdf_of_size``."""
    middle = len(data) // 2
    return data[middle:middle + 64]


def files_holding(marker: bytes, folders: list[Path], since: float | None = None) -> list[Path]:
    """Every readable file under ``folders`` (changed since ``since``, where given) that contains ``marker``."""
    found = []
    for folder in folders:
        for root, _, names in os.walk(folder):
            for name in names:
                path = Path(root) / name
                try:
                    if not path.is_file() or path.is_symlink():
                        continue
                    if since is not None and path.stat().st_mtime < since:
                        continue
                    if marker in path.read_bytes():
                        found.append(path)
                except OSError:   # gone meanwhile, or another user's
                    continue
    return found


def temp_folders() -> list[Path]:
    return [Path(tempfile.gettempdir())]


def now() -> float:
    return time.time() - 2   # file systems keep mtimes coarser than time.time()
