"""Handing persons over to a colleague (docs/handover.md): the handover key file, the handover file
(encrypted to the recipient's X25519 handover key, signed by the sender's device key, in the style
of the sync bundle and with its primitives) and the receipt (signed by the recipient).

    fallakte-uebergabe/1\\n
    {"epk","from","from_x25519","id","to"}\\n
    <AES-256-GCM ciphertext of: Ed25519 signature ‖ zlib(payload)>

Nothing is parsed before it is known who sent it: the header names the sender's keys, the caller
decides whether that sender is known (``trusted``) before anything is decrypted, and the signature
over the decompressed bytes must hold before the JSON is parsed. The payload's shape is checked here
(types, lengths, forms); the catalogues are checked where they are known (app/casemanager/handover.py).
"""

from __future__ import annotations

import enum
import json
import re
import secrets
import zlib
from datetime import date
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from sync import bundle
from sync.keys import b64, canonical, device_id_for, fingerprint, raw_public, sign, signing_public, unb64, verify

VERSION = 1
MAGIC = b"fallakte-uebergabe/"
FIRST_LINE = MAGIC + b"1\n"
INFO = b"fallakte-uebergabe/1"
SIGNATURE_DOMAIN = b"fallakte-uebergabe-inhalt/1\n"
PAYLOAD_FORMAT = "fallakte-uebergabe-inhalt"
KEY_FORMAT = "fallakte-handover-key"
KEY_DOMAIN = b"fallakte-handover-key/1\n"
RECEIPT_MAGIC = b"fallakte-quittung/"
RECEIPT_FIRST_LINE = RECEIPT_MAGIC + b"1\n"
RECEIPT_DOMAIN = b"fallakte-quittung/1\n"
RECEIPT_FORMAT = "fallakte-quittung"

SUFFIX = ".fallakte-uebergabe"
RECEIPT_SUFFIX = ".fallakte-quittung"
KEY_SUFFIX = ".fallakte-schluessel"

MAX_HEADER = 512
# A caseload of 1 500 persons with three years of history is about 45 MB of JSON, 6 MB sealed; the
# persons' documents (scans, PDFs, photos, up to 20 MB each) come on top, in base64, barely compressed.
# A larger handover is written as several (the writer says so).
# Reading one takes about twelve times its size in memory at its peak (a 104 MB file: 1.9 GiB).
MAX_FILE = 128 * 1024 * 1024         # as stored
MAX_PAYLOAD = 192 * 1024 * 1024      # decompressed
MAX_DOCUMENT = (20 * 1024 * 1024 + 2) // 3 * 4   # one document in base64 (app/casemanager/attachments.MAX_BYTES)
# JSON packs about 7.5 to 1, documents in base64 barely: what unpacks far beyond that is a bomb, refused
# after at most this much work (a file of 70 KiB stops at 64 MiB, as before documents travelled).
MAX_RATIO, ALWAYS_ALLOWED = 20, 64 * 1024 * 1024


def unpacked_limit(packed: int) -> int:
    return min(MAX_PAYLOAD, max(ALWAYS_ALLOWED, MAX_RATIO * packed))
MAX_CONTAINERS = 1_000_000
MAX_VALUES = 5_000_000
MAX_RECEIPT = 1024 * 1024
MAX_KEY_FILE = 64 * 1024
MAX_PERSONS = 5_000
ID = re.compile(r"[0-9a-f]{32}")


class Problem(enum.Enum):
    """Why a file is not taken; app/core/messages.py words each."""
    NOT_A_HANDOVER = "not_a_handover"
    UNSUPPORTED_VERSION = "unsupported_version"
    WRONG_KEY = "wrong_key"                 # encrypted to another handover key
    UNKNOWN_SENDER = "unknown_sender"       # params: fingerprint
    TAMPERED = "tampered"
    BAD_SIGNATURE = "bad_signature"
    MALFORMED = "malformed"                 # genuine, but not of the documented shape; detail: where
    NOT_A_KEY = "not_a_key"
    KEY_DAMAGED = "key_damaged"
    KEY_NOT_GENUINE = "key_not_genuine"
    NOT_A_RECEIPT = "not_a_receipt"
    RECEIPT_DAMAGED = "receipt_damaged"
    RECEIPT_UNKNOWN = "receipt_unknown"     # names no handover of this case file
    RECEIPT_NOT_GENUINE = "receipt_not_genuine"
    RECEIPT_FOREIGN = "receipt_foreign"     # names persons that were not handed over with it
    RECEIPT_INCOMPLETE = "receipt_incomplete"   # params: named, sent (not exactly the persons handed over)
    UNKNOWN_CODE = "unknown_code"           # params: code, what (a catalogue this case file lacks it in)
    UNCONFIRMED_RECIPIENT = "unconfirmed_recipient"   # params: name, fingerprint
    OWN_KEY = "own_key"                     # a handover to this very case file


class HandoverRefused(Exception):
    def __init__(self, problem: Problem, detail: str = "", **params) -> None:
        self.problem, self.detail, self.params = problem, detail, params
        super().__init__(problem.value + (f" ({detail})" if detail else ""))


def new_id() -> str:
    return secrets.token_hex(16)


def key_fingerprint(ed25519: bytes, x25519: bytes) -> str:
    """Covers both public keys (not the name): read out by phone, it confirms the colleague."""
    return fingerprint(canonical({"ed25519": b64(ed25519), "x25519": b64(x25519)}))


def generate_key() -> tuple[bytes, bytes]:
    """(private, public) raw X25519 keys for receiving handovers."""
    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), raw_public(private)


# -- the key file -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class HandoverKey:
    """A colleague's public keys: the device signing key (Ed25519) and the handover key (X25519)."""
    device_id: str
    name: str
    ed25519: bytes
    x25519: bytes

    @property
    def fingerprint(self) -> str:
        return key_fingerprint(self.ed25519, self.x25519)

    def _body(self) -> dict:
        return {"format": KEY_FORMAT, "version": VERSION, "device": self.device_id, "name": self.name,
                "ed25519": b64(self.ed25519), "x25519": b64(self.x25519)}

    def to_bytes(self, signing_key: bytes) -> bytes:
        """Signed with the device key it names: proof that the writer holds it."""
        body = self._body()
        return canonical(dict(body, signature=b64(sign(signing_key, KEY_DOMAIN, canonical(body))))) + b"\n"

    @classmethod
    def own(cls, device_id: str, name: str, signing_key: bytes, x25519: bytes) -> HandoverKey:
        return cls(device_id, name, signing_public(signing_key), x25519)

    @classmethod
    def from_bytes(cls, raw: bytes) -> HandoverKey:
        if len(raw) > MAX_KEY_FILE:
            raise HandoverRefused(Problem.NOT_A_KEY)
        try:
            doc = json.loads(raw.decode("utf-8"))
            if not isinstance(doc, dict) or doc.get("format") != KEY_FORMAT:
                raise HandoverRefused(Problem.NOT_A_KEY)
            if doc.get("version") != VERSION:
                raise HandoverRefused(Problem.NOT_A_KEY, "version")
            signature = unb64(doc.pop("signature"), 64)
            if set(doc) != {"format", "version", "device", "name", "ed25519", "x25519"} \
                    or not isinstance(doc["device"], str) or not isinstance(doc["name"], str) or len(doc["name"]) > 200:
                raise TypeError
            key = cls(doc["device"], doc["name"], unb64(doc["ed25519"], 32), unb64(doc["x25519"], 32))
        except HandoverRefused:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError, RecursionError):
            raise HandoverRefused(Problem.KEY_DAMAGED) from None
        if key.device_id != device_id_for(key.ed25519) or not verify(key.ed25519, signature, KEY_DOMAIN,
                                                                      canonical(key._body())):
            raise HandoverRefused(Problem.KEY_NOT_GENUINE)
        return key


# -- the handover file ----------------------------------------------------------------------------------
def seal(payload: dict, *, handover_id: str, signing_key: bytes, sender_x25519: bytes, recipient: HandoverKey) -> bytes:
    """The payload encrypted to ``recipient`` and signed by the sender's device key."""
    ephemeral = X25519PrivateKey.generate()
    epk = raw_public(ephemeral)
    header = FIRST_LINE + canonical({"epk": b64(epk), "from": b64(signing_public(signing_key)),
                                     "from_x25519": b64(sender_x25519), "id": handover_id,
                                     "to": recipient.fingerprint}) + b"\n"
    body = canonical(payload)
    signature = sign(signing_key, SIGNATURE_DOMAIN, header + body)
    key = bundle._key(ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.x25519)), epk, recipient.x25519, INFO)
    return header + AESGCM(key).encrypt(bundle.NONCE, signature + zlib.compress(body, 6), header)


@dataclass(frozen=True)
class Header:
    handover_id: str
    sender_ed25519: bytes
    sender_x25519: bytes
    epk: bytes
    to: str
    length: int

    @property
    def sender_fingerprint(self) -> str:
        return key_fingerprint(self.sender_ed25519, self.sender_x25519)


def read_header(data: bytes) -> Header:
    """The cleartext header: who sent it, to which key. Refuses what is no handover."""
    if not data.startswith(MAGIC):
        raise HandoverRefused(Problem.NOT_A_HANDOVER)
    first_end = data.find(b"\n", 0, 64)
    if first_end < 0 or data[:first_end + 1] != FIRST_LINE:
        raise HandoverRefused(Problem.UNSUPPORTED_VERSION, data[len(MAGIC):max(first_end, len(MAGIC))][:16]
                              .decode("ascii", "replace"))
    second_end = data.find(b"\n", first_end + 1, first_end + 1 + MAX_HEADER)
    if second_end < 0:
        raise HandoverRefused(Problem.TAMPERED, "header")
    try:
        doc = json.loads(data[first_end + 1:second_end].decode("utf-8"))
        if set(doc) != {"epk", "from", "from_x25519", "id", "to"} or not ID.fullmatch(doc["id"]) \
                or not isinstance(doc["to"], str):
            raise TypeError
        return Header(doc["id"], unb64(doc["from"], 32), unb64(doc["from_x25519"], 32), unb64(doc["epk"], 32),
                      doc["to"], second_end + 1)
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise HandoverRefused(Problem.TAMPERED, "header") from None


def open_sealed(data: bytes, *, private_x25519: bytes, own_fingerprint: str,
                trusted: Callable[[str], bool]) -> tuple[Header, dict]:
    """Decrypt and verify; returns the header and the checked payload. ``trusted(fingerprint)``
    says whether the sender's keys are a confirmed colleague's: asked before anything is decrypted."""
    if len(data) > MAX_FILE:
        raise HandoverRefused(Problem.TAMPERED, "too large")
    header = read_header(data)
    if header.to != own_fingerprint:
        raise HandoverRefused(Problem.WRONG_KEY)
    if not trusted(header.sender_fingerprint):
        raise HandoverRefused(Problem.UNKNOWN_SENDER, fingerprint=header.sender_fingerprint)
    aad, ciphertext = data[:header.length], data[header.length:]
    private = X25519PrivateKey.from_private_bytes(private_x25519)
    own_public = raw_public(private)
    try:
        key = bundle._key(private.exchange(X25519PublicKey.from_public_bytes(header.epk)), header.epk, own_public, INFO)
        plain = AESGCM(key).decrypt(bundle.NONCE, ciphertext, aad)
    except (InvalidTag, ValueError):
        raise HandoverRefused(Problem.TAMPERED) from None
    signature, compressed = plain[:64], plain[64:]
    body = bundle.inflate(compressed, unpacked_limit(len(compressed)))
    if body is None:
        raise HandoverRefused(Problem.TAMPERED, "payload too large or cut off")
    if not verify(header.sender_ed25519, signature, SIGNATURE_DOMAIN, aad + body):
        raise HandoverRefused(Problem.BAD_SIGNATURE)
    try:
        payload = bundle._parse(body, MAX_CONTAINERS, MAX_VALUES, free_text=True)
    except bundle.BundleRefused:
        raise HandoverRefused(Problem.MALFORMED, "json") from None
    if not isinstance(payload, dict):
        raise HandoverRefused(Problem.MALFORMED, "payload")
    if payload.get("id") != header.handover_id or payload.get("to") != header.to \
            or not isinstance(payload.get("sender"), dict) \
            or payload["sender"].get("fingerprint") != header.sender_fingerprint \
            or payload["sender"].get("device") != device_id_for(header.sender_ed25519):
        raise HandoverRefused(Problem.BAD_SIGNATURE, "payload differs from header")
    check(payload)
    return header, payload


# -- the payload's shape --------------------------------------------------------------------------------
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
BIRTH = re.compile(r"\d{4}(-\d{2}-\d{2})?")
PERIOD = re.compile(r"\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?")   # a month, a quarter or a year (release.Period)
STAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ][0-9:.+\-Z]{0,30}")
CODE = re.compile(r"[a-z0-9_]{1,60}")


class _Bad(Exception):
    pass


# Control characters (an escape sequence reaches a terminal), direction overrides (a name that reads
# backwards) and lone surrogates (they cannot be stored): never in a line; a note keeps tab and newline.
_NOT_IN_LINE = re.compile("[\x00-\x1f\x7f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NOT_IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _text(limit: int, lines: bool = False):
    unsafe = _NOT_IN_TEXT if lines else _NOT_IN_LINE

    def check(value) -> None:
        if not isinstance(value, str) or len(value) > limit or unsafe.search(value):
            raise _Bad
    return check


def _day(value) -> None:
    """A day that exists (2026-02-30 does not)."""
    if not isinstance(value, str) or not DATE.fullmatch(value):
        raise _Bad
    try:
        date.fromisoformat(value)
    except ValueError:
        raise _Bad from None


def _match(pattern: re.Pattern):
    def check(value) -> None:
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise _Bad
    return check


def _int(low: int, high: int):
    def check(value) -> None:
        if type(value) is not int or not low <= value <= high:
            raise _Bad
    return check


def _optional(inner):
    def check(value) -> None:
        if value is not None:
            inner(value)
    return check


def _list(inner, limit: int):
    def check(value) -> None:
        if not isinstance(value, list) or len(value) > limit:
            raise _Bad
        for item in value:
            inner(item)
    return check


def _object(spec: dict, optional: frozenset = frozenset()):
    """Exactly these keys (those in ``optional`` may be absent), each checked."""
    def check(value) -> None:
        if not isinstance(value, dict) or not set(spec) - optional <= set(value) <= set(spec):
            raise _Bad
        for key, inner in spec.items():
            if key in value:
                try:
                    inner(value[key])
                except _Bad as exc:
                    raise _Bad(f"{key}" + (f".{exc}" if str(exc) else "")) from None
    return check


def _bool(value) -> None:
    if type(value) is not bool:
        raise _Bad


NAME, NOTE, SHORT = _text(200), _text(20_000, lines=True), _text(500)
# Case numbers become file names (the Art. 15 export) and counters: letters, digits, '.', '_', '-'.
CASE_NUMBER = _match(re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}"))
CODE_ = _match(CODE)
DAY, OPT_DAY = _day, _optional(_day)
AUDIT = _object({"at": _match(STAMP), "actor": _text(100), "action": _text(60), "entity": _text(60)})
CASE = _object({
    "opened_on": DAY, "closed_on": OPT_DAY, "intensity": CODE_, "closure_reason": _optional(CODE_),
    "phases": _list(_object({"phase": CODE_, "since": DAY}), 1_000),
    "intensities": _list(_object({"intensity": CODE_, "since": DAY}), 1_000),
    "goals": _list(_object({"text": NOTE, "life_area": CODE_, "target_date": OPT_DAY, "status": CODE_,
                            "responsible": SHORT}), 10_000),
    "contacts": _list(_object({
        "date": DAY, "minutes": _int(1, 24 * 60), "channel": CODE_, "interpreter_language": NAME,
        "interpreter_minutes": _int(0, 24 * 60), "interpreter_cost_cents": _int(0, 10**9), "notes": NOTE,
        "topics": _list(CODE_, 100)}), 100_000),
    "referrals": _list(_object({
        "partner": CODE_, "date": DAY, "discloses_data": _bool, "status": CODE_, "outcome": _optional(CODE_),
        "follow_up_on": OPT_DAY, "note": NOTE}), 10_000),
})
APPOINTMENT = _object({
    "day": DAY, "start": _match(re.compile(r"([01]\d|2[0-3]):[0-5]\d")), "minutes": _int(1, 24 * 60), "place": SHORT,
    "with_whom": SHORT, "channel": CODE_, "topic": _optional(CODE_), "note": NOTE, "interpreter_language": _text(60),
    "interpreter_provider": SHORT, "interpreter_booked": _bool, "interpreter_minutes": _int(0, 24 * 60),
    "interpreter_cost_cents": _int(0, 10**9), "state": CODE_, "reason": _optional(CODE_)})
PERSON = _object({
    "uid": _match(ID), "case_number": CASE_NUMBER, "previous_case_numbers": _list(CASE_NUMBER, 100),
    "record_key": _int(0, 2**32 - 1), "created_at": _match(DATE),
    "family_name": NAME, "given_names": NAME, "birth_date": _optional(_match(BIRTH)), "gender": CODE_,
    "nationality": NAME, "languages": NAME, "municipality": CODE_, "address": SHORT, "phone": NAME, "email": NAME,
    "accompanied_by": SHORT, "in_germany_since": OPT_DAY, "note": NOTE,
    "residence_status": _list(_object({"status": CODE_, "since": DAY, "applied_on": OPT_DAY, "decided_on": OPT_DAY,
                                       "note": NOTE, "valid_until": OPT_DAY, "applied_for": _optional(CODE_)}), 1_000),
    "pathway_checks": _list(_object({"pathway": CODE_, "condition": CODE_, "proven_on": OPT_DAY, "due_on": OPT_DAY}),
                            1_000),
    "first_contacts": _list(_object({"date": DAY, "minutes": _int(1, 24 * 60), "channel": CODE_,
                                     "topics": _list(CODE_, 100), "consent_requested": _bool}), 1_000),
    "appointments": _list(APPOINTMENT, 10_000),
    "consents": _list(_object({"purpose": _match(re.compile("fallarbeit|weitergabe|uebergabe")),
                               "partner": _optional(CODE_), "given_on": DAY, "withdrawn_on": OPT_DAY,
                               "given_how": _optional(CODE_), "language": NAME, "interpreted": _bool,
                               "informed": _optional(_bool)}), 1_000),
    "attachments": _list(_object({"title": SHORT, "file_name": _text(255), "added_on": DAY,
                                  "contact_id": _optional(_int(0, 10**6)), "consent_id": _optional(_int(0, 10**5)),
                                  "sha256": _match(re.compile(r"[0-9a-f]{64}")),
                                  "content": _match(re.compile(r"[A-Za-z0-9+/]{0,%d}={0,2}" % MAX_DOCUMENT))}),
                         10_000),
    "cases": _list(CASE, 1_000),
    "audit": _list(AUDIT, 200_000), "history": _list(AUDIT, 200_000),
    "counted_elsewhere": _object({"final_years": _list(_int(2000, 2200), 200),
                                  "frozen": _list(_match(PERIOD), 5_000)}),
    "household": _optional(_object({"id": _match(ID), "role": CODE_})),
})
PAYLOAD = _object({
    "format": _text(40), "version": _int(0, 10**6), "id": _match(ID), "to": _text(60), "created_at": _match(STAMP),
    "app_version": _text(40),
    "sender": _object({"device": _text(40), "name": NAME, "fingerprint": _text(60)}),
    "basis": _object({"kind": _match(re.compile("einwilligung|rechtsgrundlage")), "text": SHORT}, frozenset({"text"})),
    "counting": _object({"released": _list(_match(PERIOD), 5_000), "revised": _list(_int(2000, 2200), 200)}),
    "persons": _list(PERSON, MAX_PERSONS),
})


def check(payload: dict) -> None:
    """HandoverRefused(MALFORMED, where) unless the payload has the documented shape."""
    if payload.get("format") != PAYLOAD_FORMAT or payload.get("version") != VERSION:
        raise HandoverRefused(Problem.UNSUPPORTED_VERSION, f"{str(payload.get('format'))[:40]} "
                                                           f"{str(payload.get('version'))[:12]}")
    try:
        PAYLOAD(payload)
    except _Bad as exc:
        raise HandoverRefused(Problem.MALFORMED, str(exc)[:120]) from None
    uids = [p["uid"] for p in payload["persons"]]
    if len(set(uids)) != len(uids):
        raise HandoverRefused(Problem.MALFORMED, "persons.uid")


# -- the receipt ------------------------------------------------------------------------------------------
def make_receipt(*, handover_id: str, signer_fingerprint: str, sender_fingerprint: str, uids: list[str],
                 received_at: str, signing_key: bytes) -> bytes:
    header = RECEIPT_FIRST_LINE + canonical({"handover": handover_id}) + b"\n"
    body = canonical({"format": RECEIPT_FORMAT, "version": VERSION, "handover": handover_id,
                      "from": signer_fingerprint, "to": sender_fingerprint, "persons": sorted(uids),
                      "received_at": received_at})
    return header + sign(signing_key, RECEIPT_DOMAIN, header + body) + body


def receipt_handover(data: bytes) -> str:
    """The handover a receipt names, from its header: nothing else is read before the signature holds."""
    if len(data) > MAX_RECEIPT:
        raise HandoverRefused(Problem.RECEIPT_DAMAGED, "too large")
    if not data.startswith(RECEIPT_MAGIC):
        raise HandoverRefused(Problem.NOT_A_RECEIPT)
    first_end = data.find(b"\n", 0, 64)
    if first_end < 0 or data[:first_end + 1] != RECEIPT_FIRST_LINE:
        raise HandoverRefused(Problem.UNSUPPORTED_VERSION, "receipt")
    second_end = data.find(b"\n", first_end + 1, first_end + 1 + 128)
    try:
        doc = json.loads(data[first_end + 1:second_end].decode("utf-8")) if second_end > 0 else None
        if not isinstance(doc, dict) or set(doc) != {"handover"} or not ID.fullmatch(doc["handover"]):
            raise TypeError
    except (ValueError, TypeError, UnicodeDecodeError):
        raise HandoverRefused(Problem.RECEIPT_DAMAGED, "header") from None
    return doc["handover"]


def open_receipt(data: bytes, *, signer_ed25519: bytes, signer_fingerprint: str, own_fingerprint: str) -> dict:
    """The receipt's body, once the signature of the expected signer holds and the body names the
    same handover, signer and sender. Which persons it may name is the caller's to check."""
    handover_id = receipt_handover(data)
    length = data.find(b"\n", data.find(b"\n") + 1) + 1
    header, signature, body = data[:length], data[length:length + 64], data[length + 64:]
    if len(signature) != 64 or not verify(signer_ed25519, signature, RECEIPT_DOMAIN, header + body):
        raise HandoverRefused(Problem.RECEIPT_NOT_GENUINE)
    try:
        doc = bundle._parse(body, 100, MAX_PERSONS + 20)
    except bundle.BundleRefused:
        raise HandoverRefused(Problem.RECEIPT_DAMAGED, "json") from None
    try:
        _object({"format": _text(40), "version": _int(0, 10**6), "handover": _match(ID), "from": _text(60),
                 "to": _text(60), "persons": _list(_match(ID), MAX_PERSONS), "received_at": _match(STAMP)})(doc)
    except _Bad as exc:
        raise HandoverRefused(Problem.RECEIPT_DAMAGED, str(exc)) from None
    if doc["format"] != RECEIPT_FORMAT or doc["version"] != VERSION:
        raise HandoverRefused(Problem.UNSUPPORTED_VERSION, "receipt")
    if doc["handover"] != handover_id or doc["from"] != signer_fingerprint or doc["to"] != own_fingerprint:
        raise HandoverRefused(Problem.RECEIPT_NOT_GENUINE, "body differs")
    return doc
