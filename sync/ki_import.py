"""The KI's side of sync, on its own encrypted store: its key pair, the device registry, and
importing bundles into the newest snapshot of every device (app/ki_stats.py adds them up).

Importing is idempotent and independent of order: a device's bundle with a higher sequence number
replaces its earlier snapshot; one with a lower or equal number changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone

from storage import audit, records
from sync import bundle as bundles
from sync.bundle import BundleRefused, Refusal
from sync.disclosure import SUPPRESSED
from sync.keys import EnrolRequest, KiPublicKey, generate_ki_key

NEW, UPDATED, ALREADY, SUPERSEDED, REFUSED = "neu", "aktualisiert", "bereits importiert", "überholt", "abgelehnt"


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    outcome: str          # one of NEW, UPDATED, ALREADY, SUPERSEDED, REFUSED
    reason: str = ""      # for REFUSED and SUPERSEDED, in plain German
    device_id: str = ""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# -- keys and devices --------------------------------------------------------------------------------
def create_key(conn, name: str, k: int) -> KiPublicKey:
    private, public = generate_ki_key()
    key = KiPublicKey(public, k, name)
    KiPublicKey.from_bytes(key.to_bytes())  # the same checks (k >= 3) a laptop applies
    with records.atomic(conn):
        conn.execute("INSERT INTO ki_key (id, private_key, public_key, k, name, created_at) VALUES (1, ?, ?, ?, ?, ?)",
                     (private, public, k, name, _now()))
        audit.append(conn, "create", "ki_key", key.fingerprint)
    return key


def public_key(conn) -> KiPublicKey:
    row = conn.execute("SELECT public_key, k, name FROM ki_key WHERE id = 1").fetchone()
    if row is None:
        raise LookupError("no KI key in this store")
    return KiPublicKey(row[0], row[1], row[2])


def enrol(conn, request: EnrolRequest, name: str | None = None, municipalities: list[str] | None = None) -> None:
    with records.atomic(conn):
        conn.execute(
            "INSERT INTO device (device_id, name, public_key, municipalities, enrolled_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(device_id) DO UPDATE SET name = excluded.name, municipalities = excluded.municipalities, "
            "revoked_at = NULL",
            (request.device_id, name or request.name, request.public_key,
             ",".join(municipalities or request.municipalities), _now()))
        audit.append(conn, "enrol", "device", request.device_id)


def revoke(conn, device_id: str) -> bool:
    with records.atomic(conn):
        changed = conn.execute("UPDATE device SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL",
                               (_now(), device_id)).rowcount
        if changed:
            audit.append(conn, "revoke", "device", device_id)
    return bool(changed)


def devices(conn) -> list[dict]:
    return records.fetch_all(conn, "SELECT d.device_id, d.name, d.municipalities, d.enrolled_at, d.revoked_at, "
                                   "s.sequence, s.created_at AS last_bundle FROM device d "
                                   "LEFT JOIN device_state s ON s.device_id = d.device_id ORDER BY d.name")


# -- import ------------------------------------------------------------------------------------------
def _device_key_for(conn):
    def lookup(device_id: str) -> bytes:
        row = conn.execute("SELECT public_key, revoked_at FROM device WHERE device_id = ?", (device_id,)).fetchone()
        if row is None:
            raise BundleRefused(Refusal.UNKNOWN_DEVICE, device_id)
        if row[1]:
            raise BundleRefused(Refusal.REVOKED_DEVICE, device_id)
        return row[0]
    return lookup


def _valid_value(value) -> bool:
    return value == SUPPRESSED or (type(value) is int and value >= 0)


def _valid_table(table) -> bool:
    """The shape the statistics read: names as text, a month, cells of counts or the marker."""
    return (isinstance(table, dict) and all(isinstance(table.get(k), str) for k in ("indicator", "period", "municipality"))
            and re.fullmatch(r"\d{4}-\d{2}", table["period"]) is not None
            and isinstance(table.get("cells"), dict)
            and all(isinstance(k, str) and _valid_value(v) for k, v in table["cells"].items())
            and ("total" not in table or _valid_value(table["total"])))


def _check_payload(payload: dict) -> int:
    """The sequence number of a well-formed payload; BundleRefused otherwise. Even a genuine,
    signed payload is checked in full: a faulty device must not break the import or the statistics."""
    if payload.get("format") != "fallakte-counts" or payload.get("version") != 1:
        raise BundleRefused(Refusal.UNSUPPORTED_VERSION, f"{payload.get('format')} {payload.get('version')}")
    sequence = payload.get("sequence")
    tables = payload.get("tables")
    if type(sequence) is not int or not 1 <= sequence < 2**62 or not isinstance(tables, list):
        raise BundleRefused(Refusal.TAMPERED, "payload")
    if not all(_valid_table(t) for t in tables):
        raise BundleRefused(Refusal.TAMPERED, "tables")
    return sequence


def import_bundle(conn, data: bytes, file_name: str) -> ImportResult:
    """Decide and record the outcome in one write transaction, so two imports of the same folder
    running at once take each bundle exactly once."""
    digest = hashlib.sha256(data).hexdigest()
    with records.atomic(conn):
        seen = conn.execute("SELECT result, device_id FROM received WHERE sha256 = ?", (digest,)).fetchone()
        if seen and seen[0] != REFUSED:
            return ImportResult(file_name, ALREADY, "", seen[1])
        row = conn.execute("SELECT private_key FROM ki_key WHERE id = 1").fetchone()
        device_id, sequence = "", None
        try:
            device_id = bundles.read_header(data)["device"]
            payload = bundles.open_sealed(data, row[0], public_key(conn), _device_key_for(conn))
            sequence = _check_payload(payload)
        except BundleRefused as refusal:
            result = ImportResult(file_name, REFUSED, str(refusal), device_id)
        else:
            state = conn.execute("SELECT sequence FROM device_state WHERE device_id = ?", (device_id,)).fetchone()
            if state and sequence <= state[0]:
                result = ImportResult(file_name, SUPERSEDED,
                                      f"Sendung {sequence} ist älter als die schon importierte {state[0]}", device_id)
            else:
                result = ImportResult(file_name, UPDATED if state else NEW, "", device_id)
        if result.outcome in (NEW, UPDATED):
            conn.execute("INSERT INTO device_state (device_id, sequence, created_at, payload) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT(device_id) DO UPDATE SET sequence = excluded.sequence, "
                         "created_at = excluded.created_at, payload = excluded.payload",
                         (device_id, sequence, str(payload.get("created_at", "")), json.dumps(payload)))
        conn.execute("INSERT OR REPLACE INTO received (sha256, device_id, sequence, file_name, received_at, result, "
                     "reason, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (digest, device_id, sequence, file_name, _now(), result.outcome, result.reason, data))
        audit.append(conn, "import", "bundle", f"{device_id}:{sequence or '-'}:{result.outcome}")
    return result
