"""Property: whatever a case file holds, the decrypted bundle carries no name, birth date, case
number, note or record id, no date finer than a month, and only safe counts."""

import json
import re
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.casemanager import release, sync_service
from app.casemanager.casework import Casework, Contact, Person, Referral
from app.casemanager.release import CHANCEN_CELLS
from app.core.identity import device_identity
from storage.store import EncryptedStore
from sync import bundle as bundles
from sync import payload as payloads
from sync.keys import KiPublicKey, generate_ki_key
from sync.payload import AGE_BANDS, SUPPRESSED, UNKNOWN
from tests.conftest import PASSPHRASE, TODAY

# Names in any script, marked so that a hit can only be a copied name, never a coincidence.
names = st.text(st.characters(categories=["L"]), min_size=2, max_size=12).map(lambda s: "Ⓝ" + s)
notes = st.text(min_size=1, max_size=40).map(lambda s: "Ⓣ" + s)
days = st.integers(0, 700).map(lambda n: TODAY - timedelta(days=n))
person = st.fixed_dictionaries({
    "family": names, "given": names, "birth": st.dates(date(1940, 1, 1), date(2015, 12, 31)),
    "municipality": st.sampled_from(["olfen", "senden", "coesfeld", "rosendahl"]),
    "gender": st.sampled_from(["w", "m", "d", "x"]), "opened": days, "contacts": st.lists(
        st.tuples(st.integers(0, 60), st.sampled_from(["aufenthalt", "arbeit", "sprache"]), notes,
                  st.sampled_from(["", "Tigrinya", "Ⓛ" + "Privatsprache"])), max_size=4),
    "referral": st.booleans(), "status": st.sampled_from(["duldung", "ae_104c", "gestattung", None]),
})


def _allowed_cell_keys(cat) -> set[str]:
    keys = {"eroeffnet", "abgeschlossen", "veranstaltungen", "teilnehmende", "einzelfall", "offen", UNKNOWN,
            *CHANCEN_CELLS, *(b[2] for b in AGE_BANDS)}
    for name in cat.by_name:
        keys |= set(getattr(cat, name).codes())
    keys |= {e.extra["group"] for e in cat.residence_status.entries}
    return keys


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                               HealthCheck.too_slow])
@given(people=st.lists(person, min_size=1, max_size=12))
def test_no_personal_data_and_only_safe_counts_in_any_bundle(tmp_path_factory, people):
    folder = tmp_path_factory.mktemp("prop")
    casefile, _ = EncryptedStore.create(folder / "f.db", PASSPHRASE)
    private, public = generate_ki_key()
    ki = KiPublicKey(public, 3, "KI")
    with casefile:
        cw = Casework(casefile, today=lambda: TODAY)
        sync_service.configure(cw, ki_key=ki.to_bytes(), device_name="Test", municipalities=["olfen", "senden"])
        secrets = []
        for p in people:
            pid = cw.add_person(Person(p["family"], p["given"], p["municipality"], gender=p["gender"],
                                       birth_date=p["birth"].isoformat()))
            secrets += [p["family"], p["given"], p["birth"].isoformat(), cw.person(pid).case_number]
            if p["status"]:
                # § 104c could be applied for until 31.12.2025 (and granted later on such an application).
                cw.record_status(pid, p["status"], min(p["opened"], date(2025, 12, 31)) if p["status"] == "ae_104c"
                                 else p["opened"])
            cw.give_consent(pid, "fallarbeit", p["opened"])
            cw.give_consent(pid, "weitergabe", p["opened"], partner="jobcenter")
            case_id = cw.open_case(pid, p["opened"], "prozess")
            for offset, topic, note, language in p["contacts"]:
                day = min(TODAY, p["opened"] + timedelta(days=offset))
                cw.add_contact(case_id, Contact(day, 30, "persoenlich", [topic], notes=note,
                                                interpreter_language=language, interpreter_minutes=20 if language else 0))
                secrets.append(note)
            if p["referral"]:
                cw.add_referral(case_id, Referral("jobcenter", p["opened"], True))
        sync_service.build_bundle(cw)
        sealed = casefile.conn.execute("SELECT bundle FROM outbox").fetchone()[0]
        device_id, key = device_identity(casefile.conn)

    from sync.keys import signing_public

    payload = bundles.open_sealed(sealed, private, ki, lambda _id: signing_public(key))
    text = json.dumps(payload, ensure_ascii=False)
    for secret in secrets:
        assert secret not in text
    assert "Ⓝ" not in text and "Ⓣ" not in text and "Ⓛ" not in text
    assert re.findall(r"\d{4}-\d{2}-\d{2}", text.replace(payload["created_at"], "")) == []
    allowed = _allowed_cell_keys(cw.cat)
    closed = {p.key for p in release.due(TODAY, set())}
    for table in payload["tables"]:
        assert set(table) <= {"indicator", "period", "municipality", "cells", "total"}
        assert table["period"] in closed, table["period"]   # closed periods only, never the running month
        assert set(table["cells"]) <= allowed, set(table["cells"]) - allowed
        values = [*table["cells"].values(), table.get("total", 0)]
        if table["indicator"] in ("interpreter_minutes_by_language", "interpreter_cost_cents_by_language"):
            assert all(v == SUPPRESSED or (type(v) is int and v >= 0) for v in values)
        elif table["indicator"] not in ("minutes_by_kind", "info_events", "observations_by_category"):
            assert all(type(v) is int and not 1 <= v < payload["k"] for v in values), table   # never a 1 or 2
    assert payloads.check(payload) >= 1
