"""County statistics for the KI, over the newest snapshot of every device: the tables behind the
statistics window, the committee report, the CSV/XLSX exports and the roll-up to the Land.

Bundles (format version 2) carry one table per indicator, closed month and municipality, and for the
interpreter figures and the case managers' own time one per quarter and device. Every count in them
is already perturbed (docs/anonymity.md); the KI adds them up as they are. A period (month, quarter,
year) adds up the months for what happens (contacts, referrals, …) and takes the last month for how
many persons are accompanied: persons are counted per month, so adding months would count the same
person again. Quarterly figures count for a quarter or a year, never for a single month.

A figure remembers how many withheld contributions it leaves out (a magnitude dominated by a few
persons): it is then shown as the one neutral marker, never as a number or a bound. The case
managers' own time is shown only summed over at least three of them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from app.core.catalogues import Catalogues, load
from app.core.messages import tr
from app.core.validation import ValidationError
from app.ki import registry
from storage import audit, records
from sync.payload import AGE_BANDS, INDIVIDUAL, OUTSIDE, SUPPRESSED, UNKNOWN

STOCK_INDICATORS = {"persons_by_intensity", "persons_by_phase", "persons_by_gender", "persons_by_age_band",
                    "persons_by_status_group"}
STOCK_CELLS = {("chancen_104c", "erteilt"), ("chancen_104c", "endet_bald"), ("chancen_104c", "fiktion")}
TOTAL = "_total"
TARGET_INDIVIDUAL_SHARE = 60          # per cent of working time on single cases (KIM guideline)
SILENT_AFTER_DAYS = 30
BUDGET_SETTING = "interpreter_budget_cents"


# -- periods -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Period:
    key: str                # 2026, 2026-Q3 or 2026-07
    label: str
    months: tuple[str, ...]

    @property
    def year(self) -> int:
        return int(self.key[:4])

    @property
    def quarters(self) -> tuple[str, ...]:
        """The quarters the period covers whole: their quarterly figures belong to it."""
        return tuple(f"{self.year}-Q{q}" for q in range(1, 5)
                     if all(f"{self.year}-{n:02d}" in self.months for n in range(3 * q - 2, 3 * q + 1)))

    @property
    def whole_year(self) -> tuple[str, ...]:
        """The year's own key where the period is a whole year: interpreting is also released per year."""
        return (str(self.year),) if len(self.months) == 12 else ()

    @classmethod
    def parse(cls, text: str) -> "Period":
        text = text.strip()
        if m := re.fullmatch(r"(\d{4})", text):
            year = int(m[1])
            return cls(text, str(year), tuple(f"{year}-{n:02d}" for n in range(1, 13)))
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", text, re.IGNORECASE):
            year, q = int(m[1]), int(m[2])
            return cls(f"{year}-Q{q}", tr("{q}. Quartal {year}").format(q=q, year=year),
                       tuple(f"{year}-{n:02d}" for n in range(3 * q - 2, 3 * q + 1)))
        if (m := re.fullmatch(r"(\d{4})-(\d{2})", text)) and 1 <= int(m[2]) <= 12:
            return cls(text, f"{int(m[2]):02d}/{m[1]}", (text,))
        raise ValidationError("period", tr("»{text}« ist kein Zeitraum. Erlaubt sind z. B. 2026, 2026-Q3 oder "
                                           "2026-07.").format(text=text))


def periods_with_data(months: list[str]) -> list[Period]:
    """Years, quarters and months for which some device sent data, newest first."""
    keys: set[str] = set()
    for month in months:
        year, n = month[:4], int(month[5:7])
        keys |= {year, f"{year}-Q{(n - 1) // 3 + 1}", month}
    return sorted((Period.parse(k) for k in keys), key=lambda p: (p.months[-1], -len(p.months)), reverse=True)


# -- figures -----------------------------------------------------------------------------------------
WITHHELD = "·"   # the one marker: a value that is not published; says nothing about its size


@dataclass(frozen=True)
class Figure:
    value: int = 0
    suppressed: int = 0     # contributions withheld (magnitudes only)

    @property
    def exact(self) -> bool:
        return self.suppressed == 0

    def __add__(self, other: "Figure") -> "Figure":
        return Figure(self.value + other.value, self.suppressed + other.suppressed)

    def text(self, unit: str = "") -> str:
        """``1.234`` as published (counts carry the perturbation), or the marker where any part
        was withheld: no bound, no "<k"."""
        return _number(self.value, unit) if self.exact else WITHHELD


def _number(value: int, unit: str) -> str:
    if unit == "€":     # values in cents, shown in whole euros
        return f"{round(value / 100):,} €".replace(",", ".")
    if unit == "h":     # values in minutes
        return f"{value / 60:,.0f} h".replace(",", ".")
    if unit == "%":
        return f"{value} %"
    return f"{value:,}".replace(",", ".")


def _figure(value) -> Figure:
    return Figure(0, 1) if value == SUPPRESSED else Figure(int(value))


# -- tables ------------------------------------------------------------------------------------------
ITEM, SUBTOTAL, GRAND = "item", "subtotal", "total"


@dataclass
class Row:
    label: str
    figures: list[Figure]
    kind: str = ITEM


@dataclass
class StatTable:
    key: str                 # file name of its CSV, sheet of its XLSX
    title: str
    columns: list[str]
    rows: list[Row] = field(default_factory=list)
    units: tuple[str, ...] = ()   # per column: "" (a count), "h" (minutes shown as hours), "€" (cents), "%"
    chart: str = "bar"       # bar, stacked, pie or line: how the window and the report draw it
    chart_columns: tuple[int, ...] = (0,)   # the columns a chart shows (never a total beside its parts)
    note: str = ""

    def cell_text(self, row: Row, column: int) -> str:
        return row.figures[column].text(self.units[column] if self.units else "")

    @property
    def empty(self) -> bool:
        return all(f.value == 0 and f.exact for r in self.rows for f in r.figures)


# -- the county's data -------------------------------------------------------------------------------
def read_tables(conn) -> dict[tuple[str, str], list[tuple[str, dict[str, Figure], str]]]:
    """(indicator, month or quarter) -> [(municipality, {cell: Figure}, device)] of the newest payload
    of every device; the whole under TOTAL."""
    tables: dict[tuple[str, str], list[tuple[str, dict[str, Figure], str]]] = {}
    for device, payload in conn.execute("SELECT device_id, payload FROM device_state"):
        for t in json.loads(payload)["tables"]:
            cells = {c: _figure(v) for c, v in t["cells"].items()}
            if "total" in t:
                cells[TOTAL] = _figure(t["total"])
            tables.setdefault((t["indicator"], t["period"]), []).append((t["municipality"], cells, device))
    return tables


class County:
    """Everything the KI store knows, read once: the newest payload per device and the registry."""

    def __init__(self, conn, cat: Catalogues | None = None, tables: dict | None = None) -> None:
        """``tables`` as ``read_tables(conn)`` returns them, read beforehand (the KI window reads them
        on a worker thread after an import); else read here."""
        self.conn = conn
        self.cat = cat or load()
        row = conn.execute("SELECT k FROM ki_key WHERE id = 1").fetchone()
        self.k = row[0] if row else 3
        self.tables = read_tables(conn) if tables is None else tables

    @property
    def months(self) -> list[str]:
        return sorted({period for _, period in self.tables if len(period) == 7 and "-Q" not in period})

    def has_data(self, period: Period) -> bool:
        return any(month in self.months for month in period.months)

    def has_quarters(self, period: Period) -> bool:
        """Whether some device released a quarter of the period (interpreting, working time)."""
        return any(key in period.quarters for _, key in self.tables)

    def contributors(self, indicator: str, period: Period) -> int:
        """How many devices sent something other than zeros for this indicator in the period (a
        device that sent only zeros would make two of three case managers' figures one's own)."""
        return len({device for key in period.months + period.quarters + period.whole_year
                    for _, cells, device in self.tables.get((indicator, key), [])
                    if any(f.value or not f.exact for f in cells.values())})

    def sums(self, indicator: str, period: Period) -> dict[str, dict[str, Figure]]:
        """``{municipality: {cell: Figure}}`` for the period: flows summed over its months (or
        quarters), stocks (persons) at its last month with data. For a whole year, a device's yearly
        release (interpreting) stands for its four quarters: protected over the year, it can be
        published where a quarter had to be withheld."""
        keys = [k for k in period.months + period.quarters + period.whole_year if (indicator, k) in self.tables]
        yearly = {device for key in period.whole_year for _, _, device in self.tables.get((indicator, key), [])}
        result: dict[str, dict[str, Figure]] = {}
        for key in keys:
            last = key == keys[-1]
            for muni, cells, device in self.tables[(indicator, key)]:
                if device in yearly and key in period.quarters:
                    continue
                target = result.setdefault(muni, {})
                for cell, fig in cells.items():
                    stock = indicator in STOCK_INDICATORS or (indicator, cell) in STOCK_CELLS
                    if stock and not last:
                        continue
                    target[cell] = target.get(cell, Figure()) + fig
        return result

    def county_cells(self, indicator: str, period: Period) -> dict[str, Figure]:
        total: dict[str, Figure] = {}
        for cells in self.sums(indicator, period).values():
            for cell, fig in cells.items():
                total[cell] = total.get(cell, Figure()) + fig
        return total

    def monthly_total(self, indicator: str, cell: str, period: Period) -> list[tuple[str, Figure]]:
        return [(month, self.county_cells(indicator, Period.parse(month)).get(cell, Figure()))
                for month in period.months if (indicator, month) in self.tables]

    # -- settings and devices ----------------------------------------------------------------------
    def interpreter_budget_cents(self) -> int:
        return int(records.get_setting(self.conn, BUDGET_SETTING, "0"))

    def devices(self, today: date | None = None) -> list[dict]:
        today = today or date.today()
        rows = registry.devices(self.conn)
        for row in rows:
            last = _day(row["last_bundle"])
            row["days_silent"] = (today - last).days if last else None
            row["silent"] = not row["revoked_at"] and (last is None or (today - last).days > SILENT_AFTER_DAYS)
        return rows


def _day(iso: str | None) -> date | None:
    if not iso:
        return None
    try:
        return datetime.fromisoformat(iso).astimezone(timezone.utc).date()
    except ValueError:
        return None


def set_interpreter_budget(conn, euros: int) -> None:
    if euros < 0:
        raise ValidationError("budget", tr("Das Budget kann nicht negativ sein."))
    with records.atomic(conn):
        records.set_setting(conn, BUDGET_SETTING, str(euros * 100))
        audit.append(conn, "change", "setting", BUDGET_SETTING)


# -- the interpreter budget against what was spent ------------------------------------------------------
@dataclass(frozen=True)
class BudgetQuarter:
    label: str
    released: bool          # some device has released the quarter (it is closed and counted)
    spent: Figure           # the county's interpreter cost in it (the marker where a part was withheld)
    so_far: Figure          # from January up to and including it


@dataclass(frozen=True)
class Budget:
    """The KI's yearly interpreter budget against the cost the laptops released, per quarter. Only
    closed, released quarters (and years) of contacts are in it: a laptop keeps what is booked but
    has not taken place to itself, and sends nothing of an open period (docs/anonymity.md)."""
    year: int
    budget_cents: int
    quarters: tuple[BudgetQuarter, ...]
    year_spent: Figure      # the year's figure: its yearly releases where there are, else its quarters

    def share(self, figure: Figure) -> str:
        """"37 %" of the budget, "–" without a budget, the marker where the figure is withheld."""
        if not self.budget_cents:
            return "–"
        return f"{round(100 * figure.value / self.budget_cents)} %" if figure.exact else WITHHELD

    def rows(self) -> list[tuple[str, str, str, str]]:
        """Quarter, spent, spent so far, share of the budget: as the window and the command line show them."""
        out = []
        for q in self.quarters:
            if q.released:
                out.append((q.label, q.spent.text("€"), q.so_far.text("€"), self.share(q.so_far)))
            else:
                out.append((q.label, tr("noch nicht übermittelt"), "", ""))
        return out

    def summary(self) -> str:
        if not self.budget_cents:
            return tr("Kein Jahresbudget für Sprachmittlung eingetragen.")
        if not self.year_spent.exact:
            return tr("Jahresbudget {year}: {budget}; ausgegeben bisher: {spent} (ein Teil ist zum Schutz einzelner "
                      "Personen nicht ausgewiesen).").format(year=self.year, budget=_number(self.budget_cents, "€"),
                                                             spent=WITHHELD)
        rest = self.budget_cents - self.year_spent.value
        return tr("Jahresbudget {year}: {budget}; ausgegeben bisher: {spent} ({share}), verbleibend: {rest}.").format(
            year=self.year, budget=_number(self.budget_cents, "€"), spent=self.year_spent.text("€"),
            share=self.share(self.year_spent), rest=_number(rest, "€"))


def interpreter_budget(county: County, year: int) -> Budget:
    cost = "interpreter_cost_cents_by_language"
    quarters, so_far = [], Figure()
    for q in range(1, 5):
        period = Period.parse(f"{year}-Q{q}")
        released = (cost, period.key) in county.tables
        spent = county.county_cells(cost, period).get(TOTAL, Figure())
        if released:
            so_far = so_far + spent
        quarters.append(BudgetQuarter(period.label, released, spent, so_far))
    year_spent = county.county_cells(cost, Period.parse(str(year))).get(TOTAL, Figure())
    return Budget(year, county.interpreter_budget_cents(), tuple(quarters), year_spent)


# -- the indicator tables of a period ----------------------------------------------------------------
def _by_place(county: County, indicator: str, period: Period, columns: list[str]) -> list[Row]:
    """One row per municipality with data, a subtotal per region and the county total."""
    sums = county.sums(indicator, period)
    cat = county.cat
    rows, grand = [], [Figure() for _ in columns]
    for region in cat.regions.entries:
        members = [e for e in cat.municipalities.entries if e.extra.get("region") == region.code and e.code in sums]
        if not members:
            continue
        sub = [Figure() for _ in columns]
        for muni in members:
            figures = [sums[muni.code].get(c, Figure()) for c in columns]
            rows.append(Row(muni.label, figures))
            sub = [a + b for a, b in zip(sub, figures)]
        rows.append(Row(tr("Region {name}").format(name=region.label), sub, SUBTOTAL))
        grand = [a + b for a, b in zip(grand, sub)]
    outside = [sums.get(OUTSIDE, {}).get(c, Figure()) for c in columns]
    if any(f.value or not f.exact for f in outside):   # persons a device accompanies who live elsewhere
        rows.append(Row(tr("außerhalb der betreuten Kommunen"), outside))
        grand = [a + b for a, b in zip(grand, outside)]
    rows.append(Row(tr("Kreis Coesfeld"), grand, GRAND))
    return rows


def _by_cell(county: County, indicator: str, period: Period, codes: list[str], label) -> list[Row]:
    """One row per cell of the county's table, and the whole."""
    cells = county.county_cells(indicator, period)
    rows = [Row(label(code), [cells.get(code, Figure())]) for code in codes if code in cells]
    total = cells.get(TOTAL) or sum((r.figures[0] for r in rows), Figure())
    return rows + [Row(tr("Insgesamt"), [total], GRAND)]


def tables(county: County, period: Period) -> list[StatTable]:
    cat = county.cat
    out: list[StatTable] = []
    intensity = cat.intensities.codes()
    out.append(StatTable("personen_nach_kommune", tr("Personen im Case Management nach Kommune (Stand Monatsende)"),
                         [cat.intensities.label(c) for c in intensity] + [tr("Gesamt")],
                         _by_place(county, "persons_by_intensity", period, intensity + [TOTAL]), chart="stacked",
                         chart_columns=tuple(range(len(intensity)))))
    series = county.monthly_total("persons_by_intensity", TOTAL, period)
    out.append(StatTable("personen_je_monat", tr("Personen im Case Management je Monat (Kreis)"), [tr("Personen")],
                         [Row(m, [f]) for m, f in series], chart="line"))
    out.append(StatTable("intensitaet", tr("Intensität der Begleitung (Kreis)"), [tr("Personen")],
                         _by_cell(county, "persons_by_intensity", period, intensity, cat.intensities.label),
                         chart="pie"))
    out.append(StatTable("prozessphasen", tr("Personen nach Prozessphase (Kreis)"), [tr("Personen")],
                         _by_cell(county, "persons_by_phase", period, cat.phases.codes(), cat.phases.label)))
    out.append(StatTable("geschlecht", tr("Personen nach Geschlecht (Kreis)"), [tr("Personen")],
                         _by_cell(county, "persons_by_gender", period, cat.genders.codes(), cat.genders.label),
                         chart="pie"))
    out.append(StatTable("altersgruppen", tr("Personen nach Altersgruppe (Kreis)"), [tr("Personen")],
                         _by_cell(county, "persons_by_age_band", period, [b[2] for b in AGE_BANDS] + [UNKNOWN],
                                  lambda c: c)))
    groups = sorted({e.extra["group"] for e in cat.residence_status.entries} - {UNKNOWN}) + [UNKNOWN]
    out.append(StatTable("aufenthaltsstatus", tr("Personen nach Aufenthaltsstatus-Gruppe (Kreis)"), [tr("Personen")],
                         _by_cell(county, "persons_by_status_group", period, groups, cat.status_group_label)))
    out.append(StatTable("faelle", tr("Eröffnete und abgeschlossene Fälle nach Kommune"),
                         [tr("eröffnet"), tr("abgeschlossen")],
                         _by_place(county, "cases_opened_closed", period, ["eroeffnet", "abgeschlossen"]),
                         chart_columns=(0, 1)))
    topics = cat.topics.codes()
    contacts = county.county_cells("contacts_by_topic", period)
    shorts = county.county_cells("short_interventions_by_topic", period)
    out.append(StatTable("themen", tr("Themen: Kontakte im Case Management und Kurzinterventionen"),
                         [tr("Kontakte"), tr("Kurzinterventionen")],
                         [Row(cat.topics.label(t), [contacts.get(t, Figure()), shorts.get(t, Figure())])
                          for t in topics if t in contacts or t in shorts], chart_columns=(0, 1), note=tr("Ein Kontakt kann mehrere Themen haben.")))
    out.append(StatTable("kontaktwege", tr("Kontakte nach Kontaktweg (Kreis)"), [tr("Kontakte")],
                         _by_cell(county, "contacts_by_channel", period, cat.channels.codes(), cat.channels.label), chart="pie"))
    out.append(StatTable("verweisungen_partner", tr("Verweisungen nach Partner (Kreis)"), [tr("Verweisungen")],
                         _by_cell(county, "referrals_by_partner", period, cat.partners.codes(), cat.partners.label)))
    outcomes = cat.referral_outcomes.codes() + ["offen"]
    out.append(StatTable("verweisungen_ergebnis", tr("Verweisungen nach Ergebnis (Kreis)"), [tr("Verweisungen")],
                         _by_cell(county, "referrals_by_outcome", period, outcomes,
                                  lambda c: tr("noch offen") if c == "offen" else cat.referral_outcomes.label(c)), chart="pie"))
    chancen = ["erteilt", "endet_bald", "zu_25a", "zu_25b", "zu_sonstige", "abgelaufen", "fiktion"]
    out.append(StatTable("chancen_104c", tr("Chancen-Aufenthaltsrecht (§ 104c AufenthG) nach Kommune"),
                         [tr("mit § 104c (Stand)"), tr("endet in 3 Monaten"), tr("→ § 25a"), tr("→ § 25b"),
                          tr("→ sonstiger Titel"), tr("abgelaufen (auch zurück in die Duldung)"),
                          tr("Antrag gestellt, Fiktion (Stand)")],
                         _by_place(county, "chancen_104c", period, chancen), chart_columns=tuple(range(len(chancen))),
                         note=tr("Stand am Ende des Zeitraums; Übergänge und Abläufe im Zeitraum. Nach Ablauf der 18 "
                                 "Monate gilt die Erlaubnis bei rechtzeitigem Antrag bis zur Entscheidung fort (§ 81 "
                                 "Abs. 4 AufenthG).")))
    out.append(_time_split(county, period))
    out.append(_interpreters(county, period))
    obs = county.county_cells("observations_by_category", period)
    events = county.county_cells("info_events", period)
    out.append(StatTable("systembeobachtungen", tr("Systembeobachtungen nach Kategorie"), [tr("Beobachtungen")],
                         [Row(cat.observation_categories.label(c), [obs[c]])
                          for c in cat.observation_categories.codes() if c in obs]
                         + [Row(tr("Informationsveranstaltungen"), [events.get("veranstaltungen", Figure())], SUBTOTAL),
                            Row(tr("Teilnehmende daran"), [events.get("teilnehmende", Figure())], SUBTOTAL)]))
    return out


MIN_TIME_CONTRIBUTORS = 3   # own time is shown only summed over at least three case managers


def _time_split(county: County, period: Period) -> StatTable:
    """Hours and shares of single-case and system work, summed over every case manager; per
    quarter, and only where at least three sent their time: it is about employees, not persons."""
    minutes = county.county_cells("minutes_by_kind", period)
    title = tr("Zeitanteile: Einzelfall- und Systemarbeit (Ziel 60 : 40)")
    goal = tr("Ziel laut Förderrichtlinie: {a} % Einzelfallarbeit, {b} % Systemarbeit.").format(
        a=TARGET_INDIVIDUAL_SHARE, b=100 - TARGET_INDIVIDUAL_SHARE)
    if minutes and county.contributors("minutes_by_kind", period) < MIN_TIME_CONTRIBUTORS:
        withheld = [Figure(0, 1), Figure(0, 1)]
        return StatTable("zeitanteile", title, [tr("Stunden"), tr("Anteil")],
                         [Row(tr("Einzelfallarbeit"), withheld), Row(tr("Systemarbeit"), withheld)],
                         units=("h", "%"), chart="pie",
                         note=goal + " " + tr("Zeiten werden nur für mindestens drei Case-Manager*innen zusammen "
                                              "gezeigt."))
    individual = minutes.get(INDIVIDUAL, Figure())
    system = sum((f for c, f in minutes.items() if c not in (INDIVIDUAL, TOTAL)), Figure())
    whole = individual.value + system.value
    share = round(100 * individual.value / whole) if whole else 0
    rows = [Row(tr("Einzelfallarbeit"), [individual, Figure(share)]),
            Row(tr("Systemarbeit"), [system, Figure(100 - share if whole else 0)])]
    rows += [Row("  " + county.cat.system_work.label(c), [f, Figure(round(100 * f.value / whole) if whole else 0)],
                 SUBTOTAL) for c, f in minutes.items() if c not in (INDIVIDUAL, TOTAL)]
    return StatTable("zeitanteile", title, [tr("Stunden"), tr("Anteil")], rows, units=("h", "%"), chart="pie",
                     note=goal + (" " + tr("Zeiten liegen je Quartal vor.") if not period.quarters else ""))


def _interpreters(county: County, period: Period) -> StatTable:
    """Per language where it may be shown (a few persons' bills are withheld on the laptop), and
    the whole, which each laptop sends separately so that it survives a withheld language."""
    cost = county.county_cells("interpreter_cost_cents_by_language", period)
    minutes = county.county_cells("interpreter_minutes_by_language", period)
    label = county.cat.languages.label
    languages = sorted((c for c in cost if c != TOTAL and (cost[c].value or not cost[c].exact)), key=label)
    rows = [Row(label(c), [minutes.get(c, Figure()), cost[c]]) for c in languages]
    rows.append(Row(tr("Insgesamt"), [minutes.get(TOTAL, Figure()), cost.get(TOTAL, Figure())], GRAND))
    budget = county.interpreter_budget_cents()
    year_cost = county.county_cells("interpreter_cost_cents_by_language", Period.parse(str(period.year))).get(TOTAL, Figure())
    note = tr("Kosten im Jahr {year} bisher: {cost} von {budget} Budget.").format(
        year=period.year, cost=year_cost.text("€"), budget=_number(budget, "€")) if budget else \
        tr("Kein Jahresbudget für Sprachmittlung eingetragen.")
    if not period.quarters:
        note += " " + tr("Sprachmittlung liegt je Quartal vor.")
    return StatTable("sprachmittlung", tr("Sprachmittlung: Stunden und Kosten nach Sprache"),
                     [tr("Stunden"), tr("Kosten")], rows, units=("h", "€"), chart_columns=(1,),
                     note=note)
