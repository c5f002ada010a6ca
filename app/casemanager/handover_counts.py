"""Who counts a handed-over person in which period (docs/handover.md, *Counts*), so that the county's
figures neither double nor drop across a handover. app/casemanager/release.py asks, for each
period it counts, which persons to leave out of it.

* A person in a running handover *from* this case file is counted here no longer, in any period.
* A person received here is not counted in a year the sender had revised (``final_years``), and in a
  period the sender had released (``frozen_periods``) only when this case file revises it.
"""

from __future__ import annotations

import json


def left_out(conn, period: str) -> set[int]:
    """The person ids another laptop counts in ``period`` (2026-07, 2026-Q3 or the year 2026)."""
    out = {pid for (pid,) in conn.execute("SELECT DISTINCT person_id FROM handover_out_person "
                                            "WHERE person_id IS NOT NULL")}
    rules = conn.execute("SELECT person_id, final_years, frozen_periods FROM person_origin "
                         "WHERE final_years != '[]' OR frozen_periods != '[]'").fetchall()
    if rules:
        revising = conn.execute("SELECT 1 FROM released WHERE period = ?", (period,)).fetchone() is not None
        year = int(period[:4])
        for pid, final, frozen in rules:
            if year in json.loads(final) or (not revising and period in json.loads(frozen)):
                out.add(pid)
    return out

