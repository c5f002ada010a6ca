"""*Heute*: the case manager's work list. What is overdue, due today and due in the next 14 days,
with the person's name, so the right next step is obvious; each item can be done or put back
(Wiedervorlage) where it is shown, and opens the case on the tab it is about.

Residence: § 104c reminders (until the decision on an application filed in time), renewals due
before a title's "gültig bis" (8 weeks by default, a setting), titles that have ended, and what is
still missing on a § 25a/§ 25b checklist before a window or a title ends.

Appointments: today's and the coming ones, one whose day has passed without its outcome recorded
(stattgefunden or ausgefallen), and an interpreter not yet booked a week ahead.

Closed cases never appear, except for what closing brings: the end of the retention period.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple

from app.casemanager import appointments as termine
from app.casemanager import pathways
from app.casemanager.casework import Casework
from app.casemanager.chancen import PERMIT, StatusEntry, add_months, roles, window, window_end
from app.casemanager.privacy import due_for_deletion
from app.core import timefmt
from app.core.messages import plural, tr
from app.core.validation import ValidationError, parse_date
from storage import audit, records

HORIZON_DAYS = 14
OVERDUE, TODAY, SOON = "ueberfaellig", "heute", "bald"

# Which tab of the case an item is about (ui/case_view.py names its tabs by these keys).
TAB_OF_KIND = {"chancen": "aufenthalt", "renewal": "aufenthalt", "title_ended": "aufenthalt",
               "checklist": "aufenthalt", "goal": "ziele", "referral_answer": "verweisungen",
               "follow_up": "verweisungen", "retention": "person", "appointment": "termine",
               "appointment_soon": "termine", "interpreter": "termine"}


class DueItem(NamedTuple):   # not a frozen dataclass: thousands are made at each refresh, at a third of the cost
    kind: str          # chancen | renewal | title_ended | checklist | goal | referral_answer | follow_up | retention
                       # | appointment (today or past, outcome to record) | appointment_soon | interpreter
    record_id: int     # the goal, the referral, the residence status granting § 104c or ending, the
                       # pathway's first checklist row, the appointment, or the person
    person_id: int     # 0 for an information event's appointment
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

    _residence(cw, today, until, settings, add)

    open_cases = ("JOIN support_case c ON c.id = {t}.case_id AND c.closed_on IS NULL "
                  "JOIN person p ON p.id = c.person_id")
    # Texts and labels looked up once, not per item (thousands of items at 20 000 persons).
    topics = {e.code: e.label for e in cw.cat.topics.entries}
    partners = {e.code: e.label for e in cw.cat.partners.entries}
    check_goal, follow_up = tr("Ziel prüfen ({area})"), tr("Nachfassen: {partner}")
    answer_due = tr("Rückmeldung erwartet: {partner}")
    for row in records.fetch_all(cw.conn,
            "SELECT g.id, g.target_date, g.life_area, p.id AS person_id, p.case_number, "
            "p.family_name || ', ' || p.given_names AS name FROM goal g " + open_cases.format(t="g") +
            " WHERE g.status IN ('offen', 'in_arbeit') AND g.target_date <= ?", (until.isoformat(),)):
        add("goal", row["id"], row["person_id"], row["case_number"], row["name"],
            date.fromisoformat(row["target_date"]),
            check_goal.format(area=topics.get(row["life_area"], row["life_area"])))

    for row in records.fetch_all(cw.conn,
            "SELECT r.id, r.partner, r.date, r.status, r.follow_up_on, p.id AS person_id, p.case_number, "
            "p.family_name || ', ' || p.given_names AS name FROM referral r " + open_cases.format(t="r") +
            " WHERE r.status NOT IN ('abgeschlossen', 'abgelehnt') "
            "AND (r.follow_up_on <= ? OR (r.follow_up_on IS NULL AND r.status = 'angefragt' AND r.date <= ?))",
            (until.isoformat(), (until - timedelta(days=settings.answer_days)).isoformat())):
        partner = partners.get(row["partner"], row["partner"])
        if row["follow_up_on"]:
            add("follow_up", row["id"], row["person_id"], row["case_number"], row["name"],
                date.fromisoformat(row["follow_up_on"]), follow_up.format(partner=partner))
        else:
            add("referral_answer", row["id"], row["person_id"], row["case_number"], row["name"],
                date.fromisoformat(row["date"]) + timedelta(days=settings.answer_days),
                answer_due.format(partner=partner))

    _appointments(cw, today, until, add)

    deletions = due_for_deletion(cw, until)
    names = dict(cw.conn.execute(
        f"SELECT id, family_name || ', ' || given_names FROM person WHERE id IN ({','.join('?' * len(deletions))})",
        tuple(d.person_id for d in deletions))) if deletions else {}
    for person in deletions:
        add("retention", person.person_id, person.person_id, person.case_number, names[person.person_id],
            person.due, tr("Einwilligung widerrufen: Daten löschen") if person.reason == "consent_withdrawn"
            else tr("Aufbewahrungsfrist endet: Daten löschen"))

    return sorted(items, key=lambda i: (i.due, i.kind, i.case_number))


# Persons who are not only in closed cases: with none (yet; person.case_id is their newest case,
# kept by triggers of schema migration 12) or with an open one. ``{p}`` is the person's alias.
NOT_ONLY_CLOSED = ("({p}.case_id IS NULL OR EXISTS (SELECT 1 FROM support_case oc WHERE oc.person_id = {p}.id "
                   "AND oc.closed_on IS NULL))")
# A person's newest status is kept on the person (status_id, status, status_until; triggers of
# migration 9), so the queries below start from an index on it.


def _residence(cw: Casework, today: date, until: date, settings, add) -> None:
    """§ 104c reminders, renewals, ended titles and checklist gaps. SQL narrows by date (and to the
    newest status of persons not only in closed cases); Python decides exactly."""
    fmt = timefmt.german_date
    labels = {e.code: e.label for e in cw.cat.residence_status.entries}
    label = labels.get
    ascending = sorted(settings.reminder_months)   # the latest reminder first
    # Translated once, filled in per item.
    runs_until = tr("§ 104c: die 18 Monate enden am {end}")
    ended_since = tr("{status} seit {day} abgelaufen: Aufenthalt klären")
    renew_by = tr("{status} gültig bis {day}: Verlängerung rechtzeitig beantragen")
    applications, _ = roles()
    marks = ",".join("?" * len(applications))

    # § 104c where the grant is the newest status: the window's reminders while it runs, an ended title
    # once it has lapsed (§ 104c is not renewed, § 104c Abs. 3 AufenthG). With nothing after the grant,
    # the window is its end alone, so it is computed here without building a ChancenWindow.
    for status_id, person_id, number, name, since, valid_until in cw.conn.execute(
            "SELECT s.id, s.person_id, p.case_number, p.family_name || ', ' || p.given_names, s.since, s.valid_until "
            "FROM person p JOIN residence_status s ON s.id = p.status_id WHERE p.status = ? "
            f"AND {NOT_ONLY_CLOSED.format(p='p')}", (PERMIT,)):
        granted = date.fromisoformat(since)
        ends = date.fromisoformat(valid_until) if valid_until else window_end(granted)   # the card's date wins
        if today <= ends:   # running: the latest of its reminders up to the horizon (chancen.window's rule)
            due = next((r for m in ascending if (r := add_months(ends, -m)) <= until), None)
            if due:
                add("chancen", status_id, person_id, number, name, due,
                    runs_until.format(end=fmt(ends)))
            continue
        ended = ends + timedelta(days=1)
        add("title_ended", status_id, person_id, number, name, ended,
            ended_since.format(status=label(PERMIT), day=fmt(ended)))

    # § 104c followed by an application (the newest status): reminders go on until the decision
    # (§ 81 Abs. 4 AufenthG). The window needs only the grant just before the application.
    for person_id, number, name, grant_id, granted, card, applied, applied_for in cw.conn.execute(
            "SELECT p.id, p.case_number, p.family_name || ', ' || p.given_names, g.id, g.since, g.valid_until, "
            "s.since, s.applied_for FROM person p JOIN residence_status s ON s.id = p.status_id "
            "JOIN residence_status g ON g.id = (SELECT n.id FROM residence_status n WHERE n.person_id = p.id "
            "ORDER BY n.since DESC, n.id DESC LIMIT 1 OFFSET 1) "   # the entry before the newest
            f"WHERE p.status IN ({marks}) AND g.status = ? AND {NOT_ONLY_CLOSED.format(p='p')}",
            (*applications, PERMIT)):
        w = window([StatusEntry(PERMIT, date.fromisoformat(granted), date.fromisoformat(card) if card else None),
                    StatusEntry(applications[0], date.fromisoformat(applied), None, applied_for)],
                   today, settings.reminder_months)
        due = w.last_reminder(until)
        if not due:
            continue
        if w.outcome == "fiktion":
            text = tr("§ 104c: Antrag auf {title} am {applied} gestellt, Fiktion seit {start}: Entscheidung "
                      "nachhalten").format(title=label(w.applied_for), applied=fmt(w.applied_on),
                                           start=fmt(w.ends + timedelta(days=1)))
        else:
            text = tr("§ 104c: die 18 Monate enden am {end}, Antrag auf {title} gestellt").format(
                end=fmt(w.ends), title=label(w.applied_for))
        add("chancen", grant_id, person_id, number, name, due, text)

    # Renewals and ended titles: the newest status with a "gültig bis" up to the renewal lead ahead.
    # § 104c is not renewed (§ 104c Abs. 3 AufenthG): its end is the reminders' business.
    weeks = timedelta(weeks=settings.renewal_weeks)
    for status_id, person_id, number, name, status, valid_until in cw.conn.execute(
            "SELECT p.status_id, p.id, p.case_number, p.family_name || ', ' || p.given_names, p.status, p.status_until "
            "FROM person p WHERE p.status_until IS NOT NULL AND p.status_until <= ? AND p.status != ? "
            f"AND {NOT_ONLY_CLOSED.format(p='p')}", ((until + weeks).isoformat(), PERMIT)):
        ends = date.fromisoformat(valid_until)
        if ends < today:
            add("title_ended", status_id, person_id, number, name, ends + timedelta(days=1),
                ended_since.format(status=label(status), day=fmt(ends + timedelta(days=1))))
        else:
            add("renewal", status_id, person_id, number, name, ends - weeks,
                renew_by.format(status=label(status), day=fmt(ends)))

    # Checklist gaps (§ 25a/§ 25b): conditions not yet proven, before the § 104c window or the newest
    # title ends (the renewal lead ahead), or by the day set for a condition, whichever comes first.
    horizon = until + weeks
    for row in records.fetch_all(cw.conn,
            "SELECT c.person_id, c.pathway, min(c.id) AS first_id, count(*) AS open, min(c.due_on) AS due_on, "
            "p.case_number, p.family_name || ', ' || p.given_names AS name, s.status, s.since, s.valid_until "
            "FROM pathway_check c JOIN person p ON p.id = c.person_id LEFT JOIN residence_status s ON s.id = p.status_id "
            f"WHERE c.proven_on IS NULL AND {NOT_ONLY_CLOSED.format(p='p')} "
            "GROUP BY c.person_id, c.pathway "
            "HAVING min(c.due_on) <= ? OR s.valid_until <= ? OR (s.status = ? AND s.since <= ?)",
            (until.isoformat(), horizon.isoformat(), PERMIT, (add_months(horizon, -18) + timedelta(days=3)).isoformat())):
        deadline = None
        if row["valid_until"]:
            deadline = date.fromisoformat(row["valid_until"])
        elif row["status"] == PERMIT:
            deadline = window_end(date.fromisoformat(row["since"]))
        dues = [d for d in (deadline - weeks if deadline and deadline >= today else None,
                            date.fromisoformat(row["due_on"]) if row["due_on"] else None) if d]
        if not dues:
            continue
        by = min(d for d in (deadline if deadline and deadline >= today else None,
                             date.fromisoformat(row["due_on"]) if row["due_on"] else None) if d)
        count = plural(row["open"], tr("{n} Voraussetzung"), tr("{n} Voraussetzungen"))
        add("checklist", row["first_id"], row["person_id"], row["case_number"], row["name"], min(dues),
            tr("{pathway}: {count} bis {day} nachzuweisen").format(
                pathway=pathways.pathway_label(row["pathway"]), count=count, day=fmt(by)))


def _appointments(cw: Casework, today: date, until: date, add) -> None:
    """Planned appointments up to the horizon, those whose day passed without an outcome, and an
    interpreter to book (due a week ahead, so the reminder comes before the horizon's end)."""
    fmt = timefmt.german_date
    languages = {e.code: e.label for e in cw.cat.languages.entries}
    topics = {e.code: e.label for e in cw.cat.topics.entries}
    event = tr("Informationsveranstaltung: {topic}")
    lead = timedelta(days=termine.INTERPRETER_LEAD_DAYS)
    for row in records.fetch_all(cw.conn, termine.SELECT + "WHERE a.state = ? AND a.day <= ? ORDER BY a.day, a.start",
                                 (termine.PLANNED, (until + lead).isoformat())):
        day = date.fromisoformat(row["day"])
        number, name = (row["case_number"], row["name"]) if row["person_id"] else ("", "")
        what = event.format(topic=topics.get(row["topic"], row["topic"])) if not row["person_id"] else ""
        if day < today:
            add("appointment", row["id"], row["person_id"] or 0, number, name, day,
                tr("Termin vom {day} um {start} Uhr: stattgefunden oder ausgefallen? Bitte erfassen.").format(
                    day=fmt(day), start=row["start"]) + (f" ({what})" if what else ""))
            continue
        if day <= until:
            text = tr("Termin {start}–{end} Uhr").format(start=row["start"], end=termine.end_of(row))
            details = [what, row["place"], tr("mit {who}").format(who=row["with_whom"]) if row["with_whom"] else ""]
            if row["interpreter_language"]:
                details.append(tr("Sprachmittlung {language}").format(
                    language=languages.get(row["interpreter_language"], row["interpreter_language"])))
            text = ", ".join([text, *filter(None, details)])
            add("appointment" if day == today else "appointment_soon", row["id"], row["person_id"] or 0, number, name,
                day, text)
        if row["interpreter_language"] and not row["interpreter_booked"]:
            add("interpreter", row["id"], row["person_id"] or 0, number, name, day - lead,
                tr("Sprachmittlung {language} für den Termin am {day} um {start} Uhr noch nicht gebucht").format(
                    language=languages.get(row["interpreter_language"], row["interpreter_language"]), day=fmt(day),
                    start=row["start"]) + (f" ({what})" if what else ""))


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
    place (deleting a person's data is done on their Person tab, after a question; an ended title
    or a checklist gap is resolved by what is recorded in the case)."""
    return {"goal": tr("Ziel erreicht"), "referral_answer": tr("Rückmeldung erfassen …"),
            "follow_up": tr("Nachgefasst"), "chancen": tr("Besprochen"), "renewal": tr("Besprochen"),
            "appointment": tr("Stattgefunden …"), "interpreter": tr("Sprachmittlung gebucht")}.get(item.kind)


def done_hint(item: DueItem) -> str:
    """Why an item without »done« is not done here, and where it is."""
    if item.kind == "retention":
        return tr("Die Daten werden im Fall gelöscht (Reiter »Person«): bitte öffnen.")
    if item.kind == "title_ended":
        return tr("Im Reiter »Aufenthalt« den neuen Status oder den gestellten Antrag erfassen: bitte öffnen.")
    if item.kind == "checklist":
        return tr("Nachweise werden in der Checkliste im Reiter »Aufenthalt« abgehakt: bitte öffnen.")
    if item.kind == "appointment_soon":
        return tr("Der Termin steht noch bevor: ab seinem Tag lässt er sich als stattgefunden erfassen.")
    return ""


def mark_done(cw: Casework, item: DueItem, referral_status: str | None = None) -> None:
    """Do the item where it is shown: a goal achieved, a referral's answer recorded (its new
    Stand), a follow-up made, a § 104c reminder talked through (the next reminder still comes, also
    monthly while an application is pending), a renewal talked through (it comes back on the last
    day of validity, unless a new status is recorded by then), an interpreter booked."""
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
        later = max(cw.today(), item.due)   # past the reminder shown, which may lie a few days ahead
        put_back(cw, item, w.next_reminder(later) if w.pending else window_end(w.granted) + timedelta(days=1))
    elif item.kind == "interpreter":
        termine.Appointments(cw).mark_booked(item.record_id)
    elif item.kind == "renewal":
        ends = date.fromisoformat(records.fetch(cw.conn, "residence_status", item.record_id)["valid_until"])
        put_back(cw, item, max(ends, cw.today() + timedelta(days=1)))
    else:
        raise ValidationError("kind", tr("Dieser Punkt wird im Fall erledigt."))
    if item.kind not in ("chancen", "renewal"):   # done, so a Wiedervorlage of it has no meaning any more
        cw.conn.execute("DELETE FROM wiedervorlage WHERE kind = ? AND record_id = ?", (item.kind, item.record_id))
