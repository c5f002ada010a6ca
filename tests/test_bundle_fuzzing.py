"""Adversarial input to the KI import: whatever bytes arrive, and whatever a genuine, enrolled device
signs, the import answers with a result (imported or refused with a reason), never an exception,
and a refused bundle changes no totals."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.ki import importer, registry
from sync import bundle as bundles
from tests.conftest import PASSPHRASE
from tests.test_ki_import import Device

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz")
    registry.create_store(tmp / "ki.db", PASSPHRASE, tmp, "KI", 3)
    store = registry.open_store(tmp / "ki.db", PASSPHRASE)
    device = Device("KIM Fuzz", "olfen")
    device.enrol(store, tmp)
    _, valid = device.bundle(store, 1, 5)
    yield store, device, valid
    store.close()


def _states(store):
    return store.conn.execute("SELECT device_id, sequence, payload FROM device_state").fetchall()


@FUZZ
@given(data=st.data())
def test_damaged_bundles_are_refused_never_raise(setup, data):
    store, _, valid = setup
    before = _states(store)
    kind = data.draw(st.sampled_from(["flip", "cut", "insert", "random"]))
    if kind == "flip":
        at = data.draw(st.integers(0, len(valid) - 1))
        damaged = valid[:at] + bytes([valid[at] ^ data.draw(st.integers(1, 255))]) + valid[at + 1:]
    elif kind == "cut":
        damaged = valid[:data.draw(st.integers(0, len(valid) - 1))]
    elif kind == "insert":
        at = data.draw(st.integers(0, len(valid)))
        damaged = valid[:at] + data.draw(st.binary(min_size=1, max_size=40)) + valid[at:]
    else:
        damaged = data.draw(st.sampled_from([b"", bundles.MAGIC, valid[:valid.index(b"\n") + 1]])) + \
            data.draw(st.binary(max_size=300))
    result = importer.import_bundle(store.conn, damaged, "fuzz")
    assert result.outcome == importer.REFUSED and result.reason
    assert _states(store) == before


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
                           | st.text(max_size=8),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                        max_size=4), max_leaves=12)


@FUZZ
@given(tables=st.one_of(json_values, st.lists(json_values, max_size=4)),
       sequence=st.one_of(st.integers(1, 10), st.integers(), json_values))
def test_whatever_a_genuine_device_signs_is_imported_or_refused_never_raises(setup, tables, sequence):
    store, device, _ = setup
    payload = {"format": "fallakte-counts", "version": 2, "device": device.id, "sequence": sequence,
               "created_at": "2026-11-24T10:00:00+00:00", "tables": tables}
    try:
        sealed = bundles.seal(payload, device.id, device.key, registry.public_key(store.conn))
    except (TypeError, ValueError):   # not even JSON (NaN, unserialisable): no device could send it
        return
    result = importer.import_bundle(store.conn, sealed, "fuzz")
    assert result.outcome in (importer.REFUSED, importer.NEW, importer.UPDATED, importer.SUPERSEDED)
    if result.outcome != importer.REFUSED:   # what was taken can be read back into statistics
        from app.ki import statistics
        statistics.County(store.conn)
    json.dumps(result.reason)
