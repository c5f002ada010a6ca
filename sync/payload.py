"""The payload contract: what a bundle's plaintext holds, written once for both sides (a laptop and
the KI's roll-up write it, the KI's import checks it). docs/bundle-format.md describes it.

    {"format": "fallakte-counts", "version": 2, "indicators_version", "app_version", "device",
     "municipalities", "periods", "created_at", "sequence", "k",
     "tables": [{"indicator", "period", "municipality", "cells": {key: count or SUPPRESSED}, "total"?}]}

Version 2 (docs/anonymity.md): every count is perturbed by the cell key method; SUPPRESSED marks
only a magnitude that no one may see (interpreter minutes or euros dominated by a few persons).
Periods are closed months (2026-07) or quarters (2026-Q3), each released once and then repeated
unchanged.
"""

from __future__ import annotations

import re

from sync.bundle import BundleRefused, Refusal

FORMAT = "fallakte-counts"
VERSION = 2
SUPPRESSED = "suppressed"   # the one marker for a value that is not published
PERIOD = re.compile(r"\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?")   # a month, a quarter, or a year (interpreting)

# The indicator vocabulary both sides read (docs/indicators.md).
INDICATORS_VERSION = 2
ALL = "alle"                # municipality of tables about the device's own work
OUTSIDE = "ausserhalb"      # the device's persons who live outside its municipalities, wherever that is
MAX_COUNT = 10**9           # no caseload comes near it
UNKNOWN = "unbekannt"
AGE_BANDS = ((0, 17, "0-17"), (18, 26, "18-26"), (27, 44, "27-44"), (45, 64, "45-64"), (65, 200, "65+"))
INDIVIDUAL = "einzelfall"   # time on single cases that is not already a contact (paperwork, calls to offices)


def make(*, device: str, municipalities: list[str], periods: list[str], created_at: str, sequence: int, k: int,
         tables: list[dict], indicators_version: int, app_version: str = "") -> dict:
    payload = {"format": FORMAT, "version": VERSION, "indicators_version": indicators_version,
               "device": device, "municipalities": municipalities, "periods": periods,
               "created_at": created_at, "sequence": sequence, "k": k, "tables": tables}
    if app_version:
        payload["app_version"] = app_version
    return payload


def last_month(period: str) -> str:
    """2026-Q3 -> 2026-09, 2026 -> 2026-12; a month is its own last month."""
    if len(period) == 4:
        return f"{period}-12"
    return f"{period[:4]}-{int(period[-1]) * 3:02d}" if "-Q" in period else period


def _is_value(value) -> bool:
    return value == SUPPRESSED if type(value) is str else type(value) is int and 0 <= value <= MAX_COUNT


def _are_values(values) -> bool:
    """Every value a count in range or SUPPRESSED (not a bool, float, None, list or other string)."""
    kinds = set(map(type, values))
    if kinds <= {int}:
        return not values or 0 <= min(values) and max(values) <= MAX_COUNT
    return kinds <= {int, str} and all(_is_value(v) for v in values)


def sequence(payload: dict) -> int:
    """The sequence number of a payload of this format and version; BundleRefused otherwise."""
    if payload.get("format") != FORMAT or payload.get("version") != VERSION:
        raise BundleRefused(Refusal.UNSUPPORTED_VERSION, f"{payload.get('format')} {payload.get('version')}")
    number = payload.get("sequence")
    if type(number) is not int or not 1 <= number < 2**62:
        raise BundleRefused(Refusal.TAMPERED, "payload")
    return number


def check(payload: dict, municipalities: set[str] | None = None) -> int:
    """The sequence number of a well-formed payload; BundleRefused otherwise. Even a genuine,
    signed payload is checked in full before it is counted: a faulty device must not break the
    import or the statistics (one older than the snapshot held is passed over unread, see
    app/ki/importer.py).
    ``municipalities``: the places the sender may report on (its enrolled set); ALL and OUTSIDE
    are always allowed. Periods must be closed before the bundle was made and within its window:
    the previous and the current year."""
    number = sequence(payload)
    tables = payload.get("tables")
    created = payload.get("created_at")
    if not isinstance(tables, list) or not isinstance(created, str) or not re.match(r"\d{4}-(0[1-9]|1[0-2])-", created):
        raise BundleRefused(Refusal.TAMPERED, "payload")
    # One pass, with plain type tests and the values of each table at C speed: a KI imports thousands
    # of these (docs/performance.md). JSON object keys are strings, so the cells' names need no test.
    first, made = f"{int(created[:4]) - 1}-01", created[:7]
    places = None if municipalities is None else set(municipalities) | {ALL, OUTSIDE}
    periods_seen: set[str] = set()   # a bundle repeats a few dozen periods over hundreds of tables
    for t in tables:
        if type(t) is not dict:
            raise BundleRefused(Refusal.TAMPERED, "tables")
        period, place, cells, total = t.get("period"), t.get("municipality"), t.get("cells"), t.get("total", 0)
        if type(t.get("indicator")) is not str or type(period) is not str or type(place) is not str \
                or type(cells) is not dict or not _is_value(total) or not _are_values(cells.values()):
            raise BundleRefused(Refusal.TAMPERED, "tables")
        if period not in periods_seen:
            if PERIOD.fullmatch(period) is None:
                raise BundleRefused(Refusal.TAMPERED, "tables")
            if not first <= last_month(period) < made:
                raise BundleRefused(Refusal.TAMPERED, f"period {period[:8]}")
            periods_seen.add(period)
        if places is not None and place not in places:
            raise BundleRefused(Refusal.TAMPERED, f"municipality {place[:30]}")
    return number
