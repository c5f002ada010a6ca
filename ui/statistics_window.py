"""The KI supervisor's window: county statistics per period (each chart beside its table), the
devices and their freshness, importing from the share and saving the committee report. Import and
report run off the UI thread, each with its own connection to the KI store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core import catalogues, timefmt
from app.core.messages import EXPECTED, describe
from app.core.stores import EncryptedStore
from app.ki import committee_report, importer, registry, report_export, report_pdf, statistics
from ui.jobs import run_job
from ui.main_window import IdleWatcher, SessionWatcher
from ui.widgets import fill_table, make_table

SILENT_BRUSH = QBrush(QColor("#f8d7da"))
REPORT_FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "csv": "CSV-Ordner (*)"}


def _import(store: EncryptedStore, folder: Path, report) -> tuple[importer.ImportSummary, dict]:
    """The import and the county's tables read anew, both here on the worker: reading a thousand
    devices' payloads held the window for 0.2 s."""
    with store.reopen() as own:
        return importer.import_folder(own, folder, progress=report), statistics.read_tables(own.conn)


def _build(store: EncryptedStore, county: statistics.County, period: statistics.Period, name: str) -> committee_report.Report:
    """The report's figures: the county's tables (only read here), the store on its own connection."""
    with store.reopen() as own:
        return committee_report.build(statistics.County(own.conn, county.cat, county.tables), period, name)


def _save(store: EncryptedStore, report, fmt: str, path: Path, charts) -> list[Path]:
    with store.reopen() as own:
        return report_export.save(own, report, fmt, path, charts)


class StatisticsWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, store: EncryptedStore) -> None:
        super().__init__()
        self.store = store
        self.closed = False
        self.refreshed = 0   # how often the store was read: an import's tables are stale once it changes
        self.setWindowTitle(self.tr("Fallakte – Auswertung des KI"))
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Zeitraum"))
        self.import_button = QPushButton(self.tr("Sendungen importieren …"))
        self.report_button = QPushButton(self.tr("Bericht speichern …"))
        self.lock_action = QAction(self.tr("Sperren"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        bar = QToolBar()
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr("Zeitraum: ")))
        bar.addWidget(self.period)
        bar.addSeparator()
        bar.addWidget(self.import_button)
        bar.addWidget(self.report_button)
        bar.addAction(self.lock_action)
        self.addToolBar(bar)

        self.tabs = QTabWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.budget = QSpinBox()
        self.budget.setRange(0, 10_000_000)
        self.budget.setSuffix(" €")
        self.budget.setAccessibleName(self.tr("Jahresbudget Sprachmittlung"))
        self.devices = make_table([self.tr("Gerät"), self.tr("Kommunen"), self.tr("Letzte Sendung"),
                                   self.tr("Tage ohne Sendung"), self.tr("Status")])
        self.enrol_button = QPushButton(self.tr("Gerät anmelden …"))
        self.revoke_button = QPushButton(self.tr("Gerät sperren"))
        overview = QWidget()
        layout = QVBoxLayout(overview)
        layout.addWidget(self.summary)
        budget_row = QHBoxLayout()
        budget_row.addWidget(QLabel(self.tr("Jahresbudget Sprachmittlung:")))
        budget_row.addWidget(self.budget)
        budget_row.addStretch()
        layout.addLayout(budget_row)
        # The budget against what the laptops released for each quarter of the period's year.
        self.budget_summary = QLabel()
        self.budget_summary.setWordWrap(True)
        self.budget_quarters = make_table([self.tr("Quartal"), self.tr("Kosten Sprachmittlung"), self.tr("bis dahin"),
                                           self.tr("Anteil am Jahresbudget")])
        self.budget_quarters.setAccessibleName(self.tr("Jahresbudget Sprachmittlung je Quartal"))
        self.budget_quarters.setMaximumHeight(self.budget_quarters.verticalHeader().defaultSectionSize() * 5 + 8)
        self.budget_quarters.setToolTip(self.tr(
            "Nur abgeschlossene, übermittelte Quartale aus erfassten Kontakten. Gebuchte, noch nicht stattgefundene "
            "Sprachmittlung bleibt auf den Geräten."))
        layout.addWidget(self.budget_summary)
        layout.addWidget(self.budget_quarters)
        self.keep_files = QCheckBox(self.tr("Importierte Sendungen im Unterordner »importiert« aufbewahren "
                                            "(sonst nach dem Import gelöscht)"))
        layout.addWidget(self.keep_files)
        layout.addWidget(QLabel(self.tr("Geräte (rot: seit über 30 Tagen keine Sendung)")))
        layout.addWidget(self.devices)
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.tabs.addTab(overview, self.tr("Übersicht"))
        self.table_views: dict[str, tuple[QChartView, object]] = {}
        self.pending_tables: list[statistics.StatTable] = []
        self.setCentralWidget(self.tabs)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Fortschritt"))
        self.statusBar().addPermanentWidget(self.progress)

        self.period.currentIndexChanged.connect(self.show_period)
        self.import_button.clicked.connect(lambda: self.import_folder())
        self.report_button.clicked.connect(lambda: self.save_report())
        self.enrol_button.clicked.connect(lambda: self.enrol())
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.budget.editingFinished.connect(self._budget_changed)
        self.keep_files.toggled.connect(lambda keep: importer.set_keep_imported_files(self.store.conn, keep))
        self.idle = IdleWatcher(float(QSettings().value("idle_minutes", 5)), self)
        self.idle.idle.connect(self.lock_requested)
        self.session = SessionWatcher(self)
        self.session.locked.connect(self.lock_requested)
        self.refresh()
        self.resize(1200, 760)

    # -- data --------------------------------------------------------------------------------------
    def refresh(self, tables: dict | None = None) -> None:
        """Read the store again (after an import, an enrolment, a budget change); ``tables`` if they
        were read already."""
        self.refreshed += 1
        self.county = statistics.County(self.store.conn, tables=tables)
        self.budget.blockSignals(True)
        self.budget.setValue(self.county.interpreter_budget_cents() // 100)
        self.budget.blockSignals(False)
        self.keep_files.blockSignals(True)
        self.keep_files.setChecked(importer.keeps_imported_files(self.store.conn))
        self.keep_files.blockSignals(False)
        chosen = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        for period in statistics.periods_with_data(self.county.months):
            self.period.addItem(period.label, period.key)
        # The newest quarter whose figures are complete (its quarterly tables have arrived).
        quarters = [i for i in range(self.period.count()) if "-Q" in self.period.itemData(i)]
        quarter = next((i for i in quarters if self.county.has_quarters(statistics.Period.parse(self.period.itemData(i)))),
                       quarters[0] if quarters else 0)
        index = self.period.findData(chosen) if chosen else -1
        self.period.setCurrentIndex(index if index >= 0 else quarter)
        self.period.blockSignals(False)
        self._show_devices()
        self.show_period()

    def current_period(self) -> statistics.Period | None:
        key = self.period.currentData()
        return statistics.Period.parse(key) if key else None

    def show_budget(self) -> None:
        """The budget for the year of the period shown (this year while nothing is imported)."""
        period = self.current_period()
        budget = statistics.interpreter_budget(self.county, period.year if period else date.today().year)
        self.budget_summary.setText(budget.summary())
        fill_table(self.budget_quarters, [list(row) for row in budget.rows()])

    def show_period(self) -> None:
        self.show_budget()
        period = self.current_period()
        if period is None:
            self.summary.setText(self.tr("Noch keine Sendungen importiert. »Sendungen importieren …« holt sie "
                                         "aus der Ablage."))
            return
        report = committee_report.build(self.county, period, "")
        self.summary.setText("\n\n".join(report.summary))
        # One table per event-loop turn: charts must be built on this thread, and all 16 at once
        # held it for ~170 ms (docs/performance.md). A timer of 1 ms, not 0: Qt delivers a 0 ms one
        # as a posted event, and several ran back to back before a key press or paint got its turn.
        self.pending_tables = list(report.tables)
        QTimer.singleShot(1, self._show_next_table)

    def _show_next_table(self) -> None:
        if self.closed or not self.pending_tables:
            return
        table = self.pending_tables.pop(0)
        try:
            self._show_table(table)
        finally:   # a table that fails (and is reported) does not stop the others, nor a report waiting for them
            QTimer.singleShot(1, self._show_next_table)

    def _show_table(self, table: statistics.StatTable) -> None:
        if table.key not in self.table_views:
            chart = QChartView()
            chart.setRenderHint(QPainter.RenderHint.Antialiasing)
            grid = make_table([])
            grid.setAccessibleName(table.title)
            split = QSplitter()
            split.addWidget(chart)
            split.addWidget(grid)
            split.setSizes([620, 480])
            self.tabs.addTab(split, table.title.split(" (")[0].split(":")[0])
            self.table_views[table.key] = (chart, grid)
        chart, grid = self.table_views[table.key]
        old = chart.chart()
        chart.setChart(report_pdf.chart_for(table))
        old.deleteLater()
        grid.setColumnCount(len(table.columns) + 1)
        grid.setHorizontalHeaderLabels([""] + table.columns)
        fill_table(grid, committee_report.table_rows(table)[1:])
        for r, row in enumerate(table.rows):
            if row.kind != statistics.ITEM:
                for c in range(grid.columnCount()):
                    font = grid.item(r, c).font()
                    font.setBold(True)
                    grid.item(r, c).setFont(font)
            for c in range(1, grid.columnCount()):
                grid.item(r, c).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.resizeColumnsToContents()   # again, now that totals are bold

    def _show_devices(self) -> None:
        rows = self.county.devices()
        cat = catalogues.default()
        fill_table(self.devices, [[d["name"], cat.place_names(d["municipalities"].split(",")),
                                   timefmt.local(timefmt.parse(d["last_bundle"])) if d["last_bundle"]
                                   else self.tr("noch nie"),
                                   "" if d["days_silent"] is None else d["days_silent"],
                                   self.tr("gesperrt") if d["revoked_at"] else
                                   (self.tr("still") if d["silent"] else self.tr("aktiv"))] for d in rows])
        for r, d in enumerate(rows):
            self.devices.item(r, 0).setData(Qt.ItemDataRole.UserRole, d["device_id"])
            if d["silent"]:
                for c in range(self.devices.columnCount()):
                    self.devices.item(r, c).setBackground(SILENT_BRUSH)

    # -- actions -----------------------------------------------------------------------------------
    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.import_button.setEnabled(not busy)
        self.report_button.setEnabled(not busy)

    def import_folder(self, folder: Path | None = None) -> None:
        settings = QSettings()
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Ablage mit Sendungen wählen"),
                                                      str(settings.value("ki/share", "")))
            if not chosen:
                return
            folder = Path(chosen)
        settings.setValue("ki/share", str(folder))
        self._busy(True)
        self.progress.setRange(0, 0)
        before = self.refreshed
        run_job(lambda report: _import(self.store, folder, report), lambda result: self._imported(result, before),
                self._failed, on_progress=self._progress)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _imported(self, result: tuple[importer.ImportSummary, dict], before: int) -> None:
        if self.closed:   # locked meanwhile: the import is done and kept, nothing to show
            return
        summary, tables = result
        self._busy(False)
        self.statusBar().showMessage(self.tr("Import: {line}").format(line=summary.line))
        # The worker's tables, unless the store changed meanwhile (a device revoked, its figures removed).
        self.refresh(tables if self.refreshed == before else None)

    def _failed(self, exc: Exception) -> None:
        if self.closed:
            return
        self._busy(False)
        message = describe(exc)
        self.statusBar().showMessage(message)
        QMessageBox.warning(self, self.tr("Fallakte"), message)

    def save_report(self, path: Path | None = None, fmt: str | None = None) -> None:
        period = self.current_period()
        if period is None:
            QMessageBox.information(self, self.tr("Fallakte"), self.tr("Noch keine Daten für einen Bericht."))
            return
        if path is None:
            name, chosen_filter = QFileDialog.getSaveFileName(
                self, self.tr("Bericht speichern"), f"KIM-Bericht_{period.key}.pdf", ";;".join(REPORT_FILTERS.values()))
            if not name:
                return
            path = Path(name)
            fmt = next(f for f, label in REPORT_FILTERS.items() if label == chosen_filter)
        fmt = fmt or path.suffix.lstrip(".").lower()
        county, name = self.county, registry.public_key(self.store.conn).name   # this one, whatever comes
        charts: dict = {}
        self._busy(True)
        self.progress.setRange(0, 0)

        def built(report) -> None:
            """Charts one per event-loop turn on this thread (Qt Charts must), the rest on a worker."""
            if self.closed:
                return
            try:
                pending = report_pdf.chartable(report) if fmt == "pdf" else []
            except Exception:  # a fault: reported by the fault handler, and the buttons come back
                self._busy(False)
                raise
            self.progress.setRange(0, len(pending) + 1)
            self.progress.setValue(0)

            def next_step() -> None:
                if self.closed:
                    return
                try:
                    if self.pending_tables:   # the window's own tables first: one of either per turn
                        QTimer.singleShot(1, next_step)
                    elif pending:
                        table = pending.pop(0)
                        charts[table.key] = report_pdf.chart_image(table)
                        self.progress.setValue(len(charts))
                        QTimer.singleShot(1, next_step)
                    else:
                        run_job(lambda: _save(self.store, report, fmt, path, charts or None), self._saved,
                                self._failed)
                except Exception:  # a fault: reported by the fault handler, and the buttons come back
                    self._busy(False)
                    raise
            next_step()
        # The figures on a worker: 80 ms at twelve laptops.
        run_job(lambda: _build(self.store, county, period, name), built, self._failed)

    def _saved(self, written: list[Path]) -> None:
        if self.closed:
            return
        self._busy(False)
        self.statusBar().showMessage(self.tr("Gespeichert: {path}").format(path=", ".join(map(str, written[:1]))))

    def enrol(self, request_file: Path | None = None) -> None:
        if request_file is None:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Anmeldedatei eines Geräts öffnen"))
            if not name:
                return
            request_file = Path(name)
        try:
            request = registry.read_request(request_file)
        except EXPECTED as exc:
            QMessageBox.warning(self, self.tr("Fallakte"), describe(exc))
            return
        known = registry.enrolment(self.store.conn, request)
        text = self.tr(
            "Gerät »{name}« für {munis} anmelden?\n\nFingerabdruck: {fp}\n\nBitte mit dem Fingerabdruck vergleichen, "
            "den das Gerät anzeigt (z. B. am Telefon).").format(
            name=request.name, munis=catalogues.default().place_names(request.municipalities), fp=request.fingerprint)
        if known.revoked:
            text += "\n\n" + self.tr("Achtung: Dieses Gerät ist gesperrt. »Ja« lässt es ausdrücklich wieder zu.")
        if known.same_name:
            text += "\n\n" + self.tr("Achtung: Ein anderes Gerät heißt ebenfalls »{name}«.").format(name=request.name)
        if QMessageBox.question(self, self.tr("Gerät anmelden"), text) != QMessageBox.StandardButton.Yes:
            return
        registry.enrol(self.store, request, reinstate=known.revoked)
        self.statusBar().showMessage(self.tr("Gerät »{name}« angemeldet.").format(name=request.name))
        self.refresh()

    def revoke_selected(self) -> None:
        row = self.devices.currentRow()
        if row < 0:
            return
        device_id = self.devices.item(row, 0).data(Qt.ItemDataRole.UserRole)
        name = self.devices.item(row, 0).text()
        if QMessageBox.question(self, self.tr("Gerät sperren"), self.tr(
                "»{name}« sperren? Seine Sendungen werden danach abgelehnt.").format(name=name)) \
                != QMessageBox.StandardButton.Yes:
            return
        remove = QMessageBox.question(self, self.tr("Gerät sperren"), self.tr(
            "Auch die bisher gesendeten Zahlen von »{name}« aus allen Statistiken entfernen? Bei »Nein« bleiben sie "
            "erhalten.").format(name=name)) == QMessageBox.StandardButton.Yes
        registry.revoke(self.store.conn, device_id, remove_data=remove)
        self.refresh()

    def _budget_changed(self) -> None:
        statistics.set_interpreter_budget(self.store.conn, self.budget.value())
        self.show_period()

    def teardown(self) -> None:
        """On lock: stop watching and forget every figure shown; late job results are dropped."""
        self.closed = True
        self.idle.stop()
        self.summary.clear()
        self.budget_summary.clear()
        self.budget_quarters.setRowCount(0)
        self.devices.setRowCount(0)
        for _, grid in self.table_views.values():
            grid.setRowCount(0)
