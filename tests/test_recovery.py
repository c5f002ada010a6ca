"""A forgotten passphrase: the recovery code opens the case file and a new passphrase is set."""

import pytest

from app.core import stores
from storage import recovery_code
from storage.errors import InvalidRecoveryCode, WeakPassphrase, WrongPassphrase, WrongRecoveryCode
from storage.store import EncryptedStore
from tests.conftest import NEW_PASSPHRASE, PASSPHRASE, add_person, snapshot


def test_the_recovery_code_opens_the_file_and_the_new_passphrase_replaces_the_old(created):
    path, code = created
    with EncryptedStore.open(path, PASSPHRASE) as cf:
        add_person(cf, "Kowalski", "Zofia")

    with stores.recover(path, code, NEW_PASSPHRASE) as cf:
        assert cf.conn.execute("SELECT family_name FROM person").fetchone() == ("Kowalski",)

    with pytest.raises(WrongPassphrase):
        EncryptedStore.open(path, PASSPHRASE)
    with EncryptedStore.open(path, NEW_PASSPHRASE) as cf:
        actions = [a for (a,) in cf.conn.execute("SELECT action FROM audit_log ORDER BY seq")]
    assert actions[-2:] == ["change_passphrase", "recover"]


def test_the_recovery_code_keeps_working_after_a_recovery(created):
    path, code = created
    stores.recover(path, code, NEW_PASSPHRASE).close()
    stores.recover(path, code, "noch-eine-neue-passphrase").close()


def test_a_typo_in_the_code_names_the_group_and_changes_nothing(created):
    path, code = created
    typo = code[:7] + ("0" if code[7] != "0" else "1") + code[8:]  # second group
    before = snapshot(path)
    with pytest.raises(InvalidRecoveryCode) as err:
        stores.recover(path, typo, NEW_PASSPHRASE)
    assert err.value.group == 2
    assert snapshot(path) == before


def test_a_well_formed_but_foreign_code_is_refused_and_changes_nothing(created):
    path, _ = created
    before = snapshot(path)
    with pytest.raises(WrongRecoveryCode):
        stores.recover(path, recovery_code.generate(), NEW_PASSPHRASE)
    assert snapshot(path) == before


def test_a_recovery_insists_on_a_usable_new_passphrase_before_it_opens_anything(created):
    path, code = created
    before = snapshot(path)
    with pytest.raises(WeakPassphrase):
        stores.recover(path, code, "kurz")
    assert snapshot(path) == before
