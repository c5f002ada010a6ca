"""Sync from the case manager's side: the settings (share folder, KI key),
building a sealed bundle into the outbox, and delivering the outbox to the share when it is there.

Each bundle carries every released period of the previous and the current year (released periods
never change), so only the newest one matters: building a new bundle drops older ones still waiting.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from app.casemanager import release
from app.casemanager.casework import Casework
from app.core import timefmt
from app.core.identity import device_identity
from app.core.messages import UserError, describe, tr
from app.core.validation import ValidationError
from app.core.version import __version__
from storage import audit, records
from storage.atomic import write_atomically
from sync import bundle as bundles
from sync import payload as payloads
from sync.keys import EnrolRequest, KeyFileError, KeyProblem, KiPublicKey, fingerprint, signing_public
from sync.transport import Problem, ShareUnavailable, deliver, probe, subfolder

ENROL_FOLDER = "anmeldung"     # in the share: where enrolment requests wait for the KI
ENROL_SUFFIX = ".enrol"
MAX_KEY_FILE = 64 * 1024       # a KI key file is a few hundred bytes; anything far larger is another file


@dataclass(frozen=True)
class SyncStatus:
    share: str
    ki_fingerprint: str
    last_success: datetime | None
    waiting: int                     # bundles in the outbox
    waiting_sequence: int            # the newest of them, 0 if none
    last_error: str                  # the error in the user's words, or ""
    last_error_at: datetime | None = None


@dataclass(frozen=True)
class SyncSetup:
    """What is set up, and what the KI was last asked to enrol this device for."""
    share: str
    ki_name: str
    ki_fingerprint: str
    device_name: str
    municipalities: tuple[str, ...]            # codes
    device_id: str
    device_fingerprint: str                    # the KI compares it by phone before enrolling
    requested_at: datetime | None = None       # when the newest enrolment request was written
    requested_to: str = ""                     # where it went
    requested_municipalities: tuple[str, ...] = ()

    def missing(self) -> list[str]:
        """What is still needed before bundles can go out, in words; empty when complete."""
        return [what for what, there in [
            (tr("Schlüssel des KI"), self.ki_fingerprint), (tr("Gerätename"), self.device_name),
            (tr("Kommunen"), self.municipalities), (tr("Ablage"), self.share)] if not there]

    @property
    def needs_new_request(self) -> bool:
        """The municipalities changed since the last enrolment request: the KI refuses figures for a
        municipality it did not enrol the device for, so it needs a new request."""
        return self.requested_at is not None and set(self.requested_municipalities) != set(self.municipalities)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def read_ki_key(path: Path) -> KiPublicKey:
    """The KI's public-key file, read and checked, nothing stored yet: what the case manager compares
    by phone before taking it. KeyFileError (another file, damaged, k too small) or OSError."""
    with open(path, "rb") as f:
        raw = f.read(MAX_KEY_FILE + 1)
    if len(raw) > MAX_KEY_FILE:
        raise KeyFileError(KeyProblem.NOT_A_KI_KEY)
    return KiPublicKey.from_bytes(raw)


def check_share(folder: Path) -> None:
    """ShareUnavailable (worded by app/core/messages.py) unless ``folder`` is there and writable now."""
    probe(Path(folder))


def configure(cw: Casework, *, share: Path | None = None, ki_key: bytes | None = None,
              device_name: str | None = None, municipalities: list[str] | None = None) -> None:
    """Store sync settings; a KI key file is checked before it is taken. Nothing is stored unless
    every value given is valid."""
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
        if not municipalities:
            raise ValidationError("municipalities", tr("Bitte mindestens eine Kommune wählen."))
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


def home_municipality(cw: Casework) -> str | None:
    """The case manager's own municipality (the first by name of those the device serves): the
    default where a form asks for one."""
    own = device_municipalities(cw)
    return min(own, key=lambda code: cw.cat.municipalities.label(code)) if own else None


def enrol_request(cw: Casework) -> bytes:
    device_id, key = device_identity(cw.conn)
    name = _setting(cw, "device_name")
    munis = device_municipalities(cw)
    if not name or not munis:
        raise ValidationError("device_name", tr("Vor der Anmeldung beim KI bitte Gerätenamen und Kommunen festlegen."))
    return EnrolRequest(device_id, name, tuple(munis), signing_public(key)).to_bytes(key)


def enrol_file_name(cw: Casework) -> str:
    """``KIM-Duelmen-1_<device id>.enrol``: the device's name for the KI to recognise, its id so two
    devices of the same name never overwrite each other's request."""
    device_id, _ = device_identity(cw.conn)
    name = _setting(cw, "device_name")
    for umlaut, spelt in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"), ("ß", "ss")):
        name = name.replace(umlaut, spelt)
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    name = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")[:60]
    return f"{name or 'Geraet'}_{device_id}{ENROL_SUFFIX}"


def write_enrol_request(cw: Casework, target: Path | None = None) -> Path:
    """Write this device's signed enrolment request for the KI: to the file ``target``, or into the
    share's folder anmeldung/ (created where missing), where the KI picks it up. Remembers when and
    for which municipalities, so a change of municipalities can ask for a new one."""
    data = enrol_request(cw)
    if target is None:
        share = _setting(cw, "sync_share")
        if not share:
            raise ShareUnavailable(None, Problem.NOT_SET_UP)
        written = deliver(subfolder(Path(share), ENROL_FOLDER), enrol_file_name(cw), data)
    else:
        written = Path(target)
        write_atomically(written, data, mode=0o644)   # public keys only; the KI must be able to read it
    with records.atomic(cw.conn):
        records.set_setting(cw.conn, "enrol_request", json.dumps(
            {"at": _now(), "to": str(written), "municipalities": device_municipalities(cw)}))
        audit.append(cw.conn, "export", "enrol_request", "")
    return written


def setup(cw: Casework) -> SyncSetup:
    ki = ki_key(cw)
    device_id, device_fp = device_fingerprint(cw)
    try:
        requested = json.loads(_setting(cw, "enrol_request") or "{}")
    except ValueError:
        requested = {}
    return SyncSetup(
        share=_setting(cw, "sync_share"), ki_name=ki.name if ki else "", ki_fingerprint=ki.fingerprint if ki else "",
        device_name=_setting(cw, "device_name"), municipalities=tuple(device_municipalities(cw)),
        device_id=device_id, device_fingerprint=device_fp, requested_at=timefmt.parse(requested.get("at", "")),
        requested_to=str(requested.get("to", "")), requested_municipalities=tuple(requested.get("municipalities", ())))


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
    stamp, _, words = _setting(cw, "sync_last_error").partition(" ")   # stored as "<ISO time> <words>"
    at = timefmt.parse(stamp)
    return SyncStatus(
        share=_setting(cw, "sync_share"), ki_fingerprint=ki.fingerprint if ki else "",
        last_success=timefmt.parse(_setting(cw, "sync_last_success")),
        waiting=cw.conn.execute("SELECT count(*) FROM outbox").fetchone()[0],
        waiting_sequence=cw.conn.execute("SELECT coalesce(max(sequence), 0) FROM outbox").fetchone()[0],
        last_error=words if at else f"{stamp} {words}".strip(), last_error_at=at,
    )
