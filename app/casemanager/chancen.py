"""The Chancen-Aufenthaltsrecht (§ 104c AufenthG) as what it is since 01.01.2026: a closed
programme whose windows run out. The 18-month window, reminders ahead of its end, an application
filed in time (Fiktion, § 81 Abs. 4 AufenthG), and the outcome.

§ 104c went out of force at the end of 31.12.2025: no application can be filed since 01.01.2026
(the last day is data, ``last_application`` in resources/catalogues/residence_status.json). A permit
applied for by then may still be granted later, so the last windows end in 2027.

The permit is granted for 18 months and is not renewed (§ 104c Abs. 3); within them the person
must meet the conditions of § 25a or § 25b. Period arithmetic follows §§ 187(2), 188(2),(3) BGB: a
window starting on 15.01.2023 ends on 14.07.2024; one starting on 31.08.2023 ends on 28.02.2025
(February has no 31st). Where the card's "gültig bis" is recorded, it wins over the computed end.

An application for another title filed by the window's last day keeps the stay lawful until the
decision (§ 81 Abs. 4 Satz 1 AufenthG): the window is then "fiktion", not "abgelaufen", and the
reminders go on monthly until the decision. An application filed later has no such effect by law.
A fall back to a Duldung after the window counts as a lapse.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, timedelta

from app.core import catalogues

WINDOW_MONTHS = 18
DEFAULT_REMINDER_MONTHS = (6, 3, 1)

PERMIT = "ae_104c"
OUTCOMES = {"ae_25a": "ae_25a", "ae_25b": "ae_25b"}   # a Duldung is "duldung"; any other status "sonstige"


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _month_length(year: int, month0: int) -> int:
    return 29 if month0 == 1 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else _DAYS[month0]


def _shifted_month(day: date, months: int) -> tuple[int, int, int]:
    """Year, month and that month's length, ``months`` after ``day``'s month."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    return year, month0 + 1, _month_length(year, month0)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the end of a shorter month. Plain
    arithmetic, no calendar module: *Heute* asks this some thousand times."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = _month_length(year, month0)
    return date(year, month0 + 1, min(day.day, last))


def window_end(granted: date, months: int = WINDOW_MONTHS) -> date:
    """Last day of a period of ``months`` starting on ``granted`` (§ 188(2),(3) BGB)."""
    year, month, last = _shifted_month(granted, months)
    if granted.day > last:
        return date(year, month, last)
    return date(year, month, granted.day) - timedelta(days=1)


@functools.cache
def roles() -> tuple[tuple[str, ...], frozenset[str]]:
    """(codes of an application entry, codes of a Duldung), from the status catalogue."""
    entries = catalogues.default().residence_status.entries
    return (tuple(e.code for e in entries if e.extra.get("kind") == "antrag"),
            frozenset(e.code for e in entries if e.extra.get("group") == "duldung"))


def last_application(status: str) -> date | None:
    """The last day an application for ``status`` was possible (§ 104c: 31.12.2025), or None."""
    entry = catalogues.default().residence_status.get(status)
    day = entry.extra.get("last_application") if entry else None
    return date.fromisoformat(day) if day else None


@dataclass(frozen=True)
class StatusEntry:
    status: str
    since: date                       # for an application: the day it was filed
    valid_until: date | None = None   # "gültig bis" from the card
    applied_for: str | None = None    # for an application: the title applied for


@dataclass(frozen=True)
class ChancenWindow:
    granted: date
    ends: date
    reminders: tuple[date, ...]
    outcome: str                 # laufend | fiktion | ae_25a | ae_25b | duldung | sonstige | abgelaufen
    outcome_since: date | None   # None while the window runs or the application is pending (Fiktion)
    due_reminder: date | None    # the latest reminder that has come due until the decision
    applied_on: date | None = None      # an application for another title filed by the end
    applied_for: str | None = None

    @property
    def running(self) -> bool:
        return self.outcome == "laufend"

    @property
    def pending(self) -> bool:
        """Still to be followed up: the 18 months run, or an application filed in time awaits its decision."""
        return self.outcome in ("laufend", "fiktion")

    def reminders_until(self, day: date) -> list[date]:
        """Every reminder up to ``day``: 6/3/1 months ahead while the window runs, then monthly
        after its end while the application is pending (reminders go on until the decision)."""
        if not self.pending:
            return []
        due = [r for r in self.reminders if r <= day]
        if self.outcome == "fiktion":
            due += [add_months(self.ends, k) for k in range(1, self._months_after_end(day) + 1)]
        return due

    def last_reminder(self, day: date) -> date | None:
        """The latest reminder up to ``day`` (what *Heute* shows), or None."""
        return _last_reminder(self.outcome, self.reminders, self.ends, day)

    def next_reminder(self, after: date) -> date:
        """The first reminder after ``after`` (a month after the end while pending under Fiktion)."""
        later = [r for r in self.reminders if r > after]
        if later:
            return later[0]
        return add_months(self.ends, self._months_after_end(after) + 1)

    def _months_after_end(self, day: date) -> int:
        return _months_after(self.ends, day)


def _months_after(ends: date, day: date) -> int:
    """How many monthly reminders after ``ends`` fall on or before ``day``."""
    k = (day.year - ends.year) * 12 + day.month - ends.month
    return max(0, k - (add_months(ends, k) > day)) if k > 0 else 0


def _last_reminder(outcome: str, reminders: tuple[date, ...], ends: date, day: date) -> date | None:
    if outcome == "fiktion" and (k := _months_after(ends, day)):
        return add_months(ends, k)
    if outcome not in ("laufend", "fiktion"):
        return None
    due = [r for r in reminders if r <= day]
    return due[-1] if due else None


def window(history: list[StatusEntry], today: date,
           reminder_months: tuple[int, ...] = DEFAULT_REMINDER_MONTHS) -> ChancenWindow | None:
    """The most recent § 104c window in a status history, or None if there was none."""
    ordered = sorted(history, key=lambda e: e.since)
    grants = [i for i, e in enumerate(ordered) if e.status == PERMIT]
    if not grants:
        return None
    applications, duldung = roles()
    i = grants[-1]
    granted = ordered[i].since
    ends = ordered[i].valid_until or window_end(granted)
    reminders = tuple(sorted(add_months(ends, -m) for m in reminder_months))
    following = ordered[i + 1:]
    application = following[0] if following and following[0].status in applications else None
    if application is not None:
        following = following[1:]
        if application.since > ends:   # filed after the end: no Fiktion by law (§ 81 Abs. 4 Satz 1)
            application = None
    decision = following[0] if following else None
    if decision is not None:
        outcome = OUTCOMES.get(decision.status, "duldung" if decision.status in duldung else "sonstige")
        outcome_since = decision.since
    elif today <= ends:
        outcome, outcome_since = "laufend", None
    elif application is not None:
        outcome, outcome_since = "fiktion", None
    else:
        outcome, outcome_since = "abgelaufen", ends + timedelta(days=1)
    return ChancenWindow(granted, ends, reminders, outcome, outcome_since, _last_reminder(outcome, reminders, ends, today),
                         application.since if application else None, application.applied_for if application else None)
