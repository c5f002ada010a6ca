"""The perturbation behind every published count (docs/anonymity.md): what a reader of the KI's
figures must never see, and what keeps the figures useful."""

from __future__ import annotations

import math
import random

import pytest

from app.casemanager.cellkey import JS, KEY_SPACE, D, V, cell_key, cell_key_of, new_record_key, perturbation_table

TABLE = perturbation_table()


def _moments(row):
    return (sum(p for _, p in row), sum(p * v for v, p in row), sum(p * v * v for v, p in row))


@pytest.mark.parametrize("count", range(0, 12))
def test_every_row_is_unbiased_bounded_and_never_targets_one_or_two(count):
    row = TABLE.row(count)
    total, mean, variance = _moments(row)
    assert total == pytest.approx(1, abs=1e-12) and mean == pytest.approx(0, abs=1e-9)
    assert all(abs(v) <= D and not 1 <= count + v <= JS and count + v >= 0 for v, _ in row)
    if count > JS:
        assert variance <= V + 1e-9


def test_a_count_of_one_or_two_has_only_the_unavoidable_variance():
    """1 can only become 0 or 3, 2 only 0, 3 or 4: with mean 0 the least variance is 2."""
    assert TABLE.row(1) == ((-1, pytest.approx(2 / 3)), (2, pytest.approx(1 / 3)))
    assert TABLE.row(2) == ((-2, pytest.approx(1 / 3)), (1, pytest.approx(2 / 3)))


def test_rows_with_room_have_the_maximum_entropy_form_of_ptable():
    """Maximum entropy under mean and variance constraints means log p is quadratic in the noise."""
    for count in (4, 5, 9):
        row = TABLE.row(count)
        (v0, p0), (v1, p1), (v2, p2) = row[:3]
        # fit log p = c + a v + b v^2 through three points, check the rest
        b = ((math.log(p2) - math.log(p1)) / (v2 - v1) - (math.log(p1) - math.log(p0)) / (v1 - v0)) / (v2 - v0)
        a = (math.log(p1) - math.log(p0)) / (v1 - v0) - b * (v1 + v0)
        c = math.log(p0) - a * v0 - b * v0 * v0
        assert all(math.log(p) == pytest.approx(c + a * v + b * v * v, abs=1e-9) for v, p in row)
        assert _moments(row)[2] == pytest.approx(V)


def test_no_one_or_two_is_ever_published_and_zero_stays_zero():
    rng = random.Random(7)
    published = {TABLE.perturb(count, rng.random()) for count in range(0, 40) for _ in range(300)}
    assert not published & set(range(1, JS + 1))
    assert all(TABLE.perturb(0, rng.random()) == 0 for _ in range(100))


def test_the_same_persons_always_give_the_same_value_in_any_order():
    keys = [new_record_key() for _ in range(7)]
    shuffled = random.Random(3).sample(keys, len(keys))
    assert cell_key_of(keys) == cell_key_of(shuffled) == cell_key(sum(keys) + 5 * KEY_SPACE)
    assert {TABLE.perturb(7, cell_key_of(random.Random(s).sample(keys, 7))) for s in range(20)} == \
        {TABLE.perturb(7, cell_key_of(keys))}


def test_over_many_cells_the_noise_follows_the_table_and_averages_out():
    """Record keys are uniform, so the cell keys are, and each noise value occurs as often as the
    table says: no bias for a reader who adds up many cells."""
    draws = [TABLE.noise(10, cell_key_of([new_record_key() for _ in range(10)])) for _ in range(20000)]
    for value, probability in TABLE.row(10):
        assert draws.count(value) / len(draws) == pytest.approx(probability, abs=0.015)
    assert sum(draws) / len(draws) == pytest.approx(0, abs=0.03)


def test_every_person_and_short_intervention_gets_its_own_record_key(cw):
    from app.casemanager.system_work import SystemWork
    from tests.conftest import new_person

    people = [new_person(cw, given=f"Person {n}") for n in range(30)]
    SystemWork(cw).add_short_intervention("2026-11-02", "olfen", "arbeit")
    keys = [k for (k,) in cw.conn.execute("SELECT record_key FROM person UNION ALL SELECT record_key FROM short_intervention")]
    assert len(keys) == len(people) + 1 and len(set(keys)) == len(keys)
    assert all(0 <= k < KEY_SPACE for k in keys)


def test_an_old_or_damaged_case_file_gets_record_keys_before_anything_is_counted(casefile_path):
    from app.casemanager import release
    from app.casemanager.casework import Casework
    from storage.store import EncryptedStore
    from tests.conftest import PASSPHRASE, add_person

    old, _ = EncryptedStore.create(casefile_path, PASSPHRASE, schema_version=4)
    with old:
        for n in range(5):
            add_person(old, "Alt", f"Person {n}")
    with EncryptedStore.open(casefile_path, PASSPHRASE) as upgraded:   # migration 5 on open
        assert upgraded.conn.execute("SELECT count(*) FROM person WHERE record_key BETWEEN 0 AND ?",
                                     (KEY_SPACE - 1,)).fetchone() == (5,)
        upgraded.conn.execute("UPDATE person SET record_key = NULL WHERE id = 1")
        upgraded.conn.execute("UPDATE person SET record_key = ? WHERE id = 2", (KEY_SPACE * 8,))
        release.release_due(Casework(upgraded), ["olfen"], 3)
        keys = [k for (k,) in upgraded.conn.execute("SELECT record_key FROM person")]
    assert len(keys) == 5 and all(k is not None and 0 <= k < KEY_SPACE for k in keys)
