"""The one place the version lives: packaging, the About box and every bundle read it from here."""

__version__ = "0.1.0"
