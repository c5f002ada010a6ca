"""Two colleagues hand cases to each other through the command line (issue 17, docs/handover.md):
the history arrives whole, the audit chains of both files hold, a tampered or foreign file is
refused with its reason and changes nothing, a receipt read twice or in another order is harmless,
and the sender's file keeps no name of a handed-over person."""

from __future__ import annotations

import json
import shutil

import pytest

from app.casemanager import handover
from app.casemanager.casework import Casework, Contact
from app.core import catalogues
from app.core.paths import resources_dir
from app.core.validation import ValidationError
from storage import audit
from storage.store import EncryptedStore
from tests.conftest import PASSPHRASE, TODAY
from tests.handover_helpers import cli, content, decrypted_pages, fill, make_casefile, opened


@pytest.fixture
def two(tmp_path, empty_casefile, monkeypatch):
    """Anna's and Bea's case files, Anna's with two persons; both have written their key files."""
    monkeypatch.setenv("FALLAKTE_PASSPHRASE", PASSPHRASE)
    template, _ = empty_casefile
    a, b = make_casefile(template, tmp_path / "anna"), make_casefile(template, tmp_path / "bea")
    with opened(a) as cw:
        fill(cw)
        fill(cw, "Аль-Хасан", "Мухаммад", closed=True)
    return a, b, tmp_path


def _key(capsys, casefile, out, name) -> str:
    status, printed, err = cli(capsys, casefile, "handover-key", "--out", str(out), "--name", name)
    assert status == 0, err
    return printed.split("vorlesen): ")[1].strip()


def _stranger(name: str):
    """A colleague's public keys, made up here."""
    from sync.handover import HandoverKey, generate_key
    from sync.keys import device_id_for, generate_signing_key, signing_public

    ed = signing_public(generate_signing_key())
    return HandoverKey(device_id_for(ed), name, ed, generate_key()[1])


def _numbers(cw) -> list[str]:
    return [cw.person(pid).case_number for pid in handover.all_person_ids(cw)]


def _state(path) -> tuple:
    """What a refused file must not change: persons, cases, contacts, audit entries."""
    with EncryptedStore.open(path, PASSPHRASE) as casefile:
        return tuple(casefile.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("person", "support_case", "contact", "handover_in", "colleague", "audit_log"))


def test_cases_go_to_a_colleague_and_back_unchanged_through_the_command_line(two, capsys):
    a, b, folder = two
    with opened(a) as cw:
        before = {cw.person(pid).case_number: content(cw, pid) for pid in handover.all_person_ids(cw)}
    fp_b = _key(capsys, b, folder / "bea.fallakte-schluessel", "Bea Beispiel")

    status, out, err = cli(capsys, a, "handover", *before, "--to", str(folder / "bea.fallakte-schluessel"),
                           "--out", str(folder / "x.fallakte-uebergabe"), "--fingerprint", fp_b.lower().replace("-", " "),
                           "--name", "Anna Alt")
    assert status == 0, err
    assert "Bea Beispiel" in out and "2 Personen" in out and "Übergabe läuft" in out
    with opened(a) as cw:
        assert all(handover.running(cw, pid).recipient == "Bea Beispiel" for pid in handover.all_person_ids(cw))

    # Bea does not know Anna yet: refused before anything is read, naming the fingerprint to compare.
    unchanged = _state(b)
    status, out, err = cli(capsys, b, "receive", str(folder / "x.fallakte-uebergabe"))
    assert status == 1 and "noch nicht bekannt" in err and "--fingerprint" in err
    fp_a = err.split("Fingerabdruck: ")[1].split(".")[0]
    assert _state(b)[:-1] == unchanged[:-1]   # only the audit entry of opening the file

    status, out, err = cli(capsys, b, "receive", str(folder / "x.fallakte-uebergabe"), "--receipt",
                           str(folder / "x.fallakte-quittung"), "--fingerprint", fp_a)
    assert status == 0, err
    assert "2 Personen übernommen" in out and "Anna Alt" in out
    assert "Özdemir" not in out and "Аль-Хасан" not in out   # case numbers only on the terminal
    with opened(b) as cw:
        assert {cw.person(pid).case_number: content(cw, pid) for pid in handover.all_person_ids(cw)} == before
        assert audit.verify(cw.conn) == []

    status, out, err = cli(capsys, a, "handover-confirm", str(folder / "x.fallakte-quittung"))
    assert status == 0, err
    assert "2 Personen aus dieser Falldatei gelöscht, 1 Fall als »übergeben« abgeschlossen" in out
    with opened(a) as cw:
        assert cw.person_count() == 0 and audit.verify(cw.conn) == []

    # And back: each knows the other now, so no fingerprint is asked for.
    _key(capsys, a, folder / "anna.fallakte-schluessel", "Anna Alt")
    status, out, err = cli(capsys, b, "handover", "--all", "--to", str(folder / "anna.fallakte-schluessel"),
                           "--out", str(folder / "y.fallakte-uebergabe"))
    assert status == 0, err
    status, out, err = cli(capsys, a, "receive", str(folder / "y.fallakte-uebergabe"), "--receipt",
                           str(folder / "y.fallakte-quittung"))
    assert status == 0, err
    status, out, err = cli(capsys, b, "handover-confirm", str(folder / "y.fallakte-quittung"))
    assert status == 0, err
    with opened(a) as cw, opened(b) as other:
        assert {cw.person(pid).case_number: content(cw, pid) for pid in handover.all_person_ids(cw)} == before
        assert other.person_count() == 0
        assert audit.verify(cw.conn) == [] and audit.verify(other.conn) == []
        # Anna sees her own earlier audit entries about the person, now from the trip.
        pid = handover.all_person_ids(cw)[0]
        assert cw.conn.execute("SELECT count(*) FROM handover_audit WHERE person_id = ? AND action = 'create' "
                               "AND entity = 'contact'", (pid,)).fetchone()[0] == 2


def test_the_sender_keeps_no_name_after_confirmation_checked_on_the_decrypted_file(two, capsys):
    a, b, folder = two
    fp_b = _key(capsys, b, folder / "b.key", "Bea")
    _key(capsys, a, folder / "a.key", "Anna")
    with opened(a) as cw:
        numbers = _numbers(cw)
        key = EncryptedStore.open(a, PASSPHRASE)
        master = key.master_key
        key.close()
    assert b"\xc3\x96zdemir" in decrypted_pages(a, master)   # the check sees names where they are
    assert cli(capsys, a, "handover", *numbers, "--to", str(folder / "b.key"), "--out", str(folder / "x"),
               "--fingerprint", fp_b)[0] == 0
    with opened(a) as cw:
        fp_a = handover.own_key(cw).fingerprint
    assert cli(capsys, b, "receive", str(folder / "x"), "--receipt", str(folder / "r"), "--fingerprint", fp_a)[0] == 0
    assert cli(capsys, a, "handover-confirm", str(folder / "r"))[0] == 0
    pages = decrypted_pages(a, master)
    for text in ("Özdemir", "Ayşe", "Аль-Хасан", "Мухаммад", "Marktstr", "Sprachkurs", "Kurs", numbers[0]):
        assert text.encode("utf-8") not in pages, text
    assert not (a.with_name(a.name + "-wal")).exists() or a.with_name(a.name + "-wal").stat().st_size == 0
    with opened(a) as cw:
        trail = cw.conn.execute("SELECT action, entity, entity_id FROM audit_log WHERE action LIKE 'delete%' "
                                "OR action IN ('close', 'confirm')").fetchall()
        actions = [a for a, _, _ in trail]
        assert sorted(actions[-4:-1]) == ["close", "delete:uebergeben", "delete:uebergeben"] and actions[-1] == "confirm"
        assert all(entity_id.isdigit() or len(entity_id) == 32 for _, _, entity_id in trail)
        assert handover.handovers_waiting(cw) == []


def test_receiving_twice_changes_nothing_and_gives_the_same_receipt(two, capsys):
    a, b, folder = two
    fp_b = _key(capsys, b, folder / "b.key", "Bea")
    with opened(a) as cw:
        numbers = _numbers(cw)
        fp_a = handover.own_key(cw).fingerprint
    assert cli(capsys, a, "handover", *numbers, "--to", str(folder / "b.key"), "--out", str(folder / "x"),
               "--fingerprint", fp_b, "--name", "Anna")[0] == 0
    assert cli(capsys, b, "receive", str(folder / "x"), "--receipt", str(folder / "r1"), "--fingerprint", fp_a)[0] == 0
    state = _state(b)
    status, out, err = cli(capsys, b, "receive", str(folder / "x"), "--receipt", str(folder / "r2"))
    assert status == 0 and "bereits empfangen" in out
    assert (folder / "r1").read_bytes() == (folder / "r2").read_bytes()
    assert _state(b)[:-1] == state[:-1]
    # The sender writes the file again (it was lost): the persons arrive once, the receipt names them.
    assert cli(capsys, a, "handover", *numbers, "--to", str(folder / "b.key"), "--out", str(folder / "x2"))[0] == 0
    status, out, err = cli(capsys, b, "receive", str(folder / "x2"), "--receipt", str(folder / "r3"))
    assert status == 0 and "bereits in dieser Falldatei" in out and "0 Personen übernommen" in out
    assert _state(b)[:3] == state[:3]
    # Either receipt closes; the other is then harmless.
    assert cli(capsys, a, "handover-confirm", str(folder / "r3"))[0] == 0
    status, out, err = cli(capsys, a, "handover-confirm", str(folder / "r1"))
    assert status == 0, err
    with opened(a) as cw:
        assert cw.person_count() == 0 and handover.handovers_waiting(cw) == []


def test_receipts_read_twice_or_in_another_order_do_what_they_say_once(two, capsys):
    a, b, folder = two
    fp_b = _key(capsys, b, folder / "b.key", "Bea")
    with opened(a) as cw:
        first, second = _numbers(cw)
        fp_a = handover.own_key(cw).fingerprint
    for number, name in ((first, "x1"), (second, "x2")):
        assert cli(capsys, a, "handover", number, "--to", str(folder / "b.key"), "--out", str(folder / name),
                   "--fingerprint", fp_b, "--name", "Anna")[0] == 0
    for name in ("x1", "x2"):
        assert cli(capsys, b, "receive", str(folder / name), "--receipt", str(folder / f"{name}.q"),
                   "--fingerprint", fp_a)[0] == 0
    assert cli(capsys, a, "handover-confirm", str(folder / "x2.q"))[0] == 0
    with opened(a) as cw:
        assert _numbers(cw) == [first]
    for _ in range(2):
        status, out, _ = cli(capsys, a, "handover-confirm", str(folder / "x2.q"))
        assert status == 0 and "bereits eingelesen" in out
    assert cli(capsys, a, "handover-confirm", str(folder / "x1.q"))[0] == 0
    with opened(a) as cw, opened(b) as other:
        assert cw.person_count() == 0 and other.person_count() == 2
        assert audit.verify(cw.conn) == []


@pytest.mark.parametrize("damage", ["flip-body", "truncate", "flip-header", "swap-id"])
def test_a_tampered_handover_is_refused_with_its_reason_and_changes_nothing(two, capsys, damage):
    a, b, folder = two
    fp_b = _key(capsys, b, folder / "b.key", "Bea")
    with opened(a) as cw:
        fp_a = handover.own_key(cw).fingerprint
        numbers = _numbers(cw)
    assert cli(capsys, a, "handover", *numbers, "--to", str(folder / "b.key"), "--out", str(folder / "x"),
               "--fingerprint", fp_b, "--name", "Anna")[0] == 0
    data = bytearray((folder / "x").read_bytes())
    header_end = data.index(b"\n", data.index(b"\n") + 1)
    if damage == "flip-body":
        data[header_end + 200] ^= 0x01
    elif damage == "truncate":
        data = data[:-50]
    elif damage == "flip-header":   # a character of the ephemeral key
        data[data.index(b'"epk":"') + 10] ^= 0x01
    else:   # another (well-formed) handover id in the header
        at = data.index(b'"id":"') + 6
        data[at:at + 32] = b"0" * 32
    (folder / "bad").write_bytes(bytes(data))
    state = _state(b)
    status, _, err = cli(capsys, b, "receive", str(folder / "bad"), "--receipt", str(folder / "r"),
                           "--fingerprint", fp_a)
    assert status == 1
    assert "beschädigt oder wurde verändert" in err or "Signatur der Übergabe ist ungültig" in err, err
    assert "Es wurde nichts verändert" in err
    assert _state(b)[:-1] == state[:-1] and not (folder / "r").exists()


def test_a_handover_for_someone_else_or_from_a_stranger_is_refused(two, capsys, tmp_path, empty_casefile):
    a, b, folder = two
    c = make_casefile(empty_casefile[0], tmp_path / "carla")
    fp_c = _key(capsys, c, folder / "c.key", "Carla")
    _key(capsys, b, folder / "b.key", "Bea")
    with opened(a) as cw:
        numbers = _numbers(cw)
        fp_a = handover.own_key(cw).fingerprint
    assert cli(capsys, a, "handover", numbers[0], "--to", str(folder / "c.key"), "--out", str(folder / "for-carla"),
               "--fingerprint", fp_c, "--name", "Anna")[0] == 0
    state = _state(b)
    status, _, err = cli(capsys, b, "receive", str(folder / "for-carla"), "--fingerprint", fp_a)
    assert status == 1 and "für einen anderen Schlüssel verschlüsselt" in err
    # Carla's own file to Bea, whom Bea never confirmed: refused, naming Carla's fingerprint.
    with opened(c) as cw:
        fill(cw, "Nguyễn", "Thị Lan")
    assert cli(capsys, c, "handover", "--all", "--to", str(folder / "b.key"), "--out", str(folder / "from-carla"),
               "--fingerprint", _key(capsys, b, folder / "b.key", "Bea"))[0] == 0
    status, _, err = cli(capsys, b, "receive", str(folder / "from-carla"))
    assert status == 1 and fp_c in err and "noch nicht bekannt" in err
    status, _, err = cli(capsys, b, "receive", str(folder / "from-carla"), "--fingerprint", fp_a)   # the wrong one
    assert status == 1 and fp_c in err
    assert _state(b)[:-1] == state[:-1]
    # A key file that is not one, or a receipt file given as a handover.
    (folder / "junk").write_bytes(b'{"format": "fallakte-ki-public-key"}')
    status, _, err = cli(capsys, a, "handover", numbers[0], "--to", str(folder / "junk"), "--out", str(folder / "z"))
    assert status == 1 and "kein Übergabe-Schlüssel" in err and not (folder / "z").exists()
    status, _, err = cli(capsys, b, "receive", str(folder / "c.key"))
    assert status == 1 and "keine Übergabedatei" in err


def test_the_recipients_key_must_be_confirmed_by_phone_the_first_time(two, capsys):
    a, b, folder = two
    fp_b = _key(capsys, b, folder / "b.key", "Bea")
    with opened(a) as cw:
        numbers = _numbers(cw)
    status, _, err = cli(capsys, a, "handover", *numbers, "--to", str(folder / "b.key"), "--out", str(folder / "x"),
                         "--name", "Anna")
    assert status == 1 and fp_b in err and not (folder / "x").exists()
    status, _, err = cli(capsys, a, "handover", *numbers, "--to", str(folder / "b.key"), "--out", str(folder / "x"),
                         "--fingerprint", "AAAA-" + fp_b[5:])
    assert status == 1 and not (folder / "x").exists()
    with opened(a) as cw:
        assert handover.running_ids(cw) == set() and handover.colleagues(cw) == []


def test_a_handover_needs_consent_unless_the_catalogue_names_a_legal_basis(two, capsys, tmp_path):
    a, b, folder = two
    fp_b = _key(capsys, b, folder / "b.key", "Bea")
    recipient = handover.read_key_file(folder / "b.key")
    with opened(a, today=lambda: TODAY) as cw:
        without = fill(cw, "Rahimi", "Zahra", handover_consent=False)
        number = cw.person(without).case_number
        with pytest.raises(ValidationError, match=number):
            handover.write_handover(cw, [without], recipient, folder / "x", fp_b, "Anna")
        assert not (folder / "x").exists() and handover.running_ids(cw) == set()
    # The county names a legal basis in its catalogue: no consent needed, and the file says which.
    shutil.copytree(resources_dir() / "catalogues", tmp_path / "kat")
    reasons = json.loads((tmp_path / "kat" / "closure_reasons.json").read_text(encoding="utf-8"))
    next(e for e in reasons["entries"] if e["code"] == "uebergeben")["legal_basis"] = "§ 67d SGB X (Vertretung)"
    (tmp_path / "kat" / "closure_reasons.json").write_text(json.dumps(reasons), encoding="utf-8")
    with EncryptedStore.open(a, PASSPHRASE) as casefile:
        cw = Casework(casefile, catalogues.load(tmp_path / "kat"), today=lambda: TODAY)
        handover.write_handover(cw, [cw.person_id_for(number)], recipient, folder / "x", fp_b, "Anna")
        fp_a = handover.own_key(cw).fingerprint
    with opened(b) as cw:
        arrival = handover.preview(cw, (folder / "x").read_bytes(), fp_a)
        assert arrival.basis == "§ 67d SGB X (Vertretung)" and cw.person_count() == 0


def test_a_person_in_a_running_handover_stays_as_it_was_sent(two, capsys):
    a, b, folder = two
    fp_b = _key(capsys, b, folder / "b.key", "Bea")
    recipient = handover.read_key_file(folder / "b.key")
    with opened(a, today=lambda: TODAY) as cw:
        pid = handover.all_person_ids(cw)[0]
        case_id = cw.open_case_of(pid)["id"]
        cw.add_contact(case_id, Contact("2026-11-20", 20, "telefonisch", ["arbeit"]))   # undoable, before
        handover.write_handover(cw, [pid], recipient, folder / "x", fp_b, "Anna")
        for change in (lambda: cw.add_contact(case_id, Contact("2026-11-21", 20, "telefonisch", ["arbeit"])),
                       lambda: cw.close_case(case_id, "2026-11-22", "ziele_erreicht"),
                       lambda: cw.change_phase(case_id, "umsetzung", "2026-11-22"),
                       lambda: cw.give_consent(pid, "fallarbeit", "2026-11-22"),
                       lambda: cw.update_person(pid, cw.person(pid))):
            with pytest.raises(ValidationError, match="wird gerade übergeben"):
                change()
        assert len(cw.contacts(case_id)) == 3
        # Handing the same person to someone else meanwhile is refused.
        carla = _stranger("Carla")
        with pytest.raises(ValidationError, match="bereits an Bea"):
            handover.write_handover(cw, [pid], carla, folder / "y", carla.fingerprint)
        assert not (folder / "y").exists()
    with opened(a, today=lambda: TODAY) as cw:
        from app.casemanager.privacy import delete_person
        with pytest.raises(ValidationError):
            delete_person(cw, pid)


def test_a_case_number_taken_here_gets_a_new_one_and_keeps_the_old_as_reference(two, capsys):
    a, b, folder = two
    fp_b = _key(capsys, b, folder / "b.key", "Bea")
    with opened(b, today=lambda: TODAY) as cw:
        own = fill(cw, "Eigene", "Person")
        assert cw.person(own).case_number == "F-2026-00001"
    with opened(a) as cw:
        numbers = _numbers(cw)
        fp_a = handover.own_key(cw).fingerprint
    assert numbers == ["F-2026-00001", "F-2026-00002"]
    assert cli(capsys, a, "handover", *numbers, "--to", str(folder / "b.key"), "--out", str(folder / "x"),
               "--fingerprint", fp_b, "--name", "Anna")[0] == 0
    status, out, err = cli(capsys, b, "receive", str(folder / "x"), "--fingerprint", fp_a, "--dry-run")
    assert status == 0 and "neu, bisher F-2026-00001" in out and "Probelauf" in out
    assert _state(b)[0] == 1
    status, out, err = cli(capsys, b, "receive", str(folder / "x"), "--fingerprint", fp_a)
    assert status == 0, err
    with opened(b, today=lambda: TODAY) as cw:
        moved = [pid for pid in handover.all_person_ids(cw) if pid != own]
        numbers_here = sorted(cw.person(pid).case_number for pid in moved)
        assert numbers_here == ["F-2026-00002", "F-2026-00003"]
        renumbered = next(pid for pid in moved if cw.person(pid).case_number == "F-2026-00003")
        assert handover.origin(cw, renumbered).previous_case_numbers == ["F-2026-00001"]
        assert handover.origin(cw, renumbered).sender == "Anna"
        assert cw.search("F-2026-00001")   # own person by number
        # The counter moved past every number taken: the next person is F-2026-00004.
        assert cw.person(fill(cw, "Neu", "Person")).case_number == "F-2026-00004"


def test_a_person_handed_back_before_the_receipt_is_read_waits_for_it(two, capsys):
    a, b, folder = two
    fp_b = _key(capsys, b, folder / "b.key", "Bea")
    fp_a = _key(capsys, a, folder / "a.key", "Anna")
    with opened(a) as cw:
        numbers = _numbers(cw)
    assert cli(capsys, a, "handover", numbers[0], "--to", str(folder / "b.key"), "--out", str(folder / "x"),
               "--fingerprint", fp_b)[0] == 0
    assert cli(capsys, b, "receive", str(folder / "x"), "--receipt", str(folder / "r"), "--fingerprint", fp_a)[0] == 0
    assert cli(capsys, b, "handover", numbers[0], "--to", str(folder / "a.key"), "--out", str(folder / "y"))[0] == 0
    state = _state(a)
    status, _, err = cli(capsys, a, "receive", str(folder / "y"), "--receipt", str(folder / "r2"))
    assert status == 1 and "laufenden Übergabe" in err and "Quittung" in err
    assert _state(a)[:-1] == state[:-1]
    assert cli(capsys, a, "handover-confirm", str(folder / "r"))[0] == 0
    assert cli(capsys, a, "receive", str(folder / "y"), "--receipt", str(folder / "r2"))[0] == 0
    assert cli(capsys, b, "handover-confirm", str(folder / "r2"))[0] == 0
    with opened(a) as cw, opened(b) as other:
        assert sorted(_numbers(cw)) == numbers and other.person_count() == 0


def test_a_lost_handover_is_taken_back_on_the_command_line_only_when_confirmed(two, capsys):
    a, b, folder = two
    with opened(a) as cw:
        numbers = [cw.person(pid).case_number for pid in handover.all_person_ids(cw)]
    fp_b = _key(capsys, b, folder / "bea.fallakte-schluessel", "Bea Beispiel")
    assert cli(capsys, a, "handover", *numbers, "--to", str(folder / "bea.fallakte-schluessel"), "--out",
               str(folder / "x"), "--fingerprint", fp_b, "--name", "Anna Alt")[0] == 0
    status, _, err = cli(capsys, a, "handover-withdraw", numbers[0])
    assert status == 1 and "--nicht-empfangen" in err and "beiden Falldateien" in err
    status, out, err = cli(capsys, a, "handover-withdraw", numbers[0], "--nicht-empfangen")
    assert status == 0, err
    assert "Bea Beispiel" in out and "2 Personen" in out
    with opened(a) as cw:
        assert all(handover.running(cw, pid) is None for pid in handover.all_person_ids(cw))
    status, _, err = cli(capsys, a, "handover-withdraw", numbers[0], "--nicht-empfangen")
    assert status == 1 and "keiner laufenden Übergabe" in err
