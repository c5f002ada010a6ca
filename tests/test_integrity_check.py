"""``check``: cipher pages, SQLite structure, references and the audit chain in one call; damage is
named with its file and nothing is overwritten."""

import pytest

from app.core import stores
from storage.errors import CorruptFile
from storage.store import EncryptedStore
from tests.conftest import PASSPHRASE, add_person, flip_bit, snapshot

PAGE = 4096


@pytest.fixture
def filled(created):
    """A case file of several pages, checkpointed so every page is in the main file."""
    path, _ = created
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        for i in range(300):
            add_person(cf, f"Familienname{i}", f"Vorname{i}")
        cf.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_a_sound_case_file_passes_and_records_the_check(filled):
    report = stores.check_casefile(filled, PASSPHRASE)
    assert report.ok, report.problems()
    with EncryptedStore.open(filled, PASSPHRASE) as cf:
        assert cf.conn.execute("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone() == ("check",)


def test_a_flipped_bit_in_a_data_page_is_reported_and_the_file_left_alone(filled):
    flip_bit(filled, 5 * PAGE + 100)
    before = snapshot(filled)
    report = stores.check_casefile(filled, PASSPHRASE)
    assert not report.ok
    assert any("Verschlüsselung" in p for p in report.cipher)
    assert snapshot(filled) == before


def test_a_flipped_bit_in_the_first_page_names_the_database(filled):
    flip_bit(filled, 200)
    before = snapshot(filled)
    with pytest.raises(CorruptFile) as err:
        stores.check_casefile(filled, PASSPHRASE)
    assert err.value.path == filled
    assert snapshot(filled) == before


def test_a_truncated_database_is_reported(filled):
    data = filled.read_bytes()
    filled.write_bytes(data[: len(data) // 2])
    before = snapshot(filled)
    try:
        report = stores.check_casefile(filled, PASSPHRASE)
    except CorruptFile as err:
        assert err.path == filled
    else:
        assert not report.ok
    assert snapshot(filled) == before


def test_a_dangling_reference_is_reported(created):
    path, _ = created
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        cf.conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES person(id))")
        cf.conn.execute("PRAGMA foreign_keys = OFF")
        cf.conn.execute("INSERT INTO note (person_id) VALUES (12345)")
    report = stores.check_casefile(path, PASSPHRASE)
    assert report.foreign_keys and not report.ok
