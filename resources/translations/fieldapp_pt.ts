<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pt">
<context>
    <name>CheckListSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="706" />
        <source>Type to filter the choices</source>
        <translation>Digite para filtrar as opções</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="707" />
        <source>Filter choices</source>
        <translation>Filtrar opções</translation>
    </message>
</context>
<context>
    <name>ComboSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="647" />
        <source>Type to search</source>
        <translation>Digite para pesquisar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="681" />
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
    <name>DashboardScreen</name>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="68" />
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="69" />
        <source>Recompute the charts from the submissions</source>
        <translation>Recalcular os gráficos a partir dos envios</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="84" />
        <source>Interviews per enumerator</source>
        <translation>Entrevistas por entrevistador/a</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="85" />
        <source>Interviews received per day</source>
        <translation>Entrevistas recebidas por dia</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="86" />
        <source>Interviews per form</source>
        <translation>Entrevistas por formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="90" />
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="96" />
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="98" />
        <source>Compare the team with</source>
        <translation>Comparar a equipe com</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="102" />
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="104" />
        <source>Distribution of</source>
        <translation>Distribuição de</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="105" />
        <source>Integration index</source>
        <translation>Índice de integração</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="115" />
        <source>Mean score by dimension (0 to 1)</source>
        <translation>Pontuação média por dimensão (0 a 1)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="116" />
        <source>Respondents by score</source>
        <translation>Respondentes por pontuação</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="117" />
        <source>Mean integration index by country</source>
        <translation>Índice de integração médio por país</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="123" />
        <source>Integration (IPL)</source>
        <translation>Integração (IPL)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="132" />
        <source>Countries of residence</source>
        <translation>Países de residência</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="133" />
        <source>Contributes to the origin country through</source>
        <translation>Contribui para o país de origem por meio de</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="134" />
        <source>Willing to contribute</source>
        <translation>Dispostos a contribuir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="135" />
        <source>Ways they would contribute</source>
        <translation>Formas como contribuiriam</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="136" />
        <source>Field of education</source>
        <translation>Área de formação</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="137" />
        <source>Sector of work</source>
        <translation>Setor de trabalho</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="149" />
        <source>Diaspora</source>
        <translation>Diáspora</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="164" />
        <source>{n} submission(s) in the charts.</source>
        <translation>{n} envio(s) nos gráficos.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="169" />
        <source>(team only)</source>
        <translation>(somente a equipe)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="172" />
        <source>Enumerator {name}</source>
        <translation>Entrevistador/a {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="176" />
        <source>Country {name}</source>
        <translation>País {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="187" />
        <source>To review</source>
        <translation>A revisar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="188" />
        <source>Approved</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="189" />
        <source>Returned</source>
        <translation>Devolvida</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="190" />
        <source>Has issues</source>
        <translation>Com problemas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="218" />
        <source>Team (n={n})</source>
        <translation>Equipe (n={n})</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="227" />
        <source>{n} scored interview(s); mean integration index {value}.</source>
        <translation>{n} entrevista(s) pontuada(s); índice de integração médio {value}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="232" />
        <source>{n} without consent (not scored).</source>
        <translation>{n} sem consentimento (sem pontuação).</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="236" />
        <source>{n} could not be read.</source>
        <translation>{n} não puderam ser lidos.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="261" />
        <source>{n} respondent(s) eligible and consenting.</source>
        <translation>{n} respondente(s) elegível(is) e com consentimento.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="265" />
        <source>{n} screened out or without consent.</source>
        <translation>{n} excluídos na triagem ou sem consentimento.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="271" />
        <source>Remittances</source>
        <translation>Remessas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="272" />
        <source>Investment</source>
        <translation>Investimento</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="273" />
        <source>Trade</source>
        <translation>Comércio</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="274" />
        <source>Philanthropy</source>
        <translation>Filantropia</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="275" />
        <source>Tourism (visits)</source>
        <translation>Turismo (visitas)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="291" />
        <source>Others</source>
        <translation>Outros</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="53" />
        <source>Export submissions</source>
        <translation>Exportar envios</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="64" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="74" />
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="76" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="84" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="78" />
        <source>CSV (zip: main table and one file per repeat)</source>
        <translation>CSV (zip: tabela principal e um arquivo por repetição)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="79" />
        <source>Excel workbook (one sheet per repeat)</source>
        <translation>Pasta de trabalho do Excel (uma planilha por repetição)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="80" />
        <source>SPSS .sav with variable and value labels (zip)</source>
        <translation>SPSS .sav com rótulos de variáveis e valores (zip)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="81" />
        <source>Stata .dta with variable and value labels (zip)</source>
        <translation>Stata .dta com rótulos de variáveis e valores (zip)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="86" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="87" />
        <source>Labels in</source>
        <translation>Rótulos em</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="91" />
        <source>Submissions</source>
        <translation>Envios</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="92" />
        <source>Include sensitive contact fields</source>
        <translation>Incluir os dados de contato sensíveis</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="94" />
        <source>Names, phone numbers and e-mail addresses of respondents</source>
        <translation>Nomes, telefones e e-mails dos respondentes</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="103" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="108" />
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="104" />
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="112" />
        <source>Exported files are NOT encrypted: they hold the answers in plain text. Save them only where the data may be kept, and delete them when done.</source>
        <translation>Os arquivos exportados NÃO são criptografados: contêm as respostas em texto legível. Salve-os apenas onde os dados podem ser guardados e apague-os ao terminar.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="129" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="261" />
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="131" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="146" />
        <source>status: {value}</source>
        <translation>situação: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="149" />
        <source>enumerators: {value}</source>
        <translation>entrevistadores/as: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="152" />
        <source>All received submissions of the form.</source>
        <translation>Todos os envios recebidos do formulário.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="153" />
        <source>As filtered in the queue: {value}</source>
        <translation>Conforme o filtro da fila: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="165" />
        <source>Form default</source>
        <translation>Padrão do formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="190" />
        <source>Left out unless ticked: {value}</source>
        <translation>Omitidos a menos que marcado: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="192" />
        <source>This form has no sensitive contact fields.</source>
        <translation>Este formulário não tem dados de contato sensíveis.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="211" />
        <source>Save the export as</source>
        <translation>Salvar a exportação como</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="239" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="242" />
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="256" />
        <source>Exporting… {value}</source>
        <translation>Exportando… {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="269" />
        <source>{n} submission(s) exported to {name}.</source>
        <translation>{n} envio(s) exportado(s) para {name}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="274" />
        <source>{n} could not be read and were left out:</source>
        <translation>{n} não puderam ser lidos e foram omitidos:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="290" />
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>FlagTexts</name>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="27" />
        <source>paradata</source>
        <translation>paradados</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="28" />
        <source>start/end times</source>
        <translation>horas de início e fim</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="32" />
        <source>The interview took {value} min ({name}), under {share} of the team's median of {limit} min.</source>
        <translation>A entrevista durou {value} min ({name}), menos de {share} da mediana da equipe, {limit} min.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="38" />
        <source>The interview took {value} min ({name}), under the minimum of {limit} min for this form.</source>
        <translation>A entrevista durou {value} min ({name}), menos que o mínimo de {limit} min para este formulário.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="49" />
        <source>{count} of {total} answers are don't know / refused ({value}).</source>
        <translation>{count} de {total} respostas são não sabe / recusou ({value}).</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="56" />
        <source>{name} = {value} (team median {total})</source>
        <translation>{name} = {value} (mediana da equipe {total})</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="61" />
        <source>Unusual compared with the team: {value}.</source>
        <translation>Incomum em relação à equipe: {value}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="68" />
        <source>Same identifying answers as {count} or more other interview(s): {name}.</source>
        <translation>Mesmas respostas de identificação que {count} ou mais outra(s) entrevista(s): {name}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="72" />
        <source>Same identifying answers as {count} other interview(s): {name}.</source>
        <translation>Mesmas respostas de identificação que {count} outra(s) entrevista(s): {name}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="79" />
        <source>The form asks for a location but none was recorded.</source>
        <translation>O formulário pede uma localização, mas nenhuma foi registrada.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="89" />
        <source>this version replaces an earlier submission; see Changes</source>
        <translation>esta versão substitui um envio anterior; veja Alterações</translation>
    </message>
    <message>
        <source>this version replaces submission {name}; compare the versions</source>
        <translation type="vanished">esta versão substitui o envio {name}; compare as versões</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="96" />
        <source>{n} answer(s) were changed after the finalize step</source>
        <translation>{n} resposta(s) alterada(s) depois de finalizar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="103" />
        <source>Edited after finalizing: {value}.</source>
        <translation>Editada depois de finalizar: {value}.</translation>
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
        <translation>Perfil: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="254" />
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="254" />
        <source>Profile, language and server</source>
        <translation>Perfil, idioma e servidor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="256" />
        <source>Switch profile</source>
        <translation>Trocar de perfil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="258" />
        <source>Lock and choose another profile</source>
        <translation>Bloquear e escolher outro perfil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="260" />
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="260" />
        <source>Lock now (Ctrl+Shift+L)</source>
        <translation>Bloquear agora (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="270" />
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="275" />
        <source>Drafts</source>
        <translation>Rascunhos</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="276" />
        <source>Ready to send</source>
        <translation>Prontas para enviar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="277" />
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="278" />
        <source>Returned</source>
        <translation>Devolvidas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="293" />
        <source>Sync status</source>
        <translation>Estado da sincronização</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="297" />
        <source>Sync progress</source>
        <translation>Progresso da sincronização</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Sync now</source>
        <translation>Sincronizar agora</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="305" />
        <source>Set the server address and access token in Settings to sync.</source>
        <translation>Defina o endereço do servidor e o token de acesso em Configurações para sincronizar.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="312" />
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="324" />
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="324" />
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="324" />
        <source>Form ID</source>
        <translation>ID do formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="331" />
        <location filename="../../fieldapp/ui/home_screen.py" line="332" />
        <source>Search forms</source>
        <translation>Pesquisar formulários</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="338" />
        <location filename="../../fieldapp/ui/home_screen.py" line="365" />
        <source>Forms</source>
        <translation>Formulários</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="353" />
        <source>Import a form…</source>
        <translation>Importar um formulário…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="355" />
        <source>An XLSForm (.xlsx) or XForm (.xml) with its media folder</source>
        <translation>Um XLSForm (.xlsx) ou XForm (.xml) com a sua pasta de mídia</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="358" />
        <source>Start new interview</source>
        <translation>Iniciar nova entrevista</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="372" />
        <source>USB transfer…</source>
        <translation>Transferência USB…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="373" />
        <source>Exchange sealed transfer files on a USB stick</source>
        <translation>Trocar arquivos de transferência selados em um pen drive</translation>
    </message>
</context>
<context>
    <name>HubPanel</name>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="236" />
        <source>Without internet, enumerators can sync with this laptop over the local network (Wi-Fi or a cable). The hub keeps their sealed interviews; later, forward them to headquarters.</source>
        <translation>Sem internet, os entrevistadores podem sincronizar com este portátil pela rede local (Wi-Fi ou cabo). O hub guarda as entrevistas seladas; depois, encaminhe-as para a sede.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="245" />
        <source>Serve</source>
        <translation>Servir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="253" />
        <source>Create the hub</source>
        <translation>Criar o hub</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="255" />
        <source>Needs the project key (Settings, Project key); done once per laptop</source>
        <translation>Precisa da chave do projeto (Configurações, Chave do projeto); uma vez por portátil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="259" />
        <location filename="../../fieldapp/ui/hub_panel.py" line="264" />
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="267" />
        <location filename="../../fieldapp/ui/hub_panel.py" line="380" />
        <source>Start serving</source>
        <translation>Começar a servir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="285" />
        <source>Enumerator accounts</source>
        <translation>Contas de entrevistadores</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="289" />
        <source>user name, e.g. ana</source>
        <translation>nome de usuário, ex. ana</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="290" />
        <source>Enumerator's user name</source>
        <translation>Nome de usuário do entrevistador</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="293" />
        <source>Add enumerator</source>
        <translation>Adicionar entrevistador</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="303" />
        <source>New access token</source>
        <translation>Novo token de acesso</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="305" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="306" />
        <source>Copy the token to the clipboard</source>
        <translation>Copiar o token para a área de transferência</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="313" />
        <location filename="../../fieldapp/ui/hub_panel.py" line="324" />
        <source>Forward to headquarters</source>
        <translation>Encaminhar para a sede</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="318" />
        <source>Headquarters server address</source>
        <translation>Endereço do servidor da sede</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="321" />
        <source>Your access token at headquarters</source>
        <translation>Seu token de acesso na sede</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="322" />
        <source>Headquarters server</source>
        <translation>Servidor da sede</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="323" />
        <source>Your token there</source>
        <translation>Seu token lá</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="327" />
        <source>Sends the hub's interviews (still sealed) and your decisions, brings back new forms and headquarters' decisions; safe to repeat</source>
        <translation>Envia as entrevistas do hub (ainda seladas) e suas decisões, traz formulários novos e as decisões da sede; pode repetir sem risco</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="380" />
        <source>Stop serving</source>
        <translation>Parar de servir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="382" />
        <source>Sync now: use headquarters again</source>
        <translation>Sincronizar: voltar à sede</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="384" />
        <source>Sync now: use this hub</source>
        <translation>Sincronizar: usar este hub</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="387" />
        <source>Your own Sync now pulls the team's interviews from this hub</source>
        <translation>Sua própria sincronização traz as entrevistas da equipe deste hub</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="392" />
        <source>No hub yet. Create it once; it needs the project key in Settings.</source>
        <translation>Ainda não há hub. Crie-o uma vez; ele precisa da chave do projeto nas Configurações.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="397" />
        <source>Serving on port {value}. Enumerators enter in Settings, Server:</source>
        <translation>Servindo na porta {value}. Os entrevistadores digitam em Configurações, Servidor:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="406" />
        <source>No network connection found: connect to the team's Wi-Fi.</source>
        <translation>Nenhuma conexão de rede: conecte-se ao Wi-Fi da equipe.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="409" />
        <source>Starting the hub…</source>
        <translation>Iniciando o hub…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="412" />
        <source>The hub is not serving.</source>
        <translation>O hub não está servindo.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="442" />
        <source>Field hub created.</source>
        <translation>Hub de campo criado.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="453" />
        <source>The field hub is serving.</source>
        <translation>O hub de campo está servindo.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="496" />
        <source>Token for {name}, shown only now: copy it and give it to them; they enter it in Settings, Server, with the address above.</source>
        <translation>Token de {name}, mostrado só agora: copie e entregue; ele o digita em Configurações, Servidor, com o endereço acima.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="507" />
        <source>Token copied.</source>
        <translation>Token copiado.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="518" />
        <source>Forwarding…</source>
        <translation>Encaminhando…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="537" />
        <source>Bringing headquarters' forms and decisions…</source>
        <translation>Trazendo formulários e decisões da sede…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="538" />
        <source>Sending the hub's interviews…</source>
        <translation>Enviando as entrevistas do hub…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="539" />
        <source>Sending your decisions…</source>
        <translation>Enviando suas decisões…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="540" />
        <source>Finishing…</source>
        <translation>Finalizando…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="556" />
        <source>Forwarded {n} interview(s) and {count} decision(s); received {total} form(s) and {received} decision(s) from headquarters; {failed} failed.</source>
        <translation>{n} entrevista(s) e {count} decisão(ões) encaminhadas; {total} formulário(s) e {received} decisão(ões) recebidos da sede; {failed} falharam.</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="116" />
        <source>Form language</source>
        <translation>Idioma do formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="117" />
        <source>Language of the questions (Ctrl+L)</source>
        <translation>Idioma das perguntas (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="128" />
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="136" />
        <source>Supervisor's comments</source>
        <translation>Comentários do supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="159" />
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="160" />
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Page Up)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="161" />
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="162" />
        <source>Go to a question (Ctrl+J)</source>
        <translation>Ir para uma pergunta (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="163" />
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="164" />
        <source>Save the draft now (Ctrl+S)</source>
        <translation>Salvar o rascunho agora (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="165" />
        <source>Save and close</source>
        <translation>Salvar e fechar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="166" />
        <source>Next</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="168" />
        <source>Next page (Enter, Page Down)</source>
        <translation>Próxima página (Enter, Page Down)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="299" />
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="323" />
        <source>Supervisor's comment</source>
        <translation>Comentário do/a supervisor/a</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="354" />
        <source>Remove this entry</source>
        <translation>Remover esta entrada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="357" />
        <source>Remove this repeated entry</source>
        <translation>Remover esta entrada repetida</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="367" />
        <source>You have {count} “{name}”. Add another?</source>
        <translation>Você tem {count} “{name}”. Adicionar outro?</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="374" />
        <source>Add “{name}”</source>
        <translation>Adicionar “{name}”</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="378" />
        <source>No, go on</source>
        <translation>Não, continuar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="386" />
        <source>A: add another    N or Enter on “No, go on”: continue</source>
        <translation>A: adicionar outro    N ou Enter em “Não, continuar”: seguir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="439" />
        <location filename="../../fieldapp/ui/interview_screen.py" line="548" />
        <source>This answer is not accepted.</source>
        <translation>Esta resposta não é aceita.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="498" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="502" />
        <source>Choose a file</source>
        <translation>Escolher um arquivo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="546" />
        <source>This question is required.</source>
        <translation>Esta pergunta é obrigatória.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="620" />
        <source>Remove entry</source>
        <translation>Remover entrada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="621" />
        <source>Remove this entry and all its answers? This cannot be undone.</source>
        <translation>Remover esta entrada e todas as suas respostas? Não é possível desfazer.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="675" />
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
        <location filename="../../fieldapp/ui/app.py" line="210" />
        <source>Preparing the built-in forms…</source>
        <translation>Preparando os formulários incluídos…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="276" />
        <source>Write a transfer file for the supervisor…</source>
        <translation>Gravar um arquivo de transferência para o/a supervisor/a…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="277" />
        <source>Import the supervisor's reply file…</source>
        <translation>Importar o arquivo de resposta do/a supervisor/a…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="290" />
        <source>Opening the form…</source>
        <translation>Abrindo o formulário…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="296" />
        <source>Opening the interview…</source>
        <translation>Abrindo a entrevista…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="305" />
        <source>Cannot open</source>
        <translation>Não é possível abrir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="336" />
        <source>Cannot delete</source>
        <translation>Não é possível excluir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="343" />
        <source>Import a form</source>
        <translation>Importar um formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="345" />
        <source>Forms (*.xlsx *.xls *.xml *.xhtml)</source>
        <translation>Formulários (*.xlsx *.xls *.xml *.xhtml)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="352" />
        <source>Media folder (cancel if the form has none)</source>
        <translation>Pasta de mídia (cancele se o formulário não tiver)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="363" />
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="369" />
        <source>Form imported.</source>
        <translation>Formulário importado.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="374" />
        <source>Cannot import the form</source>
        <translation>Não é possível importar o formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="387" />
        <source>Connecting to the server…</source>
        <translation>Conectando ao servidor…</translation>
    </message>
    <message>
        <source>Syncing: {step}</source>
        <translation type="vanished">Sincronizando: {step}</translation>
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
        <location filename="../../fieldapp/ui/question_widgets.py" line="811" />
        <source>not set</source>
        <translation>sem valor</translation>
    </message>
</context>
<context>
    <name>RankWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="838" />
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="839" />
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="840" />
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
    <name>ReviewBridge</name>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="42" />
        <source>Interview too short</source>
        <translation>Entrevista curta demais</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="43" />
        <source>Many don't know / refused</source>
        <translation>Muitos "não sabe" / recusas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="46" />
        <source>Unusual number</source>
        <translation>Número incomum</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="47" />
        <source>Possible duplicate respondent</source>
        <translation>Possível respondente duplicado</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="48" />
        <source>Location missing</source>
        <translation>Localização ausente</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="49" />
        <source>Answers changed after finalizing</source>
        <translation>Respostas alteradas após finalizar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="124" />
        <source>Version {n} of {total}</source>
        <translation>Versão {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="222" />
        <source>Reading submissions {n}/{total}</source>
        <translation>Lendo envios {n}/{total}</translation>
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
        <translation>Respostas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <source>Your comment</source>
        <translation>Seu comentário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="154" />
        <source>Compare with version</source>
        <translation>Comparar com a versão</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="169" />
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="172" />
        <source>Comment on this question…</source>
        <translation>Comentar esta pergunta…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="177" />
        <source>Comment for the enumerator (required to return)</source>
        <translation>Comentário para o/a entrevistador/a (obrigatório para devolver)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="178" />
        <source>Comment for the enumerator</source>
        <translation>Comentário para o/a entrevistador/a</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="183" />
        <source>Has issues</source>
        <translation>Com problemas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="184" />
        <source>Keep it here, marked as having issues</source>
        <translation>Mantê-la aqui, marcada com problemas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="185" />
        <source>Return to enumerator</source>
        <translation>Devolver ao/à entrevistador/a</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="187" />
        <source>Send it back with your comments; the enumerator fixes and resubmits it</source>
        <translation>Devolvê-la com seus comentários; o/a entrevistador/a corrige e reenvia</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="189" />
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="191" />
        <source>Accept the interview as it is</source>
        <translation>Aceitar a entrevista como está</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="193" />
        <source>Or double-click the question, or press Enter on it</source>
        <translation>Ou clique duas vezes na pergunta, ou pressione Enter nela</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="243" />
        <source>Shortcut: {value}</source>
        <translation>Atalho: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="262" />
        <source>Choose a submission in the queue.</source>
        <translation>Escolha um envio na fila.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="274" />
        <source>Opening…</source>
        <translation>Abrindo…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="294" />
        <source>Enumerator {name}</source>
        <translation>Entrevistador/a {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="301" />
        <source>Interview time {value}</source>
        <translation>Duração da entrevista {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="326" />
        <source>Approved: no further decision is possible.</source>
        <translation>Aprovada: nenhuma outra decisão é possível.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="353" />
        <source>(no answer)</source>
        <translation>(sem resposta)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="383" />
        <source>Comment on this question</source>
        <translation>Comentar esta pergunta</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="396" />
        <source>Write what the enumerator should fix before returning the interview.</source>
        <translation>Escreva o que o/a entrevistador/a deve corrigir antes de devolver a entrevista.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="401" />
        <source>Saving the decision…</source>
        <translation>Salvando a decisão…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="413" />
        <source>Changed</source>
        <translation>Alterada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="414" />
        <source>Added</source>
        <translation>Adicionada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="415" />
        <source>Removed</source>
        <translation>Removida</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="423" />
        <source>No answer changed.</source>
        <translation>Nenhuma resposta mudou.</translation>
    </message>
    <message>
        <source>No answer changed between these versions.</source>
        <translation type="vanished">Nenhuma resposta mudou entre estas versões.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="49" />
        <source>To review</source>
        <translation>A revisar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="50" />
        <source>Approved</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="51" />
        <source>Returned</source>
        <translation>Devolvida</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="52" />
        <source>Has issues</source>
        <translation>Com problemas</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="87" />
        <source>Respondent</source>
        <translation>Respondente</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="90" />
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="91" />
        <source>Enumerator</source>
        <translation>Entrevistador/a</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="92" />
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="88" />
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="89" />
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="93" />
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="185" />
        <source>Resubmitted: replaces an earlier version</source>
        <translation>Reenviada: substitui uma versão anterior</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="195" />
        <source>(damaged record)</source>
        <translation>(registro danificado)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="196" />
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>(resubmitted)</source>
        <translation type="vanished">(reenviada)</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="67" />
        <source>Enumerator</source>
        <translation>Entrevistador/a</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="67" />
        <source>All enumerators</source>
        <translation>Todos os entrevistadores</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="68" />
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="68" />
        <source>All forms</source>
        <translation>Todos os formulários</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="69" />
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="69" />
        <source>Any flags</source>
        <translation>Com ou sem alertas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="70" />
        <source>Flagged only</source>
        <translation>Somente com alertas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="73" />
        <location filename="../../fieldapp/ui/review_screen.py" line="82" />
        <source>Received from</source>
        <translation>Recebidas desde</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="83" />
        <source>Received until</source>
        <translation>Recebidas até</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="90" />
        <source>to</source>
        <translation>até</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="109" />
        <source>Saved filters</source>
        <translation>Filtros salvos</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="113" />
        <source>Save filter…</source>
        <translation>Salvar filtro…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="116" />
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="117" />
        <source>Delete the chosen saved filter</source>
        <translation>Excluir o filtro salvo escolhido</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="125" />
        <source>Review queue</source>
        <translation>Fila de revisão</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="191" />
        <source>Saved filters…</source>
        <translation>Filtros salvos…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="231" />
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="236" />
        <source>{n} submission(s) match.</source>
        <translation>{n} envio(s) correspondem.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="288" />
        <source>Save filter</source>
        <translation>Salvar filtro</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="288" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="294" />
        <source>Cannot save the filter</source>
        <translation>Não é possível salvar o filtro</translation>
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
        <location filename="../../fieldapp/ui/settings_dialog.py" line="66" />
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="75" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="88" />
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="76" />
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="78" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="82" />
        <source>Lock after inactivity</source>
        <translation>Bloquear após inatividade</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="80" />
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="83" />
        <source>Change passphrase…</source>
        <translation>Alterar a frase-senha…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="93" />
        <source>Language of the application</source>
        <translation>Idioma do aplicativo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="97" />
        <source>Application language</source>
        <translation>Idioma do aplicativo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="100" />
        <source>Questions are shown in the form's own languages; switch them in the interview.</source>
        <translation>As perguntas aparecem nos idiomas do próprio formulário; troque-os durante a entrevista.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="106" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="112" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="116" />
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="115" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="117" />
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="119" />
        <source>Sync is set up: use Sync now on the home screen.</source>
        <translation>A sincronização está configurada: use “Sincronizar agora” na tela inicial.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="122" />
        <source>Enter the fieldapp server address and the access token your supervisor gave you. Nothing is sent until you press Sync now.</source>
        <translation>Digite o endereço do servidor fieldapp e o token de acesso que o seu supervisor lhe deu. Nada é enviado até você pressionar “Sincronizar agora”.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="129" />
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="136" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="151" />
        <source>Project key</source>
        <translation>Chave do projeto</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="137" />
        <source>Import the project key file…</source>
        <translation>Importar o arquivo de chave do projeto…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="142" />
        <source>Supervisors import the project key file with its passphrase once: the private key is then kept sealed in this profile, protected by your own passphrase. Enumerators import the public key file their supervisor gives them, to write transfer files without a server.</source>
        <translation>Supervisores importam uma única vez o arquivo de chave do projeto com a sua frase secreta: a chave privada fica então selada neste perfil, protegida pela sua própria frase secreta. Entrevistadores importam o arquivo de chave pública que o/a supervisor/a lhes entrega, para gravar arquivos de transferência sem servidor.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="165" />
        <source>Import the project key file</source>
        <translation>Importar o arquivo de chave do projeto</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="165" />
        <source>Key files (*.json *.key)</source>
        <translation>Arquivos de chave (*.json *.key)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="173" />
        <source>Project key passphrase</source>
        <translation>Frase secreta da chave do projeto</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="174" />
        <source>Passphrase of the project key file (leave empty for a public key file)</source>
        <translation>Frase secreta do arquivo de chave do projeto (deixe vazia para um arquivo de chave pública)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="189" />
        <source>Passphrase changed</source>
        <translation>Frase-senha alterada</translation>
    </message>
</context>
<context>
    <name>StoreBridge</name>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="68" />
        <source>Connecting to the server…</source>
        <translation>Conectando ao servidor…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="69" />
        <source>Sending interviews {done}/{total}</source>
        <translation>Enviando entrevistas {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="70" />
        <source>Sending review decisions {done}/{total}</source>
        <translation>Enviando decisões de revisão {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="73" />
        <source>Receiving {done}/{total}</source>
        <translation>Recebendo {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="74" />
        <source>Finishing…</source>
        <translation>Concluindo…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="83" />
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="84" />
        <source>Sent (the server had it)</source>
        <translation>Enviada (o servidor já a tinha)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="85" />
        <source>Refused: another version is on the server</source>
        <translation>Recusada: há outra versão no servidor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="88" />
        <source>Refused by the server</source>
        <translation>Recusada pelo servidor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="89" />
        <source>Not sent, will retry</source>
        <translation>Não enviada, nova tentativa prevista</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="267" />
        <source>No server configured</source>
        <translation>Nenhum servidor configurado</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="269" />
        <source>Server {url}: add the access token in Settings to sync</source>
        <translation>Servidor {url}: adicione o token de acesso em Configurações para sincronizar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="273" />
        <source>Server {url}</source>
        <translation>Servidor {url}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="276" />
        <source>{n} interview(s) ready to send are kept on this laptop.</source>
        <translation>{n} entrevista(s) pronta(s) para enviar fica(m) neste computador.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="331" />
        <source>The server could not be reached; nothing was lost, try again later.</source>
        <translation>Não foi possível contatar o servidor; nada foi perdido, tente mais tarde.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="334" />
        <source>Sync done: {sent} sent, {received} received, {failed} not sent.</source>
        <translation>Sincronização concluída: {sent} enviadas, {received} recebidas, {failed} não enviadas.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="444" />
        <source>{n} comment(s)</source>
        <translation>{n} comentário(s)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="462" />
        <source>Not sent yet</source>
        <translation>Ainda não enviada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="463" />
        <source>Not sent: {n} attempt(s), last: {error}</source>
        <translation>Não enviada: {n} tentativa(s), última: {error}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="526" />
        <source>{n} comment(s) on questions, shown with those questions.</source>
        <translation>{n} comentário(s) sobre perguntas, mostrados junto a essas perguntas.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="605" />
        <source>Psychological</source>
        <translation>Psicológica</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="606" />
        <source>Economic</source>
        <translation>Econômica</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="607" />
        <source>Political</source>
        <translation>Política</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="608" />
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="609" />
        <source>Linguistic</source>
        <translation>Linguística</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="610" />
        <source>Navigational</source>
        <translation>Orientação</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="630" />
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
    <name>SupervisorArea</name>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="72" />
        <source>Team submissions</source>
        <translation>Envios da equipe</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="76" />
        <source>USB transfer…</source>
        <translation>Transferência USB…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="78" />
        <source>Exchange sealed transfer files with enumerators who cannot sync</source>
        <translation>Trocar arquivos de transferência selados com entrevistadores que não podem sincronizar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="81" />
        <source>Import enumerators' transfer file…</source>
        <translation>Importar arquivo de transferência de entrevistadores…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="83" />
        <source>Write the reply file for enumerators…</source>
        <translation>Gravar o arquivo de resposta para os entrevistadores…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="87" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="88" />
        <source>CSV, Excel, SPSS or Stata files of the submissions</source>
        <translation>Arquivos CSV, Excel, SPSS ou Stata dos envios</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="99" />
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="100" />
        <source>Dashboards</source>
        <translation>Painéis</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="105" />
        <source>Field hub</source>
        <translation>Hub de campo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="166" />
        <source>Approved.</source>
        <translation>Aprovada.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="167" />
        <source>Returned to the enumerator.</source>
        <translation>Devolvida ao/à entrevistador/a.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="168" />
        <source>Marked as having issues.</source>
        <translation>Marcada com problemas.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="173" />
        <source>The decision is sent at the next sync or in the reply file.</source>
        <translation>A decisão é enviada na próxima sincronização ou no arquivo de resposta.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="198" />
        <source>Reading the submissions…</source>
        <translation>Lendo os envios…</translation>
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
    <name>TransferActions</name>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="37" />
        <source>No project key yet.</source>
        <translation>Ainda não há chave do projeto.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="38" />
        <source>Project {name}, key {value}.</source>
        <translation>Projeto {name}, chave {value}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="43" />
        <source>The private key is held: submissions can be read.</source>
        <translation>A chave privada está presente: os envios podem ser lidos.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="47" />
        <source>No private key: import the project key file with its passphrase.</source>
        <translation>Sem chave privada: importe o arquivo de chave do projeto com sua frase secreta.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="113" />
        <source>Transfer file</source>
        <translation>Arquivo de transferência</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="128" />
        <source>Write a transfer file for your supervisor</source>
        <translation>Gravar um arquivo de transferência para o/a supervisor/a</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="138" />
        <source>Writing the transfer file…</source>
        <translation>Gravando o arquivo de transferência…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="144" />
        <source>{n} interview(s) written to {name}. They stay in your outbox until the supervisor's reply file (or a sync) confirms them.</source>
        <translation>{n} entrevista(s) gravada(s) em {name}. Elas ficam na sua caixa de saída até que o arquivo de resposta do/a supervisor/a (ou uma sincronização) as confirme.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="157" />
        <source>Import a transfer file</source>
        <translation>Importar um arquivo de transferência</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="166" />
        <source>Importing the transfer file…</source>
        <translation>Importando o arquivo de transferência…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="174" />
        <source>{n} new submission(s) from {name}; {count} already here.</source>
        <translation>{n} envio(s) novo(s) de {name}; {count} já estavam aqui.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="180" />
        <source>{n} interview(s) confirmed by the supervisor; {count} decision(s).</source>
        <translation>{n} entrevista(s) confirmada(s) pelo/a supervisor/a; {count} decisão(ões).</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="192" />
        <source>Write the reply file for the enumerators</source>
        <translation>Gravar o arquivo de resposta para os entrevistadores</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="202" />
        <source>Writing the reply file…</source>
        <translation>Gravando o arquivo de resposta…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="207" />
        <source>Reply file {name}: {n} receipt(s) and {count} decision(s).</source>
        <translation>Arquivo de resposta {name}: {n} recibo(s) e {count} decisão(ões).</translation>
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
        <location filename="../../fieldapp/ui/question_widgets.py" line="948" />
        <location filename="../../fieldapp/ui/question_widgets.py" line="971" />
        <source>No file chosen</source>
        <translation>Nenhum arquivo escolhido</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="952" />
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="963" />
        <source>Choose an image…</source>
        <translation>Escolher uma imagem…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="965" />
        <source>Choose a recording…</source>
        <translation>Escolher uma gravação…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="967" />
        <source>Choose a video…</source>
        <translation>Escolher um vídeo…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="968" />
        <source>Choose a file…</source>
        <translation>Escolher um arquivo…</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <location filename="../../fieldapp/ui/charts.py" line="50" />
        <source>No data yet</source>
        <translation>Ainda não há dados</translation>
    </message>
</context>
<context>
    <name>_RecordsTab</name>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="84" />
        <source>Search by name or form</source>
        <translation>Pesquisar por nome ou formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="85" />
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="93" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="93" />
        <source>Form</source>
        <translation>Formulário</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="93" />
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="91" />
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="91" />
        <source>Sync status</source>
        <translation>Situação da sincronização</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="103" />
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="130" />
        <source>Load more</source>
        <translation>Carregar mais</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="134" />
        <source>Delete draft…</source>
        <translation>Excluir rascunho…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="140" />
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="140" />
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="158" />
        <source>{n} shown</source>
        <translation>{n} exibidas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="164" />
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="216" />
        <source>Delete draft</source>
        <translation>Excluir rascunho</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="218" />
        <source>Delete the draft “{name}” and all its answers? This cannot be undone.</source>
        <translation>Excluir o rascunho “{name}” e todas as suas respostas? Não é possível desfazer.</translation>
    </message>
</context>
</TS>