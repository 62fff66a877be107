# status: machine-drafted
# د بیک اپ، بیرته راوستلو، له وکیل سره شریکولو او چاپ د پاڼو کلمې.
# له en/sharing.ftl څخه ژباړل شوې؛ تر اوسه چا نه دي کتلې.

## Backup

backup-passphrase = د بیک اپ فایل لپاره پټ جمله
backup-passphrase-hint = په دې پټ جمله تاسو بیک اپ په بل تلیفون کې خلاصوئ. له فایل سره یې مه ساتئ.
backup-save = بیک اپ خوندي کړئ
backup-saved = بیک اپ خوندي شو. معلومات: { $records }. فایلونه: { $files }.
backup-merge = یو بیک اپ زما یادښتونو ته ورزیات کړئ
backup-merge-explain = هغه څه چې په بیک اپ فایل کې دي د دې تلیفون یادښتونو ته ورزیاتوي. هیڅ شی نه ړنګیږي.
backup-merged = ورزیات شول: { $added }. تازه شول: { $updated }. مخکې وو: { $unchanged }. په دواړو خواوو کې بدل شوي: { $conflicts }.

## Restore

restore-explain = د نوي تلیفون لپاره، یا که مو تلیفون ورک شوی وي: خپل بیک اپ فایل خلاص کړئ. بیا د دې تلیفون لپاره نوې پټ جمله او PIN کوډ وټاکئ.
restore-choose-file = بیک اپ فایل وټاکئ
restore-file-chosen = بیک اپ فایل وټاکل شو.
restore-backup-passphrase = د بیک اپ فایل پټ جمله
restore-use-key = بیک اپ په کیلي تړل شوی، نه په پټ جمله
restore-key = پټه کیلي (په AGE-SECRET-KEY-1 پیلیږي)
restore-new-secret = د دې تلیفون لپاره نوې پټ جمله او PIN کوډ
restore-start = بیرته راوستل

## Share

share-nothing-chosen = هیڅ شی نه دی ټاکل شوی. هغه څه وټاکئ چې غواړئ شریک یې کړئ.
share-events = د پروسې پیښې
share-documents = اسناد
share-chronology = زما د ژوند پیښې (د وخت ترتیب)
share-questions = زما پوښتنې د وکیل لپاره
share-photos = د ټاکل شویو اسنادو عکسونه او سکینونه ورزیات کړئ
share-recipient-key = د وکیل کیلي (په age1 پیلیږي)
share-key-invalid = دا کیلي سمه نه ده. هر توری وګورئ، یا QR کوډ بیا سکین کړئ.
share-scan = د وکیل QR کوډ سکین کړئ
share-use-passphrase = کیلي نشته: د یو ځل لپاره پټ جمله جوړه کړئ
share-recipient-name = د وکیل یا هغه کس نوم
share-create = فایل جوړ کړئ
share-passphrase-title = د دې فایل پټ جمله
share-passphrase-explain = دا پټ جمله وکیل ته ووایئ. هغه په هماغه پیغام کې مه لیږئ چې فایل پکې دی. موږ یې یوازې همدا یو ځل ښیو.
share-passphrase-confirm = ما پټ جمله ورکړه یا ولیکله
share-log-title = مخکې شریک شوي
share-log-entry = { $date }، { $name }. پیښې: { $events }. اسناد: { $documents }.
share-log-empty = تر اوسه هیڅ شی نه دی شریک شوی.

## Print

print-language = ستاسو د پروسې ژبه
print-warning = لنډیز تړل شوی نه دی. هر څوک چې کاغذ یا فایل ووینی، لوستلی یې شي.
print-start = چاپ
