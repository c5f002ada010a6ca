"""What a case manager does beyond the single case: anonymous short interventions, the time log
behind the 60/40 split, information events and system observations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.casemanager import cellkey
from app.casemanager.casework import Casework
from app.core.messages import tr
from app.core.validation import ValidationError, not_in_future, parse_date, required_text, whole_number
from storage import records
from sync.payload import INDIVIDUAL

TARGET_INDIVIDUAL_SHARE = 0.6


@dataclass(frozen=True)
class TimeSplit:
    individual_minutes: int     # contacts plus time logged as "einzelfall"
    system_minutes: dict[str, int]

    @property
    def system_total(self) -> int:
        return sum(self.system_minutes.values())

    @property
    def individual_share(self) -> float | None:
        total = self.individual_minutes + self.system_total
        return self.individual_minutes / total if total else None


class SystemWork:
    def __init__(self, casework: Casework) -> None:
        self.cw = casework
        self.conn = casework.conn
        self.cat = casework.cat

    def _past_date(self, value, label: str) -> date:
        day = parse_date(value, "date", label)
        not_in_future(day, self.cw.today(), "date", label)
        return day

    def _write(self, table: str, **values) -> int:
        with records.atomic(self.conn):
            record_id = records.insert(self.conn, table, **values)
            self.cw._audit("create", table, record_id)
        return record_id

    def add_short_intervention(self, on, municipality: str, topic: str, language: str = "",
                               partner: str | None = None) -> int:
        """A single piece of information or a referral for someone who never becomes a case: counted,
        with no personal data at all."""
        day = self._past_date(on, tr("Datum"))
        self.cat.municipalities.require(municipality, "municipality", tr("Kommune"))
        self.cat.topics.require(topic, "topic", tr("Thema"))
        if partner:
            self.cat.partners.require(partner, "partner", tr("Partner"))
        return self._write("short_intervention", date=day.isoformat(), municipality=municipality, topic=topic,
                           language=language.strip(), partner=partner or None, record_key=cellkey.new_record_key())

    def log_time(self, on, minutes, kind: str, note: str = "") -> int:
        day = self._past_date(on, tr("Datum"))
        minutes = whole_number(minutes, "minutes", tr("Die Dauer"))
        if minutes > 24 * 60:
            raise ValidationError("minutes", tr("Mehr als 24 Stunden an einem Tag sind nicht möglich."))
        if kind != INDIVIDUAL:
            self.cat.system_work.require(kind, "kind", tr("Art der Tätigkeit"))
        return self._write("time_entry", date=day.isoformat(), minutes=minutes, kind=kind, note=note.strip())

    def add_event(self, on, municipality: str, topic: str, participants, languages: str = "", interpreters=0) -> int:
        day = self._past_date(on, tr("Datum der Veranstaltung"))
        self.cat.municipalities.require(municipality, "municipality", tr("Kommune"))
        self.cat.topics.require(topic, "topic", tr("Thema"))
        count = whole_number(participants, "participants", tr("Teilnehmende"), minimum=0)
        interp = whole_number(interpreters, "interpreters", tr("Dolmetschende"), minimum=0)
        return self._write("info_event", date=day.isoformat(), municipality=municipality, topic=topic,
                           participants=count, languages=languages.strip(), interpreters=interp)

    def add_observation(self, on, municipality: str, category: str, text: str) -> int:
        day = self._past_date(on, tr("Datum"))
        self.cat.municipalities.require(municipality, "municipality", tr("Kommune"))
        self.cat.observation_categories.require(category, "category", tr("Kategorie"))
        body = required_text(text, "text", tr("Die Beobachtung"))
        return self._write("observation", date=day.isoformat(), municipality=municipality, category=category,
                           text=body)

    def events(self, limit: int = 500) -> list[dict]:
        """The newest information events first."""
        return records.fetch_all(self.conn, "SELECT date, municipality, topic, participants, languages, interpreters "
                                            "FROM info_event ORDER BY date DESC LIMIT ?", (limit,))

    def observations(self, limit: int = 500) -> list[dict]:
        return records.fetch_all(self.conn, "SELECT date, municipality, category, text FROM observation "
                                            "ORDER BY date DESC LIMIT ?", (limit,))

    def time_split(self, start: date, end: date) -> TimeSplit:
        """Minutes from ``start`` to ``end`` (inclusive) on single cases and on system work."""
        span = (start.isoformat(), end.isoformat())
        contacts = self.conn.execute("SELECT coalesce(sum(minutes), 0) FROM contact WHERE date BETWEEN ? AND ?",
                                     span).fetchone()[0]
        logged = dict(self.conn.execute("SELECT kind, sum(minutes) FROM time_entry WHERE date BETWEEN ? AND ? "
                                        "GROUP BY kind", span).fetchall())
        individual = contacts + logged.pop(INDIVIDUAL, 0)
        return TimeSplit(individual, logged)
