"""The committee report and the indicator tables as a reader gets them: a PDF whose pages render
and say the key figures and how they are protected, an XLSX that opens, CSVs as the report shows them,
and nowhere a bound or a "<3" (docs/anonymity.md)."""

import csv

import openpyxl
import pypdfium2
import pytest

from app.ki import committee_report, report_export, statistics
from fallakte.cli import main
from tests.conftest import PASSPHRASE
from tests.test_ki_statistics import county  # noqa: F401  (the twelve-laptop county fixture)


@pytest.fixture(scope="module")
def report(county):  # noqa: F811
    store, _ = county
    return committee_report.build(statistics.County(store.conn), statistics.Period.parse("2026-Q3"), "KI Kreis Coesfeld")


def _pdf_text(path):
    pdf = pypdfium2.PdfDocument(str(path))
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    return pdf, pages


def test_the_pdf_renders_with_title_key_figures_charts_and_methods(report, tmp_path):
    path = tmp_path / "bericht.pdf"
    report_export.write(report, "pdf", path)
    pdf, pages = _pdf_text(path)
    assert len(pages) > 10
    assert "Bericht für den Ausschuss" in pages[0] and "3. Quartal 2026" in pages[0]
    county_total = report.tables[0].cell_text(report.tables[0].rows[-1], 3)
    assert f"begleiteten die KIM-Case-Manager*innen {county_total} Personen" in " ".join(pages[1].split())
    methods = " ".join(pages[-1].split())
    assert "Methodische Hinweise" in methods and "leicht verändert" in methods and "Untergrenze" not in methods
    # A chart page is not blank: a good share of its pixels are coloured.
    bitmap = pdf[2].render(scale=0.5)
    data, step = bytes(bitmap.buffer), bitmap.n_channels
    pixels = (data[i:i + 3] for i in range(0, bitmap.stride * bitmap.height, step))
    assert sum(1 for px in pixels if max(px) - min(px) > 60) > 500


def test_the_xlsx_opens_with_numbers_as_numbers_and_the_marker_as_text(report, tmp_path):
    path = tmp_path / "tabellen.xlsx"
    report_export.write(report, "xlsx", path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "Bericht" and "personen_nach_kommune" in book.sheetnames
    sheet = book["personen_nach_kommune"]
    values = [c.value for row in sheet.iter_rows(min_row=4) for c in row[1:] if c.value is not None]
    table = report.tables[0]
    for row_number, row in enumerate(table.rows, start=4):
        for column, figure in enumerate(row.figures, start=2):
            cell = sheet.cell(row_number, column).value
            assert cell == (figure.value if figure.exact else statistics.WITHHELD)
    assert values


def test_csv_files_carry_what_the_report_shows_and_no_bound(report, tmp_path):
    written = report_export.write(report, "csv", tmp_path / "csv")
    assert len(written) == len(report.tables)
    faelle = next(p for p in written if p.name == "2026-Q3_faelle.csv")
    rows = list(csv.reader(faelle.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    table = next(t for t in report.tables if t.key == "faelle")
    assert rows[1] == ["", "eröffnet", "abgeschlossen"]
    assert rows[2:2 + len(table.rows)] == committee_report.table_rows(table)[1:]
    assert all(cell.replace(".", "").isdigit() for row in rows[2:2 + len(table.rows)] for cell in row[1:])


def test_a_period_with_no_data_still_gives_a_report_that_says_so(county, tmp_path):  # noqa: F811
    store, _ = county
    report = committee_report.build(statistics.County(store.conn), statistics.Period.parse("2019-Q1"), "KI")
    report_export.write(report, "pdf", tmp_path / "leer.pdf")
    _, pages = _pdf_text(tmp_path / "leer.pdf")
    assert "Für 1. Quartal 2019 liegen keine Sendungen vor." in " ".join(" ".join(pages).split())


def test_a_single_month_shows_perturbed_counts_not_bounds_and_quarterly_figures_are_marked(county, tmp_path):  # noqa: F811
    store, _ = county
    report = committee_report.build(statistics.County(store.conn), statistics.Period.parse("2025-01"), "KI")
    about_persons = [t for t in report.tables if t.key not in ("systembeobachtungen", "zeitanteile", "sprachmittlung")]
    shown = [t.cell_text(r, c) for t in about_persons for r in t.rows for c in range(len(r.figures))]
    assert shown and not [x for x in shown if x.startswith(("≥", "<")) or x in ("1", "2", "geschützt")]
    interpreters = next(t for t in report.tables if t.key == "sprachmittlung")
    assert "je Quartal" in interpreters.note
    report_export.write(report, "pdf", tmp_path / "jan.pdf")


def test_cli_report_writes_each_format_and_refuses_a_wrong_period(county, tmp_path, monkeypatch, capsys):  # noqa: F811
    store, _ = county
    path = store.path
    monkeypatch.setenv("FALLAKTE_PASSPHRASE", PASSPHRASE)
    assert main(["ki", "report", "--store", str(path), "--period", "2026-Q3", "--format", "xlsx",
                 "--out", str(tmp_path / "t.xlsx")]) == 0
    assert openpyxl.load_workbook(tmp_path / "t.xlsx").sheetnames
    assert main(["ki", "report", "--store", str(path), "--period", "2026-Q9", "--format", "pdf",
                 "--out", str(tmp_path / "x.pdf")]) == 1
    assert "2026-Q3" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()
