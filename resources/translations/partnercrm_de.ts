<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddressRow</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="202"/>
        <source>Kind of address</source>
        <translation>Art der Anschrift</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="204"/>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="205"/>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="207"/>
        <source>Addition, e.g. c/o or floor</source>
        <translation>Zusatz, z. B. c/o oder Etage</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="208"/>
        <source>Address addition</source>
        <translation>Adresszusatz</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="211"/>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="212"/>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="216"/>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="217"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="220"/>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="221"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="225"/>
        <source>Primary</source>
        <translation>Haupt</translation>
    </message>
</context>
<context>
    <name>AffiliationRow</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="43"/>
        <source>Organisation (type to search)</source>
        <translation>Organisation (zum Suchen tippen)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="44"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="55"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="56"/>
        <source>e.g. CSR manager</source>
        <translation>z. B. CSR-Managerin</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="58"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="59"/>
        <source>Primary role</source>
        <translation>Hauptfunktion</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="60"/>
        <source>Use the organisation&apos;s address</source>
        <translation>Anschrift der Organisation verwenden</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="62"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="63"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="68"/>
        <source>Add business e-mail or phone</source>
        <translation>Dienstliche E-Mail oder Telefon hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="72"/>
        <source>Add an address of this role</source>
        <translation>Eigene Anschrift für diese Funktion hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="83"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="85"/>
        <source>F&amp;unction:</source>
        <translation>F&amp;unktion:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="86"/>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="89"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="92"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="93"/>
        <source>Business contact:</source>
        <translation>Dienstlich erreichbar:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="140"/>
        <source>New organisation, created on save as: {kind}</source>
        <translation>Neue Organisation, wird beim Speichern angelegt als: {kind}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/partnercrm/ui/app.py" line="86"/>
        <source>PartnerCRM cannot open the database</source>
        <translation>PartnerCRM kann die Datenbank nicht öffnen</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../src/partnercrm/ui/models/organizations_table.py" line="14"/>
        <location filename="../../src/partnercrm/ui/models/people_table.py" line="18"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/organizations_table.py" line="17"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/organizations_table.py" line="21"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/organizations_table.py" line="22"/>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/organizations_table.py" line="23"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/organizations_table.py" line="24"/>
        <location filename="../../src/partnercrm/ui/models/people_table.py" line="27"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/organizations_table.py" line="25"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/organizations_table.py" line="28"/>
        <location filename="../../src/partnercrm/ui/models/people_table.py" line="30"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/people_table.py" line="21"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/people_table.py" line="26"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/people_table.py" line="28"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/people_table.py" line="29"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../src/partnercrm/ui/commands/base.py" line="50"/>
        <source>Cannot undo or redo</source>
        <translation>Rückgängig/Wiederholen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/base.py" line="51"/>
        <source>“{action}” cannot be undone or redone: {reason}</source>
        <translation>„{action}“ lässt sich nicht rückgängig machen oder wiederholen: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/organizations.py" line="72"/>
        <location filename="../../src/partnercrm/ui/commands/people.py" line="85"/>
        <source>Create {name}</source>
        <translation>{name} anlegen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/organizations.py" line="110"/>
        <location filename="../../src/partnercrm/ui/commands/people.py" line="135"/>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/organizations.py" line="134"/>
        <location filename="../../src/partnercrm/ui/commands/people.py" line="174"/>
        <source>Move {names} to the trash</source>
        <translation>{names} in den Papierkorb legen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/organizations.py" line="150"/>
        <location filename="../../src/partnercrm/ui/commands/people.py" line="190"/>
        <source>Restore {names}</source>
        <translation>{names} wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="297"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="298"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="299"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="303"/>
        <source>Date of the consent</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="305"/>
        <source>Source, e.g. registration form</source>
        <translation>Quelle, z. B. Anmeldeformular</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="306"/>
        <source>Source of the consent</source>
        <translation>Quelle der Einwilligung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="331"/>
        <source>{channel}, {purpose}: {state} on {date} ({source})</source>
        <translation>{channel}, {purpose}: {state} am {date} ({source})</translation>
    </message>
</context>
<context>
    <name>ContactPointRow</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="148"/>
        <source>Kind of contact</source>
        <translation>Art der Verbindung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="151"/>
        <source>Address or number</source>
        <translation>Adresse oder Nummer</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="152"/>
        <source>E-mail address or phone number</source>
        <translation>E-Mail-Adresse oder Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="155"/>
        <source>Label, e.g. office</source>
        <translation>Bezeichnung, z. B. Büro</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="156"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="157"/>
        <source>Primary</source>
        <translation>Haupt</translation>
    </message>
</context>
<context>
    <name>DistributionListsView</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/lists_view.py" line="42"/>
        <location filename="../../src/partnercrm/ui/views/lists_view.py" line="89"/>
        <source>Distribution lists</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/lists_view.py" line="45"/>
        <source>Members of the list</source>
        <translation>Mitglieder des Verteilers</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/lists_view.py" line="48"/>
        <source>Save a search of the people view as a list with “Save as list…”. A saved filter list always shows who matches it now.</source>
        <translation>Eine Suche in „Personen“ wird mit „Als Verteiler speichern…“ zum Verteiler. Ein gespeicherter Filter zeigt immer, wer jetzt dazu passt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/lists_view.py" line="95"/>
        <source>%Ln list(s)</source>
        <translation>
            <numerusform>%Ln Verteiler</numerusform>
            <numerusform>%Ln Verteiler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/lists_view.py" line="97"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="24"/>
        <source>Ms</source>
        <translation>Frau</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="25"/>
        <source>Mr</source>
        <translation>Herr</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="26"/>
        <source>Neutral (no salutation form)</source>
        <translation>Neutral (ohne Anrede)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="29"/>
        <source>Formal</source>
        <translation>Sie (förmlich)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="30"/>
        <source>Informal</source>
        <translation>Du (vertraut)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="31"/>
        <source>Business</source>
        <translation>Dienstlich</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="32"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="33"/>
        <source>Postal</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="34"/>
        <location filename="../../src/partnercrm/ui/labels.py" line="39"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="35"/>
        <location filename="../../src/partnercrm/ui/labels.py" line="41"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="36"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="37"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="38"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="40"/>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="42"/>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="43"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="44"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="45"/>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="46"/>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="47"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="48"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="49"/>
        <source>District</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="50"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="51"/>
        <source>Association</source>
        <translation>Verein/Verband</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="52"/>
        <source>Foundation</source>
        <translation>Stiftung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="53"/>
        <source>Public authority / ministry</source>
        <translation>Behörde / Ministerium</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="56"/>
        <source>Education / research</source>
        <translation>Bildung / Forschung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="59"/>
        <source>Church / welfare</source>
        <translation>Kirche / Wohlfahrt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="62"/>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="63"/>
        <source>Network / initiative</source>
        <translation>Netzwerk / Initiative</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="66"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="67"/>
        <source>Public sector</source>
        <translation>Öffentliche Hand</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="68"/>
        <source>Business sector</source>
        <translation>Wirtschaft</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="69"/>
        <source>Civil society</source>
        <translation>Zivilgesellschaft</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="73"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="74"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="75"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="76"/>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="77"/>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="125"/>
        <source>PartnerCRM</source>
        <translation>PartnerCRM</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="177"/>
        <source>New &amp;person</source>
        <translation>Neue &amp;Person</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="180"/>
        <source>New &amp;organisation</source>
        <translation>Neue &amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="186"/>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="189"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="195"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="198"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="205"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="212"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="215"/>
        <source>Move to &amp;trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="221"/>
        <source>&amp;About PartnerCRM</source>
        <translation>&amp;Über PartnerCRM</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="236"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="244"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="248"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="250"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="254"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="342"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="344"/>
        <source>Contacts are imported with the command line for now:
partnercrm import FILE (vCard, CSV or Excel).</source>
        <translation>Kontakte werden vorerst über die Befehlszeile importiert:
partnercrm import DATEI (vCard, CSV oder Excel).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="359"/>
        <source>About PartnerCRM</source>
        <translation>Über PartnerCRM</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="361"/>
        <source>PartnerCRM {version}
Contacts, organisations and events for cross-sector networks, kept on your own computer.</source>
        <translation>PartnerCRM {version}
Kontakte, Organisationen und Veranstaltungen für sektorübergreifende Netzwerke – auf Ihrem eigenen Rechner.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="92"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="93"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="96"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="100"/>
        <source>Distribution lists</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="101"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="108"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="109"/>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="114"/>
        <source>This organisation is in the trash.</source>
        <translation>Diese Organisation liegt im Papierkorb.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="117"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="119"/>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="122"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="123"/>
        <source>From the name</source>
        <translation>Aus dem Namen ableiten</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="127"/>
        <source>Parent organisation</source>
        <translation>Übergeordnete Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="130"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="134"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="137"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="138"/>
        <source>Comma-separated, e.g. Bürgerengagement, Stiftung</source>
        <translation>Durch Kommas getrennt, z. B. Bürgerengagement, Stiftung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="140"/>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="194"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="145"/>
        <source>Add an address</source>
        <translation>Anschrift hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="148"/>
        <source>Add e-mail, phone or web</source>
        <translation>E-Mail, Telefon oder Web hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="151"/>
        <source>Current people</source>
        <translation>Aktuelle Personen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="153"/>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="198"/>
        <source>Former people</source>
        <translation>Ehemalige Personen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="155"/>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="200"/>
        <source>Sub-organisations</source>
        <translation>Untergeordnete Organisationen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="161"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="162"/>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="166"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="167"/>
        <source>S&amp;hort name:</source>
        <translation>&amp;Kurzname:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="168"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="175"/>
        <source>&amp;Parent organisation:</source>
        <translation>&amp;Übergeordnet:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="176"/>
        <source>&amp;Municipality:</source>
        <translation>Ko&amp;mmune:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="177"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="178"/>
        <source>&amp;Tags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="190"/>
        <source>Addresses</source>
        <translation>Anschriften</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="192"/>
        <source>Contact</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="196"/>
        <source>People now</source>
        <translation>Personen (aktuell)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="241"/>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="325"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="252"/>
        <source>New organisation</source>
        <translation>Neue Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="319"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="339"/>
        <source>Kind from the name: {kind}</source>
        <translation>Art aus dem Namen: {kind}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="388"/>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Geben Sie den Namen der Organisation ein.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="395"/>
        <source>Choose an existing organisation from the list, or leave it empty.</source>
        <translation>Wählen Sie eine vorhandene Organisation aus der Liste oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="404"/>
        <source>Correct the marked fields first.</source>
        <translation>Bitte korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="438"/>
        <source>Changed meanwhile</source>
        <translation>Zwischenzeitlich geändert</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="440"/>
        <source>Save mine over it</source>
        <translation>Meine Fassung trotzdem speichern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="442"/>
        <source>Show the current version (discard mine)</source>
        <translation>Aktuelle Fassung zeigen (meine verwerfen)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="445"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="66"/>
        <source>None (type to search)</source>
        <translation>Keine (zum Suchen tippen)</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="46"/>
        <source>Search organisations (Ctrl+F): name, city…</source>
        <translation>Organisationen suchen (Strg+F): Name, Ort…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="47"/>
        <source>Search organisations</source>
        <translation>Organisationen suchen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="51"/>
        <source>Filter by kind</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="52"/>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="60"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="107"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln Organisation</numerusform>
            <numerusform>%Ln Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="132"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="137"/>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="163"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="164"/>
        <source>Save the changes to this organisation first?</source>
        <translation>Änderungen an dieser Organisation zuerst speichern?</translation>
    </message>
</context>
<context>
    <name>PeopleFilterBar</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="33"/>
        <source>Search people (Ctrl+F): name, organisation, city…</source>
        <translation>Personen suchen (Strg+F): Name, Organisation, Ort…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="34"/>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="40"/>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="42"/>
        <source>Filter by kind of organisation</source>
        <translation>Nach Art der Organisation filtern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="43"/>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="49"/>
        <source>Filter by municipality</source>
        <translation>Nach Kommune filtern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="51"/>
        <source>Filter by consent</source>
        <translation>Nach Einwilligung filtern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="52"/>
        <source>Any consent</source>
        <translation>Alle Einwilligungen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="53"/>
        <source>May be contacted by post</source>
        <translation>Darf per Post angeschrieben werden</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="54"/>
        <source>May be contacted by e-mail</source>
        <translation>Darf per E-Mail angeschrieben werden</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="55"/>
        <source>Save as list…</source>
        <translation>Als Verteiler speichern…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="56"/>
        <source>Save this selection as a distribution list</source>
        <translation>Diese Auswahl als Verteiler speichern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="83"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="85"/>
        <source>All municipalities</source>
        <translation>Alle Kommunen</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="38"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="64"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="82"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="87"/>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="129"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="130"/>
        <source>Save the changes to this person first?</source>
        <translation>Änderungen an dieser Person zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="157"/>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="167"/>
        <source>Save as distribution list</source>
        <translation>Als Verteiler speichern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="157"/>
        <source>Name of the list:</source>
        <translation>Name des Verteilers:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="169"/>
        <source>Saved the list “{name}”.</source>
        <translation>Verteiler „{name}“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="77"/>
        <source>This person is in the trash.</source>
        <translation>Diese Person liegt im Papierkorb.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="81"/>
        <source>Salutation</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="83"/>
        <source>e.g. Dr.</source>
        <translation>z. B. Dr.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="86"/>
        <source>e.g. von, van, de</source>
        <translation>z. B. von, van, de</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="87"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="89"/>
        <source>Form of address</source>
        <translation>Ansprache</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="94"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="95"/>
        <source>Do not contact (wins over every consent)</source>
        <translation>Nicht kontaktieren (gilt vor jeder Einwilligung)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="97"/>
        <source>Comma-separated, e.g. Bürgerengagement, Stiftung</source>
        <translation>Durch Kommas getrennt, z. B. Bürgerengagement, Stiftung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="102"/>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="103"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="104"/>
        <source>Name particle</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="105"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="106"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="107"/>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="155"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="113"/>
        <source>Add a role at an organisation</source>
        <translation>Funktion in einer Organisation hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="116"/>
        <source>Add e-mail, phone or web</source>
        <translation>E-Mail, Telefon oder Web hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="120"/>
        <source>Add a private address</source>
        <translation>Private Anschrift hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="122"/>
        <source>Record a consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="125"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="127"/>
        <source>Save (Ctrl+S)</source>
        <translation>Speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="128"/>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="132"/>
        <source>Sa&amp;lutation:</source>
        <translation>An&amp;rede:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="133"/>
        <source>&amp;Academic title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="134"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="135"/>
        <source>Name &amp;particle:</source>
        <translation>Namens&amp;zusatz:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="136"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="137"/>
        <source>Form of a&amp;ddress:</source>
        <translation>Ans&amp;prache:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="138"/>
        <source>Lan&amp;guage:</source>
        <translation>Spra&amp;che:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="139"/>
        <source>&amp;Birthday:</source>
        <translation>&amp;Geburtstag:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="140"/>
        <source>&amp;Tags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="148"/>
        <source>Roles at organisations</source>
        <translation>Funktionen in Organisationen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="150"/>
        <source>Private contact</source>
        <translation>Private Erreichbarkeit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="153"/>
        <source>Communication consents</source>
        <translation>Einwilligungen zur Kontaktaufnahme</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="206"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="309"/>
        <source>Enter at least a first or a last name.</source>
        <translation>Geben Sie mindestens einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="319"/>
        <source>Correct the marked fields first.</source>
        <translation>Bitte korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="354"/>
        <source>Changed meanwhile</source>
        <translation>Zwischenzeitlich geändert</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="356"/>
        <source>Save mine over it</source>
        <translation>Meine Fassung trotzdem speichern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="358"/>
        <source>Show the current version (discard mine)</source>
        <translation>Aktuelle Fassung zeigen (meine verwerfen)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="361"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>RecentPeople</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="47"/>
        <source>Recently changed contacts</source>
        <translation>Zuletzt geänderte Kontakte</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="61"/>
        <source>No contacts yet.</source>
        <translation>Noch keine Kontakte.</translation>
    </message>
</context>
<context>
    <name>RowWidget</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="62"/>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="63"/>
        <source>Remove this line</source>
        <translation>Diese Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/dialogs/settings_dialog.py" line="24"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/dialogs/settings_dialog.py" line="26"/>
        <source>As the system (German on a German system)</source>
        <translation>Wie das System (Deutsch auf deutschem System)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/dialogs/settings_dialog.py" line="31"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/dialogs/settings_dialog.py" line="33"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/dialogs/settings_dialog.py" line="36"/>
        <source>A new language shows after PartnerCRM is restarted.</source>
        <translation>Eine neue Sprache erscheint nach dem Neustart von PartnerCRM.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../src/partnercrm/ui/sidebar.py" line="24"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="90"/>
        <source>What needs attention</source>
        <translation>Was ansteht</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="100"/>
        <source>Recently changed contacts</source>
        <translation>Zuletzt geänderte Kontakte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="129"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="131"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln Organisation</numerusform>
            <numerusform>%Ln Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="166"/>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="173"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="168"/>
        <source>Contacts (*.vcf *.vcard *.csv *.xlsx);;All files (*)</source>
        <translation>Kontakte (*.vcf *.vcard *.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="174"/>
        <source>Import {path} with: partnercrm import “{path}”</source>
        <translation>{path} importieren Sie mit: partnercrm import „{path}“</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="190"/>
        <source>Loading the demo network…</source>
        <translation>Demo-Netzwerk wird geladen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="198"/>
        <source>Load demo network</source>
        <translation>Demo-Netzwerk laden</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../src/partnercrm/ui/tasks.py" line="86"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="46"/>
        <source>People in the trash</source>
        <translation>Personen im Papierkorb</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="49"/>
        <source>Organisations in the trash</source>
        <translation>Organisationen im Papierkorb</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="51"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="52"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="53"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="54"/>
        <source>Delete for &amp;good…</source>
        <translation>Endgültig &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="56"/>
        <source>Items in the trash are hidden everywhere else. Restoring can be undone.</source>
        <translation>Einträge im Papierkorb sind überall sonst ausgeblendet. Wiederherstellen lässt sich rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="80"/>
        <source>In the trash: %n person(s)</source>
        <translation>
            <numerusform>Im Papierkorb: %n Person</numerusform>
            <numerusform>Im Papierkorb: %n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="82"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="100"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="117"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="128"/>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="142"/>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="130"/>
        <source>Delete {names} for good? This cannot be undone; everything stored about them is erased.</source>
        <translation>{names} endgültig löschen? Das lässt sich nicht rückgängig machen; alle gespeicherten Angaben werden gelöscht.</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../src/partnercrm/ui/welcome.py" line="25"/>
        <source>Welcome to PartnerCRM</source>
        <translation>Willkommen bei PartnerCRM</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/welcome.py" line="32"/>
        <source>Your database is still empty. Bring in the contacts you already have, look around in a demo network, or start with a blank page.</source>
        <translation>Ihre Datenbank ist noch leer. Übernehmen Sie Ihre vorhandenen Kontakte, sehen Sie sich in einem Demo-Netzwerk um oder beginnen Sie mit einer leeren Seite.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/welcome.py" line="40"/>
        <source>Import contacts…</source>
        <translation>Kontakte importieren…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/welcome.py" line="41"/>
        <source>Load demo network</source>
        <translation>Demo-Netzwerk laden</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/welcome.py" line="42"/>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
</context>
<context>
    <name>affiliations</name>
    <message>
        <location filename="../../src/partnercrm/services/affiliations.py" line="81"/>
        <source>Choose an organization or type its name.</source>
        <translation>Wählen Sie eine Organisation oder geben Sie ihren Namen ein.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/affiliations.py" line="99"/>
        <source>The organization {id} does not exist.</source>
        <translation>Die Organisation {id} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/affiliations.py" line="114"/>
        <source>The role cannot end before it begins.</source>
        <translation>Die Funktion kann nicht enden, bevor sie beginnt.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../src/partnercrm/store/backup.py" line="19"/>
        <source>{path} exists already; choose another file name.</source>
        <translation>{path} gibt es schon; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/backup.py" line="25"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/backup.py" line="38"/>
        <source>The backup to {path} failed ({reason}).</source>
        <translation>Die Sicherung nach {path} ist fehlgeschlagen ({reason}).</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="57"/>
        <source>Demo network created in {db}: {people} people, {orgs} organizations, {affiliations} roles, {interactions} interactions, {events} events with {participations} participations.</source>
        <translation>Demo-Netzwerk in {db} angelegt: {people} Personen, {orgs} Organisationen, {affiliations} Funktionen, {interactions} Aktivitäten, {events} Veranstaltungen mit {participations} Teilnahmen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="79"/>
        <source>This command works on SQLite database files. For a server database use the server&apos;s own backup tools (for PostgreSQL: pg_dump).</source>
        <translation>Dieser Befehl arbeitet mit SQLite-Datenbankdateien. Für eine Server-Datenbank nutzen Sie die Sicherungswerkzeuge des Servers (bei PostgreSQL: pg_dump).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="94"/>
        <source>Backup written to {path}.</source>
        <translation>Sicherung nach {path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="117"/>
        <source>Integrity: ok.</source>
        <translation>Integrität: in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="119"/>
        <source>Integrity: problems found:</source>
        <translation>Integrität: Probleme gefunden:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="123"/>
        <source>Restore the newest backup (see the &apos;backups&apos; folder beside the database) or ask for help before you change this database further.</source>
        <translation>Spielen Sie die neueste Sicherung zurück (Ordner „backups“ neben der Datenbank) oder holen Sie Hilfe, bevor Sie diese Datenbank weiter ändern.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="130"/>
        <source>Schema: {revision} (this version of PartnerCRM expects {expected}).</source>
        <translation>Schema: {revision} (diese Version von PartnerCRM erwartet {expected}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="135"/>
        <source>Full-text search: {state}.</source>
        <translation>Volltextsuche: {state}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="136"/>
        <source>FTS5</source>
        <translation>FTS5</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="136"/>
        <source>plain fallback</source>
        <translation>einfacher Ersatz</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/export_commands.py" line="32"/>
        <source>Exported {people} people, {orgs} organizations, {events} events and {interactions} interactions to {path}.</source>
        <translation>{people} Personen, {orgs} Organisationen, {events} Veranstaltungen und {interactions} Aktivitäten nach {path} exportiert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/main.py" line="58"/>
        <source>Error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/main.py" line="63"/>
        <source>Internal error: {message}. Please report this.</source>
        <translation>Interner Fehler: {message}. Bitte melden Sie das.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/main.py" line="69"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/main.py" line="76"/>
        <source>Unexpected error ({kind}: {message}). Nothing was changed by the failed step. Please report this.</source>
        <translation>Unerwarteter Fehler ({kind}: {message}). Der fehlgeschlagene Schritt hat nichts verändert. Bitte melden Sie das.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/search_commands.py" line="60"/>
        <source>People: {total}</source>
        <translation>Personen: {total}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/search_commands.py" line="64"/>
        <source>Organizations: {total}</source>
        <translation>Organisationen: {total}</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="98"/>
        <source>{path} is a folder, not a database file. Give the path of a file, for example {path}/partnercrm.sqlite.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei. Geben Sie den Pfad einer Datei an, zum Beispiel {path}/partnercrm.sqlite.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="110"/>
        <source>{path} cannot be read ({reason}). Check the file&apos;s permissions.</source>
        <translation>{path} kann nicht gelesen werden ({reason}). Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="117"/>
        <source>{path} is not a PartnerCRM database (it is not an SQLite file). The file was left unchanged. Choose another file with --db, or start without --db to use your default database.</source>
        <translation>{path} ist keine PartnerCRM-Datenbank (keine SQLite-Datei). Die Datei bleibt unverändert. Wählen Sie mit --db eine andere Datei oder starten Sie ohne --db mit Ihrer Standarddatenbank.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="126"/>
        <source>PartnerCRM cannot write to {path}. Make the file and its folder writable, or copy the database to a folder of your own.</source>
        <translation>PartnerCRM kann nicht in {path} schreiben. Machen Sie Datei und Ordner beschreibbar oder kopieren Sie die Datenbank in einen eigenen Ordner.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="135"/>
        <source>There is no database at {path}.</source>
        <translation>Unter {path} gibt es keine Datenbank.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="141"/>
        <source>The folder {folder} does not exist. Create it first or choose another path for the database.</source>
        <translation>Den Ordner {folder} gibt es nicht. Legen Sie ihn an oder wählen Sie einen anderen Pfad für die Datenbank.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="151"/>
        <source>PartnerCRM cannot create its data folder {folder} ({reason}).</source>
        <translation>PartnerCRM kann seinen Datenordner {folder} nicht anlegen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="158"/>
        <source>PartnerCRM cannot create a database in {folder}: the folder is not writable. Choose a folder of your own with --db.</source>
        <translation>PartnerCRM kann in {folder} keine Datenbank anlegen: Der Ordner ist nicht beschreibbar. Wählen Sie mit --db einen eigenen Ordner.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="175"/>
        <source>The database at {url} cannot be used: the driver for “{driver}” is not installed ({reason}). Install it, or use an SQLite file with --db.</source>
        <translation>Die Datenbank {url} kann nicht verwendet werden: Der Treiber für „{driver}“ ist nicht installiert ({reason}). Installieren Sie ihn oder verwenden Sie mit --db eine SQLite-Datei.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="217"/>
        <source>The database server at {url} cannot be reached ({reason}). Check that the server runs, that the address, user and password are right, and that this computer may connect to it.</source>
        <translation>Der Datenbankserver {url} ist nicht erreichbar ({reason}). Prüfen Sie, ob der Server läuft, Adresse, Benutzer und Passwort stimmen und dieser Rechner sich verbinden darf.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="229"/>
        <source>{path} is a database of another program, not of PartnerCRM. It was left unchanged. Choose another file with --db.</source>
        <translation>{path} ist eine Datenbank eines anderen Programms, nicht von PartnerCRM. Sie bleibt unverändert. Wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="237"/>
        <source>{path} was written by a newer version of PartnerCRM (schema {revision}). Install the newer version to open it; this version leaves it unchanged.</source>
        <translation>{path} stammt von einer neueren PartnerCRM-Version (Schema {revision}). Installieren Sie die neuere Version, um sie zu öffnen; diese Version lässt sie unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="259"/>
        <source>{path} is damaged or not a database ({reason}). It was left unchanged. Restore a backup (partnercrm backup makes them) or choose another file.</source>
        <translation>{path} ist beschädigt oder keine Datenbank ({reason}). Sie bleibt unverändert. Spielen Sie eine Sicherung zurück (partnercrm backup erstellt sie) oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="266"/>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>{path} kann nicht geöffnet werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/location.py" line="59"/>
        <source>“{value}” is not a valid database address. Give a file path or a URL such as postgresql://user@host/partnercrm.</source>
        <translation>„{value}“ ist keine gültige Datenbankadresse. Geben Sie einen Dateipfad oder eine URL wie postgresql://user@host/partnercrm an.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="405"/>
        <source>The demo needs at least 10 people.</source>
        <translation>Das Demo-Netzwerk braucht mindestens 10 Personen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="410"/>
        <source>The database already holds {count} people; the demo network is only loaded into an empty database. Use --db with a new file name.</source>
        <translation>Die Datenbank enthält bereits {count} Personen; das Demo-Netzwerk wird nur in eine leere Datenbank geladen. Verwenden Sie --db mit einem neuen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="418"/>
        <source>Creating organizations and people…</source>
        <translation>Organisationen und Personen werden angelegt…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="423"/>
        <source>Creating interactions and events…</source>
        <translation>Aktivitäten und Veranstaltungen werden angelegt…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="427"/>
        <source>Writing to the database…</source>
        <translation>In die Datenbank schreiben…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="429"/>
        <source>Building the search index…</source>
        <translation>Suchindex wird aufgebaut…</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../src/partnercrm/interchange/atomic_file.py" line="27"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/atomic_file.py" line="33"/>
        <location filename="../../src/partnercrm/interchange/atomic_file.py" line="45"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} kann nicht geschrieben werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <location filename="../../src/partnercrm/services/distribution_lists.py" line="71"/>
        <source>Give the list a name.</source>
        <translation>Geben Sie dem Verteiler einen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/distribution_lists.py" line="75"/>
        <source>A list called “{name}” exists already.</source>
        <translation>Einen Verteiler „{name}“ gibt es schon.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/distribution_lists.py" line="109"/>
        <location filename="../../src/partnercrm/services/distribution_lists.py" line="140"/>
        <location filename="../../src/partnercrm/services/distribution_lists.py" line="154"/>
        <source>The distribution list no longer exists.</source>
        <translation>Den Verteiler gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/distribution_lists.py" line="132"/>
        <source>There is no distribution list “{name}”.</source>
        <translation>Es gibt keinen Verteiler „{name}“.</translation>
    </message>
</context>
<context>
    <name>organizations</name>
    <message>
        <location filename="../../src/partnercrm/services/organizations.py" line="140"/>
        <source>The organization {id} does not exist.</source>
        <translation>Die Organisation {id} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/organizations.py" line="147"/>
        <source>Enter the organization&apos;s name.</source>
        <translation>Geben Sie den Namen der Organisation ein.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/organizations.py" line="152"/>
        <source>An organization cannot be its own parent.</source>
        <translation>Eine Organisation kann nicht sich selbst übergeordnet sein.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/organizations.py" line="186"/>
        <location filename="../../src/partnercrm/services/organizations.py" line="296"/>
        <source>Organization {id} does not exist (any more).</source>
        <translation>Die Organisation {id} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/organizations.py" line="205"/>
        <source>{name} was changed by someone else while you were editing.</source>
        <translation>{name} wurde während Ihrer Bearbeitung von jemand anderem geändert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/organizations.py" line="214"/>
        <source>The parent cannot be one of the organization&apos;s own units.</source>
        <translation>Übergeordnet kann keine der eigenen Untereinheiten der Organisation sein.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/organizations.py" line="272"/>
        <source>{name} is not in the trash.</source>
        <translation>{name} liegt nicht im Papierkorb.</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../src/partnercrm/services/people.py" line="167"/>
        <source>Enter at least a first or a last name.</source>
        <translation>Geben Sie mindestens einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/people.py" line="235"/>
        <location filename="../../src/partnercrm/services/people.py" line="347"/>
        <source>Person {id} does not exist (any more).</source>
        <translation>Die Person {id} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/people.py" line="258"/>
        <source>{name} was changed by someone else while you were editing. Reload to see the current version, or save yours over it.</source>
        <translation>{name} wurde während Ihrer Bearbeitung von jemand anderem geändert. Laden Sie die aktuelle Fassung oder speichern Sie Ihre darüber.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/people.py" line="316"/>
        <source>{name} is not in the trash; move it to the trash first.</source>
        <translation>{name} liegt nicht im Papierkorb; legen Sie den Eintrag zuerst in den Papierkorb.</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <location filename="../../src/partnercrm/printing/badges.py" line="142"/>
        <source>Page {page}, badge {badge}</source>
        <translation>Seite {page}, Namensschild {badge}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/certificates.py" line="165"/>
        <source>Certificate for {name}</source>
        <translation>Teilnahmebescheinigung für {name}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/documents.py" line="127"/>
        <source>{where}: the text does not fit.</source>
        <translation>{where}: Der Text passt nicht.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/documents.py" line="136"/>
        <source>{where}: the print font has no letters for {chars}.</source>
        <translation>{where}: Der Druckschrift fehlen Zeichen für {chars}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="113"/>
        <source>needs at least one column and one row</source>
        <translation>braucht mindestens eine Spalte und eine Zeile</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="115"/>
        <source>sizes must be positive</source>
        <translation>Maße müssen positiv sein</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="117"/>
        <source>the first label starts outside the page</source>
        <translation>das erste Etikett beginnt außerhalb der Seite</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="120"/>
        <source>labels overlap horizontally (pitch smaller than width)</source>
        <translation>Etiketten überlappen waagerecht (Abstand kleiner als Breite)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="124"/>
        <source>labels overlap vertically (pitch smaller than height)</source>
        <translation>Etiketten überlappen senkrecht (Abstand kleiner als Höhe)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="130"/>
        <source>the last column ends at {mm} mm, past the page width</source>
        <translation>die letzte Spalte endet bei {mm} mm, jenseits der Seitenbreite</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="136"/>
        <source>the last row ends at {mm} mm, past the page height</source>
        <translation>die letzte Zeile endet bei {mm} mm, jenseits der Seitenhöhe</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="186"/>
        <source>Start position must be between 1 and {n}.</source>
        <translation>Die Startposition muss zwischen 1 und {n} liegen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="198"/>
        <source>{key} must be a pair of numbers</source>
        <translation>{key} muss ein Zahlenpaar sein</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="213"/>
        <source>unknown page {page} and no page_size_mm</source>
        <translation>unbekannte Seite {page} und keine page_size_mm</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="243"/>
        <source>incomplete or malformed entry: {error}</source>
        <translation>unvollständiger oder fehlerhafter Eintrag: {error}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="280"/>
        <source>format id {id} is defined twice</source>
        <translation>Format-ID {id} ist doppelt definiert</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="305"/>
        <source>Unknown label format: {key}</source>
        <translation>Unbekanntes Etikettenformat: {key}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="322"/>
        <source>{path}: cannot read label formats: {error}</source>
        <translation>{path}: Etikettenformate nicht lesbar: {error}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="329"/>
        <source>{path}: expected a list of label formats</source>
        <translation>{path}: erwartet wird eine Liste von Etikettenformaten</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="335"/>
        <source>{path}: entry {number} is not an object</source>
        <translation>{path}: Eintrag {number} ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="343"/>
        <source>{path}: entry {number}: {error}</source>
        <translation>{path}: Eintrag {number}: {error}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/labels.py" line="180"/>
        <source>Page {page}, label {label}</source>
        <translation>Seite {page}, Etikett {label}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/letters.py" line="224"/>
        <source>Letter to {name}</source>
        <translation>Brief an {name}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/letters.py" line="228"/>
        <source>{where}: unknown placeholders.</source>
        <translation>{where}: unbekannte Platzhalter.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/letters.py" line="233"/>
        <source>{where}: address lines left out.</source>
        <translation>{where}: Adresszeilen ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/table_pages.py" line="197"/>
        <source>Page {page}, column {column}</source>
        <translation>Seite {page}, Spalte {column}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/table_pages.py" line="202"/>
        <source>Page {page}</source>
        <translation>Seite {page}</translation>
    </message>
</context>
<context>
    <name>tags</name>
    <message>
        <location filename="../../src/partnercrm/services/tags.py" line="39"/>
        <source>“{name}” cannot be a tag.</source>
        <translation>„{name}“ kann kein Schlagwort sein.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/tags.py" line="76"/>
        <source>The tag no longer exists.</source>
        <translation>Das Schlagwort gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="53"/>
        <source>The e-mail address is empty.</source>
        <translation>Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="57"/>
        <source>“{value}” is not an e-mail address: the @ is missing.</source>
        <translation>„{value}“ ist keine E-Mail-Adresse: Das @ fehlt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="64"/>
        <source>“{value}” is not a valid e-mail address. Write it as name@example.org.</source>
        <translation>„{value}“ ist keine gültige E-Mail-Adresse. Schreiben Sie sie als name@example.org.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="89"/>
        <source>The phone number is empty.</source>
        <translation>Die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="95"/>
        <source>“{value}” is not a phone number. Write it with area code, e.g. 0221 123456 or +49 221 123456.</source>
        <translation>„{value}“ ist keine Telefonnummer. Schreiben Sie sie mit Vorwahl, z. B. 0221 123456 oder +49 221 123456.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="104"/>
        <source>“{value}” cannot be a phone number: it has too few or too many digits.</source>
        <translation>„{value}“ kann keine Telefonnummer sein: zu wenige oder zu viele Ziffern.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="122"/>
        <source>“{value}” is not a known country. Use a two-letter code such as DE, AT or CH.</source>
        <translation>„{value}“ ist kein bekanntes Land. Verwenden Sie einen Ländercode wie DE, AT oder CH.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="142"/>
        <source>“{value}” is not a postal code of {country}: expected {example}.</source>
        <translation>„{value}“ ist keine Postleitzahl für {country}: erwartet wird {example}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="158"/>
        <source>“{value}” is not a web address.</source>
        <translation>„{value}“ ist keine Webadresse.</translation>
    </message>
</context>
<context>
    <name>vcard</name>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="11"/>
        <source>The file contains no vCard (no BEGIN:VCARD line).</source>
        <translation>Die Datei enthält keine vCard (keine Zeile BEGIN:VCARD).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="12"/>
        <source>The file is larger than {limit} MB and was not read.</source>
        <translation>Die Datei ist größer als {limit} MB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="15"/>
        <source>The card is larger than {limit} MB and was skipped.</source>
        <translation>Die Karte ist größer als {limit} MB und wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="18"/>
        <source>A {name} property longer than {limit} MB was dropped.</source>
        <translation>Eine Eigenschaft {name} über {limit} MB wurde verworfen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="21"/>
        <source>The card has more than {limit} properties; the rest were dropped.</source>
        <translation>Die Karte hat mehr als {limit} Eigenschaften; der Rest wurde verworfen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="24"/>
        <source>The card has no END:VCARD line; it was read up to the next card.</source>
        <translation>Der Karte fehlt die Zeile END:VCARD; sie wurde bis zur nächsten Karte gelesen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="27"/>
        <source>Nested cards are too deep; the inner ones were skipped.</source>
        <translation>Verschachtelte Karten sind zu tief; die inneren wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="30"/>
        <source>An embedded AGENT card was skipped.</source>
        <translation>Eine eingebettete AGENT-Karte wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="31"/>
        <source>A line without a property name or colon was skipped: {text}</source>
        <translation>Eine Zeile ohne Eigenschaftsnamen oder Doppelpunkt wurde übersprungen: {text}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="34"/>
        <source>Dropped a bad {name}: the data is not a complete JPEG, PNG or GIF image.</source>
        <translation>Fehlerhaftes {name} verworfen: Die Daten sind kein vollständiges JPEG-, PNG- oder GIF-Bild.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="37"/>
        <source>A second {name} was kept as an extra property.</source>
        <translation>Ein zweites {name} wurde als zusätzliche Eigenschaft behalten.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="38"/>
        <source>Unknown character set {charset} on {name}; decoded as UTF-8 or Windows-1252.</source>
        <translation>Unbekannter Zeichensatz {charset} bei {name}; als UTF-8 oder Windows-1252 gelesen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="41"/>
        <source>{name} contained bytes that are not valid text; they were replaced by �.</source>
        <translation>{name} enthielt Bytes, die kein gültiger Text sind; sie wurden durch � ersetzt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="44"/>
        <source>The file is UTF-16 encoded; it was converted.</source>
        <translation>Die Datei ist UTF-16-kodiert; sie wurde umgewandelt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="45"/>
        <source>The card could not be read because of an internal error: {error}</source>
        <translation>Die Karte konnte wegen eines internen Fehlers nicht gelesen werden: {error}</translation>
    </message>
</context>
</TS>
