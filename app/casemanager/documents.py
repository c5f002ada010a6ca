"""Readable documents (PDF) with Qt's own text layout and PDF writer: no extra dependency."""

from __future__ import annotations

import html
import os
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from app.casemanager.casework import consent_proof_text
from app.core.messages import tr
from storage.atomic import write_atomically


def _ensure_gui_application() -> None:
    """Text layout needs fonts, hence a QGuiApplication; the CLI has none, and may have no screen."""
    if QCoreApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(sys.argv[:1])


def write_pdf(body_html: str, path: Path, title: str) -> None:
    """Lay out and write the PDF, readable by its owner only: it holds a person's data."""
    _ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Fallakte")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setHtml(body_html)
    document.print_(writer)
    del writer
    buffer.close()
    if not data.size():
        raise OSError(f"PDF not written: {path}")
    write_atomically(Path(path), bytes(data.data()))


def _e(value) -> str:
    """Escaped text; ISO dates (and ISO dates at the start of a text) in German form."""
    text = "" if value is None else str(value)
    if len(text) >= 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit():
        text = f"{text[8:10]}.{text[5:7]}.{text[:4]}{text[10:]}"
    return html.escape(text)


PURPOSES = {"fallarbeit": "Fallarbeit", "weitergabe": "Weitergabe an", "uebergabe": "Übergabe an Kolleg*in"}


def _euros(cents: int) -> str:
    return f"{cents / 100:.2f}".replace(".", ",") + " €"


def _table(rows: list[tuple[str, object]]) -> str:
    return "<table cellpadding='3'>" + "".join(
        f"<tr><td><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>" for k, v in rows) + "</table>"


def subject_access_html(data: dict) -> str:
    p = data["person"]
    # Messages outside the f-strings: pyside6-lupdate does not look inside them.
    as_of = tr("Alle in der Fallakte gespeicherten Daten zu dieser Person, Stand {day}.").format(
        day=_e(data["erstellt_am"]))
    given_on, withdrawn_on, target = tr("erteilt am"), tr("widerrufen am"), tr("Zieldatum")
    responsible = tr("zuständig")
    interpreter, data_passed = tr("Sprachmittlung"), tr("mit Datenweitergabe")
    parts = [f"<h1>{_e(tr('Auskunft nach Art. 15 DSGVO'))}</h1>",
             f"<p>{_e(as_of)}</p>",
             f"<h2>{_e(tr('Person'))}</h2>",
             _table([(tr("Fallnummer"), p["case_number"]), (tr("Familienname"), p["family_name"]),
                     (tr("Vornamen"), p["given_names"]), (tr("Geburtsdatum"), p["birth_date"]),
                     (tr("Geschlecht"), p["gender"]), (tr("Staatsangehörigkeit"), p["nationality"]),
                     (tr("Sprachen"), p["languages"]), (tr("Wohnort"), p["municipality"]),
                     (tr("Anschrift"), p["address"]), (tr("Telefon"), p["phone"]), (tr("E-Mail"), p["email"]),
                     (tr("Bereits begleitet durch"), p["accompanied_by"]),
                     (tr("In Deutschland seit"), p["in_germany_since"])])]
    valid_until, applied_for = tr("gültig bis"), tr("beantragt")
    asked = tr("Einwilligung angefragt")
    parts.append(f"<h2>{_e(tr('Aufenthaltsstatus'))}</h2><ul>" + "".join(
        f"<li>{_e(s['since'])}: {_e(s['status'])}"
        + (f", {_e(applied_for)}: {_e(s['applied_for'])}" if s.get("applied_for") else "")
        + (f", {_e(valid_until)} {_e(s['valid_until'])}" if s.get("valid_until") else "") + "</li>"
        for s in data["aufenthaltsstatus"]) + "</ul>")
    if data.get("bleiberecht_checkliste"):
        proven, due = tr("nachgewiesen am"), tr("nachzuweisen bis")
        parts.append(f"<h2>{_e(tr('Checkliste Bleiberecht'))}</h2><ul>" + "".join(
            f"<li>{_e(c['weg'])}: {_e(c['voraussetzung'])} ({_e(c['rechtsgrundlage'])})"
            + (f", {_e(proven)} {_e(c['nachgewiesen_am'])}" if c["nachgewiesen_am"] else "")
            + (f", {_e(due)} {_e(c['nachzuweisen_bis'])}" if c["nachzuweisen_bis"] else "") + "</li>"
            for c in data["bleiberecht_checkliste"]) + "</ul>")
    if data.get("zugangskontakte"):
        parts.append(f"<h2>{_e(tr('Zugangskontakte (vor der Einwilligung)'))}</h2><ul>" + "".join(
            f"<li>{_e(c['date'])}, {_e(c['minutes'])} min, {_e(c['channel'])}, {_e(', '.join(c['topics']))}"
            + (f", {_e(asked)}" if c["consent_requested"] else "") + "</li>" for c in data["zugangskontakte"]) + "</ul>")
    parts.append(f"<h2>{_e(tr('Einwilligungen'))}</h2><ul>" + "".join(
        f"<li>{_e(' '.join(filter(None, (tr(PURPOSES[c['purpose']]), c['partner']))))}: {_e(given_on)} {_e(c['given_on'])}"
        + (f" – {_e(withdrawn_on)} {_e(c['withdrawn_on'])}" if c["withdrawn_on"] else "")
        + f" ({_e(consent_proof_text(c))})</li>"
        for c in data["einwilligungen"]) + "</ul>")
    for case in data["faelle"]:
        case_of = tr("Fall vom {day}").format(day=_e(case["opened_on"]))
        parts.append(f"<h2>{_e(case_of)}</h2>")
        parts.append(_table([(tr("Intensität"), case["intensity"]), (tr("Abgeschlossen"), case["closed_on"]),
                             (tr("Abschlussgrund"), case["closure_reason"])]))
        parts.append("<p>" + _e(tr("Phasen")) + ": " + ", ".join(f"{_e(ph['since'])} {_e(ph['phase'])}" for ph in case["phases"]) + "</p>")
        parts.append("<p>" + _e(tr("Intensität seit")) + ": " + ", ".join(
            f"{_e(i['since'])} {_e(i['intensity'])}" for i in case.get("intensities", [])) + "</p>")
        parts.append(f"<h3>{_e(tr('Ziele'))}</h3><ul>" + "".join(
            f"<li>{_e(g['text'])} ({_e(g['life_area'])}, {_e(g['status'])}"
            + (f", {_e(target)} {_e(g['target_date'])}" if g["target_date"] else "")
            + (f", {_e(responsible)}: {_e(g['responsible'])}" if g.get("responsible") else "") + ")</li>"
            for g in case["goals"]) + "</ul>")
        parts.append(f"<h3>{_e(tr('Kontakte'))}</h3><ul>" + "".join(
            f"<li>{_e(c['date'])}, {_e(c['minutes'])} min, {_e(c['channel'])}, {_e(', '.join(c['topics']))}"
            + (f"<br/>{_e(interpreter)}: {_e(c['interpreter_language'])}, {_e(c['interpreter_minutes'])} min, "
               f"{_e(_euros(c['interpreter_cost_cents']))}" if c.get("interpreter_language") else "")
            + (f"<br/>{_e(c['notes'])}" if c["notes"] else "") + "</li>" for c in case["contacts"]) + "</ul>")
        parts.append(f"<h3>{_e(tr('Verweisungen'))}</h3><ul>" + "".join(
            f"<li>{_e(r['date'])}: {_e(r['partner'])} – {_e(r['status'])}"
            + (f", {_e(r['outcome'])}" if r["outcome"] else "")
            + (f" ({_e(data_passed)})" if r["discloses_data"] else "") + "</li>" for r in case["referrals"]) + "</ul>")
    if data.get("termine"):
        at, with_whom = tr("Uhr"), tr("mit")
        parts.append(f"<h2>{_e(tr('Termine'))}</h2><ul>" + "".join(
            f"<li>{_e(a['day'])} {_e(a['start'])} {_e(at)}, {_e(a['minutes'])} min, {_e(a['channel'])}"
            + (f", {_e(a['place'])}" if a["place"] else "") + (f", {_e(with_whom)} {_e(a['with_whom'])}" if a["with_whom"] else "")
            + (f", {_e(interpreter)}: {_e(a['interpreter_language'])}" if a["interpreter_language"] else "")
            + f" – {_e(a['state'])}" + (f"<br/>{_e(a['note'])}" if a["note"] else "") + "</li>"
            for a in data["termine"]) + "</ul>")
    if data.get("dokumente"):
        added, in_file, documents = tr("hinzugefügt am"), tr("Datei"), tr("Dokumente (Scans, PDFs, Fotos)")
        parts.append(f"<h2>{_e(documents)}</h2><ul>" + "".join(
            f"<li>{_e(d['titel'])} ({_e(added)} {_e(d['hinzugefuegt_am'])}; {_e(in_file)}: {_e(d['datei'])})</li>"
            for d in data["dokumente"]) + "</ul>")
    return "<html><body>" + "".join(parts) + "</body></html>"
