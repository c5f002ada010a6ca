"""The sync bundle: anonymised counts, signed by the device, encrypted to the KI (after `age`).

    fallakte-bundle/1\\n
    {"device":"<id>","epk":"<base64 X25519>","ki":"<KI key fingerprint>"}\\n
    <AES-256-GCM ciphertext>

The two header lines are the associated data of the encryption. The key is
HKDF-SHA256(X25519(ephemeral, KI), salt = ephemeral public ‖ KI public, info = "fallakte-bundle/1");
a fresh ephemeral key per bundle makes the key unique, so the nonce is twelve zero bytes (as in age).
The plaintext is a 64-byte Ed25519 signature over "fallakte-bundle-payload/1\\n" ‖ payload, then the
payload (canonical JSON) compressed with zlib. See docs/bundle-format.md.
"""

from __future__ import annotations

import enum
import json
import zlib

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sync.keys import KiPublicKey, b64, canonical, raw_public, sign, unb64, verify

MAGIC = b"fallakte-bundle/"
VERSION = 1
FIRST_LINE = MAGIC + str(VERSION).encode() + b"\n"
INFO = b"fallakte-bundle/1"
SIGNATURE_DOMAIN = b"fallakte-bundle-payload/1\n"
NONCE = bytes(12)
MAX_HEADER = 512
# Far above any honest bundle (two years of eleven municipalities: under 100 KiB sealed, about
# 1 MiB of JSON), far below what would cost the KI time or memory.
MAX_BUNDLE = 4 * 1024 * 1024     # as stored on the share
# Bounds on what the parser is given, about five times the largest honest payload: a device that
# reports on all 11 municipalities sends 0.76 MB (20 000 persons) with 7 400 objects and lists and
# 40 000 commas. Without them, 64 KiB of zlib from a stolen device key inflate to millions of empty
# lists: 1.5 s and 157 MB in the parser (tests/test_import_bounds.py).
MAX_PAYLOAD = 4 * 1024 * 1024    # decompressed
MAX_CONTAINERS = 50_000          # objects and lists
MAX_VALUES = 250_000             # commas, so list elements and object members
MAX_DIGITS = 12                  # a count no caseload reaches; 10**400 is refused
# A number longer than MAX_DIGITS, found without a regular expression (a tenth of a KI import went
# into one): every digit read as 0, white space and minus signs dropped, then a run of zeros one
# longer than allowed after ':', ',' or '[' is the only place a number that long can start.
_DIGITS_AS_ZERO = bytes.maketrans(b"0123456789", b"0" * 10)
_LONG_NUMBERS = tuple(start + b"0" * (MAX_DIGITS + 1) for start in (b":", b",", b"["))


def has_long_number(body: bytes) -> bool:
    """Whether a number of more than MAX_DIGITS digits starts after ':', ',' or '['. Inside a string
    it can only refuse more (an honest payload has no such string)."""
    plain = body.translate(_DIGITS_AS_ZERO, b" \t\r\n-")
    return any(run in plain for run in _LONG_NUMBERS)

SUFFIX = ".fallakte-bundle"


class Refusal(enum.Enum):
    """Why a bundle is not taken; app/core/messages.py words each for the import report."""
    NOT_A_BUNDLE = "not_a_bundle"
    UNSUPPORTED_VERSION = "unsupported_version"
    WRONG_KEY = "wrong_key"
    TAMPERED = "tampered"
    UNKNOWN_DEVICE = "unknown_device"
    REVOKED_DEVICE = "revoked_device"
    BAD_SIGNATURE = "bad_signature"


class BundleRefused(Exception):
    def __init__(self, reason: Refusal, detail: str = "") -> None:
        self.reason, self.detail = reason, detail
        super().__init__(reason.value + (f" ({detail})" if detail else ""))


def _key(shared: bytes, ephemeral_public: bytes, ki_public: bytes, info: bytes = INFO) -> bytes:
    """HKDF-SHA256 over the X25519 secret; ``info`` names the format (a handover has its own, sync/handover.py)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + ki_public, info=info).derive(shared)


def inflate(compressed: bytes, limit: int) -> bytes | None:
    """zlib data decompressed to at most ``limit`` bytes; None when it is larger, cut off or no zlib."""
    try:
        inflater = zlib.decompressobj()
        body = inflater.decompress(compressed, limit)
    except zlib.error:
        return None
    return None if inflater.unconsumed_tail or not inflater.eof else body


def seal(payload: dict, device_id: str, signing_key: bytes, ki: KiPublicKey) -> bytes:
    body = canonical(payload)
    signature = sign(signing_key, SIGNATURE_DOMAIN, body)
    ephemeral = X25519PrivateKey.generate()
    epk = raw_public(ephemeral)
    header = FIRST_LINE + canonical({"device": device_id, "epk": b64(epk), "ki": ki.fingerprint}) + b"\n"
    key = _key(ephemeral.exchange(X25519PublicKey.from_public_bytes(ki.x25519)), epk, ki.x25519)
    return header + AESGCM(key).encrypt(NONCE, signature + zlib.compress(body, 6), header)


def read_header(data: bytes) -> dict:
    """The cleartext header: which device sent it and to which KI key. Refuses what is no bundle."""
    if not data.startswith(MAGIC):
        raise BundleRefused(Refusal.NOT_A_BUNDLE)
    first_end = data.find(b"\n")
    if data[:first_end + 1] != FIRST_LINE:
        raise BundleRefused(Refusal.UNSUPPORTED_VERSION, data[len(MAGIC):first_end][:16].decode("ascii", "replace"))
    second_end = data.find(b"\n", first_end + 1, first_end + 1 + MAX_HEADER)
    if second_end < 0:
        raise BundleRefused(Refusal.TAMPERED, "header")
    try:
        header = json.loads(data[first_end + 1:second_end].decode("utf-8"))
        unb64(header["epk"], 32)
        if not (isinstance(header["device"], str) and isinstance(header["ki"], str)):
            raise TypeError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise BundleRefused(Refusal.TAMPERED, "header") from None
    header["_length"] = second_end + 1
    return header


def _parse(body: bytes, max_containers: int = MAX_CONTAINERS, max_values: int = MAX_VALUES,
           free_text: bool = False) -> dict:
    """The payload's JSON, with bounds no honest bundle comes near: nesting (a deep list ends the
    parser with RecursionError) and the size of numbers (10**400 would break every report). A
    handover (sync/handover.py) passes its own, larger bounds and ``free_text``: its notes may hold
    long digit runs after a colon, so its numbers are checked one by one as they are parsed."""
    def bounded_int(text: str) -> int:
        if len(text) > MAX_DIGITS:
            raise ValueError("number too large")
        return int(text)

    def no_constant(name: str):
        raise ValueError(f"{name} is no count")

    # Counted on the bytes before parsing (brackets inside strings count too: stricter, never laxer).
    if body.count(b"{") + body.count(b"[") > max_containers or body.count(b",") > max_values:
        raise BundleRefused(Refusal.TAMPERED, "payload too large")
    # A number longer than MAX_DIGITS is refused here, so the parser reads integers at C speed (a hook
    # per number cost a KI import of 1 000 bundles a tenth of its time).
    if not free_text and has_long_number(body):
        raise BundleRefused(Refusal.TAMPERED, "payload")
    try:
        return json.loads(body.decode("utf-8"), parse_int=bounded_int if free_text else None,
                          parse_constant=no_constant, parse_float=lambda text: no_constant(text))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BundleRefused(Refusal.TAMPERED, "payload") from None


def open_sealed(data: bytes, ki_private: bytes, ki: KiPublicKey, device_key_for) -> dict:
    """Decrypt and verify; returns the payload (see open_sealed_text)."""
    return open_sealed_text(data, ki_private, ki, device_key_for)[0]


def open_sealed_text(data: bytes, ki_private: bytes, ki: KiPublicKey, device_key_for) -> tuple[dict, str]:
    """Decrypt and verify; returns the payload and the JSON text it was read from, as the device
    signed it (the KI keeps that text rather than writing it out again). ``device_key_for(device_id)`` gives the enrolled
    device's public signing key, or raises BundleRefused (unknown or revoked device).

    Nothing costly before it is known who sent it (after age): the sender must be enrolled before
    anything is decrypted, and the signature over the (size-capped) decompressed bytes must hold
    before anything is parsed."""
    if len(data) > MAX_BUNDLE:
        raise BundleRefused(Refusal.TAMPERED, "too large")
    header = read_header(data)
    if header["ki"] != ki.fingerprint:
        raise BundleRefused(Refusal.WRONG_KEY)
    public = device_key_for(header["device"])
    epk = unb64(header["epk"], 32)
    aad, ciphertext = data[:header["_length"]], data[header["_length"]:]
    private = X25519PrivateKey.from_private_bytes(ki_private)
    try:
        key = _key(private.exchange(X25519PublicKey.from_public_bytes(epk)), epk, ki.x25519)
        plain = AESGCM(key).decrypt(NONCE, ciphertext, aad)
    except (InvalidTag, ValueError):
        raise BundleRefused(Refusal.TAMPERED) from None
    signature, compressed = plain[:64], plain[64:]
    body = inflate(compressed, MAX_PAYLOAD)
    if body is None:
        raise BundleRefused(Refusal.TAMPERED, "payload too large or cut off")
    if not verify(public, signature, SIGNATURE_DOMAIN, body):
        raise BundleRefused(Refusal.BAD_SIGNATURE)
    payload = _parse(body)
    if not isinstance(payload, dict):
        raise BundleRefused(Refusal.TAMPERED, "payload")
    if payload.get("device") != header["device"]:
        raise BundleRefused(Refusal.BAD_SIGNATURE, "device in payload differs from header")
    return payload, body.decode("utf-8")


def file_name(device_id: str, sequence: int) -> str:
    return f"{device_id}-{sequence:08d}{SUFFIX}"

