"""Letters and forms from county-editable Word templates (python-docx).

A template is a .docx file with placeholders in double braces, ``{{Name}}``, ``{{Geburtsdatum}}``
(the list is in PLACEHOLDERS, and in resources/vorlagen/README.md). Fallakte ships them in
``resources/vorlagen/briefe/`` (letters: Ausländerbehörde, Jobcenter, Schule) and
``resources/vorlagen/formulare/`` (the consent form ``einwilligung`` and the release of confidentiality
``schweigepflichtentbindung``, each in German and English). A county puts its own beside the case
file, in ``Vorlagen/briefe/`` and ``Vorlagen/formulare/``: a file of the same name replaces the shipped
one, a new name adds a letter, a new language code adds a language (``einwilligung.ar.docx``).

Letters are written as DOCX (to edit in Word or LibreOffice) and as PDF; forms as PDF, to print and
sign. Either lies outside the encrypted case file, and the window and the command line say so. The
PDF is laid out by Qt from the filled document's paragraphs and tables; pictures (a logo) stay in
the DOCX only.
"""

from __future__ import annotations

import html
import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.table import Table
from docx.text.paragraph import Paragraph

from app.casemanager.casework import Casework, consent_way_text
from app.casemanager.documents import write_pdf
from app.core.messages import tr
from app.core.paths import resources_dir
from app.core.validation import ValidationError
from storage.atomic import write_atomically

LETTERS, FORMS = "briefe", "formulare"
COUNTY_FOLDER = "Vorlagen"
PLACEHOLDER = re.compile(r"\{\{([^{}]{1,60})\}\}")
FORM_OF_PURPOSE = {"fallarbeit": "einwilligung", "weitergabe": "schweigepflichtentbindung"}
# What a template may ask for; a form's placeholders are filled from the consent as well.
PLACEHOLDERS = ("Datum", "Fallnummer", "Name", "Familienname", "Vornamen", "Geburtsdatum", "Geschlecht",
                "Staatsangehörigkeit", "Sprachen", "Anschrift", "Wohnort", "Telefon", "E-Mail", "In Deutschland seit",
                "Aufenthaltsstatus", "Aufenthalt seit", "Gültig bis", "Fall seit")
FORM_PLACEHOLDERS = ("Zweck", "Empfänger", "Erteilt am", "Erteilungsweise", "Sprache", "Dolmetschung", "Art13",
                     "Art13 Kreuz", "Schriftlich Kreuz", "Mündlich Kreuz", "Dolmetschung Kreuz")


@dataclass(frozen=True)
class Template:
    kind: str          # briefe | formulare
    name: str          # jobcenter, einwilligung, ...
    language: str      # de, en, ar, ...
    path: Path
    county: bool       # from the county's folder beside the case file

    @property
    def title(self) -> str:
        """The document's title (Word: Datei → Eigenschaften), else its file name."""
        try:
            return Document(str(self.path)).core_properties.title or self.name
        except Exception:   # a damaged template is named by its file; filling it says what is wrong
            return self.name


def key(name: str) -> str:
    """A placeholder as typed, in any spelling: {{Gültig bis}}, {{gueltig_bis}} and {{GÜLTIG-BIS}} are one."""
    text = unicodedata.normalize("NFC", name).strip().casefold()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    return re.sub(r"[\s\-_.]+", "_", text)


def county_folder(cw: Casework) -> Path:
    return cw.casefile.path.parent / COUNTY_FOLDER


def templates(cw: Casework, kind: str) -> list[Template]:
    """Every template of a kind, the county's replacing the shipped one of the same name and language."""
    found: dict[tuple[str, str], Template] = {}
    for folder, county in ((resources_dir() / "vorlagen" / kind, False), (county_folder(cw) / kind, True)):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.docx")):
            if path.name.startswith("~$"):   # Word's lock file while a template is open for editing
                continue
            name, _, language = path.stem.rpartition(".")
            if not name:
                name, language = path.stem, "de"
            found[(name, language)] = Template(kind, name, language, path, county)
    return sorted(found.values(), key=lambda t: (t.name, t.language != "de", t.language))


def template(cw: Casework, kind: str, name: str, language: str = "de") -> Template:
    for t in templates(cw, kind):
        if t.name == name and t.language == language:
            return t
    raise ValidationError("template", tr("Die Vorlage »{name}« ({language}) gibt es nicht. Vorlagen liegen in {folder}.")
                          .format(name=name, language=language, folder=county_folder(cw) / kind))


# -- what fills the placeholders ------------------------------------------------------------------------
def _day(value: str | None) -> str:
    if not value:
        return ""
    if len(value) == 4:
        return value
    return f"{value[8:10]}.{value[5:7]}.{value[:4]}"


def person_values(cw: Casework, person_id: int) -> dict[str, str]:
    cat, p = cw.cat, cw.person(person_id)
    history = cw.status_history(person_id)
    status = history[-1] if history else None
    cases = cw.cases_of(person_id)
    values = {
        "Datum": _day(cw.today().isoformat()), "Fallnummer": p.case_number,
        "Name": " ".join(filter(None, (p.given_names, p.family_name))), "Familienname": p.family_name,
        "Vornamen": p.given_names, "Geburtsdatum": _day(p.birth_date), "Geschlecht": cat.genders.label(p.gender),
        "Staatsangehörigkeit": p.nationality, "Sprachen": p.languages, "Anschrift": p.address,
        "Wohnort": cat.municipalities.label(p.municipality), "Telefon": p.phone, "E-Mail": p.email,
        "In Deutschland seit": _day(p.in_germany_since),
        "Aufenthaltsstatus": cat.residence_status.label(status["status"]) if status else "",
        "Aufenthalt seit": _day(status["since"]) if status else "",
        "Gültig bis": _day(status["valid_until"]) if status else "",
        "Fall seit": _day(cases[-1]["opened_on"]) if cases else "",
    }
    return {key(k): v or "" for k, v in values.items()}


def consent_values(cw: Casework, consent_id: int) -> dict[str, str]:
    row = cw._require("consent", consent_id)
    proof = cw.consent_proof(consent_id)
    cross = lambda on: "☒" if on else "☐"  # noqa: E731
    values = {
        "Zweck": tr("Fallarbeit") if row["purpose"] == "fallarbeit" else tr("Weitergabe an {partner}").format(
            partner=cw.cat.partners.label(row["partner"])),
        "Empfänger": cw.cat.partners.label(row["partner"]) if row["partner"] else "",
        "Erteilt am": _day(row["given_on"]),
        "Erteilungsweise": consent_way_text(row) if proof.given_how else "",
        "Sprache": proof.language, "Dolmetschung": tr("ja") if proof.interpreted else tr("nein"),
        "Art13": {True: tr("ja"), False: tr("nein"), None: ""}[proof.informed],
        "Art13 Kreuz": cross(proof.informed), "Schriftlich Kreuz": cross(proof.given_how == "schriftlich"),
        "Mündlich Kreuz": cross(proof.given_how == "muendlich"), "Dolmetschung Kreuz": cross(proof.interpreted),
    }
    return {key(k): v or "" for k, v in values.items()}


# -- filling a document ---------------------------------------------------------------------------------
def _fill_paragraph(paragraph: Paragraph, values: dict[str, str], unknown: set[str]) -> None:
    """Replace every {{placeholder}} in the paragraph, also one that Word split over several runs
    (it does so after a spelling check or an edit in the middle); the text keeps the formatting of
    the run where the placeholder begins."""
    runs = paragraph.runs
    text = "".join(r.text for r in runs)
    if "{{" not in text:
        return
    bounds, position = [], 0
    for run in runs:
        bounds.append(position)
        position += len(run.text)
    for match in reversed(list(PLACEHOLDER.finditer(text))):
        name = key(match.group(1))
        if name not in values:
            unknown.add(match.group(0))
            continue
        start, end = match.span()
        first = max(i for i, b in enumerate(bounds) if b <= start and len(runs[i].text) > start - b)
        last = max(i for i, b in enumerate(bounds) if b < end)
        head = runs[first].text[:start - bounds[first]]
        if first == last:
            runs[first].text = head + values[name] + runs[first].text[end - bounds[first]:]
        else:
            tail = runs[last].text[end - bounds[last]:]
            runs[first].text = head + values[name]
            for i in range(first + 1, last):
                runs[i].text = ""
            runs[last].text = tail


def _containers(document) -> list:
    """The body, then every header and footer a section defines (where a county puts its letterhead).
    One it only inherits is left alone: asking python-docx for its content would add an empty one."""
    parts = [document]
    for section in document.sections:
        parts += [part for part in (section.header, section.first_page_header, section.even_page_header,
                                    section.footer, section.first_page_footer, section.even_page_footer)
                  if not part.is_linked_to_previous]
    return parts


def _paragraphs(container):
    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block
        else:
            for row in block.rows:
                for cell in row.cells:
                    yield from _paragraphs(cell)


def fill(path: Path, values: dict[str, str]) -> tuple[object, list[str]]:
    """The template filled; and the placeholders it asks for that Fallakte does not know (left as they are)."""
    try:
        document = Document(str(path))
    except Exception:   # not a Word document, or a damaged one: said in words, nothing written
        raise ValidationError("template", tr("Die Vorlage {path} ist kein lesbares Word-Dokument (.docx).")
                              .format(path=path)) from None
    unknown: set[str] = set()
    for container in _containers(document):
        for paragraph in _paragraphs(container):
            _fill_paragraph(paragraph, values, unknown)
    return document, sorted(unknown)


# -- the filled document as HTML, for the PDF -----------------------------------------------------------
HEADINGS = {"title": "h1", "heading 1": "h2", "heading 2": "h3", "heading 3": "h4"}
ALIGN = {WD_ALIGN_PARAGRAPH.CENTER: "center", WD_ALIGN_PARAGRAPH.RIGHT: "right", WD_ALIGN_PARAGRAPH.JUSTIFY: "justify"}


def _run_html(run) -> str:
    text = html.escape(run.text).replace("\n", "<br/>").replace("\t", "&nbsp;" * 4)
    if run.bold:
        text = f"<b>{text}</b>"
    if run.italic:
        text = f"<i>{text}</i>"
    if run.underline:
        text = f"<u>{text}</u>"
    if run.font.size:
        text = f"<span style='font-size: {run.font.size.pt:g}pt;'>{text}</span>"
    return text


def _paragraph_html(paragraph: Paragraph) -> str:
    tag = HEADINGS.get((paragraph.style.name if paragraph.style is not None else "").casefold(), "p")
    align = ALIGN.get(paragraph.alignment)
    attributes = f" align='{align}'" if align else ""
    if any(run.contains_page_break for run in paragraph.runs):
        attributes += " style='page-break-before: always;'"
    body = "".join(_run_html(r) for r in paragraph.runs) or "&nbsp;"
    return f"<{tag}{attributes}>{body}</{tag}>"


def _table_html(table: Table) -> str:
    grid = "grid" in (table.style.name if table.style is not None else "").casefold()
    rows = []
    for row in table.rows:
        cells, seen = [], []
        for cell in row.cells:
            if seen and cell._tc is seen[-1][0]:   # a merged cell is reported once per grid column
                seen[-1][1] += 1
                continue
            seen.append([cell._tc, 1, _blocks_html(cell)])
        cells = [f"<td colspan='{span}' valign='top'>{body}</td>" if span > 1 else f"<td valign='top'>{body}</td>"
                 for _, span, body in seen]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    border = "1" if grid else "0"
    return f"<table width='100%' border='{border}' cellspacing='0' cellpadding='4'>" + "".join(rows) + "</table>"


def _blocks_html(container) -> str:
    return "".join(_paragraph_html(b) if isinstance(b, Paragraph) else _table_html(b)
                   for b in container.iter_inner_content())


def as_html(document) -> str:
    section = document.sections[0]
    header = _blocks_html(section.header) if not section.header.is_linked_to_previous else ""
    footer = _blocks_html(section.footer) if not section.footer.is_linked_to_previous else ""
    return "<html><body>" + header + _blocks_html(document) + footer + "</body></html>"


def _docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# -- what the window and the command line call ----------------------------------------------------------
@dataclass(frozen=True)
class Written:
    paths: list[Path]
    unknown: list[str]       # placeholders the template asks for that Fallakte does not know


def write_letter(cw: Casework, person_id: int, letter: Template, target: Path) -> Written:
    """The letter filled from the record as ``target`` (.docx) and beside it as PDF; audit-logged."""
    cw._require("person", person_id)
    document, unknown = fill(letter.path, person_values(cw, person_id))
    docx_path = Path(target).with_suffix(".docx")
    pdf_path = docx_path.with_suffix(".pdf")
    write_atomically(docx_path, _docx_bytes(document))
    write_pdf(as_html(document), pdf_path, title=letter.title)
    cw.casefile.audit("print:letter", "person", person_id)
    return Written([docx_path, pdf_path], unknown)


def form_name(cw: Casework, consent_id: int) -> str:
    return FORM_OF_PURPOSE[cw._require("consent", consent_id)["purpose"]]


def form_languages(cw: Casework, consent_id: int) -> list[str]:
    """The languages the consent's form exists in (German first)."""
    name = form_name(cw, consent_id)
    return [t.language for t in templates(cw, FORMS) if t.name == name]


def write_consent_form(cw: Casework, consent_id: int, language: str, target: Path) -> Written:
    """The consent form (Einwilligung) or release of confidentiality (Schweigepflichtentbindung) filled
    from the consent and its person, as PDF to print and sign; audit-logged."""
    row = cw._require("consent", consent_id)
    form = template(cw, FORMS, form_name(cw, consent_id), language)
    document, unknown = fill(form.path, person_values(cw, row["person_id"]) | consent_values(cw, consent_id))
    pdf_path = Path(target).with_suffix(".pdf")
    write_pdf(as_html(document), pdf_path, title=form.title)
    cw.casefile.audit("print:consent_form", "consent", consent_id)
    return Written([pdf_path], unknown)


def default_name(name: str, case_number: str, suffix: str) -> str:
    """brief-jobcenter-F-2026-00012.docx"""
    return f"{name}-{case_number}{suffix}"
