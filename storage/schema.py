"""The case file's schema, as ordered migrations. ``PRAGMA user_version`` is the version a file is at.

Add a migration by appending to MIGRATIONS; never edit one that has shipped. Each migration runs in
its own transaction together with the version bump, so a crash leaves the file at a whole version.
"""

from __future__ import annotations

from dataclasses import dataclass

from storage.errors import NewerSchema


@dataclass(frozen=True)
class Migration:
    version: int
    purpose: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "meta data and the append-only, hash-chained audit log", """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;
        CREATE TABLE audit_log (
            seq       INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            actor     TEXT NOT NULL,
            action    TEXT NOT NULL,
            entity    TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            prev_hash BLOB NOT NULL,
            hash      BLOB NOT NULL
        ) STRICT;
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
    """),
    Migration(2, "persons accompanied (the casework issue extends this table)", """
        CREATE TABLE person (
            id          INTEGER PRIMARY KEY,
            case_number TEXT NOT NULL UNIQUE,
            family_name TEXT NOT NULL,
            given_names TEXT NOT NULL,
            created_at  TEXT NOT NULL
        ) STRICT;
    """),
)

LATEST = MIGRATIONS[-1].version


def version_of(conn) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn, path, target: int | None = None) -> int:
    """Bring the open database up to ``target`` (the latest by default); returns the version it
    was at before."""
    target = LATEST if target is None else target
    current = version_of(conn)
    if current > LATEST:
        raise NewerSchema(path, f"schema {current}, this program knows up to {LATEST}")
    for migration in MIGRATIONS:
        if current < migration.version <= target:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _statements(migration.sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {migration.version}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    return current


def _statements(sql: str) -> list[str]:
    """Split a migration into statements; a trigger body's inner ';' stays with its trigger."""
    from sqlcipher3 import dbapi2 as sqlcipher

    statements, current = [], ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlcipher.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError(f"incomplete SQL in migration: {current.strip()[:60]}")
    return statements
