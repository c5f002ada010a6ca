"""The recovery code a user copies by hand: typos are caught and the faulty group is named."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storage import recovery_code
from storage.errors import InvalidRecoveryCode


def test_a_generated_code_has_five_groups_of_six_and_reads_back():
    code = recovery_code.generate()
    groups = code.split("-")
    assert [len(g) for g in groups] == [6] * 5
    assert recovery_code.normalize(code) == "".join(g[:5] for g in groups)


def test_codes_are_random():
    assert len({recovery_code.generate() for _ in range(50)}) == 50


def test_every_single_mistyped_character_is_caught_and_its_group_named():
    code = recovery_code.generate()
    plain = code.replace("-", "")
    for pos, original in enumerate(plain):
        for replacement in recovery_code.ALPHABET:
            if replacement == original:
                continue
            typo = plain[:pos] + replacement + plain[pos + 1:]
            with pytest.raises(InvalidRecoveryCode) as err:
                recovery_code.normalize(typo)
            assert err.value.group == pos // 6 + 1


def test_typing_is_forgiving_about_case_spaces_and_look_alike_letters():
    code = recovery_code.generate()
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert recovery_code.normalize(typed) == recovery_code.normalize(code)


@pytest.mark.parametrize("typed", ["", "ABC", "U" * 30, recovery_code.generate()[:-1]],
                         ids=["leer", "zu-kurz", "falsche-zeichen", "ein-zeichen-fehlt"])
def test_malformed_input_is_refused_without_naming_a_group(typed):
    with pytest.raises(InvalidRecoveryCode) as err:
        recovery_code.normalize(typed)
    assert err.value.group is None


@given(st.text(max_size=60))
def test_arbitrary_text_is_either_a_code_or_a_clean_refusal(text):
    try:
        data = recovery_code.normalize(text)
    except InvalidRecoveryCode:
        return
    assert len(data) == 25
