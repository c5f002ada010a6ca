"""The app open on a case file while a command-line backup runs on the same file: both go on, the
backup is sound and complete up to its moment, and nothing the app saves meanwhile is lost."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core import stores
from storage import integrity
from storage.store import EncryptedStore
from tests.conftest import PASSPHRASE, new_person
from tests.test_main_window import make_window

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_a_command_line_backup_while_the_app_saves_is_sound_and_loses_nothing(qtbot, cw, tmp_path):
    before = {new_person(cw, "Vorher", f"Person {i}") for i in range(30)}
    window = make_window(qtbot, cw)
    target = tmp_path / "cli-sicherung.fallakte-sicherung"
    env = dict(os.environ, FALLAKTE_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))
    cli = subprocess.Popen([sys.executable, "-m", "fallakte", "backup", "--casefile", str(cw.casefile.path),
                            "--to", str(target)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           text=True)
    during = set()
    while cli.poll() is None or len(during) < 10:   # the app keeps saving while the command runs
        during.add(new_person(cw, "Während", f"Person {len(during)}"))
        window.today.refresh()
        qtbot.wait(5)
    out, err = cli.communicate(timeout=60)

    assert cli.returncode == 0, err
    assert "Sicherung geschrieben und geprüft" in out
    assert integrity.check(cw.conn).ok
    saved = {r for (r,) in cw.conn.execute("SELECT id FROM person")}
    assert before | during <= saved
    restored = tmp_path / "wiederhergestellt.db"
    stores.restore(target, restored, passphrase=PASSPHRASE)
    with EncryptedStore.open(restored, PASSPHRASE) as copy:
        assert integrity.check(copy.conn).ok
        in_backup = {r for (r,) in copy.conn.execute("SELECT id FROM person")}
    assert before <= in_backup <= saved
    window.teardown()
