<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <location filename="../../src/partnercrm/ui/app.py" line="86"/>
        <source>PartnerCRM cannot open the database</source>
        <translation>PartnerCRM cannot open the database</translation>
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
        <location filename="../../src/partnercrm/ui/commands/organizations.py" line="72"/>
        <location filename="../../src/partnercrm/ui/commands/people.py" line="85"/>
        <source>Create {name}</source>
        <translation>Create {name}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/organizations.py" line="110"/>
        <location filename="../../src/partnercrm/ui/commands/people.py" line="135"/>
        <source>Edit {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/organizations.py" line="134"/>
        <location filename="../../src/partnercrm/ui/commands/people.py" line="174"/>
        <source>Move {names} to the trash</source>
        <translation>Move {names} to the trash</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/commands/organizations.py" line="150"/>
        <location filename="../../src/partnercrm/ui/commands/people.py" line="190"/>
        <source>Restore {names}</source>
        <translation>Restore {names}</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="125"/>
        <source>PartnerCRM</source>
        <translation>PartnerCRM</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="177"/>
        <source>New &amp;person</source>
        <translation>New &amp;person</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="180"/>
        <source>New &amp;organisation</source>
        <translation>New &amp;organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="186"/>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Import contacts…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="189"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="195"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="198"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="205"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="212"/>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="215"/>
        <source>Move to &amp;trash</source>
        <translation>Move to &amp;trash</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="221"/>
        <source>&amp;About PartnerCRM</source>
        <translation>&amp;About PartnerCRM</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="236"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="244"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="248"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="250"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="254"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="342"/>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="344"/>
        <source>Contacts are imported with the command line for now:
partnercrm import FILE (vCard, CSV or Excel).</source>
        <translation>Contacts are imported with the command line for now:
partnercrm import FILE (vCard, CSV or Excel).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="359"/>
        <source>About PartnerCRM</source>
        <translation>About PartnerCRM</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="361"/>
        <source>PartnerCRM {version}
Contacts, organisations and events for cross-sector networks, kept on your own computer.</source>
        <translation>PartnerCRM {version}
Contacts, organisations and events for cross-sector networks, kept on your own computer.</translation>
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
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="96"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="100"/>
        <source>Distribution lists</source>
        <translation>Distribution lists</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="101"/>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="108"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/main_window.py" line="109"/>
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
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="438"/>
        <source>Changed meanwhile</source>
        <translation>Changed meanwhile</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="440"/>
        <source>Save mine over it</source>
        <translation>Save mine over it</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="442"/>
        <source>Show the current version (discard mine)</source>
        <translation>Show the current version (discard mine)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="445"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>OrganizationPicker</name>
    <message>
        <location filename="../../src/partnercrm/ui/editors/organization_editor.py" line="66"/>
        <source>None (type to search)</source>
        <translation>None (type to search)</translation>
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
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="107"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="132"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="137"/>
        <source>Move to trash</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="163"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/organizations_view.py" line="164"/>
        <source>Save the changes to this organisation first?</source>
        <translation>Save the changes to this organisation first?</translation>
    </message>
</context>
<context>
    <name>PeopleFilterBar</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="33"/>
        <source>Search people (Ctrl+F): name, organisation, city…</source>
        <translation>Search people (Ctrl+F): name, organisation, city…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="34"/>
        <source>Search people</source>
        <translation>Search people</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="40"/>
        <source>Filter by tag</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="42"/>
        <source>Filter by kind of organisation</source>
        <translation>Filter by kind of organisation</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="43"/>
        <source>All organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="49"/>
        <source>Filter by municipality</source>
        <translation>Filter by municipality</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="51"/>
        <source>Filter by consent</source>
        <translation>Filter by consent</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="52"/>
        <source>Any consent</source>
        <translation>Any consent</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="53"/>
        <source>May be contacted by post</source>
        <translation>May be contacted by post</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="54"/>
        <source>May be contacted by e-mail</source>
        <translation>May be contacted by e-mail</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="55"/>
        <source>Save as list…</source>
        <translation>Save as list…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="56"/>
        <source>Save this selection as a distribution list</source>
        <translation>Save this selection as a distribution list</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="83"/>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_filters.py" line="85"/>
        <source>All municipalities</source>
        <translation>All municipalities</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="38"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="64"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="82"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="87"/>
        <source>Move to trash</source>
        <translation>Move to trash</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="129"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="130"/>
        <source>Save the changes to this person first?</source>
        <translation>Save the changes to this person first?</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="157"/>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="167"/>
        <source>Save as distribution list</source>
        <translation>Save as distribution list</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="157"/>
        <source>Name of the list:</source>
        <translation>Name of the list:</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/people_view.py" line="169"/>
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
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="354"/>
        <source>Changed meanwhile</source>
        <translation>Changed meanwhile</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="356"/>
        <source>Save mine over it</source>
        <translation>Save mine over it</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="358"/>
        <source>Show the current version (discard mine)</source>
        <translation>Show the current version (discard mine)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/editors/person_editor.py" line="361"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>RecentPeople</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="47"/>
        <source>Recently changed contacts</source>
        <translation>Recently changed contacts</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="61"/>
        <source>No contacts yet.</source>
        <translation>No contacts yet.</translation>
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
        <translation>What needs attention</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="100"/>
        <source>Recently changed contacts</source>
        <translation>Recently changed contacts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="129"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="131"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="166"/>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="173"/>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="168"/>
        <source>Contacts (*.vcf *.vcard *.csv *.xlsx);;All files (*)</source>
        <translation>Contacts (*.vcf *.vcard *.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="174"/>
        <source>Import {path} with: partnercrm import “{path}”</source>
        <translation>Import {path} with: partnercrm import “{path}”</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="190"/>
        <source>Loading the demo network…</source>
        <translation>Loading the demo network…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/start_page.py" line="198"/>
        <source>Load demo network</source>
        <translation>Load demo network</translation>
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
    <name>TrashView</name>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="46"/>
        <source>People in the trash</source>
        <translation>People in the trash</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="49"/>
        <source>Organisations in the trash</source>
        <translation>Organisations in the trash</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="51"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="52"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="53"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="54"/>
        <source>Delete for &amp;good…</source>
        <translation>Delete for &amp;good…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="56"/>
        <source>Items in the trash are hidden everywhere else. Restoring can be undone.</source>
        <translation>Items in the trash are hidden everywhere else. Restoring can be undone.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="80"/>
        <source>In the trash: %n person(s)</source>
        <translation>
            <numerusform>In the trash: %n person</numerusform>
            <numerusform>In the trash: %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="82"/>
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="100"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="117"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="128"/>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="142"/>
        <source>Delete for good</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/views/trash_view.py" line="130"/>
        <source>Delete {names} for good? This cannot be undone; everything stored about them is erased.</source>
        <translation>Delete {names} for good? This cannot be undone; everything stored about them is erased.</translation>
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
        <location filename="../../src/partnercrm/ui/welcome.py" line="40"/>
        <source>Import contacts…</source>
        <translation>Import contacts…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/welcome.py" line="41"/>
        <source>Load demo network</source>
        <translation>Load demo network</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/ui/welcome.py" line="42"/>
        <source>Start empty</source>
        <translation>Start empty</translation>
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
        <location filename="../../src/partnercrm/services/affiliations.py" line="99"/>
        <source>The organization {id} does not exist.</source>
        <translation>The organization {id} does not exist.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/affiliations.py" line="114"/>
        <source>The role cannot end before it begins.</source>
        <translation>The role cannot end before it begins.</translation>
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
        <location filename="../../src/partnercrm/cli/export_commands.py" line="32"/>
        <source>Exported {people} people, {orgs} organizations, {events} events and {interactions} interactions to {path}.</source>
        <translation>Exported {people} people, {orgs} organizations, {events} events and {interactions} interactions to {path}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/main.py" line="58"/>
        <source>Error: {message}</source>
        <translation>Error: {message}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/main.py" line="63"/>
        <source>Internal error: {message}. Please report this.</source>
        <translation>Internal error: {message}. Please report this.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/main.py" line="69"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/cli/main.py" line="76"/>
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
</context>
<context>
    <name>database</name>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="98"/>
        <source>{path} is a folder, not a database file. Give the path of a file, for example {path}/partnercrm.sqlite.</source>
        <translation>{path} is a folder, not a database file. Give the path of a file, for example {path}/partnercrm.sqlite.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="110"/>
        <source>{path} cannot be read ({reason}). Check the file&apos;s permissions.</source>
        <translation>{path} cannot be read ({reason}). Check the file&apos;s permissions.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="117"/>
        <source>{path} is not a PartnerCRM database (it is not an SQLite file). The file was left unchanged. Choose another file with --db, or start without --db to use your default database.</source>
        <translation>{path} is not a PartnerCRM database (it is not an SQLite file). The file was left unchanged. Choose another file with --db, or start without --db to use your default database.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="126"/>
        <source>PartnerCRM cannot write to {path}. Make the file and its folder writable, or copy the database to a folder of your own.</source>
        <translation>PartnerCRM cannot write to {path}. Make the file and its folder writable, or copy the database to a folder of your own.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="135"/>
        <source>There is no database at {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="141"/>
        <source>The folder {folder} does not exist. Create it first or choose another path for the database.</source>
        <translation>The folder {folder} does not exist. Create it first or choose another path for the database.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="151"/>
        <source>PartnerCRM cannot create its data folder {folder} ({reason}).</source>
        <translation>PartnerCRM cannot create its data folder {folder} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="158"/>
        <source>PartnerCRM cannot create a database in {folder}: the folder is not writable. Choose a folder of your own with --db.</source>
        <translation>PartnerCRM cannot create a database in {folder}: the folder is not writable. Choose a folder of your own with --db.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="175"/>
        <source>The database at {url} cannot be used: the driver for “{driver}” is not installed ({reason}). Install it, or use an SQLite file with --db.</source>
        <translation>The database at {url} cannot be used: the driver for “{driver}” is not installed ({reason}). Install it, or use an SQLite file with --db.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="217"/>
        <source>The database server at {url} cannot be reached ({reason}). Check that the server runs, that the address, user and password are right, and that this computer may connect to it.</source>
        <translation>The database server at {url} cannot be reached ({reason}). Check that the server runs, that the address, user and password are right, and that this computer may connect to it.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="229"/>
        <source>{path} is a database of another program, not of PartnerCRM. It was left unchanged. Choose another file with --db.</source>
        <translation>{path} is a database of another program, not of PartnerCRM. It was left unchanged. Choose another file with --db.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="237"/>
        <source>{path} was written by a newer version of PartnerCRM (schema {revision}). Install the newer version to open it; this version leaves it unchanged.</source>
        <translation>{path} was written by a newer version of PartnerCRM (schema {revision}). Install the newer version to open it; this version leaves it unchanged.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="259"/>
        <source>{path} is damaged or not a database ({reason}). It was left unchanged. Restore a backup (partnercrm backup makes them) or choose another file.</source>
        <translation>{path} is damaged or not a database ({reason}). It was left unchanged. Restore a backup (partnercrm backup makes them) or choose another file.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/database.py" line="266"/>
        <source>{path} cannot be opened ({reason}).</source>
        <translation>{path} cannot be opened ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/store/location.py" line="59"/>
        <source>“{value}” is not a valid database address. Give a file path or a URL such as postgresql://user@host/partnercrm.</source>
        <translation>“{value}” is not a valid database address. Give a file path or a URL such as postgresql://user@host/partnercrm.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="405"/>
        <source>The demo needs at least 10 people.</source>
        <translation>The demo needs at least 10 people.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="410"/>
        <source>The database already holds {count} people; the demo network is only loaded into an empty database. Use --db with a new file name.</source>
        <translation>The database already holds {count} people; the demo network is only loaded into an empty database. Use --db with a new file name.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="418"/>
        <source>Creating organizations and people…</source>
        <translation>Creating organizations and people…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="423"/>
        <source>Creating interactions and events…</source>
        <translation>Creating interactions and events…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="427"/>
        <source>Writing to the database…</source>
        <translation>Writing to the database…</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/demo_network.py" line="429"/>
        <source>Building the search index…</source>
        <translation>Building the search index…</translation>
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
        <location filename="../../src/partnercrm/services/organizations.py" line="296"/>
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
        <location filename="../../src/partnercrm/services/organizations.py" line="272"/>
        <source>{name} is not in the trash.</source>
        <translation>{name} is not in the trash.</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="../../src/partnercrm/services/people.py" line="167"/>
        <source>Enter at least a first or a last name.</source>
        <translation>Enter at least a first or a last name.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/people.py" line="235"/>
        <location filename="../../src/partnercrm/services/people.py" line="347"/>
        <source>Person {id} does not exist (any more).</source>
        <translation>Person {id} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/people.py" line="258"/>
        <source>{name} was changed by someone else while you were editing. Reload to see the current version, or save yours over it.</source>
        <translation>{name} was changed by someone else while you were editing. Reload to see the current version, or save yours over it.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/people.py" line="316"/>
        <source>{name} is not in the trash; move it to the trash first.</source>
        <translation>{name} is not in the trash; move it to the trash first.</translation>
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
    <name>validation</name>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="53"/>
        <source>The e-mail address is empty.</source>
        <translation>The e-mail address is empty.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="57"/>
        <source>“{value}” is not an e-mail address: the @ is missing.</source>
        <translation>“{value}” is not an e-mail address: the @ is missing.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="64"/>
        <source>“{value}” is not a valid e-mail address. Write it as name@example.org.</source>
        <translation>“{value}” is not a valid e-mail address. Write it as name@example.org.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="89"/>
        <source>The phone number is empty.</source>
        <translation>The phone number is empty.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="95"/>
        <source>“{value}” is not a phone number. Write it with area code, e.g. 0221 123456 or +49 221 123456.</source>
        <translation>“{value}” is not a phone number. Write it with area code, e.g. 0221 123456 or +49 221 123456.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="104"/>
        <source>“{value}” cannot be a phone number: it has too few or too many digits.</source>
        <translation>“{value}” cannot be a phone number: it has too few or too many digits.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="122"/>
        <source>“{value}” is not a known country. Use a two-letter code such as DE, AT or CH.</source>
        <translation>“{value}” is not a known country. Use a two-letter code such as DE, AT or CH.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="142"/>
        <source>“{value}” is not a postal code of {country}: expected {example}.</source>
        <translation>“{value}” is not a postal code of {country}: expected {example}.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/services/validation.py" line="158"/>
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
        <source>The card is larger than {limit} MB and was skipped.</source>
        <translation>The card is larger than {limit} MB and was skipped.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="18"/>
        <source>A {name} property longer than {limit} MB was dropped.</source>
        <translation>A {name} property longer than {limit} MB was dropped.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="21"/>
        <source>The card has more than {limit} properties; the rest were dropped.</source>
        <translation>The card has more than {limit} properties; the rest were dropped.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="24"/>
        <source>The card has no END:VCARD line; it was read up to the next card.</source>
        <translation>The card has no END:VCARD line; it was read up to the next card.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="27"/>
        <source>Nested cards are too deep; the inner ones were skipped.</source>
        <translation>Nested cards are too deep; the inner ones were skipped.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="30"/>
        <source>An embedded AGENT card was skipped.</source>
        <translation>An embedded AGENT card was skipped.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="31"/>
        <source>A line without a property name or colon was skipped: {text}</source>
        <translation>A line without a property name or colon was skipped: {text}</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="34"/>
        <source>Dropped a bad {name}: the data is not a complete JPEG, PNG or GIF image.</source>
        <translation>Dropped a bad {name}: the data is not a complete JPEG, PNG or GIF image.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="37"/>
        <source>A second {name} was kept as an extra property.</source>
        <translation>A second {name} was kept as an extra property.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="38"/>
        <source>Unknown character set {charset} on {name}; decoded as UTF-8 or Windows-1252.</source>
        <translation>Unknown character set {charset} on {name}; decoded as UTF-8 or Windows-1252.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="41"/>
        <source>{name} contained bytes that are not valid text; they were replaced by �.</source>
        <translation>{name} contained bytes that are not valid text; they were replaced by �.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="44"/>
        <source>The file is UTF-16 encoded; it was converted.</source>
        <translation>The file is UTF-16 encoded; it was converted.</translation>
    </message>
    <message>
        <location filename="../../src/partnercrm/interchange/vcard_messages.py" line="45"/>
        <source>The card could not be read because of an internal error: {error}</source>
        <translation>The card could not be read because of an internal error: {error}</translation>
    </message>
</context>
</TS>
