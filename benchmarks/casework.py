"""The case manager's side at a given size: unlock, the case list, search, *Heute*, the bundle
build and the file size, each on the encrypted case file and on a plain SQLite copy of the same
data, in the same run."""

from __future__ import annotations

import hashlib
import json
import shutil
import statistics
import time
from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

from app.casemanager import release, sync_service
from app.casemanager.casework import Casework
from app.casemanager.today import due_items
from app.core.identity import device_identity
from benchmarks.common import PASSPHRASE, Row, demo_casefile, median_seconds, plain_casework, plain_connection
from storage import records
from storage.lists import PersonFilter
from storage.store import EncryptedStore, companion_paths
from sync import bundle as bundles
from sync.keys import KiPublicKey, generate_ki_key
from ui.models import PersonListModel

QUERIES = ["Özd", "ozdemir", "Petrenko", "haddad rania", "Wohnungs", "F-2026-0001", "mü", "Ахм", "kaya", "Tesfay"]
FILTERS = {
    "Kommune": PersonFilter(municipality="duelmen"),
    "Intensität": PersonFilter(intensity="intensiv"),
    "Phase": PersonFilter(phase="monitoring"),
    "Aufenthaltsstatus": PersonFilter(status="duldung"),
    "abgeschlossen": PersonFilter(open_state="abgeschlossen"),
    "alle zusammen": PersonFilter(municipality="duelmen", intensity="intensiv", open_state="offen"),
}


def first_page(cw: Casework) -> None:
    PersonListModel(cw)   # what the case list shows at once: count + first page


def _search_p95(cw: Casework) -> float:
    timings = sorted(median_seconds(lambda q=q: cw.search(q), 1) for q in QUERIES * 10)
    return timings[int(len(timings) * 0.95) - 1]


def _slowest_filter(cw: Casework) -> tuple[str, float]:
    model = PersonListModel(cw)
    times = {name: median_seconds(lambda f=f: model.set_filter(f)) for name, f in FILTERS.items()}
    slowest = max(times, key=times.get)
    return slowest, times[slowest]


ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"
# A cached case file is built again when what the demo writes, or how, changes; a newer schema
# upgrades the copy on opening, as it would a user's case file.
MADE_BY = ("app/casemanager/demo.py", "app/casemanager/casework.py")


def _cache_folder(persons: int) -> Path:
    made_by = hashlib.sha256(b"".join((ROOT / name).read_bytes() for name in MADE_BY)).hexdigest()[:12]
    return CACHE / f"{persons}-{made_by}"


def cached_copy(persons: int, folder: Path) -> Path:
    """A copy, in ``folder``, of the demo case file with ``persons`` (built once into benchmarks/.cache;
    50 000 persons take several minutes). Its demo data is as of the day it was built (built.json)."""
    cache = _cache_folder(persons)
    if not (cache / "enc.db").exists():
        for old in CACHE.glob(f"{persons}-*"):
            shutil.rmtree(old)
        staging = CACHE / f"{persons}-bau"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir(parents=True)
        cw, _ = demo_casefile(staging, persons)
        cw.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cw.casefile.close()
        (staging / "built.json").write_text(json.dumps({"built_on": date.today().isoformat()}))
        staging.rename(cache)
    folder.mkdir(parents=True, exist_ok=True)
    for source, target in zip(companion_paths(cache / "enc.db"), companion_paths(folder / "enc.db")):
        if source.exists():
            shutil.copyfile(source, target)
    return folder / "enc.db"


def built_on(persons: int) -> date:
    """The day the cached demo file was built: "today" for every measurement on it."""
    return date.fromisoformat(json.loads((_cache_folder(persons) / "built.json").read_text())["built_on"])


def sync_ready_copy(persons: int, folder: Path) -> Path:
    """A cached copy set up to sync (a KI key, the device's name and municipalities), its key
    derivation calibrated now on this machine, as on a real first run."""
    path = cached_copy(persons, folder)
    with EncryptedStore.open(path, PASSPHRASE) as casefile:
        casefile.change_passphrase(PASSPHRASE)
        _, public = generate_ki_key()
        sync_service.configure(Casework(casefile), ki_key=KiPublicKey(public, 3, "KI").to_bytes(),
                               device_name="Messung", municipalities=["duelmen", "nottuln"])
    return path


def prepare(folder: Path, persons: int):
    """The demo case file, set up to sync, and its plain copy."""
    path = sync_ready_copy(persons, folder)
    built = built_on(persons)
    cw = Casework(EncryptedStore.open(path, PASSPHRASE), today=lambda: built)
    plain = plain_casework(cw, folder / "plain.db")
    return cw, plain


def measure_size(folder: Path, persons: int) -> list[Row]:
    cw, plain = prepare(folder, persons)
    try:
        return measure(cw, plain, persons)
    finally:
        cw.casefile.close()
        plain.conn.close()


def persons_label(persons: int) -> str:
    return f"{persons:,} persons"


def measure(cw: Casework, plain: Casework, persons: int) -> list[Row]:
    data = persons_label(persons)
    path = cw.casefile.path
    plain_path = Path(plain.conn.execute("PRAGMA database_list").fetchone()[2])
    rows = []

    def unlock() -> None:
        with EncryptedStore.open(path, PASSPHRASE) as casefile:
            first_page(Casework(casefile))

    def open_plain() -> None:
        conn = plain_connection(plain_path)
        first_page(Casework(SimpleNamespace(conn=conn), today=cw.today))
        conn.close()

    def open_derived() -> None:   # the same, with the key already derived: what encryption itself costs
        with cw.casefile.reopen() as casefile:
            first_page(Casework(casefile, today=cw.today))

    slots = EncryptedStore._load_slots(path)
    rows.append(Row("unlock: key derivation + open + first page of the case list", data,
                    median_seconds(unlock), None, "s", 1.0))
    rows.append(Row("… of which the key derivation (Argon2id, calibrated to ~0.5 s on purpose)", data,
                    median_seconds(lambda: slots.unlock_with_passphrase(PASSPHRASE, path)), None, "s"))
    rows.append(Row("… open + first page, key derived", data,
                    median_seconds(open_derived), median_seconds(open_plain), "ms", compared=False))
    rows.append(Row("case list first page, no filter", data,
                    median_seconds(lambda: first_page(cw)), median_seconds(lambda: first_page(plain)), "ms", 0.050))
    name, enc = _slowest_filter(cw)
    rows.append(Row(f"case list first page, slowest filter ({name})", data, enc,
                    median_seconds(lambda: PersonListModel(plain).set_filter(FILTERS[name])), "ms", 0.050))
    rows.append(Row("full-text search, p95 over 100 queries", data, _search_p95(cw), _search_p95(plain), "ms", 0.050))
    rows.append(Row("*Heute* (all due items)", data,
                    median_seconds(lambda: due_items(cw), 3), median_seconds(lambda: due_items(plain), 3), "ms",
                    0.100 if persons <= 20000 else 0.150))

    device_id, key = device_identity(cw.conn)
    ki = sync_service.ki_key(cw)
    munis = sync_service.device_municipalities(cw)
    month_before = cw.today() - timedelta(days=31)

    def first_release(work: Casework) -> float:
        """Every closed period of two years counted, protected and frozen: a device's first bundle."""
        with records.rolled_back(work.conn):
            start = time.perf_counter()
            release.release_due(work, munis, ki.k)
            return time.perf_counter() - start

    def month_release(work: Casework) -> float:
        """What changes once a month: one more closed month (and quarter) released, sealed."""
        with records.rolled_back(work.conn):
            release.release_due(Casework(work.casefile, today=lambda: month_before), munis, ki.k)
            start = time.perf_counter()
            bundles.seal(sync_service.build_payload(work, 1, ki.k), device_id, key, ki)
            return time.perf_counter() - start

    sizes = []

    def quiet_sync(work: Casework) -> float:
        """The sync every 15 minutes: nothing new, the frozen periods sealed again."""
        with records.rolled_back(work.conn):
            release.release_due(work, munis, ki.k)
            start = time.perf_counter()
            sizes.append(len(bundles.seal(sync_service.build_payload(work, 1, ki.k), device_id, key, ki)))
            return time.perf_counter() - start

    def median_of(measure, work: Casework, runs: int = 3) -> float:
        return statistics.median(measure(work) for _ in range(runs))

    rows.append(Row("first release: two years of closed months and quarters counted, protected, frozen", data,
                    median_of(first_release, cw), median_of(first_release, plain), "s", 1.5))
    rows.append(Row("monthly release: one more closed month counted, protected, sealed", data,
                    median_of(month_release, cw), median_of(month_release, plain), "s", 0.3))
    quiet, quiet_plain = median_of(quiet_sync, cw), median_of(quiet_sync, plain)
    rows.append(Row(f"sync with nothing new: frozen periods sealed again ({sizes[0] // 1024} KiB)", data,
                    quiet, quiet_plain, "s", 0.1))
    cw.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = path.stat().st_size + path.with_name(path.name + ".keys").stat().st_size
    rows.append(Row("file size on disk", data, size / 1e6, plain_path.stat().st_size / 1e6, "MB", compared=False))
    return rows
