"""Counting a release fast must not change a single published figure: records are frozen and cell
keys must stay consistent. The release code is held to the straightforward counting it replaced
(tests/release_reference.py, kept verbatim): every period, every table, every cell, and behind
each cell the same true amount, number of units and sum of record keys.

On demo case files (two seeds, four dates, through release_due as a sync runs it, and a month
alone) and on case files of random histories written straight into the tables, with what the input
forms never make but a case file may hold: overlapping cases, two opened on one day, several
status entries on one day, § 104c granted twice, a permit running out before the next status,
birth years without a date, persons and events in municipalities outside the device's."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

import pytest

from app.casemanager import demo, release
from app.casemanager.casework import Casework
from storage import records
from storage.store import EncryptedStore
from tests import release_reference as reference
from tests.conftest import PASSPHRASE, TODAY

MUNIS = ["duelmen", "nottuln"]
# A first release, eight months, one month (counted differently), the revision of the year with January.
DAYS = [date(2026, 3, 15), TODAY, date(2026, 12, 11), date(2027, 2, 11)]


def _truth(counted: release.Counted) -> dict:
    return {(table, cell): (c.amount, c.units, c.key_sum, c.shares) for table, cells in counted.tables.items()
            for cell, c in cells.items()}


def _reference_truth(counted: reference.Counted) -> dict:
    """The same as _truth, from one object per unit: unit -> [record key, amount]."""
    magnitudes = set(reference.QUARTERLY) - {"minutes_by_kind"}
    return {(table, cell): (sum(amount for _, amount in units.values()), len(units),
                            sum(key for key, _ in units.values()),
                            {unit: amount for unit, (_, amount) in units.items()} if table[0] in magnitudes else None)
            for table, cells in counted.tables.items() for cell, units in cells.items()}


def _assert_same(cw: Casework, periods: list[release.Period], municipalities=MUNIS, k: int = 3,
                 with_time: bool = True) -> None:
    """All periods counted at once, as release_due counts them, against the reference one by one."""
    fast = release.count_periods(cw, periods, with_time)
    for p in periods:
        # A year (interpreting only) is the reference's device-wide counting over twelve months, without own time.
        time = with_time and not p.yearly
        slow = reference.count(cw, p, time)
        assert _truth(fast[p.key]) == _reference_truth(slow), p.key
        assert release.protect(cw, fast[p.key], municipalities, k, with_time) == \
            reference.protect(cw, slow, municipalities, k, time), p.key


def _case_file(tmp_path, name: str) -> Casework:
    casefile, _ = EncryptedStore.create(tmp_path / f"{name}.db", PASSPHRASE, kdf_iterations=1)
    return Casework(casefile, today=lambda: TODAY)


@pytest.fixture(scope="module", params=[1, 2])
def demo_county(request, tmp_path_factory):
    cw = _case_file(tmp_path_factory.mktemp("demo"), "demo")
    demo.fill(cw, 150, seed=request.param)
    yield cw
    cw.casefile.close()


def test_a_release_publishes_what_the_straightforward_counting_published(demo_county):
    """release_due as a sync runs it, one date after the other: the first release, a month later,
    the revision of the year; every frozen table equals the reference's."""
    with records.rolled_back(demo_county.conn):
        for today in DAYS:
            cw = Casework(demo_county.casefile, today=lambda today=today: today)
            changed = release.release_due(cw, MUNIS, 3)
            assert changed
            frozen = dict(cw.conn.execute("SELECT period, tables FROM released").fetchall())
            for key in changed:
                year, number = int(key[:4]), int(key[-1:] if "-Q" in key else key[5:] or 0)
                p = release.year(year) if len(key) == 4 else \
                    release.quarter(year, number) if "-Q" in key else release.month(year, number)
                assert json.loads(frozen[key]) == reference.period_tables(cw, p, MUNIS, 3, with_time=not p.yearly), \
                    (today, key)


@pytest.mark.parametrize("today", DAYS)
def test_every_cell_counts_the_same_units_as_before(demo_county, today):
    cw = Casework(demo_county.casefile, today=lambda: today)
    periods = release.due(today, set())
    _assert_same(cw, periods)
    for p in periods[-3:]:   # a month alone, as a month's release counts it
        _assert_same(cw, [p])


def _random_histories(cw: Casework, seed: int) -> None:
    rng = random.Random(seed)
    cat, conn = cw.cat, cw.conn

    def day() -> str:   # a month's first and last days often: that is where counting by month can slip
        on = date(2024, 11, 1) + timedelta(days=rng.randint(0, 760))
        first = on.replace(day=1)
        return rng.choice([on, on, first, (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)]).isoformat()

    def insert(table: str, **values) -> int:
        return records.insert(conn, table, **values)

    places = ["duelmen", "nottuln", "olfen", "senden", "billerbeck", ""]
    statuses = cat.residence_status.codes() + ["ae_104c"] * 4
    with records.atomic(conn):
        for n in range(80):
            birth = rng.choice([None, "2008", "2008-11-30", f"{rng.randint(1955, 2012)}-{rng.randint(1, 12):02d}-15"])
            pid = insert("person", case_number=f"T-{n}", family_name="Test", given_names="Person", created_at="2024-01-01",
                         municipality=rng.choice(places), gender=rng.choice(cat.genders.codes()), birth_date=birth,
                         record_key=rng.getrandbits(32))
            same_day = day()
            for _ in range(rng.randint(0, 4)):
                insert("residence_status", person_id=pid, status=rng.choice(statuses), since=rng.choice([day(), same_day]))
            cases = rng.randint(0, 3)
            for n_case in range(cases):   # overlapping ones too; one at most still open
                opened, closed = sorted([rng.choice([day(), same_day]), day()])
                case = insert("support_case", person_id=pid, opened_on=opened, intensity=rng.choice(cat.intensities.codes()),
                              closed_on=rng.choice([None if n_case == cases - 1 else closed, closed, opened]))
                for _ in range(rng.randint(0, 3)):
                    insert("case_phase", case_id=case, phase=rng.choice(cat.phases.codes()), since=day())
                for _ in range(rng.randint(0, 6)):
                    contact = insert("contact", case_id=case, date=day(), minutes=30, channel=rng.choice(cat.channels.codes()),
                                     interpreter_language=rng.choice(["", "", "Arabisch", "Farsi", "Klingonisch"]),
                                     interpreter_minutes=rng.choice([0, 45]), interpreter_cost_cents=rng.choice([0, 4550]))
                    for topic in rng.sample(cat.topics.codes(), rng.randint(1, 3)):
                        insert("contact_topic", contact_id=contact, topic=topic)
                for _ in range(rng.randint(0, 2)):
                    insert("referral", case_id=case, partner=rng.choice(cat.partners.codes()), date=day(), discloses_data=0,
                           status="offen", outcome=rng.choice([None, "", *cat.referral_outcomes.codes()]))
        for _ in range(40):
            insert("short_intervention", date=day(), municipality=rng.choice(places), topic=rng.choice(cat.topics.codes()),
                   record_key=rng.getrandbits(32))
            insert("time_entry", date=day(), minutes=60, kind=rng.choice(cat.system_work.codes()))
        for place in places:   # events and observations in several places outside the device's in one month
            for on in (day(), "2025-05-06", "2026-02-17"):
                insert("info_event", date=on, municipality=place or "olfen", topic="arbeit", participants=rng.randint(5, 40),
                       languages="", interpreters=0)
                insert("observation", date=on, municipality=place or "olfen", text="",
                       category=rng.choice(cat.observation_categories.codes()[:2]))


@pytest.mark.parametrize("seed", [3, 4])
def test_histories_the_input_forms_never_make_are_counted_as_before(tmp_path, seed):
    cw = _case_file(tmp_path, f"zufall-{seed}")
    _random_histories(cw, seed)
    for today in DAYS:
        _assert_same(Casework(cw.casefile, today=lambda today=today: today), release.due(today, set()))
    for p in release.due(TODAY, set()):
        _assert_same(cw, [p])
    some = [release.month(2025, 3), release.month(2025, 7), release.month(2026, 2), release.quarter(2025, 2)]
    _assert_same(cw, some)                                        # periods with gaps between them
    _assert_same(cw, [release.month(2026, 2)], ["olfen"], 3)      # one month, another device
    _assert_same(cw, [release.quarter(2026, 1)], with_time=False)  # a county without own time
    cw.casefile.close()
