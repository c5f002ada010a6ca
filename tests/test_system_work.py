"""Anonymous short interventions, the time log and the 60/40 split, events and observations."""

from datetime import date

import pytest

from app.casemanager.casework import Contact
from app.casemanager.system_work import SystemWork
from app.core.validation import ValidationError
from tests.conftest import person_with_case


@pytest.fixture
def sw(cw):
    return SystemWork(cw)


def test_a_short_intervention_is_a_tally_without_personal_data(cw, sw):
    sw.add_short_intervention("2026-11-20", "olfen", "aufenthalt", language="Arabisch", partner="auslaenderbehoerde")
    columns = [c[1] for c in cw.conn.execute("PRAGMA table_info(short_intervention)")]
    # record_key: a random number for the cell key method (docs/anonymity.md), never sent
    assert columns == ["id", "date", "municipality", "topic", "language", "partner", "record_key"]
    assert cw.conn.execute("SELECT count(*) FROM person").fetchone() == (0,)


def test_the_time_split_counts_contacts_and_logged_case_time_against_system_work(cw, sw):
    _, case_id = person_with_case(cw, opened="2026-11-02")
    cw.add_contact(case_id, Contact("2026-11-03", 90, "persoenlich", ["arbeit"]))
    sw.log_time("2026-11-03", 30, "einzelfall", "Antrag ausgefüllt")
    sw.log_time("2026-11-04", 60, "netzwerkarbeit")
    sw.log_time("2026-11-05", 20, "gremien")
    sw.log_time("2026-10-30", 600, "fortbildung")     # outside the week
    split = sw.time_split(date(2026, 11, 2), date(2026, 11, 8))
    assert split.individual_minutes == 120
    assert split.system_minutes == {"netzwerkarbeit": 60, "gremien": 20}
    assert split.individual_share == pytest.approx(120 / 200)


def test_an_empty_week_has_no_share(sw):
    assert sw.time_split(date(2026, 1, 5), date(2026, 1, 11)).individual_share is None


def test_events_and_observations(cw, sw):
    sw.add_event("2026-10-15", "luedinghausen", "aufenthalt", participants=34, languages="Arabisch, Dari", interpreters=2)
    sw.add_observation("2026-10-20", "ascheberg", "behoerden", "Wartezeit auf Termine der ABH über 3 Monate")
    assert cw.conn.execute("SELECT participants FROM info_event").fetchone() == (34,)
    assert cw.conn.execute("SELECT category FROM observation").fetchone() == ("behoerden",)


@pytest.mark.parametrize("call, field", [
    (lambda sw: sw.log_time("2026-11-03", 0, "gremien"), "minutes"),
    (lambda sw: sw.log_time("2026-11-03", 25 * 60, "gremien"), "minutes"),
    (lambda sw: sw.log_time("2026-12-03", 30, "gremien"), "date"),
    (lambda sw: sw.log_time("2026-11-03", 30, "kaffeepause"), "kind"),
    (lambda sw: sw.add_event("2026-10-15", "muenster", "aufenthalt", 10), "municipality"),
    (lambda sw: sw.add_event("2026-10-15", "olfen", "aufenthalt", -1), "participants"),
    (lambda sw: sw.add_observation("2026-10-20", "olfen", "behoerden", "  "), "text"),
    (lambda sw: sw.add_short_intervention("2026-11-20", "olfen", "wetter"), "topic"),
])
def test_bad_input_is_refused_and_nothing_saved(cw, sw, call, field):
    with pytest.raises(ValidationError) as err:
        call(sw)
    assert err.value.field == field
    for table in ("time_entry", "info_event", "observation", "short_intervention"):
        assert cw.conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,)
