"""``fallakte demo``: realistic, rule-abiding, deterministic synthetic casework."""

import pytest

from app.casemanager import demo, search_text
from app.casemanager.casework import Casework
from fallakte.cli import main
from storage import integrity
from storage.store import EncryptedStore
from tests.conftest import PASSPHRASE, TODAY


def _fingerprint(conn):
    return [conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
            for t in ("person", "residence_status", "support_case", "contact", "referral", "time_entry")]


@pytest.fixture
def demo_cw(cw):
    demo.fill(cw, 120, seed=3)
    return cw


def test_every_catalogue_entry_and_municipality_occurs(demo_cw):
    cw = demo_cw
    for catalogue, column, table in [
        ("residence_status", "status", "residence_status"), ("intensities", "intensity", "support_case"),
        ("phases", "phase", "case_phase"), ("topics", "topic", "contact_topic"), ("partners", "partner", "referral"),
        ("channels", "channel", "contact"), ("municipalities", "municipality", "person"), ("genders", "gender", "person"),
    ]:
        seen = {v for (v,) in cw.conn.execute(f"SELECT DISTINCT {column} FROM {table}")}
        assert seen == set(getattr(cw.cat, catalogue).codes()), catalogue


def test_names_come_from_several_scripts_and_dates_stay_within_two_years(demo_cw):
    cw = demo_cw
    names = [n for (n,) in cw.conn.execute("SELECT family_name FROM person")]
    assert any("\u0600" <= ch <= "\u06ff" for n in names for ch in n)    # Arabic
    assert any("\u0400" <= ch <= "\u04ff" for n in names for ch in n)    # Cyrillic
    assert any(ch in "äöüßçşğıąęłńăâîș" for n in names for ch in n.lower())  # Latin with diacritics
    first, last = cw.conn.execute("SELECT min(date), max(date) FROM contact").fetchone()
    assert "2024-11-24" <= first and last <= TODAY.isoformat()


def test_demo_data_passes_the_integrity_check_and_is_searchable(demo_cw):
    assert integrity.check(demo_cw.conn).ok
    name = demo_cw.conn.execute("SELECT family_name FROM person WHERE id = 7").fetchone()[0]
    assert 7 in [r["id"] for r in demo_cw.search(sorted(search_text.spellings(name))[0])]


def test_the_same_seed_gives_the_same_data_and_another_seed_other_data(tmp_path):
    def build(name, seed):
        cf, _ = EncryptedStore.create(tmp_path / name, PASSPHRASE)
        with cf:
            demo.fill(Casework(cf, today=lambda: TODAY), 40, seed=seed)
            return _fingerprint(cf.conn)

    assert build("a.db", 5) == build("b.db", 5)
    assert build("c.db", 6) != build("a2.db", 5)


def test_the_demo_command_fills_only_an_empty_case_file(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("FALLAKTE_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "schulung.db"
    assert main(["demo", "--persons", "30", "--casefile", str(path)]) == 0
    assert "30 Personen" in capsys.readouterr().out
    assert main(["demo", "--persons", "30", "--casefile", str(path)]) == 1
    assert "bereits Personen" in capsys.readouterr().err
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        assert cf.conn.execute("SELECT count(*) FROM person").fetchone() == (30,)


def test_the_demo_applies_for_104c_only_until_31_12_2025_and_keeps_windows_and_applications_consistent(demo_cw):
    cw = demo_cw
    applied = [a for (a,) in cw.conn.execute("SELECT applied_on FROM residence_status WHERE status = 'ae_104c'")]
    assert applied and all(a is not None and "2022-12-31" <= a <= "2025-12-31" for a in applied)
    outcomes = {cw.chancen_window(pid).outcome for (pid,) in cw.conn.execute(
        "SELECT DISTINCT person_id FROM residence_status WHERE status = 'ae_104c'")}
    assert {"laufend", "fiktion", "ae_25a", "ae_25b", "duldung", "abgelaufen"} <= outcomes
    ends = [cw.chancen_window(pid).ends for (pid,) in cw.conn.execute(
        "SELECT DISTINCT person_id FROM residence_status WHERE status = 'ae_104c'")]
    assert max(ends).year == 2027
    assert cw.conn.execute("SELECT count(*) FROM residence_status WHERE valid_until IS NOT NULL").fetchone()[0] > 0
    proven, open_ = cw.conn.execute("SELECT count(proven_on), count(*) - count(proven_on) FROM pathway_check").fetchone()
    assert proven > 0 and open_ > 0   # some § 25b checklists on the way, within running windows
