"""The ``fallakte`` command. With no subcommand it starts the desktop app.

Secrets are prompted for, or read from FALLAKTE_PASSPHRASE, FALLAKTE_NEW_PASSPHRASE and
FALLAKTE_RECOVERY_CODE for automation. Exit status 0 on success; otherwise one line on stderr.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app.core import messages, paths
from app.core.messages import UserError, describe, plural, tr
from app.core.version import __version__

# Each command imports what it uses when it runs: the help and a command that opens no window load
# neither Qt's GUI modules nor the cryptography and the database of the commands not run.

ENV_PASSPHRASE = "FALLAKTE_PASSPHRASE"
ENV_NEW_PASSPHRASE = "FALLAKTE_NEW_PASSPHRASE"
ENV_RECOVERY_CODE = "FALLAKTE_RECOVERY_CODE"


class UserAbort(UserError):
    """The user gave no usable input at a prompt (two passphrases that differ, end of input)."""


def _secret(env: str, prompt: str) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise UserAbort(tr("Keine Eingabe.")) from None


def _new_passphrase(env: str) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    first = _secret(env, tr("Neue Passphrase: "))
    if _secret(env, tr("Neue Passphrase wiederholen: ")) != first:
        raise UserAbort(tr("Die beiden Eingaben stimmen nicht überein. Es wurde nichts verändert."))
    return first


def _casefile(args) -> Path:
    given = getattr(args, "casefile", None)  # absent unless given, before or after the subcommand
    return Path(given) if given else paths.default_casefile()


def _open_casefile(args):
    """The case file named by --casefile (or the default one), unlocked with the passphrase."""
    from app.core import stores

    return stores.unlock(_casefile(args), _secret(ENV_PASSPHRASE, tr("Passphrase: ")))


def _ki_store(args) -> Path:
    from app.ki import registry

    return Path(args.store) if args.store else registry.default_store()


def _open_ki_store(args):
    from app.ki import registry

    return registry.open_store(_ki_store(args), _secret(ENV_PASSPHRASE, tr("Passphrase des KI-Speichers: ")))


def cmd_init(args) -> int:
    from app.core import stores

    path = _casefile(args)
    try:
        casefile, code = stores.create_casefile(path, _new_passphrase(ENV_PASSPHRASE), replace=args.force)
    except stores.CaseFileExists as exc:
        return _fail(describe(exc) + " " + tr("Mit --force wird sie ersetzt und gelöscht."))
    casefile.close()
    print(tr("Falldatei angelegt: {path}").format(path=path))
    print()
    print(tr("Wiederherstellungscode (wird nur jetzt angezeigt, bitte ausdrucken und sicher verwahren):"))
    print()
    print(f"    {code}")
    print()
    print(tr("Mit diesem Code lässt sich die Falldatei öffnen, wenn die Passphrase vergessen ist."))
    return 0


def cmd_check(args) -> int:
    from app.core import stores

    path = _casefile(args)
    report = stores.check_casefile(path, _secret(ENV_PASSPHRASE, tr("Passphrase: ")))
    if report.ok:
        print(tr("{path}: in Ordnung (Verschlüsselung, Struktur, Verweise, Protokoll).").format(path=path))
        return 0
    for problem in report.problems():
        print(problem)
    return _fail(tr("{path}: {n} Problem(e) gefunden.").format(path=path, n=len(report.problems())))


def cmd_backup(args) -> int:
    from app.core import stores

    with _open_casefile(args) as casefile:
        written = stores.backup(casefile, Path(args.to))
    print(tr("Sicherung geschrieben und geprüft: {path}").format(path=written))
    return 0


def cmd_restore(args) -> int:
    from app.core import stores

    target = _casefile(args)
    if args.recovery:
        code = _secret(ENV_RECOVERY_CODE, tr("Wiederherstellungscode: "))
        result = stores.restore(Path(args.backup), target, recovery_code=code,
                                        new_passphrase=_new_passphrase(ENV_NEW_PASSPHRASE))
    else:
        passphrase = _secret(ENV_PASSPHRASE, tr("Passphrase zum Zeitpunkt der Sicherung: "))
        result = stores.restore(Path(args.backup), target, passphrase=passphrase)
    result.casefile.close()
    print(tr("Wiederhergestellt: {path}").format(path=target))
    if result.previous is not None:
        print(tr("Die bisherige Falldatei liegt unverändert unter {path}").format(path=result.previous))
    return 0


def cmd_passwd(args) -> int:
    from app.core import stores

    path = _casefile(args)
    old = _secret(ENV_PASSPHRASE, tr("Bisherige Passphrase: "))
    stores.change_passphrase(path, old, _new_passphrase(ENV_NEW_PASSPHRASE))
    print(tr("Passphrase geändert. Der Wiederherstellungscode gilt weiter."))
    return 0


def cmd_recover(args) -> int:
    from app.core import stores

    path = _casefile(args)
    code = _secret(ENV_RECOVERY_CODE, tr("Wiederherstellungscode: "))
    stores.recover(path, code, _new_passphrase(ENV_NEW_PASSPHRASE)).close()
    print(tr("Falldatei mit dem Wiederherstellungscode geöffnet; die neue Passphrase gilt ab sofort."))
    return 0


def cmd_demo(args) -> int:
    import time

    from app.casemanager import demo
    from app.casemanager.casework import Casework
    from app.core import stores

    path = _casefile(args)
    if path.exists():
        casefile = _open_casefile(args)
    else:
        casefile, code = stores.create_casefile(path, _new_passphrase(ENV_PASSPHRASE))
        print(tr("Falldatei angelegt: {path}. Wiederherstellungscode: {code}").format(path=path, code=code))
    with casefile:
        cw = Casework(casefile)
        if cw.person_count():
            return _fail(tr("{path} enthält bereits Personen. Beispieldaten kommen nur in eine leere Falldatei.")
                         .format(path=path))
        start = time.perf_counter()
        summary = demo.fill(cw, args.persons, seed=args.seed)
        casefile.audit("create", "demo", args.persons)
    print(tr("Beispieldaten: {p} Personen, {c} Fälle, {k} Kontakte in {s:.1f} s.").format(
        p=summary.persons, c=summary.cases, k=summary.contacts, s=time.perf_counter() - start))
    return 0


def cmd_export_person(args) -> int:
    from app.casemanager.casework import Casework
    from app.casemanager.privacy import export_subject_access

    with _open_casefile(args) as casefile:
        cw = Casework(casefile)
        written = export_subject_access(cw, cw.person_id_for(args.case_number), Path(args.to))
    for file in written:
        print(tr("Geschrieben: {path}").format(path=file))
    return 0


def cmd_appointments(args) -> int:
    from datetime import date

    from app.casemanager import appointments as termine
    from app.casemanager.casework import Casework

    monday = termine.parse_week(args.week) if args.week else termine.monday_of(date.today())   # before the passphrase
    with _open_casefile(args) as casefile:
        appointments = termine.Appointments(Casework(casefile))
        if args.ics:
            written = appointments.export_week(monday, Path(args.ics), with_names=args.with_names)
            print(tr("Kalenderdatei geschrieben ({what}): {path}").format(
                path=written, what=tr("mit Namen") if args.with_names else tr("nur mit Fallnummern")))
            print(tr("Achtung: Die Datei liegt außerhalb der verschlüsselten Falldatei und ist nicht geschützt. Bitte "
                     "nach dem Import in Outlook oder Thunderbird löschen."))
            return 0
        rows = appointments.week(monday)
        cat = appointments.cat
        lines = []
        for row in rows:
            day = date.fromisoformat(row["day"])
            if row["person_id"] is None:
                who = tr("Informationsveranstaltung: {topic} ({place})").format(
                    topic=cat.topics.label(row["topic"]), place=cat.municipalities.label(row["municipality"]))
            else:
                who = f"{row['name']} ({row['case_number']})" if args.with_names else row["case_number"]
            place = row["place"] if args.with_names or row["channel"] != termine.HOME_VISIT else \
                cat.channels.label(termine.HOME_VISIT)
            lines.append("  ".join(filter(None, (
                f"{termine.weekday_name(day)[:2]} {day:%d.%m.}", f"{row['start']}–{termine.end_of(row)}", who, place,
                appointments.interpreter_text(row), f"[{termine.state_label(row['state'])}]"))))
    print(termine.week_label(monday))
    print("\n".join(lines) if lines else tr("Keine Termine in dieser Woche."))
    return 0


def cmd_print(args) -> int:
    from app.casemanager import printouts
    from app.casemanager.casework import Casework

    write = {"hilfeplan": printouts.write_hilfeplan, "fallblatt": printouts.write_fallblatt}[args.kind]
    with _open_casefile(args) as casefile:
        cw = Casework(casefile)
        written = write(cw, cw.person_id_for(args.case_number), Path(args.out))
    print(printouts.outside_note([written]))
    return 0


def cmd_letter(args) -> int:
    from app.casemanager import letters, printouts
    from app.casemanager.casework import Casework

    with _open_casefile(args) as casefile:
        cw = Casework(casefile)
        if args.list or not args.template:
            for t in letters.templates(cw, letters.LETTERS):
                print(f"{t.name}: {t.title}" + (f" ({t.language})" if t.language != "de" else ""))
            print(tr("Eigene Vorlagen des Kreises: {folder}").format(folder=letters.county_folder(cw) / letters.LETTERS))
            return 0
        if not args.case_number or not args.out:
            return _fail(tr("Bitte Vorlage, Fallnummer und --out DATEI.docx angeben."))
        template = letters.template(cw, letters.LETTERS, args.template, args.language)
        written = letters.write_letter(cw, cw.person_id_for(args.case_number), template, Path(args.out))
    if written.unknown:
        print(tr("Diese Platzhalter der Vorlage kennt Fallakte nicht, sie stehen unverändert im Brief: {names}")
              .format(names=", ".join(written.unknown)))
    print(printouts.outside_note(written.paths))
    return 0


def cmd_sync_setup(args) -> int:
    from app.casemanager import sync_service
    from app.casemanager.casework import Casework

    with _open_casefile(args) as casefile:
        cw = Casework(casefile)
        sync_service.configure(
            cw, share=Path(args.share) if args.share else None,
            ki_key=sync_service.read_ki_key(Path(args.ki_key)).to_bytes() if args.ki_key else None,
            device_name=args.name, municipalities=args.municipalities.split(",") if args.municipalities else None)
        setup = sync_service.setup(cw)
    print(tr("Ablage: {share}").format(share=setup.share or tr("(keine)")))
    if setup.share:
        try:
            sync_service.check_share(Path(setup.share))
        except sync_service.ShareUnavailable as exc:   # set up all the same: bundles wait until it is there
            print(tr("Achtung: {reason} Sendungen warten, bis sie erreichbar ist.").format(reason=describe(exc)))
    if setup.ki_fingerprint:
        print(tr("Fingerabdruck des KI-Schlüssels: {fp} (bitte telefonisch mit dem KI abgleichen)")
              .format(fp=setup.ki_fingerprint))
    if setup.needs_new_request:
        print(tr("Die Kommunen haben sich seit der letzten Anmeldedatei geändert: bitte mit »fallakte "
                 "enrol-request« eine neue schreiben, damit das KI das Gerät neu anmeldet."))
    return 0


def cmd_enrol_request(args) -> int:
    from app.casemanager import sync_service
    from app.casemanager.casework import Casework

    with _open_casefile(args) as casefile:
        cw = Casework(casefile)
        written = sync_service.write_enrol_request(cw, Path(args.out) if args.out else None)
        device_id, fingerprint = sync_service.device_fingerprint(cw)
    print(tr("Anmeldedatei für das KI geschrieben: {path}").format(path=written))
    print(tr("Gerät {id}, Fingerabdruck {fp}").format(id=device_id, fp=fingerprint))
    return 0


def cmd_sync(args) -> int:
    from app.casemanager import sync_service
    from app.casemanager.casework import Casework

    with _open_casefile(args) as casefile:
        cw = Casework(casefile)
        if args.preview:
            from app.casemanager import transparency

            preview = transparency.preview(cw)
            print(tr("Nächste Sendung von »{name}« ({munis}); neu: {new}. Jede Anzahl ist leicht verändert "
                     "(höchstens ±2), 1 und 2 kommen nicht vor.").format(
                name=preview.device_name, munis=", ".join(preview.municipalities),
                new=", ".join(preview.new_periods) or tr("nichts")))
            print("\n".join(preview.lines))
            return 0
        try:
            written = sync_service.sync_now(cw, Path(args.to) if args.to else None)
        except sync_service.ShareUnavailable as exc:   # built, not delivered: it waits in the case file
            return _fail(tr("{reason} Die Sendung {n} wartet und wird beim nächsten Versuch übertragen.")
                         .format(reason=describe(exc), n=sync_service.status(cw).waiting_sequence))
    for file in written:
        print(tr("Übertragen: {path}").format(path=file))
    return 0


def cmd_handover_key(args) -> int:
    from app.casemanager import handover
    from app.casemanager.casework import Casework

    with _open_casefile(args) as casefile:
        written, fingerprint = handover.write_key_file(Casework(casefile), Path(args.out), args.name)
    print(tr("Übergabe-Schlüssel geschrieben: {path}").format(path=written))
    print(tr("Fingerabdruck (bitte der Kollegin oder dem Kollegen am Telefon vorlesen): {fp}").format(fp=fingerprint))
    return 0


def _unconfirmed(exc) -> str:
    """The refusal, and how to confirm on the command line."""
    return describe(exc) + " " + tr("Auf der Befehlszeile: mit --fingerprint und dem abgeglichenen Fingerabdruck.")


def cmd_handover(args) -> int:
    from app.casemanager import handover
    from app.casemanager.casework import Casework
    from app.casemanager.handover import HandoverRefused, Problem

    if bool(args.case_numbers) == bool(args.all):
        return _fail(tr("Bitte Fallnummern angeben oder --all, nicht beides."))
    recipient = handover.read_key_file(Path(args.to))
    with _open_casefile(args) as casefile:
        cw = Casework(casefile)
        ids = handover.all_person_ids(cw) if args.all else handover.person_ids_for(cw, args.case_numbers)
        try:
            written = handover.write_handover(cw, ids, recipient, Path(args.out), args.fingerprint, args.name,
                                              with_households=args.household)
        except HandoverRefused as exc:
            if exc.problem is Problem.UNCONFIRMED_RECIPIENT:
                return _fail(_unconfirmed(exc))
            raise
    print(tr("Übergabe an {name} (Fingerabdruck {fp}) geschrieben: {path}").format(
        name=recipient.name, fp=recipient.fingerprint, path=written.path))
    print(plural(written.persons, tr("{n} Person ist jetzt als »Übergabe läuft« markiert, bis die Quittung "
                                     "eingelesen ist (fallakte handover-confirm)."),
                 tr("{n} Personen sind jetzt als »Übergabe läuft« markiert, bis die Quittung eingelesen ist "
                    "(fallakte handover-confirm).")))
    return 0


def cmd_receive(args) -> int:
    from app.casemanager import handover
    from app.casemanager.casework import Casework
    from app.casemanager.handover import HandoverRefused, Problem

    data = handover.read_handover_file(Path(args.file))
    with _open_casefile(args) as casefile:
        cw = Casework(casefile)
        try:
            if args.dry_run:
                arrival, receipt = handover.preview(cw, data, args.fingerprint), None
            else:
                received = handover.receive(cw, data, args.fingerprint)
                arrival, receipt = received.arrival, received.receipt
        except HandoverRefused as exc:
            if exc.problem is Problem.UNKNOWN_SENDER:
                return _fail(_unconfirmed(exc))
            raise
    print(tr("Übergabe von {name} (Fingerabdruck {fp})").format(name=arrival.sender, fp=arrival.sender_fingerprint))
    print(tr("Rechtsgrundlage: {basis}").format(basis=arrival.basis) if arrival.basis
          else tr("Grundlage: Einwilligung der Personen in die Übergabe"))
    for p in arrival.persons:   # case numbers only: the terminal is no place for names
        state = tr("bereits in dieser Falldatei") if p.already_here else (
            tr("neu, bisher {old}").format(old=p.sent_as) if p.case_number != p.sent_as else tr("neu"))
        print("  " + tr("{number}: {cases}, {contacts} ({state})").format(
            number=p.case_number, cases=plural(p.cases, tr("{n} Fall"), tr("{n} Fälle")),
            contacts=plural(p.contacts, tr("{n} Kontakt"), tr("{n} Kontakte")), state=state))
    if args.dry_run:
        print(tr("Probelauf, nichts geändert."))
        return 0
    print(tr("Diese Übergabe war bereits empfangen; nichts geändert.") if arrival.already_received else
          plural(arrival.new_persons, tr("{n} Person übernommen."), tr("{n} Personen übernommen.")))
    if args.receipt:
        print(tr("Quittung geschrieben: {path}. Bitte an {name} zurückgeben.").format(
            path=handover.write_receipt(receipt, Path(args.receipt)), name=arrival.sender))
    else:
        print(tr("Die Quittung schreibt derselbe Befehl mit --receipt DATEI, auch später."))
    return 0


def cmd_handover_confirm(args) -> int:
    from app.casemanager import handover
    from app.casemanager.casework import Casework

    data = handover.read_receipt_file(Path(args.receipt))
    with _open_casefile(args) as casefile:
        done = handover.confirm(Casework(casefile), data)
    if done.already:
        print(tr("Diese Quittung war bereits eingelesen; nichts geändert."))
    else:
        print(tr("Übergabe an {name} bestätigt: {deleted} aus dieser Falldatei gelöscht, {closed} als »übergeben« "
                 "abgeschlossen.").format(name=done.recipient,
                                           deleted=plural(done.deleted, tr("{n} Person"), tr("{n} Personen")),
                                           closed=plural(done.closed, tr("{n} Fall"), tr("{n} Fälle"))))
    return 0


def cmd_handover_withdraw(args) -> int:
    from app.casemanager import handover
    from app.casemanager.casework import Casework

    with _open_casefile(args) as casefile:
        cw = Casework(casefile)
        running = handover.running(cw, cw.person_id_for(args.case_number))
        if running is None:
            return _fail(tr("{n} ist in keiner laufenden Übergabe.").format(n=args.case_number))
        if not args.not_received:
            return _fail(tr("Nur zurücknehmen, wenn {name} die Übergabe nicht empfangen hat: sonst liegen die Personen "
                            "danach in beiden Falldateien. Wenn das sicher ist: mit --nicht-empfangen.").format(
                name=running.recipient))
        freed = handover.withdraw(cw, running.handover_id)
    print(tr("Übergabe an {name} zurückgenommen: {persons} wieder hier in Arbeit.").format(
        name=running.recipient, persons=plural(freed, tr("{n} Person"), tr("{n} Personen"))))
    return 0


def cmd_import_list(args) -> int:
    from app.casemanager import list_import
    from app.casemanager.casework import Casework

    table = list_import.read_table(Path(args.file))
    mapping = list_import.guess_mapping(table.headers)
    for given in args.column or []:
        name, _, column = given.partition("=")
        field = next((f for f in list_import.FIELDS if name.strip().casefold() in
                      (f, list_import.field_label(f).casefold())), None)
        if field is None or column.strip() not in table.headers:
            return _fail(tr("--column {given}: erwartet FELD=SPALTE, z. B. Familienname=Name; Spalten der Datei: "
                            "{columns}").format(given=given, columns=", ".join(h for h in table.headers if h)))
        mapping[field] = table.headers.index(column.strip())
    for field in list_import.FIELDS:
        column = mapping[field]
        print(tr("{field}: Spalte »{column}«").format(field=list_import.field_label(field), column=table.headers[column])
              if column is not None else tr("{field}: keine Spalte").format(field=list_import.field_label(field)))
    with _open_casefile(args) as casefile:
        cw = Casework(casefile)
        run = list_import.check if args.dry_run else list_import.import_rows
        checked = run(cw, table, mapping, args.consent_given)
    for line in checked.lines():
        print(line)
    rows = plural(len(checked.rows), tr("{n} Zeile geprüft"), tr("{n} Zeilen geprüft"))
    if checked.errors:
        return _fail(tr("{rows}, {n} mit Fehlern: nichts importiert.").format(rows=rows, n=len(checked.errors)))
    if args.dry_run:
        print(tr("{rows}, keine Fehler. Probelauf: nichts importiert.").format(rows=rows))
    else:
        print(plural(checked.imported, tr("{n} Person importiert."), tr("{n} Personen importiert.")))
    return 0


def cmd_ki_keygen(args) -> int:
    from app.ki import registry

    code, key = registry.create_store(_ki_store(args), _new_passphrase(ENV_PASSPHRASE), Path(args.out), args.name, args.k,
                                      time_figures=not args.no_time_figures)
    print(tr("KI-Speicher angelegt: {path}").format(path=_ki_store(args)))
    print(tr("Öffentlicher Schlüssel geschrieben; Fingerabdruck (für den telefonischen Abgleich):"))
    print(f"    {key.fingerprint}")
    print(tr("Wiederherstellungscode des KI-Speichers (nur jetzt sichtbar, bitte sicher verwahren):"))
    print(f"    {code}")
    return 0


def cmd_ki_enrol(args) -> int:
    from app.ki import registry

    with _open_ki_store(args) as store:
        request = registry.read_request(Path(args.file))
        if registry.enrolment(store.conn, request, args.name).same_name:
            print(tr("Achtung: Ein anderes Gerät heißt ebenfalls »{name}«.").format(name=args.name or request.name))
        registry.enrol(store, request, args.name, args.municipalities.split(",") if args.municipalities else None,
                       reinstate=args.reinstate)
    print(tr("Gerät angemeldet: {name} ({id}), Fingerabdruck {fp}, Kommunen: {m}").format(
        name=args.name or request.name, id=request.device_id, fp=request.fingerprint,
        m=args.municipalities or ", ".join(request.municipalities)))
    return 0


def cmd_ki_devices(args) -> int:
    from app.ki import registry

    with _open_ki_store(args) as store:
        rows = registry.devices(store.conn)
    for d in rows:
        state = tr("gesperrt seit {t}").format(t=d["revoked_at"]) if d["revoked_at"] else tr("aktiv")
        last = d["last_bundle"] or tr("noch nie")
        print(f"{d['device_id']}  {d['name']}  [{d['municipalities']}]  {state}, "
              + tr("letzte Sendung: {t}").format(t=last))
    return 0


def cmd_ki_revoke(args) -> int:
    from app.ki import registry

    with _open_ki_store(args) as store:
        if not registry.revoke(store.conn, args.device, remove_data=args.remove_data):
            return _fail(tr("Kein aktives Gerät mit der Kennung {id}.").format(id=args.device))
    print(tr("Gerät {id} gesperrt: seine Sendungen werden ab jetzt abgelehnt.").format(id=args.device))
    if args.remove_data:
        print(tr("Seine bisherigen Zahlen sind aus allen Statistiken entfernt."))
    return 0


def cmd_ki_import(args) -> int:
    from app.ki import importer

    with _open_ki_store(args) as store:
        summary = importer.import_folder(store, Path(args.folder), dry_run=args.dry_run)
    for r in summary.results:
        print(f"{r.file_name}: {importer.outcome_label(r.outcome)}" + (f" – {r.reason}" if r.reason else ""))
    prefix = tr("Probelauf, nichts geändert: ") if args.dry_run else ""
    print(prefix + tr("Zusammenfassung: {s}").format(s=summary.line))
    return 0


def cmd_ki_settings(args) -> int:
    from datetime import date

    from app.ki import importer, registry, statistics

    with _open_ki_store(args) as store:
        if args.keep_imported_files is not None:
            importer.set_keep_imported_files(store.conn, args.keep_imported_files == "ja")
        if args.interpreter_budget is not None:
            statistics.set_interpreter_budget(store.conn, args.interpreter_budget)
        key = registry.public_key(store.conn)
        keep = importer.keeps_imported_files(store.conn)
        county = statistics.County(store.conn)
        budget = county.interpreter_budget_cents() // 100
        spent = statistics.interpreter_budget(county, args.year or date.today().year)
    print(tr("KI-Schlüssel: {name}, k = {k}, eigene Zeit der Fallmanager: {time}").format(
        name=key.name, k=key.k, time=tr("ja") if key.time_figures else tr("nein")))
    print(tr("Importierte Sendungen: {what}").format(
        what=tr("werden in »importiert« aufbewahrt") if keep else tr("werden nach dem Import gelöscht")))
    print(tr("Jahresbudget Sprachmittlung: {euro} €").format(euro=budget))
    print(spent.summary())
    for quarter, cost, so_far, share in spent.rows():   # only closed quarters the laptops released
        print("  " + "  ".join(filter(None, (quarter + ":", cost, so_far and tr("bis dahin {cost}").format(cost=so_far),
                                             share and f"({share})"))))
    return 0


def cmd_ki_report(args) -> int:
    from app.ki import committee_report, registry, report_export, statistics

    period = statistics.Period.parse(args.period)
    with _open_ki_store(args) as store:
        county = statistics.County(store.conn)
        report = committee_report.build(county, period, registry.public_key(store.conn).name)
        written = report_export.save(store, report, args.format, Path(args.out))
    if not report.has_data:
        print(tr("Hinweis: Für {period} liegen keine Sendungen vor; der Bericht sagt das.").format(period=period.label))
    for path in written:
        print(tr("Geschrieben: {path}").format(path=path))
    return 0


def cmd_ki_rollup_enrol(args) -> int:
    from app.ki import rollup

    with _open_ki_store(args) as store:
        Path(args.out).write_bytes(rollup.rollup_enrol_request(store, args.name))
    print(tr("Anmeldedatei für das Land geschrieben: {path}").format(path=args.out))
    return 0


def cmd_ki_rollup(args) -> int:
    from app.ki import rollup

    with _open_ki_store(args) as store:
        path = rollup.write_rollup(store, Path(args.land_key), Path(args.out))
    print(tr("Kreissendung an das Land geschrieben: {path}").format(path=path))
    return 0


def cmd_ki_window(args) -> int:
    from ui.application import run_gui  # wiring: the UI is loaded only when it is wanted

    return run_gui(_casefile(args), _ki_store(args), supervisor=True)


def cmd_ki_demo(args) -> int:
    import tempfile

    from app.ki import demo_county, registry

    share = Path(args.share)
    share.mkdir(parents=True, exist_ok=True)
    with _open_ki_store(args) as store:
        public = registry.public_key(store.conn).to_bytes()
        with tempfile.TemporaryDirectory() as workdir:   # the demo laptops exist only for this run
            laptops = demo_county.case_files(Path(workdir), public, share, args.persons, seed=args.seed)
            try:
                demo_county.enrol_and_sync(store, laptops, share)
            finally:
                for cw in laptops:
                    cw.casefile.close()
    print(tr("{n} Demo-Geräte angemeldet; ihre Sendungen liegen in {share}. Weiter mit »fallakte ki import«.")
          .format(n=len(laptops), share=share))
    return 0


def build_parser() -> argparse.ArgumentParser:
    # --casefile is accepted before and after the subcommand.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--casefile", metavar="PATH", default=argparse.SUPPRESS,
                        help=tr("Falldatei (Vorgabe: <Anwendungsdaten>/Fallakte/fallakte.db)"))
    parser = argparse.ArgumentParser(prog="fallakte", parents=[common],
                                     description=tr("Fallakte: verschlüsselte Fallakte für das KIM-Case-Management."))
    parser.add_argument("--version", action="version", version=f"Fallakte {__version__}",
                        help=tr("die Version zeigen und beenden"))
    parser.add_argument("--self-test", action="store_true",
                        help=tr("prüfen, ob diese Installation funktioniert (ohne echte Daten)"))
    parser.set_defaults(func=None)
    sub = parser.add_subparsers(title=tr("Befehle"), metavar="BEFEHL")

    p = sub.add_parser("init", parents=[common], help=tr("neue Falldatei anlegen"))
    p.add_argument("--force", action="store_true", help=tr("eine vorhandene Falldatei ersetzen (löscht sie)"))
    p.set_defaults(func=cmd_init)
    sub.add_parser("check", parents=[common], help=tr("Falldatei vollständig prüfen")).set_defaults(func=cmd_check)
    p = sub.add_parser("backup", parents=[common], help=tr("verschlüsselte Sicherung schreiben"))
    p.add_argument("--to", required=True, metavar="PATH", help=tr("Zieldatei oder -ordner"))
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", parents=[common], help=tr("Falldatei aus einer Sicherung wiederherstellen"))
    p.add_argument("backup", metavar="PATH", help=tr("die Sicherungsdatei"))
    p.add_argument("--recovery", action="store_true",
                   help=tr("mit dem Wiederherstellungscode statt der Passphrase (verlangt eine neue Passphrase)"))
    p.set_defaults(func=cmd_restore)
    sub.add_parser("passwd", parents=[common], help=tr("Passphrase ändern")).set_defaults(func=cmd_passwd)
    sub.add_parser("recover", parents=[common],
                   help=tr("vergessene Passphrase: mit dem Wiederherstellungscode eine neue setzen")).set_defaults(func=cmd_recover)
    p = sub.add_parser("demo", parents=[common], help=tr("Beispieldaten in eine leere Falldatei schreiben"))
    p.add_argument("--persons", type=int, default=200, metavar="N", help=tr("Zahl der Personen (Vorgabe 200)"))
    p.add_argument("--seed", type=int, default=1, help=tr("gleicher Startwert, gleiche Daten (am selben Tag)"))
    p.set_defaults(func=cmd_demo)
    p = sub.add_parser("export-person", parents=[common],
                       help=tr("Auskunft nach Art. 15 DSGVO: alles zu einer Person als PDF und JSON"))
    p.add_argument("case_number", metavar="FALLNUMMER")
    p.add_argument("--to", required=True, metavar="ORDNER", help=tr("Zielordner"))
    p.set_defaults(func=cmd_export_person)

    p = sub.add_parser("appointments", aliases=["termine"], parents=[common],
                       help=tr("Termine einer Woche zeigen oder als Kalenderdatei (.ics) schreiben"))
    p.add_argument("--week", metavar="WOCHE", help=tr("z. B. 2026-W48 oder ein Datum der Woche (Vorgabe: diese Woche)"))
    p.add_argument("--ics", metavar="DATEI", help=tr("die Woche als .ics-Datei für Outlook oder Thunderbird schreiben "
                                                     "(Datei oder Ordner)"))
    p.add_argument("--with-names", action="store_true",
                   help=tr("auch Namen, Hausbesuchsadressen und Beteiligte (sonst nur Fallnummern)"))
    p.set_defaults(func=cmd_appointments)

    p = sub.add_parser("print", parents=[common], help=tr("Hilfeplan oder Fallblatt einer Person als PDF schreiben"))
    p.add_argument("kind", choices=("hilfeplan", "fallblatt"), metavar="hilfeplan|fallblatt")
    p.add_argument("case_number", metavar="FALLNUMMER")
    p.add_argument("--out", required=True, metavar="DATEI", help=tr("die PDF-Datei, die geschrieben wird"))
    p.set_defaults(func=cmd_print)

    p = sub.add_parser("letter", parents=[common],
                       help=tr("einen Brief aus einer Vorlage schreiben (DOCX und PDF), mit --list die Vorlagen zeigen"))
    p.add_argument("template", nargs="?", metavar="VORLAGE", help=tr("z. B. auslaenderbehoerde, jobcenter, schule"))
    p.add_argument("case_number", nargs="?", metavar="FALLNUMMER")
    p.add_argument("--out", metavar="DATEI", help=tr("die DOCX-Datei; die PDF-Datei kommt daneben"))
    p.add_argument("--language", default="de", metavar="SPRACHE", help=tr("Sprache der Vorlage (Vorgabe de)"))
    p.add_argument("--list", action="store_true", help=tr("die vorhandenen Vorlagen zeigen"))
    p.set_defaults(func=cmd_letter)

    p = sub.add_parser("sync-setup", parents=[common], help=tr("Synchronisation einrichten (Ablage, KI-Schlüssel, Gerät)"))
    p.add_argument("--share", metavar="ORDNER", help=tr("Ablage des KI (Netzlaufwerk, UNC-Pfad, USB-Stick, Cloud-Ordner)"))
    p.add_argument("--ki-key", metavar="DATEI", help=tr("öffentlicher Schlüssel des KI (ki-public.key)"))
    p.add_argument("--name", help=tr("Name dieses Geräts, z. B. »KIM Dülmen 1«"))
    p.add_argument("--municipalities", metavar="CODES", help=tr("betreute Kommunen, z. B. duelmen,nottuln"))
    p.set_defaults(func=cmd_sync_setup)
    p = sub.add_parser("enrol-request", parents=[common], help=tr("Anmeldedatei dieses Geräts für das KI schreiben"))
    p.add_argument("--out", metavar="DATEI", help=tr("Vorgabe: in den Ordner »anmeldung« der Ablage"))
    p.set_defaults(func=cmd_enrol_request)
    p = sub.add_parser("sync", parents=[common], help=tr("anonymisierte Zahlen an das KI übertragen"))
    p.add_argument("--to", metavar="ORDNER", help=tr("statt der eingerichteten Ablage"))
    p.add_argument("--preview", action="store_true", help=tr("jede Zahl der nächsten Sendung zeigen, nichts senden"))
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("handover-key", parents=[common],
                       help=tr("den eigenen Übergabe-Schlüssel schreiben (für Kolleg*innen, die Fälle übergeben)"))
    p.add_argument("--out", required=True, metavar="DATEI", help=tr("z. B. name.fallakte-schluessel"))
    p.add_argument("--name", help=tr("Ihr Name, unter dem Kolleg*innen Sie erkennen (wird gemerkt)"))
    p.set_defaults(func=cmd_handover_key)
    p = sub.add_parser("handover", parents=[common],
                       help=tr("Fälle an eine Kollegin oder einen Kollegen übergeben (verschlüsselt)"))
    p.add_argument("case_numbers", nargs="*", metavar="FALLNUMMER")
    p.add_argument("--all", action="store_true", help=tr("alle Personen dieser Falldatei (ganzer Fallbestand)"))
    p.add_argument("--to", required=True, metavar="SCHLÜSSELDATEI", help=tr("Übergabe-Schlüssel der Kollegin oder des Kollegen"))
    p.add_argument("--out", required=True, metavar="DATEI", help=tr("die Übergabedatei, z. B. x.fallakte-uebergabe"))
    p.add_argument("--fingerprint", metavar="FINGERABDRUCK",
                   help=tr("beim ersten Mal: der telefonisch abgeglichene Fingerabdruck des Schlüssels"))
    p.add_argument("--name", help=tr("Ihr Name, unter dem Kolleg*innen Sie erkennen (wird gemerkt)"))
    p.add_argument("--household", action="store_true", help=tr("alle Mitglieder ihrer Haushalte mitübergeben"))
    p.set_defaults(func=cmd_handover)
    p = sub.add_parser("receive", parents=[common], help=tr("eine Übergabe empfangen und quittieren"))
    p.add_argument("file", metavar="DATEI", help=tr("die Übergabedatei"))
    p.add_argument("--receipt", metavar="QUITTUNG", help=tr("wohin die Quittung für den Absender geschrieben wird"))
    p.add_argument("--fingerprint", metavar="FINGERABDRUCK",
                   help=tr("beim ersten Mal: der telefonisch abgeglichene Fingerabdruck des Absenders"))
    p.add_argument("--dry-run", action="store_true", help=tr("nur zeigen, was ankäme; nichts ändern"))
    p.set_defaults(func=cmd_receive)
    p = sub.add_parser("handover-confirm", parents=[common],
                       help=tr("Quittung einlesen: übergebene Fälle abschließen und ihre Daten hier löschen"))
    p.add_argument("receipt", metavar="QUITTUNG")
    p.set_defaults(func=cmd_handover_confirm)

    p = sub.add_parser("handover-withdraw", parents=[common],
                       help=tr("eine laufende Übergabe zurücknehmen, deren Datei nicht ankommt (verloren, Kollegin "
                               "oder Kollege nicht mehr da)"))
    p.add_argument("case_number", metavar="FALLNUMMER", help=tr("eine Person der Übergabe"))
    p.add_argument("--nicht-empfangen", "--not-received", dest="not_received", action="store_true",
                   help=tr("bestätigt, dass die Datei nicht empfangen wurde"))
    p.set_defaults(func=cmd_handover_withdraw)

    p = sub.add_parser("import-list", parents=[common],
                       help=tr("eine bestehende Liste (Excel oder CSV) als Personen und Fälle übernehmen"))
    p.add_argument("file", metavar="DATEI", help=tr("die Liste, .xlsx oder .csv"))
    p.add_argument("--dry-run", action="store_true", help=tr("jede Zeile prüfen und Fehler nennen, nichts importieren"))
    p.add_argument("--column", action="append", metavar="FELD=SPALTE",
                   help=tr("eine Spalte zuordnen, z. B. Familienname=Name (sonst nach den Spaltenüberschriften)"))
    p.add_argument("--consent-given", action="store_true",
                   help=tr("bestätigt: alle Personen mit Beginn haben zu diesem Tag in die Fallarbeit eingewilligt"))
    p.set_defaults(func=cmd_import_list)

    ki_common = argparse.ArgumentParser(add_help=False)
    ki_common.add_argument("--store", metavar="PATH", help=tr("KI-Speicher (Vorgabe: <Anwendungsdaten>/Fallakte/ki-speicher.db)"))
    ki_parser = sub.add_parser("ki", help=tr("Befehle des Kommunalen Integrationszentrums"))
    ki_sub = ki_parser.add_subparsers(title=tr("KI-Befehle"), metavar="BEFEHL", required=True)
    p = ki_sub.add_parser("keygen", parents=[ki_common], help=tr("KI-Speicher und Schlüsselpaar anlegen"))
    p.add_argument("--out", default=".", metavar="ORDNER", help=tr("wohin ki-public.key geschrieben wird"))
    p.add_argument("--name", default="Kommunales Integrationszentrum", help=tr("Name des KI"))
    p.add_argument("--k", type=int, default=3, help=tr("kleinste Zahl, die Geräte zeigen dürfen (mindestens 3)"))
    p.add_argument("--no-time-figures", action="store_true",
                   help=tr("Geräte senden keine Arbeitszeiten der Case-Manager*innen (auch nicht je Quartal)"))
    p.set_defaults(func=cmd_ki_keygen)
    p = ki_sub.add_parser("enrol", parents=[ki_common], help=tr("ein Gerät anmelden"))
    p.add_argument("file", metavar="DATEI", help=tr("Anmeldedatei des Geräts"))
    p.add_argument("--name", help=tr("Name, unter dem das Gerät geführt wird"))
    p.add_argument("--municipalities", metavar="CODES", help=tr("zugeordnete Kommunen"))
    p.add_argument("--reinstate", action="store_true", help=tr("ein gesperrtes Gerät ausdrücklich wieder zulassen"))
    p.set_defaults(func=cmd_ki_enrol)
    p = ki_sub.add_parser("devices", parents=[ki_common], help=tr("angemeldete Geräte"))
    p.set_defaults(func=cmd_ki_devices)
    p = ki_sub.add_parser("revoke", parents=[ki_common], help=tr("ein Gerät sperren"))
    p.add_argument("device", metavar="GERÄT")
    p.add_argument("--remove-data", action="store_true", help=tr("auch seine bisherigen Zahlen aus allen Statistiken entfernen"))
    p.set_defaults(func=cmd_ki_revoke)
    p = ki_sub.add_parser("import", parents=[ki_common], help=tr("Sendungen aus einem Ordner importieren"))
    p.add_argument("folder", metavar="ORDNER")
    p.add_argument("--dry-run", action="store_true", help=tr("nur berichten, was ein Import täte; nichts ändern"))
    p.set_defaults(func=cmd_ki_import)
    p = ki_sub.add_parser("settings", parents=[ki_common], help=tr("Einstellungen des KI zeigen oder ändern"))
    p.add_argument("--keep-imported-files", choices=("ja", "nein"),
                   help=tr("importierte Sendungen aufbewahren (ja) oder nach dem Import löschen (nein, Vorgabe)"))
    p.add_argument("--interpreter-budget", type=int, metavar="EURO", help=tr("Jahresbudget Sprachmittlung in Euro"))
    p.add_argument("--year", type=int, metavar="JAHR",
                   help=tr("Jahr, dessen Kosten dem Budget gegenübergestellt werden (Vorgabe: das laufende)"))
    p.set_defaults(func=cmd_ki_settings)
    p = ki_sub.add_parser("report", parents=[ki_common], help=tr("Bericht für den Ausschuss oder Tabellen schreiben"))
    p.add_argument("--period", required=True, metavar="ZEITRAUM", help=tr("z. B. 2026, 2026-Q3 oder 2026-07"))
    p.add_argument("--format", choices=("pdf", "csv", "xlsx"), default="pdf")
    p.add_argument("--out", required=True, metavar="PATH", help=tr("Datei (pdf, xlsx) oder Ordner (csv)"))
    p.set_defaults(func=cmd_ki_report)
    p = ki_sub.add_parser("rollup-enrol", parents=[ki_common], help=tr("Anmeldedatei des KI für das Land schreiben"))
    p.add_argument("--name", required=True, help=tr("Name, unter dem das Land den Kreis führt"))
    p.add_argument("--out", required=True, metavar="DATEI")
    p.set_defaults(func=cmd_ki_rollup_enrol)
    p = ki_sub.add_parser("rollup", parents=[ki_common],
                          help=tr("Kreissumme als Sendung an das Land (signiert, verschlüsselt) ablegen"))
    p.add_argument("--land-key", required=True, metavar="DATEI", help=tr("öffentlicher Schlüssel des Landes"))
    p.add_argument("--out", required=True, metavar="ORDNER", help=tr("Ablage des Landes"))
    p.set_defaults(func=cmd_ki_rollup)
    p = ki_sub.add_parser("window", parents=[ki_common], help=tr("die Auswertung (Statistikfenster) öffnen"))
    p.set_defaults(func=cmd_ki_window)
    p = ki_sub.add_parser("demo", parents=[ki_common],
                          help=tr("12 Demo-Geräte (3 Regionen, 2 Jahre) anmelden und ihre Sendungen ablegen"))
    p.add_argument("--share", required=True, metavar="ORDNER", help=tr("Ablage, in die die Sendungen gehen"))
    p.add_argument("--persons", type=int, default=150, help=tr("Personen je Gerät"))
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_ki_demo)
    return parser


def _argparse_words() -> dict[str, str]:
    """argparse's own words ("usage:", "options", "show this help message and exit", its errors),
    which it takes from gettext, in the user's language like the rest of the command line."""
    return {
        "usage: ": tr("Aufruf: "), "positional arguments": tr("Argumente"), "options": tr("Optionen"),
        "show this help message and exit": tr("diese Hilfe zeigen und beenden"),
        "show program's version number and exit": tr("die Version zeigen und beenden"),
        "%(prog)s: error: %(message)s\n": tr("%(prog)s: Fehler: %(message)s\n"),
        "the following arguments are required: %s": tr("Diese Angaben fehlen: %s"),
        "unrecognized arguments: %s": tr("unbekannte Angaben: %s"),
        "invalid choice: %(value)r (choose from %(choices)s)": tr("ungültige Wahl: %(value)r (möglich: %(choices)s)"),
        "expected one argument": tr("hier fehlt ein Wert"),
        "expected at most one argument": tr("höchstens ein Wert erlaubt"),
        "expected at least one argument": tr("mindestens ein Wert nötig"),
        "invalid %(type)s value: %(value)r": tr("ungültiger Wert: %(value)r"),
        "argument %(argument_name)s: %(message)s": tr("Angabe %(argument_name)s: %(message)s"),
        "ambiguous option: %(option)s could match %(matches)s": tr("mehrdeutig: %(option)s passt zu %(matches)s"),
        "not allowed with argument %s": tr("nicht zusammen mit %s erlaubt"),
        "one of the arguments %s is required": tr("eine dieser Angaben ist nötig: %s"),
    }


def _speak_the_users_language() -> None:
    """The command line speaks the language chosen in the app's settings (German unless changed)."""
    from app.core import i18n

    i18n.install(i18n.saved_language())
    words = _argparse_words()
    argparse._ = lambda text: words.get(text, text)   # argparse looks its words up through this name


def main(argv: list[str] | None = None) -> int:
    _speak_the_users_language()
    args = build_parser().parse_args(argv)
    if args.self_test:
        from fallakte import self_test
        return self_test.run()
    if args.func is None:
        from ui.application import run_gui  # wiring: the UI is loaded only when it is wanted

        return run_gui(_casefile(args))
    try:
        return args.func(args)
    except messages.EXPECTED as exc:
        return _fail(describe(exc))
    except KeyboardInterrupt:
        return _fail(tr("Abgebrochen. Es wurde nichts verändert."), status=130)


def _fail(message: str, status: int = 1) -> int:
    print(f"fallakte: {message}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
