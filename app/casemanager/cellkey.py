"""The cell key method (docs/anonymity.md): counts leave the laptop perturbed by a small, consistent
noise drawn from a perturbation table, so that no 1 or 2 is ever published and the same persons
always give the same published value.

After the sdcTools packages used by Destatis for the 2022 census: ``cellKey`` (a random record key
per person, the cell key as the fractional part of the sum of the record keys behind a cell, noise
looked up by the cell key's cumulative interval in the row of the true count) and ``ptable`` (the
maximum-entropy perturbation table: noise v with |v| <= D, mean 0, variance at most V, no target in
1..js). We solve ptable's small optimisation in closed form instead of with a nonlinear solver: the
maximum-entropy distribution under a mean and a variance constraint is p(v) ∝ exp(a·v + b·v²).

Record keys are 32-bit integers so that a cell key is exact whatever the order of summation (and
SQLite can add them without overflow): ck = (Σ keys mod 2³²) / 2³².
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from functools import cache
from typing import Iterable

D, V, JS = 2, 1.0, 2      # the parameters chosen in docs/anonymity.md
KEY_BITS = 32
KEY_SPACE = 1 << KEY_BITS


def new_record_key() -> int:
    return secrets.randbits(KEY_BITS)


def cell_key(key_sum: int) -> float:
    """The cell key of a cell whose persons' record keys add up to ``key_sum``."""
    return (key_sum % KEY_SPACE) / KEY_SPACE


def cell_key_of(record_keys: Iterable[int]) -> float:
    return cell_key(sum(record_keys))


@dataclass(frozen=True)
class PerturbationTable:
    d: int
    variance: float
    js: int
    rows: tuple[tuple[tuple[int, float], ...], ...]   # rows[i] = ((noise, probability), ...), noise ascending

    @property
    def symmetric_from(self) -> int:
        """From this count on, no target can be blocked: every larger count uses this row."""
        return len(self.rows) - 1

    def row(self, count: int) -> tuple[tuple[int, float], ...]:
        return self.rows[min(count, self.symmetric_from)]

    def noise(self, count: int, key: float) -> int:
        """The noise for a true ``count`` whose cell key is ``key``: the value whose cumulative
        interval [lower, upper) holds the key (the last interval takes the rounding rest)."""
        if count == 0:
            return 0
        upper = 0.0
        row = self.row(count)
        for value, probability in row:
            upper += probability
            if key < upper:
                return value
        return row[-1][0]

    def perturb(self, count: int, key: float) -> int:
        return count + self.noise(count, key)


@cache
def perturbation_table(d: int = D, variance: float = V, js: int = JS) -> PerturbationTable:
    rows = [((0, 1.0),)]    # nobody behind a cell: stays 0
    for i in range(1, d + js + 2):
        support = [j - i for j in range(max(i - d, 0), i + d + 1) if not 1 <= j <= js]
        rows.append(tuple((v, p) for v, p in zip(support, _max_entropy(support, variance)) if p > 1e-12))
    return PerturbationTable(d, variance, js, tuple(rows))


def _max_entropy(support: list[int], variance: float) -> list[float]:
    """Probabilities over ``support`` (noise values) with mean 0 and variance at most ``variance``,
    of maximum entropy. Where no such distribution exists (a blocked count: 1 must go to 0 or 3),
    the one of least variance."""
    if all(v >= 0 for v in support) or all(v <= 0 for v in support):
        return [1.0 if v == 0 else 0.0 for v in support]   # only "no noise" keeps the mean at 0
    least = _least_variance(support)
    if sum(p * v * v for p, v in zip(least, support)) >= variance - 1e-12:
        return least
    only_mean = _exponential_family(support, 0.0, fixed_b=True)
    if sum(p * v * v for p, v in zip(only_mean, support)) <= variance:
        return only_mean
    return _exponential_family(support, variance)


def _least_variance(support: list[int]) -> list[float]:
    """Mean 0 with the least variance: two values of opposite sign (or 0 alone), weighted so the
    mean is 0; their variance is -u·w."""
    if 0 in support:
        return [1.0 if v == 0 else 0.0 for v in support]
    u, w = min(((u, w) for u in support if u < 0 for w in support if w > 0), key=lambda pair: -pair[0] * pair[1])
    return [w / (w - u) if v == u else -u / (w - u) if v == w else 0.0 for v in support]


def _exponential_family(support: list[int], variance: float, fixed_b: bool = False) -> list[float]:
    """p(v) ∝ exp(a·v + b·v²) with mean 0 and, unless ``fixed_b`` (b = 0), variance ``variance``:
    Newton's method on the convex dual log Σ exp(a·v + b·v²) − b·variance."""
    a = b = 0.0
    for _ in range(200):
        weights = [math.exp(a * v + b * v * v) for v in support]
        total = sum(weights)
        p = [w / total for w in weights]
        m1 = sum(pi * v for pi, v in zip(p, support))
        m2 = sum(pi * v * v for pi, v in zip(p, support))
        m3 = sum(pi * v ** 3 for pi, v in zip(p, support))
        m4 = sum(pi * v ** 4 for pi, v in zip(p, support))
        if fixed_b:
            if abs(m1) < 1e-13:
                return p
            a -= m1 / (m2 - m1 * m1)
            continue
        g1, g2 = m1, m2 - variance
        if abs(g1) < 1e-13 and abs(g2) < 1e-13:
            return p
        h11, h12, h22 = m2 - m1 * m1, m3 - m1 * m2, m4 - m2 * m2
        det = h11 * h22 - h12 * h12
        a -= (h22 * g1 - h12 * g2) / det
        b -= (h11 * g2 - h12 * g1) / det
    raise ArithmeticError(f"no perturbation distribution for support {support}")
