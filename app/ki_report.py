"""The committee report of a period: key figures in prose, every indicator table, a methods note;
written as CSV (one file per table) or XLSX (one sheet per table) here, and as PDF by
app/report_pdf.py. ``fallakte ki report`` and the statistics window call the same functions.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import ki_stats
from app.ki_stats import GRAND, County, Figure, Period, StatTable
from app.messages import tr
from storage.atomic import write_atomically

FORMATS = ("pdf", "csv", "xlsx")


@dataclass
class Report:
    title: str
    period: Period
    ki_name: str
    created: str
    k: int
    has_data: bool
    summary: list[str]          # paragraphs of key figures in prose
    tables: list[StatTable]
    devices: list[dict]

    @property
    def methods(self) -> list[str]:
        return [
            tr("Grundlage sind die Sendungen der Fallakte-Geräte der KIM-Case-Manager*innen: je Monat und Kommune "
               "nur Anzahlen, keine Namen, Geburtsdaten, Aktenzeichen oder Freitexte. Personenbezogene Daten "
               "verlassen die Geräte nicht."),
            tr("Jede Anzahl, hinter der 1 bis {km1} Personen stehen, wird schon auf dem Gerät unterdrückt; "
               "damit sie nicht aus Summen errechnet werden kann, werden weitere kleine Zellen mit unterdrückt "
               "(k = {k}).").format(km1=self.k - 1, k=self.k),
            tr("»<{k}« heißt: weniger als {k} Personen. »≥ n« heißt: mindestens n, denn mindestens ein Beitrag "
               "war unterdrückt. »geschützt« heißt: unterdrückt, mehr ist nicht bekannt. Summen mit "
               "unterdrückten Beiträgen sind deshalb Untergrenzen, nie exakte Werte.").format(k=self.k),
            tr("Personen werden je Monat gezählt; für Quartal und Jahr gilt der Stand am Ende des Zeitraums. "
               "Kontakte, Verweisungen, Fälle, Zeiten und Kosten werden über die Monate addiert."),
            tr("Zeiten und Systembeobachtungen betreffen keine Person und werden ungeschützt übermittelt."),
        ]


def build(county: County, period: Period, ki_name: str) -> Report:
    tables = ki_stats.tables(county, period)
    by_key = {t.key: t for t in tables}
    has_data = county.has_data(period)
    return Report(
        title=tr("Kommunales Integrationsmanagement im Kreis Coesfeld"), period=period, ki_name=ki_name,
        created=datetime.now().strftime("%d.%m.%Y"), k=county.k, has_data=has_data,
        summary=_summary(by_key, period, county.k) if has_data else
        [tr("Für {period} liegen keine Sendungen vor.").format(period=period.label)],
        tables=tables, devices=county.devices())


def _grand(table: StatTable, column: int = 0) -> Figure:
    return next((r.figures[column] for r in table.rows if r.kind == GRAND), Figure())


def _summary(t: dict[str, StatTable], period: Period, k: int) -> list[str]:
    def fig(figure: Figure, persons: bool = True, unit: str = "") -> str:
        return figure.text(k, persons, unit)

    places = t["personen_nach_kommune"]
    total = _grand(places, len(places.columns) - 1)
    intensive = _grand(places, len(places.columns) - 2)
    contacts = sum((r.figures[0] for r in t["themen"].rows), Figure())
    shorts = sum((r.figures[1] for r in t["themen"].rows), Figure())
    referrals = _grand(t["verweisungen_partner"])
    chancen = next(r for r in t["chancen_104c"].rows if r.kind == GRAND).figures
    time = t["zeitanteile"].rows
    channels = _grand(t["kontaktwege"])
    return [
        tr("Im Zeitraum {period} begleiteten die KIM-Case-Manager*innen {persons} Personen im Case Management "
           "(Stand am Ende des Zeitraums), davon {intensive} intensiv.").format(
            period=period.label, persons=fig(total), intensive=fig(intensive)),
        tr("Es gab {contacts} Kontakte im Case Management und {referrals} Verweisungen an Partner des "
           "Regelsystems. Anonyme Kurzinterventionen: {shorts}.").format(
            contacts=fig(channels, False), shorts=fig(shorts), referrals=fig(referrals, False))
        if contacts.value or channels.value else
        tr("Im Zeitraum wurden keine Kontakte gemeldet."),
        tr("Chancen-Aufenthaltsrecht (§ 104c AufenthG) am Ende des Zeitraums: {held} Personen; davon endet die "
           "18-Monats-Frist in den nächsten drei Monaten: {soon}. Im Zeitraum nach § 25a: {a}, nach § 25b: {b}, "
           "ohne Anschlusstitel abgelaufen: {lapsed}.").format(
            held=fig(chancen[0]), soon=fig(chancen[1]), a=fig(chancen[2]), b=fig(chancen[3]),
            lapsed=fig(chancen[5])),
        tr("Arbeitszeit: {ind} Einzelfallarbeit und {sys} Systemarbeit ({share} : {rest}; Ziel 60 : 40).").format(
            ind=fig(time[0].figures[0], False, "h"), sys=fig(time[1].figures[0], False, "h"),
            share=time[0].figures[1].value, rest=time[1].figures[1].value),
        tr("Sprachmittlung kostete {cost}. {note}").format(
            cost=fig(_grand(t["sprachmittlung"], 1), False, "€"), note=t["sprachmittlung"].note),
    ]


# -- CSV and XLSX ------------------------------------------------------------------------------------
def table_rows(table: StatTable, k: int) -> list[list[str]]:
    """Header and rows as shown, markers included: a reader of the file sees what the report shows."""
    return [[""] + table.columns] + [[row.label] + [table.cell_text(row, c, k) for c in range(len(row.figures))]
                                     for row in table.rows]


def write_csv(report: Report, folder: Path) -> list[Path]:
    """One CSV per table in ``folder`` (semicolons and a BOM, as German Excel expects)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in report.tables:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow([table.title])
        writer.writerows(table_rows(table, report.k))
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
            sheet.write(r, 0, row.label, bold if row.kind != ki_stats.ITEM else None)
            for c, figure in enumerate(row.figures):
                unit = table.units[c] if table.units else ""
                if figure.exact:
                    sheet.write_number(r, c + 1, _in_unit(figure.value, unit))
                else:
                    sheet.write_string(r, c + 1, figure.text(report.k, table.persons, unit))
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
    """``charts`` (PDF only): images drawn beforehand on the GUI thread, see app/report_pdf.py."""
    if fmt == "csv":
        return write_csv(report, out)
    if fmt == "xlsx":
        return [write_xlsx(report, out)]
    if fmt == "pdf":
        from app import report_pdf

        return [report_pdf.write_pdf(report, out, charts)]
    raise ValueError(fmt)
