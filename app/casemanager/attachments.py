"""Attachments: scans, PDFs and photos about a person, kept inside the encrypted case file.

The bytes live in the table ``attachment_data`` (SQLCipher encrypts them page by page like every
other record); no copy is ever written beside the case file. The window shows them in its own
viewer from memory; a copy leaves the case file only when the user saves one (audit-logged). They
are part of every backup (they are rows of the database), of the Art. 15 export (privacy.py), and go
with the person when the person is deleted (ON DELETE CASCADE).

Handover (docs/handover.md, another branch): attachments are not yet handed over. ``handover_rows``
and ``take_over`` below give and take a person's attachments as plain dicts (content base64) that a
handover payload can carry; the handover must then also count their size against its bounds.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from app.casemanager.casework import Casework, delete_reasons
from app.core.i18n import current_language
from app.core.messages import tr
from app.core.validation import ValidationError
from storage import records
from storage.atomic import write_atomically

MAX_BYTES = 20 * 1024 * 1024   # a scanned letter at 300 dpi is 1-5 MB; a whole file of them belongs in parts
MAX_TITLE = 200

# Told by the first bytes, not by the name: a renamed file is what it is.
SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
SUFFIX = {"application/pdf": ".pdf", "image/jpeg": ".jpg", "image/png": ".png", "image/tiff": ".tif"}


@dataclass(frozen=True)
class Attachment:
    id: int
    person_id: int
    contact_id: int | None
    consent_id: int | None
    title: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    added_on: str

    @property
    def is_pdf(self) -> bool:
        return self.media_type == "application/pdf"


COLUMNS = "id, person_id, contact_id, consent_id, title, file_name, media_type, size, sha256, added_on"


def megabytes(size: int) -> str:
    """24,3 MB (24.3 MB in English), 380 KB below a megabyte: how a file manager shows it."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    text = f"{size / (1024 * 1024):.1f}"
    return (text if current_language() == "en" else text.replace(".", ",")) + " MB"


def media_type(data: bytes) -> str | None:
    return next((kind for magic, kind in SIGNATURES if data.startswith(magic)), None)


def _too_large(name: str, size: int) -> ValidationError:
    return ValidationError("file", tr(
        "»{name}« ist {size} groß; in die Fallakte passen Dateien bis {limit}. Bitte kleiner scannen (z. B. 200 dpi, "
        "Graustufen) oder in Teilen anhängen. Es wurde nichts gespeichert.").format(
            name=name, size=megabytes(size), limit=megabytes(MAX_BYTES)))


def _checked(cw: Casework, person_id: int, title: str, contact_id: int | None, consent_id: int | None) -> dict:
    cw._require("person", person_id)
    title = unicodedata.normalize("NFC", (title or "").strip())
    if not title:
        raise ValidationError("title", tr("Bitte eine Bezeichnung angeben (z. B. »Bescheid Ausländerbehörde«)."))
    if len(title) > MAX_TITLE:
        raise ValidationError("title", tr("Die Bezeichnung ist zu lang (höchstens {n} Zeichen).").format(n=MAX_TITLE))
    if contact_id is not None:
        contact = cw._require("contact", contact_id)
        if cw._require("support_case", contact["case_id"])["person_id"] != person_id:
            raise ValidationError("contact_id", tr("Der Kontakt gehört zu einer anderen Person."))
    if consent_id is not None and cw._require("consent", consent_id)["person_id"] != person_id:
        raise ValidationError("consent_id", tr("Die Einwilligung gehört zu einer anderen Person."))
    return {"title": title, "contact_id": contact_id, "consent_id": consent_id}


def add(cw: Casework, person_id: int, data: bytes, file_name: str, title: str = "",
        contact_id: int | None = None, consent_id: int | None = None) -> int:
    """Keep ``data`` (a PDF, JPEG, PNG or TIFF of at most MAX_BYTES) with the person; returns its id.
    Refused with a German message, nothing saved, when it is too large, empty, of another kind or
    already attached to this person."""
    name = Path(file_name).name or tr("Datei")
    kind = _kind(name, len(data), data[:16])
    values = _checked(cw, person_id, title or Path(name).stem, contact_id, consent_id)
    digest = hashlib.sha256(data).hexdigest()
    same = cw.conn.execute("SELECT title FROM attachment WHERE person_id = ? AND sha256 = ?",
                           (person_id, digest)).fetchone()
    if same:
        raise ValidationError("file", tr("Diese Datei ist bei der Person bereits angehängt (»{title}«).").format(
            title=same[0]))
    with cw._write():
        attachment_id = records.insert(cw.conn, "attachment", person_id=person_id, file_name=name, media_type=kind,
                                       size=len(data), sha256=digest, added_on=cw.today().isoformat(), **values)
        records.insert(cw.conn, "attachment_data", attachment_id=attachment_id, content=data)
        cw._audit("create", "attachment", attachment_id)
    return attachment_id


def _kind(name: str, size: int, head: bytes) -> str:
    if size > MAX_BYTES:
        raise _too_large(name, size)
    if not size:
        raise ValidationError("file", tr("»{name}« ist leer. Es wurde nichts gespeichert.").format(name=name))
    kind = media_type(head)
    if kind is None:
        raise ValidationError("file", tr(
            "»{name}« ist weder ein PDF noch ein Foto oder Scan (JPEG, PNG, TIFF). Bitte als PDF speichern und dann "
            "anhängen.").format(name=name))
    return kind


def check_file(path: Path) -> None:
    """Refuses a file too large, empty or of another kind before anything else is asked (or read)."""
    path = Path(path)
    with open(path, "rb") as f:
        _kind(path.name, path.stat().st_size, f.read(16))


def add_file(cw: Casework, person_id: int, path: Path, title: str = "", contact_id: int | None = None,
             consent_id: int | None = None) -> int:
    """The file at ``path``; its size is checked before it is read, so a huge file costs nothing."""
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise _too_large(path.name, size)
    return add(cw, person_id, path.read_bytes(), path.name, title, contact_id, consent_id)


def _row(row: tuple) -> Attachment:
    return Attachment(*row)


def of_person(cw: Casework, person_id: int) -> list[Attachment]:
    """Newest first, without their bytes."""
    return [_row(r) for r in cw.conn.execute(
        f"SELECT {COLUMNS} FROM attachment WHERE person_id = ? ORDER BY added_on DESC, id DESC", (person_id,))]


def of_consent(cw: Casework, consent_id: int) -> list[Attachment]:
    return [_row(r) for r in cw.conn.execute(
        f"SELECT {COLUMNS} FROM attachment WHERE consent_id = ? ORDER BY id", (consent_id,))]


def get(cw: Casework, attachment_id: int) -> Attachment:
    row = cw.conn.execute(f"SELECT {COLUMNS} FROM attachment WHERE id = ?", (attachment_id,)).fetchone()
    if row is None:
        raise ValidationError("id", tr("Der Datensatz existiert nicht (mehr)."))
    return _row(row)


def _content(cw: Casework, attachment_id: int) -> bytes:
    row = cw.conn.execute("SELECT content FROM attachment_data WHERE attachment_id = ?", (attachment_id,)).fetchone()
    if row is None:
        raise ValidationError("id", tr("Der Datensatz existiert nicht (mehr)."))
    return bytes(row[0])


def open_content(cw: Casework, attachment_id: int) -> bytes:
    """The bytes, for the viewer: who opened which attachment is audit-logged (ids only)."""
    get(cw, attachment_id)
    data = _content(cw, attachment_id)
    cw.casefile.audit("view", "attachment", attachment_id)
    return data


def update(cw: Casework, attachment_id: int, title: str, contact_id: int | None = None,
           consent_id: int | None = None) -> None:
    """Another title, or another contact or consent it belongs to."""
    current = get(cw, attachment_id)
    values = _checked(cw, current.person_id, title, contact_id, consent_id)
    with cw._write():
        records.update(cw.conn, "attachment", attachment_id, **values)
        cw._audit("change", "attachment", attachment_id)


def delete(cw: Casework, attachment_id: int, reason: str) -> None:
    """For a reason from ``delete_reasons`` (logged as its code). The freed pages are overwritten
    (secure_delete) and the write-ahead log is emptied, as when a person is deleted."""
    get(cw, attachment_id)
    if reason not in {code for code, _ in delete_reasons()}:
        raise ValidationError("reason", tr("Bitte einen Grund für das Löschen wählen."))
    with cw._write():
        records.delete(cw.conn, "attachment", attachment_id)   # its bytes go with it (cascade)
        cw._audit(f"delete:{reason}", "attachment", attachment_id)
    cw.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def safe_file_name(name: str, fallback: str = "datei") -> str:
    """A name every file system takes: no folders, no characters Windows refuses, not empty."""
    name = re.sub(r'[\x00-\x1f<>:"/\\|?*]+', "_", unicodedata.normalize("NFC", Path(name).name)).strip(" .")
    return name[:120] or fallback


def save_copy(cw: Casework, attachment_id: int, target: Path) -> Path:
    """A copy outside the case file, readable by its owner only; audit-logged as an export."""
    get(cw, attachment_id)
    write_atomically(Path(target), _content(cw, attachment_id))
    cw.casefile.audit("export", "attachment", attachment_id)
    return Path(target)


def export_files(cw: Casework, person_id: int, folder: Path) -> list[tuple[Attachment, Path]]:
    """Every attachment of the person into ``folder`` (for the Art. 15 export), each file named by
    its id and its original name so that none overwrites another."""
    from storage.atomic import private_folder

    items = of_person(cw, person_id)
    if items:
        private_folder(Path(folder))
    written = []
    for item in reversed(items):   # oldest first, as the export reads
        target = Path(folder) / f"{item.id}-{safe_file_name(item.file_name)}"
        write_atomically(target, _content(cw, item.id))
        written.append((item, target))
    return written


# -- hooks for the handover (not wired yet, see the module's docstring) --------------------------------
def handover_rows(cw: Casework, person_id: int) -> list[dict]:
    """The person's attachments as a handover payload would carry them. Links to a contact or a
    consent are given as those records' ids here; the receiver maps them to its new ids."""
    return [{"title": a.title, "file_name": a.file_name, "added_on": a.added_on, "contact_id": a.contact_id,
             "consent_id": a.consent_id, "sha256": a.sha256,
             "content": base64.b64encode(_content(cw, a.id)).decode("ascii")} for a in of_person(cw, person_id)]


def take_over(cw: Casework, person_id: int, rows: list[dict], contact_ids: dict[int, int] | None = None,
              consent_ids: dict[int, int] | None = None) -> list[int]:
    """Receive ``handover_rows`` for a person taken over (inside the handover's transaction): each file
    checked like one added by hand, and against its checksum."""
    contact_ids, consent_ids = contact_ids or {}, consent_ids or {}
    added = []
    for row in rows:
        data = base64.b64decode(row["content"], validate=True)
        if hashlib.sha256(data).hexdigest() != row["sha256"]:
            raise ValidationError("file", tr("Eine übergebene Datei ist beschädigt."))
        attachment_id = add(cw, person_id, data, row["file_name"], row["title"],
                            contact_ids.get(row["contact_id"]), consent_ids.get(row["consent_id"]))
        records.update(cw.conn, "attachment", attachment_id, added_on=row["added_on"])
        added.append(attachment_id)
    return added
