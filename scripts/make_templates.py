"""Write the Word templates Fallakte ships (resources/vorlagen/): the consent form and the release of
confidentiality in German and English, and three letters. Run again after changing the texts here:
    .venv/bin/python scripts/make_templates.py
A county edits the resulting files in Word instead (see resources/vorlagen/README.md)."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "resources" / "vorlagen"
LETTERHEAD = "[Kreis / Stadt] · Kommunales Integrationsmanagement · [Straße Nr., PLZ Ort] · [Telefon] · [E-Mail]"


def new(title: str, letterhead: str = LETTERHEAD) -> Document:
    document = Document()
    document.core_properties.title = title
    document.core_properties.author = "Fallakte"
    document.styles["Normal"].font.size = Pt(11)
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = letterhead
    header.paragraphs[0].runs[0].font.size = Pt(8)
    return document


def signatures(document: Document, labels: list[str]) -> None:
    table = document.add_table(rows=2, cols=len(labels))
    for i, label in enumerate(labels):
        table.cell(0, i).text = "\n\n______________________"
        table.cell(1, i).text = label
        table.cell(1, i).paragraphs[0].runs[0].font.size = Pt(8)


def person_table(document: Document, rows: list[tuple[str, str]]) -> None:
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = value


FORMS = {
    ("einwilligung", "de"): dict(
        title="Einwilligung in die Verarbeitung personenbezogener Daten",
        person=[("Name", "{{Name}}"), ("Geburtsdatum", "{{Geburtsdatum}}"), ("Anschrift", "{{Anschrift}}"),
                ("Fallnummer", "{{Fallnummer}}")],
        text=[
            "Ich willige ein, dass das Kommunale Integrationsmanagement (KIM) des [Kreises / der Stadt] meine "
            "personenbezogenen Daten verarbeitet, um mich zu beraten und zu begleiten (Case Management). Dazu "
            "gehören Angaben zu meiner Person, meinem Aufenthaltsstatus, meiner Lebenssituation, den vereinbarten "
            "Zielen und unseren Gesprächen, und soweit für die Beratung nötig auch Angaben zu meiner Gesundheit "
            "(Art. 6 Abs. 1 lit. a, Art. 9 Abs. 2 lit. a DSGVO).",
            "Die Daten werden verschlüsselt gespeichert. An andere Stellen werden sie nur mit meiner gesonderten "
            "Einwilligung (Schweigepflichtentbindung) weitergegeben. Für die Statistik werden nur anonyme Zahlen "
            "übermittelt.",
            "Die Einwilligung ist freiwillig. Ich kann sie jederzeit ohne Angabe von Gründen mit Wirkung für die "
            "Zukunft widerrufen (Art. 7 Abs. 3 DSGVO); die bis dahin erfolgte Verarbeitung bleibt rechtmäßig. Nach "
            "einem Widerruf oder nach Ablauf der Aufbewahrungsfrist werden meine Daten gelöscht.",
        ],
        checks=["{{Art13 Kreuz}} Ich habe die Informationen nach Art. 13 DSGVO erhalten.",
                "{{Schriftlich Kreuz}} schriftlich erteilt    {{Mündlich Kreuz}} mündlich erteilt",
                "{{Dolmetschung Kreuz}} erklärt in der Sprache: {{Sprache}}, mit Dolmetschung"],
        given="Erteilt am {{Erteilt am}}",
        signs=["Ort, Datum", "Unterschrift der einwilligenden Person", "Unterschrift Dolmetscher*in (falls gedolmetscht)"]),
    ("einwilligung", "en"): dict(
        title="Consent to the processing of personal data",
        person=[("Name", "{{Name}}"), ("Date of birth", "{{Geburtsdatum}}"), ("Address", "{{Anschrift}}"),
                ("Case number", "{{Fallnummer}}")],
        text=[
            "I consent to the Municipal Integration Management (KIM) of [county / city] processing my personal data "
            "in order to advise and accompany me (case management). This includes information about me, my "
            "residence status, my living situation, the goals we agree on and our conversations and, where the "
            "advice requires it, information about my health (Art. 6(1)(a), Art. 9(2)(a) GDPR).",
            "The data are stored encrypted. They are passed on to other bodies only with my separate consent "
            "(release from confidentiality). Only anonymous figures are passed on for statistics.",
            "This consent is voluntary. I may withdraw it at any time without giving reasons, with effect for the "
            "future (Art. 7(3) GDPR); processing until then remains lawful. After a withdrawal or at the end of the "
            "retention period my data are deleted.",
        ],
        checks=["{{Art13 Kreuz}} I have received the information under Art. 13 GDPR.",
                "{{Schriftlich Kreuz}} given in writing    {{Mündlich Kreuz}} given orally",
                "{{Dolmetschung Kreuz}} explained in: {{Sprache}}, with an interpreter"],
        given="Given on {{Erteilt am}}",
        signs=["Place, date", "Signature of the person consenting", "Signature of the interpreter (if interpreted)"]),
    ("schweigepflichtentbindung", "de"): dict(
        title="Entbindung von der Schweigepflicht",
        person=[("Name", "{{Name}}"), ("Geburtsdatum", "{{Geburtsdatum}}"), ("Anschrift", "{{Anschrift}}"),
                ("Fallnummer", "{{Fallnummer}}")],
        text=[
            "Ich entbinde die Mitarbeitenden des Kommunalen Integrationsmanagements (KIM) des [Kreises / der Stadt] "
            "gegenüber folgender Stelle von der Schweigepflicht: {{Empfänger}}.",
            "Sie dürfen dieser Stelle die Angaben zu meiner Person und meinem Anliegen mitteilen, die für die "
            "Vermittlung und Abstimmung meiner Unterstützung nötig sind, und von ihr Auskunft darüber erhalten. "
            "Andere Angaben werden nicht weitergegeben.",
            "Die Entbindung ist freiwillig. Ich kann sie jederzeit ohne Angabe von Gründen mit Wirkung für die "
            "Zukunft widerrufen (Art. 7 Abs. 3 DSGVO).",
        ],
        checks=["{{Art13 Kreuz}} Ich habe die Informationen nach Art. 13 DSGVO erhalten.",
                "{{Dolmetschung Kreuz}} erklärt in der Sprache: {{Sprache}}, mit Dolmetschung"],
        given="Gilt ab {{Erteilt am}}",
        signs=["Ort, Datum", "Unterschrift", "Unterschrift Dolmetscher*in (falls gedolmetscht)"]),
    ("schweigepflichtentbindung", "en"): dict(
        title="Release from confidentiality",
        person=[("Name", "{{Name}}"), ("Date of birth", "{{Geburtsdatum}}"), ("Address", "{{Anschrift}}"),
                ("Case number", "{{Fallnummer}}")],
        text=[
            "I release the staff of the Municipal Integration Management (KIM) of [county / city] from their duty of "
            "confidentiality towards the following body: {{Empfänger}}.",
            "They may tell this body what it needs to know about me and my request to arrange and coordinate my "
            "support, and may receive information from it about this. Nothing else is passed on.",
            "This release is voluntary. I may withdraw it at any time without giving reasons, with effect for the "
            "future (Art. 7(3) GDPR).",
        ],
        checks=["{{Art13 Kreuz}} I have received the information under Art. 13 GDPR.",
                "{{Dolmetschung Kreuz}} explained in: {{Sprache}}, with an interpreter"],
        given="Valid from {{Erteilt am}}",
        signs=["Place, date", "Signature", "Signature of the interpreter (if interpreted)"]),
}

LETTERS = {
    "auslaenderbehoerde": ("Brief an die Ausländerbehörde", "Ausländerbehörde des [Kreises / der Stadt]",
                           "Aufenthaltsrechtliche Angelegenheit von {{Name}}, geb. {{Geburtsdatum}}, "
                           "{{Staatsangehörigkeit}}",
                           ["ich begleite {{Name}}, wohnhaft {{Anschrift}}, im Kommunalen Integrationsmanagement. "
                            "Nach unseren Unterlagen besitzt {{Vornamen}} {{Familienname}} folgenden "
                            "Aufenthaltsstatus: {{Aufenthaltsstatus}} seit {{Aufenthalt seit}}, gültig bis "
                            "{{Gültig bis}}.",
                            "[Anliegen: z. B. Bitte um Mitteilung der für die Verlängerung nötigen Unterlagen / "
                            "Bitte um einen Termin / Übersendung von Nachweisen für § 25a oder § 25b AufenthG.]",
                            "Eine Entbindung von der Schweigepflicht gegenüber Ihrer Behörde liegt vor."]),
    "jobcenter": ("Brief an das Jobcenter", "Jobcenter [Ort]", "{{Name}}, geb. {{Geburtsdatum}}, "
                  "BG-Nummer [Nummer der Bedarfsgemeinschaft]",
                  ["ich begleite {{Name}}, wohnhaft {{Anschrift}}, im Kommunalen Integrationsmanagement.",
                   "[Anliegen: z. B. Bitte um Rückruf zur Abstimmung der Eingliederungsvereinbarung / "
                   "Übersendung von Unterlagen / Bitte um Prüfung eines Antrags.]",
                   "Eine Entbindung von der Schweigepflicht gegenüber dem Jobcenter liegt vor."]),
    "schule": ("Brief an eine Schule", "Schulleitung der [Schule]\n[Anschrift der Schule]",
               "{{Name}}, geb. {{Geburtsdatum}}",
               ["ich begleite {{Name}} und die Familie im Kommunalen Integrationsmanagement "
                "(Anschrift: {{Anschrift}}, Telefon: {{Telefon}}).",
                "[Anliegen: z. B. Anmeldung an Ihrer Schule / Bitte um eine Schulbescheinigung für die "
                "Ausländerbehörde / Bitte um ein Gespräch mit der Klassenleitung.]",
                "Eine Entbindung von der Schweigepflicht gegenüber Ihrer Schule liegt vor."]),
}


def form(name: str, language: str, spec: dict) -> None:
    document = new(spec["title"])
    document.add_heading(spec["title"], level=1)
    person_table(document, spec["person"])
    document.add_paragraph()
    for text in spec["text"]:
        document.add_paragraph(text)
    for text in spec["checks"]:
        document.add_paragraph(text)
    document.add_paragraph(spec["given"])
    signatures(document, spec["signs"])
    document.save(OUT / "formulare" / f"{name}.{language}.docx")


def letter(name: str, title: str, recipient: str, subject: str, body: list[str]) -> None:
    document = new(title)
    document.add_paragraph(recipient)
    document.add_paragraph()
    date = document.add_paragraph("[Ort], {{Datum}}")
    date.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    document.add_paragraph().add_run(subject).bold = True
    document.add_paragraph("Sehr geehrte Damen und Herren,")
    for text in body:
        document.add_paragraph(text)
    document.add_paragraph("Für Rückfragen erreichen Sie mich unter den oben genannten Kontaktdaten.")
    document.add_paragraph("Mit freundlichen Grüßen")
    document.add_paragraph("\n[Name], Kommunales Integrationsmanagement")
    document.save(OUT / "briefe" / f"{name}.de.docx")


def main() -> None:
    for folder in ("formulare", "briefe"):
        (OUT / folder).mkdir(parents=True, exist_ok=True)
    for (name, language), spec in FORMS.items():
        form(name, language, spec)
    for name, (title, recipient, subject, body) in LETTERS.items():
        letter(name, title, recipient, subject, body)


if __name__ == "__main__":
    main()
