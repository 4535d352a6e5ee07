<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivitiesView</name>
    <message>
        <location filename="../../src/partnercrm/ui/activities/activities_view.py" line="47"/>
        <source>Log interaction…</source>
        <translation>Log interaction…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/activities_view.py" line="48"/>
        <source>Ctrl+L from anywhere</source>
        <translation>Ctrl+L from anywhere</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/activities_view.py" line="51"/>
        <source>Search all interactions…</source>
        <translation>Search all interactions…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/activities_view.py" line="52"/>
        <source>Search all interactions</source>
        <translation>Search all interactions</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/activities_view.py" line="55"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/activities_view.py" line="67"/>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Follow-ups&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/activities_view.py" line="103"/>
        <source>&lt;b&gt;Found interactions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Found interactions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/activities_view.py" line="106"/>
        <source>&lt;b&gt;Latest interactions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Latest interactions&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>AddressRow</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="202"/>
        <source>Kind of address</source>
        <translation>Kind of address</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="204"/>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="205"/>
        <source>Street and number</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="207"/>
        <source>Addition, e.g. c/o or floor</source>
        <translation>Addition, e.g. c/o or floor</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="208"/>
        <source>Address addition</source>
        <translation>Address addition</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="211"/>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="212"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="216"/>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="217"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="220"/>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="221"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="225"/>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
</context>
<context>
    <name>AffiliationRow</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="43"/>
        <source>Organisation (type to search)</source>
        <translation>Organisation (type to search)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="44"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="55"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="56"/>
        <source>e.g. CSR manager</source>
        <translation>e.g. CSR manager</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="58"/>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="59"/>
        <source>Primary role</source>
        <translation>Primary role</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="60"/>
        <source>Use the organisation&apos;s address</source>
        <translation>Use the organisation&apos;s address</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="62"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="63"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="68"/>
        <source>Add business e-mail or phone</source>
        <translation>Add business e-mail or phone</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="72"/>
        <source>Add an address of this role</source>
        <translation>Add an address of this role</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="83"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="85"/>
        <source>F&amp;unction:</source>
        <translation>F&amp;unction:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="86"/>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="89"/>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="92"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="93"/>
        <source>Business contact:</source>
        <translation>Business contact:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/affiliation_rows.py" line="140"/>
        <source>New organisation, created on save as: {kind}</source>
        <translation>New organisation, created on save as: {kind}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/partnercrm/ui/app.py" line="94"/>
        <source>PartnerCRM cannot open the database</source>
        <translation>PartnerCRM cannot open the database</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/bar_chart.py" line="122"/>
        <source>No data yet</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>CheckInCommand</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_command.py" line="26"/>
        <source>Check in {name}</source>
        <translation>Check in {name}</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="184"/>
        <source>Type two or three letters of the name…</source>
        <translation>Type two or three letters of the name…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="209"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="212"/>
        <source>Walk-in…</source>
        <translation>Walk-in…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="214"/>
        <source>Undo check-in</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="247"/>
        <source>{present} present of {expected} expected</source>
        <translation>{present} present of {expected} expected</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="279"/>
        <source>Nobody found. Check the spelling or add a walk-in.</source>
        <translation>Nobody found. Check the spelling or add a walk-in.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="282"/>
        <source>{name} is already checked in.</source>
        <translation>{name} is already checked in.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="292"/>
        <source>{name} checked in.</source>
        <translation>{name} checked in.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="317"/>
        <source>{name} added and checked in.</source>
        <translation>{name} added and checked in.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingPage</name>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/column_mapping.py" line="49"/>
        <source>Choose the field for each column. Unassigned columns go to the notes.</source>
        <translation>Choose the field for each column. Unassigned columns go to the notes.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/column_mapping.py" line="59"/>
        <source>(notes)</source>
        <translation>(notes)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/column_mapping.py" line="66"/>
        <source>Field for column {name}</source>
        <translation>Field for column {name}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/column_mapping.py" line="67"/>
        <source>(column {n})</source>
        <translation>(column {n})</translation>
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
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/organizations_table.py" line="21"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/organizations_table.py" line="22"/>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/organizations_table.py" line="23"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/organizations_table.py" line="24"/>
        <location filename="../../src/partnercrm/ui/models/people_table.py" line="27"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/organizations_table.py" line="25"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/organizations_table.py" line="28"/>
        <location filename="../../src/partnercrm/ui/models/people_table.py" line="30"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/people_table.py" line="21"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/people_table.py" line="26"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/people_table.py" line="28"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/models/people_table.py" line="29"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../src/partnercrm/ui/commands/base.py" line="50"/>
        <source>Cannot undo or redo</source>
        <translation>Cannot undo or redo</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/base.py" line="51"/>
        <source>“{action}” cannot be undone or redone: {reason}</source>
        <translation>“{action}” cannot be undone or redone: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/organizations.py" line="71"/>
        <location filename="../../src/partnercrm/ui/commands/people.py" line="84"/>
        <source>Create {name}</source>
        <translation>Create {name}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/organizations.py" line="109"/>
        <location filename="../../src/partnercrm/ui/commands/people.py" line="134"/>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/trash.py" line="52"/>
        <source>Move {names} to the trash</source>
        <translation>Move {names} to the trash</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/trash.py" line="50"/>
        <source>Restore {names}</source>
        <translation>Restore {names}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/conflict.py" line="24"/>
        <source>Changed meanwhile</source>
        <translation>Changed meanwhile</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/conflict.py" line="27"/>
        <source>Save mine over it</source>
        <translation>Save mine over it</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/conflict.py" line="31"/>
        <source>Show the current version (discard mine)</source>
        <translation>Show the current version (discard mine)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/conflict.py" line="35"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>ConsentRow</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="297"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="298"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="299"/>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="303"/>
        <source>Date of the consent</source>
        <translation>Date of the consent</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="305"/>
        <source>Source, e.g. registration form</source>
        <translation>Source, e.g. registration form</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="306"/>
        <source>Source of the consent</source>
        <translation>Source of the consent</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="331"/>
        <source>{channel}, {purpose}: {state} on {date} ({source})</source>
        <translation>{channel}, {purpose}: {state} on {date} ({source})</translation>
    </message>
</context>
<context>
    <name>ContactPointRow</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="148"/>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="151"/>
        <source>Address or number</source>
        <translation>Address or number</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="152"/>
        <source>E-mail address or phone number</source>
        <translation>E-mail address or phone number</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="155"/>
        <source>Label, e.g. office</source>
        <translation>Label, e.g. office</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="156"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="157"/>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
</context>
<context>
    <name>CrossEventView</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="99"/>
        <source>all years</source>
        <translation>all years</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="103"/>
        <source>all series</source>
        <translation>all series</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="109"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="117"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="118"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="119"/>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="128"/>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="132"/>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="120"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="121"/>
        <source>Returning</source>
        <translation>Returning</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="122"/>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="143"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="123"/>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="142"/>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="128"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="128"/>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="132"/>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="141"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="128"/>
        <source>Which</source>
        <translation>Which</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="132"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="132"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="135"/>
        <source>New and returning participants per event</source>
        <translation>New and returning participants per event</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="147"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="149"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="169"/>
        <source>{events} events, {attendances} attendances by {people} people: {new} new, {returning} returning.</source>
        <translation>{events} events, {attendances} attendances by {people} people: {new} new, {returning} returning.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="208"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="208"/>
        <source>returning</source>
        <translation>returning</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="214"/>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="216"/>
        <source>Excel workbook (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/cross_event_view.py" line="228"/>
        <source>Written: {files}</source>
        <translation>Written: {files}</translation>
    </message>
</context>
<context>
    <name>DistributionListsView</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/lists_view.py" line="42"/>
        <location filename="../../src/partnercrm/ui/views/lists_view.py" line="89"/>
        <source>Distribution lists</source>
        <translation>Distribution lists</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/lists_view.py" line="45"/>
        <source>Members of the list</source>
        <translation>Members of the list</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/lists_view.py" line="48"/>
        <source>Save a search of the people view as a list with “Save as list…”. A saved filter list always shows who matches it now.</source>
        <translation>Save a search of the people view as a list with “Save as list…”. A saved filter list always shows who matches it now.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/lists_view.py" line="95"/>
        <source>%Ln list(s)</source>
        <translation>
            <numerusform>%Ln list</numerusform>
            <numerusform>%Ln lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/lists_view.py" line="97"/>
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="24"/>
        <source>&amp;Address labels…</source>
        <translation>&amp;Address labels…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="25"/>
        <source>&amp;Letters…</source>
        <translation>&amp;Letters…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="26"/>
        <source>&amp;Invitation list…</source>
        <translation>&amp;Invitation list…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="27"/>
        <source>&amp;Sign-in sheet…</source>
        <translation>&amp;Sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="28"/>
        <source>Name &amp;badges…</source>
        <translation>Name &amp;badges…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="29"/>
        <source>&amp;Certificates…</source>
        <translation>&amp;Certificates…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="57"/>
        <location filename="../../src/partnercrm/ui/documents.py" line="67"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="58"/>
        <source>This document is about one event. Open or select the event in Events first.</source>
        <translation>This document is about one event. Open or select the event in Events first.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="68"/>
        <source>Select the people to print for first.</source>
        <translation>Select the people to print for first.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="96"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="97"/>
        <source>Select the people to export first.</source>
        <translation>Select the people to export first.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="115"/>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="117"/>
        <source>Contacts (*.vcf *.vcard *.csv *.xlsx);;All files (*)</source>
        <translation>Contacts (*.vcf *.vcard *.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/documents.py" line="180"/>
        <source>Export participants as vCard…</source>
        <translation>Export participants as vCard…</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="213"/>
        <source>Follow-up done</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="215"/>
        <source>Optional: what came of it (logged as a note)</source>
        <translation>Optional: what came of it (logged as a note)</translation>
    </message>
</context>
<context>
    <name>DropImport</name>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/drop_import.py" line="90"/>
        <source>Undo last import</source>
        <translation>Undo last import</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/drop_import.py" line="93"/>
        <source>There is no import to undo.</source>
        <translation>There is no import to undo.</translation>
    </message>
</context>
<context>
    <name>DueFollowUps</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_sections.py" line="29"/>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_sections.py" line="30"/>
        <source>Whose follow-ups</source>
        <translation>Whose follow-ups</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="210"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="224"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="244"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="245"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="246"/>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="247"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="248"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="249"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="250"/>
        <source>Postal code, city</source>
        <translation>Postal code, city</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="251"/>
        <source>Online link</source>
        <translation>Online link</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="252"/>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="253"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="254"/>
        <source>Funders</source>
        <translation>Funders</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="255"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="256"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="257"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="271"/>
        <source>Add session…</source>
        <translation>Add session…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="273"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="275"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="282"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="289"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="331"/>
        <source>Save the event first</source>
        <translation>Save the event first</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="394"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="412"/>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="440"/>
        <source>Select a session first.</source>
        <translation>Select a session first.</translation>
    </message>
</context>
<context>
    <name>EventHistoryModel</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="81"/>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="82"/>
        <source>organiser</source>
        <translation>organiser</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="83"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="84"/>
        <source>funder</source>
        <translation>funder</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="90"/>
        <source>{attended} came, {registered} registered</source>
        <translation>{attended} came, {registered} registered</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="104"/>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="112"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="105"/>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="113"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="106"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="107"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="108"/>
        <source>Represented</source>
        <translation>Represented</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="114"/>
        <source>Involved as</source>
        <translation>Involved as</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="115"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_history_view.py" line="116"/>
        <source>Who came</source>
        <translation>Who came</translation>
    </message>
</context>
<context>
    <name>EventListModel</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="113"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="114"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="115"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="116"/>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="118"/>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="119"/>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
</context>
<context>
    <name>EventListWidget</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="158"/>
        <source>Search events by title</source>
        <translation>Search events by title</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_list.py" line="161"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
</context>
<context>
    <name>EventWorkspace</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_workspace.py" line="28"/>
        <source>Details and sessions</source>
        <translation>Details and sessions</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_workspace.py" line="29"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_workspace.py" line="30"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_workspace.py" line="31"/>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
</context>
<context>
    <name>EventsWidget</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/events_widget.py" line="50"/>
        <source>Across events…</source>
        <translation>Across events…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/events_widget.py" line="52"/>
        <source>New and returning participants, municipalities, repeat visitors</source>
        <translation>New and returning participants, municipalities, repeat visitors</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/events_widget.py" line="63"/>
        <source>Open an event from the list, or create a new one.</source>
        <translation>Open an event from the list, or create a new one.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/events_widget.py" line="95"/>
        <location filename="../../src/partnercrm/ui/events/events_widget.py" line="96"/>
        <source>Print and export</source>
        <translation>Print and export</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/events_widget.py" line="97"/>
        <source>Sign-in sheet, badges, certificates, participants as vCard</source>
        <translation>Sign-in sheet, badges, certificates, participants as vCard</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/events_widget.py" line="119"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="54"/>
        <source>Export contacts</source>
        <translation>Export contacts</translation>
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
        <translation>CSV for Excel (;, UTF-8)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="62"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="67"/>
        <source>One file per person (for classic Outlook)</source>
        <translation>One file per person (for classic Outlook)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="75"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="77"/>
        <source>Target file</source>
        <translation>Target file</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="78"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="84"/>
        <source>{count} people selected.</source>
        <translation>{count} people selected.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="88"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="90"/>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="91"/>
        <source>Save to:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="96"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="123"/>
        <source>Folder for the vCards</source>
        <translation>Folder for the vCards</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="129"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="137"/>
        <source>Choose where to save the export.</source>
        <translation>Choose where to save the export.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="148"/>
        <source>Choose at least one column.</source>
        <translation>Choose at least one column.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="159"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="167"/>
        <source>{count} people exported to {path}.</source>
        <translation>{count} people exported to {path}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/export_dialog.py" line="174"/>
        <source>The export failed: {message}</source>
        <translation>The export failed: {message}</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="88"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="89"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="90"/>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="91"/>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="92"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="262"/>
        <source>Done…</source>
        <translation>Done…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="263"/>
        <source>Snooze…</source>
        <translation>Snooze…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="264"/>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="328"/>
        <source>Follow-ups done</source>
        <translation>Follow-ups done</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="342"/>
        <source>Snooze follow-ups</source>
        <translation>Snooze follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="358"/>
        <source>Reassign follow-ups</source>
        <translation>Reassign follow-ups</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="413"/>
        <source>Reassign follow-up</source>
        <translation>Reassign follow-up</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="414"/>
        <source>Who is to do it?</source>
        <translation>Who is to do it?</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="429"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="432"/>
        <source>Mine ({name})</source>
        <translation>Mine ({name})</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="453"/>
        <source>No open follow-ups.</source>
        <translation>No open follow-ups.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="99"/>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="119"/>
        <source>Update where found</source>
        <translation>Update where found</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="120"/>
        <source>Create all as new</source>
        <translation>Create all as new</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="121"/>
        <source>Skip all</source>
        <translation>Skip all</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="124"/>
        <source>Decision for all rows</source>
        <translation>Decision for all rows</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="125"/>
        <source>Apply to all</source>
        <translation>Apply to all</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="147"/>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="221"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="150"/>
        <source>Undo this import</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="183"/>
        <source>Which field does each column hold?</source>
        <translation>Which field does each column hold?</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="184"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="204"/>
        <source>Reading and matching…</source>
        <translation>Reading and matching…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="227"/>
        <source>{new} new, {update} to update, {skip} to skip. Change the decision per row, or for all rows below.</source>
        <translation>{new} new, {update} to update, {skip} to skip. Change the decision per row, or for all rows below.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="235"/>
        <source>{count} problems in the files: {first}</source>
        <translation>{count} problems in the files: {first}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="254"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="275"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="278"/>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="283"/>
        <source>{created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</source>
        <translation>{created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="293"/>
        <source>{merged} records added to a person an earlier record already imported.</source>
        <translation>{merged} records added to a person an earlier record already imported.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="303"/>
        <source>No problems.</source>
        <translation>No problems.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="315"/>
        <source>Undo import</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="315"/>
        <source>{message}</source>
        <translation>{message}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="323"/>
        <source>The import was undone: {deleted} deleted, {restored} restored.</source>
        <translation>The import was undone: {deleted} deleted, {restored} restored.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="345"/>
        <source>The import failed: {message}</source>
        <translation>The import failed: {message}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/import_dialog.py" line="351"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="26"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="27"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="28"/>
        <source>Found as</source>
        <translation>Found as</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="29"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="30"/>
        <source>Existing person</source>
        <translation>Existing person</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="31"/>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="36"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="37"/>
        <source>same UID</source>
        <translation>same UID</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="38"/>
        <source>same e-mail</source>
        <translation>same e-mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="39"/>
        <source>same name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="40"/>
        <source>possible duplicate</source>
        <translation>possible duplicate</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="45"/>
        <source>Create new</source>
        <translation>Create new</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="46"/>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/exchange/preview_model.py" line="47"/>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>InteractionDetailsDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/interaction_details.py" line="32"/>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/interaction_details.py" line="60"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/interaction_details.py" line="60"/>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="194"/>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="226"/>
        <source>Invite</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="197"/>
        <source>Selected people ({count})</source>
        <translation>Selected people ({count})</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="200"/>
        <source>List: {name}</source>
        <translation>List: {name}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="203"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="204"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="205"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="230"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="231"/>
        <source>Invitation by</source>
        <translation>Invitation by</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="263"/>
        <source>{ticked} of {total} will be invited; {left_out} must not be contacted this way.</source>
        <translation>{ticked} of {total} will be invited; {left_out} must not be contacted this way.</translation>
    </message>
</context>
<context>
    <name>InvitationModel</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="87"/>
        <source>(as a private person)</source>
        <translation>(as a private person)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="103"/>
        <source>already on the list ({status})</source>
        <translation>already on the list ({status})</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="115"/>
        <source>Double-click to invite the person in another role</source>
        <translation>Double-click to invite the person in another role</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="144"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="144"/>
        <source>Invited as</source>
        <translation>Invited as</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/invitation_dialog.py" line="144"/>
        <source>Left out because</source>
        <translation>Left out because</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="24"/>
        <source>Ms</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="25"/>
        <source>Mr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="26"/>
        <source>Neutral (no salutation form)</source>
        <translation>Neutral (no salutation form)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="29"/>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="30"/>
        <source>Informal</source>
        <translation>Informal</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="31"/>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="32"/>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="33"/>
        <source>Postal</source>
        <translation>Postal</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="34"/>
        <location filename="../../src/partnercrm/ui/labels.py" line="39"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="35"/>
        <location filename="../../src/partnercrm/ui/labels.py" line="41"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="36"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
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
        <translation>Invitations</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="43"/>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="44"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="45"/>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="46"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="47"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="48"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="49"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="50"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="51"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="52"/>
        <source>Foundation</source>
        <translation>Foundation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="53"/>
        <source>Public authority / ministry</source>
        <translation>Public authority / ministry</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="56"/>
        <source>Education / research</source>
        <translation>Education / research</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="59"/>
        <source>Church / welfare</source>
        <translation>Church / welfare</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="62"/>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="63"/>
        <source>Network / initiative</source>
        <translation>Network / initiative</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="66"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="67"/>
        <source>Public sector</source>
        <translation>Public sector</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="68"/>
        <source>Business sector</source>
        <translation>Business sector</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="69"/>
        <source>Civil society</source>
        <translation>Civil society</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="73"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="74"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="75"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="76"/>
        <source>Turkish</source>
        <translation>Turkish</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/labels.py" line="77"/>
        <source>Polish</source>
        <translation>Polish</translation>
    </message>
</context>
<context>
    <name>LogInteractionDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="72"/>
        <source>Log interaction</source>
        <translation>Log interaction</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="83"/>
        <source>What was it about?</source>
        <translation>What was it about?</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="85"/>
        <source>What was said or agreed</source>
        <translation>What was said or agreed</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="91"/>
        <source>Press Delete to remove the selected entry.</source>
        <translation>Press Delete to remove the selected entry.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="93"/>
        <source>Add a person or organisation…</source>
        <translation>Add a person or organisation…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="106"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="113"/>
        <source>What is to be done</source>
        <translation>What is to be done</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="117"/>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="118"/>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="119"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="132"/>
        <source>Save (Ctrl+Return)</source>
        <translation>Save (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="140"/>
        <source>Kind and time</source>
        <translation>Kind and time</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="141"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="142"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="146"/>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="147"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="170"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="181"/>
        <location filename="../../src/partnercrm/ui/activities/log_dialog.py" line="202"/>
        <source>{name} (organisation)</source>
        <translation>{name} (organisation)</translation>
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
        <translation>New &amp;person</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="224"/>
        <source>New &amp;organisation</source>
        <translation>New &amp;organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="230"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Import contacts…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="233"/>
        <source>Undo last import…</source>
        <translation>Undo last import…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="236"/>
        <source>&amp;Export selection…</source>
        <translation>&amp;Export selection…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="239"/>
        <source>The selected people, or everyone in the current list, as vCard, CSV or Excel</source>
        <translation>The selected people, or everyone in the current list, as vCard, CSV or Excel</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="242"/>
        <source>Lo&amp;g interaction…</source>
        <translation>Lo&amp;g interaction…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="247"/>
        <source>Log a call, meeting or e-mail with the current contact (Ctrl+L)</source>
        <translation>Log a call, meeting or e-mail with the current contact (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="250"/>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="260"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="266"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="269"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="276"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="283"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="286"/>
        <location filename="../../src/partnercrm/ui/main_window.py" line="395"/>
        <source>Move to &amp;trash</source>
        <translation>Move to &amp;trash</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="292"/>
        <source>&amp;About PartnerCRM</source>
        <translation>&amp;About PartnerCRM</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="307"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="314"/>
        <source>Print &amp;documents</source>
        <translation>Print &amp;documents</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="321"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="325"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="327"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="331"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="395"/>
        <source>&amp;Delete permanently…</source>
        <translation>&amp;Delete permanently…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="540"/>
        <source>Export as &amp;vCard…</source>
        <translation>Export as &amp;vCard…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="573"/>
        <source>About PartnerCRM</source>
        <translation>About PartnerCRM</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="575"/>
        <source>PartnerCRM {version}
Contacts, organisations and events for cross-sector networks, kept on your own computer.</source>
        <translation>PartnerCRM {version}
Contacts, organisations and events for cross-sector networks, kept on your own computer.</translation>
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
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="126"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="134"/>
        <source>Distribution lists</source>
        <translation>Distribution lists</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="135"/>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="130"/>
        <location filename="../../src/partnercrm/ui/main_window.py" line="142"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="132"/>
        <location filename="../../src/partnercrm/ui/main_window.py" line="143"/>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="114"/>
        <source>This organisation is in the trash.</source>
        <translation>This organisation is in the trash.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="117"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="119"/>
        <source>Short name</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="122"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="123"/>
        <source>From the name</source>
        <translation>From the name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="127"/>
        <source>Parent organisation</source>
        <translation>Parent organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="130"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="134"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="137"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="138"/>
        <source>Comma-separated, e.g. Bürgerengagement, Stiftung</source>
        <translation>Comma-separated, e.g. Bürgerengagement, Stiftung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="140"/>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="194"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="145"/>
        <source>Add an address</source>
        <translation>Add an address</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="148"/>
        <source>Add e-mail, phone or web</source>
        <translation>Add e-mail, phone or web</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="151"/>
        <source>Current people</source>
        <translation>Current people</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="153"/>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="198"/>
        <source>Former people</source>
        <translation>Former people</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="155"/>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="200"/>
        <source>Sub-organisations</source>
        <translation>Sub-organisations</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="161"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="162"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="166"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="167"/>
        <source>S&amp;hort name:</source>
        <translation>S&amp;hort name:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="168"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="175"/>
        <source>&amp;Parent organisation:</source>
        <translation>&amp;Parent organisation:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="176"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="177"/>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="178"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="190"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="192"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="196"/>
        <source>People now</source>
        <translation>People now</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="241"/>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="325"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="252"/>
        <source>New organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="319"/>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="339"/>
        <source>Kind from the name: {kind}</source>
        <translation>Kind from the name: {kind}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="388"/>
        <source>Enter the organisation&apos;s name.</source>
        <translation>Enter the organisation&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="395"/>
        <source>Choose an existing organisation from the list, or leave it empty.</source>
        <translation>Choose an existing organisation from the list, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="404"/>
        <source>Correct the marked fields first.</source>
        <translation>Correct the marked fields first.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation type="vanished">Changed meanwhile</translation>
    </message>
    <message>
        <source>Save mine over it</source>
        <translation type="vanished">Save mine over it</translation>
    </message>
    <message>
        <source>Show the current version (discard mine)</source>
        <translation type="vanished">Show the current version (discard mine)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="vanished">Keep editing</translation>
    </message>
</context>
<context>
    <name>OrganizationListEdit</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/organization_picker.py" line="89"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/organization_picker.py" line="95"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="66"/>
        <source>None (type to search)</source>
        <translation>None (type to search)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/organization_picker.py" line="43"/>
        <source>Type a few letters of the organisation</source>
        <translation>Type a few letters of the organisation</translation>
    </message>
</context>
<context>
    <name>OrganizationsView</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="46"/>
        <source>Search organisations (Ctrl+F): name, city…</source>
        <translation>Search organisations (Ctrl+F): name, city…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="47"/>
        <source>Search organisations</source>
        <translation>Search organisations</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="51"/>
        <source>Filter by kind</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="52"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="60"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="109"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="vanished">
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="vanished">Move to trash</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="158"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="159"/>
        <source>Save the changes to this organisation first?</source>
        <translation>Save the changes to this organisation first?</translation>
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
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_model.py" line="101"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_model.py" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_model.py" line="103"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_model.py" line="104"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="63"/>
        <source>Set status</source>
        <translation>Set status</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="68"/>
        <source>Set role</source>
        <translation>Set role</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="70"/>
        <source>Invite…</source>
        <translation>Invite…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="73"/>
        <source>Import registrations…</source>
        <translation>Import registrations…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="75"/>
        <source>Import attendance…</source>
        <translation>Import attendance…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="77"/>
        <source>Registered → no-show…</source>
        <translation>Registered → no-show…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="79"/>
        <source>After the event: everyone still registered did not come</source>
        <translation>After the event: everyone still registered did not come</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="84"/>
        <source>Stand</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="86"/>
        <source>Add to session</source>
        <translation>Add to session</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="88"/>
        <source>Put the selected people into the session in the chosen role</source>
        <translation>Put the selected people into the session in the chosen role</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="112"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="136"/>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="164"/>
        <source>Select the people first.</source>
        <translation>Select the people first.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="152"/>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="173"/>
        <source>{count} changed.</source>
        <translation>{count} changed.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="154"/>
        <source>{count} put on the waitlist: the event is full.</source>
        <translation>{count} put on the waitlist: the event is full.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="158"/>
        <source>{count} moved up from the waitlist.</source>
        <translation>{count} moved up from the waitlist.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="192"/>
        <source>Select the people and a session first.</source>
        <translation>Select the people and a session first.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="205"/>
        <source>{count} added to “{session}” as {role}.</source>
        <translation>{count} added to “{session}” as {role}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="214"/>
        <source>{count} invited.</source>
        <translation>{count} invited.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="224"/>
        <source>Nobody is still registered.</source>
        <translation>Nobody is still registered.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="228"/>
        <source>Mark no-shows</source>
        <translation>Mark no-shows</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="229"/>
        <source>{count} people are still registered. Mark them all as “no-show”?</source>
        <translation>{count} people are still registered. Mark them all as “no-show”?</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="243"/>
        <source>{count} marked as no-show.</source>
        <translation>{count} marked as no-show.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="247"/>
        <source>Import registrations</source>
        <translation>Import registrations</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="247"/>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="254"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="254"/>
        <source>Import attendance</source>
        <translation>Import attendance</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="275"/>
        <source>{rows} rows imported: {created} people created, {matched} recognised.</source>
        <translation>{rows} rows imported: {created} people created, {matched} recognised.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/participants_view.py" line="300"/>
        <source>{marked} marked as attended, {created} people created.</source>
        <translation>{marked} marked as attended, {created} people created.</translation>
    </message>
</context>
<context>
    <name>PeopleFilterBar</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="74"/>
        <source>Search people (Ctrl+F): name, organisation, city…</source>
        <translation>Search people (Ctrl+F): name, organisation, city…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="75"/>
        <source>Search people</source>
        <translation>Search people</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="84"/>
        <source>Filter by tag</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="86"/>
        <source>Filter by kind of organisation</source>
        <translation>Filter by kind of organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="87"/>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="96"/>
        <source>Filter by municipality</source>
        <translation>Filter by municipality</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="98"/>
        <source>Filter by consent</source>
        <translation>Filter by consent</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="99"/>
        <source>Any consent</source>
        <translation>Any consent</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="100"/>
        <source>May be contacted by post</source>
        <translation>May be contacted by post</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="101"/>
        <source>May be contacted by e-mail</source>
        <translation>May be contacted by e-mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="102"/>
        <source>Save as list…</source>
        <translation>Save as list…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="103"/>
        <source>Save this selection as a distribution list</source>
        <translation>Save this selection as a distribution list</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="81"/>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="93"/>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="40"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="51"/>
        <source>Log e-mail</source>
        <translation>Log e-mail</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="77"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="vanished">
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="vanished">Move to trash</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="133"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="134"/>
        <source>Save the changes to this person first?</source>
        <translation>Save the changes to this person first?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="149"/>
        <source>Logged %n e-mail(s).</source>
        <translation>
            <numerusform>Logged %n e-mail.</numerusform>
            <numerusform>Logged %n e-mails.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="168"/>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="180"/>
        <source>Save as distribution list</source>
        <translation>Save as distribution list</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="168"/>
        <source>Name of the list:</source>
        <translation>Name of the list:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="182"/>
        <source>Saved the list “{name}”.</source>
        <translation>Saved the list “{name}”.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="77"/>
        <source>This person is in the trash.</source>
        <translation>This person is in the trash.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="81"/>
        <source>Salutation</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="83"/>
        <source>e.g. Dr.</source>
        <translation>e.g. Dr.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="86"/>
        <source>e.g. von, van, de</source>
        <translation>e.g. von, van, de</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="87"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="89"/>
        <source>Form of address</source>
        <translation>Form of address</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="94"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="95"/>
        <source>Do not contact (wins over every consent)</source>
        <translation>Do not contact (wins over every consent)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="97"/>
        <source>Comma-separated, e.g. Bürgerengagement, Stiftung</source>
        <translation>Comma-separated, e.g. Bürgerengagement, Stiftung</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="102"/>
        <source>Academic title</source>
        <translation>Academic title</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="103"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="104"/>
        <source>Name particle</source>
        <translation>Name particle</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="105"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="106"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="107"/>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="155"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="113"/>
        <source>Add a role at an organisation</source>
        <translation>Add a role at an organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="116"/>
        <source>Add e-mail, phone or web</source>
        <translation>Add e-mail, phone or web</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="120"/>
        <source>Add a private address</source>
        <translation>Add a private address</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="122"/>
        <source>Record a consent</source>
        <translation>Record a consent</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="125"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="127"/>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="128"/>
        <source>&amp;Discard changes</source>
        <translation>&amp;Discard changes</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="132"/>
        <source>Sa&amp;lutation:</source>
        <translation>Sa&amp;lutation:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="133"/>
        <source>&amp;Academic title:</source>
        <translation>&amp;Academic title:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="134"/>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="135"/>
        <source>Name &amp;particle:</source>
        <translation>Name &amp;particle:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="136"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="137"/>
        <source>Form of a&amp;ddress:</source>
        <translation>Form of a&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="138"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="139"/>
        <source>&amp;Birthday:</source>
        <translation>&amp;Birthday:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="140"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="148"/>
        <source>Roles at organisations</source>
        <translation>Roles at organisations</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="150"/>
        <source>Private contact</source>
        <translation>Private contact</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="153"/>
        <source>Communication consents</source>
        <translation>Communication consents</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="206"/>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="309"/>
        <source>Enter at least a first or a last name.</source>
        <translation>Enter at least a first or a last name.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="319"/>
        <source>Correct the marked fields first.</source>
        <translation>Correct the marked fields first.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation type="vanished">Changed meanwhile</translation>
    </message>
    <message>
        <source>Save mine over it</source>
        <translation type="vanished">Save mine over it</translation>
    </message>
    <message>
        <source>Show the current version (discard mine)</source>
        <translation type="vanished">Show the current version (discard mine)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="vanished">Keep editing</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="131"/>
        <source>Print address labels</source>
        <translation>Print address labels</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="132"/>
        <source>Print invitation list</source>
        <translation>Print invitation list</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="133"/>
        <source>Print sign-in sheet</source>
        <translation>Print sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="134"/>
        <source>Print name badges</source>
        <translation>Print name badges</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="135"/>
        <source>Print letters</source>
        <translation>Print letters</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="136"/>
        <source>Print certificates of attendance</source>
        <translation>Print certificates of attendance</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="149"/>
        <source>Draw label outlines</source>
        <translation>Draw label outlines</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="150"/>
        <source>Remember offset for this format</source>
        <translation>Remember offset for this format</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="151"/>
        <source>Calibration page…</source>
        <translation>Calibration page…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="153"/>
        <source>By name</source>
        <translation>By name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="154"/>
        <source>By postcode (bulk mail)</source>
        <translation>By postcode (bulk mail)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="156"/>
        <source>As usual for this document</source>
        <translation>As usual for this document</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="159"/>
        <source>Sign-in sheets and badges: registered and attended; certificates: attended; other documents: everyone invited.</source>
        <translation>Sign-in sheets and badges: registered and attended; certificates: attended; other documents: everyone invited.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="166"/>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="171"/>
        <source>Organisation · Street 1 · 12345 Town</source>
        <translation>Organisation · Street 1 · 12345 Town</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="178"/>
        <source>Placeholders: {salutation}, {first_name}, {last_name}, {full_name}, {organization}, {function}, {department}, {event_title}, {event_date}</source>
        <translation>Placeholders: {salutation}, {first_name}, {last_name}, {full_name}, {organization}, {function}, {department}, {event_title}, {event_date}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="183"/>
        <source>Highest title (Herr Professor Mey)</source>
        <translation>Highest title (Herr Professor Mey)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="184"/>
        <source>All titles (Herr Prof. Dr. Mey)</source>
        <translation>All titles (Herr Prof. Dr. Mey)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="186"/>
        <source>In the letter&apos;s language</source>
        <translation>In the letter&apos;s language</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="187"/>
        <source>In each person&apos;s language</source>
        <translation>In each person&apos;s language</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="192"/>
        <source>Label sheet:</source>
        <translation>Label sheet:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="193"/>
        <source>Start at label:</source>
        <translation>Start at label:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="195"/>
        <source>Printer offset right:</source>
        <translation>Printer offset right:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="196"/>
        <source>Printer offset down:</source>
        <translation>Printer offset down:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="201"/>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="203"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="204"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="206"/>
        <source>Return address:</source>
        <translation>Return address:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="207"/>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="208"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="209"/>
        <source>Titles:</source>
        <translation>Titles:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="210"/>
        <source>Salutation:</source>
        <translation>Salutation:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="211"/>
        <source>Signed by:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="225"/>
        <source>Nobody left out, every text fits.</source>
        <translation>Nobody left out, every text fits.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="228"/>
        <source>Print at 100 % (“actual size”), not “fit to page”: a scaled page misses the labels or the envelope window.</source>
        <translation>Print at 100 % (“actual size”), not “fit to page”: a scaled page misses the labels or the envelope window.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="240"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="241"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="242"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="407"/>
        <source>Building the preview…</source>
        <translation>Building the preview…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="410"/>
        <source>Building the preview</source>
        <translation>Building the preview</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="441"/>
        <source>Left out: {name} ({reason})</source>
        <translation>Left out: {name} ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="476"/>
        <source>{pages} pages, {records} records, {skipped} left out</source>
        <translation>{pages} pages, {records} records, {skipped} left out</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="480"/>
        <source>(preview shows the first {n})</source>
        <translation>(preview shows the first {n})</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="508"/>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="519"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="508"/>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="525"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="520"/>
        <source>Cannot write {path}: {error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/print_dialog.py" line="525"/>
        <source>Save calibration page</source>
        <translation>Save calibration page</translation>
    </message>
</context>
<context>
    <name>RecentPeople</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="48"/>
        <source>Recently changed contacts</source>
        <translation>Recently changed contacts</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="65"/>
        <source>No contacts yet.</source>
        <translation>No contacts yet.</translation>
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
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/record_pages.py" line="65"/>
        <source>Event history</source>
        <translation>Event history</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/record_pages.py" line="125"/>
        <source>Has not taken part in an event yet.</source>
        <translation>Has not taken part in an event yet.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/record_pages.py" line="127"/>
        <source>Nobody from this organisation has taken part in an event yet.</source>
        <translation>Nobody from this organisation has taken part in an event yet.</translation>
    </message>
</context>
<context>
    <name>RowWidget</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="62"/>
        <location filename="../../src/partnercrm/ui/editors/row_lists.py" line="63"/>
        <source>Remove this line</source>
        <translation>Remove this line</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="127"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="142"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="144"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="145"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="146"/>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="147"/>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="148"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="149"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="112"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="113"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="114"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="115"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="116"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/event_editor.py" line="117"/>
        <source>Speakers, moderators, exhibitors</source>
        <translation>Speakers, moderators, exhibitors</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/dialogs/settings_dialog.py" line="24"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/dialogs/settings_dialog.py" line="26"/>
        <source>As the system (German on a German system)</source>
        <translation>As the system (German on a German system)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/dialogs/settings_dialog.py" line="31"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/dialogs/settings_dialog.py" line="33"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/dialogs/settings_dialog.py" line="36"/>
        <source>A new language shows after PartnerCRM is restarted.</source>
        <translation>A new language shows after PartnerCRM is restarted.</translation>
    </message>
</context>
<context>
    <name>SheetMap</name>
    <message>
        <location filename="../../src/partnercrm/ui/printing/sheet_map.py" line="28"/>
        <source>Click the first free label on your sheet.</source>
        <translation>Click the first free label on your sheet.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/printing/sheet_map.py" line="81"/>
        <source>No label sheet</source>
        <translation>No label sheet</translation>
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
        <translation>Snooze follow-up</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="182"/>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="183"/>
        <source>In a week</source>
        <translation>In a week</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="184"/>
        <source>In a month</source>
        <translation>In a month</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="199"/>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="94"/>
        <source>What needs attention</source>
        <translation>What needs attention</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="113"/>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="115"/>
        <source>Upcoming events</source>
        <translation>Upcoming events</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="117"/>
        <source>Recently changed contacts</source>
        <translation>Recently changed contacts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="150"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="152"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="207"/>
        <source>Loading the demo network…</source>
        <translation>Loading the demo network…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="215"/>
        <source>Load demo network</source>
        <translation>Load demo network</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="55"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="55"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="60"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="61"/>
        <source>Copy the sentence for the report</source>
        <translation>Copy the sentence for the report</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="80"/>
        <source>Participations by status</source>
        <translation>Participations by status</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="81"/>
        <source>Attendees by role</source>
        <translation>Attendees by role</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="82"/>
        <source>Attendees by sector</source>
        <translation>Attendees by sector</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="83"/>
        <source>Attendees by kind of organisation</source>
        <translation>Attendees by kind of organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="105"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="125"/>
        <source>Attended: {attended} · registered: {registered} · invited: {invited} · waitlist: {waitlisted} · declined: {declined} · cancelled: {cancelled} · did not come: {no_show}
Organisations represented: {organizations} · municipalities and districts: {municipalities} · attendees from them: {municipal}</source>
        <translation>Attended: {attended} · registered: {registered} · invited: {invited} · waitlist: {waitlisted} · declined: {declined} · cancelled: {cancelled} · did not come: {no_show}
Organisations represented: {organizations} · municipalities and districts: {municipalities} · attendees from them: {municipal}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/statistics_view.py" line="144"/>
        <source>Municipalities and districts: {names}</source>
        <translation>Municipalities and districts: {names}</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../src/partnercrm/ui/tasks.py" line="86"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="73"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="74"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="75"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="76"/>
        <source>With</source>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="77"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="184"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="184"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="185"/>
        <source>Follow-up {date} ({state})</source>
        <translation>Follow-up {date} ({state})</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="216"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="217"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="220"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="221"/>
        <source>Role changes</source>
        <translation>Role changes</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="224"/>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="225"/>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="226"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="227"/>
        <source>Last 3 years</source>
        <translation>Last 3 years</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="231"/>
        <source>Search in subjects and texts…</source>
        <translation>Search in subjects and texts…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/activities/timeline_view.py" line="290"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/commands/trash.py" line="71"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/trash.py" line="90"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/trash.py" line="92"/>
        <source>Move to trash</source>
        <translation>Move to trash</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="45"/>
        <source>People in the trash</source>
        <translation>People in the trash</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="48"/>
        <source>Organisations in the trash</source>
        <translation>Organisations in the trash</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="50"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="51"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="52"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="53"/>
        <source>Delete for &amp;good…</source>
        <translation>Delete for &amp;good…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="55"/>
        <source>Items in the trash are hidden everywhere else. Restoring can be undone.</source>
        <translation>Items in the trash are hidden everywhere else. Restoring can be undone.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="79"/>
        <source>In the trash: %n person(s)</source>
        <translation>
            <numerusform>In the trash: %n person</numerusform>
            <numerusform>In the trash: %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="81"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="vanished">
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="vanished">Restore</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="113"/>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="127"/>
        <source>Delete for good</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="115"/>
        <source>Delete {names} for good? This cannot be undone; everything stored about them is erased.</source>
        <translation>Delete {names} for good? This cannot be undone; everything stored about them is erased.</translation>
    </message>
</context>
<context>
    <name>UpcomingEvents</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_sections.py" line="61"/>
        <source>Upcoming events</source>
        <translation>Upcoming events</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_sections.py" line="79"/>
        <source>{registered} of {capacity} registered</source>
        <translation>{registered} of {capacity} registered</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/start_sections.py" line="83"/>
        <source>%n registered</source>
        <translation>
            <numerusform>%n registered</numerusform>
            <numerusform>%n registered</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_sections.py" line="89"/>
        <source>No upcoming events.</source>
        <translation>No upcoming events.</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="108"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="116"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="117"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="118"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="119"/>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="120"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/events/check_in_view.py" line="128"/>
        <source>Check in</source>
        <translation>Check in</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../src/partnercrm/ui/welcome.py" line="25"/>
        <source>Welcome to PartnerCRM</source>
        <translation>Welcome to PartnerCRM</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/welcome.py" line="32"/>
        <source>Your database is still empty. Bring in the contacts you already have, look around in a demo network, or start with a blank page.</source>
        <translation>Your database is still empty. Bring in the contacts you already have, look around in a demo network, or start with a blank page.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/welcome.py" line="41"/>
        <source>Import contacts…</source>
        <translation>Import contacts…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/welcome.py" line="42"/>
        <source>Load demo network</source>
        <translation>Load demo network</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/welcome.py" line="43"/>
        <source>Start empty</source>
        <translation>Start empty</translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="61"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="62"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="63"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/followups_view.py" line="64"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/activities/overdue.py" line="23"/>
        <source>%n follow-up(s) overdue. See Activities.</source>
        <translation>
            <numerusform>%n follow-up overdue. See Activities.</numerusform>
            <numerusform>%n follow-ups overdue. See Activities.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/commands.py" line="43"/>
        <source>Log interaction</source>
        <translation>Log interaction</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/commands.py" line="64"/>
        <source>Follow-up done</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/commands.py" line="87"/>
        <source>Snooze follow-up</source>
        <translation>Snooze follow-up</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/commands.py" line="107"/>
        <source>Reassign follow-up</source>
        <translation>Reassign follow-up</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="13"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="14"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="15"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="16"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="17"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="18"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="27"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="28"/>
        <source>Role began</source>
        <translation>Role began</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="29"/>
        <source>Role ended</source>
        <translation>Role ended</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="36"/>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="37"/>
        <source>speaker</source>
        <translation>speaker</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="38"/>
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="39"/>
        <source>panelist</source>
        <translation>panelist</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="40"/>
        <source>exhibitor</source>
        <translation>exhibitor</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="41"/>
        <source>organizer</source>
        <translation>organizer</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="42"/>
        <source>helper</source>
        <translation>helper</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="45"/>
        <source>invited</source>
        <translation>invited</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="46"/>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="47"/>
        <source>on the waiting list</source>
        <translation>on the waiting list</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="48"/>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="49"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="50"/>
        <source>attended</source>
        <translation>attended</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/activities/labels.py" line="51"/>
        <source>did not come</source>
        <translation>did not come</translation>
    </message>
</context>
<context>
    <name>affiliations</name>
    <message>
        <location filename="../../src/partnercrm/services/affiliations.py" line="81"/>
        <source>Choose an organization or type its name.</source>
        <translation>Choose an organization or type its name.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/affiliations.py" line="101"/>
        <source>The organization {id} does not exist.</source>
        <translation>The organization {id} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/affiliations.py" line="116"/>
        <source>The role cannot end before it begins.</source>
        <translation>The role cannot end before it begins.</translation>
    </message>
</context>
<context>
    <name>attendance_import</name>
    <message>
        <location filename="../../src/partnercrm/services/attendance_import.py" line="124"/>
        <source>{source} has no column with the participants&apos; names or e-mail addresses (such as Name, Full Name, E-Mail, User Email).</source>
        <translation>{source} has no column with the participants&apos; names or e-mail addresses (such as Name, Full Name, E-Mail, User Email).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/attendance_import.py" line="154"/>
        <source>{source}, row {row}: {message}</source>
        <translation>{source}, row {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/attendance_import.py" line="175"/>
        <source>{source}, row {row}: “{name}” is not known and has no e-mail address; add the person first or complete the row.</source>
        <translation>{source}, row {row}: “{name}” is not known and has no e-mail address; add the person first or complete the row.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../src/partnercrm/store/backup.py" line="19"/>
        <source>{path} exists already; choose another file name.</source>
        <translation>{path} exists already; choose another file name.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/backup.py" line="25"/>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/backup.py" line="38"/>
        <source>The backup to {path} failed ({reason}).</source>
        <translation>The backup to {path} failed ({reason}).</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="57"/>
        <source>Demo network created in {db}: {people} people, {orgs} organizations, {affiliations} roles, {interactions} interactions, {events} events with {participations} participations.</source>
        <translation>Demo network created in {db}: {people} people, {orgs} organizations, {affiliations} roles, {interactions} interactions, {events} events with {participations} participations.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="79"/>
        <source>This command works on SQLite database files. For a server database use the server&apos;s own backup tools (for PostgreSQL: pg_dump).</source>
        <translation>This command works on SQLite database files. For a server database use the server&apos;s own backup tools (for PostgreSQL: pg_dump).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="94"/>
        <source>Backup written to {path}.</source>
        <translation>Backup written to {path}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="117"/>
        <source>Integrity: ok.</source>
        <translation>Integrity: ok.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="119"/>
        <source>Integrity: problems found:</source>
        <translation>Integrity: problems found:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="123"/>
        <source>Restore the newest backup (see the &apos;backups&apos; folder beside the database) or ask for help before you change this database further.</source>
        <translation>Restore the newest backup (see the &apos;backups&apos; folder beside the database) or ask for help before you change this database further.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="130"/>
        <source>Schema: {revision} (this version of PartnerCRM expects {expected}).</source>
        <translation>Schema: {revision} (this version of PartnerCRM expects {expected}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="135"/>
        <source>Full-text search: {state}.</source>
        <translation>Full-text search: {state}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="136"/>
        <source>FTS5</source>
        <translation>FTS5</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/database_commands.py" line="136"/>
        <source>plain fallback</source>
        <translation>plain fallback</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/export_commands.py" line="86"/>
        <source>{count} people marked do-not-contact were left out (--include-do-not-contact exports them, flagged).</source>
        <translation>{count} people marked do-not-contact were left out (--include-do-not-contact exports them, flagged).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/export_commands.py" line="94"/>
        <source>{count} exported people are marked do-not-contact; the file says so.</source>
        <translation>{count} exported people are marked do-not-contact; the file says so.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/export_commands.py" line="113"/>
        <source>Exporting</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/export_commands.py" line="116"/>
        <source>Exported {count} people as vCard {version} to {path}.</source>
        <translation>Exported {count} people as vCard {version} to {path}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/export_commands.py" line="136"/>
        <source>Exported {count} people to {path}.</source>
        <translation>Exported {count} people to {path}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/export_commands.py" line="148"/>
        <source>Exported {people} people, {orgs} organizations, {events} events and {interactions} interactions to {path}.</source>
        <translation>Exported {people} people, {orgs} organizations, {events} events and {interactions} interactions to {path}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/main.py" line="111"/>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/main.py" line="116"/>
        <source>Internal error: {message}. Please report this.</source>
        <translation>Internal error: {message}. Please report this.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/main.py" line="122"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/main.py" line="129"/>
        <source>Unexpected error ({kind}: {message}). Nothing was changed by the failed step. Please report this.</source>
        <translation>Unexpected error ({kind}: {message}). Nothing was changed by the failed step. Please report this.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/search_commands.py" line="60"/>
        <source>People: {total}</source>
        <translation>People: {total}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/search_commands.py" line="64"/>
        <source>Organizations: {total}</source>
        <translation>Organizations: {total}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="125"/>
        <source>Logged interaction {id} with {names}.</source>
        <translation>Logged interaction {id} with {names}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="129"/>
        <source>Follow-up on {due} for {owner}.</source>
        <translation>Follow-up on {due} for {owner}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="147"/>
        <source>No open follow-ups.</source>
        <translation>No open follow-ups.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="150"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="151"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="152"/>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="153"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="193"/>
        <source>There is no person with the id {id}. Find the id with partnercrm search.</source>
        <translation>There is no person with the id {id}. Find the id with partnercrm search.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="202"/>
        <source>“{value}” is neither a person id nor an e-mail address.</source>
        <translation>“{value}” is neither a person id nor an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="210"/>
        <source>Nobody in the database has the e-mail address {email}.</source>
        <translation>Nobody in the database has the e-mail address {email}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="217"/>
        <source>The e-mail address {email} belongs to several people (ids {ids}). Give the id with --person instead.</source>
        <translation>The e-mail address {email} belongs to several people (ids {ids}). Give the id with --person instead.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="242"/>
        <source>“{value}” is not a date. Write 2026-03-31, 31.03.2026 or +14 (days).</source>
        <translation>“{value}” is not a date. Write 2026-03-31, 31.03.2026 or +14 (days).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/activity_commands.py" line="257"/>
        <source>“{value}” is not a time. Write 14:30.</source>
        <translation>“{value}” is not a time. Write 14:30.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="128"/>
        <source>Created event {id}.</source>
        <translation>Created event {id}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="158"/>
        <source>{registered} registered, {attended} attended</source>
        <translation>{registered} registered, {attended} attended</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="196"/>
        <source>Imported {rows} rows: {people_created} people created, {people_matched} recognised, {organizations_created} organisations created; {participations_created} participations added, {participations_updated} updated.</source>
        <translation>Imported {rows} rows: {people_created} people created, {people_matched} recognised, {organizations_created} organisations created; {participations_created} participations added, {participations_updated} updated.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="227"/>
        <source>{marked} marked as attended ({already_attended} were already), {people_created} people created.</source>
        <translation>{marked} marked as attended ({already_attended} were already), {people_created} people created.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="247"/>
        <source>Name a distribution list with --list or people with --person.</source>
        <translation>Name a distribution list with --list or people with --person.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="264"/>
        <source>{count} invited.</source>
        <translation>{count} invited.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="267"/>
        <source>  left out: {name} ({reason})</source>
        <translation>  left out: {name} ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="280"/>
        <source>{count} people are still “registered” and would become “no-show”. Repeat with --yes to do it.</source>
        <translation>{count} people are still “registered” and would become “no-show”. Repeat with --yes to do it.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="289"/>
        <source>{count} marked as no-show.</source>
        <translation>{count} marked as no-show.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="306"/>
        <source>  organisations {orgs}, municipalities {muns}</source>
        <translation>  organisations {orgs}, municipalities {muns}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/event_commands.py" line="322"/>
        <source>Written to {path}.</source>
        <translation>Written to {path}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/print_commands.py" line="179"/>
        <source>The output file must end in .pdf: {path}</source>
        <translation>The output file must end in .pdf: {path}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/print_commands.py" line="184"/>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/print_commands.py" line="197"/>
        <source>--status and --role need --event (which event?).</source>
        <translation>--status and --role need --event (which event?).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/print_commands.py" line="205"/>
        <source>Cannot read the letter text {path}: {error}</source>
        <translation>Cannot read the letter text {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/print_commands.py" line="233"/>
        <source>Skipped {name} (id {id}): {reason}</source>
        <translation>Skipped {name} (id {id}): {reason}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/print_commands.py" line="241"/>
        <source>Wrote {path}: {items} records on {pages} pages, {skipped} skipped.</source>
        <translation>Wrote {path}: {items} records on {pages} pages, {skipped} skipped.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/print_commands.py" line="252"/>
        <source>Next free position on the last sheet: {n} (use --start {n}).</source>
        <translation>Next free position on the last sheet: {n} (use --start {n}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/print_commands.py" line="297"/>
        <source>Wrote {path}: calibration page for {format}, offset x {x} mm, y {y} mm. Print it at 100 % (actual size).</source>
        <translation>Wrote {path}: calibration page for {format}, offset x {x} mm, y {y} mm. Print it at 100 % (actual size).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="62"/>
        <source>Name the files to import, or use --undo LAST or --list.</source>
        <translation>Name the files to import, or use --undo LAST or --list.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="82"/>
        <source>{path} is not a file. Check the name.</source>
        <translation>{path} is not a file. Check the name.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="102"/>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="110"/>
        <source>Nothing was imported: the files hold no contacts.</source>
        <translation>Nothing was imported: the files hold no contacts.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="113"/>
        <source>Import {batch}: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped. Undo with: partnercrm import --undo {batch}</source>
        <translation>Import {batch}: {created} new, {updated} updated, {unchanged} unchanged, {skipped} skipped. Undo with: partnercrm import --undo {batch}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="127"/>
        <source>{merged} records added to a person an earlier record already imported.</source>
        <translation>{merged} records added to a person an earlier record already imported.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="138"/>
        <source>{source}, record {number}: </source>
        <translation>{source}, record {number}: </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="149"/>
        <source>There is no import to undo.</source>
        <translation>There is no import to undo.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="155"/>
        <source>--undo takes LAST or a batch number, not “{v}”.</source>
        <translation>--undo takes LAST or a batch number, not “{v}”.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="162"/>
        <source>Import {batch} undone: {deleted} people deleted, {restored} restored, {orgs} organizations deleted.</source>
        <translation>Import {batch} undone: {deleted} people deleted, {restored} restored, {orgs} organizations deleted.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/import_commands.py" line="181"/>
        <source> (undone)</source>
        <translation> (undone)</translation>
    </message>
</context>
<context>
    <name>consent</name>
    <message>
        <location filename="../../src/partnercrm/services/contact_permission.py" line="40"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_permission.py" line="41"/>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_permission.py" line="42"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_permission.py" line="63"/>
        <source>marked “do not contact”</source>
        <translation>marked “do not contact”</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_permission.py" line="81"/>
        <source>consent for {channel} withdrawn on {date}</source>
        <translation>consent for {channel} withdrawn on {date}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_permission.py" line="83"/>
        <source>consent for {channel} refused on {date}</source>
        <translation>consent for {channel} refused on {date}</translation>
    </message>
</context>
<context>
    <name>csv</name>
    <message>
        <location filename="../../src/partnercrm/interchange/csv_reading.py" line="115"/>
        <source>{source}, row {row}: the CSV is damaged ({reason}).</source>
        <translation>{source}, row {row}: the CSV is damaged ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/csv_reading.py" line="121"/>
        <source>{source} is empty: it has no header row.</source>
        <translation>{source} is empty: it has no header row.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/csv_reading.py" line="133"/>
        <source>{source} is too large for a CSV import ({size} MB, at most 50 MB).</source>
        <translation>{source} is too large for a CSV import ({size} MB, at most 50 MB).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/csv_reading.py" line="140"/>
        <source>The file {path} does not exist.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/csv_reading.py" line="144"/>
        <source>{path} is a folder, not a CSV file.</source>
        <translation>{path} is a folder, not a CSV file.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/csv_reading.py" line="148"/>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/csv_reading.py" line="154"/>
        <source>{source} is not a CSV text file (it looks like a spreadsheet or another binary file). Save it as CSV and import again.</source>
        <translation>{source} is not a CSV text file (it looks like a spreadsheet or another binary file). Save it as CSV and import again.</translation>
    </message>
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="107"/>
        <source>{path} is a folder, not a database file. Give the path of a file, for example {path}/partnercrm.sqlite.</source>
        <translation>{path} is a folder, not a database file. Give the path of a file, for example {path}/partnercrm.sqlite.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="119"/>
        <source>{path} cannot be read ({reason}). Check the file&apos;s permissions.</source>
        <translation>{path} cannot be read ({reason}). Check the file&apos;s permissions.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="126"/>
        <source>{path} is not a PartnerCRM database (it is not an SQLite file). The file was left unchanged. Choose another file with --db, or start without --db to use your default database.</source>
        <translation>{path} is not a PartnerCRM database (it is not an SQLite file). The file was left unchanged. Choose another file with --db, or start without --db to use your default database.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="135"/>
        <source>PartnerCRM cannot write to {path}. Make the file and its folder writable, or copy the database to a folder of your own.</source>
        <translation>PartnerCRM cannot write to {path}. Make the file and its folder writable, or copy the database to a folder of your own.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="144"/>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="150"/>
        <source>The folder {folder} does not exist. Create it first or choose another path for the database.</source>
        <translation>The folder {folder} does not exist. Create it first or choose another path for the database.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="160"/>
        <source>PartnerCRM cannot create its data folder {folder} ({reason}).</source>
        <translation>PartnerCRM cannot create its data folder {folder} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="167"/>
        <source>PartnerCRM cannot create a database in {folder}: the folder is not writable. Choose a folder of your own with --db.</source>
        <translation>PartnerCRM cannot create a database in {folder}: the folder is not writable. Choose a folder of your own with --db.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="186"/>
        <source>The database at {url} cannot be used: the driver for “{driver}” is not installed ({reason}). Install it, or use an SQLite file with --db.</source>
        <translation>The database at {url} cannot be used: the driver for “{driver}” is not installed ({reason}). Install it, or use an SQLite file with --db.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="237"/>
        <source>The database server at {url} cannot be reached ({reason}). Check that the server runs, that the address, user and password are right, and that this computer may connect to it.</source>
        <translation>The database server at {url} cannot be reached ({reason}). Check that the server runs, that the address, user and password are right, and that this computer may connect to it.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="249"/>
        <source>{path} is a database of another program, not of PartnerCRM. It was left unchanged. Choose another file with --db.</source>
        <translation>{path} is a database of another program, not of PartnerCRM. It was left unchanged. Choose another file with --db.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="257"/>
        <source>{path} was written by a newer version of PartnerCRM (schema {revision}). Install the newer version to open it; this version leaves it unchanged.</source>
        <translation>{path} was written by a newer version of PartnerCRM (schema {revision}). Install the newer version to open it; this version leaves it unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="279"/>
        <source>{path} is damaged or not a database ({reason}). It was left unchanged. Restore a backup (partnercrm backup makes them) or choose another file.</source>
        <translation>{path} is damaged or not a database ({reason}). It was left unchanged. Restore a backup (partnercrm backup makes them) or choose another file.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="286"/>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>{path} cannot be opened ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/location.py" line="59"/>
        <source>“{value}” is not a valid database address. Give a file path or a URL such as postgresql://user@host/partnercrm.</source>
        <translation>“{value}” is not a valid database address. Give a file path or a URL such as postgresql://user@host/partnercrm.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/bulk_load.py" line="246"/>
        <source>The load left {count} rows pointing at missing rows, for example row {rowid} of {table} at {parent}. Nothing was saved.</source>
        <translation>The load left {count} rows pointing at missing rows, for example row {rowid} of {table} at {parent}. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="509"/>
        <source>The demo needs at least 10 people.</source>
        <translation>The demo needs at least 10 people.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="514"/>
        <source>The database already holds {count} people; the demo network is only loaded into an empty database. Use --db with a new file name.</source>
        <translation>The database already holds {count} people; the demo network is only loaded into an empty database. Use --db with a new file name.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="522"/>
        <source>Creating organizations and people…</source>
        <translation>Creating organizations and people…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="527"/>
        <source>Creating interactions and events…</source>
        <translation>Creating interactions and events…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="531"/>
        <source>Writing to the database…</source>
        <translation>Writing to the database…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="533"/>
        <source>Building the search index…</source>
        <translation>Building the search index…</translation>
    </message>
</context>
<context>
    <name>email_import</name>
    <message>
        <location filename="../../src/partnercrm/interchange/email_import.py" line="78"/>
        <source>{file} is an Outlook .msg file, which PartnerCRM cannot read. In Outlook, choose File › Save As › “Text only” or drag the mail to a folder as .eml, then drop the .eml file.</source>
        <translation>{file} is an Outlook .msg file, which PartnerCRM cannot read. In Outlook, choose File › Save As › “Text only” or drag the mail to a folder as .eml, then drop the .eml file.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/email_import.py" line="87"/>
        <source>{file} is not an e-mail file. Drop a mail saved as .eml.</source>
        <translation>{file} is not an e-mail file. Drop a mail saved as .eml.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/email_import.py" line="96"/>
        <source>{file} is {size} MB large; e-mails over 25 MB (with attachments) are not logged. Save the mail without its attachments.</source>
        <translation>{file} is {size} MB large; e-mails over 25 MB (with attachments) are not logged. Save the mail without its attachments.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/email_import.py" line="105"/>
        <source>{file} cannot be read ({reason}).</source>
        <translation>{file} cannot be read ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/email_import.py" line="119"/>
        <source>{file} is not an e-mail: it has no From, Subject or Date header.</source>
        <translation>{file} is not an e-mail: it has no From, Subject or Date header.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/email_import.py" line="152"/>
        <source>Nobody in the database has an address of {file} ({addresses}). Drop the mail onto the person it belongs to.</source>
        <translation>Nobody in the database has an address of {file} ({addresses}). Drop the mail onto the person it belongs to.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/email_import.py" line="158"/>
        <source>(no subject)</source>
        <translation>(no subject)</translation>
    </message>
</context>
<context>
    <name>event_report</name>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="30"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="31"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="32"/>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="58"/>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="72"/>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="33"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="34"/>
        <source>Returning</source>
        <translation>Returning</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="35"/>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="80"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="36"/>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="79"/>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="37"/>
        <source>Municipal participants</source>
        <translation>Municipal participants</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="56"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="57"/>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="71"/>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="78"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="69"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="70"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="125"/>
        <source>Give the report file the ending .csv or .xlsx: {path}</source>
        <translation>Give the report file the ending .csv or .xlsx: {path}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/event_report_export.py" line="140"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} cannot be written ({reason}).</translation>
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
        <translation>Event {id} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="126"/>
        <source>“{value}” is not a date. Write it as 2026-05-12 or 12.05.2026, with a time if you like (2026-05-12 09:30).</source>
        <translation>“{value}” is not a date. Write it as 2026-05-12 or 12.05.2026, with a time if you like (2026-05-12 09:30).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="158"/>
        <source>“{value}” is not an event kind. Use one of: {choices}.</source>
        <translation>“{value}” is not an event kind. Use one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="166"/>
        <source>An event needs a title.</source>
        <translation>An event needs a title.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="169"/>
        <source>The event ends before it starts. Check the end.</source>
        <translation>The event ends before it starts. Check the end.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="173"/>
        <source>The capacity cannot be negative; leave it empty.</source>
        <translation>The capacity cannot be negative; leave it empty.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="182"/>
        <source>Organization {id} does not exist (any more).</source>
        <translation>Organization {id} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="243"/>
        <source>“{title}” was changed meanwhile. Reload it and make your change again.</source>
        <translation>“{title}” was changed meanwhile. Reload it and make your change again.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="313"/>
        <source>Several events are called “{title}”. Give the id instead (partnercrm event list shows it).</source>
        <translation>Several events are called “{title}”. Give the id instead (partnercrm event list shows it).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="320"/>
        <source>There is no event “{reference}”. Give its id or exact title (partnercrm event list shows them).</source>
        <translation>There is no event “{reference}”. Give its id or exact title (partnercrm event list shows them).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="407"/>
        <source>A session needs a title.</source>
        <translation>A session needs a title.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="410"/>
        <source>The session ends before it starts. Check the end.</source>
        <translation>The session ends before it starts. Check the end.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/events.py" line="436"/>
        <location filename="../../src/partnercrm/services/events.py" line="451"/>
        <source>This session does not exist (any more).</source>
        <translation>This session does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../src/partnercrm/interchange/atomic_file.py" line="27"/>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/atomic_file.py" line="33"/>
        <location filename="../../src/partnercrm/interchange/atomic_file.py" line="45"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation>{path} cannot be written ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_export.py" line="41"/>
        <source>Unknown columns: {names}. Known: {known}.</source>
        <translation>Unknown columns: {names}. Known: {known}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_export.py" line="99"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_export.py" line="123"/>
        <source>People</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>followups</name>
    <message>
        <location filename="../../src/partnercrm/services/followups.py" line="216"/>
        <source>Follow-up done: {subject}</source>
        <translation>Follow-up done: {subject}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/followups.py" line="262"/>
        <source>Name who is to take over the follow-up.</source>
        <translation>Name who is to take over the follow-up.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/followups.py" line="286"/>
        <source>The interaction “{subject}” has no follow-up. Set a due date first.</source>
        <translation>The interaction “{subject}” has no follow-up. Set a due date first.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../src/partnercrm/interchange/contact_files.py" line="76"/>
        <source>The file is larger than 200 MB; not imported.</source>
        <translation>The file is larger than 200 MB; not imported.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/contact_files.py" line="85"/>
        <source>The file cannot be read: {error}</source>
        <translation>The file cannot be read: {error}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/contact_files.py" line="118"/>
        <source>Nothing to import.</source>
        <translation>Nothing to import.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/contact_files.py" line="126"/>
        <source>Strict import: the file has damaged records, so none of its {count} records was imported.</source>
        <translation>Strict import: the file has damaged records, so none of its {count} records was imported.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/contact_files.py" line="184"/>
        <source>{path} is not a file. Check the name.</source>
        <translation>{path} is not a file. Check the name.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_import.py" line="61"/>
        <source>{source} is neither a CSV text file nor an Excel workbook.</source>
        <translation>{source} is neither a CSV text file nor an Excel workbook.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_import.py" line="89"/>
        <source>{source} cannot be read as an Excel workbook ({error}).</source>
        <translation>{source} cannot be read as an Excel workbook ({error}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_import.py" line="111"/>
        <source>{source} is empty: it has no header row.</source>
        <translation>{source} is empty: it has no header row.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_import.py" line="123"/>
        <source>“{value}” is not a date.</source>
        <translation>“{value}” is not a date.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_import.py" line="281"/>
        <source>No column for first or last name was recognised; choose the columns in the import dialog.</source>
        <translation>No column for first or last name was recognised; choose the columns in the import dialog.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_import.py" line="303"/>
        <source>Column “{column}”: {reason}</source>
        <translation>Column “{column}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/table_import.py" line="310"/>
        <source>The row was skipped.</source>
        <translation>The row was skipped.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_import.py" line="115"/>
        <source>Card not imported: {error}</source>
        <translation>Card not imported: {error}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_import.py" line="155"/>
        <source>Gender: {text}</source>
        <translation>Gender: {text}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_import.py" line="178"/>
        <source>The card has no name; “{name}” was used as the name.</source>
        <translation>The card has no name; “{name}” was used as the name.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_import.py" line="192"/>
        <source>Display name: {text}</source>
        <translation>Display name: {text}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_import.py" line="206"/>
        <source>Birthday: {text}</source>
        <translation>Birthday: {text}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_import.py" line="322"/>
        <location filename="../../src/partnercrm/services/contact_import.py" line="192"/>
        <location filename="../../src/partnercrm/services/contact_import.py" line="205"/>
        <location filename="../../src/partnercrm/services/contact_import.py" line="216"/>
        <location filename="../../src/partnercrm/services/contact_import.py" line="219"/>
        <source>Address: {text}</source>
        <translation>Address: {text}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_import.py" line="393"/>
        <source>Property {name} is too long to keep; dropped.</source>
        <translation>Property {name} is too long to keep; dropped.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_import.py" line="400"/>
        <source>The logo image is not stored.</source>
        <translation>The logo image is not stored.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/bulk_people.py" line="348"/>
        <source>People changed during the import; try again.</source>
        <translation>People changed during the import; try again.</translation>
    </message>
    <message>
        <source>{source}, record {number}</source>
        <translation type="vanished">{source}, record {number}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="163"/>
        <source>{what} “{value}” not stored: {reason}</source>
        <translation>{what} “{value}” not stored: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="200"/>
        <source>Country “{value}” is unknown; the address was kept in the notes.</source>
        <translation>Country “{value}” is unknown; the address was kept in the notes.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="208"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="230"/>
        <source>Function without organization: {text}</source>
        <translation>Function without organization: {text}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="240"/>
        <source>No name; skipped.</source>
        <translation>No name; skipped.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="269"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="270"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="271"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="272"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="273"/>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="510"/>
        <source>The record has no name.</source>
        <translation>The record has no name.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="470"/>
        <source>Same UID as record {n}; the UID was not kept.</source>
        <translation>Same UID as record {n}; the UID was not kept.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="539"/>
        <source>Same person as {source}, record {n}.</source>
        <translation>Same person as {source}, record {n}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="573"/>
        <source>Possibly the same person as {name}; not imported.</source>
        <translation>Possibly the same person as {name}; not imported.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="666"/>
        <location filename="../../src/partnercrm/services/contact_import.py" line="710"/>
        <source>{field}: stored “{old}”, file “{new}”</source>
        <translation>{field}: stored “{old}”, file “{new}”</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="711"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="720"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="722"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="725"/>
        <source>Academic title</source>
        <translation>Academic title</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="728"/>
        <source>Name particle</source>
        <translation>Name particle</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="731"/>
        <source>Name suffix</source>
        <translation>Name suffix</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="733"/>
        <source>Nickname</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="674"/>
        <source>Function at {org}</source>
        <translation>Function at {org}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/contact_import.py" line="678"/>
        <source>Department at {org}</source>
        <translation>Department at {org}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/import_batches.py" line="191"/>
        <source>There is no import {id}.</source>
        <translation>There is no import {id}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/import_batches.py" line="194"/>
        <source>Import {id} was undone already.</source>
        <translation>Import {id} was undone already.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/import_batches.py" line="216"/>
        <source>{count} people of import {id} were changed after the import ({names}). Undo anyway to discard those changes too.</source>
        <translation>{count} people of import {id} were changed after the import ({names}). Undo anyway to discard those changes too.</translation>
    </message>
</context>
<context>
    <name>interaction_export</name>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="56"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="57"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="58"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="59"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="60"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="61"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="68"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="69"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="70"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="71"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="72"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="73"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="74"/>
        <source>Organizations</source>
        <translation>Organizations</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="75"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="76"/>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="77"/>
        <source>Follow-up (to do)</source>
        <translation>Follow-up (to do)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="78"/>
        <source>Follow-up owner</source>
        <translation>Follow-up owner</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="79"/>
        <source>Follow-up done</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="94"/>
        <source>{file}: choose a file name ending in .csv or .xlsx.</source>
        <translation>{file}: choose a file name ending in .csv or .xlsx.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="107"/>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="138"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/interaction_export.py" line="138"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>interactions</name>
    <message>
        <location filename="../../src/partnercrm/services/interactions.py" line="126"/>
        <source>The interaction “{subject}” was changed by someone else meanwhile. Reload it and enter your change again.</source>
        <translation>The interaction “{subject}” was changed by someone else meanwhile. Reload it and enter your change again.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/interactions.py" line="187"/>
        <source>Interaction {id} does not exist (any more). It may have been deleted meanwhile; reload the list.</source>
        <translation>Interaction {id} does not exist (any more). It may have been deleted meanwhile; reload the list.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/interactions.py" line="202"/>
        <source>Enter a subject or a text for the interaction.</source>
        <translation>Enter a subject or a text for the interaction.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/interactions.py" line="207"/>
        <source>The subject is {length} characters long; shorten it to {limit} and put the rest into the text.</source>
        <translation>The subject is {length} characters long; shorten it to {limit} and put the rest into the text.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/interactions.py" line="216"/>
        <source>Name at least one person, organization or event the interaction belongs to.</source>
        <translation>Name at least one person, organization or event the interaction belongs to.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/interactions.py" line="226"/>
        <source>Event {id} does not exist (any more).</source>
        <translation>Event {id} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/interactions.py" line="255"/>
        <source>There is no person with the id {ids} (any more).</source>
        <translation>There is no person with the id {ids} (any more).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/interactions.py" line="257"/>
        <source>There is no organization with the id {ids} (any more).</source>
        <translation>There is no organization with the id {ids} (any more).</translation>
    </message>
</context>
<context>
    <name>invitations</name>
    <message>
        <location filename="../../src/partnercrm/services/invitations.py" line="87"/>
        <source>The distribution list does not exist.</source>
        <translation>The distribution list does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/invitations.py" line="134"/>
        <source>in the trash</source>
        <translation>in the trash</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/invitations.py" line="173"/>
        <source>already on the list</source>
        <translation>already on the list</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <location filename="../../src/partnercrm/services/distribution_lists.py" line="71"/>
        <source>Give the list a name.</source>
        <translation>Give the list a name.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/distribution_lists.py" line="75"/>
        <source>A list called “{name}” exists already.</source>
        <translation>A list called “{name}” exists already.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/distribution_lists.py" line="109"/>
        <location filename="../../src/partnercrm/services/distribution_lists.py" line="140"/>
        <location filename="../../src/partnercrm/services/distribution_lists.py" line="154"/>
        <source>The distribution list no longer exists.</source>
        <translation>The distribution list no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/distribution_lists.py" line="132"/>
        <source>There is no distribution list “{name}”.</source>
        <translation>There is no distribution list “{name}”.</translation>
    </message>
</context>
<context>
    <name>organizations</name>
    <message>
        <location filename="../../src/partnercrm/services/organizations.py" line="140"/>
        <source>The organization {id} does not exist.</source>
        <translation>The organization {id} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/organizations.py" line="147"/>
        <source>Enter the organization&apos;s name.</source>
        <translation>Enter the organization&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/organizations.py" line="152"/>
        <source>An organization cannot be its own parent.</source>
        <translation>An organization cannot be its own parent.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/organizations.py" line="186"/>
        <location filename="../../src/partnercrm/services/organizations.py" line="270"/>
        <source>Organization {id} does not exist (any more).</source>
        <translation>Organization {id} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/organizations.py" line="205"/>
        <source>{name} was changed by someone else while you were editing.</source>
        <translation>{name} was changed by someone else while you were editing.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/organizations.py" line="214"/>
        <source>The parent cannot be one of the organization&apos;s own units.</source>
        <translation>The parent cannot be one of the organization&apos;s own units.</translation>
    </message>
    <message>
        <source>{name} is not in the trash.</source>
        <translation type="vanished">{name} is not in the trash.</translation>
    </message>
</context>
<context>
    <name>participations</name>
    <message>
        <location filename="../../src/partnercrm/services/participations.py" line="102"/>
        <source>This participation does not exist (any more).</source>
        <translation>This participation does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/participations.py" line="166"/>
        <source>The chosen role does not belong to this person (any more).</source>
        <translation>The chosen role does not belong to this person (any more).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/participations.py" line="240"/>
        <source>This person does not exist (any more).</source>
        <translation>This person does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/participations.py" line="248"/>
        <source>This person is already on the list of “{title}”.</source>
        <translation>This person is already on the list of “{title}”.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/participations.py" line="328"/>
        <source>The person of this participation was erased.</source>
        <translation>The person of this participation was erased.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/participations.py" line="441"/>
        <source>The session does not belong to this event.</source>
        <translation>The session does not belong to this event.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/participations.py" line="506"/>
        <source>(erased)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/participations.py" line="576"/>
        <source>Type at least a name for the walk-in.</source>
        <translation>Type at least a name for the walk-in.</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../src/partnercrm/services/people.py" line="170"/>
        <source>Enter at least a first or a last name.</source>
        <translation>Enter at least a first or a last name.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/people.py" line="238"/>
        <location filename="../../src/partnercrm/services/people.py" line="551"/>
        <source>Person {id} does not exist (any more).</source>
        <translation>Person {id} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/people.py" line="261"/>
        <source>{name} was changed by someone else while you were editing. Reload to see the current version, or save yours over it.</source>
        <translation>{name} was changed by someone else while you were editing. Reload to see the current version, or save yours over it.</translation>
    </message>
    <message>
        <source>{name} is not in the trash; move it to the trash first.</source>
        <translation type="vanished">{name} is not in the trash; move it to the trash first.</translation>
    </message>
</context>
<context>
    <name>print</name>
    <message>
        <location filename="../../src/partnercrm/printing/badges.py" line="142"/>
        <source>Page {page}, badge {badge}</source>
        <translation>Page {page}, badge {badge}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/certificates.py" line="165"/>
        <source>Certificate for {name}</source>
        <translation>Certificate for {name}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/documents.py" line="127"/>
        <source>{where}: the text does not fit.</source>
        <translation>{where}: the text does not fit.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/documents.py" line="136"/>
        <source>{where}: the print font has no letters for {chars}.</source>
        <translation>{where}: the print font has no letters for {chars}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="113"/>
        <source>needs at least one column and one row</source>
        <translation>needs at least one column and one row</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="115"/>
        <source>sizes must be positive</source>
        <translation>sizes must be positive</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="117"/>
        <source>the first label starts outside the page</source>
        <translation>the first label starts outside the page</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="120"/>
        <source>labels overlap horizontally (pitch smaller than width)</source>
        <translation>labels overlap horizontally (pitch smaller than width)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="124"/>
        <source>labels overlap vertically (pitch smaller than height)</source>
        <translation>labels overlap vertically (pitch smaller than height)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="130"/>
        <source>the last column ends at {mm} mm, past the page width</source>
        <translation>the last column ends at {mm} mm, past the page width</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="136"/>
        <source>the last row ends at {mm} mm, past the page height</source>
        <translation>the last row ends at {mm} mm, past the page height</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="186"/>
        <source>Start position must be between 1 and {n}.</source>
        <translation>Start position must be between 1 and {n}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="198"/>
        <source>{key} must be a pair of numbers</source>
        <translation>{key} must be a pair of numbers</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="213"/>
        <source>unknown page {page} and no page_size_mm</source>
        <translation>unknown page {page} and no page_size_mm</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="243"/>
        <source>incomplete or malformed entry: {error}</source>
        <translation>incomplete or malformed entry: {error}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="280"/>
        <source>format id {id} is defined twice</source>
        <translation>format id {id} is defined twice</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="305"/>
        <source>Unknown label format: {key}</source>
        <translation>Unknown label format: {key}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="322"/>
        <source>{path}: cannot read label formats: {error}</source>
        <translation>{path}: cannot read label formats: {error}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="329"/>
        <source>{path}: expected a list of label formats</source>
        <translation>{path}: expected a list of label formats</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="335"/>
        <source>{path}: entry {number} is not an object</source>
        <translation>{path}: entry {number} is not an object</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/label_sheet.py" line="343"/>
        <source>{path}: entry {number}: {error}</source>
        <translation>{path}: entry {number}: {error}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/labels.py" line="180"/>
        <source>Page {page}, label {label}</source>
        <translation>Page {page}, label {label}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/letters.py" line="224"/>
        <source>Letter to {name}</source>
        <translation>Letter to {name}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/letters.py" line="228"/>
        <source>{where}: unknown placeholders.</source>
        <translation>{where}: unknown placeholders.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/letters.py" line="233"/>
        <source>{where}: address lines left out.</source>
        <translation>{where}: address lines left out.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/table_pages.py" line="197"/>
        <source>Page {page}, column {column}</source>
        <translation>Page {page}, column {column}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/table_pages.py" line="202"/>
        <source>Page {page}</source>
        <translation>Page {page}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/print_jobs.py" line="130"/>
        <source>There is no label format “{key}”. Give a format id or the vendor&apos;s number (partnercrm print formats lists them).</source>
        <translation>There is no label format “{key}”. Give a format id or the vendor&apos;s number (partnercrm print formats lists them).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/print_jobs.py" line="150"/>
        <source>The start position must be between 1 and {count} for {format}.</source>
        <translation>The start position must be between 1 and {count} for {format}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/print_jobs.py" line="212"/>
        <source>This document is about one event: choose the event.</source>
        <translation>This document is about one event: choose the event.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/printing/print_jobs.py" line="246"/>
        <source>Label for {name}: address lines left out.</source>
        <translation>Label for {name}: address lines left out.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/print_selection.py" line="526"/>
        <source>no postal address with street or PO box and town</source>
        <translation>no postal address with street or PO box and town</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/print_settings.py" line="55"/>
        <source>The print settings file {path} cannot be read ({error}). Delete it to start again with no printer calibration.</source>
        <translation>The print settings file {path} cannot be read ({error}). Delete it to start again with no printer calibration.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/print_settings.py" line="63"/>
        <source>The print settings file {path} has an unknown layout. Delete it to start again with no printer calibration.</source>
        <translation>The print settings file {path} has an unknown layout. Delete it to start again with no printer calibration.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/print_settings.py" line="78"/>
        <source>An offset of {value} mm is more than a printer shifts (at most ±{limit} mm). Check that the label format is right.</source>
        <translation>An offset of {value} mm is more than a printer shifts (at most ±{limit} mm). Check that the label format is right.</translation>
    </message>
</context>
<context>
    <name>registration_import</name>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="235"/>
        <source>{source}, row {row}: {message}</source>
        <translation>{source}, row {row}: {message}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="246"/>
        <source>{source}: column “{column}” is not imported.</source>
        <translation>{source}: column “{column}” is not imported.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="253"/>
        <source>{source} has no column for the last name or the e-mail address. Name the columns in the first row, e.g. Vorname;Nachname;Organisation;E-Mail;Status (or First name, Last name, Organization, Email, Status).</source>
        <translation>{source} has no column for the last name or the e-mail address. Name the columns in the first row, e.g. Vorname;Nachname;Organisation;E-Mail;Status (or First name, Last name, Organization, Email, Status).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="276"/>
        <source>neither a last name nor an e-mail address.</source>
        <translation>neither a last name nor an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="290"/>
        <source>unknown status “{word}”. Use angemeldet, eingeladen, Warteliste, abgesagt, teilgenommen or nicht erschienen (or registered, invited, waitlisted, declined, cancelled, attended, no-show).</source>
        <translation>unknown status “{word}”. Use angemeldet, eingeladen, Warteliste, abgesagt, teilgenommen or nicht erschienen (or registered, invited, waitlisted, declined, cancelled, attended, no-show).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="305"/>
        <source>unknown role “{word}”. Use Teilnahme, Referent/in, Moderation, Podium, Aussteller/in or Organisation (or participant, speaker, moderator, panelist, exhibitor, organiser).</source>
        <translation>unknown role “{word}”. Use Teilnahme, Referent/in, Moderation, Podium, Aussteller/in or Organisation (or participant, speaker, moderator, panelist, exhibitor, organiser).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="348"/>
        <source>… and {count} more problems.</source>
        <translation>… and {count} more problems.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="353"/>
        <source>Nothing was imported from {source}. Correct these rows and import again:
{rows}</source>
        <translation>Nothing was imported from {source}. Correct these rows and import again:
{rows}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="499"/>
        <source>{source}, row {row}: the same person as in row {first}; the later row&apos;s status and role count.</source>
        <translation>{source}, row {row}: the same person as in row {first}; the later row&apos;s status and role count.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/registration_import.py" line="532"/>
        <source>Created by the import of {source}.</source>
        <translation>Created by the import of {source}.</translation>
    </message>
</context>
<context>
    <name>selection</name>
    <message>
        <location filename="../../src/partnercrm/services/person_selection.py" line="64"/>
        <source>“{part}” is not a person number.</source>
        <translation>“{part}” is not a person number.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/person_selection.py" line="77"/>
        <source>There is no tag “{tag}”.</source>
        <translation>There is no tag “{tag}”.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/person_selection.py" line="93"/>
        <source>Unknown status “{s}”. Use one of: {all}.</source>
        <translation>Unknown status “{s}”. Use one of: {all}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/person_selection.py" line="104"/>
        <source>Unknown role “{r}”. Use one of: {all}.</source>
        <translation>Unknown role “{r}”. Use one of: {all}.</translation>
    </message>
</context>
<context>
    <name>tags</name>
    <message>
        <location filename="../../src/partnercrm/services/tags.py" line="39"/>
        <source>“{name}” cannot be a tag.</source>
        <translation>“{name}” cannot be a tag.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/tags.py" line="76"/>
        <source>The tag no longer exists.</source>
        <translation>The tag no longer exists.</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../src/partnercrm/services/timeline.py" line="249"/>
        <source>Person {id} does not exist (any more).</source>
        <translation>Person {id} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/timeline.py" line="258"/>
        <source>Organization {id} does not exist (any more).</source>
        <translation>Organization {id} does not exist (any more).</translation>
    </message>
</context>
<context>
    <name>trash</name>
    <message>
        <location filename="../../src/partnercrm/services/trash.py" line="30"/>
        <source>Record {id} does not exist (any more).</source>
        <translation>Record {id} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/trash.py" line="73"/>
        <source>{name} is not in the trash; move it to the trash first.</source>
        <translation>{name} is not in the trash; move it to the trash first.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="55"/>
        <source>The e-mail address is empty.</source>
        <translation>The e-mail address is empty.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="59"/>
        <source>“{value}” is not an e-mail address: the @ is missing.</source>
        <translation>“{value}” is not an e-mail address: the @ is missing.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="66"/>
        <source>“{value}” is not a valid e-mail address. Write it as name@example.org.</source>
        <translation>“{value}” is not a valid e-mail address. Write it as name@example.org.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="141"/>
        <source>The phone number is empty.</source>
        <translation>The phone number is empty.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="147"/>
        <source>“{value}” is not a phone number. Write it with area code, e.g. 0221 123456 or +49 221 123456.</source>
        <translation>“{value}” is not a phone number. Write it with area code, e.g. 0221 123456 or +49 221 123456.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="157"/>
        <source>“{value}” cannot be a phone number: it has too few or too many digits.</source>
        <translation>“{value}” cannot be a phone number: it has too few or too many digits.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="175"/>
        <source>“{value}” is not a known country. Use a two-letter code such as DE, AT or CH.</source>
        <translation>“{value}” is not a known country. Use a two-letter code such as DE, AT or CH.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="195"/>
        <source>“{value}” is not a postal code of {country}: expected {example}.</source>
        <translation>“{value}” is not a postal code of {country}: expected {example}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="211"/>
        <source>“{value}” is not a web address.</source>
        <translation>“{value}” is not a web address.</translation>
    </message>
</context>
<context>
    <name>vcard</name>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="11"/>
        <source>The file contains no vCard (no BEGIN:VCARD line).</source>
        <translation>The file contains no vCard (no BEGIN:VCARD line).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="12"/>
        <source>The file is larger than {limit} MB and was not read.</source>
        <translation>The file is larger than {limit} MB and was not read.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="15"/>
        <source>The file holds more than {limit} cards; only the first {limit} were read.</source>
        <translation>The file holds more than {limit} cards; only the first {limit} were read.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="18"/>
        <source>The card is larger than {limit} MB and was skipped.</source>
        <translation>The card is larger than {limit} MB and was skipped.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="21"/>
        <source>A {name} property longer than {limit} MB was dropped.</source>
        <translation>A {name} property longer than {limit} MB was dropped.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="24"/>
        <source>The card has more than {limit} properties; the rest were dropped.</source>
        <translation>The card has more than {limit} properties; the rest were dropped.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="27"/>
        <source>The card has no END:VCARD line; it was read up to the next card.</source>
        <translation>The card has no END:VCARD line; it was read up to the next card.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="30"/>
        <source>Nested cards are too deep; the inner ones were skipped.</source>
        <translation>Nested cards are too deep; the inner ones were skipped.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="33"/>
        <source>An embedded AGENT card was skipped.</source>
        <translation>An embedded AGENT card was skipped.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="34"/>
        <source>A line without a property name or colon was skipped: {text}</source>
        <translation>A line without a property name or colon was skipped: {text}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="37"/>
        <source>Dropped a bad {name}: the data is not a complete JPEG, PNG or GIF image.</source>
        <translation>Dropped a bad {name}: the data is not a complete JPEG, PNG or GIF image.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="40"/>
        <source>A second {name} was kept as an extra property.</source>
        <translation>A second {name} was kept as an extra property.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="41"/>
        <source>Unknown character set {charset} on {name}; decoded as UTF-8 or Windows-1252.</source>
        <translation>Unknown character set {charset} on {name}; decoded as UTF-8 or Windows-1252.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="44"/>
        <source>{name} contained bytes that are not valid text; they were replaced by �.</source>
        <translation>{name} contained bytes that are not valid text; they were replaced by �.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="47"/>
        <source>The card could not be read because of an internal error: {error}</source>
        <translation>The card could not be read because of an internal error: {error}</translation>
    </message>
</context>
</TS>
