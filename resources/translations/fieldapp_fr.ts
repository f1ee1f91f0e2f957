<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>CheckListSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="706" />
        <source>Type to filter the choices</source>
        <translation>Tapez pour filtrer les choix</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="707" />
        <source>Filter choices</source>
        <translation>Filtrer les choix</translation>
    </message>
</context>
<context>
    <name>ComboSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="647" />
        <source>Type to search</source>
        <translation>Tapez pour rechercher</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="681" />
        <source>Pick one of the suggested answers.</source>
        <translation>Choisissez l’une des réponses proposées.</translation>
    </message>
</context>
<context>
    <name>CreateProfileScreen</name>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="76" />
        <source>Welcome to fieldapp</source>
        <translation>Bienvenue dans fieldapp</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="76" />
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="80" />
        <source>Each person using this laptop has their own profile. Everything you collect is encrypted with your passphrase: nobody can read it without it.</source>
        <translation>Chaque personne qui utilise cet ordinateur a son propre profil. Tout ce que vous collectez est chiffré avec votre phrase secrète : personne ne peut le lire sans elle.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="88" />
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="90" />
        <source>Enumerator</source>
        <translation>Enquêteur·rice</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="91" />
        <source>Supervisor</source>
        <translation>Superviseur·e</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="92" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="100" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="95" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="101" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="98" />
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="99" />
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="102" />
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="111" />
        <source>Create profile</source>
        <translation>Créer le profil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="117" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="134" />
        <source>Enter your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="139" />
        <source>Use a passphrase of at least {n} characters.</source>
        <translation>Utilisez une phrase secrète d’au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="146" />
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="164" />
        <source>Creating your encrypted profile…</source>
        <translation>Création de votre profil chiffré…</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="68" />
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="69" />
        <source>Recompute the charts from the submissions</source>
        <translation>Recalculer les graphiques à partir des soumissions</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="84" />
        <source>Interviews per enumerator</source>
        <translation>Entretiens par enquêteur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="85" />
        <source>Interviews received per day</source>
        <translation>Entretiens reçus par jour</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="86" />
        <source>Interviews per form</source>
        <translation>Entretiens par formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="90" />
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="96" />
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="98" />
        <source>Compare the team with</source>
        <translation>Comparer l'équipe avec</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="102" />
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="104" />
        <source>Distribution of</source>
        <translation>Distribution de</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="105" />
        <source>Integration index</source>
        <translation>Indice d'intégration</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="115" />
        <source>Mean score by dimension (0 to 1)</source>
        <translation>Score moyen par dimension (0 à 1)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="116" />
        <source>Respondents by score</source>
        <translation>Répondants par score</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="117" />
        <source>Mean integration index by country</source>
        <translation>Indice d'intégration moyen par pays</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="123" />
        <source>Integration (IPL)</source>
        <translation>Intégration (IPL)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="132" />
        <source>Countries of residence</source>
        <translation>Pays de résidence</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="133" />
        <source>Contributes to the origin country through</source>
        <translation>Contribue au pays d'origine par</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="134" />
        <source>Willing to contribute</source>
        <translation>Prêts à contribuer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="135" />
        <source>Ways they would contribute</source>
        <translation>Façons de contribuer envisagées</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="136" />
        <source>Field of education</source>
        <translation>Domaine d'études</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="137" />
        <source>Sector of work</source>
        <translation>Secteur d'activité</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="149" />
        <source>Diaspora</source>
        <translation>Diaspora</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="164" />
        <source>{n} submission(s) in the charts.</source>
        <translation>{n} soumission(s) dans les graphiques.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="169" />
        <source>(team only)</source>
        <translation>(équipe seulement)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="172" />
        <source>Enumerator {name}</source>
        <translation>Enquêteur {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="176" />
        <source>Country {name}</source>
        <translation>Pays {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="187" />
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="188" />
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="189" />
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="190" />
        <source>Has issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="218" />
        <source>Team (n={n})</source>
        <translation>Équipe (n={n})</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="227" />
        <source>{n} scored interview(s); mean integration index {value}.</source>
        <translation>{n} entretien(s) notés ; indice d'intégration moyen {value}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="232" />
        <source>{n} without consent (not scored).</source>
        <translation>{n} sans consentement (non notés).</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="236" />
        <source>{n} could not be read.</source>
        <translation>{n} n'ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="261" />
        <source>{n} respondent(s) eligible and consenting.</source>
        <translation>{n} répondant(s) éligibles et consentants.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="265" />
        <source>{n} screened out or without consent.</source>
        <translation>{n} exclus à la sélection ou sans consentement.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="271" />
        <source>Remittances</source>
        <translation>Envois de fonds</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="272" />
        <source>Investment</source>
        <translation>Investissement</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="273" />
        <source>Trade</source>
        <translation>Commerce</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="274" />
        <source>Philanthropy</source>
        <translation>Philanthropie</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="275" />
        <source>Tourism (visits)</source>
        <translation>Tourisme (visites)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="291" />
        <source>Others</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="53" />
        <source>Export submissions</source>
        <translation>Exporter les soumissions</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="64" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="74" />
        <source>Form</source>
        <translation>Formulaire</translation>
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
        <translation>CSV (zip : table principale et un fichier par répétition)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="79" />
        <source>Excel workbook (one sheet per repeat)</source>
        <translation>Classeur Excel (une feuille par répétition)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="80" />
        <source>SPSS .sav with variable and value labels (zip)</source>
        <translation>SPSS .sav avec étiquettes de variables et de valeurs (zip)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="81" />
        <source>Stata .dta with variable and value labels (zip)</source>
        <translation>Stata .dta avec étiquettes de variables et de valeurs (zip)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="86" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="87" />
        <source>Labels in</source>
        <translation>Libellés en</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="91" />
        <source>Submissions</source>
        <translation>Soumissions</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="92" />
        <source>Include sensitive contact fields</source>
        <translation>Inclure les coordonnées sensibles</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="94" />
        <source>Names, phone numbers and e-mail addresses of respondents</source>
        <translation>Noms, numéros de téléphone et adresses e-mail des répondants</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="103" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="108" />
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="104" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="112" />
        <source>Exported files are NOT encrypted: they hold the answers in plain text. Save them only where the data may be kept, and delete them when done.</source>
        <translation>Les fichiers exportés ne sont PAS chiffrés : ils contiennent les réponses en clair. Enregistrez-les uniquement là où les données peuvent être conservées et supprimez-les ensuite.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="129" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="261" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="131" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="146" />
        <source>status: {value}</source>
        <translation>statut : {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="149" />
        <source>enumerators: {value}</source>
        <translation>enquêteurs : {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="152" />
        <source>All received submissions of the form.</source>
        <translation>Toutes les soumissions reçues du formulaire.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="153" />
        <source>As filtered in the queue: {value}</source>
        <translation>Selon le filtre de la file : {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="165" />
        <source>Form default</source>
        <translation>Par défaut du formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="190" />
        <source>Left out unless ticked: {value}</source>
        <translation>Exclus sauf si la case est cochée : {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="192" />
        <source>This form has no sensitive contact fields.</source>
        <translation>Ce formulaire n'a pas de coordonnées sensibles.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="211" />
        <source>Save the export as</source>
        <translation>Enregistrer l'export sous</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="239" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="242" />
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="256" />
        <source>Exporting… {value}</source>
        <translation>Export en cours… {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="269" />
        <source>{n} submission(s) exported to {name}.</source>
        <translation>{n} soumission(s) exportée(s) vers {name}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="274" />
        <source>{n} could not be read and were left out:</source>
        <translation>{n} n'ont pas pu être lus et ont été exclus :</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="290" />
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>FlagTexts</name>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="27" />
        <source>paradata</source>
        <translation>paradonnées</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="28" />
        <source>start/end times</source>
        <translation>heures de début et de fin</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="32" />
        <source>The interview took {value} min ({name}), under {share} of the team's median of {limit} min.</source>
        <translation>L'entretien a duré {value} min ({name}), moins de {share} de la médiane de l'équipe, {limit} min.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="38" />
        <source>The interview took {value} min ({name}), under the minimum of {limit} min for this form.</source>
        <translation>L'entretien a duré {value} min ({name}), moins que le minimum de {limit} min pour ce formulaire.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="49" />
        <source>{count} of {total} answers are don't know / refused ({value}).</source>
        <translation>{count} réponses sur {total} sont « ne sait pas » / refus ({value}).</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="56" />
        <source>{name} = {value} (team median {total})</source>
        <translation>{name} = {value} (médiane de l'équipe {total})</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="61" />
        <source>Unusual compared with the team: {value}.</source>
        <translation>Inhabituel par rapport à l'équipe : {value}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="68" />
        <source>Same identifying answers as {count} or more other interview(s): {name}.</source>
        <translation>Mêmes réponses d'identification que {count} autre(s) entretien(s) ou plus : {name}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="72" />
        <source>Same identifying answers as {count} other interview(s): {name}.</source>
        <translation>Mêmes réponses d'identification que {count} autre(s) entretien(s) : {name}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="79" />
        <source>The form asks for a location but none was recorded.</source>
        <translation>Le formulaire demande une position, mais aucune n'a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="89" />
        <source>this version replaces an earlier submission; see Changes</source>
        <translation>cette version remplace un envoi précédent ; voir Modifications</translation>
    </message>
    <message>
        <source>this version replaces submission {name}; compare the versions</source>
        <translation type="vanished">cette version remplace l'envoi {name} ; comparez les versions</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="96" />
        <source>{n} answer(s) were changed after the finalize step</source>
        <translation>{n} réponse(s) modifiée(s) après la finalisation</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="103" />
        <source>Edited after finalizing: {value}.</source>
        <translation>Modifié après la finalisation : {value}.</translation>
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
        <translation>Profil : {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="254" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="254" />
        <source>Profile, language and server</source>
        <translation>Profil, langue et serveur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="256" />
        <source>Switch profile</source>
        <translation>Changer de profil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="258" />
        <source>Lock and choose another profile</source>
        <translation>Verrouiller et choisir un autre profil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="260" />
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="260" />
        <source>Lock now (Ctrl+Shift+L)</source>
        <translation>Verrouiller maintenant (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="270" />
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="275" />
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="276" />
        <source>Ready to send</source>
        <translation>Prêts à envoyer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="277" />
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="278" />
        <source>Returned</source>
        <translation>Renvoyés</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="293" />
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="297" />
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="305" />
        <source>Set the server address and access token in Settings to sync.</source>
        <translation>Indiquez l’adresse du serveur et le jeton d’accès dans Paramètres pour synchroniser.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="312" />
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="324" />
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="324" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="324" />
        <source>Form ID</source>
        <translation>ID du formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="331" />
        <location filename="../../fieldapp/ui/home_screen.py" line="332" />
        <source>Search forms</source>
        <translation>Rechercher des formulaires</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="338" />
        <location filename="../../fieldapp/ui/home_screen.py" line="365" />
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="353" />
        <source>Import a form…</source>
        <translation>Importer un formulaire…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="355" />
        <source>An XLSForm (.xlsx) or XForm (.xml) with its media folder</source>
        <translation>Un XLSForm (.xlsx) ou XForm (.xml) avec son dossier de médias</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="358" />
        <source>Start new interview</source>
        <translation>Commencer un entretien</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="372" />
        <source>USB transfer…</source>
        <translation>Transfert USB…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="373" />
        <source>Exchange sealed transfer files on a USB stick</source>
        <translation>Échanger des fichiers de transfert scellés sur une clé USB</translation>
    </message>
</context>
<context>
    <name>HubPanel</name>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="236" />
        <source>Without internet, enumerators can sync with this laptop over the local network (Wi-Fi or a cable). The hub keeps their sealed interviews; later, forward them to headquarters.</source>
        <translation>Sans internet, les enquêteurs peuvent synchroniser avec cet ordinateur par le réseau local (wifi ou câble). Le hub garde leurs entretiens scellés ; ensuite, transférez-les au siège.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="245" />
        <source>Serve</source>
        <translation>Servir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="253" />
        <source>Create the hub</source>
        <translation>Créer le hub</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="255" />
        <source>Needs the project key (Settings, Project key); done once per laptop</source>
        <translation>Nécessite la clé du projet (Paramètres, Clé du projet) ; une fois par ordinateur</translation>
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
        <translation>Démarrer le service</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="285" />
        <source>Enumerator accounts</source>
        <translation>Comptes des enquêteurs</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="289" />
        <source>user name, e.g. ana</source>
        <translation>nom d'utilisateur, p. ex. ana</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="290" />
        <source>Enumerator's user name</source>
        <translation>Nom d'utilisateur de l'enquêteur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="293" />
        <source>Add enumerator</source>
        <translation>Ajouter un enquêteur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="303" />
        <source>New access token</source>
        <translation>Nouveau jeton d'accès</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="305" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="306" />
        <source>Copy the token to the clipboard</source>
        <translation>Copier le jeton dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="313" />
        <location filename="../../fieldapp/ui/hub_panel.py" line="324" />
        <source>Forward to headquarters</source>
        <translation>Transférer au siège</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="318" />
        <source>Headquarters server address</source>
        <translation>Adresse du serveur du siège</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="321" />
        <source>Your access token at headquarters</source>
        <translation>Votre jeton d'accès au siège</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="322" />
        <source>Headquarters server</source>
        <translation>Serveur du siège</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="323" />
        <source>Your token there</source>
        <translation>Votre jeton là-bas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="327" />
        <source>Sends the hub's interviews (still sealed) and your decisions, brings back new forms and headquarters' decisions; safe to repeat</source>
        <translation>Envoie les entretiens du hub (toujours scellés) et vos décisions, rapporte les nouveaux formulaires et les décisions du siège ; peut être répété sans risque</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="380" />
        <source>Stop serving</source>
        <translation>Arrêter le service</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="382" />
        <source>Sync now: use headquarters again</source>
        <translation>Synchroniser : revenir au siège</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="384" />
        <source>Sync now: use this hub</source>
        <translation>Synchroniser : utiliser ce hub</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="387" />
        <source>Your own Sync now pulls the team's interviews from this hub</source>
        <translation>Votre propre synchronisation récupère les entretiens de l'équipe depuis ce hub</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="392" />
        <source>No hub yet. Create it once; it needs the project key in Settings.</source>
        <translation>Pas encore de hub. Créez-le une fois ; il faut la clé du projet dans les Paramètres.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="397" />
        <source>Serving on port {value}. Enumerators enter in Settings, Server:</source>
        <translation>En service sur le port {value}. Les enquêteurs saisissent dans Paramètres, Serveur :</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="406" />
        <source>No network connection found: connect to the team's Wi-Fi.</source>
        <translation>Aucune connexion réseau : connectez-vous au wifi de l'équipe.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="409" />
        <source>Starting the hub…</source>
        <translation>Démarrage du hub…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="412" />
        <source>The hub is not serving.</source>
        <translation>Le hub n'est pas en service.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="442" />
        <source>Field hub created.</source>
        <translation>Hub de terrain créé.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="453" />
        <source>The field hub is serving.</source>
        <translation>Le hub de terrain est en service.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="496" />
        <source>Token for {name}, shown only now: copy it and give it to them; they enter it in Settings, Server, with the address above.</source>
        <translation>Jeton de {name}, affiché seulement maintenant : copiez-le et donnez-le-lui ; il le saisit dans Paramètres, Serveur, avec l'adresse ci-dessus.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="507" />
        <source>Token copied.</source>
        <translation>Jeton copié.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="518" />
        <source>Forwarding…</source>
        <translation>Transfert…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="537" />
        <source>Bringing headquarters' forms and decisions…</source>
        <translation>Récupération des formulaires et décisions du siège…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="538" />
        <source>Sending the hub's interviews…</source>
        <translation>Envoi des entretiens du hub…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="539" />
        <source>Sending your decisions…</source>
        <translation>Envoi de vos décisions…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="540" />
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="556" />
        <source>Forwarded {n} interview(s) and {count} decision(s); received {total} form(s) and {received} decision(s) from headquarters; {failed} failed.</source>
        <translation>{n} entretien(s) et {count} décision(s) transférés ; {total} formulaire(s) et {received} décision(s) reçus du siège ; {failed} en échec.</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="116" />
        <source>Form language</source>
        <translation>Langue du formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="117" />
        <source>Language of the questions (Ctrl+L)</source>
        <translation>Langue des questions (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="128" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="136" />
        <source>Supervisor's comments</source>
        <translation>Commentaires du superviseur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="159" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="160" />
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="161" />
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="162" />
        <source>Go to a question (Ctrl+J)</source>
        <translation>Aller à une question (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="163" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="164" />
        <source>Save the draft now (Ctrl+S)</source>
        <translation>Enregistrer le brouillon maintenant (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="165" />
        <source>Save and close</source>
        <translation>Enregistrer et fermer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="166" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="168" />
        <source>Next page (Enter, Page Down)</source>
        <translation>Page suivante (Entrée, Page suiv.)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="299" />
        <source>Page {n} of {total}</source>
        <translation>Page {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="323" />
        <source>Supervisor's comment</source>
        <translation>Commentaire du superviseur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="354" />
        <source>Remove this entry</source>
        <translation>Supprimer cette entrée</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="357" />
        <source>Remove this repeated entry</source>
        <translation>Supprimer cette entrée répétée</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="367" />
        <source>You have {count} “{name}”. Add another?</source>
        <translation>Vous avez {count} « {name} ». En ajouter un autre ?</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="374" />
        <source>Add “{name}”</source>
        <translation>Ajouter « {name} »</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="378" />
        <source>No, go on</source>
        <translation>Non, continuer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="386" />
        <source>A: add another    N or Enter on “No, go on”: continue</source>
        <translation>A : en ajouter un    N ou Entrée sur « Non, continuer » : continuer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="439" />
        <location filename="../../fieldapp/ui/interview_screen.py" line="548" />
        <source>This answer is not accepted.</source>
        <translation>Cette réponse n’est pas acceptée.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="498" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="502" />
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="546" />
        <source>This question is required.</source>
        <translation>Cette question est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="620" />
        <source>Remove entry</source>
        <translation>Supprimer l’entrée</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="621" />
        <source>Remove this entry and all its answers? This cannot be undone.</source>
        <translation>Supprimer cette entrée et toutes ses réponses ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="675" />
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
</context>
<context>
    <name>JumpIndexDialog</name>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="35" />
        <source>Go to a question</source>
        <translation>Aller à une question</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="40" />
        <source>✓ answered    ! required, not answered    ✗ answer not accepted</source>
        <translation>✓ répondue    ! obligatoire, sans réponse    ✗ réponse refusée</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="44" />
        <source>Type to filter</source>
        <translation>Tapez pour filtrer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="45" />
        <source>Filter questions</source>
        <translation>Filtrer les questions</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="51" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="51" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="52" />
        <source>Questions of the form</source>
        <translation>Questions du formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="59" />
        <source>Go</source>
        <translation>Aller</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="68" />
        <source>answered</source>
        <translation>répondue</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="69" />
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="70" />
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="210" />
        <source>Preparing the built-in forms…</source>
        <translation>Préparation des formulaires intégrés…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="276" />
        <source>Write a transfer file for the supervisor…</source>
        <translation>Écrire un fichier de transfert pour le superviseur…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="277" />
        <source>Import the supervisor's reply file…</source>
        <translation>Importer le fichier de réponse du superviseur…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="290" />
        <source>Opening the form…</source>
        <translation>Ouverture du formulaire…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="296" />
        <source>Opening the interview…</source>
        <translation>Ouverture de l’entretien…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="305" />
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="336" />
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="343" />
        <source>Import a form</source>
        <translation>Importer un formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="345" />
        <source>Forms (*.xlsx *.xls *.xml *.xhtml)</source>
        <translation>Formulaires (*.xlsx *.xls *.xml *.xhtml)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="352" />
        <source>Media folder (cancel if the form has none)</source>
        <translation>Dossier de médias (annulez si le formulaire n’en a pas)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="363" />
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="369" />
        <source>Form imported.</source>
        <translation>Formulaire importé.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="374" />
        <source>Cannot import the form</source>
        <translation>Impossible d’importer le formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="387" />
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Syncing: {step}</source>
        <translation type="vanished">Synchronisation : {step}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="331" />
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="336" />
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="337" />
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="338" />
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="357" />
        <source>Use a passphrase of at least {n} characters.</source>
        <translation>Utilisez une phrase secrète d’au moins {n} caractères.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="363" />
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages</comment>
        <translation type="vanished">LTR</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="104" />
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="133" />
        <source>Image: {name}</source>
        <translation>Image : {name}</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../fieldapp/ui/radar_chart.py" line="20" />
        <source>Integration scores by dimension</source>
        <translation>Scores d’intégration par dimension</translation>
    </message>
</context>
<context>
    <name>RangeWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="811" />
        <source>not set</source>
        <translation>non défini</translation>
    </message>
</context>
<context>
    <name>RankWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="838" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="839" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="840" />
        <source>Use this order</source>
        <translation>Utiliser cet ordre</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="262" />
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="269" />
        <source>If you forget your passphrase, this key is the only way to open your data. Print it or write it down and keep it apart from the laptop. It will not be shown again.</source>
        <translation>Si vous oubliez votre phrase secrète, cette clé est le seul moyen d’ouvrir vos données. Imprimez-la ou notez-la et gardez-la à l’écart de l’ordinateur. Elle ne sera plus affichée.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="279" />
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="283" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="285" />
        <source>Save as text…</source>
        <translation>Enregistrer en texte…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="292" />
        <source>I have kept it safe</source>
        <translation>Je l’ai mise en lieu sûr</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="300" />
        <source>fieldapp recovery key for profile {name}</source>
        <translation>Clé de récupération fieldapp du profil {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="318" />
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
</context>
<context>
    <name>ReviewBridge</name>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="42" />
        <source>Interview too short</source>
        <translation>Entretien trop court</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="43" />
        <source>Many don't know / refused</source>
        <translation>Beaucoup de « ne sait pas » / refus</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="46" />
        <source>Unusual number</source>
        <translation>Nombre inhabituel</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="47" />
        <source>Possible duplicate respondent</source>
        <translation>Répondant peut-être en double</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="48" />
        <source>Location missing</source>
        <translation>Localisation manquante</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="49" />
        <source>Answers changed after finalizing</source>
        <translation>Réponses modifiées après finalisation</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="124" />
        <source>Version {n} of {total}</source>
        <translation>Version {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="222" />
        <source>Reading submissions {n}/{total}</source>
        <translation>Lecture des soumissions {n}/{total}</translation>
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
        <translation>Réponses</translation>
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
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <source>Your comment</source>
        <translation>Votre commentaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="154" />
        <source>Compare with version</source>
        <translation>Comparer avec la version</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="169" />
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="172" />
        <source>Comment on this question…</source>
        <translation>Commenter cette question…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="177" />
        <source>Comment for the enumerator (required to return)</source>
        <translation>Commentaire pour l'enquêteur (obligatoire pour renvoyer)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="178" />
        <source>Comment for the enumerator</source>
        <translation>Commentaire pour l'enquêteur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="183" />
        <source>Has issues</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="184" />
        <source>Keep it here, marked as having issues</source>
        <translation>La garder ici, marquée comme ayant des problèmes</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="185" />
        <source>Return to enumerator</source>
        <translation>Renvoyer à l'enquêteur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="187" />
        <source>Send it back with your comments; the enumerator fixes and resubmits it</source>
        <translation>La renvoyer avec vos commentaires ; l'enquêteur la corrige et la soumet à nouveau</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="189" />
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="191" />
        <source>Accept the interview as it is</source>
        <translation>Accepter l'entretien tel quel</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="193" />
        <source>Or double-click the question, or press Enter on it</source>
        <translation>Ou double-cliquez sur la question, ou appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="243" />
        <source>Shortcut: {value}</source>
        <translation>Raccourci : {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="262" />
        <source>Choose a submission in the queue.</source>
        <translation>Choisissez une soumission dans la file.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="274" />
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="294" />
        <source>Enumerator {name}</source>
        <translation>Enquêteur {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="301" />
        <source>Interview time {value}</source>
        <translation>Durée de l'entretien {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="326" />
        <source>Approved: no further decision is possible.</source>
        <translation>Approuvé : aucune autre décision n'est possible.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="353" />
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="383" />
        <source>Comment on this question</source>
        <translation>Commenter cette question</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="396" />
        <source>Write what the enumerator should fix before returning the interview.</source>
        <translation>Écrivez ce que l'enquêteur doit corriger avant de renvoyer l'entretien.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="401" />
        <source>Saving the decision…</source>
        <translation>Enregistrement de la décision…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="413" />
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="414" />
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="415" />
        <source>Removed</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="423" />
        <source>No answer changed.</source>
        <translation>Aucune réponse n'a changé.</translation>
    </message>
    <message>
        <source>No answer changed between these versions.</source>
        <translation type="vanished">Aucune réponse n'a changé entre ces versions.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="49" />
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="50" />
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="51" />
        <source>Returned</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="52" />
        <source>Has issues</source>
        <translation>Problèmes</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="87" />
        <source>Respondent</source>
        <translation>Répondant</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="90" />
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="91" />
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="92" />
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="88" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="89" />
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="93" />
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="185" />
        <source>Resubmitted: replaces an earlier version</source>
        <translation>Soumise à nouveau : remplace une version antérieure</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="195" />
        <source>(damaged record)</source>
        <translation>(enregistrement endommagé)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="196" />
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>(resubmitted)</source>
        <translation type="vanished">(soumise à nouveau)</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="67" />
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="67" />
        <source>All enumerators</source>
        <translation>Tous les enquêteurs</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="68" />
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="68" />
        <source>All forms</source>
        <translation>Tous les formulaires</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="69" />
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="69" />
        <source>Any flags</source>
        <translation>Avec ou sans alerte</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="70" />
        <source>Flagged only</source>
        <translation>Avec alerte seulement</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="73" />
        <location filename="../../fieldapp/ui/review_screen.py" line="82" />
        <source>Received from</source>
        <translation>Reçues depuis</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="83" />
        <source>Received until</source>
        <translation>Reçues jusqu'au</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="90" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="109" />
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="113" />
        <source>Save filter…</source>
        <translation>Enregistrer le filtre…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="116" />
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="117" />
        <source>Delete the chosen saved filter</source>
        <translation>Supprimer le filtre enregistré choisi</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="125" />
        <source>Review queue</source>
        <translation>File de vérification</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="191" />
        <source>Saved filters…</source>
        <translation>Filtres enregistrés…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="231" />
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="236" />
        <source>{n} submission(s) match.</source>
        <translation>{n} soumission(s) correspondent.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="288" />
        <source>Save filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="288" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="294" />
        <source>Cannot save the filter</source>
        <translation>Impossible d'enregistrer le filtre</translation>
    </message>
</context>
<context>
    <name>SelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="457" />
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="460" />
        <source>Clear the answer</source>
        <translation>Effacer la réponse</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="66" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="75" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="88" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="76" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="78" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="82" />
        <source>Lock after inactivity</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="80" />
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="83" />
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="93" />
        <source>Language of the application</source>
        <translation>Langue de l’application</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="97" />
        <source>Application language</source>
        <translation>Langue de l’application</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="100" />
        <source>Questions are shown in the form's own languages; switch them in the interview.</source>
        <translation>Les questions s’affichent dans les langues du formulaire ; changez-les pendant l’entretien.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="106" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="112" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="116" />
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="115" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="117" />
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="119" />
        <source>Sync is set up: use Sync now on the home screen.</source>
        <translation>La synchronisation est configurée : utilisez « Synchroniser » sur l’écran d’accueil.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="122" />
        <source>Enter the fieldapp server address and the access token your supervisor gave you. Nothing is sent until you press Sync now.</source>
        <translation>Saisissez l’adresse du serveur fieldapp et le jeton d’accès fourni par votre superviseur. Rien n’est envoyé tant que vous n’appuyez pas sur « Synchroniser ».</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="129" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="136" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="151" />
        <source>Project key</source>
        <translation>Clé du projet</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="137" />
        <source>Import the project key file…</source>
        <translation>Importer le fichier de clé du projet…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="142" />
        <source>Supervisors import the project key file with its passphrase once: the private key is then kept sealed in this profile, protected by your own passphrase. Enumerators import the public key file their supervisor gives them, to write transfer files without a server.</source>
        <translation>Les superviseurs importent une fois le fichier de clé du projet avec sa phrase secrète : la clé privée est alors conservée scellée dans ce profil, protégée par votre propre phrase secrète. Les enquêteurs importent le fichier de clé publique que leur superviseur leur remet, pour écrire des fichiers de transfert sans serveur.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="165" />
        <source>Import the project key file</source>
        <translation>Importer le fichier de clé du projet</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="165" />
        <source>Key files (*.json *.key)</source>
        <translation>Fichiers de clé (*.json *.key)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="173" />
        <source>Project key passphrase</source>
        <translation>Phrase secrète de la clé du projet</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="174" />
        <source>Passphrase of the project key file (leave empty for a public key file)</source>
        <translation>Phrase secrète du fichier de clé du projet (laissez vide pour un fichier de clé publique)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="189" />
        <source>Passphrase changed</source>
        <translation>Phrase secrète modifiée</translation>
    </message>
</context>
<context>
    <name>StoreBridge</name>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="68" />
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="69" />
        <source>Sending interviews {done}/{total}</source>
        <translation>Envoi des entretiens {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="70" />
        <source>Sending review decisions {done}/{total}</source>
        <translation>Envoi des décisions de vérification {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="73" />
        <source>Receiving {done}/{total}</source>
        <translation>Réception {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="74" />
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="83" />
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="84" />
        <source>Sent (the server had it)</source>
        <translation>Envoyé (le serveur l'avait déjà)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="85" />
        <source>Refused: another version is on the server</source>
        <translation>Refusé : une autre version est sur le serveur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="88" />
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="89" />
        <source>Not sent, will retry</source>
        <translation>Non envoyé, nouvel essai prévu</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="267" />
        <source>No server configured</source>
        <translation>Aucun serveur configuré</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="269" />
        <source>Server {url}: add the access token in Settings to sync</source>
        <translation>Serveur {url} : ajoutez le jeton d’accès dans Paramètres pour synchroniser</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="273" />
        <source>Server {url}</source>
        <translation>Serveur {url}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="276" />
        <source>{n} interview(s) ready to send are kept on this laptop.</source>
        <translation>{n} entretien(s) prêt(s) à envoyer reste(nt) sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="331" />
        <source>The server could not be reached; nothing was lost, try again later.</source>
        <translation>Le serveur est injoignable ; rien n’a été perdu, réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="334" />
        <source>Sync done: {sent} sent, {received} received, {failed} not sent.</source>
        <translation>Synchronisation terminée : {sent} envoyés, {received} reçus, {failed} non envoyés.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="444" />
        <source>{n} comment(s)</source>
        <translation>{n} commentaire(s)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="462" />
        <source>Not sent yet</source>
        <translation>Pas encore envoyé</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="463" />
        <source>Not sent: {n} attempt(s), last: {error}</source>
        <translation>Non envoyé : {n} essai(s), dernier : {error}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="526" />
        <source>{n} comment(s) on questions, shown with those questions.</source>
        <translation>{n} commentaire(s) sur des questions, affichés avec ces questions.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="605" />
        <source>Psychological</source>
        <translation>Psychologique</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="606" />
        <source>Economic</source>
        <translation>Économique</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="607" />
        <source>Political</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="608" />
        <source>Social</source>
        <translation>Sociale</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="609" />
        <source>Linguistic</source>
        <translation>Linguistique</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="610" />
        <source>Navigational</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="630" />
        <source>Some items were not scored (don't know, refused or unanswered).</source>
        <translation>Certaines questions n’ont pas été notées (ne sait pas, refus ou sans réponse).</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="41" />
        <source>End of the form</source>
        <translation>Fin du formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="45" />
        <source>Interview: {name}</source>
        <translation>Entretien : {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="50" />
        <source>Questions to fix before finalizing</source>
        <translation>Questions à corriger avant de finaliser</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="52" />
        <source>{count} question(s) need attention. Press Enter on one to go there.</source>
        <translation>{count} question(s) demandent votre attention. Appuyez sur Entrée sur l’une d’elles pour y aller.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="72" />
        <source>All required questions are answered. You can finalize the form.</source>
        <translation>Toutes les questions obligatoires ont une réponse. Vous pouvez finaliser le formulaire.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="82" />
        <source>Finalize</source>
        <translation>Finaliser</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="86" />
        <source>Mark the interview as complete and move it to Ready to send</source>
        <translation>Marquer l’entretien comme terminé et le placer dans « Prêts à envoyer »</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="88" />
        <source>Fix the questions listed above first</source>
        <translation>Corrigez d’abord les questions ci-dessus</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="91" />
        <source>Save as draft and close</source>
        <translation>Enregistrer comme brouillon et fermer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="100" />
        <source>Integration scores</source>
        <translation>Scores d’intégration</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="107" />
        <source>Index: not computed — every dimension needs at least one answer.</source>
        <translation>Indice : non calculé — chaque dimension doit avoir au moins une réponse.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="109" />
        <source>IPL Integration Index: {value}</source>
        <translation>Indice d’intégration IPL : {value}</translation>
    </message>
</context>
<context>
    <name>SupervisorArea</name>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="72" />
        <source>Team submissions</source>
        <translation>Soumissions de l'équipe</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="76" />
        <source>USB transfer…</source>
        <translation>Transfert USB…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="78" />
        <source>Exchange sealed transfer files with enumerators who cannot sync</source>
        <translation>Échanger des fichiers de transfert scellés avec les enquêteurs qui ne peuvent pas synchroniser</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="81" />
        <source>Import enumerators' transfer file…</source>
        <translation>Importer un fichier de transfert d'enquêteur…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="83" />
        <source>Write the reply file for enumerators…</source>
        <translation>Écrire le fichier de réponse pour les enquêteurs…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="87" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="88" />
        <source>CSV, Excel, SPSS or Stata files of the submissions</source>
        <translation>Fichiers CSV, Excel, SPSS ou Stata des soumissions</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="99" />
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="100" />
        <source>Dashboards</source>
        <translation>Tableaux de bord</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="105" />
        <source>Field hub</source>
        <translation>Hub de terrain</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="166" />
        <source>Approved.</source>
        <translation>Approuvé.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="167" />
        <source>Returned to the enumerator.</source>
        <translation>Renvoyé à l'enquêteur.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="168" />
        <source>Marked as having issues.</source>
        <translation>Marqué comme ayant des problèmes.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="173" />
        <source>The decision is sent at the next sync or in the reply file.</source>
        <translation>La décision est envoyée à la prochaine synchronisation ou dans le fichier de réponse.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="198" />
        <source>Reading the submissions…</source>
        <translation>Lecture des soumissions…</translation>
    </message>
</context>
<context>
    <name>TextInputWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="269" />
        <source>Pick a date from a calendar</source>
        <translation>Choisir une date dans un calendrier</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="270" />
        <location filename="../../fieldapp/ui/question_widgets.py" line="367" />
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="289" />
        <source>latitude longitude [altitude accuracy]</source>
        <translation>latitude longitude [altitude précision]</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="291" />
        <source>Type or paste coordinates, e.g. 12.34 -56.78 or 12.34, -56.78</source>
        <translation>Tapez ou collez des coordonnées, p. ex. 12.34 -56.78 ou 12.34, -56.78</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="296" />
        <source>Type or scan the code</source>
        <translation>Tapez ou scannez le code</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="37" />
        <source>No project key yet.</source>
        <translation>Pas encore de clé de projet.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="38" />
        <source>Project {name}, key {value}.</source>
        <translation>Projet {name}, clé {value}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="43" />
        <source>The private key is held: submissions can be read.</source>
        <translation>La clé privée est présente : les soumissions peuvent être lues.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="47" />
        <source>No private key: import the project key file with its passphrase.</source>
        <translation>Pas de clé privée : importez le fichier de clé du projet avec sa phrase secrète.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="113" />
        <source>Transfer file</source>
        <translation>Fichier de transfert</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="128" />
        <source>Write a transfer file for your supervisor</source>
        <translation>Écrire un fichier de transfert pour votre superviseur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="138" />
        <source>Writing the transfer file…</source>
        <translation>Écriture du fichier de transfert…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="144" />
        <source>{n} interview(s) written to {name}. They stay in your outbox until the supervisor's reply file (or a sync) confirms them.</source>
        <translation>{n} entretien(s) écrit(s) dans {name}. Ils restent dans votre boîte d'envoi jusqu'à ce que le fichier de réponse du superviseur (ou une synchronisation) les confirme.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="157" />
        <source>Import a transfer file</source>
        <translation>Importer un fichier de transfert</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="166" />
        <source>Importing the transfer file…</source>
        <translation>Importation du fichier de transfert…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="174" />
        <source>{n} new submission(s) from {name}; {count} already here.</source>
        <translation>{n} nouvelle(s) soumission(s) de {name} ; {count} déjà présentes.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="180" />
        <source>{n} interview(s) confirmed by the supervisor; {count} decision(s).</source>
        <translation>{n} entretien(s) confirmé(s) par le superviseur ; {count} décision(s).</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="192" />
        <source>Write the reply file for the enumerators</source>
        <translation>Écrire le fichier de réponse pour les enquêteurs</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="202" />
        <source>Writing the reply file…</source>
        <translation>Écriture du fichier de réponse…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="207" />
        <source>Reply file {name}: {n} receipt(s) and {count} decision(s).</source>
        <translation>Fichier de réponse {name} : {n} accusé(s) de réception et {count} décision(s).</translation>
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
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="193" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="201" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="199" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="202" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="211" />
        <source>New profile…</source>
        <translation>Nouveau profil…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="231" />
        <source>Choose a profile and type its passphrase.</source>
        <translation>Choisissez un profil et tapez sa phrase secrète.</translation>
    </message>
</context>
<context>
    <name>UploadWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="948" />
        <location filename="../../fieldapp/ui/question_widgets.py" line="971" />
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="952" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="963" />
        <source>Choose an image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="965" />
        <source>Choose a recording…</source>
        <translation>Choisir un enregistrement…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="967" />
        <source>Choose a video…</source>
        <translation>Choisir une vidéo…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="968" />
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <location filename="../../fieldapp/ui/charts.py" line="50" />
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
</context>
<context>
    <name>_RecordsTab</name>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="84" />
        <source>Search by name or form</source>
        <translation>Rechercher par nom ou formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="85" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="93" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="93" />
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="93" />
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="91" />
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="91" />
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="103" />
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="130" />
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="134" />
        <source>Delete draft…</source>
        <translation>Supprimer le brouillon…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="140" />
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="140" />
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="158" />
        <source>{n} shown</source>
        <translation>{n} affichés</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="164" />
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="216" />
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="218" />
        <source>Delete the draft “{name}” and all its answers? This cannot be undone.</source>
        <translation>Supprimer le brouillon « {name} » et toutes ses réponses ? Cette action est irréversible.</translation>
    </message>
</context>
</TS>