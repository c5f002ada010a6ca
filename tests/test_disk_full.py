"""A full disk while writing the case file or a backup: a clear message, and the previous state is
intact (the file-size limit of a child process stands in for the full disk)."""

import subprocess
import sys
from pathlib import Path

import pytest

from app.casemanager.casework import Casework, Person
from app.core import stores
from storage import integrity
from tests.conftest import PASSPHRASE

CHILD = Path(__file__).with_name("disk_full_child.py")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")]


@pytest.fixture
def casefile_with_work(tmp_path):
    casefile, _ = stores.create_casefile(tmp_path / "akte" / "fallakte.db", PASSPHRASE)
    cw = Casework(casefile)
    with cw.bulk():
        ids = [cw.add_person(Person("Bestand", f"Person {i}", "senden", address="z" * 3000)) for i in range(150)]
    casefile.close()
    return tmp_path / "akte" / "fallakte.db", ids


def _child(path, what, out):
    run = subprocess.run([sys.executable, str(CHILD), str(path), PASSPHRASE, what, str(out)],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout.strip().splitlines()[-1]


def _intact(path, ids):
    with stores.unlock(path, PASSPHRASE) as casefile:
        assert integrity.check(casefile.conn).ok
        assert [r for (r,) in casefile.conn.execute("SELECT id FROM person ORDER BY id")] == ids


def test_a_full_disk_while_writing_casework_is_reported_and_nothing_committed_is_lost(casefile_with_work):
    path, ids = casefile_with_work
    line = _child(path, "casefile", path.parent / "unused")
    assert line.startswith("REFUSED") and "Speicherplatz" in line
    _intact(path, ids)


def test_a_full_disk_while_writing_a_backup_leaves_no_partial_backup(casefile_with_work, tmp_path):
    path, ids = casefile_with_work
    target = path.parent / "sicherung.fallakte-sicherung"   # same file system, same limit
    line = _child(path, "backup", target)
    assert line.startswith("REFUSED") and "Speicherplatz" in line, line
    assert not target.exists() and not list(path.parent.glob("*.tmp"))
    _intact(path, ids)


def test_a_full_share_keeps_the_bundle_waiting_and_leaves_no_file_there(tmp_path):
    from app.casemanager import demo, sync_service
    from sync.keys import KiPublicKey, generate_ki_key

    path = tmp_path / "akte" / "fallakte.db"
    casefile, _ = stores.create_casefile(path, PASSPHRASE)
    cw = Casework(casefile)
    # Three municipalities make a bundle larger than the few pages the case file needs to note
    # the failure: the share is full, the laptop's own disk is not.
    municipalities = ["senden", "olfen", "nottuln"]
    demo.fill(cw, 60, seed=3, municipalities=municipalities)
    sync_service.configure(cw, ki_key=KiPublicKey(generate_ki_key()[1], 3, "KI").to_bytes(), device_name="KIM Süd",
                           municipalities=municipalities)
    ids = [r for (r,) in casefile.conn.execute("SELECT id FROM person ORDER BY id")]
    casefile.close()
    share = tmp_path / "akte" / "ablage"   # same file system, same limit
    share.mkdir()

    line = _child(path, "bundle", share)

    assert line == f"REFUSED Auf der Ablage {share} ist kein Platz mehr."
    assert list(share.iterdir()) == []                     # nothing partial, not even hidden
    with stores.unlock(path, PASSPHRASE) as casefile:
        assert sync_service.status(Casework(casefile)).waiting == 1   # sent on the next try
    _intact(path, ids)


def test_a_full_disk_during_a_ki_import_keeps_the_store_sound_and_a_rerun_takes_the_rest(tmp_path):
    from app.ki import importer, registry
    from tests.test_ki_import import Device, _county_kurz, _put

    (tmp_path / "ki").mkdir()
    registry.create_store(tmp_path / "ki" / "ki.db", PASSPHRASE, tmp_path / "ki", "KI Kreis Coesfeld", 3)
    share = tmp_path / "ki" / "ablage"
    with registry.open_store(tmp_path / "ki" / "ki.db", PASSPHRASE) as store:
        for n, muni in enumerate(["duelmen", "haltern", "nottuln", "olfen", "senden", "billerbeck"]):
            device = Device(f"KIM {muni}", muni)
            device.enrol(store, tmp_path)
            for sequence in range(1, 11):
                _put(share, *device.bundle(store, sequence, 10 + n + sequence))
        expected = sum(10 + n + 10 for n in range(6))   # each device's newest bundle counts

    line = _child(tmp_path / "ki" / "ki.db", "ki-import", share)

    assert line.startswith("REFUSED") and "Speicherplatz" in line, line
    with registry.open_store(tmp_path / "ki" / "ki.db", PASSPHRASE) as store:
        assert integrity.check(store.conn).ok
        recorded = store.conn.execute("SELECT count(*) FROM received").fetchone()[0]
        assert 60 - len(importer.pending_files(share)) <= recorded < 60   # stopped part way
        summary = importer.import_folder(store, share)
        assert summary.count(importer.REFUSED) == 0
        assert _county_kurz(store) == expected
    assert importer.pending_files(share) == []
