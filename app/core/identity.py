"""The signing identity of a store: a laptop signs its bundles with it, the KI its roll-up to the Land."""

from __future__ import annotations

from datetime import datetime, timezone

from storage import audit, records
from sync.keys import device_id_for, generate_signing_key, signing_public


def device_identity(conn) -> tuple[str, bytes]:
    """(device id, signing key), created at ``init`` (or on first use, for older case files)."""
    row = conn.execute("SELECT device_id, signing_key FROM device_identity WHERE id = 1").fetchone()
    if row:
        return row[0], row[1]
    key = generate_signing_key()
    device_id = device_id_for(signing_public(key))
    with records.atomic(conn):
        conn.execute("INSERT INTO device_identity (id, device_id, signing_key, created_at) VALUES (1, ?, ?, ?)",
                     (device_id, key, datetime.now(timezone.utc).isoformat(timespec="seconds")))
        audit.append(conn, "create", "device_identity", device_id)
    return device_id, key
