"""Casework use cases: persons, residence status, cases and their phases, goals, contacts,
referrals and consent. Every rule is checked here before anything is written, and every write is
recorded in the audit log (ids and action only). The CLI and the UI call these, nothing else.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from app.casemanager import cellkey, search_text
from app.casemanager.chancen import ChancenWindow, StatusEntry, last_application, window
from app.casemanager.undo import Kind, Snapshot, Step, UndoStack
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
    note: str = ""
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
class FirstContact:
    """The first conversation (Zugang), in which consent to casework is asked for: only what is needed
    to count the work, nothing more until consent exists."""
    date: str | date
    minutes: int
    channel: str
    topics: list[str]
    consent_requested: bool = False


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
class ConsentProof:
    """How a consent was given, so that it can be proven (Art. 7 Abs. 1 DSGVO); the signed form itself
    is an attachment linked to the consent (attachments.py)."""
    given_how: str | None = None        # schriftlich | muendlich; None where not recorded
    language: str = ""                  # the language it was explained and given in, e.g. Arabisch
    interpreted: bool = False           # an interpreter translated
    informed: bool | None = None        # the information under Art. 13 DSGVO was handed over; None: not recorded


def consent_ways() -> list[tuple[str, str]]:
    return [("schriftlich", tr("schriftlich")), ("muendlich", tr("mündlich"))]


def consent_way_text(row: dict) -> str:
    """"schriftlich auf Arabisch mit Dolmetschung": how a consent was given, as far as recorded."""
    text = dict(consent_ways()).get(row.get("given_how") or "", tr("Art nicht erfasst"))
    if row.get("language"):
        text += " " + (tr("auf {language} mit Dolmetschung") if row.get("interpreted") else
                       tr("auf {language}")).format(language=row["language"])
    return text


def consent_proof_text(row: dict) -> str:
    """"schriftlich auf Arabisch mit Dolmetschung, Art. 13 ausgehändigt": what the record proves."""
    return consent_way_text(row) + ", " + {1: tr("Art. 13 ausgehändigt"), 0: tr("Art. 13 nicht ausgehändigt")}.get(
        row.get("informed"), tr("Art. 13 nicht erfasst"))


@dataclass
class Settings:
    reminder_months: tuple[int, ...] = (6, 3, 1)
    retention_months: int = 36
    answer_days: int = 14                  # a referral without an answer for this long is flagged
    renewal_weeks: int = 8                 # a title's renewal is due this long before its "gültig bis"


MIN_RETENTION_MONTHS = 24

# A contact's topics go and come back with the contact.
CHILDREN = {"contact": (("contact_topic", "contact_id"),)}


def delete_reasons() -> list[tuple[str, str]]:
    """Why a record is deleted. The audit log keeps the code (``delete:doppelt``), never free text, so
    no reason can carry personal data into it."""
    return [("doppelt", tr("doppelt erfasst")), ("irrtum", tr("irrtümlich erfasst")),
            ("falsche_person", tr("bei der falschen Person erfasst")), ("sonstiges", tr("anderer Grund"))]


def record_name(table: str) -> str:
    """What a record is called, for titles and for what Ctrl+Z takes back."""
    return {"contact": tr("Kontakt"), "goal": tr("Ziel"), "referral": tr("Verweisung"), "consent": tr("Einwilligung"),
            "case_intensity": tr("Intensität"), "residence_status": tr("Aufenthaltsstatus"),
            "time_entry": tr("Zeiteintrag"), "info_event": tr("Veranstaltung"), "first_contact": tr("Zugangskontakt"),
            "observation": tr("Systembeobachtung"), "appointment": tr("Termin")}[table]


def _done(action: str, table: str) -> str:
    text = {"create": tr("{record} erfasst"), "change": tr("{record} geändert"), "delete": tr("{record} gelöscht")}
    return text[action].format(record=record_name(table))


def _counted(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).format(n=n)


def _nothing(row: dict, exists: bool) -> None:
    pass


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def status_entry(row: dict) -> StatusEntry:
    """A row of residence_status as the § 104c window reads it."""
    until = row.get("valid_until")
    return StatusEntry(row["status"], date.fromisoformat(row["since"]), date.fromisoformat(until) if until else None,
                       row.get("applied_for"))


def _birth_date(value: str | None) -> str | None:
    """Full date or year only; stored as ISO date or 'YYYY'."""
    text = (value or "").strip()
    if not text:
        return None
    if text.isdigit() and len(text) == 4:
        if not 1900 <= int(text) <= 2100:
            raise ValidationError("birth_date", tr("Geburtsjahr »{value}«: bitte ein Jahr wie 1987 angeben.").format(
                value=text))
        return text
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}", text):   # a date's form: its own message
        return parse_date(text, "birth_date", tr("Geburtsdatum")).isoformat()     # says what is wrong (31.02.)
    try:
        return parse_date(text, "birth_date", tr("Geburtsdatum")).isoformat()
    except ValidationError:   # its message names only TT.MM.JJJJ; a year alone is allowed here too
        raise ValidationError("birth_date", tr(
            "Geburtsdatum »{value}« ist nicht lesbar: bitte als TT.MM.JJJJ (z. B. 13.01.1995) oder nur das Jahr "
            "(z. B. 1995) angeben.").format(value=text)) from None


# An address as people write it: something@domain.tld, no spaces. A check of form, not of existence.
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}")


def _email(value: str) -> str:
    text = (value or "").strip()
    if text and not EMAIL.fullmatch(text):
        raise ValidationError("email", tr("»{value}« ist keine vollständige E-Mail-Adresse (z. B. name@beispiel.de).")
                              .format(value=text))
    return text


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
        self.undo_stack = UndoStack()
        self.kinds = {k.table: k for k in (
            Kind("contact", self._check_contact, self._settle_contact),
            Kind("goal", self._check_goal, _nothing),
            Kind("referral", self._check_referral, _nothing),
            Kind("consent", self._check_consent, self._settle_consent),
            Kind("case_intensity", self._check_intensity, self._settle_intensity),
            Kind("residence_status", self._check_status, _nothing),
            Kind("first_contact", self._check_first_contact, _nothing),
        )}

    # -- plumbing ----------------------------------------------------------------------------------
    def _write(self):
        return records.atomic(self.conn)

    def _audit(self, action: str, entity: str, record_id: int | str, *, undoable: bool = False) -> None:
        audit.append(self.conn, action, entity, record_id)
        if not undoable:
            self.undo_stack.clear()   # after a change Ctrl+Z cannot take back, it takes back nothing older

    def _snapshot(self, table: str, record_id: int) -> Snapshot | None:
        row = records.fetch(self.conn, table, record_id)
        if row is None:
            return None
        return {"row": row, "children": {
            child: sorted(sorted(r.items()) for r in records.fetch_where(self.conn, child, column, record_id))
            for child, column in CHILDREN.get(table, ())}}

    def _put_back(self, table: str, snapshot: Snapshot) -> None:
        records.insert(self.conn, table, **snapshot["row"])
        for child, rows in snapshot["children"].items():
            for row in rows:
                records.insert(self.conn, child, **dict(row))

    def _person_of(self, row: dict) -> int | None:
        if "person_id" in row:
            return row["person_id"]
        case = records.fetch(self.conn, "support_case", row["case_id"]) if "case_id" in row else None
        return case["person_id"] if case else None

    def _change(self, kind: Kind, action: str, record_id: int | None, write: Callable[[], int | None],
                reason: str | None = None) -> int:
        """One write of a correctable record, ``action`` create, change or delete: ``write`` does it,
        then the rules across records are checked (a ValidationError takes the write back), the audit
        log notes it and, outside bulk imports, it goes on the undo stack."""
        recording = self._deferred_index is None
        before = self._snapshot(kind.table, record_id) if record_id is not None else None
        exists = action != "delete"
        with self._write():
            record_id = write() or record_id
            after = self._snapshot(kind.table, record_id) if exists and recording else None
            row = after["row"] if after else records.fetch(self.conn, kind.table, record_id) if exists else before["row"]
            self.refuse_if_handed_over(self._person_of(row))
            kind.settle(row, exists)
            self._audit(action if reason is None else f"{action}:{reason}", kind.table, record_id, undoable=True)
        if recording:
            self.undo_stack.push(Step(_done(action, kind.table), kind, record_id, before, after, self._person_of(row)))
        return record_id

    def delete(self, table: str, record_id: int, reason: str) -> None:
        """Delete one record for a reason from ``delete_reasons`` (the audit log keeps the reason's code)."""
        kind = self.kinds[table]
        self._require(table, record_id)
        if reason not in {code for code, _ in delete_reasons()}:
            raise ValidationError("reason", tr("Bitte einen Grund für das Löschen wählen."))
        self._change(kind, "delete", record_id, lambda: records.delete(self.conn, table, record_id), reason)

    def undo(self) -> Step:
        """Take back the newest change since unlocking: the record as it was before, checked against
        the rules as they apply now. Refused (ValidationError) when the record has changed since or
        the rules no longer allow it; either way the step is used up."""
        step = self.undo_stack.pop()
        table = step.kind.table
        try:
            self.refuse_if_handed_over(step.person_id)
            with self._write():
                if self._snapshot(table, step.record_id) != step.after:
                    raise ValidationError("undo", tr("Der Datensatz wurde seitdem anderweitig geändert."))
                if step.after is not None:
                    records.delete(self.conn, table, step.record_id)
                if step.before is not None:
                    self._put_back(table, step.before)
                    step.kind.check(step.before["row"])
                step.kind.settle((step.before or step.after)["row"], step.before is not None)
                self._audit("undo", table, step.record_id, undoable=True)
        except ValidationError as exc:
            raise ValidationError(exc.field, tr("Das lässt sich nicht rückgängig machen: {reason}")
                                  .format(reason=exc.message)) from None
        return step

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
            renewal_weeks=int(get("renewal_weeks", "8")),
        )

    def save_settings(self, reminder_months: tuple[int, ...], retention_months: int, answer_days: int,
                      renewal_weeks: int | None = None) -> None:
        months = sorted({whole_number(m, "reminder_months", tr("Erinnerung (Monate vorher)")) for m in reminder_months},
                        reverse=True)
        if any(m > 18 for m in months):
            raise ValidationError("reminder_months", tr("Erinnerungen liegen höchstens 18 Monate vor dem Fristende."))
        retention = whole_number(retention_months, "retention_months", tr("Aufbewahrungsfrist (Monate)"),
                                 minimum=MIN_RETENTION_MONTHS)
        days = whole_number(answer_days, "answer_days", tr("Wartezeit auf Rückmeldung (Tage)"))
        weeks = self.settings().renewal_weeks if renewal_weeks is None else \
            whole_number(renewal_weeks, "renewal_weeks", tr("Verlängerung (Wochen vor Ablauf)"))
        if weeks > 52:
            raise ValidationError("renewal_weeks", tr("An die Verlängerung wird höchstens 52 Wochen vor Ablauf "
                                                      "erinnert."))
        with self._write():
            records.set_setting(self.conn, "reminder_months", ",".join(map(str, months)))
            records.set_setting(self.conn, "retention_months", str(retention))
            records.set_setting(self.conn, "answer_days", str(days))
            records.set_setting(self.conn, "renewal_weeks", str(weeks))
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
        return {"family_name": family, "given_names": given, "municipality": p.municipality, "gender": p.gender,
                    "birth_date": birth, "nationality": p.nationality.strip(), "languages": p.languages.strip(),
                    "address": p.address.strip(), "phone": p.phone.strip(), "email": _email(p.email),
                    "accompanied_by": p.accompanied_by.strip(), "in_germany_since": _iso(since),
                    "note": (p.note or "").strip()}

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
        self.refuse_if_handed_over(person_id)
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

    def refuse_if_handed_over(self, person_id: int | None) -> None:
        """A person in a running handover stays as it was handed over until the receipt is read
        (docs/handover.md): every change is refused, with the reason."""
        if person_id is not None and self.conn.execute("SELECT 1 FROM handover_out_person WHERE person_id = ?",
                                                       (person_id,)).fetchone():
            raise ValidationError("person", tr(
                "{n} wird gerade übergeben: bis die Quittung da ist, bleibt der Fall, wie er übergeben wurde. "
                "Änderungen erfasst die Kollegin oder der Kollege, die ihn übernimmt.").format(
                n=self._require("person", person_id)["case_number"]))

    def _require(self, table: str, record_id: int) -> dict:
        row = records.fetch(self.conn, table, record_id)
        if row is None:
            raise ValidationError("id", tr("Der Datensatz existiert nicht (mehr)."))
        return row

    # -- residence status --------------------------------------------------------------------------
    def record_status(self, person_id: int, status: str, since: str | date,
                      applied_on: str | date | None = None, decided_on: str | date | None = None,
                      note: str = "", valid_until: str | date | None = None, applied_for: str | None = None) -> int:
        """A status entry: the status since a day, with the dates of its application and decision
        and the card's "gültig bis". An application (Antrag gestellt, Fiktion) names the title applied
        for and stands in the history from the day it was filed."""
        self._require("person", person_id)
        values = self._validated_status(status, since, applied_on, decided_on, note, valid_until, applied_for)
        return self._change(self.kinds["residence_status"], "create", None,
                            lambda: records.insert(self.conn, "residence_status", person_id=person_id, **values))

    def update_status(self, status_id: int, status: str, since: str | date, applied_on: str | date | None = None,
                      decided_on: str | date | None = None, note: str = "", valid_until: str | date | None = None,
                      applied_for: str | None = None) -> None:
        self._require("residence_status", status_id)
        values = self._validated_status(status, since, applied_on, decided_on, note, valid_until, applied_for)
        self._change(self.kinds["residence_status"], "change", status_id,
                     lambda: records.update(self.conn, "residence_status", status_id, **values))

    def _check_status(self, row: dict) -> None:
        self._require("person", row["person_id"])
        self._validated_status(row["status"], row["since"], row["applied_on"], row["decided_on"], row["note"],
                               row["valid_until"], row["applied_for"])

    def _validated_status(self, status, since, applied_on, decided_on, note, valid_until=None, applied_for=None) -> dict:
        statuses = self.cat.residence_status
        statuses.require(status, "status", tr("Aufenthaltsstatus"))
        application = statuses.get(status).extra.get("kind") == "antrag"
        today = self.today()
        since_d = parse_date(since, "since", tr("Gültig ab"))
        applied = parse_date(applied_on, "applied_on", tr("Antragsdatum"), required=False)
        decided = parse_date(decided_on, "decided_on", tr("Entscheidungsdatum"), required=False)
        until = parse_date(valid_until, "valid_until", tr("Gültig bis"), required=False)
        for value, name, label in ((since_d, "since", tr("»Gültig ab«")), (applied, "applied_on", tr("Das Antragsdatum")),
                                   (decided, "decided_on", tr("Das Entscheidungsdatum"))):
            not_in_future(value, today, name, label)
        not_before(decided, applied, "decided_on", tr("Die Entscheidung"), tr("dem Antrag"))
        if application:
            # An application stands in the history from the day it was filed (§ 81 Abs. 4 AufenthG).
            since_d = applied = applied or since_d
            if not applied_for:
                raise ValidationError("applied_for", tr("Bitte angeben, welcher Aufenthaltstitel beantragt wurde."))
            entry = statuses.get(applied_for)
            if entry is None or not entry.extra.get("title"):
                raise ValidationError("applied_for", tr("»{code}« ist kein Aufenthaltstitel, der beantragt werden "
                                                        "kann.").format(code=applied_for))
            self._refuse_closed_programme(applied_for, applied, "applied_on")
        elif applied_for:
            raise ValidationError("applied_for", tr("»Beantragt« gehört nur zum Eintrag »Antrag gestellt, "
                                                    "Fiktionsbescheinigung«. Bitte leer lassen."))
        else:
            self._refuse_closed_programme(status, applied, "applied_on")
            last = last_application(status)
            if last is not None and applied is None and since_d > last:
                raise ValidationError("applied_on", tr(
                    "{title} kann seit dem {first} nicht mehr beantragt werden. Eine Erteilung ab diesem Tag ist nur "
                    "auf einen Antrag bis zum {last} möglich: bitte das Antragsdatum angeben.").format(
                        title=statuses.label(status), first=(last + timedelta(days=1)).strftime("%d.%m.%Y"),
                        last=last.strftime("%d.%m.%Y")))
        not_before(until, since_d, "valid_until", tr("»Gültig bis«"), tr("»Gültig ab«"))
        return {"status": status, "since": since_d.isoformat(), "applied_on": _iso(applied), "decided_on": _iso(decided),
                "note": (note or "").strip(), "valid_until": _iso(until), "applied_for": applied_for or None}

    def _refuse_closed_programme(self, status: str, applied: date | None, field: str) -> None:
        """No application for a title after its last day (§ 104c AufenthG: 31.12.2025)."""
        last = last_application(status)
        if last is not None and applied is not None and applied > last:
            raise ValidationError(field, tr(
                "{title}: ein Antrag ist seit dem {first} nicht mehr möglich, die Vorschrift ist mit Ablauf des {last} "
                "außer Kraft getreten.").format(title=self.cat.residence_status.label(status),
                                               first=(last + timedelta(days=1)).strftime("%d.%m.%Y"),
                                               last=last.strftime("%d.%m.%Y")))

    def status_history(self, person_id: int) -> list[dict]:
        return records.fetch_all(self.conn, "SELECT * FROM residence_status WHERE person_id = ? "
                                 "ORDER BY since, id", (person_id,))

    def _status_entries(self, person_id: int) -> list[StatusEntry]:
        return [status_entry(r) for r in self.status_history(person_id)]

    def chancen_window(self, person_id: int) -> ChancenWindow | None:
        return window(self._status_entries(person_id), self.today(), self.settings().reminder_months)

    # -- consent -----------------------------------------------------------------------------------
    def give_consent(self, person_id: int, purpose: str, given_on: str | date, partner: str | None = None,
                     proof: ConsentProof | None = None) -> int:
        """``proof``: how it was given and whether the Art. 13 information was handed over."""
        self._require("person", person_id)
        values = self._validated_consent(purpose, given_on, partner) | self._validated_proof(proof or ConsentProof())
        return self._change(self.kinds["consent"], "create", None,
                            lambda: records.insert(self.conn, "consent", person_id=person_id, **values))

    def update_consent(self, consent_id: int, purpose: str, given_on: str | date, partner: str | None = None,
                       proof: ConsentProof | None = None) -> None:
        """A correction of what was recorded; a consent that no longer holds is withdrawn instead. Refused
        when recorded casework would lose the consent it rests on. Without ``proof`` the recorded one stays."""
        row = self._require("consent", consent_id)
        values = self._validated_consent(purpose, given_on, partner, row["withdrawn_on"])
        if proof is not None:
            values |= self._validated_proof(proof)
        self._change(self.kinds["consent"], "change", consent_id,
                     lambda: records.update(self.conn, "consent", consent_id, **values))

    def consent_proof(self, consent_id: int) -> ConsentProof:
        row = self._require("consent", consent_id)
        return ConsentProof(row["given_how"], row["language"], bool(row["interpreted"]),
                            None if row["informed"] is None else bool(row["informed"]))

    def _validated_proof(self, proof: ConsentProof) -> dict:
        how = proof.given_how or None
        if how is not None and how not in dict(consent_ways()):
            raise ValidationError("given_how", tr("Bitte angeben, ob die Einwilligung schriftlich oder mündlich "
                                                  "erteilt wurde."))
        language = unicodedata.normalize("NFC", (proof.language or "").strip())
        if proof.interpreted and not language:
            raise ValidationError("language", tr("Bitte die Sprache angeben, in die gedolmetscht wurde."))
        return {"given_how": how, "language": language, "interpreted": int(bool(proof.interpreted)),
                "informed": None if proof.informed is None else int(bool(proof.informed))}

    def _validated_consent(self, purpose, given_on, partner, withdrawn_on: str | None = None) -> dict:
        if purpose not in ("fallarbeit", "weitergabe", "uebergabe"):
            raise ValidationError("purpose", tr("Unbekannter Zweck der Einwilligung."))
        if purpose == "weitergabe":
            self.cat.partners.require(partner or "", "partner", tr("Empfänger der Weitergabe"))
        else:
            partner = None
        given = parse_date(given_on, "given_on", tr("Datum der Einwilligung"))
        not_in_future(given, self.today(), "given_on", tr("Die Einwilligung"))
        if withdrawn_on and given > date.fromisoformat(withdrawn_on):
            raise ValidationError("given_on", tr("Die Einwilligung darf nicht nach ihrem Widerruf liegen."))
        return {"purpose": purpose, "partner": partner, "given_on": given.isoformat()}

    def _check_consent(self, row: dict) -> None:
        self._require("person", row["person_id"])
        self._validated_consent(row["purpose"], row["given_on"], row["partner"], row["withdrawn_on"])
        self._validated_proof(self.consent_proof(row["id"]))

    def _settle_consent(self, row: dict, exists: bool) -> None:
        """Every case opening and contact needs a consent to casework on its day, every referral that
        passed data on a consent to that partner; a correction must leave them covered."""
        def covered(purpose: str, day: str, partner: str = "") -> str:
            return (f"SELECT 1 FROM consent k WHERE k.person_id = s.person_id AND k.purpose = '{purpose}' {partner}"
                    f"AND k.given_on <= {day} AND (k.withdrawn_on IS NULL OR k.withdrawn_on >= {day})")

        cases = ("SELECT count(*) FROM support_case s WHERE s.person_id = ? "
                 f"AND NOT EXISTS ({covered('fallarbeit', 's.opened_on')})")
        contacts = ("SELECT count(*) FROM contact c JOIN support_case s ON s.id = c.case_id WHERE s.person_id = ? "
                    f"AND NOT EXISTS ({covered('fallarbeit', 'c.date')})")
        disclosures = ("SELECT count(*) FROM referral r JOIN support_case s ON s.id = r.case_id WHERE s.person_id = ? "
                       "AND r.discloses_data = 1 "
                       f"AND NOT EXISTS ({covered('weitergabe', 'r.date', 'AND k.partner = r.partner ')})")
        queries = ((cases, tr("{n} Fall"), tr("{n} Fälle")), (contacts, tr("{n} Kontakt"), tr("{n} Kontakte")),
                   (disclosures, tr("{n} Verweisung mit Datenweitergabe"), tr("{n} Verweisungen mit Datenweitergabe")))
        uncovered = [_counted(n, one, many) for sql, one, many in queries
                     if (n := self.conn.execute(sql, (row["person_id"],)).fetchone()[0])]
        if uncovered:
            message = (tr("So geändert deckt die Einwilligung bereits Erfasstes nicht mehr ({records}).") if exists else
                       tr("Die Einwilligung deckt bereits Erfasstes ({records}) und kann deshalb nicht gelöscht "
                          "werden. Gilt sie nicht mehr, bitte »Einwilligung widerrufen« wählen."))
            raise ValidationError("given_on", message.format(records=", ".join(uncovered)))

    def withdraw_consent(self, consent_id: int, withdrawn_on: str | date) -> None:
        """Withdrawal takes effect from its date; what was done before stays lawful (Art. 7(3) DSGVO).

        * Casework: an open case is closed on that date ("Einwilligung widerrufen"), nothing new can be
          recorded for the person, and the person is due for deletion at once (see ``due_for_deletion``).
        * Disclosure to a partner: earlier referrals stay as they are; a new referral that passes data
          to that partner is refused until a new consent is recorded.
        """
        consent = self._require("consent", consent_id)
        self.refuse_if_handed_over(consent["person_id"])
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
        return records.fetch_all(self.conn, "SELECT id, purpose, partner, given_on, withdrawn_on, given_how, language, "
                                            "interpreted, informed FROM consent WHERE person_id = ? ORDER BY id",
                                 (person_id,))

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
        self.refuse_if_handed_over(person_id)
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
            records.insert(self.conn, "case_intensity", case_id=case_id, intensity=intensity, since=opened.isoformat())
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
        self.refuse_if_handed_over(case["person_id"])
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

    # -- intensity: a dated history; the case row keeps the current one for lists and filters ------
    def intensities(self, case_id: int) -> list[dict]:
        return records.fetch_all(self.conn, "SELECT id, case_id, intensity, since FROM case_intensity "
                                 "WHERE case_id = ? ORDER BY since, id", (case_id,))

    def change_intensity(self, case_id: int, intensity: str, since: str | date) -> int:
        """From ``since`` on, the open case is worked with another intensity (Kurzintervention,
        Prozessbegleitung, intensives Case Management); the months before keep the earlier one."""
        case = self._open_case_row(case_id)
        values = self._validated_intensity(case, intensity, since)
        not_before(date.fromisoformat(values["since"]), date.fromisoformat(self.intensities(case_id)[-1]["since"]),
                   "since", tr("Der Wechsel der Intensität"), tr("dem letzten Wechsel"))
        if intensity == case["intensity"]:
            raise ValidationError("intensity", tr("Der Fall hat bereits diese Intensität."))
        return self._change(self.kinds["case_intensity"], "create", None,
                            lambda: records.insert(self.conn, "case_intensity", case_id=case_id, **values))

    def update_intensity(self, entry_id: int, intensity: str, since: str | date) -> None:
        row = self._require("case_intensity", entry_id)
        values = self._validated_intensity(self._require("support_case", row["case_id"]), intensity, since)
        self._change(self.kinds["case_intensity"], "change", entry_id,
                     lambda: records.update(self.conn, "case_intensity", entry_id, **values))

    def _validated_intensity(self, case: dict, intensity: str, since) -> dict:
        self.cat.intensities.require(intensity, "intensity", tr("Intensität"))
        since_d = parse_date(since, "since", tr("Gültig ab"))
        not_in_future(since_d, self.today(), "since", tr("Der Wechsel der Intensität"))
        not_before(since_d, date.fromisoformat(case["opened_on"]), "since", tr("Der Wechsel der Intensität"),
                   tr("der Eröffnung des Falls"))
        if case["closed_on"] and since_d > date.fromisoformat(case["closed_on"]):
            raise ValidationError("since", tr("Der Wechsel der Intensität liegt nach dem Abschluss des Falls."))
        return {"intensity": intensity, "since": since_d.isoformat()}

    def _check_intensity(self, row: dict) -> None:
        self._validated_intensity(self._require("support_case", row["case_id"]), row["intensity"], row["since"])

    def _settle_intensity(self, row: dict, exists: bool) -> None:
        case = self._require("support_case", row["case_id"])
        history = self.intensities(case["id"])
        if not history or history[0]["since"] != case["opened_on"]:
            raise ValidationError("since", tr("Die Intensität ab der Eröffnung des Falls lässt sich ändern, aber "
                                              "nicht löschen oder auf ein anderes Datum legen."))
        records.update(self.conn, "support_case", case["id"], intensity=history[-1]["intensity"])

    def close_case(self, case_id: int, closed_on: str | date, reason: str) -> None:
        case = self._open_case_row(case_id)
        self.refuse_if_handed_over(case["person_id"])
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
                 status: str = "offen", responsible: str = "") -> int:
        """``target_date`` is when the goal is reviewed; ``responsible`` who does what (the Hilfeplan prints it)."""
        self._open_case_row(case_id)
        values = self._validated_goal(text, life_area, target_date, status) | self._responsible(responsible)
        return self._change(self.kinds["goal"], "create", None,
                            lambda: records.insert(self.conn, "goal", case_id=case_id, **values))

    def update_goal(self, goal_id: int, text: str, life_area: str, target_date: str | date | None, status: str,
                    responsible: str | None = None) -> None:
        """Also after the case closed: the support plan's outcome is often noted at the end. Without
        ``responsible`` the recorded one stays."""
        self._require("goal", goal_id)
        values = self._validated_goal(text, life_area, target_date, status)
        if responsible is not None:
            values |= self._responsible(responsible)
        self._change(self.kinds["goal"], "change", goal_id, lambda: records.update(self.conn, "goal", goal_id, **values))

    def set_goal_status(self, goal_id: int, status: str) -> None:
        """Erreicht, aufgegeben, …: the goal's state alone."""
        goal = self.goal(goal_id)
        self.update_goal(goal_id, goal["text"], goal["life_area"], goal["target_date"], status)

    def goal(self, goal_id: int) -> dict:
        return self._require("goal", goal_id)

    def _check_goal(self, row: dict) -> None:
        self._require("support_case", row["case_id"])
        self._validated_goal(row["text"], row["life_area"], row["target_date"], row["status"])

    @staticmethod
    def _responsible(text: str | None) -> dict:
        return {"responsible": unicodedata.normalize("NFC", (text or "").strip())}

    def _validated_goal(self, text, life_area, target_date, status) -> dict:
        return {"text": required_text(text, "text", tr("Das Ziel")),
                    "life_area": self.cat.topics.require(life_area, "life_area", tr("Lebensbereich")),
                    "target_date": _iso(parse_date(target_date, "target_date", tr("Zieldatum"), required=False)),
                    "status": self.cat.goal_status.require(status, "status", tr("Stand des Ziels"))}

    def goals(self, case_id: int) -> list[dict]:
        return records.fetch_all(self.conn, "SELECT * FROM goal WHERE case_id = ? ORDER BY id", (case_id,))

    # -- contacts ----------------------------------------------------------------------------------
    def add_contact(self, case_id: int, contact: Contact) -> int:
        """Also on a closed case, within its open period: contacts are often recorded late."""
        case = self._require("support_case", case_id)
        values, topics = self._validated_contact(case, contact)

        def write() -> int:
            contact_id = records.insert(self.conn, "contact", case_id=case_id, **values)
            for topic in topics:
                records.insert(self.conn, "contact_topic", contact_id=contact_id, topic=topic)
            return contact_id

        return self._change(self.kinds["contact"], "create", None, write)

    def update_contact(self, contact_id: int, contact: Contact) -> None:
        row = self._require("contact", contact_id)
        values, topics = self._validated_contact(self._require("support_case", row["case_id"]), contact)

        def write() -> None:
            records.update(self.conn, "contact", contact_id, **values)
            self.conn.execute("DELETE FROM contact_topic WHERE contact_id = ?", (contact_id,))
            for topic in topics:
                records.insert(self.conn, "contact_topic", contact_id=contact_id, topic=topic)

        self._change(self.kinds["contact"], "change", contact_id, write)

    def contact(self, contact_id: int) -> Contact:
        """A recorded contact as the form shows it."""
        row = self._require("contact", contact_id)
        topics = [t for (t,) in self.conn.execute("SELECT topic FROM contact_topic WHERE contact_id = ? ORDER BY topic",
                                                  (contact_id,))]
        return Contact(date=row["date"], minutes=row["minutes"], channel=row["channel"], topics=topics,
                       notes=row["notes"], interpreter_language=row["interpreter_language"],
                       interpreter_minutes=row["interpreter_minutes"],
                       interpreter_cost=(Decimal(row["interpreter_cost_cents"]) / 100).quantize(Decimal("0.01")))

    def _check_contact(self, row: dict) -> None:
        self._validated_contact(self._require("support_case", row["case_id"]), self.contact(row["id"]))

    def _settle_contact(self, row: dict, exists: bool) -> None:
        person_id = self._person_of(row)
        if person_id is not None:
            self._reindex(person_id)   # the notes are searchable

    def _validated_contact(self, case: dict, contact: Contact) -> tuple[dict, list[str]]:
        on = parse_date(contact.date, "date", tr("Datum des Kontakts"))
        not_in_future(on, self.today(), "date", tr("Der Kontakt"))
        not_before(on, date.fromisoformat(case["opened_on"]), "date", tr("Der Kontakt"), tr("der Eröffnung des Falls"))
        if case["closed_on"] and on > date.fromisoformat(case["closed_on"]):
            raise ValidationError("date", tr("Der Kontakt liegt nach dem Abschluss des Falls."))
        minutes = self._talk(contact)
        interp_minutes = whole_number(contact.interpreter_minutes or 0, "interpreter_minutes",
                                      tr("Dolmetschminuten"), minimum=0)
        cost = _money_cents(contact.interpreter_cost, "interpreter_cost", tr("Dolmetschkosten"))
        language = contact.interpreter_language.strip()
        if (interp_minutes or cost) and not language:
            raise ValidationError("interpreter_language", tr("Bitte die Sprache der Dolmetschung angeben."))
        if not self.has_consent(case["person_id"], "fallarbeit", on):
            raise ValidationError("consent", tr("Für dieses Datum liegt keine Einwilligung in die Fallarbeit vor."))
        return ({"date": on.isoformat(), "minutes": minutes, "channel": contact.channel, "interpreter_language": language,
                     "interpreter_minutes": interp_minutes, "interpreter_cost_cents": cost, "notes": (contact.notes or "").strip()},
                sorted(set(contact.topics)))

    def contacts(self, case_id: int) -> list[dict]:
        rows = records.fetch_all(self.conn, "SELECT * FROM contact WHERE case_id = ? ORDER BY date, id", (case_id,))
        for row in rows:
            row["topics"] = [t for (t,) in self.conn.execute(
                "SELECT topic FROM contact_topic WHERE contact_id = ? ORDER BY topic", (row["id"],))]
        return rows

    # -- the first contact, before consent (Zugang) ------------------------------------------------
    def add_first_contact(self, person_id: int, contact: FirstContact) -> int:
        """The first conversation, documented before consent exists: date, minutes, channel, topics
        and whether consent was asked for. Notes, interpreting and everything else wait for consent."""
        self._require("person", person_id)
        values = self._validated_first_contact(person_id, contact)
        return self._change(self.kinds["first_contact"], "create", None,
                            lambda: records.insert(self.conn, "first_contact", person_id=person_id, **values))

    def update_first_contact(self, contact_id: int, contact: FirstContact) -> None:
        row = self._require("first_contact", contact_id)
        values = self._validated_first_contact(row["person_id"], contact)
        self._change(self.kinds["first_contact"], "change", contact_id,
                     lambda: records.update(self.conn, "first_contact", contact_id, **values))

    def first_contacts(self, person_id: int) -> list[dict]:
        rows = records.fetch_all(self.conn, "SELECT * FROM first_contact WHERE person_id = ? ORDER BY date, id",
                                 (person_id,))
        for row in rows:
            row["topics"] = [t for t in row["topics"].split(",") if t]
        return rows

    def _check_first_contact(self, row: dict) -> None:
        self._validated_first_contact(row["person_id"], FirstContact(
            row["date"], row["minutes"], row["channel"], [t for t in row["topics"].split(",") if t],
            bool(row["consent_requested"])))

    def _talk(self, contact: Contact | FirstContact) -> int:
        """What every contact states, the first one before consent too: a plausible duration (its
        minutes, returned), the channel and at least one topic."""
        minutes = whole_number(contact.minutes, "minutes", tr("Die Dauer"))
        if minutes > MAX_CONTACT_MINUTES:
            raise ValidationError("minutes", tr("Die Dauer von {n} Minuten ist unplausibel (höchstens 12 Stunden).")
                                  .format(n=minutes))
        self.cat.channels.require(contact.channel, "channel", tr("Kontaktart"))
        if not contact.topics:
            raise ValidationError("topics", tr("Bitte mindestens ein Thema wählen."))
        for topic in contact.topics:
            self.cat.topics.require(topic, "topics", tr("Thema"))
        return minutes

    def _validated_first_contact(self, person_id: int, contact: FirstContact) -> dict:
        on = parse_date(contact.date, "date", tr("Datum des Kontakts"))
        not_in_future(on, self.today(), "date", tr("Der Kontakt"))
        minutes = self._talk(contact)
        withdrawn = self.conn.execute("SELECT 1 FROM consent WHERE person_id = ? AND purpose = 'fallarbeit' "
                                      "AND withdrawn_on IS NOT NULL AND withdrawn_on <= ?",
                                      (person_id, on.isoformat())).fetchone()
        if withdrawn:
            raise ValidationError("date", tr("Die Person hat ihre Einwilligung in die Fallarbeit widerrufen: es "
                                             "wird nichts Neues erfasst."))
        if self.has_consent(person_id, "fallarbeit", on):
            raise ValidationError("date", tr("Für diesen Tag liegt eine Einwilligung in die Fallarbeit vor: bitte "
                                             "den Kontakt im Fall erfassen."))
        return {"date": on.isoformat(), "minutes": minutes, "channel": contact.channel,
                "topics": ",".join(sorted(set(contact.topics))), "consent_requested": int(bool(contact.consent_requested))}

    # -- referrals ---------------------------------------------------------------------------------
    def add_referral(self, case_id: int, referral: Referral) -> int:
        case = self._open_case_row(case_id)
        values = self._validated_referral(referral, case)
        return self._change(self.kinds["referral"], "create", None,
                            lambda: records.insert(self.conn, "referral", case_id=case_id, **values))

    def update_referral(self, referral_id: int, referral: Referral) -> None:
        """A correction of everything recorded about the referral, also after the case closed."""
        row = self._require("referral", referral_id)
        values = self._validated_referral(referral, self._require("support_case", row["case_id"]))
        self._change(self.kinds["referral"], "change", referral_id,
                     lambda: records.update(self.conn, "referral", referral_id, **values))

    def record_answer(self, referral_id: int, status: str, outcome: str | None = None,
                      follow_up_on: str | date | None = None) -> None:
        """The partner answered: the new state, the outcome once known, and when to follow up."""
        if status == "angefragt":
            raise ValidationError("status", tr("Mit einer Antwort ist die Verweisung nicht mehr »angefragt«. Bitte "
                                               "den neuen Stand wählen."))
        current = self.referral(referral_id)
        self.update_referral(referral_id, replace(current, status=status, outcome=outcome or None,
                                                  follow_up_on=follow_up_on or None))

    def referral(self, referral_id: int) -> Referral:
        row = self._require("referral", referral_id)
        return Referral(partner=row["partner"], date=row["date"], discloses_data=bool(row["discloses_data"]),
                        status=row["status"], outcome=row["outcome"], follow_up_on=row["follow_up_on"], note=row["note"])

    def _check_referral(self, row: dict) -> None:
        self._validated_referral(self.referral(row["id"]), self._require("support_case", row["case_id"]))

    def _validated_referral(self, r: Referral, case: dict) -> dict:
        self.cat.partners.require(r.partner, "partner", tr("Partner"))
        self.cat.referral_status.require(r.status, "status", tr("Stand der Verweisung"))
        if r.outcome is not None:
            self.cat.referral_outcomes.require(r.outcome, "outcome", tr("Ergebnis der Verweisung"))
            if r.status == "angefragt":
                raise ValidationError("outcome", tr("Ein Ergebnis gibt es erst mit einer Antwort: bitte den Stand "
                                                    "der Verweisung ändern."))
        on = parse_date(r.date, "date", tr("Datum der Verweisung"))
        not_in_future(on, self.today(), "date", tr("Die Verweisung"))
        not_before(on, date.fromisoformat(case["opened_on"]), "date", tr("Die Verweisung"), tr("der Eröffnung des Falls"))
        if case["closed_on"] and on > date.fromisoformat(case["closed_on"]):
            raise ValidationError("date", tr("Die Verweisung liegt nach dem Abschluss des Falls."))
        follow = parse_date(r.follow_up_on, "follow_up_on", tr("Nachfassen am"), required=False)
        not_before(follow, on, "follow_up_on", tr("Das Nachfassen"), tr("der Verweisung"))
        if r.discloses_data and not self.has_consent(case["person_id"], "weitergabe", on, r.partner):
            raise ConsentRequired("consent", tr(
                "Für die Weitergabe von Daten an »{partner}« liegt keine Einwilligung vor. Bitte die Einwilligung "
                "erfassen oder ohne Datenweitergabe verweisen.").format(partner=self.cat.partners.label(r.partner)))
        return {"partner": r.partner, "date": on.isoformat(), "discloses_data": int(bool(r.discloses_data)),
                    "status": r.status, "outcome": r.outcome, "follow_up_on": _iso(follow), "note": (r.note or "").strip()}

    def referrals(self, case_id: int) -> list[dict]:
        return records.fetch_all(self.conn, "SELECT * FROM referral WHERE case_id = ? ORDER BY date, id", (case_id,))

    # -- search ------------------------------------------------------------------------------------
    def search(self, query: str, limit: int = 50) -> list[dict]:
        """Persons whose names, case number or contact notes match every word (as a prefix)."""
        expression = search_text.match_expression(query)
        if expression is None:
            return []
        ids = records.search(self.conn, expression, limit, search_text.words(query))
        by_id = {r["id"]: r for r in records.fetch_all(
            self.conn, f"SELECT id, case_number, family_name, given_names, municipality FROM person "
                       f"WHERE id IN ({','.join('?' * len(ids))})", tuple(ids))} if ids else {}
        return [by_id[i] for i in ids if i in by_id]
