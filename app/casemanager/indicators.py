"""The indicator catalogue (docs/indicators.md): casework turned into per-month, per-municipality
tables of one attribute each. Person ids stay in this process; only protected counts leave it
(app/casemanager/disclosure.py decides what is published)."""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from app.casemanager.casework import Casework
from app.casemanager.chancen import StatusEntry, add_months, window
from app.casemanager.disclosure import Cell, Table
from sync.payload import AGE_BANDS, ALL, INDIVIDUAL, UNKNOWN

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


def age_band(age: int | None) -> str:
    if age is None or age < 0:
        return UNKNOWN
    return next((label for low, high, label in AGE_BANDS if low <= age <= high), UNKNOWN)


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
    """Counted in SQL (GROUP BY, COUNT(DISTINCT person)) or with a Counter over fetched rows: at 20 000
    persons, adding row by row to sets of person ids took seconds and ~180 MB (docs/performance.md)."""
    cw.repair_record_keys()
    today = cw.today()
    months = months_reported(today)
    cat = cw.cat
    status_group = {e.code: e.extra["group"] for e in cat.residence_status.entries}
    groups = sorted(set(status_group.values()))
    out = _Tables()
    person_keys = _person_table_keys(cat, groups)

    # Empty tables for every month and municipality of the device, so a 0 is told apart from no data.
    for m in months:
        for muni in municipalities:
            _person_tables(out, m.key, muni, person_keys)
            out.get("cases_opened_closed", m.key, muni, ("eroeffnet", "abgeschlossen"), total=False)
            out.get("chancen_104c", m.key, muni, CHANCEN_CELLS, total=False)
        out.get("minutes_by_kind", m.key, ALL, [INDIVIDUAL] + cat.system_work.codes(), total=True, protected=False)

    _persons_in_case_management(cw.conn, out, months, today, person_keys, status_group)
    _cases_opened_closed(cw.conn, out, months)
    _chancen(cw.conn, out, months, today)
    _contacts(cw, out, months[0].first)
    _referrals(cw, out, months[0].first)
    _system_work(cw, out, months[0].first)
    return list(out.tables.values())


def _months_cte(months: list[Month], today: date) -> tuple[str, list[str]]:
    """``month(key, first, last, on_day)``: ``on_day`` is the month's last day, or today in this month."""
    rows = [(m.key, m.first.isoformat(), m.last.isoformat(), min(m.last, today).isoformat()) for m in months]
    return ("month(key, first, last, on_day) AS (VALUES " + ", ".join(["(?, ?, ?, ?)"] * len(rows)) + ")",
            [v for row in rows for v in row])


def _age_sql(birth: str, on: str) -> str:
    """Full years between ``birth`` (YYYY or YYYY-MM-DD) and ``on``; NULL when birth is unknown."""
    return (f"CASE WHEN coalesce({birth}, '') = '' THEN NULL ELSE CAST(substr({on}, 1, 4) AS INTEGER)"
            f" - CAST(substr({birth}, 1, 4) AS INTEGER) - (length({birth}) = 10 AND substr({on}, 6, 5) < substr({birth}, 6, 5)) END")


def _persons_in_case_management(conn, out, months, today, person_keys, status_group) -> None:
    """Per month: each person with a case open in it, once, by their newest such case (its intensity
    and its phase at the month's end), gender, age and residence status group on the month's end."""
    months_cte, params = _months_cte(months, today)
    rows = conn.execute(f"""
        WITH {months_cte},
        newest AS (
            SELECT m.key, m.last, m.on_day, s.id AS case_id, s.person_id, s.intensity,
                   row_number() OVER (PARTITION BY m.key, s.person_id ORDER BY s.opened_on DESC, s.id DESC) AS n
            FROM month m JOIN support_case s
              ON s.opened_on <= m.last AND (s.closed_on IS NULL OR s.closed_on >= m.first))
        SELECT c.key, p.municipality, c.intensity,
               (SELECT phase FROM case_phase WHERE case_id = c.case_id AND since <= c.last
                ORDER BY since DESC, id DESC LIMIT 1),
               p.gender, {_age_sql("p.birth_date", "c.on_day")},
               (SELECT status FROM residence_status WHERE person_id = c.person_id AND since <= c.on_day
                ORDER BY since DESC, id DESC LIMIT 1)
        FROM newest c JOIN person p ON p.id = c.person_id WHERE c.n = 1""", params).fetchall()
    # Counted here rather than with five GROUP BYs: Counter over the fetched rows is twice as fast.
    for (period, muni), persons in Counter((r[0], r[1]) for r in rows).items():
        for table in _person_tables(out, period, muni, person_keys).values():
            table.total = Cell(persons, persons)   # each person is in exactly one cell of each table
    for column, (attr, to_cell) in enumerate((("intensity", str), ("phase", str), ("gender", str),
                                              ("age_band", age_band),
                                              ("status_group", lambda s: status_group[s] if s else UNKNOWN)), 2):
        for (period, muni, value), persons in Counter((r[0], r[1], r[column]) for r in rows).items():
            _person_tables(out, period, muni, person_keys)[attr].add(to_cell(value), persons, persons)


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


def _cases_opened_closed(conn, out, months) -> None:
    first, last = months[0].first.isoformat(), months[-1].last.isoformat()
    for cell, column in (("eroeffnet", "opened_on"), ("abgeschlossen", "closed_on")):
        for period, muni, cases, persons in conn.execute(
                f"SELECT substr(s.{column}, 1, 7), p.municipality, COUNT(*), COUNT(DISTINCT s.person_id) "
                f"FROM support_case s JOIN person p ON p.id = s.person_id WHERE s.{column} BETWEEN ? AND ? "
                "GROUP BY 1, 2", (first, last)):
            out.get("cases_opened_closed", period, muni, ("eroeffnet", "abgeschlossen"), total=False) \
                .add(cell, cases, persons)


def _chancen(conn, out, months, today) -> None:
    """Per person, the § 104c window of their status history (app/casemanager/chancen.py); each person adds to
    a cell at most once, so every add is one more person."""
    keys = {m.key: m for m in months}
    statuses: dict[int, list[StatusEntry]] = defaultdict(list)
    municipality = {}
    for pid, muni, status, since in conn.execute(
            "SELECT r.person_id, p.municipality, r.status, r.since FROM residence_status r "
            "JOIN person p ON p.id = r.person_id ORDER BY r.since, r.id"):
        statuses[pid].append(StatusEntry(status, date.fromisoformat(since)))
        municipality[pid] = muni
    for pid, history in statuses.items():
        w = window(history, today)
        if w is None:
            continue
        muni = municipality[pid]
        ended = w.outcome_since
        for m in months:
            if w.granted <= m.last and (ended is None or ended > m.first):
                out.get("chancen_104c", m.key, muni, CHANCEN_CELLS, total=False).add("erteilt", 1, 1)
            on = min(m.last, today)
            if w.granted <= on and (ended is None or ended > on) and w.ends <= add_months(on, ENDS_SOON_MONTHS):
                out.get("chancen_104c", m.key, muni, CHANCEN_CELLS, total=False).add("endet_bald", 1, 1)
        if ended is not None and ended.isoformat()[:7] in keys:
            cell = {"ae_25a": "zu_25a", "ae_25b": "zu_25b", "sonstige": "zu_sonstige", "abgelaufen": "abgelaufen"}[w.outcome]
            out.get("chancen_104c", ended.isoformat()[:7], muni, CHANCEN_CELLS, total=False).add(cell, 1, 1)


def _grouped(out, indicator: str, keys, rows, *, total: bool) -> None:
    """``rows`` of (period, municipality, cell, value, persons); a cell of None is the table's whole."""
    for period, muni, key, value, persons in rows:
        table = out.get(indicator, period, muni, keys, total=total)
        if key is None:
            table.total = Cell(value, persons)
        else:
            table.add(key, value, persons)


def _contacts(cw, out, since: date) -> None:
    """One pass over the contacts (with the person behind each, via its case), grouped four ways."""
    cat, conn = cw.cat, cw.conn
    conn.create_function("language_code", 1, cat.language_code, deterministic=True)
    rows = conn.execute("""
        WITH cm AS MATERIALIZED (
            SELECT c.id, substr(c.date, 1, 7) AS period, p.municipality, s.person_id, c.channel,
                   c.interpreter_language AS language, c.interpreter_minutes AS minutes,
                   c.interpreter_cost_cents AS cost
            FROM contact c JOIN support_case s ON s.id = c.case_id JOIN person p ON p.id = s.person_id
            WHERE c.date >= ?)
        SELECT 'channel', period, municipality, channel, COUNT(*), 0, COUNT(DISTINCT person_id) FROM cm GROUP BY 2, 3, 4
        UNION ALL SELECT 'channel', period, municipality, NULL, COUNT(*), 0, COUNT(DISTINCT person_id) FROM cm GROUP BY 2, 3
        UNION ALL SELECT 'topic', period, municipality, t.topic, COUNT(*), 0, COUNT(DISTINCT person_id)
            FROM cm JOIN contact_topic t ON t.contact_id = cm.id GROUP BY 2, 3, 4
        UNION ALL SELECT 'interpreter', period, municipality, language_code(language), SUM(minutes), SUM(cost),
                         COUNT(DISTINCT person_id)
            FROM cm WHERE coalesce(language, '') != '' AND (minutes != 0 OR cost != 0) GROUP BY 2, 3, 4""",
                        (since.isoformat(),))
    channels, topics = cat.channels.codes(), cat.topics.codes()
    for kind, period, muni, key, value, cost, persons in rows:
        if kind == "channel":
            table = out.get("contacts_by_channel", period, muni, channels, total=True)
            if key is None:
                table.total = Cell(value, persons)
            else:
                table.add(key, value, persons)
        elif kind == "topic":
            out.get("contacts_by_topic", period, muni, topics, total=False).add(key, value, persons)
        else:
            out.get("interpreter_minutes_by_language", period, muni, (), total=False).add(key, value, persons)
            out.get("interpreter_cost_cents_by_language", period, muni, (), total=False).add(key, cost, persons)


OPEN_OUTCOME = "coalesce(nullif(r.outcome, ''), 'offen')"   # a referral without an outcome yet


def _referrals(cw, out, since: date) -> None:
    cat, conn, day = cw.cat, cw.conn, since.isoformat()
    query = ("SELECT substr(r.date, 1, 7), p.municipality, {cell}, COUNT(*), COUNT(DISTINCT s.person_id) "
             "FROM referral r JOIN support_case s ON s.id = r.case_id JOIN person p ON p.id = s.person_id "
             "WHERE r.date >= ? GROUP BY 1, 2, 3")
    whole = query.format(cell="NULL")
    _grouped(out, "referrals_by_partner", cat.partners.codes(),
             conn.execute(f"{query.format(cell='r.partner')} UNION ALL {whole}", (day, day)), total=True)
    _grouped(out, "referrals_by_outcome", cat.referral_outcomes.codes() + ["offen"], conn.execute(
        f"{query.format(cell=OPEN_OUTCOME)} UNION ALL {whole}",
        (day, day)), total=True)
    # Anonymous short interventions: each one is someone, so each counts as its own person.
    _grouped(out, "short_interventions_by_topic", cat.topics.codes(), conn.execute(
        "SELECT substr(date, 1, 7), municipality, topic, COUNT(*), COUNT(*) FROM short_intervention "
        "WHERE date >= ? GROUP BY 1, 2, 3 UNION ALL "
        "SELECT substr(date, 1, 7), municipality, NULL, COUNT(*), COUNT(*) FROM short_intervention "
        "WHERE date >= ? GROUP BY 1, 2", (day, day)), total=True)


def _system_work(cw, out, since: date) -> None:
    """The case manager's own time, events and observations: about no person, published as they are."""
    cat, conn, day = cw.cat, cw.conn, since.isoformat()
    for period, kind, minutes in conn.execute(
            f"SELECT substr(date, 1, 7), '{INDIVIDUAL}', SUM(minutes) FROM contact WHERE date >= ? GROUP BY 1 "
            "UNION ALL SELECT substr(date, 1, 7), kind, SUM(minutes) FROM time_entry WHERE date >= ? GROUP BY 1, 2",
            (day, day)):
        table = out.get("minutes_by_kind", period, ALL, (), total=True, protected=False)
        table.add(kind, minutes)
        table.total.value += minutes
    for period, muni, events, participants in conn.execute(
            "SELECT substr(date, 1, 7), municipality, COUNT(*), SUM(participants) FROM info_event "
            "WHERE date >= ? GROUP BY 1, 2", (day,)):
        table = out.get("info_events", period, muni, ("veranstaltungen", "teilnehmende"), total=False, protected=False)
        table.add("veranstaltungen", events)
        table.add("teilnehmende", participants)
    for period, muni, category, count in conn.execute(
            "SELECT substr(date, 1, 7), municipality, category, COUNT(*) FROM observation "
            "WHERE date >= ? GROUP BY 1, 2, 3", (day,)):
        out.get("observations_by_category", period, muni, cat.observation_categories.codes(), total=False,
                protected=False).add(category, count)
