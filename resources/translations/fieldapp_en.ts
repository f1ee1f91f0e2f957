<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CheckListSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="706" />
        <source>Type to filter the choices</source>
        <translation>Type to filter the choices</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="707" />
        <source>Filter choices</source>
        <translation>Filter choices</translation>
    </message>
</context>
<context>
    <name>ComboSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="647" />
        <source>Type to search</source>
        <translation>Type to search</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="681" />
        <source>Pick one of the suggested answers.</source>
        <translation>Pick one of the suggested answers.</translation>
    </message>
</context>
<context>
    <name>CreateProfileScreen</name>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="76" />
        <source>Welcome to fieldapp</source>
        <translation>Welcome to fieldapp</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="76" />
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="80" />
        <source>Each person using this laptop has their own profile. Everything you collect is encrypted with your passphrase: nobody can read it without it.</source>
        <translation>Each person using this laptop has their own profile. Everything you collect is encrypted with your passphrase: nobody can read it without it.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="88" />
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="90" />
        <source>Enumerator</source>
        <translation>Enumerator</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="91" />
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="92" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="100" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="95" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="101" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="98" />
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="99" />
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="102" />
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="111" />
        <source>Create profile</source>
        <translation>Create profile</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="117" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="134" />
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="139" />
        <source>Use a passphrase of at least {n} characters.</source>
        <translation>Use a passphrase of at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="146" />
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="164" />
        <source>Creating your encrypted profile…</source>
        <translation>Creating your encrypted profile…</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="68" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="69" />
        <source>Recompute the charts from the submissions</source>
        <translation>Recompute the charts from the submissions</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="84" />
        <source>Interviews per enumerator</source>
        <translation>Interviews per enumerator</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="85" />
        <source>Interviews received per day</source>
        <translation>Interviews received per day</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="86" />
        <source>Interviews per form</source>
        <translation>Interviews per form</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="90" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="96" />
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="98" />
        <source>Compare the team with</source>
        <translation>Compare the team with</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="102" />
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="104" />
        <source>Distribution of</source>
        <translation>Distribution of</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="105" />
        <source>Integration index</source>
        <translation>Integration index</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="115" />
        <source>Mean score by dimension (0 to 1)</source>
        <translation>Mean score by dimension (0 to 1)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="116" />
        <source>Respondents by score</source>
        <translation>Respondents by score</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="117" />
        <source>Mean integration index by country</source>
        <translation>Mean integration index by country</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="123" />
        <source>Integration (IPL)</source>
        <translation>Integration (IPL)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="132" />
        <source>Countries of residence</source>
        <translation>Countries of residence</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="133" />
        <source>Contributes to the origin country through</source>
        <translation>Contributes to the origin country through</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="134" />
        <source>Willing to contribute</source>
        <translation>Willing to contribute</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="135" />
        <source>Ways they would contribute</source>
        <translation>Ways they would contribute</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="136" />
        <source>Field of education</source>
        <translation>Field of education</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="137" />
        <source>Sector of work</source>
        <translation>Sector of work</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="149" />
        <source>Diaspora</source>
        <translation>Diaspora</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="164" />
        <source>{n} submission(s) in the charts.</source>
        <translation>{n} submission(s) in the charts.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="169" />
        <source>(team only)</source>
        <translation>(team only)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="172" />
        <source>Enumerator {name}</source>
        <translation>Enumerator {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="176" />
        <source>Country {name}</source>
        <translation>Country {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="187" />
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="188" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="189" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="190" />
        <source>Has issues</source>
        <translation>Has issues</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="218" />
        <source>Team (n={n})</source>
        <translation>Team (n={n})</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="227" />
        <source>{n} scored interview(s); mean integration index {value}.</source>
        <translation>{n} scored interview(s); mean integration index {value}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="232" />
        <source>{n} without consent (not scored).</source>
        <translation>{n} without consent (not scored).</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="236" />
        <source>{n} could not be read.</source>
        <translation>{n} could not be read.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="261" />
        <source>{n} respondent(s) eligible and consenting.</source>
        <translation>{n} respondent(s) eligible and consenting.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="265" />
        <source>{n} screened out or without consent.</source>
        <translation>{n} screened out or without consent.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="271" />
        <source>Remittances</source>
        <translation>Remittances</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="272" />
        <source>Investment</source>
        <translation>Investment</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="273" />
        <source>Trade</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="274" />
        <source>Philanthropy</source>
        <translation>Philanthropy</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="275" />
        <source>Tourism (visits)</source>
        <translation>Tourism (visits)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="291" />
        <source>Others</source>
        <translation>Others</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="53" />
        <source>Export submissions</source>
        <translation>Export submissions</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="64" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="74" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="76" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="84" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="78" />
        <source>CSV (zip: main table and one file per repeat)</source>
        <translation>CSV (zip: main table and one file per repeat)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="79" />
        <source>Excel workbook (one sheet per repeat)</source>
        <translation>Excel workbook (one sheet per repeat)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="80" />
        <source>SPSS .sav with variable and value labels (zip)</source>
        <translation>SPSS .sav with variable and value labels (zip)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="81" />
        <source>Stata .dta with variable and value labels (zip)</source>
        <translation>Stata .dta with variable and value labels (zip)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="86" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="87" />
        <source>Labels in</source>
        <translation>Labels in</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="91" />
        <source>Submissions</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="92" />
        <source>Include sensitive contact fields</source>
        <translation>Include sensitive contact fields</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="94" />
        <source>Names, phone numbers and e-mail addresses of respondents</source>
        <translation>Names, phone numbers and e-mail addresses of respondents</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="103" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="108" />
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="104" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="112" />
        <source>Exported files are NOT encrypted: they hold the answers in plain text. Save them only where the data may be kept, and delete them when done.</source>
        <translation>Exported files are NOT encrypted: they hold the answers in plain text. Save them only where the data may be kept, and delete them when done.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="129" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="261" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="131" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="146" />
        <source>status: {value}</source>
        <translation>status: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="149" />
        <source>enumerators: {value}</source>
        <translation>enumerators: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="152" />
        <source>All received submissions of the form.</source>
        <translation>All received submissions of the form.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="153" />
        <source>As filtered in the queue: {value}</source>
        <translation>As filtered in the queue: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="165" />
        <source>Form default</source>
        <translation>Form default</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="190" />
        <source>Left out unless ticked: {value}</source>
        <translation>Left out unless ticked: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="192" />
        <source>This form has no sensitive contact fields.</source>
        <translation>This form has no sensitive contact fields.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="211" />
        <source>Save the export as</source>
        <translation>Save the export as</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="239" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="242" />
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="256" />
        <source>Exporting… {value}</source>
        <translation>Exporting… {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="269" />
        <source>{n} submission(s) exported to {name}.</source>
        <translation>{n} submission(s) exported to {name}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="274" />
        <source>{n} could not be read and were left out:</source>
        <translation>{n} could not be read and were left out:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="290" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>FlagTexts</name>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="27" />
        <source>paradata</source>
        <translation>paradata</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="28" />
        <source>start/end times</source>
        <translation>start/end times</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="32" />
        <source>The interview took {value} min ({name}), under {share} of the team's median of {limit} min.</source>
        <translation>The interview took {value} min ({name}), under {share} of the team's median of {limit} min.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="38" />
        <source>The interview took {value} min ({name}), under the minimum of {limit} min for this form.</source>
        <translation>The interview took {value} min ({name}), under the minimum of {limit} min for this form.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="49" />
        <source>{count} of {total} answers are don't know / refused ({value}).</source>
        <translation>{count} of {total} answers are don't know / refused ({value}).</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="56" />
        <source>{name} = {value} (team median {total})</source>
        <translation>{name} = {value} (team median {total})</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="61" />
        <source>Unusual compared with the team: {value}.</source>
        <translation>Unusual compared with the team: {value}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="68" />
        <source>Same identifying answers as {count} or more other interview(s): {name}.</source>
        <translation>Same identifying answers as {count} or more other interview(s): {name}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="72" />
        <source>Same identifying answers as {count} other interview(s): {name}.</source>
        <translation>Same identifying answers as {count} other interview(s): {name}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="79" />
        <source>The form asks for a location but none was recorded.</source>
        <translation>The form asks for a location but none was recorded.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="89" />
        <source>this version replaces an earlier submission; see Changes</source>
        <translation>this version replaces an earlier submission; see Changes</translation>
    </message>
    <message>
        <source>this version replaces submission {name}; compare the versions</source>
        <translation type="vanished">this version replaces submission {name}; compare the versions</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="96" />
        <source>{n} answer(s) were changed after the finalize step</source>
        <translation>{n} answer(s) were changed after the finalize step</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="103" />
        <source>Edited after finalizing: {value}.</source>
        <translation>Edited after finalizing: {value}.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="246" />
        <source>fieldapp</source>
        <translation>fieldapp</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="250" />
        <source>Profile: {name}</source>
        <translation>Profile: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="254" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="254" />
        <source>Profile, language and server</source>
        <translation>Profile, language and server</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="256" />
        <source>Switch profile</source>
        <translation>Switch profile</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="258" />
        <source>Lock and choose another profile</source>
        <translation>Lock and choose another profile</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="260" />
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="260" />
        <source>Lock now (Ctrl+Shift+L)</source>
        <translation>Lock now (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="270" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="275" />
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="276" />
        <source>Ready to send</source>
        <translation>Ready to send</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="277" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="278" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="293" />
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="297" />
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="305" />
        <source>Set the server address and access token in Settings to sync.</source>
        <translation>Set the server address and access token in Settings to sync.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="312" />
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="324" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="324" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="324" />
        <source>Form ID</source>
        <translation>Form ID</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="331" />
        <location filename="../../fieldapp/ui/home_screen.py" line="332" />
        <source>Search forms</source>
        <translation>Search forms</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="338" />
        <location filename="../../fieldapp/ui/home_screen.py" line="365" />
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="353" />
        <source>Import a form…</source>
        <translation>Import a form…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="355" />
        <source>An XLSForm (.xlsx) or XForm (.xml) with its media folder</source>
        <translation>An XLSForm (.xlsx) or XForm (.xml) with its media folder</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="358" />
        <source>Start new interview</source>
        <translation>Start new interview</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="372" />
        <source>USB transfer…</source>
        <translation>USB transfer…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="373" />
        <source>Exchange sealed transfer files on a USB stick</source>
        <translation>Exchange sealed transfer files on a USB stick</translation>
    </message>
</context>
<context>
    <name>HubPanel</name>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="236" />
        <source>Without internet, enumerators can sync with this laptop over the local network (Wi-Fi or a cable). The hub keeps their sealed interviews; later, forward them to headquarters.</source>
        <translation>Without internet, enumerators can sync with this laptop over the local network (Wi-Fi or a cable). The hub keeps their sealed interviews; later, forward them to headquarters.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="245" />
        <source>Serve</source>
        <translation>Serve</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="253" />
        <source>Create the hub</source>
        <translation>Create the hub</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="255" />
        <source>Needs the project key (Settings, Project key); done once per laptop</source>
        <translation>Needs the project key (Settings, Project key); done once per laptop</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="259" />
        <location filename="../../fieldapp/ui/hub_panel.py" line="264" />
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="267" />
        <location filename="../../fieldapp/ui/hub_panel.py" line="380" />
        <source>Start serving</source>
        <translation>Start serving</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="285" />
        <source>Enumerator accounts</source>
        <translation>Enumerator accounts</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="289" />
        <source>user name, e.g. ana</source>
        <translation>user name, e.g. ana</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="290" />
        <source>Enumerator's user name</source>
        <translation>Enumerator's user name</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="293" />
        <source>Add enumerator</source>
        <translation>Add enumerator</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="303" />
        <source>New access token</source>
        <translation>New access token</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="305" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="306" />
        <source>Copy the token to the clipboard</source>
        <translation>Copy the token to the clipboard</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="313" />
        <location filename="../../fieldapp/ui/hub_panel.py" line="324" />
        <source>Forward to headquarters</source>
        <translation>Forward to headquarters</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="318" />
        <source>Headquarters server address</source>
        <translation>Headquarters server address</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="321" />
        <source>Your access token at headquarters</source>
        <translation>Your access token at headquarters</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="322" />
        <source>Headquarters server</source>
        <translation>Headquarters server</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="323" />
        <source>Your token there</source>
        <translation>Your token there</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="327" />
        <source>Sends the hub's interviews (still sealed) and your decisions, brings back new forms and headquarters' decisions; safe to repeat</source>
        <translation>Sends the hub's interviews (still sealed) and your decisions, brings back new forms and headquarters' decisions; safe to repeat</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="380" />
        <source>Stop serving</source>
        <translation>Stop serving</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="382" />
        <source>Sync now: use headquarters again</source>
        <translation>Sync now: use headquarters again</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="384" />
        <source>Sync now: use this hub</source>
        <translation>Sync now: use this hub</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="387" />
        <source>Your own Sync now pulls the team's interviews from this hub</source>
        <translation>Your own Sync now pulls the team's interviews from this hub</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="392" />
        <source>No hub yet. Create it once; it needs the project key in Settings.</source>
        <translation>No hub yet. Create it once; it needs the project key in Settings.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="397" />
        <source>Serving on port {value}. Enumerators enter in Settings, Server:</source>
        <translation>Serving on port {value}. Enumerators enter in Settings, Server:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="406" />
        <source>No network connection found: connect to the team's Wi-Fi.</source>
        <translation>No network connection found: connect to the team's Wi-Fi.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="409" />
        <source>Starting the hub…</source>
        <translation>Starting the hub…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="412" />
        <source>The hub is not serving.</source>
        <translation>The hub is not serving.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="442" />
        <source>Field hub created.</source>
        <translation>Field hub created.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="453" />
        <source>The field hub is serving.</source>
        <translation>The field hub is serving.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="496" />
        <source>Token for {name}, shown only now: copy it and give it to them; they enter it in Settings, Server, with the address above.</source>
        <translation>Token for {name}, shown only now: copy it and give it to them; they enter it in Settings, Server, with the address above.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="507" />
        <source>Token copied.</source>
        <translation>Token copied.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="518" />
        <source>Forwarding…</source>
        <translation>Forwarding…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="537" />
        <source>Bringing headquarters' forms and decisions…</source>
        <translation>Bringing headquarters' forms and decisions…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="538" />
        <source>Sending the hub's interviews…</source>
        <translation>Sending the hub's interviews…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="539" />
        <source>Sending your decisions…</source>
        <translation>Sending your decisions…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="540" />
        <source>Finishing…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="556" />
        <source>Forwarded {n} interview(s) and {count} decision(s); received {total} form(s) and {received} decision(s) from headquarters; {failed} failed.</source>
        <translation>Forwarded {n} interview(s) and {count} decision(s); received {total} form(s) and {received} decision(s) from headquarters; {failed} failed.</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="116" />
        <source>Form language</source>
        <translation>Form language</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="117" />
        <source>Language of the questions (Ctrl+L)</source>
        <translation>Language of the questions (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="128" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="136" />
        <source>Supervisor's comments</source>
        <translation>Supervisor's comments</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="159" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="160" />
        <source>Previous page (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="161" />
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="162" />
        <source>Go to a question (Ctrl+J)</source>
        <translation>Go to a question (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="163" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="164" />
        <source>Save the draft now (Ctrl+S)</source>
        <translation>Save the draft now (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="165" />
        <source>Save and close</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="166" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="168" />
        <source>Next page (Enter, Page Down)</source>
        <translation>Next page (Enter, Page Down)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="299" />
        <source>Page {n} of {total}</source>
        <translation>Page {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="323" />
        <source>Supervisor's comment</source>
        <translation>Supervisor's comment</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="354" />
        <source>Remove this entry</source>
        <translation>Remove this entry</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="357" />
        <source>Remove this repeated entry</source>
        <translation>Remove this repeated entry</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="367" />
        <source>You have {count} “{name}”. Add another?</source>
        <translation>You have {count} “{name}”. Add another?</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="374" />
        <source>Add “{name}”</source>
        <translation>Add “{name}”</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="378" />
        <source>No, go on</source>
        <translation>No, go on</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="386" />
        <source>A: add another    N or Enter on “No, go on”: continue</source>
        <translation>A: add another    N or Enter on “No, go on”: continue</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="439" />
        <location filename="../../fieldapp/ui/interview_screen.py" line="548" />
        <source>This answer is not accepted.</source>
        <translation>This answer is not accepted.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="498" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="502" />
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="546" />
        <source>This question is required.</source>
        <translation>This question is required.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="620" />
        <source>Remove entry</source>
        <translation>Remove entry</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="621" />
        <source>Remove this entry and all its answers? This cannot be undone.</source>
        <translation>Remove this entry and all its answers? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="675" />
        <source>Draft saved</source>
        <translation>Draft saved</translation>
    </message>
</context>
<context>
    <name>JumpIndexDialog</name>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="35" />
        <source>Go to a question</source>
        <translation>Go to a question</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="40" />
        <source>✓ answered    ! required, not answered    ✗ answer not accepted</source>
        <translation>✓ answered    ! required, not answered    ✗ answer not accepted</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="44" />
        <source>Type to filter</source>
        <translation>Type to filter</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="45" />
        <source>Filter questions</source>
        <translation>Filter questions</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="51" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="51" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="52" />
        <source>Questions of the form</source>
        <translation>Questions of the form</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="59" />
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="68" />
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="69" />
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="70" />
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="210" />
        <source>Preparing the built-in forms…</source>
        <translation>Preparing the built-in forms…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="276" />
        <source>Write a transfer file for the supervisor…</source>
        <translation>Write a transfer file for the supervisor…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="277" />
        <source>Import the supervisor's reply file…</source>
        <translation>Import the supervisor's reply file…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="290" />
        <source>Opening the form…</source>
        <translation>Opening the form…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="296" />
        <source>Opening the interview…</source>
        <translation>Opening the interview…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="305" />
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="336" />
        <source>Cannot delete</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="343" />
        <source>Import a form</source>
        <translation>Import a form</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="345" />
        <source>Forms (*.xlsx *.xls *.xml *.xhtml)</source>
        <translation>Forms (*.xlsx *.xls *.xml *.xhtml)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="352" />
        <source>Media folder (cancel if the form has none)</source>
        <translation>Media folder (cancel if the form has none)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="363" />
        <source>Importing {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="369" />
        <source>Form imported.</source>
        <translation>Form imported.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="374" />
        <source>Cannot import the form</source>
        <translation>Cannot import the form</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="387" />
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>Syncing: {step}</source>
        <translation type="vanished">Syncing: {step}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="331" />
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="336" />
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="337" />
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="338" />
        <source>Repeat the new passphrase</source>
        <translation>Repeat the new passphrase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="357" />
        <source>Use a passphrase of at least {n} characters.</source>
        <translation>Use a passphrase of at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="363" />
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="104" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="133" />
        <source>Image: {name}</source>
        <translation>Image: {name}</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../fieldapp/ui/radar_chart.py" line="20" />
        <source>Integration scores by dimension</source>
        <translation>Integration scores by dimension</translation>
    </message>
</context>
<context>
    <name>RangeWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="811" />
        <source>not set</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>RankWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="838" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="839" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="840" />
        <source>Use this order</source>
        <translation>Use this order</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="262" />
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="269" />
        <source>If you forget your passphrase, this key is the only way to open your data. Print it or write it down and keep it apart from the laptop. It will not be shown again.</source>
        <translation>If you forget your passphrase, this key is the only way to open your data. Print it or write it down and keep it apart from the laptop. It will not be shown again.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="279" />
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="283" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="285" />
        <source>Save as text…</source>
        <translation>Save as text…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="292" />
        <source>I have kept it safe</source>
        <translation>I have kept it safe</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="300" />
        <source>fieldapp recovery key for profile {name}</source>
        <translation>fieldapp recovery key for profile {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="318" />
        <source>Save the recovery key</source>
        <translation>Save the recovery key</translation>
    </message>
</context>
<context>
    <name>ReviewBridge</name>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="42" />
        <source>Interview too short</source>
        <translation>Interview too short</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="43" />
        <source>Many don't know / refused</source>
        <translation>Many don't know / refused</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="46" />
        <source>Unusual number</source>
        <translation>Unusual number</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="47" />
        <source>Possible duplicate respondent</source>
        <translation>Possible duplicate respondent</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="48" />
        <source>Location missing</source>
        <translation>Location missing</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="49" />
        <source>Answers changed after finalizing</source>
        <translation>Answers changed after finalizing</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="124" />
        <source>Version {n} of {total}</source>
        <translation>Version {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="222" />
        <source>Reading submissions {n}/{total}</source>
        <translation>Reading submissions {n}/{total}</translation>
    </message>
</context>
<context>
    <name>ReviewDetailPane</name>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="78" />
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="81" />
        <source>{n} min {count} s</source>
        <translation>{n} min {count} s</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="125" />
        <location filename="../../fieldapp/ui/review_detail.py" line="148" />
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <source>Your comment</source>
        <translation>Your comment</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="154" />
        <source>Compare with version</source>
        <translation>Compare with version</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="169" />
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="172" />
        <source>Comment on this question…</source>
        <translation>Comment on this question…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="177" />
        <source>Comment for the enumerator (required to return)</source>
        <translation>Comment for the enumerator (required to return)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="178" />
        <source>Comment for the enumerator</source>
        <translation>Comment for the enumerator</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="183" />
        <source>Has issues</source>
        <translation>Has issues</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="184" />
        <source>Keep it here, marked as having issues</source>
        <translation>Keep it here, marked as having issues</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="185" />
        <source>Return to enumerator</source>
        <translation>Return to enumerator</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="187" />
        <source>Send it back with your comments; the enumerator fixes and resubmits it</source>
        <translation>Send it back with your comments; the enumerator fixes and resubmits it</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="189" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="191" />
        <source>Accept the interview as it is</source>
        <translation>Accept the interview as it is</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="193" />
        <source>Or double-click the question, or press Enter on it</source>
        <translation>Or double-click the question, or press Enter on it</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="243" />
        <source>Shortcut: {value}</source>
        <translation>Shortcut: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="262" />
        <source>Choose a submission in the queue.</source>
        <translation>Choose a submission in the queue.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="274" />
        <source>Opening…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="294" />
        <source>Enumerator {name}</source>
        <translation>Enumerator {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="301" />
        <source>Interview time {value}</source>
        <translation>Interview time {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="326" />
        <source>Approved: no further decision is possible.</source>
        <translation>Approved: no further decision is possible.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="353" />
        <source>(no answer)</source>
        <translation>(no answer)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="383" />
        <source>Comment on this question</source>
        <translation>Comment on this question</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="396" />
        <source>Write what the enumerator should fix before returning the interview.</source>
        <translation>Write what the enumerator should fix before returning the interview.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="401" />
        <source>Saving the decision…</source>
        <translation>Saving the decision…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="413" />
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="414" />
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="415" />
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="423" />
        <source>No answer changed.</source>
        <translation>No answer changed.</translation>
    </message>
    <message>
        <source>No answer changed between these versions.</source>
        <translation type="vanished">No answer changed between these versions.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="49" />
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="50" />
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="51" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="52" />
        <source>Has issues</source>
        <translation>Has issues</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="87" />
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="90" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="91" />
        <source>Enumerator</source>
        <translation>Enumerator</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="92" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="88" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="89" />
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="93" />
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="185" />
        <source>Resubmitted: replaces an earlier version</source>
        <translation>Resubmitted: replaces an earlier version</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="195" />
        <source>(damaged record)</source>
        <translation>(damaged record)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="196" />
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <source>(resubmitted)</source>
        <translation type="vanished">(resubmitted)</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="67" />
        <source>Enumerator</source>
        <translation>Enumerator</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="67" />
        <source>All enumerators</source>
        <translation>All enumerators</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="68" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="68" />
        <source>All forms</source>
        <translation>All forms</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="69" />
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="69" />
        <source>Any flags</source>
        <translation>Any flags</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="70" />
        <source>Flagged only</source>
        <translation>Flagged only</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="73" />
        <location filename="../../fieldapp/ui/review_screen.py" line="82" />
        <source>Received from</source>
        <translation>Received from</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="83" />
        <source>Received until</source>
        <translation>Received until</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="90" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="109" />
        <source>Saved filters</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="113" />
        <source>Save filter…</source>
        <translation>Save filter…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="116" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="117" />
        <source>Delete the chosen saved filter</source>
        <translation>Delete the chosen saved filter</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="125" />
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="191" />
        <source>Saved filters…</source>
        <translation>Saved filters…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="231" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="236" />
        <source>{n} submission(s) match.</source>
        <translation>{n} submission(s) match.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="288" />
        <source>Save filter</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="288" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="294" />
        <source>Cannot save the filter</source>
        <translation>Cannot save the filter</translation>
    </message>
</context>
<context>
    <name>SelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="457" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="460" />
        <source>Clear the answer</source>
        <translation>Clear the answer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="66" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="75" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="88" />
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="76" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="78" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="82" />
        <source>Lock after inactivity</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="80" />
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="83" />
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="93" />
        <source>Language of the application</source>
        <translation>Language of the application</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="97" />
        <source>Application language</source>
        <translation>Application language</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="100" />
        <source>Questions are shown in the form's own languages; switch them in the interview.</source>
        <translation>Questions are shown in the form's own languages; switch them in the interview.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="106" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="112" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="116" />
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="115" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="117" />
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="119" />
        <source>Sync is set up: use Sync now on the home screen.</source>
        <translation>Sync is set up: use Sync now on the home screen.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="122" />
        <source>Enter the fieldapp server address and the access token your supervisor gave you. Nothing is sent until you press Sync now.</source>
        <translation>Enter the fieldapp server address and the access token your supervisor gave you. Nothing is sent until you press Sync now.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="129" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="136" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="151" />
        <source>Project key</source>
        <translation>Project key</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="137" />
        <source>Import the project key file…</source>
        <translation>Import the project key file…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="142" />
        <source>Supervisors import the project key file with its passphrase once: the private key is then kept sealed in this profile, protected by your own passphrase. Enumerators import the public key file their supervisor gives them, to write transfer files without a server.</source>
        <translation>Supervisors import the project key file with its passphrase once: the private key is then kept sealed in this profile, protected by your own passphrase. Enumerators import the public key file their supervisor gives them, to write transfer files without a server.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="165" />
        <source>Import the project key file</source>
        <translation>Import the project key file</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="165" />
        <source>Key files (*.json *.key)</source>
        <translation>Key files (*.json *.key)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="173" />
        <source>Project key passphrase</source>
        <translation>Project key passphrase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="174" />
        <source>Passphrase of the project key file (leave empty for a public key file)</source>
        <translation>Passphrase of the project key file (leave empty for a public key file)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="189" />
        <source>Passphrase changed</source>
        <translation>Passphrase changed</translation>
    </message>
</context>
<context>
    <name>StoreBridge</name>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="68" />
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="69" />
        <source>Sending interviews {done}/{total}</source>
        <translation>Sending interviews {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="70" />
        <source>Sending review decisions {done}/{total}</source>
        <translation>Sending review decisions {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="73" />
        <source>Receiving {done}/{total}</source>
        <translation>Receiving {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="74" />
        <source>Finishing…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="83" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="84" />
        <source>Sent (the server had it)</source>
        <translation>Sent (the server had it)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="85" />
        <source>Refused: another version is on the server</source>
        <translation>Refused: another version is on the server</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="88" />
        <source>Refused by the server</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="89" />
        <source>Not sent, will retry</source>
        <translation>Not sent, will retry</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="267" />
        <source>No server configured</source>
        <translation>No server configured</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="269" />
        <source>Server {url}: add the access token in Settings to sync</source>
        <translation>Server {url}: add the access token in Settings to sync</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="273" />
        <source>Server {url}</source>
        <translation>Server {url}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="276" />
        <source>{n} interview(s) ready to send are kept on this laptop.</source>
        <translation>{n} interview(s) ready to send are kept on this laptop.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="331" />
        <source>The server could not be reached; nothing was lost, try again later.</source>
        <translation>The server could not be reached; nothing was lost, try again later.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="334" />
        <source>Sync done: {sent} sent, {received} received, {failed} not sent.</source>
        <translation>Sync done: {sent} sent, {received} received, {failed} not sent.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="444" />
        <source>{n} comment(s)</source>
        <translation>{n} comment(s)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="462" />
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="463" />
        <source>Not sent: {n} attempt(s), last: {error}</source>
        <translation>Not sent: {n} attempt(s), last: {error}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="526" />
        <source>{n} comment(s) on questions, shown with those questions.</source>
        <translation>{n} comment(s) on questions, shown with those questions.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="605" />
        <source>Psychological</source>
        <translation>Psychological</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="606" />
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="607" />
        <source>Political</source>
        <translation>Political</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="608" />
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="609" />
        <source>Linguistic</source>
        <translation>Linguistic</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="610" />
        <source>Navigational</source>
        <translation>Navigational</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="630" />
        <source>Some items were not scored (don't know, refused or unanswered).</source>
        <translation>Some items were not scored (don't know, refused or unanswered).</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="41" />
        <source>End of the form</source>
        <translation>End of the form</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="45" />
        <source>Interview: {name}</source>
        <translation>Interview: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="50" />
        <source>Questions to fix before finalizing</source>
        <translation>Questions to fix before finalizing</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="52" />
        <source>{count} question(s) need attention. Press Enter on one to go there.</source>
        <translation>{count} question(s) need attention. Press Enter on one to go there.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="72" />
        <source>All required questions are answered. You can finalize the form.</source>
        <translation>All required questions are answered. You can finalize the form.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="82" />
        <source>Finalize</source>
        <translation>Finalize</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="86" />
        <source>Mark the interview as complete and move it to Ready to send</source>
        <translation>Mark the interview as complete and move it to Ready to send</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="88" />
        <source>Fix the questions listed above first</source>
        <translation>Fix the questions listed above first</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="91" />
        <source>Save as draft and close</source>
        <translation>Save as draft and close</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="100" />
        <source>Integration scores</source>
        <translation>Integration scores</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="107" />
        <source>Index: not computed — every dimension needs at least one answer.</source>
        <translation>Index: not computed — every dimension needs at least one answer.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="109" />
        <source>IPL Integration Index: {value}</source>
        <translation>IPL Integration Index: {value}</translation>
    </message>
</context>
<context>
    <name>SupervisorArea</name>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="72" />
        <source>Team submissions</source>
        <translation>Team submissions</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="76" />
        <source>USB transfer…</source>
        <translation>USB transfer…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="78" />
        <source>Exchange sealed transfer files with enumerators who cannot sync</source>
        <translation>Exchange sealed transfer files with enumerators who cannot sync</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="81" />
        <source>Import enumerators' transfer file…</source>
        <translation>Import enumerators' transfer file…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="83" />
        <source>Write the reply file for enumerators…</source>
        <translation>Write the reply file for enumerators…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="87" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="88" />
        <source>CSV, Excel, SPSS or Stata files of the submissions</source>
        <translation>CSV, Excel, SPSS or Stata files of the submissions</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="99" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="100" />
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="105" />
        <source>Field hub</source>
        <translation>Field hub</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="166" />
        <source>Approved.</source>
        <translation>Approved.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="167" />
        <source>Returned to the enumerator.</source>
        <translation>Returned to the enumerator.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="168" />
        <source>Marked as having issues.</source>
        <translation>Marked as having issues.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="173" />
        <source>The decision is sent at the next sync or in the reply file.</source>
        <translation>The decision is sent at the next sync or in the reply file.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="198" />
        <source>Reading the submissions…</source>
        <translation>Reading the submissions…</translation>
    </message>
</context>
<context>
    <name>TextInputWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="269" />
        <source>Pick a date from a calendar</source>
        <translation>Pick a date from a calendar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="270" />
        <location filename="../../fieldapp/ui/question_widgets.py" line="367" />
        <source>Pick a date</source>
        <translation>Pick a date</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="289" />
        <source>latitude longitude [altitude accuracy]</source>
        <translation>latitude longitude [altitude accuracy]</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="291" />
        <source>Type or paste coordinates, e.g. 12.34 -56.78 or 12.34, -56.78</source>
        <translation>Type or paste coordinates, e.g. 12.34 -56.78 or 12.34, -56.78</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="296" />
        <source>Type or scan the code</source>
        <translation>Type or scan the code</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="37" />
        <source>No project key yet.</source>
        <translation>No project key yet.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="38" />
        <source>Project {name}, key {value}.</source>
        <translation>Project {name}, key {value}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="43" />
        <source>The private key is held: submissions can be read.</source>
        <translation>The private key is held: submissions can be read.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="47" />
        <source>No private key: import the project key file with its passphrase.</source>
        <translation>No private key: import the project key file with its passphrase.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="113" />
        <source>Transfer file</source>
        <translation>Transfer file</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="128" />
        <source>Write a transfer file for your supervisor</source>
        <translation>Write a transfer file for your supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="138" />
        <source>Writing the transfer file…</source>
        <translation>Writing the transfer file…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="144" />
        <source>{n} interview(s) written to {name}. They stay in your outbox until the supervisor's reply file (or a sync) confirms them.</source>
        <translation>{n} interview(s) written to {name}. They stay in your outbox until the supervisor's reply file (or a sync) confirms them.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="157" />
        <source>Import a transfer file</source>
        <translation>Import a transfer file</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="166" />
        <source>Importing the transfer file…</source>
        <translation>Importing the transfer file…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="174" />
        <source>{n} new submission(s) from {name}; {count} already here.</source>
        <translation>{n} new submission(s) from {name}; {count} already here.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="180" />
        <source>{n} interview(s) confirmed by the supervisor; {count} decision(s).</source>
        <translation>{n} interview(s) confirmed by the supervisor; {count} decision(s).</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="192" />
        <source>Write the reply file for the enumerators</source>
        <translation>Write the reply file for the enumerators</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="202" />
        <source>Writing the reply file…</source>
        <translation>Writing the reply file…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="207" />
        <source>Reply file {name}: {n} receipt(s) and {count} decision(s).</source>
        <translation>Reply file {name}: {n} receipt(s) and {count} decision(s).</translation>
    </message>
</context>
<context>
    <name>TriggerWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="924" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="190" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="213" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="193" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="201" />
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="199" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="202" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="211" />
        <source>New profile…</source>
        <translation>New profile…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="231" />
        <source>Choose a profile and type its passphrase.</source>
        <translation>Choose a profile and type its passphrase.</translation>
    </message>
</context>
<context>
    <name>UploadWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="948" />
        <location filename="../../fieldapp/ui/question_widgets.py" line="971" />
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="952" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="963" />
        <source>Choose an image…</source>
        <translation>Choose an image…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="965" />
        <source>Choose a recording…</source>
        <translation>Choose a recording…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="967" />
        <source>Choose a video…</source>
        <translation>Choose a video…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="968" />
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <location filename="../../fieldapp/ui/charts.py" line="50" />
        <source>No data yet</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>_RecordsTab</name>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="84" />
        <source>Search by name or form</source>
        <translation>Search by name or form</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="85" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="93" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="93" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="93" />
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="91" />
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="91" />
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="103" />
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="130" />
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="134" />
        <source>Delete draft…</source>
        <translation>Delete draft…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="140" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="140" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="158" />
        <source>{n} shown</source>
        <translation>{n} shown</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="164" />
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="216" />
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="218" />
        <source>Delete the draft “{name}” and all its answers? This cannot be undone.</source>
        <translation>Delete the draft “{name}” and all its answers? This cannot be undone.</translation>
    </message>
</context>
</TS>