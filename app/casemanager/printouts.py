"""Printouts as PDF, each audit-logged: the Hilfeplan (goals, who is responsible, review dates,
signature lines) to sign with the client, and the one-page Fallblatt (person, residence status and
deadlines, open goals and referrals) for a handover talk or supervision. Laid out by Qt
(documents.write_pdf); the window and the command line call the same functions."""

from __future__ import annotations

import os
from pathlib import Path

from app.casemanager.casework import Casework
from app.casemanager.documents import _e, write_pdf
from app.casemanager.today import due_items
from app.core.messages import plural, tr
from app.core.validation import ValidationError

OPEN_GOALS = ("offen", "in_arbeit")
OPEN_REFERRALS = ("angefragt", "termin", "angenommen")
DEADLINE_DAYS = 183           # the Fallblatt lists what is due within half a year (and what is overdue)
ON_ONE_PAGE = 8               # rows per list on the Fallblatt; the rest is counted
# Folders that a sync client copies to a server: a printout there leaves the laptop.
SYNCED = ("onedrive", "dropbox", "nextcloud", "owncloud", "icloud", "google drive", "googledrive", "seafile",
          "magentacloud", "tresorit", "box sync")

TABLE = ("<table width='100%' border='1' cellspacing='0' cellpadding='4' "
         "style='border-collapse: collapse; font-size: 9pt;'>")


def outside_note(paths: list[Path]) -> str:
    """What the user must know about a written file: it lies outside the encrypted case file, where
    it went, and when that folder is copied to a cloud."""
    where = ", ".join(str(p) for p in paths)
    text = tr("Gespeichert: {paths}. Die Datei liegt außerhalb der verschlüsselten Falldatei und enthält Daten der "
              "Person: bitte nach dem Drucken oder Versenden löschen oder sicher ablegen.").format(paths=where)
    if any(is_synced(p) for p in paths):
        text += " " + tr("Achtung: der Ordner wird offenbar mit einer Cloud abgeglichen, die Datei verlässt damit "
                         "diesen Rechner.")
    return text


def is_synced(path: Path) -> bool:
    parts = [part.lower() for part in Path(os.path.abspath(path)).parts]
    return any(name in part for part in parts for name in SYNCED)


def _person_line(cw: Casework, person_id: int) -> tuple[object, str]:
    p = cw.person(person_id)
    born = p.birth_date if p.birth_date and len(p.birth_date) == 4 else _e(p.birth_date)
    name = ", ".join(filter(None, (p.family_name, p.given_names)))
    return p, tr("{name}, geboren {born}, Fallnummer {number}").format(
        name=_e(name), born=born or "–", number=_e(p.case_number))


def _case(cw: Casework, person_id: int) -> dict:
    cases = cw.cases_of(person_id)
    if not cases:
        raise ValidationError("case", tr("Für diese Person ist noch kein Fall eröffnet: ein Hilfeplan gehört zu "
                                         "einem Fall."))
    return cases[-1]


def _goal_rows(goals: list[dict]) -> list[dict]:
    """Open goals first, by review date."""
    return sorted(goals, key=lambda g: (g["status"] not in OPEN_GOALS, g["target_date"] or "9999", g["id"]))


# -- Hilfeplan ------------------------------------------------------------------------------------------
def hilfeplan_html(cw: Casework, person_id: int) -> str:
    cat = cw.cat
    case = _case(cw, person_id)
    _, who = _person_line(cw, person_id)
    goals = _goal_rows(cw.goals(case["id"]))
    phase = cw.phases(case["id"])[-1]["phase"]
    reviews = sorted(g["target_date"] for g in goals if g["status"] in OPEN_GOALS and g["target_date"])
    state = tr("offen") if not case["closed_on"] else tr("abgeschlossen am {day}").format(day=_e(case["closed_on"]))
    title, goals_title = tr("Hilfeplan"), tr("Ziele und Vereinbarungen")
    parts = [f"<h1>{_e(title)}</h1>", f"<p><b>{who}</b></p>",
             "<p>" + _e(tr("Fall vom {opened} ({state}), {intensity}, Phase: {phase}").format(
                 opened=_e(case["opened_on"]), state=state, intensity=cat.intensities.label(case["intensity"]),
                 phase=cat.phases.label(phase))) + "<br/>"
             + _e(tr("Stand: {day}").format(day=_e(cw.today().isoformat())))
             + ("; " + _e(tr("nächste Überprüfung: {day}").format(day=_e(reviews[0]))) if reviews else "") + "</p>",
             f"<h2>{_e(goals_title)}</h2>"]
    if goals:
        headers = ((tr("Ziel"), 30), (tr("Bereich"), 13), (tr("Wer tut was"), 26), (tr("Prüfen am"), 17),
                   (tr("Stand"), 14))
        parts.append(TABLE + "<tr>" + "".join(f"<td width='{w}%'><b>{_e(h)}</b></td>" for h, w in headers)
                     + "</tr>" + "".join(
            f"<tr><td>{n}. {_e(g['text'])}</td><td>{_e(cat.topics.label(g['life_area']))}</td>"
            f"<td>{_e(g['responsible'])}</td><td>{_e(g['target_date'])}</td>"
            f"<td>{_e(cat.goal_status.label(g['status']))}</td></tr>"
            for n, g in enumerate(goals, start=1)) + "</table>")
    else:
        parts.append("<p>" + _e(tr("Noch keine Ziele vereinbart.")) + "</p>")
    parts.append("<p>" + _e(tr("Die Ziele wurden gemeinsam besprochen und vereinbart. Sie werden zu den genannten "
                               "Terminen gemeinsam überprüft und bei Bedarf angepasst.")) + "</p>")
    parts.append(_signatures([tr("Ort, Datum"), tr("Unterschrift Klient*in"), tr("Unterschrift Case Management")]))
    return "<html><body>" + "".join(parts) + "</body></html>"


def _signatures(labels: list[str]) -> str:
    """Lines to sign on, each with what goes there beneath."""
    cells = "".join(f"<td width='{100 // len(labels)}%'><br/><br/><br/><hr/><small>{_e(label)}</small></td>"
                    for label in labels)
    return f"<table width='100%' cellpadding='8'><tr>{cells}</tr></table>"


def write_hilfeplan(cw: Casework, person_id: int, path: Path) -> Path:
    case = _case(cw, person_id)
    write_pdf(hilfeplan_html(cw, person_id), Path(path), title=tr("Hilfeplan"))
    cw.casefile.audit("print:hilfeplan", "support_case", case["id"])
    return Path(path)


# -- Fallblatt ------------------------------------------------------------------------------------------
def _at_most(rows: list[str], n: int = ON_ONE_PAGE) -> list[str]:
    if len(rows) <= n:
        return rows
    return rows[:n - 1] + [_e(plural(len(rows) - n + 1, tr("… und {n} weiterer Eintrag"), tr("… und {n} weitere Einträge")))]


def _list(title: str, rows: list[str], empty: str) -> str:
    body = "<ul>" + "".join(f"<li>{r}</li>" for r in _at_most(rows)) + "</ul>" if rows else f"<p>{_e(empty)}</p>"
    return f"<h3>{_e(title)}</h3>{body}"


def fallblatt_html(cw: Casework, person_id: int) -> str:
    cat, today = cw.cat, cw.today()
    p, who = _person_line(cw, person_id)
    title, overdue = tr("Fallblatt"), tr("überfällig")
    parts = [f"<h2>{_e(title)}</h2>", f"<p><b>{who}</b><br/>"
             + _e(tr("Stand: {day}").format(day=_e(today.isoformat()))) + "</p>"]
    facts = [(tr("Geschlecht"), cat.genders.label(p.gender)), (tr("Staatsangehörigkeit"), p.nationality),
             (tr("Sprachen"), p.languages), (tr("Wohnort"), cat.municipalities.label(p.municipality)),
             (tr("Anschrift"), p.address), (tr("Telefon"), p.phone), (tr("E-Mail"), p.email),
             (tr("In Deutschland seit"), _e(p.in_germany_since)), (tr("Bereits begleitet durch"), p.accompanied_by)]
    parts.append("<p>" + "; ".join(f"{_e(k)}: {_e(v)}" for k, v in facts if v) + "</p>")

    history = cw.status_history(person_id)
    residence = []
    if history:
        s = history[-1]
        line = tr("{status} seit {since}").format(status=cat.residence_status.label(s["status"]), since=_e(s["since"]))
        if s["applied_for"]:
            line += ", " + tr("beantragt: {title}").format(title=cat.residence_status.label(s["applied_for"]))
        if s["valid_until"]:
            line += ", " + tr("gültig bis {day}").format(day=_e(s["valid_until"]))
        residence.append(_e(line))
    window = cw.chancen_window(person_id)
    if window is not None:
        residence.append(_e(tr("§ 104c vom {start} bis {end}").format(start=_e(window.granted.isoformat()),
                                                                      end=_e(window.ends.isoformat()))))
    parts.append(_list(tr("Aufenthalt"), residence, tr("Kein Aufenthaltsstatus erfasst.")))

    deadlines = [f"{_e(i.due.isoformat())}: {_e(i.text)}" + (f" <b>({_e(overdue)})</b>" if i.due < today else "")
                 for i in due_items(cw, DEADLINE_DAYS) if i.person_id == person_id]
    parts.append(_list(tr("Fristen (überfällig und nächste sechs Monate)"), deadlines, tr("Keine Fristen.")))

    cases = cw.cases_of(person_id)
    if cases:
        case = cases[-1]
        state = tr("offen") if not case["closed_on"] else tr("abgeschlossen am {day}").format(day=_e(case["closed_on"]))
        phase = cw.phases(case["id"])[-1]["phase"]
        parts.append("<h3>" + _e(tr("Fall")) + "</h3><p>" + _e(tr("Fall vom {opened} ({state}), {intensity}, Phase: {phase}").format(
            opened=_e(case["opened_on"]), state=state, intensity=cat.intensities.label(case["intensity"]),
            phase=cat.phases.label(phase))) + "</p>")
        goals = [g for g in _goal_rows(cw.goals(case["id"])) if g["status"] in OPEN_GOALS]
        parts.append(_list(tr("Offene Ziele"), [
            _e(g["text"]) + " (" + ", ".join(_e(x) for x in filter(None, (
                cat.topics.label(g["life_area"]), g["responsible"],
                tr("Überprüfung {day}").format(day=_e(g["target_date"])) if g["target_date"] else "")))
            + ")" for g in goals], tr("Keine offenen Ziele.")))
        referrals = [r for r in cw.referrals(case["id"]) if r["status"] in OPEN_REFERRALS]
        parts.append(_list(tr("Offene Verweisungen"), [
            _e(f"{_e(r['date'])}: {cat.partners.label(r['partner'])} – {cat.referral_status.label(r['status'])}")
            + (_e(", " + tr("nachfassen am {day}").format(day=_e(r["follow_up_on"]))) if r["follow_up_on"] else "")
            for r in referrals], tr("Keine offenen Verweisungen.")))
    else:
        parts.append("<p>" + _e(tr("Noch kein Fall eröffnet.")) + "</p>")
    consents = [_e(tr("Fallarbeit") if c["purpose"] == "fallarbeit" else tr("Weitergabe an {partner}").format(
                    partner=cat.partners.label(c["partner"])))
                + " " + _e(tr("seit {day}").format(day=_e(c["given_on"])))
                for c in cw.consents(person_id) if not c["withdrawn_on"]]
    parts.append(_list(tr("Einwilligungen"), consents, tr("Keine gültige Einwilligung.")))
    return "<html><body style='font-size: 9pt;'>" + "".join(parts) + "</body></html>"


def write_fallblatt(cw: Casework, person_id: int, path: Path) -> Path:
    cw._require("person", person_id)
    write_pdf(fallblatt_html(cw, person_id), Path(path), title=tr("Fallblatt"))
    cw.casefile.audit("print:fallblatt", "person", person_id)
    return Path(path)


def default_name(kind: str, case_number: str) -> str:
    """hilfeplan-F-2026-00012.pdf"""
    return f"{kind}-{case_number}.pdf"

