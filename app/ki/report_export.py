"""The committee report as files: CSV (one file per table), XLSX (one sheet per table) and PDF
(app/ki/report_pdf.py). ``save`` writes and records the export in the KI store's audit log; the
statistics window and ``fallakte ki report`` both call it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.core.messages import tr
from app.ki import report_pdf, statistics
from app.ki.committee_report import Report, table_rows
from storage.atomic import private_folder, write_atomically
from storage.store import EncryptedStore

FORMATS = ("pdf", "csv", "xlsx")


def write_csv(report: Report, folder: Path) -> list[Path]:
    """One CSV per table in ``folder`` (semicolons and a BOM, as German Excel expects)."""
    folder = Path(folder)
    private_folder(folder)
    written = []
    for table in report.tables:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow([table.title])
        writer.writerows(table_rows(table))
        if table.note:
            writer.writerow([table.note])
        path = folder / f"{report.period.key}_{table.key}.csv"
        write_atomically(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"))
        written.append(path)
    return written


def write_xlsx(report: Report, path: Path) -> Path:
    """One sheet per table; exact figures as numbers (hours and euros converted), others as the
    text the report shows, so nobody sums a lower bound by accident."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    bold = book.add_format({"bold": True})
    title_format = book.add_format({"bold": True, "font_size": 13})
    about = book.add_worksheet(tr("Bericht")[:31])
    about.write(0, 0, f"{report.title} – {report.period.label}", title_format)
    for n, line in enumerate(report.summary + [""] + report.methods, start=2):
        about.write(n, 0, line)
    about.set_column(0, 0, 120)
    for table in report.tables:
        sheet = book.add_worksheet(table.key[:31])
        sheet.write(0, 0, table.title, title_format)
        for c, name in enumerate([""] + table.columns):
            sheet.write(2, c, name, bold)
        for r, row in enumerate(table.rows, start=3):
            sheet.write(r, 0, row.label, bold if row.kind != statistics.ITEM else None)
            for c, figure in enumerate(row.figures):
                unit = table.units[c] if table.units else ""
                if figure.exact:
                    sheet.write_number(r, c + 1, _in_unit(figure.value, unit))
                else:
                    sheet.write_string(r, c + 1, figure.text(unit))
        if table.note:
            sheet.write(len(table.rows) + 4, 0, table.note)
        sheet.set_column(0, 0, 42)
        sheet.set_column(1, len(table.columns), 16)
    book.close()
    write_atomically(Path(path), buffer.getvalue())
    return Path(path)


def _in_unit(value: int, unit: str) -> float:
    return {"€": value / 100, "h": round(value / 60, 1)}.get(unit, value)


def write(report: Report, fmt: str, out: Path, charts: dict | None = None) -> list[Path]:
    """``charts`` (PDF only): images drawn beforehand on the GUI thread, see app/ki/report_pdf.py."""
    if fmt == "csv":
        return write_csv(report, out)
    if fmt == "xlsx":
        return [write_xlsx(report, out)]
    if fmt == "pdf":
        return [report_pdf.write_pdf(report, out, charts)]
    raise ValueError(fmt)


def save(store: EncryptedStore, report: Report, fmt: str, out: Path, charts: dict | None = None) -> list[Path]:
    """Write the report and note the export in the store's audit log."""
    written = write(report, fmt, out, charts)
    store.audit("export", "report", f"{report.period.key}:{fmt}")
    return written
