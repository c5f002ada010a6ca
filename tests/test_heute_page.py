"""*Heute* as a case manager uses it: the work list by name and group, Enter opens the case on the
tab the item is about, done and Wiedervorlage in place (buttons, context menu), Sichtschutz, and an
empty list that says where to start."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from app.casemanager import today as heute
from app.casemanager.casework import Referral
from tests.conftest import person_with_case
from tests.test_desktop_flow import check_dialogs, on_next_dialog
from tests.test_main_window import make_window as make_any_window
from tests.test_main_window import visible_text


def make_window(qtbot, cw):
    """The main window on the same fixed day as ``cw`` (24.11.2026), so the groups hold any day."""
    import ui.main_window
    from app.casemanager.casework import Casework

    real = ui.main_window.Casework
    ui.main_window.Casework = lambda casefile: Casework(casefile, today=cw.today)
    try:
        return make_any_window(qtbot, cw)
    finally:
        ui.main_window.Casework = real


def _rows(window):
    """The list as it reads: group headings and their rows."""
    tree = window.today.tree
    out = []
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        out.append(group.text(0))
        out.extend(" | ".join(group.child(r).text(c) for c in range(3)) for r in range(group.childCount()))
    return out


def _select(window, words: str):
    tree = window.today.tree
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for r in range(group.childCount()):
            if words in group.child(r).text(2):
                tree.setCurrentItem(group.child(r))
                return group.child(r)
    raise AssertionError(f"no item {words!r} in {_rows(window)}")


def _casework_day(cw):
    person, case_id = person_with_case(cw, family="Nowak", given="Ewa", opened="2026-01-15")
    cw.add_goal(case_id, "Anerkennung des Abschlusses", "arbeit", "2026-10-31")
    cw.add_goal(case_id, "Sprachkurs B1", "sprache", "2026-11-24")
    cw.add_referral(case_id, Referral("jmd", "2026-11-20", discloses_data=False))   # answer expected 04.12.
    return person, case_id


def test_the_work_list_shows_who_what_and_when_grouped_by_urgency(qtbot, cw):
    _casework_day(cw)
    window = make_window(qtbot, cw)
    assert _rows(window) == [
        "Überfällig (1)", "31.10.2026 | Nowak, Ewa (F-2026-00001) | Ziel prüfen (Arbeit)",
        "Heute (1)", "24.11.2026 | Nowak, Ewa (F-2026-00001) | Ziel prüfen (Sprache)",
        "Nächste 14 Tage (1)", "04.12.2026 | Nowak, Ewa (F-2026-00001) | Rückmeldung erwartet: Jugendmigrationsdienst",
    ]
    assert "3 Punkte in den nächsten 14 Tagen, davon 1 überfällig." in window.today.summary.text()
    window.privacy_action.setChecked(True)   # Sichtschutz: case numbers only
    assert "Nowak" not in visible_text() and "F-2026-00001" in visible_text()
    window.teardown()


def test_enter_opens_the_case_on_the_tab_the_item_is_about(qtbot, cw):
    _casework_day(cw)
    window = make_window(qtbot, cw)
    _select(window, "Rückmeldung")
    window.today.tree.setFocus()
    qtbot.keyClick(window.today.tree, Qt.Key.Key_Return)
    view = window.cases.case_view
    assert window.navigation.currentRow() == 1 and window.cases.stack.currentWidget() is view
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Verweisungen" and "Nowak" in view.title.text()
    window.navigation.setCurrentRow(0)
    _select(window, "Sprache")
    qtbot.keyClick(window.today.tree, Qt.Key.Key_Return)
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Ziele"
    window.teardown()


def test_a_goal_is_achieved_and_an_answer_recorded_from_heute(qtbot, cw, monkeypatch):
    _, case_id = _casework_day(cw)
    window = make_window(qtbot, cw)
    _select(window, "Sprache")
    assert window.today.done_button.text() == "Ziel erreicht"
    qtbot.mouseClick(window.today.done_button, Qt.MouseButton.LeftButton)
    assert not any("Sprache" in row for row in _rows(window))
    assert [g["status"] for g in cw.goals(case_id) if g["life_area"] == "sprache"] == ["erreicht"]

    _select(window, "Rückmeldung")
    assert window.today.done_button.text() == "Rückmeldung erfassen …"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("Termin vereinbart", True))
    qtbot.mouseClick(window.today.done_button, Qt.MouseButton.LeftButton)
    assert [r["status"] for r in cw.referrals(case_id)] == ["termin"]
    assert _rows(window) == ["Überfällig (1)", "31.10.2026 | Nowak, Ewa (F-2026-00001) | Ziel prüfen (Arbeit)"]
    window.teardown()


def test_wiedervorlage_moves_an_item_to_its_new_date_and_a_past_date_is_refused(qtbot, cw):
    _casework_day(cw)
    window = make_window(qtbot, cw)
    _select(window, "Arbeit")

    def answer(dialog):
        assert dialog.widgets["until"].text() == "01.12.2026"   # a week ahead, ready to change
        dialog.widgets["until"].setText("20.11.2026")
        dialog.try_save()
        assert "nach dem heutigen Tag" in dialog.error.text()
        dialog.widgets["until"].setText("30.11.2026")
        dialog.try_save()

    on_next_dialog(qtbot, answer)
    qtbot.mouseClick(window.today.put_back_button, Qt.MouseButton.LeftButton)
    check_dialogs()
    assert _rows(window)[0] == "Heute (1)"
    assert "30.11.2026 | Nowak, Ewa (F-2026-00001) | Ziel prüfen (Arbeit)" in _rows(window)
    assert window.today.tree.currentItem().text(0) == "30.11.2026"   # the place is kept
    window.teardown()


def test_the_context_menu_offers_open_done_and_wiedervorlage(qtbot, cw):
    _casework_day(cw)
    window = make_window(qtbot, cw)
    row = _select(window, "Sprache")
    tree = window.today.tree
    tree.customContextMenuRequested.emit(tree.visualItemRect(row).center())
    menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
    assert [a.text() for a in menu.actions()] == ["Öffnen", "Ziel erreicht", "Wiedervorlage …"]
    menu.actions()[1].trigger()
    menu.close()
    assert not any("Sprache" in r for r in _rows(window))
    window.teardown()


def test_retention_is_opened_not_done_and_a_closed_case_never_appears(qtbot, cw):
    _, old_case = person_with_case(cw, family="Alt", given="Fall", opened="2023-01-10")
    cw.add_goal(old_case, "Wohnung", "wohnen", "2023-05-01")
    cw.close_case(old_case, "2023-06-30", "ziele_erreicht")
    window = make_window(qtbot, cw)
    assert _rows(window) == ["Überfällig (1)", "30.06.2026 | Alt, Fall (F-2026-00001) | Aufbewahrungsfrist endet: Daten löschen"]
    _select(window, "Aufbewahrung")
    assert not window.today.done_button.isEnabled() and "Reiter »Person«" in window.today.done_button.toolTip()
    qtbot.mouseClick(window.today.open_button, Qt.MouseButton.LeftButton)
    view = window.cases.case_view
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Person"
    window.teardown()


def test_an_empty_heute_says_where_to_start(qtbot, cw):
    window = make_window(qtbot, cw)
    text = window.today.summary.text()
    assert "nichts fällig" in text and "»Neue Person«" in text and "F1" in text
    assert not window.today.tree.isVisible() and not window.today.open_button.isEnabled()
    window.teardown()


def test_the_list_is_computed_once_at_start_and_once_per_change(qtbot, cw, monkeypatch):
    calls = []
    real = heute.due_items
    monkeypatch.setattr(heute, "due_items", lambda *a, **k: calls.append(1) or real(*a, **k))
    _casework_day(cw)
    window = make_window(qtbot, cw)
    assert len(calls) == 1
    window.navigation.setCurrentRow(2)
    window.navigation.setCurrentRow(0)
    assert len(calls) == 1   # nothing changed: shown again, not computed again
    window.cases.case_view.changed.emit()
    assert len(calls) == 2
    window.teardown()


def test_the_due_date_of_an_item_put_back_is_shown_in_the_group_of_its_new_date(qtbot, cw):
    _casework_day(cw)
    window = make_window(qtbot, cw)
    _select(window, "Sprache")
    window.today.put_back_current((cw.today() + timedelta(days=20)).isoformat())
    assert not any("Sprache" in r for r in _rows(window))   # beyond the 14 days, until then
    window.teardown()
