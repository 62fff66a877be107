# status: machine-drafted
# خلاصهٔ پرونده برای چاپ (Passage core، بخش summary).

summary-title = خلاصهٔ پرونده
summary-made-on = ساخته شده در { $date } با Passage.
summary-second-part = در پایین: همین خلاصه به زبان { $language }.
summary-part-intro = این همان خلاصه است. متن‌های ثابت به این زبان هستند. آنچه خود شخص نوشته، همان‌طور که نوشته نشان داده می‌شود.
summary-machine-drafted = یک ماشین متن‌های ثابت این بخش را ترجمه کرده است. هنوز هیچ کسی آن‌ها را بررسی نکرده است. کلمات خود شخص همان‌طور که نوشته نشان داده می‌شوند.
summary-user-text-note = کلمات داخل کادرها کلمات خود شخص هستند، همان‌طور که نوشته است.

summary-timeline-heading = زمان‌بندی روند پناهندگی
summary-col-date = تاریخ
summary-col-event = چه اتفاقی افتاد
summary-col-details = جزئیات
summary-timeline-empty = هیچ رویدادی نیست.
summary-official-deadline = تاریخ روی نامه: { $date }
summary-registered-letter = با نامهٔ سفارشی آمد.
summary-recorded-yes = مصاحبه ضبط شد.
summary-recorded-no = مصاحبه ضبط نشد.
summary-present = حاضران:
summary-present-interpreter = مترجم
summary-present-lawyer = وکیل
summary-present-trusted-person = فرد مورد اعتماد
summary-present-social-worker = مددکار اجتماعی
summary-present-other = شخص دیگر

summary-deadlines-heading = مهلت‌های پیش رو
summary-deadlines-intro = Passage این تاریخ‌ها را از رویدادهای بالا حساب کرده است. این‌ها پیشنهاد هستند. تاریخ روی نامهٔ رسمی همیشه اول است.
summary-deadlines-empty = هیچ مهلت بازی نیست.
summary-deadline-date = آخرین روز: { $date }
summary-deadline-not-binding = این یک هدف است، نه یک مهلت سخت.

summary-documents-heading = مدارک و جای هر اصل مدرک
summary-col-document = مدرک
summary-col-status = وضعیت
summary-col-original = اصل مدرک کجاست
summary-documents-empty = هیچ مدرکی نیست.
summary-since = از { $date }
summary-why-not-available = چرا در دسترس نیست:
summary-files = فایل‌ها:
summary-status-needed = هنوز لازم است
summary-status-have-original = اصل را دارد
summary-status-have-copy = فقط یک کپی دارد
summary-status-handed-in = به یک اداره داده شده است
summary-status-returned = اداره آن را پس داده است
summary-status-not-available = نمی‌شود آن را گرفت
summary-location-with-me = پیش خود شخص
summary-location-with-my-lawyer = پیش وکیل
summary-location-with-cgrs = در اداره CGRS
summary-location-with-immigration-office = در ادارهٔ اتباع خارجی
summary-location-lost = گم شده
summary-location-other = جای دیگر
summary-location-unknown = نوشته نشده

summary-chronology-heading = رویدادهای زندگی (ترتیب زمانی)
summary-col-place = مکان
summary-col-people = افراد
summary-col-what-happened = چه اتفاقی افتاد
summary-chronology-empty = هیچ رویداد زندگی نیست.
summary-date-about = حدود
summary-date-unknown = تاریخ معلوم نیست
summary-age = سن: { $age }

summary-questions-heading = سؤال‌ها برای وکیل
summary-questions-empty = هیچ سؤالی نیست.
summary-question-answered = پاسخ داده شده
summary-question-open = هنوز پاسخ داده نشده
summary-answer = پاسخ:

summary-footer = تاریخ‌هایی که Passage حساب می‌کند پیشنهاد هستند، نه مشاورهٔ حقوقی. تاریخ روی نامهٔ رسمی همیشه اول است.
