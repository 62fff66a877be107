# status: machine-drafted

language-nl = الهولندية
language-fr = الفرنسية
language-en = الإنجليزية
language-es = الإسبانية
language-ar = العربية
language-fa = الفارسية
language-ps = البشتو
language-so = الصومالية
language-ti = التغرينية

direction = rtl

guide-heading = الدليل
glossary-heading = قاموس المصطلحات
contacts-heading = جهات الاتصال

guide-fallback-notice = هذه الصفحة غير متوفرة بعد باللغة { $language }. أنت تقرؤها باللغة { $shown }.
guide-machine-drafted-notice = ترجمت آلةٌ هذه الصفحة ولم يراجعها أي شخص بعد. إذا كان هناك شيء غير واضح، اسأل محاميك أو المساعد الاجتماعي.
guide-last-verified = آخر مراجعة في { $date }.
guide-sources = المصادر
guide-related = اقرأ أيضًا
guide-topic-procedure = الإجراءات
guide-topic-interview = المقابلة
guide-topic-documents = الوثائق
guide-topic-legal-aid = المساعدة القانونية
guide-topic-protection = الحماية
guide-topic-after-recognition = بعد الاعتراف
guide-topic-special-situations = حالات خاصة
guide-topic-help = أين تجد المساعدة

search-placeholder = ابحث في الدليل
search-button = بحث
search-no-results = لا توجد نتائج. جرّب كلمة أخرى.
search-result-count =
    { $count ->
        [zero] لا توجد نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
        [many] { $count } نتيجة
       *[other] { $count } نتيجة
    }

contact-address = العنوان
contact-phone = الهاتف
contact-hours = ساعات العمل
contact-website = الموقع الإلكتروني

button-save = حفظ
button-cancel = إلغاء
button-delete = حذف
button-restore = استعادة
button-lock = قفل
button-unlock = فتح القفل
