"""Casework use cases: persons, residence status, cases and their phases, goals, contacts,
referrals and consent. Every rule is checked here before anything is written, and every write is
recorded in the audit log (ids and action only). The CLI and the UI call these, nothing else.
"""

from __future__ import annotations

import contextlib
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Callable, Iterator

from app.casemanager import cellkey, search_text
from app.casemanager.chancen import ChancenWindow, EligibilityHint, StatusEntry, eligibility_hint, window
from app.core import catalogues as catalogue_data
from app.core.catalogues import Catalogues
from app.core.messages import tr
from app.core.validation import ValidationError, not_before, not_in_future, parse_date, required_text, whole_number
from storage import audit, lists, records
from storage.lists import PersonFilter
from storage.store import EncryptedStore

MAX_CONTACT_MINUTES = 12 * 60


class ConsentRequired(ValidationError):
    """A referral would pass personal data to a partner without a consent for that disclosure."""


@dataclass
class Person:
    family_name: str
    given_names: str
    municipality: str
    gender: str = "x"
    birth_date: str | None = None          # "1990-05-03", "03.05.1990" or just "1990"
    nationality: str = ""
    languages: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    accompanied_by: str = ""               # another service already accompanying the person
    in_germany_since: str | date | None = None
    id: int | None = None
    case_number: str = ""


@dataclass
class Contact:
    date: str | date
    minutes: int
    channel: str
    topics: list[str]
    notes: str = ""
    interpreter_language: str = ""
    interpreter_minutes: int = 0
    interpreter_cost: str | Decimal = "0"   # euros, "45,50" or "45.50"


@dataclass
class Referral:
    partner: str
    date: str | date
    discloses_data: bool
    status: str = "angefragt"
    outcome: str | None = None
    follow_up_on: str | date | None = None
    note: str = ""


@dataclass
class Settings:
    reminder_months: tuple[int, ...] = (6, 3, 1)
    retention_months: int = 36
    answer_days: int = 14                  # a referral without an answer for this long is flagged


MIN_RETENTION_MONTHS = 24


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _birth_date(value: str | None) -> str | None:
    """Full date or year only; stored as ISO date or 'YYYY'."""
    text = (value or "").strip()
    if not text:
        return None
    if text.isdigit() and len(text) == 4:
        return text
    return parse_date(text, "birth_date", tr("Geburtsdatum")).isoformat()


def _money_cents(value: str | Decimal, field_name: str, label: str) -> int:
    try:
        amount = Decimal(str(value).replace(",", ".").strip() or "0")
    except InvalidOperation:
        raise ValidationError(field_name, tr("{label}: »{value}« ist kein Betrag.").format(label=label, value=value)) from None
    if amount < 0:
        raise ValidationError(field_name, tr("{label} darf nicht negativ sein.").format(label=label))
    return int((amount * 100).quantize(Decimal("1")))


class Casework:
    """The use cases on an open case file. ``today`` is injectable so rules about dates are testable."""

    def __init__(self, casefile: EncryptedStore, catalogues: Catalogues | None = None,
                 today: Callable[[], date] = date.today) -> None:
        self.casefile = casefile
        self.conn = casefile.conn
        self.cat = catalogues or catalogue_data.default()
        self.today = today
        self._deferred_index: set[int] | None = None

    # -- plumbing ----------------------------------------------------------------------------------
    def _write(self):
        return records.atomic(self.conn)

    def _audit(self, action: str, entity: str, record_id: int) -> None:
        audit.append(self.conn, action, entity, record_id)

    @contextlib.contextmanager
    def bulk(self) -> Iterator[None]:
        """Many writes in one transaction, the search index rebuilt once per person at the end."""
        self._deferred_index = set()
        try:
            with self._write():
                yield
                for person_id in self._deferred_index:
                    self._reindex_now(person_id)
        finally:
            self._deferred_index = None

    def _reindex(self, person_id: int) -> None:
        if self._deferred_index is not None:
            self._deferred_index.add(person_id)
        else:
            self._reindex_now(person_id)

    def _reindex_now(self, person_id: int) -> None:
        person = records.fetch(self.conn, "person", person_id)
        notes = [n for (n,) in self.conn.execute(
            "SELECT c.notes FROM contact c JOIN support_case s ON s.id = c.case_id "
            "WHERE s.person_id = ? AND c.notes != ''", (person_id,))]
        body = search_text.document([person["case_number"], person["family_name"], person["given_names"]], notes)
        records.set_search_document(self.conn, person_id, body)

    def settings(self) -> Settings:
        get = lambda key, default: records.get_setting(self.conn, key, default)  # noqa: E731
        return Settings(
            reminder_months=tuple(int(m) for m in get("reminder_months", "6,3,1").split(",") if m),
            retention_months=int(get("retention_months", "36")),
            answer_days=int(get("answer_days", "14")),
        )

    def save_settings(self, reminder_months: tuple[int, ...], retention_months: int, answer_days: int) -> None:
        months = sorted({whole_number(m, "reminder_months", tr("Erinnerung (Monate vorher)")) for m in reminder_months},
                        reverse=True)
        if any(m > 18 for m in months):
            raise ValidationError("reminder_months", tr("Erinnerungen liegen höchstens 18 Monate vor dem Fristende."))
        retention = whole_number(retention_months, "retention_months", tr("Aufbewahrungsfrist (Monate)"),
                                 minimum=MIN_RETENTION_MONTHS)
        days = whole_number(answer_days, "answer_days", tr("Wartezeit auf Rückmeldung (Tage)"))
        with self._write():
            records.set_setting(self.conn, "reminder_months", ",".join(map(str, months)))
            records.set_setting(self.conn, "retention_months", str(retention))
            records.set_setting(self.conn, "answer_days", str(days))
            audit.append(self.conn, "change", "settings", "")

    # -- persons -----------------------------------------------------------------------------------
    def _validated_person(self, p: Person) -> dict:
        family = unicodedata.normalize("NFC", (p.family_name or "").strip())
        given = unicodedata.normalize("NFC", (p.given_names or "").strip())
        if not family and not given:
            raise ValidationError("family_name", tr("Bitte mindestens einen Namen angeben."))
        self.cat.municipalities.require(p.municipality, "municipality", tr("Wohnort"))
        self.cat.genders.require(p.gender, "gender", tr("Geschlecht"))
        birth = _birth_date(p.birth_date)
        today = self.today()
        if birth and (date(int(birth[:4]), 1, 1) > today or (len(birth) == 10 and date.fromisoformat(birth) > today)):
            raise ValidationError("birth_date", tr("Das Geburtsdatum darf nicht in der Zukunft liegen."))
        since = parse_date(p.in_germany_since, "in_germany_since", tr("In Deutschland seit"), required=False)
        not_in_future(since, today, "in_germany_since", tr("»In Deutschland seit«"))
        if since and birth and since.year < int(birth[:4]):
            raise ValidationError("in_germany_since", tr("»In Deutschland seit« liegt vor der Geburt."))
        return dict(family_name=family, given_names=given, municipality=p.municipality, gender=p.gender,
                    birth_date=birth, nationality=p.nationality.strip(), languages=p.languages.strip(),
                    address=p.address.strip(), phone=p.phone.strip(), email=p.email.strip(),
                    accompanied_by=p.accompanied_by.strip(), in_germany_since=_iso(since))

    def add_person(self, person: Person) -> int:
        values = self._validated_person(person)
        with self._write():
            today = self.today()
            number = f"F-{today.year}-{records.next_sequence(self.conn, f'case_number_{today.year}'):05d}"
            person_id = records.insert(self.conn, "person", case_number=number, created_at=today.isoformat(),
                                       record_key=cellkey.new_record_key(), **values)
            self._audit("create", "person", person_id)
            self._reindex(person_id)
        return person_id

    def update_person(self, person_id: int, person: Person) -> None:
        values = self._validated_person(person)
        self._require("person", person_id)
        with self._write():
            records.update(self.conn, "person", person_id, **values)
            self._audit("change", "person", person_id)
            self._reindex(person_id)

    def person(self, person_id: int) -> Person:
        row = self._require("person", person_id)
        return Person(**{k: row[k] for k in Person.__dataclass_fields__ if k in row})

    def repair_record_keys(self) -> int:
        """A new record key (docs/anonymity.md) for every person and short intervention whose key is
        missing or out of range; returns how many were repaired. Run before anything is counted."""
        broken = [(table, record_id) for table in ("person", "short_intervention")
                  for (record_id,) in self.conn.execute(
                      f"SELECT id FROM {table} WHERE record_key IS NULL OR typeof(record_key) != 'integer' "
                      f"OR record_key NOT BETWEEN 0 AND ?", (cellkey.KEY_SPACE - 1,))]
        if broken:
            with self._write():
                for table, record_id in broken:
                    records.update(self.conn, table, record_id, record_key=cellkey.new_record_key())
        return len(broken)

    def person_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM person").fetchone()[0]

    def person_id_for(self, case_number: str) -> int:
        """The person with this case number; ValidationError if there is none."""
        row = self.conn.execute("SELECT id FROM person WHERE case_number = ?", (case_number.strip(),)).fetchone()
        if row is None:
            raise ValidationError("case_number", tr("Keine Person mit der Fallnummer {n}.").format(n=case_number))
        return row[0]

    def count_persons(self, f: PersonFilter) -> int:
        return lists.count_persons(self.conn, f)

    def page_persons(self, f: PersonFilter, offset: int, limit: int) -> list[tuple]:
        """One page of the case list: (id, case number, family name, given names, municipality,
        intensity, phase, opened, closed)."""
        return lists.page_persons(self.conn, f, offset, limit)

    def _require(self, table: str, record_id: int) -> dict:
        row = records.fetch(self.conn, table, record_id)
        if row is None:
            raise ValidationError("id", tr("Der Datensatz existiert nicht (mehr)."))
        return row

    # -- residence status --------------------------------------------------------------------------
    def record_status(self, person_id: int, status: str, since: str | date,
                      applied_on: str | date | None = None, decided_on: str | date | None = None,
                      note: str = "") -> int:
        self._require("person", person_id)
        self.cat.residence_status.require(status, "status", tr("Aufenthaltsstatus"))
        today = self.today()
        since_d = parse_date(since, "since", tr("Gültig ab"))
        applied = parse_date(applied_on, "applied_on", tr("Antragsdatum"), required=False)
        decided = parse_date(decided_on, "decided_on", tr("Entscheidungsdatum"), required=False)
        for value, name, label in ((since_d, "since", tr("»Gültig ab«")), (applied, "applied_on", tr("Das Antragsdatum")),
                                   (decided, "decided_on", tr("Das Entscheidungsdatum"))):
            not_in_future(value, today, name, label)
        not_before(decided, applied, "decided_on", tr("Die Entscheidung"), tr("dem Antrag"))
        with self._write():
            status_id = records.insert(self.conn, "residence_status", person_id=person_id, status=status,
                                       since=since_d.isoformat(), applied_on=_iso(applied),
                                       decided_on=_iso(decided), note=note.strip())
            self._audit("create", "residence_status", status_id)
        return status_id

    def status_history(self, person_id: int) -> list[dict]:
        return records.fetch_all(self.conn, "SELECT * FROM residence_status WHERE person_id = ? "
                                 "ORDER BY since, id", (person_id,))

    def _status_entries(self, person_id: int) -> list[StatusEntry]:
        return [StatusEntry(r["status"], date.fromisoformat(r["since"])) for r in self.status_history(person_id)]

    def chancen_window(self, person_id: int) -> ChancenWindow | None:
        return window(self._status_entries(person_id), self.today(), self.settings().reminder_months)

    def chancen_hint(self, person_id: int) -> EligibilityHint:
        since = self._require("person", person_id)["in_germany_since"]
        return eligibility_hint(date.fromisoformat(since) if since else None, self._status_entries(person_id))

    # -- consent -----------------------------------------------------------------------------------
    def give_consent(self, person_id: int, purpose: str, given_on: str | date, partner: str | None = None) -> int:
        self._require("person", person_id)
        if purpose not in ("fallarbeit", "weitergabe"):
            raise ValidationError("purpose", tr("Unbekannter Zweck der Einwilligung."))
        if purpose == "weitergabe":
            self.cat.partners.require(partner or "", "partner", tr("Empfänger der Weitergabe"))
        else:
            partner = None
        given = parse_date(given_on, "given_on", tr("Datum der Einwilligung"))
        not_in_future(given, self.today(), "given_on", tr("Die Einwilligung"))
        with self._write():
            consent_id = records.insert(self.conn, "consent", person_id=person_id, purpose=purpose,
                                        partner=partner, given_on=given.isoformat())
            self._audit("create", "consent", consent_id)
        return consent_id

    def withdraw_consent(self, consent_id: int, withdrawn_on: str | date) -> None:
        """Withdrawal takes effect from its date; what was done before stays lawful (Art. 7(3) DSGVO).

        * Casework: an open case is closed on that date ("Einwilligung widerrufen"), nothing new can be
          recorded for the person, and the person is due for deletion at once (see ``due_for_deletion``).
        * Disclosure to a partner: earlier referrals stay as they are; a new referral that passes data
          to that partner is refused until a new consent is recorded.
        """
        consent = self._require("consent", consent_id)
        if consent["withdrawn_on"]:
            raise ValidationError("withdrawn_on", tr("Diese Einwilligung ist bereits widerrufen."))
        withdrawn = parse_date(withdrawn_on, "withdrawn_on", tr("Datum des Widerrufs"))
        not_in_future(withdrawn, self.today(), "withdrawn_on", tr("Der Widerruf"))
        not_before(withdrawn, date.fromisoformat(consent["given_on"]), "withdrawn_on", tr("Der Widerruf"),
                   tr("der Einwilligung"))
        with self._write():
            records.update(self.conn, "consent", consent_id, withdrawn_on=withdrawn.isoformat())
            self._audit("withdraw", "consent", consent_id)
            if consent["purpose"] == "fallarbeit":
                open_case = self.open_case_of(consent["person_id"])
                if open_case is not None:
                    self.close_case(open_case["id"], max(withdrawn, date.fromisoformat(open_case["opened_on"])),
                                    "einwilligung_widerrufen")

    def consents(self, person_id: int) -> list[dict]:
        return records.fetch_all(self.conn, "SELECT id, purpose, partner, given_on, withdrawn_on FROM consent "
                                            "WHERE person_id = ? ORDER BY id", (person_id,))

    def has_consent(self, person_id: int, purpose: str, on: date, partner: str | None = None) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM consent WHERE person_id = ? AND purpose = ? AND partner IS ? AND given_on <= ? "
            "AND (withdrawn_on IS NULL OR withdrawn_on > ?)",
            (person_id, purpose, partner, on.isoformat(), on.isoformat())).fetchone()
        return row is not None

    # -- cases and phases --------------------------------------------------------------------------
    def open_case_of(self, person_id: int) -> dict | None:
        rows = records.fetch_all(self.conn, "SELECT * FROM support_case WHERE person_id = ? AND closed_on IS NULL",
                                 (person_id,))
        return rows[0] if rows else None

    def open_case(self, person_id: int, opened_on: str | date, intensity: str) -> int:
        self._require("person", person_id)
        self.cat.intensities.require(intensity, "intensity", tr("Intensität"))
        opened = parse_date(opened_on, "opened_on", tr("Eröffnet am"))
        not_in_future(opened, self.today(), "opened_on", tr("Die Eröffnung"))
        if self.open_case_of(person_id) is not None:
            raise ValidationError("person", tr("Für diese Person ist bereits ein Fall offen."))
        if not self.has_consent(person_id, "fallarbeit", opened):
            raise ValidationError("consent", tr("Ohne Einwilligung in die Fallarbeit kann kein Fall eröffnet werden."))
        with self._write():
            case_id = records.insert(self.conn, "support_case", person_id=person_id,
                                     opened_on=opened.isoformat(), intensity=intensity)
            records.insert(self.conn, "case_phase", case_id=case_id, phase="zugang", since=opened.isoformat())
            self._audit("create", "support_case", case_id)
        return case_id

    def _open_case_row(self, case_id: int) -> dict:
        case = self._require("support_case", case_id)
        if case["closed_on"]:
            raise ValidationError("case", tr("Der Fall ist abgeschlossen."))
        return case

    def phases(self, case_id: int) -> list[dict]:
        return records.fetch_all(self.conn, "SELECT phase, since FROM case_phase WHERE case_id = ? "
                                 "ORDER BY since, id", (case_id,))

    def change_phase(self, case_id: int, phase: str, since: str | date) -> None:
        case = self._open_case_row(case_id)
        self.cat.phases.require(phase, "phase", tr("Prozessphase"))
        if phase == "abschluss":
            raise ValidationError("phase", tr("Die Phase »Abschluss« beginnt mit dem Abschließen des Falls."))
        since_d = parse_date(since, "since", tr("Phase seit"))
        not_in_future(since_d, self.today(), "since", tr("Der Phasenbeginn"))
        last = self.phases(case_id)[-1]
        not_before(since_d, date.fromisoformat(last["since"]), "since", tr("Der Phasenbeginn"),
                   tr("dem Beginn der vorigen Phase"))
        with self._write():
            records.insert(self.conn, "case_phase", case_id=case_id, phase=phase, since=since_d.isoformat())
            self._audit("change", "support_case", case_id)

    def change_intensity(self, case_id: int, intensity: str) -> None:
        self._open_case_row(case_id)
        self.cat.intensities.require(intensity, "intensity", tr("Intensität"))
        with self._write():
            records.update(self.conn, "support_case", case_id, intensity=intensity)
            self._audit("change", "support_case", case_id)

    def close_case(self, case_id: int, closed_on: str | date, reason: str) -> None:
        case = self._open_case_row(case_id)
        self.cat.closure_reasons.require(reason, "closure_reason", tr("Abschlussgrund"))
        closed = parse_date(closed_on, "closed_on", tr("Abgeschlossen am"))
        not_in_future(closed, self.today(), "closed_on", tr("Der Abschluss"))
        not_before(closed, date.fromisoformat(case["opened_on"]), "closed_on", tr("Der Abschluss"),
                   tr("der Eröffnung"))
        with self._write():
            records.update(self.conn, "support_case", case_id, closed_on=closed.isoformat(), closure_reason=reason)
            records.insert(self.conn, "case_phase", case_id=case_id, phase="abschluss", since=closed.isoformat())
            self._audit("close", "support_case", case_id)

    def cases_of(self, person_id: int) -> list[dict]:
        return records.fetch_all(self.conn, "SELECT * FROM support_case WHERE person_id = ? ORDER BY opened_on",
                                 (person_id,))

    # -- goals -------------------------------------------------------------------------------------
    def add_goal(self, case_id: int, text: str, life_area: str, target_date: str | date | None = None,
                 status: str = "offen") -> int:
        self._open_case_row(case_id)
        values = self._validated_goal(text, life_area, target_date, status)
        with self._write():
            goal_id = records.insert(self.conn, "goal", case_id=case_id, **values)
            self._audit("create", "goal", goal_id)
        return goal_id

    def update_goal(self, goal_id: int, text: str, life_area: str, target_date: str | date | None, status: str) -> None:
        self._require("goal", goal_id)
        values = self._validated_goal(text, life_area, target_date, status)
        with self._write():
            records.update(self.conn, "goal", goal_id, **values)
            self._audit("change", "goal", goal_id)

    def _validated_goal(self, text, life_area, target_date, status) -> dict:
        return dict(text=required_text(text, "text", tr("Das Ziel")),
                    life_area=self.cat.topics.require(life_area, "life_area", tr("Lebensbereich")),
                    target_date=_iso(parse_date(target_date, "target_date", tr("Zieldatum"), required=False)),
                    status=self.cat.goal_status.require(status, "status", tr("Stand des Ziels")))

    def goals(self, case_id: int) -> list[dict]:
        return records.fetch_all(self.conn, "SELECT * FROM goal WHERE case_id = ? ORDER BY id", (case_id,))

    # -- contacts ----------------------------------------------------------------------------------
    def add_contact(self, case_id: int, contact: Contact) -> int:
        case = self._require("support_case", case_id)
        on = parse_date(contact.date, "date", tr("Datum des Kontakts"))
        not_in_future(on, self.today(), "date", tr("Der Kontakt"))
        not_before(on, date.fromisoformat(case["opened_on"]), "date", tr("Der Kontakt"), tr("der Eröffnung des Falls"))
        if case["closed_on"] and on > date.fromisoformat(case["closed_on"]):
            raise ValidationError("date", tr("Der Kontakt liegt nach dem Abschluss des Falls."))
        minutes = whole_number(contact.minutes, "minutes", tr("Die Dauer"))
        if minutes > MAX_CONTACT_MINUTES:
            raise ValidationError("minutes", tr("Die Dauer von {n} Minuten ist unplausibel (höchstens 12 Stunden).")
                                  .format(n=minutes))
        self.cat.channels.require(contact.channel, "channel", tr("Kontaktart"))
        if not contact.topics:
            raise ValidationError("topics", tr("Bitte mindestens ein Thema wählen."))
        for topic in contact.topics:
            self.cat.topics.require(topic, "topics", tr("Thema"))
        interp_minutes = whole_number(contact.interpreter_minutes or 0, "interpreter_minutes",
                                      tr("Dolmetschminuten"), minimum=0)
        cost = _money_cents(contact.interpreter_cost, "interpreter_cost", tr("Dolmetschkosten"))
        language = contact.interpreter_language.strip()
        if (interp_minutes or cost) and not language:
            raise ValidationError("interpreter_language", tr("Bitte die Sprache der Dolmetschung angeben."))
        if not self.has_consent(case["person_id"], "fallarbeit", on):
            raise ValidationError("consent", tr("Für dieses Datum liegt keine Einwilligung in die Fallarbeit vor."))
        with self._write():
            contact_id = records.insert(self.conn, "contact", case_id=case_id, date=on.isoformat(), minutes=minutes,
                                        channel=contact.channel, interpreter_language=language,
                                        interpreter_minutes=interp_minutes, interpreter_cost_cents=cost,
                                        notes=contact.notes.strip())
            for topic in sorted(set(contact.topics)):
                records.insert(self.conn, "contact_topic", contact_id=contact_id, topic=topic)
            self._audit("create", "contact", contact_id)
            if contact.notes.strip():
                self._reindex(case["person_id"])
        return contact_id

    def contacts(self, case_id: int) -> list[dict]:
        rows = records.fetch_all(self.conn, "SELECT * FROM contact WHERE case_id = ? ORDER BY date, id", (case_id,))
        for row in rows:
            row["topics"] = [t for (t,) in self.conn.execute(
                "SELECT topic FROM contact_topic WHERE contact_id = ? ORDER BY topic", (row["id"],))]
        return rows

    # -- referrals ---------------------------------------------------------------------------------
    def add_referral(self, case_id: int, referral: Referral) -> int:
        case = self._open_case_row(case_id)
        values = self._validated_referral(referral, date.fromisoformat(case["opened_on"]))
        on = date.fromisoformat(values["date"])
        if referral.discloses_data and not self.has_consent(case["person_id"], "weitergabe", on, referral.partner):
            raise ConsentRequired("consent", tr(
                "Für die Weitergabe von Daten an »{partner}« liegt keine Einwilligung vor. Bitte die Einwilligung "
                "erfassen oder ohne Datenweitergabe verweisen.").format(partner=self.cat.partners.label(referral.partner)))
        with self._write():
            referral_id = records.insert(self.conn, "referral", case_id=case_id, **values)
            self._audit("create", "referral", referral_id)
        return referral_id

    def update_referral(self, referral_id: int, status: str, outcome: str | None = None,
                        follow_up_on: str | date | None = None) -> None:
        row = self._require("referral", referral_id)
        self.cat.referral_status.require(status, "status", tr("Stand der Verweisung"))
        if outcome is not None:
            self.cat.referral_outcomes.require(outcome, "outcome", tr("Ergebnis der Verweisung"))
        follow = parse_date(follow_up_on, "follow_up_on", tr("Nachfassen am"), required=False)
        not_before(follow, date.fromisoformat(row["date"]), "follow_up_on", tr("Das Nachfassen"), tr("der Verweisung"))
        with self._write():
            records.update(self.conn, "referral", referral_id, status=status, outcome=outcome, follow_up_on=_iso(follow))
            self._audit("change", "referral", referral_id)

    def _validated_referral(self, r: Referral, opened: date) -> dict:
        self.cat.partners.require(r.partner, "partner", tr("Partner"))
        self.cat.referral_status.require(r.status, "status", tr("Stand der Verweisung"))
        if r.outcome is not None:
            self.cat.referral_outcomes.require(r.outcome, "outcome", tr("Ergebnis der Verweisung"))
        on = parse_date(r.date, "date", tr("Datum der Verweisung"))
        not_in_future(on, self.today(), "date", tr("Die Verweisung"))
        not_before(on, opened, "date", tr("Die Verweisung"), tr("der Eröffnung des Falls"))
        follow = parse_date(r.follow_up_on, "follow_up_on", tr("Nachfassen am"), required=False)
        not_before(follow, on, "follow_up_on", tr("Das Nachfassen"), tr("der Verweisung"))
        return dict(partner=r.partner, date=on.isoformat(), discloses_data=int(bool(r.discloses_data)),
                    status=r.status, outcome=r.outcome, follow_up_on=_iso(follow), note=r.note.strip())

    def referrals(self, case_id: int) -> list[dict]:
        return records.fetch_all(self.conn, "SELECT * FROM referral WHERE case_id = ? ORDER BY date, id", (case_id,))

    # -- search ------------------------------------------------------------------------------------
    def search(self, query: str, limit: int = 50) -> list[dict]:
        """Persons whose names, case number or contact notes match every word (as a prefix)."""
        expression = search_text.match_expression(query)
        if expression is None:
            return []
        ids = records.search(self.conn, expression, limit)
        by_id = {r["id"]: r for r in records.fetch_all(
            self.conn, f"SELECT id, case_number, family_name, given_names, municipality FROM person "
                       f"WHERE id IN ({','.join('?' * len(ids))})", tuple(ids))} if ids else {}
        return [by_id[i] for i in ids if i in by_id]
