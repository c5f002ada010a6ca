"""Two real case files of two colleagues, filled through the use cases, for the handover tests."""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app.casemanager import handover
from app.casemanager.casework import Casework, Contact, Person, Referral
from fallakte.cli import main
from storage.store import EncryptedStore, companion_paths
from tests.conftest import PASSPHRASE

# What a person's history must look like after the trip; ids, audit and counting rules differ by design.
COMPARED_OUT = ("audit", "history", "counted_elsewhere", "previous_case_numbers")


def make_casefile(template: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "fallakte.db"
    for source, copy in zip(companion_paths(template), companion_paths(target)):
        if source.exists():
            shutil.copyfile(source, copy)
    return target


@contextmanager
def opened(path: Path, today=None):
    casefile = EncryptedStore.open(path, PASSPHRASE)
    try:
        yield Casework(casefile, **({"today": today} if today else {}))
    finally:
        casefile.close()


def fill(cw: Casework, family: str = "Özdemir", given: str = "Ayşe", handover_consent: bool = True,
         closed: bool = False) -> int:
    """A person with a whole history: statuses, consents, a case with phases, intensities, goals,
    contacts (topics, interpreter), referrals (one passing data), and the consent to a handover."""
    pid = cw.add_person(Person(family, given, "coesfeld", gender="w", birth_date="13.01.1995", nationality="syrisch",
                               languages="Arabisch", address="Marktstr. 1", phone="0170 123", email="a@b.de",
                               in_germany_since="2017-03-01"))
    cw.record_status(pid, "duldung", "2017-05-01")
    cw.record_status(pid, "ae_104c", "2024-02-01", applied_on="2023-11-02", decided_on="2024-01-20")
    cw.give_consent(pid, "fallarbeit", "2026-01-10")
    cw.give_consent(pid, "weitergabe", "2026-01-10", partner="jobcenter")
    case_id = cw.open_case(pid, "2026-01-10", "intensiv")
    cw.change_phase(case_id, "hilfeplanung", "2026-02-01")
    cw.change_intensity(case_id, "prozess", "2026-05-01")
    cw.add_goal(case_id, f"Sprachkurs B1 für {given}", "sprache", "2026-12-31")
    cw.add_contact(case_id, Contact("2026-02-03", 45, "persoenlich", ["arbeit", "sprache"], notes=f"{family}: Kurs",
                                    interpreter_language="Arabisch", interpreter_minutes=40, interpreter_cost="52,50"))
    cw.add_contact(case_id, Contact("2026-06-10", 30, "telefonisch", ["aufenthalt"]))
    cw.add_referral(case_id, Referral("jobcenter", "2026-03-01", True, follow_up_on="2026-03-15", note="Termin"))
    if handover_consent:
        cw.give_consent(pid, "uebergabe", "2026-11-02")
    if closed:
        cw.close_case(case_id, "2026-09-30", "ziele_erreicht")
    return pid


def content(cw: Casework, pid: int) -> dict:
    """A person's history as the format carries it, without what differs by design."""
    return {k: v for k, v in handover._person_payload(cw, pid).items() if k not in COMPARED_OUT}


def cli(capsys, casefile: Path, *argv) -> tuple[int, str, str]:
    status = main(["--casefile", str(casefile), *argv])
    out, err = capsys.readouterr()
    return status, out, err


def decrypted_pages(path: Path, master_key: bytes, page: int = 4096, reserve: int = 80) -> bytes:
    """Every page of a closed SQLCipher file decrypted (SQLCipher 4: AES-256-CBC, the IV in each page's
    reserved tail, the salt in the first 16 bytes), free pages included: what deleted data could leave."""
    raw = path.read_bytes()
    pages = []
    for n in range(len(raw) // page):
        p = raw[n * page:(n + 1) * page]
        decryptor = Cipher(algorithms.AES(master_key), modes.CBC(p[page - reserve:page - reserve + 16])).decryptor()
        pages.append(decryptor.update(p[16 if n == 0 else 0:page - reserve]) + decryptor.finalize())
    return b"".join(pages)


# Tables about the handover itself, or kept by design on one side only (docs/handover.md).
NOT_CARRIED = {"audit_log", "handover_out", "handover_out_person", "handover_in", "person_origin", "handover_audit",
               "contact_received"}
LINKS_UNDECLARED = {"person": {"status_id"}}   # kept by triggers, points at a row id


def stored(cw: Casework, pid: int) -> dict[str, list[tuple]]:
    """Everything the decrypted database holds about a person, table by table: every row reachable from
    the person through foreign keys, without the columns that are row ids or links (they differ from
    file to file by design). Generic, so a table added later is compared without being named here."""
    conn = cw.conn
    tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                               "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'")]
    links = {t: [(row[3], row[2], row[4]) for row in conn.execute(f"PRAGMA foreign_key_list({t})")] for t in tables}
    ids: dict[str, set] = {"person": {pid}}
    found: dict[str, list[dict]] = {"person": [dict(zip([d[0] for d in conn.execute(
        "SELECT * FROM person WHERE id = ?", (pid,)).description], conn.execute(
        "SELECT * FROM person WHERE id = ?", (pid,)).fetchone()))]}
    changed = True
    while changed:   # follow the links until nothing new is reached
        changed = False
        for table in tables:
            if table in NOT_CARRIED:
                continue
            for column, parent, parent_column in links[table]:
                if parent not in ids or parent_column not in (None, "id"):
                    continue
                wanted = ids[parent]
                cursor = conn.execute(f"SELECT * FROM {table} WHERE {column} IN ({','.join('?' * len(wanted))})",
                                      tuple(wanted))
                names = [d[0] for d in cursor.description]
                for row in cursor.fetchall():
                    record = dict(zip(names, row))
                    key = record.get("id", tuple(row))
                    if key not in ids.setdefault(table, set()):
                        ids[table].add(key)
                        found.setdefault(table, []).append(record)
                        changed = True
    link_columns = {t: {column for column, _, _ in links[t]} | {"id"} | LINKS_UNDECLARED.get(t, set()) for t in tables}
    return {t: sorted(tuple(sorted((k, repr(v)) for k, v in r.items() if k not in link_columns[t])) for r in rows)
            for t, rows in found.items()}
