"""The audit log: who opened, changed, exported or deleted which record, as a hash chain.

An entry holds record ids and the action, never content. Each entry's hash covers the previous
entry's hash, so editing or removing an entry breaks the chain; the newest hash and the number of
entries are kept in ``meta`` as well, so cutting entries off the end is caught too. Triggers refuse
UPDATE and DELETE on the table, so the application itself cannot rewrite history.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from datetime import datetime, timezone

GENESIS = bytes(32)


def _actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, some containers)
        return "unbekannt"


def entry_hash(prev_hash: bytes, seq: int, at: str, actor: str, action: str, entity: str, entity_id: str) -> bytes:
    body = json.dumps([seq, at, actor, action, entity, entity_id], ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(prev_hash + body.encode("ascii")).digest()


def _head(conn) -> tuple[int, bytes]:
    rows = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('audit_count', 'audit_head')").fetchall())
    return int(rows.get("audit_count", 0)), bytes.fromhex(rows.get("audit_head", GENESIS.hex()))


def append(conn, action: str, entity: str = "", entity_id: str | int = "") -> None:
    """Add one entry. Call inside the transaction that makes the change it records."""
    count, prev = _head(conn)
    seq = count + 1
    at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    actor = _actor()
    digest = entry_hash(prev, seq, at, actor, action, entity, str(entity_id))
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, entity, str(entity_id), prev, digest),
    )
    conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [("audit_count", str(seq)), ("audit_head", digest.hex())],
    )


def verify(conn) -> list[str]:
    """Problems with the chain, empty when it is whole. Names sequence numbers only."""
    problems = []
    expected_seq, prev = 1, GENESIS
    rows = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, prev_hash, hash FROM audit_log ORDER BY seq"
    )
    for seq, at, actor, action, entity, entity_id, prev_hash, digest in rows:
        if seq != expected_seq:
            problems.append(f"Protokolleintrag {expected_seq} fehlt")
        elif prev_hash != prev:
            problems.append(f"Protokolleintrag {seq} passt nicht an seinen Vorgänger")
        if entry_hash(prev_hash, seq, at, actor, action, entity, entity_id) != digest:
            problems.append(f"Protokolleintrag {seq} wurde verändert")
        expected_seq, prev = seq + 1, digest
    count, head = _head(conn)
    if expected_seq - 1 != count or prev != head:
        problems.append("Das Ende des Protokolls fehlt oder wurde verändert")
    return problems
