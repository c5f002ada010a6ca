"""Bringing in an office's existing list (issue 17): a 500-row workbook with errors in some rows; the
dry run lists them by row in German and writes nothing; the corrected file imports every row in one
transaction; a file with any error imports nothing."""

from __future__ import annotations

import csv
from datetime import datetime

import openpyxl
import pytest

from app.casemanager import list_import
from app.core.validation import ValidationError
from storage.store import EncryptedStore
from tests.conftest import PASSPHRASE
from tests.handover_helpers import cli, make_casefile, opened

HEADERS = ["Name", "Vorname", "Geb.-Datum", "Geschlecht", "Wohnort", "Aufenthaltsstatus", "Intensität", "Beginn",
           "Bemerkung"]
FAMILY = ["Özdemir", "Haddad", "Nguyễn", "Аль-Хасан", "Rahimi", "Jung", "Kowalska", "Popescu"]
GIVEN = ["Ayşe", "Amal", "Thị Lan", "Мухаммад", "Zahra", "Noah", "Agnieszka", "Ioana"]
PLACES = ["Dülmen", "Coesfeld", "olfen", "Nottuln", "BILLERBECK"]
STATUS = ["Duldung", "Gestattung", "§ 104c", "Niederlassungserlaubnis", "", "25b"]
INTENSITY = ["Kurzintervention", "Prozessbegleitung", "intensiv"]
# row number (as Excel counts, data from row 2) -> (column, wrong value, what the message says)
ERRORS = {
    7: ("Geb.-Datum", "31.02.1990", "31.02.1990"),
    50: ("Wohnort", "Münster", "»Münster« steht nicht im Katalog"),
    120: ("Name", None, "mindestens einen Namen"),
    233: ("Aufenthaltsstatus", "Visum", "»Visum« steht nicht im Katalog"),
    310: ("Geb.-Datum", datetime(2030, 1, 1), "Zukunft"),
    404: ("Beginn", None, "fehlt der Beginn"),
    499: ("Geschlecht", "q", "Geschlecht »q«"),
}


def _rows(errors: bool) -> list[list]:
    rows = []
    for i in range(500):
        row = [FAMILY[i % 8], GIVEN[i % 8] if i % 50 else "", datetime(1960 + i % 45, 1 + i % 12, 1 + i % 28)
               if i % 3 else f"{1 + i % 28:02d}.{1 + i % 12:02d}.{1960 + i % 45}", "wmd "[i % 4].strip(),
               PLACES[i % 5], STATUS[i % 6], INTENSITY[i % 3], datetime(2026, 1 + i % 10, 1 + i % 27),
               f"aus der Liste {i}" if i % 7 == 0 else None]
        if errors and i + 2 in ERRORS:
            column, value, _ = ERRORS[i + 2]
            row[HEADERS.index(column)] = value
            if column == "Name":
                row[1] = None
        rows.append(row)
    return rows


def _workbook(path, errors: bool) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in _rows(errors):
        sheet.append(row)
    book.save(path)


@pytest.fixture
def casefile(tmp_path, empty_casefile, monkeypatch):
    monkeypatch.setenv("FALLAKTE_PASSPHRASE", PASSPHRASE)
    return make_casefile(empty_casefile[0], tmp_path / "kim")


def _count(path) -> tuple:
    with EncryptedStore.open(path, PASSPHRASE) as casefile:
        return tuple(casefile.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("person", "support_case", "residence_status", "consent"))


def test_the_dry_run_lists_every_error_by_row_and_writes_nothing(casefile, tmp_path, capsys):
    _workbook(tmp_path / "liste.xlsx", errors=True)
    status, out, err = cli(capsys, casefile, "import-list", str(tmp_path / "liste.xlsx"), "--dry-run",
                           "--consent-given")
    assert status == 1 and "500 Zeilen geprüft, 7 mit Fehlern: nichts importiert" in err
    lines = [line for line in out.splitlines() if line.startswith("Zeile ")]
    assert [int(line.split()[1].rstrip(":")) for line in lines] == sorted(ERRORS)
    for line in lines:
        assert ERRORS[int(line.split()[1].rstrip(":"))][2] in line, line
    assert "Familienname: Spalte »Name«" in out and "Geburtsdatum: Spalte »Geb.-Datum«" in out
    assert _count(casefile) == (0, 0, 0, 0)
    # The real run with errors in the file: the same list, and still nothing.
    status, out, err = cli(capsys, casefile, "import-list", str(tmp_path / "liste.xlsx"), "--consent-given")
    assert status == 1 and len([line for line in out.splitlines() if line.startswith("Zeile ")]) == 7
    assert _count(casefile) == (0, 0, 0, 0)


def test_the_corrected_file_imports_every_row_in_one_transaction(casefile, tmp_path, capsys):
    _workbook(tmp_path / "liste.xlsx", errors=False)
    status, out, err = cli(capsys, casefile, "import-list", str(tmp_path / "liste.xlsx"), "--dry-run",
                           "--consent-given")
    assert status == 0 and "500 Zeilen geprüft, keine Fehler" in out, err
    assert _count(casefile) == (0, 0, 0, 0)
    status, out, err = cli(capsys, casefile, "import-list", str(tmp_path / "liste.xlsx"), "--consent-given")
    assert status == 0 and "500 Personen importiert" in out, err
    assert _count(casefile) == (500, 500, 500 - 500 // 6 - (1 if 500 % 6 > 4 else 0), 500)
    with opened(casefile) as cw:
        first = cw.person(cw.person_id_for("F-" + str(cw.today().year) + "-00001"))
        assert (first.family_name, first.municipality, first.gender, first.note) == \
            ("Özdemir", "duelmen", "w", "aus der Liste 0")
        statuses = {s for (s,) in cw.conn.execute("SELECT DISTINCT status FROM residence_status")}
        assert statuses == {"duldung", "gestattung", "ae_104c", "niederlassung", "ae_25b"}
        assert cw.search("Nguyen")   # searchable at once, also without diacritics
        assert cw.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'import'").fetchone()[0] == 1


def test_a_case_needs_the_consent_confirmed_or_from_a_column(casefile, tmp_path, capsys):
    path = tmp_path / "liste.csv"
    with open(path, "w", newline="", encoding="cp1252") as f:   # as Excel on Windows saves it
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["Nachname", "Vorname", "Wohnort", "Intensität", "Fallbeginn", "Einwilligung am"])
        writer.writerow(["Müller", "Jörg", "Dülmen", "Kurzintervention", "01.03.2026", "28.02.2026"])
        writer.writerow(["Schäfer", "Jürgen", "Dülmen", "Kurzintervention", "01.03.2026", ""])
    status, out, err = cli(capsys, casefile, "import-list", str(path), "--dry-run")
    assert status == 1 and "Zeile 3: Für den Fall ab 01.03.2026 fehlt die Einwilligung" in out
    assert "Zeile 2" not in out
    status, out, err = cli(capsys, casefile, "import-list", str(path), "--consent-given")
    assert status == 0, err
    with opened(casefile) as cw:
        given = sorted(g for (g,) in cw.conn.execute("SELECT given_on FROM consent"))
        assert given == ["2026-02-28", "2026-03-01"] and cw.search("Müller")


def test_columns_can_be_mapped_by_hand_and_a_wrong_file_is_named(casefile, tmp_path, capsys):
    book = openpyxl.Workbook()
    book.active.append(["Klient", "Ort"])
    book.active.append(["Rahimi", "Olfen"])
    book.save(tmp_path / "liste.xlsx")
    status, out, err = cli(capsys, casefile, "import-list", str(tmp_path / "liste.xlsx"))
    assert status == 1 and "Bitte eine Spalte zuordnen für: Familienname" in err
    status, out, err = cli(capsys, casefile, "import-list", str(tmp_path / "liste.xlsx"), "--column",
                           "Familienname=Klient")
    assert status == 0 and "1 Person importiert" in out, err
    (tmp_path / "kaputt.xlsx").write_bytes(b"kein Excel")
    status, _, err = cli(capsys, casefile, "import-list", str(tmp_path / "kaputt.xlsx"))
    assert status == 1 and "lässt sich nicht lesen" in err
    with pytest.raises(ValidationError, match="Excel"):
        list_import.read_table(tmp_path / "liste.pdf") if (tmp_path / "liste.pdf").write_bytes(b"x") else None


def test_the_import_window_maps_columns_previews_rows_and_imports_on_confirmation(casefile, tmp_path, qtbot):
    from ui.list_import_dialog import ImportDialog

    _workbook(tmp_path / "liste.xlsx", errors=True)
    with opened(casefile) as cw:
        dialog = ImportDialog(cw, tmp_path / "liste.xlsx")
        qtbot.addWidget(dialog)
        assert dialog.columns["family_name"].currentText() == "Name"
        dialog.consent_given.setChecked(True)
        dialog.check()
        assert "7 mit Fehlern" in dialog.summary.text() and not dialog.ok_button.isEnabled()
        assert dialog.table.rowCount() == 500
        assert dialog.table.item(48, 0).text() == "50" and "Münster" in dialog.table.item(48, 2).text()   # row 50 of the sheet
        assert cw.person_count() == 0
        _workbook(tmp_path / "liste.xlsx", errors=False)
        dialog.load(tmp_path / "liste.xlsx")
        dialog.consent_given.setChecked(True)
        dialog.check()
        assert dialog.ok_button.isEnabled() and "keine Fehler" in dialog.summary.text()
        dialog.ok_button.click()
        assert cw.person_count() == 500 and dialog.result() == ImportDialog.DialogCode.Accepted
