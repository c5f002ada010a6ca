"""The desktop window (a placeholder until the desktop UI issue) starts and names its case file."""

from ui.main_window import MainWindow


def test_the_window_opens_and_names_the_case_file(qtbot, tmp_path):
    window = MainWindow(tmp_path / "fallakte.db")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Fallakte"
    assert str(tmp_path / "fallakte.db") in window.status.text()
