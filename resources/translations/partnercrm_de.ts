<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../src/partnercrm/ui/activities/activities_view.py" line="47"/>
        <source>Log interaction…</source>
        <translation>Aktivität erfassen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/activities_view.py" line="48"/>
        <source>Ctrl+L from anywhere</source>
        <translation>Strg+L von überall</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/activities_view.py" line="51"/>
        <source>Search all interactions…</source>
        <translation>Alle Aktivitäten durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/activities_view.py" line="52"/>
        <source>Search all interactions</source>
        <translation>Alle Aktivitäten durchsuchen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/activities_view.py" line="55"/>
        <source>Interactions</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/activities_view.py" line="67"/>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wiedervorlagen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/activities_view.py" line="103"/>
        <source>&lt;b&gt;Found interactions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gefundene Aktivitäten&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/activities_view.py" line="106"/>
        <source>&lt;b&gt;Latest interactions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neueste Aktivitäten&lt;/b&gt;</translation>
    </message>
</context>
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
        <location filename="../../src/partnercrm/ui/app.py" line="94"/>
        <source>PartnerCRM cannot open the database</source>
        <translation>PartnerCRM kann die Datenbank nicht öffnen</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/bar_chart.py" line="122"/>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
</context>
<context>
    <name>CheckInCommand</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_command.py" line="26"/>
        <source>Check in {name}</source>
        <translation>{name} einchecken</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="184"/>
        <source>Type two or three letters of the name…</source>
        <translation>Zwei oder drei Buchstaben des Namens tippen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="209"/>
        <source>Check in</source>
        <translation>Einchecken</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="212"/>
        <source>Walk-in…</source>
        <translation>Spontan dazugekommen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="214"/>
        <source>Undo check-in</source>
        <translation>Einchecken zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="247"/>
        <source>{present} present of {expected} expected</source>
        <translation>{present} anwesend von {expected} erwartet</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="279"/>
        <source>Nobody found. Check the spelling or add a walk-in.</source>
        <translation>Niemand gefunden. Prüfen Sie die Schreibweise oder nehmen Sie die Person spontan auf.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="282"/>
        <source>{name} is already checked in.</source>
        <translation>{name} ist bereits eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="292"/>
        <source>{name} checked in.</source>
        <translation>{name} eingecheckt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="317"/>
        <source>{name} added and checked in.</source>
        <translation>{name} aufgenommen und eingecheckt.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPage</name>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/column_mapping.py" line="49"/>
        <source>Choose the field for each column. Unassigned columns go to the notes.</source>
        <translation>Wählen Sie für jede Spalte das Feld. Spalten ohne Zuordnung kommen in die Notizen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/column_mapping.py" line="59"/>
        <source>(notes)</source>
        <translation>(Notizen)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/column_mapping.py" line="66"/>
        <source>Field for column {name}</source>
        <translation>Feld für Spalte {name}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/column_mapping.py" line="67"/>
        <source>(column {n})</source>
        <translation>(Spalte {n})</translation>
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
        <location filename="../../src/partnercrm/ui/commands/organizations.py" line="71"/>
        <location filename="../../src/partnercrm/ui/commands/people.py" line="84"/>
        <source>Create {name}</source>
        <translation>{name} anlegen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/organizations.py" line="109"/>
        <location filename="../../src/partnercrm/ui/commands/people.py" line="134"/>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/trash.py" line="52"/>
        <source>Move {names} to the trash</source>
        <translation>{names} in den Papierkorb legen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/trash.py" line="50"/>
        <source>Restore {names}</source>
        <translation>{names} wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/conflict.py" line="24"/>
        <source>Changed meanwhile</source>
        <translation>Zwischenzeitlich geändert</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/conflict.py" line="27"/>
        <source>Save mine over it</source>
        <translation>Meine Fassung trotzdem speichern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/conflict.py" line="31"/>
        <source>Show the current version (discard mine)</source>
        <translation>Aktuelle Fassung zeigen (meine verwerfen)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/conflict.py" line="35"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
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
    <name>CrossEventView</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="99"/>
        <source>all years</source>
        <translation>alle Jahre</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="103"/>
        <source>all series</source>
        <translation>alle Reihen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="109"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="117"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="118"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="119"/>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="128"/>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="132"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="120"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="121"/>
        <source>Returning</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="122"/>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="143"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="123"/>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="142"/>
        <source>Municipalities</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="128"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="128"/>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="132"/>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="141"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="128"/>
        <source>Which</source>
        <translation>Welche</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="132"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="132"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="135"/>
        <source>New and returning participants per event</source>
        <translation>Neue und wiederkehrende Teilnehmende je Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="147"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="149"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="169"/>
        <source>{events} events, {attendances} attendances by {people} people: {new} new, {returning} returning.</source>
        <translation>{events} Veranstaltungen, {attendances} Teilnahmen von {people} Personen: {new} neu, {returning} wiederkehrend.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="208"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="208"/>
        <source>returning</source>
        <translation>wiederkehrend</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="214"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="216"/>
        <source>Excel workbook (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="228"/>
        <source>Written: {files}</source>
        <translation>Geschrieben: {files}</translation>
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
    <name>Documents</name>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="24"/>
        <source>&amp;Address labels…</source>
        <translation>&amp;Adressetiketten…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="25"/>
        <source>&amp;Letters…</source>
        <translation>&amp;Briefe…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="26"/>
        <source>&amp;Invitation list…</source>
        <translation>&amp;Einladungsliste…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="27"/>
        <source>&amp;Sign-in sheet…</source>
        <translation>&amp;Unterschriftenliste…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="28"/>
        <source>Name &amp;badges…</source>
        <translation>&amp;Namensschilder…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="29"/>
        <source>&amp;Certificates…</source>
        <translation>&amp;Teilnahmebescheinigungen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="57"/>
        <location filename="../../src/partnercrm/ui/documents.py" line="67"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="58"/>
        <source>This document is about one event. Open or select the event in Events first.</source>
        <translation>Dieses Dokument gehört zu einer Veranstaltung. Öffnen oder wählen Sie die Veranstaltung zuerst unter „Veranstaltungen“.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="68"/>
        <source>Select the people to print for first.</source>
        <translation>Wählen Sie zuerst die Personen aus, für die gedruckt werden soll.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="96"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="97"/>
        <source>Select the people to export first.</source>
        <translation>Wählen Sie zuerst die Personen aus, die exportiert werden sollen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="115"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="117"/>
        <source>Contacts (*.vcf *.vcard *.csv *.xlsx);;All files (*)</source>
        <translation>Kontakte (*.vcf *.vcard *.csv *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="180"/>
        <source>Export participants as vCard…</source>
        <translation>Teilnehmende als vCard exportieren…</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="213"/>
        <source>Follow-up done</source>
        <translation>Wiedervorlage erledigt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="215"/>
        <source>Optional: what came of it (logged as a note)</source>
        <translation>Optional: Was daraus wurde (wird als Notiz erfasst)</translation>
    </message>
</context>
<context>
    <name>DropImport</name>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/drop_import.py" line="90"/>
        <source>Undo last import</source>
        <translation>Letzten Import rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/drop_import.py" line="93"/>
        <source>There is no import to undo.</source>
        <translation>Es gibt keinen Import, der rückgängig gemacht werden kann.</translation>
    </message>
</context>
<context>
    <name>DueFollowUps</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_sections.py" line="29"/>
        <source>Follow-ups due</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_sections.py" line="30"/>
        <source>Whose follow-ups</source>
        <translation>Wessen Wiedervorlagen</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="210"/>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="224"/>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="244"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="245"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="246"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="247"/>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="248"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="249"/>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="250"/>
        <source>Postal code, city</source>
        <translation>PLZ, Ort</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="251"/>
        <source>Online link</source>
        <translation>Online-Link</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="252"/>
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="253"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="254"/>
        <source>Funders</source>
        <translation>Förderer</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="255"/>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="256"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="257"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="271"/>
        <source>Add session…</source>
        <translation>Programmpunkt hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="273"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="275"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="282"/>
        <source>Sessions</source>
        <translation>Programmpunkte</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="289"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="331"/>
        <source>Save the event first</source>
        <translation>Speichern Sie zuerst die Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="394"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="412"/>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="440"/>
        <source>Select a session first.</source>
        <translation>Wählen Sie zuerst einen Programmpunkt.</translation>
    </message>
</context>
<context>
    <name>EventHistoryModel</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="81"/>
        <source>participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="82"/>
        <source>organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="83"/>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="84"/>
        <source>funder</source>
        <translation>Förderer</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="90"/>
        <source>{attended} came, {registered} registered</source>
        <translation>{attended} gekommen, {registered} angemeldet</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="104"/>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="112"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="105"/>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="113"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="106"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="108"/>
        <source>Represented</source>
        <translation>Vertreten</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="114"/>
        <source>Involved as</source>
        <translation>Beteiligt als</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="115"/>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="116"/>
        <source>Who came</source>
        <translation>Wer kam</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="113"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="114"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="115"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="116"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="118"/>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="119"/>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
</context>
<context>
    <name>EventListWidget</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="158"/>
        <source>Search events by title</source>
        <translation>Veranstaltungen nach Titel suchen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="161"/>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
</context>
<context>
    <name>EventWorkspace</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_workspace.py" line="28"/>
        <source>Details and sessions</source>
        <translation>Details und Programm</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_workspace.py" line="29"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_workspace.py" line="30"/>
        <source>Check-in</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_workspace.py" line="31"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
</context>
<context>
    <name>EventsWidget</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/events_widget.py" line="50"/>
        <source>Across events…</source>
        <translation>Über Veranstaltungen hinweg…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/events_widget.py" line="52"/>
        <source>New and returning participants, municipalities, repeat visitors</source>
        <translation>Neue und wiederkehrende Teilnehmende, Kommunen, Stammgäste</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/events_widget.py" line="63"/>
        <source>Open an event from the list, or create a new one.</source>
        <translation>Öffnen Sie eine Veranstaltung aus der Liste oder legen Sie eine neue an.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/events_widget.py" line="95"/>
        <location filename="../../src/partnercrm/ui/events/events_widget.py" line="96"/>
        <source>Print and export</source>
        <translation>Drucken und exportieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/events_widget.py" line="97"/>
        <source>Sign-in sheet, badges, certificates, participants as vCard</source>
        <translation>Unterschriftenliste, Namensschilder, Teilnahmebescheinigungen, Teilnehmende als vCard</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/events_widget.py" line="119"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="54"/>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="59"/>
        <source>vCard 3.0 (Outlook, Apple, Google, Android)</source>
        <translation>vCard 3.0 (Outlook, Apple, Google, Android)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="60"/>
        <source>vCard 4.0 (Thunderbird, Nextcloud)</source>
        <translation>vCard 4.0 (Thunderbird, Nextcloud)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="61"/>
        <source>CSV for Excel (;, UTF-8)</source>
        <translation>CSV für Excel (;, UTF-8)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="62"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel-Arbeitsmappe (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="67"/>
        <source>One file per person (for classic Outlook)</source>
        <translation>Eine Datei je Person (für das klassische Outlook)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="75"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="77"/>
        <source>Target file</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="78"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="84"/>
        <source>{count} people selected.</source>
        <translation>{count} Personen ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="88"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="90"/>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="91"/>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="96"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="123"/>
        <source>Folder for the vCards</source>
        <translation>Ordner für die vCards</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="129"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="137"/>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wo der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="148"/>
        <source>Choose at least one column.</source>
        <translation>Wählen Sie mindestens eine Spalte.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="159"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="167"/>
        <source>{count} people exported to {path}.</source>
        <translation>{count} Personen nach {path} exportiert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="174"/>
        <source>The export failed: {message}</source>
        <translation>Der Export ist fehlgeschlagen: {message}</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="88"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="89"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="90"/>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="91"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="92"/>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="262"/>
        <source>Done…</source>
        <translation>Erledigt…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="263"/>
        <source>Snooze…</source>
        <translation>Verschieben…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="264"/>
        <source>Reassign…</source>
        <translation>Übertragen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="328"/>
        <source>Follow-ups done</source>
        <translation>Wiedervorlagen erledigt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="342"/>
        <source>Snooze follow-ups</source>
        <translation>Wiedervorlagen verschieben</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="358"/>
        <source>Reassign follow-ups</source>
        <translation>Wiedervorlagen übertragen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="413"/>
        <source>Reassign follow-up</source>
        <translation>Wiedervorlage übertragen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="414"/>
        <source>Who is to do it?</source>
        <translation>Wer soll es erledigen?</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="429"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="432"/>
        <source>Mine ({name})</source>
        <translation>Meine ({name})</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="453"/>
        <source>No open follow-ups.</source>
        <translation>Keine offenen Wiedervorlagen.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="99"/>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="119"/>
        <source>Update where found</source>
        <translation>Gefundene aktualisieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="120"/>
        <source>Create all as new</source>
        <translation>Alle neu anlegen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="121"/>
        <source>Skip all</source>
        <translation>Alle überspringen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="124"/>
        <source>Decision for all rows</source>
        <translation>Entscheidung für alle Zeilen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="125"/>
        <source>Apply to all</source>
        <translation>Auf alle anwenden</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="147"/>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="221"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="150"/>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="183"/>
        <source>Which field does each column hold?</source>
        <translation>Welches Feld steht in welcher Spalte?</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="184"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="204"/>
        <source>Reading and matching…</source>
        <translation>Wird gelesen und abgeglichen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="227"/>
        <source>{new} new, {update} to update, {skip} to skip. Change the decision per row, or for all rows below.</source>
        <translation>{new} neu, {update} zu aktualisieren, {skip} zu überspringen. Ändern Sie die Entscheidung je Zeile oder unten für alle Zeilen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="235"/>
        <source>{count} problems in the files: {first}</source>
        <translation>{count} Probleme in den Dateien: {first}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="254"/>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="275"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="278"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="283"/>
        <source>{created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>{created} neu, {updated} aktualisiert, {unchanged} unverändert, {skipped} übersprungen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="293"/>
        <source>{merged} records added to a person an earlier record already imported.</source>
        <translation>{merged} Datensätze wurden mit einer Person zusammengeführt, die ein früherer Datensatz bereits importiert hatte.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="303"/>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="315"/>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="315"/>
        <source>{message}</source>
        <translation>{message}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="323"/>
        <source>The import was undone: {deleted} deleted, {restored} restored.</source>
        <translation>Der Import wurde rückgängig gemacht: {deleted} gelöscht, {restored} wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="345"/>
        <source>The import failed: {message}</source>
        <translation>Der Import ist fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="351"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="26"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="27"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="28"/>
        <source>Found as</source>
        <translation>Gefunden als</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="29"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="30"/>
        <source>Existing person</source>
        <translation>Vorhandene Person</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="31"/>
        <source>Remark</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="36"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="37"/>
        <source>same UID</source>
        <translation>gleiche UID</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="38"/>
        <source>same e-mail</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="39"/>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="40"/>
        <source>possible duplicate</source>
        <translation>mögliche Dublette</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="45"/>
        <source>Create new</source>
        <translation>Neu anlegen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="46"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="47"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>InteractionDetailsDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/interaction_details.py" line="32"/>
        <source>Interaction</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/interaction_details.py" line="60"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/interaction_details.py" line="60"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="194"/>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="226"/>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="197"/>
        <source>Selected people ({count})</source>
        <translation>Ausgewählte Personen ({count})</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="200"/>
        <source>List: {name}</source>
        <translation>Verteiler: {name}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="203"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="204"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="205"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="230"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="231"/>
        <source>Invitation by</source>
        <translation>Einladung per</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="263"/>
        <source>{ticked} of {total} will be invited; {left_out} must not be contacted this way.</source>
        <translation>{ticked} von {total} werden eingeladen; {left_out} dürfen auf diesem Weg nicht kontaktiert werden.</translation>
    </message>
</context>
<context>
    <name>InvitationModel</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="87"/>
        <source>(as a private person)</source>
        <translation>(als Privatperson)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="103"/>
        <source>already on the list ({status})</source>
        <translation>bereits auf der Liste ({status})</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="115"/>
        <source>Double-click to invite the person in another role</source>
        <translation>Doppelklick lädt die Person in einer anderen Funktion ein</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="144"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="144"/>
        <source>Invited as</source>
        <translation>Eingeladen als</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="144"/>
        <source>Left out because</source>
        <translation>Ausgelassen, weil</translation>
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
    <name>LogInteractionDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="72"/>
        <source>Log interaction</source>
        <translation>Aktivität erfassen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="83"/>
        <source>What was it about?</source>
        <translation>Worum ging es?</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="85"/>
        <source>What was said or agreed</source>
        <translation>Was besprochen oder vereinbart wurde</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="91"/>
        <source>Press Delete to remove the selected entry.</source>
        <translation>Mit Entf entfernen Sie den gewählten Eintrag.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="93"/>
        <source>Add a person or organisation…</source>
        <translation>Person oder Organisation hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="106"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="113"/>
        <source>What is to be done</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="117"/>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="118"/>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="119"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="132"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="140"/>
        <source>Kind and time</source>
        <translation>Art und Zeit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="141"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="142"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="146"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="147"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="170"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="181"/>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="202"/>
        <source>{name} (organisation)</source>
        <translation>{name} (Organisation)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="159"/>
        <source>PartnerCRM</source>
        <translation>PartnerCRM</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="221"/>
        <source>New &amp;person</source>
        <translation>Neue &amp;Person</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="224"/>
        <source>New &amp;organisation</source>
        <translation>Neue &amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="230"/>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="233"/>
        <source>Undo last import…</source>
        <translation>Letzten Import rückgängig machen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="236"/>
        <source>&amp;Export selection…</source>
        <translation>Auswahl e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="239"/>
        <source>The selected people, or everyone in the current list, as vCard, CSV or Excel</source>
        <translation>Die ausgewählten Personen oder alle in der aktuellen Liste – als vCard, CSV oder Excel</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="242"/>
        <source>Lo&amp;g interaction…</source>
        <translation>Aktivität er&amp;fassen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="247"/>
        <source>Log a call, meeting or e-mail with the current contact (Ctrl+L)</source>
        <translation>Anruf, Treffen oder E-Mail mit dem aktuellen Kontakt erfassen (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="250"/>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="260"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="266"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="269"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="276"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="283"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="286"/>
        <location filename="../../src/partnercrm/ui/main_window.py" line="395"/>
        <source>Move to &amp;trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="292"/>
        <source>&amp;About PartnerCRM</source>
        <translation>&amp;Über PartnerCRM</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="307"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="314"/>
        <source>Print &amp;documents</source>
        <translation>Do&amp;kumente drucken</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="321"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="325"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="327"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="331"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="395"/>
        <source>&amp;Delete permanently…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="540"/>
        <source>Export as &amp;vCard…</source>
        <translation>Als &amp;vCard exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="573"/>
        <source>About PartnerCRM</source>
        <translation>Über PartnerCRM</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="575"/>
        <source>PartnerCRM {version}
Contacts, organisations and events for cross-sector networks, kept on your own computer.</source>
        <translation>PartnerCRM {version}
Kontakte, Organisationen und Veranstaltungen für sektorübergreifende Netzwerke – auf Ihrem eigenen Rechner.</translation>
    </message>
</context>
<context>
    <name>MatchesModel</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="99"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="99"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="99"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="122"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="123"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="126"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="134"/>
        <source>Distribution lists</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="135"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="130"/>
        <location filename="../../src/partnercrm/ui/main_window.py" line="142"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="132"/>
        <location filename="../../src/partnercrm/ui/main_window.py" line="143"/>
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
        <source>Changed meanwhile</source>
        <translation type="vanished">Zwischenzeitlich geändert</translation>
    </message>
    <message>
        <source>Save mine over it</source>
        <translation type="vanished">Meine Fassung trotzdem speichern</translation>
    </message>
    <message>
        <source>Show the current version (discard mine)</source>
        <translation type="vanished">Aktuelle Fassung zeigen (meine verwerfen)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="vanished">Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>OrganizationListEdit</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/organization_picker.py" line="89"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/organization_picker.py" line="95"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="66"/>
        <source>None (type to search)</source>
        <translation>Keine (zum Suchen tippen)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/organization_picker.py" line="43"/>
        <source>Type a few letters of the organisation</source>
        <translation>Einige Buchstaben der Organisation tippen</translation>
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
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="109"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln Organisation</numerusform>
            <numerusform>%Ln Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="vanished">
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="vanished">In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="158"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="159"/>
        <source>Save the changes to this organisation first?</source>
        <translation>Änderungen an dieser Organisation zuerst speichern?</translation>
    </message>
</context>
<context>
    <name>ParticipantsTableModel</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_model.py" line="98"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_model.py" line="99"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_model.py" line="100"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_model.py" line="101"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_model.py" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_model.py" line="103"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_model.py" line="104"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="63"/>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="68"/>
        <source>Set role</source>
        <translation>Rolle setzen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="70"/>
        <source>Invite…</source>
        <translation>Einladen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="73"/>
        <source>Import registrations…</source>
        <translation>Anmeldungen importieren…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="75"/>
        <source>Import attendance…</source>
        <translation>Anwesenheit importieren…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="77"/>
        <source>Registered → no-show…</source>
        <translation>Angemeldet → nicht erschienen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="79"/>
        <source>After the event: everyone still registered did not come</source>
        <translation>Nach der Veranstaltung: Wer noch angemeldet ist, ist nicht gekommen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="84"/>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="86"/>
        <source>Add to session</source>
        <translation>Zum Programmpunkt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="88"/>
        <source>Put the selected people into the session in the chosen role</source>
        <translation>Die gewählten Personen in der gewählten Rolle dem Programmpunkt zuordnen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="112"/>
        <source>Session</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="136"/>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="164"/>
        <source>Select the people first.</source>
        <translation>Wählen Sie zuerst die Personen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="152"/>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="173"/>
        <source>{count} changed.</source>
        <translation>{count} geändert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="154"/>
        <source>{count} put on the waitlist: the event is full.</source>
        <translation>{count} auf die Warteliste gesetzt: Die Veranstaltung ist voll.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="158"/>
        <source>{count} moved up from the waitlist.</source>
        <translation>{count} von der Warteliste nachgerückt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="192"/>
        <source>Select the people and a session first.</source>
        <translation>Wählen Sie zuerst die Personen und einen Programmpunkt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="205"/>
        <source>{count} added to “{session}” as {role}.</source>
        <translation>{count} zu „{session}“ als {role} hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="214"/>
        <source>{count} invited.</source>
        <translation>{count} eingeladen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="224"/>
        <source>Nobody is still registered.</source>
        <translation>Niemand ist mehr angemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="228"/>
        <source>Mark no-shows</source>
        <translation>Nicht Erschienene markieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="229"/>
        <source>{count} people are still registered. Mark them all as “no-show”?</source>
        <translation>{count} Personen sind noch angemeldet. Alle als „nicht erschienen“ markieren?</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="243"/>
        <source>{count} marked as no-show.</source>
        <translation>{count} als nicht erschienen markiert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="247"/>
        <source>Import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="247"/>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="254"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="254"/>
        <source>Import attendance</source>
        <translation>Anwesenheit importieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="275"/>
        <source>{rows} rows imported: {created} people created, {matched} recognised.</source>
        <translation>{rows} Zeilen importiert: {created} Personen angelegt, {matched} erkannt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="300"/>
        <source>{marked} marked as attended, {created} people created.</source>
        <translation>{marked} als teilgenommen markiert, {created} Personen angelegt.</translation>
    </message>
</context>
<context>
    <name>PeopleFilterBar</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="74"/>
        <source>Search people (Ctrl+F): name, organisation, city…</source>
        <translation>Personen suchen (Strg+F): Name, Organisation, Ort…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="75"/>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="84"/>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="86"/>
        <source>Filter by kind of organisation</source>
        <translation>Nach Art der Organisation filtern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="87"/>
        <source>All organisations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="96"/>
        <source>Filter by municipality</source>
        <translation>Nach Kommune filtern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="98"/>
        <source>Filter by consent</source>
        <translation>Nach Einwilligung filtern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="99"/>
        <source>Any consent</source>
        <translation>Alle Einwilligungen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="100"/>
        <source>May be contacted by post</source>
        <translation>Darf per Post angeschrieben werden</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="101"/>
        <source>May be contacted by e-mail</source>
        <translation>Darf per E-Mail angeschrieben werden</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="102"/>
        <source>Save as list…</source>
        <translation>Als Verteiler speichern…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="103"/>
        <source>Save this selection as a distribution list</source>
        <translation>Diese Auswahl als Verteiler speichern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="81"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="93"/>
        <source>All municipalities</source>
        <translation>Alle Kommunen</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="40"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="51"/>
        <source>Log e-mail</source>
        <translation>E-Mail erfassen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="77"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="vanished">
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="vanished">In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="133"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="134"/>
        <source>Save the changes to this person first?</source>
        <translation>Änderungen an dieser Person zuerst speichern?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="149"/>
        <source>Logged %n e-mail(s).</source>
        <translation>
            <numerusform>%n E-Mail erfasst.</numerusform>
            <numerusform>%n E-Mails erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="168"/>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="180"/>
        <source>Save as distribution list</source>
        <translation>Als Verteiler speichern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="168"/>
        <source>Name of the list:</source>
        <translation>Name des Verteilers:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="182"/>
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
        <source>Changed meanwhile</source>
        <translation type="vanished">Zwischenzeitlich geändert</translation>
    </message>
    <message>
        <source>Save mine over it</source>
        <translation type="vanished">Meine Fassung trotzdem speichern</translation>
    </message>
    <message>
        <source>Show the current version (discard mine)</source>
        <translation type="vanished">Aktuelle Fassung zeigen (meine verwerfen)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="vanished">Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="131"/>
        <source>Print address labels</source>
        <translation>Adressetiketten drucken</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="132"/>
        <source>Print invitation list</source>
        <translation>Einladungsliste drucken</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="133"/>
        <source>Print sign-in sheet</source>
        <translation>Unterschriftenliste drucken</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="134"/>
        <source>Print name badges</source>
        <translation>Namensschilder drucken</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="135"/>
        <source>Print letters</source>
        <translation>Briefe drucken</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="136"/>
        <source>Print certificates of attendance</source>
        <translation>Teilnahmebescheinigungen drucken</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="149"/>
        <source>Draw label outlines</source>
        <translation>Etikettenränder zeichnen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="150"/>
        <source>Remember offset for this format</source>
        <translation>Versatz für dieses Format merken</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="151"/>
        <source>Calibration page…</source>
        <translation>Kalibrierseite…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="153"/>
        <source>By name</source>
        <translation>Nach Name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="154"/>
        <source>By postcode (bulk mail)</source>
        <translation>Nach PLZ (Massensendung)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="156"/>
        <source>As usual for this document</source>
        <translation>Wie für dieses Dokument üblich</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="159"/>
        <source>Sign-in sheets and badges: registered and attended; certificates: attended; other documents: everyone invited.</source>
        <translation>Unterschriftenlisten und Namensschilder: angemeldet und teilgenommen; Bescheinigungen: teilgenommen; andere Dokumente: alle Eingeladenen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="166"/>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="171"/>
        <source>Organisation · Street 1 · 12345 Town</source>
        <translation>Organisation · Straße 1 · 12345 Ort</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="178"/>
        <source>Placeholders: {salutation}, {first_name}, {last_name}, {full_name}, {organization}, {function}, {department}, {event_title}, {event_date}</source>
        <translation>Platzhalter: {salutation}, {first_name}, {last_name}, {full_name}, {organization}, {function}, {department}, {event_title}, {event_date}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="183"/>
        <source>Highest title (Herr Professor Mey)</source>
        <translation>Höchster Titel (Herr Professor Mey)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="184"/>
        <source>All titles (Herr Prof. Dr. Mey)</source>
        <translation>Alle Titel (Herr Prof. Dr. Mey)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="186"/>
        <source>In the letter&apos;s language</source>
        <translation>In der Sprache des Briefs</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="187"/>
        <source>In each person&apos;s language</source>
        <translation>In der Sprache der jeweiligen Person</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="192"/>
        <source>Label sheet:</source>
        <translation>Etikettenbogen:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="193"/>
        <source>Start at label:</source>
        <translation>Beginnen bei Etikett:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="195"/>
        <source>Printer offset right:</source>
        <translation>Druckerversatz rechts:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="196"/>
        <source>Printer offset down:</source>
        <translation>Druckerversatz unten:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="201"/>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="203"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="204"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="206"/>
        <source>Return address:</source>
        <translation>Absenderzeile:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="207"/>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="208"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="209"/>
        <source>Titles:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="210"/>
        <source>Salutation:</source>
        <translation>Anrede:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="211"/>
        <source>Signed by:</source>
        <translation>Unterzeichnet von:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="225"/>
        <source>Nobody left out, every text fits.</source>
        <translation>Niemand ausgelassen, jeder Text passt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="228"/>
        <source>Print at 100 % (“actual size”), not “fit to page”: a scaled page misses the labels or the envelope window.</source>
        <translation>Mit 100 % („tatsächliche Größe“) drucken, nicht „an Seite anpassen“: Eine skalierte Seite verfehlt die Etiketten oder das Kuvertfenster.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="240"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="241"/>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="242"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="407"/>
        <source>Building the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="410"/>
        <source>Building the preview</source>
        <translation>Vorschau wird erstellt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="441"/>
        <source>Left out: {name} ({reason})</source>
        <translation>Ausgelassen: {name} ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="476"/>
        <source>{pages} pages, {records} records, {skipped} left out</source>
        <translation>{pages} Seiten, {records} Einträge, {skipped} ausgelassen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="480"/>
        <source>(preview shows the first {n})</source>
        <translation>(Vorschau zeigt die ersten {n})</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="508"/>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="519"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="508"/>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="525"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="520"/>
        <source>Cannot write {path}: {error}</source>
        <translation>{path} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="525"/>
        <source>Save calibration page</source>
        <translation>Kalibrierseite speichern</translation>
    </message>
</context>
<context>
    <name>RecentPeople</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="48"/>
        <source>Recently changed contacts</source>
        <translation>Zuletzt geänderte Kontakte</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="65"/>
        <source>No contacts yet.</source>
        <translation>Noch keine Kontakte.</translation>
    </message>
</context>
<context>
    <name>RecordPages</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/record_pages.py" line="63"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/record_pages.py" line="64"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/record_pages.py" line="65"/>
        <source>Event history</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/record_pages.py" line="125"/>
        <source>Has not taken part in an event yet.</source>
        <translation>Hat noch an keiner Veranstaltung teilgenommen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/record_pages.py" line="127"/>
        <source>Nobody from this organisation has taken part in an event yet.</source>
        <translation>Aus dieser Organisation hat noch niemand an einer Veranstaltung teilgenommen.</translation>
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
    <name>SessionDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="127"/>
        <source>Session</source>
        <translation>Programmpunkt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="142"/>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="144"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="145"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="146"/>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="147"/>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="148"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="149"/>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="112"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="113"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="114"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="115"/>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="116"/>
        <source>Places</source>
        <translation>Plätze</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="117"/>
        <source>Speakers, moderators, exhibitors</source>
        <translation>Referierende, Moderation, Ausstellende</translation>
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
    <name>SheetMap</name>
    <message>
        <location filename="../../src/partnercrm/ui/printing/sheet_map.py" line="28"/>
        <source>Click the first free label on your sheet.</source>
        <translation>Klicken Sie auf das erste freie Etikett Ihres Bogens.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/sheet_map.py" line="81"/>
        <source>No label sheet</source>
        <translation>Kein Etikettenbogen</translation>
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
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="175"/>
        <source>Snooze follow-up</source>
        <translation>Wiedervorlage verschieben</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="182"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="183"/>
        <source>In a week</source>
        <translation>In einer Woche</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="184"/>
        <source>In a month</source>
        <translation>In einem Monat</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="199"/>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="94"/>
        <source>What needs attention</source>
        <translation>Was ansteht</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="113"/>
        <source>Follow-ups due</source>
        <translation>Fällige Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="115"/>
        <source>Upcoming events</source>
        <translation>Anstehende Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="117"/>
        <source>Recently changed contacts</source>
        <translation>Zuletzt geänderte Kontakte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="150"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="152"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln Organisation</numerusform>
            <numerusform>%Ln Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="207"/>
        <source>Loading the demo network…</source>
        <translation>Demo-Netzwerk wird geladen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="215"/>
        <source>Load demo network</source>
        <translation>Demo-Netzwerk laden</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="55"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="55"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="60"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="61"/>
        <source>Copy the sentence for the report</source>
        <translation>Den Satz für den Bericht kopieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="80"/>
        <source>Participations by status</source>
        <translation>Teilnahmen nach Status</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="81"/>
        <source>Attendees by role</source>
        <translation>Teilnehmende nach Rolle</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="82"/>
        <source>Attendees by sector</source>
        <translation>Teilnehmende nach Sektor</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="83"/>
        <source>Attendees by kind of organisation</source>
        <translation>Teilnehmende nach Art der Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="105"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="125"/>
        <source>Attended: {attended} · registered: {registered} · invited: {invited} · waitlist: {waitlisted} · declined: {declined} · cancelled: {cancelled} · did not come: {no_show}
Organisations represented: {organizations} · municipalities and districts: {municipalities} · attendees from them: {municipal}</source>
        <translation>Teilgenommen: {attended} · angemeldet: {registered} · eingeladen: {invited} · Warteliste: {waitlisted} · abgelehnt: {declined} · abgesagt: {cancelled} · nicht erschienen: {no_show}
Vertretene Organisationen: {organizations} · Kommunen und Kreise: {municipalities} · Teilnehmende von dort: {municipal}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="144"/>
        <source>Municipalities and districts: {names}</source>
        <translation>Kommunen und Kreise: {names}</translation>
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
    <name>TimelineModel</name>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="73"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="74"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="75"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="76"/>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="77"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="184"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="184"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="185"/>
        <source>Follow-up {date} ({state})</source>
        <translation>Wiedervorlage {date} ({state})</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="216"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="217"/>
        <source>Interactions</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="220"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="221"/>
        <source>Role changes</source>
        <translation>Funktionswechsel</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="224"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="225"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="226"/>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="227"/>
        <source>Last 3 years</source>
        <translation>Letzte 3 Jahre</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="231"/>
        <source>Search in subjects and texts…</source>
        <translation>In Betreff und Text suchen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="290"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/commands/trash.py" line="71"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/trash.py" line="90"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/trash.py" line="92"/>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="45"/>
        <source>People in the trash</source>
        <translation>Personen im Papierkorb</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="48"/>
        <source>Organisations in the trash</source>
        <translation>Organisationen im Papierkorb</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="50"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="51"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="52"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="53"/>
        <source>Delete for &amp;good…</source>
        <translation>Endgültig &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="55"/>
        <source>Items in the trash are hidden everywhere else. Restoring can be undone.</source>
        <translation>Einträge im Papierkorb sind überall sonst ausgeblendet. Wiederherstellen lässt sich rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="79"/>
        <source>In the trash: %n person(s)</source>
        <translation>
            <numerusform>Im Papierkorb: %n Person</numerusform>
            <numerusform>Im Papierkorb: %n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="81"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n Organisation</numerusform>
            <numerusform>%n Organisationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="vanished">
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="vanished">Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="113"/>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="127"/>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="115"/>
        <source>Delete {names} for good? This cannot be undone; everything stored about them is erased.</source>
        <translation>{names} endgültig löschen? Das lässt sich nicht rückgängig machen; alle gespeicherten Angaben werden gelöscht.</translation>
    </message>
</context>
<context>
    <name>UpcomingEvents</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_sections.py" line="61"/>
        <source>Upcoming events</source>
        <translation>Anstehende Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_sections.py" line="79"/>
        <source>{registered} of {capacity} registered</source>
        <translation>{registered} von {capacity} angemeldet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/start_sections.py" line="83"/>
        <source>%n registered</source>
        <translation>
            <numerusform>%n angemeldet</numerusform>
            <numerusform>%n angemeldet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_sections.py" line="89"/>
        <source>No upcoming events.</source>
        <translation>Keine anstehenden Veranstaltungen.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="108"/>
        <source>Walk-in</source>
        <translation>Spontan dazugekommen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="116"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="117"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="118"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="119"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="120"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="128"/>
        <source>Check in</source>
        <translation>Einchecken</translation>
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
        <location filename="../../src/partnercrm/ui/welcome.py" line="41"/>
        <source>Import contacts…</source>
        <translation>Kontakte importieren…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/welcome.py" line="42"/>
        <source>Load demo network</source>
        <translation>Demo-Netzwerk laden</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/welcome.py" line="43"/>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="61"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="62"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="63"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="64"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/activities/overdue.py" line="23"/>
        <source>%n follow-up(s) overdue. See Activities.</source>
        <translation>
            <numerusform>%n Wiedervorlage überfällig. Siehe Aktivitäten.</numerusform>
            <numerusform>%n Wiedervorlagen überfällig. Siehe Aktivitäten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/commands.py" line="43"/>
        <source>Log interaction</source>
        <translation>Aktivität erfassen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/commands.py" line="64"/>
        <source>Follow-up done</source>
        <translation>Wiedervorlage erledigt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/commands.py" line="87"/>
        <source>Snooze follow-up</source>
        <translation>Wiedervorlage verschieben</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/commands.py" line="107"/>
        <source>Reassign follow-up</source>
        <translation>Wiedervorlage übertragen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="13"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="14"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="15"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="16"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="17"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="18"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="27"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="28"/>
        <source>Role began</source>
        <translation>Funktion begonnen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="29"/>
        <source>Role ended</source>
        <translation>Funktion beendet</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="36"/>
        <source>participant</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="37"/>
        <source>speaker</source>
        <translation>Referent/in</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="38"/>
        <source>moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="39"/>
        <source>panelist</source>
        <translation>Podium</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="40"/>
        <source>exhibitor</source>
        <translation>Aussteller/in</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="41"/>
        <source>organizer</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="42"/>
        <source>helper</source>
        <translation>Helfer/in</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="45"/>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="46"/>
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="47"/>
        <source>on the waiting list</source>
        <translation>auf der Warteliste</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="48"/>
        <source>declined</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="49"/>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="50"/>
        <source>attended</source>
        <translation>teilgenommen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="51"/>
        <source>did not come</source>
        <translation>nicht erschienen</translation>
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
        <location filename="../../src/partnercrm/services/affiliations.py" line="101"/>
        <source>The organization {id} does not exist.</source>
        <translation>Die Organisation {id} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/affiliations.py" line="116"/>
        <source>The role cannot end before it begins.</source>
        <translation>Die Funktion kann nicht enden, bevor sie beginnt.</translation>
    </message>
</context>
<context>
    <name>attendance_import</name>
    <message>
        <location filename="../../src/partnercrm/services/attendance_import.py" line="124"/>
        <source>{source} has no column with the participants&apos; names or e-mail addresses (such as Name, Full Name, E-Mail, User Email).</source>
        <translation>{source} hat keine Spalte mit Namen oder E-Mail-Adressen der Teilnehmenden (etwa Name, Full Name, E-Mail, User Email).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/attendance_import.py" line="154"/>
        <source>{source}, row {row}: {message}</source>
        <translation>{source}, Zeile {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/attendance_import.py" line="175"/>
        <source>{source}, row {row}: “{name}” is not known and has no e-mail address; add the person first or complete the row.</source>
        <translation>{source}, Zeile {row}: „{name}“ ist unbekannt und hat keine E-Mail-Adresse; legen Sie die Person zuerst an oder ergänzen Sie die Zeile.</translation>
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
        <location filename="../../src/partnercrm/cli/export_commands.py" line="86"/>
        <source>{count} people marked do-not-contact were left out (--include-do-not-contact exports them, flagged).</source>
        <translation>{count} Personen mit dem Vermerk „nicht kontaktieren“ wurden ausgelassen (--include-do-not-contact exportiert sie mit Kennzeichnung).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/export_commands.py" line="94"/>
        <source>{count} exported people are marked do-not-contact; the file says so.</source>
        <translation>{count} exportierte Personen haben den Vermerk „nicht kontaktieren“; die Datei weist darauf hin.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/export_commands.py" line="113"/>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/export_commands.py" line="116"/>
        <source>Exported {count} people as vCard {version} to {path}.</source>
        <translation>{count} Personen als vCard {version} nach {path} exportiert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/export_commands.py" line="136"/>
        <source>Exported {count} people to {path}.</source>
        <translation>{count} Personen nach {path} exportiert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/export_commands.py" line="148"/>
        <source>Exported {people} people, {orgs} organizations, {events} events and {interactions} interactions to {path}.</source>
        <translation>{people} Personen, {orgs} Organisationen, {events} Veranstaltungen und {interactions} Aktivitäten nach {path} exportiert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/main.py" line="111"/>
        <source>Error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/main.py" line="116"/>
        <source>Internal error: {message}. Please report this.</source>
        <translation>Interner Fehler: {message}. Bitte melden Sie das.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/main.py" line="122"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/main.py" line="129"/>
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
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="125"/>
        <source>Logged interaction {id} with {names}.</source>
        <translation>Aktivität {id} mit {names} erfasst.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="129"/>
        <source>Follow-up on {due} for {owner}.</source>
        <translation>Wiedervorlage am {due} für {owner}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="147"/>
        <source>No open follow-ups.</source>
        <translation>Keine offenen Wiedervorlagen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="150"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="151"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="152"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="153"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="193"/>
        <source>There is no person with the id {id}. Find the id with partnercrm search.</source>
        <translation>Es gibt keine Person mit der ID {id}. Die ID finden Sie mit partnercrm search.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="202"/>
        <source>“{value}” is neither a person id nor an e-mail address.</source>
        <translation>„{value}“ ist weder eine Personen-ID noch eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="210"/>
        <source>Nobody in the database has the e-mail address {email}.</source>
        <translation>Niemand in der Datenbank hat die E-Mail-Adresse {email}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="217"/>
        <source>The e-mail address {email} belongs to several people (ids {ids}). Give the id with --person instead.</source>
        <translation>Die E-Mail-Adresse {email} gehört zu mehreren Personen (IDs {ids}). Geben Sie stattdessen die ID mit --person an.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="242"/>
        <source>“{value}” is not a date. Write 2026-03-31, 31.03.2026 or +14 (days).</source>
        <translation>„{value}“ ist kein Datum. Schreiben Sie 2026-03-31, 31.03.2026 oder +14 (Tage).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="257"/>
        <source>“{value}” is not a time. Write 14:30.</source>
        <translation>„{value}“ ist keine Uhrzeit. Schreiben Sie 14:30.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="128"/>
        <source>Created event {id}.</source>
        <translation>Veranstaltung {id} angelegt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="158"/>
        <source>{registered} registered, {attended} attended</source>
        <translation>{registered} angemeldet, {attended} teilgenommen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="196"/>
        <source>Imported {rows} rows: {people_created} people created, {people_matched} recognised, {organizations_created} organisations created; {participations_created} participations added, {participations_updated} updated.</source>
        <translation>{rows} Zeilen importiert: {people_created} Personen angelegt, {people_matched} erkannt, {organizations_created} Organisationen angelegt; {participations_created} Teilnahmen hinzugefügt, {participations_updated} aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="227"/>
        <source>{marked} marked as attended ({already_attended} were already), {people_created} people created.</source>
        <translation>{marked} als teilgenommen markiert ({already_attended} waren es schon), {people_created} Personen angelegt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="247"/>
        <source>Name a distribution list with --list or people with --person.</source>
        <translation>Nennen Sie einen Verteiler mit --list oder Personen mit --person.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="264"/>
        <source>{count} invited.</source>
        <translation>{count} eingeladen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="267"/>
        <source>  left out: {name} ({reason})</source>
        <translation>  ausgelassen: {name} ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="280"/>
        <source>{count} people are still “registered” and would become “no-show”. Repeat with --yes to do it.</source>
        <translation>{count} Personen sind noch „angemeldet“ und würden „nicht erschienen“. Wiederholen Sie mit --yes, um das auszuführen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="289"/>
        <source>{count} marked as no-show.</source>
        <translation>{count} als nicht erschienen markiert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="306"/>
        <source>  organisations {orgs}, municipalities {muns}</source>
        <translation>  Organisationen {orgs}, Kommunen {muns}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="322"/>
        <source>Written to {path}.</source>
        <translation>Nach {path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/print_commands.py" line="179"/>
        <source>The output file must end in .pdf: {path}</source>
        <translation>Die Ausgabedatei muss auf .pdf enden: {path}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/print_commands.py" line="184"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/print_commands.py" line="197"/>
        <source>--status and --role need --event (which event?).</source>
        <translation>--status und --role brauchen --event (welche Veranstaltung?).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/print_commands.py" line="205"/>
        <source>Cannot read the letter text {path}: {error}</source>
        <translation>Der Brieftext {path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/print_commands.py" line="233"/>
        <source>Skipped {name} (id {id}): {reason}</source>
        <translation>{name} (ID {id}) übersprungen: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/print_commands.py" line="241"/>
        <source>Wrote {path}: {items} records on {pages} pages, {skipped} skipped.</source>
        <translation>{path} geschrieben: {items} Einträge auf {pages} Seiten, {skipped} übersprungen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/print_commands.py" line="252"/>
        <source>Next free position on the last sheet: {n} (use --start {n}).</source>
        <translation>Nächste freie Position auf dem letzten Bogen: {n} (mit --start {n}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/print_commands.py" line="297"/>
        <source>Wrote {path}: calibration page for {format}, offset x {x} mm, y {y} mm. Print it at 100 % (actual size).</source>
        <translation>{path} geschrieben: Kalibrierseite für {format}, Versatz x {x} mm, y {y} mm. Drucken Sie sie mit 100 % (tatsächliche Größe).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="62"/>
        <source>Name the files to import, or use --undo LAST or --list.</source>
        <translation>Nennen Sie die zu importierenden Dateien oder verwenden Sie --undo LAST oder --list.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="82"/>
        <source>{path} is not a file. Check the name.</source>
        <translation>{path} ist keine Datei. Prüfen Sie den Namen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="102"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="110"/>
        <source>Nothing was imported: the files hold no contacts.</source>
        <translation>Nichts importiert: Die Dateien enthalten keine Kontakte.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="113"/>
        <source>Import {batch}: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped. Undo with: partnercrm import --undo {batch}</source>
        <translation>Import {batch}: {created} neu, {updated} aktualisiert, {unchanged} unverändert, {skipped} übersprungen. Rückgängig machen mit: partnercrm import --undo {batch}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="127"/>
        <source>{merged} records added to a person an earlier record already imported.</source>
        <translation>{merged} Datensätze wurden mit einer Person zusammengeführt, die ein früherer Datensatz bereits importiert hatte.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="138"/>
        <source>{source}, record {number}: </source>
        <translation>{source}, Datensatz {number}: </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="149"/>
        <source>There is no import to undo.</source>
        <translation>Es gibt keinen Import, der rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="155"/>
        <source>--undo takes LAST or a batch number, not “{v}”.</source>
        <translation>--undo erwartet LAST oder eine Importnummer, nicht „{v}“.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="162"/>
        <source>Import {batch} undone: {deleted} people deleted, {restored} restored, {orgs} organizations deleted.</source>
        <translation>Import {batch} rückgängig gemacht: {deleted} Personen gelöscht, {restored} wiederhergestellt, {orgs} Organisationen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="181"/>
        <source> (undone)</source>
        <translation> (rückgängig gemacht)</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="../../src/partnercrm/services/contact_permission.py" line="40"/>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_permission.py" line="41"/>
        <source>post</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_permission.py" line="42"/>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_permission.py" line="63"/>
        <source>marked “do not contact”</source>
        <translation>als „nicht kontaktieren“ markiert</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_permission.py" line="81"/>
        <source>consent for {channel} withdrawn on {date}</source>
        <translation>Einwilligung für {channel} am {date} widerrufen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_permission.py" line="83"/>
        <source>consent for {channel} refused on {date}</source>
        <translation>Einwilligung für {channel} am {date} abgelehnt</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <location filename="../../src/partnercrm/interchange/csv_reading.py" line="115"/>
        <source>{source}, row {row}: the CSV is damaged ({reason}).</source>
        <translation>{source}, Zeile {row}: Die CSV-Datei ist beschädigt ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/csv_reading.py" line="121"/>
        <source>{source} is empty: it has no header row.</source>
        <translation>{source} ist leer: Es fehlt die Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/csv_reading.py" line="133"/>
        <source>{source} is too large for a CSV import ({size} MB, at most 50 MB).</source>
        <translation>{source} ist zu groß für einen CSV-Import ({size} MB, höchstens 50 MB).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/csv_reading.py" line="140"/>
        <source>The file {path} does not exist.</source>
        <translation>Die Datei {path} gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/csv_reading.py" line="144"/>
        <source>{path} is a folder, not a CSV file.</source>
        <translation>{path} ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/csv_reading.py" line="148"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/csv_reading.py" line="154"/>
        <source>{source} is not a CSV text file (it looks like a spreadsheet or another binary file). Save it as CSV and import again.</source>
        <translation>{source} ist keine CSV-Textdatei (sie sieht nach einer Tabelle oder anderen Binärdatei aus). Speichern Sie sie als CSV und importieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="107"/>
        <source>{path} is a folder, not a database file. Give the path of a file, for example {path}/partnercrm.sqlite.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei. Geben Sie den Pfad einer Datei an, zum Beispiel {path}/partnercrm.sqlite.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="119"/>
        <source>{path} cannot be read ({reason}). Check the file&apos;s permissions.</source>
        <translation>{path} kann nicht gelesen werden ({reason}). Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="126"/>
        <source>{path} is not a PartnerCRM database (it is not an SQLite file). The file was left unchanged. Choose another file with --db, or start without --db to use your default database.</source>
        <translation>{path} ist keine PartnerCRM-Datenbank (keine SQLite-Datei). Die Datei bleibt unverändert. Wählen Sie mit --db eine andere Datei oder starten Sie ohne --db mit Ihrer Standarddatenbank.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="135"/>
        <source>PartnerCRM cannot write to {path}. Make the file and its folder writable, or copy the database to a folder of your own.</source>
        <translation>PartnerCRM kann nicht in {path} schreiben. Machen Sie Datei und Ordner beschreibbar oder kopieren Sie die Datenbank in einen eigenen Ordner.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="144"/>
        <source>There is no database at {path}.</source>
        <translation>Unter {path} gibt es keine Datenbank.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="150"/>
        <source>The folder {folder} does not exist. Create it first or choose another path for the database.</source>
        <translation>Den Ordner {folder} gibt es nicht. Legen Sie ihn an oder wählen Sie einen anderen Pfad für die Datenbank.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="160"/>
        <source>PartnerCRM cannot create its data folder {folder} ({reason}).</source>
        <translation>PartnerCRM kann seinen Datenordner {folder} nicht anlegen ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="167"/>
        <source>PartnerCRM cannot create a database in {folder}: the folder is not writable. Choose a folder of your own with --db.</source>
        <translation>PartnerCRM kann in {folder} keine Datenbank anlegen: Der Ordner ist nicht beschreibbar. Wählen Sie mit --db einen eigenen Ordner.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="186"/>
        <source>The database at {url} cannot be used: the driver for “{driver}” is not installed ({reason}). Install it, or use an SQLite file with --db.</source>
        <translation>Die Datenbank {url} kann nicht verwendet werden: Der Treiber für „{driver}“ ist nicht installiert ({reason}). Installieren Sie ihn oder verwenden Sie mit --db eine SQLite-Datei.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="237"/>
        <source>The database server at {url} cannot be reached ({reason}). Check that the server runs, that the address, user and password are right, and that this computer may connect to it.</source>
        <translation>Der Datenbankserver {url} ist nicht erreichbar ({reason}). Prüfen Sie, ob der Server läuft, Adresse, Benutzer und Passwort stimmen und dieser Rechner sich verbinden darf.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="249"/>
        <source>{path} is a database of another program, not of PartnerCRM. It was left unchanged. Choose another file with --db.</source>
        <translation>{path} ist eine Datenbank eines anderen Programms, nicht von PartnerCRM. Sie bleibt unverändert. Wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="257"/>
        <source>{path} was written by a newer version of PartnerCRM (schema {revision}). Install the newer version to open it; this version leaves it unchanged.</source>
        <translation>{path} stammt von einer neueren PartnerCRM-Version (Schema {revision}). Installieren Sie die neuere Version, um sie zu öffnen; diese Version lässt sie unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="279"/>
        <source>{path} is damaged or not a database ({reason}). It was left unchanged. Restore a backup (partnercrm backup makes them) or choose another file.</source>
        <translation>{path} ist beschädigt oder keine Datenbank ({reason}). Sie bleibt unverändert. Spielen Sie eine Sicherung zurück (partnercrm backup erstellt sie) oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="286"/>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>{path} kann nicht geöffnet werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/location.py" line="59"/>
        <source>“{value}” is not a valid database address. Give a file path or a URL such as postgresql://user@host/partnercrm.</source>
        <translation>„{value}“ ist keine gültige Datenbankadresse. Geben Sie einen Dateipfad oder eine URL wie postgresql://user@host/partnercrm an.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/bulk_load.py" line="246"/>
        <source>The load left {count} rows pointing at missing rows, for example row {rowid} of {table} at {parent}. Nothing was saved.</source>
        <translation>Beim Laden verweisen {count} Zeilen auf fehlende Zeilen, zum Beispiel Zeile {rowid} von {table} auf {parent}. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="509"/>
        <source>The demo needs at least 10 people.</source>
        <translation>Das Demo-Netzwerk braucht mindestens 10 Personen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="514"/>
        <source>The database already holds {count} people; the demo network is only loaded into an empty database. Use --db with a new file name.</source>
        <translation>Die Datenbank enthält bereits {count} Personen; das Demo-Netzwerk wird nur in eine leere Datenbank geladen. Verwenden Sie --db mit einem neuen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="522"/>
        <source>Creating organizations and people…</source>
        <translation>Organisationen und Personen werden angelegt…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="527"/>
        <source>Creating interactions and events…</source>
        <translation>Aktivitäten und Veranstaltungen werden angelegt…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="531"/>
        <source>Writing to the database…</source>
        <translation>In die Datenbank schreiben…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="533"/>
        <source>Building the search index…</source>
        <translation>Suchindex wird aufgebaut…</translation>
    </message>
</context>
<context>
    <name>email_import</name>
    <message>
        <location filename="../../src/partnercrm/interchange/email_import.py" line="78"/>
        <source>{file} is an Outlook .msg file, which PartnerCRM cannot read. In Outlook, choose File › Save As › “Text only” or drag the mail to a folder as .eml, then drop the .eml file.</source>
        <translation>{file} ist eine Outlook-.msg-Datei, die PartnerCRM nicht lesen kann. Wählen Sie in Outlook Datei › Speichern unter › „Nur Text“ oder ziehen Sie die Mail als .eml in einen Ordner und legen Sie dann die .eml-Datei ab.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/email_import.py" line="87"/>
        <source>{file} is not an e-mail file. Drop a mail saved as .eml.</source>
        <translation>{file} ist keine E-Mail-Datei. Legen Sie eine als .eml gespeicherte Mail ab.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/email_import.py" line="96"/>
        <source>{file} is {size} MB large; e-mails over 25 MB (with attachments) are not logged. Save the mail without its attachments.</source>
        <translation>{file} ist {size} MB groß; E-Mails über 25 MB (mit Anhängen) werden nicht erfasst. Speichern Sie die Mail ohne Anhänge.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/email_import.py" line="105"/>
        <source>{file} cannot be read ({reason}).</source>
        <translation>{file} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/email_import.py" line="119"/>
        <source>{file} is not an e-mail: it has no From, Subject or Date header.</source>
        <translation>{file} ist keine E-Mail: Es fehlen From, Subject oder Date.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/email_import.py" line="152"/>
        <source>Nobody in the database has an address of {file} ({addresses}). Drop the mail onto the person it belongs to.</source>
        <translation>Niemand in der Datenbank hat eine Adresse aus {file} ({addresses}). Legen Sie die Mail auf der zugehörigen Person ab.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/email_import.py" line="158"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>event_report</name>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="30"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="31"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="32"/>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="58"/>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="72"/>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="33"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="34"/>
        <source>Returning</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="35"/>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="80"/>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="36"/>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="79"/>
        <source>Municipalities</source>
        <translation>Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="37"/>
        <source>Municipal participants</source>
        <translation>Kommunale Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="56"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="57"/>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="71"/>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="78"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="69"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="70"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="125"/>
        <source>Give the report file the ending .csv or .xlsx: {path}</source>
        <translation>Geben Sie der Berichtsdatei die Endung .csv oder .xlsx: {path}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="140"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} kann nicht geschrieben werden ({reason}).</translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <location filename="../../src/partnercrm/services/attendance_import.py" line="119"/>
        <location filename="../../src/partnercrm/services/event_statistics.py" line="182"/>
        <location filename="../../src/partnercrm/services/events.py" line="231"/>
        <location filename="../../src/partnercrm/services/participations.py" line="111"/>
        <location filename="../../src/partnercrm/services/registration_import.py" line="373"/>
        <source>Event {id} does not exist (any more).</source>
        <translation>Die Veranstaltung {id} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="126"/>
        <source>“{value}” is not a date. Write it as 2026-05-12 or 12.05.2026, with a time if you like (2026-05-12 09:30).</source>
        <translation>„{value}“ ist kein Datum. Schreiben Sie 2026-05-12 oder 12.05.2026, gern mit Uhrzeit (2026-05-12 09:30).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="158"/>
        <source>“{value}” is not an event kind. Use one of: {choices}.</source>
        <translation>„{value}“ ist keine Veranstaltungsart. Verwenden Sie eine von: {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="166"/>
        <source>An event needs a title.</source>
        <translation>Eine Veranstaltung braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="169"/>
        <source>The event ends before it starts. Check the end.</source>
        <translation>Die Veranstaltung endet, bevor sie beginnt. Prüfen Sie das Ende.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="173"/>
        <source>The capacity cannot be negative; leave it empty.</source>
        <translation>Die Platzzahl kann nicht negativ sein; lassen Sie sie leer.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="182"/>
        <source>Organization {id} does not exist (any more).</source>
        <translation>Die Organisation {id} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="243"/>
        <source>“{title}” was changed meanwhile. Reload it and make your change again.</source>
        <translation>„{title}“ wurde zwischenzeitlich geändert. Laden Sie neu und ändern Sie erneut.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="313"/>
        <source>Several events are called “{title}”. Give the id instead (partnercrm event list shows it).</source>
        <translation>Mehrere Veranstaltungen heißen „{title}“. Geben Sie stattdessen die ID an (partnercrm event list zeigt sie).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="320"/>
        <source>There is no event “{reference}”. Give its id or exact title (partnercrm event list shows them).</source>
        <translation>Es gibt keine Veranstaltung „{reference}“. Geben Sie ID oder genauen Titel an (partnercrm event list zeigt sie).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="407"/>
        <source>A session needs a title.</source>
        <translation>Ein Programmpunkt braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="410"/>
        <source>The session ends before it starts. Check the end.</source>
        <translation>Der Programmpunkt endet, bevor er beginnt. Prüfen Sie das Ende.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="436"/>
        <location filename="../../src/partnercrm/services/events.py" line="451"/>
        <source>This session does not exist (any more).</source>
        <translation>Diesen Programmpunkt gibt es nicht (mehr).</translation>
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
    <message>
        <location filename="../../src/partnercrm/interchange/table_export.py" line="41"/>
        <source>Unknown columns: {names}. Known: {known}.</source>
        <translation>Unbekannte Spalten: {names}. Bekannt sind: {known}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_export.py" line="99"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_export.py" line="123"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>followups</name>
    <message>
        <location filename="../../src/partnercrm/services/followups.py" line="216"/>
        <source>Follow-up done: {subject}</source>
        <translation>Wiedervorlage erledigt: {subject}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/followups.py" line="262"/>
        <source>Name who is to take over the follow-up.</source>
        <translation>Nennen Sie, wer die Wiedervorlage übernimmt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/followups.py" line="286"/>
        <source>The interaction “{subject}” has no follow-up. Set a due date first.</source>
        <translation>Die Aktivität „{subject}“ hat keine Wiedervorlage. Setzen Sie zuerst ein Fälligkeitsdatum.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../src/partnercrm/interchange/contact_files.py" line="76"/>
        <source>The file is larger than 200 MB; not imported.</source>
        <translation>Die Datei ist größer als 200 MB und wurde nicht importiert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/contact_files.py" line="85"/>
        <source>The file cannot be read: {error}</source>
        <translation>Die Datei kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/contact_files.py" line="118"/>
        <source>Nothing to import.</source>
        <translation>Nichts zu importieren.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/contact_files.py" line="126"/>
        <source>Strict import: the file has damaged records, so none of its {count} records was imported.</source>
        <translation>Strenger Import: Die Datei enthält beschädigte Datensätze, daher wurde keiner ihrer {count} Datensätze importiert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/contact_files.py" line="184"/>
        <source>{path} is not a file. Check the name.</source>
        <translation>{path} ist keine Datei. Prüfen Sie den Namen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_import.py" line="61"/>
        <source>{source} is neither a CSV text file nor an Excel workbook.</source>
        <translation>{source} ist weder eine CSV-Textdatei noch eine Excel-Arbeitsmappe.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_import.py" line="89"/>
        <source>{source} cannot be read as an Excel workbook ({error}).</source>
        <translation>{source} kann nicht als Excel-Arbeitsmappe gelesen werden ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_import.py" line="111"/>
        <source>{source} is empty: it has no header row.</source>
        <translation>{source} ist leer: Es fehlt die Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_import.py" line="123"/>
        <source>“{value}” is not a date.</source>
        <translation>„{value}“ ist kein Datum.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_import.py" line="281"/>
        <source>No column for first or last name was recognised; choose the columns in the import dialog.</source>
        <translation>Es wurde keine Spalte für Vor- oder Nachname erkannt; wählen Sie die Spalten im Importdialog.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_import.py" line="303"/>
        <source>Column “{column}”: {reason}</source>
        <translation>Spalte „{column}“: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_import.py" line="310"/>
        <source>The row was skipped.</source>
        <translation>Die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_import.py" line="115"/>
        <source>Card not imported: {error}</source>
        <translation>Karte nicht importiert: {error}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_import.py" line="155"/>
        <source>Gender: {text}</source>
        <translation>Geschlecht: {text}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_import.py" line="178"/>
        <source>The card has no name; “{name}” was used as the name.</source>
        <translation>Die Karte hat keinen Namen; „{name}“ wurde als Name verwendet.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_import.py" line="192"/>
        <source>Display name: {text}</source>
        <translation>Anzeigename: {text}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_import.py" line="206"/>
        <source>Birthday: {text}</source>
        <translation>Geburtstag: {text}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_import.py" line="322"/>
        <location filename="../../src/partnercrm/services/contact_import.py" line="192"/>
        <location filename="../../src/partnercrm/services/contact_import.py" line="205"/>
        <location filename="../../src/partnercrm/services/contact_import.py" line="216"/>
        <location filename="../../src/partnercrm/services/contact_import.py" line="219"/>
        <source>Address: {text}</source>
        <translation>Anschrift: {text}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_import.py" line="393"/>
        <source>Property {name} is too long to keep; dropped.</source>
        <translation>Die Eigenschaft {name} ist zu lang zum Speichern und wurde verworfen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_import.py" line="400"/>
        <source>The logo image is not stored.</source>
        <translation>Das Logo wird nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/bulk_people.py" line="348"/>
        <source>People changed during the import; try again.</source>
        <translation>Während des Imports wurden Personen geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{source}, record {number}</source>
        <translation type="vanished">{source}, Datensatz {number}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="163"/>
        <source>{what} “{value}” not stored: {reason}</source>
        <translation>{what} „{value}“ nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="200"/>
        <source>Country “{value}” is unknown; the address was kept in the notes.</source>
        <translation>Das Land „{value}“ ist unbekannt; die Anschrift wurde in die Notizen übernommen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="208"/>
        <source>Postal code</source>
        <translation>PLZ</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="230"/>
        <source>Function without organization: {text}</source>
        <translation>Funktion ohne Organisation: {text}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="240"/>
        <source>No name; skipped.</source>
        <translation>Kein Name; übersprungen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="269"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="270"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="271"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="272"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="273"/>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="510"/>
        <source>The record has no name.</source>
        <translation>Der Datensatz hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="470"/>
        <source>Same UID as record {n}; the UID was not kept.</source>
        <translation>Gleiche UID wie Datensatz {n}; die UID wurde nicht übernommen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="539"/>
        <source>Same person as {source}, record {n}.</source>
        <translation>Dieselbe Person wie {source}, Datensatz {n}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="573"/>
        <source>Possibly the same person as {name}; not imported.</source>
        <translation>Möglicherweise dieselbe Person wie {name}; nicht importiert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="666"/>
        <location filename="../../src/partnercrm/services/contact_import.py" line="710"/>
        <source>{field}: stored “{old}”, file “{new}”</source>
        <translation>{field}: gespeichert „{old}“, Datei „{new}“</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="711"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="720"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="722"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="725"/>
        <source>Academic title</source>
        <translation>Akademischer Titel</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="728"/>
        <source>Name particle</source>
        <translation>Namenszusatz</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="731"/>
        <source>Name suffix</source>
        <translation>Namenssuffix</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="733"/>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="674"/>
        <source>Function at {org}</source>
        <translation>Funktion bei {org}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="678"/>
        <source>Department at {org}</source>
        <translation>Abteilung bei {org}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/import_batches.py" line="191"/>
        <source>There is no import {id}.</source>
        <translation>Es gibt keinen Import {id}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/import_batches.py" line="194"/>
        <source>Import {id} was undone already.</source>
        <translation>Import {id} wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/import_batches.py" line="216"/>
        <source>{count} people of import {id} were changed after the import ({names}). Undo anyway to discard those changes too.</source>
        <translation>{count} Personen aus Import {id} wurden nach dem Import geändert ({names}). Machen Sie den Import trotzdem rückgängig, um auch diese Änderungen zu verwerfen.</translation>
    </message>
</context>
<context>
    <name>interaction_export</name>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="56"/>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="57"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="58"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="59"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="60"/>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="61"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="68"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="69"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="70"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="71"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="72"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="73"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="74"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="75"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="76"/>
        <source>Follow-up due</source>
        <translation>Wiedervorlage fällig</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="77"/>
        <source>Follow-up (to do)</source>
        <translation>Wiedervorlage (zu erledigen)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="78"/>
        <source>Follow-up owner</source>
        <translation>Wiedervorlage zuständig</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="79"/>
        <source>Follow-up done</source>
        <translation>Wiedervorlage erledigt</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="94"/>
        <source>{file}: choose a file name ending in .csv or .xlsx.</source>
        <translation>{file}: Wählen Sie einen Dateinamen mit .csv oder .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="107"/>
        <source>Interactions</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="138"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="138"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>interactions</name>
    <message>
        <location filename="../../src/partnercrm/services/interactions.py" line="126"/>
        <source>The interaction “{subject}” was changed by someone else meanwhile. Reload it and enter your change again.</source>
        <translation>Die Aktivität „{subject}“ wurde zwischenzeitlich von jemand anderem geändert. Laden Sie neu und geben Sie Ihre Änderung erneut ein.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/interactions.py" line="187"/>
        <source>Interaction {id} does not exist (any more). It may have been deleted meanwhile; reload the list.</source>
        <translation>Die Aktivität {id} gibt es nicht (mehr). Sie wurde vielleicht gelöscht; laden Sie die Liste neu.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/interactions.py" line="202"/>
        <source>Enter a subject or a text for the interaction.</source>
        <translation>Geben Sie einen Betreff oder Text für die Aktivität ein.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/interactions.py" line="207"/>
        <source>The subject is {length} characters long; shorten it to {limit} and put the rest into the text.</source>
        <translation>Der Betreff ist {length} Zeichen lang; kürzen Sie ihn auf {limit} und schreiben Sie den Rest in den Text.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/interactions.py" line="216"/>
        <source>Name at least one person, organization or event the interaction belongs to.</source>
        <translation>Nennen Sie mindestens eine Person, Organisation oder Veranstaltung, zu der die Aktivität gehört.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/interactions.py" line="226"/>
        <source>Event {id} does not exist (any more).</source>
        <translation>Die Veranstaltung {id} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/interactions.py" line="255"/>
        <source>There is no person with the id {ids} (any more).</source>
        <translation>Es gibt keine Person mit der ID {ids} (mehr).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/interactions.py" line="257"/>
        <source>There is no organization with the id {ids} (any more).</source>
        <translation>Es gibt keine Organisation mit der ID {ids} (mehr).</translation>
    </message>
</context>
<context>
    <name>invitations</name>
    <message>
        <location filename="../../src/partnercrm/services/invitations.py" line="87"/>
        <source>The distribution list does not exist.</source>
        <translation>Den Verteiler gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/invitations.py" line="134"/>
        <source>in the trash</source>
        <translation>im Papierkorb</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/invitations.py" line="173"/>
        <source>already on the list</source>
        <translation>bereits auf der Liste</translation>
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
        <location filename="../../src/partnercrm/services/organizations.py" line="270"/>
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
        <source>{name} is not in the trash.</source>
        <translation type="vanished">{name} liegt nicht im Papierkorb.</translation>
    </message>
</context>
<context>
    <name>participations</name>
    <message>
        <location filename="../../src/partnercrm/services/participations.py" line="102"/>
        <source>This participation does not exist (any more).</source>
        <translation>Diese Teilnahme gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/participations.py" line="166"/>
        <source>The chosen role does not belong to this person (any more).</source>
        <translation>Die gewählte Funktion gehört nicht (mehr) zu dieser Person.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/participations.py" line="240"/>
        <source>This person does not exist (any more).</source>
        <translation>Diese Person gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/participations.py" line="248"/>
        <source>This person is already on the list of “{title}”.</source>
        <translation>Diese Person steht bereits auf der Liste von „{title}“.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/participations.py" line="328"/>
        <source>The person of this participation was erased.</source>
        <translation>Die Person dieser Teilnahme wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/participations.py" line="441"/>
        <source>The session does not belong to this event.</source>
        <translation>Der Programmpunkt gehört nicht zu dieser Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/participations.py" line="506"/>
        <source>(erased)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/participations.py" line="576"/>
        <source>Type at least a name for the walk-in.</source>
        <translation>Geben Sie mindestens einen Namen für die spontan dazugekommene Person ein.</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../src/partnercrm/services/people.py" line="170"/>
        <source>Enter at least a first or a last name.</source>
        <translation>Geben Sie mindestens einen Vor- oder Nachnamen ein.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/people.py" line="238"/>
        <location filename="../../src/partnercrm/services/people.py" line="551"/>
        <source>Person {id} does not exist (any more).</source>
        <translation>Die Person {id} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/people.py" line="261"/>
        <source>{name} was changed by someone else while you were editing. Reload to see the current version, or save yours over it.</source>
        <translation>{name} wurde während Ihrer Bearbeitung von jemand anderem geändert. Laden Sie die aktuelle Fassung oder speichern Sie Ihre darüber.</translation>
    </message>
    <message>
        <source>{name} is not in the trash; move it to the trash first.</source>
        <translation type="vanished">{name} liegt nicht im Papierkorb; legen Sie den Eintrag zuerst in den Papierkorb.</translation>
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
    <message>
        <location filename="../../src/partnercrm/printing/print_jobs.py" line="130"/>
        <source>There is no label format “{key}”. Give a format id or the vendor&apos;s number (partnercrm print formats lists them).</source>
        <translation>Es gibt kein Etikettenformat „{key}“. Geben Sie eine Format-ID oder die Herstellernummer an (partnercrm print formats listet sie).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/print_jobs.py" line="150"/>
        <source>The start position must be between 1 and {count} for {format}.</source>
        <translation>Die Startposition muss für {format} zwischen 1 und {count} liegen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/print_jobs.py" line="212"/>
        <source>This document is about one event: choose the event.</source>
        <translation>Dieses Dokument gehört zu einer Veranstaltung: Wählen Sie die Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/print_jobs.py" line="246"/>
        <source>Label for {name}: address lines left out.</source>
        <translation>Etikett für {name}: Adresszeilen ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/print_selection.py" line="526"/>
        <source>no postal address with street or PO box and town</source>
        <translation>keine Postanschrift mit Straße oder Postfach und Ort</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/print_settings.py" line="55"/>
        <source>The print settings file {path} cannot be read ({error}). Delete it to start again with no printer calibration.</source>
        <translation>Die Druckeinstellungen {path} können nicht gelesen werden ({error}). Löschen Sie die Datei, um ohne Druckerkalibrierung neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/print_settings.py" line="63"/>
        <source>The print settings file {path} has an unknown layout. Delete it to start again with no printer calibration.</source>
        <translation>Die Druckeinstellungen {path} haben ein unbekanntes Format. Löschen Sie die Datei, um ohne Druckerkalibrierung neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/print_settings.py" line="78"/>
        <source>An offset of {value} mm is more than a printer shifts (at most ±{limit} mm). Check that the label format is right.</source>
        <translation>Ein Versatz von {value} mm ist mehr, als ein Drucker verschiebt (höchstens ±{limit} mm). Prüfen Sie das Etikettenformat.</translation>
    </message>
</context>
<context>
    <name>registration_import</name>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="235"/>
        <source>{source}, row {row}: {message}</source>
        <translation>{source}, Zeile {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="246"/>
        <source>{source}: column “{column}” is not imported.</source>
        <translation>{source}: Spalte „{column}“ wird nicht importiert.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="253"/>
        <source>{source} has no column for the last name or the e-mail address. Name the columns in the first row, e.g. Vorname;Nachname;Organisation;E-Mail;Status (or First name, Last name, Organization, Email, Status).</source>
        <translation>{source} hat keine Spalte für Nachname oder E-Mail-Adresse. Benennen Sie die Spalten in der ersten Zeile, z. B. Vorname;Nachname;Organisation;E-Mail;Status.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="276"/>
        <source>neither a last name nor an e-mail address.</source>
        <translation>weder ein Nachname noch eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="290"/>
        <source>unknown status “{word}”. Use angemeldet, eingeladen, Warteliste, abgesagt, teilgenommen or nicht erschienen (or registered, invited, waitlisted, declined, cancelled, attended, no-show).</source>
        <translation>unbekannter Status „{word}“. Verwenden Sie angemeldet, eingeladen, Warteliste, abgesagt, teilgenommen oder nicht erschienen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="305"/>
        <source>unknown role “{word}”. Use Teilnahme, Referent/in, Moderation, Podium, Aussteller/in or Organisation (or participant, speaker, moderator, panelist, exhibitor, organiser).</source>
        <translation>unbekannte Rolle „{word}“. Verwenden Sie Teilnahme, Referent/in, Moderation, Podium, Aussteller/in oder Organisation.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="348"/>
        <source>… and {count} more problems.</source>
        <translation>… und {count} weitere Probleme.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="353"/>
        <source>Nothing was imported from {source}. Correct these rows and import again:
{rows}</source>
        <translation>Aus {source} wurde nichts importiert. Korrigieren Sie diese Zeilen und importieren Sie erneut:
{rows}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="499"/>
        <source>{source}, row {row}: the same person as in row {first}; the later row&apos;s status and role count.</source>
        <translation>{source}, Zeile {row}: dieselbe Person wie in Zeile {first}; Status und Rolle der späteren Zeile gelten.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="532"/>
        <source>Created by the import of {source}.</source>
        <translation>Angelegt beim Import von {source}.</translation>
    </message>
</context>
<context>
    <name>selection</name>
    <message>
        <location filename="../../src/partnercrm/services/person_selection.py" line="64"/>
        <source>“{part}” is not a person number.</source>
        <translation>„{part}“ ist keine Personen-ID.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/person_selection.py" line="77"/>
        <source>There is no tag “{tag}”.</source>
        <translation>Es gibt kein Schlagwort „{tag}“.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/person_selection.py" line="93"/>
        <source>Unknown status “{s}”. Use one of: {all}.</source>
        <translation>Unbekannter Status „{s}“. Möglich sind: {all}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/person_selection.py" line="104"/>
        <source>Unknown role “{r}”. Use one of: {all}.</source>
        <translation>Unbekannte Rolle „{r}“. Möglich sind: {all}.</translation>
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
    <name>timeline</name>
    <message>
        <location filename="../../src/partnercrm/services/timeline.py" line="249"/>
        <source>Person {id} does not exist (any more).</source>
        <translation>Die Person {id} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/timeline.py" line="258"/>
        <source>Organization {id} does not exist (any more).</source>
        <translation>Die Organisation {id} gibt es nicht (mehr).</translation>
    </message>
</context>
<context>
    <name>trash</name>
    <message>
        <location filename="../../src/partnercrm/services/trash.py" line="30"/>
        <source>Record {id} does not exist (any more).</source>
        <translation>Eintrag {id} gibt es nicht (mehr).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/trash.py" line="73"/>
        <source>{name} is not in the trash; move it to the trash first.</source>
        <translation>{name} liegt nicht im Papierkorb; legen Sie den Eintrag zuerst in den Papierkorb.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="55"/>
        <source>The e-mail address is empty.</source>
        <translation>Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="59"/>
        <source>“{value}” is not an e-mail address: the @ is missing.</source>
        <translation>„{value}“ ist keine E-Mail-Adresse: Das @ fehlt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="66"/>
        <source>“{value}” is not a valid e-mail address. Write it as name@example.org.</source>
        <translation>„{value}“ ist keine gültige E-Mail-Adresse. Schreiben Sie sie als name@example.org.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="141"/>
        <source>The phone number is empty.</source>
        <translation>Die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="147"/>
        <source>“{value}” is not a phone number. Write it with area code, e.g. 0221 123456 or +49 221 123456.</source>
        <translation>„{value}“ ist keine Telefonnummer. Schreiben Sie sie mit Vorwahl, z. B. 0221 123456 oder +49 221 123456.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="157"/>
        <source>“{value}” cannot be a phone number: it has too few or too many digits.</source>
        <translation>„{value}“ kann keine Telefonnummer sein: zu wenige oder zu viele Ziffern.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="175"/>
        <source>“{value}” is not a known country. Use a two-letter code such as DE, AT or CH.</source>
        <translation>„{value}“ ist kein bekanntes Land. Verwenden Sie einen Ländercode wie DE, AT oder CH.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="195"/>
        <source>“{value}” is not a postal code of {country}: expected {example}.</source>
        <translation>„{value}“ ist keine Postleitzahl für {country}: erwartet wird {example}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="211"/>
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
        <source>The file holds more than {limit} cards; only the first {limit} were read.</source>
        <translation>Die Datei enthält mehr als {limit} Karten; nur die ersten {limit} wurden gelesen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="18"/>
        <source>The card is larger than {limit} MB and was skipped.</source>
        <translation>Die Karte ist größer als {limit} MB und wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="21"/>
        <source>A {name} property longer than {limit} MB was dropped.</source>
        <translation>Eine Eigenschaft {name} über {limit} MB wurde verworfen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="24"/>
        <source>The card has more than {limit} properties; the rest were dropped.</source>
        <translation>Die Karte hat mehr als {limit} Eigenschaften; der Rest wurde verworfen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="27"/>
        <source>The card has no END:VCARD line; it was read up to the next card.</source>
        <translation>Der Karte fehlt die Zeile END:VCARD; sie wurde bis zur nächsten Karte gelesen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="30"/>
        <source>Nested cards are too deep; the inner ones were skipped.</source>
        <translation>Verschachtelte Karten sind zu tief; die inneren wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="33"/>
        <source>An embedded AGENT card was skipped.</source>
        <translation>Eine eingebettete AGENT-Karte wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="34"/>
        <source>A line without a property name or colon was skipped: {text}</source>
        <translation>Eine Zeile ohne Eigenschaftsnamen oder Doppelpunkt wurde übersprungen: {text}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="37"/>
        <source>Dropped a bad {name}: the data is not a complete JPEG, PNG or GIF image.</source>
        <translation>Fehlerhaftes {name} verworfen: Die Daten sind kein vollständiges JPEG-, PNG- oder GIF-Bild.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="40"/>
        <source>A second {name} was kept as an extra property.</source>
        <translation>Ein zweites {name} wurde als zusätzliche Eigenschaft behalten.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="41"/>
        <source>Unknown character set {charset} on {name}; decoded as UTF-8 or Windows-1252.</source>
        <translation>Unbekannter Zeichensatz {charset} bei {name}; als UTF-8 oder Windows-1252 gelesen.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="44"/>
        <source>{name} contained bytes that are not valid text; they were replaced by �.</source>
        <translation>{name} enthielt Bytes, die kein gültiger Text sind; sie wurden durch � ersetzt.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="47"/>
        <source>The card could not be read because of an internal error: {error}</source>
        <translation>Die Karte konnte wegen eines internen Fehlers nicht gelesen werden: {error}</translation>
    </message>
</context>
</TS>
