"""Use cases of the KI (the county's integration centre): its own encrypted store with the KI key
pair, the device registry, and importing bundles from the share folder."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from app import indicators, ki_stats, paths
from app.sync_service import device_identity
from app.messages import tr
from app.validation import ValidationError
from storage import records
from storage.casefile import CaseFile
from storage.schema import KI_STORE
from sync import bundle as bundles
from sync import ki_import
from sync.disclosure import SUPPRESSED
from sync.keys import EnrolRequest, KiPublicKey, signing_public
from sync.transport import ShareUnavailable, deliver

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


IMPORTED_DIR, REFUSED_DIR = "importiert", "abgelehnt"


@dataclass(frozen=True)
class ImportSummary:
    results: tuple[ki_import.ImportResult, ...]

    def count(self, *outcomes: str) -> int:
        return sum(1 for r in self.results if r.outcome in outcomes)

    @property
    def line(self) -> str:
        return tr("{new} neu, {updated} aktualisiert, {ignored} übergangen, {refused} abgelehnt").format(
            new=self.count(ki_import.NEW), updated=self.count(ki_import.UPDATED),
            ignored=self.count(ki_import.ALREADY, ki_import.SUPERSEDED), refused=self.count(ki_import.REFUSED))


def pending_files(folder: Path) -> list[Path]:
    """Bundle files waiting directly in the share folder (not the done subfolders, not temporary
    files of a write in progress, which are hidden and end in .tmp)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ShareUnavailable(tr("Die Ablage {path} ist nicht erreichbar.").format(path=folder))
    return sorted(f for f in folder.glob(f"*{bundles.SUFFIX}") if f.is_file() and not f.name.startswith("."))


def _file_away(file: Path, subfolder: str) -> None:
    """Move a processed file into ``subfolder`` beside it, never over another file."""
    target_dir = file.parent / subfolder
    target_dir.mkdir(exist_ok=True)
    target, n = target_dir / file.name, 1
    while target.exists():
        n += 1
        target = target_dir / f"{file.stem}.{n}{file.suffix}"
    os.replace(file, target)


def import_folder(store: CaseFile, folder: Path, *, dry_run: bool = False,
                  progress: Callable[[int, int], None] | None = None) -> ImportSummary:
    """Import every waiting bundle file; each is recorded before it is moved to ``importiert/`` or
    ``abgelehnt/``, so an import stopped at any point ends in the same state when run again.
    ``dry_run`` decides every file the same way and then undoes it all, moving nothing."""
    files = pending_files(folder)
    results = []
    with records.rolled_back(store.conn) if dry_run else contextlib.nullcontext():
        for done, file in enumerate(files, 1):
            try:
                data = file.read_bytes()
                result = ki_import.import_bundle(store.conn, data, file.name)
                if not dry_run:
                    _file_away(file, REFUSED_DIR if result.outcome == ki_import.REFUSED else IMPORTED_DIR)
            except FileNotFoundError:
                if not Path(folder).is_dir():
                    raise ShareUnavailable(tr("Die Ablage {path} ist nicht mehr erreichbar; was importiert ist, "
                                              "bleibt es.").format(path=folder)) from None
                continue  # filed by an import running at the same time, which reports it
            results.append(result)
            if progress:
                progress(done, len(files))
    return ImportSummary(tuple(results))


# -- roll-up to the Land -----------------------------------------------------------------------------
def rollup_enrol_request(store: CaseFile, name: str) -> bytes:
    """The KI enrols with the Land the way a laptop enrols with the KI: its own signing key."""
    device_id, key = device_identity(store.conn)
    municipalities = sorted({m for (ms,) in store.conn.execute("SELECT municipalities FROM device")
                             for m in ms.split(",") if m})
    return EnrolRequest(device_id, name, tuple(municipalities), signing_public(key)).to_bytes(key)


def rollup_payload(store: CaseFile, sequence: int, k: int) -> dict:
    """The county's aggregate in the laptops' format: one table per indicator, month and
    municipality, summed over devices. A sum with a suppressed part is sent as suppressed."""
    county = ki_stats.County(store.conn)
    device_id, _ = device_identity(store.conn)
    tables = []
    for (indicator, month) in sorted(county.tables):
        sums = county.sums(indicator, ki_stats.Period(month, month, (month,)))
        for muni, cells in sorted(sums.items()):
            table = {"indicator": indicator, "period": month, "municipality": muni,
                     "cells": {c: (f.value if f.exact else SUPPRESSED) for c, f in sorted(cells.items())
                               if c != ki_stats.TOTAL}}
            if ki_stats.TOTAL in cells:
                whole = cells[ki_stats.TOTAL]
                table["total"] = whole.value if whole.exact else SUPPRESSED
            tables.append(table)
    return {"format": "fallakte-counts", "version": 1, "indicators_version": indicators.VERSION,
            "device": device_id, "municipalities": sorted({t["municipality"] for t in tables} - {indicators.ALL}),
            "periods": county.months, "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "sequence": sequence, "k": k, "tables": tables}


def write_rollup(store: CaseFile, land_key_file: Path, folder: Path) -> Path:
    """Seal the county's aggregate to the Land's public key and put it into ``folder``."""
    land = KiPublicKey.from_bytes(Path(land_key_file).read_bytes())
    own_k = ki_import.public_key(store.conn).k
    if land.k > own_k:   # the devices protected with the county's k; a sum cannot be protected again
        raise ValidationError("k", tr("Das Land verlangt k = {land}, die Geräte des Kreises schützen mit k = {own}. "
                                      "Dafür muss der Kreis ein neues KI-Schlüsselpaar mit k = {land} ausgeben.")
                              .format(land=land.k, own=own_k))
    device_id, key = device_identity(store.conn)
    with records.atomic(store.conn):
        sequence = records.next_sequence(store.conn, "rollup")
        sealed = bundles.seal(rollup_payload(store, sequence, own_k), device_id, key, land)
        store.audit("export", "rollup", sequence)
    return deliver(Path(folder), bundles.file_name(device_id, sequence), sealed)
