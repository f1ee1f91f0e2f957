<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>CheckListSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="706" />
        <source>Type to filter the choices</source>
        <translation>Escriba para filtrar las opciones</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="707" />
        <source>Filter choices</source>
        <translation>Filtrar opciones</translation>
    </message>
</context>
<context>
    <name>ComboSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="647" />
        <source>Type to search</source>
        <translation>Escriba para buscar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="681" />
        <source>Pick one of the suggested answers.</source>
        <translation>Elija una de las respuestas sugeridas.</translation>
    </message>
</context>
<context>
    <name>CreateProfileScreen</name>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="76" />
        <source>Welcome to fieldapp</source>
        <translation>Bienvenido a fieldapp</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="76" />
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="80" />
        <source>Each person using this laptop has their own profile. Everything you collect is encrypted with your passphrase: nobody can read it without it.</source>
        <translation>Cada persona que usa este portátil tiene su propio perfil. Todo lo que recoja se cifra con su frase de contraseña: nadie puede leerlo sin ella.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="88" />
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="90" />
        <source>Enumerator</source>
        <translation>Encuestador/a</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="91" />
        <source>Supervisor</source>
        <translation>Supervisor/a</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="92" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="100" />
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="95" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="101" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="98" />
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="99" />
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="102" />
        <source>Repeat passphrase</source>
        <translation>Repetir la frase</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="111" />
        <source>Create profile</source>
        <translation>Crear perfil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="117" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="134" />
        <source>Enter your name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="139" />
        <source>Use a passphrase of at least {n} characters.</source>
        <translation>Use una frase de contraseña de al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="146" />
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="164" />
        <source>Creating your encrypted profile…</source>
        <translation>Creando su perfil cifrado…</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="68" />
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="69" />
        <source>Recompute the charts from the submissions</source>
        <translation>Volver a calcular los gráficos a partir de los envíos</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="84" />
        <source>Interviews per enumerator</source>
        <translation>Entrevistas por encuestador/a</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="85" />
        <source>Interviews received per day</source>
        <translation>Entrevistas recibidas por día</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="86" />
        <source>Interviews per form</source>
        <translation>Entrevistas por formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="90" />
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="96" />
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="98" />
        <source>Compare the team with</source>
        <translation>Comparar el equipo con</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="102" />
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="104" />
        <source>Distribution of</source>
        <translation>Distribución de</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="105" />
        <source>Integration index</source>
        <translation>Índice de integración</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="115" />
        <source>Mean score by dimension (0 to 1)</source>
        <translation>Puntaje medio por dimensión (0 a 1)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="116" />
        <source>Respondents by score</source>
        <translation>Personas encuestadas por puntaje</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="117" />
        <source>Mean integration index by country</source>
        <translation>Índice de integración medio por país</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="123" />
        <source>Integration (IPL)</source>
        <translation>Integración (IPL)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="132" />
        <source>Countries of residence</source>
        <translation>Países de residencia</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="133" />
        <source>Contributes to the origin country through</source>
        <translation>Contribuye al país de origen mediante</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="134" />
        <source>Willing to contribute</source>
        <translation>Dispuestos a contribuir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="135" />
        <source>Ways they would contribute</source>
        <translation>Formas en que contribuirían</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="136" />
        <source>Field of education</source>
        <translation>Área de estudios</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="137" />
        <source>Sector of work</source>
        <translation>Sector de trabajo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="149" />
        <source>Diaspora</source>
        <translation>Diáspora</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="164" />
        <source>{n} submission(s) in the charts.</source>
        <translation>{n} envío(s) en los gráficos.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="169" />
        <source>(team only)</source>
        <translation>(solo el equipo)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="172" />
        <source>Enumerator {name}</source>
        <translation>Encuestador/a {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="176" />
        <source>Country {name}</source>
        <translation>País {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="187" />
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="188" />
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="189" />
        <source>Returned</source>
        <translation>Devuelta</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="190" />
        <source>Has issues</source>
        <translation>Con problemas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="218" />
        <source>Team (n={n})</source>
        <translation>Equipo (n={n})</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="227" />
        <source>{n} scored interview(s); mean integration index {value}.</source>
        <translation>{n} entrevista(s) con puntaje; índice de integración medio {value}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="232" />
        <source>{n} without consent (not scored).</source>
        <translation>{n} sin consentimiento (sin puntaje).</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="236" />
        <source>{n} could not be read.</source>
        <translation>{n} no se pudieron leer.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="261" />
        <source>{n} respondent(s) eligible and consenting.</source>
        <translation>{n} persona(s) elegible(s) que dieron su consentimiento.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="265" />
        <source>{n} screened out or without consent.</source>
        <translation>{n} excluidas en la selección o sin consentimiento.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="271" />
        <source>Remittances</source>
        <translation>Remesas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="272" />
        <source>Investment</source>
        <translation>Inversión</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="273" />
        <source>Trade</source>
        <translation>Comercio</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="274" />
        <source>Philanthropy</source>
        <translation>Filantropía</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="275" />
        <source>Tourism (visits)</source>
        <translation>Turismo (visitas)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="291" />
        <source>Others</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="53" />
        <source>Export submissions</source>
        <translation>Exportar envíos</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="64" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="74" />
        <source>Form</source>
        <translation>Formulario</translation>
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
        <translation>CSV (zip: tabla principal y un archivo por repetición)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="79" />
        <source>Excel workbook (one sheet per repeat)</source>
        <translation>Libro de Excel (una hoja por repetición)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="80" />
        <source>SPSS .sav with variable and value labels (zip)</source>
        <translation>SPSS .sav con etiquetas de variables y valores (zip)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="81" />
        <source>Stata .dta with variable and value labels (zip)</source>
        <translation>Stata .dta con etiquetas de variables y valores (zip)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="86" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="87" />
        <source>Labels in</source>
        <translation>Etiquetas en</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="91" />
        <source>Submissions</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="92" />
        <source>Include sensitive contact fields</source>
        <translation>Incluir los datos de contacto sensibles</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="94" />
        <source>Names, phone numbers and e-mail addresses of respondents</source>
        <translation>Nombres, teléfonos y correos electrónicos de las personas encuestadas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="103" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="108" />
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="104" />
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="112" />
        <source>Exported files are NOT encrypted: they hold the answers in plain text. Save them only where the data may be kept, and delete them when done.</source>
        <translation>Los archivos exportados NO están cifrados: contienen las respuestas en texto legible. Guárdelos solo donde se permita conservar los datos y bórrelos al terminar.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="129" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="261" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="131" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="146" />
        <source>status: {value}</source>
        <translation>estado: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="149" />
        <source>enumerators: {value}</source>
        <translation>encuestadores/as: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="152" />
        <source>All received submissions of the form.</source>
        <translation>Todos los envíos recibidos del formulario.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="153" />
        <source>As filtered in the queue: {value}</source>
        <translation>Según el filtro de la lista: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="165" />
        <source>Form default</source>
        <translation>Predeterminado del formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="190" />
        <source>Left out unless ticked: {value}</source>
        <translation>Se omiten salvo que se marque: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="192" />
        <source>This form has no sensitive contact fields.</source>
        <translation>Este formulario no tiene datos de contacto sensibles.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="211" />
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
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
        <translation>{n} envío(s) exportado(s) a {name}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="274" />
        <source>{n} could not be read and were left out:</source>
        <translation>{n} no se pudieron leer y se omitieron:</translation>
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
        <translation>paradatos</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="28" />
        <source>start/end times</source>
        <translation>horas de inicio y fin</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="32" />
        <source>The interview took {value} min ({name}), under {share} of the team's median of {limit} min.</source>
        <translation>La entrevista duró {value} min ({name}), menos del {share} de la mediana del equipo, {limit} min.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="38" />
        <source>The interview took {value} min ({name}), under the minimum of {limit} min for this form.</source>
        <translation>La entrevista duró {value} min ({name}), menos del mínimo de {limit} min para este formulario.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="49" />
        <source>{count} of {total} answers are don't know / refused ({value}).</source>
        <translation>{count} de {total} respuestas son no sabe / se niega ({value}).</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="56" />
        <source>{name} = {value} (team median {total})</source>
        <translation>{name} = {value} (mediana del equipo {total})</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="61" />
        <source>Unusual compared with the team: {value}.</source>
        <translation>Inusual frente al equipo: {value}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="68" />
        <source>Same identifying answers as {count} or more other interview(s): {name}.</source>
        <translation>Mismas respuestas identificativas que {count} o más entrevista(s): {name}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="72" />
        <source>Same identifying answers as {count} other interview(s): {name}.</source>
        <translation>Mismas respuestas identificativas que {count} entrevista(s) más: {name}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="79" />
        <source>The form asks for a location but none was recorded.</source>
        <translation>El formulario pide una ubicación, pero no se registró ninguna.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="89" />
        <source>this version replaces an earlier submission; see Changes</source>
        <translation>esta versión reemplaza un envío anterior; vea Cambios</translation>
    </message>
    <message>
        <source>this version replaces submission {name}; compare the versions</source>
        <translation type="vanished">esta versión reemplaza el envío {name}; compare las versiones</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="96" />
        <source>{n} answer(s) were changed after the finalize step</source>
        <translation>{n} respuesta(s) cambiada(s) después de finalizar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="103" />
        <source>Edited after finalizing: {value}.</source>
        <translation>Editada después de finalizar: {value}.</translation>
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
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="254" />
        <source>Profile, language and server</source>
        <translation>Perfil, idioma y servidor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="256" />
        <source>Switch profile</source>
        <translation>Cambiar de perfil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="258" />
        <source>Lock and choose another profile</source>
        <translation>Bloquear y elegir otro perfil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="260" />
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="260" />
        <source>Lock now (Ctrl+Shift+L)</source>
        <translation>Bloquear ahora (Ctrl+Mayús+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="270" />
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="275" />
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="276" />
        <source>Ready to send</source>
        <translation>Listas para enviar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="277" />
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="278" />
        <source>Returned</source>
        <translation>Devueltas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="293" />
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="297" />
        <source>Sync progress</source>
        <translation>Avance de la sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="305" />
        <source>Set the server address and access token in Settings to sync.</source>
        <translation>Configure la dirección del servidor y el token de acceso en Configuración para sincronizar.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="312" />
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="324" />
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="324" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="324" />
        <source>Form ID</source>
        <translation>ID del formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="331" />
        <location filename="../../fieldapp/ui/home_screen.py" line="332" />
        <source>Search forms</source>
        <translation>Buscar formularios</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="338" />
        <location filename="../../fieldapp/ui/home_screen.py" line="365" />
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="353" />
        <source>Import a form…</source>
        <translation>Importar un formulario…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="355" />
        <source>An XLSForm (.xlsx) or XForm (.xml) with its media folder</source>
        <translation>Un XLSForm (.xlsx) o XForm (.xml) con su carpeta de medios</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="358" />
        <source>Start new interview</source>
        <translation>Iniciar nueva entrevista</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="372" />
        <source>USB transfer…</source>
        <translation>Transferencia USB…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="373" />
        <source>Exchange sealed transfer files on a USB stick</source>
        <translation>Intercambiar archivos de transferencia sellados en una memoria USB</translation>
    </message>
</context>
<context>
    <name>HubPanel</name>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="236" />
        <source>Without internet, enumerators can sync with this laptop over the local network (Wi-Fi or a cable). The hub keeps their sealed interviews; later, forward them to headquarters.</source>
        <translation>Sin internet, los encuestadores pueden sincronizar con este portátil por la red local (wifi o cable). El hub guarda sus entrevistas selladas; después, reenvíelas a la sede.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="245" />
        <source>Serve</source>
        <translation>Servir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="253" />
        <source>Create the hub</source>
        <translation>Crear el hub</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="255" />
        <source>Needs the project key (Settings, Project key); done once per laptop</source>
        <translation>Necesita la clave del proyecto (Configuración, Clave del proyecto); una vez por portátil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="259" />
        <location filename="../../fieldapp/ui/hub_panel.py" line="264" />
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="267" />
        <location filename="../../fieldapp/ui/hub_panel.py" line="380" />
        <source>Start serving</source>
        <translation>Empezar a servir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="285" />
        <source>Enumerator accounts</source>
        <translation>Cuentas de encuestadores</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="289" />
        <source>user name, e.g. ana</source>
        <translation>nombre de usuario, p. ej. ana</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="290" />
        <source>Enumerator's user name</source>
        <translation>Nombre de usuario del encuestador</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="293" />
        <source>Add enumerator</source>
        <translation>Añadir encuestador</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="303" />
        <source>New access token</source>
        <translation>Nuevo token de acceso</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="305" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="306" />
        <source>Copy the token to the clipboard</source>
        <translation>Copiar el token al portapapeles</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="313" />
        <location filename="../../fieldapp/ui/hub_panel.py" line="324" />
        <source>Forward to headquarters</source>
        <translation>Reenviar a la sede</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="318" />
        <source>Headquarters server address</source>
        <translation>Dirección del servidor de la sede</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="321" />
        <source>Your access token at headquarters</source>
        <translation>Su token de acceso en la sede</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="322" />
        <source>Headquarters server</source>
        <translation>Servidor de la sede</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="323" />
        <source>Your token there</source>
        <translation>Su token allí</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="327" />
        <source>Sends the hub's interviews (still sealed) and your decisions, brings back new forms and headquarters' decisions; safe to repeat</source>
        <translation>Envía las entrevistas del hub (aún selladas) y sus decisiones, trae formularios nuevos y las decisiones de la sede; se puede repetir sin riesgo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="380" />
        <source>Stop serving</source>
        <translation>Dejar de servir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="382" />
        <source>Sync now: use headquarters again</source>
        <translation>Sincronizar: volver a la sede</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="384" />
        <source>Sync now: use this hub</source>
        <translation>Sincronizar: usar este hub</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="387" />
        <source>Your own Sync now pulls the team's interviews from this hub</source>
        <translation>Su propia sincronización trae las entrevistas del equipo desde este hub</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="392" />
        <source>No hub yet. Create it once; it needs the project key in Settings.</source>
        <translation>Aún no hay hub. Créelo una vez; necesita la clave del proyecto en Configuración.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="397" />
        <source>Serving on port {value}. Enumerators enter in Settings, Server:</source>
        <translation>Sirviendo en el puerto {value}. Los encuestadores escriben en Configuración, Servidor:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="406" />
        <source>No network connection found: connect to the team's Wi-Fi.</source>
        <translation>No se encontró conexión de red: conéctese al wifi del equipo.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="409" />
        <source>Starting the hub…</source>
        <translation>Iniciando el hub…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="412" />
        <source>The hub is not serving.</source>
        <translation>El hub no está sirviendo.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="442" />
        <source>Field hub created.</source>
        <translation>Hub de campo creado.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="453" />
        <source>The field hub is serving.</source>
        <translation>El hub de campo está sirviendo.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="496" />
        <source>Token for {name}, shown only now: copy it and give it to them; they enter it in Settings, Server, with the address above.</source>
        <translation>Token de {name}, solo se muestra ahora: cópielo y entrégueselo; lo escribe en Configuración, Servidor, con la dirección de arriba.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="507" />
        <source>Token copied.</source>
        <translation>Token copiado.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="518" />
        <source>Forwarding…</source>
        <translation>Reenviando…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="537" />
        <source>Bringing headquarters' forms and decisions…</source>
        <translation>Trayendo formularios y decisiones de la sede…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="538" />
        <source>Sending the hub's interviews…</source>
        <translation>Enviando las entrevistas del hub…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="539" />
        <source>Sending your decisions…</source>
        <translation>Enviando sus decisiones…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="540" />
        <source>Finishing…</source>
        <translation>Terminando…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="556" />
        <source>Forwarded {n} interview(s) and {count} decision(s); received {total} form(s) and {received} decision(s) from headquarters; {failed} failed.</source>
        <translation>Reenviadas {n} entrevista(s) y {count} decisión(es); recibidos {total} formulario(s) y {received} decisión(es) de la sede; {failed} fallidas.</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="116" />
        <source>Form language</source>
        <translation>Idioma del formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="117" />
        <source>Language of the questions (Ctrl+L)</source>
        <translation>Idioma de las preguntas (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="128" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="136" />
        <source>Supervisor's comments</source>
        <translation>Comentarios del supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="159" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="160" />
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Re Pág)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="161" />
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="162" />
        <source>Go to a question (Ctrl+J)</source>
        <translation>Ir a una pregunta (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="163" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="164" />
        <source>Save the draft now (Ctrl+S)</source>
        <translation>Guardar el borrador ahora (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="165" />
        <source>Save and close</source>
        <translation>Guardar y cerrar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="166" />
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="168" />
        <source>Next page (Enter, Page Down)</source>
        <translation>Página siguiente (Intro, Av Pág)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="299" />
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="323" />
        <source>Supervisor's comment</source>
        <translation>Comentario del supervisor/a</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="354" />
        <source>Remove this entry</source>
        <translation>Eliminar esta entrada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="357" />
        <source>Remove this repeated entry</source>
        <translation>Eliminar esta entrada repetida</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="367" />
        <source>You have {count} “{name}”. Add another?</source>
        <translation>Tiene {count} «{name}». ¿Agregar otro?</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="374" />
        <source>Add “{name}”</source>
        <translation>Agregar «{name}»</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="378" />
        <source>No, go on</source>
        <translation>No, continuar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="386" />
        <source>A: add another    N or Enter on “No, go on”: continue</source>
        <translation>A: agregar otro    N o Intro en «No, continuar»: seguir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="439" />
        <location filename="../../fieldapp/ui/interview_screen.py" line="548" />
        <source>This answer is not accepted.</source>
        <translation>Esta respuesta no es válida.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="498" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="502" />
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="546" />
        <source>This question is required.</source>
        <translation>Esta pregunta es obligatoria.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="620" />
        <source>Remove entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="621" />
        <source>Remove this entry and all its answers? This cannot be undone.</source>
        <translation>¿Eliminar esta entrada y todas sus respuestas? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="675" />
        <source>Draft saved</source>
        <translation>Borrador guardado</translation>
    </message>
</context>
<context>
    <name>JumpIndexDialog</name>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="35" />
        <source>Go to a question</source>
        <translation>Ir a una pregunta</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="40" />
        <source>✓ answered    ! required, not answered    ✗ answer not accepted</source>
        <translation>✓ respondida    ! obligatoria, sin respuesta    ✗ respuesta no válida</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="44" />
        <source>Type to filter</source>
        <translation>Escriba para filtrar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="45" />
        <source>Filter questions</source>
        <translation>Filtrar preguntas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="51" />
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="51" />
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="52" />
        <source>Questions of the form</source>
        <translation>Preguntas del formulario</translation>
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
        <translation>obligatoria</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="70" />
        <source>invalid</source>
        <translation>no válida</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="210" />
        <source>Preparing the built-in forms…</source>
        <translation>Preparando los formularios incluidos…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="276" />
        <source>Write a transfer file for the supervisor…</source>
        <translation>Escribir un archivo de transferencia para el/la supervisor/a…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="277" />
        <source>Import the supervisor's reply file…</source>
        <translation>Importar el archivo de respuesta del supervisor/a…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="290" />
        <source>Opening the form…</source>
        <translation>Abriendo el formulario…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="296" />
        <source>Opening the interview…</source>
        <translation>Abriendo la entrevista…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="305" />
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="336" />
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="343" />
        <source>Import a form</source>
        <translation>Importar un formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="345" />
        <source>Forms (*.xlsx *.xls *.xml *.xhtml)</source>
        <translation>Formularios (*.xlsx *.xls *.xml *.xhtml)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="352" />
        <source>Media folder (cancel if the form has none)</source>
        <translation>Carpeta de medios (cancele si el formulario no tiene)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="363" />
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="369" />
        <source>Form imported.</source>
        <translation>Formulario importado.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="374" />
        <source>Cannot import the form</source>
        <translation>No se puede importar el formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="387" />
        <source>Connecting to the server…</source>
        <translation>Conectando con el servidor…</translation>
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
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="336" />
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="337" />
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="338" />
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="357" />
        <source>Use a passphrase of at least {n} characters.</source>
        <translation>Use una frase de contraseña de al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="363" />
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
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
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="133" />
        <source>Image: {name}</source>
        <translation>Imagen: {name}</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../fieldapp/ui/radar_chart.py" line="20" />
        <source>Integration scores by dimension</source>
        <translation>Puntuaciones de integración por dimensión</translation>
    </message>
</context>
<context>
    <name>RangeWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="811" />
        <source>not set</source>
        <translation>sin valor</translation>
    </message>
</context>
<context>
    <name>RankWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="838" />
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="839" />
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="840" />
        <source>Use this order</source>
        <translation>Usar este orden</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="262" />
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="269" />
        <source>If you forget your passphrase, this key is the only way to open your data. Print it or write it down and keep it apart from the laptop. It will not be shown again.</source>
        <translation>Si olvida su frase de contraseña, esta clave es la única forma de abrir sus datos. Imprímala o anótela y guárdela lejos del portátil. No se volverá a mostrar.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="279" />
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="283" />
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="285" />
        <source>Save as text…</source>
        <translation>Guardar como texto…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="292" />
        <source>I have kept it safe</source>
        <translation>Ya la guardé en un lugar seguro</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="300" />
        <source>fieldapp recovery key for profile {name}</source>
        <translation>Clave de recuperación de fieldapp del perfil {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="318" />
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>ReviewBridge</name>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="42" />
        <source>Interview too short</source>
        <translation>Entrevista demasiado corta</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="43" />
        <source>Many don't know / refused</source>
        <translation>Muchos «no sabe» / «no responde»</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="46" />
        <source>Unusual number</source>
        <translation>Número inusual</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="47" />
        <source>Possible duplicate respondent</source>
        <translation>Posible persona duplicada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="48" />
        <source>Location missing</source>
        <translation>Falta la ubicación</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="49" />
        <source>Answers changed after finalizing</source>
        <translation>Respuestas cambiadas después de finalizar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="124" />
        <source>Version {n} of {total}</source>
        <translation>Versión {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="222" />
        <source>Reading submissions {n}/{total}</source>
        <translation>Leyendo envíos {n}/{total}</translation>
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
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <source>Your comment</source>
        <translation>Su comentario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="154" />
        <source>Compare with version</source>
        <translation>Comparar con la versión</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="169" />
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="172" />
        <source>Comment on this question…</source>
        <translation>Comentar esta pregunta…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="177" />
        <source>Comment for the enumerator (required to return)</source>
        <translation>Comentario para el/la encuestador/a (obligatorio para devolver)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="178" />
        <source>Comment for the enumerator</source>
        <translation>Comentario para el/la encuestador/a</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="183" />
        <source>Has issues</source>
        <translation>Con problemas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="184" />
        <source>Keep it here, marked as having issues</source>
        <translation>Conservarla aquí, marcada con problemas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="185" />
        <source>Return to enumerator</source>
        <translation>Devolver al encuestador/a</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="187" />
        <source>Send it back with your comments; the enumerator fixes and resubmits it</source>
        <translation>Devolverla con sus comentarios; el/la encuestador/a la corrige y la vuelve a enviar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="189" />
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="191" />
        <source>Accept the interview as it is</source>
        <translation>Aceptar la entrevista tal como está</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="193" />
        <source>Or double-click the question, or press Enter on it</source>
        <translation>O haga doble clic en la pregunta, o pulse Intro en ella</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="243" />
        <source>Shortcut: {value}</source>
        <translation>Atajo: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="262" />
        <source>Choose a submission in the queue.</source>
        <translation>Elija un envío en la lista.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="274" />
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="294" />
        <source>Enumerator {name}</source>
        <translation>Encuestador/a {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="301" />
        <source>Interview time {value}</source>
        <translation>Duración de la entrevista {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="326" />
        <source>Approved: no further decision is possible.</source>
        <translation>Aprobada: no se puede tomar otra decisión.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="353" />
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="383" />
        <source>Comment on this question</source>
        <translation>Comentar esta pregunta</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="396" />
        <source>Write what the enumerator should fix before returning the interview.</source>
        <translation>Escriba qué debe corregir el/la encuestador/a antes de devolver la entrevista.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="401" />
        <source>Saving the decision…</source>
        <translation>Guardando la decisión…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="413" />
        <source>Changed</source>
        <translation>Cambiada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="414" />
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="415" />
        <source>Removed</source>
        <translation>Quitada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="423" />
        <source>No answer changed.</source>
        <translation>Ninguna respuesta cambió.</translation>
    </message>
    <message>
        <source>No answer changed between these versions.</source>
        <translation type="vanished">Ninguna respuesta cambió entre estas versiones.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="49" />
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="50" />
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="51" />
        <source>Returned</source>
        <translation>Devuelta</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="52" />
        <source>Has issues</source>
        <translation>Con problemas</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="87" />
        <source>Respondent</source>
        <translation>Persona encuestada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="90" />
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="91" />
        <source>Enumerator</source>
        <translation>Encuestador/a</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="92" />
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="88" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="89" />
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="93" />
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="185" />
        <source>Resubmitted: replaces an earlier version</source>
        <translation>Reenviada: reemplaza una versión anterior</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="195" />
        <source>(damaged record)</source>
        <translation>(registro dañado)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="196" />
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
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
        <translation>Encuestador/a</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="67" />
        <source>All enumerators</source>
        <translation>Todos los encuestadores</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="68" />
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="68" />
        <source>All forms</source>
        <translation>Todos los formularios</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="69" />
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="69" />
        <source>Any flags</source>
        <translation>Con o sin alertas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="70" />
        <source>Flagged only</source>
        <translation>Solo con alertas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="73" />
        <location filename="../../fieldapp/ui/review_screen.py" line="82" />
        <source>Received from</source>
        <translation>Recibidas desde</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="83" />
        <source>Received until</source>
        <translation>Recibidas hasta</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="90" />
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="109" />
        <source>Saved filters</source>
        <translation>Filtros guardados</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="113" />
        <source>Save filter…</source>
        <translation>Guardar filtro…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="116" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="117" />
        <source>Delete the chosen saved filter</source>
        <translation>Eliminar el filtro guardado elegido</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="125" />
        <source>Review queue</source>
        <translation>Lista de revisión</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="191" />
        <source>Saved filters…</source>
        <translation>Filtros guardados…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="231" />
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="236" />
        <source>{n} submission(s) match.</source>
        <translation>{n} envío(s) coinciden.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="288" />
        <source>Save filter</source>
        <translation>Guardar filtro</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="288" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="294" />
        <source>Cannot save the filter</source>
        <translation>No se puede guardar el filtro</translation>
    </message>
</context>
<context>
    <name>SelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="457" />
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="460" />
        <source>Clear the answer</source>
        <translation>Borrar la respuesta</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="66" />
        <source>Settings</source>
        <translation>Configuración</translation>
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
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="78" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="82" />
        <source>Lock after inactivity</source>
        <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="80" />
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="83" />
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="93" />
        <source>Language of the application</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="97" />
        <source>Application language</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="100" />
        <source>Questions are shown in the form's own languages; switch them in the interview.</source>
        <translation>Las preguntas se muestran en los idiomas del formulario; cámbielos durante la entrevista.</translation>
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
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="115" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="117" />
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="119" />
        <source>Sync is set up: use Sync now on the home screen.</source>
        <translation>La sincronización está configurada: use «Sincronizar ahora» en la pantalla de inicio.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="122" />
        <source>Enter the fieldapp server address and the access token your supervisor gave you. Nothing is sent until you press Sync now.</source>
        <translation>Escriba la dirección del servidor fieldapp y el token de acceso que le dio su supervisor. No se envía nada hasta que pulse «Sincronizar ahora».</translation>
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
        <translation>Clave del proyecto</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="137" />
        <source>Import the project key file…</source>
        <translation>Importar el archivo de clave del proyecto…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="142" />
        <source>Supervisors import the project key file with its passphrase once: the private key is then kept sealed in this profile, protected by your own passphrase. Enumerators import the public key file their supervisor gives them, to write transfer files without a server.</source>
        <translation>Los supervisores importan una sola vez el archivo de clave del proyecto con su frase de contraseña: la clave privada queda sellada en este perfil, protegida por su propia frase de contraseña. Los encuestadores importan el archivo de clave pública que les da su supervisor/a, para escribir archivos de transferencia sin servidor.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="165" />
        <source>Import the project key file</source>
        <translation>Importar el archivo de clave del proyecto</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="165" />
        <source>Key files (*.json *.key)</source>
        <translation>Archivos de clave (*.json *.key)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="173" />
        <source>Project key passphrase</source>
        <translation>Frase de contraseña de la clave del proyecto</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="174" />
        <source>Passphrase of the project key file (leave empty for a public key file)</source>
        <translation>Frase de contraseña del archivo de clave del proyecto (déjela vacía para un archivo de clave pública)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="189" />
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
</context>
<context>
    <name>StoreBridge</name>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="68" />
        <source>Connecting to the server…</source>
        <translation>Conectando con el servidor…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="69" />
        <source>Sending interviews {done}/{total}</source>
        <translation>Enviando entrevistas {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="70" />
        <source>Sending review decisions {done}/{total}</source>
        <translation>Enviando decisiones de revisión {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="73" />
        <source>Receiving {done}/{total}</source>
        <translation>Recibiendo {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="74" />
        <source>Finishing…</source>
        <translation>Terminando…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="83" />
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="84" />
        <source>Sent (the server had it)</source>
        <translation>Enviada (el servidor ya la tenía)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="85" />
        <source>Refused: another version is on the server</source>
        <translation>Rechazada: hay otra versión en el servidor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="88" />
        <source>Refused by the server</source>
        <translation>Rechazada por el servidor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="89" />
        <source>Not sent, will retry</source>
        <translation>No enviada, se reintentará</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="267" />
        <source>No server configured</source>
        <translation>No hay servidor configurado</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="269" />
        <source>Server {url}: add the access token in Settings to sync</source>
        <translation>Servidor {url}: agregue el token de acceso en Configuración para sincronizar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="273" />
        <source>Server {url}</source>
        <translation>Servidor {url}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="276" />
        <source>{n} interview(s) ready to send are kept on this laptop.</source>
        <translation>{n} entrevista(s) lista(s) para enviar se guardan en este portátil.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="331" />
        <source>The server could not be reached; nothing was lost, try again later.</source>
        <translation>No se pudo conectar con el servidor; no se perdió nada, inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="334" />
        <source>Sync done: {sent} sent, {received} received, {failed} not sent.</source>
        <translation>Sincronización terminada: {sent} enviadas, {received} recibidas, {failed} sin enviar.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="444" />
        <source>{n} comment(s)</source>
        <translation>{n} comentario(s)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="462" />
        <source>Not sent yet</source>
        <translation>Aún no enviada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="463" />
        <source>Not sent: {n} attempt(s), last: {error}</source>
        <translation>No enviada: {n} intento(s), último: {error}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="526" />
        <source>{n} comment(s) on questions, shown with those questions.</source>
        <translation>{n} comentario(s) sobre preguntas, mostrados junto a esas preguntas.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="605" />
        <source>Psychological</source>
        <translation>Psicológica</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="606" />
        <source>Economic</source>
        <translation>Económica</translation>
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
        <translation>Lingüística</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="610" />
        <source>Navigational</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="630" />
        <source>Some items were not scored (don't know, refused or unanswered).</source>
        <translation>Algunas preguntas no se puntuaron (no sabe, no responde o sin respuesta).</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="41" />
        <source>End of the form</source>
        <translation>Fin del formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="45" />
        <source>Interview: {name}</source>
        <translation>Entrevista: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="50" />
        <source>Questions to fix before finalizing</source>
        <translation>Preguntas por corregir antes de finalizar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="52" />
        <source>{count} question(s) need attention. Press Enter on one to go there.</source>
        <translation>{count} pregunta(s) requieren atención. Pulse Intro sobre una para ir a ella.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="72" />
        <source>All required questions are answered. You can finalize the form.</source>
        <translation>Todas las preguntas obligatorias tienen respuesta. Puede finalizar el formulario.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="82" />
        <source>Finalize</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="86" />
        <source>Mark the interview as complete and move it to Ready to send</source>
        <translation>Marcar la entrevista como completa y pasarla a «Listas para enviar»</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="88" />
        <source>Fix the questions listed above first</source>
        <translation>Primero corrija las preguntas de la lista</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="91" />
        <source>Save as draft and close</source>
        <translation>Guardar como borrador y cerrar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="100" />
        <source>Integration scores</source>
        <translation>Puntuaciones de integración</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="107" />
        <source>Index: not computed — every dimension needs at least one answer.</source>
        <translation>Índice: no calculado — cada dimensión necesita al menos una respuesta.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="109" />
        <source>IPL Integration Index: {value}</source>
        <translation>Índice de Integración IPL: {value}</translation>
    </message>
</context>
<context>
    <name>SupervisorArea</name>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="72" />
        <source>Team submissions</source>
        <translation>Envíos del equipo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="76" />
        <source>USB transfer…</source>
        <translation>Transferencia USB…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="78" />
        <source>Exchange sealed transfer files with enumerators who cannot sync</source>
        <translation>Intercambiar archivos de transferencia sellados con encuestadores que no pueden sincronizar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="81" />
        <source>Import enumerators' transfer file…</source>
        <translation>Importar archivo de transferencia de encuestadores…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="83" />
        <source>Write the reply file for enumerators…</source>
        <translation>Escribir el archivo de respuesta para los encuestadores…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="87" />
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="88" />
        <source>CSV, Excel, SPSS or Stata files of the submissions</source>
        <translation>Archivos CSV, Excel, SPSS o Stata de los envíos</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="99" />
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="100" />
        <source>Dashboards</source>
        <translation>Tableros</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="105" />
        <source>Field hub</source>
        <translation>Hub de campo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="166" />
        <source>Approved.</source>
        <translation>Aprobada.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="167" />
        <source>Returned to the enumerator.</source>
        <translation>Devuelta al encuestador/a.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="168" />
        <source>Marked as having issues.</source>
        <translation>Marcada con problemas.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="173" />
        <source>The decision is sent at the next sync or in the reply file.</source>
        <translation>La decisión se envía en la próxima sincronización o en el archivo de respuesta.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="198" />
        <source>Reading the submissions…</source>
        <translation>Leyendo los envíos…</translation>
    </message>
</context>
<context>
    <name>TextInputWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="269" />
        <source>Pick a date from a calendar</source>
        <translation>Elegir una fecha en un calendario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="270" />
        <location filename="../../fieldapp/ui/question_widgets.py" line="367" />
        <source>Pick a date</source>
        <translation>Elegir una fecha</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="289" />
        <source>latitude longitude [altitude accuracy]</source>
        <translation>latitud longitud [altitud precisión]</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="291" />
        <source>Type or paste coordinates, e.g. 12.34 -56.78 or 12.34, -56.78</source>
        <translation>Escriba o pegue coordenadas, p. ej. 12.34 -56.78 o 12.34, -56.78</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="296" />
        <source>Type or scan the code</source>
        <translation>Escriba o escanee el código</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="37" />
        <source>No project key yet.</source>
        <translation>Todavía no hay clave del proyecto.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="38" />
        <source>Project {name}, key {value}.</source>
        <translation>Proyecto {name}, clave {value}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="43" />
        <source>The private key is held: submissions can be read.</source>
        <translation>Se tiene la clave privada: los envíos se pueden leer.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="47" />
        <source>No private key: import the project key file with its passphrase.</source>
        <translation>Sin clave privada: importe el archivo de clave del proyecto con su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="113" />
        <source>Transfer file</source>
        <translation>Archivo de transferencia</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="128" />
        <source>Write a transfer file for your supervisor</source>
        <translation>Escribir un archivo de transferencia para su supervisor/a</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="138" />
        <source>Writing the transfer file…</source>
        <translation>Escribiendo el archivo de transferencia…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="144" />
        <source>{n} interview(s) written to {name}. They stay in your outbox until the supervisor's reply file (or a sync) confirms them.</source>
        <translation>{n} entrevista(s) escrita(s) en {name}. Quedan en su bandeja de salida hasta que el archivo de respuesta del supervisor/a (o una sincronización) las confirme.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="157" />
        <source>Import a transfer file</source>
        <translation>Importar un archivo de transferencia</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="166" />
        <source>Importing the transfer file…</source>
        <translation>Importando el archivo de transferencia…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="174" />
        <source>{n} new submission(s) from {name}; {count} already here.</source>
        <translation>{n} envío(s) nuevo(s) de {name}; {count} ya estaban aquí.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="180" />
        <source>{n} interview(s) confirmed by the supervisor; {count} decision(s).</source>
        <translation>{n} entrevista(s) confirmada(s) por el/la supervisor/a; {count} decisión(es).</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="192" />
        <source>Write the reply file for the enumerators</source>
        <translation>Escribir el archivo de respuesta para los encuestadores</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="202" />
        <source>Writing the reply file…</source>
        <translation>Escribiendo el archivo de respuesta…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="207" />
        <source>Reply file {name}: {n} receipt(s) and {count} decision(s).</source>
        <translation>Archivo de respuesta {name}: {n} acuse(s) de recibo y {count} decisión(es).</translation>
    </message>
</context>
<context>
    <name>TriggerWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="924" />
        <source>OK</source>
        <translation>Aceptar</translation>
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
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="211" />
        <source>New profile…</source>
        <translation>Nuevo perfil…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="231" />
        <source>Choose a profile and type its passphrase.</source>
        <translation>Elija un perfil y escriba su frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>UploadWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="948" />
        <location filename="../../fieldapp/ui/question_widgets.py" line="971" />
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="952" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="963" />
        <source>Choose an image…</source>
        <translation>Elegir una imagen…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="965" />
        <source>Choose a recording…</source>
        <translation>Elegir una grabación…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="967" />
        <source>Choose a video…</source>
        <translation>Elegir un video…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="968" />
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <location filename="../../fieldapp/ui/charts.py" line="50" />
        <source>No data yet</source>
        <translation>Aún no hay datos</translation>
    </message>
</context>
<context>
    <name>_RecordsTab</name>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="84" />
        <source>Search by name or form</source>
        <translation>Buscar por nombre o formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="85" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="93" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="93" />
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="93" />
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="91" />
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="91" />
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="103" />
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="130" />
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="134" />
        <source>Delete draft…</source>
        <translation>Eliminar borrador…</translation>
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
        <translation>{n} mostradas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="164" />
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="216" />
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="218" />
        <source>Delete the draft “{name}” and all its answers? This cannot be undone.</source>
        <translation>¿Eliminar el borrador «{name}» y todas sus respuestas? No se puede deshacer.</translation>
    </message>
</context>
</TS>