"""Data protection: retention and deletion, and the subject access export (Art. 15 DSGVO).

Retention: a person whose last case closed more than the retention period ago (a setting, at least
24 months) is due for deletion; so is a person who withdrew their consent to casework, at once.
Why at least 24 months: a sync bundle covers the current and the previous calendar year, so a person
whose last case closed 24 months ago contributes nothing to any period a bundle still reports, and
deleting them changes no count already sent.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from app.casemanager import attachments
from app.casemanager.appointments import reasons, state_label
from app.casemanager.casework import Casework
from app.casemanager.chancen import add_months
from app.casemanager.pathways import checklist, pathway_label
from app.core.messages import tr
from app.core.validation import ValidationError
from storage import records
from storage.atomic import write_atomically


@dataclass(frozen=True)
class DueForDeletion:
    person_id: int
    case_number: str
    due: date
    reason: str        # retention | consent_withdrawn


def due_for_deletion(cw: Casework, by: date | None = None) -> list[DueForDeletion]:
    """Persons whose data must be deleted by ``by`` (today unless given), soonest first.

    Set-based, so that *Heute* stays fast at 20 000 persons: SQL narrows to persons whose last case
    closed (or who were entered, never having had a case) before a cutoff a few days after the exact
    one (add_months clamps at month ends), Python decides exactly."""
    by = by or cw.today()
    months = cw.settings().retention_months
    cutoff = (add_months(by, -months) + timedelta(days=3)).isoformat()
    withdrawn = dict(cw.conn.execute(   # among those with a withdrawn consent (index consent_withdrawn)
        "SELECT person_id, max(withdrawn_on) FROM consent k WHERE purpose = 'fallarbeit' AND person_id IN "
        "(SELECT w.person_id FROM consent w WHERE w.purpose = 'fallarbeit' AND w.withdrawn_on IS NOT NULL) "
        "AND NOT EXISTS (SELECT 1 FROM support_case c WHERE c.person_id = k.person_id AND c.closed_on IS NULL) "
        "GROUP BY person_id HAVING total(withdrawn_on IS NULL) = 0"))
    since = dict(cw.conn.execute(   # among those with a case closed before the cutoff (index support_case_closed_before)
        "SELECT person_id, max(closed_on) FROM support_case WHERE person_id IN "
        "(SELECT b.person_id FROM support_case b WHERE b.closed_on > '' AND b.closed_on <= ?) GROUP BY person_id "
        "HAVING total(closed_on IS NULL) = 0 AND max(closed_on) <= ?", (cutoff, cutoff)))
    since.update((person_id, created[:10]) for person_id, created in cw.conn.execute(
        "SELECT id, created_at FROM person p WHERE created_at <= ? "
        "AND NOT EXISTS (SELECT 1 FROM support_case c WHERE c.person_id = p.id)", (cutoff,)))
    due = {}
    for person_id, on in withdrawn.items():
        if date.fromisoformat(on) <= by:
            due[person_id] = (date.fromisoformat(on), "consent_withdrawn")
    for person_id, on in since.items():
        deadline = add_months(date.fromisoformat(on), months)
        if person_id not in due and deadline <= by:
            due[person_id] = (deadline, "retention")
    if not due:
        return []
    numbers = dict(cw.conn.execute(f"SELECT id, case_number FROM person WHERE id IN ({','.join('?' * len(due))})",
                                   tuple(due)))
    return sorted((DueForDeletion(person_id, numbers[person_id], on, reason)
                   for person_id, (on, reason) in due.items() if person_id in numbers),
                  key=lambda d: (d.due, d.case_number))


def delete_person(cw: Casework, person_id: int) -> None:
    """Remove everything about one person for good: their records go (secure_delete overwrites the
    freed pages, the search index forgets them) and the WAL is truncated. The audit log keeps only
    that record id N was deleted. Time logged as system work is not personal and stays."""
    person = records.fetch(cw.conn, "person", person_id)
    if person is None:
        raise ValidationError("id", tr("Der Datensatz existiert nicht (mehr)."))
    if cw.open_case_of(person_id) is not None:
        raise ValidationError("person", tr("Der Fall ist noch offen. Bitte zuerst abschließen."))
    cw.refuse_if_handed_over(person_id)
    from app.casemanager import households

    household = households.household_of(cw, person_id)
    with records.atomic(cw.conn):
        records.delete_search_document(cw.conn, person_id)
        cw.conn.execute("DELETE FROM person WHERE id = ?", (person_id,))  # cascades to every record about them
        cw._audit("delete", "person", person_id)
        if household is not None:
            households.dissolve_if_alone(cw.conn, household)
    cw.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def subject_access_data(cw: Casework, person_id: int) -> dict:
    """Everything stored about one person, with catalogue codes spelled out."""
    person = records.fetch(cw.conn, "person", person_id)
    if person is None:
        raise ValidationError("id", tr("Der Datensatz existiert nicht (mehr)."))
    cat = cw.cat
    person = dict(person, municipality=cat.municipalities.label(person["municipality"]),
                  gender=cat.genders.label(person["gender"]))
    cases, contact_days = [], {}
    for case in cw.cases_of(person_id):
        contact_days.update((c["id"], c["date"]) for c in cw.contacts(case["id"]))
        cases.append(dict(
            case, intensity=cat.intensities.label(case["intensity"]),
            closure_reason=cat.closure_reasons.label(case["closure_reason"]) if case["closure_reason"] else None,
            phases=[dict(p, phase=cat.phases.label(p["phase"])) for p in cw.phases(case["id"])],
            intensities=[{"since": i["since"], "intensity": cat.intensities.label(i["intensity"])}
                         for i in cw.intensities(case["id"])],
            goals=[dict(g, life_area=cat.topics.label(g["life_area"]), status=cat.goal_status.label(g["status"]))
                   for g in cw.goals(case["id"])],
            contacts=[dict(c, channel=cat.channels.label(c["channel"]), topics=[cat.topics.label(t) for t in c["topics"]])
                      for c in cw.contacts(case["id"])],
            referrals=[dict(r, partner=cat.partners.label(r["partner"]), status=cat.referral_status.label(r["status"]),
                            discloses_data=bool(r["discloses_data"]),
                            outcome=cat.referral_outcomes.label(r["outcome"]) if r["outcome"] else None)
                       for r in cw.referrals(case["id"])],
        ))
    return {
        "erstellt_am": cw.today().isoformat(),
        "person": person,
        "aufenthaltsstatus": [dict(s, status=cat.residence_status.label(s["status"]),
                                   applied_for=cat.residence_status.label(s["applied_for"]) if s["applied_for"] else None)
                              for s in cw.status_history(person_id)],
        "zugangskontakte": [dict(c, channel=cat.channels.label(c["channel"]), topics=[cat.topics.label(t) for t in c["topics"]],
                                 consent_requested=bool(c["consent_requested"])) for c in cw.first_contacts(person_id)],
        "bleiberecht_checkliste": [{"weg": pathway_label(c.pathway), "voraussetzung": c.label, "rechtsgrundlage": c.law,
                                    "nachgewiesen_am": _iso(c.proven_on), "nachzuweisen_bis": _iso(c.due_on)}
                                   for c in checklist(cw, person_id)],
        "einwilligungen": [dict(c, partner=cat.partners.label(c["partner"]) if c["partner"] else None)
                           for c in records.fetch_all(cw.conn, "SELECT * FROM consent WHERE person_id = ? ORDER BY id",
                                                      (person_id,))],
        "faelle": cases,
        "termine": [dict(a, channel=cat.channels.label(a["channel"]),
                         topic=cat.topics.label(a["topic"]) if a["topic"] else None,
                         interpreter_language=cat.languages.label(a["interpreter_language"])
                         if a["interpreter_language"] else "",
                         interpreter_booked=bool(a["interpreter_booked"]), state=state_label(a["state"]),
                         reason=dict(reasons(a["state"])).get(a["reason"]) if a["reason"] else None)
                    for a in records.fetch_all(cw.conn, "SELECT * FROM appointment WHERE person_id = ? "
                                                        "ORDER BY day, start, id", (person_id,))],
        "dokumente": [{"titel": a.title, "datei": a.file_name, "art": a.media_type, "groesse": a.size,
                       "sha256": a.sha256, "hinzugefuegt_am": a.added_on,
                       "zu_kontakt_vom": contact_days.get(a.contact_id), "zu_einwilligung": a.consent_id}
                      for a in reversed(attachments.of_person(cw, person_id))],
    }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def export_subject_access(cw: Casework, person_id: int, folder: Path) -> list[Path]:
    """Write the export as JSON and as a readable PDF into ``folder`` and the person's attachments
    (scans, PDFs, photos) as they were added into its subfolder ``auskunft-<Fallnummer>-dokumente``;
    returns the JSON, the PDF, then the attachments. Audit-logged."""
    from app.casemanager.documents import subject_access_html, write_pdf

    data = subject_access_data(cw, person_id)
    stem = f"auskunft-{data['person']['case_number']}"
    json_path, pdf_path = Path(folder) / f"{stem}.json", Path(folder) / f"{stem}.pdf"
    files = attachments.export_files(cw, person_id, Path(folder) / f"{stem}-dokumente")
    for document, (_, path) in zip(data["dokumente"], files):
        document["datei"] = f"{path.parent.name}/{path.name}"   # where it lies in the export
    write_atomically(json_path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))   # owner only
    write_pdf(subject_access_html(data), pdf_path, title=tr("Auskunft nach Art. 15 DSGVO"))
    cw.casefile.audit("export", "person", person_id)
    return [json_path, pdf_path, *(path for _, path in files)]
