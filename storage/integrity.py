"""One call that checks everything a case file can check about itself."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlcipher3 import dbapi2 as sqlcipher

from storage import audit


@dataclass
class IntegrityReport:
    cipher: list[str] = field(default_factory=list)       # pages whose HMAC does not match
    sqlite: list[str] = field(default_factory=list)       # b-tree and index structure
    foreign_keys: list[str] = field(default_factory=list)  # dangling references
    audit: list[str] = field(default_factory=list)        # breaks in the hash chain

    @property
    def ok(self) -> bool:
        return not self.problems()

    def problems(self) -> list[str]:
        return self.cipher + self.sqlite + self.foreign_keys + self.audit


def _rows(conn, sql: str) -> list[tuple]:
    try:
        return conn.execute(sql).fetchall()
    except sqlcipher.DatabaseError as exc:
        return [(f"Prüfung abgebrochen: {exc}",)]


def check(conn) -> IntegrityReport:
    report = IntegrityReport()
    report.cipher = [f"Verschlüsselung: {row[0]}" for row in _rows(conn, "PRAGMA cipher_integrity_check")]
    report.sqlite = [f"Struktur: {row[0]}" for row in _rows(conn, "PRAGMA integrity_check") if row[0] != "ok"]
    report.foreign_keys = [
        f"Verweis ins Leere: {row[0]} Zeile {row[1]} → {row[2]}" if len(row) > 2 else f"Verweise: {row[0]}"
        for row in _rows(conn, "PRAGMA foreign_key_check")
    ]
    try:
        report.audit = audit.verify(conn)
    except sqlcipher.DatabaseError as exc:
        report.audit = [f"Protokoll nicht lesbar: {exc}"]
    return report
