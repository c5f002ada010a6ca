"""The KI's side: importing a share of 1 000 real-size bundles, county statistics and the committee
report, in the encrypted KI store against a plain SQLite store with the same schema (same run,
same files).

The bundles come from twelve demo laptops (150 persons each, two years); each sends bundles/12
snapshots, the way a year of syncing every few days would leave them.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from types import SimpleNamespace

from app.casemanager import sync_service
from app.core.identity import device_identity
from app.ki import committee_report, demo_county, importer, registry, report_export, report_pdf, statistics
from benchmarks.common import PASSPHRASE, Row, median_seconds, plain_connection
from storage import schema
from sync import bundle as bundles


def prepare(folder: Path, count: int) -> tuple[Path, Path]:
    """A KI store with twelve enrolled laptops (``folder/ki.db``) and a share of ``count`` bundles."""
    registry.create_store(folder / "ki.db", PASSPHRASE, folder, "KI Kreis Coesfeld", 3)
    share = folder / "vorlage"
    share.mkdir()
    laptops = demo_county.case_files(folder, (folder / "ki-public.key").read_bytes(), share, 150, passphrase=PASSPHRASE)
    with registry.open_store(folder / "ki.db", PASSPHRASE) as store:
        demo_county.enrol_and_sync(store, laptops, share)
        for f in share.glob("*"):
            f.unlink()
        public = registry.public_key(store.conn)
        payloads = {}
        for n in range(count):   # payloads are built once per laptop; sealing gives each file its own bytes
            cw = laptops[n % len(laptops)]
            device_id, key = device_identity(cw.conn)
            sequence = n // len(laptops) + 2
            payload = payloads.setdefault(device_id, sync_service.build_payload(cw, 0, 3))
            sealed = bundles.seal(dict(payload, sequence=sequence), device_id, key, public)
            (share / bundles.file_name(device_id, sequence)).write_bytes(sealed)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for cw in laptops:
        cw.casefile.close()
    return folder / "ki.db", share


def copy_share(share: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(share, target)
    return target


def copy_store(store: Path, target: Path) -> Path:
    shutil.copy(store, target)
    shutil.copy(store.with_name(store.name + ".keys"), target.with_name(target.name + ".keys"))
    return target


def measure(store_path: Path, share: Path, work: Path) -> list[Row]:
    count = len(list(share.glob("*")))
    size = sum(f.stat().st_size for f in share.glob("*")) / count
    run = work / "run.db"

    def encrypted_import() -> float:
        copy_store(store_path, run)
        folder = copy_share(share, work / "ablage")
        with registry.open_store(run, PASSPHRASE) as store:
            start = time.perf_counter()
            importer.import_folder(store, folder)
            return time.perf_counter() - start

    def plain_import() -> float:
        plain = work / "plain.db"
        plain.unlink(missing_ok=True)
        conn = plain_connection(plain)
        schema.migrate(conn, plain, schema=schema.KI_STORE)
        with registry.open_store(store_path, PASSPHRASE) as store:   # the same key and registry
            for table in ("ki_key", "device"):
                rows = store.conn.execute(f"SELECT * FROM {table}").fetchall()
                conn.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
        folder = copy_share(share, work / "ablage")
        start = time.perf_counter()
        importer.import_folder(SimpleNamespace(conn=conn), folder)
        elapsed = time.perf_counter() - start
        conn.close()
        return elapsed

    enc = sorted(encrypted_import() for _ in range(3))[1]
    base = sorted(plain_import() for _ in range(3))[1]
    data = f"{count} bundles, {size / 1024:.0f} KiB each"
    rows = [Row("KI import of the share", data, enc, base, "s", 10.0)]

    with registry.open_store(run, PASSPHRASE) as store:
        plain = plain_connection(work / "plain.db")
        county = statistics.County(store.conn)
        period = statistics.Period.parse(county.months[-1][:4])
        rows.append(Row("county statistics of a year (read + aggregate)", "12 laptops",
                        median_seconds(lambda: statistics.tables(statistics.County(store.conn), period), 3),
                        median_seconds(lambda: statistics.tables(statistics.County(plain), period), 3), "ms"))
        report = committee_report.build(county, period, "KI")
        report_pdf.chart_images(report)   # the first chart pays for Qt's start-up

        def report_pdf_from(conn, out: Path) -> None:   # what "Bericht speichern" does: figures, charts, pages
            report_export.write(committee_report.build(statistics.County(conn), period, "KI"), "pdf", out)

        rows.append(Row(f"committee report PDF (a year, {len(report_pdf.chartable(report))} charts)", "12 laptops",
                        median_seconds(lambda: report_pdf_from(store.conn, work / "bericht.pdf"), 3),
                        median_seconds(lambda: report_pdf_from(plain, work / "bericht-plain.pdf"), 3), "s", 3.0))
        rows.append(Row("indicator tables XLSX", "12 laptops",
                        median_seconds(lambda: report_export.write(report, "xlsx", work / "tabellen.xlsx"), 3), None, "s"))
        plain.close()
    return rows
