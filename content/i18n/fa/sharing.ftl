# status: machine-drafted
# کلمات صفحه‌های نسخهٔ پشتیبان، بازگردانی، اشتراک با وکیل و چاپ.
# ترجمه از en/sharing.ftl؛ هنوز کسی آن را بررسی نکرده است.

## Backup

backup-passphrase = عبارت عبور برای فایل پشتیبان
backup-passphrase-hint = با این عبارت، نسخهٔ پشتیبان را در گوشی دیگر باز می‌کنید. آن را جدا از فایل نگه دارید.
backup-save = ذخیرهٔ نسخهٔ پشتیبان
backup-saved = نسخهٔ پشتیبان ذخیره شد. داده‌ها: { $records }. فایل‌ها: { $files }.
backup-merge = افزودن یک نسخهٔ پشتیبان به یادداشت‌هایم
backup-merge-explain = آنچه در فایل پشتیبان است را به یادداشت‌های این گوشی اضافه می‌کند. چیزی پاک نمی‌شود.
backup-merged = اضافه شد: { $added }. به‌روز شد: { $updated }. از قبل بود: { $unchanged }. در هر دو طرف تغییر کرده: { $conflicts }.

## Restore

restore-explain = برای گوشی جدید، یا اگر گوشی‌تان گم شده: فایل پشتیبان را باز کنید. سپس یک عبارت عبور و کد PIN تازه برای این گوشی انتخاب کنید.
restore-choose-file = انتخاب فایل پشتیبان
restore-file-chosen = فایل پشتیبان انتخاب شد.
restore-backup-passphrase = عبارت عبور فایل پشتیبان
restore-use-key = نسخهٔ پشتیبان با یک کلید قفل شده، نه با عبارت عبور
restore-key = کلید مخفی (با AGE-SECRET-KEY-1 شروع می‌شود)
restore-new-secret = عبارت عبور و کد PIN تازه برای این گوشی
restore-start = بازگردانی

## Share

share-nothing-chosen = چیزی انتخاب نشده است. انتخاب کنید چه چیزی را به اشتراک بگذارید.
share-events = رویدادهای روند پناهندگی
share-documents = مدارک
share-chronology = رویدادهای زندگی من (ترتیب زمانی)
share-questions = سؤال‌های من برای وکیل
share-photos = افزودن عکس‌ها و اسکن‌های مدارک انتخاب‌شده
share-recipient-key = کلید وکیل (با age1 شروع می‌شود)
share-key-invalid = این کلید درست نیست. همهٔ حرف‌ها را بررسی کنید، یا کد QR را دوباره اسکن کنید.
share-scan = اسکن کد QR وکیل
share-use-passphrase = کلیدی نیست: یک عبارت عبور یک‌بارمصرف بساز
share-recipient-name = نام وکیل یا آن شخص
share-create = ساختن فایل
share-passphrase-title = عبارت عبور این فایل
share-passphrase-explain = این عبارت را به وکیل بگویید. آن را در همان پیامی که فایل را می‌فرستید نفرستید. فقط همین یک بار نشانش می‌دهیم.
share-passphrase-confirm = عبارت را دادم یا نوشتم
share-log-title = قبلاً به اشتراک گذاشته شده
share-log-entry = { $date }، { $name }. رویدادها: { $events }. مدارک: { $documents }.
share-log-empty = هنوز چیزی به اشتراک گذاشته نشده است.

## Print

print-language = زبان روند پناهندگی شما
print-warning = این خلاصه قفل نیست. هر کسی که کاغذ یا فایل را ببیند، می‌تواند آن را بخواند.
print-start = چاپ
