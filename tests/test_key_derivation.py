"""The key derivation: calibrated on the fastest of several samples, never below RFC 9106's second
recommended setting (Argon2id, 64 MiB, 3 passes, 4 lanes), shown under Einstellungen and
strengthened there without changing the passphrase."""

from __future__ import annotations

import base64
import json

import pytest

from app.core import stores
from storage import keyslots
from storage.errors import WrongPassphrase
from storage.keyslots import keys_path
from storage.store import EncryptedStore
from tests.conftest import PASSPHRASE, REAL_KDF_FLOOR, add_person, snapshot


def simulated_machine(monkeypatch, seconds: list[float]) -> list[int]:
    """Argon2id takes the given seconds, one after the other, per run; returns the passes asked for."""
    clock, asked = [0.0], []
    monkeypatch.setattr(keyslots.time, "perf_counter", lambda: clock[0])

    def fake_argon2(passphrase, salt, iterations, memory_kib, lanes):
        assert (memory_kib, lanes) == (64 * 1024, 4)
        asked.append(iterations)
        clock[0] += seconds[len(asked) - 1]

    monkeypatch.setattr(keyslots, "_argon2", fake_argon2)
    monkeypatch.setattr(keyslots, "KDF_TARGET_SECONDS", 0.5)
    monkeypatch.setattr(keyslots, "CALIBRATION_SAMPLES", 3)
    monkeypatch.setattr(keyslots, "FLOOR_ITERATIONS", REAL_KDF_FLOOR)
    return asked


def test_the_floor_is_rfc_9106s_second_recommended_setting():
    assert (REAL_KDF_FLOOR, keyslots.MEMORY_KIB, keyslots.LANES) == (3, 64 * 1024, 4)


@pytest.mark.parametrize("seconds", [
    [0.3, 0.3, 0.3, 0.6, 0.6, 0.6],   # a slow machine: 0.5 s would allow 2 passes
    [0.6, 0.7, 0.6],                  # not even one pass within half a second
])
def test_calibration_never_gives_fewer_than_three_passes(monkeypatch, seconds):
    simulated_machine(monkeypatch, seconds)
    assert keyslots.calibrate_iterations() == 3


def test_calibration_takes_the_fastest_of_its_samples(monkeypatch):
    """A busy moment makes a sample slower; calibrating on it would weaken every later unlock."""
    # One pass: 0.30, 0.10, 0.25 s; three passes: 0.50, 0.20, 0.45 s. The fastest: a fixed 0.05 s
    # for filling 64 MiB and 0.05 s a pass, so 9 passes make half a second (the medians would give 4).
    asked = simulated_machine(monkeypatch, [0.30, 0.10, 0.25, 0.50, 0.20, 0.45])
    assert keyslots.calibrate_iterations() == 9
    assert asked == [1, 1, 1, 3, 3, 3]


def test_a_new_case_file_gets_at_least_the_floor(monkeypatch, casefile_path):
    monkeypatch.setattr(keyslots, "FLOOR_ITERATIONS", REAL_KDF_FLOOR)
    casefile, _ = EncryptedStore.create(casefile_path, PASSPHRASE)
    casefile.close()
    kdf = json.loads(keys_path(casefile_path).read_bytes())["slots"]["passphrase"]["kdf"]
    assert kdf["iterations"] >= 3 and kdf["memory_kib"] == 64 * 1024 and kdf["lanes"] == 4


@pytest.fixture
def old_casefile(casefile_path):
    """A case file as older versions made them: calibrated to a single pass."""
    casefile, code = EncryptedStore.create(casefile_path, PASSPHRASE, kdf_iterations=1)
    add_person(casefile, "Özdemir", "Ayşe")
    return casefile, code


def test_strengthening_keeps_the_passphrase_and_leaves_no_trace_of_the_old_parameters(old_casefile, monkeypatch):
    casefile, code = old_casefile
    path = casefile.path
    old_salt = casefile.kdf["salt"]
    monkeypatch.setattr(keyslots, "calibrate_iterations", lambda progress=None: 7)
    monkeypatch.setattr(keyslots, "FLOOR_ITERATIONS", REAL_KDF_FLOOR)
    steps = []
    with casefile:
        assert stores.key_derivation(casefile).below_recommendation
        before, after = stores.strengthen_key_derivation(casefile, PASSPHRASE, lambda done, total: steps.append(done))
        assert (before.iterations, after.iterations) == (1, 7)
    assert steps[-1] == 2 + 2 * keyslots.CALIBRATION_SAMPLES
    on_disk = keys_path(path).read_text()
    assert old_salt not in on_disk
    assert json.loads(on_disk)["slots"]["passphrase"]["kdf"]["iterations"] == 7
    with EncryptedStore.open(path, PASSPHRASE) as reopened:   # the same passphrase, the same data
        assert reopened.conn.execute("SELECT family_name FROM person").fetchall() == [("Özdemir",)]
        actions = [a for (a,) in reopened.conn.execute("SELECT action FROM audit_log ORDER BY seq")]
        assert "strengthen_kdf" in actions
    EncryptedStore.open_with_recovery_code(path, code).close()   # the recovery code still opens it


def test_strengthening_never_weakens(casefile_path, monkeypatch):
    casefile, _ = EncryptedStore.create(casefile_path, PASSPHRASE, kdf_iterations=5)
    monkeypatch.setattr(keyslots, "calibrate_iterations", lambda progress=None: 4)   # a slower machine now
    with casefile:
        old_salt = casefile.kdf["salt"]
        _, after = stores.strengthen_key_derivation(casefile, PASSPHRASE)
        assert after.iterations == 5 and casefile.kdf["salt"] != old_salt
    EncryptedStore.open(casefile_path, PASSPHRASE).close()


def test_a_wrong_passphrase_strengthens_nothing(old_casefile):
    casefile, _ = old_casefile
    with casefile:
        casefile.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = snapshot(casefile.path)
        with pytest.raises(WrongPassphrase):
            stores.strengthen_key_derivation(casefile, "nicht-die-richtige")
        assert snapshot(casefile.path) == before and casefile.kdf["iterations"] == 1


def test_older_key_slot_files_still_open(old_casefile):
    """Slots written before the floor (1 or 2 passes) are read as they are; only new slots get 3 or more."""
    casefile, _ = old_casefile
    casefile.close()
    slot = json.loads(keys_path(casefile.path).read_bytes())["slots"]["passphrase"]
    assert slot["kdf"]["iterations"] == 1 and len(base64.b64decode(slot["kdf"]["salt"])) == 16
    EncryptedStore.open(casefile.path, PASSPHRASE).close()


# -- Einstellungen ----------------------------------------------------------------------------------

def _settings_page(qtbot, casefile):
    from app.casemanager.casework import Casework
    from ui.pages import SettingsPage

    page = SettingsPage(Casework(casefile))
    qtbot.addWidget(page)
    page.show()
    return page


def test_einstellungen_shows_the_parameters_and_strengthens_them_after_asking_for_the_passphrase(
        qtbot, old_casefile, monkeypatch):
    casefile, _ = old_casefile
    monkeypatch.setattr(keyslots, "FLOOR_ITERATIONS", REAL_KDF_FLOOR)
    monkeypatch.setattr(keyslots, "calibrate_iterations", lambda progress=None: 5)
    with casefile:
        page = _settings_page(qtbot, casefile)
        row = page.key_derivation
        assert row.parameters.text().startswith("Argon2id, 64 MiB, 4 Spuren, 1 Durchlauf – schwächer als empfohlen")
        assert row.button.text() == "Schlüsselableitung &verstärken …"

        row.button.click()
        dialog = row.dialog
        qtbot.waitUntil(dialog.isVisible)
        dialog.passphrase.setText("nicht-die-richtige")
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10000)
        assert dialog.error.text() == f"Die Passphrase ist falsch. {casefile.path} bleibt unverändert."
        assert dialog.isVisible() and dialog.passphrase.text() == "" and casefile.kdf["iterations"] == 1

        dialog.passphrase.setText(PASSPHRASE)
        dialog.ok_button.click()
        assert not dialog.cancel_button.isEnabled()   # a derivation under way is not interrupted
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
        assert row.parameters.text() == "Argon2id, 64 MiB, 4 Spuren, 5 Durchläufe"
        assert row.outcome.text() == "Verstärkt von 1 auf 5 Durchläufe."
    EncryptedStore.open(casefile.path, PASSPHRASE).close()
