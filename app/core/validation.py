"""Validation of user input: one message per field (German source text, translated by Qt), raised
before anything is saved."""

from __future__ import annotations

from datetime import date

from app.core.messages import UserError, tr


class ValidationError(UserError):
    """Input that breaks a rule: ``field`` names the input, ``message`` says what is wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def required_text(value: str | None, field: str, label: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError(field, tr("{label} darf nicht leer sein.").format(label=label))
    return text


def parse_date(value: str | date | None, field: str, label: str, *, required: bool = True) -> date | None:
    """A date from a ``date`` or an ISO (2026-03-31) or German (31.03.2026) string."""
    if value is None or value == "":
        if required:
            raise ValidationError(field, tr("{label} fehlt.").format(label=label))
        return None
    if isinstance(value, date):
        return value
    text = value.strip()
    try:
        if "." in text:
            day, month, year = text.split(".")
            return date(int(year), int(month), int(day))
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, tr("{label}: »{text}« ist kein gültiges Datum (TT.MM.JJJJ).")
                              .format(label=label, text=text)) from None


def not_in_future(value: date | None, today: date, field: str, label: str) -> None:
    if value is not None and value > today:
        raise ValidationError(field, tr("{label} darf nicht in der Zukunft liegen.").format(label=label))


def not_before(value: date | None, earlier: date | None, field: str, label: str, earlier_label: str) -> None:
    if value is not None and earlier is not None and value < earlier:
        raise ValidationError(field, tr("{label} darf nicht vor {earlier} liegen.")
                              .format(label=label, earlier=earlier_label))


def whole_number(value, field: str, label: str, *, minimum: int = 1) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(field, tr("{label} muss eine ganze Zahl sein.").format(label=label)) from None
    if number < minimum:
        message = (tr("{label} muss größer als 0 sein.") if minimum == 1
                   else tr("{label} muss mindestens {minimum} sein."))
        raise ValidationError(field, message.format(label=label, minimum=minimum))
    return number
