"""What can go wrong with a case file. Each error names the file it concerns; the app layer turns
these into the user's language. Messages here are for logs and never contain personal data."""

from __future__ import annotations

from pathlib import Path


class CaseFileError(Exception):
    def __init__(self, path: Path | str, detail: str = "") -> None:
        self.path = Path(path)
        self.detail = detail
        super().__init__(f"{type(self).__name__}: {self.path}" + (f" ({detail})" if detail else ""))


class CaseFileMissing(CaseFileError):
    """No case file at the given path."""


class CaseFileExists(CaseFileError):
    """Creating a case file where one already is, without being told to replace it."""


class WrongPassphrase(CaseFileError):
    """The passphrase does not unlock the key slot."""


class WrongRecoveryCode(CaseFileError):
    """The recovery code is well-formed but does not unlock the key slot."""


class CorruptFile(CaseFileError):
    """A file of the case file (database, key slots, backup) is damaged or was altered."""


class WrongKind(CaseFileError):
    """A KI store opened as a case file, or the other way round."""


class NewerSchema(CaseFileError):
    """The case file was written by a newer Fallakte than this one."""


class CaseFileBusy(CaseFileError):
    """Another program holds the case file locked and did not let go in time."""


class InvalidRecoveryCode(ValueError):
    """A recovery code with a typo: the checksum of one of its groups does not match."""

    def __init__(self, group: int | None) -> None:
        self.group = group  # 1-based; None when the code has the wrong length or characters
        super().__init__(f"invalid recovery code (group {group})" if group else "invalid recovery code")


class WeakPassphrase(ValueError):
    """A new passphrase shorter than the minimum."""

    def __init__(self, minimum: int) -> None:
        self.minimum = minimum
        super().__init__(f"passphrase shorter than {minimum} characters")
