"""Scans, PDFs and photos kept inside the encrypted case file (issue 18): what goes in comes out byte
for byte, no plaintext of it is ever on disk, it is in backups and the Art. 15 export, it goes with
the person, and what does not fit is refused in words with nothing changed."""

import json
import stat

import pytest

from app.casemanager import attachments
from app.casemanager.casework import ConsentProof, Contact
from app.casemanager.privacy import delete_person, export_subject_access
from app.core import stores
from app.core.validation import ValidationError
from storage.store import EncryptedStore
from tests.conftest import PASSPHRASE, new_person, person_with_case
from tests.paper_helpers import files_holding, marker_of, now, pdf_of_size, temp_folders

MB = 1024 * 1024


def audit_tail(cw, n=1):
    return cw.conn.execute("SELECT action, entity, entity_id FROM audit_log ORDER BY seq DESC LIMIT ?", (n,)).fetchall()


def test_a_5_mb_pdf_comes_back_byte_for_byte(cw, tmp_path):
    person = new_person(cw)
    data = pdf_of_size(5 * MB)
    source = tmp_path / "eingang" / "Bescheid ABH.pdf"
    source.parent.mkdir()
    source.write_bytes(data)
    attachment_id = attachments.add_file(cw, person, source)
    item = attachments.get(cw, attachment_id)
    assert (item.title, item.file_name, item.media_type, item.size) == \
        ("Bescheid ABH", "Bescheid ABH.pdf", "application/pdf", 5 * MB)
    assert attachments.open_content(cw, attachment_id) == data
    cw.casefile.close()   # and after the case file was closed and opened again
    with EncryptedStore.open(cw.casefile.path, PASSPHRASE) as casefile:
        from app.casemanager.casework import Casework
        again = Casework(casefile)
        assert attachments.open_content(again, attachment_id) == data
        assert [a.title for a in attachments.of_person(again, person)] == ["Bescheid ABH"]


def test_no_plaintext_of_an_attachment_is_anywhere_on_disk(cw):
    started = now()
    person = new_person(cw)
    data = pdf_of_size(5 * MB)
    marker = marker_of(data)
    attachment_id = attachments.add(cw, person, data, "bescheid.pdf", "Bescheid")
    assert attachments.open_content(cw, attachment_id) == data         # it is really stored
    data_folder = cw.casefile.path.parent
    assert files_holding(marker, [data_folder]) == []                  # case file, -wal, -shm, keys
    assert files_holding(marker, temp_folders(), since=started) == []  # and no temporary copy anywhere
    backup = stores.backup(cw.casefile, data_folder / "sicherung")
    assert files_holding(marker, [backup.parent]) == []


def test_the_scan_finds_what_it_looks_for(tmp_path):
    """Guards the test above: a plaintext copy would be found."""
    data = pdf_of_size(MB)
    (tmp_path / "kopie.pdf").write_bytes(data)
    assert files_holding(marker_of(data), [tmp_path]) == [tmp_path / "kopie.pdf"]


def test_attachments_are_in_the_backup(cw, tmp_path):
    person = new_person(cw)
    data = pdf_of_size(MB)
    attachment_id = attachments.add(cw, person, data, "pass.pdf", "Reisepass")
    backup = stores.backup(cw.casefile, tmp_path / "sicherung.fallakte-sicherung")
    result = stores.restore(backup, tmp_path / "zurueck" / "fallakte.db", passphrase=PASSPHRASE)
    with result.casefile:
        from app.casemanager.casework import Casework
        assert attachments.open_content(Casework(result.casefile), attachment_id) == data


def test_attachments_go_with_the_person(cw):
    person, case = person_with_case(cw, opened="2026-02-01")
    contact = cw.add_contact(case, Contact("2026-02-03", 30, "persoenlich", ["aufenthalt"]))
    attachments.add(cw, person, pdf_of_size(MB), "a.pdf", "Bescheid", contact_id=contact)
    attachments.add(cw, person, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "foto.png", "Foto Aufenthaltstitel")
    other = new_person(cw, family="Bleibt", given="Hier")
    attachments.add(cw, other, pdf_of_size(1000), "b.pdf")
    cw.close_case(case, "2026-03-01", "ziele_erreicht")
    delete_person(cw, person)
    assert cw.conn.execute("SELECT count(*) FROM attachment").fetchone() == (1,)
    assert cw.conn.execute("SELECT count(*) FROM attachment_data").fetchone() == (1,)
    assert [a.person_id for a in attachments.of_person(cw, other)] == [other]


def test_a_file_above_the_limit_is_refused_in_words_and_nothing_changes(cw, tmp_path):
    person = new_person(cw)
    big = tmp_path / "Akte komplett.pdf"
    big.write_bytes(pdf_of_size(20 * MB + 1))
    entries = cw.conn.execute("SELECT count(*) FROM audit_log").fetchone()
    with pytest.raises(ValidationError) as refused:
        attachments.add_file(cw, person, big)
    assert refused.value.message == ("»Akte komplett.pdf« ist 20,0 MB groß; in die Fallakte passen Dateien bis "
                                     "20,0 MB. Bitte kleiner scannen (z. B. 200 dpi, Graustufen) oder in Teilen "
                                     "anhängen. Es wurde nichts gespeichert.")
    assert cw.conn.execute("SELECT count(*) FROM attachment").fetchone() == (0,)
    assert cw.conn.execute("SELECT count(*) FROM audit_log").fetchone() == entries
    exactly = pdf_of_size(20 * MB)   # the limit itself fits
    assert attachments.open_content(cw, attachments.add(cw, person, exactly, "grenze.pdf")) == exactly


@pytest.mark.parametrize("content, name, says", [
    (b"PK\x03\x04 word", "brief.docx", "weder ein PDF noch ein Foto"),
    (b"", "leer.pdf", "ist leer"),
])
def test_other_files_are_refused(cw, content, name, says):
    person = new_person(cw)
    with pytest.raises(ValidationError, match=says):
        attachments.add(cw, person, content, name)
    assert attachments.of_person(cw, person) == []


def test_the_same_file_twice_and_a_contact_of_someone_else_are_refused(cw):
    person, _case = person_with_case(cw, opened="2026-02-01")
    _other, other_case = person_with_case(cw, opened="2026-02-01", family="Andere", given="Person")
    foreign = cw.add_contact(other_case, Contact("2026-02-03", 30, "persoenlich", ["aufenthalt"]))
    data = pdf_of_size(2000)
    attachments.add(cw, person, data, "a.pdf", "Bescheid")
    with pytest.raises(ValidationError, match="bereits angehängt .»Bescheid«"):
        attachments.add(cw, person, data, "kopie.pdf")
    with pytest.raises(ValidationError, match="anderen Person"):
        attachments.add(cw, person, pdf_of_size(3000), "b.pdf", contact_id=foreign)
    assert len(attachments.of_person(cw, person)) == 1


def test_viewing_saving_and_deleting_are_audited_with_ids_only(cw, tmp_path):
    person = new_person(cw)
    attachment_id = attachments.add(cw, person, pdf_of_size(2000), "Özdemir Bescheid.pdf", "Bescheid Özdemir")
    assert audit_tail(cw) == [("create", "attachment", str(attachment_id))]
    attachments.open_content(cw, attachment_id)
    assert audit_tail(cw) == [("view", "attachment", str(attachment_id))]
    copy = attachments.save_copy(cw, attachment_id, tmp_path / "kopie.pdf")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert audit_tail(cw) == [("export", "attachment", str(attachment_id))]
    with pytest.raises(ValidationError, match="Grund"):
        attachments.delete(cw, attachment_id, "")
    attachments.delete(cw, attachment_id, "falsche_person")
    assert audit_tail(cw) == [("delete:falsche_person", "attachment", str(attachment_id))]
    assert cw.conn.execute("SELECT count(*) FROM attachment_data").fetchone() == (0,)
    logged = " ".join(map(str, cw.conn.execute("SELECT * FROM audit_log").fetchall()))
    assert "Özdemir" not in logged and "Bescheid" not in logged


def test_the_art_15_export_holds_the_files_themselves(cw, tmp_path):
    person = new_person(cw, family="Popescu", given="Ioana")
    data = pdf_of_size(MB)
    attachments.add(cw, person, data, "Bescheid: ABH?.pdf", "Bescheid")
    photo = b"\xff\xd8\xff\xe0" + b"\1" * 500
    attachments.add(cw, person, photo, "foto.jpg", "Foto")
    written = export_subject_access(cw, person, tmp_path)
    json_path, _pdf_path, *files = written
    assert [f.read_bytes() for f in files] == [data, photo]
    assert files[0].name.endswith("Bescheid_ ABH_.pdf") and files[0].parent.name.endswith("-dokumente")
    assert {stat.S_IMODE(p.stat().st_mode) for p in written} == {0o600}
    assert stat.S_IMODE(files[0].parent.stat().st_mode) == 0o700
    listed = json.loads(json_path.read_text(encoding="utf-8"))["dokumente"]
    assert [(d["titel"], d["datei"]) for d in listed] == [
        ("Bescheid", f"{files[0].parent.name}/{files[0].name}"), ("Foto", f"{files[1].parent.name}/{files[1].name}")]


def test_a_consent_records_how_it_was_given_and_its_signed_form(cw):
    person = new_person(cw)
    proof = ConsentProof("schriftlich", "Arabisch", interpreted=True, informed=True)
    consent = cw.give_consent(person, "fallarbeit", "2026-11-20", proof=proof)
    assert cw.consent_proof(consent) == proof
    form = attachments.add(cw, person, pdf_of_size(4000), "einwilligung-unterschrieben.pdf",
                           "Einwilligung unterschrieben", consent_id=consent)
    assert [a.id for a in attachments.of_consent(cw, consent)] == [form]
    cw.update_consent(consent, "fallarbeit", "2026-11-19")          # a correction of the date keeps the proof
    assert cw.consent_proof(consent) == proof
    with pytest.raises(ValidationError, match="Sprache angeben"):
        cw.update_consent(consent, "fallarbeit", "2026-11-19", proof=ConsentProof("muendlich", "", True, True))
    assert cw.consent_proof(consent) == proof
    cw.update_consent(consent, "fallarbeit", "2026-11-19", proof=ConsentProof("muendlich", "Türkisch", False, False))
    from app.casemanager.casework import consent_proof_text
    assert consent_proof_text(cw.consents(person)[0]) == "mündlich auf Türkisch, Art. 13 nicht ausgehändigt"


def test_a_consent_recorded_before_the_proof_existed_says_so(cw):
    person = new_person(cw)
    cw.give_consent(person, "fallarbeit", "2026-11-20")
    from app.casemanager.casework import consent_proof_text
    assert consent_proof_text(cw.consents(person)[0]) == "Art nicht erfasst, Art. 13 nicht erfasst"
