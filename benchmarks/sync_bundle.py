"""Bundle build time and size, encrypted case file against a plain SQLite copy of the same data.

    .venv/bin/python benchmarks/sync_bundle.py [persons ...]      (default: 2000 20000)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from app import sync_service  # noqa: E402
from storage import keyslots  # noqa: E402
from sync import bundle as bundles  # noqa: E402
from sync.keys import KiPublicKey, generate_ki_key  # noqa: E402
from benchmarks.common import demo_casefile, median_seconds, plain_casework  # noqa: E402

RUNS = 3

def main(sizes: list[int]) -> None:
    keyslots.KDF_TARGET_SECONDS = 0.05   # unlock cost is measured elsewhere
    print("| persons | demo fill | case file | build enc. | build plain | ratio | bundle size |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            cw, fill = demo_casefile(Path(tmp), n)
            path = cw.casefile.path
            _, public = generate_ki_key()
            ki = KiPublicKey(public, 3, "KI")
            sync_service.configure(cw, ki_key=ki.to_bytes(), device_name="Bench", municipalities=["duelmen", "nottuln"])
            device_id, key = sync_service.device_identity(cw.conn)
            plain = plain_casework(cw, Path(tmp))   # after configuring: the copy has the device identity

            def build(work):
                return bundles.seal(sync_service.build_payload(work, 1, 3), device_id, key, ki)

            enc = median_seconds(lambda: build(cw), RUNS)
            base = median_seconds(lambda: build(plain), RUNS)
            size = len(build(cw))
            print(f"| {n} | {fill:.1f} s | {path.stat().st_size / 1e6:.0f} MB | {enc:.2f} s | {base:.2f} s |"
                  f" {enc / base:.2f}x | {size / 1024:.0f} KiB |")
            cw.casefile.close()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2000, 20000])
