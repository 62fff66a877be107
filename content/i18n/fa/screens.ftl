# status: machine-drafted
# کلمات صفحه‌های برنامه (Android و iOS). ترجمه از i18n/en/screens.ftl؛
# هنوز هیچ کس آن را بررسی نکرده است.
# The brand name stays in Latin letters: it is a term, so that the
# Arabic-script check of the build applies to the translated words only.

-brand = Passage

## App name, neutral (the launcher may show it to anyone).

app-name = { -brand }
app-name-neutral = یادداشت‌ها

## Shared words

common-continue = ادامه
common-back = برگشت
common-done = تمام
common-edit = ویرایش
common-add = افزودن
common-close = بستن
common-yes = بله
common-no = نه
common-loading = لطفاً صبر کنید…
common-optional = (می‌توانید این را خالی بگذارید)
common-needs-review = یک ماشین این متن را ترجمه کرده است. هنوز هیچ کس آن را بررسی نکرده است.
common-read-aloud = بلند خواندن
common-stop-reading = توقف خواندن

## First start: choose the language

language-title = زبان خود را انتخاب کنید
language-hint = بعداً می‌توانید آن را در تنظیمات تغییر دهید.

## First start: set up the lock

setup-title = از یادداشت‌های خود محافظت کنید
setup-intro = هر چیزی که در Passage می‌نویسید، قفل شده روی همین گوشی می‌ماند. یک عبارت عبور انتخاب کنید که فقط خودتان می‌دانید.
setup-passphrase = عبارت عبور
setup-passphrase-repeat = عبارت عبور را دوباره بنویسید
setup-passphrase-too-short = عبارت عبور خیلی کوتاه است. دست کم { $min } حرف بنویسید.
setup-passphrase-mismatch = دو عبارت عبور یکی نیستند.
setup-pin = کد پین برای هر روز (4 تا 12 رقم)
setup-pin-hint = با کد پین برنامه را سریع باز می‌کنید. اگر کد پین را فراموش کنید، عبارت عبور باز هم کار می‌کند.
setup-pin-invalid = کد پین باید 4 تا 12 رقم داشته باشد.
setup-recovery-title = کلمات بازیابی شما
setup-recovery-intro = این 12 کلمه را روی کاغذ بنویسید و کاغذ را در جای امن نگه دارید. اگر عبارت عبور را فراموش کنید، با این کلمات می‌توانید یادداشت‌های خود را باز کنید. ما آن‌ها را فقط همین یک بار نشان می‌دهیم.
setup-recovery-confirm = کلمات را نوشتم
setup-creating = جای امن شما ساخته می‌شود…

## Unlock

unlock-title = باز کردن Passage
unlock-pin = کد پین
unlock-passphrase = عبارت عبور یا کلمات بازیابی
unlock-use-passphrase = استفاده از عبارت عبور
unlock-use-pin = استفاده از کد پین
unlock-wrong = درست نیست. دوباره امتحان کنید.
unlock-wait =
    { $seconds ->
        [one] تلاش‌های زیادی شد. { $seconds } ثانیه صبر کنید.
       *[other] تلاش‌های زیادی شد. { $seconds } ثانیه صبر کنید.
    }
unlock-failures =
    { $count ->
        [one] { $count } تلاش اشتباه.
       *[other] { $count } تلاش اشتباه.
    }
unlock-damaged = Passage نمی‌تواند این داده‌ها را باز کند. هیچ چیز پاک نشد. کمک بخواهید.

## Home

home-title = خانه
home-where-am-i = الان کجای کار هستید
home-next-steps = کار بعدی چیست
home-deadlines = تاریخ‌های پیش رو
home-no-deadlines = تاریخی در پیش نیست.
home-read-now = اکنون بخوانید
home-prepare-interview = برای مصاحبه آماده شوید
home-documents-to-gather = مدارکی که باید جمع کنید

## Stages of the procedure (from the core's stage id)

stage-not-started = هنوز چیزی ننوشته‌اید.
stage-arrived = شما در بلژیک هستید. هنوز درخواست حمایت نکرده‌اید.
stage-application = شما درخواست حمایت کرده‌اید.
stage-dublin = شاید یک کشور اروپایی دیگر مسئول درخواست شما باشد.
stage-waiting-for-interview = شما منتظر مصاحبه هستید.
stage-interview-planned = مصاحبه شما تاریخ دارد.
stage-waiting-for-decision = شما منتظر تصمیم هستید.
stage-negative-decision = شما تصمیم منفی گرفته‌اید. می‌توانید اعتراض کنید.
stage-appeal = شما اعتراض کرده‌اید.
stage-protected = شما حمایت دارید.
stage-subsequent-application = شما درخواست تازه‌ای داده‌اید.

## Journal

journal-title = دفترچه من
journal-empty = هنوز چیزی اینجا نیست. آنچه اتفاق افتاد را با تاریخ اضافه کنید.
journal-add = افزودن آنچه اتفاق افتاد
journal-edit-title = آنچه اتفاق افتاد
journal-kind = چه چیزی
journal-date = تاریخ (روز، ماه، سال)
journal-official-deadline = تاریخی که در نامه نوشته شده (اگر هست)
journal-note = یادداشت
journal-outcome = نوع تصمیم
journal-date-invalid = این تاریخ درست نیست: { $reason }
journal-deleted = به سطل زباله رفت. می‌توانید آن را برگردانید.
journal-trash = سطل زباله

## Deadline detail

deadline-title = تاریخی که باید یادتان بماند
deadline-computed = تاریخی که ما حساب کردیم
deadline-official = تاریخ روی نامه شما
deadline-letter-prevails = تاریخ روی نامه شما همیشه مهم‌تر است.
deadline-explanation = چطور حساب کردیم
deadline-sources = منابع
deadline-last-verified = آخرین بررسی در { $date }.
deadline-days-left =
    { $days ->
        [one] { $days } روز مانده
       *[other] { $days } روز مانده
    }

## Documents

documents-title = مدارک من
documents-progress = { $done } از { $total } آماده است
documents-add = افزودن یک مدرک
documents-add-photo = گرفتن عکس
documents-add-file = انتخاب فایل
documents-status = وضعیت
documents-where = اصل مدرک کجاست؟
documents-since = از تاریخ
documents-why-not = چرا نمی‌توانید آن را بگیرید
documents-attachments = عکس‌ها و اسکن‌ها
documents-import-failed = فایل اضافه نشد: { $reason }
document-status-needed = هنوز باید پیدا شود
document-status-have-original = اصل آن را دارم
document-status-have-copy = کپی آن را دارم
document-status-handed-in = به یک اداره داده شد
document-status-returned = به من پس داده شد
document-status-not-available = نمی‌توانم آن را بگیرم
document-place-with-me = پیش خودم
document-place-with-my-lawyer = پیش وکیلم
document-place-with-cgrs = در CGRS
document-place-with-immigration-office = در اداره مهاجرت
document-place-lost = گم شده
document-place-other = جای دیگر

## Interview preparation

interview-title = مصاحبه من
interview-topics = موضوع‌ها
interview-chronology = داستان من با تاریخ‌ها
interview-questions = سؤال‌ها برای وکیلم
interview-check = بررسی تاریخ‌های من
interview-check-ok = چیزی برای بررسی پیدا نکردیم.
interview-check-found =
    { $count ->
        [one] { $count } مورد برای بررسی
       *[other] { $count } مورد برای بررسی
    }
interview-notes-review = بعد از مصاحبه: یادداشت‌ها
interview-add-note = افزودن یادداشت
interview-add-event = افزودن تاریخ
interview-add-question = افزودن سؤال
interview-answered = پاسخ داده شد
interview-topic-who-you-are = شما چه کسی هستید
interview-topic-where-you-come-from = از کجا آمده‌اید
interview-topic-life-there = زندگی شما در کشورتان
interview-topic-journey = چطور به بلژیک سفر کردید
interview-topic-documents = مدارک شما
interview-topic-why-you-left = چرا کشورتان را ترک کردید
interview-topic-why-you-cannot-return = چرا نمی‌توانید برگردید

## Guide and contacts

guide-title = راهنما
guide-search-in = جستجو به زبان { $language }
contacts-title = تماس‌ها
contacts-call = تماس گرفتن
contacts-open-map = نشان دادن روی نقشه

## Settings

settings-title = تنظیمات
settings-language = زبان
settings-lock-timeout = قفل شدن بعد از
settings-lock-never = هرگز
settings-lock-minutes =
    { $minutes ->
        [one] { $minutes } دقیقه
       *[other] { $minutes } دقیقه
    }
settings-lock-seconds = { $seconds } ثانیه
settings-change-pin = تغییر کد پین
settings-duress-pin = کد پین اضطراری
settings-duress-explain = اگر کسی شما را مجبور کند برنامه را باز کنید، این کد پین را بزنید. به جای یادداشت‌های شما، یک جای خالی باز می‌شود.
settings-duress-destroy = وقتی این کد پین زده شد، یادداشت‌های واقعی من هم پاک شوند
settings-wipe-after = پاک کردن همه چیز بعد از کد پین اشتباه زیاد
settings-backup = ذخیره نسخه پشتیبان
settings-backup-explain = نسخه پشتیبان یک فایل قفل شده است. آن را روی فلش USB یا کارت SD نگه دارید. برای باز کردن آن عبارت عبور لازم است.
settings-backup-done = نسخه پشتیبان ذخیره شد.
settings-restore = برگرداندن نسخه پشتیبان
settings-share = فرستادن برای وکیلم
settings-share-explain = انتخاب کنید چه چیزی را بفرستید. فقط کسی که کلید یا عبارت عبور یک‌بار مصرف را دارد می‌تواند فایل را باز کند.
settings-summary = خلاصه برای چاپ
settings-neutral-icon = نام و نماد ساده برای برنامه
settings-panic-wipe = همین الان همه چیز را پاک کن
settings-panic-wipe-warning = این کار همه یادداشت‌ها، مدارک و عکس‌های شما را روی این گوشی پاک می‌کند. هیچ کس نمی‌تواند آن‌ها را برگرداند. فقط نسخه پشتیبان می‌تواند.
settings-panic-wipe-confirm = بله، همه چیز را پاک کن

## Lock and privacy

lock-locked = Passage قفل است.
privacy-cover = { -brand }

## Errors (from the core's error kind; never with the user's words)

error-wrong-passphrase = درست نیست. دوباره امتحان کنید.
error-locked = Passage قفل است. دوباره آن را باز کنید.
error-corrupt = بعضی داده‌ها خراب شده‌اند. هیچ چیز پاک نشد. کمک بخواهید.
error-not-found = این پیدا نشد. شاید پاک شده است.
error-invalid-input = لطفاً این را بررسی کنید: { $field }.
error-already-exists = این از قبل وجود دارد.
error-unsupported-version = این فایل از نسخه جدیدتر Passage است. برنامه را به‌روز کنید.
error-retry-later = { $seconds } ثانیه صبر کنید و دوباره امتحان کنید.
error-io = گوشی نتوانست داده‌ها را بخواند یا ذخیره کند. جای خالی گوشی را بررسی کنید.
error-cancelled = متوقف شد.

## Texts the operating system asks for

permission-camera = Passage فقط وقتی از دوربین استفاده می‌کند که شما از یک مدرک عکس می‌گیرید. عکس در برنامه قفل می‌ماند.
permission-notifications = Passage می‌تواند تاریخ‌ها را به شما یادآوری کند. یادآوری نمی‌گوید آن تاریخ برای چیست.

## Values from the core, in the reader's language
common-date = { $date }

documents-section-identity = شما چه کسی هستید
documents-section-origin-route = از کجا آمده‌اید و سفر شما
documents-section-reasons = چرا فرار کردید
documents-section-procedure = نامه‌های روند پناهندگی
documents-section-after-recognition = بعد از گرفتن حمایت

chronology-kind-event = چیزی که اتفاق افتاد
chronology-kind-left-country = کشورم را ترک کردم
chronology-kind-arrived-belgium = به بلژیک رسیدم
chronology-kind-travel = یک مرحله از سفرم

interview-finding-in-the-future = این تاریخ بعد از امروز است.
interview-finding-before-birth = این تاریخ قبل از تاریخ تولد شماست.
interview-finding-age-does-not-fit = سنی که اینجا نوشته شده با تاریخ تولد شما و تاریخ این مورد جور نیست.
interview-finding-out-of-order = این مورد بعد از مورد دیگر اتفاق افتاده، اما تاریخش زودتر است.
interview-finding-departure-after-arrival = تاریخ ترک کشورتان بعد از تاریخ رسیدن شما به بلژیک است.
interview-finding-two-places-at-once = شاید این دو مورد در همان روزها باشند، اما جاهای مختلفی را نام می‌برند.
interview-finding-same-event-different-dates = این دو مورد به نظر یک اتفاق هستند، اما تاریخ‌هایشان فرق دارد.

settings-wipe-after-warning = اگر { $count } بار پشت سر هم کد پین اشتباه زده شود، همه چیز در این برنامه برای همیشه پاک می‌شود: هر یادداشت، تاریخ، مدرک و عکس. هیچ کس نمی‌تواند آن را برگرداند، حتی با عبارت عبور یا کلمات بازیابی شما. کسی که گوشی شما را بگیرد، یا کودکی که با آن بازی کند، می‌تواند باعث این کار شود. فقط وقتی آن را روشن کنید که از دست دادن همه چیز برای شما بهتر از این است که کسی آن را بخواند.
