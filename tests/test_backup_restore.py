"""Encrypted backups: verified when written, verified in full before a restore replaces anything,
and the previous case file kept until the restored one opens."""

import zipfile

import pytest

from app.core import stores
from storage import backup as backups
from storage.errors import CorruptFile, WrongPassphrase
from storage.store import EncryptedStore
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, add_person, flip_bit, snapshot


@pytest.fixture
def backed_up(created, tmp_path):
    """A case file with two persons and a backup of it; returns (path, code, backup)."""
    path, code = created
    with stores.unlock(path, PASSPHRASE) as cf:
        add_person(cf, "Dąbrowski", "Piotr")
        add_person(cf, "Ахмедова", "Лейла")
        written = stores.backup(cf, tmp_path)
    return path, code, written


def _persons(path, passphrase=PASSPHRASE):
    with EncryptedStore.open(path, passphrase) as cf:
        return [n for (n,) in cf.conn.execute("SELECT family_name FROM person ORDER BY id")]


def test_a_backup_is_one_dated_file_and_its_writing_is_audited(backed_up):
    path, _, written = backed_up
    assert written.name.startswith("fallakte-sicherung-") and written.suffix == backups.SUFFIX
    assert sorted(zipfile.ZipFile(written).namelist()) == sorted(
        [backups.MANIFEST, backups.DB_MEMBER, backups.KEYS_MEMBER])
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        assert ("export", "backup") in cf.conn.execute("SELECT action, entity FROM audit_log").fetchall()


def test_restore_brings_back_what_the_backup_holds_and_keeps_the_previous_file(backed_up):
    path, _, written = backed_up
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        add_person(cf, "Später", "Hinzugefügt")
    previous_bytes = snapshot(path)

    result = stores.restore(written, path, passphrase=PASSPHRASE)
    result.casefile.close()

    assert _persons(path) == ["Dąbrowski", "Ахмедова"]
    assert result.previous is not None
    assert _persons(result.previous) == ["Dąbrowski", "Ахмедова", "Später"]
    assert result.previous.read_bytes() == previous_bytes[path.name]


def test_restore_onto_a_new_laptop_needs_no_previous_file(backed_up, tmp_path):
    _, _, written = backed_up
    target = tmp_path / "neuer-laptop" / "fallakte.db"
    result = stores.restore(written, target, passphrase=PASSPHRASE)
    result.casefile.close()
    assert result.previous is None
    assert _persons(target) == ["Dąbrowski", "Ахмедова"]


def test_the_recovery_code_restores_a_backup_and_sets_a_new_passphrase(backed_up, tmp_path):
    _, code, written = backed_up
    target = tmp_path / "anderswo.db"
    stores.restore(written, target, recovery_code=code, new_passphrase=NEW_PASSPHRASE).casefile.close()
    assert _persons(target, NEW_PASSPHRASE) == ["Dąbrowski", "Ахмедова"]
    with pytest.raises(WrongPassphrase):
        EncryptedStore.open(target, PASSPHRASE)


def test_a_backup_from_before_a_passphrase_change_opens_with_the_old_passphrase(backed_up, tmp_path):
    path, _, written = backed_up
    stores.change_passphrase(path, PASSPHRASE, NEW_PASSPHRASE)
    target = tmp_path / "alt.db"
    stores.restore(written, target, passphrase=PASSPHRASE).casefile.close()
    assert _persons(target) == ["Dąbrowski", "Ахмедова"]


def test_a_wrong_passphrase_for_the_backup_leaves_the_case_file_untouched(backed_up):
    path, _, written = backed_up
    before = snapshot(path)
    with pytest.raises(WrongPassphrase):
        stores.restore(written, path, passphrase="nicht-die-richtige")
    assert snapshot(path) == before
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize("damage", ["flip-early", "flip-middle", "flip-late", "truncate", "empty"])
def test_a_damaged_backup_is_refused_by_name_and_nothing_is_replaced(backed_up, damage):
    path, _, written = backed_up
    size = written.stat().st_size
    if damage == "truncate":
        written.write_bytes(written.read_bytes()[: size // 2])
    elif damage == "empty":
        written.write_bytes(b"")
    else:
        flip_bit(written, {"flip-early": 60, "flip-middle": size // 2, "flip-late": size - 30}[damage])
    before = snapshot(path)
    with pytest.raises(CorruptFile) as err:
        stores.restore(written, path, passphrase=PASSPHRASE)
    assert err.value.path == written
    assert snapshot(path) == before
    assert _persons(path) == ["Dąbrowski", "Ахмедова"]


def test_a_restored_file_that_will_not_open_puts_the_previous_one_back(backed_up, monkeypatch):
    path, _, written = backed_up
    before = snapshot(path)

    def refuse(*args, **kwargs):
        raise CorruptFile(path, "simulated")

    monkeypatch.setattr(EncryptedStore, "_open_unlocked", classmethod(lambda cls, *a, **k: refuse()))
    with pytest.raises(CorruptFile):
        stores.restore(written, path, passphrase=PASSPHRASE)
    monkeypatch.undo()
    assert snapshot(path) == before
    assert [p.name for p in path.parent.iterdir() if "vor-wiederherstellung" in p.name] == []


def test_a_failed_backup_write_leaves_no_partial_file(created, tmp_path, monkeypatch):
    path, _ = created
    dest = tmp_path / "ziel"
    dest.mkdir()

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    with stores.unlock(path, PASSPHRASE) as cf:
        monkeypatch.setattr(backups.zipfile.ZipFile, "write", disk_full)
        with pytest.raises(OSError):
            stores.backup(cf, dest)
    assert list(dest.iterdir()) == []
