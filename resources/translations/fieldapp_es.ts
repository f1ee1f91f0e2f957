<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>CheckListSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="705" />
        <source>Type to filter the choices</source>
        <translation>Escriba para filtrar las opciones</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="706" />
        <source>Filter choices</source>
        <translation>Filtrar opciones</translation>
    </message>
</context>
<context>
    <name>ComboSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="646" />
        <source>Type to search</source>
        <translation>Escriba para buscar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="680" />
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
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="236" />
        <source>Profile, language and server</source>
        <translation>Perfil, idioma y servidor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="238" />
        <source>Switch profile</source>
        <translation>Cambiar de perfil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="240" />
        <source>Lock and choose another profile</source>
        <translation>Bloquear y elegir otro perfil</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="242" />
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="242" />
        <source>Lock now (Ctrl+Shift+L)</source>
        <translation>Bloquear ahora (Ctrl+Mayús+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="252" />
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="257" />
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="258" />
        <source>Ready to send</source>
        <translation>Listas para enviar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="259" />
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="260" />
        <source>Returned</source>
        <translation>Devueltas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="275" />
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="277" />
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="281" />
        <source>Set the server address and access token in Settings to sync.</source>
        <translation>Configure la dirección del servidor y el token de acceso en Configuración para sincronizar.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="287" />
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Form ID</source>
        <translation>ID del formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="308" />
        <location filename="../../fieldapp/ui/home_screen.py" line="309" />
        <source>Search forms</source>
        <translation>Buscar formularios</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="315" />
        <location filename="../../fieldapp/ui/home_screen.py" line="342" />
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="330" />
        <source>Import a form…</source>
        <translation>Importar un formulario…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="332" />
        <source>An XLSForm (.xlsx) or XForm (.xml) with its media folder</source>
        <translation>Un XLSForm (.xlsx) o XForm (.xml) con su carpeta de medios</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="335" />
        <source>Start new interview</source>
        <translation>Iniciar nueva entrevista</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="113" />
        <source>Form language</source>
        <translation>Idioma del formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="114" />
        <source>Language of the questions (Ctrl+L)</source>
        <translation>Idioma de las preguntas (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="125" />
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="133" />
        <source>Supervisor's comments</source>
        <translation>Comentarios del supervisor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="156" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="157" />
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Re Pág)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="158" />
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="159" />
        <source>Go to a question (Ctrl+J)</source>
        <translation>Ir a una pregunta (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="160" />
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="161" />
        <source>Save the draft now (Ctrl+S)</source>
        <translation>Guardar el borrador ahora (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="162" />
        <source>Save and close</source>
        <translation>Guardar y cerrar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="163" />
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="165" />
        <source>Next page (Enter, Page Down)</source>
        <translation>Página siguiente (Intro, Av Pág)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="296" />
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="341" />
        <source>Remove this entry</source>
        <translation>Eliminar esta entrada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="344" />
        <source>Remove this repeated entry</source>
        <translation>Eliminar esta entrada repetida</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="354" />
        <source>You have {count} “{name}”. Add another?</source>
        <translation>Tiene {count} «{name}». ¿Agregar otro?</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="361" />
        <source>Add “{name}”</source>
        <translation>Agregar «{name}»</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="365" />
        <source>No, go on</source>
        <translation>No, continuar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="373" />
        <source>A: add another    N or Enter on “No, go on”: continue</source>
        <translation>A: agregar otro    N o Intro en «No, continuar»: seguir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="425" />
        <location filename="../../fieldapp/ui/interview_screen.py" line="534" />
        <source>This answer is not accepted.</source>
        <translation>Esta respuesta no es válida.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="484" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="488" />
        <source>Choose a file</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="532" />
        <source>This question is required.</source>
        <translation>Esta pregunta es obligatoria.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="606" />
        <source>Remove entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="607" />
        <source>Remove this entry and all its answers? This cannot be undone.</source>
        <translation>¿Eliminar esta entrada y todas sus respuestas? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="661" />
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
        <location filename="../../fieldapp/ui/app.py" line="168" />
        <source>Preparing the built-in forms…</source>
        <translation>Preparando los formularios incluidos…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="210" />
        <source>Opening the form…</source>
        <translation>Abriendo el formulario…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="216" />
        <source>Opening the interview…</source>
        <translation>Abriendo la entrevista…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="225" />
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="253" />
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="260" />
        <source>Import a form</source>
        <translation>Importar un formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="262" />
        <source>Forms (*.xlsx *.xls *.xml *.xhtml)</source>
        <translation>Formularios (*.xlsx *.xls *.xml *.xhtml)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="269" />
        <source>Media folder (cancel if the form has none)</source>
        <translation>Carpeta de medios (cancele si el formulario no tiene)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="280" />
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="286" />
        <source>Form imported.</source>
        <translation>Formulario importado.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="291" />
        <source>Cannot import the form</source>
        <translation>No se puede importar el formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="304" />
        <source>Connecting to the server…</source>
        <translation>Conectando con el servidor…</translation>
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
        <location filename="../../fieldapp/ui/question_widgets.py" line="810" />
        <source>not set</source>
        <translation>sin valor</translation>
    </message>
</context>
<context>
    <name>RankWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="837" />
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="838" />
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="839" />
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
        <location filename="../../fieldapp/ui/settings_dialog.py" line="51" />
        <source>Settings</source>
        <translation>Configuración</translation>
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
        <translation>Función</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="63" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="67" />
        <source>Lock after inactivity</source>
        <translation>Bloquear tras inactividad</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="65" />
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="68" />
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="78" />
        <source>Language of the application</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="82" />
        <source>Application language</source>
        <translation>Idioma de la aplicación</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="85" />
        <source>Questions are shown in the form's own languages; switch them in the interview.</source>
        <translation>Las preguntas se muestran en los idiomas del formulario; cámbielos durante la entrevista.</translation>
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
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="100" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="102" />
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="104" />
        <source>Sync is set up: use Sync now on the home screen.</source>
        <translation>La sincronización está configurada: use «Sincronizar ahora» en la pantalla de inicio.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="107" />
        <source>Enter the fieldapp server address and the access token your supervisor gave you. Nothing is sent until you press Sync now.</source>
        <translation>Escriba la dirección del servidor fieldapp y el token de acceso que le dio su supervisor. No se envía nada hasta que pulse «Sincronizar ahora».</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="114" />
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="125" />
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
</context>
<context>
    <name>StoreBridge</name>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="226" />
        <source>No server configured</source>
        <translation>No hay servidor configurado</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="228" />
        <source>Server {url}: add the access token in Settings to sync</source>
        <translation>Servidor {url}: agregue el token de acceso en Configuración para sincronizar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="232" />
        <source>Server {url}</source>
        <translation>Servidor {url}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="235" />
        <source>{n} interview(s) ready to send are kept on this laptop.</source>
        <translation>{n} entrevista(s) lista(s) para enviar se guardan en este portátil.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="266" />
        <source>The server could not be reached; nothing was lost, try again later.</source>
        <translation>No se pudo conectar con el servidor; no se perdió nada, inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="269" />
        <source>Sync done: {sent} sent, {received} received, {failed} not sent.</source>
        <translation>Sincronización terminada: {sent} enviadas, {received} recibidas, {failed} sin enviar.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="375" />
        <source>{n} comment(s)</source>
        <translation>{n} comentario(s)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="476" />
        <source>Psychological</source>
        <translation>Psicológica</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="477" />
        <source>Economic</source>
        <translation>Económica</translation>
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
        <translation>Lingüística</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="481" />
        <source>Navigational</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="501" />
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
    <name>TriggerWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="923" />
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
        <location filename="../../fieldapp/ui/question_widgets.py" line="947" />
        <location filename="../../fieldapp/ui/question_widgets.py" line="970" />
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="951" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="962" />
        <source>Choose an image…</source>
        <translation>Elegir una imagen…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="964" />
        <source>Choose a recording…</source>
        <translation>Elegir una grabación…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="966" />
        <source>Choose a video…</source>
        <translation>Elegir un video…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="967" />
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
</context>
<context>
    <name>_RecordsTab</name>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="82" />
        <source>Search by name or form</source>
        <translation>Buscar por nombre o formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="83" />
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="99" />
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="122" />
        <source>Load more</source>
        <translation>Cargar más</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="126" />
        <source>Delete draft…</source>
        <translation>Eliminar borrador…</translation>
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
        <translation>{n} mostradas</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="156" />
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="198" />
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="200" />
        <source>Delete the draft “{name}” and all its answers? This cannot be undone.</source>
        <translation>¿Eliminar el borrador «{name}» y todas sus respuestas? No se puede deshacer.</translation>
    </message>
</context>
<context><name>QGuiApplication</name><message><source>QT_LAYOUT_DIRECTION</source><comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages</comment><translation>LTR</translation></message></context></TS>