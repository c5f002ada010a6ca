"""Ctrl+Z for corrections: the changes made since unlocking, newest last, each with the record as it
was before and as it was left. An undo puts the earlier state back only if the record is still as
the change left it, and only if the rules still allow it (``Casework.undo``); the stack lives in
memory and is gone with the window on lock."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from app.core.messages import tr
from app.core.validation import ValidationError

# A record with what hangs on it (a contact's topics): {"row": {...}, "children": {table: [rows]}}
Snapshot = dict


@dataclass(frozen=True)
class Kind:
    """How one kind of record is kept consistent."""
    table: str
    check: Callable[[dict], None]         # the record's own rules, on its row (before an undo puts it back)
    settle: Callable[[dict, bool], None]  # after every write (row, whether it exists now): rules across
                                          # records, derived data such as the search index


@dataclass(frozen=True)
class Step:
    what: str                   # for the user: "Kontakt gelöscht"
    kind: Kind
    record_id: int
    before: Snapshot | None     # None: the change created the record
    after: Snapshot | None      # None: the change deleted it
    person_id: int | None       # whose case it belongs to, if anyone's


class UndoStack:
    LIMIT = 100

    def __init__(self) -> None:
        self._steps: deque[Step] = deque(maxlen=self.LIMIT)

    def push(self, step: Step) -> None:
        self._steps.append(step)

    def pop(self) -> Step:
        if not self._steps:
            raise ValidationError("undo", tr("Es gibt nichts rückgängig zu machen."))
        return self._steps.pop()

    def peek(self) -> Step | None:
        return self._steps[-1] if self._steps else None

    def clear(self) -> None:
        self._steps.clear()

    def __len__(self) -> int:
        return len(self._steps)
