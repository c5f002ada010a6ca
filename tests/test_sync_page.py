"""The *Synchronisation* page: syncs off the UI thread, shows success, waiting bundles and errors."""

import pytest
from PySide6.QtCore import Qt

from app.casemanager import sync_service
from app.ki import registry
from tests.conftest import PASSPHRASE, new_person
from ui.sync_page import INTERVAL_MS, SyncController, SyncPage


@pytest.fixture
def page(qtbot, tmp_path, cw):
    registry.create_store(tmp_path / "ki.db", PASSPHRASE, tmp_path, "KI", 3)
    new_person(cw)
    sync_service.configure(cw, share=tmp_path / "ablage", ki_key=(tmp_path / "ki-public.key").read_bytes(),
                           device_name="KIM Olfen", municipalities=["olfen"])
    controller = SyncController(cw.casefile)
    widget = SyncPage(controller)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_page_shows_that_nothing_was_synced_yet(page):
    assert page.last_success.text() == "noch nie"
    assert page.waiting.text() == "0"
    assert len(page.fingerprint.text().split()) == 8   # eight groups of four, to read out


def test_a_missing_share_is_shown_in_plain_german_and_the_bundle_waits(qtbot, page):
    with qtbot.waitSignal(page.controller.finished, timeout=20000):
        qtbot.mouseClick(page.button, Qt.MouseButton.LeftButton)
    assert "nicht erreichbar" in page.last_error.text()
    assert page.waiting.text() == "1"
    assert page.button.isEnabled() and not page.busy.isVisible()


def test_syncing_on_demand_delivers_the_bundle(qtbot, page, tmp_path):
    (tmp_path / "ablage").mkdir()
    with qtbot.waitSignal(page.controller.finished, timeout=20000):
        page.controller.sync_now()
        assert page.busy.isVisible() and not page.button.isEnabled()   # busy while the job runs
    assert page.last_error.text() == "keiner"
    assert page.waiting.text() == "0" and page.last_success.text() != "noch nie"
    assert len(list((tmp_path / "ablage").glob("*.fallakte-bundle"))) == 1


def test_the_controller_tries_at_once_and_then_every_15_minutes(qtbot, page):
    with qtbot.waitSignal(page.controller.finished, timeout=20000):
        page.controller.start()
    assert page.controller.timer.isActive() and page.controller.timer.interval() == INTERVAL_MS == 900000
    page.controller.stop()


def test_a_sync_can_be_cancelled_and_its_bundle_waits(qtbot, page, tmp_path):
    (tmp_path / "ablage").mkdir()
    with qtbot.waitSignal(page.controller.finished, timeout=20000):
        page.controller.sync_now()
        assert page.cancel_button.isVisible()
        page.cancel_button.click()
    assert "Abgebrochen" in page.last_error.text() and page.waiting.text() == "1"
    assert list((tmp_path / "ablage").iterdir()) == []


def test_a_result_arriving_after_the_lock_is_dropped(qtbot, page):
    seen = []
    page.controller.finished.connect(lambda *args: seen.append(args))
    page.controller.stop()
    page.controller.sync_now()                      # nothing starts once stopped
    page.controller._failed(RuntimeError("late"))   # a job that ends after the lock
    assert seen == [] and not page.controller.running


def test_was_wird_uebertragen_shows_every_figure_of_the_next_bundle_and_sends_nothing(qtbot, page, cw):
    from app.casemanager import transparency
    from tests.conftest import person_with_case

    for n in range(4):
        person_with_case(cw, opened="2026-09-01", municipality="olfen", given=f"Person {n}", intensity="intensiv")
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "dialog", None) is not None and page.dialog.isVisible(), timeout=20000)
    shown = page.dialog.text.toPlainText().splitlines()
    september = next(line for line in shown if line.startswith("2026-09 · Olfen · Personen nach Intensität"))
    assert "Intensives Case Management" in september and "zusammen" in september
    assert "Özdemir" not in page.dialog.text.toPlainText()       # no name, only counts
    assert cw.conn.execute("SELECT count(*) FROM released").fetchone() == (0,)   # looking releases nothing
    assert cw.conn.execute("SELECT count(*) FROM outbox").fetchone() == (0,)
    # what it showed is what is sent
    payload = sync_service.build_payload(cw, 1, 3)
    assert shown == [transparency.describe(cw, t) for t in payload["tables"]]
    page.dialog.close()


# -- setting sync up in the window ------------------------------------------------------------------
@pytest.fixture
def fresh_page(qtbot, tmp_path, cw):
    """A case file nothing is set up in yet; the KI's key file lies in tmp_path."""
    registry.create_store(tmp_path / "ki.db", PASSPHRASE, tmp_path, "KI Kreis Coesfeld", 3)
    widget = SyncPage(SyncController(cw.casefile))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _answer(monkeypatch, function: str, answer) -> None:
    """What the file chooser will answer, as if the user had picked it."""
    monkeypatch.setattr(f"ui.sync_page.QFileDialog.{function}", lambda *a, **k: answer)


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _tick(qtbot, page, label: str) -> None:
    [box] = [b for b in page.municipality_boxes.values() if b.text() == label]
    _click(qtbot, box)


def _ki_fingerprint(tmp_path) -> str:
    with registry.open_store(tmp_path / "ki.db", PASSPHRASE) as store:
        return registry.public_key(store.conn).fingerprint


def test_a_case_manager_sets_up_sync_in_the_window_and_the_ki_can_read_the_request(qtbot, fresh_page, cw, tmp_path,
                                                                                   monkeypatch):
    page = fresh_page
    assert page.completeness.text().startswith("Noch nicht vollständig eingerichtet")
    # municipalities by name, alphabetically; never a code
    labels = [box.text() for box in page.municipality_boxes.values()]
    assert labels == ["Ascheberg", "Billerbeck", "Coesfeld", "Dülmen", "Havixbeck", "Lüdinghausen", "Nordkirchen",
                      "Nottuln", "Olfen", "Rosendahl", "Senden"]

    _answer(monkeypatch, "getOpenFileName", (str(tmp_path / "ki-public.key"), ""))
    _click(qtbot, page.key_button)
    assert page.fingerprint.text().split() == _ki_fingerprint(tmp_path).split("-")   # 8 groups, to read out
    assert page.fingerprint_hint.isVisible()
    assert page.fingerprint_hint.text() == "Fingerabdruck – bitte telefonisch mit dem KI vergleichen."
    assert "KI Kreis Coesfeld" in page.ki_name.text()
    assert sync_service.setup(cw).ki_fingerprint == ""       # taken only when saved

    qtbot.keyClicks(page.device_name, "KIM ")
    page.device_name.insert("Dülmen 1")          # QTest cannot type an umlaut on every platform
    _tick(qtbot, page, "Dülmen")
    _tick(qtbot, page, "Nottuln")
    share = tmp_path / "ablage"
    share.mkdir()
    _answer(monkeypatch, "getExistingDirectory", str(share))
    _click(qtbot, page.share_button)
    qtbot.waitUntil(lambda: page.share_state.text() == "Die Ablage ist erreichbar und beschreibbar.", timeout=10_000)

    _click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.notice.text().startswith("Gespeichert."), timeout=10_000)
    setup = sync_service.setup(cw)
    assert (setup.share, setup.device_name, setup.municipalities) == (str(share), "KIM Dülmen 1", ("duelmen", "nottuln"))
    assert setup.ki_fingerprint == _ki_fingerprint(tmp_path) and setup.missing() == []
    assert page.completeness.text().startswith("Eingerichtet.")
    assert "Anmeldedatei" in page.notice.text()

    _click(qtbot, page.enrol_button)
    qtbot.waitUntil(lambda: "Bitte dem KI Bescheid geben" in page.enrol_state.text(), timeout=10_000)
    [written] = (share / "anmeldung").glob("*.enrol")
    request = registry.read_request(written)
    assert (request.name, request.municipalities) == ("KIM Dülmen 1", ("duelmen", "nottuln"))
    assert page.device_fingerprint.text().split() == request.fingerprint.split("-")   # what the KI compares
    assert "Anmeldedatei geschrieben am" in page.enrol_state.text()
    assert "anmeldung" in page.enrol_state.text().replace("\u200b", "")


def test_the_request_can_also_be_saved_elsewhere(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "usb-stick" / "geraet.enrol"
    target.parent.mkdir()
    _answer(monkeypatch, "getSaveFileName", (str(target), ""))
    _click(qtbot, page.enrol_elsewhere_button)
    qtbot.waitUntil(lambda: target.exists() and page.enrol_button.isEnabled(), timeout=10_000)
    assert registry.read_request(target).municipalities == ("olfen",)


@pytest.mark.parametrize("kind, says", [
    ("damaged", "Die Schlüsseldatei des KI ist beschädigt. Datei: kaputt.key. Es wurde nichts verändert."),
    ("other file", ("Das ist kein öffentlicher KI-Schlüssel dieser Fallakte-Version. Datei: kaputt.key. "
                    "Es wurde nichts verändert.")),
])
def test_a_wrong_or_damaged_key_file_is_refused_in_german_and_changes_nothing(qtbot, page, cw, tmp_path, monkeypatch,
                                                                            kind, says):
    from storage import records

    bad = tmp_path / "kaputt.key"
    good = (tmp_path / "ki-public.key").read_bytes()
    bad.write_bytes(good[: len(good) // 2] if kind == "damaged" else b'{"format": "fallakte-enrol-request"}')
    stored = records.get_setting(cw.conn, "ki_public_key", "")
    shown = page.fingerprint.text()
    logged = cw.conn.execute("SELECT count(*) FROM audit_log").fetchone()

    _answer(monkeypatch, "getOpenFileName", (str(bad), ""))
    _click(qtbot, page.key_button)
    assert page.message.isVisible() and page.message.text() == says
    assert page.fingerprint.text() == shown and page.new_key is None
    assert cw.conn.execute("SELECT count(*) FROM audit_log").fetchone() == logged
    _click(qtbot, page.save_button)           # saving afterwards keeps the key that was there
    qtbot.waitUntil(lambda: page.notice.text().startswith("Gespeichert."), timeout=10_000)
    assert records.get_setting(cw.conn, "ki_public_key", "") == stored and page.fingerprint.text() == shown


def test_times_are_shown_in_local_german_form_never_as_stored(qtbot, page, cw, berlin_time):
    import re
    from datetime import UTC, datetime, timedelta

    from storage import records

    with records.atomic(cw.conn):
        records.set_setting(cw.conn, "sync_last_success", "2026-11-26T05:58:55+00:00")
        records.set_setting(cw.conn, "sync_last_error", "2026-11-26T05:58:55+00:00 Die Ablage X ist voll.")
    page.refresh()
    assert page.last_success.text().startswith("26.11.2026 06:58")
    assert page.last_error.text().startswith("26.11.2026 06:58") and page.last_error.text().endswith(
        ": Die Ablage X ist voll.")
    five_ago = (datetime.now(UTC) - timedelta(minutes=5, seconds=10)).isoformat(timespec="seconds")
    with records.atomic(cw.conn):
        records.set_setting(cw.conn, "sync_last_success", five_ago)
    page.refresh()
    assert page.last_success.text().endswith("(vor 5 Minuten)")
    page.controller.timer.start()              # as after unlocking: every 15 minutes
    page.refresh()
    assert re.fullmatch(r"\d\d\.\d\d\.20\d\d \d\d:\d\d \(in 1[45] Minuten\)", page.next_sync.text())
    page.controller.stop()
    shown = " ".join(w.text() for w in (page.last_success, page.next_sync, page.last_error, page.enrol_state))
    assert "+00:00" not in shown and not re.search(r"\d{4}-\d\d-\d\d", shown)


def test_once_set_up_the_share_can_be_changed_and_new_municipalities_ask_for_a_new_request(qtbot, page, cw,
                                                                                          tmp_path, monkeypatch):
    old = tmp_path / "ablage"
    old.mkdir()
    _click(qtbot, page.enrol_button)
    qtbot.waitUntil(lambda: "Bitte dem KI Bescheid geben" in page.enrol_state.text(), timeout=10_000)
    # the current set-up is shown
    assert page.device_name.text() == "KIM Olfen" and page.share_field.text() == str(old)
    assert [b.text() for b in page.municipality_boxes.values() if b.isChecked()] == ["Olfen"]
    assert page.fingerprint.text().split() == _ki_fingerprint(tmp_path).split("-")
    assert page.municipality_hint.isVisible() and "neue Anmeldedatei" in page.municipality_hint.text()

    new = tmp_path / "neue-ablage"
    new.mkdir()
    _answer(monkeypatch, "getExistingDirectory", str(new))
    _click(qtbot, page.share_button)
    _click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.notice.text() == "Gespeichert.", timeout=10_000)
    assert sync_service.setup(cw).share == str(new)

    _tick(qtbot, page, "Senden")
    _click(qtbot, page.enrol_button)            # unsaved: the request would still say Olfen alone
    assert "zuerst die Einrichtung speichern" in page.enrol_state.text()
    _click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.notice.text().startswith("Gespeichert."), timeout=10_000)
    assert "neue Anmeldedatei" in page.notice.text()
    assert "Die Kommunen wurden seit der letzten Anmeldedatei" in page.enrol_state.text()
    _click(qtbot, page.enrol_button)
    qtbot.waitUntil(lambda: "Bitte dem KI Bescheid geben" in page.enrol_state.text(), timeout=10_000)
    [written] = (new / "anmeldung").glob("*.enrol")
    assert registry.read_request(written).municipalities == ("olfen", "senden")


def test_a_share_that_cannot_be_reached_is_said_in_german_and_the_rest_is_saved(qtbot, page, cw, tmp_path):
    gone = tmp_path / "netzlaufwerk" / "kim"
    page.share_field.setText(str(gone))
    page.device_name.clear()
    qtbot.keyClicks(page.device_name, "KIM Olfen 2")
    _click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.save_button.isEnabled() and page.notice.text() != "Wird gespeichert …",
                    timeout=10_000)
    assert page.share_state.text() == f"Die Ablage {gone} ist nicht erreichbar."
    assert page.notice.text().startswith(
        "Gespeichert. Sendungen warten in der Falldatei, bis die Ablage erreichbar ist.")
    assert sync_service.setup(cw).device_name == "KIM Olfen 2"


def test_a_missing_name_or_municipality_is_said_and_nothing_is_saved(qtbot, page, cw):
    page.device_name.clear()
    _click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=10_000)
    assert page.message.text() == "Bitte einen Gerätenamen angeben. Es wurde nichts gespeichert."
    qtbot.keyClicks(page.device_name, "KIM Neu")
    _tick(qtbot, page, "Olfen")                   # unticks the only one
    _click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: "Kommune" in page.message.text(), timeout=10_000)
    assert page.message.text() == "Bitte mindestens eine Kommune wählen. Es wurde nichts gespeichert."
    assert (sync_service.setup(cw).device_name, sync_service.setup(cw).municipalities) == ("KIM Olfen", ("olfen",))
