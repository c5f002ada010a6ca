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
    assert "-" in page.fingerprint.text()


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
