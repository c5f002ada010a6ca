"""A fault in the program is never silent: the user reads what happened, and a report without
personal data is kept in the data folder for support."""

from __future__ import annotations

import stat
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core import fault_report, paths
from ui import application
from ui.jobs import run_job

NAME = "Özdemir Ayşe"


def _log_text() -> str:
    return (paths.app_data_dir() / fault_report.LOG_NAME).read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_a_failing_slot_shows_a_message_and_keeps_a_report_without_personal_data(qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)   # restored after the test
    application.install_fault_handler()

    def save_person() -> None:
        raise ValueError(f"kaputt bei {NAME}")

    QTimer.singleShot(0, save_person)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert "Fehler aufgetreten (ValueError)" in box.text() and "Fehlerbericht" in box.text()
    assert "save_person" in box.detailedText() and "ValueError" in box.detailedText()
    log = paths.app_data_dir() / fault_report.LOG_NAME
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert "save_person" in _log_text()
    assert "Özdemir" not in box.detailedText() + box.text() + _log_text()
    box.done(0)


def test_a_fault_in_a_background_job_is_reported_and_logged(qtbot):
    failures = []
    run_job(lambda: {}["Ayşe"], lambda _: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], KeyError)
    assert "KeyError" in _log_text() and "Ayşe" not in _log_text()


def test_the_log_keeps_only_the_newest_reports(tmp_path):
    for n in range(400):
        fault_report.write_log(f"Bericht {n:03d} " + "x" * 1000, tmp_path)
    text = (tmp_path / fault_report.LOG_NAME).read_text(encoding="utf-8")
    assert len(text.encode()) <= fault_report.MAX_LOG_BYTES + 4 and "Bericht 399" in text and "Bericht 000" not in text
