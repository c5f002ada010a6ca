"""Disclosure control: no published value lets its reader learn a person count from 1 to k-1.

A table is one indicator for one month and one municipality: cells for the values of one attribute,
each with the number of distinct persons behind it (``persons``) and the value to publish (a person
count, or e.g. contacts or minutes). Tables whose cells partition a whole also carry that whole
(``total``). Rules, applied per table:

1. primary: a cell with 1..k-1 persons behind it is suppressed;
2. a whole of 1..k-1 persons is suppressed, and so is every cell with persons behind it;
3. secondary, where the whole is published: the published cells and the whole give the sum of the
   suppressed ones, so suppression must leave at least two suppressed cells and more persons behind
   them than there are suppressed cells (else each would be pinned to 1). The smallest further cells
   are suppressed until that holds; if no cell is left, the whole is suppressed.

A cell with nobody behind it is published as 0. A suppressed value is published as the marker
``SUPPRESSED``, never as 0. Tables about no one (the case manager's own time, events, observations)
are published unprotected.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sync.payload import SUPPRESSED


@dataclass
class Cell:
    value: int = 0
    persons: int = 0   # distinct persons behind the value: in memory only, never published


@dataclass
class Table:
    indicator: str
    period: str              # YYYY-MM
    municipality: str        # a municipality code, or "alle" for tables about the device's own work
    cells: dict[str, Cell] = field(default_factory=dict)
    total: Cell | None = None  # the whole, where the cells partition it
    protected: bool = True

    def add(self, key: str, value: int = 1, persons: int = 0) -> None:
        """Count ``value`` under ``key``, with ``persons`` more distinct persons behind it. The
        caller counts persons (COUNT(DISTINCT ...)); the whole is set by the caller too, as its
        persons are not the sum of the cells' where one person is in several."""
        cell = self.cells.setdefault(key, Cell())
        cell.value += value
        cell.persons += persons


def _suppressible(cells: dict[str, Cell], suppressed: set[str]) -> list[str]:
    return sorted((k for k, c in cells.items() if k not in suppressed and c.persons > 0),
                  key=lambda k: (cells[k].persons, cells[k].value, k))


def protect(table: Table, k: int) -> dict:
    """The table as published: ``{"indicator", "period", "municipality", "cells", "total"}``."""
    published = {"indicator": table.indicator, "period": table.period, "municipality": table.municipality}
    if not table.protected:
        published["cells"] = {key: c.value for key, c in sorted(table.cells.items())}
        if table.total is not None:
            published["total"] = table.total.value
        return published

    cells = table.cells
    suppressed = {key for key, c in cells.items() if 0 < c.persons < k}
    total_suppressed = False
    if table.total is not None:
        if 0 < table.total.persons < k:
            total_suppressed = True
            suppressed |= {key for key, c in cells.items() if c.persons > 0}
        else:
            while suppressed and (len(suppressed) < 2 or sum(cells[s].persons for s in suppressed) <= len(suppressed)):
                candidates = _suppressible(cells, suppressed)
                if not candidates:
                    total_suppressed = True
                    break
                suppressed.add(candidates[0])
    published["cells"] = {key: (SUPPRESSED if key in suppressed else (c.value if c.persons else 0))
                          for key, c in sorted(cells.items())}
    if table.total is not None:
        published["total"] = SUPPRESSED if total_suppressed else (table.total.value if table.total.persons else 0)
    return published
