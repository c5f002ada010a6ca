"""Use cases around an encrypted store as a whole (a case manager's case file or the KI's store):
create, unlock, check, back up, restore, change the passphrase, recover. The CLI and the UI both
call these; every rule lives here or below. The UI names stores and their kinds through this module."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.identity import device_identity
from storage import backup as backups
from storage import integrity, keyslots
from storage.atomic import write_atomically
from storage.errors import CaseFileExists  # noqa: F401  (the CLI adds how to replace it)
from storage.integrity import IntegrityReport
from storage.keyslots import MIN_PASSPHRASE_LENGTH  # noqa: F401  (the UI's strength hint)
from storage.schema import CASEFILE, KI_STORE, Schema  # noqa: F401  (KI_STORE: the UI opens either kind)
from storage.store import EncryptedStore, check_passphrase


def save_recovery_code(path: Path, text: str) -> None:
    """The recovery code as a text file to print, readable by its owner only."""
    write_atomically(Path(path), text.encode("utf-8"))


def create_casefile(path: Path, passphrase: str, replace: bool = False) -> tuple[EncryptedStore, str]:
    """A new, open case file with its device signing key, and the recovery code to show once."""
    casefile, code = EncryptedStore.create(path, passphrase, replace=replace)
    device_identity(casefile.conn)
    return casefile, code


def unlock(path: Path, passphrase: str, kind: Schema = CASEFILE) -> EncryptedStore:
    casefile = EncryptedStore.open(path, passphrase, kind)
    casefile.audit("open", kind.kind)
    return casefile


def check_casefile(path: Path, passphrase: str) -> IntegrityReport:
    """Cipher pages, structure, references and the audit chain, in one call. Writes nothing to a
    damaged file; a sound one records that it was checked."""
    with EncryptedStore.open(path, passphrase) as casefile:
        report = integrity.check(casefile.conn)
        if report.ok:
            casefile.audit("check", "casefile")
    return report


def backup(casefile: EncryptedStore, dest: Path, progress: backups.Progress | None = None) -> Path:
    written = backups.write_backup(casefile, dest, progress)
    casefile.audit("export", "backup")
    return written


def restore(backup_path: Path, target: Path, *, passphrase: str | None = None,
            recovery_code: str | None = None, new_passphrase: str | None = None) -> backups.RestoreResult:
    """Restore with the passphrase valid when the backup was made, or with the recovery code and a
    new passphrase (a recovered case file never keeps the old one)."""
    if recovery_code is not None:
        if new_passphrase is None:
            raise ValueError("a restore by recovery code needs a new passphrase")
        check_passphrase(new_passphrase)
        result = backups.restore(backup_path, target, lambda slots, p: slots.unlock_with_recovery_code(recovery_code, p))
        result.casefile.change_passphrase(new_passphrase)
        return result
    if passphrase is None:
        raise ValueError("a restore needs the passphrase or the recovery code")
    return backups.restore(backup_path, target, lambda slots, p: slots.unlock_with_passphrase(passphrase, p))


def change_passphrase(path: Path, old: str, new: str) -> None:
    check_passphrase(new)
    with EncryptedStore.open(path, old) as casefile:
        casefile.change_passphrase(new)


def recover(path: Path, recovery_code: str, new_passphrase: str, kind: Schema = CASEFILE) -> EncryptedStore:
    """Open with the recovery code; the new passphrase replaces the forgotten one."""
    check_passphrase(new_passphrase)
    casefile = EncryptedStore.open_with_recovery_code(path, recovery_code, kind)
    try:
        casefile.change_passphrase(new_passphrase)
        casefile.audit("recover", kind.kind)
    except BaseException:
        casefile.close()
        raise
    return casefile


@dataclass(frozen=True)
class KeyDerivation:
    """How the passphrase becomes the key that unwraps the case file's key (Argon2id)."""

    iterations: int
    memory_mib: int
    lanes: int

    @property
    def below_recommendation(self) -> bool:
        """Fewer passes than RFC 9106's second recommended setting (older case files may have them)."""
        return self.iterations < keyslots.FLOOR_ITERATIONS


def key_derivation(store: EncryptedStore) -> KeyDerivation:
    kdf = store.kdf
    return KeyDerivation(kdf["iterations"], kdf["memory_kib"] // 1024, kdf["lanes"])


def strengthen_key_derivation(store: EncryptedStore, passphrase: str,
                              progress: Callable[[int, int], None] | None = None) -> tuple[KeyDerivation, KeyDerivation]:
    """Calibrate again on this machine and rewrap the key under the same passphrase, never weaker
    than before; the previous parameters and salt are gone from the key slot file. Returns before
    and after. A wrong passphrase raises WrongPassphrase and changes nothing. Runs on a worker
    thread: about a second and a half of key derivations."""
    before = key_derivation(store)
    store.strengthen_kdf(passphrase, progress)
    return before, key_derivation(store)
