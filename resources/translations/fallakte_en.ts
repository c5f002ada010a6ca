<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name></name>
    <message>
        <location filename="../../app/casemanager/casework.py" line="179"/>
        <location filename="../../app/casemanager/casework.py" line="181"/>
        <location filename="../../app/casemanager/documents.py" line="79"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="204"/>
        <source>{label}: »{value}« ist kein Betrag.</source>
        <translation>{label}: “{value}” is not an amount.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="206"/>
        <source>{label} darf nicht negativ sein.</source>
        <translation>{label} must not be negative.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="345"/>
        <source>Erinnerung (Monate vorher)</source>
        <translation>Reminder (months before)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="348"/>
        <source>Erinnerungen liegen höchstens 18 Monate vor dem Fristende.</source>
        <translation>Reminders can be at most 18 months before the deadline.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="349"/>
        <source>Aufbewahrungsfrist (Monate)</source>
        <translation>Retention period (months)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="351"/>
        <source>Wartezeit auf Rückmeldung (Tage)</source>
        <translation>Waiting time for a reply (days)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="369"/>
        <source>Bitte mindestens einen Namen angeben.</source>
        <translation>Please enter at least one name.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="370"/>
        <location filename="../../app/casemanager/documents.py" line="81"/>
        <location filename="../../app/casemanager/printouts.py" line="134"/>
        <location filename="../../ui/case_view.py" line="953"/>
        <location filename="../../ui/models.py" line="21"/>
        <source>Wohnort</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="371"/>
        <location filename="../../app/casemanager/documents.py" line="80"/>
        <location filename="../../app/casemanager/printouts.py" line="133"/>
        <location filename="../../ui/case_view.py" line="954"/>
        <source>Geschlecht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="375"/>
        <source>Das Geburtsdatum darf nicht in der Zukunft liegen.</source>
        <translation>The date of birth must not be in the future.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="376"/>
        <location filename="../../app/casemanager/documents.py" line="84"/>
        <location filename="../../app/casemanager/printouts.py" line="136"/>
        <location filename="../../ui/case_view.py" line="962"/>
        <source>In Deutschland seit</source>
        <translation>In Germany since</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="377"/>
        <source>»In Deutschland seit«</source>
        <translation>“In Germany since”</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="379"/>
        <source>»In Deutschland seit« liegt vor der Geburt.</source>
        <translation>“In Germany since” is before the date of birth.</translation>
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
        <location filename="../../app/casemanager/documents.py" line="131"/>
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
        <location filename="../../app/casemanager/attachments.py" line="170"/>
        <location filename="../../app/casemanager/attachments.py" line="177"/>
        <location filename="../../app/casemanager/casework.py" line="442"/>
        <location filename="../../app/casemanager/privacy.py" line="77"/>
        <location filename="../../app/casemanager/privacy.py" line="91"/>
        <source>Der Datensatz existiert nicht (mehr).</source>
        <translation>The record does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/attachments.py" line="259"/>
        <source>Eine übergebene Datei ist beschädigt.</source>
        <translation>A file handed over is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="139"/>
        <location filename="../../app/casemanager/casework.py" line="472"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="475"/>
        <location filename="../../app/casemanager/casework.py" line="715"/>
        <source>Gültig ab</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="476"/>
        <source>Antragsdatum</source>
        <translation>Application date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="477"/>
        <source>Entscheidungsdatum</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="479"/>
        <location filename="../../app/casemanager/casework.py" line="505"/>
        <source>»Gültig ab«</source>
        <translation>“Valid from”</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="479"/>
        <source>Das Antragsdatum</source>
        <translation>The application date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="480"/>
        <source>Das Entscheidungsdatum</source>
        <translation>The decision date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="482"/>
        <source>Die Entscheidung</source>
        <translation>The decision</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="482"/>
        <source>dem Antrag</source>
        <translation>the application</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="567"/>
        <source>Unbekannter Zweck der Einwilligung.</source>
        <translation>Unknown purpose of consent.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="569"/>
        <source>Empfänger der Weitergabe</source>
        <translation>Recipient of the disclosure</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="572"/>
        <source>Datum der Einwilligung</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="573"/>
        <source>Die Einwilligung</source>
        <translation>The consent</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="617"/>
        <source>Diese Einwilligung ist bereits widerrufen.</source>
        <translation>This consent has already been withdrawn.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="618"/>
        <source>Datum des Widerrufs</source>
        <translation>Date of withdrawal</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="619"/>
        <location filename="../../app/casemanager/casework.py" line="620"/>
        <source>Der Widerruf</source>
        <translation>The withdrawal</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="621"/>
        <source>der Einwilligung</source>
        <translation>the consent</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="139"/>
        <location filename="../../app/casemanager/casework.py" line="651"/>
        <location filename="../../app/casemanager/casework.py" line="714"/>
        <location filename="../../app/casemanager/documents.py" line="111"/>
        <location filename="../../ui/models.py" line="21"/>
        <source>Intensität</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="97"/>
        <source>schriftlich</source>
        <translation>in writing</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="97"/>
        <source>mündlich</source>
        <translation>orally</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="102"/>
        <source>Art nicht erfasst</source>
        <translation>manner not recorded</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="104"/>
        <source>auf {language} mit Dolmetschung</source>
        <translation>in {language} with an interpreter</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="105"/>
        <source>auf {language}</source>
        <translation>in {language}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="111"/>
        <source>Art. 13 ausgehändigt</source>
        <translation>Art. 13 information handed over</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="111"/>
        <source>Art. 13 nicht ausgehändigt</source>
        <translation>Art. 13 information not handed over</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="112"/>
        <source>Art. 13 nicht erfasst</source>
        <translation>Art. 13 information not recorded</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="132"/>
        <source>doppelt erfasst</source>
        <translation>recorded twice</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="132"/>
        <source>irrtümlich erfasst</source>
        <translation>recorded by mistake</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="133"/>
        <source>bei der falschen Person erfasst</source>
        <translation>recorded for the wrong person</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="133"/>
        <source>anderer Grund</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="138"/>
        <source>Kontakt</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="138"/>
        <location filename="../../app/casemanager/printouts.py" line="85"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="138"/>
        <source>Verweisung</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="138"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="140"/>
        <source>Zeiteintrag</source>
        <translation>Time entry</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="140"/>
        <source>Veranstaltung</source>
        <translation>Information event</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="140"/>
        <source>Zugangskontakt</source>
        <translation>First contact</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="141"/>
        <source>Systembeobachtung</source>
        <translation>System observation</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="145"/>
        <source>{record} erfasst</source>
        <translation>{record} recorded</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="145"/>
        <source>{record} geändert</source>
        <translation>{record} changed</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="145"/>
        <source>{record} gelöscht</source>
        <translation>{record} deleted</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="175"/>
        <source>Geburtsjahr »{value}«: bitte ein Jahr wie 1987 angeben.</source>
        <translation>Year of birth »{value}«: please give a year such as 1987.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="184"/>
        <source>Geburtsdatum »{value}« ist nicht lesbar: bitte als TT.MM.JJJJ (z. B. 13.01.1995) oder nur das Jahr (z. B. 1995) angeben.</source>
        <translation>Date of birth »{value}« cannot be read: please give it as DD.MM.YYYY (e.g. 13.01.1995) or just the year (e.g. 1995).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="195"/>
        <source>»{value}« ist keine vollständige E-Mail-Adresse (z. B. name@beispiel.de).</source>
        <translation>»{value}« is not a complete e-mail address (e.g. name@example.org).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/attachments.py" line="204"/>
        <location filename="../../app/casemanager/casework.py" line="283"/>
        <source>Bitte einen Grund für das Löschen wählen.</source>
        <translation>Please choose a reason for deleting.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="295"/>
        <source>Der Datensatz wurde seitdem anderweitig geändert.</source>
        <translation>The record has been changed elsewhere since.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="304"/>
        <source>Das lässt sich nicht rückgängig machen: {reason}</source>
        <translation>This cannot be undone: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="353"/>
        <source>Verlängerung (Wochen vor Ablauf)</source>
        <translation>Renewal (weeks before expiry)</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="355"/>
        <source>An die Verlängerung wird höchstens 52 Wochen vor Ablauf erinnert.</source>
        <translation>Renewal reminders come at most 52 weeks before expiry.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="478"/>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="487"/>
        <source>Bitte angeben, welcher Aufenthaltstitel beantragt wurde.</source>
        <translation>Please state which residence title was applied for.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="490"/>
        <source>»{code}« ist kein Aufenthaltstitel, der beantragt werden kann.</source>
        <translation>»{code}« is not a residence title that can be applied for.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="494"/>
        <source>»Beantragt« gehört nur zum Eintrag »Antrag gestellt, Fiktionsbescheinigung«. Bitte leer lassen.</source>
        <translation>»Applied for« belongs only to the entry »Application filed, Fiktionsbescheinigung«. Please leave it empty.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="501"/>
        <source>{title} kann seit dem {first} nicht mehr beantragt werden. Eine Erteilung ab diesem Tag ist nur auf einen Antrag bis zum {last} möglich: bitte das Antragsdatum angeben.</source>
        <translation>{title} cannot be applied for since {first}. A grant from that day is only possible on an application filed by {last}: please give the date of application.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="505"/>
        <source>»Gültig bis«</source>
        <translation>»Valid until«</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="514"/>
        <source>{title}: ein Antrag ist seit dem {first} nicht mehr möglich, die Vorschrift ist mit Ablauf des {last} außer Kraft getreten.</source>
        <translation>{title}: no application is possible since {first}; the provision expired at the end of {last}.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="557"/>
        <source>Bitte angeben, ob die Einwilligung schriftlich oder mündlich erteilt wurde.</source>
        <translation>Please state whether the consent was given in writing or orally.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="561"/>
        <source>Bitte die Sprache angeben, in die gedolmetscht wurde.</source>
        <translation>Please give the language that was interpreted into.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="575"/>
        <source>Die Einwilligung darf nicht nach ihrem Widerruf liegen.</source>
        <translation>The consent cannot be dated after its withdrawal.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="597"/>
        <source>{n} Fall</source>
        <translation>{n} case</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="597"/>
        <source>{n} Fälle</source>
        <translation>{n} cases</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="597"/>
        <source>{n} Kontakt</source>
        <translation>{n} contact</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="597"/>
        <source>{n} Kontakte</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="598"/>
        <source>{n} Verweisung mit Datenweitergabe</source>
        <translation>{n} referral passing data on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="598"/>
        <source>{n} Verweisungen mit Datenweitergabe</source>
        <translation>{n} referrals passing data on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="602"/>
        <source>So geändert deckt die Einwilligung bereits Erfasstes nicht mehr ({records}).</source>
        <translation>Changed like this, the consent would no longer cover what has been recorded ({records}).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="603"/>
        <source>Die Einwilligung deckt bereits Erfasstes ({records}) und kann deshalb nicht gelöscht werden. Gilt sie nicht mehr, bitte »Einwilligung widerrufen« wählen.</source>
        <translation>The consent covers what has already been recorded ({records}) and therefore cannot be deleted. If it no longer applies, please choose »Withdraw consent«.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="652"/>
        <source>Eröffnet am</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="653"/>
        <source>Die Eröffnung</source>
        <translation>The opening</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="655"/>
        <source>Für diese Person ist bereits ein Fall offen.</source>
        <translation>This person already has an open case.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="657"/>
        <source>Ohne Einwilligung in die Fallarbeit kann kein Fall eröffnet werden.</source>
        <translation>A case cannot be opened without consent to casework.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="669"/>
        <source>Der Fall ist abgeschlossen.</source>
        <translation>The case is closed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="678"/>
        <source>Prozessphase</source>
        <translation>Process phase</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="680"/>
        <source>Die Phase »Abschluss« beginnt mit dem Abschließen des Falls.</source>
        <translation>The phase “Closure” begins when the case is closed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="681"/>
        <source>Phase seit</source>
        <translation>Phase since</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="682"/>
        <location filename="../../app/casemanager/casework.py" line="684"/>
        <source>Der Phasenbeginn</source>
        <translation>The start of the phase</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="685"/>
        <source>dem Beginn der vorigen Phase</source>
        <translation>the start of the previous phase</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="701"/>
        <location filename="../../app/casemanager/casework.py" line="716"/>
        <location filename="../../app/casemanager/casework.py" line="717"/>
        <source>Der Wechsel der Intensität</source>
        <translation>The change of intensity</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="701"/>
        <source>dem letzten Wechsel</source>
        <translation>the previous change</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="703"/>
        <source>Der Fall hat bereits diese Intensität.</source>
        <translation>The case already has this intensity.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="720"/>
        <source>Der Wechsel der Intensität liegt nach dem Abschluss des Falls.</source>
        <translation>The change of intensity is after the case was closed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="730"/>
        <source>Die Intensität ab der Eröffnung des Falls lässt sich ändern, aber nicht löschen oder auf ein anderes Datum legen.</source>
        <translation>The intensity from the case&apos;s opening can be changed, but not deleted or moved to another date.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="736"/>
        <location filename="../../app/casemanager/documents.py" line="112"/>
        <source>Abschlussgrund</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="737"/>
        <source>Abgeschlossen am</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="738"/>
        <location filename="../../app/casemanager/casework.py" line="739"/>
        <source>Der Abschluss</source>
        <translation>The closing</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="740"/>
        <source>der Eröffnung</source>
        <translation>the opening</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="786"/>
        <source>Das Ziel</source>
        <translation>The goal</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="787"/>
        <source>Lebensbereich</source>
        <translation>Life area</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="788"/>
        <location filename="../../app/casemanager/documents.py" line="72"/>
        <source>Zieldatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="789"/>
        <source>Stand des Ziels</source>
        <translation>Goal status</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="839"/>
        <location filename="../../app/casemanager/casework.py" line="906"/>
        <source>Datum des Kontakts</source>
        <translation>Date of contact</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="840"/>
        <location filename="../../app/casemanager/casework.py" line="841"/>
        <location filename="../../app/casemanager/casework.py" line="907"/>
        <source>Der Kontakt</source>
        <translation>The contact</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="718"/>
        <location filename="../../app/casemanager/casework.py" line="841"/>
        <location filename="../../app/casemanager/casework.py" line="963"/>
        <source>der Eröffnung des Falls</source>
        <translation>the opening of the case</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="843"/>
        <source>Der Kontakt liegt nach dem Abschluss des Falls.</source>
        <translation>The contact is after the case was closed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="894"/>
        <location filename="../../app/casemanager/system_work.py" line="103"/>
        <source>Die Dauer</source>
        <translation>The duration</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="896"/>
        <source>Die Dauer von {n} Minuten ist unplausibel (höchstens 12 Stunden).</source>
        <translation>A duration of {n} minutes is implausible (at most 12 hours).</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="898"/>
        <source>Kontaktart</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="900"/>
        <source>Bitte mindestens ein Thema wählen.</source>
        <translation>Please choose at least one topic.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="902"/>
        <location filename="../../app/casemanager/system_work.py" line="84"/>
        <location filename="../../app/casemanager/system_work.py" line="136"/>
        <location filename="../../ui/pages.py" line="477"/>
        <location filename="../../ui/pages.py" line="483"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="846"/>
        <source>Dolmetschminuten</source>
        <translation>Interpreter minutes</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="847"/>
        <source>Dolmetschkosten</source>
        <translation>Interpreter cost</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="850"/>
        <source>Bitte die Sprache der Dolmetschung angeben.</source>
        <translation>Please enter the interpreter&apos;s language.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="852"/>
        <source>Für dieses Datum liegt keine Einwilligung in die Fallarbeit vor.</source>
        <translation>There is no consent to casework for this date.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="913"/>
        <source>Die Person hat ihre Einwilligung in die Fallarbeit widerrufen: es wird nichts Neues erfasst.</source>
        <translation>The person has withdrawn their consent to casework: nothing new is recorded.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="916"/>
        <source>Für diesen Tag liegt eine Einwilligung in die Fallarbeit vor: bitte den Kontakt im Fall erfassen.</source>
        <translation>There is consent to casework for this day: please record the contact in the case.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="939"/>
        <source>Mit einer Antwort ist die Verweisung nicht mehr »angefragt«. Bitte den neuen Stand wählen.</source>
        <translation>With an answer the referral is no longer »requested«. Please choose the new status.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="959"/>
        <source>Ein Ergebnis gibt es erst mit einer Antwort: bitte den Stand der Verweisung ändern.</source>
        <translation>There is an outcome only once there is an answer: please change the referral&apos;s status.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="965"/>
        <source>Die Verweisung liegt nach dem Abschluss des Falls.</source>
        <translation>The referral is after the case was closed.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="970"/>
        <source>Für die Weitergabe von Daten an »{partner}« liegt keine Einwilligung vor. Bitte die Einwilligung erfassen oder ohne Datenweitergabe verweisen.</source>
        <translation>There is no consent to pass data to “{partner}”. Record the consent, or refer without passing data on.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="955"/>
        <source>Stand der Verweisung</source>
        <translation>Referral status</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="957"/>
        <source>Ergebnis der Verweisung</source>
        <translation>Referral outcome</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="966"/>
        <source>Nachfassen am</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="967"/>
        <source>Das Nachfassen</source>
        <translation>The follow-up</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="967"/>
        <source>der Verweisung</source>
        <translation>the referral</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="954"/>
        <location filename="../../app/casemanager/system_work.py" line="86"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="961"/>
        <source>Datum der Verweisung</source>
        <translation>Date of referral</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="962"/>
        <location filename="../../app/casemanager/casework.py" line="963"/>
        <source>Die Verweisung</source>
        <translation>The referral</translation>
    </message>
    <message>
        <location filename="../../app/core/catalogues.py" line="60"/>
        <source>»{code}« ist kein bekannter Eintrag für {what}.</source>
        <translation>“{code}” is not a known entry for {what}.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="35"/>
        <source>Keine Eingabe.</source>
        <translation>No input.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="42"/>
        <source>Neue Passphrase: </source>
        <translation>New passphrase: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="43"/>
        <source>Neue Passphrase wiederholen: </source>
        <translation>Repeat new passphrase: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="44"/>
        <source>Die beiden Eingaben stimmen nicht überein. Es wurde nichts verändert.</source>
        <translation>The two entries differ. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="77"/>
        <source>Falldatei angelegt: {path}</source>
        <translation>Case file created: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="79"/>
        <source>Wiederherstellungscode (wird nur jetzt angezeigt, bitte ausdrucken und sicher verwahren):</source>
        <translation>Recovery code (shown only now; print it and keep it safe):</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="83"/>
        <source>Mit diesem Code lässt sich die Falldatei öffnen, wenn die Passphrase vergessen ist.</source>
        <translation>This code opens the case file if the passphrase is forgotten.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="55"/>
        <location filename="../../fallakte/cli.py" line="89"/>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="91"/>
        <source>{path}: in Ordnung (Verschlüsselung, Struktur, Verweise, Protokoll).</source>
        <translation>{path}: OK (encryption, structure, references, audit log).</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="95"/>
        <source>{path}: {n} Problem(e) gefunden.</source>
        <translation>{path}: {n} problem(s) found.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="101"/>
        <source>Sicherung geschrieben und geprüft: {path}</source>
        <translation>Backup written and verified: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="108"/>
        <location filename="../../fallakte/cli.py" line="131"/>
        <source>Wiederherstellungscode: </source>
        <translation>Recovery code: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="112"/>
        <source>Passphrase zum Zeitpunkt der Sicherung: </source>
        <translation>Passphrase at the time of the backup: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="115"/>
        <source>Wiederhergestellt: {path}</source>
        <translation>Restored: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="117"/>
        <source>Die bisherige Falldatei liegt unverändert unter {path}</source>
        <translation>The previous case file is kept unchanged at {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="123"/>
        <source>Bisherige Passphrase: </source>
        <translation>Current passphrase: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="125"/>
        <source>Passphrase geändert. Der Wiederherstellungscode gilt weiter.</source>
        <translation>Passphrase changed. The recovery code stays valid.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="133"/>
        <source>Falldatei mit dem Wiederherstellungscode geöffnet; die neue Passphrase gilt ab sofort.</source>
        <translation>Case file opened with the recovery code; the new passphrase applies from now on.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="148"/>
        <source>Falldatei angelegt: {path}. Wiederherstellungscode: {code}</source>
        <translation>Case file created: {path}. Recovery code: {code}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="152"/>
        <source>{path} enthält bereits Personen. Beispieldaten kommen nur in eine leere Falldatei.</source>
        <translation>{path} already holds persons. Demo data only goes into an empty case file.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="157"/>
        <source>Beispieldaten: {p} Personen, {c} Fälle, {k} Kontakte in {s:.1f} s.</source>
        <translation>Demo data: {p} persons, {c} cases, {k} contacts in {s:.1f} s.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/casework.py" line="428"/>
        <source>Keine Person mit der Fallnummer {n}.</source>
        <translation>No person with case number {n}.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="170"/>
        <location filename="../../fallakte/cli.py" line="368"/>
        <source>Geschrieben: {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="219"/>
        <source>Ablage: {share}</source>
        <translation>Share: {share}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="219"/>
        <source>(keine)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="226"/>
        <source>Fingerabdruck des KI-Schlüssels: {fp} (bitte telefonisch mit dem KI abgleichen)</source>
        <translation>KI key fingerprint: {fp} (compare it with the KI by phone)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="242"/>
        <source>Anmeldedatei für das KI geschrieben: {path}</source>
        <translation>Enrolment request for the KI written: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="243"/>
        <source>Gerät {id}, Fingerabdruck {fp}</source>
        <translation>Device {id}, fingerprint {fp}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="266"/>
        <source>{reason} Die Sendung {n} wartet und wird beim nächsten Versuch übertragen.</source>
        <translation>{reason} Bundle {n} is waiting and will be sent on the next attempt.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="269"/>
        <source>Übertragen: {path}</source>
        <translation>Sent: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="278"/>
        <source>KI-Speicher angelegt: {path}</source>
        <translation>KI store created: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="279"/>
        <source>Öffentlicher Schlüssel geschrieben; Fingerabdruck (für den telefonischen Abgleich):</source>
        <translation>Public key written; fingerprint (to compare by phone):</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="281"/>
        <source>Wiederherstellungscode des KI-Speichers (nur jetzt sichtbar, bitte sicher verwahren):</source>
        <translation>Recovery code of the KI store (shown only now; keep it safe):</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="67"/>
        <source>Passphrase des KI-Speichers: </source>
        <translation>Passphrase of the KI store: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="224"/>
        <source>Achtung: {reason} Sendungen warten, bis sie erreichbar ist.</source>
        <translation>Warning: {reason} Bundles wait until it is reachable.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="229"/>
        <source>Die Kommunen haben sich seit der letzten Anmeldedatei geändert: bitte mit »fallakte enrol-request« eine neue schreiben, damit das KI das Gerät neu anmeldet.</source>
        <translation>The municipalities have changed since the last enrolment file: please write a new one with »fallakte enrol-request« so that the KI enrols the device again.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="257"/>
        <source>Nächste Sendung von »{name}« ({munis}); neu: {new}. Jede Anzahl ist leicht verändert (höchstens ±2), 1 und 2 kommen nicht vor.</source>
        <translation>Next bundle of “{name}” ({munis}); new: {new}. Every count is slightly altered (at most ±2); 1 and 2 never occur.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="260"/>
        <source>nichts</source>
        <translation>nothing</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="292"/>
        <source>Achtung: Ein anderes Gerät heißt ebenfalls »{name}«.</source>
        <translation>Note: another device is also called “{name}”.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="295"/>
        <source>Gerät angemeldet: {name} ({id}), Fingerabdruck {fp}, Kommunen: {m}</source>
        <translation>Device enrolled: {name} ({id}), fingerprint {fp}, municipalities: {m}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="307"/>
        <source>gesperrt seit {t}</source>
        <translation>revoked since {t}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="307"/>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="308"/>
        <source>noch nie</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="310"/>
        <source>letzte Sendung: {t}</source>
        <translation>last bundle: {t}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="319"/>
        <source>Kein aktives Gerät mit der Kennung {id}.</source>
        <translation>No active device with id {id}.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="320"/>
        <source>Gerät {id} gesperrt: seine Sendungen werden ab jetzt abgelehnt.</source>
        <translation>Device {id} revoked: its bundles are refused from now on.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="322"/>
        <source>Seine bisherigen Zahlen sind aus allen Statistiken entfernt.</source>
        <translation>Its figures so far have been removed from every statistic.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="333"/>
        <source>Probelauf, nichts geändert: </source>
        <translation>Dry run, nothing changed: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="334"/>
        <source>Zusammenfassung: {s}</source>
        <translation>Summary: {s}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="349"/>
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
        <location filename="../../fallakte/cli.py" line="350"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/letters.py" line="142"/>
        <location filename="../../app/casemanager/letters.py" line="143"/>
        <location filename="../../fallakte/cli.py" line="350"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/letters.py" line="208"/>
        <source>Die Vorlage {path} ist kein lesbares Word-Dokument (.docx).</source>
        <translation>The template {path} is not a readable Word document (.docx).</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="351"/>
        <source>Importierte Sendungen: {what}</source>
        <translation>Imported bundles: {what}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="352"/>
        <source>werden in »importiert« aufbewahrt</source>
        <translation>are kept in »importiert«</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="352"/>
        <source>werden nach dem Import gelöscht</source>
        <translation>are deleted after the import</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="353"/>
        <source>Jahresbudget Sprachmittlung: {euro} €</source>
        <translation>Annual interpreting budget: {euro} €</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="366"/>
        <source>Hinweis: Für {period} liegen keine Sendungen vor; der Bericht sagt das.</source>
        <translation>Note: there are no bundles for {period}; the report says so.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="377"/>
        <source>Anmeldedatei für das Land geschrieben: {path}</source>
        <translation>Enrol request for the Land written: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="386"/>
        <source>Kreissendung an das Land geschrieben: {path}</source>
        <translation>County bundle for the Land written: {path}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="412"/>
        <source>{n} Demo-Geräte angemeldet; ihre Sendungen liegen in {share}. Weiter mit »fallakte ki import«.</source>
        <translation>{n} demo devices enrolled; their bundles are in {share}. Next: “fallakte ki import”.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="75"/>
        <source>Mit --force wird sie ersetzt und gelöscht.</source>
        <translation>--force replaces and deletes it.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="195"/>
        <source>Eigene Vorlagen des Kreises: {folder}</source>
        <translation>The county&apos;s own templates: {folder}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="198"/>
        <source>Bitte Vorlage, Fallnummer und --out DATEI.docx angeben.</source>
        <translation>Please give the template, the case number and --out FILE.docx.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="202"/>
        <source>Diese Platzhalter der Vorlage kennt Fallakte nicht, sie stehen unverändert im Brief: {names}</source>
        <translation>Fallakte does not know these placeholders of the template; they are left in the letter as they are: {names}</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="421"/>
        <source>Falldatei (Vorgabe: &lt;Anwendungsdaten&gt;/Fallakte/fallakte.db)</source>
        <translation>case file (default: &lt;application data&gt;/Fallakte/fallakte.db)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="423"/>
        <source>Fallakte: verschlüsselte Fallakte für das KIM-Case-Management.</source>
        <translation>Fallakte: encrypted case file for KIM case management.</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="425"/>
        <location filename="../../fallakte/cli.py" line="548"/>
        <source>die Version zeigen und beenden</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="427"/>
        <source>prüfen, ob diese Installation funktioniert (ohne echte Daten)</source>
        <translation>check that this installation works (without real data)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="429"/>
        <source>Befehle</source>
        <translation>commands</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="431"/>
        <source>neue Falldatei anlegen</source>
        <translation>create a new case file</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="432"/>
        <source>eine vorhandene Falldatei ersetzen (löscht sie)</source>
        <translation>replace an existing case file (deletes it)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="434"/>
        <source>Falldatei vollständig prüfen</source>
        <translation>check the case file completely</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="435"/>
        <source>verschlüsselte Sicherung schreiben</source>
        <translation>write an encrypted backup</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="436"/>
        <source>Zieldatei oder -ordner</source>
        <translation>target file or folder</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="438"/>
        <source>Falldatei aus einer Sicherung wiederherstellen</source>
        <translation>restore the case file from a backup</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="439"/>
        <source>die Sicherungsdatei</source>
        <translation>the backup file</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="441"/>
        <source>mit dem Wiederherstellungscode statt der Passphrase (verlangt eine neue Passphrase)</source>
        <translation>with the recovery code instead of the passphrase (asks for a new passphrase)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="443"/>
        <source>Passphrase ändern</source>
        <translation>change the passphrase</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="445"/>
        <source>vergessene Passphrase: mit dem Wiederherstellungscode eine neue setzen</source>
        <translation>forgotten passphrase: set a new one with the recovery code</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="446"/>
        <source>Beispieldaten in eine leere Falldatei schreiben</source>
        <translation>write demo data into an empty case file</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="447"/>
        <source>Zahl der Personen (Vorgabe 200)</source>
        <translation>number of persons (default 200)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="448"/>
        <source>gleicher Startwert, gleiche Daten (am selben Tag)</source>
        <translation>same seed, same data (on the same day)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="451"/>
        <source>Auskunft nach Art. 15 DSGVO: alles zu einer Person als PDF und JSON</source>
        <translation>subject access (Art. 15 GDPR): everything about one person as PDF and JSON</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="453"/>
        <source>Zielordner</source>
        <translation>target folder</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="456"/>
        <source>Hilfeplan oder Fallblatt einer Person als PDF schreiben</source>
        <translation>write a person&apos;s support plan (Hilfeplan) or case sheet (Fallblatt) as PDF</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="459"/>
        <source>die PDF-Datei, die geschrieben wird</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="463"/>
        <source>einen Brief aus einer Vorlage schreiben (DOCX und PDF), mit --list die Vorlagen zeigen</source>
        <translation>write a letter from a template (DOCX and PDF); --list shows the templates</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="464"/>
        <source>z. B. auslaenderbehoerde, jobcenter, schule</source>
        <translation>e.g. auslaenderbehoerde, jobcenter, schule</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="466"/>
        <source>die DOCX-Datei; die PDF-Datei kommt daneben</source>
        <translation>the DOCX file; the PDF file goes beside it</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="467"/>
        <source>Sprache der Vorlage (Vorgabe de)</source>
        <translation>language of the template (default de)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="468"/>
        <source>die vorhandenen Vorlagen zeigen</source>
        <translation>show the templates there are</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="471"/>
        <source>Synchronisation einrichten (Ablage, KI-Schlüssel, Gerät)</source>
        <translation>set up synchronisation (share, KI key, device)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="472"/>
        <source>Ablage des KI (Netzlaufwerk, UNC-Pfad, USB-Stick, Cloud-Ordner)</source>
        <translation>the KI&apos;s share (network drive, UNC path, USB stick, cloud folder)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="473"/>
        <source>öffentlicher Schlüssel des KI (ki-public.key)</source>
        <translation>the KI&apos;s public key (ki-public.key)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="474"/>
        <source>Name dieses Geräts, z. B. »KIM Dülmen 1«</source>
        <translation>name of this device, e.g. »KIM Dülmen 1«</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="475"/>
        <source>betreute Kommunen, z. B. duelmen,nottuln</source>
        <translation>municipalities served, e.g. duelmen,nottuln</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="477"/>
        <source>Anmeldedatei dieses Geräts für das KI schreiben</source>
        <translation>write this device&apos;s enrolment file for the KI</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="478"/>
        <source>Vorgabe: in den Ordner »anmeldung« der Ablage</source>
        <translation>default: into the share&apos;s »anmeldung« folder</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="480"/>
        <source>anonymisierte Zahlen an das KI übertragen</source>
        <translation>send anonymised counts to the KI</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="481"/>
        <source>statt der eingerichteten Ablage</source>
        <translation>instead of the share set up</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="482"/>
        <source>jede Zahl der nächsten Sendung zeigen, nichts senden</source>
        <translation>show every figure of the next bundle, send nothing</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="486"/>
        <source>KI-Speicher (Vorgabe: &lt;Anwendungsdaten&gt;/Fallakte/ki-speicher.db)</source>
        <translation>KI store (default: &lt;application data&gt;/Fallakte/ki-speicher.db)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="487"/>
        <source>Befehle des Kommunalen Integrationszentrums</source>
        <translation>commands of the municipal integration centre (KI)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="488"/>
        <source>KI-Befehle</source>
        <translation>KI commands</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="489"/>
        <source>KI-Speicher und Schlüsselpaar anlegen</source>
        <translation>create the KI store and key pair</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="490"/>
        <source>wohin ki-public.key geschrieben wird</source>
        <translation>where ki-public.key is written</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="491"/>
        <source>Name des KI</source>
        <translation>name of the KI</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="492"/>
        <source>kleinste Zahl, die Geräte zeigen dürfen (mindestens 3)</source>
        <translation>smallest count devices may show (at least 3)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="494"/>
        <source>Geräte senden keine Arbeitszeiten der Case-Manager*innen (auch nicht je Quartal)</source>
        <translation>devices send no working time of the case managers (not even per quarter)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="496"/>
        <source>ein Gerät anmelden</source>
        <translation>enrol a device</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="497"/>
        <source>Anmeldedatei des Geräts</source>
        <translation>the device&apos;s enrolment file</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="498"/>
        <source>Name, unter dem das Gerät geführt wird</source>
        <translation>name under which the device is listed</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="499"/>
        <source>zugeordnete Kommunen</source>
        <translation>municipalities assigned</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="500"/>
        <source>ein gesperrtes Gerät ausdrücklich wieder zulassen</source>
        <translation>explicitly readmit a revoked device</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="502"/>
        <source>angemeldete Geräte</source>
        <translation>enrolled devices</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="504"/>
        <source>ein Gerät sperren</source>
        <translation>revoke a device</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="506"/>
        <source>auch seine bisherigen Zahlen aus allen Statistiken entfernen</source>
        <translation>also remove its figures so far from every statistic</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="508"/>
        <source>Sendungen aus einem Ordner importieren</source>
        <translation>import bundles from a folder</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="510"/>
        <source>nur berichten, was ein Import täte; nichts ändern</source>
        <translation>only report what an import would do; change nothing</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="512"/>
        <source>Einstellungen des KI zeigen oder ändern</source>
        <translation>show or change the KI&apos;s settings</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="514"/>
        <source>importierte Sendungen aufbewahren (ja) oder nach dem Import löschen (nein, Vorgabe)</source>
        <translation>keep imported bundles (ja) or delete them after the import (nein, default)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="515"/>
        <source>Jahresbudget Sprachmittlung in Euro</source>
        <translation>annual interpreting budget in euros</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="517"/>
        <source>Bericht für den Ausschuss oder Tabellen schreiben</source>
        <translation>write the committee report or tables</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="518"/>
        <source>z. B. 2026, 2026-Q3 oder 2026-07</source>
        <translation>e.g. 2026, 2026-Q3 or 2026-07</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="520"/>
        <source>Datei (pdf, xlsx) oder Ordner (csv)</source>
        <translation>file (pdf, xlsx) or folder (csv)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="522"/>
        <source>Anmeldedatei des KI für das Land schreiben</source>
        <translation>write the KI&apos;s enrolment file for the Land</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="523"/>
        <source>Name, unter dem das Land den Kreis führt</source>
        <translation>name under which the Land lists the county</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="527"/>
        <source>Kreissumme als Sendung an das Land (signiert, verschlüsselt) ablegen</source>
        <translation>put the county&apos;s totals as a bundle for the Land (signed, encrypted)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="528"/>
        <source>öffentlicher Schlüssel des Landes</source>
        <translation>the Land&apos;s public key</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="529"/>
        <source>Ablage des Landes</source>
        <translation>the Land&apos;s share</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="531"/>
        <source>die Auswertung (Statistikfenster) öffnen</source>
        <translation>open the statistics window</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="534"/>
        <source>12 Demo-Geräte (3 Regionen, 2 Jahre) anmelden und ihre Sendungen ablegen</source>
        <translation>enrol 12 demo devices (3 regions, 2 years) and put their bundles</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="535"/>
        <source>Ablage, in die die Sendungen gehen</source>
        <translation>share the bundles go to</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="536"/>
        <source>Personen je Gerät</source>
        <translation>persons per device</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="546"/>
        <source>Aufruf: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="546"/>
        <source>Argumente</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="546"/>
        <source>Optionen</source>
        <translation>options</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="547"/>
        <source>diese Hilfe zeigen und beenden</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="549"/>
        <source>%(prog)s: Fehler: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="550"/>
        <source>Diese Angaben fehlen: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="551"/>
        <source>unbekannte Angaben: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="552"/>
        <source>ungültige Wahl: %(value)r (möglich: %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="553"/>
        <source>hier fehlt ein Wert</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="554"/>
        <source>höchstens ein Wert erlaubt</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="555"/>
        <source>mindestens ein Wert nötig</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="556"/>
        <source>ungültiger Wert: %(value)r</source>
        <translation>invalid value: %(value)r</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="557"/>
        <source>Angabe %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="558"/>
        <source>mehrdeutig: %(option)s passt zu %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="559"/>
        <source>nicht zusammen mit %s erlaubt</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="560"/>
        <source>eine dieser Angaben ist nötig: %s</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location filename="../../fallakte/cli.py" line="591"/>
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
        <location filename="../../ui/models.py" line="21"/>
        <source>Fallnummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="78"/>
        <location filename="../../ui/case_view.py" line="951"/>
        <location filename="../../ui/models.py" line="21"/>
        <source>Familienname</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="79"/>
        <location filename="../../ui/case_view.py" line="952"/>
        <location filename="../../ui/models.py" line="21"/>
        <source>Vornamen</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="80"/>
        <location filename="../../app/casemanager/printouts.py" line="133"/>
        <location filename="../../ui/case_view.py" line="956"/>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="81"/>
        <location filename="../../app/casemanager/printouts.py" line="134"/>
        <location filename="../../ui/case_view.py" line="957"/>
        <location filename="../../ui/pages.py" line="479"/>
        <location filename="../../ui/pages.py" line="483"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="82"/>
        <location filename="../../app/casemanager/printouts.py" line="135"/>
        <location filename="../../ui/case_view.py" line="960"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="82"/>
        <location filename="../../app/casemanager/printouts.py" line="135"/>
        <location filename="../../ui/case_view.py" line="958"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="82"/>
        <location filename="../../app/casemanager/printouts.py" line="135"/>
        <location filename="../../ui/case_view.py" line="959"/>
        <source>E-Mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="83"/>
        <location filename="../../app/casemanager/printouts.py" line="136"/>
        <location filename="../../ui/case_view.py" line="961"/>
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
        <location filename="../../ui/models.py" line="22"/>
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
        <source>hinzugefügt am</source>
        <translation>added on</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/documents.py" line="131"/>
        <source>Dokumente (Scans, PDFs, Fotos)</source>
        <translation>Documents (scans, PDFs, photos)</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="71"/>
        <source>Die Passphrase ist falsch. {path} bleibt unverändert.</source>
        <translation>The passphrase is wrong. {path} remains unchanged.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="73"/>
        <source>Der Wiederherstellungscode gehört nicht zu {path}. Es wurde nichts verändert.</source>
        <translation>The recovery code does not belong to {path}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="75"/>
        <source>Der Wiederherstellungscode hat in Gruppe {group} einen Tippfehler.</source>
        <translation>The recovery code has a typo in group {group}.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="77"/>
        <source>Das ist kein Wiederherstellungscode: erwartet werden 5 Gruppen zu je 6 Zeichen.</source>
        <translation>This is not a recovery code: 5 groups of 6 characters are expected.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="79"/>
        <source>Die Datei {path} ist beschädigt oder wurde verändert. Sie wurde weder verwendet noch überschrieben.</source>
        <translation>The file {path} is damaged or was altered. It was neither used nor overwritten.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="82"/>
        <source>Unter {path} gibt es keine Falldatei.</source>
        <translation>There is no case file at {path}.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="84"/>
        <source>Unter {path} liegt bereits eine Falldatei. Sie wird nicht überschrieben.</source>
        <translation>There already is a case file at {path}. It will not be overwritten.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="86"/>
        <source>{path} ist ein KI-Speicher, keine Falldatei.</source>
        <translation>{path} is a KI store, not a case file.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="88"/>
        <source>{path} ist eine Falldatei, kein KI-Speicher.</source>
        <translation>{path} is a case file, not a KI store.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="90"/>
        <source>{path} wurde mit einer neueren Fallakte-Version gespeichert. Bitte Fallakte aktualisieren.</source>
        <translation>{path} was saved by a newer version of Fallakte. Please update Fallakte.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="93"/>
        <source>{path} wird gerade von einem anderen Fallakte-Fenster oder -Befehl verwendet. Bitte gleich noch einmal versuchen.</source>
        <translation>{path} is in use by another Fallakte window or command. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="102"/>
        <source>Die Passphrase muss mindestens {n} Zeichen lang sein.</source>
        <translation>The passphrase must be at least {n} characters long.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="104"/>
        <source>Die Änderung konnte nicht gespeichert werden: kein Speicherplatz mehr oder ein Schreibfehler auf dem Datenträger. Alles bis zur letzten gespeicherten Änderung bleibt erhalten.</source>
        <translation>The change could not be saved: the disk is full or could not be written. Everything up to the last saved change is kept.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="107"/>
        <source>Nicht genug Speicherplatz für {path}. Es wurde nichts verändert.</source>
        <translation>Not enough disk space for {path}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="109"/>
        <source>Keine Berechtigung für {path}.</source>
        <translation>No permission for {path}.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="111"/>
        <source>{path} gibt es nicht oder ist nicht erreichbar.</source>
        <translation>{path} does not exist or cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="113"/>
        <source>{path} ist nicht erreichbar ({reason}).</source>
        <translation>{path} cannot be reached ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="114"/>
        <source>Unerwarteter Fehler ({kind}). Es wurde nichts verändert.</source>
        <translation>Unexpected error ({kind}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="124"/>
        <source>Das ist kein öffentlicher KI-Schlüssel dieser Fallakte-Version.</source>
        <translation>This is not a KI public key of this Fallakte version.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="126"/>
        <source>Die Schlüsseldatei des KI ist beschädigt.</source>
        <translation>The KI&apos;s key file is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="128"/>
        <source>Die Schlüsseldatei verlangt k = {k}; unter {minimum} ist nicht zulässig.</source>
        <translation>The key file asks for k = {k}; below {minimum} is not allowed.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="130"/>
        <source>Das ist keine Anmeldedatei dieser Fallakte-Version.</source>
        <translation>This is not an enrolment file of this Fallakte version.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="132"/>
        <source>Die Anmeldedatei ist beschädigt.</source>
        <translation>The enrolment file is damaged.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="134"/>
        <source>Die Anmeldedatei ist nicht echt: Signatur oder Gerätekennung passen nicht.</source>
        <translation>The enrolment file is not genuine: signature or device ID do not match.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="146"/>
        <source>Auf der Ablage {path} ist kein Platz mehr.</source>
        <translation>The share {path} is full.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="148"/>
        <source>Die Ablage {path} ist schreibgeschützt.</source>
        <translation>The share {path} is read-only.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="150"/>
        <source>Die Ablage {path} ist nicht erreichbar ({reason}).</source>
        <translation>The share {path} cannot be reached ({reason}).</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="157"/>
        <source>keine Fallakte-Sendung</source>
        <translation>not a Fallakte bundle</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="158"/>
        <source>Format-Version wird nicht unterstützt</source>
        <translation>format version not supported</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="159"/>
        <source>für einen anderen KI-Schlüssel verschlüsselt</source>
        <translation>encrypted for another KI key</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="160"/>
        <source>beschädigt oder verändert</source>
        <translation>damaged or altered</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="161"/>
        <source>Gerät nicht angemeldet</source>
        <translation>device not enrolled</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="162"/>
        <source>Gerät gesperrt</source>
        <translation>device revoked</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="163"/>
        <source>Signatur ungültig</source>
        <translation>invalid signature</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/privacy.py" line="79"/>
        <source>Der Fall ist noch offen. Bitte zuerst abschließen.</source>
        <translation>The case is still open. Please close it first.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/privacy.py" line="152"/>
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
        <location filename="../../app/casemanager/system_work.py" line="135"/>
        <location filename="../../app/casemanager/system_work.py" line="151"/>
        <location filename="../../ui/pages.py" line="476"/>
        <location filename="../../ui/pages.py" line="483"/>
        <location filename="../../ui/pages.py" line="499"/>
        <location filename="../../ui/pages.py" line="504"/>
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
        <location filename="../../app/core/messages.py" line="140"/>
        <source>Es ist noch keine Ablage des KI eingerichtet.</source>
        <translation>No KI share has been set up yet.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="82"/>
        <location filename="../../app/casemanager/system_work.py" line="102"/>
        <location filename="../../app/casemanager/system_work.py" line="150"/>
        <location filename="../../ui/pages.py" line="475"/>
        <location filename="../../ui/pages.py" line="483"/>
        <location filename="../../ui/pages.py" line="498"/>
        <location filename="../../ui/pages.py" line="504"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="111"/>
        <source>Am {day} sind schon {logged} Std. erfasst; mit {minutes} Minuten wären es mehr als 24 Stunden.</source>
        <translation>On {day}, {logged} h are already recorded; with {minutes} minutes it would be more than 24 hours.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="114"/>
        <source>Art der Tätigkeit</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="134"/>
        <source>Datum der Veranstaltung</source>
        <translation>Date of the event</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="137"/>
        <location filename="../../app/casemanager/transparency.py" line="48"/>
        <location filename="../../ui/pages.py" line="478"/>
        <location filename="../../ui/pages.py" line="483"/>
        <source>Teilnehmende</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="138"/>
        <location filename="../../ui/pages.py" line="480"/>
        <location filename="../../ui/pages.py" line="484"/>
        <source>Dolmetschende</source>
        <translation>Interpreters</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="152"/>
        <location filename="../../ui/pages.py" line="500"/>
        <location filename="../../ui/pages.py" line="504"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/system_work.py" line="153"/>
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
        <location filename="../../ui/case_view.py" line="955"/>
        <source>Geburtsdatum oder -jahr</source>
        <translation>Date or year of birth</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="21"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="22"/>
        <source>Eröffnet</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="331"/>
        <source>{record} vom {date}</source>
        <translation>{record} of {date}</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="489"/>
        <source>Veranstaltung &amp;erfassen</source>
        <translation>&amp;Record event</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="501"/>
        <location filename="../../ui/pages.py" line="504"/>
        <source>Beobachtung</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="509"/>
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
        <location filename="../../app/core/messages.py" line="142"/>
        <source>Die Ablage {path} ist nicht erreichbar.</source>
        <translation>The share {path} cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../app/core/messages.py" line="144"/>
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
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="184"/>
        <source>Keine gültige Einwilligung.</source>
        <translation>No valid consent.</translation>
    </message>
    <message>
        <location filename="../../app/casemanager/printouts.py" line="130"/>
        <location filename="../../app/casemanager/printouts.py" line="190"/>
        <source>Fallblatt</source>
        <translation>Case sheet (Fallblatt)</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="117"/>
        <location filename="../../ui/case_view.py" line="182"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="118"/>
        <source>← Zur Liste</source>
        <translation>← Back to list</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="128"/>
        <location filename="../../ui/case_view.py" line="138"/>
        <location filename="../../ui/case_view.py" line="139"/>
        <location filename="../../ui/case_view.py" line="555"/>
        <source>Seit</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="128"/>
        <location filename="../../ui/case_view.py" line="479"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="128"/>
        <source>Antrag</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="129"/>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="138"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="140"/>
        <location filename="../../ui/case_view.py" line="584"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="140"/>
        <location filename="../../ui/case_view.py" line="585"/>
        <source>Lebensbereich</source>
        <translation>Life area</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="140"/>
        <source>Zieldatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="140"/>
        <location filename="../../ui/case_view.py" line="144"/>
        <location filename="../../ui/case_view.py" line="587"/>
        <location filename="../../ui/case_view.py" line="666"/>
        <location filename="../../ui/case_view.py" line="693"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="134"/>
        <location filename="../../ui/case_view.py" line="142"/>
        <location filename="../../ui/case_view.py" line="144"/>
        <location filename="../../ui/case_view.py" line="611"/>
        <location filename="../../ui/case_view.py" line="632"/>
        <location filename="../../ui/case_view.py" line="664"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="134"/>
        <location filename="../../ui/case_view.py" line="142"/>
        <source>Art</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="134"/>
        <location filename="../../ui/case_view.py" line="142"/>
        <location filename="../../ui/case_view.py" line="614"/>
        <location filename="../../ui/case_view.py" line="635"/>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="143"/>
        <location filename="../../ui/case_view.py" line="618"/>
        <location filename="../../ui/case_view.py" line="669"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="144"/>
        <location filename="../../ui/case_view.py" line="663"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="144"/>
        <location filename="../../ui/case_view.py" line="667"/>
        <location filename="../../ui/case_view.py" line="694"/>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="145"/>
        <source>Nachfassen</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="146"/>
        <location filename="../../ui/case_view.py" line="705"/>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="146"/>
        <location filename="../../ui/case_view.py" line="707"/>
        <source>Erteilt</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="146"/>
        <source>Widerrufen</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="149"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="149"/>
        <source>Phasen</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="178"/>
        <source>Person &amp;bearbeiten</source>
        <translation>&amp;Edit person</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="179"/>
        <source>&amp;Auskunft exportieren (Art. 15 DSGVO)</source>
        <translation>&amp;Export subject access (Art. 15 GDPR)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="181"/>
        <source>Alle Daten &amp;löschen</source>
        <translation>&amp;Delete all data</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="183"/>
        <source>&amp;Status erfassen</source>
        <translation>Record &amp;status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="185"/>
        <source>Aufenthalt</source>
        <translation>Residence</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="186"/>
        <source>Fall &amp;eröffnen</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="187"/>
        <source>&amp;Phase wechseln</source>
        <translation>Change &amp;phase</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="188"/>
        <source>&amp;Intensität ändern</source>
        <translation>Change &amp;intensity</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="189"/>
        <source>Fall &amp;abschließen</source>
        <translation>&amp;Close case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="190"/>
        <source>Fall</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="191"/>
        <source>&amp;Ziel hinzufügen</source>
        <translation>Add &amp;goal</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="150"/>
        <location filename="../../ui/case_view.py" line="193"/>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="194"/>
        <source>&amp;Kontakt erfassen (Strg+N)</source>
        <translation>Record &amp;contact (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="151"/>
        <location filename="../../ui/case_view.py" line="197"/>
        <source>Kontakte</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="198"/>
        <source>&amp;Verweisung erfassen</source>
        <translation>Record &amp;referral</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="151"/>
        <location filename="../../ui/case_view.py" line="199"/>
        <source>Verweisungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="200"/>
        <source>Einwilligung &amp;erfassen</source>
        <translation>Record &amp;consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="201"/>
        <source>Einwilligung &amp;widerrufen</source>
        <translation>&amp;Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="152"/>
        <location filename="../../ui/case_view.py" line="205"/>
        <location filename="../../ui/case_view.py" line="910"/>
        <source>Einwilligungen</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="128"/>
        <source>Beantragt</source>
        <translation>Applied for</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="129"/>
        <source>Gültig bis</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="132"/>
        <location filename="../../ui/case_view.py" line="507"/>
        <source>Bleiberecht</source>
        <translation>Right to stay</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="132"/>
        <source>Voraussetzung</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="132"/>
        <location filename="../../ui/case_view.py" line="522"/>
        <source>Nachgewiesen am</source>
        <translation>Proven on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="133"/>
        <location filename="../../ui/case_view.py" line="523"/>
        <source>Nachzuweisen bis</source>
        <translation>To be proven by</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="133"/>
        <source>Rechtsgrundlage</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="134"/>
        <location filename="../../ui/case_view.py" line="142"/>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="135"/>
        <location filename="../../ui/case_view.py" line="636"/>
        <source>Einwilligung angefragt</source>
        <translation>Consent requested</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="141"/>
        <location filename="../../ui/case_view.py" line="588"/>
        <source>Wer tut was</source>
        <translation>Who does what</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="143"/>
        <source>Sprachmittlung</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="146"/>
        <source>Nachweis</source>
        <translation>Proof</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="147"/>
        <location filename="../../ui/case_view.py" line="768"/>
        <source>Bezeichnung</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="147"/>
        <source>Hinzugefügt</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="147"/>
        <location filename="../../ui/case_view.py" line="769"/>
        <source>Gehört zu</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="148"/>
        <source>Größe</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="148"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="152"/>
        <source>Checkliste Bleiberecht</source>
        <translation>Right-to-stay checklist</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="153"/>
        <location filename="../../ui/case_view.py" line="210"/>
        <source>Dokumente</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="154"/>
        <source>Zugangskontakte (vor der Einwilligung)</source>
        <translation>First contacts (before consent)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="160"/>
        <source>Checkliste Bleiberecht (§ 25a, § 25b AufenthG): was nachgewiesen ist und bis wann der Rest nachzuweisen ist</source>
        <translation>Right-to-stay checklist (§ 25a, § 25b AufenthG): what is proven and by when the rest must be proven</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="167"/>
        <source>Zugangskontakte (vor der Einwilligung):</source>
        <translation>First contacts (before consent):</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="184"/>
        <source>&amp;Checkliste anlegen …</source>
        <translation>Create &amp;checklist …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="192"/>
        <location filename="../../ui/case_view.py" line="207"/>
        <source>&amp;Hilfeplan drucken …</source>
        <translation>Print support &amp;plan …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="195"/>
        <source>&amp;Zugangskontakt erfassen (vor der Einwilligung)</source>
        <translation>Record &amp;first contact (before consent)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="202"/>
        <location filename="../../ui/case_view.py" line="233"/>
        <source>&amp;Formular drucken …</source>
        <translation>Print &amp;form …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="203"/>
        <location filename="../../ui/case_view.py" line="234"/>
        <source>Unterschriebenes Formular &amp;anhängen …</source>
        <translation>&amp;Attach signed form …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="206"/>
        <source>Dokument &amp;hinzufügen …</source>
        <translation>A&amp;dd document …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="208"/>
        <source>Fall&amp;blatt drucken …</source>
        <translation>Print case s&amp;heet …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="209"/>
        <source>Brief &amp;schreiben …</source>
        <translation>&amp;Write letter …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="220"/>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="220"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="225"/>
        <source>&amp;Erreicht</source>
        <translation>A&amp;chieved</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="226"/>
        <source>&amp;Aufgegeben</source>
        <translation>&amp;Abandoned</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="230"/>
        <source>&amp;Antwort erfassen …</source>
        <translation>Record &amp;answer …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="232"/>
        <source>&amp;Widerrufen …</source>
        <translation>&amp;Withdraw …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="237"/>
        <source>&amp;Anzeigen</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="239"/>
        <source>Kopie &amp;speichern unter …</source>
        <translation>&amp;Save a copy as …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="241"/>
        <source>&amp;Nachweis erfassen …</source>
        <translation>Record &amp;proof …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="242"/>
        <source>Checkliste &amp;entfernen …</source>
        <translation>&amp;Remove checklist …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="299"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="299"/>
        <source>Geschlecht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="300"/>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="300"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="301"/>
        <source>Wohnort</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="301"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="302"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="302"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="303"/>
        <source>Bereits begleitet durch</source>
        <translation>Already supported by</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="304"/>
        <source>In Deutschland seit</source>
        <translation>In Germany since</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="325"/>
        <location filename="../../ui/case_view.py" line="711"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="325"/>
        <location filename="../../ui/case_view.py" line="711"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="333"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="333"/>
        <source>abgeschlossen am {d}</source>
        <translation>closed on {d}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="335"/>
        <source>Fall vom {d}, {intensity}, {state}</source>
        <translation>Case of {d}, {intensity}, {state}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="354"/>
        <source>Noch kein Fall eröffnet.</source>
        <translation>No case opened yet.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="364"/>
        <source>Formular angehängt</source>
        <translation>form attached</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="365"/>
        <source>kein Formular angehängt</source>
        <translation>no form attached</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="384"/>
        <source>Dafür zuerst im Reiter »Fall« einen Fall eröffnen.</source>
        <translation>First open a case in the »Case« tab.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="389"/>
        <source>Es ist bereits ein Fall offen.</source>
        <translation>A case is already open.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="396"/>
        <location filename="../../ui/case_view.py" line="700"/>
        <source>Fallarbeit</source>
        <translation>Casework</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="397"/>
        <source>Weitergabe an {p}</source>
        <translation>Disclosure to {p}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="415"/>
        <source>Nicht geändert</source>
        <translation>Not changed</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="428"/>
        <source>Person bearbeiten</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="434"/>
        <source>Zielordner für die Auskunft</source>
        <translation>Folder for the subject access export</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="437"/>
        <source>Auskunft geschrieben: {pdf}</source>
        <translation>Subject access written: {pdf}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="438"/>
        <source>Die Dokumente der Person liegen daneben im Ordner {folder}.</source>
        <translation>The person&apos;s documents lie beside it in the folder {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="447"/>
        <source>Alle Daten löschen</source>
        <translation>Delete all data</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="448"/>
        <source>Alle Daten zu {n} werden endgültig gelöscht: Person, Status, Fälle, Kontakte, Verweisungen, Einwilligungen, Dokumente. Das lässt sich nicht rückgängig machen. Löschen?</source>
        <translation>All data about {n} will be deleted for good: person, status, cases, contacts, referrals, consent, documents. This cannot be undone. Delete?</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="455"/>
        <location filename="../../ui/case_view.py" line="458"/>
        <source>Nicht gelöscht</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="468"/>
        <source>{record} vom {date}</source>
        <translation>{record} of {date}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="469"/>
        <source>Ziel »{text}«</source>
        <translation>Goal »{text}«</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="480"/>
        <source>Gültig ab (bei einem Antrag: gestellt am)</source>
        <translation>Valid from (for an application: filed on)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="481"/>
        <source>Beantragt (nur bei »Antrag gestellt«)</source>
        <translation>Applied for (only with »Application filed«)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="485"/>
        <source>Gültig bis (laut Karte oder Bescheinigung)</source>
        <translation>Valid until (as on the card or certificate)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="498"/>
        <source>Aufenthaltsstatus erfassen</source>
        <translation>Record residence status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="506"/>
        <source>Checkliste Bleiberecht anlegen</source>
        <translation>Create right-to-stay checklist</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="514"/>
        <source>Checkliste entfernen</source>
        <translation>Remove checklist</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="515"/>
        <source>Die Checkliste für {pathway} mit allen Nachweisen entfernen?</source>
        <translation>Remove the checklist for {pathway} with all its proofs?</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="521"/>
        <source>Nachweis: {condition}</source>
        <translation>Proof: {condition}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="560"/>
        <source>Gültig ab</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="750"/>
        <source>Kontakt vom {day}</source>
        <translation>Contact of {day}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="752"/>
        <source>Einwilligung {purpose} vom {day}</source>
        <translation>Consent {purpose} of {day}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="776"/>
        <location filename="../../ui/case_view.py" line="793"/>
        <source>Dokument hinzufügen</source>
        <translation>Add document</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="777"/>
        <source>PDF, Fotos und Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Alle Dateien (*)</source>
        <translation>PDFs, photos and scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="783"/>
        <source>Nicht hinzugefügt</source>
        <translation>Not added</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="794"/>
        <source>»{name}« wird verschlüsselt in der Fallakte gespeichert. Die Datei am bisherigen Ort bleibt unverändert: bitte dort löschen, wenn sie nicht mehr gebraucht wird.</source>
        <translation>“{name}” is stored encrypted in the case file. The file where it is now stays as it is: please delete it there when it is no longer needed.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="812"/>
        <source>Dokument bearbeiten</source>
        <translation>Edit document</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="817"/>
        <source>Kopie speichern unter</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="825"/>
        <source>Dokument löschen</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="828"/>
        <source>»{title}« wird endgültig aus der Fallakte gelöscht. Das lässt sich nicht rückgängig machen.</source>
        <translation>“{title}” will be deleted from the case file for good. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="829"/>
        <source>Löschen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="865"/>
        <source>Nicht geschrieben</source>
        <translation>Not written</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="858"/>
        <source>Diese Platzhalter der Vorlage kennt Fallakte nicht, sie stehen unverändert darin: {names}</source>
        <translation>Fallakte does not know these placeholders of the template; they are left as they are: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="860"/>
        <source>Gespeichert außerhalb der Falldatei</source>
        <translation>Saved outside the case file</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="871"/>
        <source>Hilfeplan speichern unter</source>
        <translation>Save support plan as</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="872"/>
        <location filename="../../ui/case_view.py" line="879"/>
        <location filename="../../ui/case_view.py" line="934"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="878"/>
        <source>Fallblatt speichern unter</source>
        <translation>Save case sheet as</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="888"/>
        <location filename="../../ui/case_view.py" line="893"/>
        <source>Brief schreiben</source>
        <translation>Write letter</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="888"/>
        <source>Es gibt keine Briefvorlagen. Vorlagen liegen in {folder}.</source>
        <translation>There are no letter templates. Templates are kept in {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="894"/>
        <source>Vorlage</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="895"/>
        <location filename="../../ui/case_view.py" line="930"/>
        <source>Weiter …</source>
        <translation>Next …</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="896"/>
        <source>Eigene Vorlagen des Kreises liegen in {folder}.</source>
        <translation>The county&apos;s own templates are kept in {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="900"/>
        <source>Brief speichern unter</source>
        <translation>Save letter as</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="902"/>
        <source>Word-Dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="924"/>
        <location filename="../../ui/case_view.py" line="928"/>
        <source>Formular drucken</source>
        <translation>Print form</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="924"/>
        <source>Für diesen Zweck gibt es keine Vorlage.</source>
        <translation>There is no template for this purpose.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="928"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="933"/>
        <source>Formular speichern unter</source>
        <translation>Save form as</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="483"/>
        <source>Antrag gestellt am</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="484"/>
        <source>Entschieden am</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="530"/>
        <location filename="../../ui/case_view.py" line="538"/>
        <source>Fall eröffnen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="539"/>
        <source>Eröffnet am</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="139"/>
        <location filename="../../ui/case_view.py" line="150"/>
        <location filename="../../ui/case_view.py" line="540"/>
        <location filename="../../ui/case_view.py" line="559"/>
        <source>Intensität</source>
        <translation>Intensity</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="502"/>
        <source>Aufenthaltsstatus bearbeiten</source>
        <translation>Edit residence status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="531"/>
        <source>Für einen Fall braucht es die Einwilligung der Person in die Fallarbeit. Jetzt erfassen?</source>
        <translation>A case needs the person&apos;s consent to casework. Record it now?</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="546"/>
        <source>Dafür muss ein Fall offen sein.</source>
        <translation>This needs an open case.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="553"/>
        <source>Phase wechseln</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="554"/>
        <source>Neue Phase</source>
        <translation>New phase</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="565"/>
        <source>Intensität ändern</source>
        <translation>Change intensity</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="570"/>
        <source>Intensität bearbeiten</source>
        <translation>Edit intensity</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="576"/>
        <source>Fall abschließen</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="577"/>
        <source>Abgeschlossen am</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="578"/>
        <location filename="../../ui/case_view.py" line="825"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="586"/>
        <source>Zieldatum (Überprüfung)</source>
        <translation>Target date (review)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="593"/>
        <source>Ziel hinzufügen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="599"/>
        <source>Ziel bearbeiten</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="626"/>
        <source>Kontakt erfassen</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="612"/>
        <location filename="../../ui/case_view.py" line="633"/>
        <source>Dauer (Minuten)</source>
        <translation>Duration (minutes)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="613"/>
        <location filename="../../ui/case_view.py" line="634"/>
        <source>Kontaktart</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="615"/>
        <source>Dolmetschsprache</source>
        <translation>Interpreter language</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="616"/>
        <source>Dolmetschminuten</source>
        <translation>Interpreter minutes</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="617"/>
        <source>Dolmetschkosten (€)</source>
        <translation>Interpreter cost (€)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="643"/>
        <source>Zugangskontakt erfassen</source>
        <translation>Record first contact</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="645"/>
        <source>Vor der Einwilligung werden nur Datum, Dauer, Kontaktart, Themen und die Anfrage der Einwilligung festgehalten, keine Notizen.</source>
        <translation>Before consent, only the date, duration, channel, topics and the request for consent are recorded, no notes.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="651"/>
        <source>Zugangskontakt bearbeiten</source>
        <translation>Edit first contact</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="656"/>
        <source>Kontakt bearbeiten</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="679"/>
        <source>Verweisung erfassen</source>
        <translation>Record referral</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="665"/>
        <source>Daten werden weitergegeben</source>
        <translation>Personal data is passed on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="668"/>
        <location filename="../../ui/case_view.py" line="695"/>
        <source>Nachfassen am</source>
        <translation>Follow up on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="534"/>
        <location filename="../../ui/case_view.py" line="723"/>
        <source>Einwilligung erfassen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="706"/>
        <source>Erteilt am</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="684"/>
        <source>Verweisung bearbeiten</source>
        <translation>Edit referral</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="692"/>
        <source>Antwort erfassen</source>
        <translation>Record answer</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="708"/>
        <source>In der Sprache</source>
        <translation>In the language</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="709"/>
        <source>Mit Dolmetschung</source>
        <translation>With an interpreter</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="710"/>
        <source>Informationen nach Art. 13 DSGVO ausgehändigt</source>
        <translation>Information under Art. 13 GDPR handed over</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="732"/>
        <source>Einwilligung bearbeiten</source>
        <translation>Edit consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="737"/>
        <location filename="../../ui/case_view.py" line="910"/>
        <source>Bitte zuerst eine Einwilligung auswählen.</source>
        <translation>Please select a consent first.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="740"/>
        <source>Einwilligung widerrufen</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="741"/>
        <source>Widerrufen am</source>
        <translation>Withdrawn on</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../ui/pages.py" line="242"/>
        <source>Suchen: Name, Fallnummer, Notiz …</source>
        <translation>Search: name, case number, note …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="243"/>
        <source>Suche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="249"/>
        <source>Alle Kommunen</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="250"/>
        <source>Alle Intensitäten</source>
        <translation>All intensities</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="251"/>
        <source>Alle Phasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="252"/>
        <source>Jeder Status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="253"/>
        <source>Offen und abgeschlossen</source>
        <translation>Open and closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="253"/>
        <source>nur offene</source>
        <translation>open only</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="254"/>
        <source>nur abgeschlossene</source>
        <translation>closed only</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="266"/>
        <source>&amp;Neue Person</source>
        <translation>&amp;New person</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="270"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="309"/>
        <source>{n} Personen</source>
        <translation>{n} persons</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="309"/>
        <source>{n} Person</source>
        <translation>{n} person</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="320"/>
        <source>Neue Person</source>
        <translation>New person</translation>
    </message>
</context>
<context>
    <name>ChancenTimeline</name>
    <message>
        <location filename="../../ui/case_view.py" line="54"/>
        <source>Zeitleiste § 104c</source>
        <translation>§ 104c timeline</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="64"/>
        <source>Keine Aufenthaltserlaubnis nach § 104c erfasst. Neue Anträge sind seit dem 01.01.2026 nicht mehr möglich.</source>
        <translation>No residence permit under § 104c recorded. New applications have not been possible since 01.01.2026.</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="66"/>
        <source>läuft</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="66"/>
        <source>abgelaufen, Antrag rechtzeitig gestellt: gilt bis zur Entscheidung fort (Fiktion)</source>
        <translation>expired, application filed in time: continues until the decision (Fiktion)</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="68"/>
        <source>übergegangen in § 25a</source>
        <translation>moved to § 25a</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="68"/>
        <source>übergegangen in § 25b</source>
        <translation>moved to § 25b</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="69"/>
        <source>anderer Status</source>
        <translation>other status</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="69"/>
        <source>zurück in die Duldung</source>
        <translation>back to a Duldung</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="70"/>
        <source>abgelaufen</source>
        <translation>lapsed</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="71"/>
        <source>§ 104c vom {start} bis {end}: {outcome}</source>
        <translation>§ 104c from {start} to {end}: {outcome}</translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="74"/>
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
    <name>RecordsPage</name>
    <message>
        <location filename="../../ui/pages.py" line="437"/>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="438"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="457"/>
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
        <location filename="../../ui/pages.py" line="527"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="530"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="532"/>
        <source>Automatisch sperren nach</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="544"/>
        <source>Verlängerung erinnern (Wochen vor Ablauf)</source>
        <translation>Remind of renewal (weeks before expiry)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="547"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="549"/>
        <source>Sprache:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="550"/>
        <source>Automatisch sperren nach:</source>
        <translation>Lock automatically after:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="551"/>
        <source>§ 104c-Erinnerungen (Monate vor Fristende):</source>
        <translation>§ 104c reminders (months before the deadline):</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="552"/>
        <source>Aufbewahrungsfrist (Monate):</source>
        <translation>Retention period (months):</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="553"/>
        <source>Rückmeldung erwarten nach (Tagen):</source>
        <translation>Expect a reply within (days):</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="554"/>
        <source>Verlängerung erinnern (Wochen vor »gültig bis«):</source>
        <translation>Remind of renewal (weeks before »valid until«):</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="555"/>
        <source>Ablage des KI:</source>
        <translation>KI share:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="555"/>
        <source>wird unter »Synchronisation« eingerichtet</source>
        <translation>is set up under »Synchronisation«</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="565"/>
        <source>Erinnerungen: bitte Monate als Zahlen, durch Komma getrennt.</source>
        <translation>Reminders: please enter months as numbers, separated by commas.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="578"/>
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
        <location filename="../../ui/pages.py" line="346"/>
        <source>← Vorwoche</source>
        <translation>← Previous week</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="346"/>
        <source>Folgewoche →</source>
        <translation>Next week →</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="347"/>
        <source>Zeit &amp;erfassen</source>
        <translation>&amp;Log time</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="348"/>
        <source>Tag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="348"/>
        <source>Einzelfall (min)</source>
        <translation>Individual cases (min)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="348"/>
        <source>Systemebene (min)</source>
        <translation>System work (min)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="350"/>
        <source>Einträge der Woche</source>
        <translation>Entries of the week</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="352"/>
        <source>&amp;Bearbeiten …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="353"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="355"/>
        <source>Anteil Einzelfall</source>
        <translation>Individual-case share</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="363"/>
        <source>Einträge der Woche (Doppelklick oder Eingabetaste: bearbeiten)</source>
        <translation>Entries of the week (double-click or Enter: edit)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="389"/>
        <source>Woche ab {d}</source>
        <translation>Week of {d}</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="391"/>
        <source>Einzelfall {p} % · Systemebene {q} % (Ziel {t} / {u})</source>
        <translation>Individual cases {p} % · system work {q} % (target {t} / {u})</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="396"/>
        <source>Einzelfall (ohne Kontakt)</source>
        <translation>Individual case (no contact)</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="408"/>
        <source>Zeit erfassen</source>
        <translation>Log time</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="414"/>
        <source>Zeiteintrag bearbeiten</source>
        <translation>Edit time entry</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="349"/>
        <location filename="../../ui/pages.py" line="403"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="349"/>
        <location filename="../../ui/pages.py" line="403"/>
        <source>Minuten</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="349"/>
        <location filename="../../ui/pages.py" line="404"/>
        <source>Tätigkeit</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="349"/>
        <location filename="../../ui/pages.py" line="405"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages.py" line="69"/>
        <source>Heute fällig</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="70"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="70"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="70"/>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="74"/>
        <source>Ö&amp;ffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="75"/>
        <location filename="../../ui/pages.py" line="180"/>
        <source>&amp;Erledigt</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="76"/>
        <source>&amp;Wiedervorlage …</source>
        <translation>&amp;Follow up later …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="156"/>
        <source>Heute und in den nächsten 14 Tagen ist nichts fällig.

So fangen Sie an: Unter »Fälle« (Strg+2) legen Sie mit »Neue Person« eine Person an, erfassen ihre Einwilligung und eröffnen einen Fall. Ziele mit Zieldatum, Verweisungen und Fristen erscheinen dann hier, sobald sie fällig werden. Hilfe gibt es mit F1.</source>
        <translation>Nothing is due today or in the next 14 days.

How to start: under »Cases« (Ctrl+2), »New person« adds a person; record their consent and open a case. Goals with a target date, referrals and deadlines then appear here as they fall due. Press F1 for help.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="162"/>
        <source>{n} Punkt in den nächsten 14 Tagen</source>
        <translation>{n} item in the next 14 days</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="163"/>
        <source>{n} Punkte in den nächsten 14 Tagen</source>
        <translation>{n} items in the next 14 days</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="164"/>
        <source>{total}, davon {overdue} überfällig.</source>
        <translation>{total}, {overdue} of them overdue.</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="188"/>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="191"/>
        <source>Wiedervorlage …</source>
        <translation>Follow up later …</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="206"/>
        <source>Rückmeldung erfassen</source>
        <translation>Record reply</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="206"/>
        <source>Neuer Stand der Verweisung:</source>
        <translation>New status of the referral:</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="214"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="224"/>
        <source>Wiedervorlage</source>
        <translation>Follow up later</translation>
    </message>
    <message>
        <location filename="../../ui/pages.py" line="225"/>
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
