<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <location filename="../../app/casemanager/casework.py" line="180"/>
        <location filename="../../app/casemanager/casework.py" line="182"/>
        <location filename="../../app/casemanager/documents.py" line="79"/>
        <location filename="../../app/casemanager/list_import.py" line="52"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="205"/>
        <source>{label}: »{value}« ist kein Betrag.</source>
        <translation>{label}: “{value}” is not an amount.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="207"/>
        <source>{label} darf nicht negativ sein.</source>
        <translation>{label} must not be negative.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="348"/>
        <source>Erinnerung (Monate vorher)</source>
        <translation>Reminder (months before)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="351"/>
        <source>Erinnerungen liegen höchstens 18 Monate vor dem Fristende.</source>
        <translation>Reminders can be at most 18 months before the deadline.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="352"/>
        <source>Aufbewahrungsfrist (Monate)</source>
        <translation>Retention period (months)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="354"/>
        <source>Wartezeit auf Rückmeldung (Tage)</source>
        <translation>Waiting time for a reply (days)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="372"/>
        <source>Bitte mindestens einen Namen angeben.</source>
        <translation>Please enter at least one name.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="373"/>
        <location filename="../../app/casemanager/documents.py" line="81"/>
        <location filename="../../app/casemanager/handover.py" line="490"/>
        <location filename="../../app/casemanager/handover.py" line="500"/>
        <location filename="../../app/casemanager/list_import.py" line="53"/>
        <location filename="../../app/casemanager/printouts.py" line="134"/>
        <location filename="../../ui/case_view.py" line="1089"/>
        <location filename="../../ui/models.py" line="22"/>
        <source>Wohnort</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="374"/>
        <location filename="../../app/casemanager/documents.py" line="80"/>
        <location filename="../../app/casemanager/handover.py" line="490"/>
        <location filename="../../app/casemanager/handover.py" line="501"/>
        <location filename="../../app/casemanager/list_import.py" line="53"/>
        <location filename="../../app/casemanager/printouts.py" line="133"/>
        <location filename="../../ui/case_view.py" line="1090"/>
        <source>Geschlecht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="378"/>
        <source>Das Geburtsdatum darf nicht in der Zukunft liegen.</source>
        <translation>The date of birth must not be in the future.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="379"/>
        <location filename="../../app/casemanager/documents.py" line="84"/>
        <location filename="../../app/casemanager/printouts.py" line="136"/>
        <location filename="../../ui/case_view.py" line="1098"/>
        <source>In Deutschland seit</source>
        <translation>In Germany since</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="380"/>
        <source>»In Deutschland seit«</source>
        <translation>“In Germany since”</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="382"/>
        <source>»In Deutschland seit« liegt vor der Geburt.</source>
        <translation>“In Germany since” is before the date of birth.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="404"/>
        <location filename="../../app/casemanager/attachments.py" line="170"/>
        <location filename="../../app/casemanager/attachments.py" line="177"/>
        <location filename="../../app/casemanager/casework.py" line="457"/>
        <location filename="../../app/casemanager/privacy.py" line="80"/>
        <location filename="../../app/casemanager/privacy.py" line="100"/>
        <source>Der Datensatz existiert nicht (mehr).</source>
        <translation>The record does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="140"/>
        <location filename="../../app/casemanager/casework.py" line="487"/>
        <location filename="../../app/casemanager/handover.py" line="503"/>
        <location filename="../../app/casemanager/handover.py" line="504"/>
        <location filename="../../app/casemanager/list_import.py" line="53"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="490"/>
        <location filename="../../app/casemanager/casework.py" line="733"/>
        <source>Gültig ab</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="491"/>
        <source>Antragsdatum</source>
        <translation>Application date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="492"/>
        <source>Entscheidungsdatum</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="494"/>
        <location filename="../../app/casemanager/casework.py" line="520"/>
        <source>»Gültig ab«</source>
        <translation>“Valid from”</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="494"/>
        <source>Das Antragsdatum</source>
        <translation>The application date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="495"/>
        <source>Das Entscheidungsdatum</source>
        <translation>The decision date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="497"/>
        <source>Die Entscheidung</source>
        <translation>The decision</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="497"/>
        <source>dem Antrag</source>
        <translation>the application</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="582"/>
        <source>Unbekannter Zweck der Einwilligung.</source>
        <translation>Unknown purpose of consent.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="584"/>
        <location filename="../../app/casemanager/handover.py" line="522"/>
        <source>Empfänger der Weitergabe</source>
        <translation>Recipient of the disclosure</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="587"/>
        <source>Datum der Einwilligung</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="588"/>
        <source>Die Einwilligung</source>
        <translation>The consent</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="633"/>
        <source>Diese Einwilligung ist bereits widerrufen.</source>
        <translation>This consent has already been withdrawn.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="634"/>
        <source>Datum des Widerrufs</source>
        <translation>Date of withdrawal</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="635"/>
        <location filename="../../app/casemanager/casework.py" line="636"/>
        <source>Der Widerruf</source>
        <translation>The withdrawal</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="637"/>
        <source>der Einwilligung</source>
        <translation>the consent</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="140"/>
        <location filename="../../app/casemanager/casework.py" line="668"/>
        <location filename="../../app/casemanager/casework.py" line="732"/>
        <location filename="../../app/casemanager/documents.py" line="111"/>
        <location filename="../../app/casemanager/handover.py" line="528"/>
        <location filename="../../app/casemanager/handover.py" line="533"/>
        <location filename="../../app/casemanager/list_import.py" line="54"/>
        <location filename="../../ui/models.py" line="22"/>
        <source>Intensität</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="133"/>
        <source>doppelt erfasst</source>
        <translation>recorded twice</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="133"/>
        <source>irrtümlich erfasst</source>
        <translation>recorded by mistake</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="134"/>
        <source>bei der falschen Person erfasst</source>
        <translation>recorded for the wrong person</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="86"/>
        <location filename="../../app/casemanager/appointments.py" line="88"/>
        <location filename="../../app/casemanager/casework.py" line="134"/>
        <source>anderer Grund</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="139"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="139"/>
        <location filename="../../app/casemanager/printouts.py" line="85"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="139"/>
        <source>Verweisung</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="139"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="141"/>
        <source>Zeiteintrag</source>
        <translation>Time entry</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="141"/>
        <source>Veranstaltung</source>
        <translation>Information event</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="141"/>
        <source>Zugangskontakt</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="142"/>
        <source>Systembeobachtung</source>
        <translation>System observation</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="142"/>
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="146"/>
        <source>{record} erfasst</source>
        <translation>{record} recorded</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="146"/>
        <source>{record} geändert</source>
        <translation>{record} changed</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="146"/>
        <source>{record} gelöscht</source>
        <translation>{record} deleted</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="176"/>
        <source>Geburtsjahr »{value}«: bitte ein Jahr wie 1987 angeben.</source>
        <translation>Year of birth »{value}«: please give a year such as 1987.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="185"/>
        <source>Geburtsdatum »{value}« ist nicht lesbar: bitte als TT.MM.JJJJ (z. B. 13.01.1995) oder nur das Jahr (z. B. 1995) angeben.</source>
        <translation>Date of birth »{value}« cannot be read: please give it as DD.MM.YYYY (e.g. 13.01.1995) or just the year (e.g. 1995).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="196"/>
        <source>»{value}« ist keine vollständige E-Mail-Adresse (z. B. name@beispiel.de).</source>
        <translation>»{value}« is not a complete e-mail address (e.g. name@example.org).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/attachments.py" line="79"/>
        <source>»{name}« ist {size} groß; in die Fallakte passen Dateien bis {limit}. Bitte kleiner scannen (z. B. 200 dpi, Graustufen) oder in Teilen anhängen. Es wurde nichts gespeichert.</source>
        <translation>“{name}” is {size}; the case file takes files of up to {limit}. Please scan at a lower resolution (e.g. 200 dpi, greyscale) or attach it in parts. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/attachments.py" line="88"/>
        <source>Bitte eine Bezeichnung angeben (z. B. »Bescheid Ausländerbehörde«).</source>
        <translation>Please give a title (e.g. “Notice from the immigration office”).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/attachments.py" line="90"/>
        <source>Die Bezeichnung ist zu lang (höchstens {n} Zeichen).</source>
        <translation>The title is too long (at most {n} characters).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/attachments.py" line="94"/>
        <source>Der Kontakt gehört zu einer anderen Person.</source>
        <translation>The contact belongs to another person.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/attachments.py" line="96"/>
        <source>Die Einwilligung gehört zu einer anderen Person.</source>
        <translation>The consent belongs to another person.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/attachments.py" line="105"/>
        <location filename="../../app/casemanager/documents.py" line="139"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/attachments.py" line="112"/>
        <source>Diese Datei ist bei der Person bereits angehängt (»{title}«).</source>
        <translation>This file is already attached to the person (“{title}”).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/attachments.py" line="126"/>
        <source>»{name}« ist leer. Es wurde nichts gespeichert.</source>
        <translation>“{name}” is empty. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/attachments.py" line="130"/>
        <source>»{name}« ist weder ein PDF noch ein Foto oder Scan (JPEG, PNG, TIFF). Bitte als PDF speichern und dann anhängen.</source>
        <translation>“{name}” is neither a PDF nor a photo or scan (JPEG, PNG, TIFF). Please save it as a PDF and attach that.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/attachments.py" line="204"/>
        <location filename="../../app/casemanager/casework.py" line="285"/>
        <source>Bitte einen Grund für das Löschen wählen.</source>
        <translation>Please choose a reason for deleting.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/attachments.py" line="259"/>
        <source>Eine übergebene Datei ist beschädigt.</source>
        <translation>A file handed over is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="298"/>
        <source>Der Datensatz wurde seitdem anderweitig geändert.</source>
        <translation>The record has been changed elsewhere since.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="307"/>
        <source>Das lässt sich nicht rückgängig machen: {reason}</source>
        <translation>This cannot be undone: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="356"/>
        <source>Verlängerung (Wochen vor Ablauf)</source>
        <translation>Renewal (weeks before expiry)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="358"/>
        <source>An die Verlängerung wird höchstens 52 Wochen vor Ablauf erinnert.</source>
        <translation>Renewal reminders come at most 52 weeks before expiry.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="450"/>
        <source>{n} wird gerade übergeben: bis die Quittung da ist, bleibt der Fall, wie er übergeben wurde. Änderungen erfasst die Kollegin oder der Kollege, die ihn übernimmt.</source>
        <translation>{n} is being handed over: until the receipt arrives, the case stays as it was handed over. Changes are recorded by the colleague taking it over.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="493"/>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="502"/>
        <source>Bitte angeben, welcher Aufenthaltstitel beantragt wurde.</source>
        <translation>Please state which residence title was applied for.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="505"/>
        <source>»{code}« ist kein Aufenthaltstitel, der beantragt werden kann.</source>
        <translation>»{code}« is not a residence title that can be applied for.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="509"/>
        <source>»Beantragt« gehört nur zum Eintrag »Antrag gestellt, Fiktionsbescheinigung«. Bitte leer lassen.</source>
        <translation>»Applied for« belongs only to the entry »Application filed, Fiktionsbescheinigung«. Please leave it empty.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="516"/>
        <source>{title} kann seit dem {first} nicht mehr beantragt werden. Eine Erteilung ab diesem Tag ist nur auf einen Antrag bis zum {last} möglich: bitte das Antragsdatum angeben.</source>
        <translation>{title} cannot be applied for since {first}. A grant from that day is only possible on an application filed by {last}: please give the date of application.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="520"/>
        <source>»Gültig bis«</source>
        <translation>»Valid until«</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="529"/>
        <source>{title}: ein Antrag ist seit dem {first} nicht mehr möglich, die Vorschrift ist mit Ablauf des {last} außer Kraft getreten.</source>
        <translation>{title}: no application is possible since {first}; the provision expired at the end of {last}.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="572"/>
        <source>Bitte angeben, ob die Einwilligung schriftlich oder mündlich erteilt wurde.</source>
        <translation>Please state whether the consent was given in writing or orally.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="576"/>
        <source>Bitte die Sprache angeben, in die gedolmetscht wurde.</source>
        <translation>Please give the language that was interpreted into.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="590"/>
        <source>Die Einwilligung darf nicht nach ihrem Widerruf liegen.</source>
        <translation>The consent cannot be dated after its withdrawal.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="612"/>
        <location filename="../../fallakte/cli.py" line="395"/>
        <location filename="../../fallakte/cli.py" line="423"/>
        <source>{n} Fall</source>
        <translation>{n} case</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="612"/>
        <location filename="../../fallakte/cli.py" line="395"/>
        <location filename="../../fallakte/cli.py" line="423"/>
        <source>{n} Fälle</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="612"/>
        <location filename="../../fallakte/cli.py" line="396"/>
        <source>{n} Kontakt</source>
        <translation>{n} contact</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="612"/>
        <location filename="../../fallakte/cli.py" line="396"/>
        <source>{n} Kontakte</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="613"/>
        <source>{n} Verweisung mit Datenweitergabe</source>
        <translation>{n} referral passing data on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="613"/>
        <source>{n} Verweisungen mit Datenweitergabe</source>
        <translation>{n} referrals passing data on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="617"/>
        <source>So geändert deckt die Einwilligung bereits Erfasstes nicht mehr ({records}).</source>
        <translation>Changed like this, the consent would no longer cover what has been recorded ({records}).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="618"/>
        <source>Die Einwilligung deckt bereits Erfasstes ({records}) und kann deshalb nicht gelöscht werden. Gilt sie nicht mehr, bitte »Einwilligung widerrufen« wählen.</source>
        <translation>The consent covers what has already been recorded ({records}) and therefore cannot be deleted. If it no longer applies, please choose »Withdraw consent«.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="669"/>
        <source>Eröffnet am</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="670"/>
        <source>Die Eröffnung</source>
        <translation>The opening</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="672"/>
        <source>Für diese Person ist bereits ein Fall offen.</source>
        <translation>This person already has an open case.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="674"/>
        <source>Ohne Einwilligung in die Fallarbeit kann kein Fall eröffnet werden.</source>
        <translation>A case cannot be opened without consent to casework.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="686"/>
        <source>Der Fall ist abgeschlossen.</source>
        <translation>The case is closed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="696"/>
        <location filename="../../app/casemanager/handover.py" line="531"/>
        <source>Prozessphase</source>
        <translation>Process phase</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="698"/>
        <source>Die Phase »Abschluss« beginnt mit dem Abschließen des Falls.</source>
        <translation>The phase “Closure” begins when the case is closed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="699"/>
        <source>Phase seit</source>
        <translation>Phase since</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="700"/>
        <location filename="../../app/casemanager/casework.py" line="702"/>
        <source>Der Phasenbeginn</source>
        <translation>The start of the phase</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="703"/>
        <source>dem Beginn der vorigen Phase</source>
        <translation>the start of the previous phase</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="719"/>
        <location filename="../../app/casemanager/casework.py" line="734"/>
        <location filename="../../app/casemanager/casework.py" line="735"/>
        <source>Der Wechsel der Intensität</source>
        <translation>The change of intensity</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="719"/>
        <source>dem letzten Wechsel</source>
        <translation>the previous change</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="721"/>
        <source>Der Fall hat bereits diese Intensität.</source>
        <translation>The case already has this intensity.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="738"/>
        <source>Der Wechsel der Intensität liegt nach dem Abschluss des Falls.</source>
        <translation>The change of intensity is after the case was closed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="748"/>
        <source>Die Intensität ab der Eröffnung des Falls lässt sich ändern, aber nicht löschen oder auf ein anderes Datum legen.</source>
        <translation>The intensity from the case&apos;s opening can be changed, but not deleted or moved to another date.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="755"/>
        <location filename="../../app/casemanager/documents.py" line="112"/>
        <location filename="../../app/casemanager/handover.py" line="529"/>
        <source>Abschlussgrund</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="756"/>
        <source>Abgeschlossen am</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="757"/>
        <location filename="../../app/casemanager/casework.py" line="758"/>
        <source>Der Abschluss</source>
        <translation>The closing</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="759"/>
        <source>der Eröffnung</source>
        <translation>the opening</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="805"/>
        <source>Das Ziel</source>
        <translation>The goal</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="806"/>
        <location filename="../../app/casemanager/handover.py" line="535"/>
        <source>Lebensbereich</source>
        <translation>Life area</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="807"/>
        <location filename="../../app/casemanager/documents.py" line="72"/>
        <source>Zieldatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="808"/>
        <location filename="../../app/casemanager/handover.py" line="536"/>
        <source>Stand des Ziels</source>
        <translation>Goal status</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="234"/>
        <location filename="../../app/casemanager/casework.py" line="858"/>
        <location filename="../../app/casemanager/casework.py" line="925"/>
        <source>Datum des Kontakts</source>
        <translation>Date of contact</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="859"/>
        <location filename="../../app/casemanager/casework.py" line="860"/>
        <location filename="../../app/casemanager/casework.py" line="926"/>
        <source>Der Kontakt</source>
        <translation>The contact</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="736"/>
        <location filename="../../app/casemanager/casework.py" line="860"/>
        <location filename="../../app/casemanager/casework.py" line="982"/>
        <source>der Eröffnung des Falls</source>
        <translation>the opening of the case</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="862"/>
        <source>Der Kontakt liegt nach dem Abschluss des Falls.</source>
        <translation>The contact is after the case was closed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="76"/>
        <source>geplant</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="76"/>
        <source>stattgefunden</source>
        <translation>took place</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="76"/>
        <source>ausgefallen</source>
        <translation>did not take place</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="77"/>
        <source>abgesagt</source>
        <translation>called off</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="84"/>
        <source>Person nicht erschienen</source>
        <translation>person did not come</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="85"/>
        <source>Sprachmittlung nicht da</source>
        <translation>interpreter did not come</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="86"/>
        <source>Krankheit</source>
        <translation>illness</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="87"/>
        <source>von der Person abgesagt</source>
        <translation>called off by the person</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="87"/>
        <source>von uns abgesagt</source>
        <translation>called off by us</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="88"/>
        <source>vom Partner abgesagt</source>
        <translation>called off by the partner</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="93"/>
        <source>Uhrzeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="101"/>
        <source>{label}: »{text}« ist nicht lesbar. Bitte als HH:MM angeben, z. B. 09:30.</source>
        <translation>{label}: “{text}” cannot be read. Please give it as HH:MM, e.g. 09:30.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="105"/>
        <source>{label}: »{text}« gibt es nicht. Bitte eine Uhrzeit zwischen 00:00 und 23:59 angeben.</source>
        <translation>{label}: “{text}” does not exist. Please give a time between 00:00 and 23:59.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="121"/>
        <source>Die Kalenderwoche {week} gibt es {year} nicht.</source>
        <translation>Calendar week {week} does not exist in {year}.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="124"/>
        <source>Woche</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="126"/>
        <source>»{text}« ist keine Woche. Bitte als JJJJ-Www angeben, z. B. 2026-W48, oder ein Datum der Woche.</source>
        <translation>“{text}” is not a week. Please give it as YYYY-Www, e.g. 2026-W48, or a date in the week.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="143"/>
        <source>KW {week} · {first} – {last}</source>
        <translation>Week {week} · {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="149"/>
        <source>Montag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="149"/>
        <source>Dienstag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="149"/>
        <source>Mittwoch</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="149"/>
        <source>Donnerstag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="149"/>
        <source>Freitag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="149"/>
        <source>Samstag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="150"/>
        <source>Sonntag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="197"/>
        <source>Für diesen Termin ist keine Sprachmittlung vorgesehen.</source>
        <translation>No interpreter is planned for this appointment.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="212"/>
        <source>Bitte einen Grund wählen.</source>
        <translation>Please choose a reason.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="233"/>
        <source>Eine Informationsveranstaltung wird als Veranstaltung erfasst.</source>
        <translation>An information event is recorded as an event.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="241"/>
        <source>Am {day} war für {number} kein Fall offen, und ein Kontakt gehört zu einem Fall. Bitte zuerst den Fall eröffnen (mit der Einwilligung in die Fallarbeit), oder den Termin als ausgefallen oder abgesagt erfassen.</source>
        <translation>On {day} no case of {number} was open, and a contact belongs to a case. Please open the case first (with the consent to casework), or record the appointment as not taken place or called off.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="261"/>
        <source>Ein Termin mit einer Person wird als Kontakt erfasst.</source>
        <translation>An appointment with a person is recorded as a contact.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="293"/>
        <source>Der Termin ist bereits als »{state}« erfasst und lässt sich nicht mehr ändern.</source>
        <translation>The appointment is already recorded as “{state}” and can no longer be changed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="295"/>
        <source>Korrekturen bitte am Kontakt oder an der Veranstaltung.</source>
        <translation>Please correct the contact or the event instead.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="302"/>
        <source>Unbekannter Stand des Termins.</source>
        <translation>Unknown state of the appointment.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="317"/>
        <source>Datum des Termins</source>
        <translation>Date of the appointment</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="320"/>
        <source>Der Termin liegt mehr als {n} Jahre in der Zukunft: bitte das Datum prüfen.</source>
        <translation>The appointment is more than {n} years ahead: please check the date.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="323"/>
        <location filename="../../app/casemanager/casework.py" line="913"/>
        <location filename="../../app/casemanager/system_work.py" line="103"/>
        <source>Die Dauer</source>
        <translation>The duration</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="325"/>
        <location filename="../../app/casemanager/casework.py" line="915"/>
        <source>Die Dauer von {n} Minuten ist unplausibel (höchstens 12 Stunden).</source>
        <translation>A duration of {n} minutes is implausible (at most 12 hours).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="328"/>
        <source>Der Termin endet erst nach Mitternacht: bitte Uhrzeit und Dauer prüfen.</source>
        <translation>The appointment would end after midnight: please check the time and the duration.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="330"/>
        <location filename="../../app/casemanager/casework.py" line="917"/>
        <location filename="../../app/casemanager/handover.py" line="510"/>
        <location filename="../../app/casemanager/handover.py" line="514"/>
        <location filename="../../app/casemanager/handover.py" line="538"/>
        <location filename="../../ui/appointments.py" line="58"/>
        <location filename="../../ui/forms.py" line="97"/>
        <source>Kontaktart</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="343"/>
        <location filename="../../ui/appointments.py" line="65"/>
        <source>Erwartete Dolmetschminuten</source>
        <translation>Expected interpreting minutes</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="345"/>
        <source>{n} Dolmetschminuten sind unplausibel (höchstens 12 Stunden).</source>
        <translation>{n} interpreting minutes are implausible (at most 12 hours).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="347"/>
        <source>Erwartete Dolmetschkosten</source>
        <translation>Expected interpreting cost</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="350"/>
        <source>Sprache der Dolmetschung</source>
        <translation>Language of interpreting</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="352"/>
        <source>Bitte die Sprache der Dolmetschung wählen (oder die Angaben zur Dolmetschung leeren).</source>
        <translation>Please choose the language of interpreting (or clear the interpreting details).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="367"/>
        <source>Die Person hat ihre Einwilligung in die Fallarbeit widerrufen: es wird kein Termin mehr vereinbart.</source>
        <translation>The person has withdrawn their consent to casework: no further appointment is arranged.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="374"/>
        <source>Bitte Fallnummer oder Namen der Person angeben.</source>
        <translation>Please give the person&apos;s case number or name.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="382"/>
        <source>Keine Person gefunden zu »{text}«.</source>
        <translation>No person found for “{text}”.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="383"/>
        <source>»{text}« passt auf mehrere Personen: bitte die Fallnummer angeben.</source>
        <translation>“{text}” fits several persons: please give the case number.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="469"/>
        <location filename="../../app/casemanager/today.py" line="245"/>
        <source>Informationsveranstaltung: {topic}</source>
        <translation>Information event: {topic}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="471"/>
        <source>Termin {name} ({number})</source>
        <translation>Appointment {name} ({number})</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="472"/>
        <source>Termin {number}</source>
        <translation>Appointment {number}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="475"/>
        <source>Kontaktart: {channel}</source>
        <translation>Channel: {channel}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="477"/>
        <source>Kommune: {place}</source>
        <translation>Municipality: {place}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="479"/>
        <source>Thema: {topic}</source>
        <translation>Topic: {topic}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="481"/>
        <source>Mit: {who}</source>
        <translation>With: {who}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="485"/>
        <source>Stand: {state}</source>
        <translation>State: {state}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="494"/>
        <location filename="../../ui/appointments.py" line="183"/>
        <source>gebucht</source>
        <translation>booked</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="494"/>
        <location filename="../../ui/appointments.py" line="183"/>
        <source>noch nicht gebucht</source>
        <translation>not yet booked</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="495"/>
        <source>Sprachmittlung {language}{provider}, {booked}</source>
        <translation>Interpreting {language}{provider}, {booked}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="919"/>
        <source>Bitte mindestens ein Thema wählen.</source>
        <translation>Please choose at least one topic.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="333"/>
        <location filename="../../app/casemanager/appointments.py" line="339"/>
        <location filename="../../app/casemanager/casework.py" line="921"/>
        <location filename="../../app/casemanager/handover.py" line="512"/>
        <location filename="../../app/casemanager/handover.py" line="515"/>
        <location filename="../../app/casemanager/handover.py" line="540"/>
        <location filename="../../app/casemanager/system_work.py" line="84"/>
        <location filename="../../app/casemanager/system_work.py" line="137"/>
        <location filename="../../ui/appointments.py" line="56"/>
        <location filename="../../ui/appointments.py" line="59"/>
        <location filename="../../ui/appointments.py" line="117"/>
        <location filename="../../ui/pages.py" line="601"/>
        <location filename="../../ui/pages.py" line="607"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="865"/>
        <location filename="../../ui/forms.py" line="100"/>
        <source>Dolmetschminuten</source>
        <translation>Interpreter minutes</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="866"/>
        <source>Dolmetschkosten</source>
        <translation>Interpreter cost</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="869"/>
        <source>Bitte die Sprache der Dolmetschung angeben.</source>
        <translation>Please enter the interpreter&apos;s language.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="871"/>
        <source>Für dieses Datum liegt keine Einwilligung in die Fallarbeit vor.</source>
        <translation>There is no consent to casework for this date.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="932"/>
        <source>Die Person hat ihre Einwilligung in die Fallarbeit widerrufen: es wird nichts Neues erfasst.</source>
        <translation>The person has withdrawn their consent to casework: nothing new is recorded.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="935"/>
        <source>Für diesen Tag liegt eine Einwilligung in die Fallarbeit vor: bitte den Kontakt im Fall erfassen.</source>
        <translation>There is consent to casework for this day: please record the contact in the case.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="958"/>
        <source>Mit einer Antwort ist die Verweisung nicht mehr »angefragt«. Bitte den neuen Stand wählen.</source>
        <translation>With an answer the referral is no longer »requested«. Please choose the new status.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="978"/>
        <source>Ein Ergebnis gibt es erst mit einer Antwort: bitte den Stand der Verweisung ändern.</source>
        <translation>There is an outcome only once there is an answer: please change the referral&apos;s status.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="984"/>
        <source>Die Verweisung liegt nach dem Abschluss des Falls.</source>
        <translation>The referral is after the case was closed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="989"/>
        <source>Für die Weitergabe von Daten an »{partner}« liegt keine Einwilligung vor. Bitte die Einwilligung erfassen oder ohne Datenweitergabe verweisen.</source>
        <translation>There is no consent to pass data to “{partner}”. Record the consent, or refer without passing data on.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="974"/>
        <location filename="../../app/casemanager/handover.py" line="543"/>
        <source>Stand der Verweisung</source>
        <translation>Referral status</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="98"/>
        <source>schriftlich</source>
        <translation>in writing</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="98"/>
        <source>mündlich</source>
        <translation>orally</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="103"/>
        <source>Art nicht erfasst</source>
        <translation>manner not recorded</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="105"/>
        <source>auf {language} mit Dolmetschung</source>
        <translation>in {language} with an interpreter</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="106"/>
        <source>auf {language}</source>
        <translation>in {language}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="112"/>
        <source>Art. 13 ausgehändigt</source>
        <translation>Art. 13 information handed over</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="112"/>
        <source>Art. 13 nicht ausgehändigt</source>
        <translation>Art. 13 information not handed over</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="113"/>
        <source>Art. 13 nicht erfasst</source>
        <translation>Art. 13 information not recorded</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="976"/>
        <location filename="../../app/casemanager/handover.py" line="544"/>
        <source>Ergebnis der Verweisung</source>
        <translation>Referral outcome</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="985"/>
        <source>Nachfassen am</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="986"/>
        <source>Das Nachfassen</source>
        <translation>The follow-up</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="986"/>
        <source>der Verweisung</source>
        <translation>the referral</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="973"/>
        <location filename="../../app/casemanager/handover.py" line="542"/>
        <location filename="../../app/casemanager/system_work.py" line="86"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="980"/>
        <source>Datum der Verweisung</source>
        <translation>Date of referral</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="981"/>
        <location filename="../../app/casemanager/casework.py" line="982"/>
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
        <location filename="../../app/casemanager/casework.py" line="433"/>
        <source>Keine Person mit der Fallnummer {n}.</source>
        <translation>No person with case number {n}.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="188"/>
        <location filename="../../fallakte/cli.py" line="583"/>
        <source>Geschrieben: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="273"/>
        <source>Ablage: {share}</source>
        <translation>Share: {share}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="273"/>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="280"/>
        <source>Fingerabdruck des KI-Schlüssels: {fp} (bitte telefonisch mit dem KI abgleichen)</source>
        <translation>KI key fingerprint: {fp} (compare it with the KI by phone)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="296"/>
        <source>Anmeldedatei für das KI geschrieben: {path}</source>
        <translation>Enrolment request for the KI written: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="297"/>
        <source>Gerät {id}, Fingerabdruck {fp}</source>
        <translation>Device {id}, fingerprint {fp}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="320"/>
        <source>{reason} Die Sendung {n} wartet und wird beim nächsten Versuch übertragen.</source>
        <translation>{reason} Bundle {n} is waiting and will be sent on the next attempt.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="323"/>
        <source>Übertragen: {path}</source>
        <translation>Sent: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="485"/>
        <source>KI-Speicher angelegt: {path}</source>
        <translation>KI store created: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="486"/>
        <source>Öffentlicher Schlüssel geschrieben; Fingerabdruck (für den telefonischen Abgleich):</source>
        <translation>Public key written; fingerprint (to compare by phone):</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="488"/>
        <source>Wiederherstellungscode des KI-Speichers (nur jetzt sichtbar, bitte sicher verwahren):</source>
        <translation>Recovery code of the KI store (shown only now; keep it safe):</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="72"/>
        <source>Passphrase des KI-Speichers: </source>
        <translation>Passphrase of the KI store: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="278"/>
        <source>Achtung: {reason} Sendungen warten, bis sie erreichbar ist.</source>
        <translation>Warning: {reason} Bundles wait until it is reachable.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="283"/>
        <source>Die Kommunen haben sich seit der letzten Anmeldedatei geändert: bitte mit »fallakte enrol-request« eine neue schreiben, damit das KI das Gerät neu anmeldet.</source>
        <translation>The municipalities have changed since the last enrolment file: please write a new one with »fallakte enrol-request« so that the KI enrols the device again.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="311"/>
        <source>Nächste Sendung von »{name}« ({munis}); neu: {new}. Jede Anzahl ist leicht verändert (höchstens ±2), 1 und 2 kommen nicht vor.</source>
        <translation>Next bundle of “{name}” ({munis}); new: {new}. Every count is slightly altered (at most ±2); 1 and 2 never occur.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="314"/>
        <source>nichts</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="499"/>
        <source>Achtung: Ein anderes Gerät heißt ebenfalls »{name}«.</source>
        <translation>Note: another device is also called “{name}”.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="502"/>
        <source>Gerät angemeldet: {name} ({id}), Fingerabdruck {fp}, Kommunen: {m}</source>
        <translation>Device enrolled: {name} ({id}), fingerprint {fp}, municipalities: {m}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="514"/>
        <source>gesperrt seit {t}</source>
        <translation>revoked since {t}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="514"/>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="515"/>
        <source>noch nie</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="517"/>
        <source>letzte Sendung: {t}</source>
        <translation>last bundle: {t}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="526"/>
        <source>Kein aktives Gerät mit der Kennung {id}.</source>
        <translation>No active device with id {id}.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="527"/>
        <source>Gerät {id} gesperrt: seine Sendungen werden ab jetzt abgelehnt.</source>
        <translation>Device {id} revoked: its bundles are refused from now on.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="529"/>
        <source>Seine bisherigen Zahlen sind aus allen Statistiken entfernt.</source>
        <translation>Its figures so far have been removed from every statistic.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="540"/>
        <source>Probelauf, nichts geändert: </source>
        <translation>Dry run, nothing changed: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="541"/>
        <source>Zusammenfassung: {s}</source>
        <translation>Summary: {s}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="560"/>
        <source>KI-Schlüssel: {name}, k = {k}, eigene Zeit der Fallmanager: {time}</source>
        <translation>KI key: {name}, k = {k}, case managers&apos; own time: {time}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/letters.py" line="99"/>
        <source>Die Vorlage »{name}« ({language}) gibt es nicht. Vorlagen liegen in {folder}.</source>
        <translation>There is no template “{name}” ({language}). Templates are kept in {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/letters.py" line="137"/>
        <location filename="../../app/casemanager/printouts.py" line="180"/>
        <source>Fallarbeit</source>
        <translation>Casework</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/letters.py" line="137"/>
        <location filename="../../app/casemanager/printouts.py" line="180"/>
        <source>Weitergabe an {partner}</source>
        <translation>Disclosure to {partner}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/letters.py" line="142"/>
        <location filename="../../app/casemanager/letters.py" line="143"/>
        <location filename="../../fallakte/cli.py" line="561"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/letters.py" line="142"/>
        <location filename="../../app/casemanager/letters.py" line="143"/>
        <location filename="../../fallakte/cli.py" line="561"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/letters.py" line="208"/>
        <source>Die Vorlage {path} ist kein lesbares Word-Dokument (.docx).</source>
        <translation>The template {path} is not a readable Word document (.docx).</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="562"/>
        <source>Importierte Sendungen: {what}</source>
        <translation>Imported bundles: {what}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="563"/>
        <source>werden in »importiert« aufbewahrt</source>
        <translation>are kept in »importiert«</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="563"/>
        <source>werden nach dem Import gelöscht</source>
        <translation>are deleted after the import</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="564"/>
        <source>Jahresbudget Sprachmittlung: {euro} €</source>
        <translation>Annual interpreting budget: {euro} €</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="581"/>
        <source>Hinweis: Für {period} liegen keine Sendungen vor; der Bericht sagt das.</source>
        <translation>Note: there are no bundles for {period}; the report says so.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="592"/>
        <source>Anmeldedatei für das Land geschrieben: {path}</source>
        <translation>Enrol request for the Land written: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="601"/>
        <source>Kreissendung an das Land geschrieben: {path}</source>
        <translation>County bundle for the Land written: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="627"/>
        <source>{n} Demo-Geräte angemeldet; ihre Sendungen liegen in {share}. Weiter mit »fallakte ki import«.</source>
        <translation>{n} demo devices enrolled; their bundles are in {share}. Next: “fallakte ki import”.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="82"/>
        <source>Mit --force wird sie ersetzt und gelöscht.</source>
        <translation>--force replaces and deletes it.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="203"/>
        <source>Kalenderdatei geschrieben ({what}): {path}</source>
        <translation>Calendar file written ({what}): {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="204"/>
        <source>mit Namen</source>
        <translation>with names</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="204"/>
        <source>nur mit Fallnummern</source>
        <translation>with case numbers only</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="205"/>
        <source>Achtung: Die Datei liegt außerhalb der verschlüsselten Falldatei und ist nicht geschützt. Bitte nach dem Import in Outlook oder Thunderbird löschen.</source>
        <translation>Note: the file lies outside the encrypted case file and is not protected. Please delete it once imported into Outlook or Thunderbird.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="214"/>
        <source>Informationsveranstaltung: {topic} ({place})</source>
        <translation>Information event: {topic} ({place})</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="224"/>
        <source>Keine Termine in dieser Woche.</source>
        <translation>No appointments this week.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="249"/>
        <source>Eigene Vorlagen des Kreises: {folder}</source>
        <translation>The county&apos;s own templates: {folder}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="252"/>
        <source>Bitte Vorlage, Fallnummer und --out DATEI.docx angeben.</source>
        <translation>Please give the template, the case number and --out FILE.docx.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="256"/>
        <source>Diese Platzhalter der Vorlage kennt Fallakte nicht, sie stehen unverändert im Brief: {names}</source>
        <translation>Fallakte does not know these placeholders of the template; they are left in the letter as they are: {names}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="333"/>
        <source>Übergabe-Schlüssel geschrieben: {path}</source>
        <translation>Handover key written: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="334"/>
        <source>Fingerabdruck (bitte der Kollegin oder dem Kollegen am Telefon vorlesen): {fp}</source>
        <translation>Fingerprint (please read it out to your colleague over the phone): {fp}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="340"/>
        <source>Auf der Befehlszeile: mit --fingerprint und dem abgeglichenen Fingerabdruck.</source>
        <translation>On the command line: with --fingerprint and the fingerprint you compared.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="349"/>
        <source>Bitte Fallnummern angeben oder --all, nicht beides.</source>
        <translation>Please give case numbers or --all, not both.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="361"/>
        <source>Übergabe an {name} (Fingerabdruck {fp}) geschrieben: {path}</source>
        <translation>Handover to {name} (fingerprint {fp}) written: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="363"/>
        <source>{n} Person ist jetzt als »Übergabe läuft« markiert, bis die Quittung eingelesen ist (fallakte handover-confirm).</source>
        <translation>{n} person is now marked »handover in progress« until the receipt has been read (fallakte handover-confirm).</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="365"/>
        <source>{n} Personen sind jetzt als »Übergabe läuft« markiert, bis die Quittung eingelesen ist (fallakte handover-confirm).</source>
        <translation>{n} persons are now marked »handover in progress« until the receipt has been read (fallakte handover-confirm).</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="388"/>
        <source>Übergabe von {name} (Fingerabdruck {fp})</source>
        <translation>Handover from {name} (fingerprint {fp})</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="389"/>
        <source>Rechtsgrundlage: {basis}</source>
        <translation>Legal basis: {basis}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="390"/>
        <source>Grundlage: Einwilligung der Personen in die Übergabe</source>
        <translation>Basis: the persons&apos; consent to the handover</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="392"/>
        <source>bereits in dieser Falldatei</source>
        <translation>already in this case file</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="393"/>
        <source>neu, bisher {old}</source>
        <translation>new, previously {old}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="394"/>
        <source>{number}: {cases}, {contacts} ({state})</source>
        <translation>{number}: {cases}, {contacts} ({state})</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="398"/>
        <source>Probelauf, nichts geändert.</source>
        <translation>Dry run, nothing changed.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="400"/>
        <source>Diese Übergabe war bereits empfangen; nichts geändert.</source>
        <translation>This handover had already been received; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="401"/>
        <source>{n} Person übernommen.</source>
        <translation>{n} person taken over.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="401"/>
        <source>{n} Personen übernommen.</source>
        <translation>{n} persons taken over.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="403"/>
        <source>Quittung geschrieben: {path}. Bitte an {name} zurückgeben.</source>
        <translation>Receipt written: {path}. Please return it to {name}.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="406"/>
        <source>Die Quittung schreibt derselbe Befehl mit --receipt DATEI, auch später.</source>
        <translation>The same command with --receipt FILE writes the receipt, also later on.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="418"/>
        <source>Diese Quittung war bereits eingelesen; nichts geändert.</source>
        <translation>This receipt had already been read; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="420"/>
        <source>Übergabe an {name} bestätigt: {deleted} aus dieser Falldatei gelöscht, {closed} als »übergeben« abgeschlossen.</source>
        <translation>Handover to {name} confirmed: {deleted} deleted from this case file, {closed} closed as »handed over«.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="422"/>
        <location filename="../../fallakte/cli.py" line="442"/>
        <source>{n} Person</source>
        <translation>{n} person</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="422"/>
        <location filename="../../fallakte/cli.py" line="442"/>
        <source>{n} Personen</source>
        <translation>{n} persons</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="435"/>
        <source>{n} ist in keiner laufenden Übergabe.</source>
        <translation>{n} is in no running handover.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="437"/>
        <source>Nur zurücknehmen, wenn {name} die Übergabe nicht empfangen hat: sonst liegen die Personen danach in beiden Falldateien. Wenn das sicher ist: mit --nicht-empfangen.</source>
        <translation>Only take it back if {name} has not received the handover: otherwise the persons will be in both case files. If you are sure: with --nicht-empfangen.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="441"/>
        <source>Übergabe an {name} zurückgenommen: {persons} wieder hier in Arbeit.</source>
        <translation>Handover to {name} taken back: {persons} in work here again.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="457"/>
        <source>--column {given}: erwartet FELD=SPALTE, z. B. Familienname=Name; Spalten der Datei: {columns}</source>
        <translation>--column {given}: expected FIELD=COLUMN, e.g. Family name=Name; columns in the file: {columns}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="462"/>
        <source>{field}: Spalte »{column}«</source>
        <translation>{field}: column »{column}«</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="463"/>
        <source>{field}: keine Spalte</source>
        <translation>{field}: no column</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="470"/>
        <source>{n} Zeile geprüft</source>
        <translation>{n} row checked</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="470"/>
        <source>{n} Zeilen geprüft</source>
        <translation>{n} rows checked</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="472"/>
        <source>{rows}, {n} mit Fehlern: nichts importiert.</source>
        <translation>{rows}, {n} with errors: nothing imported.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="474"/>
        <source>{rows}, keine Fehler. Probelauf: nichts importiert.</source>
        <translation>{rows}, no errors. Dry run: nothing imported.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="476"/>
        <source>{n} Person importiert.</source>
        <translation>{n} person imported.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="476"/>
        <source>{n} Personen importiert.</source>
        <translation>{n} persons imported.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="567"/>
        <source>bis dahin {cost}</source>
        <translation>so far {cost}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="636"/>
        <source>Falldatei (Vorgabe: &lt;Anwendungsdaten&gt;/Fallakte/fallakte.db)</source>
        <translation>case file (default: &lt;application data&gt;/Fallakte/fallakte.db)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="638"/>
        <source>Fallakte: verschlüsselte Fallakte für das KIM-Case-Management.</source>
        <translation>Fallakte: encrypted case file for KIM case management.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="640"/>
        <location filename="../../fallakte/cli.py" line="820"/>
        <source>die Version zeigen und beenden</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="642"/>
        <source>prüfen, ob diese Installation funktioniert (ohne echte Daten)</source>
        <translation>check that this installation works (without real data)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="644"/>
        <source>Befehle</source>
        <translation>commands</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="646"/>
        <source>neue Falldatei anlegen</source>
        <translation>create a new case file</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="647"/>
        <source>eine vorhandene Falldatei ersetzen (löscht sie)</source>
        <translation>replace an existing case file (deletes it)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="649"/>
        <source>Falldatei vollständig prüfen</source>
        <translation>check the case file completely</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="650"/>
        <source>verschlüsselte Sicherung schreiben</source>
        <translation>write an encrypted backup</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="651"/>
        <source>Zieldatei oder -ordner</source>
        <translation>target file or folder</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="653"/>
        <source>Falldatei aus einer Sicherung wiederherstellen</source>
        <translation>restore the case file from a backup</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="654"/>
        <source>die Sicherungsdatei</source>
        <translation>the backup file</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="656"/>
        <source>mit dem Wiederherstellungscode statt der Passphrase (verlangt eine neue Passphrase)</source>
        <translation>with the recovery code instead of the passphrase (asks for a new passphrase)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="658"/>
        <source>Passphrase ändern</source>
        <translation>change the passphrase</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="660"/>
        <source>vergessene Passphrase: mit dem Wiederherstellungscode eine neue setzen</source>
        <translation>forgotten passphrase: set a new one with the recovery code</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="661"/>
        <source>Beispieldaten in eine leere Falldatei schreiben</source>
        <translation>write demo data into an empty case file</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="662"/>
        <source>Zahl der Personen (Vorgabe 200)</source>
        <translation>number of persons (default 200)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="663"/>
        <source>gleicher Startwert, gleiche Daten (am selben Tag)</source>
        <translation>same seed, same data (on the same day)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="666"/>
        <source>Auskunft nach Art. 15 DSGVO: alles zu einer Person als PDF und JSON</source>
        <translation>subject access (Art. 15 GDPR): everything about one person as PDF and JSON</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="668"/>
        <source>Zielordner</source>
        <translation>target folder</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="672"/>
        <source>Termine einer Woche zeigen oder als Kalenderdatei (.ics) schreiben</source>
        <translation>show a week&apos;s appointments or write them as a calendar file (.ics)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="673"/>
        <source>z. B. 2026-W48 oder ein Datum der Woche (Vorgabe: diese Woche)</source>
        <translation>e.g. 2026-W48 or a date in the week (default: this week)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="674"/>
        <source>die Woche als .ics-Datei für Outlook oder Thunderbird schreiben (Datei oder Ordner)</source>
        <translation>write the week as an .ics file for Outlook or Thunderbird (file or folder)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="677"/>
        <source>auch Namen, Hausbesuchsadressen und Beteiligte (sonst nur Fallnummern)</source>
        <translation>also names, home visit addresses and who else takes part (otherwise case numbers only)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="680"/>
        <source>Hilfeplan oder Fallblatt einer Person als PDF schreiben</source>
        <translation>write a person&apos;s support plan (Hilfeplan) or case sheet (Fallblatt) as PDF</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="683"/>
        <source>die PDF-Datei, die geschrieben wird</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="687"/>
        <source>einen Brief aus einer Vorlage schreiben (DOCX und PDF), mit --list die Vorlagen zeigen</source>
        <translation>write a letter from a template (DOCX and PDF); --list shows the templates</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="688"/>
        <source>z. B. auslaenderbehoerde, jobcenter, schule</source>
        <translation>e.g. auslaenderbehoerde, jobcenter, schule</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="690"/>
        <source>die DOCX-Datei; die PDF-Datei kommt daneben</source>
        <translation>the DOCX file; the PDF file goes beside it</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="691"/>
        <source>Sprache der Vorlage (Vorgabe de)</source>
        <translation>language of the template (default de)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="692"/>
        <source>die vorhandenen Vorlagen zeigen</source>
        <translation>show the templates there are</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="695"/>
        <source>Synchronisation einrichten (Ablage, KI-Schlüssel, Gerät)</source>
        <translation>set up synchronisation (share, KI key, device)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="696"/>
        <source>Ablage des KI (Netzlaufwerk, UNC-Pfad, USB-Stick, Cloud-Ordner)</source>
        <translation>the KI&apos;s share (network drive, UNC path, USB stick, cloud folder)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="697"/>
        <source>öffentlicher Schlüssel des KI (ki-public.key)</source>
        <translation>the KI&apos;s public key (ki-public.key)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="698"/>
        <source>Name dieses Geräts, z. B. »KIM Dülmen 1«</source>
        <translation>name of this device, e.g. »KIM Dülmen 1«</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="699"/>
        <source>betreute Kommunen, z. B. duelmen,nottuln</source>
        <translation>municipalities served, e.g. duelmen,nottuln</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="701"/>
        <source>Anmeldedatei dieses Geräts für das KI schreiben</source>
        <translation>write this device&apos;s enrolment file for the KI</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="702"/>
        <source>Vorgabe: in den Ordner »anmeldung« der Ablage</source>
        <translation>default: into the share&apos;s »anmeldung« folder</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="704"/>
        <source>anonymisierte Zahlen an das KI übertragen</source>
        <translation>send anonymised counts to the KI</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="705"/>
        <source>statt der eingerichteten Ablage</source>
        <translation>instead of the share set up</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="706"/>
        <source>jede Zahl der nächsten Sendung zeigen, nichts senden</source>
        <translation>show every figure of the next bundle, send nothing</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="710"/>
        <source>den eigenen Übergabe-Schlüssel schreiben (für Kolleg*innen, die Fälle übergeben)</source>
        <translation>write your own handover key (for colleagues who hand cases over to you)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="711"/>
        <source>z. B. name.fallakte-schluessel</source>
        <translation>e.g. name.fallakte-schluessel</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="712"/>
        <location filename="../../fallakte/cli.py" line="722"/>
        <source>Ihr Name, unter dem Kolleg*innen Sie erkennen (wird gemerkt)</source>
        <translation>your name, as colleagues will recognise you (remembered)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="715"/>
        <source>Fälle an eine Kollegin oder einen Kollegen übergeben (verschlüsselt)</source>
        <translation>hand cases over to a colleague (encrypted)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="717"/>
        <source>alle Personen dieser Falldatei (ganzer Fallbestand)</source>
        <translation>all persons in this case file (the entire caseload)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="718"/>
        <source>Übergabe-Schlüssel der Kollegin oder des Kollegen</source>
        <translation>the colleague&apos;s handover key</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="719"/>
        <source>die Übergabedatei, z. B. x.fallakte-uebergabe</source>
        <translation>the handover file, e.g. x.fallakte-uebergabe</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="721"/>
        <source>beim ersten Mal: der telefonisch abgeglichene Fingerabdruck des Schlüssels</source>
        <translation>the first time: the key&apos;s fingerprint, compared by phone</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="723"/>
        <source>alle Mitglieder ihrer Haushalte mitübergeben</source>
        <translation>also hand over all members of their households</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="725"/>
        <source>eine Übergabe empfangen und quittieren</source>
        <translation>receive a handover and issue a receipt</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="726"/>
        <source>die Übergabedatei</source>
        <translation>the handover file</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="727"/>
        <source>wohin die Quittung für den Absender geschrieben wird</source>
        <translation>where the receipt for the sender is written</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="729"/>
        <source>beim ersten Mal: der telefonisch abgeglichene Fingerabdruck des Absenders</source>
        <translation>the first time: the sender&apos;s fingerprint, compared by phone</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="730"/>
        <source>nur zeigen, was ankäme; nichts ändern</source>
        <translation>only show what would arrive; change nothing</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="733"/>
        <source>Quittung einlesen: übergebene Fälle abschließen und ihre Daten hier löschen</source>
        <translation>read a receipt: close the handed-over cases and delete their data here</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="738"/>
        <source>eine laufende Übergabe zurücknehmen, deren Datei nicht ankommt (verloren, Kollegin oder Kollege nicht mehr da)</source>
        <translation>take back a running handover whose file will not arrive (lost, or the colleague gone)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="740"/>
        <source>eine Person der Übergabe</source>
        <translation>a person of the handover</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="742"/>
        <source>bestätigt, dass die Datei nicht empfangen wurde</source>
        <translation>confirms that the file was not received</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="746"/>
        <source>eine bestehende Liste (Excel oder CSV) als Personen und Fälle übernehmen</source>
        <translation>import an existing list (Excel or CSV) as persons and cases</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="747"/>
        <source>die Liste, .xlsx oder .csv</source>
        <translation>the list, .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="748"/>
        <source>jede Zeile prüfen und Fehler nennen, nichts importieren</source>
        <translation>check every row and name the errors; import nothing</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="750"/>
        <source>eine Spalte zuordnen, z. B. Familienname=Name (sonst nach den Spaltenüberschriften)</source>
        <translation>map a column, e.g. Family name=Name (otherwise by the column headings)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="752"/>
        <source>bestätigt: alle Personen mit Beginn haben zu diesem Tag in die Fallarbeit eingewilligt</source>
        <translation>confirmed: all persons with a start date consented to casework as of that day</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="756"/>
        <source>KI-Speicher (Vorgabe: &lt;Anwendungsdaten&gt;/Fallakte/ki-speicher.db)</source>
        <translation>KI store (default: &lt;application data&gt;/Fallakte/ki-speicher.db)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="757"/>
        <source>Befehle des Kommunalen Integrationszentrums</source>
        <translation>commands of the municipal integration centre (KI)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="758"/>
        <source>KI-Befehle</source>
        <translation>KI commands</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="759"/>
        <source>KI-Speicher und Schlüsselpaar anlegen</source>
        <translation>create the KI store and key pair</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="760"/>
        <source>wohin ki-public.key geschrieben wird</source>
        <translation>where ki-public.key is written</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="761"/>
        <source>Name des KI</source>
        <translation>name of the KI</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="762"/>
        <source>kleinste Zahl, die Geräte zeigen dürfen (mindestens 3)</source>
        <translation>smallest count devices may show (at least 3)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="764"/>
        <source>Geräte senden keine Arbeitszeiten der Case-Manager*innen (auch nicht je Quartal)</source>
        <translation>devices send no working time of the case managers (not even per quarter)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="766"/>
        <source>ein Gerät anmelden</source>
        <translation>enrol a device</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="767"/>
        <source>Anmeldedatei des Geräts</source>
        <translation>the device&apos;s enrolment file</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="768"/>
        <source>Name, unter dem das Gerät geführt wird</source>
        <translation>name under which the device is listed</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="769"/>
        <source>zugeordnete Kommunen</source>
        <translation>municipalities assigned</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="770"/>
        <source>ein gesperrtes Gerät ausdrücklich wieder zulassen</source>
        <translation>explicitly readmit a revoked device</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="772"/>
        <source>angemeldete Geräte</source>
        <translation>enrolled devices</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="774"/>
        <source>ein Gerät sperren</source>
        <translation>revoke a device</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="776"/>
        <source>auch seine bisherigen Zahlen aus allen Statistiken entfernen</source>
        <translation>also remove its figures so far from every statistic</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="778"/>
        <source>Sendungen aus einem Ordner importieren</source>
        <translation>import bundles from a folder</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="780"/>
        <source>nur berichten, was ein Import täte; nichts ändern</source>
        <translation>only report what an import would do; change nothing</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="782"/>
        <source>Einstellungen des KI zeigen oder ändern</source>
        <translation>show or change the KI&apos;s settings</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="784"/>
        <source>importierte Sendungen aufbewahren (ja) oder nach dem Import löschen (nein, Vorgabe)</source>
        <translation>keep imported bundles (ja) or delete them after the import (nein, default)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="785"/>
        <source>Jahresbudget Sprachmittlung in Euro</source>
        <translation>annual interpreting budget in euros</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="787"/>
        <source>Jahr, dessen Kosten dem Budget gegenübergestellt werden (Vorgabe: das laufende)</source>
        <translation>year whose cost is set against the budget (default: the current one)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="789"/>
        <source>Bericht für den Ausschuss oder Tabellen schreiben</source>
        <translation>write the committee report or tables</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="790"/>
        <source>z. B. 2026, 2026-Q3 oder 2026-07</source>
        <translation>e.g. 2026, 2026-Q3 or 2026-07</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="792"/>
        <source>Datei (pdf, xlsx) oder Ordner (csv)</source>
        <translation>file (pdf, xlsx) or folder (csv)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="794"/>
        <source>Anmeldedatei des KI für das Land schreiben</source>
        <translation>write the KI&apos;s enrolment file for the Land</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="795"/>
        <source>Name, unter dem das Land den Kreis führt</source>
        <translation>name under which the Land lists the county</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="799"/>
        <source>Kreissumme als Sendung an das Land (signiert, verschlüsselt) ablegen</source>
        <translation>put the county&apos;s totals as a bundle for the Land (signed, encrypted)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="800"/>
        <source>öffentlicher Schlüssel des Landes</source>
        <translation>the Land&apos;s public key</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="801"/>
        <source>Ablage des Landes</source>
        <translation>the Land&apos;s share</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="803"/>
        <source>die Auswertung (Statistikfenster) öffnen</source>
        <translation>open the statistics window</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="806"/>
        <source>12 Demo-Geräte (3 Regionen, 2 Jahre) anmelden und ihre Sendungen ablegen</source>
        <translation>enrol 12 demo devices (3 regions, 2 years) and put their bundles</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="807"/>
        <source>Ablage, in die die Sendungen gehen</source>
        <translation>share the bundles go to</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="808"/>
        <source>Personen je Gerät</source>
        <translation>persons per device</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="818"/>
        <source>Aufruf: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="818"/>
        <source>Argumente</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="818"/>
        <source>Optionen</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="819"/>
        <source>diese Hilfe zeigen und beenden</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="821"/>
        <source>%(prog)s: Fehler: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="822"/>
        <source>Diese Angaben fehlen: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="823"/>
        <source>unbekannte Angaben: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="824"/>
        <source>ungültige Wahl: %(value)r (möglich: %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="825"/>
        <source>hier fehlt ein Wert</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="826"/>
        <source>höchstens ein Wert erlaubt</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="827"/>
        <source>mindestens ein Wert nötig</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="828"/>
        <source>ungültiger Wert: %(value)r</source>
        <translation>invalid value: %(value)r</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="829"/>
        <source>Angabe %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="830"/>
        <source>mehrdeutig: %(option)s passt zu %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="831"/>
        <source>nicht zusammen mit %s erlaubt</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="832"/>
        <source>eine dieser Angaben ist nötig: %s</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="860"/>
        <source>Abgebrochen. Es wurde nichts verändert.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="70"/>
        <source>Alle in der Fallakte gespeicherten Daten zu dieser Person, Stand {day}.</source>
        <translation>All data stored in the case file about this person, as of {day}.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="72"/>
        <source>erteilt am</source>
        <translation>given on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="72"/>
        <source>widerrufen am</source>
        <translation>withdrawn on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="73"/>
        <source>zuständig</source>
        <translation>responsible</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="74"/>
        <source>Sprachmittlung</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="74"/>
        <source>mit Datenweitergabe</source>
        <translation>passing data on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="78"/>
        <location filename="../../ui/models.py" line="22"/>
        <source>Fallnummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="78"/>
        <location filename="../../app/casemanager/list_import.py" line="52"/>
        <location filename="../../ui/case_view.py" line="1087"/>
        <location filename="../../ui/models.py" line="22"/>
        <source>Familienname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="79"/>
        <location filename="../../app/casemanager/list_import.py" line="52"/>
        <location filename="../../ui/case_view.py" line="1088"/>
        <location filename="../../ui/models.py" line="22"/>
        <source>Vornamen</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="80"/>
        <location filename="../../app/casemanager/printouts.py" line="133"/>
        <location filename="../../ui/case_view.py" line="1092"/>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="81"/>
        <location filename="../../app/casemanager/printouts.py" line="134"/>
        <location filename="../../ui/appointments.py" line="119"/>
        <location filename="../../ui/case_view.py" line="1093"/>
        <location filename="../../ui/pages.py" line="603"/>
        <location filename="../../ui/pages.py" line="607"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="82"/>
        <location filename="../../app/casemanager/printouts.py" line="135"/>
        <location filename="../../ui/case_view.py" line="1096"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="82"/>
        <location filename="../../app/casemanager/printouts.py" line="135"/>
        <location filename="../../ui/case_view.py" line="1094"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="82"/>
        <location filename="../../app/casemanager/printouts.py" line="135"/>
        <location filename="../../ui/case_view.py" line="1095"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="83"/>
        <location filename="../../app/casemanager/printouts.py" line="136"/>
        <location filename="../../ui/case_view.py" line="1097"/>
        <source>Bereits begleitet durch</source>
        <translation>Already supported by</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="85"/>
        <source>gültig bis</source>
        <translation>valid until</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="85"/>
        <source>beantragt</source>
        <translation>applied for</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="86"/>
        <source>Einwilligung angefragt</source>
        <translation>Consent requested</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="93"/>
        <source>nachgewiesen am</source>
        <translation>proven on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="93"/>
        <source>nachzuweisen bis</source>
        <translation>to be proven by</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="109"/>
        <source>Fall vom {day}</source>
        <translation>Case of {day}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="111"/>
        <location filename="../../ui/models.py" line="23"/>
        <source>Abgeschlossen</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="113"/>
        <source>Phasen</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="114"/>
        <source>Intensität seit</source>
        <translation>Intensity since</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="131"/>
        <source>Uhr</source>
        <translation>o&apos;clock</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="131"/>
        <source>mit</source>
        <translation>with</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="139"/>
        <source>hinzugefügt am</source>
        <translation>added on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="139"/>
        <source>Dokumente (Scans, PDFs, Fotos)</source>
        <translation>Documents (scans, PDFs, photos)</translation>
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
        <source>Die Quittung nennt nicht genau die Personen dieser Übergabe ({named} von {sent}). Alle bleiben »Übergabe läuft«; bitte mit der Kollegin oder dem Kollegen klären.</source>
        <translation>The receipt does not name exactly the persons of this handover ({named} of {sent}). All of them stay »handover in progress«; please clear this up with your colleague.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="238"/>
        <source>Der Schlüssel von »{name}« ist noch nicht bestätigt. Sein Fingerabdruck: {fingerprint}. Bitte telefonisch abgleichen und bestätigen.</source>
        <translation>The key of »{name}« has not been confirmed yet. Its fingerprint: {fingerprint}. Please compare it by phone and confirm.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="242"/>
        <source>Es wurde nichts verändert.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/privacy.py" line="82"/>
        <source>Der Fall ist noch offen. Bitte zuerst abschließen.</source>
        <translation>The case is still open. Please close it first.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/privacy.py" line="169"/>
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
        <location filename="../../app/casemanager/appointments.py" line="332"/>
        <location filename="../../app/casemanager/sync_service.py" line="112"/>
        <location filename="../../app/casemanager/system_work.py" line="83"/>
        <location filename="../../app/casemanager/system_work.py" line="136"/>
        <location filename="../../app/casemanager/system_work.py" line="152"/>
        <location filename="../../ui/appointments.py" line="55"/>
        <location filename="../../ui/appointments.py" line="116"/>
        <location filename="../../ui/pages.py" line="600"/>
        <location filename="../../ui/pages.py" line="607"/>
        <location filename="../../ui/pages.py" line="623"/>
        <location filename="../../ui/pages.py" line="628"/>
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
        <location filename="../../ui/appointments.py" line="50"/>
        <location filename="../../ui/appointments.py" line="115"/>
        <location filename="../../ui/forms.py" line="95"/>
        <location filename="../../ui/pages.py" line="599"/>
        <location filename="../../ui/pages.py" line="607"/>
        <location filename="../../ui/pages.py" line="622"/>
        <location filename="../../ui/pages.py" line="628"/>
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
        <location filename="../../ui/appointments.py" line="118"/>
        <location filename="../../ui/pages.py" line="602"/>
        <location filename="../../ui/pages.py" line="607"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="139"/>
        <location filename="../../ui/appointments.py" line="120"/>
        <location filename="../../ui/pages.py" line="604"/>
        <location filename="../../ui/pages.py" line="608"/>
        <source>Dolmetschende</source>
        <translation>Interpreters</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="153"/>
        <location filename="../../ui/pages.py" line="624"/>
        <location filename="../../ui/pages.py" line="628"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="154"/>
        <source>Die Beobachtung</source>
        <translation>The observation</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="60"/>
        <source>Überfällig</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="60"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="60"/>
        <source>Nächste 14 Tage</source>
        <translation>Next 14 days</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="147"/>
        <source>§ 104c: die 18 Monate enden am {end}</source>
        <translation>§ 104c: the 18 months end on {end}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="87"/>
        <source>Ziel prüfen ({area})</source>
        <translation>Review goal ({area})</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="87"/>
        <source>Nachfassen: {partner}</source>
        <translation>Follow up: {partner}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="88"/>
        <source>Rückmeldung erwartet: {partner}</source>
        <translation>Reply expected: {partner}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="120"/>
        <source>Einwilligung widerrufen: Daten löschen</source>
        <translation>Consent withdrawn: delete data</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="121"/>
        <source>Aufbewahrungsfrist endet: Daten löschen</source>
        <translation>Retention period ends: delete data</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="148"/>
        <source>{status} seit {day} abgelaufen: Aufenthalt klären</source>
        <translation>{status} expired since {day}: clarify residence</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="149"/>
        <source>{status} gültig bis {day}: Verlängerung rechtzeitig beantragen</source>
        <translation>{status} valid until {day}: apply for renewal in time</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="188"/>
        <source>§ 104c: Antrag auf {title} am {applied} gestellt, Fiktion seit {start}: Entscheidung nachhalten</source>
        <translation>§ 104c: application for {title} filed on {applied}, Fiktion since {start}: follow up the decision</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="192"/>
        <source>§ 104c: die 18 Monate enden am {end}, Antrag auf {title} gestellt</source>
        <translation>§ 104c: the 18 months end on {end}, application for {title} filed</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="233"/>
        <source>{n} Voraussetzung</source>
        <translation>{n} condition</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="233"/>
        <source>{n} Voraussetzungen</source>
        <translation>{n} conditions</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="235"/>
        <source>{pathway}: {count} bis {day} nachzuweisen</source>
        <translation>{pathway}: {count} to be proven by {day}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="254"/>
        <source>Termin vom {day} um {start} Uhr: stattgefunden oder ausgefallen? Bitte erfassen.</source>
        <translation>Appointment of {day} at {start}: did it take place? Please record it.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="258"/>
        <source>Termin {start}–{end} Uhr</source>
        <translation>Appointment {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="259"/>
        <source>mit {who}</source>
        <translation>with {who}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="261"/>
        <source>Sprachmittlung {language}</source>
        <translation>interpreting {language}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="268"/>
        <source>Sprachmittlung {language} für den Termin am {day} um {start} Uhr noch nicht gebucht</source>
        <translation>Interpreter ({language}) for the appointment on {day} at {start} not yet booked</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="277"/>
        <source>Wiedervorlage am</source>
        <translation>Follow-up on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="279"/>
        <source>Die Wiedervorlage muss nach dem heutigen Tag liegen.</source>
        <translation>The follow-up date must be after today.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="281"/>
        <source>Die Wiedervorlage darf höchstens ein Jahr in der Zukunft liegen.</source>
        <translation>The follow-up date may be at most one year ahead.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="293"/>
        <source>Ziel erreicht</source>
        <translation>Goal achieved</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="293"/>
        <source>Rückmeldung erfassen …</source>
        <translation>Record reply …</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="294"/>
        <source>Nachgefasst</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="294"/>
        <source>Besprochen</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="295"/>
        <source>Stattgefunden …</source>
        <translation>Took place …</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="295"/>
        <location filename="../../ui/appointments.py" line="64"/>
        <source>Sprachmittlung gebucht</source>
        <translation>Interpreter booked</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="301"/>
        <source>Die Daten werden im Fall gelöscht (Reiter »Person«): bitte öffnen.</source>
        <translation>The data are deleted in the case (»Person« tab): please open it.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="303"/>
        <source>Im Reiter »Aufenthalt« den neuen Status oder den gestellten Antrag erfassen: bitte öffnen.</source>
        <translation>Record the new status or the application filed on the »Residence« tab: please open it.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="305"/>
        <source>Nachweise werden in der Checkliste im Reiter »Aufenthalt« abgehakt: bitte öffnen.</source>
        <translation>Proofs are ticked in the checklist on the »Residence« tab: please open it.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="307"/>
        <source>Der Termin steht noch bevor: ab seinem Tag lässt er sich als stattgefunden erfassen.</source>
        <translation>The appointment is still ahead: from its day on it can be recorded as taken place.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="320"/>
        <source>Bitte den neuen Stand der Verweisung wählen.</source>
        <translation>Please choose the referral&apos;s new status.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/today.py" line="335"/>
        <source>Dieser Punkt wird im Fall erledigt.</source>
        <translation>This item is done in the case.</translation>
    </message>
    <message>
        <location filename="../../app/core/validation.py" line="22"/>
        <source>{label} darf nicht leer sein.</source>
        <translation>{label} must not be empty.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/appointments.py" line="98"/>
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
        <location filename="../../ui/case_view.py" line="1091"/>
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
        <location filename="../../ui/pages.py" line="455"/>
        <source>{record} vom {date}</source>
        <translation>{record} of {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="613"/>
        <source>Veranstaltung &amp;erfassen</source>
        <translation>&amp;Record event</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="625"/>
        <location filename="../../ui/pages.py" line="628"/>
        <source>Beobachtung</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="633"/>
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
        <location filename="../../fallakte/cli.py" line="393"/>
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
        <location filename="../../app/ki/importer.py" line="102"/>
        <source>Sendung {n} ist älter als die schon importierte {m}</source>
        <translation>Bundle {n} is older than the already imported {m}</translation>
    </message>
    <message>
        <location filename="../../app/ki/importer.py" line="126"/>
        <source>keine gewöhnliche Datei</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <location filename="../../app/ki/importer.py" line="141"/>
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
        <location filename="../../app/casemanager/appointments.py" line="163"/>
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
        <location filename="../../app/ki/statistics.py" line="328"/>
        <source>Region {name}</source>
        <translation>Region {name}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="61"/>
        <location filename="../../app/ki/statistics.py" line="332"/>
        <source>außerhalb der betreuten Kommunen</source>
        <translation>outside the municipalities served</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="334"/>
        <source>Kreis Coesfeld</source>
        <translation>Kreis Coesfeld</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="343"/>
        <location filename="../../app/ki/statistics.py" line="448"/>
        <source>Insgesamt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="350"/>
        <source>Personen im Case Management nach Kommune (Stand Monatsende)</source>
        <translation>Persons in case management by municipality (at month end)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="351"/>
        <source>Gesamt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="355"/>
        <source>Personen im Case Management je Monat (Kreis)</source>
        <translation>Persons in case management per month (county)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="355"/>
        <location filename="../../app/ki/statistics.py" line="357"/>
        <location filename="../../app/ki/statistics.py" line="360"/>
        <location filename="../../app/ki/statistics.py" line="362"/>
        <location filename="../../app/ki/statistics.py" line="365"/>
        <location filename="../../app/ki/statistics.py" line="369"/>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="357"/>
        <source>Intensität der Begleitung (Kreis)</source>
        <translation>Intensity of support (county)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="360"/>
        <source>Personen nach Prozessphase (Kreis)</source>
        <translation>Persons by process phase (county)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="362"/>
        <source>Personen nach Geschlecht (Kreis)</source>
        <translation>Persons by gender (county)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="365"/>
        <source>Personen nach Altersgruppe (Kreis)</source>
        <translation>Persons by age group (county)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="369"/>
        <source>Personen nach Aufenthaltsstatus-Gruppe (Kreis)</source>
        <translation>Persons by residence status group (county)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="371"/>
        <source>Eröffnete und abgeschlossene Fälle nach Kommune</source>
        <translation>Cases opened and closed by municipality</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="43"/>
        <location filename="../../app/ki/statistics.py" line="372"/>
        <source>eröffnet</source>
        <translation>opened</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="43"/>
        <location filename="../../app/ki/statistics.py" line="372"/>
        <source>abgeschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="378"/>
        <source>Themen: Kontakte im Case Management und Kurzinterventionen</source>
        <translation>Topics: contacts in case management and short interventions</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="379"/>
        <location filename="../../app/ki/statistics.py" line="382"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="379"/>
        <source>Kurzinterventionen</source>
        <translation>Short interventions</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="381"/>
        <source>Ein Kontakt kann mehrere Themen haben.</source>
        <translation>A contact can have several topics.</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="382"/>
        <source>Kontakte nach Kontaktweg (Kreis)</source>
        <translation>Contacts by channel (county)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="384"/>
        <source>Verweisungen nach Partner (Kreis)</source>
        <translation>Referrals by partner (county)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="384"/>
        <location filename="../../app/ki/statistics.py" line="387"/>
        <source>Verweisungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="387"/>
        <source>Verweisungen nach Ergebnis (Kreis)</source>
        <translation>Referrals by outcome (county)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="43"/>
        <location filename="../../app/ki/statistics.py" line="389"/>
        <source>noch offen</source>
        <translation>still open</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="391"/>
        <source>Chancen-Aufenthaltsrecht (§ 104c AufenthG) nach Kommune</source>
        <translation>Opportunity residence permit (§ 104c AufenthG) by municipality</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="392"/>
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
        <location filename="../../app/ki/statistics.py" line="392"/>
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
        <location filename="../../app/ki/statistics.py" line="392"/>
        <source>→ § 25a</source>
        <translation>→ § 25a</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="45"/>
        <location filename="../../app/ki/statistics.py" line="392"/>
        <source>→ § 25b</source>
        <translation>→ § 25b</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="45"/>
        <location filename="../../app/ki/statistics.py" line="393"/>
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
        <location filename="../../app/ki/statistics.py" line="403"/>
        <source>Systembeobachtungen nach Kategorie</source>
        <translation>System observations by category</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="403"/>
        <source>Beobachtungen</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/transparency.py" line="34"/>
        <location filename="../../app/ki/statistics.py" line="406"/>
        <source>Informationsveranstaltungen</source>
        <translation>Information events</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="407"/>
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
        <location filename="../../app/ki/statistics.py" line="424"/>
        <location filename="../../app/ki/statistics.py" line="432"/>
        <source>Einzelfallarbeit</source>
        <translation>Individual cases</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="424"/>
        <location filename="../../app/ki/statistics.py" line="433"/>
        <source>Systemarbeit</source>
        <translation>System work</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="418"/>
        <source>Zeitanteile: Einzelfall- und Systemarbeit (Ziel 60 : 40)</source>
        <translation>Time split: individual cases and system work (target 60 : 40)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="423"/>
        <location filename="../../app/ki/statistics.py" line="436"/>
        <location filename="../../app/ki/statistics.py" line="457"/>
        <source>Stunden</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="423"/>
        <location filename="../../app/ki/statistics.py" line="436"/>
        <source>Anteil</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="419"/>
        <source>Ziel laut Förderrichtlinie: {a} % Einzelfallarbeit, {b} % Systemarbeit.</source>
        <translation>Target of the funding guideline: {a} % individual cases, {b} % system work.</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="283"/>
        <source>noch nicht übermittelt</source>
        <translation>not yet sent</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="290"/>
        <source>Jahresbudget {year}: {budget}; ausgegeben bisher: {spent} (ein Teil ist zum Schutz einzelner Personen nicht ausgewiesen).</source>
        <translation>Annual budget {year}: {budget}; spent so far: {spent} (a part is not shown to protect individual persons).</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="294"/>
        <source>Jahresbudget {year}: {budget}; ausgegeben bisher: {spent} ({share}), verbleibend: {rest}.</source>
        <translation>Annual budget {year}: {budget}; spent so far: {spent} ({share}), remaining: {rest}.</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="393"/>
        <source>abgelaufen (auch zurück in die Duldung)</source>
        <translation>expired (including back to a Duldung)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="394"/>
        <source>Antrag gestellt, Fiktion (Stand)</source>
        <translation>Application filed, Fiktion (as at)</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="396"/>
        <source>Stand am Ende des Zeitraums; Übergänge und Abläufe im Zeitraum. Nach Ablauf der 18 Monate gilt die Erlaubnis bei rechtzeitigem Antrag bis zur Entscheidung fort (§ 81 Abs. 4 AufenthG).</source>
        <translation>As at the end of the period; transitions and expiries within the period. After the 18 months, a permit whose holder applied in time continues until the decision (§ 81 (4) AufenthG).</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="426"/>
        <source>Zeiten werden nur für mindestens drei Case-Manager*innen zusammen gezeigt.</source>
        <translation>Times are shown only for at least three case managers together.</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="437"/>
        <source>Zeiten liegen je Quartal vor.</source>
        <translation>Times are reported per quarter.</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="451"/>
        <source>Kosten im Jahr {year} bisher: {cost} von {budget} Budget.</source>
        <translation>Cost in {year} so far: {cost} of a {budget} budget.</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="288"/>
        <location filename="../../app/ki/statistics.py" line="453"/>
        <source>Kein Jahresbudget für Sprachmittlung eingetragen.</source>
        <translation>No annual interpreting budget entered.</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="455"/>
        <source>Sprachmittlung liegt je Quartal vor.</source>
        <translation>Interpreting is reported per quarter.</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="456"/>
        <source>Sprachmittlung: Stunden und Kosten nach Sprache</source>
        <translation>Interpreting: hours and cost by language</translation>
    </message>
    <message>
        <location filename="../../app/ki/statistics.py" line="457"/>
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
        <location filename="../../ui/appointments.py" line="49"/>
        <source>Person (Fallnummer oder Name)</source>
        <translation>Person (case number or name)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="51"/>
        <source>Uhrzeit (HH:MM)</source>
        <translation>Time (HH:MM)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="52"/>
        <location filename="../../ui/forms.py" line="96"/>
        <source>Dauer (Minuten)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="53"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="60"/>
        <source>Mit wem (auch Partner, Behörde)</source>
        <translation>With whom (also partner, authority)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="61"/>
        <source>Sprachmittlung in</source>
        <translation>Interpreting in</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="63"/>
        <source>Dolmetschdienst</source>
        <translation>Interpreting service</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="66"/>
        <source>Erwartete Dolmetschkosten (€)</source>
        <translation>Expected interpreting cost (€)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="92"/>
        <source>Veranstaltung planen</source>
        <translation>Plan an event</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="92"/>
        <source>Termin vereinbaren</source>
        <translation>Arrange an appointment</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="94"/>
        <source>Mit Sprachmittlung: Sprache wählen; gebucht ankreuzen, sobald die Buchung steht.</source>
        <translation>With an interpreter: choose the language; tick booked once the booking is confirmed.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="102"/>
        <source>Termin bearbeiten</source>
        <translation>Edit appointment</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="114"/>
        <source>Veranstaltung hat stattgefunden</source>
        <translation>The event took place</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="122"/>
        <source>Die Veranstaltung wird unter »Veranstaltungen« erfasst.</source>
        <translation>The event is recorded under “Events”.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="125"/>
        <source>Termin hat stattgefunden</source>
        <translation>The appointment took place</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="127"/>
        <source>Der Termin wird als Kontakt im Fall erfasst. Dauer und Sprachmittlung kommen aus der Buchung und lassen sich vor dem Speichern anpassen.</source>
        <translation>The appointment is recorded as a contact in the case. Duration and interpreting come from the booking and can be adjusted before saving.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="128"/>
        <source>Als Kontakt speichern</source>
        <translation>Save as contact</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="131"/>
        <source>Termin ausgefallen</source>
        <translation>Appointment did not take place</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="132"/>
        <location filename="../../ui/forms.py" line="84"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="134"/>
        <source>Als ausgefallen speichern</source>
        <translation>Save as not taken place</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="137"/>
        <source>Termin absagen</source>
        <translation>Call off appointment</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="138"/>
        <source>Grund (freiwillig)</source>
        <translation>Reason (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="141"/>
        <source>Absagen</source>
        <translation>Call off</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="147"/>
        <source>Nicht geändert</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="153"/>
        <source>Termin vom {date} um {start} Uhr</source>
        <translation>Appointment of {date} at {start}</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="167"/>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="167"/>
        <source>&amp;Stattgefunden …</source>
        <translation>&amp;Took place …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="168"/>
        <source>&amp;Ausgefallen …</source>
        <translation>&amp;Did not take place …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="168"/>
        <source>Ab&amp;sagen …</source>
        <translation>Call &amp;off …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="170"/>
        <source>Sprachmittlung &amp;gebucht</source>
        <translation>Interpreter &amp;booked</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="173"/>
        <source>&amp;Fall öffnen</source>
        <translation>Open &amp;case</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="174"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="198"/>
        <source>Sprachmittlung im {quarter}: {held} aus erfassten Kontakten · gebucht, noch nicht stattgefunden: {booked} ({booked_cost}) · vorgesehen, noch nicht gebucht: {unbooked} ({unbooked_cost}). Nur auf diesem Gerät: an das KI gehen allein Kosten aus Kontakten, je abgeschlossenem Quartal.</source>
        <translation>Interpreting in {quarter}: {held} from recorded contacts · booked, not yet taken place: {booked} ({booked_cost}) · planned, not yet booked: {unbooked} ({unbooked_cost}). On this device only: the KI receives only the cost from contacts, per closed quarter.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="202"/>
        <location filename="../../ui/appointments.py" line="203"/>
        <source>{n} Termin</source>
        <translation>{n} appointment</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="202"/>
        <location filename="../../ui/appointments.py" line="203"/>
        <source>{n} Termine</source>
        <translation>{n} appointments</translation>
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
        <location filename="../../ui/forms.py" line="98"/>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="99"/>
        <source>Dolmetschsprache</source>
        <translation>Interpreter language</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="101"/>
        <source>Dolmetschkosten (€)</source>
        <translation>Interpreter cost (€)</translation>
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
        <location filename="../../app/casemanager/handover.py" line="38"/>
        <source>Übergabe an Kolleg*in</source>
        <translation>Handover to colleague</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="88"/>
        <source>Bitte einen Namen angeben, unter dem Kolleg*innen Sie erkennen.</source>
        <translation>Please enter a name your colleagues will recognise you by.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="244"/>
        <source>Bitte mindestens einen Fall zum Übergeben wählen.</source>
        <translation>Please select at least one case to hand over.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="257"/>
        <source>{n} wird bereits an {name} übergeben.</source>
        <translation>{n} is already being handed over to {name}.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="262"/>
        <source>Für die Übergabe fehlt die Einwilligung (Zweck »Übergabe an Kolleg*in«) von {numbers}. Bitte erfassen; ohne Einwilligung ist eine Übergabe nur möglich, wenn der Kreis im Katalog eine Rechtsgrundlage nennt.</source>
        <translation>Consent to the handover (purpose »Handover to colleague«) is missing for {numbers}. Please record it; without consent, a handover is only possible if the county names a legal basis in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="286"/>
        <source>Diese Übergabe wäre {size} groß, mehr als die {limit}, die eine Übergabedatei haben darf (vor allem Dokumente). Bitte weniger Personen auf einmal übergeben.</source>
        <translation>This handover would be {size}, more than the {limit} a handover file may have (mostly documents). Please hand over fewer persons at a time.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="290"/>
        <source>Eine Übergabe kann höchstens {n} Personen enthalten. Bitte in mehreren Übergaben übergeben.</source>
        <translation>A handover can hold at most {n} persons. Please hand over in several handovers.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="334"/>
        <source>Diese Übergabe gibt es in dieser Falldatei nicht.</source>
        <translation>This case file has no such handover.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="336"/>
        <source>Diese Übergabe ist schon abgeschlossen oder zurückgenommen.</source>
        <translation>This handover is already closed or taken back.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="507"/>
        <source>Bleiberecht</source>
        <translation>Right to stay</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="508"/>
        <source>Voraussetzung</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="517"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="526"/>
        <source>Art der Einwilligung</source>
        <translation>How consent was given</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="548"/>
        <source>Rolle im Haushalt</source>
        <translation>Role in household</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="633"/>
        <source>Diese Übergabe von {name} ist älter als eine schon empfangene vom {day} mit {n}: sie ist überholt und wird nicht übernommen.</source>
        <translation>This handover from {name} is older than one already received on {day} with {n}: it is out of date and is not taken over.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="699"/>
        <source>{n} liegt in dieser Falldatei noch in einer laufenden Übergabe. Bitte zuerst deren Quittung einlesen, dann diese Übergabe noch einmal empfangen.</source>
        <translation>{n} is still part of an ongoing handover in this case file. Please read its receipt first, then receive this handover again.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="708"/>
        <source>{n} gibt es in dieser Falldatei schon, aber nicht aus einer Übergabe von {name}. Es wurde nichts übernommen; bitte mit der Kollegin oder dem Kollegen klären.</source>
        <translation>{n} already exists in this case file, but not from a handover by {name}. Nothing was taken over; please clear this up with your colleague.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/handover.py" line="808"/>
        <source>Diese Übergabe wurde am {day} zurückgenommen; die Personen sind hier geblieben. {name} hat sie aber übernommen: bitte klären, wer sie weiter begleitet, und die Daten in der anderen Falldatei löschen.</source>
        <translation>This handover was taken back on {day}; the persons stayed here. But {name} has taken them over: please agree who goes on accompanying them, and delete the data in the other case file.</translation>
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
        <location filename="../../ui/appointments.py" line="67"/>
        <location filename="../../ui/case_view.py" line="1099"/>
        <location filename="../../ui/forms.py" line="102"/>
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
    <message>
        <location filename="../../app/casemanager/printouts.py" line="33"/>
        <source>Gespeichert: {paths}. Die Datei liegt außerhalb der verschlüsselten Falldatei und enthält Daten der Person: bitte nach dem Drucken oder Versenden löschen oder sicher ablegen.</source>
        <translation>Saved: {paths}. The file lies outside the encrypted case file and holds the person&apos;s data: please delete it after printing or sending, or keep it somewhere safe.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="36"/>
        <source>Achtung: der Ordner wird offenbar mit einer Cloud abgeglichen, die Datei verlässt damit diesen Rechner.</source>
        <translation>Caution: this folder appears to be synchronised with a cloud, so the file leaves this computer.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="50"/>
        <source>{name}, geboren {born}, Fallnummer {number}</source>
        <translation>{name}, born {born}, case number {number}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="57"/>
        <source>Für diese Person ist noch kein Fall eröffnet: ein Hilfeplan gehört zu einem Fall.</source>
        <translation>No case has been opened for this person yet: a support plan belongs to a case.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="75"/>
        <location filename="../../app/casemanager/printouts.py" line="162"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="75"/>
        <location filename="../../app/casemanager/printouts.py" line="162"/>
        <source>abgeschlossen am {day}</source>
        <translation>closed on {day}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="76"/>
        <location filename="../../app/casemanager/printouts.py" line="110"/>
        <source>Hilfeplan</source>
        <translation>Support plan (Hilfeplan)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="76"/>
        <source>Ziele und Vereinbarungen</source>
        <translation>Goals and agreements</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="78"/>
        <location filename="../../app/casemanager/printouts.py" line="164"/>
        <source>Fall vom {opened} ({state}), {intensity}, Phase: {phase}</source>
        <translation>Case of {opened} ({state}), {intensity}, phase: {phase}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="81"/>
        <location filename="../../app/casemanager/printouts.py" line="132"/>
        <source>Stand: {day}</source>
        <translation>As of {day}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="82"/>
        <source>nächste Überprüfung: {day}</source>
        <translation>next review: {day}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="85"/>
        <source>Bereich</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="85"/>
        <source>Wer tut was</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="85"/>
        <source>Prüfen am</source>
        <translation>Review on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="86"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="94"/>
        <source>Noch keine Ziele vereinbart.</source>
        <translation>No goals agreed yet.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="95"/>
        <source>Die Ziele wurden gemeinsam besprochen und vereinbart. Sie werden zu den genannten Terminen gemeinsam überprüft und bei Bedarf angepasst.</source>
        <translation>The goals were discussed and agreed together. They will be reviewed together on the dates given and adjusted where needed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="97"/>
        <source>Ort, Datum</source>
        <translation>Place, date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="97"/>
        <source>Unterschrift Klient*in</source>
        <translation>Signature of the client</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="97"/>
        <source>Unterschrift Case Management</source>
        <translation>Signature of the case manager</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="119"/>
        <source>… und {n} weiterer Eintrag</source>
        <translation>… and {n} more entry</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="119"/>
        <source>… und {n} weitere Einträge</source>
        <translation>… and {n} more entries</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="130"/>
        <location filename="../../app/casemanager/printouts.py" line="190"/>
        <source>Fallblatt</source>
        <translation>Case sheet (Fallblatt)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="130"/>
        <source>überfällig</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="143"/>
        <source>{status} seit {since}</source>
        <translation>{status} since {since}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="145"/>
        <source>beantragt: {title}</source>
        <translation>applied for: {title}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="147"/>
        <source>gültig bis {day}</source>
        <translation>valid until {day}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="151"/>
        <source>§ 104c vom {start} bis {end}</source>
        <translation>§ 104c from {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="153"/>
        <source>Aufenthalt</source>
        <translation>Residence</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="153"/>
        <source>Kein Aufenthaltsstatus erfasst.</source>
        <translation>No residence status recorded.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="157"/>
        <source>Fristen (überfällig und nächste sechs Monate)</source>
        <translation>Deadlines (overdue and the next six months)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="157"/>
        <source>Keine Fristen.</source>
        <translation>No deadlines.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="164"/>
        <source>Fall</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="168"/>
        <source>Offene Ziele</source>
        <translation>Open goals</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="171"/>
        <source>Überprüfung {day}</source>
        <translation>review {day}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="172"/>
        <source>Keine offenen Ziele.</source>
        <translation>No open goals.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="174"/>
        <source>Offene Verweisungen</source>
        <translation>Open referrals</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="176"/>
        <source>nachfassen am {day}</source>
        <translation>follow up on {day}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="177"/>
        <source>Keine offenen Verweisungen.</source>
        <translation>No open referrals.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="179"/>
        <source>Noch kein Fall eröffnet.</source>
        <translation>No case opened yet.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="182"/>
        <source>seit {day}</source>
        <translation>since {day}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="184"/>
        <source>Einwilligungen</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="184"/>
        <source>Keine gültige Einwilligung.</source>
        <translation>No valid consent.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="122"/>
        <location filename="../../ui/case_view.py" line="205"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="123"/>
        <source>← Zur Liste</source>
        <translation>← Back to list</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="137"/>
        <location filename="../../ui/case_view.py" line="159"/>
        <location filename="../../ui/case_view.py" line="160"/>
        <location filename="../../ui/case_view.py" line="699"/>
        <source>Seit</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="137"/>
        <location filename="../../ui/case_view.py" line="623"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="137"/>
        <source>Antrag</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="138"/>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="159"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="161"/>
        <location filename="../../ui/case_view.py" line="729"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="161"/>
        <location filename="../../ui/case_view.py" line="730"/>
        <source>Lebensbereich</source>
        <translation>Life area</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="161"/>
        <source>Zieldatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="161"/>
        <location filename="../../ui/case_view.py" line="165"/>
        <location filename="../../ui/case_view.py" line="169"/>
        <location filename="../../ui/case_view.py" line="732"/>
        <location filename="../../ui/case_view.py" line="802"/>
        <location filename="../../ui/case_view.py" line="829"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="143"/>
        <location filename="../../ui/case_view.py" line="163"/>
        <location filename="../../ui/case_view.py" line="165"/>
        <location filename="../../ui/case_view.py" line="168"/>
        <location filename="../../ui/case_view.py" line="768"/>
        <location filename="../../ui/case_view.py" line="800"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="143"/>
        <location filename="../../ui/case_view.py" line="163"/>
        <source>Art</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="143"/>
        <location filename="../../ui/case_view.py" line="163"/>
        <location filename="../../ui/case_view.py" line="771"/>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="164"/>
        <location filename="../../ui/case_view.py" line="352"/>
        <location filename="../../ui/case_view.py" line="805"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="165"/>
        <location filename="../../ui/case_view.py" line="799"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="165"/>
        <location filename="../../ui/case_view.py" line="803"/>
        <location filename="../../ui/case_view.py" line="830"/>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="166"/>
        <source>Nachfassen</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="167"/>
        <location filename="../../ui/case_view.py" line="841"/>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="167"/>
        <location filename="../../ui/case_view.py" line="843"/>
        <source>Erteilt</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="167"/>
        <source>Widerrufen</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="172"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="172"/>
        <source>Phasen</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="201"/>
        <source>Person &amp;bearbeiten</source>
        <translation>&amp;Edit person</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="202"/>
        <source>&amp;Auskunft exportieren (Art. 15 DSGVO)</source>
        <translation>&amp;Export subject access (Art. 15 GDPR)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="204"/>
        <source>Alle Daten &amp;löschen</source>
        <translation>&amp;Delete all data</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="206"/>
        <source>&amp;Status erfassen</source>
        <translation>Record &amp;status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="208"/>
        <source>Aufenthalt</source>
        <translation>Residence</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="209"/>
        <source>Fall &amp;eröffnen</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="210"/>
        <source>&amp;Phase wechseln</source>
        <translation>Change &amp;phase</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="211"/>
        <source>&amp;Intensität ändern</source>
        <translation>Change &amp;intensity</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="212"/>
        <source>Fall &amp;abschließen</source>
        <translation>&amp;Close case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="213"/>
        <source>Fall</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="214"/>
        <source>&amp;Ziel hinzufügen</source>
        <translation>Add &amp;goal</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="173"/>
        <location filename="../../ui/case_view.py" line="216"/>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="217"/>
        <source>&amp;Kontakt erfassen (Strg+N)</source>
        <translation>Record &amp;contact (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="174"/>
        <location filename="../../ui/case_view.py" line="220"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="221"/>
        <source>&amp;Verweisung erfassen</source>
        <translation>Record &amp;referral</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="174"/>
        <location filename="../../ui/case_view.py" line="222"/>
        <source>Verweisungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="223"/>
        <source>Einwilligung &amp;erfassen</source>
        <translation>Record &amp;consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="224"/>
        <source>Einwilligung &amp;widerrufen</source>
        <translation>&amp;Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="175"/>
        <location filename="../../ui/case_view.py" line="228"/>
        <location filename="../../ui/case_view.py" line="1046"/>
        <source>Einwilligungen</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="131"/>
        <source>Übergabe</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="137"/>
        <source>Beantragt</source>
        <translation>Applied for</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="138"/>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="141"/>
        <location filename="../../ui/case_view.py" line="651"/>
        <source>Bleiberecht</source>
        <translation>Right to stay</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="141"/>
        <source>Voraussetzung</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="141"/>
        <location filename="../../ui/case_view.py" line="666"/>
        <source>Nachgewiesen am</source>
        <translation>Proven on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="142"/>
        <location filename="../../ui/case_view.py" line="667"/>
        <source>Nachzuweisen bis</source>
        <translation>To be proven by</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="142"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="143"/>
        <location filename="../../ui/case_view.py" line="163"/>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="144"/>
        <location filename="../../ui/case_view.py" line="772"/>
        <source>Einwilligung angefragt</source>
        <translation>Consent requested</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="148"/>
        <source>Hinweise aus dem Haushalt</source>
        <translation>Notes from the household</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="154"/>
        <location filename="../../ui/case_view.py" line="448"/>
        <location filename="../../ui/case_view.py" line="454"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="154"/>
        <source>Alter</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="155"/>
        <location filename="../../ui/case_view.py" line="239"/>
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="162"/>
        <location filename="../../ui/case_view.py" line="733"/>
        <source>Wer tut was</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="164"/>
        <location filename="../../ui/case_view.py" line="169"/>
        <source>Sprachmittlung</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="167"/>
        <source>Nachweis</source>
        <translation>Proof</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="168"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="168"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="168"/>
        <source>Mit</source>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="170"/>
        <location filename="../../ui/case_view.py" line="904"/>
        <source>Bezeichnung</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="170"/>
        <source>Hinzugefügt</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="170"/>
        <location filename="../../ui/case_view.py" line="905"/>
        <source>Gehört zu</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="171"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="171"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="175"/>
        <source>Checkliste Bleiberecht</source>
        <translation>Right-to-stay checklist</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="176"/>
        <source>Zugangskontakte (vor der Einwilligung)</source>
        <translation>First contacts (before consent)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="177"/>
        <location filename="../../ui/case_view.py" line="230"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="177"/>
        <location filename="../../ui/case_view.py" line="235"/>
        <source>Dokumente</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="183"/>
        <source>Checkliste Bleiberecht (§ 25a, § 25b AufenthG): was nachgewiesen ist und bis wann der Rest nachzuweisen ist</source>
        <translation>Right-to-stay checklist (§ 25a, § 25b AufenthG): what is proven and by when the rest must be proven</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="190"/>
        <source>Zugangskontakte (vor der Einwilligung):</source>
        <translation>First contacts (before consent):</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="207"/>
        <source>&amp;Checkliste anlegen …</source>
        <translation>Create &amp;checklist …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="215"/>
        <location filename="../../ui/case_view.py" line="232"/>
        <source>&amp;Hilfeplan drucken …</source>
        <translation>Print support &amp;plan …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="218"/>
        <source>&amp;Zugangskontakt erfassen (vor der Einwilligung)</source>
        <translation>Record &amp;first contact (before consent)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="225"/>
        <location filename="../../ui/case_view.py" line="268"/>
        <source>&amp;Formular drucken …</source>
        <translation>Print &amp;form …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="226"/>
        <location filename="../../ui/case_view.py" line="269"/>
        <source>Unterschriebenes Formular &amp;anhängen …</source>
        <translation>&amp;Attach signed form …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="229"/>
        <source>&amp;Termin vereinbaren</source>
        <translation>&amp;Arrange an appointment</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="231"/>
        <source>Dokument &amp;hinzufügen …</source>
        <translation>A&amp;dd document …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="233"/>
        <source>Fall&amp;blatt drucken …</source>
        <translation>Print case s&amp;heet …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="234"/>
        <source>Brief &amp;schreiben …</source>
        <translation>&amp;Write letter …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="236"/>
        <source>Haushalt &amp;anlegen</source>
        <translation>&amp;Create household</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="237"/>
        <source>Person &amp;hinzufügen …</source>
        <translation>&amp;Add person …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="238"/>
        <location filename="../../ui/case_view.py" line="283"/>
        <source>Aus dem Haushalt &amp;lösen</source>
        <translation>&amp;Remove from household</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="247"/>
        <source>Übergabe &amp;zurücknehmen …</source>
        <translation>&amp;Take handover back …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="255"/>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="255"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="260"/>
        <source>&amp;Erreicht</source>
        <translation>A&amp;chieved</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="261"/>
        <source>&amp;Aufgegeben</source>
        <translation>&amp;Abandoned</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="265"/>
        <source>&amp;Antwort erfassen …</source>
        <translation>Record &amp;answer …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="267"/>
        <source>&amp;Widerrufen …</source>
        <translation>&amp;Withdraw …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="275"/>
        <source>&amp;Anzeigen</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="277"/>
        <source>Kopie &amp;speichern unter …</source>
        <translation>&amp;Save a copy as …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="279"/>
        <source>&amp;Nachweis erfassen …</source>
        <translation>Record &amp;proof …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="280"/>
        <source>Checkliste &amp;entfernen …</source>
        <translation>&amp;Remove checklist …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="281"/>
        <source>&amp;Rolle ändern …</source>
        <translation>&amp;Change role …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="282"/>
        <source>Fall ö&amp;ffnen</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="346"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="346"/>
        <source>Geschlecht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="347"/>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="347"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="348"/>
        <source>Wohnort</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="348"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="349"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="349"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="350"/>
        <source>Bereits begleitet durch</source>
        <translation>Already supported by</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="351"/>
        <source>In Deutschland seit</source>
        <translation>In Germany since</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="376"/>
        <location filename="../../ui/case_view.py" line="847"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="376"/>
        <location filename="../../ui/case_view.py" line="847"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="385"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="385"/>
        <source>abgeschlossen am {d}</source>
        <translation>closed on {d}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="387"/>
        <source>Fall vom {d}, {intensity}, {state}</source>
        <translation>Case of {d}, {intensity}, {state}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="406"/>
        <source>Noch kein Fall eröffnet.</source>
        <translation>No case opened yet.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="416"/>
        <source>Formular angehängt</source>
        <translation>form attached</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="417"/>
        <source>kein Formular angehängt</source>
        <translation>no form attached</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="430"/>
        <source>Noch kein Haushalt. »Haushalt anlegen« nimmt diese Person auf; weitere Personen kommen mit ihrer Fallnummer hinzu.</source>
        <translation>No household yet. »Create household« adds this person; further persons join by their case number.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="432"/>
        <source>Personen, die zusammen leben, mit ihrer Rolle in der Familie. Doppelklick: Rolle ändern.</source>
        <translation>People who live together, with their role in the family. Double-click: change role.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="441"/>
        <source>Haushalt anlegen</source>
        <translation>Create household</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="442"/>
        <source>Rolle dieser Person</source>
        <translation>Role of this person</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="446"/>
        <source>Person zum Haushalt hinzufügen</source>
        <translation>Add person to household</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="447"/>
        <source>Fallnummer der Person</source>
        <translation>Person&apos;s case number</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="453"/>
        <source>Rolle im Haushalt</source>
        <translation>Role in household</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="473"/>
        <source>Übergabe zurücknehmen</source>
        <translation>Take handover back</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="474"/>
        <source>Die Übergabe an {name} vom {date} zurücknehmen? Nur, wenn die Datei dort nicht angekommen ist (verloren, Kollegin oder Kollege nicht mehr da): sonst liegen die Personen danach in beiden Falldateien. Alle Personen dieser Übergabe sind dann wieder hier in Arbeit.</source>
        <translation>Take back the handover to {name} of {date}? Only if the file did not arrive there (lost, or the colleague gone): otherwise the persons will be in both case files. All persons of this handover are then in work here again.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="483"/>
        <source>Nicht zurückgenommen</source>
        <translation>Not taken back</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="491"/>
        <source>Übergabe an {name} läuft seit {date}: bis die Quittung eingelesen ist, bleibt der Fall unverändert; danach wird er hier gelöscht.</source>
        <translation>Handover to {name} in progress since {date}: until the receipt has been read, the case stays unchanged; after that it is deleted here.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="496"/>
        <source>Übernommen von {name} am {date}.</source>
        <translation>Taken over from {name} on {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="499"/>
        <source>Frühere Fallnummer: {numbers}.</source>
        <translation>Previous case number: {numbers}.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="517"/>
        <source>Dafür zuerst im Reiter »Fall« einen Fall eröffnen.</source>
        <translation>First open a case in the »Case« tab.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="522"/>
        <source>Es ist bereits ein Fall offen.</source>
        <translation>A case is already open.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="530"/>
        <source>Übergabe an Kolleg*in</source>
        <translation>Handover to colleague</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="531"/>
        <location filename="../../ui/case_view.py" line="836"/>
        <source>Fallarbeit</source>
        <translation>Casework</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="532"/>
        <source>Weitergabe an {p}</source>
        <translation>Disclosure to {p}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="550"/>
        <source>Nicht geändert</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="563"/>
        <source>Person bearbeiten</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="569"/>
        <source>Zielordner für die Auskunft</source>
        <translation>Folder for the subject access export</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="572"/>
        <source>Auskunft geschrieben: {pdf}</source>
        <translation>Subject access written: {pdf}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="573"/>
        <source>Die Dokumente der Person liegen daneben im Ordner {folder}.</source>
        <translation>The person&apos;s documents lie beside it in the folder {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="582"/>
        <source>Alle Daten löschen</source>
        <translation>Delete all data</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="583"/>
        <source>Alle Daten zu {n} werden endgültig gelöscht: Person, Status, Fälle, Kontakte, Verweisungen, Einwilligungen, Termine, Dokumente. Das lässt sich nicht rückgängig machen. Löschen?</source>
        <translation>All data on {n} will be deleted for good: person, status, cases, contacts, referrals, consents, appointments, documents. This cannot be undone. Delete?</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="590"/>
        <location filename="../../ui/case_view.py" line="593"/>
        <source>Nicht gelöscht</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="603"/>
        <source>{record} vom {date}</source>
        <translation>{record} of {date}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="604"/>
        <source>Ziel »{text}«</source>
        <translation>Goal »{text}«</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="624"/>
        <source>Gültig ab (bei einem Antrag: gestellt am)</source>
        <translation>Valid from (for an application: filed on)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="625"/>
        <source>Beantragt (nur bei »Antrag gestellt«)</source>
        <translation>Applied for (only with »Application filed«)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="629"/>
        <source>Gültig bis (laut Karte oder Bescheinigung)</source>
        <translation>Valid until (as on the card or certificate)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="642"/>
        <source>Aufenthaltsstatus erfassen</source>
        <translation>Record residence status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="650"/>
        <source>Checkliste Bleiberecht anlegen</source>
        <translation>Create right-to-stay checklist</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="658"/>
        <source>Checkliste entfernen</source>
        <translation>Remove checklist</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="659"/>
        <source>Die Checkliste für {pathway} mit allen Nachweisen entfernen?</source>
        <translation>Remove the checklist for {pathway} with all its proofs?</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="665"/>
        <source>Nachweis: {condition}</source>
        <translation>Proof: {condition}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="704"/>
        <source>Gültig ab</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="886"/>
        <source>Kontakt vom {day}</source>
        <translation>Contact of {day}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="888"/>
        <source>Einwilligung {purpose} vom {day}</source>
        <translation>Consent {purpose} of {day}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="912"/>
        <location filename="../../ui/case_view.py" line="929"/>
        <source>Dokument hinzufügen</source>
        <translation>Add document</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="913"/>
        <source>PDF, Fotos und Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Alle Dateien (*)</source>
        <translation>PDFs, photos and scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="919"/>
        <source>Nicht hinzugefügt</source>
        <translation>Not added</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="930"/>
        <source>»{name}« wird verschlüsselt in der Fallakte gespeichert. Die Datei am bisherigen Ort bleibt unverändert: bitte dort löschen, wenn sie nicht mehr gebraucht wird.</source>
        <translation>“{name}” is stored encrypted in the case file. The file where it is now stays as it is: please delete it there when it is no longer needed.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="948"/>
        <source>Dokument bearbeiten</source>
        <translation>Edit document</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="953"/>
        <source>Kopie speichern unter</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="961"/>
        <source>Dokument löschen</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="964"/>
        <source>»{title}« wird endgültig aus der Fallakte gelöscht. Das lässt sich nicht rückgängig machen.</source>
        <translation>“{title}” will be deleted from the case file for good. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="965"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="994"/>
        <source>Diese Platzhalter der Vorlage kennt Fallakte nicht, sie stehen unverändert darin: {names}</source>
        <translation>Fallakte does not know these placeholders of the template; they are left as they are: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="996"/>
        <source>Gespeichert außerhalb der Falldatei</source>
        <translation>Saved outside the case file</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1001"/>
        <source>Nicht geschrieben</source>
        <translation>Not written</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1007"/>
        <source>Hilfeplan speichern unter</source>
        <translation>Save support plan as</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1008"/>
        <location filename="../../ui/case_view.py" line="1015"/>
        <location filename="../../ui/case_view.py" line="1070"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1014"/>
        <source>Fallblatt speichern unter</source>
        <translation>Save case sheet as</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1024"/>
        <location filename="../../ui/case_view.py" line="1029"/>
        <source>Brief schreiben</source>
        <translation>Write letter</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1024"/>
        <source>Es gibt keine Briefvorlagen. Vorlagen liegen in {folder}.</source>
        <translation>There are no letter templates. Templates are kept in {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1030"/>
        <source>Vorlage</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1031"/>
        <location filename="../../ui/case_view.py" line="1066"/>
        <source>Weiter …</source>
        <translation>Next …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1032"/>
        <source>Eigene Vorlagen des Kreises liegen in {folder}.</source>
        <translation>The county&apos;s own templates are kept in {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1036"/>
        <source>Brief speichern unter</source>
        <translation>Save letter as</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1038"/>
        <source>Word-Dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1060"/>
        <location filename="../../ui/case_view.py" line="1064"/>
        <source>Formular drucken</source>
        <translation>Print form</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1060"/>
        <source>Für diesen Zweck gibt es keine Vorlage.</source>
        <translation>There is no template for this purpose.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1064"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="1069"/>
        <source>Formular speichern unter</source>
        <translation>Save form as</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="627"/>
        <source>Antrag gestellt am</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="628"/>
        <source>Entschieden am</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="674"/>
        <location filename="../../ui/case_view.py" line="682"/>
        <source>Fall eröffnen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="683"/>
        <source>Eröffnet am</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="160"/>
        <location filename="../../ui/case_view.py" line="173"/>
        <location filename="../../ui/case_view.py" line="684"/>
        <location filename="../../ui/case_view.py" line="703"/>
        <source>Intensität</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="646"/>
        <source>Aufenthaltsstatus bearbeiten</source>
        <translation>Edit residence status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="675"/>
        <source>Für einen Fall braucht es die Einwilligung der Person in die Fallarbeit. Jetzt erfassen?</source>
        <translation>A case needs the person&apos;s consent to casework. Record it now?</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="690"/>
        <source>Dafür muss ein Fall offen sein.</source>
        <translation>This needs an open case.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="697"/>
        <source>Phase wechseln</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="698"/>
        <source>Neue Phase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="709"/>
        <source>Intensität ändern</source>
        <translation>Change intensity</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="714"/>
        <source>Intensität bearbeiten</source>
        <translation>Edit intensity</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="720"/>
        <source>Fall abschließen</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="721"/>
        <source>Abgeschlossen am</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="722"/>
        <location filename="../../ui/case_view.py" line="961"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="731"/>
        <source>Zieldatum (Überprüfung)</source>
        <translation>Target date (review)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="738"/>
        <source>Ziel hinzufügen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="744"/>
        <source>Ziel bearbeiten</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="762"/>
        <source>Kontakt erfassen</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="769"/>
        <source>Dauer (Minuten)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="770"/>
        <source>Kontaktart</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="779"/>
        <source>Zugangskontakt erfassen</source>
        <translation>Record first contact</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="781"/>
        <source>Vor der Einwilligung werden nur Datum, Dauer, Kontaktart, Themen und die Anfrage der Einwilligung festgehalten, keine Notizen.</source>
        <translation>Before consent, only the date, duration, channel, topics and the request for consent are recorded, no notes.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="787"/>
        <source>Zugangskontakt bearbeiten</source>
        <translation>Edit first contact</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="792"/>
        <source>Kontakt bearbeiten</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="815"/>
        <source>Verweisung erfassen</source>
        <translation>Record referral</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="801"/>
        <source>Daten werden weitergegeben</source>
        <translation>Personal data is passed on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="804"/>
        <location filename="../../ui/case_view.py" line="831"/>
        <source>Nachfassen am</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="678"/>
        <location filename="../../ui/case_view.py" line="859"/>
        <source>Einwilligung erfassen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="842"/>
        <source>Erteilt am</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="820"/>
        <source>Verweisung bearbeiten</source>
        <translation>Edit referral</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="828"/>
        <source>Antwort erfassen</source>
        <translation>Record answer</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="844"/>
        <source>In der Sprache</source>
        <translation>In the language</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="845"/>
        <source>Mit Dolmetschung</source>
        <translation>With an interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="846"/>
        <source>Informationen nach Art. 13 DSGVO ausgehändigt</source>
        <translation>Information under Art. 13 GDPR handed over</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="868"/>
        <source>Einwilligung bearbeiten</source>
        <translation>Edit consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="873"/>
        <location filename="../../ui/case_view.py" line="1046"/>
        <source>Bitte zuerst eine Einwilligung auswählen.</source>
        <translation>Please select a consent first.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="876"/>
        <source>Einwilligung widerrufen</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="877"/>
        <source>Widerrufen am</source>
        <translation>Withdrawn on</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/pages.py" line="256"/>
        <source>Suchen: Name, Fallnummer, Notiz …</source>
        <translation>Search: name, case number, note …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="257"/>
        <source>Suche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="263"/>
        <source>Alle Kommunen</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="264"/>
        <source>Alle Intensitäten</source>
        <translation>All intensities</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="265"/>
        <source>Alle Phasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="266"/>
        <source>Jeder Status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="267"/>
        <source>Offen und abgeschlossen</source>
        <translation>Open and closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="267"/>
        <source>nur offene</source>
        <translation>open only</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="268"/>
        <source>nur abgeschlossene</source>
        <translation>closed only</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="280"/>
        <source>&amp;Neue Person</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="284"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="287"/>
        <source>Ü&amp;bergeben …</source>
        <translation>Hand &amp;over …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="288"/>
        <source>Die ausgewählten Fälle an eine Kollegin oder einen Kollegen übergeben (verschlüsselt)</source>
        <translation>Hand the selected cases over to a colleague (encrypted)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="290"/>
        <source>Übergabe &amp;empfangen …</source>
        <translation>&amp;Receive handover …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="291"/>
        <source>&amp;Quittung einlesen …</source>
        <translation>Read re&amp;ceipt …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="292"/>
        <source>Mein Übergabe-&amp;Schlüssel …</source>
        <translation>My handover &amp;key …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="293"/>
        <source>&amp;Liste importieren …</source>
        <translation>Import &amp;list …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="294"/>
        <source>Eine bestehende Liste (Excel oder CSV) als Personen und Fälle übernehmen</source>
        <translation>Import an existing list (Excel or CSV) as persons and cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="346"/>
        <location filename="../../ui/pages.py" line="409"/>
        <source>{n} Personen</source>
        <translation>{n} persons</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="346"/>
        <location filename="../../ui/pages.py" line="409"/>
        <source>{n} Person</source>
        <translation>{n} person</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="355"/>
        <source>{n} Übergabe wartet auf ihre Quittung.</source>
        <translation>{n} handover is waiting for its receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="356"/>
        <source>{n} Übergaben warten auf ihre Quittung.</source>
        <translation>{n} handovers are waiting for their receipts.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="370"/>
        <source>Übergeben</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="371"/>
        <source>Die Übergabedatei für {name} ist geschrieben: {path}.</source>
        <translation>The handover file for {name} has been written: {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="373"/>
        <source>{n} Person ist als »Übergabe läuft« gesperrt, bis die Quittung eingelesen ist.</source>
        <translation>{n} person is locked as »handover in progress« until the receipt has been read.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="375"/>
        <source>{n} Personen sind als »Übergabe läuft« gesperrt, bis die Quittung eingelesen ist.</source>
        <translation>{n} persons are locked as »handover in progress« until the receipt has been read.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="381"/>
        <location filename="../../ui/pages.py" line="387"/>
        <source>Übergabe empfangen</source>
        <translation>Receive handover</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="396"/>
        <location filename="../../ui/pages.py" line="402"/>
        <location filename="../../ui/pages.py" line="405"/>
        <source>Quittung einlesen</source>
        <translation>Read receipt</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="406"/>
        <source>Diese Quittung war bereits eingelesen; nichts geändert.</source>
        <translation>This receipt had already been read; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="407"/>
        <source>Übergabe an {name} bestätigt: {deleted} aus dieser Falldatei gelöscht, {closed} als »übergeben« abgeschlossen.</source>
        <translation>Handover to {name} confirmed: {deleted} deleted from this case file, {closed} closed as »handed over«.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="410"/>
        <source>{n} Fall</source>
        <translation>{n} case</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="410"/>
        <source>{n} Fälle</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="418"/>
        <location filename="../../ui/pages.py" line="425"/>
        <source>Liste importieren</source>
        <translation>Import list</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="419"/>
        <source>Listen (*.xlsx *.csv)</source>
        <translation>Lists (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="426"/>
        <source>{n} Person importiert.</source>
        <translation>{n} person imported.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="426"/>
        <source>{n} Personen importiert.</source>
        <translation>{n} persons imported.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="431"/>
        <source>Mein Übergabe-Schlüssel</source>
        <translation>My handover key</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="432"/>
        <source>Gespeichert: {path}. Geben Sie die Datei der Kollegin oder dem Kollegen und lesen Sie den Fingerabdruck am Telefon vor.</source>
        <translation>Saved: {path}. Give the file to your colleague and read the fingerprint out to them over the phone.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="444"/>
        <source>Neue Person</source>
        <translation>New person</translation>
    </message>
</context>
<context>
    <name>ChancenTimeline</name>
    <message>
        <location filename="../../ui/case_view.py" line="58"/>
        <source>Zeitleiste § 104c</source>
        <translation>§ 104c timeline</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="68"/>
        <source>Keine Aufenthaltserlaubnis nach § 104c erfasst. Neue Anträge sind seit dem 01.01.2026 nicht mehr möglich.</source>
        <translation>No residence permit under § 104c recorded. New applications have not been possible since 01.01.2026.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="70"/>
        <source>läuft</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="70"/>
        <source>abgelaufen, Antrag rechtzeitig gestellt: gilt bis zur Entscheidung fort (Fiktion)</source>
        <translation>expired, application filed in time: continues until the decision (Fiktion)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="72"/>
        <source>übergegangen in § 25a</source>
        <translation>moved to § 25a</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="72"/>
        <source>übergegangen in § 25b</source>
        <translation>moved to § 25b</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="73"/>
        <source>anderer Status</source>
        <translation>other status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="73"/>
        <source>zurück in die Duldung</source>
        <translation>back to a Duldung</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="74"/>
        <source>abgelaufen</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="75"/>
        <source>§ 104c vom {start} bis {end}: {outcome}</source>
        <translation>§ 104c from {start} to {end}: {outcome}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="78"/>
        <source>; Antrag auf {title} gestellt am {day}</source>
        <translation>; application for {title} filed on {day}</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../ui/document_viewer.py" line="36"/>
        <source>{title} – {name}</source>
        <translation>{title} – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/document_viewer.py" line="54"/>
        <location filename="../../ui/document_viewer.py" line="66"/>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/document_viewer.py" line="57"/>
        <source>Das PDF lässt sich nicht anzeigen (beschädigt oder verschlüsselt). Mit »Kopie speichern unter …« lässt es sich in einem anderen Programm öffnen.</source>
        <translation>The PDF cannot be shown (damaged or encrypted). “Save a copy as …” lets you open it in another program.</translation>
    </message>
    <message>
        <location filename="../../ui/document_viewer.py" line="72"/>
        <source>Das Bild lässt sich nicht anzeigen (Format nicht unterstützt oder beschädigt).</source>
        <translation>The picture cannot be shown (format not supported, or damaged).</translation>
    </message>
    <message>
        <location filename="../../ui/document_viewer.py" line="78"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/document_viewer.py" line="79"/>
        <source>Kopie &amp;speichern unter …</source>
        <translation>&amp;Save a copy as …</translation>
    </message>
    <message>
        <location filename="../../ui/document_viewer.py" line="107"/>
        <source>Kopie speichern unter</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../../ui/document_viewer.py" line="114"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/document_viewer.py" line="116"/>
        <source>Kopie gespeichert</source>
        <translation>Copy saved</translation>
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
        <location filename="../../ui/forms.py" line="139"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="140"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="159"/>
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
        <location filename="../../ui/key_derivation.py" line="50"/>
        <source>Argon2id, {memory} MiB, {lanes} Spuren, {passes}</source>
        <translation>Argon2id, {memory} MiB, {lanes} lanes, {passes}</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="52"/>
        <source>{n} Durchlauf</source>
        <translation>{n} pass</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="52"/>
        <source>{n} Durchläufe</source>
        <translation>{n} passes</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="58"/>
        <source>schwächer als empfohlen (RFC 9106: mindestens 3 Durchläufe); bitte verstärken.</source>
        <translation>weaker than recommended (RFC 9106: at least 3 passes); please strengthen it.</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="69"/>
        <source>Verstärkt von {before} auf {after} Durchläufe.</source>
        <translation>Strengthened from {before} to {after} passes.</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="72"/>
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
        <location filename="../../ui/main_window.py" line="123"/>
        <location filename="../../ui/main_window.py" line="339"/>
        <source>Fallakte</source>
        <translation>Fallakte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Zeiterfassung</source>
        <translation>Time log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="134"/>
        <source>Veranstaltungen</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Systembeobachtungen</source>
        <translation>System observations</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>&amp;Sperren</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154"/>
        <source>&amp;Sichtschutz (nur Fallnummern)</source>
        <translation>&amp;Privacy screen (case numbers only)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Sicherung &amp;erstellen …</source>
        <translation>&amp;Create backup …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <location filename="../../ui/main_window.py" line="278"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165"/>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>Über Fallakte</source>
        <translation>About Fallakte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>&amp;Handbuch</source>
        <translation>&amp;Handbook</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>&amp;Suchen</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>&amp;Fallakte</source>
        <translation>&amp;Fallakte</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>&amp;Bearbeiten</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>Informationsveranstaltung</source>
        <translation>Information event</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Gleich: Termin um {start} Uhr, {who}{place}</source>
        <translation>Soon: appointment at {start}, {who}{place}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>&amp;Rückgängig: {what}</source>
        <translation>&amp;Undo: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>Rückgängig gemacht: {what}</source>
        <translation>Undone: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="306"/>
        <source>Ordner für die Sicherung wählen</source>
        <translation>Choose a folder for the backup</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>Sicherung wird geschrieben …</source>
        <translation>Writing backup …</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333"/>
        <source>Sicherung gespeichert: {path}</source>
        <translation>Backup saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355"/>
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
        <location filename="../../fallakte/self_test.py" line="132"/>
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
        <location filename="../../ui/pages.py" line="561"/>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="562"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="581"/>
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
        <location filename="../../ui/pages.py" line="651"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="654"/>
        <location filename="../../ui/pages.py" line="671"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="656"/>
        <source>Automatisch sperren nach</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="668"/>
        <source>Verlängerung erinnern (Wochen vor Ablauf)</source>
        <translation>Remind of renewal (weeks before expiry)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="672"/>
        <source>aus</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="674"/>
        <source>Hinweis vor Terminen</source>
        <translation>Notice before appointments</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="677"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="679"/>
        <source>Sprache:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="680"/>
        <source>Automatisch sperren nach:</source>
        <translation>Lock automatically after:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="681"/>
        <source>§ 104c-Erinnerungen (Monate vor Fristende):</source>
        <translation>§ 104c reminders (months before the deadline):</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="682"/>
        <source>Aufbewahrungsfrist (Monate):</source>
        <translation>Retention period (months):</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="683"/>
        <source>Rückmeldung erwarten nach (Tagen):</source>
        <translation>Expect a reply within (days):</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="684"/>
        <source>Verlängerung erinnern (Wochen vor »gültig bis«):</source>
        <translation>Remind of renewal (weeks before »valid until«):</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="685"/>
        <source>Hinweis vor Terminen (solange Fallakte offen ist):</source>
        <translation>Notice before appointments (while Fallakte is open):</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="686"/>
        <source>Ablage des KI:</source>
        <translation>KI share:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="686"/>
        <source>wird unter »Synchronisation« eingerichtet</source>
        <translation>is set up under »Synchronisation«</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="692"/>
        <source>Schlüsselableitung:</source>
        <translation>Key derivation:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="699"/>
        <source>Erinnerungen: bitte Monate als Zahlen, durch Komma getrennt.</source>
        <translation>Reminders: please enter months as numbers, separated by commas.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="713"/>
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
        <location filename="../../ui/statistics_window.py" line="60"/>
        <source>Fallakte – Auswertung des KI</source>
        <translation>Fallakte – KI statistics</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="62"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="63"/>
        <source>Sendungen importieren …</source>
        <translation>Import bundles …</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="64"/>
        <source>Bericht speichern …</source>
        <translation>Save report …</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="65"/>
        <source>Sperren</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="70"/>
        <source>Zeitraum: </source>
        <translation>Period: </translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="85"/>
        <source>Jahresbudget Sprachmittlung</source>
        <translation>Annual interpreting budget</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="86"/>
        <source>Gerät</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="86"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="86"/>
        <source>Letzte Sendung</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="87"/>
        <source>Tage ohne Sendung</source>
        <translation>Days without a bundle</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="87"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="88"/>
        <source>Gerät anmelden …</source>
        <translation>Enrol device …</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="89"/>
        <location filename="../../ui/statistics_window.py" line="354"/>
        <location filename="../../ui/statistics_window.py" line="358"/>
        <source>Gerät sperren</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="94"/>
        <source>Jahresbudget Sprachmittlung:</source>
        <translation>Annual interpreting budget:</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="101"/>
        <source>Quartal</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="101"/>
        <source>Kosten Sprachmittlung</source>
        <translation>Interpreting cost</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="101"/>
        <source>bis dahin</source>
        <translation>so far</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="102"/>
        <source>Anteil am Jahresbudget</source>
        <translation>Share of the annual budget</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="103"/>
        <source>Jahresbudget Sprachmittlung je Quartal</source>
        <translation>Annual interpreting budget per quarter</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="106"/>
        <source>Nur abgeschlossene, übermittelte Quartale aus erfassten Kontakten. Gebuchte, noch nicht stattgefundene Sprachmittlung bleibt auf den Geräten.</source>
        <translation>Only closed quarters the devices sent, from recorded contacts. Interpreting booked but not yet taken place stays on the devices.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="110"/>
        <source>Importierte Sendungen im Unterordner »importiert« aufbewahren (sonst nach dem Import gelöscht)</source>
        <translation>Keep imported bundles in the subfolder »importiert« (otherwise deleted after the import)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="113"/>
        <source>Geräte (rot: seit über 30 Tagen keine Sendung)</source>
        <translation>Devices (red: no bundle for more than 30 days)</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="120"/>
        <source>Übersicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="127"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="184"/>
        <source>Noch keine Sendungen importiert. »Sendungen importieren …« holt sie aus der Ablage.</source>
        <translation>No bundles imported yet. “Import bundles …” fetches them from the share.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="234"/>
        <source>noch nie</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="236"/>
        <source>gesperrt</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="237"/>
        <source>still</source>
        <translation>silent</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="237"/>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="253"/>
        <source>Ablage mit Sendungen wählen</source>
        <translation>Choose the share with bundles</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="272"/>
        <source>Import: {line}</source>
        <translation>Import: {line}</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="281"/>
        <location filename="../../ui/statistics_window.py" line="286"/>
        <location filename="../../ui/statistics_window.py" line="331"/>
        <source>Fallakte</source>
        <translation>Fallakte</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="286"/>
        <source>Noch keine Daten für einen Bericht.</source>
        <translation>No data for a report yet.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="290"/>
        <source>Bericht speichern</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="320"/>
        <source>Gespeichert: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="324"/>
        <source>Anmeldedatei eines Geräts öffnen</source>
        <translation>Open a device&apos;s enrol request</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="339"/>
        <source>Achtung: Dieses Gerät ist gesperrt. »Ja« lässt es ausdrücklich wieder zu.</source>
        <translation>Note: this device is revoked. “Yes” readmits it explicitly.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="341"/>
        <source>Achtung: Ein anderes Gerät heißt ebenfalls »{name}«.</source>
        <translation>Note: another device is also called “{name}”.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="342"/>
        <source>Gerät anmelden</source>
        <translation>Enrol device</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="359"/>
        <source>Auch die bisher gesendeten Zahlen von »{name}« aus allen Statistiken entfernen? Bei »Nein« bleiben sie erhalten.</source>
        <translation>Also remove the figures “{name}” has sent so far from every statistic? With “No” they are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="335"/>
        <source>Gerät »{name}« für {munis} anmelden?

Fingerabdruck: {fp}

Bitte mit dem Fingerabdruck vergleichen, den das Gerät anzeigt (z. B. am Telefon).</source>
        <translation>Enrol device “{name}” for {munis}?

Fingerprint: {fp}

Please compare it with the fingerprint the device shows (e.g. over the phone).</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="345"/>
        <source>Gerät »{name}« angemeldet.</source>
        <translation>Device “{name}” enrolled.</translation>
    </message>
    <message>
        <location filename="../../ui/statistics_window.py" line="355"/>
        <source>»{name}« sperren? Seine Sendungen werden danach abgelehnt.</source>
        <translation>Revoke “{name}”? Its bundles will be refused from then on.</translation>
    </message>
</context>
<context>
    <name>StrengthenDialog</name>
    <message>
        <location filename="../../ui/key_derivation.py" line="87"/>
        <source>Schlüsselableitung verstärken</source>
        <translation>Strengthen key derivation</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="89"/>
        <source>Fallakte misst, wie viele Durchläufe dieser Rechner in etwa einer halben Sekunde schafft, und verpackt den Schlüssel der Falldatei damit neu, nie schwächer als bisher. Die Passphrase bleibt dieselbe; das dauert wenige Sekunden.</source>
        <translation>Fallakte measures how many passes this computer manages in about half a second and rewraps the case file&apos;s key with them, never weaker than before. The passphrase stays the same; this takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="93"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="96"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="99"/>
        <source>&amp;Verstärken</source>
        <translation>&amp;Strengthen</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="100"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="104"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/key_derivation.py" line="114"/>
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
        <location filename="../../ui/pages.py" line="470"/>
        <source>← Vorwoche</source>
        <translation>← Previous week</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="470"/>
        <source>Folgewoche →</source>
        <translation>Next week →</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="471"/>
        <source>Zeit &amp;erfassen</source>
        <translation>&amp;Log time</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="472"/>
        <source>Tag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="472"/>
        <source>Einzelfall (min)</source>
        <translation>Individual cases (min)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="472"/>
        <source>Systemebene (min)</source>
        <translation>System work (min)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="474"/>
        <source>Einträge der Woche</source>
        <translation>Entries of the week</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="476"/>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="477"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="479"/>
        <source>Anteil Einzelfall</source>
        <translation>Individual-case share</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="487"/>
        <source>Einträge der Woche (Doppelklick oder Eingabetaste: bearbeiten)</source>
        <translation>Entries of the week (double-click or Enter: edit)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="513"/>
        <source>Woche ab {d}</source>
        <translation>Week of {d}</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="515"/>
        <source>Einzelfall {p} % · Systemebene {q} % (Ziel {t} / {u})</source>
        <translation>Individual cases {p} % · system work {q} % (target {t} / {u})</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="520"/>
        <source>Einzelfall (ohne Kontakt)</source>
        <translation>Individual case (no contact)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="532"/>
        <source>Zeit erfassen</source>
        <translation>Log time</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="538"/>
        <source>Zeiteintrag bearbeiten</source>
        <translation>Edit time entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="473"/>
        <location filename="../../ui/pages.py" line="527"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="473"/>
        <location filename="../../ui/pages.py" line="527"/>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="473"/>
        <location filename="../../ui/pages.py" line="528"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="473"/>
        <location filename="../../ui/pages.py" line="529"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages.py" line="74"/>
        <source>Heute fällig</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="75"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="75"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="75"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="79"/>
        <source>Ö&amp;ffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="80"/>
        <location filename="../../ui/pages.py" line="187"/>
        <source>&amp;Erledigt</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="81"/>
        <source>&amp;Wiedervorlage …</source>
        <translation>&amp;Follow up later …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="146"/>
        <source>Veranstaltung</source>
        <translation>Information event</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="163"/>
        <source>Heute und in den nächsten 14 Tagen ist nichts fällig.

So fangen Sie an: Unter »Fälle« (Strg+2) legen Sie mit »Neue Person« eine Person an, erfassen ihre Einwilligung und eröffnen einen Fall. Ziele mit Zieldatum, Verweisungen und Fristen erscheinen dann hier, sobald sie fällig werden. Hilfe gibt es mit F1.</source>
        <translation>Nothing is due today or in the next 14 days.

How to start: under »Cases« (Ctrl+2), »New person« adds a person; record their consent and open a case. Goals with a target date, referrals and deadlines then appear here as they fall due. Press F1 for help.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="169"/>
        <source>{n} Punkt in den nächsten 14 Tagen</source>
        <translation>{n} item in the next 14 days</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="170"/>
        <source>{n} Punkte in den nächsten 14 Tagen</source>
        <translation>{n} items in the next 14 days</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="171"/>
        <source>{total}, davon {overdue} überfällig.</source>
        <translation>{total}, {overdue} of them overdue.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="195"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="198"/>
        <source>Wiedervorlage …</source>
        <translation>Follow up later …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="220"/>
        <source>Rückmeldung erfassen</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="220"/>
        <source>Neuer Stand der Verweisung:</source>
        <translation>New status of the referral:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="228"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="238"/>
        <source>Wiedervorlage</source>
        <translation>Follow up later</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="239"/>
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
<context>
    <name>WeekPage</name>
    <message>
        <location filename="../../ui/appointments.py" line="223"/>
        <source>Woche</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="227"/>
        <source>← &amp;Vorwoche</source>
        <translation>← &amp;Previous week</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="228"/>
        <source>&amp;Diese Woche</source>
        <translation>&amp;This week</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="229"/>
        <source>Folge&amp;woche →</source>
        <translation>&amp;Next week →</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="230"/>
        <source>&amp;Kalenderdatei (.ics) …</source>
        <translation>&amp;Calendar file (.ics) …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="239"/>
        <source>Termine der Woche</source>
        <translation>The week&apos;s appointments</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="240"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="240"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="240"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="240"/>
        <source>Mit</source>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="241"/>
        <source>Sprachmittlung</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="241"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="246"/>
        <source>&amp;Neuer Termin …</source>
        <translation>New &amp;appointment …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="247"/>
        <source>Veranstaltung &amp;planen …</source>
        <translation>&amp;Plan an event …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="248"/>
        <source>&amp;Stattgefunden …</source>
        <translation>&amp;Took place …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="249"/>
        <source>&amp;Ausgefallen …</source>
        <translation>&amp;Did not take place …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="256"/>
        <source>Sprachmittlung im Quartal</source>
        <translation>Interpreting in the quarter</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="260"/>
        <source>Hinweis</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="318"/>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="320"/>
        <source>keine Termine</source>
        <translation>no appointments</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="349"/>
        <source>{n} geplanter Termin in dieser Woche</source>
        <translation>{n} planned appointment this week</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="350"/>
        <source>{n} geplante Termine in dieser Woche</source>
        <translation>{n} planned appointments this week</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="352"/>
        <source>{n} Sprachmittlung noch nicht gebucht</source>
        <translation>{n} interpreter not yet booked</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="353"/>
        <source>{n} Sprachmittlungen noch nicht gebucht</source>
        <translation>{n} interpreters not yet booked</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="368"/>
        <source>Informationsveranstaltung: {topic} ({place})</source>
        <translation>Information event: {topic} ({place})</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="409"/>
        <source>Termin an diesem Tag &amp;vereinbaren …</source>
        <translation>&amp;Arrange an appointment on this day …</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="438"/>
        <source>Kalenderdatei (.ics)</source>
        <translation>Calendar file (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="439"/>
        <source>Die Termine der {week} werden als Kalenderdatei für Outlook oder Thunderbird gespeichert. Diese Datei liegt außerhalb der verschlüsselten Falldatei und ist nicht geschützt.

Nur Fallnummern (empfohlen) oder auch Namen, Hausbesuchsadressen und wer sonst teilnimmt?</source>
        <translation>The appointments of {week} are saved as a calendar file for Outlook or Thunderbird. This file lies outside the encrypted case file and is not protected.

Case numbers only (recommended), or names, home visit addresses and who else takes part as well?</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="443"/>
        <source>Nur Fallnummern</source>
        <translation>Case numbers only</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="444"/>
        <source>Mit Namen</source>
        <translation>With names</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="445"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="455"/>
        <source>Kalenderdatei speichern</source>
        <translation>Save calendar file</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="457"/>
        <source>Kalender (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="465"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="467"/>
        <source>mit Namen</source>
        <translation>with names</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="467"/>
        <source>nur mit Fallnummern</source>
        <translation>with case numbers only</translation>
    </message>
    <message>
        <location filename="../../ui/appointments.py" line="469"/>
        <source>Kalenderdatei gespeichert ({what}): {path}. Sie liegt außerhalb der verschlüsselten Falldatei: bitte nach dem Import in Outlook oder Thunderbird löschen.</source>
        <translation>Calendar file saved ({what}): {path}. It lies outside the encrypted case file: please delete it once imported into Outlook or Thunderbird.</translation>
    </message>
</context>
</TS>
