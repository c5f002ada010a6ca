"""The window and the command line find the same case file and KI store: the data folder does not
depend on whether the desktop app has named itself yet."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.core import paths
from app.ki import registry
from ui.application import application

ROOT = Path(__file__).resolve().parent.parent


def test_the_window_and_the_command_line_use_one_data_folder(tmp_path):
    application()   # names the app and its organisation, as the desktop start does
    in_window = (paths.default_casefile(), registry.default_store())
    on_command_line = subprocess.run(
        [sys.executable, "-c", "from app.core import paths; from app.ki import registry; "
                               "print(paths.default_casefile()); print(registry.default_store())"],
        cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    assert [str(p) for p in in_window] == on_command_line
    assert in_window[0].parent.name == "Fallakte" and in_window[0].parent.parent.name == "share"
