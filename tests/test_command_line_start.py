"""The command line starts quickly: a command that opens no window loads none of Qt's GUI modules,
and the help loads neither Qt nor the cryptography and database of the commands it only lists
(docs/performance.md measures the start against a bare Python start)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
GUI = {"PySide6.QtGui", "PySide6.QtWidgets"}
# Runs the command in a fresh interpreter and writes what it imported to a file.
PROGRAM = """
import json, sys
from fallakte.cli import main
try:
    status = main(sys.argv[2:])
except SystemExit as exc:
    status = exc.code
with open(sys.argv[1], "w") as out:
    json.dump({"status": status, "modules": sorted(sys.modules)}, out)
"""


def run_command(tmp_path: Path, *argv: str, env: dict | None = None) -> tuple[int, set[str], str]:
    """Exit status, imported modules and stdout of ``fallakte ARGV`` started as a user starts it."""
    report = tmp_path / "module-report.json"
    done = subprocess.run([sys.executable, "-c", PROGRAM, str(report), *argv], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=env, check=False)
    assert report.exists(), done.stderr
    result = json.loads(report.read_text())
    return result["status"], set(result["modules"]), done.stdout


@pytest.mark.slow
@pytest.mark.parametrize("argv", [["--help"], ["ki", "settings", "--help"]])
def test_the_help_loads_no_qt_and_no_cryptography(tmp_path, argv):
    status, modules, out = run_command(tmp_path, *argv)
    assert status == 0 and "Aufruf: fallakte" in out and "diese Hilfe zeigen" in out
    assert not {m for m in modules if m.startswith(("PySide6", "cryptography", "sqlcipher3"))}


@pytest.mark.slow
def test_commands_that_open_no_window_load_no_gui_module(tmp_path, monkeypatch, created):
    path, _ = created
    monkeypatch.setenv("FALLAKTE_PASSPHRASE", PASSPHRASE)
    status, modules, out = run_command(tmp_path, "check", "--casefile", str(path))
    assert status == 0 and "in Ordnung" in out
    assert not modules & GUI

    status, modules, out = run_command(tmp_path, "sync", "--preview", "--casefile", str(path))
    assert "sqlcipher3" in modules and not modules & GUI


@pytest.mark.slow
def test_english_help_without_a_window_reads_the_language_the_window_saved(tmp_path):
    from PySide6.QtCore import QSettings

    from app.core.paths import APP_NAME

    settings = QSettings(APP_NAME, APP_NAME)   # as Einstellungen saves it
    settings.setValue("language", "en")
    settings.sync()
    # Qt fixes its config folder at the first use in a process; the command looks where Qt wrote.
    env = dict(os.environ, XDG_CONFIG_HOME=str(Path(settings.fileName()).parent.parent))
    try:
        status, modules, out = run_command(tmp_path, "ki", "import", "--help", env=env)
    finally:
        settings.setValue("language", "de")
        settings.sync()
    assert status == 0 and out.startswith("usage: fallakte ki import") and "report what an import would do" in out
    assert "PySide6.QtCore" in modules and not modules & GUI   # Qt's translator, only because it is needed

    status, modules, out = run_command(tmp_path, "ki", "import", "--help", env=env)
    assert out.startswith("Aufruf: fallakte ki import") and "PySide6.QtCore" not in modules


def test_the_saved_language_is_read_as_qt_wrote_it(tmp_path, monkeypatch):
    """Without Qt loaded, the language comes from Qt's own settings file; anything odd in it is German."""
    from app.core import i18n

    monkeypatch.delitem(sys.modules, "PySide6.QtCore")   # as on the command line: read the file itself
    folder = tmp_path / "config" / "Fallakte"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert i18n.saved_language() == "de"   # nothing saved yet
    folder.mkdir(parents=True)
    for text, expected in [("[General]\nlanguage=en\n", "en"), ("[General]\nlanguage=de\n", "de"),
                           ("[General]\nlanguage=fr\n", "de"), ("[geometry]\nmain=x\n", "de"),
                           ("language=en\n", "de"), ("\xff\xfe", "de")]:
        (folder / "Fallakte.conf").write_text(text, encoding="latin-1")
        assert i18n.saved_language() == expected, text
