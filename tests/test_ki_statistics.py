"""The KI's county statistics: twelve demo case files synced into one folder add up to the case
files' own counts within the perturbation each laptop applies (docs/anonymity.md); no figure is a
bound, and the case managers' own time shows only where three or more sent it."""

import json

import pytest

from app.casemanager import release
from app.casemanager.cellkey import D
from app.core.validation import ValidationError
from app.ki import demo_county, importer, registry, rollup, statistics
from tests.conftest import PASSPHRASE, TODAY


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    """Twelve laptops, two years of casework each, synced and imported."""
    tmp = tmp_path_factory.mktemp("county")
    registry.create_store(tmp / "ki.db", PASSPHRASE, tmp, "KI Kreis Coesfeld", 3)
    store = registry.open_store(tmp / "ki.db", PASSPHRASE)
    (tmp / "ablage").mkdir()
    laptops = demo_county.case_files(tmp, (tmp / "ki-public.key").read_bytes(), tmp / "ablage", 45, today=TODAY,
                                 passphrase=PASSPHRASE)
    demo_county.enrol_and_sync(store, laptops, tmp / "ablage")
    summary = importer.import_folder(store, tmp / "ablage")
    assert summary.line == "12 neu, 0 aktualisiert, 0 übergangen, 0 abgelehnt"
    yield store, laptops
    for cw in laptops:
        cw.casefile.close()
    store.close()


def _truth(laptops, indicator, period: statistics.Period, stock):
    """The case files' own counts, before protection: {municipality: {cell: (value, parts)}}, where
    parts is how many published values (device and month) went into the sum."""
    released = {p.key for p in release.due(TODAY, set())}
    keys = [k for k in (period.quarters if indicator in release.QUARTERLY else period.months) if k in released]
    keys = keys[-1:] if stock else keys
    truth = {}
    for cw in laptops:
        for key in keys:
            p = release.quarter(int(key[:4]), int(key[-1])) if "-Q" in key else release.month(int(key[:4]), int(key[5:]))
            counted = release.count(cw, p)
            for (ind, muni), cells in counted.tables.items():
                if ind != indicator:
                    continue
                for cell in cells:
                    value, _ = counted.value(ind, muni, cell)
                    name = statistics.TOTAL if cell is None else cell
                    old = truth.setdefault(muni, {}).get(name, (0, 0))
                    truth[muni][name] = (old[0] + value, old[1] + 1)
    return truth


@pytest.mark.parametrize("indicator,period,stock", [
    ("persons_by_intensity", "2026-Q3", True), ("persons_by_intensity", "2025", True),
    ("contacts_by_topic", "2026-Q3", False), ("referrals_by_outcome", "2025", False),
    ("chancen_104c", "2026-10", False),
])
def test_county_figures_are_the_case_files_own_counts_within_the_perturbation(county, indicator, period, stock):
    store, laptops = county
    p = statistics.Period.parse(period)
    got = statistics.County(store.conn).sums(indicator, p)
    truth = _truth(laptops, indicator, p, stock)
    errors, all_parts = [], 0
    for muni, cells in truth.items():
        for cell, (value, parts) in cells.items():
            figure = got[muni][cell]
            assert figure.exact and abs(figure.value - value) <= D * parts, (muni, cell, figure, value, parts)
            errors.append(abs(figure.value - value))
            all_parts += parts
    assert errors and sum(errors) / all_parts < 1             # a little noise per published part, no bias
    if stock:                                                 # one month's stock: many figures are exactly right
        assert sum(e == 0 for e in errors) > len(errors) / 4


def test_own_time_and_interpreter_costs_are_sums_of_the_devices_quarters(county):
    store, laptops = county
    data = statistics.County(store.conn)
    q2 = statistics.Period.parse("2026-Q2")
    minutes = data.county_cells("minutes_by_kind", q2)
    truth = _truth(laptops, "minutes_by_kind", q2, False)["alle"]
    assert {c: f.value for c, f in minutes.items()} == {c: v for c, (v, _) in truth.items()}
    assert data.contributors("minutes_by_kind", q2) == 12
    assert data.county_cells("minutes_by_kind", statistics.Period.parse("2026-05")) == {}   # quarters only
    cost = data.county_cells("interpreter_cost_cents_by_language", q2)[statistics.TOTAL]
    assert cost.exact and cost.value == _truth(laptops, "interpreter_cost_cents_by_language", q2, False)["alle"][statistics.TOTAL][0]


def test_the_county_row_adds_regions_and_shows_no_bound_or_marker_for_a_count(county):
    store, _ = county
    data = statistics.County(store.conn)
    table = next(t for t in statistics.tables(data, statistics.Period.parse("2026-Q3")) if t.key == "personen_nach_kommune")
    regions = [r for r in table.rows if r.kind == statistics.SUBTOTAL]
    county_row = table.rows[-1]
    assert [r.label for r in regions] == ["Region Nord", "Region Mitte", "Region Süd"]
    assert county_row.label == "Kreis Coesfeld"
    total_column = len(table.columns) - 1
    assert county_row.figures[total_column] == sum((r.figures[total_column] for r in regions), statistics.Figure())
    for row in table.rows:
        for column in range(len(row.figures)):
            text = table.cell_text(row, column)
            assert text.replace(".", "").isdigit() and text not in ("1", "2"), text


def test_devices_silent_for_more_than_30_days_are_flagged(county):
    from datetime import date, timedelta

    store, _ = county
    data = statistics.County(store.conn)
    assert not any(d["silent"] for d in data.devices())
    later = data.devices(today=date.today() + timedelta(days=31))
    assert all(d["silent"] and d["days_silent"] == 31 for d in later)


def test_figures_read_as_published_or_as_the_one_marker_never_as_a_bound():
    assert statistics.Figure(1234).text() == "1.234"
    assert statistics.Figure(0, 1).text() == statistics.WITHHELD == "·"
    assert statistics.Figure(40, 2).text("€") == "·"          # a sum with a withheld part says nothing
    assert statistics.Figure(123456, 0).text("€") == "1.235 €"


@pytest.mark.parametrize("text,months", [("2026", 12), ("2026-Q3", 3), ("2026-q1", 3), ("2026-07", 1)])
def test_periods_are_years_quarters_or_months(text, months):
    assert len(statistics.Period.parse(text).months) == months


@pytest.mark.parametrize("text", ["2026-Q5", "2026-13", "Q3", "letztes Jahr", ""])
def test_a_wrong_period_is_refused_with_the_forms_allowed(text):
    with pytest.raises(ValidationError, match="2026-Q3"):
        statistics.Period.parse(text)


def test_a_period_with_no_data_gives_empty_tables_not_errors(county):
    store, _ = county
    data = statistics.County(store.conn)
    period = statistics.Period.parse("2019")
    assert not data.has_data(period)
    assert all(t.empty for t in statistics.tables(data, period))


def test_the_county_rolls_up_to_the_land_as_a_bundle_the_land_imports_like_a_device(county, tmp_path):
    from app.ki import importer, registry, rollup
    store, _ = county
    land_dir = tmp_path / "land"
    land_dir.mkdir()
    registry.create_store(land_dir / "land.db", PASSPHRASE, land_dir, "Land NRW", 3)
    request = tmp_path / "kreis.anmeldung"
    request.write_bytes(rollup.rollup_enrol_request(store, "Kreis Coesfeld"))
    (tmp_path / "land-ablage").mkdir()
    with registry.open_store(land_dir / "land.db", PASSPHRASE) as land:
        enrolled = registry.enrol(land, registry.read_request(request))
        assert enrolled.name == "Kreis Coesfeld" and len(enrolled.municipalities) == 11
        rollup.write_rollup(store, land_dir / "ki-public.key", tmp_path / "land-ablage")
        summary = importer.import_folder(land, tmp_path / "land-ablage")
        assert summary.line == "1 neu, 0 aktualisiert, 0 übergangen, 0 abgelehnt"
        at_land = statistics.County(land.conn)
        at_county = statistics.County(store.conn)
        period = statistics.Period.parse("2026-Q3")
        for indicator in ("persons_by_intensity", "contacts_by_channel", "minutes_by_kind"):
            county_sums, land_sums = at_county.sums(indicator, period), at_land.sums(indicator, period)
            assert set(county_sums) == set(land_sums)
            for muni, cells in county_sums.items():
                for cell, figure in cells.items():
                    got = land_sums[muni][cell]
                    assert got.exact == figure.exact and (not got.exact or got.value == figure.value)
        # The county's own imports do not change because it rolled up.
        assert registry.public_key(store.conn).name == "KI Kreis Coesfeld"


def test_a_land_asking_for_a_stricter_k_than_the_devices_applied_is_refused(county, tmp_path):
    store, _ = county
    registry.create_store(tmp_path / "land.db", PASSPHRASE, tmp_path, "Land NRW", 5)
    (tmp_path / "ablage").mkdir()
    with pytest.raises(ValidationError, match="k = 5"):
        rollup.write_rollup(store, tmp_path / "ki-public.key", tmp_path / "ablage")
    assert list((tmp_path / "ablage").iterdir()) == []


def test_the_land_applies_the_same_checks_to_a_county_as_a_county_to_its_laptops(county, tmp_path):
    """A roll-up is read like a laptop's bundle: only the municipalities the county was enrolled
    for, only closed periods, only counts a caseload can reach."""
    from app.core.identity import device_identity
    from app.ki import importer, registry, rollup
    from sync import bundle as bundles

    store, _ = county
    registry.create_store(tmp_path / "land.db", PASSPHRASE, tmp_path, "Land NRW", 3)
    request = tmp_path / "kreis.anmeldung"
    request.write_bytes(rollup.rollup_enrol_request(store, "Kreis Coesfeld"))
    share = tmp_path / "land-ablage"
    share.mkdir()
    honest = rollup.rollup_payload(store, 1, 3)
    device_id, key = device_identity(store.conn)

    def altered(n, change):
        payload = json.loads(json.dumps(honest))
        payload["sequence"] = n
        change(payload["tables"][0])
        return payload

    forged = [altered(2, lambda t: t.update(municipality="muenster")),      # not a municipality of Coesfeld
              altered(3, lambda t: t.update(period="2099-01")),             # not closed when it was made
              altered(4, lambda t: t["cells"].update({next(iter(t["cells"])): 10 ** 10}))]   # no caseload
    with registry.open_store(tmp_path / "land.db", PASSPHRASE) as land:
        registry.enrol(land, registry.read_request(request))
        land_key = registry.public_key(land.conn)
        for payload in forged:
            (share / bundles.file_name(device_id, payload["sequence"])).write_bytes(
                bundles.seal(payload, device_id, key, land_key))
        summary = importer.import_folder(land, share)
        assert sorted((r.outcome, r.reason.split("(")[-1]) for r in summary.results) == [
            (importer.REFUSED, "municipality muenster)"), (importer.REFUSED, "period 2099-01)"),
            (importer.REFUSED, "tables)")]
        assert not statistics.County(land.conn).tables   # nothing of them counted


def test_a_year_of_interpreting_counts_each_devices_yearly_release_instead_of_its_quarters(tmp_path):
    """A quarter withheld on one laptop (too few paid bills) withholds the county's quarter; the
    year, released on its own and protected over twelve months, can be published (docs/anonymity.md)."""
    from app.ki import registry
    from sync.payload import SUPPRESSED

    registry.create_store(tmp_path / "ki.db", PASSPHRASE, tmp_path, "KI", 3)
    cost = "interpreter_cost_cents_by_language"

    def table(period, total, cells):
        return {"indicator": cost, "period": period, "municipality": "alle", "cells": cells, "total": total}

    with registry.open_store(tmp_path / "ki.db", PASSPHRASE) as store:
        for device, quarters, year in (
                ("a", [table(f"2025-Q{q}", SUPPRESSED if q == 1 else 10_000, {"arabisch": SUPPRESSED}) for q in (1, 2, 3, 4)],
                 table("2025", 41_000, {"arabisch": 41_000})),
                ("b", [table(f"2025-Q{q}", 5_000, {"arabisch": 5_000}) for q in (1, 2, 3, 4)],
                 table("2025", 20_000, {"arabisch": 20_000}))):
            store.conn.execute("INSERT INTO device (device_id, name, public_key, municipalities, enrolled_at) "
                               "VALUES (?, ?, x'00', 'olfen', '2025-01-01')", (device, device))
            store.conn.execute("INSERT INTO device_state (device_id, sequence, created_at, payload) VALUES (?, 1, ?, ?)",
                               (device, "2026-01-20T10:00:00+00:00", json.dumps({"tables": quarters + [year]})))
        county = statistics.County(store.conn)
        q1 = county.county_cells(cost, statistics.Period.parse("2025-Q1"))
        year = county.county_cells(cost, statistics.Period.parse("2025"))
        q2 = county.county_cells(cost, statistics.Period.parse("2025-Q2"))
    assert not q1[statistics.TOTAL].exact                       # one laptop's quarter withheld: the county's too
    assert (year[statistics.TOTAL].exact, year[statistics.TOTAL].value) == (True, 61_000)   # years, not quarters
    assert (q2[statistics.TOTAL].exact, q2[statistics.TOTAL].value) == (True, 15_000)
    assert statistics.County.months.fget(county) == []          # a year is no month


def test_the_countys_interpreting_cost_of_a_closed_year_is_published_where_its_quarters_are_not(county):
    """Twelve demo laptops of 45 persons: where one laptop's quarter has too few paid bills to show,
    the county's quarter is withheld; each laptop's year passes k and the p%-rule, so the county's
    year is the exact sum of what was paid (magnitudes are protected by suppression, not noise)."""
    store, laptops = county
    cost = "interpreter_cost_cents_by_language"
    data = statistics.County(store.conn)
    year = data.county_cells(cost, statistics.Period.parse("2025"))[statistics.TOTAL]
    truth = sum(release.count(cw, release.year(2025)).value(cost, "alle", None)[0] for cw in laptops)
    assert (year.exact, year.value) == (True, truth) and truth > 0
    withheld = [q for q in range(1, 5)
                if not data.county_cells(cost, statistics.Period.parse(f"2025-Q{q}"))[statistics.TOTAL].exact]
    assert withheld   # the demo data's seed gives such a quarter: the year is shown all the same
