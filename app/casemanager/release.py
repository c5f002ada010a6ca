"""Releases, format version 2 (docs/anonymity.md): what a laptop tells the KI about a closed period,
counted once as at the period's last day, protected by the cell key method, and then frozen in the
case file. Later bundles repeat a released period unchanged, so no two of them differ by one
person's late entry.

Periods: months for the tables about persons, contacts, referrals and events (per municipality);
quarters for the interpreter figures and the case manager's own time (for the device as a whole),
so that magnitudes have enough contributors and no month describes one employee's work.

Every cell is counted as the *units* behind it, each with its record key and its amount: a unit is
a person (amount 1 in a table of persons, or that person's contacts, referrals, minutes or euros),
or an anonymous short intervention, which is a unit of its own.
"""

from __future__ import annotations

import bisect
import calendar
import concurrent.futures
import contextlib
import functools
import gc
import hashlib
import heapq
import json
import operator
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from app.casemanager import cellkey, handover_counts
from app.casemanager.casework import Casework
from app.casemanager.chancen import PERMIT, StatusEntry, add_months, roles, window
from storage import records
from sync.payload import AGE_BANDS, ALL, INDIVIDUAL, OUTSIDE, SUPPRESSED, UNKNOWN

CLOSING_DAYS = 10          # late entries for a month are taken until the 10th of the next
P_PERCENT = 0.10           # p%-rule for magnitudes: the others must exceed 10 % of the largest amount
CHANCEN_CELLS = ("erteilt", "endet_bald", "zu_25a", "zu_25b", "zu_sonstige", "abgelaufen", "fiktion")
ENDS_SOON_MONTHS = 3
WHOLE = None               # the cell key of a table's whole

COUNT, MAGNITUDE, OPEN = "count", "magnitude", "open"   # how a table is protected


@dataclass(frozen=True)
class Period:
    key: str       # 2026-07 or 2026-Q3
    first: date
    last: date

    @property
    def quarterly(self) -> bool:
        """A period for the device as a whole (a quarter, or a year of interpreting), not per municipality."""
        return "-Q" in self.key or self.yearly

    @property
    def yearly(self) -> bool:
        return len(self.key) == 4


def month(year: int, number: int) -> Period:
    return Period(f"{year}-{number:02d}", date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1]))


def quarter(year: int, number: int) -> Period:
    last = month(year, number * 3)
    return Period(f"{year}-Q{number}", date(year, number * 3 - 2, 1), last.last)


def year(number: int) -> Period:
    """Interpreting is also released per year: one laptop's quarter has too few paid bills to be
    shown (k and the p%-rule), its year usually has enough (docs/anonymity.md)."""
    return Period(str(number), date(number, 1, 1), date(number, 12, 31))


def due(today: date, released: set[str]) -> list[Period]:
    """Periods of the previous and the current year that are closed, past their closing days, and
    not released yet."""
    candidates = [p for y in (today.year - 1, today.year)
                  for p in [month(y, n) for n in range(1, 13)] + [quarter(y, n) for n in range(1, 5)] + [year(y)]]
    return [p for p in candidates if p.last + timedelta(days=CLOSING_DAYS) < today and p.key not in released]


# -- counting ----------------------------------------------------------------------------------------
@dataclass
class Cell:
    """The units behind one cell, summed as protection needs them. A unit is a person or an
    anonymous short intervention (each with its record key); a figure about no person is one unit
    with key 0."""
    amount: int = 0                 # the units' amounts added up: the true value
    key_sum: int = 0                # their record keys added up, each unit once
    units: int = 0                  # how many units
    shares: dict | None = None      # unit -> amount, for magnitudes only (the p%-rule weighs each unit)

    def __add__(self, other: Cell) -> Cell:
        """The cells of two places: different persons, so different units."""
        shares = {**self.shares, **other.shares} if self.shares and other.shares else self.shares or other.shares
        return Cell(self.amount + other.amount, self.key_sum + other.key_sum, self.units + other.units, shares)


_MONTH = operator.itemgetter(slice(7))   # an entry's month ('2026-07arbeit' -> '2026-07'), in C


class _Tally:
    """period -> (indicator, municipality) -> cell -> Cell, for every period of a release at once.
    Units are summed into their cell as they are counted: a first release has millions of them,
    too many to keep one by one."""

    def __init__(self, periods: list[Period]) -> None:
        self.tables = {p.key: defaultdict(lambda: defaultdict(Cell)) for p in periods}

    def add(self, period: str, indicator: str, municipality: str, cell, key: int, amount: int = 1, units: int = 1) -> None:
        """``units`` units (one unless they come summed), their record keys adding up to ``key``
        and their amounts to ``amount``; nothing for a period not being counted."""
        if period in self.tables:
            c = self.tables[period][(indicator, municipality)][cell]
            c.amount, c.key_sum, c.units = c.amount + amount, c.key_sum + key, c.units + units

    def add_figure(self, period: str, indicator: str, municipality: str, cell, amount: int) -> None:
        """A figure about no person: one unit, key 0, however many parts it is added from."""
        if period in self.tables:
            c = self.tables[period][(indicator, municipality)][cell]
            c.amount, c.units = c.amount + amount, 1

    def add_shares(self, period: str, indicator: str, municipality: str, cell, shares: dict, who: dict) -> None:
        """A magnitude: ``shares`` unit -> its amount, kept for the p%-rule."""
        self.tables[period][(indicator, municipality)][cell] = Cell(
            sum(shares.values()), sum(who[unit][0] for unit in shares), len(shares), shares)

    def counted(self, p: Period) -> Counted:
        return Counted(p, {table: dict(cells) for table, cells in self.tables[p.key].items()})


def _months(counted: Counter) -> Counter:
    """The records of ``counted`` summed per month (the whole of a table with exclusive cells)."""
    months: Counter = Counter()
    for entry, n in counted.items():
        months[entry[:7]] += n
    return months


class _Entries:
    """The records of one table, summed per place as each unit's come: an entry is the month
    followed by the cell ('2026-07arbeit'); every record is counted by ``Counter``, and each unit
    once per distinct entry, by its set of entries, so that Python touches a unit's key once per
    entry and not once per record (a first release has 465 000 records of contacts and topics).
    With ``whole``, each record also counts in the whole of its month (its cells are exclusive)."""

    def __init__(self, whole: bool = False) -> None:
        self.whole = whole
        self.places: dict[str, tuple[Counter, Counter, defaultdict]] = defaultdict(
            lambda: (Counter(), Counter(), defaultdict(int)))   # municipality -> (records counted, units, key sums) by entry

    def add(self, key: int, municipality: str, entries: list[str]) -> None:
        """One unit's entries, a record each."""
        counted, units, keys = self.places[municipality]
        counted.update(entries)
        distinct = set(entries)
        if self.whole:   # the month alone: the whole, once per unit and month
            distinct.update({*map(_MONTH, distinct)})
        units.update(distinct)
        for entry in distinct:
            keys[entry] += key

    def count(self, tally: _Tally, indicator: str) -> None:
        for municipality, (counted, units, keys) in self.places.items():
            if self.whole:   # every record once in the whole of its month
                counted = counted + _months(counted)
            for entry, n in counted.items():
                tally.add(entry[:7], indicator, municipality, entry[7:] or WHOLE, keys[entry], n, units[entry])


class _Runs:
    """Units counted for runs of months rather than month by month: a run from month ``start`` to
    before ``stop`` (indices into the months counted) adds its unit at the one and takes it away at
    the other, and each month's cell is the running sum of these changes."""

    def __init__(self, months: list[Period]) -> None:
        self.months = months
        self.changes: dict[tuple, tuple[list[int], list[int]]] = defaultdict(
            lambda: ([0] * (len(months) + 1), [0] * (len(months) + 1)))   # -> (units, keys) added at each month

    def add(self, tables: tuple[str, ...], municipality: str, cell, start: int, stop: int, key: int) -> None:
        """The unit with record key ``key`` in ``cell`` of each of ``tables``, months start..stop-1."""
        if start < stop:
            units, keys = self.changes[(tables, municipality, cell)]
            units[start], units[stop], keys[start], keys[stop] = units[start] + 1, units[stop] - 1, keys[start] + key, \
                keys[stop] - key

    def count(self, tally: _Tally) -> None:
        for (tables, municipality, cell), (units, keys) in self.changes.items():
            n = key_sum = 0
            for p, more, more_keys in zip(self.months, units, keys):
                n, key_sum = n + more, key_sum + more_keys
                if n:
                    for table in tables:
                        tally.add(p.key, table, municipality, cell, key_sum, n, n)


@functools.cache
def age_band(age: int | None) -> str:
    if age is None or age < 0:
        return UNKNOWN
    return next((label for low, high, label in AGE_BANDS if low <= age <= high), UNKNOWN)


class _Persons(dict):
    """person id -> (record key, municipality, gender, birth date). A person not read with the
    others (a release of a few months reads only those it is sure to need) is read when asked for."""

    def __init__(self, conn, rows) -> None:
        super().__init__((pid, (key, muni, gender, birth or "")) for pid, key, muni, gender, birth in rows)
        self.conn = conn
        self.thread_busy = False   # see _count_periods: no query from here while its thread runs

    def __missing__(self, pid: int) -> tuple[int, str, str, str]:
        if self.thread_busy:
            raise RuntimeError("release: a person not read beforehand while the counting thread uses the connection")
        key, muni, gender, birth = self.conn.execute(
            "SELECT record_key, municipality, gender, birth_date FROM person WHERE id = ?", (pid,)).fetchone()
        self[pid] = person = (key, muni, gender, birth or "")
        return person


class _Who(dict):
    """person id -> (record key, municipality), from History.persons."""

    def __init__(self, persons: _Persons) -> None:
        super().__init__((pid, (key, muni)) for pid, (key, muni, _, _) in persons.items())
        self.persons = persons

    def __missing__(self, pid: int) -> tuple[int, str]:
        self[pid] = who = self.persons[pid][:2]
        return who


@dataclass
class History:
    """What the persons and § 104c tables need of the case file's history, read once for all
    periods of a release (a first bundle counts two years)."""
    persons: _Persons                                    # id -> (record key, municipality, gender, birth date)
    cases: list[tuple[int, int, str, str | None, str]]    # (case id, person id, opened, closed, intensity)
    phases: dict[int, list[tuple[str, str]]]             # case id -> [(since, phase)] in order
    intensities: dict[int, list[tuple[str, str]]]        # case id -> [(since, intensity)] in order
    statuses: dict[int, list[tuple[str, str]]]           # person id -> [(since, status)] in order
    first_permit: dict[int, str]                         # person id -> when they first held § 104c

    @functools.cached_property
    def who(self) -> dict[int, tuple[int, str]]:
        """person id -> (record key, municipality)"""
        return _Who(self.persons)


def history(cw: Casework, span: tuple[str, str], of_cases: bool = True, left_out: frozenset = frozenset()) -> History:
    """Every person, the cases open within ``span`` (first and last day), the status history of
    everyone who ever held § 104c and, ``of_cases``, every phase and status history; the cases and
    § 104c of the persons ``left_out`` not. Without ``of_cases`` (a release of a few months counts
    the persons month by month in SQL): only the cases opened or closed within ``span``, and only
    the persons who ever held § 104c (the month by month count adds the others it reads)."""
    conn = cw.conn
    phases, intensities, statuses, first_permit = defaultdict(list), defaultdict(list), defaultdict(list), {}
    if of_cases:
        for case_id, since, phase in conn.execute(   # in the order of the index: no sort
                "SELECT case_id, since, phase FROM case_phase ORDER BY case_id, since, id"):
            phases[case_id].append((since, phase))
        for case_id, since, intensity in conn.execute(   # the intensity a case had, by date (migration 7)
                "SELECT case_id, since, intensity FROM case_intensity ORDER BY case_id, since, id"):
            intensities[case_id].append((since, intensity))
    for pid, since, status in conn.execute(
            "SELECT person_id, since, status FROM residence_status "
            f"{'' if of_cases else 'WHERE person_id IN (SELECT person_id FROM residence_status WHERE status = ?) '}"
            "ORDER BY person_id, since, id", () if of_cases else (PERMIT,)):
        statuses[pid].append((since, status))
        if status == PERMIT and pid not in first_permit:
            first_permit[pid] = since
    columns = "SELECT id, person_id, opened_on, closed_on, intensity FROM support_case "
    if of_cases:
        cases = conn.execute(columns + "WHERE opened_on <= ? AND (closed_on IS NULL OR closed_on >= ?)",
                             (span[1], span[0])).fetchall()
    else:   # what _cases counts; "closed_on > ''" names the index of closed cases (migration 15)
        cases = conn.execute(columns + "WHERE opened_on BETWEEN ? AND ? UNION ALL " + columns +
                             "WHERE closed_on > '' AND closed_on BETWEEN ? AND ? AND NOT opened_on BETWEEN ? AND ?",
                             span + span + span).fetchall()
    if left_out:
        cases = [case for case in cases if case[1] not in left_out]
        first_permit = {pid: since for pid, since in first_permit.items() if pid not in left_out}
    persons = "SELECT id, record_key, municipality, gender, birth_date FROM person"
    if not of_cases:   # a few months: § 104c and the cases read; the persons with a case in them from
        # _persons_in_sql, others as asked for
        persons += " WHERE id IN (SELECT person_id FROM residence_status WHERE status = ?) OR id IN (SELECT value FROM json_each(?))"
    return History(_Persons(conn, conn.execute(persons, () if of_cases else (PERMIT, json.dumps([c[1] for c in cases])))),
                   cases, phases, intensities, statuses, first_permit)


def _age(birth: str, on: str) -> int | None:
    """Full years between ``birth`` (YYYY or YYYY-MM-DD) and ``on``; None when birth is unknown."""
    if not birth:
        return None
    return int(on[:4]) - int(birth[:4]) - (len(birth) == 10 and on[5:10] < birth[5:10])


PERSON_TABLES = ("persons_by_intensity", "persons_by_phase", "persons_by_gender", "persons_by_age_band",
                 "persons_by_status_group")   # five tables that share their whole


def _persons(h: History, tally: _Tally, months: list[Period], status_group: dict[str, str]) -> None:
    """Each person with a case open in the month, once, by their newest such case: its intensity,
    its phase, their gender, age and residence status group, all on the month's last day. These
    change only with a case, a phase, a status or a birthday, so each is counted for a run of
    months at once (a first release has 150 000 person-months, their runs are far fewer)."""
    firsts, lasts = [p.first.isoformat() for p in months], [p.last.isoformat() for p in months]
    spans: dict[int, list[tuple]] = defaultdict(list)   # person id -> (first month, stop, case), oldest case first
    for case in sorted(h.cases, key=lambda case: (case[2], case[0])):
        _, pid, opened, closed, _ = case
        start = bisect.bisect_left(lasts, opened)
        stop = len(months) if closed is None else bisect.bisect_right(firsts, closed)
        if start < stop:
            spans[pid].append((start, stop, case))
    runs = _Runs(months)
    for pid, cases in spans.items():
        key, muni, gender, birth = h.persons[pid]
        statuses = h.statuses.get(pid, [])
        for start, stop, (case_id, _, _, _, intensity) in _newest(cases):
            runs.add(PERSON_TABLES, muni, WHOLE, start, stop, key)   # the five tables share their whole
            for a, b, dated in _runs(h.intensities.get(case_id, []), lasts, start, stop):
                runs.add(("persons_by_intensity",), muni, dated or intensity, a, b, key)
            runs.add(("persons_by_gender",), muni, gender, start, stop, key)
            for a, b, phase in _runs(h.phases.get(case_id, []), lasts, start, stop):
                runs.add(("persons_by_phase",), muni, phase or UNKNOWN, a, b, key)
            for a, b, band in _age_bands(birth, lasts, start, stop):
                runs.add(("persons_by_age_band",), muni, band, a, b, key)
            for a, b, status in _runs(statuses, lasts, start, stop):
                runs.add(("persons_by_status_group",), muni, status_group.get(status, UNKNOWN) if status else UNKNOWN,
                         a, b, key)
    runs.count(tally)


def _newest(spans: list[tuple]) -> list[tuple]:
    """(first month, stop, case) runs of a person's newest case open in each month, from the
    months each case is open in, oldest case first."""
    if len(spans) == 1:
        return spans
    newest = {}
    for start, stop, case in spans:
        newest.update(dict.fromkeys(range(start, stop), case))
    runs: list[tuple] = []
    for i, case in sorted(newest.items()):
        if runs and runs[-1][1] == i and runs[-1][2] is case:
            runs[-1] = (runs[-1][0], i + 1, case)
        else:
            runs.append((i, i + 1, case))
    return runs


def _runs(entries: list[tuple[str, str]], lasts: list[str], start: int, stop: int) -> list[tuple]:
    """(first month, stop, value) runs for the months start..stop-1 (indices into their ``lasts``):
    the value of the newest entry since the month's last day or earlier (entries in order of since,
    then id; None before the first)."""
    runs, value = [], None
    for since, new in entries:
        at = min(max(bisect.bisect_left(lasts, since), start), stop)   # the first month that knows it
        if at > start:
            runs.append((start, at, value))
            start = at
        value = new
    if stop > start:
        runs.append((start, stop, value))
    return runs


def _age_bands(birth: str, lasts: list[str], start: int, stop: int) -> list[tuple]:
    """(first month, stop, age band) runs for the months start..stop-1: ages only grow, so the same
    band at both ends is the band throughout."""
    first, last = age_band(_age(birth, lasts[start])), age_band(_age(birth, lasts[stop - 1]))
    if not birth or first == last != UNKNOWN:
        return [(start, stop, first)]
    return [(i, i + 1, age_band(_age(birth, lasts[i]))) for i in range(start, stop)]


_NEWEST_CASES = """
    SELECT p.id, p.record_key, p.municipality, p.gender, coalesce(p.birth_date, ''),
        coalesce((SELECT intensity FROM case_intensity WHERE case_id = s.id AND since <= :last
                  ORDER BY since DESC, id DESC LIMIT 1), s.intensity),
        (SELECT phase FROM case_phase WHERE case_id = s.id AND since <= :last ORDER BY since DESC, id DESC LIMIT 1),
        (SELECT status FROM residence_status WHERE person_id = p.id AND since <= :last ORDER BY since DESC, id DESC LIMIT 1)
    FROM support_case s JOIN person p ON p.id = s.person_id
    WHERE s.opened_on <= :last AND (s.closed_on IS NULL OR s.closed_on >= :first)
        AND NOT EXISTS (SELECT 1 FROM support_case newer WHERE newer.person_id = s.person_id
            AND newer.opened_on <= :last AND (newer.closed_on IS NULL OR newer.closed_on >= :first)
            AND (newer.opened_on, newer.id) > (s.opened_on, s.id))"""


def _persons_in_sql(cw: Casework, h: History, tally: _Tally, months: list[Period], status_group: dict[str, str],
                    left_out: frozenset) -> None:
    """The same as _persons, a month at a time: for a month or a quarter's three, looking up each
    newest open case's phase and status on the month's last day through their indexes is faster
    than reading every history. The persons read are kept in ``h`` for the other counts."""
    known = h.persons.setdefault
    for p in months:
        last = p.last.isoformat()
        summed: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])   # (indicator, municipality, cell) -> [n, keys]
        for pid, key, muni, gender, birth, intensity, phase, status in cw.conn.execute(
                _NEWEST_CASES, {"first": p.first.isoformat(), "last": last}):
            known(pid, (key, muni, gender, birth))
            if pid in left_out:
                continue
            cells = (intensity, phase or UNKNOWN, gender, age_band(_age(birth, last)),
                     status_group.get(status, UNKNOWN) if status else UNKNOWN)
            for indicator, cell in (*zip(PERSON_TABLES, cells), (None, WHOLE)):   # None: the whole of all five
                counted = summed[(indicator, muni, cell)]
                counted[0], counted[1] = counted[0] + 1, counted[1] + key
        for (indicator, muni, cell), (n, key_sum) in summed.items():
            for table in (PERSON_TABLES if indicator is None else (indicator,)):
                tally.add(p.key, table, muni, cell, key_sum, n, n)


def _cases(h: History, tally: _Tally, span: tuple[str, str]) -> None:
    """Cases opened and closed, per person and month."""
    persons: dict[int, list[str]] = defaultdict(list)
    for _, pid, opened, closed, _ in h.cases:
        for cell, day in (("eroeffnet", opened), ("abgeschlossen", closed)):
            if day is not None and span[0] <= day <= span[1]:
                persons[pid].append(day[:7] + cell)
    cases = _Entries()
    for pid, entries in persons.items():
        cases.add(*h.who[pid], entries)
    cases.count(tally, "cases_opened_closed")


# A fall back to a Duldung is a lapse, not a move to another title (issue 16).
CHANCEN_OUTCOMES = {"ae_25a": "zu_25a", "ae_25b": "zu_25b", "sonstige": "zu_sonstige", "abgelaufen": "abgelaufen",
                    "duldung": "abgelaufen"}


def _chancen(h: History, tally: _Tally, months: list[Period]) -> None:
    """The § 104c window of each person's status history as it stood on each month's last day. A
    window changes only with a new entry: it is worked out once per person and entry, as if it were
    never looked at before it ended (a month sees the end only if it came by the month's last day),
    and the months it counts in follow from its dates."""
    firsts, lasts = [p.first for p in months], [p.last for p in months]
    soon = [add_months(p.last, ENDS_SOON_MONTHS) for p in months]
    applications, _ = roles()
    runs = _Runs(months)
    for pid in h.first_permit:
        entries = h.statuses[pid]
        key, muni, _, _ = h.persons[pid]
        for known in range(1, len(entries) + 1):
            # The months whose last day sees exactly the first ``known`` entries.
            start = bisect.bisect_left(lasts, date.fromisoformat(entries[known - 1][0]))
            stop = bisect.bisect_left(lasts, date.fromisoformat(entries[known][0])) if known < len(entries) else len(months)
            newest_since, newest_status = entries[known - 1]
            if start == stop or (newest_status != PERMIT and newest_status not in applications
                                 and date.fromisoformat(newest_since) < firsts[start]):
                continue   # not seen at a month's end, or ended with a later status before (an application does not end it)
            w = window([StatusEntry(status, date.fromisoformat(since)) for since, status in entries[:known]], date.max,
                       reminder_months=())
            if w is None:
                continue
            # Seen by the months whose last day is on or after it; None while an application filed
            # in time awaits its decision (Fiktion, § 81 Abs. 4 AufenthG): the window has not ended.
            ended = w.outcome_since
            seen = bisect.bisect_left(lasts, ended) if ended else stop
            after_end = bisect.bisect_left(lasts, w.ends + timedelta(days=1))   # months whose last day is past the end
            runs.add(("chancen_104c",), muni, "erteilt", start,
                     min(stop, bisect.bisect_left(firsts, ended)) if ended else stop, key)
            runs.add(("chancen_104c",), muni, "endet_bald", max(start, bisect.bisect_left(soon, w.ends)),
                     min(stop, seen, after_end), key)
            if w.outcome == "fiktion":
                runs.add(("chancen_104c",), muni, "fiktion", max(start, after_end), stop, key)
            if ended and start <= seen < stop and firsts[seen] <= ended:
                runs.add(("chancen_104c",), muni, CHANCEN_OUTCOMES[w.outcome], seen, seen + 1, key)
    runs.count(tally)


def _long(span: tuple[str, str]) -> bool:
    """Longer than a quarter (a first release counts two years): reading a whole table in order is
    then faster than looking up most of its rows one by one from a date index."""
    return date.fromisoformat(span[1]) - date.fromisoformat(span[0]) > timedelta(days=92)


def _within(column: str, span: tuple[str, str]) -> str:
    """``column`` within the days of ``span``, through its index only for a month or a quarter."""
    return f"{'+' if _long(span) else ''}{column} BETWEEN ? AND ?"


def _entries(cell: str) -> str:
    """A walk's column: the month followed by ``cell`` for each record of the case ('2026-07arbeit')."""
    return f"group_concat(substr(x.date, 1, 7) || {cell}, char(31))"


# The walks over each person's records: a table and the columns it gives, a cell for each record;
# a contact's topics from their table by its key.
CONTACT_WALK = ("contact x ON x.case_id = s.id", (
    _entries("x.channel"),
    ("group_concat((SELECT group_concat(substr(x.date, 1, 7) || t.topic, char(31)) FROM contact_topic t "
     "WHERE t.contact_id = x.id), char(31))")))
REFERRAL_WALK = ("referral x ON x.case_id = s.id", (
    _entries("x.partner"), _entries("coalesce(nullif(x.outcome, ''), 'offen')")))


def _rows(cw: Casework, columns: list[str], rest: str, params: tuple) -> list[list[str]]:
    """``SELECT columns rest`` as text, all rows in one, rows apart by char 28, columns by char 29
    (the columns hold numbers, dates, catalogue codes, which catalogues.load keeps printable, or
    hex): on the thread beside the counting, a query that returned its rows one by one would take
    Python's lock for each, and wait up to 5 ms for it; this takes it once."""
    names = ", ".join(f"{column} AS c{i}" for i, column in enumerate(columns))
    row = " || char(29) || ".join(f"coalesce(c{i}, '')" for i in range(len(columns)))
    (text,) = cw.conn.execute(f"SELECT group_concat({row}, char(28)) FROM (SELECT {names} {rest})", params).fetchone()
    rows = [row.split("\x1d") for row in text.split("\x1c")] if text else []
    if any(len(row) != len(columns) for row in rows):   # a value the app never writes: refuse, never miscount
        raise ValueError("release: a value in the case file holds a control character")
    return rows


def _walk(cw: Casework, walk: tuple[str, tuple[str, ...]], span: tuple[str, str]) -> list[list[str]]:
    """The records of ``walk`` in ``span`` (joined to each case as s, dated x.date), a row per
    person, its entries apart by char 31: SQLite walks the cases in the order of the person index,
    each case's records in the order of the index on case (CROSS JOIN keeps that order), and
    concatenates them, a column each, so that one walk serves several tables and nothing is
    sorted. A GROUP BY per person, month and cell would sort the 300 000 contact topics of a first
    release (measured 620 against 250 ms), and even for a month this beats looking each contact
    up from the date index."""
    records, columns = walk
    return _rows(cw, ["s.person_id", *columns], f"FROM support_case s INDEXED BY support_case_person "
                 f"CROSS JOIN {records} WHERE x.date BETWEEN ? AND ? GROUP BY s.person_id", span)


def _count_walk(tally: _Tally, walked: list[list[str]], tables: dict[str, _Entries], who: dict,
                left_out: frozenset) -> None:
    """Each person's row of a walk into ``tables`` (indicator -> its entries, a column each); not
    the persons ``left_out``. Row by row, so that only the sums are kept."""
    for pid, *columns in walked:
        pid = int(pid)
        if pid not in left_out:
            key, municipality = who[pid]
            for entries, text in zip(tables.values(), columns):
                if text:   # empty: none of this kind (a contact without topics)
                    entries.add(key, municipality, text.split("\x1f"))   # dates are YYYY-MM-DD, cells codes
    for indicator, entries in tables.items():
        entries.count(tally, indicator)


def _contacts_and_referrals(h: History, tally: _Tally, left_out: frozenset, walked: tuple[list, list]) -> None:
    """Contacts and referrals, per person and month, from the walks (CONTACT_WALK, REFERRAL_WALK)."""
    _count_walk(tally, walked[0], {"contacts_by_channel": _Entries(whole=True), "contacts_by_topic": _Entries()},
                h.who, left_out)
    _count_walk(tally, walked[1], {"referrals_by_partner": _Entries(whole=True),
                                   "referrals_by_outcome": _Entries(whole=True)}, h.who, left_out)


def _interventions_events_observations(cw: Casework, tally: _Tally, span: tuple[str, str]) -> None:
    """Short interventions (each one is someone) and, about no person, information events and
    system observations as they are, per month of ``span``: one query each for all months."""
    for month, key, muni, topic in cw.conn.execute(
            f"SELECT substr(date, 1, 7), record_key, municipality, topic FROM short_intervention "
            f"WHERE {_within('date', span)}", span):
        tally.add(month, "short_interventions_by_topic", muni, topic, key)
        tally.add(month, "short_interventions_by_topic", muni, WHOLE, key)
    for month, muni, events, participants in cw.conn.execute(
            "SELECT substr(date, 1, 7), municipality, COUNT(*), SUM(participants) FROM info_event "
            "WHERE date BETWEEN ? AND ? GROUP BY 1, 2", span):
        tally.add_figure(month, "info_events", muni, "veranstaltungen", events)
        tally.add_figure(month, "info_events", muni, "teilnehmende", participants)
    for month, muni, category, n in cw.conn.execute(
            "SELECT substr(date, 1, 7), municipality, category, COUNT(*) FROM observation WHERE date BETWEEN ? AND ? "
            "GROUP BY 1, 2, 3", span):
        tally.add_figure(month, "observations_by_category", muni, category, n)


def _read_quarters(cw: Casework, quarters: list[Period], with_time: bool) -> tuple[list[list[str]], Counter]:
    """What _quarters counts, read on the thread beside the counting: the contacts with an
    interpreter (month, person, language as typed in hex, minutes, cents) and, where the county asks
    for it, the case manager's own minutes by (quarter, kind), per quarter only, never per year: one
    pass over the contacts, a sum per quarter (a GROUP BY by month sorted them all)."""
    span = (min(p.first for p in quarters).isoformat(), max(p.last for p in quarters).isoformat())
    interpreted = _rows(cw, ["substr(c.date, 1, 7)", "s.person_id", "hex(c.interpreter_language)", "c.interpreter_minutes",
                             "c.interpreter_cost_cents"],
                        f"FROM contact c JOIN support_case s ON s.id = c.case_id WHERE {_within('c.date', span)} "
                        "AND coalesce(c.interpreter_language, '') != ''", span)
    own = [p for p in quarters if "-Q" in p.key]
    minutes_by: Counter = Counter()
    if not with_time or not own:
        return interpreted, minutes_by
    sums = ", ".join("SUM(CASE WHEN date BETWEEN ? AND ? THEN minutes END)" for _ in own)
    days = tuple(day for p in own for day in (p.first.isoformat(), p.last.isoformat()))
    (individual,) = cw.conn.execute(
        f"SELECT {sums} FROM contact WHERE {_within('date', span)} "
        "AND id NOT IN (SELECT contact_id FROM contact_received)", days + span).fetchall()   # a colleague's work (docs/handover.md)
    for kind, *by_quarter in [(INDIVIDUAL, *individual)] + cw.conn.execute(
            f"SELECT kind, {sums} FROM time_entry WHERE {_within('date', span)} GROUP BY kind", days + span).fetchall():
        for p, minutes in zip(own, by_quarter):
            minutes_by[(p.key, kind)] += minutes or 0
    return interpreted, minutes_by


def _quarters(cw: Casework, h: History | None, tally: _Tally, quarters: list[Period],
              read: tuple[list[list[str]], Counter], left_out: frozenset) -> None:
    """For the device as a whole: interpreter minutes and euros per person and language, and (where
    the county asks for it) the case manager's own minutes by kind, from ``read`` (_read_quarters)."""
    periods_of: dict[str, list[str]] = defaultdict(list)   # month -> the quarters and years it belongs to
    for p in quarters:
        for m in range(p.first.month, p.last.month + 1):
            periods_of[f"{p.key[:4]}-{m:02d}"].append(p.key)
    # Typed languages repeat, the match is a linear search: once per language as typed.
    language_code = functools.cache(lambda typed: cw.cat.language_code(bytes.fromhex(typed).decode()))
    indicators = ("interpreter_minutes_by_language", "interpreter_cost_cents_by_language")
    shares: dict[tuple, dict[int, int]] = defaultdict(dict)   # (quarter, indicator, cell) -> person -> amount
    interpreted, minutes_by = read
    for month, pid, language, minutes, cents in interpreted:
        pid = int(pid)
        if pid in left_out:
            continue
        language = language_code(language)
        for period in periods_of.get(month, ()):
            for indicator, amount in zip(indicators, (int(minutes), int(cents))):
                if amount:   # a person counts where they contribute (amounts are never negative)
                    for cell in (language, WHOLE):
                        by_person = shares[(period, indicator, cell)]
                        by_person[pid] = by_person.get(pid, 0) + amount
    who = h.who if h else {pid: (key, muni) for pid, key, muni in cw.conn.execute(
        "SELECT id, record_key, municipality FROM person")}
    for (quarter, indicator, cell), by_person in shares.items():
        tally.add_shares(quarter, indicator, ALL, cell, by_person, who)
    for (quarter, kind), minutes in minutes_by.items():
        if minutes:
            tally.add_figure(quarter, "minutes_by_kind", ALL, kind, minutes)
            tally.add_figure(quarter, "minutes_by_kind", ALL, WHOLE, minutes)


# -- the tables and their protection ---------------------------------------------------------------
def _layout(cw: Casework) -> dict[str, tuple[str, tuple[str, ...], bool]]:
    """indicator -> (protection, its cells, whether it has a whole)."""
    cat = cw.cat
    groups = tuple(sorted({e.extra["group"] for e in cat.residence_status.entries})) + (UNKNOWN,)
    languages = tuple(cat.languages.codes())
    return {
        "persons_by_intensity": (COUNT, tuple(cat.intensities.codes()), True),
        "persons_by_phase": (COUNT, tuple(cat.phases.codes()) + (UNKNOWN,), True),
        "persons_by_gender": (COUNT, tuple(cat.genders.codes()), True),
        "persons_by_age_band": (COUNT, tuple(b[2] for b in AGE_BANDS) + (UNKNOWN,), True),
        "persons_by_status_group": (COUNT, groups, True),
        "cases_opened_closed": (COUNT, ("eroeffnet", "abgeschlossen"), False),
        "chancen_104c": (COUNT, CHANCEN_CELLS, False),
        "contacts_by_topic": (COUNT, tuple(cat.topics.codes()), False),
        "contacts_by_channel": (COUNT, tuple(cat.channels.codes()), True),
        "referrals_by_partner": (COUNT, tuple(cat.partners.codes()), True),
        "referrals_by_outcome": (COUNT, tuple(cat.referral_outcomes.codes()) + ("offen",), True),
        "short_interventions_by_topic": (COUNT, tuple(cat.topics.codes()), True),
        "info_events": (OPEN, ("veranstaltungen", "teilnehmende"), False),
        "observations_by_category": (OPEN, tuple(cat.observation_categories.codes()), False),
        "interpreter_minutes_by_language": (MAGNITUDE, languages, True),
        "interpreter_cost_cents_by_language": (MAGNITUDE, languages, True),
        "minutes_by_kind": (OPEN, (INDIVIDUAL,) + tuple(cat.system_work.codes()), True),
    }


QUARTERLY = ("interpreter_minutes_by_language", "interpreter_cost_cents_by_language", "minutes_by_kind")


def safe_magnitude(shares: dict, k: int) -> bool:
    """At least k persons contribute, and the others together exceed P_PERCENT of the largest
    amount, so the second largest contributor cannot estimate the largest closely (p%-rule)."""
    amounts = [amount for amount in shares.values() if amount]
    if not amounts or len(amounts) < k:
        return False
    largest = heapq.nlargest(2, amounts)   # no sort: a year's interpreting has thousands of shares
    return sum(amounts) - sum(largest) >= P_PERCENT * largest[0]


def publish(protection: str, cell: Cell, ptable: cellkey.PerturbationTable, k: int, offset: int = 0):
    """The published value of one cell from the units behind it. ``offset`` shifts the cell key of
    flows per period (see FLOWS)."""
    if protection == OPEN or cell.amount == 0:
        return cell.amount
    if protection == COUNT:
        return ptable.perturb(cell.amount, cellkey.cell_key(offset + cell.key_sum))
    return cell.amount if safe_magnitude(cell.shares or {}, k) else SUPPRESSED


def _withhold_together(cells: dict[str, Cell], published: dict[str, object], k: int) -> bool:
    """Secondary suppression for a magnitude table with a whole: the whole minus the published
    cells gives the sum of the withheld ones, so that sum must pass the rule too. Withhold further
    cells, smallest first, until it does; False if none is left (then the whole is withheld)."""
    withheld = {c for c, v in published.items() if v == SUPPRESSED}
    while withheld:
        merged: Counter = Counter()   # a person with amounts in several withheld cells counts once, with their sum
        for c in withheld:
            merged.update(cells[c].shares or {} if c in cells else {})
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
    tables: dict   # (indicator, municipality) -> cell (WHOLE for the whole) -> Cell

    def value(self, indicator: str, municipality: str, cell=WHOLE) -> tuple[int, int]:
        """(the amount, how many units are behind it)."""
        counted = self.tables.get((indicator, municipality), {}).get(cell, Cell())
        return counted.amount, counted.units


def count_periods(cw: Casework, periods: list[Period], with_time: bool = True) -> dict[str, Counted]:
    """The true counts of several closed periods at once (a first bundle counts two years): the
    case file's history read once, one query per kind of record for all of them. A person another
    laptop counts in a period (after a handover, see docs/handover.md) is left out of it: periods
    that leave out the same persons, usually all of them, are counted together."""
    together: dict[frozenset, list[Period]] = defaultdict(list)
    for p in periods:
        together[frozenset(handover_counts.left_out(cw.conn, p.key))].append(p)
    counted: dict[str, Counted] = {}
    with _collector_paused():
        for left_out, some in together.items():
            counted.update(_count_periods(cw, some, with_time, left_out))
    return counted


@contextlib.contextmanager
def _collector_paused():
    """Python's cycle collector runs after every few hundred new containers and, now and then,
    walks every object there is; counting two years builds several hundred thousand (lists,
    sets, tuples) that live until the end, and the walks took a fifth of a first release (five
    full collections, 265 of 2 170 ms). The counts form no cycles (their garbage goes by reference
    counting), so the collector waits until the count is done, as Mercurial's util.nogc does while
    it builds its large structures."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _count_periods(cw: Casework, periods: list[Period], with_time: bool, left_out: frozenset) -> dict[str, Counted]:
    months = sorted((p for p in periods if not p.quarterly), key=lambda p: p.first)
    quarters = [p for p in periods if p.quarterly]
    tally, h = _Tally(periods), None
    # The walks over contacts and referrals and the quarters' reads are SQLite's work, without
    # Python's lock: on a thread they run beside the counting of persons, § 104c and cases (over
    # two years also of the walks, while the quarters are read). They share the connection, and
    # with it its transaction (the preview counts inside one it then rolls back); the connection
    # must allow other threads (storage.store.connect does) and SQLite be built serialized
    # (tests/test_release.py). While the thread works, this thread runs only Python over what was
    # read before and no query: with a Python callback on the connection (a progress handler, say)
    # a query here would hold Python's lock while waiting for SQLite's, which the thread holds
    # while its callback waits for Python's. The pool waits for the thread however this ends.
    walked = read = None
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        if months:
            span = (months[0].first.isoformat(), max(p.last for p in months).isoformat())
            long = _long(span)
            h = history(cw, span, of_cases=long, left_out=left_out)
            status_group = {e.code: e.extra["group"] for e in cw.cat.residence_status.entries}
            if not long:
                _persons_in_sql(cw, h, tally, months, status_group, left_out)
            _interventions_events_observations(cw, tally, span)
            walked = pool.submit(lambda: (_walk(cw, CONTACT_WALK, span), _walk(cw, REFERRAL_WALK, span)))
        if quarters:
            read = pool.submit(_read_quarters, cw, quarters, with_time)
        if months:
            h.persons.thread_busy = True
            try:
                if long:
                    _persons(h, tally, months, status_group)
                _chancen(h, tally, months)
                _cases(h, tally, span)
                if long:   # every person read: the walks are counted while the thread reads the quarters
                    _contacts_and_referrals(h, tally, left_out, walked.result())
            finally:
                h.persons.thread_busy = False
    if months and not long:   # the persons of a few months are read as the walks name them
        _contacts_and_referrals(h, tally, left_out, walked.result())
    if quarters:
        _quarters(cw, h, tally, quarters, read.result(), left_out)
    return {p.key: tally.counted(p) for p in periods}


def count(cw: Casework, p: Period, with_time: bool = True) -> Counted:
    return count_periods(cw, [p], with_time)[p.key]


# Flows about persons in case management: where a place's persons are published as 0, a flow
# above 0 would say "someone was there" and pin the 0 to 1..k-1 (found by a fresh-eyes attack).
FLOWS = ("cases_opened_closed", "contacts_by_topic", "contacts_by_channel", "referrals_by_partner",
         "referrals_by_outcome")


def _period_offset(period: str) -> int:
    """Shifts the cell keys of flows per period: a person's record key stays the same from month
    to month, and with it the noise, so a month-by-month series of one person's changing counts
    would otherwise let the key, and then the true counts, be solved for. Stocks keep the plain
    cell key: the same persons in the same state are published the same way every month."""
    return int.from_bytes(hashlib.sha256(f"fallakte-period/{period}".encode()).digest()[:4], "big")


def protect(cw: Casework, counted: Counted, municipalities: list[str], k: int, with_time: bool = True) -> list[dict]:
    """The tables as they go into the payload: every cell of every indicator of the period, for
    every municipality of the device and for OUTSIDE, zeros included. The same places every time:
    a table that appeared only when someone lives there would tell that someone does."""
    p = counted.period
    # A count of 1 must be able to reach k (or 0): with k above 3 the largest deviation grows with it.
    ptable = cellkey.perturbation_table(d=max(cellkey.D, k - 1), js=k - 1)
    tables, nobody = [], set()   # nobody: places whose persons in case management are published as 0
    for indicator, (protection, cells, whole) in _layout(cw).items():
        if (indicator in QUARTERLY) != p.quarterly or (indicator == "minutes_by_kind" and (not with_time or p.yearly)):
            continue
        offset = _period_offset(p.key) if indicator in FLOWS else 0
        places: dict[str, dict] = {place: {} for place in ([ALL] if p.quarterly else sorted(municipalities) + [OUTSIDE])}
        # Places outside the device's are summed into OUTSIDE: persons as different units, figures
        # about no person (events, observations) as their sum. Until November 2026 those figures were
        # published as the last such place's; frozen months keep that, their yearly revision corrects it.
        for (counted_indicator, muni), by_cell in counted.tables.items():
            if counted_indicator == indicator:
                target = places[muni if muni in places else OUTSIDE]
                for cell, c in by_cell.items():
                    target[cell] = target[cell] + c if cell in target else c
        for place, units in places.items():
            published = {c: publish(protection, units.get(c, Cell()), ptable, k, offset) for c in cells}
            table = {"indicator": indicator, "period": p.key, "municipality": place, "cells": published}
            if whole:
                table["total"] = publish(protection, units.get(WHOLE, Cell()), ptable, k, offset)
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


# -- releasing and the frozen store -----------------------------------------------------------------
def revision_due(today: date, revised: set[int], released: set[str]) -> int | None:
    """The year whose released periods are counted once more, with every late correction, or None:
    the previous year, once January's closing days are over, if it was released and not yet revised."""
    year = today.year - 1
    if today > date(today.year, 2, CLOSING_DAYS) and year not in revised and any(k.startswith(f"{year}-") for k in released):
        return year
    return None


def release_due(cw: Casework, municipalities: list[str], k: int, with_time: bool = True) -> list[str]:
    """Count, protect and freeze every period that is due, and once a year revise the previous
    year; returns the keys of what changed. One transaction."""
    cw.repair_record_keys()
    today = cw.today()
    released = {key for (key,) in cw.conn.execute("SELECT period FROM released")}
    revised = {int(key[len("revised_"):]) for (key,) in cw.conn.execute("SELECT key FROM meta WHERE key LIKE 'revised_%'")}
    periods = due(today, released)
    # A year first released after its revision date already holds every correction: nothing to revise.
    late = {int(p.key[:4]) for p in periods if today > date(int(p.key[:4]) + 1, 2, CLOSING_DAYS)
            and not any(key.startswith(p.key[:5]) for key in released)}
    year = revision_due(today, revised | late, released)
    again = [p for p in due(date(year + 1, 12, 31), set()) if p.key[:4] == str(year) and p.key in released] if year else []
    if not periods and not again:
        return []
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    counted = count_periods(cw, periods + again, with_time)
    with records.atomic(cw.conn):
        for p in periods + again:
            tables = protect(cw, counted[p.key], municipalities, k, with_time)
            cw.conn.execute("INSERT INTO released (period, tables, released_at) VALUES (?, ?, ?) ON CONFLICT(period) "
                            "DO UPDATE SET tables = excluded.tables, released_at = excluded.released_at",
                            (p.key, json.dumps(tables), now))
        for done in (late | {year}) - {None} - revised:
            cw.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (f"revised_{done}", now))
    return [p.key for p in periods + again]


def released_tables(cw: Casework) -> tuple[list[str], list[dict]]:
    """(periods, tables) of every frozen release within the window of the previous and current year."""
    first = str(cw.today().year - 1)
    rows = cw.conn.execute("SELECT period, tables FROM released WHERE period >= ? ORDER BY period", (first,)).fetchall()
    return [period for period, _ in rows], [t for _, tables in rows for t in json.loads(tables)]
