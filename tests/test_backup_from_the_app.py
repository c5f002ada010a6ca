"""*Fallakte → Sicherung erstellen …*: a verified backup written off the UI thread, with progress,
that restores to the same persons; a folder that is gone is reported and nothing is written."""

from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core import stores
from storage.store import EncryptedStore
from tests.conftest import PASSPHRASE, new_person
from tests.test_main_window import make_window


def test_a_backup_from_the_menu_restores_to_the_same_persons(qtbot, cw, tmp_path, monkeypatch):
    new_person(cw, "Haddad", "Rania")
    new_person(cw, "Petrenko", "Olena")
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window = make_window(qtbot, cw)
    assert window.backup_action in window.menuBar().actions()[0].menu().actions()

    window.backup_action.trigger()
    assert window.progress.isVisible() and not window.backup_action.isEnabled()
    qtbot.waitUntil(lambda: window.backup_action.isEnabled(), timeout=10_000)

    [written] = folder.glob("*.fallakte-sicherung")
    assert "Sicherung gespeichert" in window.statusBar().currentMessage()
    assert not window.progress.isVisible()
    restored = tmp_path / "restored.fallakte"
    stores.restore(written, restored, passphrase=PASSPHRASE)
    with EncryptedStore.open(restored, PASSPHRASE) as copy:
        names = {r[0] for r in copy.conn.execute("SELECT family_name FROM person")}
    assert names == {"Haddad", "Petrenko"}
    window.teardown()


def test_a_folder_that_is_gone_is_reported_and_nothing_is_written(qtbot, cw, tmp_path, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    window = make_window(qtbot, cw)
    gone = tmp_path / "stick" / "sicherungen"
    gone.parent.mkdir()

    window.backup(gone)
    qtbot.waitUntil(lambda: window.backup_action.isEnabled(), timeout=10_000)

    assert warned and str(gone) in warned[0] and "nicht erreichbar" in warned[0]
    assert list(gone.parent.iterdir()) == []
    window.teardown()


def test_a_backup_finishing_after_the_lock_shows_nothing(qtbot, cw, tmp_path):
    window = make_window(qtbot, cw)
    window.backup(tmp_path)
    window.teardown()   # locked while the backup runs
    qtbot.waitUntil(lambda: any(tmp_path.glob("*.fallakte-sicherung")), timeout=10_000)
    qtbot.wait(50)
    assert "Sicherung gespeichert" not in window.statusBar().currentMessage()
