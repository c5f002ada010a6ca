"""Files only their owner can read (issue 14): the case file with its key slots, -wal and -shm, the
folder Fallakte creates for it, backups, restored files, the Art. 15 export, the KI store and its
reports, a saved recovery code. Another local account must not read a byte of them."""

from __future__ import annotations

import stat

from app.casemanager.privacy import export_subject_access
from app.core import stores
from app.ki import committee_report, registry, report_export, statistics
from storage.store import companion_paths
from tests.conftest import PASSPHRASE, new_person


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_case_file_and_its_folder_are_the_owners_alone(tmp_path):
    path = tmp_path / "neu" / "fallakte.db"
    casefile, _ = stores.create_casefile(path, PASSPHRASE)
    with casefile:
        from app.casemanager.casework import Casework
        new_person(Casework(casefile))             # a write: -wal and -shm exist now
        files = [p for p in companion_paths(path) if p.exists()]
        assert len(files) == 4
        assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}
    assert _mode(path.parent) == 0o700


def test_backups_restored_files_and_exports_are_the_owners_alone(cw, tmp_path):
    person = new_person(cw)
    backup = stores.backup(cw.casefile, tmp_path / "sicherung.fallakte-sicherung")
    assert _mode(backup) == 0o600
    result = stores.restore(backup, tmp_path / "zurueck" / "fallakte.db", passphrase=PASSPHRASE)
    with result.casefile:
        assert {p.name: _mode(p) for p in companion_paths(result.casefile.path) if p.exists()} == \
            {p.name: 0o600 for p in companion_paths(result.casefile.path) if p.exists()}
    exported = export_subject_access(cw, person, tmp_path)
    assert [_mode(p) for p in exported] == [0o600, 0o600]
    stores.save_recovery_code(tmp_path / "code.txt", "7KQ2MX-9T27WG-YSW8VJ-J4A32W-G785VC")
    assert _mode(tmp_path / "code.txt") == 0o600


def test_the_ki_store_and_its_reports_are_the_owners_alone(tmp_path):
    registry.create_store(tmp_path / "ki" / "ki.db", PASSPHRASE, tmp_path, "KI", 3)
    assert _mode(tmp_path / "ki" / "ki.db") == 0o600 and _mode(tmp_path / "ki") == 0o700
    with registry.open_store(tmp_path / "ki" / "ki.db", PASSPHRASE) as store:
        report = committee_report.build(statistics.County(store.conn), statistics.Period.parse("2026-Q3"), "KI")
        written = report_export.write(report, "csv", tmp_path / "tabellen") + report_export.write(
            report, "pdf", tmp_path / "bericht.pdf")
    assert {_mode(p) for p in written} == {0o600} and _mode(tmp_path / "tabellen") == 0o700
