"""Appointments (Termine): with a person, or for an information event; when, how long, where, with
whom, and whether an interpreter is needed (language, provider, booked or not, expected minutes and
cost). *Heute* shows them ahead, and an interpreter not yet booked.

An appointment that took place becomes, in one step, a contact in the person's case (or an
information event): date, minutes, topic, interpreter language, minutes and cost carry over and can
be corrected before saving, so the interpreter figures the statistics count (from contacts,
app/casemanager/release.py) come from the booking instead of being typed twice. One that did not take
place is marked ausgefallen (with a reason) or abgesagt.

The week goes out as an iCalendar file (.ics) for Outlook or Thunderbird: case numbers only, unless
the user chooses names. That file lies outside the encrypted case file.

Booked interpreter cost stays on the laptop: the KI receives interpreter cost only from contacts, in
closed and released quarters (docs/anonymity.md).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from app.casemanager.casework import MAX_CONTACT_MINUTES, Casework, Contact, _money_cents
from app.casemanager.system_work import SystemWork
from app.casemanager.undo import Kind
from app.core.messages import tr
from app.core.validation import ValidationError, parse_date, whole_number
from storage import records
from storage.atomic import write_atomically

PLANNED, HELD, FAILED, CANCELLED = "geplant", "stattgefunden", "ausgefallen", "abgesagt"
TIME_ZONE = "Europe/Berlin"        # the calendar file's times: NRW's local time
AHEAD_YEARS = 2                    # a later date is a typo (2062 for 2026)
INTERPRETER_LEAD_DAYS = 7          # an interpreter should be booked this long before the appointment
HOME_VISIT = "hausbesuch"          # its place is the person's home: never in a calendar file without names


@dataclass
class Appointment:
    """What the form holds. With a person: ``municipality`` stays None, ``topic`` is optional. For
    an information event: no person, ``municipality`` and ``topic`` are required."""
    day: str | date
    start: str                          # "09:30" (also "9.30" or "9")
    minutes: int
    place: str = ""
    with_whom: str = ""
    channel: str = "persoenlich"
    topic: str | None = None
    note: str = ""
    interpreter_language: str = ""      # catalogue code; empty: no interpreter needed
    interpreter_provider: str = ""
    interpreter_booked: bool = False
    interpreter_minutes: int = 0        # expected
    interpreter_cost: str | Decimal = "0"   # expected, euros
    municipality: str | None = None


@dataclass(frozen=True)
class QuarterInterpreting:
    """This laptop's interpreting in a quarter, for the case manager's own eyes: what contacts
    recorded (what the statistics count once the quarter is released) and what is booked or
    planned but has not taken place."""
    label: str
    held_cents: int
    booked: int
    booked_cents: int
    unbooked: int
    unbooked_cents: int


def state_label(state: str) -> str:
    return {PLANNED: tr("geplant"), HELD: tr("stattgefunden"), FAILED: tr("ausgefallen"),
            CANCELLED: tr("abgesagt")}[state]


def reasons(state: str) -> list[tuple[str, str]]:
    """Why an appointment did not take place (ausgefallen) or was called off (abgesagt). Kept as a
    code: the audit log never sees it, the case file does."""
    if state == FAILED:
        return [("nicht_erschienen", tr("Person nicht erschienen")),
                ("dolmetschung_fehlte", tr("Sprachmittlung nicht da")),
                ("krankheit", tr("Krankheit")), ("sonstiges", tr("anderer Grund"))]
    return [("von_person", tr("von der Person abgesagt")), ("von_uns", tr("von uns abgesagt")),
            ("vom_partner", tr("vom Partner abgesagt")), ("sonstiges", tr("anderer Grund"))]


def parse_time(value: str | time | None, field: str = "start", label: str | None = None) -> time:
    """09:30, 9:30, 9.30 or 9 (a whole hour); refused with a message that says how to write it."""
    label = label or tr("Uhrzeit")
    if isinstance(value, time):
        return value
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, tr("{label} fehlt.").format(label=label))
    match = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?(?:\s*Uhr)?", text)
    if not match:
        raise ValidationError(field, tr("{label}: »{text}« ist nicht lesbar. Bitte als HH:MM angeben, z. B. 09:30.")
                              .format(label=label, text=text))
    hour, minute = int(match[1]), int(match[2] or 0)
    if hour > 23 or minute > 59:
        raise ValidationError(field, tr("{label}: »{text}« gibt es nicht. Bitte eine Uhrzeit zwischen 00:00 und 23:59 "
                                        "angeben.").format(label=label, text=text))
    return time(hour, minute)


def parse_week(text: str) -> date:
    """The Monday of a calendar week written 2026-W48 (ISO 8601; also 2026W48 or KW48/2026), or of
    the week a date (24.11.2026, 2026-11-24) falls in."""
    value = (text or "").strip()
    match = re.fullmatch(r"(\d{4})-?W(\d{1,2})", value, re.IGNORECASE) or \
        re.fullmatch(r"KW\s*(\d{1,2})\s*/\s*(\d{4})", value, re.IGNORECASE)
    if match:
        year, week = (int(match[1]), int(match[2])) if len(match[1]) == 4 else (int(match[2]), int(match[1]))
        try:
            return date.fromisocalendar(year, week, 1)
        except ValueError:
            raise ValidationError("week", tr("Die Kalenderwoche {week} gibt es {year} nicht.").format(
                week=week, year=year)) from None
    try:
        day = parse_date(value, "week", tr("Woche"))
    except ValidationError:
        raise ValidationError("week", tr("»{text}« ist keine Woche. Bitte als JJJJ-Www angeben, z. B. 2026-W48, oder "
                                         "ein Datum der Woche.").format(text=value)) from None
    return monday_of(day)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_key(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def week_label(monday: date) -> str:
    """"KW 48 · 23.11. – 29.11.2026"."""
    sunday = monday + timedelta(days=6)
    return tr("KW {week} · {first} – {last}").format(
        week=monday.isocalendar()[1], first=f"{monday.day:02d}.{monday.month:02d}.",
        last=f"{sunday.day:02d}.{sunday.month:02d}.{sunday.year}")


def weekday_name(day: date) -> str:
    return (tr("Montag"), tr("Dienstag"), tr("Mittwoch"), tr("Donnerstag"), tr("Freitag"), tr("Samstag"),
            tr("Sonntag"))[day.weekday()]


def end_of(row: dict) -> str:
    """HH:MM the appointment ends."""
    start = datetime.combine(date.fromisoformat(row["day"]), time.fromisoformat(row["start"]))
    return (start + timedelta(minutes=row["minutes"])).strftime("%H:%M")


def _quarter(day: date) -> tuple[date, date, str]:
    number = (day.month - 1) // 3 + 1
    first = date(day.year, 3 * number - 2, 1)
    last = (date(day.year + (number == 4), (3 * number) % 12 + 1, 1)) - timedelta(days=1)
    return first, last, tr("{q}. Quartal {year}").format(q=number, year=day.year)


SELECT = ("SELECT a.*, p.case_number, p.family_name || ', ' || p.given_names AS name FROM appointment a "
          "LEFT JOIN person p ON p.id = a.person_id ")


class Appointments:
    """The use cases on appointments, on top of ``Casework`` (its audit log, undo and deletion)."""

    def __init__(self, casework: Casework) -> None:
        self.cw = casework
        self.conn = casework.conn
        self.cat = casework.cat
        casework.kinds.setdefault("appointment", Kind("appointment", self._check, lambda row, exists: None))

    # -- recording -----------------------------------------------------------------------------------
    def add(self, appointment: Appointment, person_id: int | None = None) -> int:
        """An appointment with a person (``person_id``) or, without one, for an information event."""
        values = self._validated(appointment, person_id)
        return self.cw._change(self.cw.kinds["appointment"], "create", None,
                               lambda: records.insert(self.conn, "appointment", person_id=person_id, **values))

    def update(self, appointment_id: int, appointment: Appointment) -> None:
        """A correction while it is still planned (once held, the contact is corrected instead)."""
        row = self._planned(appointment_id)
        values = self._validated(appointment, row["person_id"])
        self.cw._change(self.cw.kinds["appointment"], "change", appointment_id,
                        lambda: records.update(self.conn, "appointment", appointment_id, **values))

    def mark_booked(self, appointment_id: int) -> None:
        """The interpreter is booked."""
        row = self._planned(appointment_id)
        if not row["interpreter_language"]:
            raise ValidationError("interpreter_language", tr("Für diesen Termin ist keine Sprachmittlung vorgesehen."))
        self.cw._change(self.cw.kinds["appointment"], "change", appointment_id,
                        lambda: records.update(self.conn, "appointment", appointment_id, interpreter_booked=1))

    def mark_failed(self, appointment_id: int, reason: str) -> None:
        """Ausgefallen: the appointment did not take place, for a reason from ``reasons(FAILED)``."""
        self._end(appointment_id, FAILED, reason, required=True)

    def cancel(self, appointment_id: int, reason: str | None = None) -> None:
        """Abgesagt: called off beforehand (the reason is optional)."""
        self._end(appointment_id, CANCELLED, reason, required=False)

    def _end(self, appointment_id: int, state: str, reason: str | None, required: bool) -> None:
        self._planned(appointment_id)
        if (reason or required) and reason not in {code for code, _ in reasons(state)}:
            raise ValidationError("reason", tr("Bitte einen Grund wählen."))
        self.cw._change(self.cw.kinds["appointment"], "change", appointment_id,
                        lambda: records.update(self.conn, "appointment", appointment_id, state=state,
                                               reason=reason or None))

    def held_contact(self, appointment_id: int) -> Contact:
        """The contact an appointment with a person becomes, as the form shows it before saving."""
        row = self._require(appointment_id)
        entry = self.cat.languages.get(row["interpreter_language"])
        return Contact(date=row["day"], minutes=row["minutes"], channel=row["channel"],
                       topics=[row["topic"]] if row["topic"] else [],
                       interpreter_language=entry.label if entry else "",
                       interpreter_minutes=row["interpreter_minutes"],
                       interpreter_cost=(Decimal(row["interpreter_cost_cents"]) / 100).quantize(Decimal("0.01")))

    def mark_held(self, appointment_id: int, contact: Contact) -> int:
        """Termin hat stattgefunden: the contact is recorded in the person's case open on its day
        (through ``Casework.add_contact`` and all its rules), and the appointment points at it. One
        transaction: both or neither. Returns the contact's id."""
        row = self._planned(appointment_id)
        if row["person_id"] is None:
            raise ValidationError("id", tr("Eine Informationsveranstaltung wird als Veranstaltung erfasst."))
        day = parse_date(contact.date, "date", tr("Datum des Kontakts"))
        case = records.fetch_all(self.conn, "SELECT * FROM support_case WHERE person_id = ? AND opened_on <= ? "
                                            "AND (closed_on IS NULL OR closed_on >= ?) ORDER BY opened_on DESC LIMIT 1",
                                 (row["person_id"], day.isoformat(), day.isoformat()))
        if not case:
            number = records.fetch(self.conn, "person", row["person_id"])["case_number"]
            raise ValidationError("date", tr(
                "Am {day} war für {number} kein Fall offen, und ein Kontakt gehört zu einem Fall. Bitte zuerst den "
                "Fall eröffnen (mit der Einwilligung in die Fallarbeit), oder den Termin als ausgefallen oder "
                "abgesagt erfassen.").format(day=day.strftime("%d.%m.%Y"), number=number))
        self.cw._validated_contact(case[0], contact)   # first, so a refusal leaves Ctrl+Z as it was
        try:
            with self.cw._write():
                contact_id = self.cw.add_contact(case[0]["id"], contact)
                records.update(self.conn, "appointment", appointment_id, state=HELD, contact_id=contact_id, reason=None)
                # Two records in one step: Ctrl+Z cannot take it back as one, so it takes back nothing older.
                self.cw._audit("held", "appointment", appointment_id)
        except BaseException:
            self.cw.undo_stack.clear()   # the contact's step may be on it, its write rolled back
            raise
        return contact_id

    def mark_held_event(self, appointment_id: int, on, municipality: str, topic: str, participants,
                        languages: str = "", interpreters=0) -> int:
        """An information event that took place: recorded as an event (``SystemWork.add_event``)."""
        row = self._planned(appointment_id)
        if row["person_id"] is not None:
            raise ValidationError("id", tr("Ein Termin mit einer Person wird als Kontakt erfasst."))
        work = SystemWork(self.cw)
        work._event_values(on, municipality, topic, participants, languages, interpreters)   # refused before writing
        try:
            with self.cw._write():
                event_id = work.add_event(on, municipality, topic, participants, languages,
                                                         interpreters)
                records.update(self.conn, "appointment", appointment_id, state=HELD, event_id=event_id, reason=None)
                self.cw._audit("held", "appointment", appointment_id)
        except BaseException:
            self.cw.undo_stack.clear()
            raise
        return event_id

    def held_event(self, appointment_id: int) -> dict:
        """The information event an appointment becomes, as the form shows it before saving."""
        row = self._require(appointment_id)
        entry = self.cat.languages.get(row["interpreter_language"])
        return {"on": row["day"], "municipality": row["municipality"], "topic": row["topic"], "participants": 0,
                "languages": entry.label if entry else "", "interpreters": 1 if entry else 0}

    def delete(self, appointment_id: int, reason: str) -> None:
        """For a reason from ``casework.delete_reasons``; a contact or event made from it stays."""
        self.cw.delete("appointment", appointment_id, reason)

    # -- rules ------------------------------------------------------------------------------------------
    def _require(self, appointment_id: int) -> dict:
        return self.cw._require("appointment", appointment_id)

    def _planned(self, appointment_id: int) -> dict:
        row = self._require(appointment_id)
        if row["state"] != PLANNED:
            message = tr("Der Termin ist bereits als »{state}« erfasst und lässt sich nicht mehr ändern.")
            if row["state"] == HELD:
                message += " " + tr("Korrekturen bitte am Kontakt oder an der Veranstaltung.")
            raise ValidationError("state", message.format(state=state_label(row["state"])))
        return row

    def _check(self, row: dict) -> None:
        """A row as Ctrl+Z would put it back: the rules of the form, and a valid state."""
        if row["state"] not in (PLANNED, HELD, FAILED, CANCELLED):
            raise ValidationError("state", tr("Unbekannter Stand des Termins."))
        self._validated(self.appointment(row), row["person_id"])

    def appointment(self, row: dict | int) -> Appointment:
        """A recorded appointment as the form shows it."""
        row = self._require(row) if isinstance(row, int) else row
        return Appointment(
            day=row["day"], start=row["start"], minutes=row["minutes"], place=row["place"], with_whom=row["with_whom"],
            channel=row["channel"], topic=row["topic"], note=row["note"],
            interpreter_language=row["interpreter_language"], interpreter_provider=row["interpreter_provider"],
            interpreter_booked=bool(row["interpreter_booked"]), interpreter_minutes=row["interpreter_minutes"],
            interpreter_cost=(Decimal(row["interpreter_cost_cents"]) / 100).quantize(Decimal("0.01")),
            municipality=row["municipality"])

    def _validated(self, a: Appointment, person_id: int | None) -> dict:
        day = parse_date(a.day, "day", tr("Datum des Termins"))
        today = self.cw.today()
        if day > today + timedelta(days=366 * AHEAD_YEARS):
            raise ValidationError("day", tr("Der Termin liegt mehr als {n} Jahre in der Zukunft: bitte das Datum "
                                            "prüfen.").format(n=AHEAD_YEARS))
        start = parse_time(a.start)
        minutes = whole_number(a.minutes, "minutes", tr("Die Dauer"))
        if minutes > MAX_CONTACT_MINUTES:
            raise ValidationError("minutes", tr("Die Dauer von {n} Minuten ist unplausibel (höchstens 12 Stunden).")
                                  .format(n=minutes))
        if start.hour * 60 + start.minute + minutes > 24 * 60:
            raise ValidationError("minutes", tr("Der Termin endet erst nach Mitternacht: bitte Uhrzeit und Dauer "
                                                "prüfen."))
        self.cat.channels.require(a.channel, "channel", tr("Kontaktart"))
        if person_id is None:
            self.cat.municipalities.require(a.municipality or "", "municipality", tr("Kommune"))
            self.cat.topics.require(a.topic or "", "topic", tr("Thema"))
            municipality = a.municipality
        else:
            self.cw._require("person", person_id)
            self._refuse_after_withdrawal(person_id, day)
            if a.topic:
                self.cat.topics.require(a.topic, "topic", tr("Thema"))
            municipality = None
        language = (a.interpreter_language or "").strip()
        interp_minutes = whole_number(a.interpreter_minutes or 0, "interpreter_minutes",
                                      tr("Erwartete Dolmetschminuten"), minimum=0)
        if interp_minutes > MAX_CONTACT_MINUTES:
            raise ValidationError("interpreter_minutes", tr("{n} Dolmetschminuten sind unplausibel (höchstens 12 "
                                                            "Stunden).").format(n=interp_minutes))
        cost = _money_cents(a.interpreter_cost or "0", "interpreter_cost", tr("Erwartete Dolmetschkosten"))
        provider = (a.interpreter_provider or "").strip()
        if language:
            self.cat.languages.require(language, "interpreter_language", tr("Sprache der Dolmetschung"))
        elif interp_minutes or cost or provider or a.interpreter_booked:
            raise ValidationError("interpreter_language", tr("Bitte die Sprache der Dolmetschung wählen (oder die "
                                                             "Angaben zur Dolmetschung leeren)."))
        return {"municipality": municipality, "day": day.isoformat(), "start": start.strftime("%H:%M"),
                "minutes": minutes, "place": (a.place or "").strip(), "with_whom": (a.with_whom or "").strip(),
                "channel": a.channel, "topic": a.topic or None, "note": (a.note or "").strip(),
                "interpreter_language": language, "interpreter_provider": provider,
                "interpreter_booked": int(bool(a.interpreter_booked and language)),
                "interpreter_minutes": interp_minutes, "interpreter_cost_cents": cost}

    def _refuse_after_withdrawal(self, person_id: int, day: date) -> None:
        """After consent to casework was withdrawn nothing new is arranged, unless it was given again."""
        withdrawn, current = self.conn.execute(
            "SELECT total(withdrawn_on IS NOT NULL AND withdrawn_on <= ?), total(withdrawn_on IS NULL) FROM consent "
            "WHERE person_id = ? AND purpose = 'fallarbeit'", (day.isoformat(), person_id)).fetchone()
        if withdrawn and not current:
            raise ValidationError("person", tr("Die Person hat ihre Einwilligung in die Fallarbeit widerrufen: es "
                                               "wird kein Termin mehr vereinbart."))

    def person_for(self, text: str) -> int:
        """The person meant by a case number or a name as typed in the form: exactly one must match."""
        typed = (text or "").strip()
        if not typed:
            raise ValidationError("person", tr("Bitte Fallnummer oder Namen der Person angeben."))
        row = self.conn.execute("SELECT id FROM person WHERE case_number = ?", (typed.upper(),)).fetchone()
        if row:
            return row[0]
        found = self.cw.search(typed, limit=3)
        if len(found) == 1:
            return found[0]["id"]
        if not found:
            raise ValidationError("person", tr("Keine Person gefunden zu »{text}«.").format(text=typed))
        raise ValidationError("person", tr("»{text}« passt auf mehrere Personen: bitte die Fallnummer angeben.")
                              .format(text=typed))

    # -- reading --------------------------------------------------------------------------------------
    def between(self, first: date, last: date) -> list[dict]:
        """Every appointment from ``first`` to ``last`` (inclusive), in order, with the person's case
        number and name (None for information events)."""
        return records.fetch_all(self.conn, SELECT + "WHERE a.day BETWEEN ? AND ? ORDER BY a.day, a.start, a.id",
                                 (first.isoformat(), last.isoformat()))

    def week(self, monday: date) -> list[dict]:
        return self.between(monday, monday + timedelta(days=6))

    def of_person(self, person_id: int) -> list[dict]:
        """A person's appointments, the newest first."""
        return records.fetch_all(self.conn, SELECT + "WHERE a.person_id = ? ORDER BY a.day DESC, a.start DESC, a.id DESC",
                                 (person_id,))

    def row(self, appointment_id: int) -> dict:
        rows = records.fetch_all(self.conn, SELECT + "WHERE a.id = ?", (appointment_id,))
        if not rows:
            raise ValidationError("id", tr("Der Datensatz existiert nicht (mehr)."))
        return rows[0]

    def starting_soon(self, now: datetime, lead_minutes: int) -> list[dict]:
        """Planned appointments that begin within ``lead_minutes`` of ``now`` (local time), for the
        notice the window shows while it is open."""
        if lead_minutes <= 0:
            return []
        until = now + timedelta(minutes=lead_minutes)
        return [r for r in self.between(now.date(), until.date()) if r["state"] == PLANNED
                and now <= datetime.combine(date.fromisoformat(r["day"]), time.fromisoformat(r["start"])) <= until]

    def interpreting(self, day: date) -> QuarterInterpreting:
        """The quarter of ``day`` on this laptop: interpreter cost from contacts, and booked and not
        yet booked cost of appointments still planned. Never sent: see docs/anonymity.md."""
        first, last, label = _quarter(day)
        span = (first.isoformat(), last.isoformat())
        (held,) = self.conn.execute("SELECT coalesce(sum(interpreter_cost_cents), 0) FROM contact "
                                    "WHERE date BETWEEN ? AND ?", span).fetchone()
        planned = dict.fromkeys((0, 1), (0, 0))
        for booked, n, cents in self.conn.execute(
                "SELECT interpreter_booked, count(*), sum(interpreter_cost_cents) FROM appointment "
                "WHERE state = ? AND interpreter_language != '' AND day BETWEEN ? AND ? GROUP BY 1", (PLANNED, *span)):
            planned[booked] = (n, cents)
        return QuarterInterpreting(label, held, *planned[1], *planned[0])

    # -- the calendar file --------------------------------------------------------------------------
    def ics(self, rows: list[dict], with_names: bool = False, now: datetime | None = None) -> bytes:
        """An iCalendar file of these appointments. Without names: the case number, time, place
        (a home visit says only »Hausbesuch«), channel and interpreting; with names also the name
        and who else takes part. Notes never. Cancelled and failed ones go as cancelled, so a
        calendar that imported them before takes them out."""
        from zoneinfo import ZoneInfo

        from icalendar import Calendar, Event

        zone = ZoneInfo(TIME_ZONE)
        cal = Calendar()
        cal.add("prodid", "-//Fallakte//Termine//DE")
        cal.add("version", "2.0")
        cal.add("calscale", "GREGORIAN")
        stamp = (now or datetime.now(UTC)).astimezone(UTC)
        token = self._uid_token()
        for row in rows:
            event = Event()
            begins = datetime.combine(date.fromisoformat(row["day"]), time.fromisoformat(row["start"]), zone)
            event.add("uid", f"{token}-{row['id']}@fallakte")
            event.add("dtstamp", stamp)
            event.add("dtstart", begins)
            event.add("dtend", begins + timedelta(minutes=row["minutes"]))
            event.add("summary", self._summary(row, with_names))
            place = row["place"]
            if row["channel"] == HOME_VISIT and not with_names:
                place = self.cat.channels.label(HOME_VISIT)
            if place:
                event.add("location", place)
            event.add("description", "\n".join(self._details(row, with_names)))
            event.add("status", "CONFIRMED" if row["state"] in (PLANNED, HELD) else "CANCELLED")
            event.add("transp", "OPAQUE")
            cal.add_component(event)
        cal.add_missing_timezones()
        return cal.to_ical()

    def _summary(self, row: dict, with_names: bool) -> str:
        if row["person_id"] is None:
            return tr("Informationsveranstaltung: {topic}").format(topic=self.cat.topics.label(row["topic"]))
        if with_names:
            return tr("Termin {name} ({number})").format(name=row["name"], number=row["case_number"])
        return tr("Termin {number}").format(number=row["case_number"])

    def _details(self, row: dict, with_names: bool) -> list[str]:
        lines = [tr("Kontaktart: {channel}").format(channel=self.cat.channels.label(row["channel"]))]
        if row["person_id"] is None:
            lines.append(tr("Kommune: {place}").format(place=self.cat.municipalities.label(row["municipality"])))
        elif row["topic"]:
            lines.append(tr("Thema: {topic}").format(topic=self.cat.topics.label(row["topic"])))
        if with_names and row["with_whom"]:
            lines.append(tr("Mit: {who}").format(who=row["with_whom"]))
        if row["interpreter_language"]:
            lines.append(self.interpreter_text(row))
        if row["state"] != PLANNED:
            lines.append(tr("Stand: {state}").format(state=state_label(row["state"])))
        return lines

    def interpreter_text(self, row: dict) -> str:
        """"Sprachmittlung Arabisch (Dolmetschpool Kreis), gebucht"."""
        if not row["interpreter_language"]:
            return ""
        language = self.cat.languages.label(row["interpreter_language"])
        who = f" ({row['interpreter_provider']})" if row["interpreter_provider"] else ""
        booked = tr("gebucht") if row["interpreter_booked"] else tr("noch nicht gebucht")
        return tr("Sprachmittlung {language}{provider}, {booked}").format(language=language, provider=who,
                                                                           booked=booked)

    def _uid_token(self) -> str:
        """A random token of this case file, so that a calendar recognises an appointment exported
        again (and another case file's appointment 1 is not mistaken for it)."""
        token = records.get_setting(self.conn, "ics_uid_token", "")
        if not token:
            token = secrets.token_hex(8)
            with records.atomic(self.conn):
                records.set_setting(self.conn, "ics_uid_token", token)
        return token

    def export_week(self, monday: date, path: Path, with_names: bool = False) -> Path:
        """The week's appointments as an .ics file, readable by its owner only, audit-logged (the
        week and whether names went with it). The file lies outside the encrypted case file."""
        path = Path(path)
        if path.is_dir():
            path = path / f"termine-{week_key(monday)}.ics"
        write_atomically(path, self.ics(self.week(monday), with_names))
        self.cw.casefile.audit("export", "appointments:names" if with_names else "appointments", week_key(monday))
        return path
