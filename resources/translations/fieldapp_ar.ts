<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>CheckListSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="705" />
        <source>Type to filter the choices</source>
        <translation>اكتب لتصفية الخيارات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="706" />
        <source>Filter choices</source>
        <translation>تصفية الخيارات</translation>
    </message>
</context>
<context>
    <name>ComboSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="646" />
        <source>Type to search</source>
        <translation>اكتب للبحث</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="680" />
        <source>Pick one of the suggested answers.</source>
        <translation>اختر إحدى الإجابات المقترحة.</translation>
    </message>
</context>
<context>
    <name>CreateProfileScreen</name>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="76" />
        <source>Welcome to fieldapp</source>
        <translation>مرحبًا بك في fieldapp</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="76" />
        <source>New profile</source>
        <translation>ملف تعريف جديد</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="80" />
        <source>Each person using this laptop has their own profile. Everything you collect is encrypted with your passphrase: nobody can read it without it.</source>
        <translation>لكل شخص يستخدم هذا الحاسوب ملف تعريف خاص به. كل ما تجمعه يُشفَّر بعبارة المرور الخاصة بك: لا يستطيع أحد قراءته من دونها.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="88" />
        <source>Profile name</source>
        <translation>اسم ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="90" />
        <source>Enumerator</source>
        <translation>باحث ميداني</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="91" />
        <source>Supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="92" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="100" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="95" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="101" />
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="98" />
        <source>Repeat the passphrase</source>
        <translation>أعد كتابة عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="99" />
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="102" />
        <source>Repeat passphrase</source>
        <translation>تكرار عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="111" />
        <source>Create profile</source>
        <translation>إنشاء ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="117" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="134" />
        <source>Enter your name.</source>
        <translation>أدخل اسمك.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="139" />
        <source>Use a passphrase of at least {n} characters.</source>
        <translation>استخدم عبارة مرور من {n} أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="146" />
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="164" />
        <source>Creating your encrypted profile…</source>
        <translation>جارٍ إنشاء ملف التعريف المشفَّر…</translation>
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
        <translation>ملف التعريف: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="236" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="236" />
        <source>Profile, language and server</source>
        <translation>ملف التعريف واللغة والخادم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="238" />
        <source>Switch profile</source>
        <translation>تبديل ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="240" />
        <source>Lock and choose another profile</source>
        <translation>القفل واختيار ملف تعريف آخر</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="242" />
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="242" />
        <source>Lock now (Ctrl+Shift+L)</source>
        <translation>القفل الآن (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="252" />
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="257" />
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="258" />
        <source>Ready to send</source>
        <translation>جاهزة للإرسال</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="259" />
        <source>Sent</source>
        <translation>المُرسَلة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="260" />
        <source>Returned</source>
        <translation>المُعادة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="275" />
        <source>Sync status</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="277" />
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="281" />
        <source>Set the server address and access token in Settings to sync.</source>
        <translation>اضبط عنوان الخادم ورمز الوصول في الإعدادات للمزامنة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="287" />
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Form ID</source>
        <translation>معرّف الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="308" />
        <location filename="../../fieldapp/ui/home_screen.py" line="309" />
        <source>Search forms</source>
        <translation>البحث في الاستمارات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="315" />
        <location filename="../../fieldapp/ui/home_screen.py" line="342" />
        <source>Forms</source>
        <translation>الاستمارات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="330" />
        <source>Import a form…</source>
        <translation>استيراد استمارة…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="332" />
        <source>An XLSForm (.xlsx) or XForm (.xml) with its media folder</source>
        <translation>ملف XLSForm ‏(.xlsx) أو XForm ‏(.xml) مع مجلد الوسائط الخاص به</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="335" />
        <source>Start new interview</source>
        <translation>بدء مقابلة جديدة</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="113" />
        <source>Form language</source>
        <translation>لغة الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="114" />
        <source>Language of the questions (Ctrl+L)</source>
        <translation>لغة الأسئلة (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="125" />
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="133" />
        <source>Supervisor's comments</source>
        <translation>تعليقات المشرف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="156" />
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="157" />
        <source>Previous page (Page Up)</source>
        <translation>الصفحة السابقة (Page Up)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="158" />
        <source>Index</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="159" />
        <source>Go to a question (Ctrl+J)</source>
        <translation>الانتقال إلى سؤال (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="160" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="161" />
        <source>Save the draft now (Ctrl+S)</source>
        <translation>حفظ المسودة الآن (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="162" />
        <source>Save and close</source>
        <translation>حفظ وإغلاق</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="163" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="165" />
        <source>Next page (Enter, Page Down)</source>
        <translation>الصفحة التالية (Enter، Page Down)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="296" />
        <source>Page {n} of {total}</source>
        <translation>الصفحة {n} من {total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="341" />
        <source>Remove this entry</source>
        <translation>حذف هذا الإدخال</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="344" />
        <source>Remove this repeated entry</source>
        <translation>حذف هذا الإدخال المكرَّر</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="354" />
        <source>You have {count} “{name}”. Add another?</source>
        <translation>لديك {count} «{name}». هل تريد إضافة آخر؟</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="361" />
        <source>Add “{name}”</source>
        <translation>إضافة «{name}»</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="365" />
        <source>No, go on</source>
        <translation>لا، تابِع</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="373" />
        <source>A: add another    N or Enter on “No, go on”: continue</source>
        <translation>A: إضافة آخر    N أو Enter على «لا، تابِع»: المتابعة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="425" />
        <location filename="../../fieldapp/ui/interview_screen.py" line="534" />
        <source>This answer is not accepted.</source>
        <translation>هذه الإجابة غير مقبولة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="484" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>صور (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="488" />
        <source>Choose a file</source>
        <translation>اختيار ملف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="532" />
        <source>This question is required.</source>
        <translation>هذا السؤال إلزامي.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="606" />
        <source>Remove entry</source>
        <translation>حذف الإدخال</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="607" />
        <source>Remove this entry and all its answers? This cannot be undone.</source>
        <translation>هل تريد حذف هذا الإدخال وجميع إجاباته؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="661" />
        <source>Draft saved</source>
        <translation>تم حفظ المسودة</translation>
    </message>
</context>
<context>
    <name>JumpIndexDialog</name>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="35" />
        <source>Go to a question</source>
        <translation>الانتقال إلى سؤال</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="40" />
        <source>✓ answered    ! required, not answered    ✗ answer not accepted</source>
        <translation>✓ مُجاب    ! إلزامي، بلا إجابة    ✗ إجابة غير مقبولة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="44" />
        <source>Type to filter</source>
        <translation>اكتب للتصفية</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="45" />
        <source>Filter questions</source>
        <translation>تصفية الأسئلة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="51" />
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="51" />
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="52" />
        <source>Questions of the form</source>
        <translation>أسئلة الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="59" />
        <source>Go</source>
        <translation>انتقال</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="68" />
        <source>answered</source>
        <translation>مُجاب</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="69" />
        <source>required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/jump_index.py" line="70" />
        <source>invalid</source>
        <translation>غير صالح</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="168" />
        <source>Preparing the built-in forms…</source>
        <translation>جارٍ تجهيز الاستمارات المدمجة…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="210" />
        <source>Opening the form…</source>
        <translation>جارٍ فتح الاستمارة…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="216" />
        <source>Opening the interview…</source>
        <translation>جارٍ فتح المقابلة…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="225" />
        <source>Cannot open</source>
        <translation>تعذّر الفتح</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="253" />
        <source>Cannot delete</source>
        <translation>تعذّر الحذف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="260" />
        <source>Import a form</source>
        <translation>استيراد استمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="262" />
        <source>Forms (*.xlsx *.xls *.xml *.xhtml)</source>
        <translation>استمارات (*.xlsx *.xls *.xml *.xhtml)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="269" />
        <source>Media folder (cancel if the form has none)</source>
        <translation>مجلد الوسائط (ألغِ إذا لم يكن للاستمارة مجلد)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="280" />
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="286" />
        <source>Form imported.</source>
        <translation>تم استيراد الاستمارة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="291" />
        <source>Cannot import the form</source>
        <translation>تعذّر استيراد الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="304" />
        <source>Connecting to the server…</source>
        <translation>جارٍ الاتصال بالخادم…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="308" />
        <source>Syncing: {step}</source>
        <translation>جارٍ المزامنة: {step}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="331" />
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="336" />
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="337" />
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="338" />
        <source>Repeat the new passphrase</source>
        <translation>أعد كتابة عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="357" />
        <source>Use a passphrase of at least {n} characters.</source>
        <translation>استخدم عبارة مرور من {n} أحرف على الأقل.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="363" />
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="104" />
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="133" />
        <source>Image: {name}</source>
        <translation>صورة: {name}</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../fieldapp/ui/radar_chart.py" line="20" />
        <source>Integration scores by dimension</source>
        <translation>درجات الاندماج حسب البُعد</translation>
    </message>
</context>
<context>
    <name>RangeWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="810" />
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
</context>
<context>
    <name>RankWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="837" />
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="838" />
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="839" />
        <source>Use this order</source>
        <translation>استخدام هذا الترتيب</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="262" />
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="269" />
        <source>If you forget your passphrase, this key is the only way to open your data. Print it or write it down and keep it apart from the laptop. It will not be shown again.</source>
        <translation>إذا نسيت عبارة المرور، فهذا المفتاح هو الطريقة الوحيدة لفتح بياناتك. اطبعه أو دوّنه واحفظه بعيدًا عن الحاسوب. لن يُعرض مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="279" />
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="283" />
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="285" />
        <source>Save as text…</source>
        <translation>حفظ كنص…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="292" />
        <source>I have kept it safe</source>
        <translation>لقد حفظته في مكان آمن</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="300" />
        <source>fieldapp recovery key for profile {name}</source>
        <translation>مفتاح استرداد fieldapp لملف التعريف {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="318" />
        <source>Save the recovery key</source>
        <translation>حفظ مفتاح الاسترداد</translation>
    </message>
</context>
<context>
    <name>SelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="457" />
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="460" />
        <source>Clear the answer</source>
        <translation>مسح الإجابة</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="51" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="60" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="73" />
        <source>Profile</source>
        <translation>ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="61" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="63" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="67" />
        <source>Lock after inactivity</source>
        <translation>القفل بعد عدم النشاط</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="65" />
        <source>{n} minutes</source>
        <translation>{n} دقائق</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="68" />
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="78" />
        <source>Language of the application</source>
        <translation>لغة التطبيق</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="82" />
        <source>Application language</source>
        <translation>لغة التطبيق</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="85" />
        <source>Questions are shown in the form's own languages; switch them in the interview.</source>
        <translation>تُعرض الأسئلة بلغات الاستمارة نفسها؛ يمكنك تبديلها أثناء المقابلة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="91" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="97" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="101" />
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="100" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="102" />
        <source>Access token</source>
        <translation>رمز الوصول</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="104" />
        <source>Sync is set up: use Sync now on the home screen.</source>
        <translation>المزامنة مضبوطة: استخدم «زامن الآن» في الشاشة الرئيسية.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="107" />
        <source>Enter the fieldapp server address and the access token your supervisor gave you. Nothing is sent until you press Sync now.</source>
        <translation>أدخل عنوان خادم fieldapp ورمز الوصول الذي أعطاك إياه المشرف. لا يُرسَل أي شيء حتى تضغط «زامن الآن».</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="114" />
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="125" />
        <source>Passphrase changed</source>
        <translation>تم تغيير عبارة المرور</translation>
    </message>
</context>
<context>
    <name>StoreBridge</name>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="226" />
        <source>No server configured</source>
        <translation>لم يُضبط أي خادم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="228" />
        <source>Server {url}: add the access token in Settings to sync</source>
        <translation>الخادم {url}: أضف رمز الوصول في الإعدادات للمزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="232" />
        <source>Server {url}</source>
        <translation>الخادم {url}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="235" />
        <source>{n} interview(s) ready to send are kept on this laptop.</source>
        <translation>{n} مقابلة جاهزة للإرسال محفوظة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="266" />
        <source>The server could not be reached; nothing was lost, try again later.</source>
        <translation>تعذّر الوصول إلى الخادم؛ لم يُفقد شيء، حاول لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="269" />
        <source>Sync done: {sent} sent, {received} received, {failed} not sent.</source>
        <translation>اكتملت المزامنة: {sent} مُرسَلة، {received} مُستلَمة، {failed} لم تُرسَل.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="375" />
        <source>{n} comment(s)</source>
        <translation>{n} تعليق</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="476" />
        <source>Psychological</source>
        <translation>النفسي</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="477" />
        <source>Economic</source>
        <translation>الاقتصادي</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="478" />
        <source>Political</source>
        <translation>السياسي</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="479" />
        <source>Social</source>
        <translation>الاجتماعي</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="480" />
        <source>Linguistic</source>
        <translation>اللغوي</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="481" />
        <source>Navigational</source>
        <translation>التوجّه</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="501" />
        <source>Some items were not scored (don't know, refused or unanswered).</source>
        <translation>لم تُحتسب درجات بعض البنود (لا أعرف، أو رفض، أو بلا إجابة).</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="41" />
        <source>End of the form</source>
        <translation>نهاية الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="45" />
        <source>Interview: {name}</source>
        <translation>المقابلة: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="50" />
        <source>Questions to fix before finalizing</source>
        <translation>أسئلة يجب تصحيحها قبل الإنهاء</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="52" />
        <source>{count} question(s) need attention. Press Enter on one to go there.</source>
        <translation>{count} سؤال بحاجة إلى مراجعة. اضغط Enter على أحدها للانتقال إليه.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="72" />
        <source>All required questions are answered. You can finalize the form.</source>
        <translation>تمت الإجابة عن جميع الأسئلة الإلزامية. يمكنك إنهاء الاستمارة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="82" />
        <source>Finalize</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="86" />
        <source>Mark the interview as complete and move it to Ready to send</source>
        <translation>وضع علامة اكتمال على المقابلة ونقلها إلى «جاهزة للإرسال»</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="88" />
        <source>Fix the questions listed above first</source>
        <translation>صحّح أولًا الأسئلة المذكورة أعلاه</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="91" />
        <source>Save as draft and close</source>
        <translation>حفظ كمسودة وإغلاق</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="100" />
        <source>Integration scores</source>
        <translation>درجات الاندماج</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="107" />
        <source>Index: not computed — every dimension needs at least one answer.</source>
        <translation>المؤشر: لم يُحسب — يحتاج كل بُعد إلى إجابة واحدة على الأقل.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/summary_page.py" line="109" />
        <source>IPL Integration Index: {value}</source>
        <translation>مؤشر الاندماج IPL: {value}</translation>
    </message>
</context>
<context>
    <name>TextInputWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="269" />
        <source>Pick a date from a calendar</source>
        <translation>اختيار تاريخ من التقويم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="270" />
        <location filename="../../fieldapp/ui/question_widgets.py" line="367" />
        <source>Pick a date</source>
        <translation>اختيار تاريخ</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="289" />
        <source>latitude longitude [altitude accuracy]</source>
        <translation>خط العرض خط الطول [الارتفاع الدقة]</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="291" />
        <source>Type or paste coordinates, e.g. 12.34 -56.78 or 12.34, -56.78</source>
        <translation>اكتب الإحداثيات أو الصقها، مثل 12.34 -56.78 أو 12.34, -56.78</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="296" />
        <source>Type or scan the code</source>
        <translation>اكتب الرمز أو امسحه ضوئيًا</translation>
    </message>
</context>
<context>
    <name>TriggerWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="923" />
        <source>OK</source>
        <translation>موافق</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="190" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="213" />
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="193" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="201" />
        <source>Profile</source>
        <translation>ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="199" />
        <location filename="../../fieldapp/ui/profile_screens.py" line="202" />
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="211" />
        <source>New profile…</source>
        <translation>ملف تعريف جديد…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/profile_screens.py" line="231" />
        <source>Choose a profile and type its passphrase.</source>
        <translation>اختر ملف تعريف واكتب عبارة المرور الخاصة به.</translation>
    </message>
</context>
<context>
    <name>UploadWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="947" />
        <location filename="../../fieldapp/ui/question_widgets.py" line="970" />
        <source>No file chosen</source>
        <translation>لم يُختر أي ملف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="951" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="962" />
        <source>Choose an image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="964" />
        <source>Choose a recording…</source>
        <translation>اختيار تسجيل…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="966" />
        <source>Choose a video…</source>
        <translation>اختيار فيديو…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="967" />
        <source>Choose a file…</source>
        <translation>اختيار ملف…</translation>
    </message>
</context>
<context>
    <name>_RecordsTab</name>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="82" />
        <source>Search by name or form</source>
        <translation>البحث بالاسم أو الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="83" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Last change</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="89" />
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="99" />
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="122" />
        <source>Load more</source>
        <translation>تحميل المزيد</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="126" />
        <source>Delete draft…</source>
        <translation>حذف المسودة…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="132" />
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="132" />
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="150" />
        <source>{n} shown</source>
        <translation>{n} معروضة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="156" />
        <source>(unnamed)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="198" />
        <source>Delete draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="200" />
        <source>Delete the draft “{name}” and all its answers? This cannot be undone.</source>
        <translation>هل تريد حذف المسودة «{name}» وجميع إجاباتها؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context><name>QGuiApplication</name><message><source>QT_LAYOUT_DIRECTION</source><comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages</comment><translation>RTL</translation></message></context></TS>