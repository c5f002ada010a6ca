"""*Heute*: everything that is due, so the right next step is obvious."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.casemanager.casework import Casework
from app.casemanager.chancen import StatusEntry, window
from app.casemanager.privacy import due_for_deletion
from app.core.messages import tr
from storage import records


@dataclass(frozen=True)
class DueItem:
    kind: str          # chancen | goal | referral_answer | follow_up | retention
    person_id: int
    case_number: str
    due: date
    text: str          # what is due, without personal data beyond the case number


def due_items(cw: Casework) -> list[DueItem]:
    today = cw.today()
    settings = cw.settings()
    items: list[DueItem] = []

    # § 104c windows with a reminder due. One query for all histories of persons who ever held the permit.
    histories: dict[int, list[StatusEntry]] = {}
    numbers: dict[int, str] = {}
    for row in cw.conn.execute(
            "SELECT s.person_id, p.case_number, s.status, s.since FROM residence_status s "
            "JOIN person p ON p.id = s.person_id WHERE s.person_id IN "
            "(SELECT person_id FROM residence_status WHERE status = 'ae_104c') ORDER BY s.since, s.id"):
        histories.setdefault(row[0], []).append(StatusEntry(row[2], date.fromisoformat(row[3])))
        numbers[row[0]] = row[1]
    for person_id, history in histories.items():
        w = window(history, today, settings.reminder_months)
        if w and w.due_reminder:
            items.append(DueItem("chancen", person_id, numbers[person_id], w.ends,
                                 tr("§ 104c: die 18 Monate enden am {end}").format(end=w.ends.strftime("%d.%m.%Y"))))

    for row in records.fetch_all(cw.conn,
            "SELECT g.id, g.target_date, g.life_area, p.id AS person_id, p.case_number FROM goal g "
            "JOIN support_case c ON c.id = g.case_id JOIN person p ON p.id = c.person_id "
            "WHERE c.closed_on IS NULL AND g.status IN ('offen', 'in_arbeit') AND g.target_date < ?",
            (today.isoformat(),)):
        items.append(DueItem("goal", row["person_id"], row["case_number"], date.fromisoformat(row["target_date"]),
                             tr("Ziel überfällig ({area})").format(area=cw.cat.topics.label(row["life_area"]))))

    answer_by = (today - timedelta(days=settings.answer_days)).isoformat()
    for row in records.fetch_all(cw.conn,
            "SELECT r.partner, r.date, r.status, r.follow_up_on, p.id AS person_id, p.case_number FROM referral r "
            "JOIN support_case c ON c.id = r.case_id JOIN person p ON p.id = c.person_id "
            "WHERE r.status NOT IN ('abgeschlossen', 'abgelehnt') "
            "AND (r.follow_up_on <= ? OR (r.status = 'angefragt' AND r.date <= ?))",
            (today.isoformat(), answer_by)):
        partner = cw.cat.partners.label(row["partner"])
        if row["follow_up_on"] and row["follow_up_on"] <= today.isoformat():
            items.append(DueItem("follow_up", row["person_id"], row["case_number"],
                                 date.fromisoformat(row["follow_up_on"]),
                                 tr("Nachfassen: Verweisung an {partner}").format(partner=partner)))
        else:
            items.append(DueItem("referral_answer", row["person_id"], row["case_number"],
                                 date.fromisoformat(row["date"]) + timedelta(days=settings.answer_days),
                                 tr("Keine Rückmeldung von {partner}").format(partner=partner)))

    for person in due_for_deletion(cw):
        items.append(DueItem("retention", person.person_id, person.case_number, person.due,
                             tr("Aufbewahrungsfrist abgelaufen: Daten löschen")))

    return sorted(items, key=lambda i: (i.due, i.kind, i.case_number))
