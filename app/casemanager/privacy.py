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
from datetime import date
from pathlib import Path

from app.casemanager.casework import Casework
from app.casemanager.chancen import add_months
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


def due_for_deletion(cw: Casework) -> list[DueForDeletion]:
    today = cw.today()
    months = cw.settings().retention_months
    due = []
    rows = cw.conn.execute(
        "SELECT p.id, p.case_number, p.created_at, "
        "  (SELECT max(closed_on) FROM support_case WHERE person_id = p.id), "
        "  (SELECT max(withdrawn_on) FROM consent WHERE person_id = p.id AND purpose = 'fallarbeit' "
        "     AND withdrawn_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM consent c2 WHERE c2.person_id = p.id "
        "     AND c2.purpose = 'fallarbeit' AND c2.withdrawn_on IS NULL)) "
        "FROM person p WHERE NOT EXISTS (SELECT 1 FROM support_case WHERE person_id = p.id AND closed_on IS NULL)")
    for person_id, number, created, last_closed, withdrawn in rows:
        if withdrawn:
            due.append(DueForDeletion(person_id, number, date.fromisoformat(withdrawn), "consent_withdrawn"))
            continue
        since = date.fromisoformat(last_closed or created[:10])
        deadline = add_months(since, months)
        if deadline <= today:
            due.append(DueForDeletion(person_id, number, deadline, "retention"))
    return due


def delete_person(cw: Casework, person_id: int) -> None:
    """Remove everything about one person for good: their records go (secure_delete overwrites the
    freed pages, the search index forgets them) and the WAL is truncated. The audit log keeps only
    that record id N was deleted. Time logged as system work is not personal and stays."""
    person = records.fetch(cw.conn, "person", person_id)
    if person is None:
        raise ValidationError("id", tr("Der Datensatz existiert nicht (mehr)."))
    if cw.open_case_of(person_id) is not None:
        raise ValidationError("person", tr("Der Fall ist noch offen. Bitte zuerst abschließen."))
    with records.atomic(cw.conn):
        records.delete_search_document(cw.conn, person_id)
        cw.conn.execute("DELETE FROM person WHERE id = ?", (person_id,))  # cascades to every record about them
        cw._audit("delete", "person", person_id)
    cw.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def subject_access_data(cw: Casework, person_id: int) -> dict:
    """Everything stored about one person, with catalogue codes spelled out."""
    person = records.fetch(cw.conn, "person", person_id)
    if person is None:
        raise ValidationError("id", tr("Der Datensatz existiert nicht (mehr)."))
    cat = cw.cat
    person = dict(person, municipality=cat.municipalities.label(person["municipality"]),
                  gender=cat.genders.label(person["gender"]))
    cases = []
    for case in cw.cases_of(person_id):
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
        "aufenthaltsstatus": [dict(s, status=cat.residence_status.label(s["status"])) for s in cw.status_history(person_id)],
        "einwilligungen": [dict(c, partner=cat.partners.label(c["partner"]) if c["partner"] else None)
                           for c in records.fetch_all(cw.conn, "SELECT * FROM consent WHERE person_id = ? ORDER BY id",
                                                      (person_id,))],
        "faelle": cases,
    }


def export_subject_access(cw: Casework, person_id: int, folder: Path) -> tuple[Path, Path]:
    """Write the export as JSON and as a readable PDF into ``folder``; audit-logged."""
    from app.casemanager.documents import subject_access_html, write_pdf

    data = subject_access_data(cw, person_id)
    stem = f"auskunft-{data['person']['case_number']}"
    json_path, pdf_path = Path(folder) / f"{stem}.json", Path(folder) / f"{stem}.pdf"
    write_atomically(json_path, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))   # owner only
    write_pdf(subject_access_html(data), pdf_path, title=tr("Auskunft nach Art. 15 DSGVO"))
    cw.casefile.audit("export", "person", person_id)
    return json_path, pdf_path
