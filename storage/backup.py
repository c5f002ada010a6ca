"""Encrypted backups and their restore.

A backup is one ZIP file (stored, not compressed: its content is ciphertext) with three members:
``manifest.json`` (format, version, schema version, file id and SHA-256 of the other two),
``fallakte.db`` (a consistent SQLCipher snapshot, encrypted with the case file's key) and
``fallakte.db.keys`` (the key slots as they were at backup time). So the passphrase of that time or
the recovery code opens it; nothing in it is plaintext.

Writing goes to a temporary file that is verified before it takes the backup's name. Restoring
verifies the backup completely before it touches the case file, and keeps the previous case file
until the restored one has opened.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from sqlcipher3 import dbapi2 as sqlcipher

from storage import integrity, schema
from storage.atomic import PRIVATE, fsync_dir, private_folder, write_atomically
from storage.errors import CorruptFile
from storage.keyslots import KeySlots, keys_path
from storage.store import EncryptedStore, companion_paths, connect

FORMAT = "fallakte-backup"
VERSION = 1
SUFFIX = ".fallakte-sicherung"
MANIFEST = "manifest.json"
DB_MEMBER = "fallakte.db"
KEYS_MEMBER = "fallakte.db.keys"

Progress = Callable[[int, int], None]  # (done, total) pages
Unlock = Callable[[KeySlots, Path], bytes]  # returns the master key or raises WrongPassphrase/...


@dataclass(frozen=True)
class RestoreResult:
    casefile: EncryptedStore
    previous: Path | None  # where the replaced case file was kept, if there was one


def default_name(now: datetime | None = None) -> str:
    return f"fallakte-sicherung-{(now or datetime.now()):%Y-%m-%d-%H%M%S}{SUFFIX}"


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_backup(casefile: EncryptedStore, dest: Path, progress: Progress | None = None) -> Path:
    """Write a verified backup to ``dest`` (a file, or a folder to put a dated file in)."""
    dest = Path(dest)
    if dest.is_dir():
        dest = dest / default_name()
    partial = dest.with_name(dest.name + ".tmp")
    with tempfile.TemporaryDirectory(dir=dest.parent, prefix=".fallakte-sicherung-") as tmp:
        snapshot = Path(tmp) / DB_MEMBER
        target = connect(snapshot, casefile.master_key)
        try:
            callback = (lambda _status, remaining, total: progress(total - remaining, total)) if progress else None
            casefile.conn.backup(target, pages=256, progress=callback)
            # One self-contained file: no WAL beside it.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        keys = casefile.slots.to_bytes()
        manifest = {
            "format": FORMAT, "version": VERSION, "file_id": casefile.file_id,
            "schema_version": casefile.schema_version,
            "created_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "sha256": {DB_MEMBER: _sha256_file(snapshot), KEYS_MEMBER: hashlib.sha256(keys).hexdigest()},
        }
        try:
            os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE))   # private before any byte
            os.chmod(partial, PRIVATE)
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, indent=2))
                zf.write(snapshot, DB_MEMBER)
                zf.writestr(KEYS_MEMBER, keys)
            with open(partial, "rb+") as f:
                os.fsync(f.fileno())
            _verify(partial, lambda _slots, _path: casefile.master_key, Path(tmp) / "pruefung")
            os.replace(partial, dest)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    fsync_dir(dest.parent)
    return dest


def _verify(backup: Path, unlock: Unlock, workdir: Path) -> tuple[KeySlots, bytes]:
    """Extract ``backup`` into ``workdir`` and check it through; returns its key slots and key.
    Every failure is a CorruptFile naming the backup, or the unlock's own error."""
    workdir.mkdir(parents=True, exist_ok=True)
    db_path = workdir / DB_MEMBER
    try:
        with zipfile.ZipFile(backup) as zf:
            manifest = json.loads(zf.read(MANIFEST))
            if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
                raise CorruptFile(backup, "not a Fallakte backup of a known version")
            keys_bytes = zf.read(KEYS_MEMBER)
            with zf.open(DB_MEMBER) as src, os.fdopen(os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
                                                             PRIVATE), "wb") as out:
                shutil.copyfileobj(src, out, 1 << 20)
        expected = manifest["sha256"]
        if (hashlib.sha256(keys_bytes).hexdigest() != expected[KEYS_MEMBER]
                or _sha256_file(db_path) != expected[DB_MEMBER]):
            raise CorruptFile(backup, "checksum mismatch")
    except CorruptFile:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, AttributeError, EOFError,
            struct.error, NotImplementedError) as exc:
        # A bit flip in a member fails its CRC (BadZipFile); one in a header fails anywhere.
        raise CorruptFile(backup, f"unreadable backup ({type(exc).__name__})") from None

    slots = KeySlots.from_bytes(keys_bytes, backup)
    master_key = unlock(slots, backup)
    write_atomically(workdir / KEYS_MEMBER, keys_bytes)
    try:
        conn = connect(db_path, master_key)
    except CorruptFile:
        raise CorruptFile(backup, "database in the backup cannot be read with its key") from None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'file_id'").fetchone()
        if row is None or row[0] != slots.file_id:
            raise CorruptFile(backup, "database and key slots do not belong together")
        report = integrity.check(conn)
        if not report.ok:
            raise CorruptFile(backup, "; ".join(report.problems()[:3]))
    except sqlcipher.DatabaseError as exc:
        raise CorruptFile(backup, str(exc)) from None
    finally:
        conn.close()
    return slots, master_key


def verify_backup(backup: Path, unlock: Unlock) -> None:
    """Check a backup without restoring it."""
    with tempfile.TemporaryDirectory(prefix=".fallakte-pruefung-") as tmp:
        _verify(Path(backup), unlock, Path(tmp))


def restore(backup: Path, target: Path, unlock: Unlock, kind: schema.Schema = schema.CASEFILE) -> RestoreResult:
    """Replace the case file at ``target`` by the backup, after verifying the backup in full.

    The replaced case file is renamed to ``<name>.vor-wiederherstellung-<time>`` (with its key
    slots and WAL) and moved back if the restored one does not open.
    """
    backup, target = Path(backup), Path(target)
    if not backup.is_file():
        raise FileNotFoundError(backup)
    private_folder(target.parent)
    # Staging beside the target keeps the final moves on one file system, hence atomic.
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".fallakte-wiederherstellung-") as tmp:
        staging = Path(tmp)
        slots, master_key = _verify(backup, unlock, staging)

        previous = None
        if target.exists():
            previous = target.with_name(f"{target.name}.vor-wiederherstellung-{datetime.now():%Y%m%d-%H%M%S}")
            _move_set(target, previous)
        try:
            os.replace(staging / KEYS_MEMBER, keys_path(target))
            os.replace(staging / DB_MEMBER, target)
            fsync_dir(target.parent)
            restored = EncryptedStore._open_unlocked(target, slots, master_key, kind)
        except BaseException:
            for path in companion_paths(target):
                path.unlink(missing_ok=True)
            if previous is not None:
                _move_set(previous, target)
            raise
    restored.audit("restore", "casefile")
    return RestoreResult(restored, previous)


def _move_set(source: Path, dest: Path) -> None:
    for src, dst in zip(companion_paths(source), companion_paths(dest)):
        if src.exists():
            os.replace(src, dst)
    fsync_dir(dest.parent)

