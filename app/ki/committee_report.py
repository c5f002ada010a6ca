"""The committee report of a period: key figures in prose, every indicator table, a methods note.
app/ki/report_export.py writes it as PDF, CSV or XLSX; ``fallakte ki report`` and the statistics
window call the same functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.messages import tr
from app.ki import statistics
from app.ki.statistics import GRAND, County, Figure, Period, StatTable


@dataclass
class Report:
    title: str
    period: Period
    ki_name: str
    created: str
    k: int
    has_data: bool
    summary: list[str]          # paragraphs of key figures in prose
    tables: list[StatTable]
    devices: list[dict]

    @property
    def methods(self) -> list[str]:
        return [
            tr("Grundlage sind die Sendungen der Fallakte-Geräte der KIM-Case-Manager*innen: je abgeschlossenem "
               "Monat und Kommune nur Anzahlen, keine Namen, Geburtsdaten, Aktenzeichen oder Freitexte. "
               "Personenbezogene Daten verlassen die Geräte nicht."),
            tr("Die Werte sind zum Schutz einzelner Personen leicht verändert (Zufallsüberlagerung nach dem "
               "Verfahren der amtlichen Statistik für den Zensus 2022): jede Anzahl weicht um höchstens 2 ab, im "
               "Mittel um weniger als 1; die Werte 1 bis {km1} kommen nicht vor, eine 0 kann auch 1 bis {km1} "
               "bedeuten. Summen können deshalb von der Summe ihrer Teile abweichen; eine Kreissumme aus "
               "vielen Teilen um einige Einheiten.").format(km1=self.k - 1),
            tr("»·« heißt: nicht veröffentlicht, weil wenige Personen den Wert bestimmen würden (Kosten und "
               "Stunden der Sprachmittlung)."),
            tr("Personen werden je Monat gezählt, Stand Monatsende; für Quartal und Jahr gilt der Stand am Ende "
               "des Zeitraums. Kontakte, Verweisungen und Fälle werden über die Monate addiert. Ein Monat wird "
               "einmal gemeldet und danach nicht mehr verändert."),
            tr("Sprachmittlung und Arbeitszeiten liegen je Quartal vor; Arbeitszeiten werden nur für mindestens "
               "drei Case-Manager*innen zusammen gezeigt. Systembeobachtungen und Veranstaltungen betreffen keine "
               "Person."),
        ]


def build(county: County, period: Period, ki_name: str) -> Report:
    tables = statistics.tables(county, period)
    by_key = {t.key: t for t in tables}
    has_data = county.has_data(period)
    return Report(
        title=tr("Kommunales Integrationsmanagement im Kreis Coesfeld"), period=period, ki_name=ki_name,
        created=datetime.now().strftime("%d.%m.%Y"), k=county.k, has_data=has_data,
        summary=_summary(by_key, period, county.has_quarters(period)) if has_data else
        [tr("Für {period} liegen keine Sendungen vor.").format(period=period.label)],
        tables=tables, devices=county.devices())


def _grand(table: StatTable, column: int = 0) -> Figure:
    return next((r.figures[column] for r in table.rows if r.kind == GRAND), Figure())


def _summary(t: dict[str, StatTable], period: Period, quarters: bool) -> list[str]:
    def fig(figure: Figure, unit: str = "") -> str:
        return figure.text(unit)

    places = t["personen_nach_kommune"]
    total = _grand(places, len(places.columns) - 1)
    intensive = _grand(places, len(places.columns) - 2)
    contacts = sum((r.figures[0] for r in t["themen"].rows), Figure())
    shorts = sum((r.figures[1] for r in t["themen"].rows), Figure())
    referrals = _grand(t["verweisungen_partner"])
    chancen = next(r for r in t["chancen_104c"].rows if r.kind == GRAND).figures
    time = t["zeitanteile"].rows
    channels = _grand(t["kontaktwege"])
    prose = [
        tr("Im Zeitraum {period} begleiteten die KIM-Case-Manager*innen {persons} Personen im Case Management "
           "(Stand am Ende des Zeitraums), davon {intensive} intensiv.").format(
            period=period.label, persons=fig(total), intensive=fig(intensive)),
        tr("Es gab {contacts} Kontakte im Case Management und {referrals} Verweisungen an Partner des "
           "Regelsystems. Anonyme Kurzinterventionen: {shorts}.").format(
            contacts=fig(channels), shorts=fig(shorts), referrals=fig(referrals))
        if contacts.value or channels.value else
        tr("Im Zeitraum wurden keine Kontakte gemeldet."),
        tr("Chancen-Aufenthaltsrecht (§ 104c AufenthG) am Ende des Zeitraums: {held} Personen; davon endet die "
           "18-Monats-Frist in den nächsten drei Monaten: {soon}. Im Zeitraum nach § 25a: {a}, nach § 25b: {b}, "
           "ohne Anschlusstitel abgelaufen: {lapsed}.").format(
            held=fig(chancen[0]), soon=fig(chancen[1]), a=fig(chancen[2]), b=fig(chancen[3]),
            lapsed=fig(chancen[5])),
    ]
    if not quarters:
        return prose + [tr("Arbeitszeit und Sprachmittlung werden je Quartal gemeldet; für {period} liegen sie noch "
                           "nicht vor.").format(period=period.label)]
    return prose + [
        tr("Arbeitszeit: {ind} Einzelfallarbeit und {sys} Systemarbeit ({share} : {rest}; Ziel 60 : 40).").format(
            ind=fig(time[0].figures[0], "h"), sys=fig(time[1].figures[0], "h"),
            share=time[0].figures[1].value if time[0].figures[1].exact else "·",
            rest=time[1].figures[1].value if time[1].figures[1].exact else "·"),
        tr("Sprachmittlung kostete {cost}. {note}").format(
            cost=fig(_grand(t["sprachmittlung"], 1), "€"), note=t["sprachmittlung"].note),
    ]


def table_rows(table: StatTable) -> list[list[str]]:
    """Header and rows as shown, markers included: a reader of the file sees what the report shows."""
    return [[""] + table.columns] + [[row.label] + [table.cell_text(row, c) for c in range(len(row.figures))]
                                     for row in table.rows]
