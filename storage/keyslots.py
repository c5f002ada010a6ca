"""Key slots: the case file's random database key, wrapped once for each way of unlocking it.

The key slot file lies beside the database (``<name>.keys``) as canonical JSON:

* ``slots.passphrase``: the key wrapped with AES-256-GCM under a key derived from the passphrase by
  Argon2id (64 MiB, 4 lanes, iterations calibrated on this machine but never fewer than 3, fresh
  salt on every rewrap);
* ``slots.recovery``: the key wrapped under a key derived from the recovery code by HKDF-SHA256 (the
  code carries 125 random bits, so a slow KDF would add nothing);
* ``checksum``: SHA-256 of everything else, so accidental damage reads as damage, not as a wrong
  passphrase;
* ``mac``: HMAC-SHA256 under a key derived from the database key, so a deliberate edit of any field
  is caught once any slot is unlocked.

Each slot's KDF parameters are the associated data of its AES-GCM wrap: changing them makes the
unwrap fail. Changing the passphrase rewrites this file only; the database is never re-encrypted.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from storage import recovery_code
from storage.atomic import write_atomically
from storage.errors import CorruptFile, WeakPassphrase, WrongPassphrase, WrongRecoveryCode

FORMAT = "fallakte-keyslots"
VERSION = 1
KEY_BYTES = 32
MEMORY_KIB = 64 * 1024
LANES = 4
# A slot file may name 1 or more iterations (older case files were calibrated from 1); a new slot
# never gets fewer than RFC 9106's second recommended setting: Argon2id, 64 MiB, 3 passes, 4 lanes.
MIN_ITERATIONS = 1
FLOOR_ITERATIONS = 3
# Each of two pass counts is timed this many times; the fastest of each counts (calibrate_iterations).
CALIBRATION_SAMPLES = 3
# What a slot file may name is what the calibration can produce: MEMORY_KIB and LANES exactly, and
# at most MAX_ITERATIONS, enough for half a second on a machine ten times faster than today's laptops
# (about 0.02 s a pass at 64 MiB). A forged slot cannot make an unlock take minutes or gigabytes.
MAX_ITERATIONS = 64
# One unlock should cost about this much on the machine that creates or rewraps the slot.
KDF_TARGET_SECONDS = 0.5
MIN_PASSPHRASE_LENGTH = 10


def keys_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keys")


def canonical_json(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _hkdf(secret: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info).derive(secret)


def _argon2(passphrase: str, salt: bytes, iterations: int, memory_kib: int, lanes: int) -> bytes:
    return Argon2id(
        salt=salt, length=KEY_BYTES, iterations=iterations, lanes=lanes, memory_cost=memory_kib
    ).derive(passphrase.encode("utf-8"))


def calibrate_iterations(target_seconds: float | None = None,
                         progress: Callable[[int, int], None] | None = None) -> int:
    """Argon2id iterations (at 64 MiB, 4 lanes) for one unlock to take about ``target_seconds`` here,
    never fewer than FLOOR_ITERATIONS. One pass and three passes are each timed CALIBRATION_SAMPLES
    times and the fastest of each is taken: a busy moment only makes a sample slower, and calibrating
    on it would make every later unlock weaker than intended. The two give the fixed cost (filling
    64 MiB) and the cost of one more pass. ``progress(done, total)`` after each run."""
    target = KDF_TARGET_SECONDS if target_seconds is None else target_seconds
    samples = CALIBRATION_SAMPLES
    salt = os.urandom(16)

    def fastest(passes: int, done: int) -> float:
        best = float("inf")
        for n in range(samples):
            start = time.perf_counter()
            _argon2("calibration", salt, passes, MEMORY_KIB, LANES)
            best = min(best, time.perf_counter() - start)
            if progress:
                progress(done + n + 1, 2 * samples)
        return best

    one = fastest(1, 0)
    if one >= target:   # not even one pass fits: the floor is all that is left
        return FLOOR_ITERATIONS
    per_pass = (fastest(3, samples) - one) / 2
    if per_pass <= 0:   # the samples were too noisy to tell apart: scale the single pass instead
        per_pass, fixed = one, 0.0
    else:
        fixed = max(0.0, one - per_pass)
    return min(MAX_ITERATIONS, max(FLOOR_ITERATIONS, round((target - fixed) / per_pass)))


@dataclass(frozen=True)
class Slot:
    kdf: dict
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict:
        return {"kdf": self.kdf, "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}


def _wrap(kek: bytes, master_key: bytes, file_id: str, kind: str, kdf: dict) -> Slot:
    nonce = os.urandom(12)
    aad = canonical_json({"file_id": file_id, "kind": kind, "kdf": kdf})
    return Slot(kdf=kdf, nonce=nonce, wrapped=AESGCM(kek).encrypt(nonce, master_key, aad))


def _unwrap(kek: bytes, slot: Slot, file_id: str, kind: str) -> bytes | None:
    aad = canonical_json({"file_id": file_id, "kind": kind, "kdf": slot.kdf})
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, aad)
    except InvalidTag:
        return None


def _passphrase_slot(master_key: bytes, file_id: str, passphrase: str, iterations: int) -> Slot:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(MIN_PASSPHRASE_LENGTH)
    salt = os.urandom(16)
    kdf = {"name": "argon2id", "salt": _b64(salt), "iterations": iterations,
           "memory_kib": MEMORY_KIB, "lanes": LANES}
    kek = _argon2(passphrase, salt, iterations, MEMORY_KIB, LANES)
    return _wrap(kek, master_key, file_id, "passphrase", kdf)


def _recovery_slot(master_key: bytes, file_id: str, code: str) -> Slot:
    salt = os.urandom(16)
    kdf = {"name": "hkdf-sha256", "salt": _b64(salt)}
    kek = _hkdf(recovery_code.normalize(code).encode("ascii"), salt, b"fallakte recovery slot")
    return _wrap(kek, master_key, file_id, "recovery", kdf)


@dataclass(frozen=True)
class KeySlots:
    file_id: str
    passphrase: Slot
    recovery: Slot
    mac: bytes
    source: Path | None = field(default=None, compare=False)  # the file it was read from, for errors

    # -- creating and rewrapping -------------------------------------------------------------
    @classmethod
    def create(cls, master_key: bytes, passphrase: str, code: str, iterations: int) -> "KeySlots":
        file_id = os.urandom(16).hex()
        return cls._sealed(master_key, file_id, _passphrase_slot(master_key, file_id, passphrase, iterations),
                           _recovery_slot(master_key, file_id, code))

    def with_new_passphrase(self, master_key: bytes, passphrase: str, iterations: int) -> "KeySlots":
        slot = _passphrase_slot(master_key, self.file_id, passphrase, iterations)
        return self._sealed(master_key, self.file_id, slot, self.recovery)

    @classmethod
    def _sealed(cls, master_key: bytes, file_id: str, passphrase: Slot, recovery: Slot) -> "KeySlots":
        unsealed = cls(file_id, passphrase, recovery, b"")
        return cls(file_id, passphrase, recovery, unsealed._mac(master_key))

    def _body(self) -> dict:
        return {"format": FORMAT, "version": VERSION, "file_id": self.file_id,
                "slots": {"passphrase": self.passphrase.to_json(), "recovery": self.recovery.to_json()}}

    def _mac(self, master_key: bytes) -> bytes:
        mac_key = _hkdf(master_key, None, b"fallakte keyslots mac")
        return hmac.new(mac_key, canonical_json(self._body()), hashlib.sha256).digest()

    # -- unlocking -----------------------------------------------------------------------------
    # ``path`` names what the user opens (the case file or a backup) in a WrongPassphrase.
    def unlock_with_passphrase(self, passphrase: str, path: Path) -> bytes:
        kdf = self.passphrase.kdf
        kek = _argon2(passphrase, base64.b64decode(kdf["salt"]), kdf["iterations"],
                      kdf["memory_kib"], kdf["lanes"])
        master_key = _unwrap(kek, self.passphrase, self.file_id, "passphrase")
        if master_key is None:
            raise WrongPassphrase(path)
        return self._verified(master_key, path)

    def unlock_with_recovery_code(self, code: str, path: Path) -> bytes:
        data = recovery_code.normalize(code)  # InvalidRecoveryCode on a typo
        kek = _hkdf(data.encode("ascii"), base64.b64decode(self.recovery.kdf["salt"]), b"fallakte recovery slot")
        master_key = _unwrap(kek, self.recovery, self.file_id, "recovery")
        if master_key is None:
            raise WrongRecoveryCode(path)
        return self._verified(master_key, path)

    def _verified(self, master_key: bytes, path: Path) -> bytes:
        if not hmac.compare_digest(self._mac(master_key), self.mac):
            raise CorruptFile(self.source or path, "key slot file was altered")
        return master_key

    # -- file ----------------------------------------------------------------------------------
    def to_bytes(self) -> bytes:
        signed = dict(self._body(), mac=_b64(self.mac))
        checksum = hashlib.sha256(canonical_json(signed)).hexdigest()
        return canonical_json(dict(signed, checksum=checksum)) + b"\n"

    def save(self, path: Path) -> None:
        write_atomically(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> "KeySlots":
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise CorruptFile(path, "key slot file missing") from None
        return cls.from_bytes(raw, path)

    @classmethod
    def from_bytes(cls, raw: bytes, path: Path) -> "KeySlots":
        """Parse and validate strictly; anything unexpected is a CorruptFile naming ``path``."""
        try:
            doc = json.loads(raw.decode("ascii"))
            checksum = doc.pop("checksum")
            if not hmac.compare_digest(hashlib.sha256(canonical_json(doc)).hexdigest(), checksum):
                raise CorruptFile(path, "checksum mismatch")
            if doc["format"] != FORMAT:
                raise CorruptFile(path, "not a key slot file")
            if doc["version"] != VERSION:
                raise CorruptFile(path, f"unsupported key slot version {doc['version']!r}")
            slots = doc["slots"]
            keys = cls(
                file_id=_expect_str(doc["file_id"]),
                passphrase=_parse_slot(slots["passphrase"], argon2=True),
                recovery=_parse_slot(slots["recovery"], argon2=False),
                mac=_decode(doc["mac"], 32),
                source=path,
            )
        except CorruptFile:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
            raise CorruptFile(path, f"malformed key slot file ({type(exc).__name__})") from None
        return keys


def _expect_str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value


def _decode(value: object, length: int | None = None) -> bytes:
    data = base64.b64decode(_expect_str(value), validate=True)
    if length is not None and len(data) != length:
        raise ValueError("wrong length")
    return data


def _parse_slot(doc: dict, argon2: bool) -> Slot:
    kdf = doc["kdf"]
    if argon2:
        if kdf["name"] != "argon2id":
            raise ValueError("unknown kdf")
        for field, low, high in (("iterations", 1, MAX_ITERATIONS), ("memory_kib", MEMORY_KIB, MEMORY_KIB),
                                 ("lanes", LANES, LANES)):
            value = kdf[field]
            if type(value) is not int or not low <= value <= high:
                raise ValueError(f"kdf {field} out of range")
    elif kdf["name"] != "hkdf-sha256":
        raise ValueError("unknown kdf")
    _decode(kdf["salt"], 16)
    return Slot(kdf=kdf, nonce=_decode(doc["nonce"], 12), wrapped=_decode(doc["wrapped"], KEY_BYTES + 16))
