"""``make bench``: every figure of docs/performance.md, measured in this run on this machine, each
encrypted figure beside the same work on plain SQLite (or, for the UI, beside the app with an empty
case file), and the command line's start beside a bare Python start.

    .venv/bin/python -m benchmarks.run [--only startup casework ki ui package utility] [--sizes 2000 20000 50000]

``--only`` measures some groups of rows and keeps the others' last figures (benchmarks/results.json,
each group with the day it was measured); docs/performance.md is written from all of them. Demo case
files take minutes to build at 50 000 persons: they are kept in benchmarks/.cache/ and reused until
the demo data or the schema changes.
"""

from __future__ import annotations

import argparse
import dataclasses
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

from benchmarks import casework, ki_import, package, startup, utility  # noqa: E402
from benchmarks.common import Row, cpu, pace_ms  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results.json"
RATIO_LIMIT = 1.3
GROUPS = ("startup", "casework", "ki", "ui", "package", "utility")
SIZES = (2000, 20000, 50000)
UI_SIZE = 20000   # the case file the UI rows open


def probe(*args: object) -> dict:
    """The real windows, in a child process so its peak memory is the app's own."""
    out = subprocess.run([sys.executable, "-m", "benchmarks.ui_probe", *map(str, args)], cwd=ROOT,
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"ui_probe {args[0]} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _ui_rows(sizes: list[int], store: Path, share: Path, work: Path) -> list[Row]:
    """Peak memory of the app with the case file open, for each size against the same probe on an
    empty case file (what is left is the data's share); the UI-thread stalls on UI_SIZE persons."""
    for folder in ("sicherung-leer", "bericht", "ablage-leer"):
        (work / folder).mkdir(exist_ok=True)
    idle = probe("casemanager", casework.sync_ready_copy(0, work / "leer"), work / "ablage-leer",
                 work / "sicherung-leer")
    rows, full = [], {}
    for n in sizes:
        (work / f"ablage-{n}").mkdir(exist_ok=True)
        (work / f"sicherung-{n}").mkdir(exist_ok=True)
        full[n] = probe("casemanager", casework.sync_ready_copy(n, work / f"ui-{n}"), work / f"ablage-{n}",
                        work / f"sicherung-{n}")
        data = casework.persons_label(n)
        rows += [
            Row("unlock to the first window: key derived, file opened, main window shown with *Heute* computed "
                "and painted, against an empty case file", data, full[n]["unlock_s"], idle["unlock_s"], "s",
                1.0 if n <= UI_SIZE else None, compared=False),
            Row("… of which the key derivation", data, full[n]["derive_s"], idle["derive_s"], "s", compared=False),
            Row("peak memory, case file open in the UI (pages visited, a sync and a backup run), against an empty "
                "case file", data, full[n]["peak_mb"], idle["peak_mb"], "MB", 250 if n <= UI_SIZE else None,
                compared=False),
            Row("… of which the data's share (peak minus the empty case file's)", data,
                full[n]["peak_mb"] - idle["peak_mb"], None, "MB"),
            Row("… peak while browsing, before the sync", data, full[n]["browsing_mb"], idle["browsing_mb"], "MB",
                compared=False),
        ]
    ki = probe("ki", ki_import.copy_store(store, work / "ki-probe.db"),
               ki_import.copy_share(share, work / "ki-ablage"), work / "bericht")
    stalls = full.get(UI_SIZE) or full[max(full)]
    data = casework.persons_label(UI_SIZE if UI_SIZE in full else max(full))
    return rows + [
        Row("longest UI-thread stall during sync (bundle build + delivery)", data,
            stalls["sync_ms"] / 1000, stalls["idle_ms"] / 1000, "ms", 0.100, compared=False),
        Row("longest UI-thread stall during backup", data,
            stalls["backup_ms"] / 1000, stalls["idle_ms"] / 1000, "ms", 0.100, compared=False),
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
    if row.ratio_limit is not None:
        return f"≤ {row.ratio_limit:g}× baseline"
    return "" if row.limit is None else f"≤ {_figure(row.limit, row.unit)}"


def _group_order(key: str) -> tuple[int, int]:
    name, _, size = key.partition(" ")
    return GROUPS.index(name), int(size or 0)


def markdown(results: dict) -> str:
    groups = sorted(results["groups"], key=_group_order)
    rows = [Row(**r) for g in groups for r in results["groups"][g]["rows"]]
    compared = [r for r in rows if r.compared and r.ratio is not None]
    worst = max(compared, key=lambda r: r.ratio)
    when = {}
    for g in groups:
        run = results["groups"][g]
        pace = f", pace {run['pace_ms'][0]:.0f}/{run['pace_ms'][1]:.0f} ms" if run.get("pace_ms") else ""
        when.setdefault(run["measured"], []).append(g if run["minutes"] is None else f"{g} ({run['minutes']:.1f} min{pace})")
    lines = [
        "# Performance",
        "",
        "Written by `make bench` (`benchmarks/run.py`); do not edit by hand. Every figure is measured on",
        "this machine beside its baseline measured in the same run: the same work on a plain SQLite copy",
        "of the same data (sqlcipher3 without a key is plain SQLite, so only encryption differs); for the",
        "UI rows the app with an empty case file; for the command line a bare Python start. Figures are",
        "medians of several runs unless the row says otherwise.",
        "",
        *[f"- Measured {day}: {', '.join(names)}" for day, names in sorted(when.items())],
        "- Pace: a fixed Python loop (a million additions, fastest of three) timed before and after each",
        "  group; on this shared machine it moves between about 35 and 90 ms, and every figure with it.",
        f"- CPU: {results['machine']}",
        "- Data: `fallakte demo` case files (about 8 contacts per person, two years); the KI side from",
        "  twelve demo laptops of 150 persons each across the three regions.",
        "",
        "| what | data | measured | baseline | ratio | target | met |",
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
    if results.get("utility"):
        lines.append(utility.markdown({int(n): levels for n, levels in results["utility"].items()}))
    return "\n".join(lines)


def _load() -> dict:
    if RESULTS.exists():
        return json.loads(RESULTS.read_text(encoding="utf-8"))
    return {"groups": {}, "utility": {}}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", nargs="+", choices=GROUPS, default=list(GROUPS), metavar="GROUP",
                        help=f"measure only these groups of rows: {', '.join(GROUPS)}")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="persons, for the casework rows")
    parser.add_argument("--bundles", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "performance.md")
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([])  # noqa: F841 (the case list model and the charts need it)

    results = _load()
    results["machine"] = f"{cpu()} ({os.cpu_count()} cores); Python {platform.python_version()}"
    measured: dict[str, list[Row]] = {}
    took: dict[str, float] = {}

    pace: dict[str, list[float]] = {}

    def timed(group: str, measure) -> None:
        pace[group] = [pace_ms()]
        started = time.perf_counter()
        measured[group] = measure()
        took[group] = time.perf_counter() - started
        pace[group].append(pace_ms())

    with tempfile.TemporaryDirectory(prefix="fallakte-bench-") as tmp:
        tmp = Path(tmp)
        if "startup" in args.only:
            print("command line start …", flush=True)
            timed("startup", startup.measure)
        if "casework" in args.only:
            for n in sorted(args.sizes):
                print(f"case file with {n} persons …", flush=True)
                timed(f"casework {n}", lambda n=n: casework.measure_size(tmp / str(n), n))
        store = share = None
        if "ki" in args.only or "ui" in args.only:
            print("KI store and share …", flush=True)
            (tmp / "ki").mkdir()
            store, share = ki_import.prepare(tmp / "ki", args.bundles)
        if "ki" in args.only:
            timed("ki", lambda: ki_import.measure(store, share, tmp / "ki"))
        if "ui" in args.only:
            print("UI probes …", flush=True)
            timed("ui", lambda: _ui_rows([n for n in sorted(args.sizes) if n >= UI_SIZE] or [max(args.sizes)],
                                         store, share, tmp))
        if "package" in args.only:
            print("packaged app …", flush=True)
            timed("package", package.measure)
        if "utility" in args.only:
            print("utility of the protected figures …", flush=True)
            started = time.perf_counter()
            for persons in (30, 150):
                (tmp / f"nutzen-{persons}").mkdir()
                results["utility"][str(persons)] = utility.measure(persons, tmp / f"nutzen-{persons}")
            took["utility"] = time.perf_counter() - started
        shutil.rmtree(tmp, ignore_errors=True)
    today = date.today().isoformat()
    for group, rows in measured.items():
        results["groups"][group] = {"measured": today, "minutes": took[group] / 60, "pace_ms": pace[group],
                                    "rows": [dataclasses.asdict(r) for r in rows]}
    RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    text = markdown(results)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
