"""ICU's data for the Linux package, cut to what Fallakte can use (build.spec calls ``trimmed_library``).

Qt's Linux build links ICU 73 and brings its whole data library, 32 MB: collation, names, currencies
and calendars of some 700 locales, legacy character set converters, and word dictionaries for
Chinese, Japanese, Thai, Khmer, Lao and Burmese. Fallakte speaks German and English and reads
UTF-8 and Windows-1252 in Python, so the package keeps the data of the root, German and English
locales and every item that belongs to no locale, and leaves out the other locales, the converters,
the dictionaries and transliteration (2 MB left). Windows and macOS take ICU from the system.

How: the same as ICU's own ``icupkg -r`` and Chromium's trimmed ``icudtl.dat`` (ICU's "data
filtering", unicode-org.github.io/icu/userguide/icu_data/buildtool.html), done in Python so that
the build needs nothing beyond the binutils PyInstaller needs anyway: the common-data package
("CmnD": a header, a table of contents of name and data offsets, the names, then every item on a
16-byte boundary, sorted by name) is rewritten with the items kept, and ``as``/``ld`` wrap it in a
shared library that exports it under ICU's symbol (``icudt73_dat``) and soname.
"""

from __future__ import annotations

import re
import struct
import subprocess
from pathlib import Path

KEPT_LOCALES = ("root", "de", "en")
PAD = b"\xaa"   # what icupkg pads with, so that an untouched package is written back byte for byte
# A locale's resource: "de.res", "coll/de_AT.res", "zone/en_001.res" (language, script, region, variant).
_LOCALE = re.compile(r"(?:[a-z]+/)?([a-z]{2,3}|root)(?:_[A-Za-z0-9]+)*\.res")
_LEFT_OUT = re.compile(r"[^/]+\.cnv|brkitr/[^/]+\.dict|translit/.*")


def keeps(name: str) -> bool:
    """Whether the item ``name`` (without the package's prefix, as "coll/de.res") stays. Each tree's
    index of locales (res_index.res) stays as it is: a locale listed there whose data is gone falls
    back to its parent or root, as ICU does for any locale it has no data for."""
    if name.rsplit("/", 1)[-1] == "res_index.res":
        return True
    if _LEFT_OUT.fullmatch(name):
        return False
    locale = _LOCALE.fullmatch(name)
    return locale is None or locale.group(1) in KEPT_LOCALES


def _align(n: int) -> int:
    return (n + 15) & ~15


def read_items(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(the package's header, [(item name with its prefix, item bytes)] in the order of the table)."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    toc = header_size
    (count,) = struct.unpack_from("<I", data, toc)
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        name = data[toc + name_at:data.index(b"\0", toc + name_at)].decode("ascii")
        end = toc + entries[i + 1][1] if i + 1 < count else len(data)
        items.append((name, data[toc + data_at:end]))
    return data[:header_size], items


def write_items(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A package of ``items`` (in the order given, which must be the names' order) under ``header``."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    names_at = 4 + 8 * len(items)
    first_item = _align(len(header) + names_at + len(names)) - len(header)
    table, name_at, data_at, body = [struct.pack("<I", len(items))], names_at, first_item, []
    for name, item in items:
        table.append(struct.pack("<II", name_at, data_at))
        name_at += len(name) + 1
        padded = item + PAD * (_align(len(item)) - len(item))
        body.append(padded)
        data_at += len(padded)
    toc = b"".join(table) + names
    return header + toc + PAD * (first_item - len(toc)) + b"".join(body)


def trim(data: bytes) -> bytes:
    header, items = read_items(data)
    return write_items(header, [(name, item) for name, item in items if keeps(name.split("/", 1)[1])])


def _exported(library: Path) -> tuple[str, bytes]:
    """(the data symbol, the package's bytes) of an ICU data library: its only exported object."""
    symbols = subprocess.run(["objdump", "-T", str(library)], capture_output=True, text=True, check=True).stdout
    (symbol,) = [line.split()[-1] for line in symbols.splitlines() if re.search(r"\bicudt\d+_dat$", line)]
    raw = subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(library), "/dev/stdout"],
                         capture_output=True, check=True).stdout
    return symbol, raw


def trimmed_library(library: Path, folder: Path) -> Path:
    """``library`` (libicudata.so.NN) rebuilt in ``folder`` with the trimmed package, same soname."""
    symbol, raw = _exported(library)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "icudata.dat").write_bytes(trim(raw))
    (folder / "icudata.s").write_text(
        f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n'
        f'{symbol}:\n\t.incbin "icudata.dat"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack, "", @progbits\n')
    subprocess.run(["as", "-o", "icudata.o", "icudata.s"], cwd=folder, check=True)
    out = folder / library.name
    subprocess.run(["ld", "-shared", "-soname", library.name, "-o", str(out), "icudata.o"], cwd=folder, check=True)
    return out
