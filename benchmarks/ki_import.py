"""KI side: importing a share of 1 000 real-size bundles, and the committee report, in the
encrypted KI store against a plain SQLite store with the same schema (same run, same files).

    .venv/bin/python benchmarks/ki_import.py [bundles]      (default: 1000)

The bundles come from twelve demo laptops (150 persons each, two years); each sends
bundles/12 snapshots, the way a year of syncing every few days would leave them.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlcipher3 import dbapi2 as sqlcipher  # noqa: E402

from app import ki, ki_demo, ki_report, ki_stats, report_pdf, sync_service  # noqa: E402
from benchmarks.common import cpu, median_seconds  # noqa: E402
from storage import keyslots, schema  # noqa: E402
from sync import bundle as bundles  # noqa: E402
from sync import ki_import  # noqa: E402

PASSPHRASE = "Benchmark-Passphrase-2026"


def main(count: int) -> None:
    keyslots.KDF_TARGET_SECONDS = 0.05   # unlock cost is measured elsewhere
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        ki.create_store(tmp / "ki.db", PASSPHRASE, tmp, "KI Kreis Coesfeld", 3)
        share = tmp / "vorlage"
        share.mkdir()
        laptops = ki_demo.case_files(tmp, (tmp / "ki-public.key").read_bytes(), share, 150, passphrase=PASSPHRASE)
        with ki.open_store(tmp / "ki.db", PASSPHRASE) as store:
            ki_demo.enrol_and_sync(store, laptops, share)
            for f in share.glob("*"):
                f.unlink()
            public = ki_import.public_key(store.conn)
            for n in range(count):   # payloads are built once per laptop; sealing gives each file its own bytes
                cw = laptops[n % len(laptops)]
                device_id, key = sync_service.device_identity(cw.conn)
                sequence = n // len(laptops) + 2
                payload = payloads.setdefault(device_id, sync_service.build_payload(cw, 0, 3))
                sealed = bundles.seal(dict(payload, sequence=sequence), device_id, key, public)
                (share / bundles.file_name(device_id, sequence)).write_bytes(sealed)
            size = sum(f.stat().st_size for f in share.glob("*")) / count
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for cw in laptops:
            cw.casefile.close()

        def fresh_share() -> Path:
            target = tmp / "ablage"
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(share, target)
            return target

        def encrypted_import() -> None:
            shutil.copy(tmp / "ki.db", tmp / "run.db")
            shutil.copy(tmp / "ki.db.keys", tmp / "run.db.keys")
            folder = fresh_share()
            with ki.open_store(tmp / "run.db", PASSPHRASE) as store:
                start = time.perf_counter()
                ki.import_folder(store, folder)
                timings.append(time.perf_counter() - start)

        def plain_import() -> None:
            plain = tmp / "plain.db"
            plain.unlink(missing_ok=True)
            conn = sqlcipher.connect(str(plain), isolation_level=None)
            schema.migrate(conn, plain, schema=schema.KI_STORE)
            with ki.open_store(tmp / "ki.db", PASSPHRASE) as store:   # the same key and registry
                for table in ("ki_key", "device"):
                    rows = store.conn.execute(f"SELECT * FROM {table}").fetchall()
                    marks = ",".join("?" * len(rows[0]))
                    conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
            folder = fresh_share()
            start = time.perf_counter()
            ki.import_folder(SimpleNamespace(conn=conn), folder)
            timings.append(time.perf_counter() - start)
            conn.close()

        timings: list[float] = []
        for _ in range(3):
            encrypted_import()
        enc = sorted(timings)[1]
        timings = []
        for _ in range(3):
            plain_import()
        base = sorted(timings)[1]

        with ki.open_store(tmp / "run.db", PASSPHRASE) as store:
            county = ki_stats.County(store.conn)
            period = ki_stats.Period.parse(f"{county.months[-1][:4]}")
            report = ki_report.build(county, period, "KI")
            report_pdf.chart_images(report)   # the first chart pays for Qt's start-up
            pdf = median_seconds(lambda: ki_report.write(report, "pdf", tmp / "bericht.pdf"), 3)
            xlsx = median_seconds(lambda: ki_report.write(report, "xlsx", tmp / "tabellen.xlsx"), 3)
            build = median_seconds(lambda: ki_report.build(ki_stats.County(store.conn), period, "KI"), 3)

    print(f"CPU: {cpu()}")
    print("| what | encrypted | plain SQLite | ratio | target |")
    print("|---|---:|---:|---:|---:|")
    print(f"| KI import of {count} bundles ({size / 1024:.0f} KiB each) | {enc:.2f} s | {base:.2f} s |"
          f" {enc / base:.2f}x | ≤ 10 s |")
    print(f"| county statistics of a year (read + aggregate) | {build * 1000:.0f} ms | | | |")
    print(f"| committee report PDF (a year, {len(report_pdf.chartable(report))} charts) | {pdf:.2f} s | | | ≤ 3 s |")
    print(f"| indicator tables XLSX | {xlsx:.2f} s | | | |")


payloads: dict[str, dict] = {}

if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
