"""The case list's first page (what the UI shows at once), search and *Heute*, on the encrypted case
file and on a plain SQLite copy of the same data, in the same run.

    .venv/bin/python benchmarks/case_list.py [persons ...]      (default: 2000 20000)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


from app.casework import Casework  # noqa: E402
from app.today import due_items  # noqa: E402
from storage import keyslots  # noqa: E402
from storage.lists import PersonFilter  # noqa: E402
from ui.models import PersonListModel  # noqa: E402
from benchmarks.common import demo_casefile, median_seconds, plain_casework  # noqa: E402

QUERIES = ["Özd", "ozdemir", "Petrenko", "haddad rania", "Wohnungs", "F-2026-0001", "mü", "Ахм", "kaya", "Tesfay"]


def measure(cw: Casework) -> dict[str, float]:
    model = PersonListModel(cw)
    filtered = PersonFilter(municipality="duelmen", intensity="intensiv", open_state="offen")
    search_times = sorted(median_seconds(lambda q=q: cw.search(q), 1) for q in QUERIES * 10)
    return {
        "first page": median_seconds(model.refresh),
        "first page, filtered": median_seconds(lambda: model.set_filter(filtered)),
        "search p95": search_times[int(len(search_times) * 0.95) - 1],
        "Heute": median_seconds(lambda: due_items(cw), 3),
    }


def main(sizes: list[int]) -> None:
    keyslots.KDF_TARGET_SECONDS = 0.05
    from PySide6.QtCore import QCoreApplication
    QCoreApplication.instance() or QCoreApplication([])
    print("| persons | measure | encrypted | plain SQLite | ratio |")
    print("|---:|---|---:|---:|---:|")
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            cw, _ = demo_casefile(Path(tmp), n)
            plain = measure(plain_casework(cw, Path(tmp)))
            encrypted = measure(cw)
            for key in encrypted:
                print(f"| {n} | {key} | {encrypted[key] * 1000:.1f} ms | {plain[key] * 1000:.1f} ms |"
                      f" {encrypted[key] / plain[key]:.2f}x |")
            cw.casefile.close()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2000, 20000])
