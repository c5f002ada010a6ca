"""A case manager and the KI exchange bundles through a folder: signed, encrypted, anonymised, and
the KI's totals stay exactly right whatever arrives, in whatever order."""

import json
import os

import pytest

from app.casemanager import demo, sync_service
from app.casemanager.casework import Casework
from app.core.identity import device_identity
from app.core.messages import describe
from app.core.validation import ValidationError
from app.ki import importer, registry, statistics
from storage.store import EncryptedStore
from sync import bundle as bundles
from sync.keys import KeyFileError
from sync.payload import SUPPRESSED
from sync.transport import ShareUnavailable
from tests.conftest import PASSPHRASE, TODAY


@pytest.fixture
def ki_store(tmp_path):
    code, key = registry.create_store(tmp_path / "ki.db", PASSPHRASE, tmp_path, "KI Kreis Coesfeld", 3)
    store = registry.open_store(tmp_path / "ki.db", PASSPHRASE)
    yield store
    store.close()


def _laptop(tmp_path, name, municipalities, persons, seed, ki_store=None, enrol=True):
    path = tmp_path / f"{name}.db"
    casefile, _ = EncryptedStore.create(path, PASSPHRASE)
    cw = Casework(casefile, today=lambda: TODAY)
    demo.fill(cw, persons, seed=seed)
    sync_service.configure(cw, share=tmp_path / "ablage", ki_key=(tmp_path / "ki-public.key").read_bytes(),
                           device_name=name, municipalities=municipalities)
    if enrol and ki_store is not None:
        request = tmp_path / f"{name}.enrol"
        request.write_bytes(sync_service.enrol_request(cw))
        registry.enrol(ki_store, registry.read_request(request))
    return cw


@pytest.fixture
def share(tmp_path):
    (tmp_path / "ablage").mkdir()
    return tmp_path / "ablage"


def _sums(store, indicator, month):
    """The KI's county figures for one month, as the statistics read them."""
    return statistics.County(store.conn).sums(indicator, statistics.Period.parse(month))


def _published(cw, sequence_payload=None):
    """What the laptop would publish now (the same function the bundle uses)."""
    return sync_service.build_payload(cw, 1, 3)["tables"]


def _expected_totals(payload_tables_per_device, indicator, period):
    """(sum of published values, number of suppressed contributions) per municipality and cell."""
    sums = {}
    for tables in payload_tables_per_device:
        for t in tables:
            if t["indicator"] == indicator and t["period"] == period:
                for key, value in dict(t["cells"], _total=t.get("total", 0)).items():
                    entry = sums.setdefault(t["municipality"], {}).setdefault(key, [0, 0])
                    entry[value == SUPPRESSED] += 1 if value == SUPPRESSED else value
    return {m: {k: tuple(v) for k, v in cells.items()} for m, cells in sums.items()}


def test_two_laptops_sync_through_the_share_and_the_ki_adds_them_up(tmp_path, share, ki_store):
    north = _laptop(tmp_path, "KIM Nord", ["coesfeld", "billerbeck"], 60, 1, ki_store)
    south = _laptop(tmp_path, "KIM Süd", ["senden", "olfen"], 60, 2, ki_store)
    assert len(sync_service.sync_now(north)) == 1 and len(sync_service.sync_now(south)) == 1
    summary = importer.import_folder(ki_store, share)
    assert sorted(r.outcome for r in summary.results) == [importer.NEW, importer.NEW]

    period = "2026-06"
    got = _sums(ki_store, "persons_by_intensity", period)
    expected = _expected_totals([_published(north), _published(south)], "persons_by_intensity", period)
    assert {m: {k: (t.value, t.suppressed) for k, t in cells.items()} for m, cells in got.items()} == expected
    assert any(t.value >= 3 for cells in got.values() for t in cells.values())   # not all suppressed
    status = sync_service.status(north)
    assert status.waiting == 0 and status.last_success and status.last_error == ""


def test_importing_again_or_in_another_order_changes_nothing(tmp_path, share, ki_store):
    cw = _laptop(tmp_path, "KIM Mitte", ["duelmen"], 40, 3, ki_store)
    first = sync_service.sync_now(cw)[0].read_bytes()
    demo.fill(cw, 10, seed=9)  # more casework, then the next snapshot
    second = sync_service.sync_now(cw)[0].read_bytes()

    assert importer.import_bundle(ki_store.conn, second, "b2").outcome == importer.NEW
    replay = importer.import_bundle(ki_store.conn, first, "b1")
    assert replay.outcome == importer.SUPERSEDED and "älter" in replay.reason
    assert importer.import_bundle(ki_store.conn, second, "b2").outcome == importer.ALREADY
    state = json.loads(ki_store.conn.execute("SELECT payload FROM device_state").fetchone()[0])
    assert state["sequence"] == 2


@pytest.mark.parametrize("damage", ["flip", "truncate", "flip-header"])
def test_a_damaged_bundle_is_refused_and_the_totals_stay(tmp_path, share, ki_store, damage):
    cw = _laptop(tmp_path, "KIM Mitte", ["duelmen"], 30, 4, ki_store)
    good = sync_service.sync_now(cw)[0].read_bytes()
    importer.import_bundle(ki_store.conn, good, "gut")
    before = _sums(ki_store, "contacts_by_channel", "2026-05")
    bad = bytearray(sync_service.sync_now(cw)[0].read_bytes())
    if damage == "flip":
        bad[len(bad) // 2] ^= 0x01
    elif damage == "flip-header":
        bad[30] ^= 0x01
    else:
        bad = bad[: len(bad) - 100]
    result = importer.import_bundle(ki_store.conn, bytes(bad), "kaputt")
    assert result.outcome == importer.REFUSED
    # A flip in the header's device id names a device nobody enrolled: refused before decryption.
    assert "verändert" in result.reason or "anderen KI-Schlüssel" in result.reason or \
        (damage == "flip-header" and "nicht angemeldet" in result.reason)
    assert _sums(ki_store, "contacts_by_channel", "2026-05") == before


def test_bundles_for_another_ki_or_from_unknown_or_revoked_devices_are_refused(tmp_path, share, ki_store):
    stranger = _laptop(tmp_path, "Fremd", ["olfen"], 20, 5, ki_store, enrol=False)
    result = importer.import_bundle(ki_store.conn, sync_service.sync_now(stranger)[0].read_bytes(), "x")
    assert (result.outcome, result.reason.split(" (")[0]) == (importer.REFUSED, "Gerät nicht angemeldet")

    member = _laptop(tmp_path, "KIM Süd", ["olfen"], 20, 6, ki_store)
    device_id, _ = device_identity(member.conn)
    assert registry.revoke(ki_store.conn, device_id)
    result = importer.import_bundle(ki_store.conn, sync_service.sync_now(member)[0].read_bytes(), "y")
    assert result.reason.startswith("Gerät gesperrt")

    other_dir = tmp_path / "anderes-ki"
    other_dir.mkdir()
    registry.create_store(other_dir / "ki.db", PASSPHRASE, other_dir, "Anderes KI", 3)
    sync_service.configure(member, ki_key=(other_dir / "ki-public.key").read_bytes())
    result = importer.import_bundle(ki_store.conn, sync_service.sync_now(member)[0].read_bytes(), "z")
    assert result.reason == "für einen anderen KI-Schlüssel verschlüsselt"
    assert ki_store.conn.execute("SELECT count(*) FROM device_state").fetchone() == (0,)


def test_an_unreachable_share_keeps_the_bundle_queued_with_a_plain_reason(tmp_path, ki_store):
    cw = _laptop(tmp_path, "KIM Nord", ["rosendahl"], 10, 7, ki_store)
    with pytest.raises(ShareUnavailable) as refused:
        sync_service.sync_now(cw)                       # the share folder does not exist (yet)
    assert "nicht erreichbar" in describe(refused.value)
    status = sync_service.status(cw)
    assert status.waiting == 1 and "nicht erreichbar" in status.last_error
    (tmp_path / "ablage").mkdir()
    assert len(sync_service.deliver_outbox(cw)) == 1
    assert sync_service.status(cw).waiting == 0


def test_a_share_that_fails_mid_write_leaves_no_visible_file_and_the_bundle_queued(tmp_path, share, ki_store,
                                                                                  monkeypatch):
    cw = _laptop(tmp_path, "KIM Nord", ["havixbeck"], 10, 8, ki_store)

    def vanish(src, dst):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("storage.atomic.os.replace", vanish)
    with pytest.raises(ShareUnavailable):
        sync_service.sync_now(cw)
    assert [p.name for p in share.iterdir() if p.name.endswith(bundles.SUFFIX)] == []
    assert sync_service.status(cw).waiting == 1


@pytest.mark.parametrize("errno_, message", [(28, "kein Platz"), (30, "schreibgeschützt"), (13, "schreibgeschützt")])
def test_a_full_or_read_only_share_is_reported_and_retried_later(tmp_path, share, ki_store, monkeypatch,
                                                                 errno_, message):
    cw = _laptop(tmp_path, "KIM Nord", ["havixbeck"], 10, 8, ki_store)
    real_open = open

    def refuse(path, mode="r", *args, **kwargs):
        if str(path).endswith(".tmp") and "w" in mode:
            raise OSError(errno_, os.strerror(errno_))
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", refuse)
    with pytest.raises(ShareUnavailable) as refused:
        sync_service.sync_now(cw)
    assert message in describe(refused.value)
    assert message in sync_service.status(cw).last_error
    monkeypatch.undo()
    assert len(sync_service.deliver_outbox(cw)) == 1
    assert sync_service.status(cw).last_error == ""


def test_a_new_bundle_replaces_one_still_waiting(tmp_path, ki_store):
    cw = _laptop(tmp_path, "KIM Nord", ["nottuln"], 10, 9, ki_store)
    sync_service.build_bundle(cw)
    sync_service.build_bundle(cw)
    assert cw.conn.execute("SELECT sequence FROM outbox").fetchall() == [(2,)]


def test_a_ki_key_file_that_asks_for_k_below_3_is_refused(tmp_path, created):
    from sync.keys import KiPublicKey

    path, _ = created
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        with pytest.raises(KeyFileError) as refused:
            sync_service.configure(Casework(cf), ki_key=KiPublicKey(bytes(32), 2, "x").to_bytes())
    assert "nicht zulässig" in describe(refused.value)


# -- setting up, as the Synchronisation page and ``fallakte sync-setup`` do it ----------------------
@pytest.fixture
def fresh(created):
    path, _ = created
    with EncryptedStore.open(path, PASSPHRASE) as casefile:
        yield Casework(casefile, today=lambda: TODAY)


def test_a_ki_key_file_is_checked_before_anything_is_stored(tmp_path, ki_store, fresh):
    good = sync_service.read_ki_key(tmp_path / "ki-public.key")
    assert good.fingerprint == registry.public_key(ki_store.conn).fingerprint
    damaged = tmp_path / "kaputt.key"
    damaged.write_bytes((tmp_path / "ki-public.key").read_bytes()[:-30])
    other = tmp_path / "anmeldung.enrol"
    sync_service.configure(fresh, device_name="KIM Olfen", municipalities=["olfen"])
    other.write_bytes(sync_service.enrol_request(fresh))
    huge = tmp_path / "video.key"
    huge.write_bytes(b"{" + b" " * sync_service.MAX_KEY_FILE + b"}")
    said = {}
    for name, file in [("damaged", damaged), ("other", other), ("huge", huge)]:
        with pytest.raises(KeyFileError) as refused:
            sync_service.read_ki_key(file)
        said[name] = describe(refused.value)
    assert said == {"damaged": "Die Schlüsseldatei des KI ist beschädigt.",
                    "other": "Das ist kein öffentlicher KI-Schlüssel dieser Fallakte-Version.",
                    "huge": "Das ist kein öffentlicher KI-Schlüssel dieser Fallakte-Version."}
    assert sync_service.setup(fresh).ki_fingerprint == ""


def test_the_share_check_says_whether_a_file_can_be_put_there_and_leaves_nothing(tmp_path, monkeypatch):
    folder = tmp_path / "ablage"
    with pytest.raises(ShareUnavailable) as refused:
        sync_service.check_share(folder)
    assert describe(refused.value) == f"Die Ablage {folder} ist nicht erreichbar."
    folder.mkdir()
    sync_service.check_share(folder)
    assert list(folder.iterdir()) == []

    def read_only(path, mode="r", *args, **kwargs):
        raise PermissionError(13, os.strerror(13))

    monkeypatch.setattr("builtins.open", read_only)
    with pytest.raises(ShareUnavailable) as refused:
        sync_service.check_share(folder)
    assert describe(refused.value) == f"Die Ablage {folder} ist schreibgeschützt."


def test_the_enrolment_request_goes_into_the_share_and_the_ki_reads_it(tmp_path, share, ki_store, fresh):
    device_id, fingerprint = sync_service.device_fingerprint(fresh)
    sync_service.configure(fresh, share=share, device_name="KIM Dülmen 1", municipalities=["duelmen", "nottuln"])
    written = sync_service.write_enrol_request(fresh)
    assert written == share / "anmeldung" / f"KIM-Duelmen-1_{device_id}.enrol"
    request = registry.read_request(written)
    assert (request.name, request.municipalities, request.fingerprint) == (
        "KIM Dülmen 1", ("duelmen", "nottuln"), fingerprint)
    assert not importer.import_folder(ki_store, share).results   # the KI's import leaves it alone
    setup = sync_service.setup(fresh)
    assert setup.requested_to == str(written) and not setup.needs_new_request and setup.missing() == ["Schlüssel des KI"]

    sync_service.configure(fresh, municipalities=["duelmen"])
    assert sync_service.setup(fresh).needs_new_request      # the KI would refuse figures it did not enrol
    elsewhere = sync_service.write_enrol_request(fresh, tmp_path / "stick.enrol")
    assert registry.read_request(elsewhere).municipalities == ("duelmen",)
    assert not sync_service.setup(fresh).needs_new_request


def test_setting_up_refuses_no_municipality_and_changes_nothing(fresh):
    sync_service.configure(fresh, device_name="KIM Olfen", municipalities=["olfen"])
    with pytest.raises(ValidationError, match="mindestens eine Kommune"):
        sync_service.configure(fresh, device_name="KIM Neu", municipalities=[])
    assert (sync_service.setup(fresh).device_name, sync_service.setup(fresh).municipalities) == ("KIM Olfen", ("olfen",))


def test_sync_times_are_read_as_times_and_shown_in_local_german_form(fresh, berlin_time):
    from datetime import UTC, datetime, timedelta

    from app.core import timefmt
    from storage import records

    with records.atomic(fresh.conn):
        records.set_setting(fresh.conn, "sync_last_success", "2026-11-26T05:58:55+00:00")
        records.set_setting(fresh.conn, "sync_last_error", "2026-07-01T10:00:00+00:00 Die Ablage X ist voll.")
    status = sync_service.status(fresh)
    assert status.last_error == "Die Ablage X ist voll."
    assert timefmt.local(status.last_success) == "26.11.2026 06:58"   # winter: UTC+1
    assert timefmt.local(status.last_error_at) == "01.07.2026 12:00"  # summer: UTC+2
    now = datetime(2026, 11, 26, 6, 4, 10, tzinfo=UTC)
    assert timefmt.shown(status.last_success, now) == "26.11.2026 06:58 (vor 5 Minuten)"
    assert timefmt.shown(now + timedelta(minutes=12, seconds=30), now) == "26.11.2026 07:16 (in 12 Minuten)"
    assert timefmt.shown(status.last_success, now + timedelta(days=2)) == "26.11.2026 06:58"
    assert [timefmt.relative(now - timedelta(seconds=s), now) for s in (20, 60, 3700, 7300)] == [
        "gerade eben", "vor einer Minute", "vor einer Stunde", "vor 2 Stunden"]
