<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>CheckListSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="705" />
        <source>Type to filter the choices</source>
        <translation>Type to filter the choices</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="706" />
        <source>Filter choices</source>
        <translation>Filter choices</translation>
    </message>
</context>
<context>
    <name>ComboSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="646" />
        <source>Type to search</source>
        <translation>Type to search</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="680" />
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
    <name>HomeScreen</name>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="228" />
        <source>fieldapp</source>
        <translation>fieldapp</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="232" />
        <source>Profile: {name}</source>
        <translation>Profile: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="236" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="236" />
        <source>Profile, language and server</source>
        <translation>Profile, language and server</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="238" />
        <source>Switch profile</source>
        <translation>Switch profile</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="240" />
        <source>Lock and choose another profile</source>
        <translation>Lock and choose another profile</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="242" />
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="242" />
        <source>Lock now (Ctrl+Shift+L)</source>
        <translation>Lock now (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="252" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="257" />
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="258" />
        <source>Ready to send</source>
        <translation>Ready to send</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="259" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="260" />
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="275" />
        <source>Sync status</source>
        <translation>Sync status</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="277" />
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="281" />
        <source>Set the server address and access token in Settings to sync.</source>
        <translation>Set the server address and access token in Settings to sync.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="287" />
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Form ID</source>
        <translation>Form ID</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="308" />
        <location filename="../../fieldapp/ui/home_screen.py" line="309" />
        <source>Search forms</source>
        <translation>Search forms</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="315" />
        <location filename="../../fieldapp/ui/home_screen.py" line="342" />
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="330" />
        <source>Import a form…</source>
        <translation>Import a form…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="332" />
        <source>An XLSForm (.xlsx) or XForm (.xml) with its media folder</source>
        <translation>An XLSForm (.xlsx) or XForm (.xml) with its media folder</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="335" />
        <source>Start new interview</source>
        <translation>Start new interview</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="113" />
        <source>Form language</source>
        <translation>Form language</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="114" />
        <source>Language of the questions (Ctrl+L)</source>
        <translation>Language of the questions (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="125" />
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="133" />
        <source>Supervisor's comments</source>
        <translation>Supervisor's comments</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="156" />
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="157" />
        <source>Previous page (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="158" />
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="159" />
        <source>Go to a question (Ctrl+J)</source>
        <translation>Go to a question (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="160" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="161" />
        <source>Save the draft now (Ctrl+S)</source>
        <translation>Save the draft now (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="162" />
        <source>Save and close</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="163" />
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="165" />
        <source>Next page (Enter, Page Down)</source>
        <translation>Next page (Enter, Page Down)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="296" />
        <source>Page {n} of {total}</source>
        <translation>Page {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="341" />
        <source>Remove this entry</source>
        <translation>Remove this entry</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="344" />
        <source>Remove this repeated entry</source>
        <translation>Remove this repeated entry</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="354" />
        <source>You have {count} “{name}”. Add another?</source>
        <translation>You have {count} “{name}”. Add another?</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="361" />
        <source>Add “{name}”</source>
        <translation>Add “{name}”</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="365" />
        <source>No, go on</source>
        <translation>No, go on</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="373" />
        <source>A: add another    N or Enter on “No, go on”: continue</source>
        <translation>A: add another    N or Enter on “No, go on”: continue</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="425" />
        <location filename="../../fieldapp/ui/interview_screen.py" line="534" />
        <source>This answer is not accepted.</source>
        <translation>This answer is not accepted.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="484" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="488" />
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="532" />
        <source>This question is required.</source>
        <translation>This question is required.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="606" />
        <source>Remove entry</source>
        <translation>Remove entry</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="607" />
        <source>Remove this entry and all its answers? This cannot be undone.</source>
        <translation>Remove this entry and all its answers? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="661" />
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
        <location filename="../../fieldapp/ui/app.py" line="168" />
        <source>Preparing the built-in forms…</source>
        <translation>Preparing the built-in forms…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="210" />
        <source>Opening the form…</source>
        <translation>Opening the form…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="216" />
        <source>Opening the interview…</source>
        <translation>Opening the interview…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="225" />
        <source>Cannot open</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="253" />
        <source>Cannot delete</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="260" />
        <source>Import a form</source>
        <translation>Import a form</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="262" />
        <source>Forms (*.xlsx *.xls *.xml *.xhtml)</source>
        <translation>Forms (*.xlsx *.xls *.xml *.xhtml)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="269" />
        <source>Media folder (cancel if the form has none)</source>
        <translation>Media folder (cancel if the form has none)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="280" />
        <source>Importing {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="286" />
        <source>Form imported.</source>
        <translation>Form imported.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="291" />
        <source>Cannot import the form</source>
        <translation>Cannot import the form</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="304" />
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="308" />
        <source>Syncing: {step}</source>
        <translation>Syncing: {step}</translation>
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
        <location filename="../../fieldapp/ui/question_widgets.py" line="810" />
        <source>not set</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>RankWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="837" />
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="838" />
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="839" />
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
        <location filename="../../fieldapp/ui/settings_dialog.py" line="51" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="60" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="73" />
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="61" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="63" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="67" />
        <source>Lock after inactivity</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="65" />
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="68" />
        <source>Change passphrase…</source>
        <translation>Change passphrase…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="78" />
        <source>Language of the application</source>
        <translation>Language of the application</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="82" />
        <source>Application language</source>
        <translation>Application language</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="85" />
        <source>Questions are shown in the form's own languages; switch them in the interview.</source>
        <translation>Questions are shown in the form's own languages; switch them in the interview.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="91" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="97" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="101" />
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="100" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="102" />
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="104" />
        <source>Sync is set up: use Sync now on the home screen.</source>
        <translation>Sync is set up: use Sync now on the home screen.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="107" />
        <source>Enter the fieldapp server address and the access token your supervisor gave you. Nothing is sent until you press Sync now.</source>
        <translation>Enter the fieldapp server address and the access token your supervisor gave you. Nothing is sent until you press Sync now.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="114" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="125" />
        <source>Passphrase changed</source>
        <translation>Passphrase changed</translation>
    </message>
</context>
<context>
    <name>StoreBridge</name>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="226" />
        <source>No server configured</source>
        <translation>No server configured</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="228" />
        <source>Server {url}: add the access token in Settings to sync</source>
        <translation>Server {url}: add the access token in Settings to sync</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="232" />
        <source>Server {url}</source>
        <translation>Server {url}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="235" />
        <source>{n} interview(s) ready to send are kept on this laptop.</source>
        <translation>{n} interview(s) ready to send are kept on this laptop.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="266" />
        <source>The server could not be reached; nothing was lost, try again later.</source>
        <translation>The server could not be reached; nothing was lost, try again later.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="269" />
        <source>Sync done: {sent} sent, {received} received, {failed} not sent.</source>
        <translation>Sync done: {sent} sent, {received} received, {failed} not sent.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="375" />
        <source>{n} comment(s)</source>
        <translation>{n} comment(s)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="476" />
        <source>Psychological</source>
        <translation>Psychological</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="477" />
        <source>Economic</source>
        <translation>Economic</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="478" />
        <source>Political</source>
        <translation>Political</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="479" />
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="480" />
        <source>Linguistic</source>
        <translation>Linguistic</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="481" />
        <source>Navigational</source>
        <translation>Navigational</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="501" />
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
    <name>TriggerWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="923" />
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
        <location filename="../../fieldapp/ui/question_widgets.py" line="947" />
        <location filename="../../fieldapp/ui/question_widgets.py" line="970" />
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="951" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="962" />
        <source>Choose an image…</source>
        <translation>Choose an image…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="964" />
        <source>Choose a recording…</source>
        <translation>Choose a recording…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="966" />
        <source>Choose a video…</source>
        <translation>Choose a video…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="967" />
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
</context>
<context>
    <name>_RecordsTab</name>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="82" />
        <source>Search by name or form</source>
        <translation>Search by name or form</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="83" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="99" />
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="122" />
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="126" />
        <source>Delete draft…</source>
        <translation>Delete draft…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="132" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="132" />
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="150" />
        <source>{n} shown</source>
        <translation>{n} shown</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="156" />
        <source>(unnamed)</source>
        <translation>(unnamed)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="198" />
        <source>Delete draft</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="200" />
        <source>Delete the draft “{name}” and all its answers? This cannot be undone.</source>
        <translation>Delete the draft “{name}” and all its answers? This cannot be undone.</translation>
    </message>
</context>
</TS>