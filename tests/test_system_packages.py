"""`make run` on a bare Debian/Ubuntu desktop (issue 19): what Qt's X11 plugin lacks is named as the
packages to install, in one German and English line, instead of Qt's abort about plugins."""

from ui import application

LDD = """\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)
"""


def test_missing_libraries_are_named_as_the_packages_that_bring_them():
    found = application.missing_system_packages("linux", {}, ldd=lambda path: LDD)
    assert found == ["libxcb-cursor0", "libxcb-icccm4", "libxkbcommon-x11-0"]


def test_nothing_is_asked_for_without_x11_or_off_linux():
    assert application.missing_system_packages("linux", {"QT_QPA_PLATFORM": "offscreen"}, ldd=lambda p: LDD) == []
    assert application.missing_system_packages("linux", {"QT_QPA_PLATFORM": "wayland"}, ldd=lambda p: LDD) == []
    assert application.missing_system_packages("win32", {}, ldd=lambda p: LDD) == []


def test_the_app_says_so_in_one_line_and_starts_nothing(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(application, "missing_system_packages", lambda: ["libxcb-cursor0"])
    assert application.run_gui(tmp_path / "fallakte.db") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "sudo apt install libxcb-cursor0" in err[0]
    assert "braucht" in err[0] and "needs" in err[0]
    assert not (tmp_path / "fallakte.db").exists()
