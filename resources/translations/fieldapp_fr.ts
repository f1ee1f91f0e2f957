<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>CheckListSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="705" />
        <source>Type to filter the choices</source>
        <translation>Tapez pour filtrer les choix</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="706" />
        <source>Filter choices</source>
        <translation>Filtrer les choix</translation>
    </message>
</context>
<context>
    <name>ComboSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="646" />
        <source>Type to search</source>
        <translation>Tapez pour rechercher</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="680" />
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
    <name>HomeScreen</name>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="228" />
        <source>fieldapp</source>
        <translation>fieldapp</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="232" />
        <source>Profile: {name}</source>
        <translation>Profil : {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="236" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="236" />
        <source>Profile, language and server</source>
        <translation>Profil, langue et serveur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="238" />
        <source>Switch profile</source>
        <translation>Changer de profil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="240" />
        <source>Lock and choose another profile</source>
        <translation>Verrouiller et choisir un autre profil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="242" />
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="242" />
        <source>Lock now (Ctrl+Shift+L)</source>
        <translation>Verrouiller maintenant (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="252" />
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="257" />
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="258" />
        <source>Ready to send</source>
        <translation>Prêts à envoyer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="259" />
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="260" />
        <source>Returned</source>
        <translation>Renvoyés</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="275" />
        <source>Sync status</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="277" />
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="281" />
        <source>Set the server address and access token in Settings to sync.</source>
        <translation>Indiquez l’adresse du serveur et le jeton d’accès dans Paramètres pour synchroniser.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="287" />
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Form ID</source>
        <translation>ID du formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="308" />
        <location filename="../../fieldapp/ui/home_screen.py" line="309" />
        <source>Search forms</source>
        <translation>Rechercher des formulaires</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="315" />
        <location filename="../../fieldapp/ui/home_screen.py" line="342" />
        <source>Forms</source>
        <translation>Formulaires</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="330" />
        <source>Import a form…</source>
        <translation>Importer un formulaire…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="332" />
        <source>An XLSForm (.xlsx) or XForm (.xml) with its media folder</source>
        <translation>Un XLSForm (.xlsx) ou XForm (.xml) avec son dossier de médias</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="335" />
        <source>Start new interview</source>
        <translation>Commencer un entretien</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="113" />
        <source>Form language</source>
        <translation>Langue du formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="114" />
        <source>Language of the questions (Ctrl+L)</source>
        <translation>Langue des questions (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="125" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="133" />
        <source>Supervisor's comments</source>
        <translation>Commentaires du superviseur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="156" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="157" />
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="158" />
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="159" />
        <source>Go to a question (Ctrl+J)</source>
        <translation>Aller à une question (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="160" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="161" />
        <source>Save the draft now (Ctrl+S)</source>
        <translation>Enregistrer le brouillon maintenant (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="162" />
        <source>Save and close</source>
        <translation>Enregistrer et fermer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="163" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="165" />
        <source>Next page (Enter, Page Down)</source>
        <translation>Page suivante (Entrée, Page suiv.)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="296" />
        <source>Page {n} of {total}</source>
        <translation>Page {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="341" />
        <source>Remove this entry</source>
        <translation>Supprimer cette entrée</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="344" />
        <source>Remove this repeated entry</source>
        <translation>Supprimer cette entrée répétée</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="354" />
        <source>You have {count} “{name}”. Add another?</source>
        <translation>Vous avez {count} « {name} ». En ajouter un autre ?</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="361" />
        <source>Add “{name}”</source>
        <translation>Ajouter « {name} »</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="365" />
        <source>No, go on</source>
        <translation>Non, continuer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="373" />
        <source>A: add another    N or Enter on “No, go on”: continue</source>
        <translation>A : en ajouter un    N ou Entrée sur « Non, continuer » : continuer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="425" />
        <location filename="../../fieldapp/ui/interview_screen.py" line="534" />
        <source>This answer is not accepted.</source>
        <translation>Cette réponse n’est pas acceptée.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="484" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="488" />
        <source>Choose a file</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="532" />
        <source>This question is required.</source>
        <translation>Cette question est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="606" />
        <source>Remove entry</source>
        <translation>Supprimer l’entrée</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="607" />
        <source>Remove this entry and all its answers? This cannot be undone.</source>
        <translation>Supprimer cette entrée et toutes ses réponses ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="661" />
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
        <location filename="../../fieldapp/ui/app.py" line="168" />
        <source>Preparing the built-in forms…</source>
        <translation>Préparation des formulaires intégrés…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="210" />
        <source>Opening the form…</source>
        <translation>Ouverture du formulaire…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="216" />
        <source>Opening the interview…</source>
        <translation>Ouverture de l’entretien…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="225" />
        <source>Cannot open</source>
        <translation>Ouverture impossible</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="253" />
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="260" />
        <source>Import a form</source>
        <translation>Importer un formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="262" />
        <source>Forms (*.xlsx *.xls *.xml *.xhtml)</source>
        <translation>Formulaires (*.xlsx *.xls *.xml *.xhtml)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="269" />
        <source>Media folder (cancel if the form has none)</source>
        <translation>Dossier de médias (annulez si le formulaire n’en a pas)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="280" />
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="286" />
        <source>Form imported.</source>
        <translation>Formulaire importé.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="291" />
        <source>Cannot import the form</source>
        <translation>Impossible d’importer le formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="304" />
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="308" />
        <source>Syncing: {step}</source>
        <translation>Synchronisation : {step}</translation>
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
        <location filename="../../fieldapp/ui/question_widgets.py" line="810" />
        <source>not set</source>
        <translation>non défini</translation>
    </message>
</context>
<context>
    <name>RankWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="837" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="838" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="839" />
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
        <location filename="../../fieldapp/ui/settings_dialog.py" line="51" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="60" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="73" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="61" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="63" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="67" />
        <source>Lock after inactivity</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="65" />
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="68" />
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="78" />
        <source>Language of the application</source>
        <translation>Langue de l’application</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="82" />
        <source>Application language</source>
        <translation>Langue de l’application</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="85" />
        <source>Questions are shown in the form's own languages; switch them in the interview.</source>
        <translation>Les questions s’affichent dans les langues du formulaire ; changez-les pendant l’entretien.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="91" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="97" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="101" />
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="100" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="102" />
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="104" />
        <source>Sync is set up: use Sync now on the home screen.</source>
        <translation>La synchronisation est configurée : utilisez « Synchroniser » sur l’écran d’accueil.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="107" />
        <source>Enter the fieldapp server address and the access token your supervisor gave you. Nothing is sent until you press Sync now.</source>
        <translation>Saisissez l’adresse du serveur fieldapp et le jeton d’accès fourni par votre superviseur. Rien n’est envoyé tant que vous n’appuyez pas sur « Synchroniser ».</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="114" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="125" />
        <source>Passphrase changed</source>
        <translation>Phrase secrète modifiée</translation>
    </message>
</context>
<context>
    <name>StoreBridge</name>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="226" />
        <source>No server configured</source>
        <translation>Aucun serveur configuré</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="228" />
        <source>Server {url}: add the access token in Settings to sync</source>
        <translation>Serveur {url} : ajoutez le jeton d’accès dans Paramètres pour synchroniser</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="232" />
        <source>Server {url}</source>
        <translation>Serveur {url}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="235" />
        <source>{n} interview(s) ready to send are kept on this laptop.</source>
        <translation>{n} entretien(s) prêt(s) à envoyer reste(nt) sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="266" />
        <source>The server could not be reached; nothing was lost, try again later.</source>
        <translation>Le serveur est injoignable ; rien n’a été perdu, réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="269" />
        <source>Sync done: {sent} sent, {received} received, {failed} not sent.</source>
        <translation>Synchronisation terminée : {sent} envoyés, {received} reçus, {failed} non envoyés.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="375" />
        <source>{n} comment(s)</source>
        <translation>{n} commentaire(s)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="476" />
        <source>Psychological</source>
        <translation>Psychologique</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="477" />
        <source>Economic</source>
        <translation>Économique</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="478" />
        <source>Political</source>
        <translation>Politique</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="479" />
        <source>Social</source>
        <translation>Sociale</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="480" />
        <source>Linguistic</source>
        <translation>Linguistique</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="481" />
        <source>Navigational</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="501" />
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
        <location filename="../../fieldapp/ui/question_widgets.py" line="947" />
        <location filename="../../fieldapp/ui/question_widgets.py" line="970" />
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="951" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="962" />
        <source>Choose an image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="964" />
        <source>Choose a recording…</source>
        <translation>Choisir un enregistrement…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="966" />
        <source>Choose a video…</source>
        <translation>Choisir une vidéo…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="967" />
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
</context>
<context>
    <name>_RecordsTab</name>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="82" />
        <source>Search by name or form</source>
        <translation>Rechercher par nom ou formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="83" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="99" />
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="122" />
        <source>Load more</source>
        <translation>Charger plus</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="126" />
        <source>Delete draft…</source>
        <translation>Supprimer le brouillon…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="132" />
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="132" />
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="150" />
        <source>{n} shown</source>
        <translation>{n} affichés</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="156" />
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="198" />
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="200" />
        <source>Delete the draft “{name}” and all its answers? This cannot be undone.</source>
        <translation>Supprimer le brouillon « {name} » et toutes ses réponses ? Cette action est irréversible.</translation>
    </message>
</context>
<context><name>QGuiApplication</name><message><source>QT_LAYOUT_DIRECTION</source><comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages</comment><translation>LTR</translation></message></context></TS>