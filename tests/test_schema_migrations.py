"""Files written by every earlier schema version open and are upgraded, keeping what they hold."""

import pytest

from storage import audit, schema
from storage.errors import CorruptFile, NewerSchema
from storage.store import EncryptedStore
from tests.conftest import PASSPHRASE, snapshot


def test_versions_are_numbered_one_to_latest_without_gaps():
    assert [m.version for m in schema.MIGRATIONS] == list(range(1, schema.LATEST + 1))


@pytest.mark.parametrize("version", range(1, schema.LATEST))
def test_a_file_from_an_earlier_version_is_upgraded_on_open(casefile_path, version):
    cf, _ = EncryptedStore.create(casefile_path, PASSPHRASE, schema_version=version)
    assert cf.schema_version == version
    cf.audit("open", "casefile")
    cf.close()

    with EncryptedStore.open(casefile_path, PASSPHRASE) as cf:
        assert cf.schema_version == schema.LATEST
        tables = {name for (name,) in cf.conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
        assert {"meta", "audit_log", "person"} <= tables
        assert [a for (a,) in cf.conn.execute("SELECT action FROM audit_log ORDER BY seq")] == ["create", "open"]
        assert audit.verify(cf.conn) == []


def test_a_file_from_a_newer_fallakte_is_refused_untouched(created):
    path, _ = created
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        cf.conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
        cf.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot(path)
    with pytest.raises(NewerSchema):
        EncryptedStore.open(path, PASSPHRASE)
    assert snapshot(path) == before


def test_a_failing_migration_leaves_the_file_at_its_last_whole_version(casefile_path, monkeypatch):
    cf, _ = EncryptedStore.create(casefile_path, PASSPHRASE, schema_version=1)
    cf.close()
    broken = schema.Migration(2, "broken", "CREATE TABLE half (x INTEGER);\nTHIS IS NOT SQL;")
    with pytest.raises(CorruptFile):
        EncryptedStore.open(casefile_path, PASSPHRASE, schema.Schema("casefile", (schema.MIGRATIONS[0], broken)))
    with EncryptedStore.open(casefile_path, PASSPHRASE) as cf:
        assert cf.schema_version == schema.LATEST  # the real migration 2 ran over a clean version 1
        assert cf.conn.execute("SELECT count(*) FROM sqlite_schema WHERE name = 'half'").fetchone() == (0,)


def test_a_ki_store_from_before_the_reports_keeps_its_key_and_devices(tmp_path):
    from app.ki import registry
    store, _ = EncryptedStore.create(tmp_path / "ki.db", PASSPHRASE, kind=schema.KI_STORE, schema_version=2)
    with store:
        key = registry.create_key(store.conn, "KI Kreis Coesfeld", 3)
    with EncryptedStore.open(tmp_path / "ki.db", PASSPHRASE, schema.KI_STORE) as store:
        assert store.schema_version == schema.KI_STORE.latest == 4
        assert registry.public_key(store.conn).fingerprint == key.fingerprint
        assert store.conn.execute("SELECT count(*) FROM setting").fetchone() == (0,)


def test_a_case_from_before_the_intensity_history_starts_it_with_its_intensity_at_opening(casefile_path):
    cf, _ = EncryptedStore.create(casefile_path, PASSPHRASE, schema_version=6)
    with cf.transaction():
        cf.conn.execute("INSERT INTO person (id, case_number, family_name, given_names, created_at) "
                        "VALUES (1, 'F-2026-00001', 'Haddad', 'Rania', '2026-01-05')")
        cf.conn.execute("INSERT INTO support_case (id, person_id, opened_on, intensity) "
                        "VALUES (7, 1, '2026-01-10', 'intensiv')")
    cf.close()
    with EncryptedStore.open(casefile_path, PASSPHRASE) as cf:
        from app.casemanager.casework import Casework

        cw = Casework(cf)
        assert [(i["since"], i["intensity"]) for i in cw.intensities(7)] == [("2026-01-10", "intensiv")]
        cw.update_intensity(cw.intensities(7)[0]["id"], "prozess", "2026-01-10")
        assert cw.cases_of(1)[0]["intensity"] == "prozess"


def test_a_file_from_before_2026_residence_law_keeps_its_statuses_and_takes_card_dates_and_applications(casefile_path):
    from datetime import date

    cf, _ = EncryptedStore.create(casefile_path, PASSPHRASE, schema_version=8)
    with cf.transaction():
        cf.conn.execute("INSERT INTO person (id, case_number, family_name, given_names, created_at) "
                        "VALUES (1, 'F-2025-00001', 'Haddad', 'Rania', '2025-01-05')")
        cf.conn.execute("INSERT INTO residence_status (person_id, status, since) VALUES (1, 'ae_104c', '2024-07-01')")
    cf.close()
    with EncryptedStore.open(casefile_path, PASSPHRASE) as cf:
        from app.casemanager.casework import Casework

        assert cf.schema_version == schema.LATEST >= 9
        cw = Casework(cf, today=lambda: date(2026, 1, 2))
        [old] = cw.status_history(1)
        assert (old["status"], old["valid_until"], old["applied_for"]) == ("ae_104c", None, None)
        cw.record_status(1, "antrag_fiktion", "2025-12-31", applied_for="ae_25b", valid_until="2026-03-31")
        assert cw.chancen_window(1).outcome == "fiktion"
        assert cf.conn.execute("SELECT count(*) FROM pathway_check").fetchone() == (0,)
        assert cf.conn.execute("SELECT count(*) FROM first_contact").fetchone() == (0,)


def test_the_persons_newest_status_follows_every_write_and_is_filled_for_an_existing_file(casefile_path):
    """Heute reads a person's newest status from the person (migration 9): triggers keep it right
    whatever writes a status, and the migration fills it for statuses recorded before."""
    from datetime import date

    cf, _ = EncryptedStore.create(casefile_path, PASSPHRASE, schema_version=8)
    with cf.transaction():
        cf.conn.execute("INSERT INTO person (id, case_number, family_name, given_names, created_at) "
                        "VALUES (1, 'F-2025-00001', 'Haddad', 'Rania', '2025-01-05')")
        cf.conn.execute("INSERT INTO residence_status (person_id, status, since) VALUES (1, 'duldung', '2019-03-01')")
        cf.conn.execute("INSERT INTO residence_status (person_id, status, since) VALUES (1, 'ae_104c', '2024-07-01')")
    cf.close()
    with EncryptedStore.open(casefile_path, PASSPHRASE) as cf:
        from app.casemanager.casework import Casework

        def newest():
            return cf.conn.execute("SELECT status, status_until FROM person WHERE id = 1").fetchone()

        assert newest() == ("ae_104c", None)
        cw = Casework(cf, today=lambda: date(2026, 11, 24))
        applied = cw.record_status(1, "antrag_fiktion", "2025-12-31", applied_for="ae_25b", valid_until="2026-03-31")
        assert newest() == ("antrag_fiktion", "2026-03-31")
        cw.record_status(1, "duldung", "2010-01-01")                     # an older entry changes nothing
        assert newest() == ("antrag_fiktion", "2026-03-31")
        cw.update_status(applied, "antrag_fiktion", "2025-12-31", applied_for="ae_25b", valid_until="2026-06-30")
        assert newest() == ("antrag_fiktion", "2026-06-30")
        cw.delete("residence_status", applied, "irrtum")
        assert newest() == ("ae_104c", None)
        cw.undo()
        assert newest() == ("antrag_fiktion", "2026-06-30")
