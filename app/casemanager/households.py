"""Households: persons of the case file who live together, each with their role in the family
(Ehepartner/in, Kind, Elternteil, sonstige). Families are the usual unit of this work, and the law
asks about them: § 104c Abs. 2 (spouse and minor unmarried children of a holder), § 25a Abs. 2
(parents of a minor with § 25a), § 25b Abs. 1 (four years' stay instead of six with a minor child in
the household). ``hints`` says what may apply: hints, not decisions, like the § 104c hint.

The parents of a household's children are its members in the role Elternteil or Ehepartner/in.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date

from app.casemanager.casework import Casework
from app.casemanager.chancen import PERMIT
from app.core.messages import tr
from app.core.validation import ValidationError
from storage import audit, records

ROLES = ("ehepartner", "elternteil", "kind", "sonstige")
PARENTS = ("ehepartner", "elternteil")
ADULT = 18
STAY_25B_WITH_CHILD, STAY_25B = 4, 6


def role_label(role: str) -> str:
    return {"ehepartner": tr("Ehepartner/in"), "elternteil": tr("Elternteil"), "kind": tr("Kind"),
            "sonstige": tr("sonstige")}.get(role, role)


def role_choices() -> list[tuple[str, str]]:
    return [(role, role_label(role)) for role in ROLES]


def age_on(birth: str | None, on: date) -> tuple[int | None, bool]:
    """(full years, whether only the year is known); with only the year, the lower bound."""
    if not birth:
        return None, False
    if len(birth) == 4:
        return on.year - int(birth) - 1, True
    born = date.fromisoformat(birth)
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day)), False


@dataclass(frozen=True)
class Member:
    person_id: int
    case_number: str
    family_name: str
    given_names: str
    role: str
    birth_date: str | None
    age: int | None
    year_only: bool

    @property
    def minor(self) -> bool:
        return self.age is not None and self.age < ADULT


def household_of(cw: Casework, person_id: int) -> int | None:
    row = cw.conn.execute("SELECT household_id FROM household_member WHERE person_id = ?", (person_id,)).fetchone()
    return row[0] if row else None


def members(cw: Casework, person_id: int) -> list[Member]:
    """Everyone in the person's household, the person included: parents first, then children by age."""
    household = household_of(cw, person_id)
    if household is None:
        return []
    today = cw.today()
    rows = cw.conn.execute("SELECT p.id, p.case_number, p.family_name, p.given_names, m.role, p.birth_date "
                           "FROM household_member m JOIN person p ON p.id = m.person_id WHERE m.household_id = ?",
                           (household,)).fetchall()
    found = [Member(*row, *age_on(row[5], today)) for row in rows]
    return sorted(found, key=lambda m: (ROLES.index(m.role) if m.role != "kind" else 2, -(m.age or 0), m.person_id))


def _role(role: str) -> str:
    if role not in ROLES:
        raise ValidationError("role", tr("Bitte eine Rolle im Haushalt wählen."))
    return role


def start(cw: Casework, person_id: int, role: str) -> int:
    """A household with this person alone, in ``role``; more members join with ``join``."""
    cw.person(person_id)
    cw.refuse_if_handed_over(person_id)
    if household_of(cw, person_id) is not None:
        raise ValidationError("household", tr("Diese Person gehört bereits zu einem Haushalt."))
    with records.atomic(cw.conn):
        household = cw.conn.execute("INSERT INTO household (uid, created_at) VALUES (?, ?)",
                                    (secrets.token_hex(16), cw.today().isoformat())).lastrowid
        cw.conn.execute("INSERT INTO household_member (person_id, household_id, role) VALUES (?, ?, ?)",
                        (person_id, household, _role(role)))
        audit.append(cw.conn, "create", "household", household)
        audit.append(cw.conn, "create", "household_member", person_id)
    return household


def join(cw: Casework, person_id: int, case_number: str, role: str) -> None:
    """The person with ``case_number`` joins ``person_id``'s household in ``role``."""
    _role(role)
    household = household_of(cw, person_id)
    if household is None:
        raise ValidationError("household", tr("Diese Person gehört noch zu keinem Haushalt."))
    other = cw.person_id_for(case_number)
    cw.refuse_if_handed_over(other)
    cw.refuse_if_handed_over(person_id)
    if household_of(cw, other) is not None:
        raise ValidationError("case_number", tr("{n} gehört bereits zu einem Haushalt; bitte dort zuerst lösen.")
                              .format(n=case_number.strip()))
    with records.atomic(cw.conn):
        cw.conn.execute("INSERT INTO household_member (person_id, household_id, role) VALUES (?, ?, ?)",
                        (other, household, _role(role)))
        audit.append(cw.conn, "create", "household_member", other)


def set_role(cw: Casework, person_id: int, role: str) -> None:
    if household_of(cw, person_id) is None:
        raise ValidationError("household", tr("Diese Person gehört noch zu keinem Haushalt."))
    cw.refuse_if_handed_over(person_id)
    with records.atomic(cw.conn):
        cw.conn.execute("UPDATE household_member SET role = ? WHERE person_id = ?", (_role(role), person_id))
        audit.append(cw.conn, "change", "household_member", person_id)


def leave(cw: Casework, person_id: int) -> None:
    """The person leaves the household; a household of one is dissolved."""
    household = household_of(cw, person_id)
    if household is None:
        return
    cw.refuse_if_handed_over(person_id)
    with records.atomic(cw.conn):
        cw.conn.execute("DELETE FROM household_member WHERE person_id = ?", (person_id,))
        audit.append(cw.conn, "delete", "household_member", person_id)
        dissolve_if_alone(cw.conn, household)


def dissolve_if_alone(conn, household: int) -> None:
    """Inside the caller's transaction: a household with fewer than two members is no household."""
    if conn.execute("SELECT count(*) FROM household_member WHERE household_id = ?", (household,)).fetchone()[0] < 2:
        conn.execute("DELETE FROM household WHERE id = ?", (household,))   # cascades to a last member
        audit.append(conn, "delete", "household", household)


def with_households(cw: Casework, person_ids: list[int]) -> list[int]:
    """The persons and everyone in their households, in order, each once (a household moves together)."""
    found: dict[int, None] = {}
    for pid in person_ids:
        found[pid] = None
        for member in members(cw, pid):
            found[member.person_id] = None
    return list(found)


# -- what the household means for the residence status ----------------------------------------------
def _current_status(cw: Casework, person_id: int) -> str | None:
    history = cw.status_history(person_id)
    return history[-1]["status"] if history else None


def hints(cw: Casework, person_id: int) -> list[str]:
    """What the household may mean for this person's residence, in words; empty without a household."""
    everyone = members(cw, person_id)
    me = next((m for m in everyone if m.person_id == person_id), None)
    if me is None:
        return []
    others = [m for m in everyone if m.person_id != person_id]
    said = []
    children = [m for m in others if m.role == "kind" and m.minor] if me.role != "kind" else []
    if children:
        names = ", ".join(f"{m.given_names} ({m.age})" for m in children)
        text = tr("Minderjähriges Kind im Haushalt: {names}. Für § 25b genügen damit {short} statt {long} Jahre "
                  "Voraufenthalt.").format(names=names, short=STAY_25B_WITH_CHILD, long=STAY_25B)
        since = cw.person(person_id).in_germany_since
        if since:
            text += " " + tr("In Deutschland seit {date}: {n} volle Jahre.").format(
                date=date.fromisoformat(since).strftime("%d.%m.%Y"), n=age_on(since, cw.today())[0])
        said.append(text)
        if any(_current_status(cw, m.person_id) == "ae_25a" for m in children):
            said.append(tr("Ein minderjähriges Kind im Haushalt hat eine Aufenthaltserlaubnis nach § 25a: für die "
                           "Eltern kommt § 25a Abs. 2 in Betracht."))
    if _current_status(cw, person_id) != PERMIT and (me.role in PARENTS or (me.role == "kind" and me.minor)):
        for m in others:
            if _current_status(cw, m.person_id) == PERMIT and m.role in PARENTS:
                said.append(tr("{name} hat die Chancen-Aufenthaltserlaubnis (§ 104c). Als Ehepartner/in oder "
                               "minderjähriges lediges Kind im Haushalt kommt sie nach § 104c Abs. 2 auch für diese "
                               "Person in Betracht.").format(name=f"{m.given_names} {m.family_name}"))
    if any(m.year_only and m.role == "kind" for m in others) and children:
        said.append(tr("Bei Kindern mit nur bekanntem Geburtsjahr ist das Alter geschätzt."))
    return said
