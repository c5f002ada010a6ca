"""The KI's yearly interpreter budget against what the laptops spent, per quarter: only closed,
released quarters of contacts count (docs/anonymity.md), a withheld quarter shows as the one marker,
and a quarter not yet released says so. In the window, on the command line."""

import json

import pytest

from app.ki import registry, statistics
from fallakte.cli import main
from sync.payload import SUPPRESSED
from tests.conftest import PASSPHRASE

COST = "interpreter_cost_cents_by_language"


def _table(period, total):
    return {"indicator": COST, "period": period, "municipality": "alle", "cells": {"arabisch": total}, "total": total}


@pytest.fixture
def ki_store(tmp_path):
    """Two laptops: 2026's first three quarters released (the third withheld on one of them)."""
    registry.create_store(tmp_path / "ki.db", PASSPHRASE, tmp_path, "KI Kreis Coesfeld", 3)
    with registry.open_store(tmp_path / "ki.db", PASSPHRASE) as store:
        for device, q3 in (("a", 150_000), ("b", SUPPRESSED)):
            tables = [_table("2026-Q1", 400_000), _table("2026-Q2", 250_000), _table("2026-Q3", q3),
                      {"indicator": "persons_by_intensity", "period": "2026-06", "municipality": "olfen",
                       "cells": {"intensiv": 12}, "total": 12}]
            store.conn.execute("INSERT INTO device (device_id, name, public_key, municipalities, enrolled_at) "
                               "VALUES (?, ?, x'00', 'olfen', '2026-01-01')", (device, device))
            store.conn.execute("INSERT INTO device_state (device_id, sequence, created_at, payload) VALUES (?, 1, ?, ?)",
                               (device, "2026-10-20T10:00:00+00:00", json.dumps({"tables": tables})))
        statistics.set_interpreter_budget(store.conn, 40_000)
    return tmp_path / "ki.db"


def test_the_budget_is_set_against_each_released_quarter_and_the_year_so_far(ki_store):
    with registry.open_store(ki_store, PASSPHRASE) as store:
        budget = statistics.interpreter_budget(statistics.County(store.conn), 2026)
    assert budget.rows() == [
        ("1. Quartal 2026", "8.000 €", "8.000 €", "20 %"),
        ("2. Quartal 2026", "5.000 €", "13.000 €", "32 %"),
        ("3. Quartal 2026", "·", "·", "·"),                      # a few persons' bills: withheld, no bound
        ("4. Quartal 2026", "noch nicht übermittelt", "", ""),   # open: nothing of it leaves a laptop
    ]
    assert budget.summary().startswith("Jahresbudget 2026: 40.000 €; ausgegeben bisher: ·")


def test_a_year_released_whole_is_shown_against_the_budget_with_what_remains(tmp_path):
    registry.create_store(tmp_path / "ki.db", PASSPHRASE, tmp_path, "KI", 3)
    with registry.open_store(tmp_path / "ki.db", PASSPHRASE) as store:
        store.conn.execute("INSERT INTO device (device_id, name, public_key, municipalities, enrolled_at) "
                           "VALUES ('a', 'a', x'00', 'olfen', '2025-01-01')")
        tables = [_table(f"2025-Q{q}", SUPPRESSED if q == 1 else 500_000) for q in range(1, 5)] + \
            [_table("2025", 1_700_000)]
        store.conn.execute("INSERT INTO device_state (device_id, sequence, created_at, payload) VALUES "
                           "('a', 1, '2026-01-20T10:00:00+00:00', ?)", (json.dumps({"tables": tables}),))
        county = statistics.County(store.conn)
        assert statistics.interpreter_budget(county, 2025).summary() == \
            "Kein Jahresbudget für Sprachmittlung eingetragen."
        statistics.set_interpreter_budget(store.conn, 20_000)
        budget = statistics.interpreter_budget(county, 2025)
    assert budget.summary() == ("Jahresbudget 2025: 20.000 €; ausgegeben bisher: 17.000 € (85 %), verbleibend: "
                                "3.000 €.")
    assert budget.rows()[1] == ("2. Quartal 2025", "5.000 €", "·", "·")


def test_the_ki_settings_command_shows_the_budget_against_the_quarters(ki_store, capsys, monkeypatch):
    monkeypatch.setenv("FALLAKTE_PASSPHRASE", PASSPHRASE)
    assert main(["ki", "settings", "--store", str(ki_store), "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert "Jahresbudget Sprachmittlung: 40000 €" in out
    assert "  1. Quartal 2026:  8.000 €  bis dahin 8.000 €  (20 %)" in out
    assert "  4. Quartal 2026:  noch nicht übermittelt" in out


def test_the_ki_window_shows_the_budget_against_spent_per_quarter(qtbot, ki_store):
    from ui.statistics_window import StatisticsWindow

    store = registry.open_store(ki_store, PASSPHRASE)
    window = StatisticsWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.period.setCurrentIndex(window.period.findData("2026-Q2"))
    assert window.current_period().key == "2026-Q2"
    grid = window.budget_quarters
    rows = [[grid.item(r, c).text() for c in range(4)] for r in range(grid.rowCount())]
    assert rows[:2] == [["1. Quartal 2026", "8.000 €", "8.000 €", "20 %"],
                        ["2. Quartal 2026", "5.000 €", "13.000 €", "32 %"]]
    assert "Jahresbudget 2026: 40.000 €" in window.budget_summary.text()
    window.budget.setValue(50_000)
    window.budget.editingFinished.emit()
    assert [grid.item(1, c).text() for c in range(4)][3] == "26 %"
    window.teardown()
    store.close()
