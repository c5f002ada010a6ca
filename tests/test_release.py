"""Releases (format version 2, docs/anonymity.md): a closed month is counted once, as at its last
day, protected by the cell key method, and then frozen; magnitudes are published only where no one
dominates them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.casemanager import release
from app.casemanager.casework import Contact, Referral
from sync.payload import SUPPRESSED
from tests.conftest import TODAY, person_with_case

MUNIS = ["olfen"]


def _table(tables, indicator, period, municipality="olfen"):
    return next(t for t in tables if (t["indicator"], t["period"], t["municipality"]) == (indicator, period, municipality))


def _published(tables) -> list:
    return [v for t in tables for v in [*t["cells"].values(), t.get("total", 0)]]


def test_a_month_is_due_once_its_closing_days_are_over():
    keys = lambda today: {p.key for p in release.due(today, set())}  # noqa: E731
    assert "2026-10" not in keys(date(2026, 11, 10)) and "2026-10" in keys(date(2026, 11, 11))
    assert "2026-Q3" in keys(date(2026, 10, 11)) and "2026-Q4" not in keys(date(2026, 12, 31))
    assert min(k for k in keys(date(2026, 11, 24)) if len(k) > 4) == "2025-01"   # the previous and the current year
    assert "2025" in keys(date(2026, 1, 11)) and "2026" not in keys(date(2026, 12, 31))   # a year of interpreting
    assert "2026-10" not in {p.key for p in release.due(date(2026, 11, 24), {"2026-10"})}


def test_one_person_alone_is_never_published_as_one_or_two(cw):
    person_with_case(cw, opened="2026-09-03", municipality="olfen", gender="w", birth_date="2001-05-05")
    tables = release.period_tables(cw, release.month(2026, 9), MUNIS, 3)
    values = [v for v in _published(tables) if v != SUPPRESSED]
    assert not {1, 2} & set(values)
    assert _table(tables, "persons_by_intensity", "2026-09")["total"] in (0, 3)


def test_events_in_several_places_outside_the_devices_add_up_under_ausserhalb(cw):
    from app.casemanager.system_work import SystemWork
    from sync.payload import OUTSIDE

    work = SystemWork(cw)
    work.add_event("2026-09-10", "duelmen", "arbeit", 12)
    work.add_event("2026-09-17", "nottuln", "arbeit", 8)
    work.add_event("2026-09-24", "olfen", "arbeit", 5)
    tables = release.period_tables(cw, release.month(2026, 9), MUNIS, 3)
    assert _table(tables, "info_events", "2026-09", OUTSIDE)["cells"] == {"veranstaltungen": 2, "teilnehmende": 20}
    assert _table(tables, "info_events", "2026-09")["cells"] == {"veranstaltungen": 1, "teilnehmende": 5}


def test_persons_are_counted_as_on_the_months_last_day(cw):
    """Ten persons turn 18 on 15 October: September counts them as minors, October as adults."""
    for n in range(10):
        person_with_case(cw, opened="2026-08-01", municipality="olfen", given=f"Person {n}", birth_date="2008-10-15")
    september = _table(release.period_tables(cw, release.month(2026, 9), MUNIS, 3), "persons_by_age_band", "2026-09")
    october = _table(release.period_tables(cw, release.month(2026, 10), MUNIS, 3), "persons_by_age_band", "2026-10")
    assert 8 <= september["cells"]["0-17"] <= 12 and september["cells"]["18-26"] == 0
    assert 8 <= october["cells"]["18-26"] <= 12 and october["cells"]["0-17"] == 0


def test_the_same_casework_is_always_published_the_same_way(cw):
    for n in range(7):
        person_with_case(cw, opened="2026-09-01", municipality="olfen", given=f"Person {n}")
    first = release.period_tables(cw, release.month(2026, 9), MUNIS, 3)
    assert release.period_tables(cw, release.month(2026, 9), MUNIS, 3) == first


def test_a_released_month_is_frozen_and_a_later_entry_changes_nothing(cw):
    for n in range(5):
        person_with_case(cw, opened="2026-09-01", municipality="olfen", given=f"Person {n}")
    released = release.release_due(cw, MUNIS, 3)
    assert "2026-09" in released and "2026-10" in released and "2026-Q3" in released
    before = release.released_tables(cw)
    person_with_case(cw, opened="2026-09-15", municipality="olfen", given="Nachzüglerin")   # entered late
    assert release.release_due(cw, MUNIS, 3) == []
    assert release.released_tables(cw) == before


def _interpreted(cw, amounts_in_euros: list[str]) -> dict:
    for n, euros in enumerate(amounts_in_euros):
        _, case_id = person_with_case(cw, opened="2026-07-01", municipality="olfen", given=f"Person {n}")
        cw.add_contact(case_id, Contact("2026-08-03", 60, "persoenlich", ["arbeit"], interpreter_language="Arabisch",
                                        interpreter_minutes=60, interpreter_cost=euros))
    tables = release.period_tables(cw, release.quarter(2026, 3), MUNIS, 3)
    return _table(tables, "interpreter_cost_cents_by_language", "2026-Q3", "alle")["cells"]


def test_a_typed_interpreter_language_counts_under_its_catalogue_code_whatever_it_holds(cw):
    """The quarters' contacts are read on a thread as one text; a freely typed language travels in
    it as hex, so that no character it holds can cut the text or change the match."""
    typed = ["Arabisch", "  arabisch", "Tigrinya\x1c\x1d", "Kurmancî\x1f", "Farsi;1"]
    for n, language in enumerate(typed):
        _, case_id = person_with_case(cw, opened="2026-07-01", municipality="olfen", given=f"Person {n}")
        contact_id = cw.add_contact(case_id, Contact("2026-08-03", 60, "persoenlich", ["arbeit"],
                                                     interpreter_language="Arabisch", interpreter_minutes=10 + n))
        # as typed, control characters included (the form would not take them; an old file might hold them)
        cw.conn.execute("UPDATE contact SET interpreter_language = ? WHERE id = ?", (language, contact_id))
    counted = release.count(cw, release.quarter(2026, 3))
    expected: dict = {}
    for n, language in enumerate(typed):
        minutes, persons = expected.get(cw.cat.language_code(language), (0, 0))
        expected[cw.cat.language_code(language)] = (minutes + 10 + n, persons + 1)
    assert len(expected) >= 2
    for code, (minutes, persons) in expected.items():
        assert counted.value("interpreter_minutes_by_language", "alle", code) == (minutes, persons)
    assert counted.value("interpreter_minutes_by_language", "alle") == (sum(10 + n for n in range(len(typed))), len(typed))


@pytest.mark.parametrize("bills, published", [
    (["90"], SUPPRESSED),                    # one person's bill
    (["90", "45"], SUPPRESSED),              # two: each could subtract their own
    (["900", "40", "40"], SUPPRESSED),       # three, but one dominates: the others are under 10 % of it
    (["90", "45", "60"], 19500),             # three of a kind: published as it is
])
def test_interpreter_costs_are_published_only_where_no_one_dominates_them(cw, bills, published):
    assert _interpreted(cw, bills)["arabisch"] == published


def test_own_time_is_sent_per_quarter_for_the_device_and_can_be_left_out(cw):
    from app.casemanager.system_work import SystemWork

    SystemWork(cw).log_time("2026-08-04", 90, "netzwerkarbeit")
    with_time = release.period_tables(cw, release.quarter(2026, 3), MUNIS, 3)
    assert _table(with_time, "minutes_by_kind", "2026-Q3", "alle")["cells"]["netzwerkarbeit"] == 90
    monthly = release.period_tables(cw, release.month(2026, 8), MUNIS, 3)
    assert not [t for t in monthly if t["indicator"] == "minutes_by_kind"]
    without = release.period_tables(cw, release.quarter(2026, 3), MUNIS, 3, with_time=False)
    assert not [t for t in without if t["indicator"] == "minutes_by_kind"]


def test_a_county_that_switches_own_time_off_receives_none_and_its_fingerprint_says_so(cw):
    from app.casemanager import sync_service
    from app.casemanager.system_work import SystemWork
    from app.core.identity import device_identity
    from sync import bundle as bundles
    from sync.keys import KiPublicKey, generate_ki_key, signing_public

    SystemWork(cw).log_time("2026-08-04", 90, "netzwerkarbeit")
    private, public = generate_ki_key()
    ki = KiPublicKey(public, 3, "KI", time_figures=False)
    assert ki.fingerprint != KiPublicKey(public, 3, "KI").fingerprint   # read out by phone: a change shows
    sync_service.configure(cw, ki_key=ki.to_bytes(), device_name="KIM Süd", municipalities=MUNIS)
    sync_service.build_bundle(cw)
    sealed = cw.conn.execute("SELECT bundle FROM outbox").fetchone()[0]
    _, key = device_identity(cw.conn)
    payload = bundles.open_sealed(sealed, private, sync_service.ki_key(cw), lambda _d: signing_public(key))
    assert payload["version"] == 2 and "2026-Q3" in payload["periods"]
    assert not [t for t in payload["tables"] if t["indicator"] == "minutes_by_kind"]


def test_late_corrections_reach_the_ki_once_a_year_in_the_revision(cw):
    """A person entered late into September 2026 changes nothing until the previous year is revised,
    once, after January 2027 closes; then the months stay frozen again."""
    from app.casemanager.casework import Casework

    for n in range(6):
        person_with_case(cw, opened="2026-09-01", municipality="olfen", given=f"Person {n}")
    release.release_due(cw, MUNIS, 3)
    september = lambda: _table(release.released_tables(cw)[1], "persons_by_intensity", "2026-09")  # noqa: E731
    before = september()
    for n in range(5):
        person_with_case(cw, opened="2026-09-20", municipality="olfen", given=f"Nachtrag {n}", intensity="kurz")
    december = Casework(cw.casefile, today=lambda: date(2026, 12, 20))
    assert "2026-09" not in release.release_due(december, MUNIS, 3) and september() == before
    february = Casework(cw.casefile, today=lambda: date(2027, 2, 11))
    changed = release.release_due(february, MUNIS, 3)
    assert "2026-09" in changed and "2027-01" in changed
    revised = _table(release.released_tables(february)[1], "persons_by_intensity", "2026-09")
    assert revised != before and 9 <= revised["total"] <= 13               # eleven persons, within the noise
    later = Casework(cw.casefile, today=lambda: date(2027, 3, 20))
    assert "2026-09" not in release.release_due(later, MUNIS, 3)           # revised once, then frozen


@pytest.mark.parametrize("k", [4, 5])
def test_a_county_asking_for_a_larger_k_gets_no_count_below_it_and_no_crash(cw, k):
    """A KI key file may ask for k above 3 (docs/anonymity.md); the perturbation then reaches
    further, so a lone person is published as 0 or as k and above, never as 1..k-1."""
    for n in range(6):
        person_with_case(cw, opened="2026-09-03", municipality="olfen", gender="w", birth_date=f"{1990 + n}-05-05")
    tables = release.period_tables(cw, release.month(2026, 9), MUNIS, k)
    values = [v for v in _published(tables) if v != SUPPRESSED]
    assert values and not set(range(1, k)) & set(values)


def _busy_year(cw) -> None:
    """Persons with contacts, topics, referrals and interpreters over 2026, one case opened and
    closed in February."""
    for n, (opened, closed) in enumerate([("2026-01-05", None), ("2026-02-02", "2026-02-20"), ("2026-03-01", None)]):
        _, case_id = person_with_case(cw, opened=opened, municipality="olfen", given=f"Person {n}")
        for month in range(int(opened[5:7]), 11 if closed is None else int(closed[5:7]) + 1):
            cw.add_contact(case_id, Contact(f"2026-{month:02d}-10", 30, "persoenlich", ["arbeit", "wohnen"],
                                            interpreter_language="Arabisch", interpreter_minutes=20))
            cw.add_referral(case_id, Referral("jobcenter", f"2026-{month:02d}-11", False))
        if closed:
            cw.close_case(case_id, closed, "ziele_erreicht")


_COUNT_WITH_A_CALLBACK = """
import json, sys
from app.casemanager import release
from app.casemanager.casework import Casework
from storage.store import EncryptedStore
from tests.conftest import PASSPHRASE, TODAY
from tests.test_release import figures
path, which = sys.argv[1], sys.argv[2]
with EncryptedStore.open(path, PASSPHRASE) as casefile:
    cw = Casework(casefile, today=lambda: TODAY)
    periods = release.due(TODAY, set()) if which == "first" else [release.month(2026, 1), release.month(2026, 3)]
    cw.conn.set_progress_handler(lambda: 0, 50)
    counted = release.count_periods(cw, periods)
print(json.dumps(figures(counted)))
"""


def figures(counted: dict) -> dict:
    """period -> every cell's amount, key sum and units, as text."""
    return {key: repr(sorted((repr(table), sorted((repr(cell), (c.amount, c.key_sum, c.units)) for cell, c in cells.items()))
                             for table, cells in c.tables.items())) for key, c in counted.items()}


@pytest.mark.parametrize("which", ["first", "around"])   # the history read whole; persons read as asked for
def test_counting_finishes_with_a_python_callback_on_the_connection(cw, created, which):
    """The walks run on a thread on the same connection; were this thread to query meanwhile, a
    Python callback on the connection (a progress handler, to cancel a sync, say) would lock both
    threads, and the process, for good (found by a fresh-eyes review). In a child process, so that
    a regression fails here instead of hanging the test run."""
    import json
    import subprocess
    import sys

    _busy_year(cw)
    periods = release.due(TODAY, set()) if which == "first" else [release.month(2026, 1), release.month(2026, 3)]
    expected = figures(release.count_periods(cw, periods))
    try:
        child = subprocess.run([sys.executable, "-c", _COUNT_WITH_A_CALLBACK, str(created[0]), which],
                               capture_output=True, text=True, timeout=60, cwd=Path(__file__).parent.parent, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail("the count hung")
    assert child.returncode == 0, child.stderr
    assert json.loads(child.stdout) == expected


def test_sqlite_is_built_to_share_a_connection_between_threads(cw):
    """The release walks on a second thread with the caller's connection: SQLite must serialize."""
    options = {option for (option,) in cw.conn.execute("PRAGMA compile_options")}
    assert "THREADSAFE=1" in options


def test_a_value_the_app_never_writes_is_refused_not_miscounted(cw):
    """Catalogue codes never hold control characters (catalogues.load); the walks join them with
    such. A case file that holds one anyway (written by other means) stops the count with a reason."""
    _busy_year(cw)
    cw.conn.execute("UPDATE referral SET partner = 'jobcenter' || char(29) || 'x' WHERE date LIKE '2026-03%'")
    with pytest.raises(ValueError, match="control character"):
        release.count_periods(cw, [release.month(2026, 3)])
