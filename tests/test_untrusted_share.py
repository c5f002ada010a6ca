"""The share is untrusted (issue 14): files built through the documented format by someone who has
only the KI's public key (it lies on the share) or a genuine but faulty device. Each is answered
with a refusal and its reason, quickly, and the next file is imported."""

from __future__ import annotations

import json
import os
import time
import zlib

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.ki import importer, registry
from sync import bundle as bundles
from sync.keys import canonical, raw_public
from tests.test_ki_import import Device, _put, ki_store  # noqa: F401  (the fixture)


def _sealed_by_hand(ki, device_id: str, plaintext: bytes) -> bytes:
    """A bundle written from docs/bundle-format.md, not with the app's own sealing helper."""
    ephemeral = X25519PrivateKey.generate()
    epk = raw_public(ephemeral)
    header = b"fallakte-bundle/1\n" + canonical({"device": device_id, "epk": bundles.b64(epk), "ki": ki.fingerprint}) + b"\n"
    key = bundles._key(ephemeral.exchange(X25519PublicKey.from_public_bytes(ki.x25519)), epk, ki.x25519)
    return header + AESGCM(key).encrypt(bytes(12), plaintext, header)


def test_nested_json_from_a_made_up_device_is_refused_before_anything_is_decrypted(ki_store, tmp_path):
    ki = registry.public_key(ki_store.conn)
    nested = zlib.compress(b"[" * 100_000 + b"]" * 100_000)
    share = tmp_path / "ablage"
    _put(share, "0000-00000001.fallakte-bundle", _sealed_by_hand(ki, "ausgedacht", bytes(64) + nested))
    device = Device("KIM Olfen", "olfen")
    device.enrol(ki_store, tmp_path)
    _put(share, "zzzz-00000001.fallakte-bundle", device.bundle(ki_store, 1, 4)[1])
    summary = importer.import_folder(ki_store, share)
    assert [(r.outcome, r.reason.split(" (")[0]) for r in summary.results] == [
        (importer.REFUSED, "Gerät nicht angemeldet"), (importer.NEW, "")]


def test_a_genuine_device_that_sends_deep_nesting_or_huge_numbers_is_refused_not_crashing(ki_store, tmp_path):
    device = Device("KIM Olfen", "olfen")
    device.enrol(ki_store, tmp_path)
    share = tmp_path / "ablage"
    deep = b"[" * 100_000 + b"]" * 100_000
    huge = canonical({"format": "fallakte-counts", "version": 2, "device": device.id, "sequence": 1, "k": 3,
                      "tables": [{"indicator": "persons_by_intensity", "period": "2026-10", "municipality": "olfen",
                                  "cells": {"kurz": 10 ** 400}}]})
    ki = registry.public_key(ki_store.conn)
    for n, body in enumerate((deep, huge), 1):
        from sync.keys import sign

        signature = sign(device.key, bundles.SIGNATURE_DOMAIN, body)
        _put(share, f"{device.id}-{n:08d}.fallakte-bundle", _sealed_by_hand(ki, device.id, signature + zlib.compress(body)))
    summary = importer.import_folder(ki_store, share)
    assert [r.outcome for r in summary.results] == [importer.REFUSED, importer.REFUSED]
    assert all("beschädigt oder verändert" in r.reason for r in summary.results)


def test_links_pipes_and_huge_files_on_the_share_are_refused_unread(ki_store, tmp_path):
    share = tmp_path / "ablage"
    share.mkdir()
    secret = tmp_path / "fremd.txt"
    secret.write_text("nicht für das KI")
    os.symlink(secret, share / "a-00000001.fallakte-bundle")
    os.mkfifo(share / "b-00000001.fallakte-bundle")    # reading a pipe would block the import for ever
    with open(share / "c-00000001.fallakte-bundle", "wb") as f:
        f.truncate(bundles.MAX_BUNDLE + 1)                 # 4 MiB of nothing, sparse
    start = time.perf_counter()
    summary = importer.import_folder(ki_store, share)
    assert time.perf_counter() - start < 2
    assert [(r.file_name, r.outcome) for r in summary.results] == [
        ("a-00000001.fallakte-bundle", importer.REFUSED), ("b-00000001.fallakte-bundle", importer.REFUSED),
        ("c-00000001.fallakte-bundle", importer.REFUSED)]
    assert "keine gewöhnliche Datei" in summary.results[0].reason and "größer" in summary.results[2].reason
    assert secret.read_text() == "nicht für das KI"              # the link's target is untouched
    stored = " ".join(str(v) for row in ki_store.conn.execute("SELECT * FROM received") for v in row)
    assert "nicht für das KI" not in stored


def test_an_unexpected_flaw_in_one_file_refuses_that_file_and_imports_the_next(ki_store, tmp_path, monkeypatch):
    device = Device("KIM Olfen", "olfen")
    device.enrol(ki_store, tmp_path)
    share = tmp_path / "ablage"
    _put(share, *device.bundle(ki_store, 1, 4))
    _put(share, *device.bundle(ki_store, 2, 5))
    real_check, calls = importer.payloads.check, []

    def flawed(payload, *rest):
        calls.append(payload)
        if len(calls) == 1:
            raise TypeError("a check that forgot a case")
        return real_check(payload, *rest)

    monkeypatch.setattr(importer.payloads, "check", flawed)
    summary = importer.import_folder(ki_store, share)
    assert [r.outcome for r in summary.results] == [importer.REFUSED, importer.NEW]
    assert json.dumps(summary.results[0].reason)                 # a reason, not a traceback


def _signed_by(device, ki_store, tables, created="2026-11-05T10:00:00+00:00") -> bytes:
    payload = {"format": "fallakte-counts", "version": 2, "device": device.id, "sequence": 1, "k": 3,
               "created_at": created, "tables": tables}
    return bundles.seal(payload, device.id, device.key, registry.public_key(ki_store.conn))


def test_a_device_reports_only_on_its_own_municipalities_and_closed_months_of_its_window(ki_store, tmp_path):
    """An enrolled device for Olfen sent counts for Senden and for "atlantis", for 2026-13, 1900-01
    and 2099-12, and a count of 10**400: each was added into the county before."""
    device = Device("KIM Olfen", "olfen")
    device.enrol(ki_store, tmp_path)

    def table(period="2026-10", municipality="olfen", value=4):
        return {"indicator": "persons_by_intensity", "period": period, "municipality": municipality,
                "cells": {"kurz": value, "prozess": 0, "intensiv": 0}, "total": value}

    attempts = {"fremde Kommune": [table(municipality="senden")], "erfunden": [table(municipality="atlantis")],
                "Monat 13": [table(period="2026-13")], "1900": [table(period="1900-01")],
                "Zukunft": [table(period="2099-12")], "laufender Monat": [table(period="2026-11")],
                "riesig": [table(value=10**15)]}
    for reason, tables in attempts.items():
        result = importer.import_bundle(ki_store.conn, _signed_by(device, ki_store, tables), reason)
        assert result.outcome == importer.REFUSED, reason
    honest = [table(), table(municipality="ausserhalb"), table(period="2026-Q3", municipality="alle")]
    assert importer.import_bundle(ki_store.conn, _signed_by(device, ki_store, honest), "ehrlich").outcome == importer.NEW


def test_revoking_with_remove_data_takes_a_devices_figures_out_of_every_statistic(ki_store, tmp_path):
    from app.ki import statistics

    good, bad = Device("KIM Olfen", "olfen"), Device("KIM Senden", "senden")
    share = tmp_path / "ablage"
    for n, device in enumerate((good, bad)):
        device.enrol(ki_store, tmp_path)
        _put(share, *device.bundle(ki_store, 1, 5 + n))
    importer.import_folder(ki_store, share)
    places = lambda: set(statistics.County(ki_store.conn).sums("persons_by_intensity", statistics.Period.parse("2026-10")))  # noqa: E731
    assert places() == {"olfen", "senden"}
    assert registry.revoke(ki_store.conn, bad.id)                     # revoked: future bundles refused ...
    assert places() == {"olfen", "senden"}                            # ... its figures stay unless asked
    assert registry.revoke(ki_store.conn, bad.id, remove_data=True)   # asked later: still possible
    assert places() == {"olfen"}
    actions = [a for (a,) in ki_store.conn.execute("SELECT action FROM audit_log WHERE entity = 'device'")]
    assert actions[-2:] == ["revoke", "remove_data"]


def test_a_revoked_device_comes_back_only_by_explicit_reinstatement(ki_store, tmp_path):
    import pytest

    from app.core.validation import ValidationError

    device = Device("KIM Olfen", "olfen")
    device.enrol(ki_store, tmp_path)
    registry.revoke(ki_store.conn, device.id)
    with pytest.raises(ValidationError) as refused:
        device.enrol(ki_store, tmp_path)                               # an old enrolment file, sent again
    assert "gesperrt" in refused.value.message
    assert registry.devices(ki_store.conn)[0]["revoked_at"]
    device.enrol(ki_store, tmp_path, reinstate=True)
    assert registry.devices(ki_store.conn)[0]["revoked_at"] is None
    assert [a for (a,) in ki_store.conn.execute("SELECT action FROM audit_log WHERE entity = 'device'")][-1] == "reinstate"


def test_two_devices_with_one_name_get_a_warning(ki_store, tmp_path):
    from sync.keys import EnrolRequest, signing_public

    first, second = Device("KIM Olfen", "olfen"), Device("KIM Olfen", "olfen")
    first.enrol(ki_store, tmp_path)
    request = EnrolRequest(second.id, second.name, ("olfen",), signing_public(second.key))
    assert registry.enrolment(ki_store.conn, request).same_name
    assert not registry.enrolment(ki_store.conn, request, name="KIM Olfen 2").same_name
