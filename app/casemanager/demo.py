"""Synthetic casework for demos, tests and benchmarks: ``fallakte demo --persons N --seed S``.

Two years of plausible work up to ``today`` across all 11 municipalities of Kreis Coesfeld, with
names from several locales and scripts. Everything goes through the same use cases as real input,
so the demo data obeys every rule. The same seed and the same ``today`` give the same case file.
Every catalogue entry (status, intensity, phase, topic, partner, channel) occurs once there are at
least a few dozen persons.
"""

from __future__ import annotations

import contextlib
import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from app.casemanager import cellkey, pathways
from app.casemanager.appointments import Appointment, Appointments
from app.casemanager.casework import Casework, Contact, Person, Referral
from app.casemanager.chancen import WINDOW_MONTHS, add_months, window_end
from app.casemanager.system_work import INDIVIDUAL, SystemWork
from app.core.validation import ValidationError
from storage import records

# (family names, given names) per locale; Arabic and Cyrillic in their own script as well.
NAMES = {
    "de": (["Müller", "Schulte", "Wessels", "Hölscher", "Brüning", "Terhörst"], ["Jürgen", "Anna", "Lea", "Björn"]),
    "tr": (["Özdemir", "Yılmaz", "Kaya", "Çelik", "Şahin", "Doğan"], ["Ayşe", "Emre", "Gülşen", "Mehmet", "İlker"]),
    "ar": (["العبدالله", "الحسن", "حداد", "الخطيب", "Haddad", "Al-Hassan", "Khalil", "Mahmoud"],
           ["فاطمة", "محمد", "رنا", "Rania", "Omar", "Yousef", "Amal"]),
    "uk": (["Петренко", "Коваленко", "Шевчук", "Бондаренко", "Kovalenko"], ["Олена", "Андрій", "Оксана", "Dmytro"]),
    "ru": (["Иванова", "Смирнов", "Кузнецова"], ["Мария", "Алексей", "Наталья"]),
    "fa": (["Ahmadi", "Rahimi", "Hosseini", "Karimi", "Sultani"], ["Farid", "Zahra", "Mariam", "Ahmad", "Shabnam"]),
    "ti": (["Tesfay", "Gebremedhin", "Haile", "Kidane"], ["Selam", "Yonas", "Helen", "Filmon"]),
    "pl": (["Dąbrowski", "Wiśniewska", "Nowak", "Kowalczyk"], ["Piotr", "Zofia", "Łukasz", "Ewa"]),
    "ro": (["Popescu", "Ionescu", "Dumitrașcu"], ["Ioana", "Andrei", "Mădălina"]),
    "vi": (["Nguyễn", "Trần", "Phạm"], ["Thị Lan", "Văn Minh", "Thu Hà"]),
    "ku": (["Xelîl", "Berzinci", "Amedî"], ["Rojda", "Azad", "Berfîn"]),
}
NATIONALITY = {"de": "deutsch", "tr": "türkisch", "ar": "syrisch", "uk": "ukrainisch", "ru": "russisch",
               "fa": "afghanisch", "ti": "eritreisch", "pl": "polnisch", "ro": "rumänisch", "vi": "vietnamesisch",
               "ku": "irakisch"}
LANGUAGE = {"de": "Deutsch", "tr": "Türkisch", "ar": "Arabisch", "uk": "Ukrainisch", "ru": "Russisch", "fa": "Dari",
            "ti": "Tigrinya", "pl": "Polnisch", "ro": "Rumänisch", "vi": "Vietnamesisch", "ku": "Kurmandschi"}
# Status histories that occur in KIM casework, by locale; § 104c paths for those with a Duldung.
STATUS_PATHS = {
    "uk": [["ae_24"], ["ae_24", "ae_sonstige"]],
    "pl": [["eu_freizuegigkeit"]], "ro": [["eu_freizuegigkeit"]],
    "de": [["eingebuergert"]], "vi": [["niederlassung"], ["ae_sonstige", "niederlassung"]],
    "tr": [["niederlassung"], ["ae_sonstige"], ["niederlassung", "eingebuergert"]],
}
REFUGEE_PATHS = [["gestattung"], ["gestattung", "ae_sonstige"], ["gestattung", "duldung"], ["unbekannt"],
                 ["gestattung", "duldung", "ae_104c"], ["duldung", "ae_104c", "ae_25b"],
                 ["duldung", "ae_104c", "ae_25a"], ["duldung", "ae_104c", "duldung"], ["duldung", "ae_104c"],
                 ["duldung", "ae_104c", "antrag_fiktion"], ["duldung", "ae_104c", "antrag_fiktion", "ae_25b"],
                 ["gestattung", "ae_25_2_fluechtling"], ["gestattung", "ae_25_2_subsidiaer"], ["gestattung", "ae_25_1"],
                 ["gestattung", "duldung", "ae_25_3"], ["gestattung", "duldung", "duldung_60c"],
                 ["duldung", "duldung_60d"], ["duldung", "ae_25_5"]]
# § 104c AufenthG: applications from 31.12.2022 until it went out of force with 31.12.2025; the
# persons had to be in Germany by 31.10.2017.
FIRST_104C_APPLICATION, LAST_104C_APPLICATION = date(2022, 12, 31), date(2025, 12, 31)
IN_GERMANY_FOR_104C = date(2017, 10, 31)
WITHOUT_EXPIRY = {"ae_104c", "niederlassung", "eu_freizuegigkeit", "eingebuergert", "unbekannt", "gestattung"}
# Rough weights by population.
MUNICIPALITY_WEIGHTS = {"duelmen": 47, "coesfeld": 36, "luedinghausen": 25, "senden": 20, "nottuln": 19,
                        "olfen": 13, "billerbeck": 12, "ascheberg": 15, "havixbeck": 12, "rosendahl": 11,
                        "nordkirchen": 10}
NOTES = ["Unterlagen für den Antrag gesichtet", "Termin bei der Ausländerbehörde vorbereitet",
         "Bewerbungsunterlagen besprochen", "Wohnungssuche, Kontakt zur Wohnungsgenossenschaft",
         "Anmeldung Integrationskurs", "Schulanmeldung der Kinder geklärt", "Bescheid des Jobcenters erklärt",
         "Arzttermin mit Sprachmittlung organisiert", "Passbeschaffung besprochen", "Einbürgerungstest geübt", ""]


@dataclass(frozen=True)
class DemoSummary:
    persons: int
    cases: int
    contacts: int


class _Demo:
    def __init__(self, cw: Casework, seed: int, municipalities: list[str] | None = None) -> None:
        self.cw, self.sw = cw, SystemWork(cw)
        self.weights = {m: w for m, w in MUNICIPALITY_WEIGHTS.items() if not municipalities or m in municipalities}
        self.rng = random.Random(seed)
        # Real record keys are secret random numbers; demo ones follow the seed, so that a demo
        # county's perturbed figures are the same in every run (utility measurements, benchmarks).
        self.record_keys = random.Random(f"record-keys-{seed}")
        self.uids = random.Random(f"uids-{seed}")
        self.today = cw.today()
        self.start = self.today - timedelta(days=730)
        self.cat = cw.cat
        self.contacts = 0
        self.cases = 0

    def seeded_record_key(self, table: str, record_id: int) -> None:
        """Record key (and a person's uid, docs/handover.md) from the seed: the same seed, the same data."""
        values = {"record_key": self.record_keys.getrandbits(cellkey.KEY_BITS)}
        if table == "person":
            values["uid"] = f"{self.uids.getrandbits(128):032x}"
        records.update(self.cw.conn, table, record_id, **values)

    def day_between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, max(0, (last - first).days)))

    def cycle(self, values: list, i: int):
        """Round-robin for the first persons (so every catalogue entry occurs), random after that."""
        return values[i] if i < len(values) else self.rng.choice(values)

    def person(self, i: int) -> None:
        rng = self.rng
        locale = self.cycle(list(NAMES), i)
        families, givens = NAMES[locale]
        municipality = rng.choices(list(self.weights), weights=list(self.weights.values()))[0]
        if i < len(self.weights):
            municipality = list(self.weights)[i]
        age = rng.choice([rng.randint(1, 17), rng.randint(18, 26), rng.randint(27, 44), rng.randint(27, 44),
                          rng.randint(45, 64), rng.randint(65, 80)])
        born = date(self.today.year - age, rng.randint(1, 12), rng.randint(1, 28))
        refugee = locale in ("ar", "fa", "ti", "ku") or i < len(REFUGEE_PATHS)
        path = self.cycle(REFUGEE_PATHS, i) if refugee else rng.choice(STATUS_PATHS.get(locale, REFUGEE_PATHS))
        latest = IN_GERMANY_FOR_104C if "ae_104c" in path else self.today - timedelta(days=90)
        arrived = max(born, self.day_between(date(2012, 1, 1), latest))
        person_id = self.cw.add_person(Person(
            family_name=rng.choice(families), given_names=rng.choice(givens), municipality=municipality,
            gender=self.cycle(["w", "m", "d", "x"], i) if i < 4 else rng.choices("wmdx", weights=[48, 48, 1, 3])[0],
            birth_date=str(born.year) if rng.random() < 0.15 else born.isoformat(),
            nationality=NATIONALITY[locale], languages=LANGUAGE[locale] + ("" if locale == "de" else ", Deutsch"),
            phone=f"0{rng.randint(2500, 2599)} {rng.randint(10000, 999999)}",
            accompanied_by=rng.choice(["", "", "", "", "MBE Caritas", "JMD", "Flüchtlingshilfe"]),
            in_germany_since=arrived))
        self.seeded_record_key("person", person_id)
        self.statuses(person_id, path, arrived)
        if path[-1] == "ae_104c" and rng.random() < 0.6:
            self.checklist(person_id)
        if rng.random() < 0.85 or i < 40:
            self.case(person_id, i)

    def statuses(self, person_id: int, path: list[str], arrived: date) -> None:
        rng, today = self.rng, self.today
        since, granted, application = arrived, None, None
        for n, status in enumerate(path):
            applied_for = None
            if status == "ae_104c":
                # Granted from 2023 on, on an application by 31.12.2025: some windows still run (the last
                # end in 2027), some have ended; one with an application pending ended at least a month ago.
                last = min(today - timedelta(days=30), LAST_104C_APPLICATION + timedelta(days=90))
                first = date(2023, 1, 1)
                if path[-1] == "antrag_fiktion":
                    last = min(last, add_months(today, -WINDOW_MONTHS - 1))
                elif path == ["duldung", "ae_104c"]:   # still running
                    first = min(last, max(first, add_months(today, -WINDOW_MONTHS + 1)))
                since = granted = max(since, self.day_between(first, last))
                applied = max(FIRST_104C_APPLICATION, min(LAST_104C_APPLICATION, since - timedelta(days=rng.randint(20, 120))))
            elif status == "antrag_fiktion":
                # Applied for § 25b within the 18 months: the permit continues until the decision (Fiktion).
                since = application = self.day_between(min(granted + timedelta(days=200), today),
                                                       min(window_end(granted), today))
                applied, applied_for = since, "ae_25b"
            elif application is not None:
                # The decision on that application.
                since = self.day_between(min(application + timedelta(days=30), today), today)
                applied = application
            elif granted is not None:
                # What followed the § 104c permit, within its 18 months.
                since = self.day_between(min(granted + timedelta(days=200), today), min(window_end(granted), today))
                applied = since - timedelta(days=rng.randint(20, 120)) if status.startswith("ae_") else None
            else:
                since = self.day_between(since, min(today, since + timedelta(days=900)))
                applied = since - timedelta(days=rng.randint(20, 120)) if status.startswith("ae_") else None
            self.cw.record_status(person_id, status, since, applied_on=applied,
                                  decided_on=since if applied and status != "antrag_fiktion" else None,
                                  valid_until=self.valid_until(status, since) if n == len(path) - 1 else None,
                                  applied_for=applied_for)

    def checklist(self, person_id: int) -> None:
        """Working towards § 25b within the § 104c window: some conditions proven, one with a date."""
        rng, today = self.rng, self.today
        pathways.start(self.cw, person_id, "ae_25b")
        for check in pathways.checklist(self.cw, person_id):
            if rng.random() < 0.6:
                pathways.set_check(self.cw, check.id, self.day_between(today - timedelta(days=300), today), None)
            elif rng.random() < 0.2:
                pathways.set_check(self.cw, check.id, None, self.day_between(today, today + timedelta(days=120)))

    def valid_until(self, status: str, since: date) -> date | None:
        """The card's "gültig bis" of the newest status: a Duldung or a Fiktionsbescheinigung for some
        months, a residence permit for two or three years (renewed where that lies in the past); a few
        have ended or end within the next weeks."""
        rng, today = self.rng, self.today
        if status in WITHOUT_EXPIRY:
            return None
        if status.startswith("duldung") or status == "antrag_fiktion":
            return max(since, today + timedelta(days=rng.randint(-10, 180)))
        return max(add_months(since, rng.choice([24, 36])) - timedelta(days=1), today + timedelta(days=rng.randint(-15, 900)))

    def case(self, person_id: int, i: int) -> None:
        rng, cw = self.rng, self.cw
        intensity = self.cycle(["kurz", "prozess", "intensiv"], i) if i < 3 else \
            rng.choices(["kurz", "prozess", "intensiv"], weights=[40, 35, 25])[0]
        opened = self.day_between(self.start, self.today - timedelta(days=3))
        cw.give_consent(person_id, "fallarbeit", opened)
        case_id = cw.open_case(person_id, opened, intensity)
        self.cases += 1
        horizon = {"kurz": 40, "prozess": 200, "intensiv": 500}[intensity]
        closes = rng.random() < 0.45 or i < 8
        end = min(self.today, opened + timedelta(days=rng.randint(5, horizon)))
        reached = {"kurz": 2, "prozess": 4, "intensiv": 6}[intensity]
        phases = self.cat.phases.codes()[1:rng.randint(1, reached) if i >= 6 else 6]
        day = opened
        for phase in phases:
            day = self.day_between(day, day + (end - day) // 3)
            cw.change_phase(case_id, phase, day)
        for _ in range(rng.randint(0, 3)):
            target = self.day_between(opened, opened + timedelta(days=365))
            # Goals whose date has passed were mostly reached or given up; a few are overdue.
            status = rng.choice(self.cat.goal_status.codes()) if target >= self.today or rng.random() < 0.1 \
                else rng.choice(["erreicht", "teilweise", "nicht_erreicht", "verworfen"])
            cw.add_goal(case_id, rng.choice(["Sprachkurs B1 abschließen", "Wohnung finden", "Arbeitsaufnahme",
                                             "Aufenthalt sichern", "Kita-Platz", "Schulden regeln"]),
                        rng.choice(self.cat.topics.codes()), target, status)
        for n in range(rng.randint(3, 17)):
            topics = [self.cycle(self.cat.topics.codes(), i * 17 + n)] if i * 17 + n < 20 else \
                rng.sample(self.cat.topics.codes(), rng.randint(1, 3))
            interpreter = rng.random() < 0.2
            cw.add_contact(case_id, Contact(
                date=self.day_between(opened, end), minutes=rng.choice([15, 20, 30, 45, 60, 90, 120]),
                channel=self.cycle(self.cat.channels.codes(), i * 17 + n),
                topics=topics, notes=rng.choice(NOTES),
                interpreter_language=LANGUAGE.get(rng.choice(list(LANGUAGE)), "") if interpreter else "",
                interpreter_minutes=rng.choice([30, 45, 60]) if interpreter else 0,
                interpreter_cost=f"{rng.choice([25, 38, 45, 60])},00" if interpreter else "0"))
            self.contacts += 1
        for n in range(rng.randint(0, 3) if i >= 13 else 1):
            partner = self.cycle(self.cat.partners.codes(), i) if i < 13 else rng.choice(self.cat.partners.codes())
            on = self.day_between(opened, end)
            discloses = rng.random() < 0.6
            if discloses:
                cw.give_consent(person_id, "weitergabe", on, partner=partner)
            # Older referrals have been answered and concluded; recent ones may still be open.
            recent = (self.today - on).days < 45
            status = rng.choice(self.cat.referral_status.codes()) if recent else rng.choice(["abgeschlossen", "abgelehnt"])
            outcome = rng.choice(self.cat.referral_outcomes.codes()) if status == "abgeschlossen" else None
            cw.add_referral(case_id, Referral(partner, on, discloses, status, outcome,
                                              follow_up_on=on + timedelta(days=rng.choice([7, 14, 28]))))
        if closes:
            cw.close_case(case_id, end, self.cycle(self.cat.closure_reasons.codes()[:4], i))

    def system_work(self, persons: int) -> None:
        rng, sw = self.rng, self.sw
        municipalities = list(self.weights)
        for _ in range(max(1, persons // 2)):
            record_id = sw.add_short_intervention(
                self.day_between(self.start, self.today), rng.choice(municipalities), rng.choice(self.cat.topics.codes()),
                rng.choice(list(LANGUAGE.values())), rng.choice([None, None] + self.cat.partners.codes()))
            self.seeded_record_key("short_intervention", record_id)
        week = self.start
        while week <= self.today:
            for kind in self.cat.system_work.codes() + [INDIVIDUAL]:
                if rng.random() < 0.6:
                    day, minutes = self.day_between(week, min(self.today, week + timedelta(days=4))), \
                        rng.choice([30, 60, 90, 120, 180])
                    # A load-test file of thousands of persons on one device has days whose contacts
                    # alone pass 24 hours; the time log refuses more there, and the demo logs none.
                    with contextlib.suppress(ValidationError):
                        sw.log_time(day, minutes, kind)
            if rng.random() < 0.5:
                sw.add_event(self.day_between(week, min(self.today, week + timedelta(days=4))), rng.choice(municipalities),
                             rng.choice(["aufenthalt", "arbeit", "einbuergerung", "bildung"]), rng.randint(6, 60),
                             "Arabisch, Dari, Ukrainisch", rng.randint(0, 3))
            if rng.random() < 0.4:
                sw.add_observation(self.day_between(week, min(self.today, week + timedelta(days=4))),
                                   rng.choice(municipalities), rng.choice(self.cat.observation_categories.codes()),
                                   rng.choice(["Lange Wartezeiten auf Termine", "Kein Sprachkursplatz vor Ort",
                                               "Kaum bezahlbarer Wohnraum", "Online-Antrag ohne Unterstützung nicht machbar"]))
            week += timedelta(days=7)


    def appointments(self, seed: int, persons: int) -> None:
        """This week's and the next two weeks' appointments with persons whose case is open, some with
        an interpreter (booked or not), an information event, and last week's ones: mostly held (each a
        contact of this month, not yet released), some ausgefallen, a few still to record. Drawn from a
        random source of their own: the rest of the demo stays as it was."""
        rng, today = random.Random(seed * 7919 + 1), self.today
        termine = Appointments(self.cw)
        open_cases = [p for (p,) in self.cw.conn.execute(
            "SELECT person_id FROM support_case WHERE closed_on IS NULL ORDER BY person_id")]
        if not open_cases:
            return
        monday = today - timedelta(days=today.weekday())
        places = ["Büro KIM, Raum 3", "Rathaus, Bürgerbüro", "Ausländerbehörde Coesfeld", "Jobcenter Dülmen", "",
                  "Familienzentrum"]
        partners = ["", "", "Ausländerbehörde", "Jobcenter", "Schule", "Wohnungsgesellschaft"]
        languages = ["arabisch", "dari", "ukrainisch", "tigrinya", "farsi", "kurmandschi"]
        for n in range(min(36, max(4, persons // 8))):
            day = monday + timedelta(days=rng.randint(-7, 18))
            if day.weekday() > 4:
                continue
            interpreter = rng.random() < 0.35
            channel = rng.choice(["persoenlich"] * 5 + ["hausbesuch", "telefonisch"])
            appointment = Appointment(
                day, f"{rng.choice([8, 9, 10, 11, 13, 14, 15]):02d}:{rng.choice(['00', '30'])}",
                rng.choice([30, 45, 60, 90]), place="" if channel == "telefonisch" else rng.choice(places),
                with_whom=rng.choice(partners), channel=channel, topic=rng.choice(self.cat.topics.codes()),
                interpreter_language=rng.choice(languages) if interpreter else "",
                interpreter_provider=rng.choice(["Dolmetschpool Kreis Coesfeld", "SprInt Münster"]) if interpreter else "",
                interpreter_booked=interpreter and rng.random() < 0.6,
                interpreter_minutes=60 if interpreter else 0,
                interpreter_cost=rng.choice(["45,00", "52,50", "60,00"]) if interpreter else "0")
            appointment_id = termine.add(appointment, rng.choice(open_cases))
            if day >= today or n % 6 == 0:      # ahead, or (now and then) its outcome still to record
                continue
            if n % 6 == 1:
                termine.mark_failed(appointment_id, "nicht_erschienen")
                continue
            try:
                termine.mark_held(appointment_id, termine.held_contact(appointment_id))
                self.contacts += 1
            except ValidationError:   # before the person's case was opened
                termine.cancel(appointment_id, "von_person")
        event_day = monday + timedelta(days=3 + 7 * rng.randint(0, 1))
        termine.add(Appointment(event_day, "18:00", 120, place="VHS, Saal 1",
                                municipality=rng.choice(list(self.weights)), topic="arbeit",
                                interpreter_language="ukrainisch", interpreter_minutes=120,
                                interpreter_cost="105,00"))


def fill(cw: Casework, persons: int, seed: int = 1, progress: Callable[[int, int], None] | None = None,
         chunk: int = 500, municipalities: list[str] | None = None) -> DemoSummary:
    """``municipalities`` limits the work to a case manager's own (all 11 by default)."""
    demo = _Demo(cw, seed, municipalities)
    for first in range(0, persons, chunk):
        with cw.bulk():
            for i in range(first, min(persons, first + chunk)):
                demo.person(i)
        if progress:
            progress(min(persons, first + chunk), persons)
    with cw.bulk():
        demo.system_work(persons)
        demo.appointments(seed, persons)
    return DemoSummary(persons, demo.cases, demo.contacts)
