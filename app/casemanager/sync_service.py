"""Sync from the case manager's side: the settings (share folder, KI key),
building a sealed bundle into the outbox, and delivering the outbox to the share when it is there.

Each bundle carries every released period of the previous and the current year (released periods
never change), so only the newest one matters: building a new bundle drops older ones still waiting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from app.casemanager import release
from app.casemanager.casework import Casework
from app.core.identity import device_identity
from app.core.messages import UserError, describe, tr
from app.core.validation import ValidationError
from app.core.version import __version__
from storage import audit, records
from sync import bundle as bundles
from sync import payload as payloads
from sync.keys import EnrolRequest, KiPublicKey, fingerprint, signing_public
from sync.transport import Problem, ShareUnavailable, deliver


@dataclass(frozen=True)
class SyncStatus:
    share: str
    ki_fingerprint: str
    last_success: str       # ISO time, or ""
    waiting: int            # bundles in the outbox
    waiting_sequence: int   # the newest of them, 0 if none
    last_error: str         # time and the error in the user's words, or ""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def configure(cw: Casework, *, share: Path | None = None, ki_key: bytes | None = None,
              device_name: str | None = None, municipalities: list[str] | None = None) -> None:
    """Store sync settings; a KI key file is checked before it is taken."""
    values = {}
    if share is not None:
        values["sync_share"] = str(share)
    if ki_key is not None:
        KiPublicKey.from_bytes(ki_key)  # KeyFileError, worded by app/core/messages.py
        values["ki_public_key"] = ki_key.decode("utf-8")
    if device_name is not None:
        if not device_name.strip():
            raise ValidationError("device_name", tr("Bitte einen Gerätenamen angeben."))
        values["device_name"] = device_name.strip()
    if municipalities is not None:
        for code in municipalities:
            cw.cat.municipalities.require(code, "municipalities", tr("Kommune"))
        values["device_municipalities"] = ",".join(municipalities)
    with records.atomic(cw.conn):
        for key, value in values.items():
            records.set_setting(cw.conn, key, value)
        audit.append(cw.conn, "change", "sync_settings", "")


def _setting(cw: Casework, key: str) -> str:
    return records.get_setting(cw.conn, key, "")


def ki_key(cw: Casework) -> KiPublicKey | None:
    raw = _setting(cw, "ki_public_key")
    return KiPublicKey.from_bytes(raw.encode("utf-8")) if raw else None


def device_municipalities(cw: Casework) -> list[str]:
    return [m for m in _setting(cw, "device_municipalities").split(",") if m]


def enrol_request(cw: Casework) -> bytes:
    device_id, key = device_identity(cw.conn)
    name = _setting(cw, "device_name")
    munis = device_municipalities(cw)
    if not name or not munis:
        raise ValidationError("device_name", tr("Vor der Anmeldung beim KI bitte Gerätenamen und Kommunen festlegen."))
    return EnrolRequest(device_id, name, tuple(munis), signing_public(key)).to_bytes(key)


def device_fingerprint(cw: Casework) -> tuple[str, str]:
    """(device id, fingerprint of its signing key): what the KI compares by phone before enrolling."""
    device_id, key = device_identity(cw.conn)
    return device_id, fingerprint(signing_public(key))


def build_payload(cw: Casework, sequence: int, k: int, time_figures: bool = True) -> dict:
    """Every released period of the previous and the current year: those that came due now are
    counted and frozen first (app/casemanager/release.py), the others are repeated as released."""
    device_id, _ = device_identity(cw.conn)
    munis = device_municipalities(cw)
    release.release_due(cw, munis, k, time_figures)
    periods, tables = release.released_tables(cw)
    return payloads.make(
        device=device_id, municipalities=munis, periods=periods, created_at=_now(), sequence=sequence, k=k,
        indicators_version=payloads.INDICATORS_VERSION, app_version=__version__, tables=tables)


def build_bundle(cw: Casework) -> int:
    """Seal a fresh snapshot into the outbox; returns its sequence number."""
    ki = ki_key(cw)
    if ki is None:
        raise ValidationError("ki_public_key", tr("Es ist noch kein öffentlicher Schlüssel des KI eingerichtet."))
    device_id, key = device_identity(cw.conn)
    with records.atomic(cw.conn):
        sequence = records.next_sequence(cw.conn, "bundle")
        sealed = bundles.seal(build_payload(cw, sequence, ki.k, ki.time_figures), device_id, key, ki)
        cw.conn.execute("DELETE FROM outbox")   # superseded by the new snapshot
        cw.conn.execute("INSERT INTO outbox (sequence, created_at, bundle) VALUES (?, ?, ?)",
                        (sequence, _now(), sealed))
        audit.append(cw.conn, "export", "bundle", sequence)
    return sequence


def deliver_outbox(cw: Casework, folder: Path | None = None) -> list[Path]:
    """Write waiting bundles to the share. ShareUnavailable leaves them queued and is remembered
    as the last error; success is remembered as the last sync."""
    target = Path(folder) if folder else (Path(_setting(cw, "sync_share")) if _setting(cw, "sync_share") else None)
    if target is None:
        raise ShareUnavailable(None, Problem.NOT_SET_UP)
    device_id, _ = device_identity(cw.conn)
    written = []
    try:
        for sequence, sealed in cw.conn.execute("SELECT sequence, bundle FROM outbox ORDER BY sequence").fetchall():
            written.append(deliver(target, bundles.file_name(device_id, sequence), sealed))
            with records.atomic(cw.conn):
                cw.conn.execute("DELETE FROM outbox WHERE sequence = ?", (sequence,))
    except ShareUnavailable as exc:
        with records.atomic(cw.conn):
            records.set_setting(cw.conn, "sync_last_error", f"{_now()} {describe(exc)}")
        raise
    with records.atomic(cw.conn):
        records.set_setting(cw.conn, "sync_last_success", _now())
        records.set_setting(cw.conn, "sync_last_error", "")
    return written


class Cancelled(UserError):
    """Stopped on request before anything reached the share; the bundle waits for the next try."""


def sync_now(cw: Casework, folder: Path | None = None, cancelled: Callable[[], bool] = lambda: False) -> list[Path]:
    """Build a fresh bundle and deliver it: what the app does on start, every 15 minutes and on
    demand, and what ``fallakte sync`` does. ``cancelled`` is asked between the two steps."""
    build_bundle(cw)
    if cancelled():
        raise Cancelled(tr("Abgebrochen: die Sendung wartet und wird beim nächsten Versuch übertragen."))
    return deliver_outbox(cw, folder)


def status(cw: Casework) -> SyncStatus:
    ki = ki_key(cw)
    return SyncStatus(
        share=_setting(cw, "sync_share"), ki_fingerprint=ki.fingerprint if ki else "",
        last_success=_setting(cw, "sync_last_success"),
        waiting=cw.conn.execute("SELECT count(*) FROM outbox").fetchone()[0],
        waiting_sequence=cw.conn.execute("SELECT coalesce(max(sequence), 0) FROM outbox").fetchone()[0],
        last_error=_setting(cw, "sync_last_error"),
    )
