"""The indicator catalogue (docs/indicators.md): casework turned into per-month, per-municipality
tables of one attribute each. Person ids stay in this process; only protected counts leave it
(sync/disclosure.py decides what is published)."""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from app.casework import Casework
from app.chancen import StatusEntry, add_months, window
from app.system_work import INDIVIDUAL
from sync.disclosure import Cell, Table

VERSION = 1
ALL = "alle"                      # tables about the device's own work, not about a municipality
AGE_BANDS = ((0, 17, "0-17"), (18, 26, "18-26"), (27, 44, "27-44"), (45, 64, "45-64"), (65, 200, "65+"))
UNKNOWN = "unbekannt"
CHANCEN_CELLS = ("erteilt", "endet_bald", "zu_25a", "zu_25b", "zu_sonstige", "abgelaufen")
ENDS_SOON_MONTHS = 3


@dataclass(frozen=True)
class Month:
    key: str      # YYYY-MM
    first: date
    last: date


def months_reported(today: date) -> list[Month]:
    """Every month of the previous and the current year, up to this one."""
    result = []
    for year in (today.year - 1, today.year):
        for month in range(1, 13):
            if (year, month) > (today.year, today.month):
                break
            last = date(year, month, calendar.monthrange(year, month)[1])
            result.append(Month(f"{year}-{month:02d}", date(year, month, 1), last))
    return result


def age_band(birth: str | None, on: date) -> str:
    if not birth:
        return UNKNOWN
    year = int(birth[:4])
    age = on.year - year
    if len(birth) == 10 and (on.month, on.day) < (int(birth[5:7]), int(birth[8:10])):
        age -= 1
    return next(label for low, high, label in AGE_BANDS if low <= age <= high) if age >= 0 else UNKNOWN


class _Tables:
    """Tables keyed by (indicator, period, municipality), created with every cell of their attribute."""

    def __init__(self) -> None:
        self.tables: dict[tuple[str, str, str], Table] = {}

    def get(self, indicator: str, period: str, municipality: str, keys, *, total: bool, protected: bool = True) -> Table:
        key = (indicator, period, municipality)
        table = self.tables.get(key)
        if table is None:
            table = Table(indicator, period, municipality, {k: Cell() for k in keys},
                          Cell() if total else None, protected)
            self.tables[key] = table
        return table


def build_tables(cw: Casework, municipalities: list[str]) -> list[Table]:
    today = cw.today()
    months = months_reported(today)
    first_day = months[0].first
    cat = cw.cat
    status_group = {e.code: e.extra["group"] for e in cat.residence_status.entries}
    groups = sorted(set(status_group.values()))
    out = _Tables()
    conn = cw.conn
    person_keys = _person_table_keys(cat, groups)

    persons = {pid: (muni, gender, birth) for pid, muni, gender, birth in
               conn.execute("SELECT id, municipality, gender, birth_date FROM person")}
    statuses: dict[int, list[StatusEntry]] = defaultdict(list)
    for pid, status, since in conn.execute("SELECT person_id, status, since FROM residence_status ORDER BY since, id"):
        statuses[pid].append(StatusEntry(status, date.fromisoformat(since)))
    phases: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for case_id, phase, since in conn.execute("SELECT case_id, phase, since FROM case_phase ORDER BY since, id"):
        phases[case_id].append((since, phase))
    cases = list(conn.execute("SELECT id, person_id, opened_on, closed_on, intensity FROM support_case "
                              "WHERE closed_on IS NULL OR closed_on >= ? ORDER BY opened_on, id",
                              (first_day.isoformat(),)))

    # Empty tables for every month and municipality of the device, so a 0 is told apart from no data.
    for m in months:
        for muni in municipalities:
            _person_tables(out, m.key, muni, person_keys)
            out.get("cases_opened_closed", m.key, muni, ("eroeffnet", "abgeschlossen"), total=False)
            out.get("chancen_104c", m.key, muni, CHANCEN_CELLS, total=False)
        out.get("minutes_by_kind", m.key, ALL, [INDIVIDUAL] + cat.system_work.codes(), total=True, protected=False)

    for m in months:
        start, end = m.first.isoformat(), m.last.isoformat()
        latest_case: dict[int, tuple] = {}
        for case in cases:
            case_id, pid, opened, closed, intensity = case
            if opened <= end and (closed is None or closed >= start):
                latest_case[pid] = case  # ordered by opening: the last one wins
            muni = persons[pid][0]
            if start <= opened <= end:
                out.get("cases_opened_closed", m.key, muni, (), total=False).add("eroeffnet", pid)
            if closed and start <= closed <= end:
                out.get("cases_opened_closed", m.key, muni, (), total=False).add("abgeschlossen", pid)
        on = min(m.last, today)
        for pid, (case_id, _, _, _, intensity) in latest_case.items():
            muni, gender, birth = persons[pid]
            tables = _person_tables(out, m.key, muni, person_keys)
            phase = [p for since, p in phases[case_id] if since <= end][-1]
            current = [e for e in statuses.get(pid, []) if e.since <= on]
            for name, key in (("intensity", intensity), ("phase", phase), ("gender", gender),
                              ("age_band", age_band(birth, on)),
                              ("status_group", status_group[current[-1].status] if current else UNKNOWN)):
                tables[name].add(key, pid)

    _chancen(out, months, persons, statuses, today)
    _contacts(cw, out, months, persons, first_day)
    _referrals(cw, out, months, persons, first_day)
    _system_work(cw, out, months, first_day)
    return list(out.tables.values())


def _person_table_keys(cat, groups) -> dict[str, tuple[str, list[str]]]:
    """attribute -> (indicator, its cells), for the five tables of persons in case management."""
    return {
        "intensity": ("persons_by_intensity", cat.intensities.codes()),
        "phase": ("persons_by_phase", cat.phases.codes()),
        "gender": ("persons_by_gender", cat.genders.codes()),
        "age_band": ("persons_by_age_band", [b[2] for b in AGE_BANDS] + [UNKNOWN]),
        "status_group": ("persons_by_status_group", groups + [UNKNOWN]),
    }


def _person_tables(out: _Tables, period: str, muni: str, keys: dict) -> dict[str, Table]:
    return {attr: out.get(indicator, period, muni, cells, total=True) for attr, (indicator, cells) in keys.items()}


def _month_of(day: str) -> str:
    return day[:7]


def _chancen(out, months, persons, statuses, today) -> None:
    keys = {m.key: m for m in months}
    for pid, history in statuses.items():
        w = window(history, today)
        if w is None:
            continue
        muni = persons[pid][0]
        ended = w.outcome_since
        for m in months:
            if w.granted <= m.last and (ended is None or ended > m.first):
                out.get("chancen_104c", m.key, muni, CHANCEN_CELLS, total=False).add("erteilt", pid)
            on = min(m.last, today)
            if w.granted <= on and (ended is None or ended > on) and w.ends <= add_months(on, ENDS_SOON_MONTHS):
                out.get("chancen_104c", m.key, muni, CHANCEN_CELLS, total=False).add("endet_bald", pid)
        if ended is not None and _month_of(ended.isoformat()) in keys:
            cell = {"ae_25a": "zu_25a", "ae_25b": "zu_25b", "sonstige": "zu_sonstige", "abgelaufen": "abgelaufen"}[w.outcome]
            out.get("chancen_104c", _month_of(ended.isoformat()), muni, CHANCEN_CELLS, total=False).add(cell, pid)


def _contacts(cw, out, months, persons, first_day) -> None:
    cat = cw.cat
    channels, topic_codes = cat.channels.codes(), cat.topics.codes()
    language_codes: dict[str, str] = {}
    topics: dict[int, list[str]] = defaultdict(list)
    for contact_id, topic in cw.conn.execute(
            "SELECT t.contact_id, t.topic FROM contact_topic t JOIN contact c ON c.id = t.contact_id WHERE c.date >= ?",
            (first_day.isoformat(),)):
        topics[contact_id].append(topic)
    for contact_id, day, channel, pid, language, interp_minutes, cost in cw.conn.execute(
            "SELECT c.id, c.date, c.channel, s.person_id, c.interpreter_language, c.interpreter_minutes, "
            "c.interpreter_cost_cents FROM contact c JOIN support_case s ON s.id = c.case_id WHERE c.date >= ?",
            (first_day.isoformat(),)):
        period, muni = _month_of(day), persons[pid][0]
        out.get("contacts_by_channel", period, muni, channels, total=True).add(channel, pid)
        for topic in topics[contact_id]:
            out.get("contacts_by_topic", period, muni, topic_codes, total=False).add(topic, pid)
        if language and (interp_minutes or cost):
            code = language_codes.get(language) or language_codes.setdefault(language, cat.language_code(language))
            out.get("interpreter_minutes_by_language", period, muni, (), total=False).add(code, pid, interp_minutes)
            out.get("interpreter_cost_cents_by_language", period, muni, (), total=False).add(code, pid, cost)


def _referrals(cw, out, months, persons, first_day) -> None:
    cat = cw.cat
    outcomes = cat.referral_outcomes.codes() + ["offen"]
    for day, partner, outcome, pid in cw.conn.execute(
            "SELECT r.date, r.partner, r.outcome, s.person_id FROM referral r "
            "JOIN support_case s ON s.id = r.case_id WHERE r.date >= ?", (first_day.isoformat(),)):
        period, muni = _month_of(day), persons[pid][0]
        out.get("referrals_by_partner", period, muni, cat.partners.codes(), total=True).add(partner, pid)
        out.get("referrals_by_outcome", period, muni, outcomes, total=True).add(outcome or "offen", pid)
    # Anonymous short interventions: each one is someone, so each counts as its own person.
    for sid, day, muni, topic in cw.conn.execute(
            "SELECT id, date, municipality, topic FROM short_intervention WHERE date >= ?", (first_day.isoformat(),)):
        out.get("short_interventions_by_topic", _month_of(day), muni, cat.topics.codes(), total=True) \
            .add(topic, ("kurzintervention", sid))


def _system_work(cw, out, months, first_day) -> None:
    """The case manager's own time, events and observations: about no person, published as they are."""
    cat = cw.cat
    since = first_day.isoformat()
    for day, minutes in cw.conn.execute("SELECT date, minutes FROM contact WHERE date >= ?", (since,)):
        out.get("minutes_by_kind", _month_of(day), ALL, (), total=True, protected=False).add(INDIVIDUAL, None, minutes)
    for day, kind, minutes in cw.conn.execute("SELECT date, kind, minutes FROM time_entry WHERE date >= ?", (since,)):
        out.get("minutes_by_kind", _month_of(day), ALL, (), total=True, protected=False).add(kind, None, minutes)
    for day, muni, participants in cw.conn.execute(
            "SELECT date, municipality, participants FROM info_event WHERE date >= ?", (since,)):
        table = out.get("info_events", _month_of(day), muni, ("veranstaltungen", "teilnehmende"), total=False,
                        protected=False)
        table.add("veranstaltungen", None)
        table.add("teilnehmende", None, participants)
    for day, muni, category in cw.conn.execute(
            "SELECT date, municipality, category FROM observation WHERE date >= ?", (since,)):
        out.get("observations_by_category", _month_of(day), muni, cat.observation_categories.codes(), total=False,
                protected=False).add(category, None)
