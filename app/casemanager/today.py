"""*Heute*: the case manager's work list. What is overdue, due today and due in the next 14 days,
with the person's name, so the right next step is obvious; each item can be done or put back
(Wiedervorlage) where it is shown, and opens the case on the tab it is about.

Closed cases never appear, except for what closing brings: the end of the retention period.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from app.casemanager.casework import Casework
from app.casemanager.chancen import PERMIT, StatusEntry, add_months, window, window_end
from app.casemanager.privacy import due_for_deletion
from app.core.messages import tr
from app.core.validation import ValidationError, parse_date
from storage import audit, records

HORIZON_DAYS = 14
OVERDUE, TODAY, SOON = "ueberfaellig", "heute", "bald"

# Which tab of the case an item is about (ui/case_view.py names its tabs by these keys).
TAB_OF_KIND = {"chancen": "aufenthalt", "goal": "ziele", "referral_answer": "verweisungen",
               "follow_up": "verweisungen", "retention": "person"}


@dataclass(frozen=True)
class DueItem:
    kind: str          # chancen | goal | referral_answer | follow_up | retention
    record_id: int     # the goal, the referral, the residence status granting § 104c, or the person
    person_id: int
    case_number: str
    name: str          # "Familienname, Vornamen"
    due: date
    text: str

    @property
    def tab(self) -> str:
        return TAB_OF_KIND[self.kind]

    def group(self, today: date) -> str:
        return OVERDUE if self.due < today else TODAY if self.due == today else SOON


def group_label(group: str) -> str:
    return {OVERDUE: tr("Überfällig"), TODAY: tr("Heute"), SOON: tr("Nächste 14 Tage")}[group]


def due_items(cw: Casework, horizon_days: int = HORIZON_DAYS) -> list[DueItem]:
    """Everything due up to ``horizon_days`` ahead, soonest first; items put back (Wiedervorlage)
    appear again on their new date."""
    today = cw.today()
    until = today + timedelta(days=horizon_days)
    settings = cw.settings()
    put_back = {(kind, record_id): date.fromisoformat(on) for kind, record_id, on in cw.conn.execute(
        "SELECT kind, record_id, until FROM wiedervorlage")}
    items: list[DueItem] = []

    # A Wiedervorlage only ever moves an item later (and it stays there until the item is done), so
    # every query below may stop at the horizon.
    def add(kind: str, record_id: int, person_id: int, number: str, name: str, due: date, text: str) -> None:
        due = max(due, put_back.get((kind, record_id), due))
        if due <= until:
            items.append(DueItem(kind, record_id, person_id, number, name, due, text))

    # § 104c: a reminder comes only while the window runs, so while the grant is the person's newest
    # status and began at most 19 months ago; and only for persons not only in closed cases.
    earliest_grant = add_months(today, -19).isoformat()
    for status_id, person_id, number, name, since in cw.conn.execute(
            "SELECT s.id, s.person_id, p.case_number, p.family_name || ', ' || p.given_names, s.since "
            "FROM residence_status s JOIN person p ON p.id = s.person_id "
            "WHERE s.status = ? AND s.since >= ? "
            "AND NOT EXISTS (SELECT 1 FROM residence_status n WHERE n.person_id = s.person_id "
            "                AND (n.since > s.since OR (n.since = s.since AND n.id > s.id))) "
            "AND (EXISTS (SELECT 1 FROM support_case c WHERE c.person_id = s.person_id AND c.closed_on IS NULL) "
            "     OR NOT EXISTS (SELECT 1 FROM support_case c WHERE c.person_id = s.person_id))",
            (PERMIT, earliest_grant)):
        w = window([StatusEntry(PERMIT, date.fromisoformat(since))], today, settings.reminder_months)
        in_view = [r for r in w.reminders if r <= until] if w.running else []
        if in_view:
            add("chancen", status_id, person_id, number, name, in_view[-1],
                tr("§ 104c: die 18 Monate enden am {end}").format(end=w.ends.strftime("%d.%m.%Y")))

    open_cases = ("JOIN support_case c ON c.id = {t}.case_id AND c.closed_on IS NULL "
                  "JOIN person p ON p.id = c.person_id")
    for row in records.fetch_all(cw.conn,
            "SELECT g.id, g.target_date, g.life_area, p.id AS person_id, p.case_number, "
            "p.family_name || ', ' || p.given_names AS name FROM goal g " + open_cases.format(t="g") +
            " WHERE g.status IN ('offen', 'in_arbeit') AND g.target_date <= ?", (until.isoformat(),)):
        add("goal", row["id"], row["person_id"], row["case_number"], row["name"],
            date.fromisoformat(row["target_date"]),
            tr("Ziel prüfen ({area})").format(area=cw.cat.topics.label(row["life_area"])))

    for row in records.fetch_all(cw.conn,
            "SELECT r.id, r.partner, r.date, r.status, r.follow_up_on, p.id AS person_id, p.case_number, "
            "p.family_name || ', ' || p.given_names AS name FROM referral r " + open_cases.format(t="r") +
            " WHERE r.status NOT IN ('abgeschlossen', 'abgelehnt') "
            "AND (r.follow_up_on <= ? OR (r.follow_up_on IS NULL AND r.status = 'angefragt' AND r.date <= ?))",
            (until.isoformat(), (until - timedelta(days=settings.answer_days)).isoformat())):
        partner = cw.cat.partners.label(row["partner"])
        if row["follow_up_on"]:
            add("follow_up", row["id"], row["person_id"], row["case_number"], row["name"],
                date.fromisoformat(row["follow_up_on"]), tr("Nachfassen: {partner}").format(partner=partner))
        else:
            add("referral_answer", row["id"], row["person_id"], row["case_number"], row["name"],
                date.fromisoformat(row["date"]) + timedelta(days=settings.answer_days),
                tr("Rückmeldung erwartet: {partner}").format(partner=partner))

    deletions = due_for_deletion(cw, until)
    names = dict(cw.conn.execute(
        f"SELECT id, family_name || ', ' || given_names FROM person WHERE id IN ({','.join('?' * len(deletions))})",
        tuple(d.person_id for d in deletions))) if deletions else {}
    for person in deletions:
        add("retention", person.person_id, person.person_id, person.case_number, names[person.person_id],
            person.due, tr("Einwilligung widerrufen: Daten löschen") if person.reason == "consent_withdrawn"
            else tr("Aufbewahrungsfrist endet: Daten löschen"))

    return sorted(items, key=lambda i: (i.due, i.kind, i.case_number))


# -- acting on an item --------------------------------------------------------------------------------
def put_back(cw: Casework, item: DueItem, until: str | date) -> None:
    """Wiedervorlage: the item leaves the list until ``until`` and then appears again."""
    today = cw.today()
    on = parse_date(until, "until", tr("Wiedervorlage am"))
    if on <= today:
        raise ValidationError("until", tr("Die Wiedervorlage muss nach dem heutigen Tag liegen."))
    if on > today + timedelta(days=366):
        raise ValidationError("until", tr("Die Wiedervorlage darf höchstens ein Jahr in der Zukunft liegen."))
    with records.atomic(cw.conn):
        cw.conn.execute("INSERT INTO wiedervorlage (kind, record_id, until) VALUES (?, ?, ?) "
                        "ON CONFLICT(kind, record_id) DO UPDATE SET until = excluded.until",
                        (item.kind, item.record_id, on.isoformat()))
        audit.append(cw.conn, "change", f"wiedervorlage:{item.kind}", item.record_id)


def done_label(item: DueItem) -> str | None:
    """What »done« means for this item, as the button says it; None where it cannot be done in
    place (deleting a person's data is done on their Person tab, after a question)."""
    return {"goal": tr("Ziel erreicht"), "referral_answer": tr("Rückmeldung erfassen …"),
            "follow_up": tr("Nachgefasst"), "chancen": tr("Besprochen")}.get(item.kind)


def mark_done(cw: Casework, item: DueItem, referral_status: str | None = None) -> None:
    """Do the item where it is shown: a goal achieved, a referral's answer recorded (its new
    Stand), a follow-up made, a § 104c reminder talked through (the next reminder still comes)."""
    if item.kind == "goal":
        cw.set_goal_status(item.record_id, "erreicht")
    elif item.kind == "referral_answer":
        if referral_status in (None, "angefragt"):
            raise ValidationError("status", tr("Bitte den neuen Stand der Verweisung wählen."))
        referral = cw.referral(item.record_id)
        cw.record_answer(item.record_id, referral_status, referral.outcome, referral.follow_up_on)
    elif item.kind == "follow_up":
        cw.update_referral(item.record_id, replace(cw.referral(item.record_id), follow_up_on=None))
    elif item.kind == "chancen":
        w = cw.chancen_window(item.person_id)
        later = [r for r in w.reminders if r > cw.today()]
        put_back(cw, item, later[0] if later else window_end(w.granted) + timedelta(days=1))
    else:
        raise ValidationError("kind", tr("Dieser Punkt wird im Fall erledigt."))
    if item.kind != "chancen":   # done, so a Wiedervorlage of it has no meaning any more
        cw.conn.execute("DELETE FROM wiedervorlage WHERE kind = ? AND record_id = ?", (item.kind, item.record_id))
