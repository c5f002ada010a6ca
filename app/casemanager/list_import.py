"""Bringing in the list an office keeps today (an Excel workbook or a CSV file): columns mapped to
fields, every row checked with the same rules as a person entered by hand, errors listed by row, and
nothing imported unless every row passes and the user confirms; all rows in one transaction.

Typical columns of a KIM office list: Name, Vorname, Geburtsdatum, Geschlecht, Wohnort, Aufenthaltsstatus,
Intensität, Beginn, Notiz. A case needs a consent to casework on its first day: from a column
*Einwilligung am*, or (``consent_given``) the user's confirmation that every person with a start date
gave it on that day, as the office's paper files show.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from app.casemanager.casework import Casework, Person
from app.casemanager.chancen import last_application
from app.core.messages import tr
from app.core.validation import ValidationError, parse_date
from storage import audit, records

FIELDS = ("family_name", "given_names", "birth_date", "gender", "municipality", "residence_status", "intensity",
          "start_date", "consent_date", "note")
REQUIRED = ("family_name", "municipality")
MAX_ROWS = 20_000
MAX_FILE = 20 * 1024 * 1024
MAX_CELL = 2_000

# Header words as offices write them, normalised (lower case, no umlauts, letters and digits only).
SYNONYMS = {
    "family_name": ("name", "nachname", "familienname", "zuname"),
    "given_names": ("vorname", "vornamen", "rufname"),
    "birth_date": ("geburtsdatum", "gebdatum", "geboren", "geburtstag", "geburtsjahr"),
    "gender": ("geschlecht", "mw", "mwd"),
    "municipality": ("wohnort", "kommune", "gemeinde", "ort", "stadt"),
    "residence_status": ("aufenthaltsstatus", "status", "aufenthalt", "aufenthaltstitel"),
    "intensity": ("intensitat", "intensitaet", "betreuungsintensitat", "stufe"),
    "start_date": ("beginn", "startdatum", "start", "aufnahme", "aufnahmedatum", "seit", "fallbeginn"),
    "consent_date": ("einwilligung", "einwilligungam", "einwilligungsdatum"),
    "note": ("notiz", "bemerkung", "bemerkungen", "anmerkung", "hinweis"),
}
GENDERS = {"w": "w", "weiblich": "w", "f": "w", "frau": "w", "m": "m", "mannlich": "m", "maennlich": "m", "mann": "m",
           "d": "d", "divers": "d", "x": "x", "": "x", "keineangabe": "x", "ka": "x"}


def field_label(name: str) -> str:
    return {"family_name": tr("Familienname"), "given_names": tr("Vornamen"), "birth_date": tr("Geburtsdatum"),
            "gender": tr("Geschlecht"), "municipality": tr("Wohnort"), "residence_status": tr("Aufenthaltsstatus"),
            "intensity": tr("Intensität"), "start_date": tr("Beginn des Falls"), "consent_date": tr("Einwilligung am"),
            "note": tr("Notiz")}[name]


def _key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in decomposed if not unicodedata.combining(c)))


@dataclass
class Table:
    headers: list[str]
    rows: list[list]          # cell values: text, date/datetime, number or None
    first_row: int = 2        # the spreadsheet's number of the first data row


def read_table(path: Path) -> Table:
    """The first sheet of a workbook (openpyxl) or a CSV file (``;`` or ``,``, UTF-8 or Windows-1252).
    ValidationError for another kind of file, an empty one, or one beyond the caps."""
    path = Path(path)
    if path.stat().st_size > MAX_FILE:
        raise ValidationError("file", tr("Die Datei ist größer als 20 MB; eine Liste dieser Größe ist keine "
                                         "Fallliste."))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _workbook_rows(path)
    elif suffix in (".csv", ".txt"):
        rows = _csv_rows(path.read_bytes())
    else:
        raise ValidationError("file", tr("Bitte eine Excel-Arbeitsmappe (.xlsx) oder eine CSV-Datei wählen."))
    rows = [r for r in rows if any(v not in (None, "") for v in r)]
    if not rows:
        raise ValidationError("file", tr("Die Datei enthält keine Zeilen."))
    if len(rows) - 1 > MAX_ROWS:
        raise ValidationError("file", tr("Mehr als {n} Zeilen: bitte die Liste teilen.").format(n=MAX_ROWS))
    headers = [str(h).strip() if h is not None else "" for h in rows[0]]
    width = len(headers)
    return Table(headers, [list(r[:width]) + [None] * (width - len(r)) for r in rows[1:]])


def _workbook_rows(path: Path) -> list[list]:
    from zipfile import BadZipFile

    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, ValueError, OSError):
        raise ValidationError("file", tr("Die Arbeitsmappe lässt sich nicht lesen (beschädigt oder kein "
                                         "Excel-Format).")) from None
    try:
        sheet = book.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    finally:
        book.close()


def _csv_rows(raw: bytes) -> list[list]:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    first = text.splitlines()[0] if text else ""
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def guess_mapping(headers: list[str]) -> dict[str, int | None]:
    """Field -> column index, by the header's words; None where no column fits."""
    keys = [_key(h) for h in headers]
    mapping: dict[str, int | None] = {}
    for name in FIELDS:
        mapping[name] = next((i for i, k in enumerate(keys) if k in SYNONYMS[name] and i not in mapping.values()),
                             None)
    return mapping


@dataclass
class RowResult:
    row: int                              # as the spreadsheet numbers it
    name: str                             # "Familienname, Vornamen", for the preview
    errors: list[str] = field(default_factory=list)


@dataclass
class Checked:
    rows: list[RowResult]
    imported: int = 0

    @property
    def errors(self) -> list[RowResult]:
        return [r for r in self.rows if r.errors]

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.errors

    def lines(self) -> list[str]:
        """Every error, one line each, by row."""
        return [tr("Zeile {row}: {error}").format(row=r.row, error=e) for r in self.errors for e in r.errors]


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()[:MAX_CELL]


def _date_text(value) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return _text(value)


def _match(catalogue, value: str, what: str) -> str:
    """The catalogue code a list's word means: the code, the label, or the one label that contains it."""
    wanted = _key(value)
    entries = catalogue.entries
    exact = [e.code for e in entries if wanted in ({_key(e.code)} | {_key(label) for label in e.labels.values()}
                                                   | {_key(a) for a in e.extra.get("aliases", [])})]
    if len(exact) == 1:
        return exact[0]
    partial = [e.code for e in entries if wanted and any(wanted in _key(label) for label in e.labels.values())]
    if len(partial) == 1:
        return partial[0]
    if partial:
        raise ValidationError(what, tr("{what} »{value}« ist nicht eindeutig ({options}).").format(
            what=field_label(what), value=value, options=", ".join(catalogue.label(c) for c in partial)))
    raise ValidationError(what, tr("{what} »{value}« steht nicht im Katalog.").format(what=field_label(what),
                                                                                      value=value))


def _import_row(cw: Casework, values: dict, consent_given: bool) -> None:
    """One row through the use cases, as if entered by hand."""
    gender = GENDERS.get(_key(values["gender"]))
    if gender is None:
        raise ValidationError("gender", tr("Geschlecht »{value}«: bitte w, m, d oder leer.").format(
            value=values["gender"]))
    if not values["municipality"]:
        raise ValidationError("municipality", tr("Der Wohnort fehlt."))
    municipality = _match(cw.cat.municipalities, values["municipality"], "municipality")
    pid = cw.add_person(Person(values["family_name"], values["given_names"], municipality, gender=gender,
                               birth_date=values["birth_date"] or None, note=values["note"]))
    start = parse_date(values["start_date"], "start_date", field_label("start_date"), required=False) \
        if values["start_date"] else None
    if values["residence_status"]:
        status = _match(cw.cat.residence_status, values["residence_status"], "residence_status")
        since = start or cw.today()
        last = last_application(status)
        if last is not None and since > last:
            # A list says what a person holds, not when it was applied for: a title of a closed programme
            # held today was applied for by its last day (§ 104c: 31.12.2025), which is all that is known.
            cw.record_status(pid, status, since, applied_on=last, note=tr(
                "Aus einer Liste übernommen: beantragt spätestens am {day}, genaues Datum unbekannt.").format(
                day=last.strftime("%d.%m.%Y")))
        else:
            cw.record_status(pid, status, since)
    if values["intensity"] and start is None:
        raise ValidationError("start_date", tr("Zur Intensität fehlt der Beginn des Falls."))
    if start is not None:
        intensity = _match(cw.cat.intensities, values["intensity"], "intensity") if values["intensity"] else None
        if intensity is None:
            raise ValidationError("intensity", tr("Zum Beginn des Falls fehlt die Intensität."))
        if values["consent_date"]:
            cw.give_consent(pid, "fallarbeit", values["consent_date"])
        elif consent_given:
            cw.give_consent(pid, "fallarbeit", start)
        else:
            raise ValidationError("consent_date", tr(
                "Für den Fall ab {day} fehlt die Einwilligung in die Fallarbeit: Spalte »Einwilligung am«, oder "
                "bestätigen, dass alle Personen der Liste zum Beginn eingewilligt haben.").format(
                day=start.strftime("%d.%m.%Y")))
        cw.open_case(pid, start, intensity)


def _values(table: Table, mapping: dict[str, int | None], row: list) -> dict:
    def cell(name):
        index = mapping.get(name)
        value = row[index] if index is not None and index < len(row) else None
        return _date_text(value) if name in ("birth_date", "start_date", "consent_date") else _text(value)
    return {name: cell(name) for name in FIELDS}


def _run(cw: Casework, table: Table, mapping: dict[str, int | None], consent_given: bool) -> Checked:
    """Inside the caller's transaction: every row, each in a savepoint, so that one row's error does
    not stop the check of the next."""
    missing = [field_label(name) for name in REQUIRED if mapping.get(name) is None]
    if missing:
        raise ValidationError("mapping", tr("Bitte eine Spalte zuordnen für: {fields}.").format(
            fields=", ".join(missing)))
    results = []
    for offset, row in enumerate(table.rows):
        values = _values(table, mapping, row)
        result = RowResult(table.first_row + offset, ", ".join(v for v in (values["family_name"],
                                                                            values["given_names"]) if v))
        cw.conn.execute("SAVEPOINT list_row")
        try:
            _import_row(cw, values, consent_given)
        except ValidationError as exc:
            cw.conn.execute("ROLLBACK TO list_row")
            result.errors.append(exc.message)
        cw.conn.execute("RELEASE list_row")
        results.append(result)
    return Checked(results)


def check(cw: Casework, table: Table, mapping: dict[str, int | None], consent_given: bool = False) -> Checked:
    """Every row checked as the import would write it; nothing is kept (the dry run)."""
    with records.rolled_back(cw.conn):
        checked = _run(cw, table, mapping, consent_given)
    cw.undo_stack.clear()
    return checked


def import_rows(cw: Casework, table: Table, mapping: dict[str, int | None], consent_given: bool = False) -> Checked:
    """All rows in one transaction, or none: with any error nothing is written and the errors are
    returned as the dry run would list them."""
    cw.conn.execute("BEGIN IMMEDIATE")
    try:
        checked = _run(cw, table, mapping, consent_given)
        if not checked.ok:
            records.rollback(cw.conn)
            return checked
        audit.append(cw.conn, "import", "list", len(checked.rows))
        cw.conn.execute("COMMIT")
    except BaseException:
        records.rollback(cw.conn)
        raise
    finally:
        cw.undo_stack.clear()
    checked.imported = len(checked.rows)
    return checked
