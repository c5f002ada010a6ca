"""Catalogues are data a county can adapt: a changed file changes what the app accepts."""

import json
import shutil

import pytest

from app import catalogues
from app.casework import Casework, Person
from app.paths import resources_dir
from app.validation import ValidationError


def test_the_shipped_catalogues_hold_what_the_county_report_names():
    cat = catalogues.load()
    assert [r.label for r in cat.regions.entries] == ["Nord", "Mitte", "Süd"]
    by_region = {}
    for m in cat.municipalities.entries:
        by_region.setdefault(m.extra["region"], []).append(m.label)
    assert by_region == {"nord": ["Billerbeck", "Coesfeld", "Havixbeck", "Rosendahl"], "mitte": ["Dülmen", "Nottuln"],
                         "sued": ["Ascheberg", "Lüdinghausen", "Nordkirchen", "Olfen", "Senden"]}
    assert {"gestattung", "duldung", "ae_104c", "ae_25a", "ae_25b", "ae_24", "ae_sonstige", "niederlassung",
            "eu_freizuegigkeit", "eingebuergert", "unbekannt"} <= set(cat.residence_status.codes())
    assert [p.label for p in cat.phases.entries][:2] == ["Erstkontakt/Zugang", "Assessment"]


def test_an_adapted_catalogue_changes_what_is_accepted(tmp_path, created):
    from storage.casefile import CaseFile
    from tests.conftest import PASSPHRASE

    folder = tmp_path / "katalog"
    shutil.copytree(resources_dir() / "catalogues", folder)
    doc = json.loads((folder / "municipalities.json").read_text(encoding="utf-8"))
    doc["entries"].append({"code": "muenster", "label": "Münster", "region": "nord"})
    (folder / "municipalities.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    path, _ = created
    with CaseFile.open(path, PASSPHRASE) as cf:
        with pytest.raises(ValidationError):
            Casework(cf).add_person(Person("Test", "Fall", "muenster"))
        Casework(cf, catalogues.load(folder)).add_person(Person("Test", "Fall", "muenster"))


def test_a_municipality_in_an_unknown_region_is_refused_at_load(tmp_path):
    folder = tmp_path / "katalog"
    shutil.copytree(resources_dir() / "catalogues", folder)
    doc = json.loads((folder / "municipalities.json").read_text(encoding="utf-8"))
    doc["entries"][0]["region"] = "west"
    (folder / "municipalities.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ValueError, match="west"):
        catalogues.load(folder)
