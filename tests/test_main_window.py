"""The desktop window (a placeholder until the desktop UI issue) starts and names its case file."""

from ui.main_window import MainWindow


def test_the_window_opens_and_names_the_case_file(qtbot, tmp_path):
    window = MainWindow(tmp_path / "fallakte.db")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Fallakte"
    assert str(tmp_path / "fallakte.db") in window.status.text()


def test_the_about_box_shows_the_version(qtbot, tmp_path):
    from app.version import __version__

    window = MainWindow(tmp_path / "fallakte.db")
    qtbot.addWidget(window)
    assert __version__ in window.about_text()
    assert window.about_action.text() == "Über Fallakte"
