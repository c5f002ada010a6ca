"""The encrypted case file: one SQLCipher database per case manager plus its key slot file.

On disk a case file ``fallakte.db`` is ``fallakte.db`` (SQLCipher, keyed with a random 256-bit key),
``fallakte.db.keys`` (that key, wrapped; see keyslots.py) and, while open, SQLite's ``-wal`` and
``-shm`` files, whose pages are encrypted as well.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from storage import audit, keyslots, recovery_code, schema
from storage.atomic import PRIVATE, private_folder
from storage.errors import CaseFileBusy, CaseFileExists, CaseFileMissing, CorruptFile, WeakPassphrase, WrongKind
from storage.keyslots import MIN_PASSPHRASE_LENGTH, KeySlots, keys_path
from storage.records import atomic

BUSY_TIMEOUT_MS = 5000
# Decrypted pages kept per connection: room for the whole file and a quarter more, so that what the
# case list, its filters and Heute read is decrypted once, not again on every look (SQLCipher
# decrypts each page it reads into the cache); at least 24 MB, and at most 256 MB however large the
# file grows. SQLite takes the memory only as pages are read.
CACHE_MIN_KIB, CACHE_MAX_KIB = 24_000, 256 * 1024


def cache_kib(db_path: Path) -> int:
    try:
        size = db_path.stat().st_size
    except OSError:
        size = 0
    return max(CACHE_MIN_KIB, min(CACHE_MAX_KIB, size * 5 // 4 // 1024))


def companion_paths(db_path: Path) -> list[Path]:
    """Every file a case file may consist of on disk."""
    return [db_path, keys_path(db_path), db_path.with_name(db_path.name + "-wal"),
            db_path.with_name(db_path.name + "-shm")]


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(MIN_PASSPHRASE_LENGTH)


def connect(db_path: Path, master_key: bytes):
    """An open, keyed connection; CorruptFile when the key does not read the database."""
    conn = sqlcipher.connect(str(db_path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                             check_same_thread=False)
    try:
        # SQLCipher logs decryption failures to stderr itself; we report them as CorruptFile.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{master_key.hex()}'\"")
        # The first read decrypts page 1: a wrong key and a damaged header both fail here.
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise CaseFileBusy(db_path) from None
        raise CorruptFile(db_path, "database cannot be read with its key") from None
    return conn


class EncryptedStore:
    """An unlocked case file. Close it (or use ``with``) to drop the connection and the key."""

    def __init__(self, path: Path, conn, slots: KeySlots, master_key: bytes) -> None:
        self.path = path
        self.conn = conn
        self._slots = slots
        self._master_key = master_key

    # -- creating ------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, *, replace: bool = False, kind: schema.Schema = schema.CASEFILE,
               schema_version: int | None = None, kdf_iterations: int | None = None) -> tuple["EncryptedStore", str]:
        """Create a case file; returns it open, and the recovery code to show exactly once."""
        path = Path(path)
        check_passphrase(passphrase)
        if path.exists() and not replace:
            raise CaseFileExists(path)
        private_folder(path.parent)
        master_key = os.urandom(32)
        code = recovery_code.generate()
        iterations = kdf_iterations if kdf_iterations is not None else keyslots.calibrate_iterations()
        slots = KeySlots.create(master_key, passphrase, code, iterations)

        # Build the database under a temporary name and move it into place last: a crash before
        # that leaves no half-made case file behind, only a temporary one that the next try replaces.
        staging = path.with_name(path.name + ".neu")
        for leftover in companion_paths(staging):
            leftover.unlink(missing_ok=True)
        conn = connect(staging, master_key)
        os.chmod(staging, PRIVATE)   # SQLite gives its journal, -wal and -shm files the same rights
        try:
            schema.migrate(conn, staging, schema_version, kind)
            with atomic(conn):
                conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                                 [("file_id", slots.file_id), ("kind", kind.kind)])
                audit.append(conn, "create", "casefile")
        finally:
            conn.close()
        if replace:
            for old in companion_paths(path):
                old.unlink(missing_ok=True)
        slots.save(keys_path(path))
        os.replace(staging, path)
        return cls._open_unlocked(path, slots, master_key, kind, schema_version), code

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, passphrase: str, kind: schema.Schema = schema.CASEFILE) -> "EncryptedStore":
        path = Path(path)
        slots = cls._load_slots(path)
        return cls._open_unlocked(path, slots, slots.unlock_with_passphrase(passphrase, path), kind)

    @classmethod
    def open_with_recovery_code(cls, path: Path, code: str, kind: schema.Schema = schema.CASEFILE) -> "EncryptedStore":
        path = Path(path)
        slots = cls._load_slots(path)
        return cls._open_unlocked(path, slots, slots.unlock_with_recovery_code(code, path), kind)

    @staticmethod
    def _load_slots(path: Path) -> KeySlots:
        if not path.exists():
            raise CaseFileMissing(path)
        return KeySlots.load(keys_path(path))

    @classmethod
    def _open_unlocked(cls, path: Path, slots: KeySlots, master_key: bytes,
                       kind: schema.Schema = schema.CASEFILE, schema_version: int | None = None) -> "EncryptedStore":
        conn = connect(path, master_key)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('file_id', 'kind')").fetchall())
            if meta.get("file_id") != slots.file_id:
                raise CorruptFile(keys_path(path), "key slot file belongs to another case file")
            if meta.get("kind", schema.CASEFILE.kind) != kind.kind:
                raise WrongKind(path, meta.get("kind", ""))
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                raise CaseFileBusy(path, f"journal mode {mode}")
            # FULL: in WAL mode NORMAL may lose the last commits on power loss; we promise it won't.
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute(f"PRAGMA cache_size = -{cache_kib(path)}")
            schema.migrate(conn, path, schema_version, kind)
        except sqlcipher.OperationalError as exc:
            conn.close()
            if "locked" in str(exc) or "busy" in str(exc):
                raise CaseFileBusy(path) from None
            raise CorruptFile(path, str(exc)) from None
        except sqlcipher.DatabaseError as exc:
            conn.close()
            raise CorruptFile(path, str(exc)) from None
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, slots, master_key)

    # -- using ---------------------------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        return schema.version_of(self.conn)

    @property
    def file_id(self) -> str:
        return self._slots.file_id

    def transaction(self):
        """``with casefile.transaction():`` — one atomic, durable write (or part of an open one)."""
        return atomic(self.conn)

    def audit(self, action: str, entity: str = "", entity_id: str | int = "") -> None:
        with self.transaction():
            audit.append(self.conn, action, entity, entity_id)

    def change_passphrase(self, new_passphrase: str, kdf_iterations: int | None = None) -> None:
        """Rewrap the key under a new passphrase (fresh salt, recalibrated cost). The database
        itself is not touched, so this is instant regardless of its size."""
        iterations = kdf_iterations if kdf_iterations is not None else keyslots.calibrate_iterations()
        new_slots = self._slots.with_new_passphrase(self._master_key, new_passphrase, iterations)
        new_slots.save(keys_path(self.path))
        self._slots = new_slots
        self.audit("change_passphrase", "casefile")

    @property
    def kdf(self) -> dict:
        """How the passphrase slot derives its key: name, iterations, memory_kib, lanes (and salt)."""
        return dict(self._slots.passphrase.kdf)

    def strengthen_kdf(self, passphrase: str, progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
        """Rewrap the key under the same passphrase with the Argon2id iterations calibrated now, never
        fewer than before, and a fresh salt; returns the iterations before and after. A wrong
        passphrase raises WrongPassphrase and changes nothing. For a worker thread: it reads only
        this object's key and slots and writes its audit entry through its own connection."""
        slots, master_key = self._slots, self._master_key
        steps = 2 + 2 * keyslots.CALIBRATION_SAMPLES   # the check, the calibration's runs, the new slot
        report = progress or (lambda done, total: None)
        slots.unlock_with_passphrase(passphrase, self.path)
        report(1, steps)
        before = slots.passphrase.kdf["iterations"]
        after = max(before, keyslots.calibrate_iterations(progress=lambda done, _total: report(1 + done, steps)))
        new_slots = slots.with_new_passphrase(master_key, passphrase, after)
        new_slots.save(keys_path(self.path))
        self._slots = new_slots
        with EncryptedStore(self.path, connect(self.path, master_key), new_slots, master_key) as own:
            own.audit("strengthen_kdf", "casefile")
        report(steps, steps)
        return before, after

    def reopen(self) -> "EncryptedStore":
        """A second connection to the same unlocked case file, for work on another thread."""
        return EncryptedStore(self.path, connect(self.path, self._master_key), self._slots, self._master_key)

    @property
    def slots(self) -> KeySlots:
        return self._slots

    @property
    def master_key(self) -> bytes:
        return self._master_key

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        # Python cannot wipe immutable bytes; dropping the reference is what it can do.
        self._master_key = b""

    def __enter__(self) -> "EncryptedStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

