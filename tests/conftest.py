import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from storage import audit, keyslots  # noqa: E402
from storage.store import EncryptedStore, companion_paths  # noqa: E402

PASSPHRASE = "Sonnenblume-Billerbeck-7"
NEW_PASSPHRASE = "Stever-Lüdinghausen-2026"
# Names in three scripts; none may ever appear in a file on disk.
NAMES = [("Özdemir", "Ayşe"), ("Аль-Хасан", "Мухаммад"), ("العبدالله", "فاطمة"), ("Nguyễn", "Thị Lan")]


@pytest.fixture(autouse=True, scope="session")
def qt_application(qapp):
    """One QApplication for the whole run, created first: code that renders documents would
    otherwise create a bare QGuiApplication, on which no widget can live. Named as the app names
    itself (ui/application.py), so QSettings mean the same in every test, whatever ran before."""
    from app.core.paths import APP_NAME

    qapp.setApplicationName(APP_NAME)
    qapp.setOrganizationName(APP_NAME)
    return qapp


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory, monkeypatch):
    """No test may touch the real user's application data."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))


REAL_KDF_FLOOR = keyslots.FLOOR_ITERATIONS


@pytest.fixture(autouse=True, scope="session")
def fast_kdf():
    """Calibrate the KDF to a single pass from a single sample so tests stay quick (module-scoped
    fixtures too); the real 0.5 s target, the fastest of several samples and the floor of 3 passes
    (REAL_KDF_FLOOR) have their own tests (test_key_derivation.py). Memory cost stays at the real 64 MiB."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyslots, "KDF_TARGET_SECONDS", 0.005)
        patch.setattr(keyslots, "FLOOR_ITERATIONS", 1)
        patch.setattr(keyslots, "CALIBRATION_SAMPLES", 1)
        yield


@pytest.fixture
def casefile_path(tmp_path) -> Path:
    return tmp_path / "fallakte.db"


@pytest.fixture(scope="session")
def empty_casefile(tmp_path_factory, fast_kdf):
    """Creating a case file costs four Argon2id runs at 64 MiB: done once per test run, then copied
    for each test (after Anki's tests, which "spin off copies from the master", tests/shared.py)."""
    path = tmp_path_factory.mktemp("vorlage") / "fallakte.db"
    casefile, code = EncryptedStore.create(path, PASSPHRASE)
    casefile.close()
    return path, code


@pytest.fixture
def created(casefile_path, empty_casefile):
    """A fresh case file, closed; returns (path, recovery code)."""
    template, code = empty_casefile
    for source, target in zip(companion_paths(template), companion_paths(casefile_path)):
        if source.exists():
            shutil.copyfile(source, target)
    return casefile_path, code


def add_person(casefile: EncryptedStore, family: str, given: str, case_number: str | None = None) -> int:
    with casefile.transaction():
        number = case_number or f"F-{casefile.conn.execute('SELECT count(*) FROM person').fetchone()[0] + 1:05d}"
        cur = casefile.conn.execute(
            "INSERT INTO person (case_number, family_name, given_names, created_at) VALUES (?, ?, ?, datetime())",
            (number, family, given),
        )
        audit.append(casefile.conn, "create", "person", cur.lastrowid)
    return cur.lastrowid


def snapshot(path: Path) -> dict[str, bytes | None]:
    """The bytes of every file the case file consists of (None where a file is absent)."""
    return {p.name: (p.read_bytes() if p.exists() else None) for p in companion_paths(path)}


def flip_bit(path: Path, offset: int, bit: int = 0) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 1 << bit
    path.write_bytes(bytes(data))


TODAY = __import__("datetime").date(2026, 11, 24)


@pytest.fixture
def cw(created):
    """Casework on an open case file, with today fixed at 24.11.2026."""
    from app.casemanager.casework import Casework

    path, _ = created
    casefile = EncryptedStore.open(path, PASSPHRASE)
    yield Casework(casefile, today=lambda: TODAY)
    casefile.close()


def new_person(cw, family="Özdemir", given="Ayşe", municipality="coesfeld", **extra) -> int:
    from app.casemanager.casework import Person

    return cw.add_person(Person(family_name=family, given_names=given, municipality=municipality, **extra))


def person_with_case(cw, opened="2026-01-10", intensity="intensiv", **person) -> tuple[int, int]:
    person_id = new_person(cw, **person)
    cw.give_consent(person_id, "fallarbeit", opened)
    return person_id, cw.open_case(person_id, opened, intensity)


@pytest.fixture
def berlin_time(monkeypatch):
    """The process in German local time (UTC+1 in winter, +2 in summer), restored afterwards."""
    import time

    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()
