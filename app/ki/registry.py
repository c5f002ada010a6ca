"""The KI's own encrypted store, its key pair and the registry of enrolled devices. Every change to
the registry is written to the store's audit log in the same transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from app.core import paths
from app.core.messages import tr
from app.core.validation import ValidationError
from storage import audit, records
from storage.schema import KI_STORE
from storage.store import EncryptedStore
from sync.bundle import BundleRefused, Refusal
from sync.keys import EnrolRequest, KiPublicKey, generate_ki_key

PUBLIC_KEY_NAME = "ki-public.key"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# -- the store and its key pair ----------------------------------------------------------------------
def default_store() -> Path:
    return paths.app_data_dir() / "ki-speicher.db"


def create_store(path: Path, passphrase: str, public_out: Path, name: str, k: int,
                 time_figures: bool = True) -> tuple[str, KiPublicKey]:
    """A new KI store holding a fresh key pair; writes the public key file. Returns the store's
    recovery code (to show once) and the public key (its fingerprint is read out by phone).
    ``time_figures``: whether laptops send the case managers' own time (docs/anonymity.md)."""
    store, code = EncryptedStore.create(path, passphrase, kind=KI_STORE)
    with store:
        key = create_key(store.conn, name, k, time_figures)
    public_out = Path(public_out)
    if public_out.is_dir():
        public_out = public_out / PUBLIC_KEY_NAME
    public_out.write_bytes(key.to_bytes())
    return code, key


def open_store(path: Path, passphrase: str) -> EncryptedStore:
    store = EncryptedStore.open(path, passphrase, KI_STORE)
    store.audit("open", "ki_store")
    return store


TIME_FIGURES = "time_figures"


def create_key(conn, name: str, k: int, time_figures: bool = True) -> KiPublicKey:
    private, public = generate_ki_key()
    key = KiPublicKey(public, k, name, time_figures)
    KiPublicKey.from_bytes(key.to_bytes())  # the same checks (k >= 3) a laptop applies
    with records.atomic(conn):
        conn.execute("INSERT INTO ki_key (id, private_key, public_key, k, name, created_at) VALUES (1, ?, ?, ?, ?, ?)",
                     (private, public, k, name, _now()))
        if not time_figures:   # absent means "send": stores from before the switch read the same
            records.set_setting(conn, TIME_FIGURES, "0")
        audit.append(conn, "create", "ki_key", key.fingerprint)
    return key


def public_key(conn) -> KiPublicKey:
    row = conn.execute("SELECT public_key, k, name FROM ki_key WHERE id = 1").fetchone()
    if row is None:
        raise LookupError("no KI key in this store")
    return KiPublicKey(row[0], row[1], row[2], records.get_setting(conn, TIME_FIGURES, "1") == "1")


def private_key(conn) -> bytes:
    return conn.execute("SELECT private_key FROM ki_key WHERE id = 1").fetchone()[0]


# -- devices -----------------------------------------------------------------------------------------
def read_request(request_file: Path) -> EnrolRequest:
    """A device's signed enrolment request; KeyFileError if it is not genuine."""
    return EnrolRequest.from_bytes(Path(request_file).read_bytes())


@dataclass(frozen=True)
class Enrolment:
    """What the KI should know before it confirms an enrolment."""
    revoked: bool        # the device was revoked: enrolling it again must be an explicit reinstatement
    same_name: bool      # another device already goes by this name


def enrolment(conn, request: EnrolRequest, name: str | None = None) -> Enrolment:
    row = conn.execute("SELECT revoked_at FROM device WHERE device_id = ?", (request.device_id,)).fetchone()
    clash = conn.execute("SELECT 1 FROM device WHERE name = ? AND device_id != ?",
                         (name or request.name, request.device_id)).fetchone()
    return Enrolment(bool(row and row[0]), clash is not None)


def enrol(store: EncryptedStore, request: EnrolRequest, name: str | None = None,
          municipalities: list[str] | None = None, reinstate: bool = False) -> EnrolRequest:
    """Enrol the device of a genuine ``request`` (read_request), under ``name`` and for
    ``municipalities`` where given (else as the device asked). A revoked device comes back only
    with ``reinstate``: an old enrolment file must not silently undo a revocation."""
    revoked = enrolment(store.conn, request, name).revoked
    if revoked and not reinstate:
        raise ValidationError("device", tr("Das Gerät »{name}« ist gesperrt. Es wird nur ausdrücklich wieder "
                                           "zugelassen (fallakte ki enrol --reinstate, oder im Fenster bestätigen).")
                              .format(name=name or request.name))
    with records.atomic(store.conn):
        store.conn.execute(
            "INSERT INTO device (device_id, name, public_key, municipalities, enrolled_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(device_id) DO UPDATE SET name = excluded.name, municipalities = excluded.municipalities, "
            "revoked_at = NULL",
            (request.device_id, name or request.name, request.public_key,
             ",".join(municipalities or request.municipalities), _now()))
        audit.append(store.conn, "reinstate" if revoked else "enrol", "device", request.device_id)
    return request


def revoke(conn, device_id: str, remove_data: bool = False) -> bool:
    """Refuse the device's bundles from now on; ``remove_data`` also takes its figures out of every
    statistic (a lost or misbehaving laptop). True if anything changed."""
    with records.atomic(conn):
        changed = conn.execute("UPDATE device SET revoked_at = ? WHERE device_id = ? AND revoked_at IS NULL",
                               (_now(), device_id)).rowcount
        if changed:
            audit.append(conn, "revoke", "device", device_id)
        removed = remove_data and conn.execute("DELETE FROM device_state WHERE device_id = ?", (device_id,)).rowcount
        if removed:
            audit.append(conn, "remove_data", "device", device_id)
    return bool(changed or removed)


def devices(conn) -> list[dict]:
    return records.fetch_all(conn, "SELECT d.device_id, d.name, d.municipalities, d.enrolled_at, d.revoked_at, "
                                   "s.sequence, s.created_at AS last_bundle FROM device d "
                                   "LEFT JOIN device_state s ON s.device_id = d.device_id ORDER BY d.name")


def municipalities_of(conn, device_id: str) -> set[str]:
    """The places a device was enrolled for: the only ones it may report on."""
    row = conn.execute("SELECT municipalities FROM device WHERE device_id = ?", (device_id,)).fetchone()
    return {m for m in (row[0] if row else "").split(",") if m}


def enrolled_municipalities(conn) -> list[str]:
    return sorted({m for (ms,) in conn.execute("SELECT municipalities FROM device") for m in ms.split(",") if m})


def signing_key_of(conn):
    """``lookup(device_id)``: the public signing key of an enrolled, active device, else BundleRefused."""
    def lookup(device_id: str) -> bytes:
        row = conn.execute("SELECT public_key, revoked_at FROM device WHERE device_id = ?", (device_id,)).fetchone()
        if row is None:
            raise BundleRefused(Refusal.UNKNOWN_DEVICE, device_id)
        if row[1]:
            raise BundleRefused(Refusal.REVOKED_DEVICE, device_id)
        return row[0]
    return lookup
