"""Creating and opening the case file: settings that protect it and refusing to clobber one."""

import pytest

from storage.errors import CaseFileExists, CaseFileMissing
from storage.store import EncryptedStore, companion_paths
from tests.conftest import PASSPHRASE, add_person


def test_the_database_runs_with_wal_foreign_keys_secure_delete_and_full_sync(created):
    path, _ = created
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        pragma = lambda name: cf.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("secure_delete") == 1
        assert pragma("synchronous") == 2  # FULL


def test_creating_over_an_existing_case_file_is_refused_and_keeps_it(created):
    path, _ = created
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        add_person(cf, "Schmidt", "Anna")
    with pytest.raises(CaseFileExists):
        EncryptedStore.create(path, "eine-ganz-andere-passphrase")
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        assert cf.conn.execute("SELECT count(*) FROM person").fetchone() == (1,)


def test_creating_with_replace_starts_an_empty_file(created):
    path, _ = created
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        add_person(cf, "Schmidt", "Anna")
    cf, _ = EncryptedStore.create(path, "eine-ganz-andere-passphrase", replace=True)
    with cf:
        assert cf.conn.execute("SELECT count(*) FROM person").fetchone() == (0,)


def test_opening_where_there_is_no_case_file_says_so_and_creates_nothing(casefile_path):
    with pytest.raises(CaseFileMissing):
        EncryptedStore.open(casefile_path, PASSPHRASE)
    assert not any(p.exists() for p in companion_paths(casefile_path))


def test_a_crash_during_creation_leaves_no_half_made_case_file(casefile_path, monkeypatch):
    from storage import keyslots
    def power_cut(self, path):
        raise OSError("simulated power cut")

    monkeypatch.setattr(keyslots.KeySlots, "save", power_cut)
    with pytest.raises(OSError):
        EncryptedStore.create(casefile_path, PASSPHRASE)
    assert not casefile_path.exists()
    monkeypatch.undo()
    EncryptedStore.create(casefile_path, PASSPHRASE)[0].close()  # a second try succeeds
