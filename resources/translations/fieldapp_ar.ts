<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>CheckListSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="706" />
        <source>Type to filter the choices</source>
        <translation>اكتب لتصفية الخيارات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="707" />
        <source>Filter choices</source>
        <translation>تصفية الخيارات</translation>
    </message>
</context>
<context>
    <name>ComboSelectWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="647" />
        <source>Type to search</source>
        <translation>اكتب للبحث</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="681" />
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
    <name>DashboardScreen</name>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="68" />
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="69" />
        <source>Recompute the charts from the submissions</source>
        <translation>إعادة حساب الرسوم البيانية من الاستمارات المرسلة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="84" />
        <source>Interviews per enumerator</source>
        <translation>المقابلات لكل باحث ميداني</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="85" />
        <source>Interviews received per day</source>
        <translation>المقابلات المستلمة يوميًا</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="86" />
        <source>Interviews per form</source>
        <translation>المقابلات لكل استمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="90" />
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="96" />
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="98" />
        <source>Compare the team with</source>
        <translation>مقارنة الفريق مع</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="102" />
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="104" />
        <source>Distribution of</source>
        <translation>توزيع</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="105" />
        <source>Integration index</source>
        <translation>مؤشر الاندماج</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="115" />
        <source>Mean score by dimension (0 to 1)</source>
        <translation>متوسط الدرجة حسب البُعد (من 0 إلى 1)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="116" />
        <source>Respondents by score</source>
        <translation>المشاركون حسب الدرجة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="117" />
        <source>Mean integration index by country</source>
        <translation>متوسط مؤشر الاندماج حسب البلد</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="123" />
        <source>Integration (IPL)</source>
        <translation>الاندماج (IPL)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="132" />
        <source>Countries of residence</source>
        <translation>بلدان الإقامة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="133" />
        <source>Contributes to the origin country through</source>
        <translation>يساهم في بلد المنشأ عن طريق</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="134" />
        <source>Willing to contribute</source>
        <translation>الاستعداد للمساهمة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="135" />
        <source>Ways they would contribute</source>
        <translation>طرق المساهمة المحتملة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="136" />
        <source>Field of education</source>
        <translation>مجال الدراسة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="137" />
        <source>Sector of work</source>
        <translation>قطاع العمل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="149" />
        <source>Diaspora</source>
        <translation>المغتربون</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="164" />
        <source>{n} submission(s) in the charts.</source>
        <translation>{n} استمارة في الرسوم البيانية.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="169" />
        <source>(team only)</source>
        <translation>(الفريق فقط)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="172" />
        <source>Enumerator {name}</source>
        <translation>الباحث الميداني {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="176" />
        <source>Country {name}</source>
        <translation>البلد {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="187" />
        <source>To review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="188" />
        <source>Approved</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="189" />
        <source>Returned</source>
        <translation>مُعادة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="190" />
        <source>Has issues</source>
        <translation>بها مشكلات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="218" />
        <source>Team (n={n})</source>
        <translation>الفريق (n={n})</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="227" />
        <source>{n} scored interview(s); mean integration index {value}.</source>
        <translation>{n} مقابلة محسوبة الدرجة؛ متوسط مؤشر الاندماج {value}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="232" />
        <source>{n} without consent (not scored).</source>
        <translation>{n} دون موافقة (لم تُحسب لها درجة).</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="236" />
        <source>{n} could not be read.</source>
        <translation>تعذّرت قراءة {n}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="261" />
        <source>{n} respondent(s) eligible and consenting.</source>
        <translation>{n} مشارك مؤهل وموافق.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="265" />
        <source>{n} screened out or without consent.</source>
        <translation>{n} استُبعدوا في الفرز أو دون موافقة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="271" />
        <source>Remittances</source>
        <translation>التحويلات المالية</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="272" />
        <source>Investment</source>
        <translation>الاستثمار</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="273" />
        <source>Trade</source>
        <translation>التجارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="274" />
        <source>Philanthropy</source>
        <translation>العمل الخيري</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="275" />
        <source>Tourism (visits)</source>
        <translation>السياحة (الزيارات)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/dashboard_screen.py" line="291" />
        <source>Others</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="53" />
        <source>Export submissions</source>
        <translation>تصدير الاستمارات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="64" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="74" />
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="76" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="84" />
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="78" />
        <source>CSV (zip: main table and one file per repeat)</source>
        <translation>CSV (ملف zip: الجدول الرئيسي وملف لكل تكرار)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="79" />
        <source>Excel workbook (one sheet per repeat)</source>
        <translation>مصنف Excel (ورقة لكل تكرار)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="80" />
        <source>SPSS .sav with variable and value labels (zip)</source>
        <translation>SPSS ‎.sav‎ مع تسميات المتغيرات والقيم (zip)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="81" />
        <source>Stata .dta with variable and value labels (zip)</source>
        <translation>Stata ‎.dta‎ مع تسميات المتغيرات والقيم (zip)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="86" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="87" />
        <source>Labels in</source>
        <translation>التسميات باللغة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="91" />
        <source>Submissions</source>
        <translation>الاستمارات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="92" />
        <source>Include sensitive contact fields</source>
        <translation>تضمين بيانات الاتصال الحساسة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="94" />
        <source>Names, phone numbers and e-mail addresses of respondents</source>
        <translation>أسماء المشاركين وأرقام هواتفهم وعناوين بريدهم الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="103" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="108" />
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="104" />
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="112" />
        <source>Exported files are NOT encrypted: they hold the answers in plain text. Save them only where the data may be kept, and delete them when done.</source>
        <translation>الملفات المصدَّرة غير مشفّرة: تحتوي على الإجابات بنص مقروء. احفظها فقط حيث يُسمح بالاحتفاظ بالبيانات، واحذفها عند الانتهاء.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="129" />
        <location filename="../../fieldapp/ui/export_dialog.py" line="261" />
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="131" />
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="146" />
        <source>status: {value}</source>
        <translation>الحالة: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="149" />
        <source>enumerators: {value}</source>
        <translation>الباحثون الميدانيون: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="152" />
        <source>All received submissions of the form.</source>
        <translation>كل الاستمارات المستلمة لهذه الاستمارة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="153" />
        <source>As filtered in the queue: {value}</source>
        <translation>حسب تصفية قائمة المراجعة: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="165" />
        <source>Form default</source>
        <translation>الافتراضي في الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="190" />
        <source>Left out unless ticked: {value}</source>
        <translation>تُستبعد ما لم تُحدَّد: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="192" />
        <source>This form has no sensitive contact fields.</source>
        <translation>لا تحتوي هذه الاستمارة على بيانات اتصال حساسة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="211" />
        <source>Save the export as</source>
        <translation>حفظ ملف التصدير باسم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="239" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="242" />
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="256" />
        <source>Exporting… {value}</source>
        <translation>جارٍ التصدير… {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="269" />
        <source>{n} submission(s) exported to {name}.</source>
        <translation>تم تصدير {n} استمارة إلى {name}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="274" />
        <source>{n} could not be read and were left out:</source>
        <translation>تعذّرت قراءة {n} فاستُبعدت:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/export_dialog.py" line="290" />
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>FlagTexts</name>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="27" />
        <source>paradata</source>
        <translation>بيانات المسار</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="28" />
        <source>start/end times</source>
        <translation>وقتا البدء والانتهاء</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="32" />
        <source>The interview took {value} min ({name}), under {share} of the team's median of {limit} min.</source>
        <translation>استغرقت المقابلة {value} دقيقة ({name})، أقل من {share} من وسيط الفريق البالغ {limit} دقيقة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="38" />
        <source>The interview took {value} min ({name}), under the minimum of {limit} min for this form.</source>
        <translation>استغرقت المقابلة {value} دقيقة ({name})، أقل من الحد الأدنى البالغ {limit} دقيقة لهذه الاستمارة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="49" />
        <source>{count} of {total} answers are don't know / refused ({value}).</source>
        <translation>{count} من {total} إجابة هي لا أعرف / رفض ({value}).</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="56" />
        <source>{name} = {value} (team median {total})</source>
        <translation>{name} = {value} (وسيط الفريق {total})</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="61" />
        <source>Unusual compared with the team: {value}.</source>
        <translation>غير معتاد مقارنة بالفريق: {value}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="68" />
        <source>Same identifying answers as {count} or more other interview(s): {name}.</source>
        <translation>نفس إجابات التعريف في {count} مقابلة أخرى أو أكثر: {name}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="72" />
        <source>Same identifying answers as {count} other interview(s): {name}.</source>
        <translation>نفس إجابات التعريف في {count} مقابلة أخرى: {name}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="79" />
        <source>The form asks for a location but none was recorded.</source>
        <translation>تطلب الاستمارة موقعًا لكن لم يُسجَّل أي موقع.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="89" />
        <source>this version replaces an earlier submission; see Changes</source>
        <translation>هذه النسخة تحل محل إرسال سابق؛ راجع التغييرات</translation>
    </message>
    <message>
        <source>this version replaces submission {name}; compare the versions</source>
        <translation type="vanished">هذه النسخة تحل محل الإرسال {name}؛ قارن بين النسختين</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="96" />
        <source>{n} answer(s) were changed after the finalize step</source>
        <translation>تم تغيير {n} إجابة بعد الإنهاء</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/flag_texts.py" line="103" />
        <source>Edited after finalizing: {value}.</source>
        <translation>عُدِّلت بعد الإنهاء: {value}.</translation>
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
        <translation>ملف التعريف: {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="254" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="254" />
        <source>Profile, language and server</source>
        <translation>ملف التعريف واللغة والخادم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="256" />
        <source>Switch profile</source>
        <translation>تبديل ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="258" />
        <source>Lock and choose another profile</source>
        <translation>القفل واختيار ملف تعريف آخر</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="260" />
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="260" />
        <source>Lock now (Ctrl+Shift+L)</source>
        <translation>القفل الآن (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="270" />
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="275" />
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="276" />
        <source>Ready to send</source>
        <translation>جاهزة للإرسال</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="277" />
        <source>Sent</source>
        <translation>المُرسَلة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="278" />
        <source>Returned</source>
        <translation>المُعادة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="293" />
        <source>Sync status</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="297" />
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="301" />
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="305" />
        <source>Set the server address and access token in Settings to sync.</source>
        <translation>اضبط عنوان الخادم ورمز الوصول في الإعدادات للمزامنة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="312" />
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="324" />
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="324" />
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="324" />
        <source>Form ID</source>
        <translation>معرّف الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="331" />
        <location filename="../../fieldapp/ui/home_screen.py" line="332" />
        <source>Search forms</source>
        <translation>البحث في الاستمارات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="338" />
        <location filename="../../fieldapp/ui/home_screen.py" line="365" />
        <source>Forms</source>
        <translation>الاستمارات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="353" />
        <source>Import a form…</source>
        <translation>استيراد استمارة…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="355" />
        <source>An XLSForm (.xlsx) or XForm (.xml) with its media folder</source>
        <translation>ملف XLSForm ‏(.xlsx) أو XForm ‏(.xml) مع مجلد الوسائط الخاص به</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="358" />
        <source>Start new interview</source>
        <translation>بدء مقابلة جديدة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="372" />
        <source>USB transfer…</source>
        <translation>النقل عبر USB…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="373" />
        <source>Exchange sealed transfer files on a USB stick</source>
        <translation>تبادل ملفات نقل مختومة عبر ذاكرة USB</translation>
    </message>
</context>
<context>
    <name>HubPanel</name>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="236" />
        <source>Without internet, enumerators can sync with this laptop over the local network (Wi-Fi or a cable). The hub keeps their sealed interviews; later, forward them to headquarters.</source>
        <translation>من دون إنترنت، يمكن للباحثين المزامنة مع هذا الحاسوب عبر الشبكة المحلية (واي فاي أو كابل). يحتفظ المركز بمقابلاتهم المختومة؛ ثم أرسلها لاحقًا إلى المقر.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="245" />
        <source>Serve</source>
        <translation>التشغيل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="253" />
        <source>Create the hub</source>
        <translation>إنشاء المركز</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="255" />
        <source>Needs the project key (Settings, Project key); done once per laptop</source>
        <translation>يتطلب مفتاح المشروع (الإعدادات، مفتاح المشروع)؛ مرة واحدة لكل حاسوب</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="259" />
        <location filename="../../fieldapp/ui/hub_panel.py" line="264" />
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="267" />
        <location filename="../../fieldapp/ui/hub_panel.py" line="380" />
        <source>Start serving</source>
        <translation>بدء التشغيل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="285" />
        <source>Enumerator accounts</source>
        <translation>حسابات الباحثين</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="289" />
        <source>user name, e.g. ana</source>
        <translation>اسم المستخدم، مثلًا ana</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="290" />
        <source>Enumerator's user name</source>
        <translation>اسم مستخدم الباحث</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="293" />
        <source>Add enumerator</source>
        <translation>إضافة باحث</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="303" />
        <source>New access token</source>
        <translation>رمز وصول جديد</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="305" />
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="306" />
        <source>Copy the token to the clipboard</source>
        <translation>نسخ الرمز إلى الحافظة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="313" />
        <location filename="../../fieldapp/ui/hub_panel.py" line="324" />
        <source>Forward to headquarters</source>
        <translation>الإرسال إلى المقر</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="318" />
        <source>Headquarters server address</source>
        <translation>عنوان خادم المقر</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="321" />
        <source>Your access token at headquarters</source>
        <translation>رمز وصولك في المقر</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="322" />
        <source>Headquarters server</source>
        <translation>خادم المقر</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="323" />
        <source>Your token there</source>
        <translation>رمزك هناك</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="327" />
        <source>Sends the hub's interviews (still sealed) and your decisions, brings back new forms and headquarters' decisions; safe to repeat</source>
        <translation>يرسل مقابلات المركز (مختومة كما هي) وقراراتك، ويجلب الاستمارات الجديدة وقرارات المقر؛ يمكن تكراره بأمان</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="380" />
        <source>Stop serving</source>
        <translation>إيقاف التشغيل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="382" />
        <source>Sync now: use headquarters again</source>
        <translation>المزامنة: العودة إلى المقر</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="384" />
        <source>Sync now: use this hub</source>
        <translation>المزامنة: استخدام هذا المركز</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="387" />
        <source>Your own Sync now pulls the team's interviews from this hub</source>
        <translation>مزامنتك تجلب مقابلات الفريق من هذا المركز</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="392" />
        <source>No hub yet. Create it once; it needs the project key in Settings.</source>
        <translation>لا يوجد مركز بعد. أنشئه مرة واحدة؛ يتطلب مفتاح المشروع في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="397" />
        <source>Serving on port {value}. Enumerators enter in Settings, Server:</source>
        <translation>يعمل على المنفذ {value}. يُدخل الباحثون في الإعدادات، الخادم:</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="406" />
        <source>No network connection found: connect to the team's Wi-Fi.</source>
        <translation>لا يوجد اتصال بالشبكة: اتصل بشبكة واي فاي الفريق.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="409" />
        <source>Starting the hub…</source>
        <translation>جارٍ تشغيل المركز…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="412" />
        <source>The hub is not serving.</source>
        <translation>المركز لا يعمل.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="442" />
        <source>Field hub created.</source>
        <translation>تم إنشاء المركز الميداني.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="453" />
        <source>The field hub is serving.</source>
        <translation>المركز الميداني يعمل.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="496" />
        <source>Token for {name}, shown only now: copy it and give it to them; they enter it in Settings, Server, with the address above.</source>
        <translation>رمز {name}، يظهر الآن فقط: انسخه وسلّمه له؛ يُدخله في الإعدادات، الخادم، مع العنوان أعلاه.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="507" />
        <source>Token copied.</source>
        <translation>تم نسخ الرمز.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="518" />
        <source>Forwarding…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="537" />
        <source>Bringing headquarters' forms and decisions…</source>
        <translation>جارٍ جلب استمارات المقر وقراراته…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="538" />
        <source>Sending the hub's interviews…</source>
        <translation>جارٍ إرسال مقابلات المركز…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="539" />
        <source>Sending your decisions…</source>
        <translation>جارٍ إرسال قراراتك…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="540" />
        <source>Finishing…</source>
        <translation>جارٍ الإنهاء…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/hub_panel.py" line="556" />
        <source>Forwarded {n} interview(s) and {count} decision(s); received {total} form(s) and {received} decision(s) from headquarters; {failed} failed.</source>
        <translation>أُرسلت {n} مقابلة و{count} قرار؛ ووصلت {total} استمارة و{received} قرار من المقر؛ فشل {failed}.</translation>
    </message>
</context>
<context>
    <name>InterviewScreen</name>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="116" />
        <source>Form language</source>
        <translation>لغة الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="117" />
        <source>Language of the questions (Ctrl+L)</source>
        <translation>لغة الأسئلة (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="128" />
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="136" />
        <source>Supervisor's comments</source>
        <translation>تعليقات المشرف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="159" />
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="160" />
        <source>Previous page (Page Up)</source>
        <translation>الصفحة السابقة (Page Up)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="161" />
        <source>Index</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="162" />
        <source>Go to a question (Ctrl+J)</source>
        <translation>الانتقال إلى سؤال (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="163" />
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="164" />
        <source>Save the draft now (Ctrl+S)</source>
        <translation>حفظ المسودة الآن (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="165" />
        <source>Save and close</source>
        <translation>حفظ وإغلاق</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="166" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="168" />
        <source>Next page (Enter, Page Down)</source>
        <translation>الصفحة التالية (Enter، Page Down)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="299" />
        <source>Page {n} of {total}</source>
        <translation>الصفحة {n} من {total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="323" />
        <source>Supervisor's comment</source>
        <translation>تعليق المشرف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="354" />
        <source>Remove this entry</source>
        <translation>حذف هذا الإدخال</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="357" />
        <source>Remove this repeated entry</source>
        <translation>حذف هذا الإدخال المكرَّر</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="367" />
        <source>You have {count} “{name}”. Add another?</source>
        <translation>لديك {count} «{name}». هل تريد إضافة آخر؟</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="374" />
        <source>Add “{name}”</source>
        <translation>إضافة «{name}»</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="378" />
        <source>No, go on</source>
        <translation>لا، تابِع</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="386" />
        <source>A: add another    N or Enter on “No, go on”: continue</source>
        <translation>A: إضافة آخر    N أو Enter على «لا، تابِع»: المتابعة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="439" />
        <location filename="../../fieldapp/ui/interview_screen.py" line="548" />
        <source>This answer is not accepted.</source>
        <translation>هذه الإجابة غير مقبولة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="498" />
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>صور (*.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="502" />
        <source>Choose a file</source>
        <translation>اختيار ملف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="546" />
        <source>This question is required.</source>
        <translation>هذا السؤال إلزامي.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="620" />
        <source>Remove entry</source>
        <translation>حذف الإدخال</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="621" />
        <source>Remove this entry and all its answers? This cannot be undone.</source>
        <translation>هل تريد حذف هذا الإدخال وجميع إجاباته؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/interview_screen.py" line="675" />
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
        <location filename="../../fieldapp/ui/app.py" line="210" />
        <source>Preparing the built-in forms…</source>
        <translation>جارٍ تجهيز الاستمارات المدمجة…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="276" />
        <source>Write a transfer file for the supervisor…</source>
        <translation>كتابة ملف نقل للمشرف…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="277" />
        <source>Import the supervisor's reply file…</source>
        <translation>استيراد ملف الرد من المشرف…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="290" />
        <source>Opening the form…</source>
        <translation>جارٍ فتح الاستمارة…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="296" />
        <source>Opening the interview…</source>
        <translation>جارٍ فتح المقابلة…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="305" />
        <source>Cannot open</source>
        <translation>تعذّر الفتح</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="336" />
        <source>Cannot delete</source>
        <translation>تعذّر الحذف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="343" />
        <source>Import a form</source>
        <translation>استيراد استمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="345" />
        <source>Forms (*.xlsx *.xls *.xml *.xhtml)</source>
        <translation>استمارات (*.xlsx *.xls *.xml *.xhtml)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="352" />
        <source>Media folder (cancel if the form has none)</source>
        <translation>مجلد الوسائط (ألغِ إذا لم يكن للاستمارة مجلد)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="363" />
        <source>Importing {name}…</source>
        <translation>جارٍ استيراد {name}…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="369" />
        <source>Form imported.</source>
        <translation>تم استيراد الاستمارة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="374" />
        <source>Cannot import the form</source>
        <translation>تعذّر استيراد الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/app.py" line="387" />
        <source>Connecting to the server…</source>
        <translation>جارٍ الاتصال بالخادم…</translation>
    </message>
    <message>
        <source>Syncing: {step}</source>
        <translation type="vanished">جارٍ المزامنة: {step}</translation>
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
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages</comment>
        <translation type="vanished">RTL</translation>
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
        <location filename="../../fieldapp/ui/question_widgets.py" line="811" />
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
</context>
<context>
    <name>RankWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="838" />
        <source>Move up</source>
        <translation>تحريك لأعلى</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="839" />
        <source>Move down</source>
        <translation>تحريك لأسفل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="840" />
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
    <name>ReviewBridge</name>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="42" />
        <source>Interview too short</source>
        <translation>مقابلة قصيرة جدًا</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="43" />
        <source>Many don't know / refused</source>
        <translation>كثير من «لا أعرف» / الرفض</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="46" />
        <source>Unusual number</source>
        <translation>رقم غير معتاد</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="47" />
        <source>Possible duplicate respondent</source>
        <translation>مشارك مكرر محتمل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="48" />
        <source>Location missing</source>
        <translation>الموقع مفقود</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="49" />
        <source>Answers changed after finalizing</source>
        <translation>إجابات عُدّلت بعد الإنهاء</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="124" />
        <source>Version {n} of {total}</source>
        <translation>النسخة {n} من {total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_bridge.py" line="222" />
        <source>Reading submissions {n}/{total}</source>
        <translation>قراءة الاستمارات {n}/{total}</translation>
    </message>
</context>
<context>
    <name>ReviewDetailPane</name>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="78" />
        <source>{n} s</source>
        <translation>{n} ث</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="81" />
        <source>{n} min {count} s</source>
        <translation>{n} د {count} ث</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="125" />
        <location filename="../../fieldapp/ui/review_detail.py" line="148" />
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="128" />
        <source>Your comment</source>
        <translation>تعليقك</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="154" />
        <source>Compare with version</source>
        <translation>المقارنة مع النسخة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="161" />
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="169" />
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="172" />
        <source>Comment on this question…</source>
        <translation>التعليق على هذا السؤال…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="177" />
        <source>Comment for the enumerator (required to return)</source>
        <translation>تعليق للباحث الميداني (مطلوب للإعادة)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="178" />
        <source>Comment for the enumerator</source>
        <translation>تعليق للباحث الميداني</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="183" />
        <source>Has issues</source>
        <translation>بها مشكلات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="184" />
        <source>Keep it here, marked as having issues</source>
        <translation>إبقاؤها هنا مع وضع علامة بأنها بها مشكلات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="185" />
        <source>Return to enumerator</source>
        <translation>إعادة إلى الباحث الميداني</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="187" />
        <source>Send it back with your comments; the enumerator fixes and resubmits it</source>
        <translation>إعادتها مع تعليقاتك؛ يصححها الباحث الميداني ويعيد إرسالها</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="189" />
        <source>Approve</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="191" />
        <source>Accept the interview as it is</source>
        <translation>قبول المقابلة كما هي</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="193" />
        <source>Or double-click the question, or press Enter on it</source>
        <translation>أو انقر نقرًا مزدوجًا على السؤال، أو اضغط Enter عليه</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="243" />
        <source>Shortcut: {value}</source>
        <translation>الاختصار: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="262" />
        <source>Choose a submission in the queue.</source>
        <translation>اختر استمارة من قائمة المراجعة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="274" />
        <source>Opening…</source>
        <translation>جارٍ الفتح…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="294" />
        <source>Enumerator {name}</source>
        <translation>الباحث الميداني {name}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="301" />
        <source>Interview time {value}</source>
        <translation>مدة المقابلة {value}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="326" />
        <source>Approved: no further decision is possible.</source>
        <translation>مقبولة: لا يمكن اتخاذ قرار آخر.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="353" />
        <source>(no answer)</source>
        <translation>(لا إجابة)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="383" />
        <source>Comment on this question</source>
        <translation>التعليق على هذا السؤال</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="396" />
        <source>Write what the enumerator should fix before returning the interview.</source>
        <translation>اكتب ما يجب أن يصححه الباحث الميداني قبل إعادة المقابلة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="401" />
        <source>Saving the decision…</source>
        <translation>جارٍ حفظ القرار…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="413" />
        <source>Changed</source>
        <translation>تغيّرت</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="414" />
        <source>Added</source>
        <translation>أُضيفت</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="415" />
        <source>Removed</source>
        <translation>حُذفت</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_detail.py" line="423" />
        <source>No answer changed.</source>
        <translation>لم تتغير أي إجابة.</translation>
    </message>
    <message>
        <source>No answer changed between these versions.</source>
        <translation type="vanished">لم تتغير أي إجابة بين هاتين النسختين.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="49" />
        <source>To review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="50" />
        <source>Approved</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="51" />
        <source>Returned</source>
        <translation>مُعادة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="52" />
        <source>Has issues</source>
        <translation>بها مشكلات</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="87" />
        <source>Respondent</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="90" />
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="91" />
        <source>Enumerator</source>
        <translation>الباحث الميداني</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="92" />
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="88" />
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="89" />
        <source>Flags</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="93" />
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="185" />
        <source>Resubmitted: replaces an earlier version</source>
        <translation>أعيد إرسالها: تحل محل نسخة سابقة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="195" />
        <source>(damaged record)</source>
        <translation>(سجل تالف)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_model.py" line="196" />
        <source>(unnamed)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>(resubmitted)</source>
        <translation type="vanished">(أعيد إرسالها)</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="67" />
        <source>Enumerator</source>
        <translation>الباحث الميداني</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="67" />
        <source>All enumerators</source>
        <translation>كل الباحثين الميدانيين</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="68" />
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="68" />
        <source>All forms</source>
        <translation>كل الاستمارات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="69" />
        <source>Flags</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="69" />
        <source>Any flags</source>
        <translation>بتنبيه أو بدونه</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="70" />
        <source>Flagged only</source>
        <translation>التي عليها تنبيه فقط</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="73" />
        <location filename="../../fieldapp/ui/review_screen.py" line="82" />
        <source>Received from</source>
        <translation>المستلمة من</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="83" />
        <source>Received until</source>
        <translation>المستلمة حتى</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="90" />
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="109" />
        <source>Saved filters</source>
        <translation>عوامل التصفية المحفوظة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="113" />
        <source>Save filter…</source>
        <translation>حفظ التصفية…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="116" />
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="117" />
        <source>Delete the chosen saved filter</source>
        <translation>حذف التصفية المحفوظة المختارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="125" />
        <source>Review queue</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="191" />
        <source>Saved filters…</source>
        <translation>عوامل التصفية المحفوظة…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="231" />
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="236" />
        <source>{n} submission(s) match.</source>
        <translation>{n} استمارة مطابقة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="288" />
        <source>Save filter</source>
        <translation>حفظ التصفية</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="288" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/review_screen.py" line="294" />
        <source>Cannot save the filter</source>
        <translation>تعذّر حفظ التصفية</translation>
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
        <location filename="../../fieldapp/ui/settings_dialog.py" line="66" />
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="75" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="88" />
        <source>Profile</source>
        <translation>ملف التعريف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="76" />
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="78" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="82" />
        <source>Lock after inactivity</source>
        <translation>القفل بعد عدم النشاط</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="80" />
        <source>{n} minutes</source>
        <translation>{n} دقائق</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="83" />
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="93" />
        <source>Language of the application</source>
        <translation>لغة التطبيق</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="97" />
        <source>Application language</source>
        <translation>لغة التطبيق</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="100" />
        <source>Questions are shown in the form's own languages; switch them in the interview.</source>
        <translation>تُعرض الأسئلة بلغات الاستمارة نفسها؛ يمكنك تبديلها أثناء المقابلة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="106" />
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="112" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="116" />
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="115" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="117" />
        <source>Access token</source>
        <translation>رمز الوصول</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="119" />
        <source>Sync is set up: use Sync now on the home screen.</source>
        <translation>المزامنة مضبوطة: استخدم «زامن الآن» في الشاشة الرئيسية.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="122" />
        <source>Enter the fieldapp server address and the access token your supervisor gave you. Nothing is sent until you press Sync now.</source>
        <translation>أدخل عنوان خادم fieldapp ورمز الوصول الذي أعطاك إياه المشرف. لا يُرسَل أي شيء حتى تضغط «زامن الآن».</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="129" />
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="136" />
        <location filename="../../fieldapp/ui/settings_dialog.py" line="151" />
        <source>Project key</source>
        <translation>مفتاح المشروع</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="137" />
        <source>Import the project key file…</source>
        <translation>استيراد ملف مفتاح المشروع…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="142" />
        <source>Supervisors import the project key file with its passphrase once: the private key is then kept sealed in this profile, protected by your own passphrase. Enumerators import the public key file their supervisor gives them, to write transfer files without a server.</source>
        <translation>يستورد المشرفون ملف مفتاح المشروع مع عبارة مروره مرة واحدة: يُحفظ المفتاح الخاص بعدها مختومًا في هذا الملف الشخصي ومحميًا بعبارة مرورك. ويستورد الباحثون الميدانيون ملف المفتاح العام الذي يسلّمه لهم المشرف لكتابة ملفات النقل دون خادم.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="165" />
        <source>Import the project key file</source>
        <translation>استيراد ملف مفتاح المشروع</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="165" />
        <source>Key files (*.json *.key)</source>
        <translation>ملفات المفاتيح (*.json *.key)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="173" />
        <source>Project key passphrase</source>
        <translation>عبارة مرور مفتاح المشروع</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="174" />
        <source>Passphrase of the project key file (leave empty for a public key file)</source>
        <translation>عبارة مرور ملف مفتاح المشروع (اتركها فارغة لملف مفتاح عام)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/settings_dialog.py" line="189" />
        <source>Passphrase changed</source>
        <translation>تم تغيير عبارة المرور</translation>
    </message>
</context>
<context>
    <name>StoreBridge</name>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="68" />
        <source>Connecting to the server…</source>
        <translation>جارٍ الاتصال بالخادم…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="69" />
        <source>Sending interviews {done}/{total}</source>
        <translation>إرسال المقابلات {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="70" />
        <source>Sending review decisions {done}/{total}</source>
        <translation>إرسال قرارات المراجعة {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="73" />
        <source>Receiving {done}/{total}</source>
        <translation>الاستلام {done}/{total}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="74" />
        <source>Finishing…</source>
        <translation>جارٍ الإنهاء…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="83" />
        <source>Sent</source>
        <translation>مُرسلة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="84" />
        <source>Sent (the server had it)</source>
        <translation>مُرسلة (كانت لدى الخادم)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="85" />
        <source>Refused: another version is on the server</source>
        <translation>مرفوضة: توجد نسخة أخرى على الخادم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="88" />
        <source>Refused by the server</source>
        <translation>رفضها الخادم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="89" />
        <source>Not sent, will retry</source>
        <translation>لم تُرسل، ستُعاد المحاولة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="267" />
        <source>No server configured</source>
        <translation>لم يُضبط أي خادم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="269" />
        <source>Server {url}: add the access token in Settings to sync</source>
        <translation>الخادم {url}: أضف رمز الوصول في الإعدادات للمزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="273" />
        <source>Server {url}</source>
        <translation>الخادم {url}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="276" />
        <source>{n} interview(s) ready to send are kept on this laptop.</source>
        <translation>{n} مقابلة جاهزة للإرسال محفوظة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="331" />
        <source>The server could not be reached; nothing was lost, try again later.</source>
        <translation>تعذّر الوصول إلى الخادم؛ لم يُفقد شيء، حاول لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="334" />
        <source>Sync done: {sent} sent, {received} received, {failed} not sent.</source>
        <translation>اكتملت المزامنة: {sent} مُرسَلة، {received} مُستلَمة، {failed} لم تُرسَل.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="444" />
        <source>{n} comment(s)</source>
        <translation>{n} تعليق</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="462" />
        <source>Not sent yet</source>
        <translation>لم تُرسل بعد</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="463" />
        <source>Not sent: {n} attempt(s), last: {error}</source>
        <translation>لم تُرسل: {n} محاولة، الأخيرة: {error}</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="526" />
        <source>{n} comment(s) on questions, shown with those questions.</source>
        <translation>{n} تعليق على أسئلة، معروض مع تلك الأسئلة.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="605" />
        <source>Psychological</source>
        <translation>النفسي</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="606" />
        <source>Economic</source>
        <translation>الاقتصادي</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="607" />
        <source>Political</source>
        <translation>السياسي</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="608" />
        <source>Social</source>
        <translation>الاجتماعي</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="609" />
        <source>Linguistic</source>
        <translation>اللغوي</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="610" />
        <source>Navigational</source>
        <translation>التوجّه</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/store_bridge.py" line="630" />
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
    <name>SupervisorArea</name>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="72" />
        <source>Team submissions</source>
        <translation>استمارات الفريق</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="76" />
        <source>USB transfer…</source>
        <translation>النقل عبر USB…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="78" />
        <source>Exchange sealed transfer files with enumerators who cannot sync</source>
        <translation>تبادل ملفات نقل مختومة مع الباحثين الميدانيين الذين لا يستطيعون المزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="81" />
        <source>Import enumerators' transfer file…</source>
        <translation>استيراد ملف نقل من باحث ميداني…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="83" />
        <source>Write the reply file for enumerators…</source>
        <translation>كتابة ملف الرد للباحثين الميدانيين…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="87" />
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="88" />
        <source>CSV, Excel, SPSS or Stata files of the submissions</source>
        <translation>ملفات CSV أو Excel أو SPSS أو Stata للاستمارات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="99" />
        <source>Review</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="100" />
        <source>Dashboards</source>
        <translation>لوحات المتابعة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="105" />
        <source>Field hub</source>
        <translation>المركز الميداني</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="166" />
        <source>Approved.</source>
        <translation>تم القبول.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="167" />
        <source>Returned to the enumerator.</source>
        <translation>أُعيدت إلى الباحث الميداني.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="168" />
        <source>Marked as having issues.</source>
        <translation>وُضعت علامة بأن بها مشكلات.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="173" />
        <source>The decision is sent at the next sync or in the reply file.</source>
        <translation>يُرسل القرار في المزامنة التالية أو في ملف الرد.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/supervisor_area.py" line="198" />
        <source>Reading the submissions…</source>
        <translation>جارٍ قراءة الاستمارات…</translation>
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
    <name>TransferActions</name>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="37" />
        <source>No project key yet.</source>
        <translation>لا يوجد مفتاح مشروع بعد.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="38" />
        <source>Project {name}, key {value}.</source>
        <translation>المشروع {name}، المفتاح {value}.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="43" />
        <source>The private key is held: submissions can be read.</source>
        <translation>المفتاح الخاص موجود: يمكن قراءة الاستمارات.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="47" />
        <source>No private key: import the project key file with its passphrase.</source>
        <translation>لا يوجد مفتاح خاص: استورد ملف مفتاح المشروع مع عبارة مروره.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="113" />
        <source>Transfer file</source>
        <translation>ملف النقل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="128" />
        <source>Write a transfer file for your supervisor</source>
        <translation>كتابة ملف نقل لمشرفك</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="138" />
        <source>Writing the transfer file…</source>
        <translation>جارٍ كتابة ملف النقل…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="144" />
        <source>{n} interview(s) written to {name}. They stay in your outbox until the supervisor's reply file (or a sync) confirms them.</source>
        <translation>كُتبت {n} مقابلة في {name}. تبقى في صندوق الصادر حتى يؤكدها ملف الرد من المشرف (أو مزامنة).</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="157" />
        <source>Import a transfer file</source>
        <translation>استيراد ملف نقل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="166" />
        <source>Importing the transfer file…</source>
        <translation>جارٍ استيراد ملف النقل…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="174" />
        <source>{n} new submission(s) from {name}; {count} already here.</source>
        <translation>{n} استمارة جديدة من {name}؛ {count} موجودة مسبقًا.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="180" />
        <source>{n} interview(s) confirmed by the supervisor; {count} decision(s).</source>
        <translation>أكد المشرف {n} مقابلة؛ {count} قرار.</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="192" />
        <source>Write the reply file for the enumerators</source>
        <translation>كتابة ملف الرد للباحثين الميدانيين</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="202" />
        <source>Writing the reply file…</source>
        <translation>جارٍ كتابة ملف الرد…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/transfer_dialog.py" line="207" />
        <source>Reply file {name}: {n} receipt(s) and {count} decision(s).</source>
        <translation>ملف الرد {name}: {n} إيصال استلام و{count} قرار.</translation>
    </message>
</context>
<context>
    <name>TriggerWidget</name>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="924" />
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
        <location filename="../../fieldapp/ui/question_widgets.py" line="948" />
        <location filename="../../fieldapp/ui/question_widgets.py" line="971" />
        <source>No file chosen</source>
        <translation>لم يُختر أي ملف</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="952" />
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="963" />
        <source>Choose an image…</source>
        <translation>اختيار صورة…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="965" />
        <source>Choose a recording…</source>
        <translation>اختيار تسجيل…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="967" />
        <source>Choose a video…</source>
        <translation>اختيار فيديو…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/question_widgets.py" line="968" />
        <source>Choose a file…</source>
        <translation>اختيار ملف…</translation>
    </message>
</context>
<context>
    <name>_Chart</name>
    <message>
        <location filename="../../fieldapp/ui/charts.py" line="50" />
        <source>No data yet</source>
        <translation>لا توجد بيانات بعد</translation>
    </message>
</context>
<context>
    <name>_RecordsTab</name>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="84" />
        <source>Search by name or form</source>
        <translation>البحث بالاسم أو الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="85" />
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="93" />
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="93" />
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="93" />
        <source>Last change</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="91" />
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="91" />
        <source>Sync status</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="103" />
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="130" />
        <source>Load more</source>
        <translation>تحميل المزيد</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="134" />
        <source>Delete draft…</source>
        <translation>حذف المسودة…</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="140" />
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="140" />
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="158" />
        <source>{n} shown</source>
        <translation>{n} معروضة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="164" />
        <source>(unnamed)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="216" />
        <source>Delete draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <location filename="../../fieldapp/ui/home_screen.py" line="218" />
        <source>Delete the draft “{name}” and all its answers? This cannot be undone.</source>
        <translation>هل تريد حذف المسودة «{name}» وجميع إجاباتها؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
</TS>