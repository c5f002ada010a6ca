"""Handover files, receipts and key files as a reader and a forger would write them (docs/handover.md):
built by hand from the documented format with the cryptography library, not with the app's own
sealing helpers. Each is refused with its reason, quickly, and nothing changes."""

from __future__ import annotations

import json
import time
import zlib

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.casemanager import handover
from app.core.identity import device_identity
from app.core.messages import describe
from app.core.validation import ValidationError
from sync import handover as fmt
from sync.handover import HandoverRefused, Problem
from tests.conftest import TODAY
from tests.handover_helpers import fill, make_casefile, opened

FIRST = b"fallakte-uebergabe/1\n"


def canon(obj) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def b64(data: bytes) -> str:
    import base64
    return base64.b64encode(data).decode()


def raw(key) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(ed: bytes, x: bytes) -> str:
    import hashlib
    digest = hashlib.sha256(canon({"ed25519": b64(ed), "x25519": b64(x)})).hexdigest()[:32].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 32, 4))


class Party:
    """Someone's keys, as raw bytes: a colleague's taken from their case file, or a stranger's made up."""

    def __init__(self, signing: bytes, x_private: bytes) -> None:
        self.signing, self.x_private = signing, x_private
        self.ed = raw(Ed25519PrivateKey.from_private_bytes(signing))
        self.x = raw(X25519PrivateKey.from_private_bytes(x_private))
        self.fp = fingerprint(self.ed, self.x)

    @classmethod
    def of(cls, cw) -> Party:
        private, _ = handover._handover_key(cw)
        return cls(device_identity(cw.conn)[1], private)

    @classmethod
    def stranger(cls) -> Party:
        return cls(Ed25519PrivateKey.generate().private_bytes_raw(), X25519PrivateKey.generate().private_bytes_raw())

    def sign(self, message: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.signing).sign(message)


def seal(sender: Party, recipient_x: bytes, to: str, body: bytes, hid: str = "ab" * 16, first: bytes = FIRST,
         signer: Party | None = None, header_extra: dict | None = None, compressed: bytes | None = None) -> bytes:
    """A handover file after docs/handover.md: header, then AES-256-GCM of signature ‖ zlib(body)."""
    ephemeral = X25519PrivateKey.generate()
    epk = raw(ephemeral)
    header = first + canon(dict({"epk": b64(epk), "from": b64(sender.ed), "from_x25519": b64(sender.x), "id": hid,
                                 "to": to}, **(header_extra or {}))) + b"\n"
    signature = (signer or sender).sign(b"fallakte-uebergabe-inhalt/1\n" + header + body)
    key = HKDF(hashes.SHA256(), 32, salt=epk + recipient_x, info=b"fallakte-uebergabe/1").derive(
        ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_x)))
    return header + AESGCM(key).encrypt(bytes(12), signature + (compressed or zlib.compress(body)), header)


def person(uid: str = "cd" * 16, **changes) -> dict:
    """One person, written from the table of fields in docs/handover.md."""
    return dict({
        "uid": uid, "case_number": "F-2026-00077", "previous_case_numbers": [], "record_key": 123456789,
        "created_at": "2026-01-05", "family_name": "Handgemacht", "given_names": "Hanna", "birth_date": "1990",
        "gender": "w", "nationality": "", "languages": "", "municipality": "olfen", "address": "", "phone": "",
        "email": "", "accompanied_by": "", "in_germany_since": None, "note": "",
        "residence_status": [{"status": "duldung", "since": "2025-01-01", "applied_on": None, "decided_on": None,
                              "note": "", "valid_until": "2026-07-01", "applied_for": None}],
        "pathway_checks": [{"pathway": "ae_25b", "condition": "identitaet", "proven_on": None, "due_on": "2026-12-01"}],
        "first_contacts": [{"date": "2025-12-20", "minutes": 20, "channel": "persoenlich", "topics": ["aufenthalt"],
                            "consent_requested": True}],
        "appointments": [{"day": "2026-12-03", "start": "10:00", "minutes": 60, "place": "Rathaus",
                          "with_whom": "Ausländerbehörde", "channel": "persoenlich", "topic": None, "note": "",
                          "interpreter_language": "", "interpreter_provider": "", "interpreter_booked": False,
                          "interpreter_minutes": 0, "interpreter_cost_cents": 0, "state": "geplant", "reason": None}],
        "consents": [{"purpose": "fallarbeit", "partner": None, "given_on": "2026-01-05", "withdrawn_on": None,
                      "given_how": "schriftlich", "language": "Deutsch", "interpreted": False, "informed": True}],
        "attachments": [],
        "cases": [{"opened_on": "2026-01-05", "closed_on": None, "intensity": "kurz", "closure_reason": None,
                   "phases": [{"phase": "zugang", "since": "2026-01-05"}],
                   "intensities": [{"intensity": "kurz", "since": "2026-01-05"}], "goals": [],
                   "contacts": [{"date": "2026-01-06", "minutes": 30, "channel": "persoenlich",
                                 "interpreter_language": "", "interpreter_minutes": 0, "interpreter_cost_cents": 0,
                                 "notes": "von Hand", "topics": ["arbeit"]}],
                   "referrals": []}],
        "audit": [], "history": [], "counted_elsewhere": {"final_years": [], "frozen": []}, "household": None,
    }, **changes)


def payload(sender: Party, to: str, hid: str = "ab" * 16, persons=None, **changes) -> dict:
    return dict({"format": "fallakte-uebergabe-inhalt", "version": 1, "id": hid, "to": to,
                 "created_at": "2026-11-24T10:00:00+00:00", "app_version": "von Hand",
                 "sender": {"device": __import__("hashlib").sha256(sender.ed).hexdigest()[:16], "name": "Anna",
                            "fingerprint": sender.fp},
                 "basis": {"kind": "einwilligung"}, "counting": {"released": [], "revised": []},
                 "persons": [person()] if persons is None else persons}, **changes)


@pytest.fixture
def world(tmp_path, empty_casefile):
    """Anna (sender, with two persons) and Bea (recipient, who knows Anna); their keys as raw bytes."""
    template, _ = empty_casefile
    a, b = make_casefile(template, tmp_path / "a"), make_casefile(template, tmp_path / "b")
    with opened(a, lambda: TODAY) as anna, opened(b, lambda: TODAY) as bea:
        fill(anna)
        fill(anna, "Аль-Хасан", "Мухаммад")
        handover.key_file(anna, "Anna")
        handover.key_file(bea, "Bea")
        A, B = Party.of(anna), Party.of(bea)
        written = handover.write_handover(anna, handover.all_person_ids(anna), handover.own_key(bea),
                                          tmp_path / "x", B.fp)
        handover.receive(bea, written.path.read_bytes(), A.fp)   # Bea knows Anna from now on
        yield anna, bea, A, B, written


def _state(cw) -> tuple:
    return tuple(cw.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("person", "contact", "handover_in", "handover_out_person", "audit_log", "colleague"))


def _refused(cw, data: bytes, problem: Problem, fp: str | None = None, seconds: float = 2.0) -> HandoverRefused:
    before = _state(cw)
    start = time.perf_counter()
    with pytest.raises(HandoverRefused) as caught:
        handover.receive(cw, data, fp)
    assert caught.value.problem is problem, caught.value
    assert time.perf_counter() - start < seconds
    assert _state(cw) == before
    assert describe(caught.value).endswith("Es wurde nichts verändert.")
    return caught.value


def test_a_file_written_from_the_documentation_is_received(world):
    _, bea, A, B, _ = world
    hid = "12" * 16
    handover.receive(bea, seal(A, B.x, B.fp, canon(payload(A, B.fp, hid)), hid))
    pid = bea.person_id_for("F-2026-00077")
    assert bea.person(pid).family_name == "Handgemacht" and bea.search("von Hand")


def test_a_reader_of_the_file_learns_no_personal_data(world):
    _anna, _, _, _, written = world
    data = written.path.read_bytes()
    for text in ("Özdemir", "Ayşe", "Аль-Хасан", "coesfeld", "F-2026-00001", "Sprachkurs", "1995", "Marktstr"):
        assert text.encode("utf-8") not in data, text
    header = json.loads(data.split(b"\n")[1])
    assert set(header) == {"epk", "from", "from_x25519", "id", "to"}
    assert written.path.stat().st_mode & 0o077 == 0   # the user's alone, even encrypted


@pytest.mark.parametrize("first", [b"fallakte-uebergabe/0\n", b"fallakte-uebergabe/2\n", b"fallakte-uebergabe/1 \n"])
def test_another_version_is_refused_before_anything_is_decrypted(world, first):
    _, bea, A, B, _ = world
    _refused(bea, seal(A, B.x, B.fp, canon(payload(A, B.fp)), first=first), Problem.UNSUPPORTED_VERSION)


def test_a_payload_of_another_version_is_refused_even_genuinely_signed(world):
    _, bea, A, B, _ = world
    _refused(bea, seal(A, B.x, B.fp, canon(payload(A, B.fp, version=2))), Problem.UNSUPPORTED_VERSION)


def test_a_stranger_claiming_to_be_a_colleague_is_refused_unread(world):
    _, bea, A, B, _ = world
    mallory = Party.stranger()
    forged = seal(mallory, B.x, B.fp, canon(payload(mallory, B.fp)))
    refusal = _refused(bea, forged, Problem.UNKNOWN_SENDER)
    assert refusal.params["fingerprint"] == mallory.fp and mallory.fp in describe(refusal)
    # With the colleague's public keys in the header, but signed with the stranger's key.
    _refused(bea, seal(A, B.x, B.fp, canon(payload(A, B.fp)), signer=mallory), Problem.BAD_SIGNATURE)


def test_a_genuine_file_re_wrapped_for_another_recipient_is_refused(world, tmp_path, empty_casefile):
    _anna, _bea, A, B, written = world
    c = make_casefile(empty_casefile[0], tmp_path / "c")
    with opened(c, lambda: TODAY) as carla:
        C = Party.of(carla)
        # Bea decrypts Anna's file with her own key and re-encrypts Anna's signed plaintext for Carla.
        data = written.path.read_bytes()
        head_end = data.index(b"\n", data.index(b"\n") + 1) + 1
        header = json.loads(data[len(FIRST):head_end])
        epk = __import__("base64").b64decode(header["epk"])
        key = HKDF(hashes.SHA256(), 32, salt=epk + B.x, info=b"fallakte-uebergabe/1").derive(
            X25519PrivateKey.from_private_bytes(B.x_private).exchange(X25519PublicKey.from_public_bytes(epk)))
        plain = AESGCM(key).decrypt(bytes(12), data[head_end:], data[:head_end])
        ephemeral = X25519PrivateKey.generate()
        new_header = FIRST + canon(dict(header, epk=b64(raw(ephemeral)), to=C.fp)) + b"\n"
        key = HKDF(hashes.SHA256(), 32, salt=raw(ephemeral) + C.x, info=b"fallakte-uebergabe/1").derive(
            ephemeral.exchange(X25519PublicKey.from_public_bytes(C.x)))
        rewrapped = new_header + AESGCM(key).encrypt(bytes(12), plain, new_header)
        _refused(carla, rewrapped, Problem.BAD_SIGNATURE, fp=A.fp)
        # And the original, as it is, was never Carla's to read.
        _refused(carla, data, Problem.WRONG_KEY, fp=A.fp)


def test_a_payload_that_differs_from_its_header_is_refused(world):
    _, bea, A, B, _ = world
    _refused(bea, seal(A, B.x, B.fp, canon(payload(A, B.fp, hid="cd" * 16))), Problem.BAD_SIGNATURE)
    _refused(bea, seal(A, B.x, B.fp, canon(payload(A, "AAAA-BBBB"))), Problem.BAD_SIGNATURE)


def test_files_made_to_exhaust_memory_or_time_are_refused_quickly(world, tmp_path):
    _, bea, A, B, _ = world
    deep = b"[" * 200_000 + b"]" * 200_000
    _refused(bea, seal(A, B.x, B.fp, deep), Problem.MALFORMED)
    many = b"[" + b"[]," * 1_100_000 + b"[]]"
    _refused(bea, seal(A, B.x, B.fp, many), Problem.MALFORMED)
    bomb = zlib.compress(b" " * (fmt.MAX_PAYLOAD + 1024 * 1024), 9)   # more than the cap in spaces, a few hundred KiB
    _refused(bea, seal(A, B.x, B.fp, b"{}", compressed=bomb), Problem.TAMPERED, seconds=5)
    huge = FIRST + b"x" * (fmt.MAX_FILE + 1024 * 1024)
    _refused(bea, huge, Problem.TAMPERED)
    big = tmp_path / "gross.fallakte-uebergabe"
    big.write_bytes(huge)
    assert len(handover.read_handover_file(big)) == fmt.MAX_FILE + 1   # read no further than the cap


@pytest.mark.parametrize("change, where", [
    ({"cases": [dict(person()["cases"][0], contacts=[dict(person()["cases"][0]["contacts"][0], minutes="30")])]},
     "contacts"),
    ({"spy": "extra"}, "persons"),
    ({"record_key": 2 ** 33}, "record_key"),
    ({"birth_date": "01.01.1990"}, "birth_date"),
    ({"cases": [person()["cases"][0], person()["cases"][0]]}, "more than one open"),
    ({"family_name": "x" * 300}, "family_name"),
    ({"appointments": [dict(person()["appointments"][0], start="25:00")]}, "appointments"),
    ({"case_number": "../../x"}, "case_number"),               # becomes a file name in the Art. 15 export
    ({"family_name": "Anna\x1b[2J\x1b[31mKollegin A"}, "family_name"),   # an escape sequence for the terminal
    ({"given_names": "\u202eanirak"}, "given_names"),           # reads backwards
    ({"consents": [dict(person()["consents"][0], given_on="2026-02-30")]}, "consents"),
    ({"appointments": [dict(person()["appointments"][0], state="vielleicht")]}, "appointments.state"),
])
def test_a_genuine_payload_of_the_wrong_shape_is_refused_by_name(world, change, where):
    _, bea, A, B, _ = world
    refusal = _refused(bea, seal(A, B.x, B.fp, canon(payload(A, B.fp, persons=[person(**change)]))),
                       Problem.MALFORMED)
    assert where in refusal.detail


def test_a_lone_surrogate_in_a_name_is_refused_in_words_not_with_a_traceback(world):
    _, bea, A, B, _ = world
    body = json.dumps(payload(A, B.fp, persons=[person(family_name="\ud800")]), sort_keys=True,
                      separators=(",", ":"), ensure_ascii=True).encode("ascii")
    refusal = _refused(bea, seal(A, B.x, B.fp, body), Problem.MALFORMED)
    assert "family_name" in refusal.detail


def test_a_code_this_case_file_does_not_know_is_named_and_nothing_is_imported(world):
    _, bea, A, B, _ = world
    refusal = _refused(bea, seal(A, B.x, B.fp, canon(payload(A, B.fp, persons=[person(), person(
        "ef" * 16, case_number="F-2026-00078", municipality="muenster")]))), Problem.UNKNOWN_CODE)
    assert "»muenster« als Wohnort" in describe(refusal)
    refusal = _refused(bea, seal(A, B.x, B.fp, canon(payload(A, B.fp, persons=[person(pathway_checks=[
        {"pathway": "ae_25b", "condition": "mondlandung", "proven_on": None, "due_on": None}])]))), Problem.UNKNOWN_CODE)
    assert "mondlandung" in describe(refusal)


def test_a_colleagues_file_under_anothers_handover_id_does_not_stand_in_for_it(world):
    """The id is readable in the header: Carl, whom Bea trusts, sends his file under the id of Anna's
    next one first. Anna's genuine file must still be taken (found by a fresh-eyes attack)."""
    _, bea, A, B, _ = world
    C = Party.stranger()
    carl = payload(C, B.fp, hid="cd" * 16, persons=[person("0c" * 16, case_number="F-2026-00090")])
    carl["sender"] = dict(carl["sender"], name="Carl", fingerprint=C.fp)
    handover.receive(bea, seal(C, B.x, B.fp, canon(carl), hid="cd" * 16), C.fp)
    annas = handover.receive(bea, seal(A, B.x, B.fp, canon(payload(A, B.fp, hid="cd" * 16)), hid="cd" * 16))
    assert [p.case_number for p in annas.arrival.persons] == ["F-2026-00077"]
    assert bea.conn.execute("SELECT count(*) FROM person WHERE uid = ?", ("cd" * 16,)).fetchone()[0] == 1


def test_a_person_planted_under_a_known_id_by_someone_else_stops_the_whole_file(world):
    """Person ids are readable in every receipt: Carl plants a record under the id of a person Anna will
    hand over. Bea's Fallakte must not confirm that person to Anna, who would then delete the real one."""
    _, bea, A, B, _ = world
    C = Party.stranger()
    planted = payload(C, B.fp, hid="ce" * 16, persons=[person(family_name="Falsch")])
    planted["sender"] = dict(planted["sender"], name="Carl", fingerprint=C.fp)
    handover.receive(bea, seal(C, B.x, B.fp, canon(planted), hid="ce" * 16), C.fp)
    before = _state(bea)
    with pytest.raises(ValidationError) as refused:
        handover.receive(bea, seal(A, B.x, B.fp, canon(payload(A, B.fp, hid="cf" * 16)), hid="cf" * 16))
    assert "nicht aus einer Übergabe von Anna" in str(refused.value)
    assert _state(bea) == before


@pytest.mark.parametrize("counting", [{"released": ["2027-01"], "revised": []}, {"released": ["2026-Q4"], "revised": []},
                                      {"released": [], "revised": [2026]}])
def test_counting_from_after_the_file_was_written_is_refused(world, counting):
    """Periods released later than the file was written would keep Bea from ever counting the persons."""
    _, bea, A, B, _ = world
    late = payload(A, B.fp, hid="d2" * 16, counting=counting)
    assert _refused(bea, seal(A, B.x, B.fp, canon(late), hid="d2" * 16), Problem.MALFORMED).detail == "counting"


def test_a_colleague_taking_anothers_name_is_told_apart_by_fingerprint(world):
    _, bea, A, B, _ = world
    C = Party.stranger()
    claimed = payload(C, B.fp, hid="d3" * 16, persons=[person("0d" * 16, case_number="F-2026-00091")])
    assert claimed["sender"]["name"] == "Anna"   # the name Bea knows for Anna
    arrived = handover.receive(bea, seal(C, B.x, B.fp, canon(claimed), hid="d3" * 16), C.fp).arrival
    assert arrived.sender == f"Anna ({C.fp[:9]})"
    assert {name for (name,) in bea.conn.execute("SELECT name FROM colleague")} == {"Anna", f"Anna ({C.fp[:9]})"}


def test_a_lost_file_that_turns_up_after_a_newer_one_is_refused_as_out_of_date(world):
    """Anna's first file got lost, she wrote a second; Bea took that, and the person may have moved on
    since. The first file turning up must not bring the old record back."""
    _, bea, A, B, _ = world
    newer = payload(A, B.fp, hid="d1" * 16, created_at="2026-11-24T11:00:00+00:00")
    handover.receive(bea, seal(A, B.x, B.fp, canon(newer), hid="d1" * 16))
    older = payload(A, B.fp, hid="d0" * 16, created_at="2026-11-24T10:00:00+00:00")
    before = _state(bea)
    with pytest.raises(ValidationError) as refused:
        handover.receive(bea, seal(A, B.x, B.fp, canon(older), hid="d0" * 16))
    assert "überholt" in str(refused.value) and "F-2026-00077" in str(refused.value)
    assert _state(bea) == before


# -- receipts ----------------------------------------------------------------------------------------------
def receipt(signer: Party, hid: str, sender_fp: str, uids: list[str], header_id: str | None = None,
            body_change: dict | None = None) -> bytes:
    header = b"fallakte-quittung/1\n" + canon({"handover": header_id or hid}) + b"\n"
    body = canon(dict({"format": "fallakte-quittung", "version": 1, "handover": hid, "from": signer.fp,
                       "to": sender_fp, "persons": sorted(uids), "received_at": "2026-11-24T11:00:00+00:00"},
                      **(body_change or {})))
    return header + signer.sign(b"fallakte-quittung/1\n" + header + body) + body


def _confirm_refused(cw, data: bytes, problem: Problem) -> None:
    before = _state(cw)
    with pytest.raises(HandoverRefused) as caught:
        handover.confirm(cw, data)
    assert caught.value.problem is problem, caught.value
    assert _state(cw) == before


def _uids(cw) -> list[str]:
    return sorted(r for (r,) in cw.conn.execute("SELECT uid FROM handover_out_person"))


def test_a_receipt_for_cases_never_received_or_from_someone_else_closes_nothing(world):
    anna, _bea, A, B, written = world
    uids, hid = _uids(anna), written.handover_id
    _confirm_refused(anna, receipt(B, "99" * 16, A.fp, uids), Problem.RECEIPT_UNKNOWN)
    _confirm_refused(anna, receipt(Party.stranger(), hid, A.fp, uids), Problem.RECEIPT_NOT_GENUINE)
    _confirm_refused(anna, receipt(A, hid, A.fp, uids), Problem.RECEIPT_NOT_GENUINE)       # Anna's own signature
    _confirm_refused(anna, receipt(B, hid, A.fp, uids + ["ee" * 16]), Problem.RECEIPT_FOREIGN)
    _confirm_refused(anna, receipt(B, hid, "AAAA", uids), Problem.RECEIPT_NOT_GENUINE)     # for another sender
    genuine = receipt(B, hid, A.fp, uids)
    altered = genuine.replace(uids[0].encode(), b"0" * 32)
    _confirm_refused(anna, altered, Problem.RECEIPT_NOT_GENUINE)
    _confirm_refused(anna, b"fallakte-quittung/2\n" + genuine.split(b"\n", 1)[1], Problem.UNSUPPORTED_VERSION)
    _confirm_refused(anna, written.path.read_bytes(), Problem.NOT_A_RECEIPT)
    done = handover.confirm(anna, genuine)
    assert (done.deleted, done.already) == (2, False) and anna.person_count() == 0


def test_a_receipt_moved_to_another_handover_of_the_same_pair_is_refused(world, tmp_path):
    anna, bea, A, B, written = world
    handover.confirm(anna, handover.receive(bea, written.path.read_bytes()).receipt)
    pid = fill(anna, "Nguyễn", "Thị Lan")
    second = handover.write_handover(anna, [pid], handover.own_key(bea), tmp_path / "x2")
    old = receipt(B, written.handover_id, A.fp, [])
    moved = b"fallakte-quittung/1\n" + canon({"handover": second.handover_id}) + b"\n" + old.split(b"\n", 2)[2]
    _confirm_refused(anna, moved, Problem.RECEIPT_NOT_GENUINE)
    assert handover.running(anna, pid) is not None


def test_a_receipt_naming_only_some_persons_closes_nothing(world):
    """Persons left out of a receipt would stay with both colleagues (and be counted twice), or could
    be handed to a third: only a receipt for exactly the persons handed over is taken."""
    anna, _bea, A, B, written = world
    first, second = handover.all_person_ids(anna)
    uid = anna.conn.execute("SELECT uid FROM person WHERE id = ?", (first,)).fetchone()[0]
    for named in ([uid], [], [uid, uid]):
        with pytest.raises(HandoverRefused) as refused:
            handover.confirm(anna, receipt(B, written.handover_id, A.fp, named))
        assert refused.value.problem is Problem.RECEIPT_INCOMPLETE
        assert "Übergabe läuft" in describe(refused.value)
        assert handover.all_person_ids(anna) == [first, second]
        assert handover.running(anna, first) is not None and handover.running(anna, second) is not None


# -- key files -------------------------------------------------------------------------------------------
def test_a_key_file_that_was_altered_or_names_another_device_is_refused(world, tmp_path):
    _, bea, _, _, _ = world
    genuine = json.loads(handover.key_file(bea))
    for change, problem in (({"name": "Chef"}, Problem.KEY_NOT_GENUINE), ({"device": "0" * 16}, Problem.KEY_NOT_GENUINE),
                            ({"x25519": b64(bytes(32))}, Problem.KEY_NOT_GENUINE),
                            ({"version": 2}, Problem.NOT_A_KEY), ({"format": "x"}, Problem.NOT_A_KEY),
                            ({"ed25519": "kein base64"}, Problem.KEY_DAMAGED)):
        (tmp_path / "k").write_bytes(canon(dict(genuine, **change)))
        with pytest.raises(HandoverRefused) as caught:
            handover.read_key_file(tmp_path / "k")
        assert caught.value.problem is problem, change
    (tmp_path / "k").write_bytes(canon(genuine))
    assert handover.read_key_file(tmp_path / "k").fingerprint == handover.own_key(bea).fingerprint
