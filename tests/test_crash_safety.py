"""A power cut or a killed process mid-work loses nothing that was committed and corrupts nothing."""

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.core import stores
from storage.store import EncryptedStore
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
@pytest.mark.parametrize("run", range(int(os.environ.get("FALLAKTE_CRASH_RUNS", 5))))   # make soak: 50
def test_sigkill_in_a_loop_of_commits_loses_no_committed_transaction(created, run):
    path, _ = created
    rng = random.Random(run)
    env = dict(os.environ, FALLAKTE_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, "-m", "tests.crash_writer", str(path)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        committed = 0
        for _ in range(rng.randint(5, 150)):
            committed = int(child.stdout.readline())
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()

    report = stores.check_casefile(path, PASSPHRASE)
    assert report.ok, report.problems()
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        numbers = {n for (n,) in cf.conn.execute("SELECT case_number FROM person")}
    assert {f"K-{n:06d}" for n in range(1, committed + 1)} <= numbers
