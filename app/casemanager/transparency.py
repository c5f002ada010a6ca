""""Was wird übertragen?": every figure of the next bundle, in plain words, before anything leaves
(docs/anonymity.md). The preview runs the same code as the bundle in a transaction that is rolled
back, so what it shows is what would be sent, and showing it releases nothing."""

from __future__ import annotations

from dataclasses import dataclass

from app.casemanager import release, sync_service
from app.casemanager.casework import Casework
from app.core.messages import tr
from storage import records
from sync.payload import ALL, INDIVIDUAL, OUTSIDE, SUPPRESSED


@dataclass(frozen=True)
class Preview:
    device_name: str
    municipalities: list[str]   # as the case manager reads them
    periods: list[str]
    new_periods: list[str]      # counted and frozen with the next bundle
    lines: list[str]            # one per table: place, period, indicator, every figure


def _titles() -> dict[str, str]:
    return {
        "persons_by_intensity": tr("Personen nach Intensität"), "persons_by_phase": tr("Personen nach Prozessphase"),
        "persons_by_gender": tr("Personen nach Geschlecht"), "persons_by_age_band": tr("Personen nach Altersgruppe"),
        "persons_by_status_group": tr("Personen nach Aufenthaltsstatus-Gruppe"),
        "cases_opened_closed": tr("Fälle"), "chancen_104c": tr("Chancen-Aufenthaltsrecht (§ 104c)"),
        "contacts_by_topic": tr("Kontakte nach Thema"), "contacts_by_channel": tr("Kontakte nach Kontaktweg"),
        "referrals_by_partner": tr("Verweisungen nach Partner"), "referrals_by_outcome": tr("Verweisungen nach Ergebnis"),
        "short_interventions_by_topic": tr("Kurzinterventionen nach Thema"),
        "info_events": tr("Informationsveranstaltungen"), "observations_by_category": tr("Systembeobachtungen"),
        "interpreter_minutes_by_language": tr("Sprachmittlung, Minuten nach Sprache"),
        "interpreter_cost_cents_by_language": tr("Sprachmittlung, Kosten in Cent nach Sprache"),
        "minutes_by_kind": tr("Eigene Arbeitszeit, Minuten nach Art"),
    }


def _cell_label(cw: Casework, indicator: str, cell: str) -> str:
    cat = cw.cat
    fixed = {"eroeffnet": tr("eröffnet"), "abgeschlossen": tr("abgeschlossen"), "offen": tr("noch offen"),
             "unbekannt": tr("unbekannt"), "erteilt": tr("mit § 104c"), "endet_bald": tr("endet in 3 Monaten"),
             "zu_25a": tr("→ § 25a"), "zu_25b": tr("→ § 25b"), "zu_sonstige": tr("→ sonstiger Titel"),
             "abgelaufen": tr("abgelaufen"), "fiktion": tr("Antrag gestellt (Fiktion)"),
             "veranstaltungen": tr("Veranstaltungen"),
             "teilnehmende": tr("Teilnehmende"), INDIVIDUAL: tr("Einzelfallarbeit")}
    if cell in fixed:
        return fixed[cell]
    if indicator == "persons_by_status_group":
        return cat.status_group_label(cell)
    for catalogue in (cat.intensities, cat.phases, cat.genders, cat.topics, cat.channels, cat.partners,
                      cat.referral_outcomes, cat.observation_categories, cat.languages, cat.system_work):
        if catalogue.get(cell) is not None:
            return catalogue.label(cell)
    return cell   # an age band reads as it is


def _place(cw: Casework, code: str) -> str:
    return {ALL: tr("das ganze Gerät"), OUTSIDE: tr("außerhalb der betreuten Kommunen")}.get(
        code, cw.cat.municipalities.label(code))


def _value(value) -> str:
    return tr("nicht veröffentlicht") if value == SUPPRESSED else str(value)


def describe(cw: Casework, table: dict) -> str:
    figures = ", ".join(f"{_cell_label(cw, table['indicator'], c)} {_value(v)}" for c, v in table["cells"].items())
    whole = tr("; zusammen {n}").format(n=_value(table["total"])) if "total" in table else ""
    return f"{table['period']} · {_place(cw, table['municipality'])} · {_titles().get(table['indicator'], table['indicator'])}: " \
           f"{figures}{whole}"


def preview(cw: Casework) -> Preview:
    """What the next bundle would carry, computed as it would be and then undone."""
    ki = sync_service.ki_key(cw)
    k, time_figures = (ki.k, ki.time_figures) if ki else (3, True)
    municipalities = sync_service.device_municipalities(cw)
    with records.rolled_back(cw.conn):
        new = release.release_due(cw, municipalities, k, time_figures)
        periods, tables = release.released_tables(cw)
    return Preview(records.get_setting(cw.conn, "device_name", ""), [_place(cw, m) for m in municipalities],
                   periods, new, [describe(cw, t) for t in tables])
