"""Handing cases over in the window (issue 17): Anna selects two cases, chooses Bea's key file, confirms
the fingerprint and writes the file; Bea sees who sent what, confirms Anna's fingerprint and takes the
cases over; Anna reads the receipt and the cases are gone from her file. And back. Real widgets,
driven as a user would, on two real case files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.casemanager import handover
from tests.conftest import TODAY
from tests.handover_helpers import content, fill, make_casefile, opened
from ui.handover_dialogs import HandoverDialog, KeyDialog, ReceiveDialog
from ui.pages import CasesPage
from ui.sync_page import spoken

ERRORS: list[BaseException] = []


def answer(*actions):
    """Run each action on the next modal dialog that opens, in turn (dialogs block in exec())."""
    handled = []

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog in handled:
            QTimer.singleShot(20, poll)
            return
        handled.append(dialog)
        action = actions[len(handled) - 1]
        try:
            action(dialog)
        except BaseException as exc:  # noqa: BLE001 - carried to the test
            ERRORS.append(exc)
        if dialog.isVisible():
            ERRORS.append(AssertionError(f"still open: {dialog.windowTitle()} "
                                         f"{getattr(dialog, 'error', None) and dialog.error.text()}"))
            dialog.reject()
        if len(handled) < len(actions):
            QTimer.singleShot(0, poll)

    QTimer.singleShot(0, poll)


def check():
    if ERRORS:
        error = ERRORS[0]
        ERRORS.clear()
        raise error


@pytest.fixture
def desks(tmp_path, empty_casefile, qtbot):
    template, _ = empty_casefile
    a, b = make_casefile(template, tmp_path / "anna"), make_casefile(template, tmp_path / "bea")
    with opened(a, lambda: TODAY) as anna, opened(b, lambda: TODAY) as bea:
        fill(anna)
        fill(anna, "Аль-Хасан", "Мухаммад", closed=True)
        pages = CasesPage(anna), CasesPage(bea)
        for page in pages:
            qtbot.addWidget(page)
            page.show()
        yield anna, bea, pages, tmp_path


def _write_key(page: CasesPage, target: Path, name: str) -> str:
    messages = []

    def in_dialog(dialog: KeyDialog):
        assert isinstance(dialog, KeyDialog)
        dialog.name.setText(name)
        dialog.target.setText(str(target))
        messages.append(dialog.fingerprint.text())
        dialog.ok_button.click()

    answer(in_dialog, lambda box: box.accept())
    page.handover_key()
    check()
    return messages[0]


def _select_all(page: CasesPage) -> None:
    page.view.selectAll()


def _hand_over(page: CasesPage, key: Path, target: Path, confirm_fingerprint=True, expect_compare=True) -> list[str]:
    seen = []

    def in_dialog(dialog: HandoverDialog):
        assert isinstance(dialog, HandoverDialog)
        dialog.load_key(key)
        seen.append(dialog.fingerprint.text())
        assert dialog.compared.isVisibleTo(dialog) == expect_compare
        dialog.target.setText(str(target))
        if not dialog.own_name.text():
            dialog.own_name.setText("Anna")
        if expect_compare:
            dialog.ok_button.click()            # not yet confirmed: refused in place
            assert dialog.isVisible() and "telefonisch" in dialog.error.text()
            dialog.compared.setChecked(confirm_fingerprint)
        dialog.ok_button.click()

    def message(box: QMessageBox):
        seen.append(box.text())
        box.accept()

    answer(in_dialog, message)
    page.hand_over_button.click()
    check()
    return seen


def _receive(page: CasesPage, path: Path, unknown_sender: str | None) -> list:
    seen = []

    def in_dialog(dialog: ReceiveDialog):
        assert isinstance(dialog, ReceiveDialog)
        if unknown_sender:
            assert dialog.unknown.isVisibleTo(dialog) and not dialog.ok_button.isEnabled()
            assert dialog.sender_fingerprint.text() == unknown_sender
            dialog.compared.setChecked(True)
        seen.append(dialog.sender.text())
        seen.append([[dialog.table.item(r, c).text() for c in range(dialog.table.columnCount())]
                     for r in range(dialog.table.rowCount())])
        dialog.ok_button.click()

    answer(in_dialog)
    page.receive_handover(path)
    check()
    return seen


def _confirm(page: CasesPage, receipt: Path) -> str:
    seen = []
    answer(lambda box: (seen.append(box.text()), box.accept()))
    page.confirm_receipt(receipt)
    check()
    return seen[0]


def test_cases_go_over_and_back_in_the_window(desks):
    anna, bea, (annas, beas), folder = desks
    before = {anna.person(pid).case_number: content(anna, pid) for pid in handover.all_person_ids(anna)}
    fp_bea = _write_key(beas, folder / "bea.fallakte-schluessel", "Bea Beispiel")
    fp_anna = _write_key(annas, folder / "anna.fallakte-schluessel", "Anna Alt")
    assert fp_bea == spoken(handover.own_key(bea).fingerprint)

    assert not annas.hand_over_button.isEnabled()   # nothing selected yet
    _select_all(annas)
    assert annas.hand_over_button.isEnabled()
    shown = _hand_over(annas, folder / "bea.fallakte-schluessel", folder / "x.fallakte-uebergabe")
    assert shown[0] == fp_bea and "Bea Beispiel" in shown[1] and "2 Personen sind als »Übergabe läuft«" in shown[1]
    assert "1 Übergabe wartet auf ihre Quittung" in annas.waiting.text()
    assert "Übergabe läuft" in annas.model.data(annas.model.index(0, 0))
    annas.show_person(handover.all_person_ids(anna)[0])
    assert "Übergabe an Bea Beispiel läuft" in annas.case_view.handover_note.text()
    annas.show_list()

    sender, rows = _receive(beas, folder / "x.fallakte-uebergabe", unknown_sender=fp_anna)
    assert "Von Anna Alt" in sender and "Einwilligung" in sender and "2 Personen werden übernommen" in sender
    assert sorted(r[1] for r in rows) == ["Özdemir", "Аль-Хасан"] and {r[5] for r in rows} == {"neu"}
    assert (folder / "x.fallakte-quittung").exists() and beas.model.total == 2
    beas.show_person(handover.all_person_ids(bea)[0])
    assert "Übernommen von Anna Alt" in beas.case_view.handover_note.text()
    beas.show_list()

    done = _confirm(annas, folder / "x.fallakte-quittung")
    assert "2 Personen aus dieser Falldatei gelöscht" in done and annas.model.total == 0
    assert annas.waiting.text() == ""
    assert "bereits eingelesen" in _confirm(annas, folder / "x.fallakte-quittung")

    # And back, each knowing the other: no fingerprint to compare any more.
    _select_all(beas)
    _hand_over(beas, folder / "anna.fallakte-schluessel", folder / "y.fallakte-uebergabe", expect_compare=False)
    _receive(annas, folder / "y.fallakte-uebergabe", unknown_sender=None)
    assert "2 Personen aus dieser Falldatei gelöscht" in _confirm(beas, folder / "y.fallakte-quittung")
    assert {anna.person(pid).case_number: content(anna, pid) for pid in handover.all_person_ids(anna)} == before
    assert bea.person_count() == 0


def test_a_tampered_file_is_named_in_the_window_and_changes_nothing(desks):
    _anna, bea, (annas, beas), folder = desks
    _write_key(beas, folder / "bea.fallakte-schluessel", "Bea")
    _select_all(annas)
    _hand_over(annas, folder / "bea.fallakte-schluessel", folder / "x.fallakte-uebergabe")
    data = bytearray((folder / "x.fallakte-uebergabe").read_bytes())
    data[-10] ^= 1
    (folder / "bad.fallakte-uebergabe").write_bytes(bytes(data))
    seen = []

    def in_dialog(dialog: ReceiveDialog):
        dialog.compared.setChecked(True)   # the fingerprint was compared; the file is damaged all the same
        seen.append((dialog.error.text(), dialog.ok_button.isEnabled()))
        dialog.reject()

    answer(in_dialog)
    beas.receive_handover(folder / "bad.fallakte-uebergabe")
    check()
    assert seen == [("Die Übergabedatei ist beschädigt oder wurde verändert. Es wurde nichts verändert.", False)]
    assert bea.person_count() == 0 and not (folder / "bad.fallakte-quittung").exists()


def test_the_window_asks_for_the_consent_before_a_handover(desks):
    anna, _bea, (annas, _beas), _folder = desks
    fill(anna, "Rahimi", "Zahra", handover_consent=False)
    annas.model.refresh()
    _select_all(annas)
    seen = []

    def in_dialog(dialog: HandoverDialog):
        seen.append((dialog.consent.text(), dialog.ok_button.isEnabled()))
        dialog.reject()

    answer(in_dialog)
    annas.hand_over_button.click()
    check()
    number = anna.person(handover.all_person_ids(anna)[-1]).case_number
    assert number in seen[0][0] and "Einwilligung" in seen[0][0] and seen[0][1] is False


def test_the_household_goes_along_when_ticked(desks):
    from app.casemanager import households

    anna, _bea, (annas, beas), folder = desks
    mother, child = handover.all_person_ids(anna)
    households.start(anna, mother, "elternteil")
    households.join(anna, mother, anna.person(child).case_number, "kind")
    _write_key(beas, folder / "bea.fallakte-schluessel", "Bea")
    annas.model.refresh()
    row = next(r for r in range(annas.model.rowCount()) if annas.model.person_id(r) == mother)
    annas.view.selectRow(row)
    seen = []

    def in_dialog(dialog: HandoverDialog):
        seen.append((dialog.with_household.isVisibleTo(dialog), dialog.with_household.text()))
        dialog.with_household.setChecked(True)
        dialog.load_key(folder / "bea.fallakte-schluessel")
        dialog.compared.setChecked(True)
        dialog.own_name.setText("Anna")
        dialog.target.setText(str(folder / "x.fallakte-uebergabe"))
        dialog.ok_button.click()

    answer(in_dialog, lambda box: box.accept())
    annas.hand_over_button.click()
    check()
    assert seen == [(True, "1 weiteres Haushaltsmitglied mitübergeben")]
    assert handover.running_ids(anna) == {mother, child}


def test_a_handover_whose_file_is_lost_is_taken_back_from_the_case(desks, qtbot):
    """The file never arrives: on the case, »Übergabe zurücknehmen …« warns, then the persons are
    in work here again; a receipt that turns up later closes nothing."""
    from ui.case_view import CaseView

    anna, bea, (page_a, page_b), folder = desks
    _write_key(page_b, folder / "bea.key", "Bea")
    _select_all(page_a)
    _hand_over(page_a, folder / "bea.key", folder / "weg.fallakte-uebergabe")
    first, second = handover.all_person_ids(anna)
    receipt = handover.receive(bea, (folder / "weg.fallakte-uebergabe").read_bytes(),
                               handover.own_key(anna).fingerprint).receipt
    view = CaseView(anna)
    qtbot.addWidget(view)
    view.show_person(first)
    view.show()
    assert view.withdraw_button.isVisible() and "läuft" in view.handover_note.text()
    warnings = []
    answer(lambda box: (warnings.append(box.text()), box.button(QMessageBox.StandardButton.Yes).click()))
    view.withdraw_button.click()
    check()
    assert "in beiden Falldateien" in warnings[0]
    assert handover.running(anna, first) is None and handover.running(anna, second) is None
    assert not view.withdraw_button.isVisible()
    with pytest.raises(Exception) as late:
        handover.confirm(anna, receipt)
    assert "zurückgenommen" in str(late.value)
    assert handover.all_person_ids(anna) == [first, second]


def test_the_file_appears_only_once_the_handover_is_recorded(desks, monkeypatch):
    """A crash after writing must not leave a file the sender knows nothing of: the file takes its
    name after the commit, and a failure there takes the handover back."""
    import os

    anna, bea, (page_a, page_b), folder = desks
    handover.key_file(bea, "Bea")
    handover.key_file(anna, "Anna")
    target = folder / "x.fallakte-uebergabe"
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst) == target:
            assert anna.conn.execute("SELECT count(*) FROM handover_out").fetchone()[0] == 1   # committed before
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError):
        handover.write_handover(anna, handover.all_person_ids(anna), handover.own_key(bea), target,
                                handover.own_key(bea).fingerprint)
    assert not target.exists() and not list(folder.glob(".x.fallakte-uebergabe*"))
    assert all(handover.running(anna, pid) is None for pid in handover.all_person_ids(anna))
