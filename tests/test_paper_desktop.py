"""Paper in the window (issue 18), through the real widgets: a scan added on the tab *Dokumente* and
shown in the viewer without a copy on disk, a file too large refused in words, the Hilfeplan printed,
a consent recorded with its proof, its form printed in English and the signed form attached, a letter
written. File choosers are answered as the user would; everything else is clicked or typed."""

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.casemanager import attachments
from app.casemanager.casework import ConsentProof, Contact
from tests.conftest import person_with_case
from tests.paper_helpers import files_holding, marker_of, now, pdf_of_size, temp_folders
from tests.test_corrections_desktop import case_view, cells
from tests.test_desktop_flow import check_dialogs, fill, on_next_dialog
from tests.test_printouts import pdf_text

MB = 1024 * 1024


def click(qtbot, view, label: str) -> None:
    page = view.tabs.currentWidget()
    button = next(b for b in page.findChildren(QPushButton) if b.text() == label)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_open(monkeypatch, path) -> None:
    monkeypatch.setattr("ui.case_view.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), ""))


def answer_save(monkeypatch, path) -> None:
    monkeypatch.setattr("ui.case_view.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), ""))


def read_message(texts: list):
    def read(box):
        texts.append(box.text())
        box.accept()
    return read


def test_a_scan_is_added_and_viewed_and_no_copy_of_it_lies_on_disk(qtbot, cw, tmp_path, monkeypatch):
    started = now()
    person, case = person_with_case(cw, opened="2026-02-01")
    contact = cw.add_contact(case, Contact("2026-02-03", 30, "persoenlich", ["aufenthalt"]))
    data = pdf_of_size(5 * MB)
    marker = marker_of(data)
    source = tmp_path / "scanner" / "Scan 2026-02-03.pdf"
    source.parent.mkdir()
    source.write_bytes(data)
    answer_open(monkeypatch, source)
    view = case_view(qtbot, cw, person, "dokumente")
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Dokumente"

    on_next_dialog(qtbot, lambda d: (fill(d, title="Bescheid Ausländerbehörde", link=f"contact:{contact}"),
                                     d.try_save()))
    click(qtbot, view, "Dokument &hinzufügen …")
    check_dialogs()
    assert cells(view.documents) == [["Bescheid Ausländerbehörde", "24.11.2026", "Kontakt vom 03.02.2026", "5,0 MB",
                                      "Scan 2026-02-03.pdf"]]
    source.unlink()   # the scanner's file, which the dialog asked the user to delete

    seen = {}

    def look(viewer):
        seen.update(pages=viewer.page_count, title=viewer.windowTitle(),
                    while_open=files_holding(marker, temp_folders(), since=started))
        viewer.reject()

    on_next_dialog(qtbot, look)
    view.documents.setCurrentCell(0, 0)
    qtbot.keyClick(view.documents, Qt.Key.Key_Return)      # Enter shows it
    check_dialogs()
    assert seen == {"pages": 1, "title": "Bescheid Ausländerbehörde – Scan 2026-02-03.pdf", "while_open": []}
    assert files_holding(marker, temp_folders(), since=started) == []
    assert files_holding(marker, [cw.casefile.path.parent]) == []
    assert cw.conn.execute("SELECT action, entity FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone() == \
        ("view", "attachment")


def test_a_photo_is_shown_as_a_picture(qtbot, cw, monkeypatch, tmp_path):
    from PySide6.QtGui import QColor, QImage

    person, _ = person_with_case(cw)
    picture = QImage(300, 200, QImage.Format.Format_RGB32)
    picture.fill(QColor("#1f6f78"))
    picture.save(str(tmp_path / "foto.png"))
    attachments.add_file(cw, person, tmp_path / "foto.png", "Foto Aufenthaltstitel")
    view = case_view(qtbot, cw, person, "dokumente")
    seen = {}
    on_next_dialog(qtbot, lambda v: (seen.update(shown=not v.image.pixmap().isNull()), v.reject()))
    view.documents.setCurrentCell(0, 0)
    qtbot.keyClick(view.documents, Qt.Key.Key_Return)
    check_dialogs()
    assert seen == {"shown": True}


def test_a_file_above_the_limit_is_refused_in_words_and_nothing_is_added(qtbot, cw, tmp_path, monkeypatch):
    person, _ = person_with_case(cw)
    big = tmp_path / "Akte.pdf"
    big.write_bytes(pdf_of_size(20 * MB + 1))
    answer_open(monkeypatch, big)
    view = case_view(qtbot, cw, person, "dokumente")
    texts = []
    on_next_dialog(qtbot, read_message(texts))
    click(qtbot, view, "Dokument &hinzufügen …")
    check_dialogs()
    assert texts and texts[0].startswith("»Akte.pdf« ist 20,0 MB groß; in die Fallakte passen Dateien bis 20,0 MB.")
    assert view.documents.rowCount() == 0 and attachments.of_person(cw, person) == []


def test_the_hilfeplan_is_printed_from_the_documents_tab_and_the_user_is_told_where_it_went(qtbot, cw, tmp_path,
                                                                                           monkeypatch):
    person, case = person_with_case(cw, opened="2026-02-01")
    cw.add_goal(case, "B1-Kurs abschließen", "sprache", "2026-12-15", responsible="Klientin meldet sich an")
    answer_save(monkeypatch, tmp_path / "hilfeplan.pdf")
    view = case_view(qtbot, cw, person, "dokumente")
    texts = []
    on_next_dialog(qtbot, read_message(texts))
    click(qtbot, view, "&Hilfeplan drucken …")
    qtbot.waitUntil(lambda: bool(texts), timeout=20000)    # written on a worker, then said
    check_dialogs()
    text, _ = pdf_text(tmp_path / "hilfeplan.pdf")
    assert "B1-Kurs abschließen" in text and "Klientin meldet sich an" in text and "15.12.2026" in text
    assert str(tmp_path / "hilfeplan.pdf") in texts[0] and "außerhalb der verschlüsselten Falldatei" in texts[0]
    assert cw.conn.execute("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone() == ("print:hilfeplan",)


def test_a_goal_records_who_does_what(qtbot, cw):
    person, _ = person_with_case(cw)
    view = case_view(qtbot, cw, person, "ziele")
    on_next_dialog(qtbot, lambda d: (fill(d, text="Wohnung finden", life_area="wohnen", target_date="31.01.2027",
                                          responsible="Klient: Wohnungsamt anrufen"), d.try_save()))
    click(qtbot, view, "&Ziel hinzufügen")
    check_dialogs()
    assert cells(view.goals)[0] == ["Wohnung finden", "Wohnen", "31.01.2027", "offen", "Klient: Wohnungsamt anrufen"]


def test_a_consent_with_its_proof_its_form_in_english_and_the_signed_scan(qtbot, cw, tmp_path, monkeypatch):
    person, _ = person_with_case(cw, opened="2026-02-01")
    view = case_view(qtbot, cw, person, "einwilligungen")
    on_next_dialog(qtbot, lambda d: (fill(d, purpose="weitergabe:jobcenter", given_on="20.11.2026",
                                          given_how="schriftlich", language="Englisch", interpreted=False,
                                          informed="ja"), d.try_save()))
    click(qtbot, view, "Einwilligung &erfassen")
    check_dialogs()
    assert cells(view.consents)[1] == ["Weitergabe an Jobcenter (SGB II)", "20.11.2026", "",
                                       "schriftlich auf Englisch, Art. 13 ausgehändigt, kein Formular angehängt"]

    answer_save(monkeypatch, tmp_path / "release.pdf")
    texts = []

    def choose_english(dialog):
        fill(dialog, language="en")
        on_next_dialog(qtbot, read_message(texts))
        dialog.try_save()

    on_next_dialog(qtbot, choose_english)
    view.consents.setCurrentCell(1, 0)
    click(qtbot, view, "&Formular drucken …")
    check_dialogs()
    qtbot.waitUntil(lambda: bool(texts), timeout=20000)
    check_dialogs()
    text, _ = pdf_text(tmp_path / "release.pdf")
    assert "Release from confidentiality" in text and "Jobcenter (SGB II)" in text and "Valid from 20.11.2026" in text

    signed = tmp_path / "unterschrieben.pdf"
    signed.write_bytes(pdf_of_size(40_000))
    answer_open(monkeypatch, signed)
    on_next_dialog(qtbot, lambda d: d.try_save())       # the link to the consent is already chosen
    view.consents.setCurrentCell(1, 0)
    click(qtbot, view, "Unterschriebenes Formular &anhängen …")
    check_dialogs()
    consent_id = view.consent_rows[1]["id"]
    assert [a.title for a in attachments.of_consent(cw, consent_id)] == ["unterschrieben"]
    assert cells(view.consents)[1][3].endswith("Formular angehängt") and "kein" not in cells(view.consents)[1][3]
    assert cw.consent_proof(consent_id) == ConsentProof("schriftlich", "Englisch", False, True)


def test_a_letter_is_written_from_a_template(qtbot, cw, tmp_path, monkeypatch):
    person, _ = person_with_case(cw, family="Haddad", given="Samira")
    answer_save(monkeypatch, tmp_path / "brief.docx")
    view = case_view(qtbot, cw, person, "dokumente")
    texts = []

    def choose_jobcenter(dialog):
        combo = dialog.widgets["template"]
        combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemText(i) == "Brief an das Jobcenter"))
        on_next_dialog(qtbot, read_message(texts))
        dialog.try_save()

    on_next_dialog(qtbot, choose_jobcenter)
    click(qtbot, view, "Brief &schreiben …")
    check_dialogs()
    qtbot.waitUntil(lambda: bool(texts), timeout=20000)
    check_dialogs()
    assert "Samira Haddad" in "\n".join(p.text for p in docx.Document(str(tmp_path / "brief.docx")).paragraphs)
    assert (tmp_path / "brief.pdf").exists()
    assert str(tmp_path / "brief.docx") in texts[0] and str(tmp_path / "brief.pdf") in texts[0]


def test_a_hilfeplan_without_a_case_is_refused_in_words_and_the_fallblatt_is_written(qtbot, cw, tmp_path, monkeypatch):
    from tests.conftest import new_person

    person = new_person(cw)
    view = case_view(qtbot, cw, person, "dokumente")
    texts = []
    answer_save(monkeypatch, tmp_path / "hilfeplan.pdf")
    on_next_dialog(qtbot, read_message(texts))
    click(qtbot, view, "&Hilfeplan drucken …")
    qtbot.waitUntil(lambda: bool(texts), timeout=20000)
    check_dialogs()
    assert "noch kein Fall eröffnet" in texts[0] and not (tmp_path / "hilfeplan.pdf").exists()
    answer_save(monkeypatch, tmp_path / "fallblatt.pdf")
    on_next_dialog(qtbot, read_message(texts))
    click(qtbot, view, "Fall&blatt drucken …")
    qtbot.waitUntil(lambda: len(texts) == 2, timeout=20000)
    check_dialogs()
    assert "Noch kein Fall eröffnet." in pdf_text(tmp_path / "fallblatt.pdf")[0]
    assert str(tmp_path / "fallblatt.pdf") in texts[1]
