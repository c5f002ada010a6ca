"""Unlocking with the passphrase, and changing it."""

import base64
import json

import pytest

from app.core import stores
from storage import keyslots
from storage.errors import WeakPassphrase, WrongPassphrase
from storage.keyslots import KeySlots, keys_path
from storage.store import EncryptedStore
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, add_person, snapshot


def test_the_right_passphrase_opens_what_was_written(created):
    path, _ = created
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        add_person(cf, "Müller", "Jürgen")
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        assert cf.conn.execute("SELECT family_name FROM person").fetchall() == [("Müller",)]


def test_a_wrong_passphrase_is_refused_and_changes_no_byte(created):
    path, _ = created
    before = snapshot(path)
    with pytest.raises(WrongPassphrase) as err:
        EncryptedStore.open(path, "falsche-passphrase")
    assert err.value.path == path
    assert snapshot(path) == before


def test_a_short_passphrase_is_refused_before_anything_is_created(casefile_path):
    with pytest.raises(WeakPassphrase):
        EncryptedStore.create(casefile_path, "kurz")
    assert not casefile_path.exists() and not keys_path(casefile_path).exists()


def test_the_passphrase_slot_uses_argon2id_with_64_mib_and_a_random_salt(created):
    path, _ = created
    kdf = json.loads(keys_path(path).read_bytes())["slots"]["passphrase"]["kdf"]
    assert kdf["name"] == "argon2id"
    assert kdf["memory_kib"] >= 64 * 1024
    assert len(base64.b64decode(kdf["salt"])) == 16


def test_changing_the_passphrase_rewraps_with_a_fresh_salt_and_keeps_the_database_key(created):
    path, code = created
    old_slots = KeySlots.load(keys_path(path))
    key_before = old_slots.unlock_with_recovery_code(code, path)
    db_header = path.read_bytes()[:16]  # SQLCipher's per-database salt: it changes on re-encryption

    stores.change_passphrase(path, PASSPHRASE, NEW_PASSPHRASE)

    new_slots = KeySlots.load(keys_path(path))
    assert new_slots.passphrase.kdf["salt"] != old_slots.passphrase.kdf["salt"]
    assert new_slots.recovery == old_slots.recovery
    assert new_slots.unlock_with_passphrase(NEW_PASSPHRASE, path) == key_before
    assert path.read_bytes()[:16] == db_header
    with pytest.raises(WrongPassphrase):
        EncryptedStore.open(path, PASSPHRASE)
    EncryptedStore.open(path, NEW_PASSPHRASE).close()


def test_changing_the_passphrase_with_a_wrong_old_one_changes_nothing(created):
    path, _ = created
    before = snapshot(path)
    with pytest.raises(WrongPassphrase):
        stores.change_passphrase(path, "nicht-die-richtige", NEW_PASSPHRASE)
    assert snapshot(path) == before


@pytest.mark.parametrize("seconds_per_iteration, expected", [(0.02, 25), (0.1, 5), (0.0004, keyslots.MAX_ITERATIONS)])
def test_calibration_aims_one_unlock_at_half_a_second_on_this_machine(monkeypatch, seconds_per_iteration, expected):
    """A simulated machine: Argon2id costs ``seconds_per_iteration`` per pass at 64 MiB."""
    clock = [0.0]
    monkeypatch.setattr(keyslots, "KDF_TARGET_SECONDS", 0.5)
    monkeypatch.setattr(keyslots.time, "perf_counter", lambda: clock[0])

    def fake_argon2(passphrase, salt, iterations, memory_kib, lanes):
        assert memory_kib >= 64 * 1024
        clock[0] += iterations * seconds_per_iteration

    monkeypatch.setattr(keyslots, "_argon2", fake_argon2)
    assert keyslots.calibrate_iterations() == expected
