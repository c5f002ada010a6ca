"""Charts and the committee report as PDF, with Qt's own chart and PDF support (no windows: the
charts are drawn into images, the report is laid out by QTextDocument and printed by QPdfWriter).
The statistics window shows the same charts through ``chart_for``."""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QLineSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication, QGraphicsScene

from app.core.messages import tr
from app.ki.committee_report import Report
from app.ki.statistics import ITEM, StatTable
from storage.atomic import write_atomically

CHART_SIZE = (720, 380)
# A calm palette that stays apart in greyscale print.
COLOURS = ["#1f5f8b", "#e07b39", "#4b9c5a", "#b8434a", "#7d5ba6", "#8c6d31", "#3c9fb5", "#999999"]


def _plotted(table: StatTable):
    """The item rows (not subtotals and totals) and the columns a chart shows."""
    return [r for r in table.rows if r.kind == ITEM], list(table.chart_columns)


def _value(table: StatTable, figure, column: int) -> float:
    if not figure.exact:   # withheld: drawn as nothing, never as the part that is known
        return 0
    unit = table.units[column] if table.units else ""
    return {"€": figure.value / 100, "h": figure.value / 60}.get(unit, figure.value)


def chart_for(table: StatTable) -> QChart:
    """The table as a chart; withheld values (a few persons' interpreter bills) are left out, and
    the title says so."""
    rows, columns = _plotted(table)
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    withheld = any(not r.figures[c].exact for r in rows for c in columns)
    chart.setTitle(table.title + (tr(" (ohne nicht veröffentlichte Werte)") if withheld else ""))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    if table.chart == "pie":
        series = QPieSeries()
        for n, row in enumerate(rows):
            value = _value(table, row.figures[columns[0]], columns[0])
            if value > 0:
                part = series.append(row.label, value)
                part.setColor(QColor(COLOURS[n % len(COLOURS)]))
        chart.addSeries(series)
        return chart
    categories = [r.label for r in rows]
    axis_x = QBarCategoryAxis()
    axis_x.append(categories)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    if len(categories) > 6:
        axis_x.setLabelsAngle(-45)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    top = 0.0
    if table.chart == "line":
        series = QLineSeries()
        series.setName(table.columns[columns[0]])
        for n, row in enumerate(rows):
            value = _value(table, row.figures[columns[0]], columns[0])
            series.append(n, value)
            top = max(top, value)
        chart.addSeries(series)
        series.attachAxis(axis_y)
        # A line over category positions: a value axis hidden behind the category labels.
        axis_n = QValueAxis()
        axis_n.setRange(-0.5, len(rows) - 0.5)
        axis_n.setVisible(False)
        chart.addAxis(axis_n, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_n)
    else:
        series = QStackedBarSeries() if table.chart == "stacked" else QBarSeries()
        totals = [0.0] * len(rows)
        for n, c in enumerate(columns):
            bar = QBarSet(table.columns[c])
            bar.setColor(QColor(COLOURS[n % len(COLOURS)]))
            for i, row in enumerate(rows):
                value = _value(table, row.figures[c], c)
                bar.append(value)
                totals[i] = totals[i] + value if isinstance(series, QStackedBarSeries) else max(totals[i], value)
            series.append(bar)
        top = max(totals, default=0.0)
        chart.addSeries(series)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        if len(columns) == 1:
            chart.legend().hide()
    axis_y.setRange(0, max(1.0, top * 1.1))
    return chart


def chart_image(table: StatTable, width: int = CHART_SIZE[0], height: int = CHART_SIZE[1]) -> QImage:
    _application()
    chart = chart_for(table)
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, width, height))
    image = QImage(width * 2, height * 2, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, width * 2, height * 2), QRectF(0, 0, width, height))
    painter.end()
    scene.removeItem(chart)
    return image


def _application() -> None:
    """Charts need a QApplication; a headless CLI run gets an offscreen one."""
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _application.app = QApplication([])


def _table_html(table: StatTable) -> str:
    e = html.escape
    head = "".join(f"<th align='right'>{e(c)}</th>" for c in table.columns)
    body = []
    for row in table.rows:
        style = "" if row.kind == ITEM else " style='font-weight:bold; background:#eef2f5'"
        cells = "".join(f"<td align='right'>{e(table.cell_text(row, c))}</td>" for c in range(len(row.figures)))
        body.append(f"<tr{style}><td>{e(row.label)}</td>{cells}</tr>")
    note = f"<p style='font-size:8pt; color:#555'>{e(table.note)}</p>" if table.note else ""
    return (f"<table border='1' cellspacing='0' cellpadding='3' width='100%' style='border-color:#999'>"
            f"<tr style='background:#dde6ee'><th></th>{head}</tr>{''.join(body)}</table>"
            f"{note}")


def chartable(report: Report) -> list[StatTable]:
    """The tables that get a chart in the report."""
    if not report.has_data:
        return []
    return [t for t in report.tables if not t.empty and (len(_plotted(t)[0]) > 1 or t.chart == "pie")]


def chart_images(report: Report) -> dict[str, QImage]:
    return {t.key: chart_image(t) for t in chartable(report)}


def report_html(report: Report, document: QTextDocument, charts: dict[str, QImage]) -> str:
    """The report as HTML for QTextDocument; chart images are registered with ``document``."""
    e = html.escape
    # Messages outside the f-strings: pyside6-lupdate does not look inside them.
    for_committee, created = tr("Bericht für den Ausschuss"), tr("erstellt am {date}").format(date=report.created)
    key_figures, methods = tr("Die wichtigsten Zahlen"), tr("Methodische Hinweise zur Anonymisierung")
    parts = [
        "<div align='center'><br><br><br><br><br>",
        f"<h1 style='font-size:24pt'>{e(report.title)}</h1>",
        f"<p style='font-size:16pt'>{e(for_committee)}<br>{e(report.period.label)}</p>",
        f"<p style='font-size:12pt'>{e(report.ki_name)}<br>{e(created)}</p>",
        "</div>",
        f"<h2 style='page-break-before: always'>{e(key_figures)}</h2>",
    ]
    parts += [f"<p>{e(p)}</p>" for p in report.summary]
    silent = [d for d in report.devices if d["silent"]]
    if silent:
        parts.append("<p>" + e(tr("Seit über 30 Tagen ohne Sendung: {names}.").format(
            names=", ".join(d["name"] for d in silent))) + "</p>")
    if report.has_data:
        for table in report.tables:
            if table.empty:
                continue
            # One indicator per page: QTextDocument cannot keep a table together otherwise.
            parts.append(f"<h3 style='page-break-before: always'>{e(table.title)}</h3>")
            if table.key in charts:
                url = f"chart:{table.key}"
                document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), charts[table.key])
                parts.append(f"<p align='center'><img src='{url}' width='{CHART_SIZE[0] * 0.85:.0f}'></p>")
            parts.append(_table_html(table))
    parts.append(f"<h2 style='page-break-before: always'>{e(methods)}</h2>")
    parts += [f"<p>{e(p)}</p>" for p in report.methods]
    return "<html><body style='font-family:sans-serif; font-size:10pt'>" + "".join(parts) + "</body></html>"


def write_pdf(report: Report, path: Path, charts: dict[str, QImage] | None = None) -> Path:
    """Lay out and write the PDF. Charts are drawn on the GUI thread (Qt Charts lives in the
    graphics scene, which is not thread-safe): pass them in from there to run this on a worker."""
    if charts is None:
        _application()
        charts = chart_images(report)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(f"{report.title} – {report.period.label}")
    writer.setCreator("Fallakte")
    writer.setResolution(150)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setHtml(report_html(report, document, charts))
    document.print_(writer)
    del writer
    buffer.close()
    write_atomically(Path(path), bytes(data.data()))
    return Path(path)
