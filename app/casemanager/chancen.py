"""The Chancen-Aufenthaltsrecht (§ 104c AufenthG): eligibility hint, the 18-month window, reminders
ahead of its end, and the outcome.

The permit is granted for 18 months; within them the person must meet the conditions of § 25a or
§ 25b. Period arithmetic follows §§ 187(2), 188(2),(3) BGB: a window starting on 15.01.2023 ends on
14.07.2024; one starting on 31.08.2023 ends on 28.02.2025 (February has no 31st).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

CUTOFF = date(2022, 10, 31)           # the day the person had to be in Germany for five years
STAY_SINCE_AT_LATEST = date(2017, 10, 31)
WINDOW_MONTHS = 18
DEFAULT_REMINDER_MONTHS = (6, 3, 1)

PERMIT = "ae_104c"
OUTCOMES = {"ae_25a": "ae_25a", "ae_25b": "ae_25b"}  # any other following status counts as "sonstige"


def _shifted_month(day: date, months: int) -> tuple[int, int, int]:
    """Year, month and that month's length, ``months`` after ``day``'s month."""
    year, month0 = divmod(day.year * 12 + day.month - 1 + months, 12)
    return year, month0 + 1, calendar.monthrange(year, month0 + 1)[1]


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the end of a shorter month."""
    year, month, last = _shifted_month(day, months)
    return date(year, month, min(day.day, last))


def window_end(granted: date, months: int = WINDOW_MONTHS) -> date:
    """Last day of a period of ``months`` starting on ``granted`` (§ 188(2),(3) BGB)."""
    year, month, last = _shifted_month(granted, months)
    if granted.day > last:
        return date(year, month, last)
    return date(year, month, granted.day) - timedelta(days=1)


@dataclass(frozen=True)
class StatusEntry:
    status: str
    since: date


@dataclass(frozen=True)
class ChancenWindow:
    granted: date
    ends: date
    reminders: tuple[date, ...]
    outcome: str                 # laufend | ae_25a | ae_25b | sonstige | abgelaufen
    outcome_since: date | None
    due_reminder: date | None    # the latest reminder that has come due while the window runs

    @property
    def running(self) -> bool:
        return self.outcome == "laufend"


def window(history: list[StatusEntry], today: date,
           reminder_months: tuple[int, ...] = DEFAULT_REMINDER_MONTHS) -> ChancenWindow | None:
    """The most recent § 104c window in a status history, or None if there was none."""
    ordered = sorted(history, key=lambda e: e.since)
    grants = [i for i, e in enumerate(ordered) if e.status == PERMIT]
    if not grants:
        return None
    i = grants[-1]
    granted = ordered[i].since
    ends = window_end(granted)
    reminders = tuple(sorted(add_months(ends, -m) for m in reminder_months))
    following = ordered[i + 1] if i + 1 < len(ordered) else None
    if following is not None:
        outcome, outcome_since = OUTCOMES.get(following.status, "sonstige"), following.since
    elif today > ends:
        outcome, outcome_since = "abgelaufen", ends + timedelta(days=1)
    else:
        outcome, outcome_since = "laufend", None
    due = [r for r in reminders if r <= today] if outcome == "laufend" else []
    return ChancenWindow(granted, ends, reminders, outcome, outcome_since, due[-1] if due else None)


@dataclass(frozen=True)
class EligibilityHint:
    possibly_eligible: bool
    reasons: list[str] = field(default_factory=list)


def eligibility_hint(in_germany_since: date | None, history: list[StatusEntry]) -> EligibilityHint:
    """A hint, not a decision: five years' stay by 31.10.2022 and a Duldung on that day."""
    if any(e.status == PERMIT for e in history):
        return EligibilityHint(False, ["§ 104c bereits erteilt"])
    reasons = []
    if in_germany_since is None:
        return EligibilityHint(False, ["Einreisedatum fehlt"])
    if in_germany_since > STAY_SINCE_AT_LATEST:
        return EligibilityHint(False, ["am 31.10.2022 keine fünf Jahre in Deutschland"])
    reasons.append("seit mindestens 31.10.2017 in Deutschland")
    at_cutoff = [e for e in sorted(history, key=lambda e: e.since) if e.since <= CUTOFF]
    if at_cutoff and at_cutoff[-1].status != "duldung":
        return EligibilityHint(False, reasons + ["am 31.10.2022 nicht geduldet"])
    reasons.append("am 31.10.2022 geduldet" if at_cutoff else "Status am 31.10.2022 nicht erfasst")
    return EligibilityHint(True, reasons)
