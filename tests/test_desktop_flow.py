"""A day's casework through the real widgets: first run, unlock, recovery, person, case, contact
by keyboard, referral on *Heute*, validation in place, auto-lock."""

from datetime import date

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.core import stores
from storage.store import EncryptedStore
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE
from tests.test_main_window import visible_text
from ui.application import Shell
from ui.first_run import FirstRunWizard
from ui.forms import FormDialog
from ui.unlock import UnlockDialog


def on_next_dialog(qtbot, action):
    """Run ``action(dialog)`` on the next modal dialog that opens (dialogs block in exec()). If the
    action fails, the dialog is closed so the test fails instead of hanging; the error is re-raised
    by ``check_dialogs``."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        try:
            action(dialog)
        except BaseException as exc:  # noqa: BLE001 - carried to the test
            ERRORS.append(exc)
        if dialog.isVisible():
            ERRORS.append(AssertionError(f"dialog still open: {dialog.windowTitle()} {getattr(dialog, 'error', None) and dialog.error.text()}"))
            dialog.reject()

    QTimer.singleShot(0, poll)


ERRORS: list[BaseException] = []


def check_dialogs():
    if ERRORS:
        error = ERRORS[0]
        ERRORS.clear()
        raise error


def fill(dialog: FormDialog, **values):
    for name, value in values.items():
        widget = dialog.widgets[name]
        if hasattr(widget, "findData") and widget.findData(value) >= 0:
            widget.setCurrentIndex(widget.findData(value))
        elif hasattr(widget, "setChecked"):
            widget.setChecked(value)
        elif hasattr(widget, "setValue"):
            widget.setValue(value)
        else:
            widget.setText(value)


def test_first_run_creates_the_case_file_and_shows_the_recovery_code_once(qtbot, casefile_path, tmp_path, monkeypatch):
    wizard = FirstRunWizard(casefile_path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.passphrase_page
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE + "x")
    wizard.next()
    assert "stimmen nicht überein" in page.error.text() and not casefile_path.exists()
    page.repeat.setText(PASSPHRASE)
    assert page.hint.text() == "Gut."
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=20000)
    code = wizard.recovery_page.code.text()
    assert len(code) == 34 and casefile_path.exists()
    assert not wizard.recovery_page.isComplete()           # must confirm it was stored
    saved = tmp_path / "code.txt"
    monkeypatch.setattr("ui.first_run.QFileDialog.getSaveFileName", lambda *a, **k: (str(saved), ""))
    wizard.recovery_page.save_button.click()
    assert code in saved.read_text(encoding="utf-8")
    wizard.recovery_page.stored.setChecked(True)
    with qtbot.waitSignal(wizard.finished_setup) as signal:
        wizard.accept()
    role, casefile = signal.args
    assert role == "fallarbeit" and isinstance(casefile, EncryptedStore)
    casefile.close()
    EncryptedStore.open_with_recovery_code(casefile_path, code).close()


def test_unlock_with_a_wrong_then_the_right_passphrase(qtbot, created):
    path, _ = created
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "falsch-falsch-falsch")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20000)
    assert "Passphrase ist falsch" in dialog.error.text()
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=20000) as signal:
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    signal.args[0].close()


def test_forgotten_passphrase_recovery_flow(qtbot, created):
    path, code = created
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.forgot_button.click()
    dialog.code.setText(code[:-1] + ("0" if code[-1] != "0" else "1"))
    dialog.new_passphrase.setText(NEW_PASSPHRASE)
    dialog.repeat.setText(NEW_PASSPHRASE)
    dialog.recover_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20000)
    assert "Gruppe 5" in dialog.error.text()
    dialog.code.setText(code)
    with qtbot.waitSignal(dialog.unlocked, timeout=20000) as signal:
        dialog.recover_button.click()
    signal.args[0].close()
    EncryptedStore.open(path, NEW_PASSPHRASE).close()


def test_a_days_casework_by_keyboard_and_forms(qtbot, created):
    from ui.main_window import MainWindow

    path, _ = created
    casefile = stores.unlock(path, PASSPHRASE)
    window = MainWindow(casefile)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    cases = window.cases
    window.navigation.setCurrentRow(1)

    # A new person: first an invalid birth date, shown at the field; then valid.
    def person(dialog):
        fill(dialog, family_name="Haddad", given_names="Rania", municipality="senden", birth_date="31.02.1990")
        dialog.try_save()
        assert dialog.isVisible() and "kein gültiges Datum" in dialog.error.text()
        assert dialog.widgets["birth_date"].styleSheet()
        fill(dialog, birth_date="1990")
        dialog.try_save()

    on_next_dialog(qtbot, person)
    cases.new_person()
    check_dialogs()
    view = cases.case_view
    assert "Haddad" in view.title.text() and cases.stack.currentWidget() is view

    on_next_dialog(qtbot, lambda d: (fill(d, purpose="fallarbeit"), d.try_save()))
    view.add_consent()
    check_dialogs()
    on_next_dialog(qtbot, lambda d: (fill(d, intensity="intensiv"), d.try_save()))
    view.open_case()
    check_dialogs()
    assert "Intensives Case Management" in view.case_info.text()

    # A contact with the keyboard alone: Ctrl+N, Tab, type, Space to tick a topic, Enter saves.
    def contact(dialog):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)            # date (today) -> minutes
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.focusWidget(), "45")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)            # -> channel
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)            # -> topics
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)          # tick "Aufenthalt"
        for _ in range(4):                                              # -> language, minutes, cost, note
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.focusWidget(), "Termin bei der ABH vorbereitet")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    window.navigation.setCurrentRow(1)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.setFocus()
    on_next_dialog(qtbot, contact)
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    check_dialogs()
    assert view.contacts.rowCount() == 1
    assert view.contacts.item(0, 1).text() == "0:45" and "Aufenthalt" in view.contacts.item(0, 3).text()

    # A referral that passes data on without consent is flagged before it is saved.
    def referral(dialog):
        fill(dialog, partner="jobcenter", discloses_data=True, follow_up_on=date.today().strftime("%d.%m.%Y"))
        dialog.try_save()
        assert "keine Einwilligung" in dialog.error.text()
        fill(dialog, discloses_data=False)
        dialog.try_save()

    on_next_dialog(qtbot, referral)
    view.add_referral()
    check_dialogs()
    assert view.referrals.rowCount() == 1
    window.navigation.setCurrentRow(0)
    assert any(item.kind == "follow_up" for item in window.today.items)
    assert "Jobcenter" in visible_text()
    window.teardown()
    casefile.close()


def test_auto_lock_after_idle_leaves_no_name_on_screen(qtbot, created):
    path, _ = created
    with stores.unlock(path, PASSPHRASE) as cf:
        from app.casemanager.casework import Casework, Person

        Casework(cf).add_person(Person("Zyxwvut", "Unverwechselbar", "olfen"))
    QSettings().setValue("idle_minutes", 0.01)      # 0.6 s
    shell = Shell(path)
    shell.start()
    with qtbot.waitSignal(shell.dialog.unlocked, timeout=20000):
        shell.dialog.passphrase.setText(PASSPHRASE)
        shell.dialog.try_unlock()
    shell.window.navigation.setCurrentRow(1)
    assert "Zyxwvut" in visible_text()
    qtbot.waitUntil(lambda: shell.window is None, timeout=10000)
    assert isinstance(shell.dialog, UnlockDialog) and shell.dialog.isVisible()
    text = visible_text()
    assert "Zyxwvut" not in text and "Unverwechselbar" not in text
    QSettings().setValue("idle_minutes", 5)
    shell.dialog.close()


def test_switching_to_english_changes_the_visible_labels(qtbot, created):
    path, _ = created
    shell = Shell(path)
    shell.start()
    with qtbot.waitSignal(shell.dialog.unlocked, timeout=20000):
        shell.dialog.passphrase.setText(PASSPHRASE)
        shell.dialog.try_unlock()
    window = shell.window
    assert window.navigation.item(0).text() == "Heute"
    settings = window.settings
    settings.language.setCurrentIndex(settings.language.findData("en"))
    settings.save()
    english = shell.window
    assert english is not window
    assert [english.navigation.item(i).text() for i in range(4)] == ["Today", "Cases", "Appointments", "Time log"]
    assert english.cases.search.placeholderText().startswith("Search")
    english.settings.language.setCurrentIndex(english.settings.language.findData("de"))
    english.settings.save()
    assert shell.window.navigation.item(0).text() == "Heute"
    shell.lock()
    shell.dialog.close()


def test_subject_access_and_deletion_from_the_case_view(qtbot, cw, tmp_path, monkeypatch):
    from app.casemanager.casework import Person
    from ui.case_view import CaseView

    person_id = cw.add_person(Person("Löschbar", "Lena", "olfen"))
    view = CaseView(cw)
    qtbot.addWidget(view)
    view.show_person(person_id)
    monkeypatch.setattr("ui.case_view.QFileDialog.getExistingDirectory", lambda *a, **k: str(tmp_path))
    view.export_subject_access()
    assert list(tmp_path.glob("auskunft-*.pdf")) and "Auskunft geschrieben" in view.case_info.text()
    monkeypatch.setattr("ui.case_view.QMessageBox.question", lambda *a, **k: __import__(
        "PySide6.QtWidgets", fromlist=["QMessageBox"]).QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(view.back):
        view.delete_person()
    assert cw.conn.execute("SELECT count(*) FROM person").fetchone() == (0,)
    assert view.title.text() == ""
