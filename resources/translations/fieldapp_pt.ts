<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt">
<context>
    <name>CheckListSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="705" />
        <source>Type to filter the choices</source>
        <translation>Digite para filtrar as opções</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="706" />
        <source>Filter choices</source>
        <translation>Filtrar opções</translation>
    </message>
</context>
<context>
    <name>ComboSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="646" />
        <source>Type to search</source>
        <translation>Digite para pesquisar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="680" />
        <source>Pick one of the suggested answers.</source>
        <translation>Escolha uma das respostas sugeridas.</translation>
    </message>
</context>
<context>
    <name>CreateProfileScreen</name>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="76" />
        <source>Welcome to fieldapp</source>
        <translation>Bem-vindo ao fieldapp</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="76" />
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="80" />
        <source>Each person using this laptop has their own profile. Everything you collect is encrypted with your passphrase: nobody can read it without it.</source>
        <translation>Cada pessoa que usa este computador tem o seu próprio perfil. Tudo o que você coletar é criptografado com a sua frase-senha: ninguém consegue ler sem ela.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="88" />
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="90" />
        <source>Enumerator</source>
        <translation>Entrevistador(a)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="91" />
        <source>Supervisor</source>
        <translation>Supervisor(a)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="92" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="100" />
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="95" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="101" />
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="98" />
        <source>Repeat the passphrase</source>
        <translation>Repita a frase-senha</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="99" />
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="102" />
        <source>Repeat passphrase</source>
        <translation>Repetir a frase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="111" />
        <source>Create profile</source>
        <translation>Criar perfil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="117" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="134" />
        <source>Enter your name.</source>
        <translation>Digite o seu nome.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="139" />
        <source>Use a passphrase of at least {n} characters.</source>
        <translation>Use uma frase-senha com pelo menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="146" />
        <source>The two passphrases differ.</source>
        <translation>As duas frases-senha não coincidem.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="164" />
        <source>Creating your encrypted profile…</source>
        <translation>Criando o seu perfil criptografado…</translation>
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
        <translation>Perfil: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="236" />
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="236" />
        <source>Profile, language and server</source>
        <translation>Perfil, idioma e servidor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="238" />
        <source>Switch profile</source>
        <translation>Trocar de perfil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="240" />
        <source>Lock and choose another profile</source>
        <translation>Bloquear e escolher outro perfil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="242" />
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="242" />
        <source>Lock now (Ctrl+Shift+L)</source>
        <translation>Bloquear agora (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="252" />
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="257" />
        <source>Drafts</source>
        <translation>Rascunhos</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="258" />
        <source>Ready to send</source>
        <translation>Prontas para enviar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="259" />
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="260" />
        <source>Returned</source>
        <translation>Devolvidas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="275" />
        <source>Sync status</source>
        <translation>Estado da sincronização</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="277" />
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="281" />
        <source>Set the server address and access token in Settings to sync.</source>
        <translation>Defina o endereço do servidor e o token de acesso em Configurações para sincronizar.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="287" />
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Form ID</source>
        <translation>ID do formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="308" />
        <location filename="../../fieldapp/ui/home_screen.py" line="309" />
        <source>Search forms</source>
        <translation>Pesquisar formulários</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="315" />
        <location filename="../../fieldapp/ui/home_screen.py" line="342" />
        <source>Forms</source>
        <translation>Formulários</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="330" />
        <source>Import a form…</source>
        <translation>Importar um formulário…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="332" />
        <source>An XLSForm (.xlsx) or XForm (.xml) with its media folder</source>
        <translation>Um XLSForm (.xlsx) ou XForm (.xml) com a sua pasta de mídia</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="335" />
        <source>Start new interview</source>
        <translation>Iniciar nova entrevista</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="113" />
        <source>Form language</source>
        <translation>Idioma do formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="114" />
        <source>Language of the questions (Ctrl+L)</source>
        <translation>Idioma das perguntas (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="125" />
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="133" />
        <source>Supervisor's comments</source>
        <translation>Comentários do supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="156" />
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="157" />
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Page Up)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="158" />
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="159" />
        <source>Go to a question (Ctrl+J)</source>
        <translation>Ir para uma pergunta (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="160" />
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="161" />
        <source>Save the draft now (Ctrl+S)</source>
        <translation>Salvar o rascunho agora (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="162" />
        <source>Save and close</source>
        <translation>Salvar e fechar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="163" />
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="165" />
        <source>Next page (Enter, Page Down)</source>
        <translation>Próxima página (Enter, Page Down)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="296" />
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="341" />
        <source>Remove this entry</source>
        <translation>Remover esta entrada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="344" />
        <source>Remove this repeated entry</source>
        <translation>Remover esta entrada repetida</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="354" />
        <source>You have {count} “{name}”. Add another?</source>
        <translation>Você tem {count} “{name}”. Adicionar outro?</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="361" />
        <source>Add “{name}”</source>
        <translation>Adicionar “{name}”</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="365" />
        <source>No, go on</source>
        <translation>Não, continuar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="373" />
        <source>A: add another    N or Enter on “No, go on”: continue</source>
        <translation>A: adicionar outro    N ou Enter em “Não, continuar”: seguir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="425" />
        <location filename="../../fieldapp/ui/interview_screen.py" line="534" />
        <source>This answer is not accepted.</source>
        <translation>Esta resposta não é aceita.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="484" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="488" />
        <source>Choose a file</source>
        <translation>Escolher um arquivo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="532" />
        <source>This question is required.</source>
        <translation>Esta pergunta é obrigatória.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="606" />
        <source>Remove entry</source>
        <translation>Remover entrada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="607" />
        <source>Remove this entry and all its answers? This cannot be undone.</source>
        <translation>Remover esta entrada e todas as suas respostas? Não é possível desfazer.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="661" />
        <source>Draft saved</source>
        <translation>Rascunho salvo</translation>
    </message>
</context>
<context>
    <name>JumpIndexDialog</name>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="35" />
        <source>Go to a question</source>
        <translation>Ir para uma pergunta</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="40" />
        <source>✓ answered    ! required, not answered    ✗ answer not accepted</source>
        <translation>✓ respondida    ! obrigatória, sem resposta    ✗ resposta não aceita</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="44" />
        <source>Type to filter</source>
        <translation>Digite para filtrar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="45" />
        <source>Filter questions</source>
        <translation>Filtrar perguntas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="51" />
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="51" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="52" />
        <source>Questions of the form</source>
        <translation>Perguntas do formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="59" />
        <source>Go</source>
        <translation>Ir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="68" />
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="69" />
        <source>required</source>
        <translation>obrigatória</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="70" />
        <source>invalid</source>
        <translation>inválida</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="168" />
        <source>Preparing the built-in forms…</source>
        <translation>Preparando os formulários incluídos…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="210" />
        <source>Opening the form…</source>
        <translation>Abrindo o formulário…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="216" />
        <source>Opening the interview…</source>
        <translation>Abrindo a entrevista…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="225" />
        <source>Cannot open</source>
        <translation>Não é possível abrir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="253" />
        <source>Cannot delete</source>
        <translation>Não é possível excluir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="260" />
        <source>Import a form</source>
        <translation>Importar um formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="262" />
        <source>Forms (*.xlsx *.xls *.xml *.xhtml)</source>
        <translation>Formulários (*.xlsx *.xls *.xml *.xhtml)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="269" />
        <source>Media folder (cancel if the form has none)</source>
        <translation>Pasta de mídia (cancele se o formulário não tiver)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="280" />
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="286" />
        <source>Form imported.</source>
        <translation>Formulário importado.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="291" />
        <source>Cannot import the form</source>
        <translation>Não é possível importar o formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="304" />
        <source>Connecting to the server…</source>
        <translation>Conectando ao servidor…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="308" />
        <source>Syncing: {step}</source>
        <translation>Sincronizando: {step}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="331" />
        <source>Change passphrase</source>
        <translation>Alterar a frase-senha</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="336" />
        <source>Current passphrase</source>
        <translation>Frase-senha atual</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="337" />
        <source>New passphrase</source>
        <translation>Nova frase-senha</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="338" />
        <source>Repeat the new passphrase</source>
        <translation>Repita a nova frase-senha</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="357" />
        <source>Use a passphrase of at least {n} characters.</source>
        <translation>Use uma frase-senha com pelo menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="363" />
        <source>The two passphrases differ.</source>
        <translation>As duas frases-senha não coincidem.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="104" />
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="133" />
        <source>Image: {name}</source>
        <translation>Imagem: {name}</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../fieldapp/ui/radar_chart.py" line="20" />
        <source>Integration scores by dimension</source>
        <translation>Pontuações de integração por dimensão</translation>
    </message>
</context>
<context>
    <name>RangeWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="810" />
        <source>not set</source>
        <translation>sem valor</translation>
    </message>
</context>
<context>
    <name>RankWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="837" />
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="838" />
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="839" />
        <source>Use this order</source>
        <translation>Usar esta ordem</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="262" />
        <source>Your recovery key</source>
        <translation>Sua chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="269" />
        <source>If you forget your passphrase, this key is the only way to open your data. Print it or write it down and keep it apart from the laptop. It will not be shown again.</source>
        <translation>Se você esquecer a sua frase-senha, esta chave é a única forma de abrir os seus dados. Imprima-a ou anote-a e guarde-a longe do computador. Ela não será mostrada novamente.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="279" />
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="283" />
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="285" />
        <source>Save as text…</source>
        <translation>Salvar como texto…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="292" />
        <source>I have kept it safe</source>
        <translation>Já a guardei em local seguro</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="300" />
        <source>fieldapp recovery key for profile {name}</source>
        <translation>Chave de recuperação do fieldapp do perfil {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="318" />
        <source>Save the recovery key</source>
        <translation>Salvar a chave de recuperação</translation>
    </message>
</context>
<context>
    <name>SelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="457" />
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="460" />
        <source>Clear the answer</source>
        <translation>Limpar a resposta</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="51" />
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="60" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="73" />
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="61" />
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="63" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="67" />
        <source>Lock after inactivity</source>
        <translation>Bloquear após inatividade</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="65" />
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="68" />
        <source>Change passphrase…</source>
        <translation>Alterar a frase-senha…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="78" />
        <source>Language of the application</source>
        <translation>Idioma do aplicativo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="82" />
        <source>Application language</source>
        <translation>Idioma do aplicativo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="85" />
        <source>Questions are shown in the form's own languages; switch them in the interview.</source>
        <translation>As perguntas aparecem nos idiomas do próprio formulário; troque-os durante a entrevista.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="91" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="97" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="101" />
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="100" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="102" />
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="104" />
        <source>Sync is set up: use Sync now on the home screen.</source>
        <translation>A sincronização está configurada: use “Sincronizar agora” na tela inicial.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="107" />
        <source>Enter the fieldapp server address and the access token your supervisor gave you. Nothing is sent until you press Sync now.</source>
        <translation>Digite o endereço do servidor fieldapp e o token de acesso que o seu supervisor lhe deu. Nada é enviado até você pressionar “Sincronizar agora”.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="114" />
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="125" />
        <source>Passphrase changed</source>
        <translation>Frase-senha alterada</translation>
    </message>
</context>
<context>
    <name>StoreBridge</name>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="226" />
        <source>No server configured</source>
        <translation>Nenhum servidor configurado</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="228" />
        <source>Server {url}: add the access token in Settings to sync</source>
        <translation>Servidor {url}: adicione o token de acesso em Configurações para sincronizar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="232" />
        <source>Server {url}</source>
        <translation>Servidor {url}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="235" />
        <source>{n} interview(s) ready to send are kept on this laptop.</source>
        <translation>{n} entrevista(s) pronta(s) para enviar fica(m) neste computador.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="266" />
        <source>The server could not be reached; nothing was lost, try again later.</source>
        <translation>Não foi possível contatar o servidor; nada foi perdido, tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="269" />
        <source>Sync done: {sent} sent, {received} received, {failed} not sent.</source>
        <translation>Sincronização concluída: {sent} enviadas, {received} recebidas, {failed} não enviadas.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="375" />
        <source>{n} comment(s)</source>
        <translation>{n} comentário(s)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="476" />
        <source>Psychological</source>
        <translation>Psicológica</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="477" />
        <source>Economic</source>
        <translation>Econômica</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="478" />
        <source>Political</source>
        <translation>Política</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="479" />
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="480" />
        <source>Linguistic</source>
        <translation>Linguística</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="481" />
        <source>Navigational</source>
        <translation>Orientação</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="501" />
        <source>Some items were not scored (don't know, refused or unanswered).</source>
        <translation>Algumas perguntas não foram pontuadas (não sabe, recusou ou sem resposta).</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="41" />
        <source>End of the form</source>
        <translation>Fim do formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="45" />
        <source>Interview: {name}</source>
        <translation>Entrevista: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="50" />
        <source>Questions to fix before finalizing</source>
        <translation>Perguntas a corrigir antes de finalizar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="52" />
        <source>{count} question(s) need attention. Press Enter on one to go there.</source>
        <translation>{count} pergunta(s) precisam de atenção. Pressione Enter em uma para ir até ela.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="72" />
        <source>All required questions are answered. You can finalize the form.</source>
        <translation>Todas as perguntas obrigatórias foram respondidas. Você pode finalizar o formulário.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="82" />
        <source>Finalize</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="86" />
        <source>Mark the interview as complete and move it to Ready to send</source>
        <translation>Marcar a entrevista como concluída e movê-la para “Prontas para enviar”</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="88" />
        <source>Fix the questions listed above first</source>
        <translation>Corrija primeiro as perguntas listadas acima</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="91" />
        <source>Save as draft and close</source>
        <translation>Salvar como rascunho e fechar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="100" />
        <source>Integration scores</source>
        <translation>Pontuações de integração</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="107" />
        <source>Index: not computed — every dimension needs at least one answer.</source>
        <translation>Índice: não calculado — cada dimensão precisa de pelo menos uma resposta.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="109" />
        <source>IPL Integration Index: {value}</source>
        <translation>Índice de Integração IPL: {value}</translation>
    </message>
</context>
<context>
    <name>TextInputWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="269" />
        <source>Pick a date from a calendar</source>
        <translation>Escolher uma data no calendário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="270" />
        <location filename="../../fieldapp/ui/question_widgets.py" line="367" />
        <source>Pick a date</source>
        <translation>Escolher uma data</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="289" />
        <source>latitude longitude [altitude accuracy]</source>
        <translation>latitude longitude [altitude precisão]</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="291" />
        <source>Type or paste coordinates, e.g. 12.34 -56.78 or 12.34, -56.78</source>
        <translation>Digite ou cole coordenadas, p. ex. 12.34 -56.78 ou 12.34, -56.78</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="296" />
        <source>Type or scan the code</source>
        <translation>Digite ou escaneie o código</translation>
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
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="193" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="201" />
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="199" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="202" />
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="211" />
        <source>New profile…</source>
        <translation>Novo perfil…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="231" />
        <source>Choose a profile and type its passphrase.</source>
        <translation>Escolha um perfil e digite a frase-senha dele.</translation>
    </message>
</context>
<context>
    <name>UploadWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="947" />
        <location filename="../../fieldapp/ui/question_widgets.py" line="970" />
        <source>No file chosen</source>
        <translation>Nenhum arquivo escolhido</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="951" />
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="962" />
        <source>Choose an image…</source>
        <translation>Escolher uma imagem…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="964" />
        <source>Choose a recording…</source>
        <translation>Escolher uma gravação…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="966" />
        <source>Choose a video…</source>
        <translation>Escolher um vídeo…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="967" />
        <source>Choose a file…</source>
        <translation>Escolher um arquivo…</translation>
    </message>
</context>
<context>
    <name>_RecordsTab</name>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="82" />
        <source>Search by name or form</source>
        <translation>Pesquisar por nome ou formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="83" />
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="99" />
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="122" />
        <source>Load more</source>
        <translation>Carregar mais</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="126" />
        <source>Delete draft…</source>
        <translation>Excluir rascunho…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="132" />
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="132" />
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="150" />
        <source>{n} shown</source>
        <translation>{n} exibidas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="156" />
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="198" />
        <source>Delete draft</source>
        <translation>Excluir rascunho</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="200" />
        <source>Delete the draft “{name}” and all its answers? This cannot be undone.</source>
        <translation>Excluir o rascunho “{name}” e todas as suas respostas? Não é possível desfazer.</translation>
    </message>
</context>
<context><name>QGuiApplication</name><message><source>QT_LAYOUT_DIRECTION</source><comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages</comment><translation>LTR</translation></message></context></TS>