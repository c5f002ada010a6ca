"""Errors as the user reads them: the one place that words what went wrong below the UI. storage/
and sync/ raise errors that carry a code and parameters; ``describe`` turns each into one German
sentence (the source text) through Qt's translation system, English from resources/translations.

Errors raised in app/ that are already worded (a ValidationError names the field and the rule)
derive from ``UserError``, so this module needs to know none of them.
"""

from __future__ import annotations

import errno
import sys
from typing import TYPE_CHECKING

from app.core import i18n

if TYPE_CHECKING:
    from sync.bundle import BundleRefused
    from sync.handover import HandoverRefused
    from sync.keys import KeyFileError
    from sync.transport import ShareUnavailable

# The errors' own modules (SQLCipher, cryptography behind sync/) are imported where an error is
# worded, not here: the command line's help and every command that succeeds do without them.


def tr(text: str) -> str:
    """Translate a message of app/ (and ui/ outside a widget). pyside6-lupdate files a plain
    ``tr(...)`` call under the empty context, so that is the context to look it up in."""
    core = sys.modules.get("PySide6.QtCore")   # not loaded: no application object either
    if core is None or core.QCoreApplication.instance() is None:   # the command line
        return i18n.translate_standalone(text)
    return core.QCoreApplication.translate("", text)


def plural(n: int, one: str, other: str) -> str:
    """``one`` for 1, ``other`` for every other number, both already translated, with ``{n}``:
    German and English (the languages Fallakte speaks) have exactly these two forms.
    plural(n, tr("{n} Person"), tr("{n} Personen"))."""
    return (one if n == 1 else other).format(n=n)


class UserError(Exception):
    """An error whose ``message`` is already the user's sentence, in the user's language."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


def _expected() -> tuple[type[BaseException], ...]:
    from storage.errors import CaseFileError, InvalidRecoveryCode, WeakPassphrase
    from sync.bundle import BundleRefused
    from sync.handover import HandoverRefused
    from sync.keys import KeyFileError
    from sync.transport import ShareUnavailable

    return (UserError, CaseFileError, InvalidRecoveryCode, WeakPassphrase, KeyFileError, ShareUnavailable,
            BundleRefused, HandoverRefused, OSError)


def __getattr__(name: str):
    # EXPECTED: what the user's situation can cause (a wrong passphrase, a full disk, a share that is
    # not there), as opposed to a fault in the program: these are shown in words, the rest is also
    # logged. Built when first asked for, so that importing tr() costs no cryptography.
    if name == "EXPECTED":
        globals()["EXPECTED"] = expected = _expected()
        return expected
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def describe(exc: BaseException) -> str:
    from sqlcipher3 import dbapi2 as sqlcipher

    from storage.errors import (
        CaseFileBusy,
        CaseFileExists,
        CaseFileMissing,
        CorruptFile,
        InvalidRecoveryCode,
        NewerSchema,
        WeakPassphrase,
        WrongKind,
        WrongPassphrase,
        WrongRecoveryCode,
    )
    from sync.bundle import BundleRefused
    from sync.handover import HandoverRefused
    from sync.keys import KeyFileError
    from sync.transport import ShareUnavailable

    match exc:
        case UserError():
            return exc.message
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
        case KeyFileError():
            return _key_file(exc)
        case ShareUnavailable():
            return _share(exc)
        case BundleRefused():
            return _refusal(exc)
        case HandoverRefused():
            return _handover(exc)
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


def _key_file(exc: KeyFileError) -> str:
    from sync.keys import KeyProblem

    match exc.problem:
        case KeyProblem.NOT_A_KI_KEY:
            return tr("Das ist kein öffentlicher KI-Schlüssel dieser Fallakte-Version.")
        case KeyProblem.KI_KEY_DAMAGED:
            return tr("Die Schlüsseldatei des KI ist beschädigt.")
        case KeyProblem.K_TOO_SMALL:
            return tr("Die Schlüsseldatei verlangt k = {k}; unter {minimum} ist nicht zulässig.").format(**exc.params)
        case KeyProblem.NOT_AN_ENROL_REQUEST:
            return tr("Das ist keine Anmeldedatei dieser Fallakte-Version.")
        case KeyProblem.ENROL_REQUEST_DAMAGED:
            return tr("Die Anmeldedatei ist beschädigt.")
        case _:   # ENROL_REQUEST_NOT_GENUINE
            return tr("Die Anmeldedatei ist nicht echt: Signatur oder Gerätekennung passen nicht.")


def _share(exc: ShareUnavailable) -> str:
    from sync.transport import Problem

    match exc.problem:
        case Problem.NOT_SET_UP:
            return tr("Es ist noch keine Ablage des KI eingerichtet.")
        case Problem.UNREACHABLE:
            return tr("Die Ablage {path} ist nicht erreichbar.").format(path=exc.folder)
        case Problem.GONE:
            return tr("Die Ablage {path} ist nicht mehr erreichbar; was importiert ist, bleibt es.").format(path=exc.folder)
        case Problem.FULL:
            return tr("Auf der Ablage {path} ist kein Platz mehr.").format(path=exc.folder)
        case Problem.READ_ONLY:
            return tr("Die Ablage {path} ist schreibgeschützt.").format(path=exc.folder)
        case _:   # Problem.FAILED
            return tr("Die Ablage {path} ist nicht erreichbar ({reason}).").format(path=exc.folder, reason=exc.detail)


def _refusal(exc: BundleRefused) -> str:
    """The reason a bundle was refused, for the import report; the detail (a device id, which part
    was damaged) follows in brackets."""
    from sync.bundle import Refusal

    reason = {
        Refusal.NOT_A_BUNDLE: tr("keine Fallakte-Sendung"),
        Refusal.UNSUPPORTED_VERSION: tr("Format-Version wird nicht unterstützt"),
        Refusal.WRONG_KEY: tr("für einen anderen KI-Schlüssel verschlüsselt"),
        Refusal.TAMPERED: tr("beschädigt oder verändert"),
        Refusal.UNKNOWN_DEVICE: tr("Gerät nicht angemeldet"),
        Refusal.REVOKED_DEVICE: tr("Gerät gesperrt"),
        Refusal.BAD_SIGNATURE: tr("Signatur ungültig"),
    }[exc.reason]
    return reason + (f" ({exc.detail})" if exc.detail else "")


def _handover(exc: HandoverRefused) -> str:
    """Why a handover file, key file or receipt is not taken (docs/handover.md); nothing was changed."""
    from sync.handover import Problem as HandoverProblem

    p, params = exc.problem, exc.params
    text = {
        HandoverProblem.NOT_A_HANDOVER: tr("Das ist keine Übergabedatei von Fallakte."),
        HandoverProblem.UNSUPPORTED_VERSION: tr("Diese Datei hat eine Format-Version, die diese Fallakte nicht kennt."),
        HandoverProblem.WRONG_KEY: tr("Die Übergabe ist für einen anderen Schlüssel verschlüsselt, nicht für diese "
                                      "Falldatei."),
        HandoverProblem.TAMPERED: tr("Die Übergabedatei ist beschädigt oder wurde verändert."),
        HandoverProblem.BAD_SIGNATURE: tr("Die Signatur der Übergabe ist ungültig: sie stammt nicht von dem "
                                          "Absender, den sie nennt, oder wurde verändert."),
        HandoverProblem.MALFORMED: tr("Die Übergabe ist echt signiert, aber nicht im dokumentierten Format."),
        HandoverProblem.NOT_A_KEY: tr("Das ist kein Übergabe-Schlüssel dieser Fallakte-Version."),
        HandoverProblem.KEY_DAMAGED: tr("Die Schlüsseldatei ist beschädigt."),
        HandoverProblem.KEY_NOT_GENUINE: tr("Die Schlüsseldatei ist nicht echt: Signatur oder Gerätekennung passen "
                                            "nicht."),
        HandoverProblem.NOT_A_RECEIPT: tr("Das ist keine Quittung einer Übergabe."),
        HandoverProblem.RECEIPT_DAMAGED: tr("Die Quittung ist beschädigt oder wurde verändert."),
        HandoverProblem.RECEIPT_UNKNOWN: tr("Die Quittung gehört zu keiner Übergabe aus dieser Falldatei."),
        HandoverProblem.RECEIPT_NOT_GENUINE: tr("Die Quittung ist nicht echt: sie ist nicht von der Kollegin oder "
                                                "dem Kollegen signiert, an die die Übergabe ging."),
        HandoverProblem.RECEIPT_FOREIGN: tr("Die Quittung nennt Personen, die mit dieser Übergabe nicht übergeben "
                                            "wurden."),
        HandoverProblem.OWN_KEY: tr("Das ist der Übergabe-Schlüssel dieser Falldatei selbst."),
    }.get(p)
    if p is HandoverProblem.UNKNOWN_SENDER:
        text = tr("Der Absender ist noch nicht bekannt. Sein Fingerabdruck: {fp}. Bitte telefonisch mit der "
                  "Kollegin oder dem Kollegen abgleichen und bestätigen.").format(fp=params["fingerprint"])
    elif p is HandoverProblem.UNKNOWN_CODE:
        text = tr("Die Übergabe enthält »{code}« als {what}; diese Falldatei kennt den Eintrag nicht (anderer "
                  "Katalog).").format(**params)
    elif p is HandoverProblem.RECEIPT_INCOMPLETE:
        text = tr("Die Quittung nennt nicht genau die Personen dieser Übergabe ({named} von {sent}). Alle bleiben "
                  "»Übergabe läuft«; bitte mit der Kollegin oder dem Kollegen klären.").format(**params)
    elif p is HandoverProblem.UNCONFIRMED_RECIPIENT:
        text = tr("Der Schlüssel von »{name}« ist noch nicht bestätigt. Sein Fingerabdruck: {fingerprint}. Bitte "
                  "telefonisch abgleichen und bestätigen.").format(**params)
    if p is HandoverProblem.MALFORMED and exc.detail:
        text += f" ({exc.detail})"
    return text + " " + tr("Es wurde nichts verändert.")
