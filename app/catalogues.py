"""Catalogues (municipalities, status types, topics, partners, ...) are data in
resources/catalogues/, so a county can adapt them without touching code. Records store the stable
``code``; the UI and exports show the ``label``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from app.paths import resources_dir
from app.messages import tr
from app.validation import ValidationError


@dataclass(frozen=True)
class Entry:
    code: str
    label: str
    extra: dict


@dataclass(frozen=True)
class Catalogue:
    name: str
    entries: tuple[Entry, ...]

    def codes(self) -> list[str]:
        return [e.code for e in self.entries]

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
         "observation_categories", "languages")


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
            if wanted in {entry.code, entry.label.casefold(), *(a.casefold() for a in entry.extra.get("aliases", []))}:
                return entry.code
        return "sonstige"

    def region_of(self, municipality: str) -> str:
        entry = self.by_name["municipalities"].get(municipality)
        return entry.extra["region"] if entry else ""


def _entries(raw: list[dict]) -> tuple[Entry, ...]:
    return tuple(Entry(e["code"], e["label"], {k: v for k, v in e.items() if k not in ("code", "label")})
                 for e in raw)


def load(directory: Path | None = None) -> Catalogues:
    directory = directory or resources_dir() / "catalogues"
    by_name = {}
    regions = Catalogue("regions", ())
    for name in NAMES:
        doc = json.loads((directory / f"{name}.json").read_text(encoding="utf-8"))
        by_name[name] = Catalogue(name, _entries(doc["entries"]))
        if name == "municipalities":
            regions = Catalogue("regions", _entries(doc["regions"]))
            unknown = {e.extra.get("region") for e in by_name[name].entries} - set(regions.codes())
            if unknown:
                raise ValueError(f"municipalities.json: unknown region(s) {sorted(map(str, unknown))}")
    return Catalogues(by_name, regions)


@cache
def default() -> Catalogues:
    return load()
