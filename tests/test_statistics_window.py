"""The KI supervisor's window, driven like a supervisor would: import the share with progress, read
county figures per period beside their charts, spot silent devices, enrol and revoke, save the report."""

import os
import re
import sys
import shutil
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.ki import committee_report, demo_county, importer, registry, statistics
from tests.conftest import PASSPHRASE, TODAY
from ui.statistics_window import SILENT_BRUSH, StatisticsWindow


@pytest.fixture(scope="module")
def county_files(tmp_path_factory):
    """A KI store with twelve enrolled demo devices and their bundles waiting in a share."""
    from app.casemanager import sync_service
    tmp = tmp_path_factory.mktemp("ki-window")
    registry.create_store(tmp / "ki.db", PASSPHRASE, tmp, "KI Kreis Coesfeld", 3)
    (tmp / "ablage").mkdir()
    laptops = demo_county.case_files(tmp, (tmp / "ki-public.key").read_bytes(), tmp / "ablage", 40, today=TODAY,
                                 passphrase=PASSPHRASE)
    with registry.open_store(tmp / "ki.db", PASSPHRASE) as store:
        demo_county.enrol_and_sync(store, laptops, tmp / "ablage")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    sync_service.configure(laptops[0], device_name="KIM Neu", municipalities=["olfen"])
    (tmp / "neu.anmeldung").write_bytes(sync_service.enrol_request(laptops[0]))
    for cw in laptops:
        cw.casefile.close()
    return tmp


@pytest.fixture
def window(qtbot, tmp_path, county_files):
    for name in ("ki.db", "ki.db.keys", "neu.anmeldung"):
        shutil.copy(county_files / name, tmp_path / name)
    shutil.copytree(county_files / "ablage", tmp_path / "ablage")
    store = registry.open_store(tmp_path / "ki.db", PASSPHRASE)
    win = StatisticsWindow(store)
    qtbot.addWidget(win)
    yield win
    win.teardown()
    store.close()


def _says(dialog, text):
    from PySide6.QtWidgets import QLabel

    return any(text in label.text() for label in dialog.findChildren(QLabel))


def _import(qtbot, window, folder):
    window.import_folder(folder)
    qtbot.waitUntil(lambda: window.import_button.isEnabled(), timeout=30000)
    _shown(qtbot, window)


def _shown(qtbot, window):
    """Tables are shown one per event-loop turn, so the window stays responsive."""
    qtbot.waitUntil(lambda: not window.pending_tables)


def _grid_text(window, key):
    _, grid = window.table_views[key]
    return [[grid.item(r, c).text() for c in range(grid.columnCount())] for r in range(grid.rowCount())]


def test_importing_the_share_shows_county_figures_beside_their_charts(qtbot, window, tmp_path):
    assert "Noch keine Sendungen" in window.summary.text()
    assert window.period.count() == 0

    _import(qtbot, window, tmp_path / "ablage")

    assert "12 neu, 0 aktualisiert, 0 übergangen, 0 abgelehnt" in window.statusBar().currentMessage()
    assert window.progress.maximum() == 12 and window.progress.value() == 12
    assert importer.pending_files(tmp_path / "ablage") == []   # counted, so deleted from the share
    assert not (tmp_path / "ablage" / importer.IMPORTED_DIR).exists()
    assert window.period.currentText() == "3. Quartal 2026"   # the newest quarter with all its figures (Q4 has only October)
    expected = committee_report.table_rows(next(t for t in statistics.tables(
        statistics.County(window.store.conn), statistics.Period.parse("2026-Q3")) if t.key == "personen_nach_kommune"))[1:]
    rows = _grid_text(window, "personen_nach_kommune")
    assert rows == expected and rows[-1][0] == "Kreis Coesfeld"
    chart, _ = window.table_views["personen_nach_kommune"]
    assert chart.chart().series() and chart.chart().series()[0].count() == 3   # one bar set per intensity
    assert "begleiteten die KIM-Case-Manager*innen" in window.summary.text()


def test_choosing_another_period_shows_its_figures(qtbot, window, tmp_path):
    _import(qtbot, window, tmp_path / "ablage")
    before = _grid_text(window, "faelle")
    window.period.setCurrentIndex(window.period.findData("2025"))
    _shown(qtbot, window)
    after = _grid_text(window, "faelle")
    assert after != before
    assert window.tabs.count() == 1 + len(window.table_views)


def test_a_device_silent_for_more_than_30_days_is_marked(qtbot, window, tmp_path):
    _import(qtbot, window, tmp_path / "ablage")
    long_ago = (datetime.now(timezone.utc) - timedelta(days=45)).isoformat(timespec="seconds")
    window.store.conn.execute("UPDATE device_state SET created_at = ? WHERE device_id = "
                              "(SELECT device_id FROM device ORDER BY name LIMIT 1)", (long_ago,))
    window.refresh()
    statuses = [window.devices.item(r, 4).text() for r in range(window.devices.rowCount())]
    assert statuses.count("still") == 1 and window.devices.item(0, 3).text() == "45"
    assert window.devices.item(0, 0).background() == SILENT_BRUSH
    assert window.devices.item(1, 0).background() != SILENT_BRUSH
    places = [window.devices.item(r, 1).text() for r in range(window.devices.rowCount())]
    assert "Dülmen" in " ".join(places) and not any(re.search(r"\b[a-z]+\b", p) for p in places)   # names, no codes
    last = window.devices.item(0, 2).text()
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", last), last   # local time, as people read it


class Answers:
    """Stands in for the user at every question box: records the question, gives ``reply``."""

    def __init__(self, monkeypatch) -> None:
        self.asked: list[str] = []
        self.reply = QMessageBox.StandardButton.No
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _question(self, parent, title, text, *args):
        self.asked.append(text)
        return self.reply


def _device_names(window) -> list[str]:
    return [window.devices.item(r, 0).text() for r in range(window.devices.rowCount())]


def test_enrolling_asks_to_compare_the_fingerprint_and_revoking_asks_first(qtbot, window, tmp_path, monkeypatch):
    answers = Answers(monkeypatch)
    answers.reply = QMessageBox.StandardButton.No
    window.enrol(tmp_path / "neu.anmeldung")
    assert "Fingerabdruck:" in answers.asked[-1] and window.devices.rowCount() == 12
    answers.reply = QMessageBox.StandardButton.Yes
    window.enrol(tmp_path / "neu.anmeldung")
    names = _device_names(window)
    assert "KIM Neu" in names
    window.devices.selectRow(names.index("KIM Neu"))
    window.revoke_selected()
    row = _device_names(window).index("KIM Neu")
    assert window.devices.item(row, 4).text() == "gesperrt"


def test_a_damaged_enrol_file_is_refused_with_a_message(qtbot, window, tmp_path, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    (tmp_path / "kaputt.anmeldung").write_bytes(b"{kaputt")
    window.enrol(tmp_path / "kaputt.anmeldung")
    assert warned and "beschädigt" in warned[0] and window.devices.rowCount() == 12


def test_the_report_is_saved_off_the_ui_thread(qtbot, window, tmp_path):
    _import(qtbot, window, tmp_path / "ablage")
    window.save_report(tmp_path / "bericht.pdf", "pdf")
    assert not window.report_button.isEnabled()   # the figures are worked out on a worker, then the charts
    qtbot.waitUntil(lambda: window.progress.maximum() > 10 or window.report_button.isEnabled(), timeout=60000)
    assert window.progress.maximum() > 10   # one step per chart
    qtbot.waitUntil(lambda: window.report_button.isEnabled(), timeout=60000)
    assert "Gespeichert" in window.statusBar().currentMessage()
    assert (tmp_path / "bericht.pdf").read_bytes().startswith(b"%PDF")


def test_an_unreachable_share_is_reported_and_nothing_changes(qtbot, window, tmp_path, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    _import(qtbot, window, tmp_path / "nicht-da")
    assert warned and "nicht erreichbar" in warned[0]
    assert window.period.count() == 0


def test_a_supervisors_machine_opens_the_ki_store_and_locks_back_to_it(qtbot, tmp_path, county_files):
    from ui.application import Shell

    for name in ("ki.db", "ki.db.keys"):
        shutil.copy(county_files / name, tmp_path / name)
    shell = Shell(tmp_path / "keine-falldatei.db", tmp_path / "ki.db")
    shell.start()
    assert _says(shell.dialog, "KI-Speicher: ") and shell.dialog.windowTitle() == "KI-Speicher entsperren"
    shell.dialog.passphrase.setText("falsch falsch falsch")
    shell.dialog.try_unlock()
    qtbot.waitUntil(lambda: shell.dialog.pages.isEnabled(), timeout=20000)
    assert "Passphrase" in shell.dialog.error.text() and shell.window is None
    shell.dialog.passphrase.setText(PASSPHRASE)
    shell.dialog.try_unlock()
    qtbot.waitUntil(lambda: isinstance(shell.window, StatisticsWindow), timeout=20000)
    store = shell.window.store
    shell.window.lock_action.trigger()
    assert shell.window is None and store.conn is None and _says(shell.dialog, "KI-Speicher: ")
    shell.dialog.close()


def test_re_enrolling_a_revoked_device_warns_and_reinstates_only_on_yes(qtbot, window, tmp_path, monkeypatch):
    answers = Answers(monkeypatch)
    answers.reply = QMessageBox.StandardButton.Yes
    window.enrol(tmp_path / "neu.anmeldung")
    names = _device_names(window)
    window.devices.selectRow(names.index("KIM Neu"))
    window.revoke_selected()
    assert "Zahlen" in answers.asked[-1]                                          # asked whether to remove its figures
    answers.reply = QMessageBox.StandardButton.No
    window.enrol(tmp_path / "neu.anmeldung")
    assert "gesperrt" in answers.asked[-1]
    row = _device_names(window).index("KIM Neu")
    assert window.devices.item(row, 4).text() == "gesperrt"              # "No": stays revoked
    answers.reply = QMessageBox.StandardButton.Yes
    window.enrol(tmp_path / "neu.anmeldung")
    row = _device_names(window).index("KIM Neu")
    assert window.devices.item(row, 4).text() != "gesperrt"


def test_a_county_that_keeps_its_files_ticks_one_box_and_finds_them_in_importiert(qtbot, window, tmp_path):
    assert not window.keep_files.isChecked()   # by default the KI keeps no file it has counted
    qtbot.mouseClick(window.keep_files, Qt.MouseButton.LeftButton)

    _import(qtbot, window, tmp_path / "ablage")

    assert len(os.listdir(tmp_path / "ablage" / importer.IMPORTED_DIR)) == 12
    window.refresh()
    assert window.keep_files.isChecked()   # stored in the KI store, not only in the window


def test_a_device_revoked_while_an_import_reads_the_figures_stays_out_of_them(qtbot, window, tmp_path, monkeypatch):
    import threading

    import ui.statistics_window as statistics_window

    real, read, revoked = statistics_window.statistics.read_tables, threading.Event(), threading.Event()

    def slow_read(conn):   # the worker has read the figures; the supervisor revokes before they arrive
        tables = real(conn)
        read.set()
        revoked.wait(30)
        return tables

    monkeypatch.setattr(statistics_window.statistics, "read_tables", slow_read)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.import_folder(tmp_path / "ablage")
    qtbot.waitUntil(read.is_set, timeout=60000)
    window.devices.setCurrentCell(0, 0)
    device = window.devices.item(0, 0).data(Qt.ItemDataRole.UserRole)
    window.revoke_selected()
    revoked.set()
    qtbot.waitUntil(lambda: window.import_button.isEnabled(), timeout=60000)
    assert device not in {d for (d,) in window.store.conn.execute("SELECT device_id FROM device_state")}
    assert device not in {d for rows in window.county.tables.values() for _, _, d in rows}


def test_a_fault_while_preparing_the_charts_gives_the_buttons_back(qtbot, window, tmp_path, monkeypatch):
    import ui.statistics_window as statistics_window

    _import(qtbot, window, tmp_path / "ablage")
    faults = []
    monkeypatch.setattr(statistics_window.report_pdf, "chartable", lambda report: 1 / 0)
    monkeypatch.setattr(sys, "excepthook", lambda *exc: faults.append(exc[0]))   # the app shows a fault dialog
    window.save_report(tmp_path / "bericht.pdf", "pdf")
    qtbot.waitUntil(lambda: window.report_button.isEnabled(), timeout=60000)
    assert window.import_button.isEnabled() and faults == [ZeroDivisionError]
    assert not (tmp_path / "bericht.pdf").exists()
