"""The roll-up to the Land: the KI enrols with the Land the way a laptop enrols with the KI, and
sends the county's aggregate as a bundle of the same format, signed with its own identity."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from app.core.identity import device_identity
from app.core.messages import tr
from app.core.validation import ValidationError
from app.ki import registry, statistics
from storage import records
from storage.store import EncryptedStore
from sync import bundle as bundles
from sync import payload as payloads
from sync.keys import EnrolRequest, KiPublicKey, signing_public
from sync.payload import SUPPRESSED
from sync.transport import deliver


def rollup_enrol_request(store: EncryptedStore, name: str) -> bytes:
    device_id, key = device_identity(store.conn)
    municipalities = registry.enrolled_municipalities(store.conn)
    return EnrolRequest(device_id, name, tuple(municipalities), signing_public(key)).to_bytes(key)


def rollup_payload(store: EncryptedStore, sequence: int, k: int) -> dict:
    """The county's aggregate in the laptops' format: one table per indicator, period and
    municipality, summed over devices as they sent them (already perturbed). A sum with a withheld
    part is sent withheld; the case managers' own time only where at least three sent it."""
    county = statistics.County(store.conn)
    device_id, _ = device_identity(store.conn)
    tables = []
    for (indicator, key) in sorted(county.tables):
        period = statistics.Period.parse(key)
        if indicator == "minutes_by_kind" and \
                county.contributors(indicator, period) < statistics.MIN_TIME_CONTRIBUTORS:
            continue
        for muni, cells in sorted(county.sums(indicator, period).items()):
            table = {"indicator": indicator, "period": key, "municipality": muni,
                     "cells": {c: (f.value if f.exact else SUPPRESSED) for c, f in sorted(cells.items())
                               if c != statistics.TOTAL}}
            if statistics.TOTAL in cells:
                whole = cells[statistics.TOTAL]
                table["total"] = whole.value if whole.exact else SUPPRESSED
            tables.append(table)
    return payloads.make(
        device=device_id, municipalities=sorted({t["municipality"] for t in tables} - {payloads.ALL}),
        periods=sorted({key for _, key in county.tables}), created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        sequence=sequence, k=k, tables=tables, indicators_version=payloads.INDICATORS_VERSION)


def write_rollup(store: EncryptedStore, land_key_file: Path, folder: Path) -> Path:
    """Seal the county's aggregate to the Land's public key and put it into ``folder``."""
    land = KiPublicKey.from_bytes(Path(land_key_file).read_bytes())
    own_k = registry.public_key(store.conn).k
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
