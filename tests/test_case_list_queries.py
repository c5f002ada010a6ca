"""The case list at 50 000 persons: each filter is an index lookup (each person's newest case and its
current phase are kept by triggers, schema migration 12), and it lists exactly the persons the
definition names: the newest case (highest id), its newest phase (by date, then id), the newest
residence status."""

from __future__ import annotations

import itertools

import pytest

from app.casemanager import demo
from app.casemanager.casework import Casework
from storage import lists, schema
from storage.lists import PersonFilter
from storage.store import EncryptedStore
from tests.conftest import PASSPHRASE, TODAY

# The definition, as the list's queries read before migration 12: two subqueries per person.
NEWEST_CASE = "(SELECT max(id) FROM support_case WHERE person_id = p.id)"
NEWEST_PHASE = "(SELECT phase FROM case_phase WHERE case_id = c.id ORDER BY since DESC, id DESC LIMIT 1)"
NEWEST_STATUS = "(SELECT status FROM residence_status WHERE person_id = p.id ORDER BY since DESC, id DESC LIMIT 1)"


def by_definition(conn, f: PersonFilter) -> list[tuple]:
    clauses, params = [], []
    for value, clause in ((f.municipality, "p.municipality = ?"), (f.intensity, "c.intensity = ?"),
                          (f.phase, f"{NEWEST_PHASE} = ?"), (f.status, f"{NEWEST_STATUS} = ?")):
        if value:
            clauses.append(clause)
            params.append(value)
    if f.open_state == "offen":
        clauses.append("c.id IS NOT NULL AND c.closed_on IS NULL")
    elif f.open_state == "abgeschlossen":
        clauses.append("c.closed_on IS NOT NULL")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return conn.execute(
        f"SELECT p.id, p.case_number, p.family_name, p.given_names, p.municipality, c.intensity, {NEWEST_PHASE}, "
        f"c.opened_on, c.closed_on FROM person p LEFT JOIN support_case c ON c.id = {NEWEST_CASE}{where} "
        f"ORDER BY p.id DESC", params).fetchall()


FILTERS = [PersonFilter(municipality="duelmen"), PersonFilter(intensity="intensiv"), PersonFilter(phase="monitoring"),
           PersonFilter(status="duldung"), PersonFilter(open_state="offen"), PersonFilter(open_state="abgeschlossen"),
           PersonFilter(municipality="duelmen", intensity="intensiv", open_state="offen"),
           PersonFilter(phase="klaerung", status="gestattung"), PersonFilter()]


@pytest.fixture(scope="module")
def demo_casework(tmp_path_factory, fast_kdf):
    path = tmp_path_factory.mktemp("liste") / "fallakte.db"
    casefile, _ = EncryptedStore.create(path, PASSPHRASE)
    cw = Casework(casefile, today=lambda: TODAY)
    demo.fill(cw, 400, seed=3)
    yield cw
    casefile.close()


@pytest.mark.parametrize("f", FILTERS, ids=str)
def test_every_filter_lists_the_persons_the_definition_names(demo_casework, f):
    conn = demo_casework.conn
    expected = by_definition(conn, f)
    assert lists.count_persons(conn, f) == len(expected)
    assert lists.page_persons(conn, f, 0, 1000) == expected
    assert lists.page_persons(conn, f, 10, 25) == expected[10:35]


@pytest.mark.parametrize("f", FILTERS, ids=str)
def test_no_filter_runs_a_subquery_per_person(demo_casework, f):
    conn = demo_casework.conn
    where, params = lists._where(f)
    for sql in (f"SELECT count(*) FROM {lists._CASES}{where}",
                f"SELECT p.id FROM {lists._CASES}{where} ORDER BY p.id DESC LIMIT 200"):
        plan = " / ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, params))
        assert "CORRELATED" not in plan and "SCAN c" not in plan, plan


def test_the_newest_case_and_phase_follow_every_write_and_are_filled_for_an_existing_file(casefile_path):
    cf, _ = EncryptedStore.create(casefile_path, PASSPHRASE, schema_version=11)
    with cf.transaction():
        cf.conn.execute("INSERT INTO person (id, case_number, family_name, given_names, created_at) "
                        "VALUES (1, 'F-2025-00001', 'Haddad', 'Rania', '2025-01-05')")
        cf.conn.execute("INSERT INTO support_case (id, person_id, opened_on, closed_on, intensity, closure_reason) "
                        "VALUES (4, 1, '2025-01-10', '2025-06-30', 'intensiv', 'ziele_erreicht')")
        cf.conn.execute("INSERT INTO case_phase (case_id, phase, since) VALUES (4, 'zugang', '2025-01-10'), "
                        "(4, 'abschluss', '2025-06-30')")
    cf.close()
    with EncryptedStore.open(casefile_path, PASSPHRASE) as cf:
        assert cf.schema_version == schema.LATEST >= 12
        cw = Casework(cf, today=lambda: TODAY)
        conn = cf.conn

        def newest():
            return conn.execute("SELECT p.case_id, c.phase FROM person p LEFT JOIN support_case c "
                                "ON c.id = p.case_id WHERE p.id = 1").fetchone()

        assert newest() == (4, "abschluss")   # filled by the migration
        cw.give_consent(1, "fallarbeit", "2025-01-10")
        case = cw.open_case(1, "2026-02-01", "prozess")
        assert newest() == (case, "zugang")
        cw.change_phase(case, "monitoring", "2026-05-04")
        assert newest() == (case, "monitoring")
        conn.execute("INSERT INTO case_phase (case_id, phase, since) VALUES (?, 'assessment', '2026-03-01')", (case,))
        assert newest() == (case, "monitoring")   # an earlier phase changes nothing
        conn.execute("UPDATE case_phase SET since = '2026-06-01' WHERE case_id = ? AND phase = 'assessment'", (case,))
        assert newest() == (case, "assessment")
        conn.execute("DELETE FROM case_phase WHERE case_id = ? AND phase = 'assessment'", (case,))
        assert newest() == (case, "monitoring")
        cw.close_case(case, "2026-11-20", "ziele_erreicht")
        assert newest() == (case, "abschluss")
        conn.execute("DELETE FROM support_case WHERE id = ?", (case,))   # its phases go with it
        assert newest() == (4, "abschluss")
        conn.execute("DELETE FROM support_case WHERE id = 4")
        assert newest() == (None, None)
        assert lists.count_persons(conn, PersonFilter(open_state="abgeschlossen")) == 0
        assert lists.count_persons(conn, PersonFilter()) == 1


def test_a_deleted_person_leaves_nothing_behind(demo_casework):
    """Deleting a person takes their cases and phases along; the triggers do not resurrect anything."""
    conn = demo_casework.conn
    (person,) = conn.execute("SELECT id FROM person WHERE case_id IS NOT NULL ORDER BY id LIMIT 1").fetchone()
    with demo_casework.casefile.transaction():
        conn.execute("DELETE FROM person WHERE id = ?", (person,))
    assert conn.execute("SELECT count(*) FROM support_case WHERE person_id = ?", (person,)).fetchone() == (0,)
    for f in itertools.islice(FILTERS, 3):
        assert lists.page_persons(conn, f, 0, 1000) == by_definition(conn, f)
