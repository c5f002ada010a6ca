"""A demo county: the case files of twelve KIM case managers across the three regions of Kreis
Coesfeld, each filled with two years of demo casework, enrolled at the KI and synced into one share
folder. ``fallakte ki demo`` uses it to show the statistics; tests and benchmarks check the KI's
totals against these case files' own counts.
"""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path

from app.casemanager import demo, sync_service
from app.casemanager.casework import Casework
from app.core.identity import device_identity
from app.ki import registry
from storage.store import EncryptedStore

# (device name, its municipalities): Nord, Mitte, Süd; the big towns have two case managers.
DEVICES = (
    ("KIM Coesfeld 1", ["coesfeld"]), ("KIM Coesfeld 2", ["coesfeld"]),
    ("KIM Billerbeck/Havixbeck", ["billerbeck", "havixbeck"]), ("KIM Rosendahl", ["rosendahl"]),
    ("KIM Dülmen 1", ["duelmen"]), ("KIM Dülmen 2", ["duelmen"]), ("KIM Nottuln", ["nottuln"]),
    ("KIM Lüdinghausen", ["luedinghausen"]), ("KIM Senden", ["senden"]),
    ("KIM Olfen/Nordkirchen", ["olfen", "nordkirchen"]), ("KIM Ascheberg", ["ascheberg"]),
    ("KIM Süd Vertretung", ["senden", "luedinghausen"]),
)


def case_files(workdir: Path, ki_public_key: bytes, share: Path, persons_each: int, today: date | None = None,
               passphrase: str | None = None, seed: int = 1) -> list[Casework]:
    """Twelve demo case files in ``workdir``, set up to sync to ``share``; returned open."""
    passphrase = passphrase or secrets.token_urlsafe(24)
    result = []
    for n, (name, municipalities) in enumerate(DEVICES):
        casefile, _ = EncryptedStore.create(Path(workdir) / f"demo-{n + 1:02d}.db", passphrase)
        cw = Casework(casefile, today=(lambda: today) if today else date.today)
        demo.fill(cw, persons_each, seed=seed + n, municipalities=municipalities)
        sync_service.configure(cw, share=share, ki_key=ki_public_key, device_name=name, municipalities=municipalities)
        result.append(cw)
    return result


def enrol_and_sync(store: EncryptedStore, laptops: list[Casework], share: Path) -> None:
    """Each laptop files its enrol request with the KI and delivers one bundle to the share."""
    for cw in laptops:
        request = Path(share).parent / f"{device_identity(cw.conn)[0]}.anmeldung"
        request.write_bytes(sync_service.enrol_request(cw))
        registry.enrol(store, registry.read_request(request))
        request.unlink()
        sync_service.sync_now(cw)
