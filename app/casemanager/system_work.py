"""What a case manager does beyond the single case: anonymous short interventions, the time log
behind the 60/40 split, information events and system observations. Time entries, events and
observations can be corrected and deleted like casework (``Casework.delete``, Ctrl+Z)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.casemanager import cellkey
from app.casemanager.casework import Casework
from app.casemanager.undo import Kind
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


def _settled(row: dict, exists: bool) -> None:
    pass


class SystemWork:
    def __init__(self, casework: Casework) -> None:
        self.cw = casework
        self.conn = casework.conn
        self.cat = casework.cat
        for kind in (Kind("time_entry", lambda r: self._time_values(r["date"], r["minutes"], r["kind"], r["note"],
                                                                   r.get("id")), _settled),
                     Kind("info_event", lambda r: self._event_values(r["date"], r["municipality"], r["topic"],
                                                                     r["participants"], r["languages"], r["interpreters"]),
                          _settled),
                     Kind("observation", lambda r: self._observation_values(r["date"], r["municipality"],
                                                                            r["category"], r["text"]), _settled)):
            casework.kinds.setdefault(kind.table, kind)

    def _past_date(self, value, label: str) -> date:
        day = parse_date(value, "date", label)
        not_in_future(day, self.cw.today(), "date", label)
        return day

    def _write(self, table: str, **values) -> int:
        return self.cw._change(self.cw.kinds[table], "create", None,
                               lambda: records.insert(self.conn, table, **values))

    def _update(self, table: str, record_id: int, values: dict) -> None:
        self.cw._require(table, record_id)
        self.cw._change(self.cw.kinds[table], "change", record_id,
                        lambda: records.update(self.conn, table, record_id, **values))

    def delete(self, table: str, record_id: int, reason: str) -> None:
        """A time entry, event or observation, for a reason from ``casework.delete_reasons``."""
        self.cw.delete(table, record_id, reason)

    def record(self, table: str, record_id: int) -> dict:
        """A time entry, event or observation as stored, for the form that corrects it."""
        if table not in ("time_entry", "info_event", "observation"):
            raise ValueError(table)
        return self.cw._require(table, record_id)

    def add_short_intervention(self, on, municipality: str, topic: str, language: str = "",
                               partner: str | None = None) -> int:
        """A single piece of information or a referral for someone who never becomes a case: counted,
        with no personal data at all."""
        day = self._past_date(on, tr("Datum"))
        self.cat.municipalities.require(municipality, "municipality", tr("Kommune"))
        self.cat.topics.require(topic, "topic", tr("Thema"))
        if partner:
            self.cat.partners.require(partner, "partner", tr("Partner"))
        with records.atomic(self.conn):   # a tally without personal data: nothing to correct
            record_id = records.insert(self.conn, "short_intervention", date=day.isoformat(), municipality=municipality,
                                       topic=topic, language=language.strip(), partner=partner or None,
                                       record_key=cellkey.new_record_key())
            self.cw._audit("create", "short_intervention", record_id)
        return record_id

    # -- time log ----------------------------------------------------------------------------------
    def log_time(self, on, minutes, kind: str, note: str = "") -> int:
        return self._write("time_entry", **self._time_values(on, minutes, kind, note))

    def update_time(self, entry_id: int, on, minutes, kind: str, note: str = "") -> None:
        self._update("time_entry", entry_id, self._time_values(on, minutes, kind, note, entry_id))

    def _time_values(self, on, minutes, kind: str, note: str, entry_id: int | None = None) -> dict:
        day = self._past_date(on, tr("Datum"))
        minutes = whole_number(minutes, "minutes", tr("Die Dauer"))
        # The day's time log and contacts together: a day has 24 hours (a 1 450-minute entry is a typo).
        (before,) = self.conn.execute(
            "SELECT (SELECT coalesce(sum(minutes), 0) FROM time_entry WHERE date = ? AND id IS NOT ?) + "
            "(SELECT coalesce(sum(minutes), 0) FROM contact WHERE date = ? "
            "AND id NOT IN (SELECT contact_id FROM contact_received))",   # a colleague's, handed over
            (day.isoformat(), entry_id, day.isoformat())).fetchone()
        if before + minutes > 24 * 60:
            raise ValidationError("minutes", tr(
                "Am {day} sind schon {logged} Std. erfasst; mit {minutes} Minuten wären es mehr als 24 Stunden.")
                .format(day=day.strftime("%d.%m.%Y"), logged=f"{before // 60}:{before % 60:02d}", minutes=minutes))
        if kind != INDIVIDUAL:
            self.cat.system_work.require(kind, "kind", tr("Art der Tätigkeit"))
        return {"date": day.isoformat(), "minutes": minutes, "kind": kind, "note": (note or "").strip()}

    def time_entries(self, start: date, end: date) -> list[dict]:
        """The time logged from ``start`` to ``end`` (inclusive), in order."""
        return records.fetch_all(self.conn, "SELECT id, date, minutes, kind, note FROM time_entry "
                                            "WHERE date BETWEEN ? AND ? ORDER BY date, id",
                                 (start.isoformat(), end.isoformat()))

    # -- information events ------------------------------------------------------------------------
    def add_event(self, on, municipality: str, topic: str, participants, languages: str = "", interpreters=0) -> int:
        return self._write("info_event", **self._event_values(on, municipality, topic, participants, languages,
                                                              interpreters))

    def update_event(self, event_id: int, on, municipality: str, topic: str, participants, languages: str = "",
                     interpreters=0) -> None:
        self._update("info_event", event_id, self._event_values(on, municipality, topic, participants, languages,
                                                                interpreters))

    def _event_values(self, on, municipality, topic, participants, languages, interpreters) -> dict:
        day = self._past_date(on, tr("Datum der Veranstaltung"))
        self.cat.municipalities.require(municipality, "municipality", tr("Kommune"))
        self.cat.topics.require(topic, "topic", tr("Thema"))
        count = whole_number(participants, "participants", tr("Teilnehmende"), minimum=0)
        interp = whole_number(interpreters, "interpreters", tr("Dolmetschende"), minimum=0)
        return {"date": day.isoformat(), "municipality": municipality, "topic": topic, "participants": count,
                    "languages": (languages or "").strip(), "interpreters": interp}

    # -- system observations -----------------------------------------------------------------------
    def add_observation(self, on, municipality: str, category: str, text: str) -> int:
        return self._write("observation", **self._observation_values(on, municipality, category, text))

    def update_observation(self, observation_id: int, on, municipality: str, category: str, text: str) -> None:
        self._update("observation", observation_id, self._observation_values(on, municipality, category, text))

    def _observation_values(self, on, municipality, category, text) -> dict:
        day = self._past_date(on, tr("Datum"))
        self.cat.municipalities.require(municipality, "municipality", tr("Kommune"))
        self.cat.observation_categories.require(category, "category", tr("Kategorie"))
        body = required_text(text, "text", tr("Die Beobachtung"))
        return {"date": day.isoformat(), "municipality": municipality, "category": category, "text": body}

    def events(self, limit: int = 500) -> list[dict]:
        """The newest information events first."""
        return records.fetch_all(self.conn, "SELECT id, date, municipality, topic, participants, languages, "
                                            "interpreters FROM info_event ORDER BY date DESC, id DESC LIMIT ?", (limit,))

    def observations(self, limit: int = 500) -> list[dict]:
        return records.fetch_all(self.conn, "SELECT id, date, municipality, category, text FROM observation "
                                            "ORDER BY date DESC, id DESC LIMIT ?", (limit,))

    def time_split(self, start: date, end: date) -> TimeSplit:
        """Minutes from ``start`` to ``end`` (inclusive) on single cases and on system work."""
        span = (start.isoformat(), end.isoformat())
        contacts = self.conn.execute("SELECT coalesce(sum(minutes), 0) FROM contact WHERE date BETWEEN ? AND ? "
                                     "AND id NOT IN (SELECT contact_id FROM contact_received)", span).fetchone()[0]
        logged = dict(self.conn.execute("SELECT kind, sum(minutes) FROM time_entry WHERE date BETWEEN ? AND ? "
                                        "GROUP BY kind", span).fetchall())
        individual = contacts + logged.pop(INDIVIDUAL, 0)
        return TimeSplit(individual, logged)
