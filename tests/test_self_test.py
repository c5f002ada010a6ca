"""``fallakte --self-test`` and the packaged app built from build.spec."""

import subprocess
import sys
import time
from pathlib import Path

try:
    import resource   # Unix: the child's CPU time
except ImportError:
    resource = None

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


# What the packaged app must not carry: Qt modules it does not use (and the libraries only they
# need), GTK 3 for Qt's GTK platform theme, Wayland/EGL plugins, Qt's software OpenGL for Windows.
FORBIDDEN = ("Qt6Qml", "Qt6Quick", "QmlModels", "VirtualKeyboard", "virtualkeyboard", "QtNetwork.", "Qt6Svg",
             "Qt6Multimedia", "Qt6WebEngine", "Qt63D", "Qt6Sql", "Qt6Designer", "QtQml", "QtQuick", "qgtk3",
             "libgtk-3", "libgdk-3", "wayland", "eglfs", "egldeviceintegrations", "xcbglintegrations", "opengl32sw",
             "/tls/", "networkinformation", "sqldrivers", "iconengines", "/generic/", "qsvg", "qgif", "qwebp",
             "fallakte_en.ts", "pytest", "hypothesis", "libgnutls", "libstdc++", "lxml/objectify", "lxml/html")
# Qt's Linux build brings ICU, whose data is cut to German and English there (scripts/icu_data.py);
# Windows and macOS take ICU from the system.
LIMIT_MB = 120
SELF_TEST_SECONDS = 3.0


@pytest.mark.dist
@pytest.mark.slow
def test_the_packaged_app_is_lean_has_both_executables_and_passes_its_self_test_quickly(tmp_path):
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    build = subprocess.run([str(pyinstaller), "--noconfirm", "--log-level", "ERROR", "--distpath", str(tmp_path / "dist"),
                            "--workpath", str(tmp_path / "build"), str(ROOT / "build.spec")],
                           cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    folder = tmp_path / "dist" / "fallakte"
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]   # links: the same library twice
    listing = ["/" + p.relative_to(folder).as_posix() for p in files]
    size_mb = sum(p.stat().st_size for p in files) / 1e6
    assert size_mb <= LIMIT_MB, f"{size_mb:.0f} MB in {len(files)} files"
    assert [f for f in listing if any(word in f for word in FORBIDDEN)] == []

    exe = folder / ("fallakte.exe" if sys.platform == "win32" else "fallakte")
    assert exe.is_file()
    if sys.platform == "win32":   # and the desktop app without a console window
        assert (folder / "fallaktew.exe").is_file()
    before = resource.getrusage(resource.RUSAGE_CHILDREN) if resource else None
    start = time.perf_counter()
    run = subprocess.run([str(exe), "--self-test"], capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)})
    took = time.perf_counter() - start
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.count("\nOK") + run.stdout.startswith("OK") == 8
    if before is not None:   # the self-test's own time, whatever else runs on the machine (wall: took)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        assert cpu <= SELF_TEST_SECONDS, f"self-test: {cpu:.2f} s of CPU time, {took:.2f} s in all"
    translations = list(folder.rglob("*.qm"))
    # Qt's own translations are trimmed to the two languages offered; the app's English ships with them.
    assert sorted(p.name for p in translations) == ["fallakte_en.qm", "qtbase_de.qm", "qtbase_en.qm"]
