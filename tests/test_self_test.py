"""``fallakte --self-test`` and the packaged app built from build.spec."""

import subprocess
import sys
from pathlib import Path

import pytest

from fallakte import self_test

ROOT = Path(__file__).resolve().parent.parent


def test_the_self_test_passes_and_prints_one_line_per_step():
    lines = []
    assert self_test.run(lines.append) == 0
    assert [line.split()[0] for line in lines[:-1]] == ["OK"] * 8
    assert lines[-1].endswith("Selbsttest bestanden")


def test_a_failing_step_fails_the_self_test(monkeypatch):
    from sync import bundle
    def broken(*args, **kwargs):
        raise RuntimeError("kaputt")

    monkeypatch.setattr(bundle, "seal", broken)
    lines = []
    assert self_test.run(lines.append) == 1
    assert any(line.startswith("FEHLER  Sendung") and "kaputt" in line for line in lines)


@pytest.mark.dist
@pytest.mark.slow
def test_the_packaged_app_builds_and_passes_its_self_test(tmp_path):
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    build = subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "ERROR", "--distpath", str(tmp_path / "dist"),
                            "--workpath", str(tmp_path / "build"), str(ROOT / "build.spec")],
                           cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    exe = tmp_path / "dist" / "fallakte" / ("fallakte.exe" if sys.platform == "win32" else "fallakte")
    run = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)})
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.count("\nOK") + run.stdout.startswith("OK") == 8
    translations = list((tmp_path / "dist" / "fallakte").rglob("*.qm"))
    # Qt's own translations are trimmed to the two languages offered; the app's English ships with them.
    assert sorted(p.name for p in translations) == ["fallakte_en.qm", "qtbase_de.qm", "qtbase_en.qm"]
