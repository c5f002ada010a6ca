"""Handing persons over to a colleague and receiving them (docs/handover.md): the case file's
handover key and key file, writing a handover, receiving one with its receipt, and confirming a
receipt, which closes the cases and deletes the persons from this case file.

The format lives in sync/handover.py; here are the rules: consent or a legal basis, who is a
colleague (fingerprint confirmed by phone once), persons in a running handover are kept but not
changeable and not counted, a received handover is imported once and in one transaction.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from app.casemanager import appointments, attachments, households, pathways, sync_service
from app.casemanager.casework import Casework, consent_ways
from app.core.identity import device_identity
from app.core.messages import tr
from app.core.validation import ValidationError
from app.core.version import __version__
from storage import audit, records
from storage.atomic import fsync_dir, write_atomically
from sync import handover as fmt
from sync import payload as payloads
from sync.handover import HandoverKey, HandoverRefused, Problem

CLOSURE = "uebergeben"          # closure reason of the handed-over cases
PURPOSE = "uebergabe"           # consent purpose
CASE_NUMBER = re.compile(r"F-(\d{4})-(\d{5})")   # this app's own; a longer number leaves the counter alone


def purpose_label() -> str:
    """The consent purpose as forms and documents name it."""
    return tr("Übergabe an Kolleg*in")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def normalise_fingerprint(text: str | None) -> str:
    """As typed after a phone call: case, spaces and dashes aside."""
    digits = re.sub(r"[^0-9A-F]", "", (text or "").upper())
    return "-".join(digits[i:i + 4] for i in range(0, len(digits), 4))


# -- keys ------------------------------------------------------------------------------------------------
def _handover_key(cw: Casework) -> tuple[bytes, bytes]:
    """(private, public) X25519 handover key, created on first use (also for older case files)."""
    row = cw.conn.execute("SELECT private_key, public_key FROM handover_key WHERE id = 1").fetchone()
    if row:
        return row[0], row[1]
    private, public = fmt.generate_key()
    with records.atomic(cw.conn):
        cw.conn.execute("INSERT INTO handover_key (id, private_key, public_key, created_at) VALUES (1, ?, ?, ?)",
                        (private, public, _now()))
        audit.append(cw.conn, "create", "handover_key", "")
    return private, public


def own_name(cw: Casework) -> str:
    return records.get_setting(cw.conn, "handover_name", "") or records.get_setting(cw.conn, "device_name", "")


def own_key(cw: Casework) -> HandoverKey:
    device_id, signing_key = device_identity(cw.conn)
    return HandoverKey.own(device_id, own_name(cw), signing_key, _handover_key(cw)[1])


def key_file(cw: Casework, name: str | None = None) -> bytes:
    """The public half of this case file's handover key, signed by the device key; ``name`` (how
    colleagues know this case manager) is remembered."""
    _set_name(cw, name)
    _, signing_key = device_identity(cw.conn)
    return own_key(cw).to_bytes(signing_key)


def _set_name(cw: Casework, name: str | None) -> None:
    """Remember ``name`` where given; refuse when there is none at all (colleagues must know who sends)."""
    if name is not None and name.strip():
        with records.atomic(cw.conn):
            records.set_setting(cw.conn, "handover_name", name.strip())
    if not own_name(cw):
        raise ValidationError("name", tr("Bitte einen Namen angeben, unter dem Kolleg*innen Sie erkennen."))


def write_key_file(cw: Casework, target: Path, name: str | None = None) -> tuple[Path, str]:
    """Write the key file (public keys only, readable by others); returns it and its fingerprint."""
    data = key_file(cw, name)
    target = Path(target)
    write_atomically(target, data, mode=0o644)
    cw.casefile.audit("export", "handover_key", "")
    return target, own_key(cw).fingerprint


def read_key_file(path: Path) -> HandoverKey:
    """A colleague's key file, read and checked: HandoverRefused (another file, damaged, not genuine)."""
    with open(path, "rb") as f:
        raw = f.read(fmt.MAX_KEY_FILE + 1)
    return HandoverKey.from_bytes(raw)


def read_handover_file(path: Path) -> bytes:
    """A handover file's bytes, read no further than its size cap (a larger one is refused unread)."""
    with open(path, "rb") as f:
        return f.read(fmt.MAX_FILE + 1)


def read_receipt_file(path: Path) -> bytes:
    with open(path, "rb") as f:
        return f.read(fmt.MAX_RECEIPT + 1)


def write_receipt(receipt: bytes, target: Path) -> Path:
    """A receipt holds no name, but random person ids that stay with a person for life (a route from
    colleague to colleague could be traced): the user's alone, like every file Fallakte writes."""
    write_atomically(Path(target), receipt)
    return Path(target)


def all_person_ids(cw: Casework) -> list[int]:
    """The whole caseload: every person of this case file, oldest first."""
    return [pid for (pid,) in cw.conn.execute("SELECT id FROM person ORDER BY id")]


def colleagues(cw: Casework) -> list[dict]:
    return records.fetch_all(cw.conn, "SELECT fingerprint, name, device_id, added_at FROM colleague ORDER BY name")


def _is_colleague(cw: Casework, fingerprint: str) -> bool:
    return cw.conn.execute("SELECT 1 FROM colleague WHERE fingerprint = ?", (fingerprint,)).fetchone() is not None


def _sender_name(cw: Casework, header: fmt.Header, payload: dict) -> str:
    """The name the sender gives, told apart by the start of its fingerprint where another colleague
    already goes by it: a name is chosen by its owner, so anyone may claim a trusted one."""
    name = payload["sender"]["name"]
    taken = cw.conn.execute("SELECT 1 FROM colleague WHERE lower(name) = lower(?) AND fingerprint != ?",
                            (name, header.sender_fingerprint)).fetchone()
    return f"{name} ({header.sender_fingerprint[:9]})" if taken else name


def _remember(cw: Casework, key: HandoverKey) -> None:
    """Inside the caller's transaction: a colleague whose fingerprint was confirmed, with the newest name."""
    cw.conn.execute("INSERT INTO colleague (fingerprint, name, device_id, ed25519, x25519, added_at) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(fingerprint) DO UPDATE SET name = excluded.name",
                    (key.fingerprint, key.name, key.device_id, key.ed25519, key.x25519, _now()))


def is_confirmed(cw: Casework, key: HandoverKey) -> bool:
    """Whether this colleague's fingerprint was confirmed before (no need to compare it again)."""
    return _is_colleague(cw, key.fingerprint)


# -- state of persons ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Running:
    """A person in a running handover from this case file."""
    handover_id: str
    recipient: str          # the colleague's name
    since: str              # the day it was written


def running(cw: Casework, person_id: int) -> Running | None:
    row = cw.conn.execute(
        "SELECT h.id, c.name, h.handed_on FROM handover_out_person o JOIN handover_out h ON h.id = o.handover_id "
        "JOIN colleague c ON c.fingerprint = h.recipient WHERE o.person_id = ? ORDER BY h.created_at DESC LIMIT 1",
        (person_id,)).fetchone()
    return Running(*row) if row else None


def running_ids(cw: Casework) -> set[int]:
    return {pid for (pid,) in cw.conn.execute("SELECT DISTINCT person_id FROM handover_out_person "
                                              "WHERE person_id IS NOT NULL")}


@dataclass(frozen=True)
class Origin:
    """Where a received person came from."""
    sender: str
    received_at: str
    previous_case_numbers: list[str]
    basis: str


def origin(cw: Casework, person_id: int) -> Origin | None:
    row = cw.conn.execute("SELECT sender_name, received_at, previous_case_numbers, basis FROM person_origin "
                          "WHERE person_id = ?", (person_id,)).fetchone()
    return Origin(row[0], row[1], json.loads(row[2]), row[3]) if row else None


def handovers_waiting(cw: Casework) -> list[dict]:
    """Handovers from this case file whose receipt has not arrived: id, recipient, day, persons."""
    return records.fetch_all(cw.conn, "SELECT h.id, c.name AS recipient, h.handed_on, count(o.uid) AS persons "
                                      "FROM handover_out h JOIN colleague c ON c.fingerprint = h.recipient "
                                      "JOIN handover_out_person o ON o.handover_id = h.id "
                                      "WHERE h.confirmed_at IS NULL GROUP BY h.id ORDER BY h.created_at")


# -- handing over ----------------------------------------------------------------------------------------
def legal_basis(cw: Casework) -> str:
    """The legal basis the county's catalogue names for handovers, or "" (then consent is needed)."""
    entry = cw.cat.closure_reasons.get(CLOSURE)
    return str(entry.extra.get("legal_basis", "")).strip() if entry else ""


def lacking_consent(cw: Casework, person_ids: list[int], on: date | None = None) -> list[str]:
    """Case numbers of persons without a consent to the handover on ``on`` (none where the catalogue
    names a legal basis)."""
    if legal_basis(cw):
        return []
    on = on or cw.today()
    return [cw.person(pid).case_number for pid in person_ids if not cw.has_consent(pid, PURPOSE, on)]


def person_ids_for(cw: Casework, case_numbers: list[str]) -> list[int]:
    return list(dict.fromkeys(cw.person_id_for(n) for n in case_numbers))


@dataclass(frozen=True)
class Written:
    path: Path
    handover_id: str
    persons: int
    recipient: HandoverKey


def write_handover(cw: Casework, person_ids: list[int], recipient: HandoverKey, target: Path,
                   confirmed_fingerprint: str | None = None, sender_name: str | None = None,
                   with_households: bool = False) -> Written:
    """Write one file with these persons, encrypted to ``recipient``, and mark them "Übergabe läuft".

    The recipient's fingerprint must have been confirmed (now, or at an earlier handover); every
    person needs a consent to the handover unless the catalogue names a legal basis; a person in a
    running handover to someone else cannot be handed to a third. ``with_households``: everyone in the
    persons' households goes along."""
    if with_households:
        person_ids = households.with_households(cw, person_ids)
    if not person_ids:
        raise ValidationError("persons", tr("Bitte mindestens einen Fall zum Übergeben wählen."))
    _set_name(cw, sender_name)
    own = own_key(cw)
    if recipient.fingerprint == own.fingerprint:
        raise HandoverRefused(Problem.OWN_KEY)
    if not is_confirmed(cw, recipient) and normalise_fingerprint(confirmed_fingerprint) != recipient.fingerprint:
        raise HandoverRefused(Problem.UNCONFIRMED_RECIPIENT, name=recipient.name, fingerprint=recipient.fingerprint)
    for pid in person_ids:
        cw.person(pid)   # exists
        other = cw.conn.execute("SELECT c.name FROM handover_out_person o JOIN handover_out h ON h.id = o.handover_id "
                                "JOIN colleague c ON c.fingerprint = h.recipient WHERE o.person_id = ? "
                                "AND h.recipient != ?", (pid, recipient.fingerprint)).fetchone()
        if other:
            raise ValidationError("persons", tr("{n} wird bereits an {name} übergeben.").format(
                n=cw.person(pid).case_number, name=other[0]))
    lacking = lacking_consent(cw, person_ids)
    if lacking:
        raise ValidationError("consent", tr(
            "Für die Übergabe fehlt die Einwilligung (Zweck »Übergabe an Kolleg*in«) von {numbers}. Bitte "
            "erfassen; ohne Einwilligung ist eine Übergabe nur möglich, wenn der Kreis im Katalog eine "
            "Rechtsgrundlage nennt.").format(numbers=", ".join(lacking)))
    _release_due(cw)
    basis = legal_basis(cw)
    handover_id = fmt.new_id()
    device_id, signing_key = device_identity(cw.conn)
    _, own_x25519 = _handover_key(cw)
    persons = [_person_payload(cw, pid) for pid in person_ids]
    released = [p for (p,) in cw.conn.execute("SELECT period FROM released ORDER BY period")]
    revised = sorted(int(k[len("revised_"):]) for (k,) in cw.conn.execute(
        "SELECT key FROM meta WHERE key LIKE 'revised_%'"))
    payload = {
        "format": fmt.PAYLOAD_FORMAT, "version": fmt.VERSION, "id": handover_id, "to": recipient.fingerprint,
        "created_at": _now(), "app_version": __version__,
        "sender": {"device": device_id, "name": own.name, "fingerprint": own.fingerprint},
        "basis": {"kind": "rechtsgrundlage", "text": basis} if basis else {"kind": "einwilligung"},
        "counting": {"released": released, "revised": revised},
        "persons": persons,
    }
    sealed = fmt.seal(payload, handover_id=handover_id, signing_key=signing_key, sender_x25519=own_x25519,
                      recipient=recipient)
    if len(sealed) > fmt.MAX_FILE:   # the colleague's Fallakte would refuse it unread
        raise ValidationError("persons", tr(
            "Diese Übergabe wäre {size} groß, mehr als die {limit}, die eine Übergabedatei haben darf (vor allem "
            "Dokumente). Bitte weniger Personen auf einmal übergeben.").format(
            size=attachments.megabytes(len(sealed)), limit=attachments.megabytes(fmt.MAX_FILE)))
    if len(persons) > fmt.MAX_PERSONS:   # the colleague's Fallakte would refuse it
        raise ValidationError("persons", tr("Eine Übergabe kann höchstens {n} Personen enthalten. Bitte in mehreren "
                                            "Übergaben übergeben.").format(n=fmt.MAX_PERSONS))
    target = Path(target)
    # The file gets its name only once the handover is recorded: a crash in between leaves a hidden
    # partial file and a handover to withdraw, never a file the sender knows nothing of (found by a
    # fresh-eyes attack).
    partial = target.with_name(f".{target.name}.tmp")
    write_atomically(partial, sealed, partial=target.with_name(f".{target.name}.tmp.tmp"))   # owner only
    try:
        _record_handover(cw, recipient, handover_id, person_ids, persons)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    try:
        os.replace(partial, target)
        fsync_dir(target.parent)
    except OSError:
        withdraw(cw, handover_id)
        partial.unlink(missing_ok=True)
        raise
    cw.undo_stack.clear()
    return Written(target, handover_id, len(persons), recipient)


def _record_handover(cw: Casework, recipient: HandoverKey, handover_id: str, person_ids: list[int],
                     persons: list[dict]) -> None:
    with records.atomic(cw.conn):
        _remember(cw, recipient)
        cw.conn.execute("INSERT INTO handover_out (id, recipient, created_at, handed_on, persons) VALUES (?, ?, ?, ?, ?)",
                        (handover_id, recipient.fingerprint, _now(), cw.today().isoformat(), len(persons)))
        for pid, person in zip(person_ids, persons):
            cw.conn.execute("INSERT INTO handover_out_person (handover_id, person_id, uid) VALUES (?, ?, ?)",
                            (handover_id, pid, person["uid"]))
            audit.append(cw.conn, "handover", "person", pid)
        audit.append(cw.conn, "export", "handover", handover_id)


def withdraw(cw: Casework, handover_id: str) -> int:
    """Take back a running handover whose file will not be received (lost, or the colleague gone): its
    persons are changeable, counted and free to hand over here again; returns how many. A receipt for
    it that turns up later is refused. If the colleague did receive the file, the persons are then in
    both case files: the window and the command line say so before."""
    row = cw.conn.execute("SELECT confirmed_at, withdrawn_at FROM handover_out WHERE id = ?", (handover_id,)).fetchone()
    if row is None:
        raise ValidationError("handover", tr("Diese Übergabe gibt es in dieser Falldatei nicht."))
    if row[0] is not None or row[1] is not None:
        raise ValidationError("handover", tr("Diese Übergabe ist schon abgeschlossen oder zurückgenommen."))
    with records.atomic(cw.conn):
        freed = cw.conn.execute("DELETE FROM handover_out_person WHERE handover_id = ?", (handover_id,)).rowcount
        cw.conn.execute("UPDATE handover_out SET withdrawn_at = ? WHERE id = ?", (_now(), handover_id))
        audit.append(cw.conn, "withdraw", "handover", handover_id)
    return freed


def _release_due(cw: Casework) -> None:
    """Release what is due before writing, so the file says exactly which periods this laptop's frozen
    figures hold (docs/handover.md, *Counts*). Only where sync is set up; the bundle waits in the outbox."""
    if sync_service.ki_key(cw) is not None and sync_service.device_municipalities(cw):
        sync_service.build_bundle(cw)


PERSON_COLUMNS = ("case_number", "record_key", "family_name", "given_names", "birth_date", "gender", "nationality",
                  "languages", "municipality", "address", "phone", "email", "accompanied_by", "in_germany_since",
                  "note")
AUDITED = ("person", "support_case", "contact", "goal", "referral", "consent", "residence_status", "case_intensity",
           "pathway_check", "first_contact", "appointment", "attachment")
CONSENT_COLUMNS = ("purpose", "partner", "given_on", "withdrawn_on", "given_how", "language", "interpreted", "informed")
GOAL_COLUMNS = ("text", "life_area", "target_date", "status", "responsible")
STATUS_COLUMNS = ("status", "since", "applied_on", "decided_on", "note", "valid_until", "applied_for")
CHECK_COLUMNS = ("pathway", "condition", "proven_on", "due_on")
STATES = (appointments.PLANNED, appointments.HELD, appointments.FAILED, appointments.CANCELLED)
APPOINTMENT_COLUMNS = ("day", "start", "minutes", "place", "with_whom", "channel", "topic", "note", "interpreter_language",
                       "interpreter_provider", "interpreter_minutes", "interpreter_cost_cents", "state", "reason")


def _rows(cw: Casework, sql: str, params: tuple, columns: tuple[str, ...]) -> list[dict]:
    return [{c: row[c] for c in columns} for row in records.fetch_all(cw.conn, sql, params)]


def _person_payload(cw: Casework, pid: int) -> dict:
    """Everything about one person, as the format carries it (ids stay behind)."""
    person = records.fetch(cw.conn, "person", pid)
    own_origin = cw.conn.execute("SELECT previous_case_numbers, final_years, frozen_periods FROM person_origin "
                                 "WHERE person_id = ?", (pid,)).fetchone()
    cases, ids = [], {"person": [pid], "support_case": [], "contact": [], "goal": [], "referral": [],
                      "consent": [], "residence_status": [], "case_intensity": []}
    checks = records.fetch_all(cw.conn, "SELECT * FROM pathway_check WHERE person_id = ? ORDER BY id", (pid,))
    first_contacts = records.fetch_all(cw.conn, "SELECT * FROM first_contact WHERE person_id = ? ORDER BY id", (pid,))
    dates = records.fetch_all(cw.conn, "SELECT * FROM appointment WHERE person_id = ? ORDER BY id", (pid,))
    ids.update(pathway_check=[c["id"] for c in checks], first_contact=[c["id"] for c in first_contacts],
               appointment=[a["id"] for a in dates], attachment=[a.id for a in attachments.of_person(cw, pid)])
    for case in cw.cases_of(pid):
        cid = case["id"]
        ids["support_case"].append(cid)
        contacts = cw.contacts(cid)
        goals, referrals, intensities = cw.goals(cid), cw.referrals(cid), cw.intensities(cid)
        ids["contact"] += [c["id"] for c in contacts]
        ids["goal"] += [g["id"] for g in goals]
        ids["referral"] += [r["id"] for r in referrals]
        ids["case_intensity"] += [i["id"] for i in intensities]
        cases.append({
            "opened_on": case["opened_on"], "closed_on": case["closed_on"], "intensity": case["intensity"],
            "closure_reason": case["closure_reason"],
            "phases": _rows(cw, "SELECT phase, since FROM case_phase WHERE case_id = ? ORDER BY since, id", (cid,),
                            ("phase", "since")),
            "intensities": [{"intensity": i["intensity"], "since": i["since"]} for i in intensities],
            "goals": [{k: g[k] for k in GOAL_COLUMNS} for g in goals],
            "contacts": [{k: c[k] for k in ("date", "minutes", "channel", "interpreter_language", "interpreter_minutes",
                                            "interpreter_cost_cents", "notes", "topics")} for c in contacts],
            "referrals": [dict({k: r[k] for k in ("partner", "date", "status", "outcome", "follow_up_on", "note")},
                               discloses_data=bool(r["discloses_data"])) for r in referrals],
        })
    statuses = cw.status_history(pid)
    consents = records.fetch_all(cw.conn, "SELECT * FROM consent WHERE person_id = ? ORDER BY id", (pid,))
    ids["residence_status"] = [s["id"] for s in statuses]
    ids["consent"] = [c["id"] for c in consents]
    trail = []
    for entity in AUDITED:
        if ids[entity]:
            trail += records.fetch_all(cw.conn, f"SELECT seq, at, actor, action, entity FROM audit_log WHERE entity = ? "
                                                f"AND entity_id IN ({','.join('?' * len(ids[entity]))})",
                                       (entity, *map(str, ids[entity])))
    history = _rows(cw, "SELECT at, actor, action, entity FROM handover_audit WHERE person_id = ? ORDER BY id", (pid,),
                    ("at", "actor", "action", "entity"))
    final, frozen = (set(json.loads(own_origin[1])), set(json.loads(own_origin[2]))) if own_origin else (set(), set())
    return dict(
        {c: person[c] for c in PERSON_COLUMNS}, uid=person["uid"], created_at=person["created_at"][:10],
        previous_case_numbers=json.loads(own_origin[0]) if own_origin else [],
        residence_status=[{k: s[k] for k in STATUS_COLUMNS} for s in statuses],
        pathway_checks=[{k: c[k] for k in CHECK_COLUMNS} for c in checks],
        first_contacts=[dict(date=c["date"], minutes=c["minutes"], channel=c["channel"],
                             topics=[t for t in c["topics"].split(",") if t],
                             consent_requested=bool(c["consent_requested"])) for c in first_contacts],
        # Without the contact a held one became: the contact travels with its case (ids stay behind).
        appointments=[dict({k: a[k] for k in APPOINTMENT_COLUMNS}, interpreter_booked=bool(a["interpreter_booked"]))
                      for a in dates],
        consents=[dict({k: c[k] for k in CONSENT_COLUMNS}, interpreted=bool(c["interpreted"]),
                       informed=None if c["informed"] is None else bool(c["informed"])) for c in consents],
        attachments=_attachments(cw, pid, ids["contact"], ids["consent"]),
        cases=cases,
        audit=[{k: e[k] for k in ("at", "actor", "action", "entity")} for e in sorted(trail, key=lambda e: e["seq"])],
        history=history,
        counted_elsewhere={"final_years": sorted(final), "frozen": sorted(frozen)},
        household=_household(cw, pid),
    )


def _attachments(cw: Casework, pid: int, contact_ids: list[int], consent_ids: list[int]) -> list[dict]:
    """The person's documents, each with the contact or consent it belongs to as its place among the
    person's contacts (all cases, in the file's order) or consents: ids mean nothing elsewhere."""
    contact_at, consent_at = {cid: i for i, cid in enumerate(contact_ids)}, {cid: i for i, cid in enumerate(consent_ids)}
    rows = attachments.handover_rows(cw, pid)
    for row in rows:
        row["contact_id"], row["consent_id"] = contact_at.get(row["contact_id"]), consent_at.get(row["consent_id"])
    return rows


def _household(cw: Casework, pid: int) -> dict | None:
    row = cw.conn.execute("SELECT h.uid, m.role FROM household_member m JOIN household h ON h.id = m.household_id "
                          "WHERE m.person_id = ?", (pid,)).fetchone()
    return {"id": row[0], "role": row[1]} if row else None


# -- receiving -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Arriving:
    """One person of a handover, as the receiving case manager sees it before importing."""
    uid: str
    case_number: str                    # as it will be here
    sent_as: str                        # as the sender had it
    family_name: str
    given_names: str
    cases: int
    contacts: int
    open_case: bool
    already_here: bool                  # received before: not imported again


@dataclass(frozen=True)
class Arrival:
    handover_id: str
    sender: str
    sender_fingerprint: str
    created_at: str
    basis: str                          # "" (consent) or the legal basis the sender's county names
    persons: list[Arriving] = field(default_factory=list)
    already_received: bool = False

    @property
    def new_persons(self) -> int:
        return sum(not p.already_here for p in self.persons)


def _open(cw: Casework, data: bytes, fingerprint: str | None) -> tuple[fmt.Header, dict]:
    private, _ = _handover_key(cw)
    wanted = normalise_fingerprint(fingerprint)
    return fmt.open_sealed(data, private_x25519=private, own_fingerprint=own_key(cw).fingerprint,
                           trusted=lambda fp: fp == wanted or _is_colleague(cw, fp))


CATALOGUED = (("municipality", "municipalities", lambda: tr("Wohnort")), ("gender", "genders", lambda: tr("Geschlecht")))


def _require(cw: Casework, catalogue: str, code: str | None, what: str) -> None:
    if code is not None and code not in cw.cat.by_name[catalogue].codes():
        raise HandoverRefused(Problem.UNKNOWN_CODE, code=code, what=what)


def _require_contact(cw: Casework, contact: dict) -> None:
    """A contact or a Zugangskontakt: its channel and topics."""
    _require(cw, "channels", contact["channel"], tr("Kontaktart"))
    for topic in contact["topics"]:
        _require(cw, "topics", topic, tr("Thema"))


def _check_codes(cw: Casework, person: dict) -> None:
    """Every code must be one of this case file's catalogues: another county's codes are refused by name."""
    _require(cw, "municipalities", person["municipality"], tr("Wohnort"))
    _require(cw, "genders", person["gender"], tr("Geschlecht"))
    for s in person["residence_status"]:
        _require(cw, "residence_status", s["status"], tr("Aufenthaltsstatus"))
        _require(cw, "residence_status", s["applied_for"], tr("Aufenthaltsstatus"))
    for c in person["pathway_checks"]:
        if c["pathway"] not in pathways.PATHWAYS:
            raise HandoverRefused(Problem.UNKNOWN_CODE, code=c["pathway"], what=tr("Bleiberecht"))
        _require(cw, "pathway_conditions", c["condition"], tr("Voraussetzung"))
    for c in person["first_contacts"]:
        _require_contact(cw, c)
    for a in person["appointments"]:
        _require(cw, "channels", a["channel"], tr("Kontaktart"))
        _require(cw, "topics", a["topic"], tr("Thema"))
        if a["interpreter_language"]:
            _require(cw, "languages", a["interpreter_language"], tr("Sprache"))
        if a["state"] not in STATES or (a["reason"] is not None and a["reason"] not in {
                code for state in STATES for code, _ in appointments.reasons(state)}):
            raise HandoverRefused(Problem.MALFORMED, "appointments.state")
    for c in person["consents"]:
        _require(cw, "partners", c["partner"], tr("Empfänger der Weitergabe"))
        if (c["purpose"] == "weitergabe") != (c["partner"] is not None):
            raise HandoverRefused(Problem.MALFORMED, "consents.partner")
        if c["given_how"] is not None and c["given_how"] not in dict(consent_ways()):
            raise HandoverRefused(Problem.UNKNOWN_CODE, code=c["given_how"], what=tr("Art der Einwilligung"))
    for case in person["cases"]:
        _require(cw, "intensities", case["intensity"], tr("Intensität"))
        _require(cw, "closure_reasons", case["closure_reason"], tr("Abschlussgrund"))
        for ph in case["phases"]:
            _require(cw, "phases", ph["phase"], tr("Prozessphase"))
        for i in case["intensities"]:
            _require(cw, "intensities", i["intensity"], tr("Intensität"))
        for g in case["goals"]:
            _require(cw, "topics", g["life_area"], tr("Lebensbereich"))
            _require(cw, "goal_status", g["status"], tr("Stand des Ziels"))
        for c in case["contacts"]:
            _require_contact(cw, c)
        for r in case["referrals"]:
            _require(cw, "partners", r["partner"], tr("Partner"))
            _require(cw, "referral_status", r["status"], tr("Stand der Verweisung"))
            _require(cw, "referral_outcomes", r["outcome"], tr("Ergebnis der Verweisung"))
        if case["closed_on"] is not None and case["closed_on"] < case["opened_on"]:
            raise HandoverRefused(Problem.MALFORMED, "cases.closed_on")
    if person["household"] is not None and person["household"]["role"] not in households.ROLES:
        raise HandoverRefused(Problem.UNKNOWN_CODE, code=person["household"]["role"], what=tr("Rolle im Haushalt"))
    if sum(case["closed_on"] is None for case in person["cases"]) > 1:
        raise HandoverRefused(Problem.MALFORMED, "cases: more than one open")


def _case_number_here(cw: Casework, wanted: str, taken: set[str]) -> str:
    """The sender's case number where this case file does not use it (nor another arriving person),
    else a new one from this case file's counter."""
    if wanted not in taken and not cw.conn.execute("SELECT 1 FROM person WHERE case_number = ?", (wanted,)).fetchone():
        return wanted
    year = cw.today().year
    while True:
        number = f"F-{year}-{records.next_sequence(cw.conn, f'case_number_{year}'):05d}"
        if number not in taken and not cw.conn.execute("SELECT 1 FROM person WHERE case_number = ?",
                                                       (number,)).fetchone():
            return number


def _keep_sequence_ahead(cw: Casework, number: str) -> None:
    """An imported F-2026-00042 moves this case file's counter for 2026 past 42, so it never hands out
    that number again."""
    match = CASE_NUMBER.fullmatch(number)
    if not match:
        return
    key = f"seq_case_number_{match.group(1)}"
    row = cw.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    if row is None or int(row[0]) < int(match.group(2)):
        cw.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                        (key, str(int(match.group(2)))))


def _arrival(cw: Casework, header: fmt.Header, payload: dict, numbers: dict[str, str] | None = None,
             before: Arrival | None = None) -> Arrival:
    """What arrives; ``before``: as it stood before importing (which persons were here already)."""
    if before is not None:
        return Arrival(**dict(before.__dict__, persons=[
            Arriving(**dict(p.__dict__, case_number=(numbers or {}).get(p.uid, p.case_number))) for p in before.persons]))
    already = _received(cw, header) is not None
    here = {uid for (uid,) in cw.conn.execute(
        f"SELECT uid FROM person WHERE uid IN ({','.join('?' * len(payload['persons']))})",
        tuple(p["uid"] for p in payload["persons"]))} if payload["persons"] else set()
    basis = payload["basis"]
    persons = [Arriving(p["uid"], (numbers or {}).get(p["uid"], p["case_number"]), p["case_number"], p["family_name"],
                        p["given_names"], len(p["cases"]), sum(len(c["contacts"]) for c in p["cases"]),
                        any(c["closed_on"] is None for c in p["cases"]), p["uid"] in here)
               for p in payload["persons"]]
    return Arrival(header.handover_id, _sender_name(cw, header, payload), header.sender_fingerprint, payload["created_at"],
                   basis.get("text", "") if basis["kind"] == "rechtsgrundlage" else "", persons, already)


def preview(cw: Casework, data: bytes, fingerprint: str | None = None) -> Arrival:
    """What a handover file brings, checked as for receiving; nothing is changed. HandoverRefused
    (UNKNOWN_SENDER names the fingerprint to compare) otherwise."""
    header, payload = _open(cw, data, fingerprint)
    for person in payload["persons"]:
        _check_codes(cw, person)
    with records.rolled_back(cw.conn):   # the numbers a real import would give
        numbers = _import_persons(cw, header, payload, dry=True) if not _received(cw, header) else {}
    return _arrival(cw, header, payload, numbers)


def _check_counting(cw: Casework, payload: dict) -> None:
    """What the sender released or revised lies in the past: a period still to come, or a year not yet
    over, would keep this case file from ever counting the persons in it (found by a fresh-eyes attack)."""
    this_month, this_year = cw.today().isoformat()[:7], cw.today().year
    periods = list(payload["counting"]["released"]) + [q for p in payload["persons"]
                                                        for q in p["counted_elsewhere"]["frozen"]]
    years = list(payload["counting"]["revised"]) + [y for p in payload["persons"]
                                                     for y in p["counted_elsewhere"]["final_years"]]
    if any(payloads.last_month(period) >= this_month for period in periods) or any(y >= this_year for y in years):
        raise HandoverRefused(Problem.MALFORMED, "counting")


def _refuse_stale(cw: Casework, header: fmt.Header, payload: dict) -> None:
    """A file written before another one from the same sender with the same person, received already,
    is out of date (a lost file that turned up after the person was handed on): taking it would
    bring back old data and keep the person in two case files (found by a fresh-eyes attack)."""
    uids = {p["uid"] for p in payload["persons"]}
    for created_at, held in cw.conn.execute(
            "SELECT created_at, uids FROM handover_in WHERE sender = ? AND created_at > ?",
            (header.sender_fingerprint, payload["created_at"])):
        later = uids & set(json.loads(held or "[]"))
        if later:
            number = next(p["case_number"] for p in payload["persons"] if p["uid"] in later)
            raise ValidationError("persons", tr(
                "Diese Übergabe von {name} ist älter als eine schon empfangene vom {day} mit {n}: sie ist überholt "
                "und wird nicht übernommen.").format(name=_sender_name(cw, header, payload), n=number,
                                                      day=f"{created_at[8:10]}.{created_at[5:7]}.{created_at[:4]}"))


def _received(cw: Casework, header: fmt.Header) -> bytes | None:
    """The receipt given for this handover, if it came before. By id and sender: the id can be read
    off the file, and another colleague's file under the same id must not pass for it."""
    row = cw.conn.execute("SELECT receipt FROM handover_in WHERE id = ? AND sender = ?",
                          (header.handover_id, header.sender_fingerprint)).fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class Received:
    arrival: Arrival
    receipt: bytes


def receive(cw: Casework, data: bytes, fingerprint: str | None = None) -> Received:
    """Verify, import in one transaction and return the signed receipt. The same handover again
    changes nothing and gives the same receipt."""
    header, payload = _open(cw, data, fingerprint)
    earlier = _received(cw, header)
    if earlier is not None:
        return Received(_arrival(cw, header, payload), earlier)
    for person in payload["persons"]:
        _check_codes(cw, person)
    _refuse_stale(cw, header, payload)
    _check_counting(cw, payload)
    before = _arrival(cw, header, payload)
    _, signing_key = device_identity(cw.conn)
    sender = HandoverKey(payload["sender"]["device"], _sender_name(cw, header, payload), header.sender_ed25519,
                         header.sender_x25519)
    received_at = _now()
    with records.atomic(cw.conn):
        numbers = _import_persons(cw, header, payload)
        receipt = fmt.make_receipt(handover_id=header.handover_id, signer_fingerprint=own_key(cw).fingerprint,
                                   sender_fingerprint=header.sender_fingerprint,
                                   uids=[p["uid"] for p in payload["persons"]], received_at=received_at,
                                   signing_key=signing_key)
        _remember(cw, sender)
        cw.conn.execute("INSERT INTO handover_in (id, sender, received_at, persons, receipt, created_at, uids) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (header.handover_id, header.sender_fingerprint, received_at, len(payload["persons"]), receipt,
                         payload["created_at"], json.dumps([p["uid"] for p in payload["persons"]])))
        audit.append(cw.conn, "receive", "handover", header.handover_id)
    cw.undo_stack.clear()
    return Received(_arrival(cw, header, payload, numbers, before), receipt)


def _import_persons(cw: Casework, header: fmt.Header, payload: dict, dry: bool = False) -> dict[str, str]:
    """Inside the caller's transaction: every person not yet here; returns uid -> case number here."""
    counting = payload["counting"]
    numbers, taken = {}, set()
    running_uids = {uid for (uid,) in cw.conn.execute("SELECT uid FROM handover_out_person WHERE person_id IS NOT NULL")}
    basis = payload["basis"].get("text", "") if payload["basis"]["kind"] == "rechtsgrundlage" else ""
    arriving = [p for p in payload["persons"]
                if not cw.conn.execute("SELECT 1 FROM person WHERE uid = ?", (p["uid"],)).fetchone()]
    for p in arriving:   # the counters move past every arriving number first: none is handed out twice
        _keep_sequence_ahead(cw, p["case_number"])
    kept = {p["case_number"] for p in arriving
            if not cw.conn.execute("SELECT 1 FROM person WHERE case_number = ?", (p["case_number"],)).fetchone()}
    for p in payload["persons"]:
        if p["uid"] in running_uids:
            raise ValidationError("persons", tr(
                "{n} liegt in dieser Falldatei noch in einer laufenden Übergabe. Bitte zuerst deren Quittung "
                "einlesen, dann diese Übergabe noch einmal empfangen.").format(n=p["case_number"]))
        existing = cw.conn.execute("SELECT case_number FROM person WHERE uid = ?", (p["uid"],)).fetchone()
        if existing and not cw.conn.execute(
                "SELECT 1 FROM person p JOIN person_origin o ON o.person_id = p.id JOIN handover_in h "
                "ON h.id = o.handover_id WHERE p.uid = ? AND h.sender = ?", (p["uid"], header.sender_fingerprint)).fetchone():
            # Here already, but not from this sender: the sender would delete the person on the receipt while
            # this file keeps another record under the same id (found by a fresh-eyes attack).
            raise ValidationError("persons", tr(
                "{n} gibt es in dieser Falldatei schon, aber nicht aus einer Übergabe von {name}. Es wurde nichts "
                "übernommen; bitte mit der Kollegin oder dem Kollegen klären.").format(
                n=existing[0], name=_sender_name(cw, header, payload)))
        if existing:
            numbers[p["uid"]] = existing[0]
            continue
        number = p["case_number"] if p["case_number"] in kept and p["case_number"] not in taken else \
            _case_number_here(cw, p["case_number"], taken | kept)
        taken.add(number)
        numbers[p["uid"]] = number
        if dry:
            continue
        previous = [n for n in p["previous_case_numbers"] + [p["case_number"]] if n != number]
        pid = records.insert(cw.conn, "person", uid=p["uid"], created_at=p["created_at"], case_number=number,
                             **{c: p[c] for c in PERSON_COLUMNS if c != "case_number"})
        final = set(p["counted_elsewhere"]["final_years"]) | set(counting["revised"])
        frozen = {q for q in set(p["counted_elsewhere"]["frozen"]) | set(counting["released"]) if int(q[:4]) not in final}
        records.insert(cw.conn, "person_origin", person_id=pid, handover_id=header.handover_id,
                       sender_name=_sender_name(cw, header, payload), received_at=_now(),
                       previous_case_numbers=json.dumps(list(dict.fromkeys(previous))), basis=basis,
                       final_years=json.dumps(sorted(final)), frozen_periods=json.dumps(sorted(frozen)))
        for s in p["residence_status"]:
            records.insert(cw.conn, "residence_status", person_id=pid, **s)
        consent_ids = [records.insert(cw.conn, "consent", person_id=pid, **dict(
            c, interpreted=int(c["interpreted"]), informed=None if c["informed"] is None else int(c["informed"])))
            for c in p["consents"]]
        contact_ids = []
        for c in p["pathway_checks"]:
            records.insert(cw.conn, "pathway_check", person_id=pid, **c)
        for c in p["first_contacts"]:
            records.insert(cw.conn, "first_contact", person_id=pid, **dict(
                c, topics=",".join(c["topics"]), consent_requested=int(c["consent_requested"])))
        for a in p["appointments"]:
            records.insert(cw.conn, "appointment", person_id=pid, **dict(
                a, interpreter_booked=int(a["interpreter_booked"])))
        for case in p["cases"]:
            cid = records.insert(cw.conn, "support_case", person_id=pid,
                                 **{k: case[k] for k in ("opened_on", "closed_on", "intensity", "closure_reason")})
            for ph in case["phases"]:
                records.insert(cw.conn, "case_phase", case_id=cid, **ph)
            for i in case["intensities"]:
                records.insert(cw.conn, "case_intensity", case_id=cid, **i)
            for g in case["goals"]:
                records.insert(cw.conn, "goal", case_id=cid, **g)
            for c in case["contacts"]:
                contact_id = records.insert(cw.conn, "contact", case_id=cid,
                                            **{k: v for k, v in c.items() if k != "topics"})
                contact_ids.append(contact_id)
                for topic in sorted(set(c["topics"])):
                    records.insert(cw.conn, "contact_topic", contact_id=contact_id, topic=topic)
                cw.conn.execute("INSERT INTO contact_received (contact_id) VALUES (?)", (contact_id,))
            for r in case["referrals"]:
                records.insert(cw.conn, "referral", case_id=cid, **dict(r, discloses_data=int(r["discloses_data"])))
        attachments.take_over(cw, pid, p["attachments"], dict(enumerate(contact_ids)), dict(enumerate(consent_ids)))
        for e in p["history"] + p["audit"]:
            records.insert(cw.conn, "handover_audit", person_id=pid, **e)
        if p["household"]:
            _join_household(cw, pid, p["household"])
        cw._reindex_now(pid)
        audit.append(cw.conn, "create", "person", pid)
    return numbers


def _join_household(cw: Casework, pid: int, household: dict) -> None:
    """Inside the import: the household with this uid (created where it is not here yet)."""
    row = cw.conn.execute("SELECT id FROM household WHERE uid = ?", (household["id"],)).fetchone()
    household_id = row[0] if row else cw.conn.execute("INSERT INTO household (uid, created_at) VALUES (?, ?)",
                                                      (household["id"], cw.today().isoformat())).lastrowid
    cw.conn.execute("INSERT INTO household_member (person_id, household_id, role) VALUES (?, ?, ?)",
                    (pid, household_id, household["role"]))


# -- confirming ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Confirmed:
    handover_id: str
    recipient: str
    closed: int             # open cases closed as "übergeben"
    deleted: int            # persons deleted from this case file
    already: bool           # the receipt had been read before: nothing changed


def confirm(cw: Casework, data: bytes) -> Confirmed:
    """Read a receipt: for every person it names, close an open case as "übergeben" on the day of the
    handover and delete everything about them (as privacy.delete_person does). Once per handover."""
    handover_id = fmt.receipt_handover(data)
    row = cw.conn.execute("SELECT h.handed_on, h.confirmed_at, c.ed25519, c.fingerprint, c.name FROM handover_out h "
                          "JOIN colleague c ON c.fingerprint = h.recipient WHERE h.id = ?", (handover_id,)).fetchone()
    if row is None:
        raise HandoverRefused(Problem.RECEIPT_UNKNOWN)
    handed_on, confirmed_at, ed25519, recipient_fp, recipient = row
    withdrawn = cw.conn.execute("SELECT withdrawn_at FROM handover_out WHERE id = ?", (handover_id,)).fetchone()[0]
    body = fmt.open_receipt(data, signer_ed25519=ed25519, signer_fingerprint=recipient_fp,
                            own_fingerprint=own_key(cw).fingerprint)
    rows = cw.conn.execute("SELECT uid, person_id FROM handover_out_person WHERE handover_id = ?",
                           (handover_id,)).fetchall()
    if confirmed_at is not None:
        return Confirmed(handover_id, recipient, 0, 0, True)
    if withdrawn is not None:
        raise ValidationError("receipt", tr(
            "Diese Übergabe wurde am {day} zurückgenommen; die Personen sind hier geblieben. {name} hat sie aber "
            "übernommen: bitte klären, wer sie weiter begleitet, und die Daten in der anderen Falldatei "
            "löschen.").format(day=withdrawn[8:10] + "." + withdrawn[5:7] + "." + withdrawn[:4], name=recipient))
    if set(body["persons"]) - {uid for uid, _ in rows}:
        raise HandoverRefused(Problem.RECEIPT_FOREIGN)
    if len(body["persons"]) != len(rows) or set(body["persons"]) != {uid for uid, _ in rows}:
        # Only a receipt for everyone closes a handover: persons left out would be counted and kept on
        # both sides, or could be handed to a third colleague (found by a fresh-eyes attack).
        raise HandoverRefused(Problem.RECEIPT_INCOMPLETE, named=len(set(body["persons"])), sent=len(rows))
    ours = {uid: pid for uid, pid in rows if pid is not None}
    closed = deleted = 0
    with records.atomic(cw.conn):
        for uid in body["persons"]:
            pid = ours.get(uid)
            if pid is None:
                continue   # deleted already, through the receipt of another handover with the same person
            own_time = cw.conn.execute(
                "SELECT c.date, sum(c.minutes) FROM contact c JOIN support_case s ON s.id = c.case_id "
                "WHERE s.person_id = ? AND c.id NOT IN (SELECT contact_id FROM contact_received) GROUP BY c.date",
                (pid,)).fetchall()
            for day, minutes in own_time:   # the work stays this case manager's, without the person
                cw.conn.execute("INSERT INTO time_entry (date, minutes, kind, note) VALUES (?, ?, 'einzelfall', '')",
                                (day, minutes))
            for (case_id,) in cw.conn.execute("SELECT id FROM support_case WHERE person_id = ? AND closed_on IS NULL",
                                              (pid,)).fetchall():
                cw.conn.execute("UPDATE support_case SET closed_on = max(opened_on, ?), closure_reason = ? WHERE id = ?",
                                (handed_on, CLOSURE, case_id))
                cw.conn.execute("INSERT INTO case_phase (case_id, phase, since) SELECT id, 'abschluss', closed_on "
                                "FROM support_case WHERE id = ?", (case_id,))
                audit.append(cw.conn, "close", "support_case", case_id)
                closed += 1
            household = households.household_of(cw, pid)
            records.delete_search_document(cw.conn, pid)
            cw.conn.execute("DELETE FROM person WHERE id = ?", (pid,))   # cascades to every record about them
            if household is not None:
                households.dissolve_if_alone(cw.conn, household)
            audit.append(cw.conn, f"delete:{CLOSURE}", "person", pid)
            deleted += 1
        cw.conn.execute("UPDATE handover_out SET confirmed_at = ? WHERE id = ?", (_now(), handover_id))
        cw.conn.execute("DELETE FROM handover_out_person WHERE handover_id = ?", (handover_id,))
        audit.append(cw.conn, "confirm", "handover", handover_id)
    cw.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    cw.undo_stack.clear()
    return Confirmed(handover_id, recipient, closed, deleted, False)

