"""A full disk while writing the case file or a backup: a clear message, and the previous state is
intact (the file-size limit of a child process stands in for the full disk)."""

import subprocess
import sys
from pathlib import Path

import pytest

from app import casefile_admin
from app.casework import Casework, Person
from storage import integrity
from tests.conftest import PASSPHRASE

CHILD = Path(__file__).with_name("disk_full_child.py")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")]


@pytest.fixture
def casefile_with_work(tmp_path):
    casefile, _ = casefile_admin.create_casefile(tmp_path / "akte" / "fallakte.db", PASSPHRASE)
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
    with casefile_admin.unlock(path, PASSPHRASE) as casefile:
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
