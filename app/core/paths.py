"""Where Fallakte keeps its files, as the platform expects."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Fallakte"
CASEFILE_NAME = "fallakte.db"


def app_data_dir() -> Path:
    """Linux: ~/.local/share/Fallakte; Windows: %APPDATA%\\Fallakte; macOS: ~/Library/Application Support/Fallakte.
    Built from the platform's data folder and the app's name only: Qt's AppDataLocation also adds
    the organisation name once the window has set one, and the window and the command line must
    find the same files. The platform's folder is Qt's GenericDataLocation, worked out here as Qt does
    (tests/test_data_folder.py holds the two together) so that the command line needs no Qt."""
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"]) / APP_NAME
    if sys.platform == "win32":
        from PySide6.QtCore import QStandardPaths

        return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)) / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    data = os.environ.get("XDG_DATA_HOME", "")   # Qt takes it only when it is an absolute path
    return (Path(data) if os.path.isabs(data) else Path.home() / ".local" / "share") / APP_NAME


def default_casefile() -> Path:
    return app_data_dir() / CASEFILE_NAME


def resources_dir() -> Path:
    """resources/ beside the packages, or inside the PyInstaller bundle when frozen."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base / "resources"
