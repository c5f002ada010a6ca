"""The key slot file beside the database: damage and tampering are errors naming the file, never a
crash and never a silent success."""

import hashlib
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.errors import CorruptFile, WrongPassphrase
from storage.keyslots import KeySlots, canonical_json, keys_path
from storage.store import EncryptedStore
from tests.conftest import PASSPHRASE, flip_bit, snapshot


def _rewrite_with_valid_checksum(path, edit):
    """What a deliberate attacker does: edit a field and recompute the plain checksum."""
    doc = json.loads(path.read_bytes())
    del doc["checksum"]
    edit(doc)
    doc["checksum"] = hashlib.sha256(canonical_json(doc)).hexdigest()
    path.write_bytes(canonical_json(doc))


def test_every_single_bit_flip_reads_as_a_damaged_key_file(created):
    path, _ = created
    keys = keys_path(path)
    pristine = keys.read_bytes()
    for offset in range(0, len(pristine), 7):
        keys.write_bytes(pristine)
        flip_bit(keys, offset, bit=offset % 7)
        before = snapshot(path)
        with pytest.raises(CorruptFile) as err:
            EncryptedStore.open(path, PASSPHRASE)
        assert err.value.path == keys
        assert snapshot(path) == before


@pytest.mark.parametrize("length", [0, 1, 100, -2])
def test_a_truncated_key_file_is_reported(created, length):
    path, _ = created
    keys = keys_path(path)
    keys.write_bytes(keys.read_bytes()[:length])
    with pytest.raises(CorruptFile) as err:
        EncryptedStore.open(path, PASSPHRASE)
    assert err.value.path == keys


def test_a_missing_key_file_is_reported(created):
    path, _ = created
    keys_path(path).unlink()
    with pytest.raises(CorruptFile) as err:
        EncryptedStore.open(path, PASSPHRASE)
    assert err.value.path == keys_path(path)


def test_a_forged_recovery_slot_is_caught_by_the_mac(created):
    path, _ = created

    def swap_recovery(doc):
        doc["slots"]["recovery"]["nonce"] = "AAAAAAAAAAAAAAAA"

    _rewrite_with_valid_checksum(keys_path(path), swap_recovery)
    with pytest.raises(CorruptFile) as err:
        EncryptedStore.open(path, PASSPHRASE)
    assert "altered" in err.value.detail


def test_weakened_kdf_parameters_do_not_unlock(created):
    path, _ = created

    def weaken(doc):
        doc["slots"]["passphrase"]["kdf"]["iterations"] += 1

    _rewrite_with_valid_checksum(keys_path(path), weaken)
    with pytest.raises(WrongPassphrase):  # the parameters are the wrap's associated data
        EncryptedStore.open(path, PASSPHRASE)


def test_a_forged_slot_cannot_demand_gigabytes_of_memory(created):
    path, _ = created

    def inflate(doc):
        doc["slots"]["passphrase"]["kdf"]["memory_kib"] = 64 * 1024 * 1024

    _rewrite_with_valid_checksum(keys_path(path), inflate)
    with pytest.raises(CorruptFile):
        EncryptedStore.open(path, PASSPHRASE)


@pytest.mark.parametrize("field, value", [("memory_kib", 1024 * 1024), ("iterations", 1000), ("lanes", 64)])
def test_a_forged_slot_cannot_demand_more_than_the_calibration_ever_sets(created, field, value):
    """1 GiB × 1000 passes took about 50 minutes to 'unlock'; now the file is refused unread."""
    import time

    path, _ = created

    def demand(doc):
        doc["slots"]["passphrase"]["kdf"][field] = value

    _rewrite_with_valid_checksum(keys_path(path), demand)
    start = time.perf_counter()
    with pytest.raises(CorruptFile):
        EncryptedStore.open(path, PASSPHRASE)
    assert time.perf_counter() - start < 1


def test_key_slots_of_another_case_file_are_refused(tmp_path, created):
    path, _ = created
    other, _ = EncryptedStore.create(tmp_path / "andere.db", PASSPHRASE)
    other.close()
    keys_path(path).write_bytes(keys_path(tmp_path / "andere.db").read_bytes())
    with pytest.raises(CorruptFile):
        EncryptedStore.open(path, PASSPHRASE)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=800))
def test_arbitrary_bytes_are_a_clean_corrupt_file_error(tmp_path, raw):
    with pytest.raises(CorruptFile):
        KeySlots.from_bytes(raw, tmp_path / "x.keys")
