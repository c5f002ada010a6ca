"""Disclosure control: whatever the counts, a reader of the published table learns no person count
from 1 to k-1, directly or by subtracting published cells from a published whole."""

from hypothesis import given, settings
from hypothesis import strategies as st

from app.casemanager.disclosure import SUPPRESSED, Cell, Table, protect


def _table(counts: dict[str, int], with_total: bool = True) -> Table:
    """Persons counted once each: a cell of n persons has the value n."""
    whole = sum(counts.values())
    t = Table("persons_by_gender", "2026-03", "olfen", total=Cell(whole, whole) if with_total else None)
    for key, n in counts.items():
        t.add(key, n, n)
    return t


def assert_safe(published: dict, k: int) -> None:
    """Every published value is 0, at least k, or marked; and where the whole is published, the
    suppressed cells (each at least 1) cannot be solved for: at least two of them, with more in
    them together than their number (else each is exactly 1)."""
    cells = published["cells"]
    for key, value in cells.items():
        assert value == SUPPRESSED or value == 0 or value >= k, (key, value)
    total = published.get("total")
    assert total in (None, SUPPRESSED, 0) or total >= k
    hidden = [key for key, v in cells.items() if v == SUPPRESSED]
    if hidden and total not in (None, SUPPRESSED):
        rest = total - sum(v for v in cells.values() if v != SUPPRESSED)
        assert len(hidden) >= 2 and rest > len(hidden), published


def test_small_cells_are_suppressed_with_a_second_cell_so_nothing_can_be_subtracted():
    published = protect(_table({"w": 5, "m": 4, "d": 1, "x": 0}), k=3)
    assert published["cells"] == {"w": 5, "m": SUPPRESSED, "d": SUPPRESSED, "x": 0}
    assert published["total"] == 10
    assert_safe(published, 3)


def test_two_suppressed_ones_are_not_enough_when_they_must_both_be_one():
    published = protect(_table({"a": 6, "b": 1, "c": 1, "d": 5}), k=3)
    assert sorted(k for k, v in published["cells"].items() if v == SUPPRESSED) == ["b", "c", "d"]
    assert_safe(published, 3)


def test_a_small_whole_suppresses_the_whole_table():
    published = protect(_table({"kurz": 1, "prozess": 1, "intensiv": 0}), k=3)
    assert published == {"indicator": "persons_by_gender", "period": "2026-03", "municipality": "olfen",
                         "cells": {"intensiv": 0, "kurz": SUPPRESSED, "prozess": SUPPRESSED}, "total": SUPPRESSED}


def test_suppressed_is_never_sent_as_zero_and_zero_is_sent_as_zero():
    published = protect(_table({"a": 0, "b": 2, "c": 7, "d": 9}), k=3)
    assert published["cells"]["a"] == 0 and published["cells"]["b"] == SUPPRESSED


def test_the_count_behind_a_cell_is_persons_not_contacts():
    t = Table("contacts_by_topic", "2026-03", "olfen")
    t.add("einbuergerung", value=5, persons=1)       # five contacts of one person
    assert protect(t, 3)["cells"] == {"einbuergerung": SUPPRESSED}


def test_unprotected_tables_are_published_as_they_are():
    t = Table("minutes_by_kind", "2026-03", "alle", protected=False)
    t.add("gremien", 45)
    assert protect(t, 3)["cells"] == {"gremien": 45}


@settings(max_examples=400, deadline=None)
@given(counts=st.dictionaries(st.sampled_from(list("abcdef")), st.integers(0, 9), min_size=1, max_size=6),
       k=st.integers(3, 5), with_total=st.booleans())
def test_any_table_is_safe_after_protection(counts, k, with_total):
    assert_safe(protect(_table(counts, with_total), k), k)
