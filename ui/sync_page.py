"""*Synchronisation*: setting sync up (the KI's key and its fingerprint, this device's name and
municipalities, the share, the enrolment request for the KI) and, once set up, when the last sync
succeeded, when the next one is due, what waits, the last error in plain German, and a button.
``SyncController`` tries on start, every 15 minutes and on demand, off the UI thread. The rules
live in app/casemanager/sync_service.py, which ``fallakte sync-setup`` uses too."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.casemanager import sync_service, transparency
from app.casemanager.casework import Casework
from app.core import timefmt
from app.core.messages import EXPECTED, describe
from app.core.stores import EncryptedStore
from ui.jobs import run_job
from ui.widgets import error_label, show_error

INTERVAL_MS = 15 * 60 * 1000


def _sync(casefile: EncryptedStore, cancelled) -> tuple[object, str]:
    """On the thread pool, with its own connection; returns the status and the error in words."""
    with casefile.reopen() as own:
        cw = Casework(own)
        try:
            sync_service.sync_now(cw, cancelled=cancelled)
            error = ""
        except EXPECTED as exc:   # shown on the page; anything else is a fault, reported by _failed
            error = describe(exc)
        return sync_service.status(cw), error


def _preview(casefile: EncryptedStore) -> transparency.Preview:
    with casefile.reopen() as own:
        return transparency.preview(Casework(own))


def _share_problem(folder: str) -> str:
    """On the thread pool (a network share can keep a caller waiting): "" when ``folder`` takes
    files now, else why not, in words."""
    try:
        sync_service.check_share(Path(folder))
    except EXPECTED as exc:
        return describe(exc)
    return ""


def _save_setup(casefile: EncryptedStore, values: dict) -> tuple[sync_service.SyncSetup, str]:
    """On the thread pool: store the set-up, then check the share it names."""
    with casefile.reopen() as own:
        cw = Casework(own)
        sync_service.configure(cw, **values)
        setup = sync_service.setup(cw)
    return setup, _share_problem(setup.share) if setup.share else ""


def _write_request(casefile: EncryptedStore, target: Path | None) -> tuple[sync_service.SyncSetup, Path]:
    with casefile.reopen() as own:
        cw = Casework(own)
        written = sync_service.write_enrol_request(cw, target)
        return sync_service.setup(cw), written


def breakable(path: str) -> str:
    """A path that a label may wrap after each folder (a zero-width space after every separator)."""
    return path.replace("/", "/\u200b").replace("\\", "\\\u200b")


def spoken(fingerprint: str) -> str:
    """A fingerprint as two lines of four groups, to read out group by group."""
    groups = fingerprint.split("-")
    return "   ".join(groups[:4]) + "\n" + "   ".join(groups[4:])


class PreviewDialog(QDialog):
    """Every figure of the next bundle, in words, before anything leaves the laptop."""

    def __init__(self, preview: transparency.Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Was wird übertragen?"))
        intro = QLabel(self.tr(
            "So sieht das KI die nächste Sendung von »{name}« ({munis}): nur diese Zahlen, keine Namen, keine "
            "Daten einzelner Personen. Jede Anzahl ist leicht verändert (höchstens ±2), 1 und 2 kommen nicht vor. "
            "Ein gesendeter Monat wird nicht mehr verändert. Neu mit der nächsten Sendung: {new}.").format(
            name=preview.device_name or self.tr("dieses Gerät"), munis=", ".join(preview.municipalities) or "–",
            new=", ".join(preview.new_periods) or self.tr("nichts")))
        intro.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(preview.lines) or self.tr("Noch kein abgeschlossener Monat."))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Inhalt der nächsten Sendung"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(900, 600)


class SyncController(QObject):
    started = Signal()
    finished = Signal(object, str)  # SyncStatus (or None), error text

    def __init__(self, casefile: EncryptedStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.casefile = casefile
        self.running = False
        self.stopped = False
        self.cancel_requested = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)

    def start(self) -> None:
        """On unlock: one attempt now, then every 15 minutes."""
        self.timer.start()
        self.sync_now()

    def stop(self) -> None:
        """On lock: no new attempts, and a result still under way is dropped (the job has its own
        connection, so it finishes cleanly; its bundle stays queued or delivered)."""
        self.timer.stop()
        self.stopped = True

    def next_attempt(self) -> datetime | None:
        """When the timer tries next; None while it is not running (locked, or not started)."""
        if self.stopped or not self.timer.isActive():
            return None
        return datetime.now(UTC) + timedelta(milliseconds=max(0, self.timer.remainingTime()))

    @Slot()
    def sync_now(self) -> None:
        if self.running or self.stopped:
            return
        self.running = True
        self.cancel_requested = False
        self.started.emit()
        run_job(lambda: _sync(self.casefile, lambda: self.cancel_requested), self._done, self._failed)

    @Slot()
    def cancel(self) -> None:
        """Stop before anything is written to the share; the bundle stays queued."""
        self.cancel_requested = True

    def _done(self, result) -> None:
        self.running = False
        if not self.stopped:
            self.finished.emit(*result)

    def _failed(self, exc: Exception) -> None:
        self.running = False
        if not self.stopped:
            self.finished.emit(None, describe(exc))


class SyncPage(QWidget):
    def __init__(self, controller: SyncController) -> None:
        super().__init__()
        self.controller = controller
        self.cw = Casework(controller.casefile)
        self.status: sync_service.SyncStatus | None = None
        self.setup: sync_service.SyncSetup | None = None
        self.new_key = None   # a KI key chosen and checked, not yet saved
        self.error: tuple[datetime | None, str] = (None, "")   # the last error and when it happened

        # -- set-up ------------------------------------------------------------------------------
        self.completeness = QLabel()
        self.completeness.setWordWrap(True)
        self.key_button = QPushButton(self.tr("Schlüsseldatei des KI wählen …"))
        self.key_button.clicked.connect(lambda: self.choose_key())
        self.ki_name = QLabel()
        self.ki_name.setWordWrap(True)
        self.fingerprint = QLabel()
        self.mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.mono.setPointSizeF(self.mono.pointSizeF() * 1.3)
        self.mono.setWeight(QFont.Weight.DemiBold)
        self.fingerprint.setAccessibleName(self.tr("Fingerabdruck des KI-Schlüssels"))
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_hint = QLabel(self.tr("Fingerabdruck – bitte telefonisch mit dem KI vergleichen."))
        self.fingerprint_hint.setWordWrap(True)
        self.device_name = QLineEdit()
        self.device_name.setPlaceholderText(self.tr("z. B. KIM Dülmen 1"))
        self.device_name.setAccessibleName(self.tr("Name dieses Geräts"))
        self.municipality_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        entries = self.cw.cat.municipalities.alphabetical()
        rows = (len(entries) + 2) // 3
        for n, entry in enumerate(entries):   # column by column, so the eye reads down
            box = QCheckBox(entry.label)
            self.municipality_boxes[entry.code] = box
            grid.addWidget(box, n % rows, n // rows)
        self.municipality_hint = QLabel(self.tr(
            "Werden die Kommunen später geändert, braucht das KI eine neue Anmeldedatei."))
        self.municipality_hint.setWordWrap(True)
        self.share_field = QLineEdit()
        self.share_field.setPlaceholderText(self.tr("Netzlaufwerk, Netzwerkpfad (\\\\server\\ablage) oder USB-Stick"))
        self.share_field.setAccessibleName(self.tr("Ablage des KI"))
        self.share_button = QPushButton(self.tr("Ordner wählen …"))
        self.share_button.clicked.connect(lambda: self.choose_share())
        self.share_state = QLabel()
        self.share_state.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Einrichtung &speichern"))
        self.save_button.clicked.connect(self.save)
        self.message = error_label()
        self.notice = QLabel()
        self.notice.setWordWrap(True)

        key_row = QHBoxLayout()
        key_row.addWidget(self.key_button)
        key_row.addWidget(self.ki_name, 1)
        share_row = QHBoxLayout()
        share_row.addWidget(self.share_field, 1)
        share_row.addWidget(self.share_button)
        municipalities = QVBoxLayout()
        municipalities.addLayout(grid)
        municipalities.addWidget(self.municipality_hint)
        setup_form = QFormLayout()
        setup_form.addRow(self.completeness)
        setup_form.addRow(self.tr("1. Schlüssel des KI:"), key_row)
        setup_form.addRow(self.tr("Fingerabdruck des KI-Schlüssels:"), self.fingerprint)
        setup_form.addRow("", self.fingerprint_hint)
        setup_form.addRow(self.tr("2. Name dieses Geräts:"), self.device_name)
        setup_form.addRow(self.tr("Betreute Kommunen:"), municipalities)
        setup_form.addRow(self.tr("3. Ablage des KI:"), share_row)
        setup_form.addRow("", self.share_state)
        setup_form.addRow(self.message)
        setup_form.addRow(self.save_button, self.notice)
        setup_box = QGroupBox(self.tr("Einrichtung"))
        setup_box.setLayout(setup_form)

        # -- enrolment with the KI --------------------------------------------------------------
        self.device_fingerprint = QLabel()
        self.device_fingerprint.setFont(self.mono)
        self.device_fingerprint.setAccessibleName(self.tr("Fingerabdruck dieses Geräts"))
        self.device_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.enrol_state = QLabel()
        self.enrol_state.setWordWrap(True)
        self.enrol_button = QPushButton(self.tr("Anmeldedatei in die Ablage legen"))
        self.enrol_button.clicked.connect(lambda: self.write_request())
        self.enrol_elsewhere_button = QPushButton(self.tr("Anmeldedatei speichern unter …"))
        self.enrol_elsewhere_button.clicked.connect(self.write_request_elsewhere)
        enrol_intro = QLabel(self.tr(
            "4. Das KI nimmt Sendungen nur von angemeldeten Geräten an. Zur Anmeldung braucht es die Anmeldedatei "
            "dieses Geräts; vorher vergleicht es am Telefon den Fingerabdruck mit Ihnen."))
        enrol_intro.setWordWrap(True)
        enrol_buttons = QHBoxLayout()
        enrol_buttons.addWidget(self.enrol_button)
        enrol_buttons.addWidget(self.enrol_elsewhere_button)
        enrol_layout = QFormLayout()
        enrol_layout.addRow(enrol_intro)
        enrol_layout.addRow(self.tr("Fingerabdruck dieses Geräts:"), self.device_fingerprint)
        enrol_layout.addRow(enrol_buttons)
        enrol_layout.addRow(self.enrol_state)
        enrol_box = QGroupBox(self.tr("Anmeldung beim KI"))
        enrol_box.setLayout(enrol_layout)

        # -- state of the sync -------------------------------------------------------------------
        self.last_success = QLabel()
        self.next_sync = QLabel()
        self.waiting = QLabel()
        self.last_error = QLabel()
        self.last_error.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)   # indeterminate
        self.busy.setVisible(False)
        self.button = QPushButton(self.tr("Jetzt synchronisieren"))
        self.button.setAccessibleName(self.tr("Jetzt synchronisieren"))
        self.button.clicked.connect(controller.sync_now)
        self.preview_button = QPushButton(self.tr("Was wird übertragen? …"))
        self.preview_button.clicked.connect(self.show_preview)
        self.cancel_button = QPushButton(self.tr("Abbrechen"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(controller.cancel)
        form = QFormLayout()
        form.addRow(self.tr("Letzte erfolgreiche Synchronisation:"), self.last_success)
        form.addRow(self.tr("Nächste Synchronisation:"), self.next_sync)
        form.addRow(self.tr("Wartende Sendungen:"), self.waiting)
        form.addRow(self.tr("Letzter Fehler:"), self.last_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.button)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.cancel_button)
        state_layout = QVBoxLayout()
        state_layout.addLayout(form)
        state_layout.addWidget(self.busy)
        state_layout.addLayout(buttons)
        state_box = QGroupBox(self.tr("Stand"))
        state_box.setLayout(state_layout)

        left = QVBoxLayout()
        left.addWidget(setup_box)
        left.addStretch()
        right = QVBoxLayout()
        right.addWidget(state_box)
        right.addWidget(enrol_box)
        right.addStretch()
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        inner = QWidget()
        inner.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        controller.started.connect(self._started)
        controller.finished.connect(self.show_status)
        self.clock = QTimer(self)   # "vor 5 Minuten" stays true while the page is open
        self.clock.setInterval(30_000)
        self.clock.timeout.connect(self._show_times)
        self.clock.start()
        self.refresh()

    # -- reading -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read status and set-up again; the form keeps what is being typed."""
        keep = self.setup is not None and self._edited()
        self.show_setup(sync_service.setup(self.cw), fill_form=not keep)
        self.show_status(sync_service.status(self.cw), "")

    def _form_municipalities(self) -> list[str]:
        return [code for code, box in self.municipality_boxes.items() if box.isChecked()]

    def _edited(self) -> bool:
        """Whether the form differs from what is saved."""
        s = self.setup
        return (self.new_key is not None or self.device_name.text().strip() != s.device_name
                or set(self._form_municipalities()) != set(s.municipalities)
                or self.share_field.text().strip() != s.share)

    def show_setup(self, setup: sync_service.SyncSetup, fill_form: bool = True) -> None:
        self.setup = setup
        if fill_form:
            self.new_key = None
            self.device_name.setText(setup.device_name)
            for code, box in self.municipality_boxes.items():
                box.setChecked(code in setup.municipalities)
            self.share_field.setText(setup.share)
            self._show_key()
        missing = setup.missing()
        self.completeness.setText(
            self.tr("Eingerichtet. Änderungen hier gelten nach »Einrichtung speichern«.") if not missing else
            self.tr("Noch nicht vollständig eingerichtet. Es fehlt: {missing}.").format(missing=", ".join(missing)))
        self.municipality_hint.setVisible(setup.requested_at is not None)
        self.device_fingerprint.setText(spoken(setup.device_fingerprint))
        self._show_times()

    def _show_key(self) -> None:
        """The fingerprint of the key chosen now, else of the one saved."""
        fingerprint = self.new_key.fingerprint if self.new_key else self.setup.ki_fingerprint
        name = self.new_key.name if self.new_key else self.setup.ki_name
        self.fingerprint.setText(spoken(fingerprint) if fingerprint else self.tr("noch kein Schlüssel gewählt"))
        self.fingerprint.setFont(self.mono if fingerprint else self.font())
        self.fingerprint_hint.setVisible(bool(fingerprint))
        if self.new_key:
            self.ki_name.setText(self.tr("{name} – gewählt, noch nicht gespeichert").format(name=name))
        else:
            self.ki_name.setText(name)

    def _show_times(self) -> None:
        """Every time on the page, local and in words (never as stored)."""
        now = datetime.now(UTC)
        status, setup = self.status, self.setup
        if status is not None:
            self.last_success.setText(timefmt.shown(status.last_success, now) if status.last_success
                                      else self.tr("noch nie"))
            if self.controller.running:
                self.next_sync.setText(self.tr("läuft gerade"))
            elif (due := self.controller.next_attempt()) is not None:
                self.next_sync.setText(timefmt.shown(due, now))
            else:
                self.next_sync.setText(self.tr("alle 15 Minuten, solange Fallakte entsperrt ist"))
        at, text = self.error
        if text:
            self.last_error.setText(f"{timefmt.shown(at, now)}: {text}" if at else text)
        elif status is not None:
            self.last_error.setText(self.tr("keiner"))
        if setup is not None:
            self._show_request(setup, now)

    def _show_request(self, setup: sync_service.SyncSetup, now: datetime) -> None:
        if setup.requested_at is None:
            text = self.tr("Noch keine Anmeldedatei geschrieben.")
        elif setup.needs_new_request:
            text = self.tr("Die Kommunen wurden seit der letzten Anmeldedatei ({when}) geändert. Bitte eine neue "
                           "Anmeldedatei schreiben: Das KI muss das Gerät für die neuen Kommunen anmelden, sonst "
                           "lehnt es die Sendungen ab.").format(when=timefmt.shown(setup.requested_at, now))
        else:
            text = self.tr("Anmeldedatei geschrieben am {when}: {path}").format(
                when=timefmt.shown(setup.requested_at, now), path=breakable(setup.requested_to))
        self.enrol_state.setText(text)

    # -- the KI's key ------------------------------------------------------------------------------
    def choose_key(self, path: Path | None = None) -> None:
        """Read and check a key file; a wrong or damaged one changes nothing."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Öffentlichen Schlüssel des KI wählen"), "",
                                                  self.tr("KI-Schlüssel (*.key);;Alle Dateien (*)"))
            if not name:
                return
            path = Path(name)
        show_error(self.message, "")
        self.notice.clear()
        try:
            key = sync_service.read_ki_key(path)
        except EXPECTED as exc:
            show_error(self.message, self.tr("{reason} Datei: {file}. Es wurde nichts verändert.").format(
                reason=describe(exc), file=path.name))
            return
        self.new_key = key if key.fingerprint != self.setup.ki_fingerprint else None
        self._show_key()
        self.notice.setText(self.tr("Bitte den Fingerabdruck mit dem KI vergleichen und dann die Einrichtung "
                                    "speichern.") if self.new_key else self.tr("Dieser Schlüssel ist bereits eingerichtet."))

    # -- the share ---------------------------------------------------------------------------------
    def choose_share(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Ablage des KI wählen"), self.share_field.text())
        if not chosen:
            return
        self.share_field.setText(str(Path(chosen)))
        self.check_share()

    def check_share(self) -> None:
        """Is the folder in the field there and writable? Off the UI thread: a network share can hang."""
        folder = self.share_field.text().strip()
        if not folder:
            return
        self.share_state.setText(self.tr("Die Ablage wird geprüft …"))
        run_job(lambda: (folder, _share_problem(folder)), self._share_checked, self._job_failed)

    def _share_checked(self, result) -> None:
        folder, problem = result
        if self.controller.stopped or folder != self.share_field.text().strip():
            return   # locked meanwhile, or another folder was chosen since
        self.share_state.setText(problem or self.tr("Die Ablage ist erreichbar und beschreibbar."))

    # -- saving ------------------------------------------------------------------------------------
    def save(self) -> None:
        show_error(self.message, "")
        self.notice.setText(self.tr("Wird gespeichert …"))
        share = self.share_field.text().strip()
        values = {"device_name": self.device_name.text(), "municipalities": self._form_municipalities(),
                  "share": Path(share) if share else None,
                  "ki_key": self.new_key.to_bytes() if self.new_key else None}
        self.save_button.setEnabled(False)
        run_job(lambda: _save_setup(self.controller.casefile, values), self._saved, self._save_failed)

    def _saved(self, result) -> None:
        self.save_button.setEnabled(True)
        if self.controller.stopped:
            return
        setup, share_problem = result
        self.show_setup(setup)
        self.show_status(sync_service.status(self.cw), "")
        self.share_state.setText(share_problem or (self.tr("Die Ablage ist erreichbar und beschreibbar.")
                                                   if setup.share else ""))
        notice = self.tr("Gespeichert.")
        if share_problem:
            notice += " " + self.tr("Sendungen warten in der Falldatei, bis die Ablage erreichbar ist.")
        if setup.needs_new_request:
            notice += " " + self.tr("Die Kommunen haben sich geändert: Bitte eine neue Anmeldedatei schreiben.")
        elif setup.requested_at is None and not setup.missing():
            notice += " " + self.tr("Jetzt die Anmeldedatei für das KI schreiben.")
        self.notice.setText(notice)

    def _save_failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        if self.controller.stopped:
            return
        self.notice.clear()
        show_error(self.message, describe(exc) + " " + self.tr("Es wurde nichts gespeichert."))
        field = {"device_name": self.device_name, "municipalities": next(iter(self.municipality_boxes.values()))}
        if (widget := field.get(getattr(exc, "field", ""))) is not None:
            widget.setFocus()

    def _job_failed(self, exc: Exception) -> None:
        if not self.controller.stopped:
            show_error(self.message, describe(exc))

    # -- the enrolment request ---------------------------------------------------------------------
    def write_request(self, target: Path | None = None) -> None:
        """Into the share's folder anmeldung/, or to ``target``: from the saved set-up, so unsaved
        changes are saved first."""
        if self._edited():
            self.enrol_state.setText(self.tr("Bitte zuerst die Einrichtung speichern; die Anmeldedatei enthält "
                                             "den gespeicherten Stand."))
            return
        self.enrol_button.setEnabled(False)
        self.enrol_elsewhere_button.setEnabled(False)
        self.enrol_state.setText(self.tr("Die Anmeldedatei wird geschrieben …"))
        run_job(lambda: _write_request(self.controller.casefile, target), self._request_written,
                self._request_failed)

    def write_request_elsewhere(self) -> None:
        suggested = str(Path.home() / sync_service.enrol_file_name(self.cw))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Anmeldedatei speichern"), suggested,
                                              self.tr("Anmeldedatei (*.enrol)"))
        if name:
            self.write_request(Path(name))

    def _request_written(self, result) -> None:
        self.enrol_button.setEnabled(True)
        self.enrol_elsewhere_button.setEnabled(True)
        if self.controller.stopped:
            return
        setup, _ = result
        self.show_setup(setup, fill_form=False)
        self.enrol_state.setText(self.enrol_state.text() + "\n" + self.tr(
            "Bitte dem KI Bescheid geben. Es meldet das Gerät an, nachdem es den Fingerabdruck am Telefon mit "
            "Ihnen verglichen hat."))

    def _request_failed(self, exc: Exception) -> None:
        self.enrol_button.setEnabled(True)
        self.enrol_elsewhere_button.setEnabled(True)
        if not self.controller.stopped:
            self.enrol_state.setText(self.tr("Die Anmeldedatei wurde nicht geschrieben: {reason}").format(
                reason=describe(exc)))

    # -- syncing -----------------------------------------------------------------------------------
    def show_preview(self) -> None:
        self.preview_button.setEnabled(False)
        run_job(lambda: _preview(self.controller.casefile), self._preview_ready, self._preview_failed)

    def _preview_ready(self, preview) -> None:
        self.preview_button.setEnabled(True)
        self.dialog = PreviewDialog(preview, self)
        self.dialog.open()

    def _preview_failed(self, exc: Exception) -> None:
        self.preview_button.setEnabled(True)
        self.error = (datetime.now(UTC), describe(exc))
        self._show_times()

    def _started(self) -> None:
        self.busy.setVisible(True)
        self.button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self._show_times()

    def show_status(self, status, error: str) -> None:
        """``status`` is None when the attempt failed before it could read one; then only the error shows."""
        self.busy.setVisible(False)
        self.button.setEnabled(True)
        self.cancel_button.setVisible(False)
        if error:   # from this attempt; it may be one that is not stored (cancelled, not set up)
            self.error = (datetime.now(UTC), error)
        elif status is not None:
            self.error = (status.last_error_at, status.last_error)
        if status is not None:
            self.status = status
            self.waiting.setText(str(status.waiting))
        self._show_times()
