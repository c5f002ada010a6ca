"""County counts neither double nor drop across a handover (docs/handover.md, *Counts*).

The county adds what every laptop counted. Here the true counts behind every cell (before the cell
key method perturbs them) of both laptops are added, period by period, and compared before and after
a person moves: the frozen releases stay byte for byte, months released later and the yearly revision
count the person exactly once, and the case manager's own time stays with whoever did the work."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from app.casemanager import handover, release, sync_service
from app.casemanager.casework import Contact
from sync.keys import KiPublicKey, generate_ki_key
from tests.handover_helpers import fill, make_casefile, opened

MUNIS = {"anna": ["coesfeld", "olfen"], "bea": ["coesfeld", "nottuln"]}


class Clock:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def county(tmp_path, empty_casefile):
    """Anna and Bea, both sending to one KI, each with persons of their own; Anna's Özdemir (the one
    who moves) has contacts, an interpreter and a referral through 2026 and into January 2027."""
    ki = KiPublicKey(generate_ki_key()[1], 3, "KI Kreis Coesfeld").to_bytes()
    clock = Clock(date(2027, 1, 20))
    laptops = {}
    for name in ("anna", "bea"):
        path = make_casefile(empty_casefile[0], tmp_path / name)
        laptops[name] = opened(path, clock)
    anna, bea = (laptops[n].__enter__() for n in ("anna", "bea"))
    for cw, name in ((anna, "anna"), (bea, "bea")):
        sync_service.configure(cw, ki_key=ki, device_name=name, municipalities=MUNIS[name])
        handover.key_file(cw, name.title())
    moving = fill(anna)
    anna.add_contact(anna.open_case_of(moving)["id"], Contact("2027-01-08", 50, "persoenlich", ["arbeit"],
                                                              interpreter_language="Arabisch", interpreter_minutes=50,
                                                              interpreter_cost="60"))
    fill(anna, "Rahimi", "Zahra")
    fill(bea, "Nguyễn", "Thị Lan")
    fill(bea, "Jung", "Noah", closed=True)
    yield anna, bea, moving, clock
    for context in laptops.values():
        context.__exit__(None, None, None)


PERIODS_2026 = [release.month(2026, m) for m in range(1, 13)] + [release.quarter(2026, q) for q in range(1, 5)]
JANUARY = release.month(2027, 1)


def _counted(cw, p: release.Period) -> Counter:
    """The true counts of one period as this laptop would count it now: (indicator, place, cell) ->
    amount, and -> number of units behind it."""
    counted = release.count(cw, p)
    totals = Counter()
    for (indicator, place), cells in counted.tables.items():
        for cell, c in cells.items():
            totals[(indicator, place, cell, "amount")] += c.amount
            totals[(indicator, place, cell, "units")] += c.units
    return +totals


def _county(laptops, periods) -> dict[str, Counter]:
    return {p.key: sum((_counted(cw, p) for cw in laptops), Counter()) for p in periods}


def _frozen(cw) -> list[tuple]:
    return cw.conn.execute("SELECT period, tables, released_at FROM released ORDER BY period").fetchall()


def _move(anna, bea, pids, folder) -> None:
    written = handover.write_handover(anna, pids, handover.own_key(bea), folder / "x",
                                      handover.own_key(bea).fingerprint)
    received = handover.receive(bea, written.path.read_bytes(), handover.own_key(anna).fingerprint)
    handover.confirm(anna, received.receipt)


def test_frozen_months_stay_and_the_revision_counts_the_person_once(county, tmp_path):
    anna, bea, moving, clock = county
    for cw, name in ((anna, "anna"), (bea, "bea")):
        assert release.release_due(cw, MUNIS[name], 3)   # every closed month and quarter of 2026 frozen
    truth = _county((anna, bea), PERIODS_2026 + [JANUARY])
    assert truth["2026-06"][("persons_by_intensity", "coesfeld", None, "units")] == 4
    assert truth["2026-Q1"][("minutes_by_kind", "alle", "einzelfall", "amount")] > 0
    frozen = {"anna": _frozen(anna), "bea": _frozen(bea)}
    record_key = anna.conn.execute("SELECT record_key FROM person WHERE id = ?", (moving,)).fetchone()[0]

    written = handover.write_handover(anna, [moving], handover.own_key(bea), tmp_path / "x",
                                      handover.own_key(bea).fingerprint)
    # On its way: the sender counts the person no longer, the receiver not yet (the one transient).
    assert _county((anna, bea), [JANUARY])[JANUARY.key] != truth[JANUARY.key]
    received = handover.receive(bea, written.path.read_bytes(), handover.own_key(anna).fingerprint)
    assert _county((anna, bea), [JANUARY]) == {JANUARY.key: truth[JANUARY.key]}   # received, not confirmed
    handover.confirm(anna, received.receipt)

    assert bea.conn.execute("SELECT record_key FROM person WHERE uid = (SELECT uid FROM person_origin o JOIN person p "
                            "ON p.id = o.person_id)").fetchone()[0] == record_key
    assert {"anna": _frozen(anna), "bea": _frozen(bea)} == frozen   # no released period changed
    # What each would count now: January (released by nobody yet) and, as a revision, every month of 2026.
    after = _county((anna, bea), PERIODS_2026 + [JANUARY])
    assert after == truth
    # Bea's own view of June 2026, which she released before the person came: her revision counts them
    # (Anna's will not), a fresh count would not (Anna's frozen figures hold them).
    june = release.month(2026, 6)
    assert _counted(bea, june)[("persons_by_intensity", "coesfeld", None, "units")] == 3
    kept = bea.conn.execute("SELECT period, tables, released_at FROM released WHERE period = ?", (june.key,)).fetchone()
    bea.conn.execute("DELETE FROM released WHERE period = ?", (june.key,))
    assert _counted(bea, june)[("persons_by_intensity", "coesfeld", None, "units")] == 2
    bea.conn.execute("INSERT INTO released (period, tables, released_at) VALUES (?, ?, ?)", kept)

    # February 2027: both revise 2026 and release January, with the person counted once.
    clock.day = date(2027, 2, 15)
    for cw, name in ((anna, "anna"), (bea, "bea")):
        changed = release.release_due(cw, MUNIS[name], 3)
        assert june.key in changed and JANUARY.key in changed
    assert _frozen(anna) != frozen["anna"]
    assert _county((anna, bea), PERIODS_2026 + [JANUARY]) == truth


def test_after_the_senders_revision_the_year_is_never_counted_again(county, tmp_path):
    anna, bea, moving, clock = county
    clock.day = date(2027, 3, 1)   # both laptops have revised 2026 and released January 2027
    for cw, name in ((anna, "anna"), (bea, "bea")):
        release.release_due(cw, MUNIS[name], 3)
    assert anna.conn.execute("SELECT 1 FROM meta WHERE key = 'revised_2026'").fetchone()
    february = release.month(2027, 2)
    truth = _county((anna, bea), [JANUARY, february])
    beas_2026 = {p.key: _counted(bea, p) for p in PERIODS_2026}
    frozen_2026 = [row for row in _frozen(anna) + _frozen(bea) if row[0].startswith("2026")]
    _move(anna, bea, [moving], tmp_path)
    origin = bea.conn.execute("SELECT final_years, frozen_periods FROM person_origin").fetchone()
    assert origin[0] == "[2026]" and "2027-01" in origin[1] and "2026-06" not in origin[1]
    # 2026 is Anna's for good: Bea never counts the person there, not even revising it.
    assert {p.key: _counted(bea, p) for p in PERIODS_2026} == beas_2026
    clock.day = date(2027, 3, 15)
    for cw, name in ((anna, "anna"), (bea, "bea")):
        assert february.key in release.release_due(cw, MUNIS[name], 3)
    assert [row for row in _frozen(anna) + _frozen(bea) if row[0].startswith("2026")] == frozen_2026
    # February, released after the handover, and January as the revision of 2027 will count it: once.
    assert _county((anna, bea), [JANUARY, february]) == truth


def test_a_person_handed_on_again_is_counted_once_along_the_chain(county, tmp_path, empty_casefile):
    anna, bea, moving, clock = county
    for cw, name in ((anna, "anna"), (bea, "bea")):
        release.release_due(cw, MUNIS[name], 3)
    truth = _county((anna, bea), PERIODS_2026 + [JANUARY])
    _move(anna, bea, [moving], tmp_path)
    pid = handover.all_person_ids(bea)[-1]
    _move(bea, anna, [pid], tmp_path)   # and back, before any revision
    assert _county((anna, bea), PERIODS_2026 + [JANUARY]) == truth
    # Anna's frozen June holds the person from before; were she to count June afresh, she must not add them.
    june = release.month(2026, 6)
    anna.conn.execute("DELETE FROM released WHERE period = ?", (june.key,))
    assert _counted(anna, june)[("persons_by_intensity", "coesfeld", None, "units")] == 1
    release.release_due(anna, MUNIS["anna"], 3)
    clock.day = date(2027, 2, 15)
    for cw, name in ((anna, "anna"), (bea, "bea")):
        release.release_due(cw, MUNIS[name], 3)
    assert _county((anna, bea), PERIODS_2026) == {k: v for k, v in truth.items() if k != JANUARY.key}


def test_the_case_managers_own_time_stays_with_whoever_did_the_work(county, tmp_path):
    anna, bea, moving, _clock = county
    from app.casemanager.system_work import SystemWork

    span = (date(2026, 1, 1), date(2027, 1, 20))
    before = SystemWork(anna).time_split(*span).individual_minutes, SystemWork(bea).time_split(*span).individual_minutes
    _move(anna, bea, [moving], tmp_path)
    assert (SystemWork(anna).time_split(*span).individual_minutes,
            SystemWork(bea).time_split(*span).individual_minutes) == before
