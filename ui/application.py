"""Start the desktop app: first-run wizard, unlock, main window; back to unlock on every lock."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core import fault_report, i18n
from app.core.messages import tr
from app.core.paths import APP_NAME, resources_dir
from app.core.stores import CASEFILE, KI_STORE, EncryptedStore
from app.core.version import __version__
from app.ki import registry
from ui.first_run import SUPERVISOR, FirstRunWizard
from ui.main_window import MainWindow
from ui.statistics_window import StatisticsWindow
from ui.unlock import UnlockDialog


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "fallakte.png")))
    i18n.install(str(QSettings().value("language", "de")))
    return app


class Shell(QObject):
    """Which window is up: wizard, unlock dialog or main window."""

    def __init__(self, path: Path, ki_store: Path | None = None) -> None:
        super().__init__()
        self.path = Path(path)
        self.ki_store = Path(ki_store) if ki_store else registry.default_store()
        self.window: MainWindow | StatisticsWindow | None = None
        self.dialog = None
        self.place: dict | None = None   # page, case and tab at the last lock, in memory only

    def start(self, supervisor: bool = False) -> None:
        """The case file if there is one; else the KI store (a supervisor's machine); else set-up."""
        if supervisor:
            self.show_unlock(KI_STORE)
        elif self.path.exists():
            self.show_unlock()
        elif self.ki_store.exists():
            self.show_unlock(KI_STORE)
        else:
            self.dialog = FirstRunWizard(self.path)
            self.dialog.finished_setup.connect(self._set_up)
            self.dialog.show()

    def _set_up(self, role: str, casefile: EncryptedStore | None) -> None:
        if role == SUPERVISOR:
            QMessageBox.information(None, self.tr("KI-Speicher angelegt"), self.tr(
                "Der KI-Speicher und der öffentliche Schlüssel (ki-public.key) liegen jetzt im Datenordner "
                "{folder}. Den Schlüssel erhalten die Case-Manager*innen; bitte jetzt den KI-Speicher "
                "entsperren.").format(folder=self.ki_store.parent))
            self.show_unlock(KI_STORE)
            return
        self.open_main(casefile)

    def show_unlock(self, kind=CASEFILE) -> None:
        if kind is KI_STORE:
            self.dialog = UnlockDialog(self.ki_store, kind=KI_STORE)
            self.dialog.unlocked.connect(self.open_statistics)
        else:
            self.dialog = UnlockDialog(self.path)
            self.dialog.unlocked.connect(self.open_main)
        self.dialog.show()
        self.dialog.passphrase.setFocus()

    def open_statistics(self, store: EncryptedStore) -> None:
        self.window = StatisticsWindow(store)
        self.window.lock_requested.connect(self.lock)
        self._show(self.window, "ki")

    def open_main(self, casefile: EncryptedStore) -> None:
        self.window = MainWindow(casefile)
        self.window.lock_requested.connect(self.lock)
        self.window.language_changed.connect(self.change_language)
        self._show(self.window, "main")
        if self.place is not None:
            self.window.return_to(self.place)
        self.window.sync_controller.start()

    @staticmethod
    def _show(window, name: str) -> None:
        """Where and how large the user left it (screen geometry only, nothing about the file)."""
        geometry = QSettings().value(f"geometry/{name}")
        if geometry is not None:
            window.restoreGeometry(geometry)
        window.show()

    @staticmethod
    def _remember(window, name: str) -> None:
        QSettings().setValue(f"geometry/{name}", window.saveGeometry())

    def lock(self) -> None:
        window, self.window = self.window, None
        if window is None:
            return
        supervisor = isinstance(window, StatisticsWindow)
        casefile = window.store if supervisor else window.casefile
        self._remember(window, "ki" if supervisor else "main")
        if not supervisor:
            self.place = window.place()
        window.teardown()
        window.hide()
        window.deleteLater()
        casefile.close()
        self.show_unlock(KI_STORE if supervisor else CASEFILE)

    def change_language(self, language: str) -> None:
        """Rebuild the main window in the new language; the case file stays open."""
        i18n.install(language)
        old, self.window = self.window, None
        casefile = old.casefile
        self._remember(old, "main")
        self.place = old.place()
        old.teardown()
        old.hide()
        old.deleteLater()
        self.open_main(casefile)


_faults: list[QMessageBox] = []   # keeps open fault dialogs alive


def show_fault(exc: BaseException) -> QMessageBox:
    """A fault nobody caught (an unguarded slot): say so in words and keep a report without
    personal data in the data folder, shown under "Details" to copy into a support request."""
    text = fault_report.report(exc)
    try:
        saved = tr("Ein Fehlerbericht ohne personenbezogene Daten steht in {path}; »Details« zeigt ihn zum "
                   "Kopieren.").format(path=fault_report.write_log(text))
    except Exception:   # the report must never hide the fault itself
        saved = tr("Der Fehlerbericht konnte nicht gespeichert werden.")
    if _faults:   # one dialog at a time: a fault that repeats (a timer, painting) is logged, not shown again
        return _faults[0]
    said = tr("In Fallakte ist ein Fehler aufgetreten ({kind}). Alles bis zur letzten gespeicherten Änderung "
              "bleibt erhalten; bitte die letzte Eingabe prüfen.").format(kind=type(exc).__name__)
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Fallakte"), said + "\n\n" + saved,
                      parent=QApplication.activeWindow())
    box.setDetailedText(text)
    box.finished.connect(lambda: _faults.remove(box))
    _faults.append(box)
    box.open()
    return box


def install_fault_handler() -> None:
    def hook(kind, exc, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
        else:
            show_fault(exc)
    sys.excepthook = hook


def debian_package(soname: str) -> str:
    """The Debian/Ubuntu package that ships a library: libxcb-cursor.so.0 → libxcb-cursor0,
    libxkbcommon-x11.so.0 → libxkbcommon-x11-0 (a dash where the name ends in a digit)."""
    base, _, version = soname.partition(".so.")
    return base + ("-" if base[-1].isdigit() else "") + version


def missing_system_packages(platform: str = sys.platform, environ=os.environ, ldd=None) -> list[str]:
    """What Qt's X11 platform plugin (the default on Linux desktops) needs and does not find, as
    packages to install; PySide6's wheels do not bring these, and Qt would abort with a message about
    plugins. Empty where not Linux, where no X11 window is wanted, or where it cannot be told."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM", "xcb").split(":")[0] != "xcb":
        return []
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if ldd is None:
        if not plugin.exists() or shutil.which("ldd") is None:
            return []
        ldd = lambda path: subprocess.run(["ldd", str(path)], capture_output=True, text=True,  # noqa: E731
                                          timeout=20).stdout
    return sorted({debian_package(line.split()[0]) for line in ldd(plugin).splitlines() if "not found" in line})


def run_gui(casefile: Path, ki_store: Path | None = None, supervisor: bool = False) -> int:
    missing = missing_system_packages()
    if missing:   # German and English in one line: Qt, and so its translations, cannot start
        packages = " ".join(missing)
        print(f"Fallakte braucht die Systempakete {packages}: sudo apt install {packages} / "
              f"Fallakte needs the system packages {packages}: sudo apt install {packages}", file=sys.stderr)
        return 1
    app = application()
    install_fault_handler()
    shell = Shell(casefile, ki_store)
    shell.start(supervisor)
    return app.exec()
