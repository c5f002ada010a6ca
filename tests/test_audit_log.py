"""The audit log records who did what to which record, and any edit of it is detected."""

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from app.core import stores
from storage import audit
from storage.store import EncryptedStore
from tests.conftest import PASSPHRASE, add_person


@pytest.fixture
def logged(created):
    """A case file whose log holds: create, open, three person creations."""
    path, _ = created
    with stores.unlock(path, PASSPHRASE) as cf:
        for family, given in [("Yılmaz", "Emre"), ("Haddad", "Rania"), ("Petrenko", "Olena")]:
            add_person(cf, family, given)
    return path


def _tamper(path, *statements):
    """Edit the log the way someone with the key and an SQLite shell could."""
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        cf.conn.execute("DROP TRIGGER audit_log_no_update")
        cf.conn.execute("DROP TRIGGER audit_log_no_delete")
        for sql in statements:
            cf.conn.execute(sql)


def _problems(path):
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        return audit.verify(cf.conn)


def test_the_log_names_actions_and_record_ids_but_no_content(logged):
    with EncryptedStore.open(logged, PASSPHRASE) as cf:
        rows = cf.conn.execute("SELECT action, entity, entity_id FROM audit_log ORDER BY seq").fetchall()
        dump = repr(cf.conn.execute("SELECT * FROM audit_log").fetchall())
    assert rows == [("create", "casefile", ""), ("open", "casefile", ""),
                    ("create", "person", "1"), ("create", "person", "2"), ("create", "person", "3")]
    assert "Yılmaz" not in dump and "Rania" not in dump
    assert _problems(logged) == []


def test_the_application_cannot_rewrite_or_delete_log_entries(logged):
    with EncryptedStore.open(logged, PASSPHRASE) as cf:
        with pytest.raises(sqlcipher.IntegrityError):
            cf.conn.execute("UPDATE audit_log SET action = 'open' WHERE seq = 3")
        with pytest.raises(sqlcipher.IntegrityError):
            cf.conn.execute("DELETE FROM audit_log WHERE seq = 3")


def test_an_edited_entry_is_detected(logged):
    _tamper(logged, "UPDATE audit_log SET entity_id = '99' WHERE seq = 3")
    assert _problems(logged) == ["Protokolleintrag 3 wurde verändert"]


def test_a_removed_entry_in_the_middle_is_detected(logged):
    _tamper(logged, "DELETE FROM audit_log WHERE seq = 3")
    assert "Protokolleintrag 3 fehlt" in _problems(logged)


def test_a_removed_last_entry_is_detected(logged):
    _tamper(logged, "DELETE FROM audit_log WHERE seq = 5")
    assert _problems(logged) == ["Das Ende des Protokolls fehlt oder wurde verändert"]


def test_a_rewritten_chain_is_still_caught_by_the_stored_head(logged):
    """Someone recomputes every hash after an edit; the head kept in meta gives it away."""
    with EncryptedStore.open(logged, PASSPHRASE) as cf:
        rows = cf.conn.execute("SELECT seq, at, actor, action, entity, entity_id FROM audit_log ORDER BY seq").fetchall()
    statements, prev = [], audit.GENESIS
    for seq, at, actor, action, entity, entity_id in rows:
        entity_id = "42" if seq == 3 else entity_id
        digest = audit.entry_hash(prev, seq, at, actor, action, entity, entity_id)
        statements.append(f"UPDATE audit_log SET entity_id = '{entity_id}', prev_hash = x'{prev.hex()}', "
                          f"hash = x'{digest.hex()}' WHERE seq = {seq}")
        prev = digest
    _tamper(logged, *statements)
    assert _problems(logged) == ["Das Ende des Protokolls fehlt oder wurde verändert"]
