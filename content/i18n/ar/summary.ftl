# status: machine-drafted
# ملخص الملف القابل للطباعة (Passage core، وحدة summary).

summary-title = ملخص الملف
summary-made-on = صُنع في { $date } باستخدام Passage.
summary-second-part = في الأسفل: الملخص نفسه باللغة { $language }.
summary-part-intro = هذا هو الملخص نفسه. النصوص الثابتة بهذه اللغة. ما كتبه الشخص يظهر كما كتبه.
summary-machine-drafted = ترجمت آلةٌ النصوص الثابتة في هذا الجزء. لم يراجعها أي شخص بعد. كلمات الشخص نفسه تظهر كما كتبها.
summary-user-text-note = الكلمات داخل الإطارات هي كلمات الشخص نفسه، كما كتبها.

summary-timeline-heading = التسلسل الزمني للإجراءات
summary-col-date = التاريخ
summary-col-event = ماذا حدث
summary-col-details = التفاصيل
summary-timeline-empty = لا توجد أحداث.
summary-official-deadline = التاريخ في الرسالة: { $date }
summary-registered-letter = وصلت برسالة مسجلة.
summary-recorded-yes = تم تسجيل المقابلة.
summary-recorded-no = لم يتم تسجيل المقابلة.
summary-present = الحاضرون:
summary-present-interpreter = مترجم
summary-present-lawyer = محامٍ
summary-present-trusted-person = شخص موثوق
summary-present-social-worker = مساعد اجتماعي
summary-present-other = شخص آخر

summary-deadlines-heading = المواعيد النهائية القادمة
summary-deadlines-intro = حسب Passage هذه التواريخ من الأحداث أعلاه. هي اقتراحات. التاريخ المكتوب في رسالة رسمية يأتي دائمًا أولًا.
summary-deadlines-empty = لا توجد مواعيد نهائية مفتوحة.
summary-deadline-date = آخر يوم: { $date }
summary-deadline-not-binding = هذا هدف، وليس موعدًا نهائيًا صارمًا.

summary-documents-heading = الوثائق وأين توجد كل نسخة أصلية
summary-col-document = الوثيقة
summary-col-status = الحالة
summary-col-original = أين توجد النسخة الأصلية
summary-documents-empty = لا توجد وثائق.
summary-since = منذ { $date }
summary-why-not-available = لماذا لا تتوفر:
summary-files = الملفات:
summary-status-needed = ما زالت مطلوبة
summary-status-have-original = لديه النسخة الأصلية
summary-status-have-copy = لديه نسخة فقط
summary-status-handed-in = سُلّمت إلى جهة رسمية
summary-status-returned = أعادتها الجهة الرسمية
summary-status-not-available = لا يمكن الحصول عليها
summary-location-with-me = مع الشخص
summary-location-with-my-lawyer = مع المحامي
summary-location-with-cgrs = لدى المفوضية العامة (CGRS)
summary-location-with-immigration-office = لدى مكتب الأجانب
summary-location-lost = ضائعة
summary-location-other = في مكان آخر
summary-location-unknown = غير مذكور

summary-chronology-heading = أحداث الحياة (التسلسل الزمني)
summary-col-place = المكان
summary-col-people = الأشخاص
summary-col-what-happened = ماذا حدث
summary-chronology-empty = لا توجد أحداث حياة.
summary-date-about = حوالي
summary-date-unknown = التاريخ غير معروف
summary-age = العمر: { $age }

summary-questions-heading = أسئلة للمحامي
summary-questions-empty = لا توجد أسئلة.
summary-question-answered = تمت الإجابة
summary-question-open = لم تتم الإجابة بعد
summary-answer = الإجابة:

summary-footer = التواريخ التي يحسبها Passage هي اقتراحات، وليست استشارة قانونية. التاريخ المكتوب في رسالة رسمية يأتي دائمًا أولًا.
