"""Errors as the user reads them: German source text through Qt's translation system (English
comes from resources/translations). One sentence that says what happened and what it means."""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication
from sqlcipher3 import dbapi2 as sqlcipher

from storage.errors import (
    CaseFileBusy, CaseFileExists, CaseFileMissing, CorruptFile, InvalidRecoveryCode, NewerSchema,
    WeakPassphrase, WrongKind, WrongPassphrase, WrongRecoveryCode,
)
from sync.keys import KeyFileError
from sync.transport import ShareUnavailable


def tr(text: str) -> str:
    return QCoreApplication.translate("Meldungen", text)


def describe(exc: BaseException) -> str:
    from app.validation import ValidationError   # it words its own messages with tr() from here

    match exc:
        case WrongPassphrase():
            return tr("Die Passphrase ist falsch. {path} bleibt unverändert.").format(path=exc.path)
        case WrongRecoveryCode():
            return tr("Der Wiederherstellungscode gehört nicht zu {path}. Es wurde nichts verändert.").format(path=exc.path)
        case InvalidRecoveryCode(group=int() as group):
            return tr("Der Wiederherstellungscode hat in Gruppe {group} einen Tippfehler.").format(group=group)
        case InvalidRecoveryCode():
            return tr("Das ist kein Wiederherstellungscode: erwartet werden 5 Gruppen zu je 6 Zeichen.")
        case CorruptFile():
            return tr("Die Datei {path} ist beschädigt oder wurde verändert. Sie wurde weder verwendet "
                      "noch überschrieben.").format(path=exc.path)
        case CaseFileMissing():
            return tr("Unter {path} gibt es keine Falldatei.").format(path=exc.path)
        case CaseFileExists():
            return tr("Unter {path} liegt bereits eine Falldatei. Sie wird nicht überschrieben.").format(path=exc.path)
        case WrongKind(detail="ki"):
            return tr("{path} ist ein KI-Speicher, keine Falldatei.").format(path=exc.path)
        case WrongKind():
            return tr("{path} ist eine Falldatei, kein KI-Speicher.").format(path=exc.path)
        case NewerSchema():
            return tr("{path} wurde mit einer neueren Fallakte-Version gespeichert. Bitte Fallakte "
                      "aktualisieren.").format(path=exc.path)
        case CaseFileBusy():
            return tr("{path} wird gerade von einem anderen Fallakte-Fenster oder -Befehl verwendet. "
                      "Bitte gleich noch einmal versuchen.").format(path=exc.path)
        case KeyFileError() | ShareUnavailable():   # their message is already the user's sentence
            return str(exc)
        case ValidationError():
            return exc.message
        case WeakPassphrase():
            return tr("Die Passphrase muss mindestens {n} Zeichen lang sein.").format(n=exc.minimum)
        case sqlcipher.OperationalError() if any(m in str(exc) for m in ("disk is full", "disk I/O error")):
            return tr("Die Änderung konnte nicht gespeichert werden: kein Speicherplatz mehr oder ein Schreibfehler "
                      "auf dem Datenträger. Alles bis zur letzten gespeicherten Änderung bleibt erhalten.")
        case OSError(errno=errno.ENOSPC) | OSError(errno=errno.EFBIG):
            return tr("Nicht genug Speicherplatz für {path}. Es wurde nichts verändert.").format(path=_where(exc))
        case PermissionError():
            return tr("Keine Berechtigung für {path}.").format(path=_where(exc))
        case FileNotFoundError():
            return tr("{path} gibt es nicht oder ist nicht erreichbar.").format(path=_where(exc))
        case OSError():
            return tr("{path} ist nicht erreichbar ({reason}).").format(path=_where(exc), reason=exc.strerror or exc)
    return tr("Unerwarteter Fehler ({kind}). Es wurde nichts verändert.").format(kind=type(exc).__name__)


def _where(exc: OSError) -> str:
    return str(exc.filename or (exc.args[0] if exc.args and not isinstance(exc.args[0], int) else "?"))
