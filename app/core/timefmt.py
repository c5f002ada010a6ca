"""Times as the user reads them: local time as TT.MM.JJJJ HH:MM and, while it is near, how long ago
or how soon ("vor 5 Minuten", "in 12 Minuten"). Times are stored as ISO 8601 in UTC and are never
shown that way."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.core.messages import tr


def parse(text: str) -> datetime | None:
    """A stored ISO time (UTC where it names no zone), or None for "" and anything unreadable."""
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def german_date(day: date) -> str:
    """TT.MM.JJJJ; by hand, as strftime imports a module on every call (and Qt hooks imports): Heute
    and the case list format thousands of dates."""
    return "%02d.%02d.%04d" % (day.day, day.month, day.year)   # noqa: UP031 - a third of the f-string's time


def local(moment: datetime) -> str:
    """TT.MM.JJJJ HH:MM in the computer's time zone."""
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")


def relative(moment: datetime, now: datetime) -> str:
    """"vor 5 Minuten" / "in 12 Minuten" within a day of ``now``; "" further away, where the date says it."""
    seconds = (now - moment).total_seconds()
    minutes = int(abs(seconds) // 60)
    hours = minutes // 60
    if hours >= 24:
        return ""
    if seconds >= 0:
        if minutes < 1:
            return tr("gerade eben")
        if hours < 1:
            return tr("vor einer Minute") if minutes == 1 else tr("vor {n} Minuten").format(n=minutes)
        return tr("vor einer Stunde") if hours == 1 else tr("vor {n} Stunden").format(n=hours)
    if minutes < 1:
        return tr("in weniger als einer Minute")
    if hours < 1:
        return tr("in einer Minute") if minutes == 1 else tr("in {n} Minuten").format(n=minutes)
    return tr("in einer Stunde") if hours == 1 else tr("in {n} Stunden").format(n=hours)


def shown(moment: datetime, now: datetime | None = None) -> str:
    """"26.11.2026 06:58 (vor 5 Minuten)"; the date and time alone when it is more than a day away."""
    near = relative(moment, now or datetime.now(UTC))
    return f"{local(moment)} ({near})" if near else local(moment)
