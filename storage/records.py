"""Plain reads and writes of casework records. Rules live in app/; this module only talks SQL.

Table and column names come from the code, never from input; values are always bound parameters.
"""

from __future__ import annotations

import contextlib
import itertools

TABLES = frozenset({
    "person", "residence_status", "support_case", "case_phase", "goal", "contact", "contact_topic",
    "referral", "consent", "short_intervention", "time_entry", "info_event", "observation", "case_intensity",
    "pathway_check", "first_contact", "appointment", "attachment", "attachment_data",
    "person_origin", "handover_audit",
})


def _table(name: str) -> str:
    if name not in TABLES:
        raise ValueError(f"unknown table {name!r}")
    return name


def insert(conn, table: str, **values) -> int:
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    return conn.execute(f"INSERT INTO {_table(table)} ({columns}) VALUES ({marks})", tuple(values.values())).lastrowid


def update(conn, table: str, record_id: int, **values) -> None:
    assignments = ", ".join(f"{column} = ?" for column in values)
    conn.execute(f"UPDATE {_table(table)} SET {assignments} WHERE id = ?", (*values.values(), record_id))


def delete(conn, table: str, record_id: int) -> None:
    """Remove one record; what refers to it goes with it (ON DELETE CASCADE)."""
    conn.execute(f"DELETE FROM {_table(table)} WHERE id = ?", (record_id,))


def fetch_where(conn, table: str, column: str, value) -> list[dict]:
    """Every row of ``table`` whose ``column`` (a name from the code) equals ``value``."""
    if not column.isidentifier():
        raise ValueError(f"bad column {column!r}")
    return fetch_all(conn, f"SELECT * FROM {_table(table)} WHERE {column} = ?", (value,))


def fetch(conn, table: str, record_id: int) -> dict | None:
    cur = conn.execute(f"SELECT * FROM {_table(table)} WHERE id = ?", (record_id,))
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row)) if row else None


def fetch_all(conn, sql: str, params: tuple = ()) -> list[dict]:
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def get_setting(conn, key: str, default: str) -> str:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_setting(conn, key: str, value: str) -> None:
    conn.execute("INSERT INTO setting (key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def next_sequence(conn, name: str) -> int:
    """A counter kept in meta that never hands out a number twice, even after deletions."""
    key = f"seq_{name}"
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    value = int(row[0]) + 1 if row else 1
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, str(value)))
    return value


# -- search index -----------------------------------------------------------------------------------
def set_search_document(conn, person_id: int, body: str) -> None:
    conn.execute("DELETE FROM person_search WHERE rowid = ?", (person_id,))
    conn.execute("INSERT INTO person_search (rowid, body) VALUES (?, ?)", (person_id, body))


def delete_search_document(conn, person_id: int) -> None:
    conn.execute("DELETE FROM person_search WHERE rowid = ?", (person_id,))


# Ranking (bm25) is worked out for every match before the best are taken: a word in the contact notes
# of 25 000 of 50 000 persons took 37 ms to rank, 3 ms to find.
RANK_LIMIT = 2000


def search(conn, match: str, limit: int, names: list[str] = ()) -> list[int]:
    """Person ids matching ``match`` (an FTS5 expression), best first. Where more than RANK_LIMIT
    persons match (a word common in the contact notes), the persons whose family or given names
    start with each of ``names`` first, then the others newest first."""
    (matches,) = conn.execute("SELECT count(*) FROM (SELECT 1 FROM person_search WHERE person_search MATCH ? "
                              "LIMIT ?)", (match, RANK_LIMIT + 1)).fetchone()
    if matches <= RANK_LIMIT:
        return [r for (r,) in conn.execute(
            "SELECT rowid FROM person_search WHERE person_search MATCH ? ORDER BY rank LIMIT ?", (match, limit))]
    named: list[int] = []
    if names:
        like = [word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for word in names]
        named = [r for (r,) in conn.execute(
            "SELECT id FROM person WHERE " + " AND ".join(
                "(family_name LIKE ? ESCAPE '\\' OR given_names LIKE ? ESCAPE '\\')" for _ in like)
            + " ORDER BY id DESC LIMIT ?", (*(p for word in like for p in (word, word)), limit))]
    seen = set(named)
    newest = (r for (r,) in conn.execute(
        "SELECT rowid FROM person_search WHERE person_search MATCH ? ORDER BY rowid DESC LIMIT ?", (match, limit * 2))
        if r not in seen)
    return (named + list(itertools.islice(newest, limit)))[:limit]


@contextlib.contextmanager
def atomic(conn):
    """A transaction, or part of the caller's when one is already open (bulk imports, demo data)."""
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        rollback(conn)
        raise
    conn.execute("COMMIT")


@contextlib.contextmanager
def rolled_back(conn):
    """Everything inside runs as usual and is then undone: for dry runs that must report exactly
    what a real run would do."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    finally:
        rollback(conn)


def rollback(conn) -> None:
    """Undo the open transaction. SQLite has already rolled back by itself after some errors
    (a full disk, an I/O error); then there is nothing to undo, and the original error must surface."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")
