# status: machine-drafted
# كلمات شاشات التطبيق (Android و iOS). مترجمة من i18n/en/screens.ftl؛
# لم يراجعها أي شخص بعد.
# The brand name stays in Latin letters: it is a term, so that the
# Arabic-script check of the build applies to the translated words only.

-brand = Passage

## App name, neutral (the launcher may show it to anyone).

app-name = { -brand }
app-name-neutral = ملاحظات

## Shared words

common-continue = متابعة
common-back = رجوع
common-done = تم
common-edit = تعديل
common-add = إضافة
common-close = إغلاق
common-yes = نعم
common-no = لا
common-loading = انتظر من فضلك…
common-optional = (يمكنك ترك هذا فارغًا)
common-needs-review = ترجمت آلةٌ هذا النص. لم يراجعه أي شخص بعد.
common-read-aloud = اقرأ بصوت عالٍ
common-stop-reading = أوقف القراءة

## First start: choose the language

language-title = اختر لغتك
language-hint = يمكنك تغييرها لاحقًا في الإعدادات.

## First start: set up the lock

setup-title = احمِ ملاحظاتك
setup-intro = كل ما تكتبه في Passage يبقى على هذا الهاتف، مقفلًا. اختر عبارة مرور لا يعرفها أحد غيرك.
setup-passphrase = عبارة المرور
setup-passphrase-repeat = اكتب عبارة المرور مرة أخرى
setup-passphrase-too-short = عبارة المرور قصيرة جدًا. استعمل { $min } حرفًا على الأقل.
setup-passphrase-mismatch = عبارتا المرور غير متطابقتين.
setup-pin = رمز PIN لكل يوم (من 4 إلى 12 رقمًا)
setup-pin-hint = برمز PIN تفتح التطبيق بسرعة. إذا نسيت رمز PIN، تبقى عبارة المرور صالحة.
setup-pin-invalid = يجب أن يكون رمز PIN من 4 إلى 12 رقمًا.
setup-recovery-title = كلمات الاسترداد
setup-recovery-intro = اكتب هذه الكلمات الـ 12 على ورقة واحفظ الورقة في مكان آمن. بها يمكنك فتح ملاحظاتك إذا نسيت عبارة المرور. نعرضها هذه المرة فقط.
setup-recovery-confirm = كتبت الكلمات
setup-creating = نُنشئ مساحتك الآمنة…

## Unlock

unlock-title = افتح Passage
unlock-pin = رمز PIN
unlock-passphrase = عبارة المرور أو كلمات الاسترداد
unlock-use-passphrase = استعمل عبارة المرور
unlock-use-pin = استعمل رمز PIN
unlock-wrong = هذا غير صحيح. حاول مرة أخرى.
unlock-wait =
    { $seconds ->
        [one] محاولات كثيرة جدًا. انتظر ثانية واحدة.
        [two] محاولات كثيرة جدًا. انتظر ثانيتين.
        [few] محاولات كثيرة جدًا. انتظر { $seconds } ثوانٍ.
        [many] محاولات كثيرة جدًا. انتظر { $seconds } ثانية.
       *[other] محاولات كثيرة جدًا. انتظر { $seconds } ثانية.
    }
unlock-failures =
    { $count ->
        [one] محاولة خاطئة واحدة.
        [two] محاولتان خاطئتان.
        [few] { $count } محاولات خاطئة.
        [many] { $count } محاولة خاطئة.
       *[other] { $count } محاولة خاطئة.
    }
unlock-damaged = لا يستطيع Passage فتح هذه البيانات. لم يُحذف أي شيء. اطلب المساعدة.

## Home

home-title = الرئيسية
home-where-am-i = أين أنت الآن
home-next-steps = ماذا تفعل الآن
home-deadlines = تواريخ قادمة
home-no-deadlines = لا توجد تواريخ قادمة.
home-read-now = اقرأ الآن
home-prepare-interview = استعد لمقابلتك
home-documents-to-gather = وثائق يجب جمعها

## Stages of the procedure (from the core's stage id)

stage-not-started = لم تكتب أي شيء بعد.
stage-arrived = أنت في بلجيكا. لم تطلب الحماية بعد.
stage-application = طلبت الحماية.
stage-dublin = ربما تكون دولة أوروبية أخرى مسؤولة عن طلبك.
stage-waiting-for-interview = أنت تنتظر مقابلتك.
stage-interview-planned = لمقابلتك موعد محدد.
stage-waiting-for-decision = أنت تنتظر القرار.
stage-negative-decision = حصلت على قرار سلبي. يمكنك الطعن فيه.
stage-appeal = قدمت طعنًا.
stage-protected = لديك الحماية.
stage-subsequent-application = قدمت طلبًا جديدًا.

## Journal

journal-title = يومياتي
journal-empty = لا شيء هنا بعد. أضف ما حدث مع التاريخ.
journal-add = أضف ما حدث
journal-edit-title = ما حدث
journal-kind = ماذا
journal-date = التاريخ (اليوم، الشهر، السنة)
journal-official-deadline = التاريخ المكتوب في الرسالة (إن وُجد)
journal-note = ملاحظة
journal-outcome = نوع القرار
journal-date-invalid = هذا التاريخ غير صحيح: { $reason }
journal-deleted = نُقل إلى سلة المهملات. يمكنك استعادته.
journal-trash = سلة المهملات

## Deadline detail

deadline-title = تاريخ يجب تذكره
deadline-computed = التاريخ الذي حسبناه
deadline-official = التاريخ في رسالتك
deadline-letter-prevails = التاريخ في رسالتك يأتي دائمًا أولًا.
deadline-explanation = كيف حسبنا
deadline-sources = المصادر
deadline-last-verified = آخر مراجعة في { $date }.
deadline-days-left =
    { $days ->
        [zero] لم يبقَ أي يوم
        [one] بقي يوم واحد
        [two] بقي يومان
        [few] بقي { $days } أيام
        [many] بقي { $days } يومًا
       *[other] بقي { $days } يوم
    }

## Documents

documents-title = وثائقي
documents-progress = { $done } من { $total } جاهزة
documents-add = أضف وثيقة
documents-add-photo = التقط صورة
documents-add-file = اختر ملفًا
documents-status = الحالة
documents-where = أين الأصل؟
documents-since = منذ
documents-why-not = لماذا لا تستطيع الحصول عليها
documents-attachments = صور ومسح ضوئي
documents-import-failed = لم تُمكن إضافة الملف: { $reason }
document-status-needed = يجب البحث عنها
document-status-have-original = عندي الأصل
document-status-have-copy = عندي نسخة
document-status-handed-in = سُلّمت إلى مكتب
document-status-returned = أُعيدت إليّ
document-status-not-available = لا أستطيع الحصول عليها
document-place-with-me = معي
document-place-with-my-lawyer = عند محاميّ
document-place-with-cgrs = في CGRS
document-place-with-immigration-office = في مكتب الأجانب
document-place-lost = ضائعة
document-place-other = في مكان آخر

## Interview preparation

interview-title = مقابلتي
interview-topics = المواضيع
interview-chronology = قصتي بالتواريخ
interview-questions = أسئلة لمحاميّ
interview-check = تحقق من تواريخي
interview-check-ok = لم نجد شيئًا للتحقق منه.
interview-check-found =
    { $count ->
        [one] نقطة واحدة للتحقق منها
        [two] نقطتان للتحقق منهما
        [few] { $count } نقاط للتحقق منها
        [many] { $count } نقطة للتحقق منها
       *[other] { $count } نقطة للتحقق منها
    }
interview-notes-review = بعد المقابلة: الملاحظات
interview-add-note = أضف ملاحظة
interview-add-event = أضف تاريخًا
interview-add-question = أضف سؤالًا
interview-answered = تمت الإجابة
interview-topic-who-you-are = من أنت
interview-topic-where-you-come-from = من أين أتيت
interview-topic-life-there = حياتك في بلدك
interview-topic-journey = كيف سافرت إلى بلجيكا
interview-topic-documents = وثائقك
interview-topic-why-you-left = لماذا تركت بلدك
interview-topic-why-you-cannot-return = لماذا لا تستطيع العودة

## Guide and contacts

guide-title = الدليل
guide-search-in = ابحث باللغة { $language }
contacts-title = جهات الاتصال
contacts-call = اتصل
contacts-open-map = اعرض على الخريطة

## Settings

settings-title = الإعدادات
settings-language = اللغة
settings-lock-timeout = القفل بعد
settings-lock-never = أبدًا
settings-lock-minutes =
    { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }
settings-lock-seconds = { $seconds } ثانية
settings-change-pin = غيّر رمز PIN
settings-duress-pin = رمز PIN للطوارئ
settings-duress-explain = إذا أجبرك أحد على فتح التطبيق، اكتب هذا الرمز. يفتح مساحة فارغة بدل ملاحظاتك.
settings-duress-destroy = احذف أيضًا ملاحظاتي الحقيقية عند استعمال هذا الرمز
settings-wipe-after = احذف كل شيء بعد محاولات خاطئة كثيرة لرمز PIN
settings-backup = احفظ نسخة احتياطية
settings-backup-explain = النسخة الاحتياطية ملف واحد مقفل. احفظه على ذاكرة USB أو بطاقة SD. تحتاج إلى عبارة مرور لفتحه.
settings-backup-done = حُفظت النسخة الاحتياطية.
settings-restore = استعد نسخة احتياطية
settings-share = شارك مع محاميّ
settings-share-explain = اختر ما تريد مشاركته. لا يستطيع فتح الملف إلا الشخص الذي عنده المفتاح أو عبارة المرور لمرة واحدة.
settings-summary = ملخص للطباعة
settings-neutral-icon = اسم وأيقونة محايدان للتطبيق
settings-panic-wipe = احذف كل شيء الآن
settings-panic-wipe-warning = هذا يحذف كل ملاحظاتك ووثائقك وصورك على هذا الهاتف. لا يستطيع أحد إعادتها. فقط النسخة الاحتياطية تستطيع.
settings-panic-wipe-confirm = نعم، احذف كل شيء

## Lock and privacy

lock-locked = Passage مقفل.
privacy-cover = { -brand }

## Errors (from the core's error kind; never with the user's words)

error-wrong-passphrase = هذا غير صحيح. حاول مرة أخرى.
error-locked = Passage مقفل. افتحه مرة أخرى.
error-corrupt = بعض البيانات تالفة. لم يُحذف أي شيء. اطلب المساعدة.
error-not-found = لم يُعثر على هذا. ربما حُذف.
error-invalid-input = من فضلك تحقق من هذا: { $field }.
error-already-exists = هذا موجود من قبل.
error-unsupported-version = هذا الملف من نسخة أحدث من Passage. حدّث التطبيق.
error-retry-later = انتظر { $seconds } ثانية وحاول مرة أخرى.
error-io = لم يستطع الهاتف قراءة البيانات أو حفظها. تحقق من المساحة الفارغة.
error-cancelled = توقف.

## Texts the operating system asks for

permission-camera = يستعمل Passage الكاميرا فقط عندما تلتقط صورة لوثيقة. تبقى الصورة مقفلة في التطبيق.
permission-notifications = يمكن أن يذكّرك Passage بالتواريخ. التذكير لا يقول ما هو سبب التاريخ.

## Values from the core, in the reader's language
common-date = { $date }

documents-section-identity = من أنت
documents-section-origin-route = من أين أتيت ورحلتك
documents-section-reasons = لماذا هربت
documents-section-procedure = رسائل الإجراء
documents-section-after-recognition = بعد أن تحصل على الحماية

chronology-kind-event = شيء حدث
chronology-kind-left-country = غادرت بلدي
chronology-kind-arrived-belgium = وصلت إلى بلجيكا
chronology-kind-travel = مرحلة من رحلتي

interview-finding-in-the-future = هذا التاريخ بعد اليوم.
interview-finding-before-birth = هذا التاريخ قبل تاريخ ميلادك.
interview-finding-age-does-not-fit = العمر المكتوب هنا لا يناسب تاريخ ميلادك وتاريخ هذا السطر.
interview-finding-out-of-order = هذا السطر حدث بعد السطر الآخر، لكن تاريخه أبكر.
interview-finding-departure-after-arrival = تاريخ مغادرتك لبلدك بعد تاريخ وصولك إلى بلجيكا.
interview-finding-two-places-at-once = ربما هذان السطران في نفس الأيام، لكنهما يذكران مكانين مختلفين.
interview-finding-same-event-different-dates = يبدو أن هذين السطرين نفس الحدث، لكن تاريخيهما مختلفان.

settings-wipe-after-warning = إذا كُتب رمز PIN خاطئ { $count } مرات متتالية، يُحذف كل شيء في هذا التطبيق نهائيًا: كل ملاحظة وتاريخ ووثيقة وصورة. لا يستطيع أحد إعادته، ولا حتى بعبارة المرور أو كلمات الاسترداد. شخص يأخذ هاتفك، أو طفل يلعب به، يمكن أن يسبب هذا. شغّله فقط إذا كان فقدان كل شيء أفضل لك من أن يقرأه أحد.
