"""What the protection costs in accuracy (issue 13, docs/anonymity.md): twelve demo laptops of the
county, their bundles imported by the KI, every published figure against the case files' own true
count, at municipality, region and county level.

    .venv/bin/python -m benchmarks.utility [--persons 30 150]
"""

from __future__ import annotations

import argparse
import os
import statistics as stats
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.casemanager import release  # noqa: E402
from app.core.catalogues import default as catalogues  # noqa: E402
from app.ki import demo_county, importer, registry, statistics  # noqa: E402

PASSPHRASE = "Nutzen-Messung-2026"
TODAY = date(2026, 11, 24)   # a fixed day: demo data and record keys follow the seed, so the figures repeat
# (indicator, period, stock?) the committee report leans on
FIGURES = [("persons_by_intensity", "2026-09", True), ("persons_by_status_group", "2026-09", True),
           ("contacts_by_topic", "2026-Q3", False), ("referrals_by_outcome", "2026-Q3", False),
           ("cases_opened_closed", "2026-Q3", False)]


def _truth(laptops, indicator: str, period: statistics.Period, stock: bool) -> dict[str, dict[str, int]]:
    released = {p.key for p in release.due(TODAY, set())}
    months = [m for m in period.months if m in released]
    months = months[-1:] if stock else months
    truth: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for cw in laptops:
        for m in months:
            counted = release.count(cw, release.month(int(m[:4]), int(m[5:])))
            for (ind, muni), cells in counted.tables.items():
                if ind == indicator:
                    for cell in cells:
                        truth[muni][statistics.TOTAL if cell is None else cell] += counted.value(ind, muni, cell)[0]
    return truth


def _levels(per_muni: dict[str, dict[str, int]]) -> dict[str, dict[tuple[str, str], int]]:
    """The same figures summed to regions and the county."""
    region = {e.code: e.extra["region"] for e in catalogues().municipalities.entries}
    out = {"Kommune": {}, "Region": defaultdict(int), "Kreis": defaultdict(int)}
    for muni, cells in per_muni.items():
        for cell, value in cells.items():
            out["Kommune"][(muni, cell)] = value
            out["Region"][(region.get(muni, muni), cell)] += value
            out["Kreis"][("kreis", cell)] += value
    return out


def measure(persons_each: int, work: Path) -> dict[str, tuple[float, int, int]]:
    """level -> (mean absolute error, largest absolute error, number of figures)."""
    registry.create_store(work / "ki.db", PASSPHRASE, work, "KI", 3)
    (work / "ablage").mkdir()
    laptops = demo_county.case_files(work, (work / "ki-public.key").read_bytes(), work / "ablage", persons_each,
                                     today=TODAY, passphrase=PASSPHRASE)
    errors: dict[str, list[int]] = defaultdict(list)
    with registry.open_store(work / "ki.db", PASSPHRASE) as store:
        demo_county.enrol_and_sync(store, laptops, work / "ablage")
        importer.import_folder(store, work / "ablage")
        county = statistics.County(store.conn)
        for indicator, key, stock in FIGURES:
            period = statistics.Period.parse(key)
            published = {m: {c: f.value for c, f in cells.items()} for m, cells in county.sums(indicator, period).items()}
            truth, shown = _levels(_truth(laptops, indicator, period, stock)), _levels(published)
            for level, figures in truth.items():
                errors[level] += [abs(shown[level].get(k, 0) - v) for k, v in figures.items() if v or shown[level].get(k)]
    for cw in laptops:
        cw.casefile.close()
    return {level: (stats.mean(e), max(e), len(e)) for level, e in errors.items()}


def markdown(results: dict[int, dict[str, tuple[float, int, int]]]) -> str:
    lines = ["## Utility of the protected figures", "",
             "Twelve demo laptops (`fallakte ki demo`), their bundles imported; persons (Sept. 2026, two tables),",
             "contacts by topic, referrals by outcome and cases (3rd quarter 2026) as the KI shows them, against the",
             "case files' own counts. Zeros on both sides are left out. `benchmarks/utility.py`.", "",
             "| county | level | figures | mean absolute error | largest |", "|---|---|---:|---:|---:|"]
    for persons, levels in results.items():
        for level in ("Kommune", "Region", "Kreis"):
            mean, largest, n = levels[level]
            lines.append(f"| 12 × {persons} persons | {level} | {n} | {mean:.2f} | {largest} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, nargs="+", default=[30, 150])
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])  # noqa: F841
    results = {}
    for n in args.persons:
        with tempfile.TemporaryDirectory(prefix="fallakte-nutzen-") as tmp:
            results[n] = measure(n, Path(tmp))
    print(markdown(results))


if __name__ == "__main__":
    main()
