"""Catalogues (municipalities, status types, topics, partners, ...) are data in
resources/catalogues/, so a county can adapt them without touching code. Records store the stable
``code``; the UI and exports show the ``label``.

``label`` is German, the source language. A label in another language sits next to it as
``label_<lang>`` (``"label_en": "Tolerated stay (Duldung)"``); a county adds a language to its
catalogues by adding such keys, and an entry shows the label for the language the app runs in
(``i18n.current_language()``), falling back to German where that key is missing (as for the
names of municipalities and regions). Every other key of an entry (``region``, ``group``,
``aliases``, ...) is kept in ``extra``."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.core import i18n
from app.core.messages import tr
from app.core.paths import resources_dir
from app.core.validation import ValidationError


@dataclass(frozen=True)
class Entry:
    code: str
    labels: dict[str, str]  # language -> label; always holds "de"
    extra: dict

    @property
    def label(self) -> str:
        """The label in the language the app runs in, German where the entry has none for it."""
        return self.labels.get(i18n.current_language()) or self.labels["de"]


@dataclass(frozen=True)
class Catalogue:
    name: str
    entries: tuple[Entry, ...]

    def codes(self) -> list[str]:
        return [e.code for e in self.entries]

    def alphabetical(self) -> list[Entry]:
        """The entries ordered by label as a reader looks for them: Dülmen between Coesfeld and
        Havixbeck (umlauts and case aside, DIN 5007-1)."""
        return sorted(self.entries, key=lambda e: (_sort_key(e.label), e.label))

    def label(self, code: str) -> str:
        return next((e.label for e in self.entries if e.code == code), code)

    def get(self, code: str) -> Entry | None:
        return next((e for e in self.entries if e.code == code), None)

    def require(self, code: str, field: str, what: str) -> str:
        """``code`` if it is in the catalogue, else a ValidationError in the user's words."""
        if code not in self.codes():
            raise ValidationError(field, tr("»{code}« ist kein bekannter Eintrag für {what}.").format(code=code, what=what))
        return code


NAMES = ("municipalities", "residence_status", "topics", "partners", "genders", "intensities", "phases",
         "closure_reasons", "channels", "goal_status", "referral_status", "referral_outcomes", "system_work",
         "observation_categories", "languages", "pathway_conditions")


@dataclass(frozen=True)
class Catalogues:
    by_name: dict[str, Catalogue]
    regions: Catalogue

    def __getattr__(self, name: str) -> Catalogue:
        try:
            return self.by_name[name]
        except KeyError:
            raise AttributeError(name) from None

    def language_code(self, typed: str) -> str:
        """The catalogue code for a freely typed language; 'sonstige' where none matches."""
        wanted = typed.strip().casefold()
        for entry in self.by_name["languages"].entries:
            names = {entry.code, *(label.casefold() for label in entry.labels.values()),
                     *(a.casefold() for a in entry.extra.get("aliases", []))}
            if wanted in names:
                return entry.code
        return "sonstige"

    def status_group_label(self, code: str) -> str:
        """The groups of residence_status.json (``group``), as the KI's tables and the transparency
        view name them."""
        return {"asylverfahren": tr("Asylverfahren"), "duldung": tr("Duldung"), "chancen": tr("Chancen-Aufenthaltsrecht"),
                "bleiberecht": tr("Bleiberecht (§§ 25a/25b)"), "schutz": tr("Schutzstatus"),
                "fiktion": tr("Antrag gestellt (Fiktion)"),
                "aufenthaltserlaubnis": tr("sonstige Aufenthaltserlaubnis"), "verfestigt": tr("Niederlassung"),
                "eu": tr("EU-Freizügigkeit"), "deutsch": tr("deutsch"), "unbekannt": tr("unbekannt")}.get(code, code)

    def place_names(self, codes) -> str:
        """Municipalities by name, alphabetical, for reading: "Dülmen, Nottuln" (never "duelmen")."""
        return ", ".join(sorted((self.municipalities.label(c) for c in codes if c), key=_sort_key))

    def region_of(self, municipality: str) -> str:
        entry = self.by_name["municipalities"].get(municipality)
        return entry.extra["region"] if entry else ""


def _sort_key(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).casefold()


def _is_label(key: str) -> bool:
    return key == "label" or key.startswith("label_")


def _entry(raw: dict) -> Entry:
    labels = {k.removeprefix("label_"): v for k, v in raw.items() if k.startswith("label_") and v}
    labels["de"] = raw["label"]  # German is the source; "label" is it
    return Entry(raw["code"], labels, {k: v for k, v in raw.items() if k != "code" and not _is_label(k)})


def _entries(raw: list[dict]) -> tuple[Entry, ...]:
    return tuple(_entry(e) for e in raw)


def load(directory: Path | None = None) -> Catalogues:
    directory = directory or resources_dir() / "catalogues"
    by_name = {}
    regions = Catalogue("regions", ())
    for name in NAMES:
        doc = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
        by_name[name] = Catalogue(name, _entries(doc["entries"]))
        # Codes are stored and counted as text; the release joins them with control characters.
        unprintable = [e.code for e in by_name[name].entries if not (e.code and e.code.isprintable())]
        if unprintable:
            raise ValueError(f"{name}.json: codes must be printable text, not {unprintable!r}")
        if name == "municipalities":
            regions = Catalogue("regions", _entries(doc["regions"]))
            unknown = {e.extra.get("region") for e in by_name[name].entries} - set(regions.codes())
            if unknown:
                raise ValueError(f"municipalities.json: unknown region(s) {sorted(map(str, unknown))}")
    return Catalogues(by_name, regions)


@cache
def default() -> Catalogues:
    return load()
