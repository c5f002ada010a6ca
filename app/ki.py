"""Use cases of the KI (the county's integration centre): its own encrypted store with the KI key
pair, the device registry, and importing bundles from the share folder."""

from __future__ import annotations

from pathlib import Path

from app import paths
from storage.casefile import CaseFile
from storage.schema import KI_STORE
from sync import bundle as bundles
from sync import ki_import
from sync.keys import EnrolRequest, KiPublicKey

PUBLIC_KEY_NAME = "ki-public.key"


def default_store() -> Path:
    return paths.app_data_dir() / "ki-speicher.db"


def create_store(path: Path, passphrase: str, public_out: Path, name: str, k: int) -> tuple[str, KiPublicKey]:
    """A new KI store holding a fresh key pair; writes the public key file. Returns the store's
    recovery code (to show once) and the public key (its fingerprint is read out by phone)."""
    store, code = CaseFile.create(path, passphrase, kind=KI_STORE)
    with store:
        key = ki_import.create_key(store.conn, name, k)
    public_out = Path(public_out)
    if public_out.is_dir():
        public_out = public_out / PUBLIC_KEY_NAME
    public_out.write_bytes(key.to_bytes())
    return code, key


def open_store(path: Path, passphrase: str) -> CaseFile:
    store = CaseFile.open(path, passphrase, KI_STORE)
    store.audit("open", "ki_store")
    return store


def enrol(store: CaseFile, request_file: Path, name: str | None = None,
          municipalities: list[str] | None = None) -> EnrolRequest:
    request = EnrolRequest.from_bytes(Path(request_file).read_bytes())
    ki_import.enrol(store.conn, request, name, municipalities)
    return request


def import_folder(store: CaseFile, folder: Path) -> list[ki_import.ImportResult]:
    """Import every bundle file in ``folder`` (temporary files of a write in progress are skipped)."""
    results = []
    for file in sorted(Path(folder).glob(f"*{bundles.SUFFIX}")):
        results.append(ki_import.import_bundle(store.conn, file.read_bytes(), file.name))
    return results
