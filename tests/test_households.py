"""Households (issue 17): persons linked with their role in the family, a household view on the case,
residence hints that know about minor children and a holder of § 104c, and a household that moves
together in a handover when the user chooses."""

from __future__ import annotations

import pytest

from app.casemanager import handover, households
from app.casemanager.casework import Person
from app.core.validation import ValidationError
from tests.conftest import PASSPHRASE, TODAY, new_person
from tests.handover_helpers import cli, fill, make_casefile, opened


def _family(cw):
    """Amal (mother, Duldung since 2018, in Germany since 2020-11-01), Karim (father, § 104c), their
    daughter Lina (12) and son Omar (19)."""
    amal = new_person(cw, "Haddad", "Amal", birth_date="1985", in_germany_since="2020-11-01")
    karim = new_person(cw, "Haddad", "Karim", birth_date="1983")
    lina = new_person(cw, "Haddad", "Lina", birth_date="03.05.2014")
    omar = new_person(cw, "Haddad", "Omar", birth_date="01.01.2007")
    cw.record_status(amal, "duldung", "2018-01-01")
    cw.record_status(karim, "ae_104c", "2026-03-01", applied_on="2025-12-15")
    households.start(cw, amal, "elternteil")
    for case_number, role in ((cw.person(karim).case_number, "ehepartner"), (cw.person(lina).case_number, "kind"),
                              (cw.person(omar).case_number, "kind")):
        households.join(cw, amal, case_number, role)
    return amal, karim, lina, omar


def test_a_household_lists_its_members_with_role_and_age(cw):
    _amal, _karim, lina, _omar = _family(cw)
    members = households.members(cw, lina)
    assert [(m.given_names, m.role, m.age, m.minor) for m in members] == [
        ("Karim", "ehepartner", 42, False), ("Amal", "elternteil", 40, False), ("Omar", "kind", 19, False),
        ("Lina", "kind", 12, True)]
    assert members[1].year_only and not members[3].year_only
    assert cw.conn.execute("SELECT count(*) FROM audit_log WHERE entity = 'household_member'").fetchone()[0] == 4


def test_a_person_belongs_to_one_household_and_a_household_of_one_dissolves(cw):
    amal, karim, lina, omar = _family(cw)
    other = new_person(cw, "Jung", "Noah")
    with pytest.raises(ValidationError, match="bereits zu einem Haushalt"):
        households.start(cw, lina, "kind")
    households.start(cw, other, "elternteil")
    with pytest.raises(ValidationError, match="bereits zu einem Haushalt"):
        households.join(cw, other, cw.person(lina).case_number, "kind")
    with pytest.raises(ValidationError, match="Rolle"):
        households.join(cw, amal, cw.person(new_person(cw, "Neu", "Nina")).case_number, "nachbar")
    with pytest.raises(ValidationError, match="Keine Person"):
        households.join(cw, amal, "F-1999-99999", "kind")
    households.leave(cw, other)
    assert households.household_of(cw, other) is None
    assert cw.conn.execute("SELECT count(*) FROM household").fetchone()[0] == 1
    for pid in (karim, lina, omar):
        households.leave(cw, pid)
    assert households.members(cw, amal) == [] and cw.conn.execute("SELECT count(*) FROM household").fetchone()[0] == 0


def test_the_residence_hints_know_minor_children_and_a_holder_of_104c(cw):
    amal, karim, lina, omar = _family(cw)
    said = households.hints(cw, amal)
    assert any("Lina (12)" in s and "4 statt 6 Jahre" in s and "01.11.2020: 6 volle Jahre" in s for s in said), said
    assert not any("Omar" in s for s in said)   # of age: no longer a minor child
    assert any("Karim Haddad hat die Chancen-Aufenthaltserlaubnis" in s for s in said)   # § 104c Abs. 2
    assert any("§ 104c Abs. 2" in s for s in households.hints(cw, lina))
    assert not any("§ 104c" in s for s in households.hints(cw, omar))   # of age
    assert not any("§ 104c Abs. 2" in s for s in households.hints(cw, karim))   # holds it himself
    cw.record_status(lina, "ae_25a", "2026-06-01")
    assert any("§ 25a Abs. 2" in s for s in households.hints(cw, amal))
    loner = new_person(cw, "Jung", "Noah")
    assert households.hints(cw, loner) == []


def test_deleting_a_person_leaves_the_others_their_household(cw):
    from app.casemanager.privacy import delete_person

    amal, karim, lina, omar = _family(cw)
    delete_person(cw, omar)
    assert [m.given_names for m in households.members(cw, amal)] == ["Karim", "Amal", "Lina"]
    households.leave(cw, lina)
    delete_person(cw, karim)
    assert cw.conn.execute("SELECT count(*) FROM household").fetchone()[0] == 0   # Amal alone: no household


def test_a_household_moves_together_when_chosen(tmp_path, empty_casefile, monkeypatch, capsys):
    monkeypatch.setenv("FALLAKTE_PASSPHRASE", PASSPHRASE)
    a, b = make_casefile(empty_casefile[0], tmp_path / "a"), make_casefile(empty_casefile[0], tmp_path / "b")
    with opened(a, lambda: TODAY) as cw:
        mother = fill(cw, "Haddad", "Amal")
        child = fill(cw, "Haddad", "Lina", handover_consent=False)
        cw.update_person(child, Person("Haddad", "Lina", "coesfeld", birth_date="2014"))
        households.start(cw, mother, "elternteil")
        households.join(cw, mother, cw.person(child).case_number, "kind")
        alone = fill(cw, "Jung", "Noah")
        numbers = [cw.person(pid).case_number for pid in (mother, child, alone)]
        fp_a = handover.own_key(cw).fingerprint
    status, out, err = cli(capsys, b, "handover-key", "--out", str(tmp_path / "b.key"), "--name", "Bea")
    fp_b = out.split("vorlesen): ")[1].strip()
    # The child has no consent to the handover: asked for by number, nothing written.
    status, _, err = cli(capsys, a, "handover", numbers[0], "--household", "--to", str(tmp_path / "b.key"),
                         "--out", str(tmp_path / "x"), "--fingerprint", fp_b, "--name", "Anna")
    assert status == 1 and numbers[1] in err and not (tmp_path / "x").exists()
    with opened(a, lambda: TODAY) as cw:
        cw.give_consent(child, "uebergabe", "2026-11-02")
    status, out, err = cli(capsys, a, "handover", numbers[0], "--household", "--to", str(tmp_path / "b.key"),
                           "--out", str(tmp_path / "x"), "--fingerprint", fp_b)
    assert status == 0 and "2 Personen" in out, err
    assert cli(capsys, b, "receive", str(tmp_path / "x"), "--receipt", str(tmp_path / "r"), "--fingerprint", fp_a)[0] == 0
    assert cli(capsys, a, "handover-confirm", str(tmp_path / "r"))[0] == 0
    with opened(b, lambda: TODAY) as cw:
        lina = cw.person_id_for(numbers[1])
        assert [(m.case_number, m.role) for m in households.members(cw, lina)] == [
            (numbers[0], "elternteil"), (numbers[1], "kind")]
    with opened(a, lambda: TODAY) as cw:
        assert [cw.person(pid).case_number for pid in handover.all_person_ids(cw)] == [numbers[2]]
        assert cw.conn.execute("SELECT count(*) FROM household").fetchone()[0] == 0


def test_one_member_handed_over_alone_keeps_the_others_their_household(tmp_path, empty_casefile):
    a, b = make_casefile(empty_casefile[0], tmp_path / "a"), make_casefile(empty_casefile[0], tmp_path / "b")
    with opened(a, lambda: TODAY) as anna, opened(b, lambda: TODAY) as bea:
        amal, _karim, _lina, omar = _family(anna)
        anna.give_consent(omar, "uebergabe", "2026-11-01")
        handover.key_file(anna, "Anna")
        written = handover.write_handover(anna, [omar], handover.own_key(bea), tmp_path / "x",
                                          handover.own_key(bea).fingerprint)
        with pytest.raises(ValidationError, match="wird gerade übergeben"):
            households.leave(anna, omar)
        received = handover.receive(bea, written.path.read_bytes(), handover.own_key(anna).fingerprint)
        handover.confirm(anna, received.receipt)
        assert [m.given_names for m in households.members(anna, amal)] == ["Karim", "Amal", "Lina"]
        omar_there = bea.person_id_for(bea.person(handover.all_person_ids(bea)[0]).case_number)
        assert [m.role for m in households.members(bea, omar_there)] == ["kind"]   # the rest may follow


def test_the_household_tab_links_persons_and_the_residence_tab_shows_what_it_means(cw, qtbot):
    from tests.test_desktop_flow import check_dialogs, on_next_dialog
    from tests.test_desktop_flow import fill as fill_form
    from ui.case_view import CaseView

    amal = new_person(cw, "Haddad", "Amal", birth_date="1985", in_germany_since="2020-11-01")
    lina = new_person(cw, "Haddad", "Lina", birth_date="03.05.2014")
    view = CaseView(cw)
    qtbot.addWidget(view)
    view.show()
    view.show_person(amal)
    view.show_tab("haushalt")
    assert "Noch kein Haushalt" in view.household_info.text() and not view.buttons["join_household"].isEnabled()
    on_next_dialog(qtbot, lambda d: (fill_form(d, role="elternteil"), d.try_save()))
    view.buttons["start_household"].click()
    on_next_dialog(qtbot, lambda d: (fill_form(d, case_number=cw.person(lina).case_number, role="kind"), d.try_save()))
    view.buttons["join_household"].click()
    check_dialogs()
    assert [view.household.item(r, 2).text() for r in range(view.household.rowCount())] == ["Amal", "Lina"]
    assert view.household.item(0, 4).text() == "~40" and view.household.item(1, 3).text() == "Kind"
    assert "4 statt 6 Jahre" in view.household_hints.text() and not view.household_hints.isHidden()
    view.open_member(1)
    assert view.person_id == lina and view.household.rowCount() == 2
    view.leave_household()
    assert view.household.rowCount() == 0 and view.buttons["start_household"].isEnabled()
    view.show_person(amal)
    assert view.household_hints.isHidden()
