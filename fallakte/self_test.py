"""``fallakte --self-test``: proves that a (packaged) installation works end to end, one line per
step, exit status 0 only if every step passed. Uses a throwaway folder; touches no real data."""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Callable

from app.core.version import __version__

PASSPHRASE = "Selbsttest-Passphrase-123"


def run(out: Callable[[str], None] = print) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from storage import keyslots

    app = QApplication.instance() or QApplication(sys.argv[:1])
    failures = 0
    # Throwaway files: Argon2id at 64 MiB with a single pass instead of calibrated to half a second
    # per unlock (and at least 3 passes), so that the self-test takes seconds, not a dozen key
    # derivations' worth; that Argon2id works is what it proves.
    calibration = keyslots.KDF_TARGET_SECONDS, keyslots.CALIBRATION_SAMPLES, keyslots.FLOOR_ITERATIONS
    keyslots.KDF_TARGET_SECONDS, keyslots.CALIBRATION_SAMPLES, keyslots.FLOOR_ITERATIONS = 0.0, 1, 1
    try:
        failures = _run_steps(out, app)
    finally:
        keyslots.KDF_TARGET_SECONDS, keyslots.CALIBRATION_SAMPLES, keyslots.FLOOR_ITERATIONS = calibration
    out(f"Fallakte {__version__}: " + ("Selbsttest bestanden" if not failures else f"{failures} Schritt(e) fehlgeschlagen"))
    return 0 if not failures else 1


def _run_steps(out: Callable[[str], None], app) -> int:
    failures = 0
    with tempfile.TemporaryDirectory(prefix="fallakte-selbsttest-") as tmp:
        folder = Path(tmp)
        state: dict = {}
        for label, step in _steps(folder, state, app):
            start = time.perf_counter()
            try:
                detail = step()
                took = f"{time.perf_counter() - start:.2f} s"
                out(f"OK      {label} ({detail + ', ' if detail else ''}{took})")
            except Exception as exc:  # report every failing step, then fail as a whole
                failures += 1
                out(f"FEHLER  {label}: {_said(exc)}")
                if os.environ.get("FALLAKTE_DEBUG"):
                    traceback.print_exc()
        if "casefile" in state:
            state["casefile"].close()
    return failures


def _said(exc: Exception) -> str:
    """What went wrong, in the user's words where it is the user's situation (no disk space, ...)."""
    from app.core.messages import EXPECTED, describe

    return describe(exc) if isinstance(exc, EXPECTED) else f"{type(exc).__name__}: {exc}"


def _steps(folder: Path, state: dict, app):
    def create():
        from app.core.stores import create_casefile

        state["casefile"], _ = create_casefile(folder / "test.db", PASSPHRASE)
        from sqlcipher3 import dbapi2

        return f"SQLCipher {state['casefile'].conn.execute('PRAGMA cipher_version').fetchone()[0]}, SQLite {dbapi2.sqlite_version}"

    def write_read():
        from app.casemanager.casework import Casework, Person
        from app.core import stores

        person_id = Casework(state["casefile"]).add_person(Person("Selbsttest", "Ömer", "olfen"))
        state["casefile"].close()
        state["casefile"] = stores.unlock(folder / "test.db", PASSPHRASE)
        name = Casework(state["casefile"]).person(person_id).given_names
        if name != "Ömer":
            raise AssertionError("read back differs")
        if b"Selbsttest" in (folder / "test.db").read_bytes():
            raise AssertionError("plaintext on disk")

    def bundle():
        from app.casemanager import sync_service
        from app.casemanager.casework import Casework
        from app.core.identity import device_identity
        from sync import bundle as bundles
        from sync.keys import KiPublicKey, generate_ki_key, signing_public

        private, public = generate_ki_key()
        ki = KiPublicKey(public, 3, "Selbsttest")
        cw = Casework(state["casefile"])
        sync_service.configure(cw, ki_key=ki.to_bytes(), device_name="Selbsttest", municipalities=["olfen"])
        sync_service.build_bundle(cw)
        sealed = cw.conn.execute("SELECT bundle FROM outbox").fetchone()[0]
        _, key = device_identity(cw.conn)
        payload = bundles.open_sealed(sealed, private, ki, lambda _d: signing_public(key))
        return f"{len(sealed)} Bytes, {len(payload['tables'])} Tabellen"

    def calendar():
        from icalendar import Calendar

        from app.casemanager.appointments import Appointment, Appointments, monday_of
        from app.casemanager.casework import Casework

        cw = Casework(state["casefile"])
        appointments = Appointments(cw)
        person = cw.conn.execute("SELECT id FROM person").fetchone()[0]
        day = cw.today()
        appointments.add(Appointment(day, "10:00", 30, interpreter_language="arabisch"), person)
        written = appointments.export_week(monday_of(day), folder)
        data = written.read_bytes()
        parsed = Calendar.from_ical(data)
        zones = [str(z["tzid"]) for z in parsed.walk("VTIMEZONE")]
        if len(parsed.walk("VEVENT")) != 1 or zones != ["Europe/Berlin"] or b"Selbsttest" in data:
            raise AssertionError(f"{len(parsed.walk('VEVENT'))} Termine, Zeitzonen {zones}")
        return f"{len(data)} Bytes"

    def translation():
        from PySide6.QtCore import QCoreApplication

        from app.core import i18n

        loaded = i18n.install("de")
        if QCoreApplication.translate("QPlatformTheme", "Cancel") != "Abbrechen":
            raise AssertionError(f"Qt-Übersetzung nicht geladen ({loaded})")
        return ", ".join(loaded)

    def window():
        from ui.main_window import MainWindow

        main = MainWindow(state["casefile"])
        main.show()
        app.processEvents()
        visible = main.isVisible()
        main.teardown()
        main.close()
        if not visible:
            raise AssertionError("window did not show")
        return app.platformName()

    def ki_report():
        from app.casemanager import sync_service
        from app.casemanager.casework import Casework
        from app.ki import committee_report, importer, registry, report_export, statistics

        _, key = registry.create_store(folder / "ki.db", PASSPHRASE, folder, "Selbsttest-KI", 3)
        cw = Casework(state["casefile"])
        sync_service.configure(cw, ki_key=key.to_bytes(), share=folder / "ablage")
        (folder / "ablage").mkdir()
        (folder / "anmeldung").write_bytes(sync_service.enrol_request(cw))
        sync_service.sync_now(cw)
        with registry.open_store(folder / "ki.db", PASSPHRASE) as store:
            registry.enrol(store, registry.read_request(folder / "anmeldung"))
            summary = importer.import_folder(store, folder / "ablage")
            county = statistics.County(store.conn)
            report = committee_report.build(county, statistics.Period.parse(county.months[-1]), "Selbsttest-KI")
            pdf = report_export.write(report, "pdf", folder / "bericht.pdf")[0].read_bytes()
            xlsx = report_export.write(report, "xlsx", folder / "tabellen.xlsx")[0].read_bytes()
        if summary.count(importer.NEW) != 1 or not pdf.startswith(b"%PDF") or not xlsx.startswith(b"PK"):
            raise AssertionError(f"Import {summary.line}, PDF {pdf[:4]!r}, XLSX {xlsx[:2]!r}")
        return f"PDF {len(pdf) // 1024} KiB, XLSX {len(xlsx) // 1024} KiB"

    def paper():
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtPdf import QPdfDocument

        from app.casemanager import attachments, letters
        from app.casemanager.casework import Casework

        cw = Casework(state["casefile"])
        person_id = cw.person_id_for(cw.search("Selbsttest")[0]["case_number"])
        written = letters.write_letter(cw, person_id, letters.template(cw, letters.LETTERS, "jobcenter"),
                                       folder / "brief.docx")
        pdf = written.paths[1].read_bytes()
        attachment = attachments.add(cw, person_id, pdf, "brief.pdf")
        data = QByteArray(attachments.open_content(cw, attachment))
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument()
        document.load(buffer)
        if document.pageCount() < 1 or written.unknown:
            raise AssertionError(f"PDF-Anzeige {document.status()}, unbekannte Platzhalter {written.unknown}")
        return f"DOCX {written.paths[0].stat().st_size // 1024} KiB, {document.pageCount()} PDF-Seite(n)"

    return [
        ("Falldatei anlegen (SQLCipher, Argon2id, Schlüsselfächer)", create),
        ("Datensatz verschlüsselt schreiben und lesen", write_read),
        ("Sendung bauen, verschlüsseln und öffnen", bundle),
        ("Termin als Kalenderdatei (.ics) mit Zeitzone", calendar),
        ("Deutsche Übersetzung laden", translation),
        ("Hauptfenster öffnen und schließen", window),
        ("Brief aus Vorlage (DOCX, PDF), Anlage anzeigen (QtPdf)", paper),
        ("KI: Sendung importieren, Bericht als PDF und XLSX", ki_report),
    ]
