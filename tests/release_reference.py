"""The release counting and protection as they were before they were made fast (commit be2d9e9):
one object per unit, the § 104c window per person and month, one pass over all cases per month.
Kept verbatim as the reference that tests/test_release_reference.py holds the fast code to: a
released figure must never change, as records are frozen and cell keys must stay consistent.
Slow on purpose: use it on small case files only."""

from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from app.casemanager import cellkey
from app.casemanager.casework import Casework
from app.casemanager.chancen import PERMIT, StatusEntry, add_months, window
from app.casemanager.release import (
    COUNT,
    ENDS_SOON_MONTHS,
    FLOWS,
    MAGNITUDE,
    OPEN,
    P_PERCENT,
    QUARTERLY,
    WHOLE,
    Period,
    _layout,
    _period_offset,
)
from sync.payload import AGE_BANDS, ALL, INDIVIDUAL, OUTSIDE, SUPPRESSED, UNKNOWN


class _Units:
    """(indicator, municipality) -> cell -> unit -> [record key, amount]."""

    def __init__(self) -> None:
        self.tables: dict[tuple[str, str], dict] = defaultdict(lambda: defaultdict(dict))

    def add(self, indicator: str, municipality: str, cell, unit, record_key: int, amount: int = 1) -> None:
        slot = self.tables[(indicator, municipality)][cell]
        slot[unit] = [record_key, slot[unit][1] + amount if unit in slot else amount]


def age_band(age: int | None) -> str:
    if age is None or age < 0:
        return UNKNOWN
    return next((label for low, high, label in AGE_BANDS if low <= age <= high), UNKNOWN)


@dataclass
class History:
    """What the persons and § 104c tables need of every person, read once for all periods of a
    release (a first bundle counts two years): a month is then a pass in Python, not a query."""
    persons: dict[int, tuple[int, str, str, str]]        # id -> (record key, municipality, gender, birth date)
    cases: list[tuple[int, int, str, str | None, str]]    # (case id, person id, opened, closed, intensity)
    phases: dict[int, list[tuple[str, str]]]             # case id -> [(since, phase)] in order
    statuses: dict[int, list[tuple[str, str]]]           # person id -> [(since, status)] in order
    first_permit: dict[int, str]                         # person id -> when they first held § 104c


def history(cw: Casework) -> History:
    conn = cw.conn
    phases, statuses = defaultdict(list), defaultdict(list)
    for case_id, since, phase in conn.execute("SELECT case_id, since, phase FROM case_phase ORDER BY since, id"):
        phases[case_id].append((since, phase))
    for pid, since, status in conn.execute("SELECT person_id, since, status FROM residence_status ORDER BY since, id"):
        statuses[pid].append((since, status))
    first_permit = {pid: next(since for since, status in entries if status == PERMIT)
                    for pid, entries in statuses.items() if any(status == PERMIT for _, status in entries)}
    return History(
        {pid: (key, muni, gender, birth or "") for pid, key, muni, gender, birth in
         conn.execute("SELECT id, record_key, municipality, gender, birth_date FROM person")},
        conn.execute("SELECT id, person_id, opened_on, closed_on, intensity FROM support_case").fetchall(),
        phases, statuses, first_permit)


def _as_of(entries: list[tuple[str, str]], day: str) -> str | None:
    """The value of the newest entry since ``day`` or earlier (entries in order of since, then id)."""
    at = bisect.bisect_right(entries, (day, "\uffff")) - 1
    return entries[at][1] if at >= 0 else None


def _age(birth: str, on: str) -> int | None:
    """Full years between ``birth`` (YYYY or YYYY-MM-DD) and ``on``; None when birth is unknown."""
    if not birth:
        return None
    return int(on[:4]) - int(birth[:4]) - (len(birth) == 10 and on[5:10] < birth[5:10])


def _persons(h: History, units: _Units, p: Period, status_group: dict[str, str]) -> None:
    """Each person with a case open in the month, once, by their newest such case: its intensity,
    its phase, their gender, age and residence status group, all on the month's last day."""
    first, last = p.first.isoformat(), p.last.isoformat()
    newest: dict[int, tuple] = {}
    for case in h.cases:
        case_id, pid, opened, closed, _ = case
        if opened <= last and (closed is None or closed >= first) and \
                (pid not in newest or (opened, case_id) > (newest[pid][2], newest[pid][0])):
            newest[pid] = case
    for pid, (case_id, _, _, _, intensity) in newest.items():
        key, muni, gender, birth = h.persons[pid]
        status = _as_of(h.statuses.get(pid, []), last)
        values = {"persons_by_intensity": intensity, "persons_by_phase": _as_of(h.phases.get(case_id, []), last) or UNKNOWN,
                  "persons_by_gender": gender, "persons_by_age_band": age_band(_age(birth, last)),
                  "persons_by_status_group": status_group.get(status, UNKNOWN) if status else UNKNOWN}
        for indicator, cell in values.items():
            units.add(indicator, muni, cell, pid, key)
            units.add(indicator, muni, WHOLE, pid, key)   # the five tables share their whole


def _cases(cw: Casework, units: dict[str, _Units], span: tuple[str, str]) -> None:
    """Cases opened and closed, per month of ``span`` that ``units`` asks for."""
    for cell, column in (("eroeffnet", "opened_on"), ("abgeschlossen", "closed_on")):
        for month, pid, key, muni, cases in cw.conn.execute(
                f"SELECT substr(s.{column}, 1, 7), p.id, p.record_key, p.municipality, COUNT(*) FROM support_case s "
                f"JOIN person p ON p.id = s.person_id WHERE s.{column} BETWEEN ? AND ? GROUP BY 1, p.id", span):
            if month in units:
                units[month].add("cases_opened_closed", muni, cell, pid, key, cases)


def _chancen(h: History, units: _Units, p: Period) -> None:
    """The § 104c window of each person's status history as it stood on the month's last day."""
    last = p.last.isoformat()
    for pid, since_permit in h.first_permit.items():
        if since_permit > last:
            continue
        entries = h.statuses[pid]
        w = window([StatusEntry(status, date.fromisoformat(since)) for since, status in entries if since <= last], p.last)
        if w is None:
            continue
        key, muni, _, _ = h.persons[pid]
        ended = w.outcome_since
        if w.granted <= p.last and (ended is None or ended > p.first):
            units.add("chancen_104c", muni, "erteilt", pid, key)
        # Issue 16 (residence law 2026), as its branch wrote it into the straightforward counting:
        if w.running and w.ends <= add_months(p.last, ENDS_SOON_MONTHS):
            units.add("chancen_104c", muni, "endet_bald", pid, key)
        if w.outcome == "fiktion":
            units.add("chancen_104c", muni, "fiktion", pid, key)
        if ended is not None and p.first <= ended <= p.last:
            cell = {"ae_25a": "zu_25a", "ae_25b": "zu_25b", "sonstige": "zu_sonstige", "abgelaufen": "abgelaufen",
                    "duldung": "abgelaufen"}[w.outcome]
            units.add("chancen_104c", muni, cell, pid, key)


def _contacts_and_referrals(cw: Casework, units: dict[str, _Units], span: tuple[str, str]) -> None:
    """Contacts, referrals, short interventions, events and observations, per month of ``span``
    that ``units`` asks for: one query each for all months, as a first bundle counts two years."""
    def add(month, *args):
        if month in units:
            units[month].add(*args)

    joined = "JOIN support_case s ON s.id = c.case_id JOIN person p ON p.id = s.person_id"
    for month, pid, key, muni, channel, n in cw.conn.execute(
            f"SELECT substr(c.date, 1, 7), p.id, p.record_key, p.municipality, c.channel, COUNT(*) FROM contact c "
            f"{joined} WHERE c.date BETWEEN ? AND ? GROUP BY 1, p.id, c.channel", span):
        add(month, "contacts_by_channel", muni, channel, pid, key, n)
        add(month, "contacts_by_channel", muni, WHOLE, pid, key, n)
    for month, pid, key, muni, topic, n in cw.conn.execute(
            f"SELECT substr(c.date, 1, 7), p.id, p.record_key, p.municipality, t.topic, COUNT(*) FROM contact c "
            f"JOIN contact_topic t ON t.contact_id = c.id {joined} WHERE c.date BETWEEN ? AND ? GROUP BY 1, p.id, t.topic",
            span):
        add(month, "contacts_by_topic", muni, topic, pid, key, n)
    for month, pid, key, muni, partner, outcome, n in cw.conn.execute(
            "SELECT substr(r.date, 1, 7), p.id, p.record_key, p.municipality, r.partner, "
            "coalesce(nullif(r.outcome, ''), 'offen'), COUNT(*) FROM referral r JOIN support_case s ON s.id = r.case_id "
            "JOIN person p ON p.id = s.person_id WHERE r.date BETWEEN ? AND ? GROUP BY 1, p.id, r.partner, 6", span):
        for indicator, cell in (("referrals_by_partner", partner), ("referrals_by_outcome", outcome)):
            add(month, indicator, muni, cell, pid, key, n)
            add(month, indicator, muni, WHOLE, pid, key, n)
    for month, sid, key, muni, topic in cw.conn.execute(
            "SELECT substr(date, 1, 7), id, record_key, municipality, topic FROM short_intervention "
            "WHERE date BETWEEN ? AND ?", span):
        add(month, "short_interventions_by_topic", muni, topic, ("kurz", sid), key)   # each one is someone
        add(month, "short_interventions_by_topic", muni, WHOLE, ("kurz", sid), key)
    # About no person: information events and system observations, as they are.
    for month, muni, events, participants in cw.conn.execute(
            "SELECT substr(date, 1, 7), municipality, COUNT(*), SUM(participants) FROM info_event "
            "WHERE date BETWEEN ? AND ? GROUP BY 1, 2", span):
        add(month, "info_events", muni, "veranstaltungen", 0, 0, events)
        add(month, "info_events", muni, "teilnehmende", 0, 0, participants)
    for month, muni, category, n in cw.conn.execute(
            "SELECT substr(date, 1, 7), municipality, category, COUNT(*) FROM observation WHERE date BETWEEN ? AND ? "
            "GROUP BY 1, 2, 3", span):
        add(month, "observations_by_category", muni, category, 0, 0, n)


def _quarter(cw: Casework, units: _Units, p: Period, with_time: bool) -> None:
    """For the device as a whole: interpreter minutes and euros per person and language, and (where
    the county asks for it) the case manager's own minutes by kind."""
    span = (p.first.isoformat(), p.last.isoformat())
    for pid, key, language, minutes, cents in cw.conn.execute(
            "SELECT p.id, p.record_key, language_code(c.interpreter_language), SUM(c.interpreter_minutes), "
            "SUM(c.interpreter_cost_cents) FROM contact c JOIN support_case s ON s.id = c.case_id "
            "JOIN person p ON p.id = s.person_id WHERE c.date BETWEEN ? AND ? "
            "AND coalesce(c.interpreter_language, '') != '' GROUP BY p.id, 3", span):
        for indicator, amount in (("interpreter_minutes_by_language", minutes),
                                  ("interpreter_cost_cents_by_language", cents)):
            if amount:
                units.add(indicator, ALL, language, pid, key, amount)
                units.add(indicator, ALL, WHOLE, pid, key, amount)
    if with_time:
        for kind, minutes in cw.conn.execute(
                f"SELECT '{INDIVIDUAL}', SUM(minutes) FROM contact WHERE date BETWEEN ? AND ? "
                "UNION ALL SELECT kind, SUM(minutes) FROM time_entry WHERE date BETWEEN ? AND ? GROUP BY kind",
                span + span):
            if minutes:
                units.add("minutes_by_kind", ALL, kind, 0, 0, minutes)
                units.add("minutes_by_kind", ALL, WHOLE, 0, 0, minutes)


# -- the tables and their protection ---------------------------------------------------------------
def safe_magnitude(units: dict, k: int) -> bool:
    """At least k persons contribute, and the others together exceed P_PERCENT of the largest
    amount, so the second largest contributor cannot estimate the largest closely (p%-rule)."""
    amounts = sorted((amount for _, amount in units.values() if amount), reverse=True)
    return len(amounts) >= k and sum(amounts[2:]) >= P_PERCENT * amounts[0]


def publish(protection: str, units: dict, ptable: cellkey.PerturbationTable, k: int, offset: int = 0):
    """The published value of one cell from the units behind it. ``offset`` shifts the cell key of
    flows per period (see FLOWS)."""
    value = sum(amount for _, amount in units.values())
    if protection == OPEN or value == 0:
        return value
    if protection == COUNT:
        return ptable.perturb(value, cellkey.cell_key(offset + sum(key for key, _ in units.values())))
    return value if safe_magnitude(units, k) else SUPPRESSED


def _withhold_together(cells: dict[str, dict], published: dict[str, object], k: int) -> bool:
    """Secondary suppression for a magnitude table with a whole: the whole minus the published
    cells gives the sum of the withheld ones, so that sum must pass the rule too. Withhold further
    cells, smallest first, until it does; False if none is left (then the whole is withheld)."""
    withheld = {c for c, v in published.items() if v == SUPPRESSED}
    while withheld:
        merged: dict = {}   # a person with amounts in several withheld cells counts once, with their sum
        for c in withheld:
            for unit, (key, amount) in cells.get(c, {}).items():
                merged[unit] = [key, merged.get(unit, [key, 0])[1] + amount]
        if safe_magnitude(merged, k):
            return True
        candidates = sorted((v, c) for c, v in published.items() if c not in withheld and v not in (0, SUPPRESSED))
        if not candidates:
            return False
        withheld.add(candidates[0][1])
        published[candidates[0][1]] = SUPPRESSED
    return True


@dataclass
class Counted:
    """The true counts of one period, before protection: never leaves this process."""
    period: Period
    tables: dict   # (indicator, municipality) -> cell (WHOLE for the whole) -> unit -> [record key, amount]

    def value(self, indicator: str, municipality: str, cell=WHOLE) -> tuple[int, int]:
        """(the amount, how many units are behind it)."""
        units = self.tables.get((indicator, municipality), {}).get(cell, {})
        return sum(amount for _, amount in units.values()), len(units)


def count_months(cw: Casework, months: list[Period], h: History | None = None) -> dict[str, Counted]:
    """The true counts of several closed months at once (a first bundle counts two years)."""
    h = h or history(cw)
    status_group = {e.code: e.extra["group"] for e in cw.cat.residence_status.entries}
    units = {p.key: _Units() for p in months}
    for p in months:
        _persons(h, units[p.key], p, status_group)
        _chancen(h, units[p.key], p)
    span = (min(p.first for p in months).isoformat(), max(p.last for p in months).isoformat())
    _cases(cw, units, span)
    _contacts_and_referrals(cw, units, span)
    return {p.key: Counted(p, dict(units[p.key].tables)) for p in months}


def count(cw: Casework, p: Period, with_time: bool = True) -> Counted:
    if not p.quarterly:
        return count_months(cw, [p])[p.key]
    units = _Units()
    # Typed languages repeat: look each one up once (the catalogue match is a linear search).
    cw.conn.create_function("language_code", 1, functools.cache(cw.cat.language_code), deterministic=True)
    _quarter(cw, units, p, with_time)
    return Counted(p, dict(units.tables))


def protect(cw: Casework, counted: Counted, municipalities: list[str], k: int, with_time: bool = True) -> list[dict]:
    """The tables as they go into the payload: every cell of every indicator of the period, for
    every municipality of the device and for OUTSIDE, zeros included. The same places every time:
    a table that appeared only when someone lives there would tell that someone does."""
    p = counted.period
    ptable = cellkey.perturbation_table(js=k - 1)
    tables, nobody = [], set()   # nobody: places whose persons in case management are published as 0
    for indicator, (protection, cells, whole) in _layout(cw).items():
        if (indicator in QUARTERLY) != p.quarterly or (indicator == "minutes_by_kind" and not with_time):
            continue
        offset = _period_offset(p.key) if indicator in FLOWS else 0
        places: dict[str, dict] = {place: {} for place in ([ALL] if p.quarterly else sorted(municipalities) + [OUTSIDE])}
        for (counted_indicator, muni), by_cell in counted.tables.items():
            if counted_indicator == indicator:
                target = places[muni if muni in places else OUTSIDE]
                for cell, units in by_cell.items():
                    merged = target.setdefault(cell, {})
                    if protection == OPEN:   # changed from the original: figures of several places add up
                        for unit, (key, amount) in units.items():
                            merged[unit] = (key, amount + merged[unit][1]) if unit in merged else (key, amount)
                    else:
                        merged.update(units)
        for place, units in places.items():
            published = {c: publish(protection, units.get(c, {}), ptable, k, offset) for c in cells}
            table = {"indicator": indicator, "period": p.key, "municipality": place, "cells": published}
            if whole:
                table["total"] = publish(protection, units.get(WHOLE, {}), ptable, k, offset)
                if protection == COUNT:   # no part above its whole: an attacker would learn from the gap
                    table["cells"] = {c: min(v, table["total"]) for c, v in published.items()}
                elif protection == MAGNITUDE and table["total"] != SUPPRESSED \
                        and not _withhold_together(units, published, k):   # withholds in table["cells"] too
                    table["total"] = SUPPRESSED
            if indicator == "persons_by_intensity" and table["total"] == 0:
                nobody.add(place)
            if indicator in FLOWS and place in nobody:
                table = dict(table, cells={c: 0 for c in cells}, **({"total": 0} if whole else {}))
            tables.append(table)
    return tables


def period_tables(cw: Casework, p: Period, municipalities: list[str], k: int, with_time: bool = True) -> list[dict]:
    """The protected tables of one closed period."""
    return protect(cw, count(cw, p, with_time), municipalities, k, with_time)

