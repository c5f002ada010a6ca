"""Unlock time and on-disk overhead of the encrypted case file against plain SQLite.

Both sides use the same engine (sqlcipher3 without a key is plain SQLite), the same schema, the
same pragmas and the same rows, measured in the same run. Prints a Markdown table.

    make bench            # or: .venv/bin/python benchmarks/casefile_overhead.py [persons ...]
"""

from __future__ import annotations

import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlcipher3 import dbapi2 as sqlcipher  # noqa: E402

from storage import audit, schema  # noqa: E402
from storage.casefile import CaseFile  # noqa: E402
from benchmarks.common import cpu, median_seconds  # noqa: E402

PASSPHRASE = "Benchmark-Passphrase-2026"


def _rows(n: int):
    for i in range(n):
        yield (f"F-{i:06d}", f"Familienname-{i}", f"Vorname-{i}")


def _fill(conn, n: int) -> float:
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    for number, family, given in _rows(n):
        cur = conn.execute("INSERT INTO person (case_number, family_name, given_names, created_at)"
                           " VALUES (?, ?, ?, datetime())", (number, family, given))
        audit.append(conn, "create", "person", cur.lastrowid)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return elapsed


def _plain(path: Path):
    conn = sqlcipher.connect(str(path), isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON", "secure_delete = ON"):
        conn.execute(f"PRAGMA {pragma}")
    schema.migrate(conn, path)
    return conn


def main(sizes: list[int]) -> None:
    print(f"Machine: {cpu()}, Python {platform.python_version()}, SQLite {sqlcipher.sqlite_version}\n")
    print("| persons | encrypted size | plain size | size ratio | insert enc. | insert plain | ratio |"
          " unlock (KDF + open) | KDF alone |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            enc_path, plain_path = Path(tmp) / "enc.db", Path(tmp) / "plain.db"
            cf, _ = CaseFile.create(enc_path, PASSPHRASE)
            enc_insert = _fill(cf.conn, n)
            cf.close()
            plain = _plain(plain_path)
            plain_insert = _fill(plain, n)
            plain.close()
            enc_size = enc_path.stat().st_size + (enc_path.with_name("enc.db.keys")).stat().st_size
            plain_size = plain_path.stat().st_size
            unlock = median_seconds(lambda: CaseFile.open(enc_path, PASSPHRASE).close())
            slots = CaseFile._load_slots(enc_path)
            kdf = median_seconds(lambda: slots.unlock_with_passphrase(PASSPHRASE, enc_path))
            print(f"| {n} | {enc_size / 1e6:.2f} MB | {plain_size / 1e6:.2f} MB | {enc_size / plain_size:.3f}x |"
                  f" {enc_insert:.2f} s | {plain_insert:.2f} s | {enc_insert / plain_insert:.2f}x |"
                  f" {unlock:.3f} s | {kdf:.3f} s |")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2000, 20000])
