"""Importing bundles from the share into the KI store: the newest snapshot of every device
(app/ki/statistics.py adds them up).

Importing is idempotent and independent of order: a device's bundle with a higher sequence number
replaces its earlier snapshot; one with a lower or equal number changes nothing. Every file is
recorded before it is moved to ``importiert/`` or ``abgelehnt/``, so an import stopped at any point
ends in the same state when run again.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from sqlcipher3 import dbapi2 as sqlcipher

from app.core.messages import describe, tr
from app.ki import registry
from storage import audit, records
from storage.atomic import write_atomically
from storage.store import EncryptedStore
from sync import bundle as bundles
from sync import payload as payloads
from sync.bundle import BundleRefused, Refusal
from sync.transport import Problem, ShareUnavailable

# Outcomes as stored in the KI store's ``received`` table (which keeps them from earlier versions);
# outcome_label words them for the user.
NEW, UPDATED, ALREADY, SUPERSEDED, REFUSED = "neu", "aktualisiert", "bereits importiert", "überholt", "abgelehnt"
IMPORTED_DIR, REFUSED_DIR = "importiert", "abgelehnt"
# The KI needs no file once its figures are counted (issue 13: keep no more than needed); a county
# that must keep them for its records says so once, and they move to ``importiert/`` instead.
KEEP_IMPORTED = "keep_imported_files"


def outcome_label(outcome: str) -> str:
    return {NEW: tr("neu"), UPDATED: tr("aktualisiert"), ALREADY: tr("bereits importiert"),
            SUPERSEDED: tr("überholt"), REFUSED: tr("abgelehnt")}[outcome]


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    outcome: str          # one of NEW, UPDATED, ALREADY, SUPERSEDED, REFUSED
    reason: str = ""      # for REFUSED and SUPERSEDED, in the user's language
    device_id: str = ""


@dataclass(frozen=True)
class ImportSummary:
    results: tuple[ImportResult, ...]

    def count(self, *outcomes: str) -> int:
        return sum(1 for r in self.results if r.outcome in outcomes)

    @property
    def line(self) -> str:
        return tr("{new} neu, {updated} aktualisiert, {ignored} übergangen, {refused} abgelehnt").format(
            new=self.count(NEW), updated=self.count(UPDATED),
            ignored=self.count(ALREADY, SUPERSEDED), refused=self.count(REFUSED))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def import_bundle(conn, data: bytes, file_name: str) -> ImportResult:
    """Decide and record the outcome in one write transaction, so two imports of the same folder
    running at once take each bundle exactly once. Whatever the bytes, the outcome is a result:
    only the KI's own trouble (its disk, its store) stops the import."""
    digest = hashlib.sha256(data).hexdigest()
    with records.atomic(conn):
        seen = conn.execute("SELECT result, device_id FROM received WHERE sha256 = ?", (digest,)).fetchone()
        if seen and seen[0] != REFUSED:
            return ImportResult(file_name, ALREADY, "", seen[1])
        device_id, sequence, payload = "", None, None
        try:
            device_id = bundles.read_header(data)["device"]
            payload, text = bundles.open_sealed_text(data, registry.private_key(conn), registry.public_key(conn),
                                                     registry.signing_key_of(conn))
            sequence = payloads.sequence(payload)
            state = conn.execute("SELECT sequence FROM device_state WHERE device_id = ?", (device_id,)).fetchone()
            if not state or sequence > state[0]:   # an older one, signed but passed over, is not read further
                payloads.check(payload, registry.municipalities_of(conn, device_id))
        except BundleRefused as refusal:
            result = ImportResult(file_name, REFUSED, describe(refusal), device_id)
        except (OSError, sqlcipher.Error):
            raise
        except Exception as exc:   # a flaw the checks above did not foresee: the file is refused, the import goes on
            result = ImportResult(file_name, REFUSED, describe(BundleRefused(Refusal.TAMPERED, type(exc).__name__)),
                                  device_id)
        else:
            if state and sequence <= state[0]:
                result = ImportResult(file_name, SUPERSEDED, tr("Sendung {n} ist älter als die schon importierte {m}")
                                      .format(n=sequence, m=state[0]), device_id)
            else:
                result = ImportResult(file_name, UPDATED if state else NEW, "", device_id)
        if result.outcome in (NEW, UPDATED):
            conn.execute("INSERT INTO device_state (device_id, sequence, created_at, payload) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT(device_id) DO UPDATE SET sequence = excluded.sequence, "
                         "created_at = excluded.created_at, payload = excluded.payload",
                         (device_id, sequence, str(payload.get("created_at", "")), text))   # as signed
        _record(conn, digest, result, sequence)
    return result


def _record(conn, digest: str, result: ImportResult, sequence: int | None) -> None:
    conn.execute("INSERT OR REPLACE INTO received (sha256, device_id, sequence, file_name, received_at, result, "
                 "reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (digest, result.device_id, sequence, result.file_name, _now(), result.outcome, result.reason))
    audit.append(conn, "import", "bundle", f"{result.device_id}:{sequence or '-'}:{result.outcome}")


def _read(file: Path) -> bytes:
    """The file's bytes, if it is a regular file of a size an honest bundle can have; the share is
    untrusted, so a link, a pipe or a huge file is refused unread. Checked again on the open file,
    so a file swapped for a link in between is caught too."""
    not_regular = BundleRefused(Refusal.NOT_A_BUNDLE, tr("keine gewöhnliche Datei"))
    if not stat.S_ISREG(file.lstat().st_mode):
        raise not_regular
    try:
        fd = os.open(file, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise not_regular from None
        raise
    with os.fdopen(fd, "rb") as f:
        info = os.fstat(f.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise not_regular
        if info.st_size > bundles.MAX_BUNDLE:
            raise BundleRefused(Refusal.TAMPERED, tr("größer als jede echte Sendung"))
        return f.read(bundles.MAX_BUNDLE + 1)


def _refuse_unread(conn, file: Path, refusal: BundleRefused) -> ImportResult:
    result = ImportResult(file.name, REFUSED, describe(refusal))
    with records.atomic(conn):
        _record(conn, hashlib.sha256(f"ungelesen:{file.name}".encode()).hexdigest(), result, None)
    return result


def pending_files(folder: Path) -> list[Path]:
    """Bundle files waiting directly in the share folder (not the done subfolders, not temporary
    files of a write in progress, which are hidden and end in .tmp)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ShareUnavailable(folder, Problem.UNREACHABLE)
    return sorted(f for f in folder.glob(f"*{bundles.SUFFIX}") if not f.is_dir() and not f.name.startswith("."))


def keeps_imported_files(conn) -> bool:
    return records.get_setting(conn, KEEP_IMPORTED, "0") == "1"


def set_keep_imported_files(conn, keep: bool) -> None:
    with records.atomic(conn):
        records.set_setting(conn, KEEP_IMPORTED, "1" if keep else "0")
        audit.append(conn, "change", "setting", KEEP_IMPORTED)


def _write_reason(file: Path, reason: str) -> None:
    """Beside a refused file in ``abgelehnt/``, why: the KI store keeps only its hash and reason."""
    folder = file.parent / REFUSED_DIR
    folder.mkdir(exist_ok=True)
    target, n = folder / f"{file.name}.grund.txt", 1
    while target.exists():
        n += 1
        target = folder / f"{file.name}.{n}.grund.txt"
    write_atomically(target, f"{file.name}: {reason}\n".encode("utf-8"), mode=0o644)


def _file_away(file: Path, subfolder: str) -> None:
    """Move a processed file into ``subfolder`` beside it, never over another file."""
    target_dir = file.parent / subfolder
    target_dir.mkdir(exist_ok=True)
    target, n = target_dir / file.name, 1
    while target.exists():
        n += 1
        target = target_dir / f"{file.stem}.{n}{file.suffix}"
    os.replace(file, target)


# Files decided in one transaction: a commit waits for the disk (synchronous = FULL), and a thousand of
# them were a third of a large import.
BATCH, BATCH_SECONDS = 50, 1.0


def _newest_first(file: Path) -> tuple:
    """Each device's files newest first, by the sequence in their names: the newest is read in full
    and kept, the older ones are passed over after their signature (docs/ki.md). A name that lies
    costs only time: the sequence inside the signed payload decides."""
    device, _, sequence = file.name.removesuffix(bundles.SUFFIX).rpartition("-")
    ours = device and sequence.isascii() and sequence.isdigit()   # "²" is a digit to isdigit(), not to int()
    return (0, device, -int(sequence), file.name) if ours else (1, "", 0, file.name)


def import_folder(store: EncryptedStore, folder: Path, *, dry_run: bool = False,
                  progress: Callable[[int, int], None] | None = None) -> ImportSummary:
    """Import every waiting bundle file. A refused file moves to ``abgelehnt/`` with its reason; a
    counted or passed-over one is deleted, or moved to ``importiert/`` if the county keeps them.
    ``dry_run`` decides every file the same way and then undoes it all, moving nothing."""
    files = sorted(pending_files(folder), key=_newest_first)
    keep = keeps_imported_files(store.conn)
    results = []
    with records.rolled_back(store.conn) if dry_run else contextlib.nullcontext():
        waiting = iter(files)
        while decided := _decide(store.conn, waiting):
            # Only once their outcomes are stored do the files go: a crash before leaves them to import again.
            for file, result in decided:
                try:
                    if result is None:
                        raise FileNotFoundError(file)
                    if not dry_run:
                        if result.outcome == REFUSED:
                            _write_reason(file, result.reason)
                        if result.outcome == REFUSED or keep:
                            _file_away(file, REFUSED_DIR if result.outcome == REFUSED else IMPORTED_DIR)
                        else:
                            file.unlink()
                except FileNotFoundError:
                    if not Path(folder).is_dir():
                        raise ShareUnavailable(folder, Problem.GONE) from None
                    continue  # filed by an import running at the same time, which reports it
                results.append(result)
                if progress:
                    progress(len(results), len(files))
    return ImportSummary(tuple(results))


def _decide(conn, waiting) -> list[tuple[Path, ImportResult | None]]:
    """The next files' outcomes, stored in one transaction (part of a dry run's, if that is open) of
    at most BATCH files or about BATCH_SECONDS, so that an import running beside waits for it no
    longer than that. None: the file is gone, filed by an import running at the same time."""
    decided = []
    started = time.monotonic()
    with records.atomic(conn):
        for file in waiting:
            try:
                data = _read(file)
            except FileNotFoundError:
                decided.append((file, None))
                continue
            except BundleRefused as refusal:
                result = _refuse_unread(conn, file, refusal)
            else:
                result = import_bundle(conn, data, file.name)
            decided.append((file, result))
            if len(decided) == BATCH or time.monotonic() - started > BATCH_SECONDS:
                break
    return decided
