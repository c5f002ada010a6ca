"""Keys for sync: the KI's X25519 key pair and public-key file, a device's Ed25519 signing key and
its enrolment request.

``ki-public.key`` (JSON) carries the KI's public key, its name, k (no count of 1 … k−1 is ever
published) and whether laptops send the case manager's own time. Its fingerprint covers all but the
name, so reading it out over the phone confirms them.
"""

from __future__ import annotations

import base64
import enum
import hashlib
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

PUBLIC_KEY_FORMAT = "fallakte-ki-public-key"
ENROL_FORMAT = "fallakte-enrol-request"
VERSION = 1
MIN_K = 3
DEFAULT_K = 3


class KeyProblem(enum.Enum):
    NOT_A_KI_KEY = "not_a_ki_key"                 # another format or version
    KI_KEY_DAMAGED = "ki_key_damaged"
    K_TOO_SMALL = "k_too_small"                   # params: k, minimum
    NOT_AN_ENROL_REQUEST = "not_an_enrol_request"
    ENROL_REQUEST_DAMAGED = "enrol_request_damaged"
    ENROL_REQUEST_NOT_GENUINE = "enrol_request_not_genuine"


class KeyFileError(ValueError):
    """A key or enrolment file that cannot be used. app/core/messages.py words it for the user."""

    def __init__(self, problem: KeyProblem, **params) -> None:
        self.problem, self.params = problem, params
        super().__init__(problem.value + (f" {params}" if params else ""))


def canonical(obj: object) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: object, length: int) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    data = base64.b64decode(text, validate=True)
    if len(data) != length:
        raise ValueError("wrong length")
    return data


def fingerprint(data: bytes) -> str:
    """Eight groups of four hex digits: short enough to read out over the phone."""
    digest = hashlib.sha256(data).hexdigest()[:32].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 32, 4))


def raw_public(key) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


# -- the KI ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class KiPublicKey:
    x25519: bytes
    k: int
    name: str
    time_figures: bool = True   # whether laptops send the case manager's own time (per quarter)

    @property
    def fingerprint(self) -> str:
        """Covers everything a laptop obeys: the key, k and whether to send time figures."""
        return fingerprint(canonical({"x25519": b64(self.x25519), "k": self.k, "time_figures": self.time_figures}))

    def to_bytes(self) -> bytes:
        return canonical({"format": PUBLIC_KEY_FORMAT, "version": VERSION, "name": self.name,
                          "x25519": b64(self.x25519), "k": self.k, "time_figures": self.time_figures}) + b"\n"

    @classmethod
    def from_bytes(cls, raw: bytes) -> "KiPublicKey":
        try:
            doc = json.loads(raw.decode("utf-8"))
            if doc["format"] != PUBLIC_KEY_FORMAT or doc["version"] != VERSION:
                raise KeyFileError(KeyProblem.NOT_A_KI_KEY)
            key = cls(unb64(doc["x25519"], 32), doc["k"], str(doc["name"]), doc.get("time_figures", True))
        except KeyFileError:
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise KeyFileError(KeyProblem.KI_KEY_DAMAGED) from None
        if type(key.time_figures) is not bool:
            raise KeyFileError(KeyProblem.KI_KEY_DAMAGED)
        if type(key.k) is not int or key.k < MIN_K:
            raise KeyFileError(KeyProblem.K_TOO_SMALL, k=key.k, minimum=MIN_K)
        return key


def generate_ki_key() -> tuple[bytes, bytes]:
    """(private, public) raw X25519 keys."""
    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), raw_public(private)


# -- a device --------------------------------------------------------------------------------------
def generate_signing_key() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes_raw()


def device_id_for(public_key: bytes) -> str:
    """Derived from the key, so an id can never be claimed with another key."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def signing_public(private: bytes) -> bytes:
    return raw_public(Ed25519PrivateKey.from_private_bytes(private))


def sign(private: bytes, domain: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(domain + message)


def verify(public: bytes, signature: bytes, domain: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, domain + message)
        return True
    except (InvalidSignature, ValueError):
        return False


ENROL_DOMAIN = b"fallakte-enrol-request/1\n"


@dataclass(frozen=True)
class EnrolRequest:
    device_id: str
    name: str
    municipalities: tuple[str, ...]
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def _body(self) -> dict:
        return {"format": ENROL_FORMAT, "version": VERSION, "device_id": self.device_id, "name": self.name,
                "municipalities": list(self.municipalities), "ed25519": b64(self.public_key)}

    def to_bytes(self, private: bytes) -> bytes:
        """Signed with the device key itself: proof that the sender holds it."""
        body = self._body()
        return canonical(dict(body, signature=b64(sign(private, ENROL_DOMAIN, canonical(body))))) + b"\n"

    @classmethod
    def from_bytes(cls, raw: bytes) -> "EnrolRequest":
        try:
            doc = json.loads(raw.decode("utf-8"))
            signature = unb64(doc.pop("signature"), 64)
            if doc["format"] != ENROL_FORMAT or doc["version"] != VERSION:
                raise KeyFileError(KeyProblem.NOT_AN_ENROL_REQUEST)
            request = cls(str(doc["device_id"]), str(doc["name"]), tuple(map(str, doc["municipalities"])),
                          unb64(doc["ed25519"], 32))
        except KeyFileError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise KeyFileError(KeyProblem.ENROL_REQUEST_DAMAGED) from None
        if request.device_id != device_id_for(request.public_key) or not verify(
                request.public_key, signature, ENROL_DOMAIN, canonical(request._body())):
            raise KeyFileError(KeyProblem.ENROL_REQUEST_NOT_GENUINE)
        return request
