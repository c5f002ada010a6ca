"""The KI imports a share folder: every file gets one result, done files move to importiert/ or
abgelehnt/, a dry run changes nothing, and an import stopped anywhere ends the same when rerun."""

import shutil

import pytest

from app.ki import importer, registry, statistics
from fallakte.cli import main
from sync import bundle as bundles
from sync.keys import EnrolRequest, device_id_for, generate_signing_key, signing_public
from tests.conftest import PASSPHRASE


@pytest.fixture
def ki_store(tmp_path):
    registry.create_store(tmp_path / "ki.db", PASSPHRASE, tmp_path, "KI Kreis Coesfeld", 3)
    store = registry.open_store(tmp_path / "ki.db", PASSPHRASE)
    yield store
    store.close()


class Device:
    """A laptop reduced to what the KI sees of it: a key, an enrol request and sealed payloads."""

    def __init__(self, name: str, municipality: str) -> None:
        self.key = generate_signing_key()
        self.id = device_id_for(signing_public(self.key))
        self.name, self.municipality = name, municipality

    def enrol(self, store, tmp_path, reinstate: bool = False) -> None:
        request = tmp_path / f"{self.id}.enrol"
        request.write_bytes(EnrolRequest(self.id, self.name, (self.municipality,),
                                         signing_public(self.key)).to_bytes(self.key))
        registry.enrol(store, registry.read_request(request), reinstate=reinstate)

    def bundle(self, store, sequence: int, persons: int) -> tuple[str, bytes]:
        payload = {"format": "fallakte-counts", "version": 2, "device": self.id, "sequence": sequence,
                   "created_at": f"2026-11-{sequence % 28 + 1:02d}T10:00:00+00:00", "k": 3,
                   "tables": [{"indicator": "persons_by_intensity", "period": "2026-10",
                               "municipality": self.municipality,
                               "cells": {"kurz": persons, "prozess": 0, "intensiv": 0}, "total": persons}]}
        return (bundles.file_name(self.id, sequence),
                bundles.seal(payload, self.id, self.key, registry.public_key(store.conn)))


def _put(folder, name, data):
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)


def _county_kurz(store) -> int:
    return sum(cells["kurz"].value for cells in statistics.County(store.conn).sums(
        "persons_by_intensity", statistics.Period.parse("2026-10")).values())


def _tree(folder) -> dict[str, list[str]]:
    """What lies in the share and its two subfolders (the reason files beside refused ones aside)."""
    return {sub: sorted(p.name for p in (folder / sub).glob("*") if not p.name.endswith(".grund.txt"))
            if (folder / sub).exists() else [] for sub in ("", importer.IMPORTED_DIR, importer.REFUSED_DIR)}


def test_counted_files_are_deleted_from_the_share_and_refused_ones_kept_with_their_reason(tmp_path, ki_store):
    share = tmp_path / "ablage"
    dev = Device("KIM Dülmen", "duelmen")
    dev.enrol(ki_store, tmp_path)
    _put(share, *dev.bundle(ki_store, 1, 5))
    _put(share, *dev.bundle(ki_store, 2, 7))
    _put(share, "kaputt" + bundles.SUFFIX, b"not a bundle at all")
    _put(share, ".halb-geschrieben" + bundles.SUFFIX + ".tmp", b"...")   # a write in progress stays

    summary = importer.import_folder(ki_store, share)

    # Each device's newest file is read first: the older one is passed over, not counted and replaced.
    assert summary.line == "1 neu, 0 aktualisiert, 1 übergangen, 1 abgelehnt"
    tree = _tree(share)
    assert tree[""] == [".halb-geschrieben" + bundles.SUFFIX + ".tmp", importer.REFUSED_DIR]
    assert tree[importer.IMPORTED_DIR] == []
    assert tree[importer.REFUSED_DIR] == ["kaputt" + bundles.SUFFIX]
    reason = (share / importer.REFUSED_DIR / f"kaputt{bundles.SUFFIX}.grund.txt").read_text(encoding="utf-8")
    assert reason.startswith(f"kaputt{bundles.SUFFIX}: ") and ("beschädigt" in reason or "keine Fallakte" in reason)
    assert _county_kurz(ki_store) == 7
    # The same file arriving again is recognised (by its hash, all the KI keeps of it) and removed too.
    _put(share, *dev.bundle(ki_store, 1, 5))
    again = importer.import_folder(ki_store, share)
    assert [r.outcome for r in again.results] == [importer.SUPERSEDED]
    assert _tree(share)[""] == [".halb-geschrieben" + bundles.SUFFIX + ".tmp", importer.REFUSED_DIR]
    assert _county_kurz(ki_store) == 7


def test_file_names_that_lie_about_their_sequence_change_only_the_order(tmp_path, ki_store):
    """The share is untrusted: the newest-first order comes from the names, what counts from the
    signed sequence inside."""
    share = tmp_path / "ablage"
    dev = Device("KIM Dülmen", "duelmen")
    dev.enrol(ki_store, tmp_path)
    _, older = dev.bundle(ki_store, 1, 5)
    _, newer = dev.bundle(ki_store, 2, 7)
    _put(share, bundles.file_name(dev.id, 9), older)   # claims to be the newest
    _put(share, bundles.file_name(dev.id, 1), newer)
    _put(share, f"{dev.id}-²³{bundles.SUFFIX}", b"not a bundle")   # a digit to isdigit(), not to int()
    summary = importer.import_folder(ki_store, share)
    assert [r.outcome for r in summary.results] == [importer.NEW, importer.UPDATED, importer.REFUSED]
    assert _county_kurz(ki_store) == 7


def test_a_county_that_keeps_its_files_finds_them_in_importiert_never_overwritten(tmp_path, ki_store):
    importer.set_keep_imported_files(ki_store.conn, True)
    assert ki_store.conn.execute("SELECT count(*) FROM audit_log WHERE entity_id = ?",
                                 (importer.KEEP_IMPORTED,)).fetchone()[0] == 1
    share = tmp_path / "ablage"
    dev = Device("KIM Dülmen", "duelmen")
    dev.enrol(ki_store, tmp_path)
    _put(share, *dev.bundle(ki_store, 1, 5))
    _put(share, *dev.bundle(ki_store, 2, 7))
    importer.import_folder(ki_store, share)
    assert _tree(share)[importer.IMPORTED_DIR] == [bundles.file_name(dev.id, 1), bundles.file_name(dev.id, 2)]
    _put(share, *dev.bundle(ki_store, 1, 5))
    importer.import_folder(ki_store, share)
    assert len(_tree(share)[importer.IMPORTED_DIR]) == 3 and _county_kurz(ki_store) == 7


def test_a_dry_run_reports_the_same_summary_and_changes_nothing(tmp_path, ki_store, capsys, monkeypatch):
    share = tmp_path / "ablage"
    dev, stranger = Device("KIM Coesfeld", "coesfeld"), Device("Unbekannt", "olfen")
    dev.enrol(ki_store, tmp_path)
    _put(share, *dev.bundle(ki_store, 1, 4))
    _put(share, *stranger.bundle(ki_store, 1, 9))
    before, received = _tree(share), ki_store.conn.execute("SELECT count(*) FROM received").fetchone()

    dry = importer.import_folder(ki_store, share, dry_run=True)

    assert _tree(share) == before
    assert ki_store.conn.execute("SELECT count(*) FROM received").fetchone() == received
    assert _county_kurz(ki_store) == 0
    real = importer.import_folder(ki_store, share)
    assert dry.line == real.line == "1 neu, 0 aktualisiert, 0 übergangen, 1 abgelehnt"
    assert _county_kurz(ki_store) == 4


def test_an_import_stopped_half_way_ends_in_the_same_state_when_run_again(tmp_path, ki_store, monkeypatch):
    devices = [Device(f"KIM {i}", m) for i, m in enumerate(["duelmen", "senden", "nottuln"])]
    for dev in devices:
        dev.enrol(ki_store, tmp_path)
    share = tmp_path / "ablage"
    for dev in devices:
        for seq in (1, 2, 3):
            _put(share, *dev.bundle(ki_store, seq, 3 + seq))
    _put(share, "zufall" + bundles.SUFFIX, b"FALLAKTE-BUNDLE garbage")
    shutil.copytree(share, tmp_path / "kopie")

    # Stopped after a file was recorded but before it was moved (the worst moment).
    real_file_away, calls = importer._file_away, []

    def dies_on_the_fifth(file, sub):
        calls.append(file)
        if len(calls) == 5:
            raise KeyboardInterrupt
        real_file_away(file, sub)

    importer.set_keep_imported_files(ki_store.conn, True)   # so that every file goes through _file_away
    monkeypatch.setattr(importer, "_file_away", dies_on_the_fifth)
    with pytest.raises(KeyboardInterrupt):
        importer.import_folder(ki_store, share)
    monkeypatch.setattr(importer, "_file_away", real_file_away)
    importer.import_folder(ki_store, share)

    assert _tree(share)[""] == [importer.REFUSED_DIR, importer.IMPORTED_DIR]
    assert len(_tree(share)[importer.IMPORTED_DIR]) == 9 and _tree(share)[importer.REFUSED_DIR] == ["zufall" + bundles.SUFFIX]
    assert _county_kurz(ki_store) == 3 * 6
    states = dict(ki_store.conn.execute("SELECT device_id, sequence FROM device_state"))
    assert states == {dev.id: 3 for dev in devices}


def test_a_share_of_1000_files_some_corrupt_imports_each_once(tmp_path, ki_store):
    share = tmp_path / "ablage"
    devices = [Device(f"KIM {i}", m) for i, m in enumerate(
        ["duelmen", "coesfeld", "luedinghausen", "senden", "nottuln", "olfen", "billerbeck", "ascheberg",
         "havixbeck", "rosendahl", "nordkirchen", "duelmen"])]
    for dev in devices:
        dev.enrol(ki_store, tmp_path)
    corrupt, newest = 0, {}
    for n in range(1000):
        dev, seq = devices[n % 12], n // 12 + 1
        name, data = dev.bundle(ki_store, seq, seq % 10 + 3)
        if n % 97 == 0:
            data, corrupt = data[:-20] + bytes(20), corrupt + 1
        else:
            newest[dev.id] = seq % 10 + 3
        _put(share, name, data)

    summary = importer.import_folder(ki_store, share)

    assert len(summary.results) == 1000
    assert summary.count(importer.REFUSED) == corrupt == 11
    assert all("beschädigt" in r.reason or "verändert" in r.reason for r in summary.results
               if r.outcome == importer.REFUSED)
    assert len(_tree(share)[importer.REFUSED_DIR]) == corrupt and _tree(share)[""] == [importer.REFUSED_DIR]
    assert _county_kurz(ki_store) == sum(newest.values())


def test_cli_import_prints_a_line_per_file_and_a_summary(tmp_path, ki_store, capsys, monkeypatch):
    share = tmp_path / "ablage"
    dev = Device("KIM Olfen", "olfen")
    dev.enrol(ki_store, tmp_path)
    name, data = dev.bundle(ki_store, 1, 6)
    _put(share, name, data)
    ki_store.close()
    monkeypatch.setenv("FALLAKTE_PASSPHRASE", PASSPHRASE)

    assert main(["ki", "import", str(share), "--store", str(tmp_path / "ki.db"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"{name}: neu" in out and "Probelauf, nichts geändert" in out and (share / name).exists()
    assert main(["ki", "import", str(share), "--store", str(tmp_path / "ki.db")]) == 0
    assert "Zusammenfassung: 1 neu, 0 aktualisiert, 0 übergangen, 0 abgelehnt" in capsys.readouterr().out
    assert not (share / name).exists()
    assert main(["ki", "import", str(tmp_path / "fehlt"), "--store", str(tmp_path / "ki.db")]) == 1
    assert "nicht erreichbar" in capsys.readouterr().err


def test_a_device_enrolled_twice_stays_one_device_with_the_newer_name(tmp_path, ki_store):
    dev = Device("KIM Senden", "senden")
    dev.enrol(ki_store, tmp_path)
    registry.revoke(ki_store.conn, dev.id)
    dev.name = "KIM Senden (neu)"
    dev.enrol(ki_store, tmp_path, reinstate=True)   # a revoked device comes back only explicitly
    devices = registry.devices(ki_store.conn)
    assert [(d["name"], d["revoked_at"]) for d in devices] == [("KIM Senden (neu)", None)]
    share = tmp_path / "ablage"
    _put(share, *dev.bundle(ki_store, 1, 4))
    assert importer.import_folder(ki_store, share).count(importer.NEW) == 1


def test_two_imports_of_the_same_folder_at_once_take_each_bundle_exactly_once(tmp_path, ki_store):
    import threading

    devices = [Device(f"KIM {i}", "duelmen") for i in range(4)]
    for dev in devices:
        dev.enrol(ki_store, tmp_path)
    share = tmp_path / "ablage"
    for seq in range(1, 16):
        for dev in devices:
            _put(share, *dev.bundle(ki_store, seq, 3))
    results, errors = [], []

    def run():
        try:
            with ki_store.reopen() as own:
                results.append(importer.import_folder(own, share))
        except Exception as exc:  # noqa: BLE001  (the test reports it)
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert errors == []
    taken = [r for s in results for r in s.results if r.outcome in (importer.NEW, importer.UPDATED)]
    assert len({(r.device_id, r.file_name) for r in taken}) == len(taken)
    assert ki_store.conn.execute("SELECT count(*) FROM received").fetchone() == (60,)
    assert dict(ki_store.conn.execute("SELECT device_id, sequence FROM device_state")) == {d.id: 15 for d in devices}
    assert _tree(share)[""] == []   # each taken once, then deleted (by whichever import got there first)


def test_the_ki_keeps_of_a_bundle_only_its_hash_time_and_result(ki_store, tmp_path):
    """The newest payload per device is what the statistics need; the files as received are not
    kept (docs/anonymity.md)."""
    device = Device("KIM Olfen", "olfen")
    device.enrol(ki_store, tmp_path)
    share = tmp_path / "ablage"
    for sequence in (1, 2):
        _put(share, *device.bundle(ki_store, sequence, 5))
    importer.import_folder(ki_store, share)
    columns = [c[1] for c in ki_store.conn.execute("PRAGMA table_info(received)")]
    assert "raw" not in columns and ki_store.conn.execute("SELECT count(*) FROM received").fetchone() == (2,)
    assert ki_store.conn.execute("SELECT count(*) FROM device_state").fetchone() == (1,)
