"""Keyboard and place (issue 15): Ctrl+F searches, Ctrl+1…7 always switch pages (Ctrl+2 back to the
list from a case), unlocking returns to the same page, case and tab, the window keeps its size and
place; and in English no German word is left on any page."""

import re
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTabWidget,
    QTreeWidget,
)

from app.core import i18n
from tests.conftest import PASSPHRASE, person_with_case
from tests.test_main_window import make_window
from ui.application import Shell


def _unlock(qtbot, shell):
    with qtbot.waitSignal(shell.dialog.unlocked, timeout=20000):
        shell.dialog.passphrase.setText(PASSPHRASE)
        shell.dialog.try_unlock()
    return shell.window


def test_ctrl_f_goes_to_the_search_and_ctrl_2_back_to_the_list_from_a_case(qtbot, cw):
    person, _ = person_with_case(cw, family="Schneider", given="Marta")
    window = make_window(qtbot, cw)
    window.open_person(person, "kontakte")
    assert window.cases.stack.currentWidget() is window.cases.case_view
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.cases.stack.currentIndex() == 0 and window.navigation.currentRow() == 1
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.navigation.currentRow() == 2
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.navigation.currentRow() == 1 and window.cases.search.hasFocus()
    qtbot.keyClicks(window.cases.search, "Schnei")
    qtbot.waitUntil(lambda: window.cases.model.total == 1)
    qtbot.keyClicks(window.cases.search, "r")   # locked before the search ran: it must not run on a closed file
    window.teardown()
    cw.casefile.close()
    qtbot.wait(300)


def test_unlocking_returns_to_the_same_page_case_and_tab_and_the_window_keeps_its_place(qtbot, created):
    path, _ = created
    from app.casemanager.casework import Casework
    from app.core import stores

    with stores.unlock(path, PASSPHRASE) as cf:
        person, _ = person_with_case(Casework(cf), family="Nowak", given="Ewa")
    shell = Shell(path)
    shell.start()
    window = _unlock(qtbot, shell)
    window.open_person(person, "verweisungen")
    window.setGeometry(140, 120, 1000, 650)
    size = window.size()
    shell.lock()
    assert shell.window is None
    again = _unlock(qtbot, shell)
    view = again.cases.case_view
    assert again.navigation.currentRow() == 1 and again.cases.stack.currentWidget() is view
    assert view.person_id == person and view.tabs.tabText(view.tabs.currentIndex()) == "Verweisungen"
    assert again.size() == size
    assert QSettings().value("geometry/main") is not None
    again.go_to_page(4)
    shell.lock()
    assert _unlock(qtbot, shell).navigation.currentRow() == 4
    shell.lock()
    shell.dialog.close()


def _texts(window) -> set[str]:
    """Every word a person can read in the window: pages, tabs, buttons, labels, headers, menus."""
    out = set()
    for page in range(window.stack.count()):
        window.navigation.setCurrentRow(page)
    widgets = [window, *window.findChildren(QLabel), *window.findChildren(QAbstractButton),
               *window.findChildren(QGroupBox)]
    for w in widgets:
        for text in (getattr(w, "text", lambda: "")(), getattr(w, "title", lambda: "")(), w.toolTip(),
                     w.accessibleName()):
            out.add(text)
    for edit in window.findChildren(QLineEdit):
        out.add(edit.placeholderText())
    for tabs in window.findChildren(QTabWidget):
        out.update(tabs.tabText(i) for i in range(tabs.count()))
    for lst in window.findChildren(QListWidget):
        out.update(lst.item(i).text() for i in range(lst.count()))
    for table in [*window.findChildren(QTableWidget), *window.findChildren(QTreeWidget)]:
        header = table.horizontalHeaderItem if isinstance(table, QTableWidget) else None
        if header:
            out.update(header(c).text() for c in range(table.columnCount()) if header(c))
        else:
            out.update(table.headerItem().text(c) for c in range(table.columnCount()))
    for menu in window.menuBar().actions():
        out.add(menu.text())
        out.update(a.text() for a in menu.menu().actions())
    return {t.replace("&", "") for t in out if t}


def _untranslated() -> set[str]:
    """German source texts whose English differs: seen in the English window, they were never translated."""
    ts = (Path(__file__).parent.parent / "resources" / "translations" / "fallakte_en.ts").read_text(encoding="utf-8")
    pairs = re.findall(r"<source>(.*?)</source>\s*<translation>(.*?)</translation>", ts, re.S)
    unescape = lambda t: t.replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'").replace(  # noqa: E731
        "&quot;", '"').replace("&amp;", "&").replace("&", "")
    return {unescape(s) for s, t in pairs if unescape(s) != unescape(t)}


def test_in_english_no_page_shows_a_german_word(qtbot, cw):
    i18n.install("en")
    try:
        person, _ = person_with_case(cw)
        window = make_window(qtbot, cw)
        window.open_person(person)
        seen = _texts(window)
        window.teardown()
    finally:
        i18n.install("de")
    german = seen & _untranslated()
    assert not german, sorted(german)
    assert {"Today", "Cases", "Time log", "Handbook", "Privacy screen (case numbers only)"} <= seen


def test_f1_opens_the_handbook_in_the_users_language(qtbot, cw):
    from PySide6.QtWidgets import QApplication

    from ui.handbook import HandbookDialog

    window = make_window(qtbot, cw)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HandbookDialog) and w.isVisible())
    text = dialog.browser.toPlainText()
    assert "Die ersten Schritte" in text and "Passphrase vergessen?" in text and "Sicherung" in text
    dialog.close()
    window.teardown()
    i18n.install("en")
    try:
        english = HandbookDialog()
        assert "First steps" in english.browser.toPlainText() and english.windowTitle() == "Handbook"
    finally:
        i18n.install("de")
