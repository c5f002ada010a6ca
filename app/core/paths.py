"""Where Fallakte keeps its files, as the platform expects (Qt's QStandardPaths)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

APP_NAME = "Fallakte"
CASEFILE_NAME = "fallakte.db"


def app_data_dir() -> Path:
    """Linux: ~/.local/share/Fallakte; Windows: %APPDATA%\\Fallakte; macOS: ~/Library/Application Support/Fallakte."""
    QCoreApplication.setApplicationName(APP_NAME)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def default_casefile() -> Path:
    return app_data_dir() / CASEFILE_NAME


def resources_dir() -> Path:
    """resources/ beside the packages, or inside the PyInstaller bundle when frozen."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base / "resources"
