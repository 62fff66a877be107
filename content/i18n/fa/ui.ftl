# status: machine-drafted

language-nl = هلندی
language-fr = فرانسوی
language-en = انگلیسی
language-es = اسپانیایی
language-ar = عربی
language-fa = فارسی
language-ps = پشتو
language-so = سومالیایی
language-ti = تیگرینیا

direction = rtl

guide-heading = راهنما
glossary-heading = واژه‌نامه
contacts-heading = تماس‌ها

guide-fallback-notice = این صفحه هنوز به زبان { $language } نیست. شما آن را به زبان { $shown } می‌خوانید.
guide-machine-drafted-notice = این صفحه را ماشین ترجمه کرده است و هنوز هیچ کسی آن را بررسی نکرده است. اگر چیزی روشن نیست، از وکیل یا مددکار اجتماعی خود بپرسید.
guide-last-verified = آخرین بررسی: { $date }
guide-sources = منابع
guide-related = همچنین بخوانید
guide-topic-procedure = روند درخواست
guide-topic-interview = مصاحبه
guide-topic-documents = مدارک
guide-topic-legal-aid = کمک حقوقی
guide-topic-protection = حمایت
guide-topic-after-recognition = پس از پذیرش
guide-topic-special-situations = وضعیت‌های خاص
guide-topic-help = کجا کمک بگیریم

search-placeholder = جستجو در راهنما
search-button = جستجو
search-no-results = نتیجه‌ای پیدا نشد. واژه دیگری را امتحان کنید.
search-result-count =
    { $count ->
        [one] { $count } نتیجه
       *[other] { $count } نتیجه
    }

contact-address = نشانی
contact-phone = تلفن
contact-hours = ساعات کاری
contact-website = وب‌سایت

button-save = ذخیره
button-cancel = لغو
button-delete = حذف
button-restore = بازیابی
button-lock = قفل کردن
button-unlock = باز کردن قفل
