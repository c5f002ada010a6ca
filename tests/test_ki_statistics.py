"""The KI's county statistics: twelve demo case files synced into one folder add up to the right
county totals, up to suppression, and a figure with suppressed parts never shows as exact."""

import pytest

from app.casemanager import indicators
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


def _truth(laptops, indicator, months, stock):
    """The case files' own counts, before any suppression: {municipality: {cell: value}}."""
    truth = {}
    for cw in laptops:
        from app.casemanager import sync_service
        for t in indicators.build_tables(cw, sync_service.device_municipalities(cw)):
            if t.indicator != indicator or t.period not in months or (stock and t.period != months[-1]):
                continue
            cells = dict(t.cells, _total=t.total) if t.total else t.cells
            for key, cell in cells.items():
                target = truth.setdefault(t.municipality, {})
                target[key] = target.get(key, 0) + cell.value
    return truth


@pytest.mark.parametrize("indicator,period,stock", [
    ("persons_by_intensity", "2026-Q3", True), ("persons_by_intensity", "2025", True),
    ("contacts_by_topic", "2026-Q3", False), ("referrals_by_outcome", "2025", False),
    ("chancen_104c", "2026-10", False), ("minutes_by_kind", "2026-Q2", False),
])
def test_county_totals_are_the_sum_of_the_case_files_own_counts_up_to_suppression(county, indicator, period, stock):
    store, laptops = county
    data = statistics.County(store.conn)
    p = statistics.Period.parse(period)
    got = data.sums(indicator, p)
    truth = _truth(laptops, indicator, list(p.months), stock)
    assert set(got) == set(truth)
    exact = 0
    for muni, cells in truth.items():
        for cell, value in cells.items():
            figure = got[muni].get(cell, statistics.Figure())
            if figure.exact:
                assert figure.value == value, (muni, cell)
                exact += 1
            else:   # a lower bound, off by at least one per suppressed contribution
                assert figure.value + figure.suppressed <= value, (muni, cell)
    assert exact > 0


def test_the_county_row_adds_regions_and_never_shows_a_partly_suppressed_sum_as_exact(county):
    store, laptops = county
    data = statistics.County(store.conn)
    table = next(t for t in statistics.tables(data, statistics.Period.parse("2026-Q3")) if t.key == "personen_nach_kommune")
    regions = [r for r in table.rows if r.kind == statistics.SUBTOTAL]
    county_row = table.rows[-1]
    assert [r.label for r in regions] == ["Region Nord", "Region Mitte", "Region Süd"]
    assert county_row.label == "Kreis Coesfeld"
    total_column = len(table.columns) - 1
    assert county_row.figures[total_column] == sum((r.figures[total_column] for r in regions), statistics.Figure())
    truth = sum(cells["_total"] for cells in _truth(laptops, "persons_by_intensity", ["2026-09"], True).values())
    shown = table.cell_text(county_row, total_column, data.k)
    if county_row.figures[total_column].exact:
        assert shown == f"{truth:,}".replace(",", ".")
    else:
        assert shown.startswith("≥ ")
    for row in table.rows:
        for column, figure in enumerate(row.figures):
            text = table.cell_text(row, column, data.k)
            assert figure.exact == (text[0].isdigit()), text


def test_devices_silent_for_more_than_30_days_are_flagged(county):
    from datetime import date, timedelta

    store, _ = county
    data = statistics.County(store.conn)
    assert not any(d["silent"] for d in data.devices())
    later = data.devices(today=date.today() + timedelta(days=31))
    assert all(d["silent"] and d["days_silent"] == 31 for d in later)


def test_figures_read_as_exact_lower_bound_or_protected():
    assert statistics.Figure(1234).text(3, True) == "1.234"
    assert statistics.Figure(0, 1).text(3, True) == "<3"
    assert statistics.Figure(0, 1).text(3, False) == "geschützt"
    assert statistics.Figure(0, 2).text(3, True) == "geschützt"
    assert statistics.Figure(40, 2).text(3, True) == "≥ 40"
    assert statistics.Figure(123456, 0).text(3, False, "€") == "1.235 €"


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
