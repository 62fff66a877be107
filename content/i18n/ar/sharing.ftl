# status: machine-drafted
# كلمات شاشات النسخة الاحتياطية والاستعادة والمشاركة مع المحامي والطباعة.
# مترجمة من en/sharing.ftl؛ لم يراجعها أي شخص بعد.

## Backup

backup-passphrase = عبارة المرور لملف النسخة الاحتياطية
backup-passphrase-hint = تحتاج هذه العبارة لفتح النسخة الاحتياطية على هاتف آخر. احفظها بعيدًا عن الملف.
backup-save = حفظ النسخة الاحتياطية
backup-saved = تم حفظ النسخة الاحتياطية. البيانات: { $records }. الملفات: { $files }.
backup-merge = إضافة نسخة احتياطية إلى ملاحظاتي
backup-merge-explain = يضيف ما في ملف النسخة الاحتياطية إلى الملاحظات على هذا الهاتف. لا يُحذف شيء.
backup-merged = أُضيف: { $added }. حُدّث: { $updated }. موجود من قبل: { $unchanged }. تغيّر في الجهتين: { $conflicts }.

## Restore

restore-explain = لهاتف جديد، أو إذا فقدت هاتفك: افتح ملف النسخة الاحتياطية. ثم اختر عبارة مرور جديدة ورمز PIN لهذا الهاتف.
restore-choose-file = اختيار ملف النسخة الاحتياطية
restore-file-chosen = تم اختيار ملف النسخة الاحتياطية.
restore-backup-passphrase = عبارة المرور لملف النسخة الاحتياطية
restore-use-key = النسخة الاحتياطية مقفلة بمفتاح، لا بعبارة مرور
restore-key = المفتاح السري (يبدأ بـ AGE-SECRET-KEY-1)
restore-new-secret = عبارة مرور جديدة ورمز PIN لهذا الهاتف
restore-start = استعادة

## Share

share-nothing-chosen = لم تختر شيئًا. اختر ما تريد مشاركته.
share-events = أحداث الإجراء
share-documents = الوثائق
share-chronology = أحداث حياتي (التسلسل الزمني)
share-questions = أسئلتي للمحامي
share-photos = إضافة صور ومسح الوثائق المختارة
share-recipient-key = مفتاح المحامي (يبدأ بـ age1)
share-key-invalid = هذا المفتاح غير صحيح. تحقق من كل حرف، أو امسح رمز QR مرة أخرى.
share-scan = مسح رمز QR الخاص بالمحامي
share-use-passphrase = لا يوجد مفتاح: إنشاء عبارة مرور لمرة واحدة
share-recipient-name = اسم المحامي أو الشخص
share-create = إنشاء الملف
share-passphrase-title = عبارة المرور لهذا الملف
share-passphrase-explain = قل هذه العبارة للمحامي. لا ترسلها في نفس الرسالة مع الملف. نعرضها هذه المرة فقط.
share-passphrase-confirm = أعطيت العبارة أو كتبتها
share-log-title = ما شاركته من قبل
share-log-entry = { $date }، { $name }. الأحداث: { $events }. الوثائق: { $documents }.
share-log-empty = لم تشارك شيئًا بعد.

## Print

print-language = لغة إجراءاتك
print-warning = الملخص غير مقفل. كل من يرى الورقة أو الملف يمكنه قراءته.
print-start = طباعة
