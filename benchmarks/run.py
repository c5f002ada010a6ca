"""``make bench``: every figure of docs/performance.md, measured in this run on this machine, each
encrypted figure beside the same work on plain SQLite (or, for the UI, beside the app idling).

    .venv/bin/python -m benchmarks.run [--sizes 2000 20000] [--bundles 1000] [--out docs/performance.md]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import casework, ki_import, utility  # noqa: E402
from benchmarks.common import Row, cpu  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RATIO_LIMIT = 1.3


def probe(*args: object) -> dict:
    """The real windows, in a child process so its peak memory is the app's own."""
    out = subprocess.run([sys.executable, "-m", "benchmarks.ui_probe", *map(str, args)], cwd=ROOT,
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"ui_probe {args[0]} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _ui_rows(casefile: Path, persons: int, empty: Path, store: Path, share: Path, work: Path) -> list[Row]:
    data = casework.persons_label(persons)
    outbox = work / "ablage-gerät"
    for folder in ("ablage-gerät", "sicherung", "sicherung-leer", "bericht", "ablage-leer"):
        (work / folder).mkdir(exist_ok=True)
    full = probe("casemanager", casefile, outbox, work / "sicherung")
    idle = probe("casemanager", empty, work / "ablage-leer", work / "sicherung-leer")
    ki = probe("ki", ki_import.copy_store(store, work / "ki-probe.db"),
               ki_import.copy_share(share, work / "ki-ablage"), work / "bericht")
    return [
        Row("peak memory, case file open in the UI (pages visited, a sync and a backup run)", data,
            full["peak_mb"], idle["peak_mb"], "MB", 250, compared=False),
        Row("longest UI-thread stall during sync (bundle build + delivery)", data,
            full["sync_ms"] / 1000, full["idle_ms"] / 1000, "ms", 0.100, compared=False),
        Row("longest UI-thread stall during backup", data,
            full["backup_ms"] / 1000, full["idle_ms"] / 1000, "ms", 0.100, compared=False),
        Row("longest UI-thread stall during KI import", "1.000 bundles",
            ki["import_ms"] / 1000, ki["idle_ms"] / 1000, "ms", 0.100, compared=False),
        Row("longest UI-thread stall while saving the committee report PDF", "12 laptops",
            ki["report_ms"] / 1000, ki["idle_ms"] / 1000, "ms", 0.100, compared=False),
    ]


def _figure(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "ms":
        return f"{value * 1000:.1f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:.2f} s"


def _limit(row: Row) -> str:
    return "" if row.limit is None else f"≤ {_figure(row.limit, row.unit)}"


def markdown(rows: list[Row], seconds: float) -> str:
    compared = [r for r in rows if r.compared and r.ratio is not None]
    worst = max(compared, key=lambda r: r.ratio)
    lines = [
        "# Performance",
        "",
        "Written by `make bench` (`benchmarks/run.py`); do not edit by hand. Every figure is the median of",
        "several runs, measured in one run on this machine, beside its baseline measured in the same run:",
        "the same work on a plain SQLite copy of the same data (sqlcipher3 without a key is plain SQLite,",
        "so only encryption differs), and for the UI rows the app with an empty case file, idling.",
        "",
        f"- Measured: {date.today().isoformat()}, {seconds / 60:.0f} min in all",
        f"- CPU: {cpu()} ({os.cpu_count()} cores); Python {platform.python_version()}",
        "- Data: `fallakte demo` case files (about 8 contacts per person, two years); the KI side from",
        "  twelve demo laptops of 150 persons each across the three regions.",
        "",
        "| what | data | encrypted | baseline | ratio | target | met |",
        "|---|---|---:|---:|---:|---:|:-:|",
    ]
    for r in rows:
        met = "" if r.met is None else ("yes" if r.met else "**no**")
        ratio = "" if r.ratio is None else f"{r.ratio:.2f}×"
        lines.append(f"| {r.what} | {r.data} | {_figure(r.value, r.unit)} | {_figure(r.baseline, r.unit)} | {ratio} |"
                     f" {_limit(r)} | {met} |")
    lines.append(f"| encrypted / plain SQLite, same queries (largest ratio above: {worst.what}, {worst.data}) | | | |"
                 f" {worst.ratio:.2f}× | ≤ {RATIO_LIMIT}× | {'yes' if worst.ratio <= RATIO_LIMIT else '**no**'} |")
    lines += ["", (ROOT / "benchmarks" / "findings.md").read_text(encoding="utf-8").rstrip(), ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--bundles", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "performance.md")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])  # noqa: F841 (the case list model and the charts need it)

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="fallakte-bench-") as tmp:
        tmp = Path(tmp)
        largest = None
        for n in sorted(args.sizes):   # the largest is the one the UI rows open
            folder = tmp / str(n)
            folder.mkdir()
            print(f"case file with {n} persons …", flush=True)
            cw, plain = casework.prepare(folder, n)
            rows += casework.measure(cw, plain, n)
            cw.casefile.close()
            plain.conn.close()
            largest = (folder / "enc.db", n)
        empty_folder = tmp / "leer"
        empty_folder.mkdir()
        empty, _ = casework.demo_casefile(empty_folder, 0)
        empty.casefile.close()
        print("KI store and share …", flush=True)
        (tmp / "ki").mkdir()
        store, share = ki_import.prepare(tmp / "ki", args.bundles)
        rows += ki_import.measure(store, share, tmp / "ki")
        print("UI probes …", flush=True)
        rows += _ui_rows(*largest, empty_folder / "enc.db", store, share, tmp)
        print("utility of the protected figures …", flush=True)
        accuracy = {}
        for persons in (30, 150):
            (tmp / f"nutzen-{persons}").mkdir()
            accuracy[persons] = utility.measure(persons, tmp / f"nutzen-{persons}")
        shutil.rmtree(tmp, ignore_errors=True)
    text = markdown(rows, time.perf_counter() - started) + "\n" + utility.markdown(accuracy)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
