"""The main window: navigation, About box, lock on Ctrl+L and after idle time, screen privacy."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLabel, QLineEdit

from tests.conftest import new_person
from ui.main_window import MainWindow


def visible_text() -> str:
    """Everything a person looking at the screen could read."""
    parts = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QLabel), *top.findChildren(QLineEdit)]:
            if widget.isVisible():
                parts.append(widget.text() if hasattr(widget, "text") else "")
        for view in top.findChildren(QAbstractItemView):
            if isinstance(view, QHeaderView):
                continue
            model = view.model()
            if view.isVisible() and model is not None:
                parts.extend(_rows_text(model, QModelIndex()))
    return "\n".join(parts)


def _rows_text(model, parent) -> list[str]:
    """Every cell under ``parent``, with the rows of a tree below their parent row."""
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models hide columnCount: one column
        columns = 1
    parts = []
    for r in range(model.rowCount(parent)):
        for c in range(columns):
            parts.append(str(model.index(r, c, parent).data() or ""))
        parts.extend(_rows_text(model, model.index(r, 0, parent)))
    return parts


def make_window(qtbot, cw):
    window = MainWindow(cw.casefile)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_the_navigation_has_every_page(qtbot, cw):
    window = make_window(qtbot, cw)
    labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert labels == ["Heute", "Fälle", "Termine", "Zeiterfassung", "Veranstaltungen", "Systembeobachtungen",
                      "Synchronisation", "Einstellungen"]
    window.teardown()


def test_the_about_box_shows_the_version(qtbot, cw):
    from app.core.version import __version__

    window = make_window(qtbot, cw)
    assert __version__ in window.about_text()
    window.teardown()


def test_ctrl_l_requests_a_lock(qtbot, cw):
    window = make_window(qtbot, cw)
    with qtbot.waitSignal(window.lock_requested, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    window.teardown()


def test_screen_privacy_shows_case_numbers_only(qtbot, cw):
    new_person(cw, "Schneider", "Marta")
    window = make_window(qtbot, cw)
    window.navigation.setCurrentRow(1)
    assert "Schneider" in visible_text()
    window.privacy_action.setChecked(True)
    text = visible_text()
    assert "Schneider" not in text and "Marta" not in text and "F-2026-00001" in text
    window.teardown()


def test_a_locked_session_or_a_suspend_locks_the_app(qtbot):
    from ui.main_window import SessionWatcher

    watcher = SessionWatcher()
    with qtbot.assertNotEmitted(watcher.locked):
        watcher.on_signal(False)          # screen saver ended / resumed: nothing to do
    with qtbot.waitSignal(watcher.locked, timeout=1000):
        watcher.on_signal(True)           # screen locked / about to sleep
