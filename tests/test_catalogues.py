"""Catalogues are data a county can adapt: a changed file changes what the app accepts."""

import json
import shutil

import pytest

from app.casemanager.casework import Casework, Person
from app.core import catalogues, i18n
from app.core.paths import resources_dir
from app.core.validation import ValidationError


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
    from storage.store import EncryptedStore
    from tests.conftest import PASSPHRASE

    folder = tmp_path / "katalog"
    shutil.copytree(resources_dir() / "catalogues", folder)
    doc = json.loads((folder / "municipalities.json").read_text(encoding="utf-8"))
    doc["entries"].append({"code": "muenster", "label": "Münster", "region": "nord"})
    (folder / "municipalities.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    path, _ = created
    with EncryptedStore.open(path, PASSPHRASE) as cf:
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


@pytest.mark.parametrize("code", ["beratung\x1fneu", "", "zeile\n"])
def test_a_code_that_is_not_printable_text_is_refused_at_load(tmp_path, code):
    """The release joins codes with control characters to count them (release._walk): a county's
    catalogue cannot bring one in."""
    folder = tmp_path / "katalog"
    shutil.copytree(resources_dir() / "catalogues", folder)
    doc = json.loads((folder / "partners.json").read_text(encoding="utf-8"))
    doc["entries"].append({"code": code, "label": "Neu"})
    (folder / "partners.json").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ValueError, match="partners.json"):
        catalogues.load(folder)


def test_every_shipped_entry_has_an_english_label_but_place_names_stay_german():
    cat = catalogues.load()
    missing = [(name, e.code) for name, c in cat.by_name.items() if name != "municipalities"
               for e in c.entries if not e.labels.get("en", "").strip()]
    assert missing == []
    for entry in (*cat.municipalities.entries, *cat.regions.entries):
        assert entry.labels.get("en", entry.labels["de"]) == entry.labels["de"]
    for c in (*cat.by_name.values(), cat.regions):
        for entry in c.entries:
            assert entry.labels["de"]
            assert not any(k == "label" or k.startswith("label_") for k in entry.extra), (c.name, entry.code)


def test_labels_follow_the_installed_language():
    cat = catalogues.load()
    try:
        i18n.install("en")
        assert i18n.current_language() == "en"
        assert cat.residence_status.label("duldung") == "Tolerated stay (Duldung)"
        assert cat.topics.get("wohnen").label == "Housing"
        assert cat.municipalities.label("duelmen") == "Dülmen"  # falls back to German
        assert cat.regions.label("sued") == "Süd"
        i18n.install("de")
        assert i18n.current_language() == "de"
        assert cat.residence_status.label("duldung") == "Duldung"
        assert cat.topics.get("wohnen").label == "Wohnen"
    finally:
        i18n.install("de")


def test_a_language_is_found_by_its_name_in_every_language():
    cat = catalogues.load()
    assert cat.language_code("Georgian") == "georgisch"
    assert cat.language_code(" sign language ") == "gebaerdensprache"
    assert cat.language_code("Georgisch") == "georgisch"
    assert cat.language_code("Klingonisch") == "sonstige"


def test_a_county_adds_a_language_by_adding_label_keys(tmp_path):
    folder = tmp_path / "katalog"
    shutil.copytree(resources_dir() / "catalogues", folder)
    doc = json.loads((folder / "languages.json").read_text(encoding="utf-8"))
    doc["entries"][0]["label_fr"] = "Arabe"
    (folder / "languages.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    cat = catalogues.load(folder)
    assert cat.languages.get("arabisch").labels == {"de": "Arabisch", "en": "Arabic", "fr": "Arabe"}
    assert cat.language_code("arabe") == "arabisch"


def test_municipalities_can_be_listed_alphabetically_as_a_reader_expects():
    labels = [e.label for e in catalogues.load().municipalities.alphabetical()]
    assert labels == ["Ascheberg", "Billerbeck", "Coesfeld", "Dülmen", "Havixbeck", "Lüdinghausen", "Nordkirchen",
                      "Nottuln", "Olfen", "Rosendahl", "Senden"]
