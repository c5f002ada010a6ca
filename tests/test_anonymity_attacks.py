"""Attacks on what leaves the laptop, as the KI could run them (docs/anonymity.md): a small county of
three case managers with about ten persons each, built through the real code, bundles decrypted with
the KI's key. Each test runs one attack class of issue 13 and asserts what it must not learn.

The attacker knows the method and its parameters (D = 2, V = 1, js = 2, the perturbation table) but
not the record keys. From a published value it knows which true values could have produced it; from
the structure of the tables it knows that cells add up to their whole and that the five tables of
persons of one month and municipality share that whole. ``feasible`` combines all of it.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.casemanager import demo, release, sync_service
from app.casemanager.casework import Casework, Contact, Person
from app.casemanager.cellkey import perturbation_table
from app.core.identity import device_identity
from app.ki import committee_report, importer, registry, report_export, statistics
from storage.store import EncryptedStore
from sync import bundle as bundles
from sync.keys import signing_public
from sync.payload import SUPPRESSED
from tests.conftest import PASSPHRASE, TODAY

K = 3
TABLE = perturbation_table(js=K - 1)
PERSON_TABLES = ("persons_by_intensity", "persons_by_phase", "persons_by_gender", "persons_by_age_band",
                 "persons_by_status_group")
LAPTOPS = [("KIM Nord", ["rosendahl", "billerbeck"], 11), ("KIM Mitte", ["nottuln"], 9), ("KIM Süd", ["olfen"], 10)]


# -- the attacker's tools ------------------------------------------------------------------------------
def could_be(published: int, limit: int = 200, capped: bool = False) -> set[int]:
    """Every true count that can be published as ``published``; ``capped``: the value may have been
    cut down to its published whole, so any perturbed value at or above it fits."""
    return {t for t in range(limit) if (t == 0 and published == 0)
            or (t > 0 and any(t + v == published or (capped and t + v > published) for v, _ in TABLE.row(t)))}


def _sums(sets: list[set[int]]) -> set[int]:
    reachable = {0}
    for values in sets:
        reachable = {a + b for a in reachable for b in values}
    return reachable


def feasible(tables: list[dict]) -> dict[tuple[str, str], set[int]]:
    """For linked tables that share one whole: the true values each cell can still have, given every
    published value and that each table's cells add up to the same whole."""
    top = max(could_be(tables[0]["total"])) + 1   # no part exceeds its whole
    cells = {(t["indicator"], c): could_be(v, top, capped=v == t["total"]) for t in tables for c, v in t["cells"].items()}
    wholes = set.intersection(*[could_be(t["total"]) for t in tables])
    for t in tables:
        wholes &= _sums([cells[(t["indicator"], c)] for c in t["cells"]])
    result = {}
    for t in tables:
        keys = [(t["indicator"], c) for c in t["cells"]]
        for key in keys:
            others = _sums([cells[k] for k in keys if k != key])
            result[key] = {v for v in cells[key] if any(w - v in others for w in wholes)}
        result[(t["indicator"], "_total")] = wholes
    return result


def narrowed_to_small(values: set[int]) -> bool:
    return bool(values) and values <= set(range(1, K))


# -- the county -----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def county(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("kreis")
    registry.create_store(tmp / "ki.db", PASSPHRASE, tmp, "KI", K)
    store = registry.open_store(tmp / "ki.db", PASSPHRASE)
    (tmp / "ablage").mkdir()
    laptops = []
    for n, (name, municipalities, persons) in enumerate(LAPTOPS):
        casefile, _ = EncryptedStore.create(tmp / f"{n}.db", PASSPHRASE, kdf_iterations=1)
        cw = Casework(casefile, today=lambda: TODAY)
        demo.fill(cw, persons, seed=100 + n, municipalities=municipalities)
        sync_service.configure(cw, share=tmp / "ablage", ki_key=(tmp / "ki-public.key").read_bytes(),
                               device_name=name, municipalities=municipalities)
        laptops.append(cw)
    yield store, laptops, tmp
    for cw in laptops:
        cw.casefile.close()
    store.close()


def _payload(store, cw) -> dict:
    """Build a bundle as the laptop does and open it as the KI does."""
    sync_service.build_bundle(cw)
    sealed = cw.conn.execute("SELECT bundle FROM outbox").fetchone()[0]
    _, key = device_identity(cw.conn)
    return bundles.open_sealed(sealed, registry.private_key(store.conn), registry.public_key(store.conn),
                               lambda _d: signing_public(key))


def _truth(cw, period_key: str) -> release.Counted:
    year, rest = int(period_key[:4]), period_key[5:]
    p = release.quarter(year, int(rest[1])) if rest.startswith("Q") else release.month(year, int(rest))
    return release.count(cw, p)


# -- the attacks ------------------------------------------------------------------------------------------
def test_linked_tables_and_zeros_never_pin_a_small_count(county):
    """Subtraction across the five tables of persons (one whole) and reading zeros: the attacker's
    feasible values always hold the truth, and no count of 1 or 2 is pinned down or narrowed to
    1..2. (Before cells were capped at their published whole, 60 of 841 were narrowed here.)"""
    store, laptops, _ = county
    small, narrowed = 0, 0
    for cw in laptops:
        payload = _payload(store, cw)
        groups: dict[tuple[str, str], list[dict]] = {}
        for t in payload["tables"]:
            if t["indicator"] in PERSON_TABLES:
                groups.setdefault((t["period"], t["municipality"]), []).append(t)
        for (period, muni), tables in groups.items():
            truth = _truth(cw, period)
            for key, values in feasible(tables).items():
                indicator, cell = key
                true = truth.value(indicator, muni, None if cell == "_total" else cell)[1]
                assert true in values, (period, muni, key)            # the attacker's model is sound
                if 1 <= true < K:
                    small += 1
                    assert values != {true}, (period, muni, key)      # never recovered exactly
                    narrowed += narrowed_to_small(values)
    assert small > 50
    assert narrowed == 0, f"{narrowed} of {small} small counts narrowed to 1..{K - 1}"


def test_no_published_count_is_one_or_two_and_no_marker_hides_a_count(county):
    store, laptops, _ = county
    for cw in laptops:
        for t in _payload(store, cw)["tables"]:
            values = [*t["cells"].values(), *([t["total"]] if "total" in t else [])]
            if t["indicator"].startswith("interpreter_"):
                assert all(v == SUPPRESSED or v == 0 or v >= K for v in values)
            elif t["indicator"] not in ("minutes_by_kind", "info_events", "observations_by_category"):
                assert all(type(v) is int and not 1 <= v < K for v in values), t


def test_successive_bundles_are_identical_for_every_released_month(county):
    """Fifteen minutes later, a day later, after a late entry into a sent month: the released months
    read the same, so comparing bundles shows no one's arrival, profile or birthday."""
    store, laptops, _ = county
    cw = laptops[2]
    first = _payload(store, cw)
    second = _payload(store, cw)
    person = cw.add_person(Person("Spät", "Nachgetragen", "olfen", gender="d", birth_date="2008-10-20"))
    cw.give_consent(person, "fallarbeit", "2026-09-02")
    cw.open_case(person, "2026-09-02", "intensiv")
    later = _payload(store, Casework(cw.casefile, today=lambda: date(2026, 11, 30)))
    assert first["tables"] == second["tables"] == later["tables"]
    december = _payload(store, Casework(cw.casefile, today=lambda: date(2026, 12, 11)))
    old = [t for t in december["tables"] if t["period"] in first["periods"]]
    assert old == first["tables"]                                    # frozen; only November is new
    assert set(december["periods"]) - set(first["periods"]) == {"2026-11"}


def test_stock_and_flow_over_months_do_not_pin_who_joined(county):
    """Persons at the end of M against M−1 plus opened minus closed: with every term perturbed on
    its own, the difference says nothing exact about a single arrival."""
    store, laptops, _ = county
    for cw in laptops:
        payload = _payload(store, cw)
        by = {(t["indicator"], t["period"], t["municipality"]): t for t in payload["tables"]}
        exact = 0
        for (indicator, period, muni), t in by.items():
            if indicator != "cases_opened_closed" or period == "2025-01" or "-Q" in period:
                continue
            year, month = int(period[:4]), int(period[5:])
            previous = f"{year}-{month - 1:02d}" if month > 1 else f"{year - 1}-12"
            now, before = by[("persons_by_intensity", period, muni)]["total"], by[("persons_by_intensity", previous, muni)]["total"]
            guess = now - before + t["cells"]["abgeschlossen"]           # the attacker's "opened" estimate
            truth = _truth(cw, period).value("cases_opened_closed", muni, "eroeffnet")[0]
            exact += guess == truth and 1 <= truth < K
        assert exact == 0 or exact < len(by) / 20


def test_the_report_states_no_bound_marker_or_small_count(county):
    store, laptops, tmp = county
    for cw in laptops:
        request = tmp / "anmeldung"
        request.write_bytes(sync_service.enrol_request(cw))
        registry.enrol(store, registry.read_request(request))
        sync_service.sync_now(cw)
    importer.import_folder(store, tmp / "ablage")
    for period in ("2026-Q3", "2025", "2026-10"):
        report = committee_report.build(statistics.County(store.conn), statistics.Period.parse(period), "KI")
        written = report_export.write(report, "csv", tmp / f"csv-{period}")
        text = " ".join(p.read_text(encoding="utf-8-sig") for p in written)
        assert "≥" not in text and "<" not in text and "geschützt" not in text
        for table in report.tables:
            if table.key in ("systembeobachtungen", "zeitanteile", "sprachmittlung"):
                continue
            assert all(table.cell_text(r, c) not in ("1", "2") for r in table.rows for c in range(len(r.figures)))


def test_one_persons_interpreter_bill_cannot_be_read_at_any_level(county):
    store, laptops, _ = county
    cw = laptops[1]
    person = cw.add_person(Person("Teuer", "Einzeln", "nottuln"))
    cw.give_consent(person, "fallarbeit", "2026-07-01")
    case = cw.open_case(person, "2026-07-01", "intensiv")
    cw.add_contact(case, Contact("2026-07-05", 60, "persoenlich", ["gesundheit"], interpreter_language="Amharisch",
                                 interpreter_minutes=240, interpreter_cost="987,65"))
    tables = release.period_tables(cw, release.quarter(2026, 3), ["nottuln"], K)
    cost = next(t for t in tables if t["indicator"] == "interpreter_cost_cents_by_language")
    assert cost["cells"]["amharisch"] == SUPPRESSED
    assert "98765" not in json.dumps(tables)
    # the whole survives only where the bill does not dominate it
    truth = release.count(cw, release.quarter(2026, 3)).tables[("interpreter_cost_cents_by_language", "alle")][None]
    amounts = sorted(truth.shares.values(), reverse=True)
    if cost["total"] != SUPPRESSED:
        assert sum(amounts) - amounts[0] - amounts[1] >= 0.1 * amounts[0]


def test_two_laptops_in_one_municipality_each_protect_their_own_part(tmp_path):
    """Both serve Olfen; one has a single person there. Her laptop never publishes 1 or 2, and the
    KI's sum of both parts cannot be split back into them exactly."""
    registry.create_store(tmp_path / "ki.db", PASSPHRASE, tmp_path, "KI", K)
    parts = []
    with registry.open_store(tmp_path / "ki.db", PASSPHRASE) as store:
        for n, persons in enumerate((1, 12)):
            casefile, _ = EncryptedStore.create(tmp_path / f"{n}.db", PASSPHRASE, kdf_iterations=1)
            with casefile:
                cw = Casework(casefile, today=lambda: TODAY)
                for i in range(persons):
                    pid = cw.add_person(Person("Person", f"{n}-{i}", "olfen", gender="d" if persons == 1 else "w"))
                    cw.give_consent(pid, "fallarbeit", "2026-06-01")
                    cw.open_case(pid, "2026-06-01", "prozess")
                sync_service.configure(cw, ki_key=(tmp_path / "ki-public.key").read_bytes(), device_name=f"KIM {n}",
                                       municipalities=["olfen"])
                parts.append(_payload(store, cw))
    lone = next(t for t in parts[0]["tables"] if (t["indicator"], t["period"]) == ("persons_by_gender", "2026-09"))
    assert lone["total"] in (0, 3) and lone["cells"]["d"] in (0, 3) and lone["cells"]["d"] == lone["total"]
    other = next(t for t in parts[1]["tables"] if (t["indicator"], t["period"]) == ("persons_by_gender", "2026-09"))
    assert other["cells"]["d"] == 0 and abs(other["total"] - 12) <= 2


def test_a_withheld_bill_is_not_the_whole_minus_the_published_languages(cw):
    """Found by a fresh-eyes attack: the whole is sent so that it survives a withheld language, so
    whole − published languages = the withheld ones. Their sum must itself be safe to show."""
    from tests.conftest import person_with_case

    bills = {"Arabisch": ["45,00", "50,00", "40,00", "60,00"], "Tigrinya": ["123,45"]}
    for language, amounts in bills.items():
        for n, euros in enumerate(amounts):
            _, case = person_with_case(cw, opened="2026-07-01", municipality="olfen", given=f"{language} {n}")
            cw.add_contact(case, Contact("2026-08-03", 60, "persoenlich", ["arbeit"], interpreter_language=language,
                                         interpreter_minutes=75, interpreter_cost=euros))
    tables = release.period_tables(cw, release.quarter(2026, 3), ["olfen"], K)
    for indicator, single in (("interpreter_cost_cents_by_language", 12345), ("interpreter_minutes_by_language", 75)):
        table = next(t for t in tables if t["indicator"] == indicator)
        published = [v for v in table["cells"].values() if v != SUPPRESSED]
        assert table["cells"]["tigrinya"] == SUPPRESSED
        if table["total"] != SUPPRESSED:
            assert table["total"] - sum(published) != single


def test_persons_published_as_zero_carry_no_flow_that_says_someone_was_there(county):
    """Found by a fresh-eyes attack: persons 0 beside contacts, cases or referrals above 0 pinned
    the 0 to 1..2. Where the persons are published as 0, so are the flows about them."""
    store, laptops, _ = county
    for cw in laptops:
        by = {(t["indicator"], t["period"], t["municipality"]): t for t in _payload(store, cw)["tables"]}
        for (indicator, period, muni), t in by.items():
            if indicator in release.FLOWS and by[("persons_by_intensity", period, muni)]["total"] == 0:
                assert set(t["cells"].values()) <= {0} and t.get("total", 0) == 0, (indicator, period, muni)


def test_own_time_of_one_busy_and_two_idle_case_managers_is_not_shown(tmp_path):
    """Three devices sent time tables, but two only zeros: the sum would be one employee's."""
    from app.casemanager.system_work import SystemWork

    registry.create_store(tmp_path / "ki.db", PASSPHRASE, tmp_path, "KI", K)
    (tmp_path / "ablage").mkdir()
    with registry.open_store(tmp_path / "ki.db", PASSPHRASE) as store:
        for n in range(3):
            casefile, _ = EncryptedStore.create(tmp_path / f"{n}.db", PASSPHRASE, kdf_iterations=1)
            with casefile:
                cw = Casework(casefile, today=lambda: TODAY)
                if n == 0:
                    SystemWork(cw).log_time("2026-08-04", 300, "gremien")
                sync_service.configure(cw, share=tmp_path / "ablage", ki_key=(tmp_path / "ki-public.key").read_bytes(),
                                       device_name=f"KIM {n}", municipalities=["olfen"])
                (tmp_path / "anmeldung").write_bytes(sync_service.enrol_request(cw))
                registry.enrol(store, registry.read_request(tmp_path / "anmeldung"))
                sync_service.sync_now(cw)
        importer.import_folder(store, tmp_path / "ablage")
        tables = statistics.tables(statistics.County(store.conn), statistics.Period.parse("2026-Q3"))
    time = next(t for t in tables if t.key == "zeitanteile")
    assert all(t == statistics.WITHHELD for row in time.rows for t in (time.cell_text(row, 0), time.cell_text(row, 1)))
