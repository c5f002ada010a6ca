"""Recovery codes: 125 random bits a person can copy by hand.

Five groups of five Crockford base32 characters, each group followed by a Luhn mod 32 check
character, e.g. ``7KQ2M-X...``. Luhn mod N catches every single mistyped character and most swaps
of neighbours, and because each group carries its own check the user is told which group is wrong.
Crockford's alphabet has no I, L, O or U; when typed, I and L read as 1 and O as 0.
"""

from __future__ import annotations

import secrets

from storage.errors import InvalidRecoveryCode

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 5
GROUP_LEN = 5
_N = len(ALPHABET)
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_TYPED_ALIASES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _luhn_sum(values: list[int], double_first_from_right: bool) -> int:
    total = 0
    factor = 2 if double_first_from_right else 1
    for v in reversed(values):
        product = v * factor
        total += product // _N + product % _N
        factor = 1 if factor == 2 else 2
    return total


def check_char(group: str) -> str:
    remainder = _luhn_sum([_VALUE[c] for c in group], double_first_from_right=True) % _N
    return ALPHABET[(_N - remainder) % _N]


def generate() -> str:
    groups = []
    for _ in range(GROUPS):
        data = "".join(secrets.choice(ALPHABET) for _ in range(GROUP_LEN))
        groups.append(data + check_char(data))
    return "-".join(groups)


def normalize(typed: str) -> str:
    """The code's 25 data characters, or InvalidRecoveryCode naming the first group with a typo."""
    cleaned = "".join(typed.split()).replace("-", "").upper().translate(_TYPED_ALIASES)
    width = GROUP_LEN + 1
    if len(cleaned) != GROUPS * width or any(c not in _VALUE for c in cleaned):
        raise InvalidRecoveryCode(None)
    data = []
    for g in range(GROUPS):
        group = cleaned[g * width:(g + 1) * width]
        if _luhn_sum([_VALUE[c] for c in group], double_first_from_right=False) % _N != 0:
            raise InvalidRecoveryCode(g + 1)
        data.append(group[:GROUP_LEN])
    return "".join(data)
