"""The case manager's main window: navigation on the left, one page at a time. It locks on Ctrl+L,
after the idle time, and when the system's session locks or the laptop suspends (where the platform
reports it); locking closes the database and clears every view."""

from __future__ import annotations

import ctypes
import errno
import os
import sys
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import SLOT, QEvent, QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from app.casemanager.appointments import Appointments
from app.casemanager.casework import Casework
from app.core import stores
from app.core.messages import describe
from app.core.stores import EncryptedStore
from app.core.validation import ValidationError
from app.core.version import __version__
from ui.appointments import WeekPage
from ui.handbook import HandbookDialog
from ui.jobs import run_job
from ui.pages import CasesPage, SettingsPage, TimePage, TodayPage, events_page, observations_page
from ui.sync_page import SyncController, SyncPage

INPUT_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
                QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    """Fires ``idle`` after ``minutes`` without keyboard, mouse or touch input anywhere in the app."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.start()

    def eventFilter(self, obj, event) -> bool:
        if event.type() in INPUT_EVENTS:
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)


class SessionWatcher(QObject):
    """Linux: the session's screen saver and logind's suspend, over D-Bus. Windows is handled in
    MainWindow.nativeEvent. Where neither reports, idle time and Ctrl+L remain."""

    locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if not sys.platform.startswith("linux"):
            return
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        session, system = QDBusConnection.sessionBus(), QDBusConnection.systemBus()
        for bus, service, path, interface, name in [
            (session, "", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"),
            (session, "", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged"),
            (system, "org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
             "PrepareForSleep"),
        ]:
            if bus.isConnected():
                bus.connect(service, path, interface, name, self, SLOT("on_signal(bool)"))

    @Slot(bool)
    def on_signal(self, active: bool) -> None:
        if active:
            self.locked.emit()


def _backup(casefile: EncryptedStore, folder: Path, report) -> Path:
    """On the thread pool, with its own connection: the window stays usable while it runs."""
    if not folder.is_dir():   # e.g. the USB stick was pulled since the folder was chosen
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(folder))
    with casefile.reopen() as own:
        return stores.backup(own, folder, report)


WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK = 0x02B1, 0x7
WM_POWERBROADCAST, PBT_APMSUSPEND = 0x0218, 0x4


class MainWindow(QMainWindow):
    lock_requested = Signal()
    language_changed = Signal(str)

    def __init__(self, casefile: EncryptedStore) -> None:
        super().__init__()
        self.casefile = casefile
        self.cw = Casework(casefile)
        self.locked = False
        self.setWindowTitle(self.tr("Fallakte"))
        self.today = TodayPage(self.cw)
        self.cases = CasesPage(self.cw)
        self.week = WeekPage(self.cw)
        self.time = TimePage(self.cw)
        self.events = events_page(self.cw)
        self.observations = observations_page(self.cw)
        self.sync_controller = SyncController(casefile, self)
        self.sync = SyncPage(self.sync_controller)
        self.settings = SettingsPage(self.cw)
        self.pages = [(self.tr("Heute"), self.today), (self.tr("Fälle"), self.cases), (self.tr("Termine"), self.week),
                      (self.tr("Zeiterfassung"), self.time), (self.tr("Veranstaltungen"), self.events),
                      (self.tr("Systembeobachtungen"), self.observations), (self.tr("Synchronisation"), self.sync),
                      (self.tr("Einstellungen"), self.settings)]
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.stack = QStackedWidget()
        for label, page in self.pages:
            self.navigation.addItem(label)
            self.stack.addWidget(page)
        self.navigation.setFixedWidth(self.navigation.sizeHintForColumn(0) + 32)
        self.navigation.currentRowChanged.connect(self._show_page)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.lock_action = QAction(self.tr("&Sperren"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.privacy_action = QAction(self.tr("&Sichtschutz (nur Fallnummern)"), self)
        self.privacy_action.setCheckable(True)
        self.privacy_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.privacy_action.toggled.connect(self.cases.model.set_hide_names)
        self.privacy_action.toggled.connect(self.today.set_hide_names)
        self.privacy_action.toggled.connect(self.week.set_hide_names)
        self.backup_action = QAction(self.tr("Sicherung &erstellen …"), self)
        self.backup_action.triggered.connect(lambda: self.backup())
        self.undo_action = QAction(self.tr("&Rückgängig"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.about_action = QAction(self.tr("Über Fallakte"), self)
        self.about_action.triggered.connect(self.show_about)
        self.handbook_action = QAction(self.tr("&Handbuch"), self)
        self.handbook_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.handbook_action.triggered.connect(self.show_handbook)
        self.search_action = QAction(self.tr("&Suchen"), self)
        self.search_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.search_action.triggered.connect(self.focus_search)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.statusBar().addPermanentWidget(self.progress)
        menu = self.menuBar().addMenu(self.tr("&Fallakte"))
        menu.addAction(self.backup_action)
        menu.addAction(self.lock_action)
        menu.addAction(self.search_action)
        menu.addAction(self.privacy_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Bearbeiten"))
        edit_menu.addAction(self.undo_action)
        edit_menu.aboutToShow.connect(self._name_undo)
        help_menu = self.menuBar().addMenu(self.tr("&Hilfe"))
        help_menu.addAction(self.handbook_action)
        help_menu.addAction(self.about_action)
        for index, (_, page) in enumerate(self.pages):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.go_to_page(i))
            self.addAction(action)

        self.idle = IdleWatcher(float(QSettings().value("idle_minutes", 5)), self)
        self.idle.idle.connect(self.lock_requested)
        self.session = SessionWatcher(self)
        self.session.locked.connect(self.lock_requested)
        self.settings.idle_changed.connect(self.idle.set_minutes)
        self.settings.language_changed.connect(self.language_changed)
        self.settings.case_settings_changed.connect(self.today.invalidate)
        self.today.open_person.connect(self.open_person)
        self.today.open_appointment.connect(self.show_appointment)
        self.today.changed.connect(self.cases.case_view.refresh)
        self.cases.case_view.changed.connect(self.today.invalidate)
        self.week.changed.connect(self.today.invalidate)
        self.week.changed.connect(self.cases.case_view.refresh)
        self.week.open_person.connect(self.open_person)
        # A gentle notice before an appointment while the window is open (lead time in the settings).
        self.notified: set[int] = set()
        self.notice_timer = QTimer(self)
        self.notice_timer.setInterval(60_000)
        self.notice_timer.timeout.connect(lambda: self.check_appointments())
        self.notice_timer.start()
        self.navigation.setCurrentRow(0)
        self._register_session_notifications()
        self.resize(1100, 720)

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        if hasattr(page, "refresh") and page not in (self.cases, self.today):   # Heute: once per change
            page.refresh()

    def go_to_page(self, row: int) -> None:
        """Ctrl+1…7: always that page; Fälle shows its list even when a case was open."""
        self.navigation.setCurrentRow(row)
        if self.pages[row][1] is self.cases:
            self.cases.show_list()

    def focus_search(self) -> None:
        self.go_to_page(1)
        self.cases.search.setFocus()
        self.cases.search.selectAll()

    def place(self) -> dict:
        """Where the user is (page, open case, tab), so unlocking can return there. Kept in memory
        only, never written: a case's id says whom the user was looking at."""
        view = self.cases.case_view
        in_case = self.cases.stack.currentWidget() is view and view.person_id is not None
        return {"page": self.navigation.currentRow(), "person": view.person_id if in_case else None,
                "tab": view.tab_keys[view.tabs.currentIndex()]}

    def return_to(self, place: dict) -> None:
        self.navigation.setCurrentRow(place["page"])
        if place["person"] is not None:
            try:
                self.cases.show_person(place["person"])
            except ValidationError:   # deleted meanwhile (from the command line): stay on the list
                return
            self.cases.case_view.show_tab(place["tab"])

    def open_person(self, person_id: int, tab: str = "person") -> None:
        self.navigation.setCurrentRow(1)
        self.cases.show_person(person_id)
        self.cases.case_view.show_tab(tab)

    def show_appointment(self, appointment_id: int) -> None:
        """The week view with this appointment selected."""
        self.navigation.setCurrentRow(self.stack.indexOf(self.week))
        self.week.select(appointment_id)

    def check_appointments(self, now: datetime | None = None) -> list[int]:
        """Say in the status bar which appointment begins soon, once each; returns their ids."""
        minutes = int(QSettings().value("appointment_notice_minutes", 15))
        due = [r for r in Appointments(self.cw).starting_soon(now or datetime.now(), minutes)
               if r["id"] not in self.notified]
        for row in due:
            self.notified.add(row["id"])
            who = (row["case_number"] if self.privacy_action.isChecked() else f"{row['name']} ({row['case_number']})") \
                if row["person_id"] else self.tr("Informationsveranstaltung")
            self.statusBar().showMessage(self.tr("Gleich: Termin um {start} Uhr, {who}{place}").format(
                start=row["start"], who=who, place=f", {row['place']}" if row["place"] else ""), 15 * 60_000)
        return [r["id"] for r in due]

    def _name_undo(self) -> None:
        step = self.cw.undo_stack.peek()
        self.undo_action.setText(self.tr("&Rückgängig: {what}").format(what=step.what) if step
                                 else self.tr("&Rückgängig"))

    def undo(self) -> None:
        """Ctrl+Z: take back the newest correction since unlocking, and show where it was."""
        try:
            step = self.cw.undo()
        except ValidationError as exc:
            self.statusBar().showMessage(exc.message, 10_000)
            return
        page = {"time_entry": self.time, "info_event": self.events, "observation": self.observations,
                "appointment": self.week}.get(step.kind.table)
        if page is not None:
            self.navigation.setCurrentRow(self.stack.indexOf(page))
            row = (step.before or step.after)["row"]
            if page in (self.time, self.week):
                page.show_week_of(date.fromisoformat(row.get("date") or row["day"]))
            page.refresh()
        elif step.person_id is not None:
            self.open_person(step.person_id)
            self.cases.case_view.show_records(step.kind.table)
        self.cases.model.refresh()
        self.today.invalidate()
        self.statusBar().showMessage(self.tr("Rückgängig gemacht: {what}").format(what=step.what), 10_000)

    def backup(self, folder: Path | None = None) -> None:
        """Write a verified backup into a folder (asked for when not given), off the UI thread."""
        settings = QSettings()
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Ordner für die Sicherung wählen"),
                                                      str(settings.value("backup/folder", "")))
            if not chosen:
                return
            folder = Path(chosen)
        settings.setValue("backup/folder", str(folder))
        self.backup_action.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.statusBar().showMessage(self.tr("Sicherung wird geschrieben …"))
        run_job(lambda report: _backup(self.casefile, folder, report), self._backed_up, self._backup_failed,
                on_progress=self._backup_progress)

    def _backup_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _backup_finished(self) -> bool:
        """False when the window was locked meanwhile: the backup is written, nothing is shown."""
        if self.locked:
            return False
        self.progress.setVisible(False)
        self.backup_action.setEnabled(True)
        return True

    def _backed_up(self, written: Path) -> None:
        if self._backup_finished():
            self.statusBar().showMessage(self.tr("Sicherung gespeichert: {path}").format(path=written))

    def _backup_failed(self, exc: Exception) -> None:
        if self._backup_finished():
            message = describe(exc)
            self.statusBar().showMessage(message)
            QMessageBox.warning(self, self.tr("Fallakte"), message)

    def teardown(self) -> None:
        """On lock: stop background work and forget every row shown."""
        self.locked = True
        self.idle.stop()
        self.notice_timer.stop()
        self.sync_controller.stop()
        self.cases.forget()
        self.today.clear()
        self.week.clear()
        for table in (self.time.table, self.time.entries, self.events.table, self.observations.table):
            table.setRowCount(0)
        self.cw.undo_stack.clear()

    def about_text(self) -> str:
        return self.tr("Fallakte {version}\nVerschlüsselte Fallakte für das Kommunale Integrationsmanagement.").format(
            version=__version__)

    def show_handbook(self) -> None:
        HandbookDialog(self).show()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("Über Fallakte"), self.about_text())

    # -- Windows: session lock and suspend ---------------------------------------------------------
    def _register_session_notifications(self) -> None:
        if sys.platform == "win32":
            try:
                ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(self.winId()), 0)
            except (AttributeError, OSError):
                pass

    def nativeEvent(self, event_type, message):
        if sys.platform == "win32" and event_type == b"windows_generic_MSG":
            from ctypes import wintypes

            msg = wintypes.MSG.from_address(int(message))
            if (msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK) or \
                    (msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND):
                self.lock_requested.emit()
        return super().nativeEvent(event_type, message)
