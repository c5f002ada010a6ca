"""A lost laptop discloses nothing: no name and no SQLite header in any file on disk."""

from app.core import stores
from storage.store import EncryptedStore, companion_paths
from tests.conftest import NAMES, PASSPHRASE, add_person


def _assert_opaque(path, label):
    raw = path.read_bytes()
    assert b"SQLite format 3" not in raw, label
    for family, given in NAMES:
        for name in (family, given):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert name.encode(encoding) not in raw, f"{label} contains a name ({encoding})"


def test_database_wal_key_slots_and_backup_hold_no_plaintext(created, tmp_path):
    path, _ = created
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        for family, given in NAMES:
            add_person(cf, family, given)
        # Still open: the WAL holds the fresh pages now.
        files = [p for p in companion_paths(path) if p.exists()]
        assert path.with_name(path.name + "-wal") in files
        for p in files:
            _assert_opaque(p, p.name)
        backup = stores.backup(cf, tmp_path)
    _assert_opaque(backup, "backup")
    for p in companion_paths(path):
        if p.exists():
            _assert_opaque(p, p.name)


def test_the_names_are_really_there_behind_the_key(created):
    """Guards the test above: it must be looking for text that was written."""
    path, _ = created
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        for family, given in NAMES:
            add_person(cf, family, given)
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        stored = cf.conn.execute("SELECT family_name, given_names FROM person ORDER BY id").fetchall()
    assert stored == NAMES
