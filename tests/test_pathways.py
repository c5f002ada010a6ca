"""The § 25a/§ 25b pathway checklist per person: conditions as data with their legal reference, ticked
as proven on a day or set to be proven by a day; *Heute* shows what is missing before a § 104c window
or a title ends."""

import json
import shutil
from datetime import date

import pytest

from app.casemanager import pathways
from app.casemanager import today as heute
from app.casemanager.casework import Casework
from app.casemanager.today import due_items
from app.core import catalogues
from app.core.paths import resources_dir
from app.core.validation import ValidationError
from tests.conftest import new_person

TODAY = date(2026, 11, 24)


def test_each_pathway_has_its_conditions_each_with_its_legal_reference(cw):
    b = {e.code: e.extra["law"] for e in pathways.conditions(cw, "ae_25b")}
    a = {e.code: e.extra["law"] for e in pathways.conditions(cw, "ae_25a")}
    for both in ("identitaet", "pass", "keine_verurteilung", "keine_taeuschung", "fdgo"):
        assert both in a and both in b
    assert b["sprache_a2"] == "§ 25b Abs. 1 Satz 2 Nr. 4 AufenthG"
    assert b["voraufenthalt_25b"] == "§ 25b Abs. 1 Satz 2 Nr. 1 AufenthG" and "lebensunterhalt_25b" in b
    assert "kinder_schule" in b and "schule_25a" in a and "alter_25a" in a and "schule_25a" not in b
    assert all(law.endswith("AufenthG") for law in [*a.values(), *b.values()])


def test_a_checklist_is_started_ticked_and_dated(cw):
    person = new_person(cw)
    pathways.start(cw, person, "ae_25b")
    checks = pathways.checklist(cw, person)
    assert [c.condition for c in checks][:2] == ["identitaet", "pass"]
    assert pathways.open_count(checks, "ae_25b") == len(pathways.conditions(cw, "ae_25b"))
    language = next(c for c in checks if c.condition == "sprache_a2")
    pathways.set_check(cw, language.id, "12.10.2026", None)
    passport = next(c for c in checks if c.condition == "pass")
    pathways.set_check(cw, passport.id, None, "15.01.2027")
    after = {c.condition: c for c in pathways.checklist(cw, person)}
    assert after["sprache_a2"].proven_on == date(2026, 10, 12) and after["pass"].due_on == date(2027, 1, 15)
    assert pathways.open_count(list(after.values()), "ae_25b") == len(checks) - 1
    with pytest.raises(ValidationError, match="bereits angelegt"):
        pathways.start(cw, person, "ae_25b")


@pytest.mark.parametrize("proven, due, field", [("01.12.2026", None, "proven_on"), ("31.02.2026", None, "proven_on"),
                                                (None, "morgen", "due_on")])
def test_a_bad_date_on_the_checklist_is_refused_and_changes_nothing(cw, proven, due, field):
    person = new_person(cw)
    pathways.start(cw, person, "ae_25a")
    check = pathways.checklist(cw, person)[0]
    with pytest.raises(ValidationError) as err:
        pathways.set_check(cw, check.id, proven, due)
    assert err.value.field == field
    assert pathways.checklist(cw, person)[0] == check


def test_an_unknown_pathway_is_refused(cw):
    with pytest.raises(ValidationError, match="§ 25a oder § 25b"):
        pathways.start(cw, new_person(cw), "ae_104c")


def test_a_county_adapts_the_conditions_in_the_catalogue(tmp_path, cw):
    folder = tmp_path / "katalog"
    shutil.copytree(resources_dir() / "catalogues", folder)
    doc = json.loads((folder / "pathway_conditions.json").read_text(encoding="utf-8"))
    doc["entries"].append({"code": "b1", "label": "Deutsch B1", "label_en": "German B1", "pathways": ["ae_25b"],
                           "law": "§ 25b Abs. 1 Satz 2 Nr. 4 AufenthG (neu)"})
    (folder / "pathway_conditions.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    adapted = Casework(cw.casefile, catalogues.load(folder), today=cw.today)
    person = new_person(adapted)
    pathways.start(adapted, person, "ae_25b")
    assert pathways.checklist(adapted, person)[-1].label == "Deutsch B1"


def test_heute_shows_what_is_missing_before_the_104c_window_ends_and_by_a_condition_s_own_date(cw):
    person = new_person(cw, "Ahmadi", "Farid")
    cw.record_status(person, "ae_104c", "2025-08-01")              # ends 31.01.2027; 8 weeks before: 06.12.2026
    pathways.start(cw, person, "ae_25b")
    checks = pathways.checklist(cw, person)
    for check in checks[:-3]:
        pathways.set_check(cw, check.id, "2026-10-01", None)
    gap = next(i for i in due_items(cw) if i.kind == "checklist")
    assert (gap.person_id, gap.due, gap.group(TODAY), gap.tab) == (person, date(2026, 12, 6), heute.SOON, "aufenthalt")
    assert gap.text == "Bleiberecht § 25b: 3 Voraussetzungen bis 31.01.2027 nachzuweisen"
    assert heute.done_label(gap) is None and "Checkliste" in heute.done_hint(gap)
    pathways.set_check(cw, checks[-1].id, None, "20.11.2026")
    gap = next(i for i in due_items(cw) if i.kind == "checklist")
    assert (gap.due, gap.group(TODAY)) == (date(2026, 11, 20), heute.OVERDUE) and "bis 20.11.2026" in gap.text
    for check in checks[-3:]:
        pathways.set_check(cw, check.id, "2026-11-24", None)
    assert "checklist" not in {i.kind for i in due_items(cw)}


def test_heute_shows_gaps_before_a_title_ends_and_none_without_a_deadline(cw):
    ends = new_person(cw, "Kaya", "Emre")
    cw.record_status(ends, "duldung", "2026-09-01", valid_until="2027-01-20")     # 8 weeks before: 25.11.2026
    pathways.start(cw, ends, "ae_25a")
    open_ended = new_person(cw, "Nowak", "Ewa")
    cw.record_status(open_ended, "niederlassung", "2020-01-01")
    pathways.start(cw, open_ended, "ae_25b")
    gaps = [(i.person_id, i.due) for i in due_items(cw) if i.kind == "checklist"]
    assert gaps == [(ends, date(2026, 11, 25))]
