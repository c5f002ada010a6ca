"""The ``fallakte`` command: exit status 0 on success, otherwise one clear line on stderr."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fallakte.cli import main
from storage.store import EncryptedStore
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, add_person, flip_bit, snapshot


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("FALLAKTE_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("FALLAKTE_NEW_PASSPHRASE", raising=False)
    monkeypatch.delenv("FALLAKTE_RECOVERY_CODE", raising=False)
    return monkeypatch


def run(capsys, *argv):
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("fallakte: ")
    return lines[0]


def _recovery_code(out: str) -> str:
    return next(line.strip() for line in out.splitlines() if line.startswith("    "))


def test_init_prints_the_recovery_code_once_and_it_works(env, capsys, casefile_path):
    status, out, err = run(capsys, "init", "--casefile", str(casefile_path))
    assert status == 0 and err == ""
    code = _recovery_code(out)
    env.setenv("FALLAKTE_RECOVERY_CODE", code)
    env.setenv("FALLAKTE_NEW_PASSPHRASE", NEW_PASSPHRASE)
    status, out, err = run(capsys, "recover", "--casefile", str(casefile_path))
    assert status == 0, err
    assert code not in out
    EncryptedStore.open(casefile_path, NEW_PASSPHRASE).close()


def test_casefile_may_be_given_before_the_subcommand(env, capsys, casefile_path):
    assert run(capsys, "--casefile", str(casefile_path), "init")[0] == 0
    assert casefile_path.exists()


def test_init_refuses_an_existing_case_file_unless_forced(env, capsys, created):
    path, _ = created
    before = snapshot(path)
    status, _, err = run(capsys, "init", "--casefile", str(path))
    assert status == 1
    assert "bereits eine Falldatei" in _one_line(err) and "--force" in err
    assert snapshot(path) == before
    assert run(capsys, "init", "--force", "--casefile", str(path))[0] == 0
    assert snapshot(path) != before


def test_check_reports_a_sound_file_and_a_damaged_one(env, capsys, created):
    path, _ = created
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        for i in range(200):
            add_person(cf, f"N{i}", f"V{i}")
        cf.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    status, out, _ = run(capsys, "check", "--casefile", str(path))
    assert status == 0 and "in Ordnung" in out
    flip_bit(path, 4096 * 4 + 10)
    status, out, err = run(capsys, "check", "--casefile", str(path))
    assert status == 1
    assert "Verschlüsselung" in out
    assert "Problem" in _one_line(err)


def test_a_wrong_passphrase_exits_non_zero_with_one_line_and_no_change(env, capsys, created):
    path, _ = created
    env.setenv("FALLAKTE_PASSPHRASE", "das-ist-sie-nicht")
    before = snapshot(path)
    for command in (["check"], ["passwd"], ["backup", "--to", str(path.parent)]):
        env.setenv("FALLAKTE_NEW_PASSPHRASE", NEW_PASSPHRASE)
        status, _, err = run(capsys, *command, "--casefile", str(path))
        assert status == 1
        assert "Passphrase ist falsch" in _one_line(err)
    assert snapshot(path) == before


def test_a_damaged_key_file_is_named(env, capsys, created):
    path, _ = created
    keys = path.with_name(path.name + ".keys")
    keys.write_bytes(keys.read_bytes()[:50])
    status, _, err = run(capsys, "check", "--casefile", str(path))
    assert status == 1
    assert str(keys) in _one_line(err) and "beschädigt" in err


def test_a_missing_case_file_is_named(env, capsys, casefile_path):
    status, _, err = run(capsys, "check", "--casefile", str(casefile_path))
    assert status == 1 and str(casefile_path) in _one_line(err)


def test_passwd_then_backup_and_restore(env, capsys, created, tmp_path):
    path, _ = created
    env.setenv("FALLAKTE_NEW_PASSPHRASE", NEW_PASSPHRASE)
    assert run(capsys, "passwd", "--casefile", str(path))[0] == 0
    env.setenv("FALLAKTE_PASSPHRASE", NEW_PASSPHRASE)
    status, out, _ = run(capsys, "backup", "--to", str(tmp_path), "--casefile", str(path))
    assert status == 0
    backup = Path(out.split(": ", 1)[1].strip())
    target = tmp_path / "zurueck.db"
    status, out, err = run(capsys, "restore", str(backup), "--casefile", str(target))
    assert status == 0, err
    EncryptedStore.open(target, NEW_PASSPHRASE).close()


def test_a_typo_in_the_recovery_code_is_pointed_out(env, capsys, created):
    path, code = created
    env.setenv("FALLAKTE_RECOVERY_CODE", code[:-1] + ("0" if code[-1] != "0" else "1"))
    env.setenv("FALLAKTE_NEW_PASSPHRASE", NEW_PASSPHRASE)
    status, _, err = run(capsys, "recover", "--casefile", str(path))
    assert status == 1 and "Gruppe 5" in _one_line(err)


def test_a_short_new_passphrase_is_refused(env, capsys, casefile_path):
    env.setenv("FALLAKTE_PASSPHRASE", "kurz")
    status, _, err = run(capsys, "init", "--casefile", str(casefile_path))
    assert status == 1 and "mindestens 10 Zeichen" in _one_line(err)
    assert not casefile_path.exists()


def test_an_unreachable_backup_target_is_a_clear_error(env, capsys, created, tmp_path):
    path, _ = created
    status, _, err = run(capsys, "backup", "--to", str(tmp_path / "fehlt" / "x.zip"), "--casefile", str(path))
    assert status == 1 and "fehlt" in _one_line(err)


@pytest.mark.slow
def test_the_installed_command_runs_with_the_real_key_derivation(tmp_path):
    exe = shutil.which("fallakte", path=str(Path(sys.executable).parent))
    assert exe, "the console script is installed with the project"
    casefile = tmp_path / "echt.db"
    env = {"PATH": str(Path(sys.executable).parent), "HOME": str(tmp_path), "FALLAKTE_PASSPHRASE": PASSPHRASE}
    done = subprocess.run([exe, "init", "--casefile", str(casefile)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    done = subprocess.run([exe, "check", "--casefile", str(casefile)], env=env, capture_output=True, text=True)
    assert done.returncode == 0 and "in Ordnung" in done.stdout


def test_without_casefile_the_platform_data_folder_is_used(env, capsys, tmp_path):
    import os

    status, out, _ = run(capsys, "init")
    assert status == 0
    expected = Path(os.environ["XDG_DATA_HOME"]) / "Fallakte" / "fallakte.db"
    assert expected.exists() and str(expected) in out


def test_export_person_writes_pdf_and_json_for_a_case_number(env, capsys, created, tmp_path):
    from app.casemanager.casework import Casework, Person

    path, _ = created
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        Casework(cf).add_person(Person("Kaya", "Deniz", "billerbeck"))
        number = cf.conn.execute("SELECT case_number FROM person").fetchone()[0]
    status, out, err = run(capsys, "export-person", number, "--to", str(tmp_path), "--casefile", str(path))
    assert status == 0, err
    assert (tmp_path / f"auskunft-{number}.pdf").exists() and (tmp_path / f"auskunft-{number}.json").exists()
    status, _, err = run(capsys, "export-person", "F-1999-99999", "--to", str(tmp_path), "--casefile", str(path))
    assert status == 1 and "F-1999-99999" in _one_line(err)


def test_a_case_manager_and_the_ki_exchange_a_bundle_from_the_command_line(env, capsys, tmp_path):
    share = tmp_path / "ablage"
    share.mkdir()
    store, casefile = tmp_path / "ki.db", tmp_path / "cm.db"
    status, out, err = run(capsys, "ki", "keygen", "--store", str(store), "--out", str(tmp_path))
    assert status == 0, err
    fingerprint = out.splitlines()[2].strip()
    assert run(capsys, "demo", "--persons", "40", "--casefile", str(casefile))[0] == 0
    status, out, _ = run(capsys, "sync-setup", "--casefile", str(casefile), "--share", str(share),
                         "--ki-key", str(tmp_path / "ki-public.key"), "--name", "KIM Olfen", "--municipalities", "olfen")
    assert status == 0 and fingerprint in out
    assert run(capsys, "enrol-request", "--casefile", str(casefile), "--out", str(tmp_path / "g.enrol"))[0] == 0
    assert run(capsys, "ki", "enrol", str(tmp_path / "g.enrol"), "--store", str(store))[0] == 0
    status, out, _ = run(capsys, "sync", "--casefile", str(casefile))
    assert status == 0 and "Übertragen" in out
    status, out, _ = run(capsys, "ki", "import", str(share), "--store", str(store))
    assert status == 0 and out.strip().endswith("1 neu, 0 aktualisiert, 0 übergangen, 0 abgelehnt")
    assert list(share.glob("*.fallakte-bundle")) == [] and not (share / "importiert").exists()
    status, out, _ = run(capsys, "ki", "devices", "--store", str(store))
    assert "KIM Olfen" in out and "aktiv" in out
    device = out.split()[0]
    assert run(capsys, "ki", "revoke", device, "--store", str(store))[0] == 0
    assert run(capsys, "sync", "--casefile", str(casefile))[0] == 0
    status, out, _ = run(capsys, "ki", "import", str(share), "--store", str(store))
    assert "Gerät gesperrt" in out


def test_the_ki_settings_show_and_change_what_is_kept_of_imported_files(env, capsys, tmp_path):
    store = tmp_path / "ki.db"
    run(capsys, "ki", "keygen", "--store", str(store), "--out", str(tmp_path), "--name", "KI Kreis Coesfeld")
    status, out, _ = run(capsys, "ki", "settings", "--store", str(store))
    assert status == 0 and "nach dem Import gelöscht" in out and "k = 3" in out and "0 €" in out
    status, out, _ = run(capsys, "ki", "settings", "--store", str(store), "--keep-imported-files", "ja",
                         "--interpreter-budget", "12000")
    assert status == 0 and "aufbewahrt" in out and "12000 €" in out
    assert "aufbewahrt" in run(capsys, "ki", "settings", "--store", str(store))[1]
    status, _, err = run(capsys, "ki", "settings", "--store", str(store), "--interpreter-budget", "-5")
    assert status == 1 and "negativ" in _one_line(err)


def test_sync_to_a_missing_share_says_so_and_keeps_the_bundle(env, capsys, tmp_path):
    store, casefile = tmp_path / "ki.db", tmp_path / "cm.db"
    run(capsys, "ki", "keygen", "--store", str(store), "--out", str(tmp_path))
    run(capsys, "init", "--casefile", str(casefile))
    run(capsys, "sync-setup", "--casefile", str(casefile), "--ki-key", str(tmp_path / "ki-public.key"),
        "--share", str(tmp_path / "gibt-es-nicht"))
    status, _, err = run(capsys, "sync", "--casefile", str(casefile))
    assert status == 1 and "nicht erreichbar" in _one_line(err) and "wartet" in err


def test_sync_setup_checks_the_share_and_enrol_request_puts_the_request_into_it(env, capsys, tmp_path):
    """The same functions as the window: a share that is not there is said at once; without --out
    the request goes into the share's folder anmeldung/, where the KI enrols it from."""
    share, store, casefile = tmp_path / "ablage", tmp_path / "ki.db", tmp_path / "cm.db"
    run(capsys, "ki", "keygen", "--store", str(store), "--out", str(tmp_path))
    run(capsys, "init", "--casefile", str(casefile))
    status, out, _ = run(capsys, "sync-setup", "--casefile", str(casefile), "--share", str(share), "--ki-key",
                         str(tmp_path / "ki-public.key"), "--name", "KIM Dülmen 1", "--municipalities", "duelmen")
    assert status == 0 and f"Achtung: Die Ablage {share} ist nicht erreichbar." in out
    share.mkdir()
    status, out, err = run(capsys, "enrol-request", "--casefile", str(casefile))
    assert status == 0, err
    [request] = (share / "anmeldung").glob("KIM-Duelmen-1_*.enrol")
    assert str(request) in out
    assert run(capsys, "ki", "enrol", str(request), "--store", str(store))[0] == 0
    status, out, _ = run(capsys, "sync-setup", "--casefile", str(casefile), "--municipalities", "duelmen,nottuln")
    assert "Achtung" not in out and "neue schreiben" in out


def test_a_ki_store_is_not_a_case_file(env, capsys, tmp_path):
    store = tmp_path / "ki.db"
    run(capsys, "ki", "keygen", "--store", str(store), "--out", str(tmp_path))
    status, _, err = run(capsys, "check", "--casefile", str(store))
    assert status == 1 and "KI-Speicher" in _one_line(err)


def test_sync_preview_prints_every_figure_and_sends_nothing(tmp_path, monkeypatch, capsys):
    from app.casemanager import sync_service
    from app.casemanager.casework import Casework
    from app.core import stores

    path = tmp_path / "fallakte.db"
    monkeypatch.setenv("FALLAKTE_PASSPHRASE", PASSPHRASE)
    casefile, _ = stores.create_casefile(path, PASSPHRASE)
    with casefile:
        sync_service.configure(Casework(casefile), share=tmp_path / "ablage", device_name="KIM Olfen",
                               municipalities=["olfen"])
    (tmp_path / "ablage").mkdir()
    assert main(["sync", "--preview", "--casefile", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Nächste Sendung von »KIM Olfen« (Olfen)" in out and "· Olfen · Personen nach Intensität:" in out
    assert list((tmp_path / "ablage").iterdir()) == []


def test_the_help_speaks_german_throughout_and_english_with_the_ui_language(capsys):
    from PySide6.QtCore import QSettings

    from app.core import i18n

    with pytest.raises(SystemExit):
        main(["ki", "import", "--help"])
    german = capsys.readouterr().out
    assert german.startswith("Aufruf: fallakte ki import") and "diese Hilfe zeigen" in german
    assert not any(word in german for word in ("usage:", "options:", "show this help"))
    with pytest.raises(SystemExit):
        main(["ki", "import"])
    assert "Fehler: Diese Angaben fehlen: ORDNER" in capsys.readouterr().err

    QSettings().setValue("language", "en")
    try:
        with pytest.raises(SystemExit):
            main(["ki", "import", "--help"])
        english = capsys.readouterr().out
    finally:
        QSettings().setValue("language", "de")
        i18n.install("de")
    assert english.startswith("usage: fallakte ki import") and "show this help message" in english
    assert "report what an import would do" in english and "Sendungen" not in english
