<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <location filename="../../app/casemanager/casework.py" line="151"/>
        <location filename="../../app/casemanager/casework.py" line="153"/>
        <location filename="../../app/casemanager/documents.py" line="77"/>
        <location filename="../../app/casemanager/list_import.py" line="52"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="176"/>
        <source>{label}: »{value}« ist kein Betrag.</source>
        <translation>{label}: “{value}” is not an amount.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="178"/>
        <source>{label} darf nicht negativ sein.</source>
        <translation>{label} must not be negative.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="319"/>
        <source>Erinnerung (Monate vorher)</source>
        <translation>Reminder (months before)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="322"/>
        <source>Erinnerungen liegen höchstens 18 Monate vor dem Fristende.</source>
        <translation>Reminders can be at most 18 months before the deadline.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="323"/>
        <source>Aufbewahrungsfrist (Monate)</source>
        <translation>Retention period (months)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="325"/>
        <source>Wartezeit auf Rückmeldung (Tage)</source>
        <translation>Waiting time for a reply (days)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="343"/>
        <source>Bitte mindestens einen Namen angeben.</source>
        <translation>Please enter at least one name.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="344"/>
        <location filename="../../app/casemanager/documents.py" line="79"/>
        <location filename="../../app/casemanager/handover.py" line="402"/>
        <location filename="../../app/casemanager/handover.py" line="412"/>
        <location filename="../../app/casemanager/list_import.py" line="53"/>
        <location filename="../../ui/case_view.py" line="786"/>
        <location filename="../../ui/models.py" line="22"/>
        <source>Wohnort</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="345"/>
        <location filename="../../app/casemanager/documents.py" line="78"/>
        <location filename="../../app/casemanager/handover.py" line="402"/>
        <location filename="../../app/casemanager/handover.py" line="413"/>
        <location filename="../../app/casemanager/list_import.py" line="53"/>
        <location filename="../../ui/case_view.py" line="787"/>
        <source>Geschlecht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="349"/>
        <source>Das Geburtsdatum darf nicht in der Zukunft liegen.</source>
        <translation>The date of birth must not be in the future.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="350"/>
        <location filename="../../app/casemanager/documents.py" line="82"/>
        <location filename="../../ui/case_view.py" line="795"/>
        <source>In Deutschland seit</source>
        <translation>In Germany since</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="351"/>
        <source>»In Deutschland seit«</source>
        <translation>“In Germany since”</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="353"/>
        <source>»In Deutschland seit« liegt vor der Geburt.</source>
        <translation>“In Germany since” is before the date of birth.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="428"/>
        <location filename="../../app/casemanager/privacy.py" line="76"/>
        <location filename="../../app/casemanager/privacy.py" line="96"/>
        <source>Der Datensatz existiert nicht (mehr).</source>
        <translation>The record does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="111"/>
        <location filename="../../app/casemanager/casework.py" line="458"/>
        <location filename="../../app/casemanager/handover.py" line="415"/>
        <location filename="../../app/casemanager/list_import.py" line="53"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="461"/>
        <location filename="../../app/casemanager/casework.py" line="681"/>
        <source>Gültig ab</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="462"/>
        <source>Antragsdatum</source>
        <translation>Application date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="463"/>
        <source>Entscheidungsdatum</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="465"/>
        <location filename="../../app/casemanager/casework.py" line="491"/>
        <source>»Gültig ab«</source>
        <translation>“Valid from”</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="465"/>
        <source>Das Antragsdatum</source>
        <translation>The application date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="466"/>
        <source>Das Entscheidungsdatum</source>
        <translation>The decision date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="468"/>
        <source>Die Entscheidung</source>
        <translation>The decision</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="468"/>
        <source>dem Antrag</source>
        <translation>the application</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="532"/>
        <source>Unbekannter Zweck der Einwilligung.</source>
        <translation>Unknown purpose of consent.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="534"/>
        <location filename="../../app/casemanager/handover.py" line="417"/>
        <source>Empfänger der Weitergabe</source>
        <translation>Recipient of the disclosure</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="537"/>
        <source>Datum der Einwilligung</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="538"/>
        <source>Die Einwilligung</source>
        <translation>The consent</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="582"/>
        <source>Diese Einwilligung ist bereits widerrufen.</source>
        <translation>This consent has already been withdrawn.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="583"/>
        <source>Datum des Widerrufs</source>
        <translation>Date of withdrawal</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="584"/>
        <location filename="../../app/casemanager/casework.py" line="585"/>
        <source>Der Widerruf</source>
        <translation>The withdrawal</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="586"/>
        <source>der Einwilligung</source>
        <translation>the consent</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="111"/>
        <location filename="../../app/casemanager/casework.py" line="616"/>
        <location filename="../../app/casemanager/casework.py" line="680"/>
        <location filename="../../app/casemanager/documents.py" line="108"/>
        <location filename="../../app/casemanager/handover.py" line="421"/>
        <location filename="../../app/casemanager/handover.py" line="426"/>
        <location filename="../../app/casemanager/list_import.py" line="54"/>
        <location filename="../../ui/models.py" line="22"/>
        <source>Intensität</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="104"/>
        <source>doppelt erfasst</source>
        <translation>recorded twice</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="104"/>
        <source>irrtümlich erfasst</source>
        <translation>recorded by mistake</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="105"/>
        <source>bei der falschen Person erfasst</source>
        <translation>recorded for the wrong person</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="105"/>
        <source>anderer Grund</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="110"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="110"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="110"/>
        <source>Verweisung</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="110"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="112"/>
        <source>Zeiteintrag</source>
        <translation>Time entry</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="112"/>
        <source>Veranstaltung</source>
        <translation>Information event</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="112"/>
        <source>Zugangskontakt</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="113"/>
        <source>Systembeobachtung</source>
        <translation>System observation</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="117"/>
        <source>{record} erfasst</source>
        <translation>{record} recorded</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="117"/>
        <source>{record} geändert</source>
        <translation>{record} changed</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="117"/>
        <source>{record} gelöscht</source>
        <translation>{record} deleted</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="147"/>
        <source>Geburtsjahr »{value}«: bitte ein Jahr wie 1987 angeben.</source>
        <translation>Year of birth »{value}«: please give a year such as 1987.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="156"/>
        <source>Geburtsdatum »{value}« ist nicht lesbar: bitte als TT.MM.JJJJ (z. B. 13.01.1995) oder nur das Jahr (z. B. 1995) angeben.</source>
        <translation>Date of birth »{value}« cannot be read: please give it as DD.MM.YYYY (e.g. 13.01.1995) or just the year (e.g. 1995).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="167"/>
        <source>»{value}« ist keine vollständige E-Mail-Adresse (z. B. name@beispiel.de).</source>
        <translation>»{value}« is not a complete e-mail address (e.g. name@example.org).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="256"/>
        <source>Bitte einen Grund für das Löschen wählen.</source>
        <translation>Please choose a reason for deleting.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="269"/>
        <source>Der Datensatz wurde seitdem anderweitig geändert.</source>
        <translation>The record has been changed elsewhere since.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="278"/>
        <source>Das lässt sich nicht rückgängig machen: {reason}</source>
        <translation>This cannot be undone: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="327"/>
        <source>Verlängerung (Wochen vor Ablauf)</source>
        <translation>Renewal (weeks before expiry)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="329"/>
        <source>An die Verlängerung wird höchstens 52 Wochen vor Ablauf erinnert.</source>
        <translation>Renewal reminders come at most 52 weeks before expiry.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="421"/>
        <source>{n} wird gerade übergeben: bis die Quittung da ist, bleibt der Fall, wie er übergeben wurde. Änderungen erfasst die Kollegin oder der Kollege, die ihn übernimmt.</source>
        <translation>{n} is being handed over: until the receipt arrives, the case stays as it was handed over. Changes are recorded by the colleague taking it over.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="464"/>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="473"/>
        <source>Bitte angeben, welcher Aufenthaltstitel beantragt wurde.</source>
        <translation>Please state which residence title was applied for.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="476"/>
        <source>»{code}« ist kein Aufenthaltstitel, der beantragt werden kann.</source>
        <translation>»{code}« is not a residence title that can be applied for.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="480"/>
        <source>»Beantragt« gehört nur zum Eintrag »Antrag gestellt, Fiktionsbescheinigung«. Bitte leer lassen.</source>
        <translation>»Applied for« belongs only to the entry »Application filed, Fiktionsbescheinigung«. Please leave it empty.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="487"/>
        <source>{title} kann seit dem {first} nicht mehr beantragt werden. Eine Erteilung ab diesem Tag ist nur auf einen Antrag bis zum {last} möglich: bitte das Antragsdatum angeben.</source>
        <translation>{title} cannot be applied for since {first}. A grant from that day is only possible on an application filed by {last}: please give the date of application.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="491"/>
        <source>»Gültig bis«</source>
        <translation>»Valid until«</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="500"/>
        <source>{title}: ein Antrag ist seit dem {first} nicht mehr möglich, die Vorschrift ist mit Ablauf des {last} außer Kraft getreten.</source>
        <translation>{title}: no application is possible since {first}; the provision expired at the end of {last}.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="540"/>
        <source>Die Einwilligung darf nicht nach ihrem Widerruf liegen.</source>
        <translation>The consent cannot be dated after its withdrawal.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="561"/>
        <location filename="../../fallakte/cli.py" line="325"/>
        <location filename="../../fallakte/cli.py" line="353"/>
        <source>{n} Fall</source>
        <translation>{n} case</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="561"/>
        <location filename="../../fallakte/cli.py" line="325"/>
        <location filename="../../fallakte/cli.py" line="353"/>
        <source>{n} Fälle</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="561"/>
        <location filename="../../fallakte/cli.py" line="326"/>
        <source>{n} Kontakt</source>
        <translation>{n} contact</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="561"/>
        <location filename="../../fallakte/cli.py" line="326"/>
        <source>{n} Kontakte</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="562"/>
        <source>{n} Verweisung mit Datenweitergabe</source>
        <translation>{n} referral passing data on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="562"/>
        <source>{n} Verweisungen mit Datenweitergabe</source>
        <translation>{n} referrals passing data on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="566"/>
        <source>So geändert deckt die Einwilligung bereits Erfasstes nicht mehr ({records}).</source>
        <translation>Changed like this, the consent would no longer cover what has been recorded ({records}).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="567"/>
        <source>Die Einwilligung deckt bereits Erfasstes ({records}) und kann deshalb nicht gelöscht werden. Gilt sie nicht mehr, bitte »Einwilligung widerrufen« wählen.</source>
        <translation>The consent covers what has already been recorded ({records}) and therefore cannot be deleted. If it no longer applies, please choose »Withdraw consent«.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="617"/>
        <source>Eröffnet am</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="618"/>
        <source>Die Eröffnung</source>
        <translation>The opening</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="620"/>
        <source>Für diese Person ist bereits ein Fall offen.</source>
        <translation>This person already has an open case.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="622"/>
        <source>Ohne Einwilligung in die Fallarbeit kann kein Fall eröffnet werden.</source>
        <translation>A case cannot be opened without consent to casework.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="634"/>
        <source>Der Fall ist abgeschlossen.</source>
        <translation>The case is closed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="644"/>
        <location filename="../../app/casemanager/handover.py" line="424"/>
        <source>Prozessphase</source>
        <translation>Process phase</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="646"/>
        <source>Die Phase »Abschluss« beginnt mit dem Abschließen des Falls.</source>
        <translation>The phase “Closure” begins when the case is closed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="647"/>
        <source>Phase seit</source>
        <translation>Phase since</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="648"/>
        <location filename="../../app/casemanager/casework.py" line="650"/>
        <source>Der Phasenbeginn</source>
        <translation>The start of the phase</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="651"/>
        <source>dem Beginn der vorigen Phase</source>
        <translation>the start of the previous phase</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="667"/>
        <location filename="../../app/casemanager/casework.py" line="682"/>
        <location filename="../../app/casemanager/casework.py" line="683"/>
        <source>Der Wechsel der Intensität</source>
        <translation>The change of intensity</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="667"/>
        <source>dem letzten Wechsel</source>
        <translation>the previous change</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="669"/>
        <source>Der Fall hat bereits diese Intensität.</source>
        <translation>The case already has this intensity.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="686"/>
        <source>Der Wechsel der Intensität liegt nach dem Abschluss des Falls.</source>
        <translation>The change of intensity is after the case was closed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="696"/>
        <source>Die Intensität ab der Eröffnung des Falls lässt sich ändern, aber nicht löschen oder auf ein anderes Datum legen.</source>
        <translation>The intensity from the case&apos;s opening can be changed, but not deleted or moved to another date.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="703"/>
        <location filename="../../app/casemanager/documents.py" line="109"/>
        <location filename="../../app/casemanager/handover.py" line="422"/>
        <source>Abschlussgrund</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="704"/>
        <source>Abgeschlossen am</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="705"/>
        <location filename="../../app/casemanager/casework.py" line="706"/>
        <source>Der Abschluss</source>
        <translation>The closing</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="707"/>
        <source>der Eröffnung</source>
        <translation>the opening</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="744"/>
        <source>Das Ziel</source>
        <translation>The goal</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="745"/>
        <location filename="../../app/casemanager/handover.py" line="428"/>
        <source>Lebensbereich</source>
        <translation>Life area</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="746"/>
        <location filename="../../app/casemanager/documents.py" line="71"/>
        <source>Zieldatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="747"/>
        <location filename="../../app/casemanager/handover.py" line="429"/>
        <source>Stand des Ziels</source>
        <translation>Goal status</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="797"/>
        <location filename="../../app/casemanager/casework.py" line="864"/>
        <source>Datum des Kontakts</source>
        <translation>Date of contact</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="798"/>
        <location filename="../../app/casemanager/casework.py" line="799"/>
        <location filename="../../app/casemanager/casework.py" line="865"/>
        <source>Der Kontakt</source>
        <translation>The contact</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="684"/>
        <location filename="../../app/casemanager/casework.py" line="799"/>
        <location filename="../../app/casemanager/casework.py" line="921"/>
        <source>der Eröffnung des Falls</source>
        <translation>the opening of the case</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="801"/>
        <source>Der Kontakt liegt nach dem Abschluss des Falls.</source>
        <translation>The contact is after the case was closed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="852"/>
        <location filename="../../app/casemanager/system_work.py" line="103"/>
        <source>Die Dauer</source>
        <translation>The duration</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="854"/>
        <source>Die Dauer von {n} Minuten ist unplausibel (höchstens 12 Stunden).</source>
        <translation>A duration of {n} minutes is implausible (at most 12 hours).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="856"/>
        <location filename="../../app/casemanager/handover.py" line="431"/>
        <source>Kontaktart</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="858"/>
        <source>Bitte mindestens ein Thema wählen.</source>
        <translation>Please choose at least one topic.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="860"/>
        <location filename="../../app/casemanager/handover.py" line="433"/>
        <location filename="../../app/casemanager/system_work.py" line="84"/>
        <location filename="../../app/casemanager/system_work.py" line="137"/>
        <location filename="../../ui/pages.py" line="590"/>
        <location filename="../../ui/pages.py" line="596"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="804"/>
        <source>Dolmetschminuten</source>
        <translation>Interpreter minutes</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="805"/>
        <source>Dolmetschkosten</source>
        <translation>Interpreter cost</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="808"/>
        <source>Bitte die Sprache der Dolmetschung angeben.</source>
        <translation>Please enter the interpreter&apos;s language.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="810"/>
        <source>Für dieses Datum liegt keine Einwilligung in die Fallarbeit vor.</source>
        <translation>There is no consent to casework for this date.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="871"/>
        <source>Die Person hat ihre Einwilligung in die Fallarbeit widerrufen: es wird nichts Neues erfasst.</source>
        <translation>The person has withdrawn their consent to casework: nothing new is recorded.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="874"/>
        <source>Für diesen Tag liegt eine Einwilligung in die Fallarbeit vor: bitte den Kontakt im Fall erfassen.</source>
        <translation>There is consent to casework for this day: please record the contact in the case.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="897"/>
        <source>Mit einer Antwort ist die Verweisung nicht mehr »angefragt«. Bitte den neuen Stand wählen.</source>
        <translation>With an answer the referral is no longer »requested«. Please choose the new status.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="917"/>
        <source>Ein Ergebnis gibt es erst mit einer Antwort: bitte den Stand der Verweisung ändern.</source>
        <translation>There is an outcome only once there is an answer: please change the referral&apos;s status.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="923"/>
        <source>Die Verweisung liegt nach dem Abschluss des Falls.</source>
        <translation>The referral is after the case was closed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="928"/>
        <source>Für die Weitergabe von Daten an »{partner}« liegt keine Einwilligung vor. Bitte die Einwilligung erfassen oder ohne Datenweitergabe verweisen.</source>
        <translation>There is no consent to pass data to “{partner}”. Record the consent, or refer without passing data on.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="913"/>
        <location filename="../../app/casemanager/handover.py" line="436"/>
        <source>Stand der Verweisung</source>
        <translation>Referral status</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="915"/>
        <location filename="../../app/casemanager/handover.py" line="437"/>
        <source>Ergebnis der Verweisung</source>
        <translation>Referral outcome</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="924"/>
        <source>Nachfassen am</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="925"/>
        <source>Das Nachfassen</source>
        <translation>The follow-up</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="925"/>
        <source>der Verweisung</source>
        <translation>the referral</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="912"/>
        <location filename="../../app/casemanager/handover.py" line="435"/>
        <location filename="../../app/casemanager/system_work.py" line="86"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="919"/>
        <source>Datum der Verweisung</source>
        <translation>Date of referral</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="920"/>
        <location filename="../../app/casemanager/casework.py" line="921"/>
        <source>Die Verweisung</source>
        <translation>The referral</translation>
    </message>
    <message>
        <location filename="../../app/core/catalogues.py" line="60"/>
        <source>»{code}« ist kein bekannter Eintrag für {what}.</source>
        <translation>“{code}” is not a known entry for {what}.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="38"/>
        <source>Keine Eingabe.</source>
        <translation>No input.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="45"/>
        <source>Neue Passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="46"/>
        <source>Neue Passphrase wiederholen: </source>
        <translation>Repeat new passphrase: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="47"/>
        <source>Die beiden Eingaben stimmen nicht überein. Es wurde nichts verändert.</source>
        <translation>The two entries differ. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="84"/>
        <source>Falldatei angelegt: {path}</source>
        <translation>Case file created: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="86"/>
        <source>Wiederherstellungscode (wird nur jetzt angezeigt, bitte ausdrucken und sicher verwahren):</source>
        <translation>Recovery code (shown only now; print it and keep it safe):</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="90"/>
        <source>Mit diesem Code lässt sich die Falldatei öffnen, wenn die Passphrase vergessen ist.</source>
        <translation>This code opens the case file if the passphrase is forgotten.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="60"/>
        <location filename="../../fallakte/cli.py" line="98"/>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="100"/>
        <source>{path}: in Ordnung (Verschlüsselung, Struktur, Verweise, Protokoll).</source>
        <translation>{path}: OK (encryption, structure, references, audit log).</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="104"/>
        <source>{path}: {n} Problem(e) gefunden.</source>
        <translation>{path}: {n} problem(s) found.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="112"/>
        <source>Sicherung geschrieben und geprüft: {path}</source>
        <translation>Backup written and verified: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="121"/>
        <location filename="../../fallakte/cli.py" line="148"/>
        <source>Wiederherstellungscode: </source>
        <translation>Recovery code: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="125"/>
        <source>Passphrase zum Zeitpunkt der Sicherung: </source>
        <translation>Passphrase at the time of the backup: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="128"/>
        <source>Wiederhergestellt: {path}</source>
        <translation>Restored: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="130"/>
        <source>Die bisherige Falldatei liegt unverändert unter {path}</source>
        <translation>The previous case file is kept unchanged at {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="138"/>
        <source>Bisherige Passphrase: </source>
        <translation>Current passphrase: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="140"/>
        <source>Passphrase geändert. Der Wiederherstellungscode gilt weiter.</source>
        <translation>Passphrase changed. The recovery code stays valid.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="150"/>
        <source>Falldatei mit dem Wiederherstellungscode geöffnet; die neue Passphrase gilt ab sofort.</source>
        <translation>Case file opened with the recovery code; the new passphrase applies from now on.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="166"/>
        <source>Falldatei angelegt: {path}. Wiederherstellungscode: {code}</source>
        <translation>Case file created: {path}. Recovery code: {code}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="170"/>
        <source>{path} enthält bereits Personen. Beispieldaten kommen nur in eine leere Falldatei.</source>
        <translation>{path} already holds persons. Demo data only goes into an empty case file.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="175"/>
        <source>Beispieldaten: {p} Personen, {c} Fälle, {k} Kontakte in {s:.1f} s.</source>
        <translation>Demo data: {p} persons, {c} cases, {k} contacts in {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="404"/>
        <source>Keine Person mit der Fallnummer {n}.</source>
        <translation>No person with case number {n}.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="188"/>
        <location filename="../../fallakte/cli.py" line="486"/>
        <source>Geschrieben: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="203"/>
        <source>Ablage: {share}</source>
        <translation>Share: {share}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="203"/>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="210"/>
        <source>Fingerabdruck des KI-Schlüssels: {fp} (bitte telefonisch mit dem KI abgleichen)</source>
        <translation>KI key fingerprint: {fp} (compare it with the KI by phone)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="226"/>
        <source>Anmeldedatei für das KI geschrieben: {path}</source>
        <translation>Enrolment request for the KI written: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="227"/>
        <source>Gerät {id}, Fingerabdruck {fp}</source>
        <translation>Device {id}, fingerprint {fp}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="250"/>
        <source>{reason} Die Sendung {n} wartet und wird beim nächsten Versuch übertragen.</source>
        <translation>{reason} Bundle {n} is waiting and will be sent on the next attempt.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="253"/>
        <source>Übertragen: {path}</source>
        <translation>Sent: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="396"/>
        <source>KI-Speicher angelegt: {path}</source>
        <translation>KI store created: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="397"/>
        <source>Öffentlicher Schlüssel geschrieben; Fingerabdruck (für den telefonischen Abgleich):</source>
        <translation>Public key written; fingerprint (to compare by phone):</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="399"/>
        <source>Wiederherstellungscode des KI-Speichers (nur jetzt sichtbar, bitte sicher verwahren):</source>
        <translation>Recovery code of the KI store (shown only now; keep it safe):</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="72"/>
        <source>Passphrase des KI-Speichers: </source>
        <translation>Passphrase of the KI store: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="208"/>
        <source>Achtung: {reason} Sendungen warten, bis sie erreichbar ist.</source>
        <translation>Warning: {reason} Bundles wait until it is reachable.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="213"/>
        <source>Die Kommunen haben sich seit der letzten Anmeldedatei geändert: bitte mit »fallakte enrol-request« eine neue schreiben, damit das KI das Gerät neu anmeldet.</source>
        <translation>The municipalities have changed since the last enrolment file: please write a new one with »fallakte enrol-request« so that the KI enrols the device again.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="241"/>
        <source>Nächste Sendung von »{name}« ({munis}); neu: {new}. Jede Anzahl ist leicht verändert (höchstens ±2), 1 und 2 kommen nicht vor.</source>
        <translation>Next bundle of “{name}” ({munis}); new: {new}. Every count is slightly altered (at most ±2); 1 and 2 never occur.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="244"/>
        <source>nichts</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="410"/>
        <source>Achtung: Ein anderes Gerät heißt ebenfalls »{name}«.</source>
        <translation>Note: another device is also called “{name}”.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="413"/>
        <source>Gerät angemeldet: {name} ({id}), Fingerabdruck {fp}, Kommunen: {m}</source>
        <translation>Device enrolled: {name} ({id}), fingerprint {fp}, municipalities: {m}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="425"/>
        <source>gesperrt seit {t}</source>
        <translation>revoked since {t}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="425"/>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="426"/>
        <source>noch nie</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="428"/>
        <source>letzte Sendung: {t}</source>
        <translation>last bundle: {t}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="437"/>
        <source>Kein aktives Gerät mit der Kennung {id}.</source>
        <translation>No active device with id {id}.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="438"/>
        <source>Gerät {id} gesperrt: seine Sendungen werden ab jetzt abgelehnt.</source>
        <translation>Device {id} revoked: its bundles are refused from now on.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="440"/>
        <source>Seine bisherigen Zahlen sind aus allen Statistiken entfernt.</source>
        <translation>Its figures so far have been removed from every statistic.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="451"/>
        <source>Probelauf, nichts geändert: </source>
        <translation>Dry run, nothing changed: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="452"/>
        <source>Zusammenfassung: {s}</source>
        <translation>Summary: {s}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="467"/>
        <source>KI-Schlüssel: {name}, k = {k}, eigene Zeit der Fallmanager: {time}</source>
        <translation>KI key: {name}, k = {k}, case managers&apos; own time: {time}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="468"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="468"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="469"/>
        <source>Importierte Sendungen: {what}</source>
        <translation>Imported bundles: {what}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="470"/>
        <source>werden in »importiert« aufbewahrt</source>
        <translation>are kept in »importiert«</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="470"/>
        <source>werden nach dem Import gelöscht</source>
        <translation>are deleted after the import</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="471"/>
        <source>Jahresbudget Sprachmittlung: {euro} €</source>
        <translation>Annual interpreting budget: {euro} €</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="484"/>
        <source>Hinweis: Für {period} liegen keine Sendungen vor; der Bericht sagt das.</source>
        <translation>Note: there are no bundles for {period}; the report says so.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="495"/>
        <source>Anmeldedatei für das Land geschrieben: {path}</source>
        <translation>Enrol request for the Land written: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="504"/>
        <source>Kreissendung an das Land geschrieben: {path}</source>
        <translation>County bundle for the Land written: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="530"/>
        <source>{n} Demo-Geräte angemeldet; ihre Sendungen liegen in {share}. Weiter mit »fallakte ki import«.</source>
        <translation>{n} demo devices enrolled; their bundles are in {share}. Next: “fallakte ki import”.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="82"/>
        <source>Mit --force wird sie ersetzt und gelöscht.</source>
        <translation>--force replaces and deletes it.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="263"/>
        <source>Übergabe-Schlüssel geschrieben: {path}</source>
        <translation>Handover key written: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="264"/>
        <source>Fingerabdruck (bitte der Kollegin oder dem Kollegen am Telefon vorlesen): {fp}</source>
        <translation>Fingerprint (please read it out to your colleague over the phone): {fp}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="270"/>
        <source>Auf der Befehlszeile: mit --fingerprint und dem abgeglichenen Fingerabdruck.</source>
        <translation>On the command line: with --fingerprint and the fingerprint you compared.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="279"/>
        <source>Bitte Fallnummern angeben oder --all, nicht beides.</source>
        <translation>Please give case numbers or --all, not both.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="291"/>
        <source>Übergabe an {name} (Fingerabdruck {fp}) geschrieben: {path}</source>
        <translation>Handover to {name} (fingerprint {fp}) written: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="293"/>
        <source>{n} Person ist jetzt als »Übergabe läuft« markiert, bis die Quittung eingelesen ist (fallakte handover-confirm).</source>
        <translation>{n} person is now marked »handover in progress« until the receipt has been read (fallakte handover-confirm).</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="295"/>
        <source>{n} Personen sind jetzt als »Übergabe läuft« markiert, bis die Quittung eingelesen ist (fallakte handover-confirm).</source>
        <translation>{n} persons are now marked »handover in progress« until the receipt has been read (fallakte handover-confirm).</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="318"/>
        <source>Übergabe von {name} (Fingerabdruck {fp})</source>
        <translation>Handover from {name} (fingerprint {fp})</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="319"/>
        <source>Rechtsgrundlage: {basis}</source>
        <translation>Legal basis: {basis}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="320"/>
        <source>Grundlage: Einwilligung der Personen in die Übergabe</source>
        <translation>Basis: the persons&apos; consent to the handover</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="322"/>
        <source>bereits in dieser Falldatei</source>
        <translation>already in this case file</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="323"/>
        <source>neu, bisher {old}</source>
        <translation>new, previously {old}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="324"/>
        <source>{number}: {cases}, {contacts} ({state})</source>
        <translation>{number}: {cases}, {contacts} ({state})</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="328"/>
        <source>Probelauf, nichts geändert.</source>
        <translation>Dry run, nothing changed.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="330"/>
        <source>Diese Übergabe war bereits empfangen; nichts geändert.</source>
        <translation>This handover had already been received; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="331"/>
        <source>{n} Person übernommen.</source>
        <translation>{n} person taken over.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="331"/>
        <source>{n} Personen übernommen.</source>
        <translation>{n} persons taken over.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="333"/>
        <source>Quittung geschrieben: {path}. Bitte an {name} zurückgeben.</source>
        <translation>Receipt written: {path}. Please return it to {name}.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="336"/>
        <source>Die Quittung schreibt derselbe Befehl mit --receipt DATEI, auch später.</source>
        <translation>The same command with --receipt FILE writes the receipt, also later on.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="348"/>
        <source>Diese Quittung war bereits eingelesen; nichts geändert.</source>
        <translation>This receipt had already been read; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="350"/>
        <source>Übergabe an {name} bestätigt: {deleted} aus dieser Falldatei gelöscht, {closed} als »übergeben« abgeschlossen.</source>
        <translation>Handover to {name} confirmed: {deleted} deleted from this case file, {closed} closed as »handed over«.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="352"/>
        <source>{n} Person</source>
        <translation>{n} person</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="352"/>
        <source>{n} Personen</source>
        <translation>{n} persons</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="368"/>
        <source>--column {given}: erwartet FELD=SPALTE, z. B. Familienname=Name; Spalten der Datei: {columns}</source>
        <translation>--column {given}: expected FIELD=COLUMN, e.g. Family name=Name; columns in the file: {columns}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="373"/>
        <source>{field}: Spalte »{column}«</source>
        <translation>{field}: column »{column}«</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="374"/>
        <source>{field}: keine Spalte</source>
        <translation>{field}: no column</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="381"/>
        <source>{n} Zeile geprüft</source>
        <translation>{n} row checked</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="381"/>
        <source>{n} Zeilen geprüft</source>
        <translation>{n} rows checked</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="383"/>
        <source>{rows}, {n} mit Fehlern: nichts importiert.</source>
        <translation>{rows}, {n} with errors: nothing imported.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="385"/>
        <source>{rows}, keine Fehler. Probelauf: nichts importiert.</source>
        <translation>{rows}, no errors. Dry run: nothing imported.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="387"/>
        <source>{n} Person importiert.</source>
        <translation>{n} person imported.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="387"/>
        <source>{n} Personen importiert.</source>
        <translation>{n} persons imported.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="539"/>
        <source>Falldatei (Vorgabe: &lt;Anwendungsdaten&gt;/Fallakte/fallakte.db)</source>
        <translation>case file (default: &lt;application data&gt;/Fallakte/fallakte.db)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="541"/>
        <source>Fallakte: verschlüsselte Fallakte für das KIM-Case-Management.</source>
        <translation>Fallakte: encrypted case file for KIM case management.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="543"/>
        <location filename="../../fallakte/cli.py" line="689"/>
        <source>die Version zeigen und beenden</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="545"/>
        <source>prüfen, ob diese Installation funktioniert (ohne echte Daten)</source>
        <translation>check that this installation works (without real data)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="547"/>
        <source>Befehle</source>
        <translation>commands</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="549"/>
        <source>neue Falldatei anlegen</source>
        <translation>create a new case file</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="550"/>
        <source>eine vorhandene Falldatei ersetzen (löscht sie)</source>
        <translation>replace an existing case file (deletes it)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="552"/>
        <source>Falldatei vollständig prüfen</source>
        <translation>check the case file completely</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="553"/>
        <source>verschlüsselte Sicherung schreiben</source>
        <translation>write an encrypted backup</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="554"/>
        <source>Zieldatei oder -ordner</source>
        <translation>target file or folder</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="556"/>
        <source>Falldatei aus einer Sicherung wiederherstellen</source>
        <translation>restore the case file from a backup</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="557"/>
        <source>die Sicherungsdatei</source>
        <translation>the backup file</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="559"/>
        <source>mit dem Wiederherstellungscode statt der Passphrase (verlangt eine neue Passphrase)</source>
        <translation>with the recovery code instead of the passphrase (asks for a new passphrase)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="561"/>
        <source>Passphrase ändern</source>
        <translation>change the passphrase</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="563"/>
        <source>vergessene Passphrase: mit dem Wiederherstellungscode eine neue setzen</source>
        <translation>forgotten passphrase: set a new one with the recovery code</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="564"/>
        <source>Beispieldaten in eine leere Falldatei schreiben</source>
        <translation>write demo data into an empty case file</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="565"/>
        <source>Zahl der Personen (Vorgabe 200)</source>
        <translation>number of persons (default 200)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="566"/>
        <source>gleicher Startwert, gleiche Daten (am selben Tag)</source>
        <translation>same seed, same data (on the same day)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="569"/>
        <source>Auskunft nach Art. 15 DSGVO: alles zu einer Person als PDF und JSON</source>
        <translation>subject access (Art. 15 GDPR): everything about one person as PDF and JSON</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="571"/>
        <source>Zielordner</source>
        <translation>target folder</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="574"/>
        <source>Synchronisation einrichten (Ablage, KI-Schlüssel, Gerät)</source>
        <translation>set up synchronisation (share, KI key, device)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="575"/>
        <source>Ablage des KI (Netzlaufwerk, UNC-Pfad, USB-Stick, Cloud-Ordner)</source>
        <translation>the KI&apos;s share (network drive, UNC path, USB stick, cloud folder)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="576"/>
        <source>öffentlicher Schlüssel des KI (ki-public.key)</source>
        <translation>the KI&apos;s public key (ki-public.key)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="577"/>
        <source>Name dieses Geräts, z. B. »KIM Dülmen 1«</source>
        <translation>name of this device, e.g. »KIM Dülmen 1«</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="578"/>
        <source>betreute Kommunen, z. B. duelmen,nottuln</source>
        <translation>municipalities served, e.g. duelmen,nottuln</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="580"/>
        <source>Anmeldedatei dieses Geräts für das KI schreiben</source>
        <translation>write this device&apos;s enrolment file for the KI</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="581"/>
        <source>Vorgabe: in den Ordner »anmeldung« der Ablage</source>
        <translation>default: into the share&apos;s »anmeldung« folder</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="583"/>
        <source>anonymisierte Zahlen an das KI übertragen</source>
        <translation>send anonymised counts to the KI</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="584"/>
        <source>statt der eingerichteten Ablage</source>
        <translation>instead of the share set up</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="585"/>
        <source>jede Zahl der nächsten Sendung zeigen, nichts senden</source>
        <translation>show every figure of the next bundle, send nothing</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="589"/>
        <source>den eigenen Übergabe-Schlüssel schreiben (für Kolleg*innen, die Fälle übergeben)</source>
        <translation>write your own handover key (for colleagues who hand cases over to you)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="590"/>
        <source>z. B. name.fallakte-schluessel</source>
        <translation>e.g. name.fallakte-schluessel</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="591"/>
        <location filename="../../fallakte/cli.py" line="601"/>
        <source>Ihr Name, unter dem Kolleg*innen Sie erkennen (wird gemerkt)</source>
        <translation>your name, as colleagues will recognise you (remembered)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="594"/>
        <source>Fälle an eine Kollegin oder einen Kollegen übergeben (verschlüsselt)</source>
        <translation>hand cases over to a colleague (encrypted)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="596"/>
        <source>alle Personen dieser Falldatei (ganzer Fallbestand)</source>
        <translation>all persons in this case file (the entire caseload)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="597"/>
        <source>Übergabe-Schlüssel der Kollegin oder des Kollegen</source>
        <translation>the colleague&apos;s handover key</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="598"/>
        <source>die Übergabedatei, z. B. x.fallakte-uebergabe</source>
        <translation>the handover file, e.g. x.fallakte-uebergabe</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="600"/>
        <source>beim ersten Mal: der telefonisch abgeglichene Fingerabdruck des Schlüssels</source>
        <translation>the first time: the key&apos;s fingerprint, compared by phone</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="602"/>
        <source>alle Mitglieder ihrer Haushalte mitübergeben</source>
        <translation>also hand over all members of their households</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="604"/>
        <source>eine Übergabe empfangen und quittieren</source>
        <translation>receive a handover and issue a receipt</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="605"/>
        <source>die Übergabedatei</source>
        <translation>the handover file</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="606"/>
        <source>wohin die Quittung für den Absender geschrieben wird</source>
        <translation>where the receipt for the sender is written</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="608"/>
        <source>beim ersten Mal: der telefonisch abgeglichene Fingerabdruck des Absenders</source>
        <translation>the first time: the sender&apos;s fingerprint, compared by phone</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="609"/>
        <source>nur zeigen, was ankäme; nichts ändern</source>
        <translation>only show what would arrive; change nothing</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="612"/>
        <source>Quittung einlesen: übergebene Fälle abschließen und ihre Daten hier löschen</source>
        <translation>read a receipt: close the handed-over cases and delete their data here</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="617"/>
        <source>eine bestehende Liste (Excel oder CSV) als Personen und Fälle übernehmen</source>
        <translation>import an existing list (Excel or CSV) as persons and cases</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="618"/>
        <source>die Liste, .xlsx oder .csv</source>
        <translation>the list, .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="619"/>
        <source>jede Zeile prüfen und Fehler nennen, nichts importieren</source>
        <translation>check every row and name the errors; import nothing</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="621"/>
        <source>eine Spalte zuordnen, z. B. Familienname=Name (sonst nach den Spaltenüberschriften)</source>
        <translation>map a column, e.g. Family name=Name (otherwise by the column headings)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="623"/>
        <source>bestätigt: alle Personen mit Beginn haben zu diesem Tag in die Fallarbeit eingewilligt</source>
        <translation>confirmed: all persons with a start date consented to casework as of that day</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="627"/>
        <source>KI-Speicher (Vorgabe: &lt;Anwendungsdaten&gt;/Fallakte/ki-speicher.db)</source>
        <translation>KI store (default: &lt;application data&gt;/Fallakte/ki-speicher.db)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="628"/>
        <source>Befehle des Kommunalen Integrationszentrums</source>
        <translation>commands of the municipal integration centre (KI)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="629"/>
        <source>KI-Befehle</source>
        <translation>KI commands</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="630"/>
        <source>KI-Speicher und Schlüsselpaar anlegen</source>
        <translation>create the KI store and key pair</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="631"/>
        <source>wohin ki-public.key geschrieben wird</source>
        <translation>where ki-public.key is written</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="632"/>
        <source>Name des KI</source>
        <translation>name of the KI</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="633"/>
        <source>kleinste Zahl, die Geräte zeigen dürfen (mindestens 3)</source>
        <translation>smallest count devices may show (at least 3)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="635"/>
        <source>Geräte senden keine Arbeitszeiten der Case-Manager*innen (auch nicht je Quartal)</source>
        <translation>devices send no working time of the case managers (not even per quarter)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="637"/>
        <source>ein Gerät anmelden</source>
        <translation>enrol a device</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="638"/>
        <source>Anmeldedatei des Geräts</source>
        <translation>the device&apos;s enrolment file</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="639"/>
        <source>Name, unter dem das Gerät geführt wird</source>
        <translation>name under which the device is listed</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="640"/>
        <source>zugeordnete Kommunen</source>
        <translation>municipalities assigned</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="641"/>
        <source>ein gesperrtes Gerät ausdrücklich wieder zulassen</source>
        <translation>explicitly readmit a revoked device</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="643"/>
        <source>angemeldete Geräte</source>
        <translation>enrolled devices</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="645"/>
        <source>ein Gerät sperren</source>
        <translation>revoke a device</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="647"/>
        <source>auch seine bisherigen Zahlen aus allen Statistiken entfernen</source>
        <translation>also remove its figures so far from every statistic</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="649"/>
        <source>Sendungen aus einem Ordner importieren</source>
        <translation>import bundles from a folder</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="651"/>
        <source>nur berichten, was ein Import täte; nichts ändern</source>
        <translation>only report what an import would do; change nothing</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="653"/>
        <source>Einstellungen des KI zeigen oder ändern</source>
        <translation>show or change the KI&apos;s settings</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="655"/>
        <source>importierte Sendungen aufbewahren (ja) oder nach dem Import löschen (nein, Vorgabe)</source>
        <translation>keep imported bundles (ja) or delete them after the import (nein, default)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="656"/>
        <source>Jahresbudget Sprachmittlung in Euro</source>
        <translation>annual interpreting budget in euros</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="658"/>
        <source>Bericht für den Ausschuss oder Tabellen schreiben</source>
        <translation>write the committee report or tables</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="659"/>
        <source>z. B. 2026, 2026-Q3 oder 2026-07</source>
        <translation>e.g. 2026, 2026-Q3 or 2026-07</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="661"/>
        <source>Datei (pdf, xlsx) oder Ordner (csv)</source>
        <translation>file (pdf, xlsx) or folder (csv)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="663"/>
        <source>Anmeldedatei des KI für das Land schreiben</source>
        <translation>write the KI&apos;s enrolment file for the Land</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="664"/>
        <source>Name, unter dem das Land den Kreis führt</source>
        <translation>name under which the Land lists the county</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="668"/>
        <source>Kreissumme als Sendung an das Land (signiert, verschlüsselt) ablegen</source>
        <translation>put the county&apos;s totals as a bundle for the Land (signed, encrypted)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="669"/>
        <source>öffentlicher Schlüssel des Landes</source>
        <translation>the Land&apos;s public key</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="670"/>
        <source>Ablage des Landes</source>
        <translation>the Land&apos;s share</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="672"/>
        <source>die Auswertung (Statistikfenster) öffnen</source>
        <translation>open the statistics window</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="675"/>
        <source>12 Demo-Geräte (3 Regionen, 2 Jahre) anmelden und ihre Sendungen ablegen</source>
        <translation>enrol 12 demo devices (3 regions, 2 years) and put their bundles</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="676"/>
        <source>Ablage, in die die Sendungen gehen</source>
        <translation>share the bundles go to</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="677"/>
        <source>Personen je Gerät</source>
        <translation>persons per device</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="687"/>
        <source>Aufruf: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="687"/>
        <source>Argumente</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="687"/>
        <source>Optionen</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="688"/>
        <source>diese Hilfe zeigen und beenden</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="690"/>
        <source>%(prog)s: Fehler: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="691"/>
        <source>Diese Angaben fehlen: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="692"/>
        <source>unbekannte Angaben: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="693"/>
        <source>ungültige Wahl: %(value)r (möglich: %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="694"/>
        <source>hier fehlt ein Wert</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="695"/>
        <source>höchstens ein Wert erlaubt</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="696"/>
        <source>mindestens ein Wert nötig</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="697"/>
        <source>ungültiger Wert: %(value)r</source>
        <translation>invalid value: %(value)r</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="698"/>
        <source>Angabe %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="699"/>
        <source>mehrdeutig: %(option)s passt zu %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="700"/>
        <source>nicht zusammen mit %s erlaubt</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="701"/>
        <source>eine dieser Angaben ist nötig: %s</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="729"/>
        <source>Abgebrochen. Es wurde nichts verändert.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="69"/>
        <source>Alle in der Fallakte gespeicherten Daten zu dieser Person, Stand {day}.</source>
        <translation>All data stored in the case file about this person, as of {day}.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="71"/>
        <source>erteilt am</source>
        <translation>given on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="71"/>
        <source>widerrufen am</source>
        <translation>withdrawn on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="72"/>
        <source>Sprachmittlung</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="72"/>
        <source>mit Datenweitergabe</source>
        <translation>passing data on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="76"/>
        <location filename="../../ui/models.py" line="22"/>
        <source>Fallnummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="76"/>
        <location filename="../../app/casemanager/list_import.py" line="52"/>
        <location filename="../../ui/case_view.py" line="784"/>
        <location filename="../../ui/models.py" line="22"/>
        <source>Familienname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="77"/>
        <location filename="../../app/casemanager/list_import.py" line="52"/>
        <location filename="../../ui/case_view.py" line="785"/>
        <location filename="../../ui/models.py" line="22"/>
        <source>Vornamen</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="78"/>
        <location filename="../../ui/case_view.py" line="789"/>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="79"/>
        <location filename="../../ui/case_view.py" line="790"/>
        <location filename="../../ui/pages.py" line="592"/>
        <location filename="../../ui/pages.py" line="596"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="80"/>
        <location filename="../../ui/case_view.py" line="793"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="80"/>
        <location filename="../../ui/case_view.py" line="791"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="80"/>
        <location filename="../../ui/case_view.py" line="792"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="81"/>
        <location filename="../../ui/case_view.py" line="794"/>
        <source>Bereits begleitet durch</source>
        <translation>Already supported by</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="83"/>
        <source>gültig bis</source>
        <translation>valid until</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="83"/>
        <source>beantragt</source>
        <translation>applied for</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="84"/>
        <source>Einwilligung angefragt</source>
        <translation>Consent requested</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="91"/>
        <source>nachgewiesen am</source>
        <translation>proven on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="91"/>
        <source>nachzuweisen bis</source>
        <translation>to be proven by</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="106"/>
        <source>Fall vom {day}</source>
        <translation>Case of {day}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="108"/>
        <location filename="../../ui/models.py" line="23"/>
        <source>Abgeschlossen</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="110"/>
        <source>Phasen</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="111"/>
        <source>Intensität seit</source>
        <translation>Intensity since</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="96"/>
        <source>Die Passphrase ist falsch. {path} bleibt unverändert.</source>
        <translation>The passphrase is wrong. {path} remains unchanged.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="98"/>
        <source>Der Wiederherstellungscode gehört nicht zu {path}. Es wurde nichts verändert.</source>
        <translation>The recovery code does not belong to {path}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="100"/>
        <source>Der Wiederherstellungscode hat in Gruppe {group} einen Tippfehler.</source>
        <translation>The recovery code has a typo in group {group}.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="102"/>
        <source>Das ist kein Wiederherstellungscode: erwartet werden 5 Gruppen zu je 6 Zeichen.</source>
        <translation>This is not a recovery code: 5 groups of 6 characters are expected.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="104"/>
        <source>Die Datei {path} ist beschädigt oder wurde verändert. Sie wurde weder verwendet noch überschrieben.</source>
        <translation>The file {path} is damaged or was altered. It was neither used nor overwritten.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="107"/>
        <source>Unter {path} gibt es keine Falldatei.</source>
        <translation>There is no case file at {path}.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="109"/>
        <source>Unter {path} liegt bereits eine Falldatei. Sie wird nicht überschrieben.</source>
        <translation>There already is a case file at {path}. It will not be overwritten.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="111"/>
        <source>{path} ist ein KI-Speicher, keine Falldatei.</source>
        <translation>{path} is a KI store, not a case file.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="113"/>
        <source>{path} ist eine Falldatei, kein KI-Speicher.</source>
        <translation>{path} is a case file, not a KI store.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="115"/>
        <source>{path} wurde mit einer neueren Fallakte-Version gespeichert. Bitte Fallakte aktualisieren.</source>
        <translation>{path} was saved by a newer version of Fallakte. Please update Fallakte.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="118"/>
        <source>{path} wird gerade von einem anderen Fallakte-Fenster oder -Befehl verwendet. Bitte gleich noch einmal versuchen.</source>
        <translation>{path} is in use by another Fallakte window or command. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="129"/>
        <source>Die Passphrase muss mindestens {n} Zeichen lang sein.</source>
        <translation>The passphrase must be at least {n} characters long.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="131"/>
        <source>Die Änderung konnte nicht gespeichert werden: kein Speicherplatz mehr oder ein Schreibfehler auf dem Datenträger. Alles bis zur letzten gespeicherten Änderung bleibt erhalten.</source>
        <translation>The change could not be saved: the disk is full or could not be written. Everything up to the last saved change is kept.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="134"/>
        <source>Nicht genug Speicherplatz für {path}. Es wurde nichts verändert.</source>
        <translation>Not enough disk space for {path}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="136"/>
        <source>Keine Berechtigung für {path}.</source>
        <translation>No permission for {path}.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="138"/>
        <source>{path} gibt es nicht oder ist nicht erreichbar.</source>
        <translation>{path} does not exist or cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="140"/>
        <source>{path} ist nicht erreichbar ({reason}).</source>
        <translation>{path} cannot be reached ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="141"/>
        <source>Unerwarteter Fehler ({kind}). Es wurde nichts verändert.</source>
        <translation>Unexpected error ({kind}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="153"/>
        <source>Das ist kein öffentlicher KI-Schlüssel dieser Fallakte-Version.</source>
        <translation>This is not a KI public key of this Fallakte version.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="155"/>
        <source>Die Schlüsseldatei des KI ist beschädigt.</source>
        <translation>The KI&apos;s key file is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="157"/>
        <source>Die Schlüsseldatei verlangt k = {k}; unter {minimum} ist nicht zulässig.</source>
        <translation>The key file asks for k = {k}; below {minimum} is not allowed.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="159"/>
        <source>Das ist keine Anmeldedatei dieser Fallakte-Version.</source>
        <translation>This is not an enrolment file of this Fallakte version.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="161"/>
        <source>Die Anmeldedatei ist beschädigt.</source>
        <translation>The enrolment file is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="163"/>
        <source>Die Anmeldedatei ist nicht echt: Signatur oder Gerätekennung passen nicht.</source>
        <translation>The enrolment file is not genuine: signature or device ID do not match.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="177"/>
        <source>Auf der Ablage {path} ist kein Platz mehr.</source>
        <translation>The share {path} is full.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="179"/>
        <source>Die Ablage {path} ist schreibgeschützt.</source>
        <translation>The share {path} is read-only.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="181"/>
        <source>Die Ablage {path} ist nicht erreichbar ({reason}).</source>
        <translation>The share {path} cannot be reached ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="190"/>
        <source>keine Fallakte-Sendung</source>
        <translation>not a Fallakte bundle</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="191"/>
        <source>Format-Version wird nicht unterstützt</source>
        <translation>format version not supported</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="192"/>
        <source>für einen anderen KI-Schlüssel verschlüsselt</source>
        <translation>encrypted for another KI key</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="193"/>
        <source>beschädigt oder verändert</source>
        <translation>damaged or altered</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="194"/>
        <source>Gerät nicht angemeldet</source>
        <translation>device not enrolled</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="195"/>
        <source>Gerät gesperrt</source>
        <translation>device revoked</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="196"/>
        <source>Signatur ungültig</source>
        <translation>invalid signature</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="207"/>
        <source>Das ist keine Übergabedatei von Fallakte.</source>
        <translation>This is not a Fallakte handover file.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="208"/>
        <source>Diese Datei hat eine Format-Version, die diese Fallakte nicht kennt.</source>
        <translation>This file has a format version that this version of Fallakte does not know.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="209"/>
        <source>Die Übergabe ist für einen anderen Schlüssel verschlüsselt, nicht für diese Falldatei.</source>
        <translation>The handover is encrypted for another key, not for this case file.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="211"/>
        <source>Die Übergabedatei ist beschädigt oder wurde verändert.</source>
        <translation>The handover file is damaged or has been altered.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="212"/>
        <source>Die Signatur der Übergabe ist ungültig: sie stammt nicht von dem Absender, den sie nennt, oder wurde verändert.</source>
        <translation>The handover&apos;s signature is invalid: it does not come from the sender it names, or it has been altered.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="214"/>
        <source>Die Übergabe ist echt signiert, aber nicht im dokumentierten Format.</source>
        <translation>The handover is genuinely signed, but not in the documented format.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="215"/>
        <source>Das ist kein Übergabe-Schlüssel dieser Fallakte-Version.</source>
        <translation>This is not a handover key for this version of Fallakte.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="216"/>
        <source>Die Schlüsseldatei ist beschädigt.</source>
        <translation>The key file is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="217"/>
        <source>Die Schlüsseldatei ist nicht echt: Signatur oder Gerätekennung passen nicht.</source>
        <translation>The key file is not genuine: signature or device ID do not match.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="219"/>
        <source>Das ist keine Quittung einer Übergabe.</source>
        <translation>This is not a handover receipt.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="220"/>
        <source>Die Quittung ist beschädigt oder wurde verändert.</source>
        <translation>The receipt is damaged or has been altered.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="221"/>
        <source>Die Quittung gehört zu keiner Übergabe aus dieser Falldatei.</source>
        <translation>The receipt does not belong to any handover from this case file.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="222"/>
        <source>Die Quittung ist nicht echt: sie ist nicht von der Kollegin oder dem Kollegen signiert, an die die Übergabe ging.</source>
        <translation>The receipt is not genuine: it is not signed by the colleague the handover went to.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="224"/>
        <source>Die Quittung nennt Personen, die mit dieser Übergabe nicht übergeben wurden.</source>
        <translation>The receipt names persons who were not part of this handover.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="226"/>
        <source>Das ist der Übergabe-Schlüssel dieser Falldatei selbst.</source>
        <translation>This is this case file&apos;s own handover key.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="229"/>
        <source>Der Absender ist noch nicht bekannt. Sein Fingerabdruck: {fp}. Bitte telefonisch mit der Kollegin oder dem Kollegen abgleichen und bestätigen.</source>
        <translation>The sender is not known yet. Their fingerprint: {fp}. Please compare it with your colleague by phone and confirm.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="232"/>
        <source>Die Übergabe enthält »{code}« als {what}; diese Falldatei kennt den Eintrag nicht (anderer Katalog).</source>
        <translation>The handover contains »{code}« as {what}; this case file does not know the entry (different catalogue).</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="235"/>
        <source>Der Schlüssel von »{name}« ist noch nicht bestätigt. Sein Fingerabdruck: {fingerprint}. Bitte telefonisch abgleichen und bestätigen.</source>
        <translation>The key of »{name}« has not been confirmed yet. Its fingerprint: {fingerprint}. Please compare it by phone and confirm.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="239"/>
        <source>Es wurde nichts verändert.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/privacy.py" line="78"/>
        <source>Der Fall ist noch offen. Bitte zuerst abschließen.</source>
        <translation>The case is still open. Please close it first.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/privacy.py" line="147"/>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation>Subject access (Art. 15 GDPR)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/sync_service.py" line="65"/>
        <source>Schlüssel des KI</source>
        <translation>the KI&apos;s key</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/sync_service.py" line="65"/>
        <source>Gerätename</source>
        <translation>device name</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/sync_service.py" line="66"/>
        <source>Kommunen</source>
        <translation>municipalities</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/sync_service.py" line="66"/>
        <source>Ablage</source>
        <translation>share</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/sync_service.py" line="106"/>
        <source>Bitte einen Gerätenamen angeben.</source>
        <translation>Please enter a device name.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/sync_service.py" line="110"/>
        <source>Bitte mindestens eine Kommune wählen.</source>
        <translation>Please choose at least one municipality.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/sync_service.py" line="112"/>
        <location filename="../../app/casemanager/system_work.py" line="83"/>
        <location filename="../../app/casemanager/system_work.py" line="136"/>
        <location filename="../../app/casemanager/system_work.py" line="152"/>
        <location filename="../../ui/pages.py" line="589"/>
        <location filename="../../ui/pages.py" line="596"/>
        <location filename="../../ui/pages.py" line="612"/>
        <location filename="../../ui/pages.py" line="617"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/sync_service.py" line="145"/>
        <source>Vor der Anmeldung beim KI bitte Gerätenamen und Kommunen festlegen.</source>
        <translation>Before enrolling with the KI, set the device name and municipalities.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/sync_service.py" line="217"/>
        <source>Es ist noch kein öffentlicher Schlüssel des KI eingerichtet.</source>
        <translation>No KI public key has been set up yet.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/sync_service.py" line="261"/>
        <source>Abgebrochen: die Sendung wartet und wird beim nächsten Versuch übertragen.</source>
        <translation>Cancelled: the bundle is waiting and will be sent on the next attempt.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="171"/>
        <source>Es ist noch keine Ablage des KI eingerichtet.</source>
        <translation>No KI share has been set up yet.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="82"/>
        <location filename="../../app/casemanager/system_work.py" line="102"/>
        <location filename="../../app/casemanager/system_work.py" line="151"/>
        <location filename="../../ui/pages.py" line="588"/>
        <location filename="../../ui/pages.py" line="596"/>
        <location filename="../../ui/pages.py" line="611"/>
        <location filename="../../ui/pages.py" line="617"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="112"/>
        <source>Am {day} sind schon {logged} Std. erfasst; mit {minutes} Minuten wären es mehr als 24 Stunden.</source>
        <translation>On {day}, {logged} h are already recorded; with {minutes} minutes it would be more than 24 hours.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="115"/>
        <source>Art der Tätigkeit</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="135"/>
        <source>Datum der Veranstaltung</source>
        <translation>Date of the event</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="138"/>
        <location filename="../../app/casemanager/transparency.py" line="48"/>
        <location filename="../../ui/pages.py" line="591"/>
        <location filename="../../ui/pages.py" line="596"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="139"/>
        <location filename="../../ui/pages.py" line="593"/>
        <location filename="../../ui/pages.py" line="597"/>
        <source>Dolmetschende</source>
        <translation>Interpreters</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="153"/>
        <location filename="../../ui/pages.py" line="613"/>
        <location filename="../../ui/pages.py" line="617"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="154"/>
        <source>Die Beobachtung</source>
        <translation>The observation</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="54"/>
        <source>Überfällig</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="54"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="54"/>
        <source>Nächste 14 Tage</source>
        <translation>Next 14 days</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="138"/>
        <source>§ 104c: die 18 Monate enden am {end}</source>
        <translation>§ 104c: the 18 months end on {end}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="81"/>
        <source>Ziel prüfen ({area})</source>
        <translation>Review goal ({area})</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="81"/>
        <source>Nachfassen: {partner}</source>
        <translation>Follow up: {partner}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="82"/>
        <source>Rückmeldung erwartet: {partner}</source>
        <translation>Reply expected: {partner}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="112"/>
        <source>Einwilligung widerrufen: Daten löschen</source>
        <translation>Consent withdrawn: delete data</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="113"/>
        <source>Aufbewahrungsfrist endet: Daten löschen</source>
        <translation>Retention period ends: delete data</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="139"/>
        <source>{status} seit {day} abgelaufen: Aufenthalt klären</source>
        <translation>{status} expired since {day}: clarify residence</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="140"/>
        <source>{status} gültig bis {day}: Verlängerung rechtzeitig beantragen</source>
        <translation>{status} valid until {day}: apply for renewal in time</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="179"/>
        <source>§ 104c: Antrag auf {title} am {applied} gestellt, Fiktion seit {start}: Entscheidung nachhalten</source>
        <translation>§ 104c: application for {title} filed on {applied}, Fiktion since {start}: follow up the decision</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="183"/>
        <source>§ 104c: die 18 Monate enden am {end}, Antrag auf {title} gestellt</source>
        <translation>§ 104c: the 18 months end on {end}, application for {title} filed</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="224"/>
        <source>{n} Voraussetzung</source>
        <translation>{n} condition</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="224"/>
        <source>{n} Voraussetzungen</source>
        <translation>{n} conditions</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="226"/>
        <source>{pathway}: {count} bis {day} nachzuweisen</source>
        <translation>{pathway}: {count} to be proven by {day}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="234"/>
        <source>Wiedervorlage am</source>
        <translation>Follow-up on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="236"/>
        <source>Die Wiedervorlage muss nach dem heutigen Tag liegen.</source>
        <translation>The follow-up date must be after today.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="238"/>
        <source>Die Wiedervorlage darf höchstens ein Jahr in der Zukunft liegen.</source>
        <translation>The follow-up date may be at most one year ahead.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="250"/>
        <source>Ziel erreicht</source>
        <translation>Goal achieved</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="250"/>
        <source>Rückmeldung erfassen …</source>
        <translation>Record reply …</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="251"/>
        <source>Nachgefasst</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="251"/>
        <source>Besprochen</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="257"/>
        <source>Die Daten werden im Fall gelöscht (Reiter »Person«): bitte öffnen.</source>
        <translation>The data are deleted in the case (»Person« tab): please open it.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="259"/>
        <source>Im Reiter »Aufenthalt« den neuen Status oder den gestellten Antrag erfassen: bitte öffnen.</source>
        <translation>Record the new status or the application filed on the »Residence« tab: please open it.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="261"/>
        <source>Nachweise werden in der Checkliste im Reiter »Aufenthalt« abgehakt: bitte öffnen.</source>
        <translation>Proofs are ticked in the checklist on the »Residence« tab: please open it.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="274"/>
        <source>Bitte den neuen Stand der Verweisung wählen.</source>
        <translation>Please choose the referral&apos;s new status.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="287"/>
        <source>Dieser Punkt wird im Fall erledigt.</source>
        <translation>This item is done in the case.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="22"/>
        <source>{label} darf nicht leer sein.</source>
        <translation>{label} must not be empty.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="30"/>
        <source>{label} fehlt.</source>
        <translation>{label} is missing.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="41"/>
        <source>{label}: »{text}« ist kein gültiges Datum (TT.MM.JJJJ).</source>
        <translation>{label}: “{text}” is not a valid date (DD.MM.YYYY or YYYY-MM-DD).</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="47"/>
        <source>{label} darf nicht in der Zukunft liegen.</source>
        <translation>{label} must not be in the future.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="52"/>
        <source>{label} darf nicht vor {earlier} liegen.</source>
        <translation>{label} must not be before {earlier}.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="60"/>
        <source>{label} muss eine ganze Zahl sein.</source>
        <translation>{label} must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="62"/>
        <source>{label} muss größer als 0 sein.</source>
        <translation>{label} must be greater than 0.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="63"/>
        <source>{label} muss mindestens {minimum} sein.</source>
        <translation>{label} must be at least {minimum}.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="788"/>
        <source>Geburtsdatum oder -jahr</source>
        <translation>Date or year of birth</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="22"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="23"/>
        <source>Eröffnet</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="86"/>
        <source>{number} · Übergabe läuft</source>
        <translation>{number} · handover in progress</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="444"/>
        <source>{record} vom {date}</source>
        <translation>{record} of {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="602"/>
        <source>Veranstaltung &amp;erfassen</source>
        <translation>&amp;Record event</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="614"/>
        <location filename="../../ui/pages.py" line="617"/>
        <source>Beobachtung</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="622"/>
        <source>Beobachtung &amp;erfassen</source>
        <translation>&amp;Record observation</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="40"/>
        <source>Zu kurz: mindestens {n} Zeichen.</source>
        <translation>Too short: at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="42"/>
        <source>Ausreichend. Länger ist besser, z. B. vier zufällige Wörter.</source>
        <translation>Sufficient. Longer is better, e.g. four random words.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="43"/>
        <source>Gut.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <location filename="../../app/ki/importer.py" line="45"/>
        <location filename="../../fallakte/cli.py" line="323"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../app/ki/importer.py" line="45"/>
        <source>aktualisiert</source>
        <translation>updated</translation>
    </message>
    <message>
        <location filename="../../app/ki/importer.py" line="45"/>
        <source>bereits importiert</source>
        <translation>already imported</translation>
    </message>
    <message>
        <location filename="../../app/ki/importer.py" line="46"/>
        <source>überholt</source>
        <translation>superseded</translation>
    </message>
    <message>
        <location filename="../../app/ki/importer.py" line="46"/>
        <source>abgelehnt</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../../app/ki/importer.py" line="66"/>
        <source>{new} neu, {updated} aktualisiert, {ignored} übergangen, {refused} abgelehnt</source>
        <translation>{new} new, {updated} updated, {ignored} ignored, {refused} refused</translation>
    </message>
    <message>
        <location filename="../../app/ki/importer.py" line="100"/>
        <source>Sendung {n} ist älter als die schon importierte {m}</source>
        <translation>Bundle {n} is older than the already imported {m}</translation>
    </message>
    <message>
        <location filename="../../app/ki/importer.py" line="124"/>
        <source>keine gewöhnliche Datei</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <location filename="../../app/ki/importer.py" line="139"/>
        <source>größer als jede echte Sendung</source>
        <translation>larger than any genuine bundle</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="173"/>
        <source>Die Ablage {path} ist nicht erreichbar.</source>
        <translation>The share {path} cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="175"/>
        <source>Die Ablage {path} ist nicht mehr erreichbar; was importiert ist, bleibt es.</source>
        <translation>The share {path} can no longer be reached; what was imported stays imported.</translation>
    </message>
    <message>
        <location filename="../../app/ki/rollup.py" line="59"/>
        <source>Das Land verlangt k = {land}, die Geräte des Kreises schützen mit k = {own}. Dafür muss der Kreis ein neues KI-Schlüsselpaar mit k = {land} ausgeben.</source>
        <translation>The Land asks for k = {land}, but the county&apos;s devices protect with k = {own}. The county must issue a new KI key pair with k = {land} first.</translation>
    </message>
    <message>
        <location filename="../../app/ki/committee_report.py" line="31"/>
        <source>Grundlage sind die Sendungen der Fallakte-Geräte der KIM-Case-Manager*innen: je abgeschlossenem Monat und Kommune nur Anzahlen, keine Namen, Geburtsdaten, Aktenzeichen oder Freitexte. Personenbezogene Daten verlassen die Geräte nicht.</source>
        <translation>The figures come from the bundles of the KIM case managers&apos; Fallakte devices: per closed month and municipality only counts, no names, dates of birth, file numbers or free text. Personal data never leaves the devices.</translation>
    </message>
    <message>
        <location filename="../../app/ki/committee_report.py" line="34"/>
        <source>Die Werte sind zum Schutz einzelner Personen leicht verändert (Zufallsüberlagerung nach dem Verfahren der amtlichen Statistik für den Zensus 2022): jede Anzahl weicht um höchstens 2 ab, im Mittel um weniger als 1; die Werte 1 bis {km1} kommen nicht vor, eine 0 kann auch 1 bis {km1} bedeuten. Summen können deshalb von der Summe ihrer Teile abweichen; eine Kreissumme aus vielen Teilen um einige Einheiten.</source>
        <translation>To protect individuals, the figures are slightly altered (random noise as used by official statistics for the 2022 census): each count differs by at most 2, on average by less than 1; the values 1 to {km1} never occur, and a 0 may also mean 1 to {km1}. Totals may therefore differ from the sum of their parts; a county total made of many parts by a few units.</translation>
    </message>
    <message>
        <location filename="../../app/ki/committee_report.py" line="39"/>
        <source>»·« heißt: nicht veröffentlicht, weil wenige Personen den Wert bestimmen würden (Kosten und Stunden der Sprachmittlung).</source>
        <translation>“·” means: not published, because a few persons would determine the value (interpreting costs and hours).</translation>
    </message>
    <message>
        <location filename="../../app/ki/committee_report.py" line="41"/>
        <source>Personen werden je Monat gezählt, Stand Monatsende; für Quartal und Jahr gilt der Stand am Ende des Zeitraums. Kontakte, Verweisungen und Fälle werden über die Monate addiert. Ein Monat wird einmal gemeldet und danach nicht mehr verändert.</source>
        <translation>Persons are counted per month, as at the month&apos;s end; for a quarter or year, as at the end of the period. Contacts, referrals and cases are added up over the months. A month is reported once and not changed afterwards.</translation>
    </message>
    <message>
        <location filename="../../app/ki/committee_report.py" line="44"/>
        <source>Sprachmittlung und Arbeitszeiten liegen je Quartal vor; Arbeitszeiten werden nur für mindestens drei Case-Manager*innen zusammen gezeigt. Systembeobachtungen und Veranstaltungen betreffen keine Person.</source>
        <translation>Interpreting and working time are reported per quarter; working time is shown only for at least three case managers together. System observations and events concern no person.</translation>
    </message>
    <message>
        <location filename="../../app/ki/committee_report.py" line="55"/>
        <source>Kommunales Integrationsmanagement im Kreis Coesfeld</source>
        <translation>Municipal integration management in Kreis Coesfeld</translation>
    </message>
    <message>
        <location filename="../../app/ki/committee_report.py" line="58"/>
        <source>Für {period} liegen keine Sendungen vor.</source>
        <translation>There are no bundles for {period}.</translation>
    </message>
    <message>
        <location filename="../../app/ki/committee_report.py" line="80"/>
        <source>Im Zeitraum {period} begleiteten die KIM-Case-Manager*innen {persons} Personen im Case Management (Stand am Ende des Zeitraums), davon {intensive} intensiv.</source>
        <translation>In {period} the KIM case managers accompanied {persons} persons in case management (at the end of the period), {intensive} of them intensively.</translation>
    </message>
    <message>
        <location filename="../../app/ki/committee_report.py" line="83"/>
        <source>Es gab {contacts} Kontakte im Case Management und {referrals} Verweisungen an Partner des Regelsystems. Anonyme Kurzinterventionen: {shorts}.</source>
        <translation>There were {contacts} contacts in case management and {referrals} referrals to partners of the regular system. Anonymous short interventions: {shorts}.</translation>
    </message>
    <message>
        <location filename="../../app/ki/committee_report.py" line="88"/>
        <source>Chancen-Aufenthaltsrecht (§ 104c AufenthG) am Ende des Zeitraums: {held} Personen; davon endet die 18-Monats-Frist in den nächsten drei Monaten: {soon}. Im Zeitraum nach § 25a: {a}, nach § 25b: {b}, ohne Anschlusstitel abgelaufen: {lapsed}.</source>
        <translation>Opportunity residence permit (§ 104c AufenthG) at the end of the period: {held} persons; of them, the 18 months end within the next three months: {soon}. During the period to § 25a: {a}, to § 25b: {b}, lapsed without a follow-up permit: {lapsed}.</translation>
    </message>
    <message>
        <location filename="../../app/ki/committee_report.py" line="87"/>
        <source>Im Zeitraum wurden keine Kontakte gemeldet.</source>
        <translation>No contacts were reported for the period.</translation>
    </message>
    <message>
        <location filename="../../app/ki/committee_report.py" line="95"/>
        <source>Arbeitszeit und Sprachmittlung werden je Quartal gemeldet; für {period} liegen sie noch nicht vor.</source>
        <translation>Working time and interpreting are reported per quarter; for {period} they are not available yet.</translation>
    </message>
    <message>
        <location filename="../../app/ki/committee_report.py" line="98"/>
        <source>Arbeitszeit: {ind} Einzelfallarbeit und {sys} Systemarbeit ({share} : {rest}; Ziel 60 : 40).</source>
        <translation>Working time: {ind} on individual cases and {sys} on system work ({share} : {rest}; target 60 : 40).</translation>
    </message>
    <message>
        <location filename="../../app/ki/committee_report.py" line="102"/>
        <source>Sprachmittlung kostete {cost}. {note}</source>
        <translation>Interpreting cost {cost}. {note}</translation>
    </message>
    <message>
        <location filename="../../app/ki/report_export.py" line="47"/>
        <source>Bericht</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="69"/>
        <source>{q}. Quartal {year}</source>
        <translation>Q{q} {year}</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="73"/>
        <source>»{text}« ist kein Zeitraum. Erlaubt sind z. B. 2026, 2026-Q3 oder 2026-07.</source>
        <translation>“{text}” is not a period. Allowed are e.g. 2026, 2026-Q3 or 2026-07.</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="245"/>
        <source>Das Budget kann nicht negativ sein.</source>
        <translation>The budget cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="266"/>
        <source>Region {name}</source>
        <translation>Region {name}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="61"/>
        <location filename="../../app/ki/statistics.py" line="270"/>
        <source>außerhalb der betreuten Kommunen</source>
        <translation>outside the municipalities served</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="272"/>
        <source>Kreis Coesfeld</source>
        <translation>Kreis Coesfeld</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="281"/>
        <location filename="../../app/ki/statistics.py" line="386"/>
        <source>Insgesamt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="288"/>
        <source>Personen im Case Management nach Kommune (Stand Monatsende)</source>
        <translation>Persons in case management by municipality (at month end)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="289"/>
        <source>Gesamt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="293"/>
        <source>Personen im Case Management je Monat (Kreis)</source>
        <translation>Persons in case management per month (county)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="293"/>
        <location filename="../../app/ki/statistics.py" line="295"/>
        <location filename="../../app/ki/statistics.py" line="298"/>
        <location filename="../../app/ki/statistics.py" line="300"/>
        <location filename="../../app/ki/statistics.py" line="303"/>
        <location filename="../../app/ki/statistics.py" line="307"/>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="295"/>
        <source>Intensität der Begleitung (Kreis)</source>
        <translation>Intensity of support (county)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="298"/>
        <source>Personen nach Prozessphase (Kreis)</source>
        <translation>Persons by process phase (county)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="300"/>
        <source>Personen nach Geschlecht (Kreis)</source>
        <translation>Persons by gender (county)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="303"/>
        <source>Personen nach Altersgruppe (Kreis)</source>
        <translation>Persons by age group (county)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="307"/>
        <source>Personen nach Aufenthaltsstatus-Gruppe (Kreis)</source>
        <translation>Persons by residence status group (county)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="309"/>
        <source>Eröffnete und abgeschlossene Fälle nach Kommune</source>
        <translation>Cases opened and closed by municipality</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="43"/>
        <location filename="../../app/ki/statistics.py" line="310"/>
        <source>eröffnet</source>
        <translation>opened</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="43"/>
        <location filename="../../app/ki/statistics.py" line="310"/>
        <source>abgeschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="316"/>
        <source>Themen: Kontakte im Case Management und Kurzinterventionen</source>
        <translation>Topics: contacts in case management and short interventions</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="317"/>
        <location filename="../../app/ki/statistics.py" line="320"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="317"/>
        <source>Kurzinterventionen</source>
        <translation>Short interventions</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="319"/>
        <source>Ein Kontakt kann mehrere Themen haben.</source>
        <translation>A contact can have several topics.</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="320"/>
        <source>Kontakte nach Kontaktweg (Kreis)</source>
        <translation>Contacts by channel (county)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="322"/>
        <source>Verweisungen nach Partner (Kreis)</source>
        <translation>Referrals by partner (county)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="322"/>
        <location filename="../../app/ki/statistics.py" line="325"/>
        <source>Verweisungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="325"/>
        <source>Verweisungen nach Ergebnis (Kreis)</source>
        <translation>Referrals by outcome (county)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="43"/>
        <location filename="../../app/ki/statistics.py" line="327"/>
        <source>noch offen</source>
        <translation>still open</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="329"/>
        <source>Chancen-Aufenthaltsrecht (§ 104c AufenthG) nach Kommune</source>
        <translation>Opportunity residence permit (§ 104c AufenthG) by municipality</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="330"/>
        <source>mit § 104c (Stand)</source>
        <translation>holding § 104c</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="27"/>
        <source>Personen nach Intensität</source>
        <translation>Persons by intensity</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="27"/>
        <source>Personen nach Prozessphase</source>
        <translation>Persons by process phase</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="28"/>
        <source>Personen nach Geschlecht</source>
        <translation>Persons by gender</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="28"/>
        <source>Personen nach Altersgruppe</source>
        <translation>Persons by age group</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="29"/>
        <source>Personen nach Aufenthaltsstatus-Gruppe</source>
        <translation>Persons by residence status group</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="30"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="30"/>
        <source>Chancen-Aufenthaltsrecht (§ 104c)</source>
        <translation>Opportunity residence permit (§ 104c)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="31"/>
        <source>Kontakte nach Thema</source>
        <translation>Contacts by topic</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="31"/>
        <source>Kontakte nach Kontaktweg</source>
        <translation>Contacts by channel</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="32"/>
        <source>Verweisungen nach Partner</source>
        <translation>Referrals by partner</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="32"/>
        <source>Verweisungen nach Ergebnis</source>
        <translation>Referrals by outcome</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="33"/>
        <source>Kurzinterventionen nach Thema</source>
        <translation>Brief interventions by topic</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="34"/>
        <source>Systembeobachtungen</source>
        <translation>System observations</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="35"/>
        <source>Sprachmittlung, Minuten nach Sprache</source>
        <translation>Interpreting, minutes by language</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="36"/>
        <source>Sprachmittlung, Kosten in Cent nach Sprache</source>
        <translation>Interpreting, cost in cents by language</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="37"/>
        <source>Eigene Arbeitszeit, Minuten nach Art</source>
        <translation>Own working time, minutes by kind</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="44"/>
        <location filename="../../app/ki/statistics.py" line="330"/>
        <source>endet in 3 Monaten</source>
        <translation>ends within 3 months</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="44"/>
        <source>mit § 104c</source>
        <translation>holding § 104c</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="45"/>
        <location filename="../../app/ki/statistics.py" line="330"/>
        <source>→ § 25a</source>
        <translation>→ § 25a</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="45"/>
        <location filename="../../app/ki/statistics.py" line="330"/>
        <source>→ § 25b</source>
        <translation>→ § 25b</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="45"/>
        <location filename="../../app/ki/statistics.py" line="331"/>
        <source>→ sonstiger Titel</source>
        <translation>→ other permit</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="46"/>
        <source>abgelaufen</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="46"/>
        <location filename="../../app/core/catalogues.py" line="95"/>
        <source>Antrag gestellt (Fiktion)</source>
        <translation>Application filed (Fiktion)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="61"/>
        <source>das ganze Gerät</source>
        <translation>the whole device</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="66"/>
        <source>nicht veröffentlicht</source>
        <translation>not published</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="71"/>
        <source>; zusammen {n}</source>
        <translation>; together {n}</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="341"/>
        <source>Systembeobachtungen nach Kategorie</source>
        <translation>System observations by category</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="341"/>
        <source>Beobachtungen</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="34"/>
        <location filename="../../app/ki/statistics.py" line="344"/>
        <source>Informationsveranstaltungen</source>
        <translation>Information events</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="345"/>
        <source>Teilnehmende daran</source>
        <translation>Their participants</translation>
    </message>
    <message>
        <location filename="../../app/core/catalogues.py" line="93"/>
        <source>Asylverfahren</source>
        <translation>Asylum procedure</translation>
    </message>
    <message>
        <location filename="../../app/core/catalogues.py" line="93"/>
        <source>Duldung</source>
        <translation>Tolerated stay (Duldung)</translation>
    </message>
    <message>
        <location filename="../../app/core/catalogues.py" line="93"/>
        <source>Chancen-Aufenthaltsrecht</source>
        <translation>Opportunity residence permit</translation>
    </message>
    <message>
        <location filename="../../app/core/catalogues.py" line="94"/>
        <source>Bleiberecht (§§ 25a/25b)</source>
        <translation>Right to stay (§§ 25a/25b)</translation>
    </message>
    <message>
        <location filename="../../app/core/catalogues.py" line="94"/>
        <source>Schutzstatus</source>
        <translation>Protection status</translation>
    </message>
    <message>
        <location filename="../../app/core/catalogues.py" line="96"/>
        <source>sonstige Aufenthaltserlaubnis</source>
        <translation>other residence permit</translation>
    </message>
    <message>
        <location filename="../../app/core/catalogues.py" line="96"/>
        <source>Niederlassung</source>
        <translation>Settlement permit</translation>
    </message>
    <message>
        <location filename="../../app/core/catalogues.py" line="97"/>
        <source>EU-Freizügigkeit</source>
        <translation>EU freedom of movement</translation>
    </message>
    <message>
        <location filename="../../app/core/catalogues.py" line="97"/>
        <source>deutsch</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="44"/>
        <location filename="../../app/core/catalogues.py" line="97"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="47"/>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="48"/>
        <location filename="../../app/ki/statistics.py" line="362"/>
        <location filename="../../app/ki/statistics.py" line="370"/>
        <source>Einzelfallarbeit</source>
        <translation>Individual cases</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="362"/>
        <location filename="../../app/ki/statistics.py" line="371"/>
        <source>Systemarbeit</source>
        <translation>System work</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="356"/>
        <source>Zeitanteile: Einzelfall- und Systemarbeit (Ziel 60 : 40)</source>
        <translation>Time split: individual cases and system work (target 60 : 40)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="361"/>
        <location filename="../../app/ki/statistics.py" line="374"/>
        <location filename="../../app/ki/statistics.py" line="395"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="361"/>
        <location filename="../../app/ki/statistics.py" line="374"/>
        <source>Anteil</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="357"/>
        <source>Ziel laut Förderrichtlinie: {a} % Einzelfallarbeit, {b} % Systemarbeit.</source>
        <translation>Target of the funding guideline: {a} % individual cases, {b} % system work.</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="331"/>
        <source>abgelaufen (auch zurück in die Duldung)</source>
        <translation>expired (including back to a Duldung)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="332"/>
        <source>Antrag gestellt, Fiktion (Stand)</source>
        <translation>Application filed, Fiktion (as at)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="334"/>
        <source>Stand am Ende des Zeitraums; Übergänge und Abläufe im Zeitraum. Nach Ablauf der 18 Monate gilt die Erlaubnis bei rechtzeitigem Antrag bis zur Entscheidung fort (§ 81 Abs. 4 AufenthG).</source>
        <translation>As at the end of the period; transitions and expiries within the period. After the 18 months, a permit whose holder applied in time continues until the decision (§ 81 (4) AufenthG).</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="364"/>
        <source>Zeiten werden nur für mindestens drei Case-Manager*innen zusammen gezeigt.</source>
        <translation>Times are shown only for at least three case managers together.</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="375"/>
        <source>Zeiten liegen je Quartal vor.</source>
        <translation>Times are reported per quarter.</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="389"/>
        <source>Kosten im Jahr {year} bisher: {cost} von {budget} Budget.</source>
        <translation>Cost in {year} so far: {cost} of a {budget} budget.</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="391"/>
        <source>Kein Jahresbudget für Sprachmittlung eingetragen.</source>
        <translation>No annual interpreting budget entered.</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="393"/>
        <source>Sprachmittlung liegt je Quartal vor.</source>
        <translation>Interpreting is reported per quarter.</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="394"/>
        <source>Sprachmittlung: Stunden und Kosten nach Sprache</source>
        <translation>Interpreting: hours and cost by language</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="395"/>
        <source>Kosten</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../app/ki/report_pdf.py" line="54"/>
        <source> (ohne nicht veröffentlichte Werte)</source>
        <translation> (without unpublished values)</translation>
    </message>
    <message>
        <location filename="../../app/ki/report_pdf.py" line="163"/>
        <source>Bericht für den Ausschuss</source>
        <translation>Report to the committee</translation>
    </message>
    <message>
        <location filename="../../app/ki/report_pdf.py" line="163"/>
        <source>erstellt am {date}</source>
        <translation>created on {date}</translation>
    </message>
    <message>
        <location filename="../../app/ki/report_pdf.py" line="164"/>
        <source>Die wichtigsten Zahlen</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../app/ki/report_pdf.py" line="164"/>
        <source>Methodische Hinweise zur Anonymisierung</source>
        <translation>Methods: how the figures are anonymised</translation>
    </message>
    <message>
        <location filename="../../app/ki/report_pdf.py" line="176"/>
        <source>Seit über 30 Tagen ohne Sendung: {names}.</source>
        <translation>No bundle for more than 30 days: {names}.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="143"/>
        <source>Ein Fehlerbericht ohne personenbezogene Daten steht in {path}; »Details« zeigt ihn zum Kopieren.</source>
        <translation>A fault report without personal data is in {path}; “Details” shows it for copying.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="146"/>
        <source>Der Fehlerbericht konnte nicht gespeichert werden.</source>
        <translation>The fault report could not be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="149"/>
        <source>In Fallakte ist ein Fehler aufgetreten ({kind}). Alles bis zur letzten gespeicherten Änderung bleibt erhalten; bitte die letzte Eingabe prüfen.</source>
        <translation>Fallakte ran into a fault ({kind}). Everything up to the last saved change is kept; please check your last entry.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="151"/>
        <source>Fallakte</source>
        <translation>Fallakte</translation>
    </message>
    <message>
        <location filename="../../app/ki/registry.py" line="106"/>
        <source>Das Gerät »{name}« ist gesperrt. Es wird nur ausdrücklich wieder zugelassen (fallakte ki enrol --reinstate, oder im Fenster bestätigen).</source>
        <translation>The device “{name}” is revoked. It is only readmitted explicitly (fallakte ki enrol --reinstate, or confirm in the window).</translation>
    </message>
    <message>
        <location filename="../../app/core/timefmt.py" line="35"/>
        <source>gerade eben</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../app/core/timefmt.py" line="37"/>
        <source>vor einer Minute</source>
        <translation>one minute ago</translation>
    </message>
    <message>
        <location filename="../../app/core/timefmt.py" line="37"/>
        <source>vor {n} Minuten</source>
        <translation>{n} minutes ago</translation>
    </message>
    <message>
        <location filename="../../app/core/timefmt.py" line="38"/>
        <source>vor einer Stunde</source>
        <translation>one hour ago</translation>
    </message>
    <message>
        <location filename="../../app/core/timefmt.py" line="38"/>
        <source>vor {n} Stunden</source>
        <translation>{n} hours ago</translation>
    </message>
    <message>
        <location filename="../../app/core/timefmt.py" line="40"/>
        <source>in weniger als einer Minute</source>
        <translation>in less than a minute</translation>
    </message>
    <message>
        <location filename="../../app/core/timefmt.py" line="42"/>
        <source>in einer Minute</source>
        <translation>in one minute</translation>
    </message>
    <message>
        <location filename="../../app/core/timefmt.py" line="42"/>
        <source>in {n} Minuten</source>
        <translation>in {n} minutes</translation>
    </message>
    <message>
        <location filename="../../app/core/timefmt.py" line="43"/>
        <source>in einer Stunde</source>
        <translation>in one hour</translation>
    </message>
    <message>
        <location filename="../../app/core/timefmt.py" line="43"/>
        <source>in {n} Stunden</source>
        <translation>in {n} hours</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/undo.py" line="49"/>
        <source>Es gibt nichts rückgängig zu machen.</source>
        <translation>There is nothing to undo.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="83"/>
        <source>{record} löschen</source>
        <translation>Delete {record}</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="84"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="86"/>
        <source>{what} wird gelöscht. Mit Strg+Z lässt sich das gleich wieder rückgängig machen.</source>
        <translation>{what} will be deleted. Ctrl+Z undoes this straight away.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="88"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/pathways.py" line="21"/>
        <source>Bleiberecht § 25a</source>
        <translation>Right to stay § 25a</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/pathways.py" line="21"/>
        <source>Bleiberecht § 25b</source>
        <translation>Right to stay § 25b</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/pathways.py" line="42"/>
        <source>Bitte § 25a oder § 25b als Weg wählen.</source>
        <translation>Please choose § 25a or § 25b as the pathway.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/pathways.py" line="51"/>
        <source>Die Checkliste für {pathway} ist bereits angelegt.</source>
        <translation>The checklist for {pathway} exists already.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/pathways.py" line="88"/>
        <source>Nachgewiesen am</source>
        <translation>Proven on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/pathways.py" line="89"/>
        <source>Nachzuweisen bis</source>
        <translation>To be proven by</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/pathways.py" line="90"/>
        <source>Der Nachweis</source>
        <translation>The proof</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="36"/>
        <source>Übergabe an Kolleg*in</source>
        <translation>Handover to colleague</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="86"/>
        <source>Bitte einen Namen angeben, unter dem Kolleg*innen Sie erkennen.</source>
        <translation>Please enter a name your colleagues will recognise you by.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="233"/>
        <source>Bitte mindestens einen Fall zum Übergeben wählen.</source>
        <translation>Please select at least one case to hand over.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="246"/>
        <source>{n} wird bereits an {name} übergeben.</source>
        <translation>{n} is already being handed over to {name}.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="251"/>
        <source>Für die Übergabe fehlt die Einwilligung (Zweck »Übergabe an Kolleg*in«) von {numbers}. Bitte erfassen; ohne Einwilligung ist eine Übergabe nur möglich, wenn der Kreis im Katalog eine Rechtsgrundlage nennt.</source>
        <translation>Consent to the handover (purpose »Handover to colleague«) is missing for {numbers}. Please record it; without consent, a handover is only possible if the county names a legal basis in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="441"/>
        <source>Rolle im Haushalt</source>
        <translation>Role in household</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="556"/>
        <source>{n} liegt in dieser Falldatei noch in einer laufenden Übergabe. Bitte zuerst deren Quittung einlesen, dann diese Übergabe noch einmal empfangen.</source>
        <translation>{n} is still part of an ongoing handover in this case file. Please read its receipt first, then receive this handover again.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/households.py" line="29"/>
        <source>Ehepartner/in</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/households.py" line="29"/>
        <source>Elternteil</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/households.py" line="29"/>
        <source>Kind</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/households.py" line="30"/>
        <source>sonstige</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/households.py" line="83"/>
        <source>Bitte eine Rolle im Haushalt wählen.</source>
        <translation>Please choose a role in the household.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/households.py" line="92"/>
        <source>Diese Person gehört bereits zu einem Haushalt.</source>
        <translation>This person already belongs to a household.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/households.py" line="108"/>
        <location filename="../../app/casemanager/households.py" line="123"/>
        <source>Diese Person gehört noch zu keinem Haushalt.</source>
        <translation>This person does not belong to a household yet.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/households.py" line="113"/>
        <source>{n} gehört bereits zu einem Haushalt; bitte dort zuerst lösen.</source>
        <translation>{n} already belongs to a household; please remove them from it first.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/households.py" line="176"/>
        <source>Minderjähriges Kind im Haushalt: {names}. Für § 25b genügen damit {short} statt {long} Jahre Voraufenthalt.</source>
        <translation>Minor child in the household: {names}. For § 25b, {short} instead of {long} years of prior residence are therefore enough.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/households.py" line="180"/>
        <source>In Deutschland seit {date}: {n} volle Jahre.</source>
        <translation>In Germany since {date}: {n} full years.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/households.py" line="184"/>
        <source>Ein minderjähriges Kind im Haushalt hat eine Aufenthaltserlaubnis nach § 25a: für die Eltern kommt § 25a Abs. 2 in Betracht.</source>
        <translation>A minor child in the household has a residence permit under § 25a: § 25a Abs. 2 may apply to the parents.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/households.py" line="189"/>
        <source>{name} hat die Chancen-Aufenthaltserlaubnis (§ 104c). Als Ehepartner/in oder minderjähriges lediges Kind im Haushalt kommt sie nach § 104c Abs. 2 auch für diese Person in Betracht.</source>
        <translation>{name} holds the opportunity residence permit (§ 104c). As a spouse or minor unmarried child in the household, this person may also qualify under § 104c Abs. 2.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/households.py" line="193"/>
        <source>Bei Kindern mit nur bekanntem Geburtsjahr ist das Alter geschätzt.</source>
        <translation>For children whose year of birth is the only thing known, the age is estimated.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="54"/>
        <source>Beginn des Falls</source>
        <translation>Start of case</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="54"/>
        <source>Einwilligung am</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="55"/>
        <location filename="../../ui/case_view.py" line="796"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="75"/>
        <source>Die Datei ist größer als 20 MB; eine Liste dieser Größe ist keine Fallliste.</source>
        <translation>The file is larger than 20 MB; a list of this size is not a case list.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="83"/>
        <source>Bitte eine Excel-Arbeitsmappe (.xlsx) oder eine CSV-Datei wählen.</source>
        <translation>Please choose an Excel workbook (.xlsx) or a CSV file.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="86"/>
        <source>Die Datei enthält keine Zeilen.</source>
        <translation>The file contains no rows.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="88"/>
        <source>Mehr als {n} Zeilen: bitte die Liste teilen.</source>
        <translation>More than {n} rows: please split the list.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="102"/>
        <source>Die Arbeitsmappe lässt sich nicht lesen (beschädigt oder kein Excel-Format).</source>
        <translation>The workbook cannot be read (damaged or not in Excel format).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="160"/>
        <source>Zeile {row}: {error}</source>
        <translation>Row {row}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="191"/>
        <source>{what} »{value}« ist nicht eindeutig ({options}).</source>
        <translation>{what} »{value}« is ambiguous ({options}).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="193"/>
        <source>{what} »{value}« steht nicht im Katalog.</source>
        <translation>{what} »{value}« is not in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="201"/>
        <source>Geschlecht »{value}«: bitte w, m, d oder leer.</source>
        <translation>Gender »{value}«: please use w, m, d or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="204"/>
        <source>Der Wohnort fehlt.</source>
        <translation>The municipality is missing.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="218"/>
        <source>Aus einer Liste übernommen: beantragt spätestens am {day}, genaues Datum unbekannt.</source>
        <translation>Taken from a list: applied for on {day} at the latest, exact date unknown.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="223"/>
        <source>Zur Intensität fehlt der Beginn des Falls.</source>
        <translation>An intensity is given, but the start of the case is missing.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="227"/>
        <source>Zum Beginn des Falls fehlt die Intensität.</source>
        <translation>A start of the case is given, but the intensity is missing.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="234"/>
        <source>Für den Fall ab {day} fehlt die Einwilligung in die Fallarbeit: Spalte »Einwilligung am«, oder bestätigen, dass alle Personen der Liste zum Beginn eingewilligt haben.</source>
        <translation>For the case from {day}, consent to casework is missing: fill in the »Consent date« column, or confirm that all persons on the list consented at the start.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/list_import.py" line="253"/>
        <source>Bitte eine Spalte zuordnen für: {fields}.</source>
        <translation>Please map a column for: {fields}.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="103"/>
        <location filename="../../ui/case_view.py" line="180"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="104"/>
        <source>← Zur Liste</source>
        <translation>← Back to list</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="118"/>
        <location filename="../../ui/case_view.py" line="140"/>
        <location filename="../../ui/case_view.py" line="141"/>
        <location filename="../../ui/case_view.py" line="600"/>
        <source>Seit</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="118"/>
        <location filename="../../ui/case_view.py" line="525"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="118"/>
        <source>Antrag</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="119"/>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="140"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="142"/>
        <location filename="../../ui/case_view.py" line="630"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="142"/>
        <location filename="../../ui/case_view.py" line="631"/>
        <source>Lebensbereich</source>
        <translation>Life area</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="142"/>
        <location filename="../../ui/case_view.py" line="632"/>
        <source>Zieldatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="142"/>
        <location filename="../../ui/case_view.py" line="145"/>
        <location filename="../../ui/case_view.py" line="633"/>
        <location filename="../../ui/case_view.py" line="711"/>
        <location filename="../../ui/case_view.py" line="738"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="124"/>
        <location filename="../../ui/case_view.py" line="143"/>
        <location filename="../../ui/case_view.py" line="145"/>
        <location filename="../../ui/case_view.py" line="656"/>
        <location filename="../../ui/case_view.py" line="677"/>
        <location filename="../../ui/case_view.py" line="709"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="124"/>
        <location filename="../../ui/case_view.py" line="143"/>
        <source>Art</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="124"/>
        <location filename="../../ui/case_view.py" line="143"/>
        <location filename="../../ui/case_view.py" line="659"/>
        <location filename="../../ui/case_view.py" line="680"/>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="144"/>
        <location filename="../../ui/case_view.py" line="299"/>
        <location filename="../../ui/case_view.py" line="663"/>
        <location filename="../../ui/case_view.py" line="714"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="145"/>
        <location filename="../../ui/case_view.py" line="708"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="145"/>
        <location filename="../../ui/case_view.py" line="712"/>
        <location filename="../../ui/case_view.py" line="739"/>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="146"/>
        <source>Nachfassen</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="147"/>
        <location filename="../../ui/case_view.py" line="748"/>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="147"/>
        <source>Erteilt</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="147"/>
        <source>Widerrufen</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="148"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="148"/>
        <source>Phasen</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="176"/>
        <source>Person &amp;bearbeiten</source>
        <translation>&amp;Edit person</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="177"/>
        <source>&amp;Auskunft exportieren (Art. 15 DSGVO)</source>
        <translation>&amp;Export subject access (Art. 15 GDPR)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="179"/>
        <source>Alle Daten &amp;löschen</source>
        <translation>&amp;Delete all data</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="181"/>
        <source>&amp;Status erfassen</source>
        <translation>Record &amp;status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="183"/>
        <source>Aufenthalt</source>
        <translation>Residence</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="184"/>
        <source>Fall &amp;eröffnen</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="185"/>
        <source>&amp;Phase wechseln</source>
        <translation>Change &amp;phase</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="186"/>
        <source>&amp;Intensität ändern</source>
        <translation>Change &amp;intensity</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="187"/>
        <source>Fall &amp;abschließen</source>
        <translation>&amp;Close case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="188"/>
        <source>Fall</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="189"/>
        <source>&amp;Ziel hinzufügen</source>
        <translation>Add &amp;goal</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="149"/>
        <location filename="../../ui/case_view.py" line="189"/>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="190"/>
        <source>&amp;Kontakt erfassen (Strg+N)</source>
        <translation>Record &amp;contact (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="150"/>
        <location filename="../../ui/case_view.py" line="193"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="194"/>
        <source>&amp;Verweisung erfassen</source>
        <translation>Record &amp;referral</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="150"/>
        <location filename="../../ui/case_view.py" line="195"/>
        <source>Verweisungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="196"/>
        <source>Einwilligung &amp;erfassen</source>
        <translation>Record &amp;consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="197"/>
        <source>Einwilligung &amp;widerrufen</source>
        <translation>&amp;Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="151"/>
        <location filename="../../ui/case_view.py" line="198"/>
        <source>Einwilligungen</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="112"/>
        <source>Übergabe</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="118"/>
        <source>Beantragt</source>
        <translation>Applied for</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="119"/>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="122"/>
        <location filename="../../ui/case_view.py" line="553"/>
        <source>Bleiberecht</source>
        <translation>Right to stay</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="122"/>
        <source>Voraussetzung</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="122"/>
        <location filename="../../ui/case_view.py" line="568"/>
        <source>Nachgewiesen am</source>
        <translation>Proven on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="123"/>
        <location filename="../../ui/case_view.py" line="569"/>
        <source>Nachzuweisen bis</source>
        <translation>To be proven by</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="123"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="124"/>
        <location filename="../../ui/case_view.py" line="143"/>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="125"/>
        <location filename="../../ui/case_view.py" line="681"/>
        <source>Einwilligung angefragt</source>
        <translation>Consent requested</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="129"/>
        <source>Hinweise aus dem Haushalt</source>
        <translation>Notes from the household</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="135"/>
        <location filename="../../ui/case_view.py" line="381"/>
        <location filename="../../ui/case_view.py" line="387"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="135"/>
        <source>Alter</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="136"/>
        <location filename="../../ui/case_view.py" line="202"/>
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="144"/>
        <source>Sprachmittlung</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="151"/>
        <source>Checkliste Bleiberecht</source>
        <translation>Right-to-stay checklist</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="152"/>
        <source>Zugangskontakte (vor der Einwilligung)</source>
        <translation>First contacts (before consent)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="158"/>
        <source>Checkliste Bleiberecht (§ 25a, § 25b AufenthG): was nachgewiesen ist und bis wann der Rest nachzuweisen ist</source>
        <translation>Right-to-stay checklist (§ 25a, § 25b AufenthG): what is proven and by when the rest must be proven</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="165"/>
        <source>Zugangskontakte (vor der Einwilligung):</source>
        <translation>First contacts (before consent):</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="182"/>
        <source>&amp;Checkliste anlegen …</source>
        <translation>Create &amp;checklist …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="191"/>
        <source>&amp;Zugangskontakt erfassen (vor der Einwilligung)</source>
        <translation>Record &amp;first contact (before consent)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="199"/>
        <source>Haushalt &amp;anlegen</source>
        <translation>&amp;Create household</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="200"/>
        <source>Person &amp;hinzufügen …</source>
        <translation>&amp;Add person …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="201"/>
        <location filename="../../ui/case_view.py" line="232"/>
        <source>Aus dem Haushalt &amp;lösen</source>
        <translation>&amp;Remove from household</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="213"/>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="213"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="218"/>
        <source>&amp;Erreicht</source>
        <translation>A&amp;chieved</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="219"/>
        <source>&amp;Aufgegeben</source>
        <translation>&amp;Abandoned</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="223"/>
        <source>&amp;Antwort erfassen …</source>
        <translation>Record &amp;answer …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="225"/>
        <source>&amp;Widerrufen …</source>
        <translation>&amp;Withdraw …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="228"/>
        <source>&amp;Nachweis erfassen …</source>
        <translation>Record &amp;proof …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="229"/>
        <source>Checkliste &amp;entfernen …</source>
        <translation>&amp;Remove checklist …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="230"/>
        <source>&amp;Rolle ändern …</source>
        <translation>&amp;Change role …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="231"/>
        <source>Fall ö&amp;ffnen</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="293"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="293"/>
        <source>Geschlecht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="294"/>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="294"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="295"/>
        <source>Wohnort</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="295"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="296"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="296"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="297"/>
        <source>Bereits begleitet durch</source>
        <translation>Already supported by</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="298"/>
        <source>In Deutschland seit</source>
        <translation>In Germany since</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="320"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="320"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="329"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="329"/>
        <source>abgeschlossen am {d}</source>
        <translation>closed on {d}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="331"/>
        <source>Fall vom {d}, {intensity}, {state}</source>
        <translation>Case of {d}, {intensity}, {state}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="350"/>
        <source>Noch kein Fall eröffnet.</source>
        <translation>No case opened yet.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="363"/>
        <source>Noch kein Haushalt. »Haushalt anlegen« nimmt diese Person auf; weitere Personen kommen mit ihrer Fallnummer hinzu.</source>
        <translation>No household yet. »Create household« adds this person; further persons join by their case number.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="365"/>
        <source>Personen, die zusammen leben, mit ihrer Rolle in der Familie. Doppelklick: Rolle ändern.</source>
        <translation>People who live together, with their role in the family. Double-click: change role.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="374"/>
        <source>Haushalt anlegen</source>
        <translation>Create household</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="375"/>
        <source>Rolle dieser Person</source>
        <translation>Role of this person</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="379"/>
        <source>Person zum Haushalt hinzufügen</source>
        <translation>Add person to household</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="380"/>
        <source>Fallnummer der Person</source>
        <translation>Person&apos;s case number</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="386"/>
        <source>Rolle im Haushalt</source>
        <translation>Role in household</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="404"/>
        <source>Übergabe an {name} läuft seit {date}: bis die Quittung eingelesen ist, bleibt der Fall unverändert; danach wird er hier gelöscht.</source>
        <translation>Handover to {name} in progress since {date}: until the receipt has been read, the case stays unchanged; after that it is deleted here.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="409"/>
        <source>Übernommen von {name} am {date}.</source>
        <translation>Taken over from {name} on {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="412"/>
        <source>Frühere Fallnummer: {numbers}.</source>
        <translation>Previous case number: {numbers}.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="430"/>
        <source>Dafür zuerst im Reiter »Fall« einen Fall eröffnen.</source>
        <translation>First open a case in the »Case« tab.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="435"/>
        <source>Es ist bereits ein Fall offen.</source>
        <translation>A case is already open.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="443"/>
        <source>Übergabe an Kolleg*in</source>
        <translation>Handover to colleague</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="444"/>
        <location filename="../../ui/case_view.py" line="745"/>
        <source>Fallarbeit</source>
        <translation>Casework</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="445"/>
        <source>Weitergabe an {p}</source>
        <translation>Disclosure to {p}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="463"/>
        <source>Nicht geändert</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="476"/>
        <source>Person bearbeiten</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="482"/>
        <source>Zielordner für die Auskunft</source>
        <translation>Folder for the subject access export</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="485"/>
        <source>Auskunft geschrieben: {pdf}</source>
        <translation>Subject access written: {pdf}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="493"/>
        <source>Alle Daten löschen</source>
        <translation>Delete all data</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="494"/>
        <source>Alle Daten zu {n} werden endgültig gelöscht: Person, Status, Fälle, Kontakte, Verweisungen, Einwilligungen. Das lässt sich nicht rückgängig machen. Löschen?</source>
        <translation>All data about {n} will be deleted for good: person, status, cases, contacts, referrals, consent. This cannot be undone. Delete?</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="501"/>
        <location filename="../../ui/case_view.py" line="504"/>
        <source>Nicht gelöscht</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="514"/>
        <source>{record} vom {date}</source>
        <translation>{record} of {date}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="515"/>
        <source>Ziel »{text}«</source>
        <translation>Goal »{text}«</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="526"/>
        <source>Gültig ab (bei einem Antrag: gestellt am)</source>
        <translation>Valid from (for an application: filed on)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="527"/>
        <source>Beantragt (nur bei »Antrag gestellt«)</source>
        <translation>Applied for (only with »Application filed«)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="531"/>
        <source>Gültig bis (laut Karte oder Bescheinigung)</source>
        <translation>Valid until (as on the card or certificate)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="544"/>
        <source>Aufenthaltsstatus erfassen</source>
        <translation>Record residence status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="552"/>
        <source>Checkliste Bleiberecht anlegen</source>
        <translation>Create right-to-stay checklist</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="560"/>
        <source>Checkliste entfernen</source>
        <translation>Remove checklist</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="561"/>
        <source>Die Checkliste für {pathway} mit allen Nachweisen entfernen?</source>
        <translation>Remove the checklist for {pathway} with all its proofs?</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="567"/>
        <source>Nachweis: {condition}</source>
        <translation>Proof: {condition}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="605"/>
        <source>Gültig ab</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="529"/>
        <source>Antrag gestellt am</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="530"/>
        <source>Entschieden am</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="576"/>
        <location filename="../../ui/case_view.py" line="583"/>
        <source>Fall eröffnen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="584"/>
        <source>Eröffnet am</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="141"/>
        <location filename="../../ui/case_view.py" line="149"/>
        <location filename="../../ui/case_view.py" line="585"/>
        <location filename="../../ui/case_view.py" line="604"/>
        <source>Intensität</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="548"/>
        <source>Aufenthaltsstatus bearbeiten</source>
        <translation>Edit residence status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="577"/>
        <source>Für einen Fall braucht es die Einwilligung der Person in die Fallarbeit. Jetzt erfassen?</source>
        <translation>A case needs the person&apos;s consent to casework. Record it now?</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="591"/>
        <source>Dafür muss ein Fall offen sein.</source>
        <translation>This needs an open case.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="598"/>
        <source>Phase wechseln</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="599"/>
        <source>Neue Phase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="610"/>
        <source>Intensität ändern</source>
        <translation>Change intensity</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="615"/>
        <source>Intensität bearbeiten</source>
        <translation>Edit intensity</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="621"/>
        <source>Fall abschließen</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="622"/>
        <source>Abgeschlossen am</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="623"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="638"/>
        <source>Ziel hinzufügen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="644"/>
        <source>Ziel bearbeiten</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="671"/>
        <source>Kontakt erfassen</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="657"/>
        <location filename="../../ui/case_view.py" line="678"/>
        <source>Dauer (Minuten)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="658"/>
        <location filename="../../ui/case_view.py" line="679"/>
        <source>Kontaktart</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="660"/>
        <source>Dolmetschsprache</source>
        <translation>Interpreter language</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="661"/>
        <source>Dolmetschminuten</source>
        <translation>Interpreter minutes</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="662"/>
        <source>Dolmetschkosten (€)</source>
        <translation>Interpreter cost (€)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="688"/>
        <source>Zugangskontakt erfassen</source>
        <translation>Record first contact</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="690"/>
        <source>Vor der Einwilligung werden nur Datum, Dauer, Kontaktart, Themen und die Anfrage der Einwilligung festgehalten, keine Notizen.</source>
        <translation>Before consent, only the date, duration, channel, topics and the request for consent are recorded, no notes.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="696"/>
        <source>Zugangskontakt bearbeiten</source>
        <translation>Edit first contact</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="701"/>
        <source>Kontakt bearbeiten</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="724"/>
        <source>Verweisung erfassen</source>
        <translation>Record referral</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="710"/>
        <source>Daten werden weitergegeben</source>
        <translation>Personal data is passed on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="713"/>
        <location filename="../../ui/case_view.py" line="740"/>
        <source>Nachfassen am</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="580"/>
        <location filename="../../ui/case_view.py" line="756"/>
        <source>Einwilligung erfassen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="749"/>
        <source>Erteilt am</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="729"/>
        <source>Verweisung bearbeiten</source>
        <translation>Edit referral</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="737"/>
        <source>Antwort erfassen</source>
        <translation>Record answer</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="765"/>
        <source>Einwilligung bearbeiten</source>
        <translation>Edit consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="770"/>
        <source>Bitte zuerst eine Einwilligung auswählen.</source>
        <translation>Please select a consent first.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="773"/>
        <source>Einwilligung widerrufen</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="774"/>
        <source>Widerrufen am</source>
        <translation>Withdrawn on</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/pages.py" line="245"/>
        <source>Suchen: Name, Fallnummer, Notiz …</source>
        <translation>Search: name, case number, note …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="246"/>
        <source>Suche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="252"/>
        <source>Alle Kommunen</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="253"/>
        <source>Alle Intensitäten</source>
        <translation>All intensities</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="254"/>
        <source>Alle Phasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="255"/>
        <source>Jeder Status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="256"/>
        <source>Offen und abgeschlossen</source>
        <translation>Open and closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="256"/>
        <source>nur offene</source>
        <translation>open only</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="257"/>
        <source>nur abgeschlossene</source>
        <translation>closed only</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="269"/>
        <source>&amp;Neue Person</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="273"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="276"/>
        <source>Ü&amp;bergeben …</source>
        <translation>Hand &amp;over …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="277"/>
        <source>Die ausgewählten Fälle an eine Kollegin oder einen Kollegen übergeben (verschlüsselt)</source>
        <translation>Hand the selected cases over to a colleague (encrypted)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="279"/>
        <source>Übergabe &amp;empfangen …</source>
        <translation>&amp;Receive handover …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="280"/>
        <source>&amp;Quittung einlesen …</source>
        <translation>Read re&amp;ceipt …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="281"/>
        <source>Mein Übergabe-&amp;Schlüssel …</source>
        <translation>My handover &amp;key …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="282"/>
        <source>&amp;Liste importieren …</source>
        <translation>Import &amp;list …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="283"/>
        <source>Eine bestehende Liste (Excel oder CSV) als Personen und Fälle übernehmen</source>
        <translation>Import an existing list (Excel or CSV) as persons and cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="335"/>
        <location filename="../../ui/pages.py" line="398"/>
        <source>{n} Personen</source>
        <translation>{n} persons</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="335"/>
        <location filename="../../ui/pages.py" line="398"/>
        <source>{n} Person</source>
        <translation>{n} person</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="344"/>
        <source>{n} Übergabe wartet auf ihre Quittung.</source>
        <translation>{n} handover is waiting for its receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="345"/>
        <source>{n} Übergaben warten auf ihre Quittung.</source>
        <translation>{n} handovers are waiting for their receipts.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="359"/>
        <source>Übergeben</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="360"/>
        <source>Die Übergabedatei für {name} ist geschrieben: {path}.</source>
        <translation>The handover file for {name} has been written: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="362"/>
        <source>{n} Person ist als »Übergabe läuft« gesperrt, bis die Quittung eingelesen ist.</source>
        <translation>{n} person is locked as »handover in progress« until the receipt has been read.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="364"/>
        <source>{n} Personen sind als »Übergabe läuft« gesperrt, bis die Quittung eingelesen ist.</source>
        <translation>{n} persons are locked as »handover in progress« until the receipt has been read.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="370"/>
        <location filename="../../ui/pages.py" line="376"/>
        <source>Übergabe empfangen</source>
        <translation>Receive handover</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="385"/>
        <location filename="../../ui/pages.py" line="391"/>
        <location filename="../../ui/pages.py" line="394"/>
        <source>Quittung einlesen</source>
        <translation>Read receipt</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="395"/>
        <source>Diese Quittung war bereits eingelesen; nichts geändert.</source>
        <translation>This receipt had already been read; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="396"/>
        <source>Übergabe an {name} bestätigt: {deleted} aus dieser Falldatei gelöscht, {closed} als »übergeben« abgeschlossen.</source>
        <translation>Handover to {name} confirmed: {deleted} deleted from this case file, {closed} closed as »handed over«.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="399"/>
        <source>{n} Fall</source>
        <translation>{n} case</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="399"/>
        <source>{n} Fälle</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="407"/>
        <location filename="../../ui/pages.py" line="414"/>
        <source>Liste importieren</source>
        <translation>Import list</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="408"/>
        <source>Listen (*.xlsx *.csv)</source>
        <translation>Lists (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="415"/>
        <source>{n} Person importiert.</source>
        <translation>{n} person imported.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="415"/>
        <source>{n} Personen importiert.</source>
        <translation>{n} persons imported.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="420"/>
        <source>Mein Übergabe-Schlüssel</source>
        <translation>My handover key</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="421"/>
        <source>Gespeichert: {path}. Geben Sie die Datei der Kollegin oder dem Kollegen und lesen Sie den Fingerabdruck am Telefon vor.</source>
        <translation>Saved: {path}. Give the file to your colleague and read the fingerprint out to them over the phone.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="433"/>
        <source>Neue Person</source>
        <translation>New person</translation>
    </message>
</context>
<context>
    <name>ChancenTimeline</name>
    <message>
        <location filename="../../ui/case_view.py" line="41"/>
        <source>Zeitleiste § 104c</source>
        <translation>§ 104c timeline</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="51"/>
        <source>Keine Aufenthaltserlaubnis nach § 104c erfasst. Neue Anträge sind seit dem 01.01.2026 nicht mehr möglich.</source>
        <translation>No residence permit under § 104c recorded. New applications have not been possible since 01.01.2026.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="53"/>
        <source>läuft</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="53"/>
        <source>abgelaufen, Antrag rechtzeitig gestellt: gilt bis zur Entscheidung fort (Fiktion)</source>
        <translation>expired, application filed in time: continues until the decision (Fiktion)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="55"/>
        <source>übergegangen in § 25a</source>
        <translation>moved to § 25a</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="55"/>
        <source>übergegangen in § 25b</source>
        <translation>moved to § 25b</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="56"/>
        <source>anderer Status</source>
        <translation>other status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="56"/>
        <source>zurück in die Duldung</source>
        <translation>back to a Duldung</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="57"/>
        <source>abgelaufen</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="58"/>
        <source>§ 104c vom {start} bis {end}: {outcome}</source>
        <translation>§ 104c from {start} to {end}: {outcome}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="61"/>
        <source>; Antrag auf {title} gestellt am {day}</source>
        <translation>; application for {title} filed on {day}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/first_run.py" line="173"/>
        <source>Fallakte einrichten</source>
        <translation>Set up Fallakte</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/forms.py" line="125"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="126"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="145"/>
        <source>TT.MM.JJJJ</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>HandbookDialog</name>
    <message>
        <location filename="../../ui/handbook.py" line="20"/>
        <source>Handbuch</source>
        <translation>Handbook</translation>
    </message>
    <message>
        <location filename="../../ui/handbook.py" line="25"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="126"/>
        <source>Fälle übergeben</source>
        <translation>Hand over cases</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="126"/>
        <source>Übergeben</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="131"/>
        <source>{n} Person:</source>
        <translation>{n} person:</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="131"/>
        <source>{n} Personen:</source>
        <translation>{n} persons:</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="136"/>
        <source>{n} weiteres Haushaltsmitglied mitübergeben</source>
        <translation>Also hand over {n} further household member</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="137"/>
        <source>{n} weitere Haushaltsmitglieder mitübergeben</source>
        <translation>Also hand over {n} further household members</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="141"/>
        <source>Rechtsgrundlage laut Katalog des Kreises: {basis}</source>
        <translation>Legal basis according to the county&apos;s catalogue: {basis}</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="142"/>
        <source>Grundlage: die Einwilligung jeder Person in die Übergabe.</source>
        <translation>Basis: each person&apos;s consent to the handover.</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="146"/>
        <location filename="../../ui/handover_dialogs.py" line="192"/>
        <source>Schlüsseldatei der Kollegin oder des Kollegen</source>
        <translation>Colleague&apos;s key file</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="147"/>
        <source>Schlüsseldatei wählen …</source>
        <translation>Choose key file …</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="149"/>
        <location filename="../../ui/handover_dialogs.py" line="203"/>
        <source>noch keine gewählt</source>
        <translation>none chosen yet</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="151"/>
        <source>Fingerabdruck</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="152"/>
        <source>Fingerabdruck telefonisch abgeglichen: er stimmt überein</source>
        <translation>Fingerprint compared by phone: it matches</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="155"/>
        <source>Ihr Name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="157"/>
        <source>Übergabedatei</source>
        <translation>Handover file</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="158"/>
        <source>Speichern unter …</source>
        <translation>Save as …</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="165"/>
        <source>An (Schlüsseldatei):</source>
        <translation>To (key file):</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="166"/>
        <source>Kollegin oder Kollege:</source>
        <translation>Colleague:</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="167"/>
        <source>Fingerabdruck:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="169"/>
        <source>Ihr Name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="170"/>
        <source>Übergabedatei:</source>
        <translation>Handover file:</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="171"/>
        <source>Die Datei ist nur für diese Kollegin oder diesen Kollegen lesbar. Bis ihre Quittung eingelesen ist, bleiben die Fälle hier und sind als »Übergabe läuft« gesperrt; danach werden sie hier gelöscht.</source>
        <translation>Only this colleague can read the file. Until their receipt has been read, the cases stay here, locked as »handover in progress«; after that they are deleted here.</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="187"/>
        <source>Für die Übergabe fehlt die Einwilligung (Zweck »Übergabe an Kolleg*in«) von {numbers}. Bitte zuerst im Reiter »Einwilligungen« erfassen.</source>
        <translation>Consent to the handover (purpose »Handover to colleague«) is missing for {numbers}. Please record it on the »Consent« tab first.</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="219"/>
        <source>Übergabedatei speichern</source>
        <translation>Save handover file</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="226"/>
        <source>Bitte die Schlüsseldatei der Kollegin oder des Kollegen wählen.</source>
        <translation>Please choose your colleague&apos;s key file.</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="229"/>
        <source>Bitte den Fingerabdruck telefonisch abgleichen und das bestätigen: nur so ist sicher, dass die Datei nur sie oder er lesen kann.</source>
        <translation>Please compare the fingerprint by phone and confirm that you did: only then is it certain that nobody but your colleague can read the file.</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="233"/>
        <source>Bitte wählen, wohin die Übergabedatei gespeichert wird.</source>
        <translation>Please choose where to save the handover file.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="32"/>
        <source>Liste importieren</source>
        <translation>Import list</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="46"/>
        <source>Alle Personen mit Beginn haben zu diesem Tag in die Fallarbeit eingewilligt (die Papierakten belegen es)</source>
        <translation>All persons with a start date consented to casework as of that day (the paper files show it)</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="49"/>
        <source>&amp;Prüfen</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="53"/>
        <source>Zeile</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="53"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="53"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="54"/>
        <source>Vorschau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="57"/>
        <source>&amp;Importieren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="88"/>
        <source>{path}: {rows}</source>
        <translation>{path}: {rows}</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="89"/>
        <source>{n} Zeile</source>
        <translation>{n} row</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="89"/>
        <source>{n} Zeilen</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="94"/>
        <source>(keine Spalte)</source>
        <translation>(no column)</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="96"/>
        <source>Spalte {n}</source>
        <translation>Column {n}</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="108"/>
        <source>Bitte prüfen: jede Zeile wird so geprüft, wie der Import sie schreibt.</source>
        <translation>Please check: every row is checked exactly as the import would write it.</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="122"/>
        <source>in Ordnung</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="123"/>
        <source>{n} Zeile geprüft</source>
        <translation>{n} row checked</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="123"/>
        <source>{n} Zeilen geprüft</source>
        <translation>{n} rows checked</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="124"/>
        <source>{rows}, {n} mit Fehlern: bitte in der Liste berichtigen und neu laden.</source>
        <translation>{rows}, {n} with errors: please correct them in the list and load it again.</translation>
    </message>
    <message>
        <location filename="../../ui/list_import_dialog.py" line="126"/>
        <source>{rows}, keine Fehler. »Importieren« übernimmt alle Zeilen auf einmal.</source>
        <translation>{rows}, no errors. »Import« adds all rows at once.</translation>
    </message>
</context>
<context>
    <name>KeyDerivationRow</name>
    <message>
        <location filename="../../ui/key_derivation.py" line="36"/>
        <source>Schlüsselableitung</source>
        <translation>Key derivation</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="37"/>
        <source>Schlüsselableitung &amp;verstärken …</source>
        <translation>&amp;Strengthen key derivation …</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="52"/>
        <source>Argon2id, {memory} MiB, {lanes} Spuren, {passes}</source>
        <translation>Argon2id, {memory} MiB, {lanes} lanes, {passes}</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="54"/>
        <source>{n} Durchlauf</source>
        <translation>{n} pass</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="54"/>
        <source>{n} Durchläufe</source>
        <translation>{n} passes</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="60"/>
        <source>schwächer als empfohlen (RFC 9106: mindestens 3 Durchläufe); bitte verstärken.</source>
        <translation>weaker than recommended (RFC 9106: at least 3 passes); please strengthen it.</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="71"/>
        <source>Verstärkt von {before} auf {after} Durchläufe.</source>
        <translation>Strengthened from {before} to {after} passes.</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="74"/>
        <source>Neu verpackt mit {after} Durchläufen: mehr schafft dieser Rechner nicht in etwa einer halben Sekunde. Nichts wurde abgeschwächt.</source>
        <translation>Rewrapped with {after} passes: this computer manages no more in about half a second. Nothing was weakened.</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="80"/>
        <source>Mein Übergabe-Schlüssel</source>
        <translation>My handover key</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="80"/>
        <source>Schlüsseldatei speichern</source>
        <translation>Save key file</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="83"/>
        <source>Ihr Name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="85"/>
        <source>Fingerabdruck</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="87"/>
        <source>Schlüsseldatei</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="88"/>
        <source>Speichern unter …</source>
        <translation>Save as …</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="91"/>
        <source>Wer Ihnen Fälle übergeben will, braucht diese Datei. Sie enthält nur öffentliche Schlüssel. Lesen Sie der Kollegin oder dem Kollegen den Fingerabdruck am Telefon vor.</source>
        <translation>Anyone who wants to hand cases over to you needs this file. It contains only public keys. Read the fingerprint out to your colleague over the phone.</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="96"/>
        <source>Ihr Name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="97"/>
        <source>Fingerabdruck:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="98"/>
        <source>Datei:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="104"/>
        <source>Übergabe-Schlüssel speichern</source>
        <translation>Save handover key</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="111"/>
        <source>Bitte wählen, wohin die Schlüsseldatei gespeichert wird.</source>
        <translation>Please choose where to save the key file.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="121"/>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Fallakte</source>
        <translation>Fallakte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Zeiterfassung</source>
        <translation>Time log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Systembeobachtungen</source>
        <translation>System observations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148"/>
        <source>&amp;Sperren</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>&amp;Sichtschutz (nur Fallnummern)</source>
        <translation>&amp;Privacy screen (case numbers only)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156"/>
        <source>Sicherung &amp;erstellen …</source>
        <translation>&amp;Create backup …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <location filename="../../ui/main_window.py" line="245"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Über Fallakte</source>
        <translation>About Fallakte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>&amp;Handbuch</source>
        <translation>&amp;Handbook</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>&amp;Fallakte</source>
        <translation>&amp;Fallakte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <source>&amp;Rückgängig: {what}</source>
        <translation>&amp;Undo: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="266"/>
        <source>Rückgängig gemacht: {what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>Ordner für die Sicherung wählen</source>
        <translation>Choose a folder for the backup</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281"/>
        <source>Sicherung wird geschrieben …</source>
        <translation>Writing backup …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>Sicherung gespeichert: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>Fallakte {version}
Verschlüsselte Fallakte für das Kommunale Integrationsmanagement.</source>
        <translation>Fallakte {version}
Encrypted case file for municipal integration management (KIM).</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../ui/first_run.py" line="53"/>
        <source>Passphrase festlegen</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="54"/>
        <source>Die Passphrase schützt alle Daten auf diesem Gerät. Ohne sie (oder den Wiederherstellungscode) kann niemand die Daten lesen.</source>
        <translation>The passphrase protects all data on this device. Without it (or the recovery code) nobody can read the data.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="56"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="57"/>
        <source>Passphrase wiederholen</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="64"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="65"/>
        <source>Passphrase &amp;wiederholen:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="76"/>
        <source>Die beiden Eingaben stimmen nicht überein.</source>
        <translation>The two entries differ.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/sync_page.py" line="103"/>
        <source>Was wird übertragen?</source>
        <translation>What is sent?</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="105"/>
        <source>So sieht das KI die nächste Sendung von »{name}« ({munis}): nur diese Zahlen, keine Namen, keine Daten einzelner Personen. Jede Anzahl ist leicht verändert (höchstens ±2), 1 und 2 kommen nicht vor. Ein gesendeter Monat wird nicht mehr verändert. Neu mit der nächsten Sendung: {new}.</source>
        <translation>This is how the KI sees the next bundle of “{name}” ({munis}): only these figures, no names, no data about individuals. Every count is slightly altered (at most ±2); 1 and 2 never occur. A month once sent is not changed again. New with the next bundle: {new}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="108"/>
        <source>dieses Gerät</source>
        <translation>this device</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="109"/>
        <source>nichts</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="111"/>
        <source>Noch kein abgeschlossener Monat.</source>
        <translation>No closed month yet.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="113"/>
        <source>Inhalt der nächsten Sendung</source>
        <translation>Content of the next bundle</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../fallakte/self_test.py" line="97"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="254"/>
        <source>Übergabe empfangen</source>
        <translation>Receive handover</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="254"/>
        <source>Übernehmen</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="265"/>
        <source>Von diesem Absender haben Sie noch nichts empfangen. Bitte rufen Sie die Kollegin oder den Kollegen an und vergleichen Sie den Fingerabdruck:</source>
        <translation>You have not received anything from this sender before. Please call your colleague and compare the fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="269"/>
        <source>Fingerabdruck des Absenders</source>
        <translation>Sender&apos;s fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="270"/>
        <source>Fingerabdruck telefonisch abgeglichen: er stimmt überein</source>
        <translation>Fingerprint compared by phone: it matches</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="275"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="275"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="275"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="276"/>
        <source>Was ankommt</source>
        <translation>What arrives</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="278"/>
        <source>Quittung</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="279"/>
        <source>Speichern unter …</source>
        <translation>Save as …</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="286"/>
        <source>Quittung für den Absender:</source>
        <translation>Receipt for the sender:</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="301"/>
        <source>Eine Übergabe von einem noch unbekannten Absender.</source>
        <translation>A handover from a sender not yet known.</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="313"/>
        <source>Von {name}, geschrieben am {date}.</source>
        <translation>From {name}, written on {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="314"/>
        <source>Rechtsgrundlage: {basis}</source>
        <translation>Legal basis: {basis}</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="315"/>
        <source>Grundlage: die Einwilligung jeder Person in die Übergabe.</source>
        <translation>Basis: each person&apos;s consent to the handover.</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="316"/>
        <source>Diese Übergabe ist bereits empfangen; es ändert sich nichts, die Quittung wird noch einmal geschrieben.</source>
        <translation>This handover has already been received; nothing changes, and the receipt is written again.</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="318"/>
        <source>{n} Person wird übernommen.</source>
        <translation>{n} person will be taken over.</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="318"/>
        <source>{n} Personen werden übernommen.</source>
        <translation>{n} persons will be taken over.</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="325"/>
        <source>bereits in dieser Falldatei</source>
        <translation>already in this case file</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="327"/>
        <source>neu; Fallnummer bisher {old}</source>
        <translation>new; previous case number {old}</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="328"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="336"/>
        <source>Quittung speichern</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location filename="../../ui/handover_dialogs.py" line="344"/>
        <source>Bitte wählen, wohin die Quittung gespeichert wird.</source>
        <translation>Please choose where to save the receipt.</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <location filename="../../ui/pages.py" line="550"/>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="551"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="570"/>
        <source>{record} bearbeiten</source>
        <translation>Edit {record}</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/first_run.py" line="114"/>
        <location filename="../../ui/first_run.py" line="122"/>
        <source>Wiederherstellungscode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="115"/>
        <source>Dieser Code öffnet die Daten, wenn die Passphrase vergessen ist. Er wird nur jetzt angezeigt: bitte ausdrucken oder speichern und getrennt vom Gerät verwahren.</source>
        <translation>This code opens the data if the passphrase is forgotten. It is shown only now: print or save it and keep it apart from the device.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="123"/>
        <source>&amp;Drucken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="124"/>
        <source>&amp;Speichern unter…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="125"/>
        <source>Ich habe den Code sicher verwahrt.</source>
        <translation>I have stored the code safely.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="145"/>
        <source>Fallakte – Wiederherstellungscode

{code}

Getrennt vom Gerät sicher verwahren.</source>
        <translation>Fallakte – recovery code

{code}

Keep it safe, apart from the device.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="149"/>
        <source>Wiederherstellungscode speichern</source>
        <translation>Save recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="150"/>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../ui/first_run.py" line="36"/>
        <source>Willkommen bei Fallakte</source>
        <translation>Welcome to Fallakte</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="37"/>
        <source>Wofür nutzen Sie Fallakte auf diesem Gerät?</source>
        <translation>What will you use Fallakte for on this device?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="38"/>
        <source>&amp;Case Management: Fälle führen (Modul II)</source>
        <translation>&amp;Case management: keep cases (module II)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="39"/>
        <source>&amp;KI-Koordination: Zahlen der Geräte auswerten</source>
        <translation>&amp;KI coordination: analyse the devices&apos; figures</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages.py" line="640"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="643"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="645"/>
        <source>Automatisch sperren nach</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="657"/>
        <source>Verlängerung erinnern (Wochen vor Ablauf)</source>
        <translation>Remind of renewal (weeks before expiry)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="660"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="662"/>
        <source>Sprache:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="663"/>
        <source>Automatisch sperren nach:</source>
        <translation>Lock automatically after:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="664"/>
        <source>§ 104c-Erinnerungen (Monate vor Fristende):</source>
        <translation>§ 104c reminders (months before the deadline):</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="665"/>
        <source>Aufbewahrungsfrist (Monate):</source>
        <translation>Retention period (months):</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="666"/>
        <source>Rückmeldung erwarten nach (Tagen):</source>
        <translation>Expect a reply within (days):</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="667"/>
        <source>Verlängerung erinnern (Wochen vor »gültig bis«):</source>
        <translation>Remind of renewal (weeks before »valid until«):</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="668"/>
        <source>Ablage des KI:</source>
        <translation>KI share:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="668"/>
        <source>wird unter »Synchronisation« eingerichtet</source>
        <translation>is set up under »Synchronisation«</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="674"/>
        <source>Schlüsselableitung:</source>
        <translation>Key derivation:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="681"/>
        <source>Erinnerungen: bitte Monate als Zahlen, durch Komma getrennt.</source>
        <translation>Reminders: please enter months as numbers, separated by commas.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="694"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/application.py" line="63"/>
        <source>KI-Speicher angelegt</source>
        <translation>KI store created</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="64"/>
        <source>Der KI-Speicher und der öffentliche Schlüssel (ki-public.key) liegen jetzt im Datenordner {folder}. Den Schlüssel erhalten die Case-Manager*innen; bitte jetzt den KI-Speicher entsperren.</source>
        <translation>The KI store and the public key (ki-public.key) are now in the data folder {folder}. The case managers receive the key; please unlock the KI store now.</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../../ui/statistics_window.py" line="59"/>
        <source>Fallakte – Auswertung des KI</source>
        <translation>Fallakte – KI statistics</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="61"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="62"/>
        <source>Sendungen importieren …</source>
        <translation>Import bundles …</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="63"/>
        <source>Bericht speichern …</source>
        <translation>Save report …</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="64"/>
        <source>Sperren</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="69"/>
        <source>Zeitraum: </source>
        <translation>Period: </translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="84"/>
        <source>Jahresbudget Sprachmittlung</source>
        <translation>Annual interpreting budget</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="85"/>
        <source>Gerät</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="85"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="85"/>
        <source>Letzte Sendung</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="86"/>
        <source>Tage ohne Sendung</source>
        <translation>Days without a bundle</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="87"/>
        <source>Gerät anmelden …</source>
        <translation>Enrol device …</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="88"/>
        <location filename="../../ui/statistics_window.py" line="333"/>
        <location filename="../../ui/statistics_window.py" line="337"/>
        <source>Gerät sperren</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="93"/>
        <source>Jahresbudget Sprachmittlung:</source>
        <translation>Annual interpreting budget:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="97"/>
        <source>Importierte Sendungen im Unterordner »importiert« aufbewahren (sonst nach dem Import gelöscht)</source>
        <translation>Keep imported bundles in the subfolder »importiert« (otherwise deleted after the import)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="100"/>
        <source>Geräte (rot: seit über 30 Tagen keine Sendung)</source>
        <translation>Devices (red: no bundle for more than 30 days)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="107"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="114"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="163"/>
        <source>Noch keine Sendungen importiert. »Sendungen importieren …« holt sie aus der Ablage.</source>
        <translation>No bundles imported yet. “Import bundles …” fetches them from the share.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="213"/>
        <source>noch nie</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="215"/>
        <source>gesperrt</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="216"/>
        <source>still</source>
        <translation>silent</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="216"/>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="232"/>
        <source>Ablage mit Sendungen wählen</source>
        <translation>Choose the share with bundles</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="251"/>
        <source>Import: {line}</source>
        <translation>Import: {line}</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="260"/>
        <location filename="../../ui/statistics_window.py" line="265"/>
        <location filename="../../ui/statistics_window.py" line="310"/>
        <source>Fallakte</source>
        <translation>Fallakte</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="265"/>
        <source>Noch keine Daten für einen Bericht.</source>
        <translation>No data for a report yet.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="269"/>
        <source>Bericht speichern</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="299"/>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="303"/>
        <source>Anmeldedatei eines Geräts öffnen</source>
        <translation>Open a device&apos;s enrol request</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="318"/>
        <source>Achtung: Dieses Gerät ist gesperrt. »Ja« lässt es ausdrücklich wieder zu.</source>
        <translation>Note: this device is revoked. “Yes” readmits it explicitly.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="320"/>
        <source>Achtung: Ein anderes Gerät heißt ebenfalls »{name}«.</source>
        <translation>Note: another device is also called “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="321"/>
        <source>Gerät anmelden</source>
        <translation>Enrol device</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="338"/>
        <source>Auch die bisher gesendeten Zahlen von »{name}« aus allen Statistiken entfernen? Bei »Nein« bleiben sie erhalten.</source>
        <translation>Also remove the figures “{name}” has sent so far from every statistic? With “No” they are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="314"/>
        <source>Gerät »{name}« für {munis} anmelden?

Fingerabdruck: {fp}

Bitte mit dem Fingerabdruck vergleichen, den das Gerät anzeigt (z. B. am Telefon).</source>
        <translation>Enrol device “{name}” for {munis}?

Fingerprint: {fp}

Please compare it with the fingerprint the device shows (e.g. over the phone).</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="324"/>
        <source>Gerät »{name}« angemeldet.</source>
        <translation>Device “{name}” enrolled.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="334"/>
        <source>»{name}« sperren? Seine Sendungen werden danach abgelehnt.</source>
        <translation>Revoke “{name}”? Its bundles will be refused from then on.</translation>
    </message>
</context>
<context>
    <name>StrengthenDialog</name>
    <message>
        <location filename="../../ui/key_derivation.py" line="89"/>
        <source>Schlüsselableitung verstärken</source>
        <translation>Strengthen key derivation</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="91"/>
        <source>Fallakte misst, wie viele Durchläufe dieser Rechner in etwa einer halben Sekunde schafft, und verpackt den Schlüssel der Falldatei damit neu, nie schwächer als bisher. Die Passphrase bleibt dieselbe; das dauert wenige Sekunden.</source>
        <translation>Fallakte measures how many passes this computer manages in about half a second and rewraps the case file's key with them, never weaker than before. The passphrase stays the same; this takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="95"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="98"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="101"/>
        <source>&amp;Verstärken</source>
        <translation>&amp;Strengthen</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="102"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="106"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="116"/>
        <source>Bitte die Passphrase eingeben.</source>
        <translation>Please enter the passphrase.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/sync_page.py" line="289"/>
        <location filename="../../ui/sync_page.py" line="290"/>
        <source>Jetzt synchronisieren</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="292"/>
        <source>Was wird übertragen? …</source>
        <translation>What is sent? …</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="294"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="192"/>
        <source>Schlüsseldatei des KI wählen …</source>
        <translation>Choose the KI&apos;s key file …</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="200"/>
        <source>Fingerabdruck des KI-Schlüssels</source>
        <translation>Fingerprint of the KI&apos;s key</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="202"/>
        <source>Fingerabdruck – bitte telefonisch mit dem KI vergleichen.</source>
        <translation>Fingerprint – please compare it with the KI by phone.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="205"/>
        <source>z. B. KIM Dülmen 1</source>
        <translation>e.g. KIM Dülmen 1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="206"/>
        <source>Name dieses Geräts</source>
        <translation>Name of this device</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="216"/>
        <source>Werden die Kommunen später geändert, braucht das KI eine neue Anmeldedatei.</source>
        <translation>If the municipalities are changed later, the KI needs a new enrolment file.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="219"/>
        <source>Netzlaufwerk, Netzwerkpfad (\\server\ablage) oder USB-Stick</source>
        <translation>Network drive, network path (\\server\ablage) or USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="220"/>
        <source>Ablage des KI</source>
        <translation>The KI&apos;s share</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="221"/>
        <source>Ordner wählen …</source>
        <translation>Choose folder …</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="225"/>
        <source>Einrichtung &amp;speichern</source>
        <translation>&amp;Save set-up</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="242"/>
        <source>1. Schlüssel des KI:</source>
        <translation>1. The KI&apos;s key:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="243"/>
        <source>Fingerabdruck des KI-Schlüssels:</source>
        <translation>KI key fingerprint:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="245"/>
        <source>2. Name dieses Geräts:</source>
        <translation>2. Name of this device:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="246"/>
        <source>Betreute Kommunen:</source>
        <translation>Municipalities served:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="247"/>
        <source>3. Ablage des KI:</source>
        <translation>3. The KI&apos;s share:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="251"/>
        <source>Einrichtung</source>
        <translation>Set-up</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="257"/>
        <source>Fingerabdruck dieses Geräts</source>
        <translation>Fingerprint of this device</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="261"/>
        <source>Anmeldedatei in die Ablage legen</source>
        <translation>Put the enrolment file into the share</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="263"/>
        <source>Anmeldedatei speichern unter …</source>
        <translation>Save the enrolment file as …</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="266"/>
        <source>4. Das KI nimmt Sendungen nur von angemeldeten Geräten an. Zur Anmeldung braucht es die Anmeldedatei dieses Geräts; vorher vergleicht es am Telefon den Fingerabdruck mit Ihnen.</source>
        <translation>4. The KI accepts bundles only from enrolled devices. To enrol this device it needs its enrolment file; before that, it compares the fingerprint with you by phone.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="274"/>
        <source>Fingerabdruck dieses Geräts:</source>
        <translation>Fingerprint of this device:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="277"/>
        <source>Anmeldung beim KI</source>
        <translation>Enrolment with the KI</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="298"/>
        <source>Letzte erfolgreiche Synchronisation:</source>
        <translation>Last successful sync:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="299"/>
        <source>Nächste Synchronisation:</source>
        <translation>Next synchronisation:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="300"/>
        <source>Wartende Sendungen:</source>
        <translation>Bundles waiting:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="301"/>
        <source>Letzter Fehler:</source>
        <translation>Last error:</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="310"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="370"/>
        <source>Eingerichtet. Änderungen hier gelten nach »Einrichtung speichern«.</source>
        <translation>Set up. Changes here take effect after »Save set-up«.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="371"/>
        <source>Noch nicht vollständig eingerichtet. Es fehlt: {missing}.</source>
        <translation>Not fully set up yet. Missing: {missing}.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="380"/>
        <source>noch kein Schlüssel gewählt</source>
        <translation>no key chosen yet</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="384"/>
        <source>{name} – gewählt, noch nicht gespeichert</source>
        <translation>{name} – chosen, not saved yet</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="411"/>
        <source>Noch keine Anmeldedatei geschrieben.</source>
        <translation>No enrolment file written yet.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="413"/>
        <source>Die Kommunen wurden seit der letzten Anmeldedatei ({when}) geändert. Bitte eine neue Anmeldedatei schreiben: Das KI muss das Gerät für die neuen Kommunen anmelden, sonst lehnt es die Sendungen ab.</source>
        <translation>The municipalities have changed since the last enrolment file ({when}). Please write a new enrolment file: the KI must enrol the device for the new municipalities, otherwise it refuses its bundles.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="417"/>
        <source>Anmeldedatei geschrieben am {when}: {path}</source>
        <translation>Enrolment file written on {when}: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="425"/>
        <source>Öffentlichen Schlüssel des KI wählen</source>
        <translation>Choose the KI&apos;s public key</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="426"/>
        <source>KI-Schlüssel (*.key);;Alle Dateien (*)</source>
        <translation>KI key (*.key);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="435"/>
        <source>{reason} Datei: {file}. Es wurde nichts verändert.</source>
        <translation>{reason} File: {file}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="440"/>
        <source>Bitte den Fingerabdruck mit dem KI vergleichen und dann die Einrichtung speichern.</source>
        <translation>Please compare the fingerprint with the KI, then save the set-up.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="441"/>
        <source>Dieser Schlüssel ist bereits eingerichtet.</source>
        <translation>This key is already set up.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="445"/>
        <source>Ablage des KI wählen</source>
        <translation>Choose the KI&apos;s share</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="456"/>
        <source>Die Ablage wird geprüft …</source>
        <translation>Checking the share …</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="463"/>
        <location filename="../../ui/sync_page.py" line="483"/>
        <source>Die Ablage ist erreichbar und beschreibbar.</source>
        <translation>The share is reachable and writable.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="468"/>
        <source>Wird gespeichert …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="485"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="487"/>
        <source>Sendungen warten in der Falldatei, bis die Ablage erreichbar ist.</source>
        <translation>Bundles wait in the case file until the share is reachable.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="489"/>
        <source>Die Kommunen haben sich geändert: Bitte eine neue Anmeldedatei schreiben.</source>
        <translation>The municipalities have changed: please write a new enrolment file.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="491"/>
        <source>Jetzt die Anmeldedatei für das KI schreiben.</source>
        <translation>Now write the enrolment file for the KI.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="499"/>
        <source>Es wurde nichts gespeichert.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="513"/>
        <source>Bitte zuerst die Einrichtung speichern; die Anmeldedatei enthält den gespeicherten Stand.</source>
        <translation>Please save the set-up first; the enrolment file contains what is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="518"/>
        <source>Die Anmeldedatei wird geschrieben …</source>
        <translation>Writing the enrolment file …</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="524"/>
        <source>Anmeldedatei speichern</source>
        <translation>Save enrolment file</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="525"/>
        <source>Anmeldedatei (*.enrol)</source>
        <translation>Enrolment file (*.enrol)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="537"/>
        <source>Bitte dem KI Bescheid geben. Es meldet das Gerät an, nachdem es den Fingerabdruck am Telefon mit Ihnen verglichen hat.</source>
        <translation>Please let the KI know. It enrols the device after comparing the fingerprint with you by phone.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="544"/>
        <source>Die Anmeldedatei wurde nicht geschrieben: {reason}</source>
        <translation>The enrolment file was not written: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="394"/>
        <source>noch nie</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="396"/>
        <source>läuft gerade</source>
        <translation>running now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="400"/>
        <source>alle 15 Minuten, solange Fallakte entsperrt ist</source>
        <translation>every 15 minutes while Fallakte is unlocked</translation>
    </message>
    <message>
        <location filename="../../ui/sync_page.py" line="405"/>
        <source>keiner</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>TimePage</name>
    <message>
        <location filename="../../ui/pages.py" line="459"/>
        <source>← Vorwoche</source>
        <translation>← Previous week</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="459"/>
        <source>Folgewoche →</source>
        <translation>Next week →</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="460"/>
        <source>Zeit &amp;erfassen</source>
        <translation>&amp;Log time</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="461"/>
        <source>Tag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="461"/>
        <source>Einzelfall (min)</source>
        <translation>Individual cases (min)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="461"/>
        <source>Systemebene (min)</source>
        <translation>System work (min)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="463"/>
        <source>Einträge der Woche</source>
        <translation>Entries of the week</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="465"/>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="466"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="468"/>
        <source>Anteil Einzelfall</source>
        <translation>Individual-case share</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="476"/>
        <source>Einträge der Woche (Doppelklick oder Eingabetaste: bearbeiten)</source>
        <translation>Entries of the week (double-click or Enter: edit)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="502"/>
        <source>Woche ab {d}</source>
        <translation>Week of {d}</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="504"/>
        <source>Einzelfall {p} % · Systemebene {q} % (Ziel {t} / {u})</source>
        <translation>Individual cases {p} % · system work {q} % (target {t} / {u})</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="509"/>
        <source>Einzelfall (ohne Kontakt)</source>
        <translation>Individual case (no contact)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="521"/>
        <source>Zeit erfassen</source>
        <translation>Log time</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="527"/>
        <source>Zeiteintrag bearbeiten</source>
        <translation>Edit time entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="462"/>
        <location filename="../../ui/pages.py" line="516"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="462"/>
        <location filename="../../ui/pages.py" line="516"/>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="462"/>
        <location filename="../../ui/pages.py" line="517"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="462"/>
        <location filename="../../ui/pages.py" line="518"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages.py" line="72"/>
        <source>Heute fällig</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="73"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="73"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="73"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="77"/>
        <source>Ö&amp;ffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="78"/>
        <location filename="../../ui/pages.py" line="183"/>
        <source>&amp;Erledigt</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="79"/>
        <source>&amp;Wiedervorlage …</source>
        <translation>&amp;Follow up later …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="159"/>
        <source>Heute und in den nächsten 14 Tagen ist nichts fällig.

So fangen Sie an: Unter »Fälle« (Strg+2) legen Sie mit »Neue Person« eine Person an, erfassen ihre Einwilligung und eröffnen einen Fall. Ziele mit Zieldatum, Verweisungen und Fristen erscheinen dann hier, sobald sie fällig werden. Hilfe gibt es mit F1.</source>
        <translation>Nothing is due today or in the next 14 days.

How to start: under »Cases« (Ctrl+2), »New person« adds a person; record their consent and open a case. Goals with a target date, referrals and deadlines then appear here as they fall due. Press F1 for help.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="165"/>
        <source>{n} Punkt in den nächsten 14 Tagen</source>
        <translation>{n} item in the next 14 days</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="166"/>
        <source>{n} Punkte in den nächsten 14 Tagen</source>
        <translation>{n} items in the next 14 days</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="167"/>
        <source>{total}, davon {overdue} überfällig.</source>
        <translation>{total}, {overdue} of them overdue.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="191"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="194"/>
        <source>Wiedervorlage …</source>
        <translation>Follow up later …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="209"/>
        <source>Rückmeldung erfassen</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="209"/>
        <source>Neuer Stand der Verweisung:</source>
        <translation>New status of the referral:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="217"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="227"/>
        <source>Wiedervorlage</source>
        <translation>Follow up later</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="228"/>
        <source>Wieder vorlegen am</source>
        <translation>Show again on</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="35"/>
        <source>Fallakte entsperren</source>
        <translation>Unlock Fallakte</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="35"/>
        <source>KI-Speicher entsperren</source>
        <translation>Unlock KI store</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="38"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="39"/>
        <source>Entsperren</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="41"/>
        <source>Passphrase vergessen?</source>
        <translation>Forgot the passphrase?</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="45"/>
        <source>Falldatei: {path}</source>
        <translation>Case file: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="45"/>
        <source>KI-Speicher: {path}</source>
        <translation>KI store: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="47"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="52"/>
        <source>Wiederherstellungscode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="54"/>
        <source>Neue Passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="55"/>
        <source>Neue Passphrase wiederholen</source>
        <translation>Repeat new passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="57"/>
        <source>Mit Wiederherstellungscode öffnen</source>
        <translation>Open with recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="58"/>
        <source>Zurück</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="61"/>
        <source>Der Wiederherstellungscode öffnet die Falldatei; danach gilt eine neue Passphrase.</source>
        <translation>The recovery code opens the case file; a new passphrase applies afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="62"/>
        <source>&amp;Wiederherstellungscode:</source>
        <translation>&amp;Recovery code:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="63"/>
        <source>&amp;Neue Passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="64"/>
        <source>Neue Passphrase &amp;wiederholen:</source>
        <translation>&amp;Repeat new passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="76"/>
        <source>Wird geöffnet</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="104"/>
        <source>Die beiden neuen Passphrasen stimmen nicht überein.</source>
        <translation>The two new passphrases differ.</translation>
    </message>
</context>
</TS>
