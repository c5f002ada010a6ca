"""Paged list queries for the UI: one page at a time, so 20 000 persons cost one page of rows."""

from __future__ import annotations

from dataclasses import dataclass

# Each person's newest case (person.case_id), that case's current phase (support_case.phase) and the
# person's newest status (person.status) are kept by triggers (schema migrations 9 and 12), so every
# filter is an index lookup (EXPLAIN QUERY PLAN in tests/test_case_list_queries.py).
_CASES = "person p LEFT JOIN support_case c ON c.id = p.case_id"


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
        clauses.append("c.phase = ?")
        params.append(f.phase)
    if f.status:
        clauses.append("p.status = ?")
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
    return conn.execute(f"SELECT count(*) FROM {_CASES}{where}", params).fetchone()[0]


def page_persons(conn, f: PersonFilter, offset: int, limit: int) -> list[tuple]:
    """(id, case number, family name, given names, municipality, intensity, phase, opened, closed)."""
    where, params = _where(f)
    return conn.execute(
        f"SELECT p.id, p.case_number, p.family_name, p.given_names, p.municipality, c.intensity, c.phase, "
        f"c.opened_on, c.closed_on FROM {_CASES}{where} ORDER BY p.id DESC LIMIT ? OFFSET ?",
        (*params, limit, offset)).fetchall()
