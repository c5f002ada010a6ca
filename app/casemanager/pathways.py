"""The pathway checklist for a Bleiberecht (§ 25a or § 25b AufenthG), per person: which conditions
are proven and since when, and by when the rest is to be proven. The conditions, each with its
legal reference, are data (resources/catalogues/pathway_conditions.json), so a county adapts them
when the law changes. *Heute* shows what is still missing before a § 104c window or a title ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.casemanager.casework import Casework
from app.core.messages import tr
from app.core.validation import ValidationError, not_in_future, parse_date
from storage import records

PATHWAYS = ("ae_25a", "ae_25b")


def pathway_label(code: str) -> str:
    return {"ae_25a": tr("Bleiberecht § 25a"), "ae_25b": tr("Bleiberecht § 25b")}.get(code, code)


@dataclass(frozen=True)
class Check:
    id: int
    pathway: str
    condition: str
    label: str
    law: str
    proven_on: date | None
    due_on: date | None


def conditions(cw: Casework, pathway: str) -> list:
    """The catalogue's conditions of a pathway, in the catalogue's order."""
    return [e for e in cw.cat.pathway_conditions.entries if pathway in e.extra.get("pathways", [])]


def _require_pathway(pathway: str) -> str:
    if pathway not in PATHWAYS:
        raise ValidationError("pathway", tr("Bitte § 25a oder § 25b als Weg wählen."))
    return pathway


def start(cw: Casework, person_id: int, pathway: str) -> None:
    """Follow a pathway for a person: every condition of it becomes a line of the checklist, open."""
    cw._require("person", person_id)
    _require_pathway(pathway)
    if pathway in active(cw, person_id):
        raise ValidationError("pathway", tr("Die Checkliste für {pathway} ist bereits angelegt.").format(
            pathway=pathway_label(pathway)))
    with records.atomic(cw.conn):
        for entry in conditions(cw, pathway):
            records.insert(cw.conn, "pathway_check", person_id=person_id, pathway=pathway, condition=entry.code)
        cw._audit("create", "pathway_check", person_id)


def stop(cw: Casework, person_id: int, pathway: str) -> None:
    """The pathway is no longer followed: its checklist goes."""
    _require_pathway(pathway)
    with records.atomic(cw.conn):
        cw.conn.execute("DELETE FROM pathway_check WHERE person_id = ? AND pathway = ?", (person_id, pathway))
        cw._audit("delete", "pathway_check", person_id)


def active(cw: Casework, person_id: int) -> list[str]:
    return [p for (p,) in cw.conn.execute("SELECT DISTINCT pathway FROM pathway_check WHERE person_id = ? "
                                          "ORDER BY pathway", (person_id,))]


def checklist(cw: Casework, person_id: int) -> list[Check]:
    """The lines of every pathway followed, in the catalogue's order."""
    order = {e.code: i for i, e in enumerate(cw.cat.pathway_conditions.entries)}
    out = []
    for row in records.fetch_all(cw.conn, "SELECT * FROM pathway_check WHERE person_id = ?", (person_id,)):
        entry = cw.cat.pathway_conditions.get(row["condition"])
        out.append(Check(row["id"], row["pathway"], row["condition"], entry.label if entry else row["condition"],
                         entry.extra.get("law", "") if entry else "",
                         date.fromisoformat(row["proven_on"]) if row["proven_on"] else None,
                         date.fromisoformat(row["due_on"]) if row["due_on"] else None))
    return sorted(out, key=lambda c: (c.pathway, order.get(c.condition, len(order))))


def set_check(cw: Casework, check_id: int, proven_on: str | date | None, due_on: str | date | None) -> None:
    """Tick a condition as proven on a day (not in the future), or set by when it is to be proven."""
    cw._require("pathway_check", check_id)
    proven = parse_date(proven_on, "proven_on", tr("Nachgewiesen am"), required=False)
    due = parse_date(due_on, "due_on", tr("Nachzuweisen bis"), required=False)
    not_in_future(proven, cw.today(), "proven_on", tr("Der Nachweis"))
    with records.atomic(cw.conn):
        records.update(cw.conn, "pathway_check", check_id, proven_on=proven.isoformat() if proven else None,
                       due_on=due.isoformat() if due else None)
        cw._audit("change", "pathway_check", check_id)


def open_count(checks: list[Check], pathway: str) -> int:
    return sum(1 for c in checks if c.pathway == pathway and c.proven_on is None)
