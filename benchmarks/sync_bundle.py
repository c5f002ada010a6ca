"""Bundle build time and size, encrypted case file against a plain SQLite copy of the same data.

    .venv/bin/python benchmarks/sync_bundle.py [persons ...]      (default: 2000 20000)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlcipher3 import dbapi2 as sqlcipher  # noqa: E402

from app import demo, sync_service  # noqa: E402
from app.casework import Casework  # noqa: E402
from storage import keyslots  # noqa: E402
from storage.casefile import CaseFile  # noqa: E402
from sync import bundle as bundles  # noqa: E402
from sync.keys import KiPublicKey, generate_ki_key  # noqa: E402
from benchmarks.common import median_seconds, plain_copy  # noqa: E402

RUNS = 3

def main(sizes: list[int]) -> None:
    keyslots.KDF_TARGET_SECONDS = 0.05   # unlock cost is measured elsewhere
    print("| persons | demo fill | case file | build enc. | build plain | ratio | bundle size |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "enc.db"
            casefile, _ = CaseFile.create(path, "Benchmark-Passphrase-2026")
            cw = Casework(casefile)
            start = time.perf_counter()
            demo.fill(cw, n, seed=1)
            fill = time.perf_counter() - start
            _, public = generate_ki_key()
            ki = KiPublicKey(public, 3, "KI")
            sync_service.configure(cw, ki_key=ki.to_bytes(), device_name="Bench", municipalities=["duelmen", "nottuln"])
            device_id, key = sync_service.device_identity(cw.conn)
            plain_path = plain_copy(casefile.conn, Path(tmp) / "plain.db")
            plain = Casework(SimpleNamespace(conn=sqlcipher.connect(str(plain_path), isolation_level=None)),
                             today=cw.today)

            def build(work):
                return bundles.seal(sync_service.build_payload(work, 1, 3), device_id, key, ki)

            enc = median_seconds(lambda: build(cw), RUNS)
            base = median_seconds(lambda: build(plain), RUNS)
            size = len(build(cw))
            print(f"| {n} | {fill:.1f} s | {path.stat().st_size / 1e6:.0f} MB | {enc:.2f} s | {base:.2f} s |"
                  f" {enc / base:.2f}x | {size / 1024:.0f} KiB |")
            casefile.close()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2000, 20000])
