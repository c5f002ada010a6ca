"""Render the main screens offscreen with demo data into docs/screenshots/ (make screenshots)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.casemanager import demo, households, sync_service  # noqa: E402
from app.casemanager.casework import Casework  # noqa: E402
from app.core import i18n  # noqa: E402
from storage import keyslots  # noqa: E402
from storage.store import EncryptedStore  # noqa: E402
from ui.first_run import FirstRunWizard  # noqa: E402
from ui.handover_dialogs import HandoverDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.unlock import UnlockDialog  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def shoot(widget, name: str, app: QApplication) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(OUT / f"{name}.png")


def paper(cw: Casework, window: MainWindow, tmp: Path, app: QApplication) -> None:
    """A Hilfeplan signed with the client, rendered from its PDF as a reader sees it (pypdfium2), and
    the tab Dokumente with a scanned notice and the signed consent form."""
    from datetime import timedelta

    import pypdfium2
    from PySide6.QtGui import QImage

    from app.casemanager import attachments, printouts
    from app.casemanager.casework import ConsentProof, Person, Referral
    from app.casemanager.documents import write_pdf

    today = cw.today()
    person = cw.add_person(Person("Haddad", "Samira", "duelmen", gender="w", birth_date="14.07.1991",
                                  nationality="syrisch", languages="Arabisch, Deutsch (A2)"))
    opened = today - timedelta(days=270)   # dates relative to today: the script runs on any day
    consent = cw.give_consent(person, "fallarbeit", opened, proof=ConsentProof("schriftlich", "Arabisch", True, True))
    case = cw.open_case(person, opened, "intensiv")
    cw.change_phase(case, "hilfeplanung", opened + timedelta(days=30))
    cw.add_goal(case, "B1-Kurs abschließen", "sprache", today + timedelta(days=19),
                responsible="Frau Haddad meldet sich beim Kursträger an")
    cw.add_goal(case, "Eigene Wohnung mit Mietvertrag", "wohnen", today + timedelta(days=94),
                status="in_arbeit", responsible="Case Management: Kontakt zum Wohnungsamt")
    cw.add_goal(case, "Anerkennung des Abschlusses als Pflegefachkraft", "arbeit",
                today + timedelta(days=125), responsible="Frau Haddad und Jobcenter")
    done = cw.add_goal(case, "Kita-Platz für die Tochter", "familie", today - timedelta(days=57),
                       responsible="Case Management: Anmeldung mit der Familie")
    cw.set_goal_status(done, "erreicht")
    cw.add_referral(case, Referral("jobcenter", today - timedelta(days=20), discloses_data=False))
    notice = tmp / "bescheid.pdf"
    write_pdf("<h2>Ausländerbehörde</h2><p>Bescheid über die Verlängerung der Aufenthaltserlaubnis</p>", notice, "Scan")
    attachments.add_file(cw, person, notice, "Bescheid Ausländerbehörde (Verlängerung)")
    form = tmp / "einwilligung.pdf"
    write_pdf("<h2>Einwilligung</h2><p>unterschrieben</p>", form, "Scan")
    attachments.add_file(cw, person, form, "Einwilligung, unterschrieben", consent_id=consent)

    pdf_path = printouts.write_hilfeplan(cw, person, tmp / "hilfeplan.pdf")
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    bitmap = pdf[0].render(scale=1.4, rev_byteorder=True)
    QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
           QImage.Format.Format_RGB888).save(str(OUT / "08-hilfeplan.png"))
    pdf.close()
    print(OUT / "08-hilfeplan.png")
    window.navigation.setCurrentRow(1)
    window.cases.show_person(person)
    window.cases.case_view.show_tab("dokumente")
    shoot(window, "05-fall-dokumente", app)


def main(only_paper: bool = False) -> None:
    keyslots.KDF_TARGET_SECONDS = 0.05  # demo data only
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Fallakte-Screenshots")
    i18n.install("de")
    OUT.mkdir(parents=True, exist_ok=True)
    if only_paper:   # python scripts/screenshots.py paper: the Hilfeplan and the tab Dokumente alone
        with tempfile.TemporaryDirectory() as tmp:
            casefile, _ = EncryptedStore.create(Path(tmp) / "fallakte.db", "Demo-Passphrase-2026")
            window = MainWindow(casefile)
            window.resize(1280, 760)
            paper(Casework(casefile), window, Path(tmp), app)
            window.teardown()
            casefile.close()
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fallakte.db"
        wizard = FirstRunWizard(path)
        wizard.resize(640, 420)
        shoot(wizard, "01-einrichtung", app)
        casefile, _ = EncryptedStore.create(path, "Demo-Passphrase-2026")
        cw = Casework(casefile)
        demo.fill(cw, 400, seed=11)
        sync_service.configure(cw, share=Path(tmp) / "ablage", device_name="KIM Dülmen 1",
                               municipalities=["duelmen", "nottuln"])
        unlock = UnlockDialog(path)
        unlock.resize(520, 220)
        shoot(unlock, "02-entsperren", app)
        window = MainWindow(casefile)
        window.resize(1280, 760)
        for page, name in [(window.today, "03-heute"), (window.cases, "04-faelle"), (window.week, "08-termine"),
                           (window.time, "06-zeiterfassung"), (window.sync, "07-synchronisation")]:
            window.navigation.setCurrentRow(window.stack.indexOf(page))
            shoot(window, name, app)
        window.navigation.setCurrentRow(1)
        person = cw.conn.execute("SELECT person_id FROM residence_status WHERE status = 'ae_104c' LIMIT 1").fetchone()[0]
        window.cases.show_person(person)
        window.cases.case_view.tabs.setCurrentIndex(1)
        shoot(window, "05-fall-aufenthalt", app)
        window.cases.case_view.tabs.setCurrentIndex(4)
        shoot(window, "05-fall-kontakte", app)
        # A family: a holder of § 104c of parents' age with a spouse and a child (§ 104c Abs. 2).
        person = cw.conn.execute("SELECT r.person_id FROM residence_status r JOIN person p ON p.id = r.person_id "
                                 "WHERE r.status = 'ae_104c' AND p.birth_date BETWEEN '1980' AND '1995' "
                                 "LIMIT 1").fetchone()[0]
        others = [pid for (pid,) in cw.conn.execute("SELECT id FROM person WHERE id != ? AND birth_date > '2012' "
                                                    "LIMIT 1", (person,))]
        born = int(cw.person(person).birth_date[:4])
        others += [pid for (pid,) in cw.conn.execute(   # a spouse of about the same age
            "SELECT id FROM person WHERE id NOT IN (?, ?) AND CAST(substr(birth_date, 1, 4) AS INTEGER) "
            "BETWEEN ? AND ? LIMIT 1", (person, others[0], born - 4, born + 4))]
        households.start(cw, person, "elternteil")
        households.join(cw, person, cw.person(others[0]).case_number, "kind")
        households.join(cw, person, cw.person(others[1]).case_number, "ehepartner")
        window.cases.show_person(person)
        window.cases.case_view.show_tab("haushalt")
        shoot(window, "09-fall-haushalt", app)
        dialog = HandoverDialog(cw, [person], window)
        dialog.resize(680, 310)
        shoot(dialog, "10-uebergeben", app)
        dialog.close()
        paper(cw, window, Path(tmp), app)
        window.teardown()
        casefile.close()


if __name__ == "__main__":
    main(only_paper=sys.argv[1:] == ["paper"])
