"""Paged list queries for the UI: one page at a time, so 20 000 persons cost one page of rows."""

from __future__ import annotations

from dataclasses import dataclass

_LATEST_CASE = "(SELECT max(id) FROM support_case WHERE person_id = p.id)"
_PHASE = "(SELECT phase FROM case_phase WHERE case_id = c.id ORDER BY since DESC, id DESC LIMIT 1)"
_STATUS = "(SELECT status FROM residence_status WHERE person_id = p.id ORDER BY since DESC, id DESC LIMIT 1)"


@dataclass(frozen=True)
class PersonFilter:
    municipality: str | None = None
    intensity: str | None = None
    phase: str | None = None
    status: str | None = None           # current residence status code
    open_state: str | None = None       # "offen" | "abgeschlossen" | None
    ids: tuple[int, ...] | None = None  # from a search; None means no search


def _where(f: PersonFilter) -> tuple[str, list]:
    clauses, params = [], []
    if f.municipality:
        clauses.append("p.municipality = ?")
        params.append(f.municipality)
    if f.intensity:
        clauses.append("c.intensity = ?")
        params.append(f.intensity)
    if f.phase:
        clauses.append(f"{_PHASE} = ?")
        params.append(f.phase)
    if f.status:
        clauses.append(f"{_STATUS} = ?")
        params.append(f.status)
    if f.open_state == "offen":
        clauses.append("c.id IS NOT NULL AND c.closed_on IS NULL")
    elif f.open_state == "abgeschlossen":
        clauses.append("c.closed_on IS NOT NULL")
    if f.ids is not None:
        clauses.append(f"p.id IN ({','.join('?' * len(f.ids)) or 'NULL'})")
        params.extend(f.ids)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_persons(conn, f: PersonFilter) -> int:
    where, params = _where(f)
    return conn.execute(f"SELECT count(*) FROM person p LEFT JOIN support_case c ON c.id = {_LATEST_CASE}{where}",
                        params).fetchone()[0]


def page_persons(conn, f: PersonFilter, offset: int, limit: int) -> list[tuple]:
    """(id, case number, family name, given names, municipality, intensity, phase, opened, closed)."""
    where, params = _where(f)
    return conn.execute(
        f"SELECT p.id, p.case_number, p.family_name, p.given_names, p.municipality, c.intensity, {_PHASE}, "
        f"c.opened_on, c.closed_on FROM person p LEFT JOIN support_case c ON c.id = {_LATEST_CASE}{where} "
        f"ORDER BY p.id DESC LIMIT ? OFFSET ?", (*params, limit, offset)).fetchall()
