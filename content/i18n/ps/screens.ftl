# status: machine-drafted
# د اپ د پاڼو کلمې (Android او iOS). له i18n/en/screens.ftl څخه ژباړل شوې؛
# تر اوسه هیڅ چا نه دي کتلې.
# The brand name stays in Latin letters: it is a term, so that the
# Arabic-script check of the build applies to the translated words only.

-brand = Passage

## App name, neutral (the launcher may show it to anyone).

app-name = { -brand }
app-name-neutral = یادښتونه

## Shared words

common-continue = دوام
common-back = شاته
common-done = بشپړ
common-edit = سمول
common-add = زیاتول
common-close = بندول
common-yes = هو
common-no = نه
common-loading = مهرباني وکړئ، انتظار وکړئ…
common-optional = (دا کولای شئ خالي پرېږدئ)
common-needs-review = دا متن یوه ماشین ژباړلی دی. تر اوسه هیڅ چا نه دی کتلی.
common-read-aloud = په لوړ غږ لوستل
common-stop-reading = لوستل ودروئ

## First start: choose the language

language-title = خپله ژبه وټاکئ
language-hint = وروسته یې په ترتیباتو کې بدلولای شئ.

## First start: set up the lock

setup-title = خپل یادښتونه خوندي کړئ
setup-intro = هر څه چې تاسو په Passage کې لیکئ، په همدې تلیفون کې تړلي پاتې کېږي. یوه پټه جمله وټاکئ چې یوازې تاسو یې پېژنئ.
setup-passphrase = پټه جمله
setup-passphrase-repeat = پټه جمله بیا ولیکئ
setup-passphrase-too-short = پټه جمله ډېره لنډه ده. لږ تر لږه { $min } توري وکاروئ.
setup-passphrase-mismatch = دواړه پټې جملې یو شان نه دي.
setup-pin = د هرې ورځې لپاره پن کوډ (له 4 تر 12 عددونو)
setup-pin-hint = په پن کوډ سره اپ ژر پرانیستلای شئ. که پن کوډ مو هېر شي، پټه جمله لا هم کار کوي.
setup-pin-invalid = پن کوډ باید له 4 تر 12 عددونه ولري.
setup-recovery-title = ستاسو د بېرته راګرځولو کلمې
setup-recovery-intro = دا 12 کلمې په کاغذ ولیکئ او کاغذ په یو خوندي ځای کې وساتئ. که پټه جمله مو هېره شي، په دې کلمو خپل یادښتونه پرانیستلای شئ. موږ یې یوازې همدا یو ځل ښیو.
setup-recovery-confirm = کلمې مې ولیکلې
setup-creating = ستاسو خوندي ځای جوړېږي…

## Unlock

unlock-title = Passage پرانیزئ
unlock-pin = پن کوډ
unlock-passphrase = پټه جمله یا د بېرته راګرځولو کلمې
unlock-use-passphrase = پټه جمله وکاروئ
unlock-use-pin = پن کوډ وکاروئ
unlock-wrong = دا سم نه دی. بیا هڅه وکړئ.
unlock-wait =
    { $seconds ->
        [one] ډېرې هڅې. 1 ثانیه انتظار وکړئ.
       *[other] ډېرې هڅې. { $seconds } ثانیې انتظار وکړئ.
    }
unlock-failures =
    { $count ->
        [one] 1 ناسمه هڅه.
       *[other] { $count } ناسمې هڅې.
    }
unlock-damaged = Passage دا معلومات نشي پرانیستلای. هیڅ شی نه دی ړنګ شوی. مرسته وغواړئ.

## Home

home-title = کور
home-where-am-i = تاسو اوس چېرته یاست
home-next-steps = اوس څه وکړئ
home-deadlines = راتلونکې نېټې
home-no-deadlines = راتلونکې نېټې نشته.
home-read-now = اوس یې ولولئ
home-prepare-interview = خپلې مرکې ته چمتو شئ
home-documents-to-gather = هغه اسناد چې باید راټول یې کړئ

## Stages of the procedure (from the core's stage id)

stage-not-started = تاسو تر اوسه هیڅ نه دي لیکلي.
stage-arrived = تاسو په بلجیم کې یاست. تر اوسه مو د حفاظت غوښتنه نه ده کړې.
stage-application = تاسو د حفاظت غوښتنه کړې ده.
stage-dublin = کېدای شي بل اروپایي هېواد ستاسو د غوښتنې مسؤل وي.
stage-waiting-for-interview = تاسو د خپلې مرکې انتظار کوئ.
stage-interview-planned = ستاسو د مرکې نېټه ټاکل شوې ده.
stage-waiting-for-decision = تاسو د پرېکړې انتظار کوئ.
stage-negative-decision = تاسو منفي پرېکړه ترلاسه کړې ده. اپیل کولای شئ.
stage-appeal = تاسو اپیل کړی دی.
stage-protected = تاسو حفاظت لرئ.
stage-subsequent-application = تاسو نوې غوښتنه کړې ده.

## Journal

journal-title = زما ورځني یادښتونه
journal-empty = دلته تر اوسه هیڅ نشته. څه چې پېښ شوي، له نېټې سره یې ولیکئ.
journal-add = څه چې پېښ شول ولیکئ
journal-edit-title = څه پېښ شول
journal-kind = څه
journal-date = نېټه (ورځ، میاشت، کال)
journal-official-deadline = په لیک کې لیکل شوې نېټه (که وي)
journal-note = یادښت
journal-outcome = د پرېکړې ډول
journal-date-invalid = دا نېټه سمه نه ده: { $reason }
journal-deleted = د کثافاتو ټوکرۍ ته ولاړ. بېرته یې راوستلای شئ.
journal-trash = د کثافاتو ټوکرۍ

## Deadline detail

deadline-title = نېټه چې باید یې په یاد ولرئ
deadline-computed = هغه نېټه چې موږ حساب کړه
deadline-official = ستاسو په لیک کې نېټه
deadline-letter-prevails = ستاسو په لیک کې نېټه تل لومړۍ ده.
deadline-explanation = موږ څنګه حساب کړه
deadline-sources = سرچینې
deadline-last-verified = وروستی ځل په { $date } وکتل شو.
deadline-days-left =
    { $days ->
        [one] 1 ورځ پاتې ده
       *[other] { $days } ورځې پاتې دي
    }

## Documents

documents-title = زما اسناد
documents-progress = له { $total } څخه { $done } چمتو دي
documents-add = یو سند زیات کړئ
documents-add-photo = عکس واخلئ
documents-add-file = فایل وټاکئ
documents-status = حالت
documents-where = اصلي سند چېرته دی؟
documents-since = له
documents-why-not = ولې یې نشئ ترلاسه کولای
documents-attachments = عکسونه او سکینونه
documents-import-failed = فایل زیات نشو: { $reason }
document-status-needed = لا باید پیدا شي
document-status-have-original = اصلي سند لرم
document-status-have-copy = کاپي یې لرم
document-status-handed-in = یو دفتر ته ورکړل شو
document-status-returned = ماته بېرته راکړل شو
document-status-not-available = نشم یې ترلاسه کولای
document-place-with-me = له ما سره
document-place-with-my-lawyer = زما له وکیل سره
document-place-with-cgrs = په CGRS کې
document-place-with-immigration-office = د مهاجرت په دفتر کې
document-place-lost = ورک شوی
document-place-other = بل ځای

## Interview preparation

interview-title = زما مرکه
interview-topics = موضوعګانې
interview-chronology = زما کیسه په نېټو کې
interview-questions = زما د وکیل لپاره پوښتنې
interview-check = زما نېټې وګورئ
interview-check-ok = د کتلو لپاره مو هیڅ ونه موندل.
interview-check-found =
    { $count ->
        [one] 1 شی د کتلو لپاره
       *[other] { $count } شیان د کتلو لپاره
    }
interview-notes-review = له مرکې وروسته: یادښتونه
interview-add-note = یادښت زیات کړئ
interview-add-event = نېټه زیاته کړئ
interview-add-question = پوښتنه زیاته کړئ
interview-answered = ځواب شوې
interview-topic-who-you-are = تاسو څوک یاست
interview-topic-where-you-come-from = تاسو له کومه راغلي یاست
interview-topic-life-there = په خپل هېواد کې ستاسو ژوند
interview-topic-journey = تاسو څنګه بلجیم ته سفر وکړ
interview-topic-documents = ستاسو اسناد
interview-topic-why-you-left = ولې مو خپل هېواد پرېښود
interview-topic-why-you-cannot-return = ولې بېرته نشئ تللای

## Guide and contacts

guide-title = لارښود
guide-search-in = په { $language } کې لټون
contacts-title = اړیکې
contacts-call = زنګ ووهئ
contacts-open-map = په نقشه کې یې وښایئ

## Settings

settings-title = ترتیبات
settings-language = ژبه
settings-lock-timeout = له دې وخت وروسته قفل شي
settings-lock-never = هېڅکله
settings-lock-minutes =
    { $minutes ->
        [one] 1 دقیقه
       *[other] { $minutes } دقیقې
    }
settings-lock-seconds = { $seconds } ثانیې
settings-change-pin = پن کوډ بدل کړئ
settings-duress-pin = د بېړني حالت پن کوډ
settings-duress-explain = که څوک تاسو دې ته اړ کړي چې اپ پرانیزئ، دا پن کوډ ولیکئ. دا ستاسو د یادښتونو پر ځای یو خالي ځای پرانیزي.
settings-duress-destroy = کله چې دا پن کوډ وکارول شي، زما اصلي یادښتونه هم ړنګ کړه
settings-wipe-after = د ډېرو ناسمو پن کوډونو وروسته هر څه ړنګ کړه
settings-backup = د خوندیتوب کاپي جوړه کړئ
settings-backup-explain = د خوندیتوب کاپي یو تړلی فایل دی. هغه په USB یا SD کارت کې وساتئ. د پرانیستلو لپاره یې پټه جمله په کار ده.
settings-backup-done = د خوندیتوب کاپي خوندي شوه.
settings-restore = د خوندیتوب کاپي بېرته راوړئ
settings-share = له خپل وکیل سره شریکول
settings-share-explain = وټاکئ چې څه شریکوئ. یوازې هغه څوک چې کیلي یا د یو ځل پټه جمله لري، فایل پرانیستلای شي.
settings-summary = د چاپ لپاره لنډیز
settings-neutral-icon = د اپ لپاره عادي نوم او نښه
settings-panic-wipe = اوس هر څه ړنګ کړه
settings-panic-wipe-warning = دا په دې تلیفون کې ستاسو ټول یادښتونه، اسناد او عکسونه ړنګوي. هیڅوک یې بېرته نشي راوستلای. یوازې د خوندیتوب کاپي یې راوستلای شي.
settings-panic-wipe-confirm = هو، هر څه ړنګ کړه

## Lock and privacy

lock-locked = Passage قفل دی.
privacy-cover = { -brand }

## Errors (from the core's error kind; never with the user's words)

error-wrong-passphrase = دا سم نه دی. بیا هڅه وکړئ.
error-locked = Passage قفل دی. بیا یې پرانیزئ.
error-corrupt = ځینې معلومات خراب شوي دي. هیڅ شی نه دی ړنګ شوی. مرسته وغواړئ.
error-not-found = دا ونه موندل شو. کېدای شي ړنګ شوی وي.
error-invalid-input = مهرباني وکړئ دا وګورئ: { $field }.
error-already-exists = دا دمخه شته.
error-unsupported-version = دا فایل د Passage له نوې نسخې څخه دی. اپ تازه کړئ.
error-retry-later = { $seconds } ثانیې انتظار وکړئ او بیا هڅه وکړئ.
error-io = تلیفون ونه شو کړای معلومات ولولي یا خوندي کړي. خالي ځای وګورئ.
error-cancelled = ودرول شو.

## Texts the operating system asks for

permission-camera = Passage کامره یوازې هغه وخت کاروي چې تاسو د یو سند عکس اخلئ. عکس په اپ کې تړلی پاتې کېږي.
permission-notifications = Passage کولای شي تاسو ته نېټې در په یاد کړي. یادونه نه وايي چې نېټه د څه لپاره ده.

## Values from the core, in the reader's language
common-date = { $date }

documents-section-identity = تاسو څوک یاست
documents-section-origin-route = له کومه راغلي یاست او ستاسو سفر
documents-section-reasons = ولې وتښتېدئ
documents-section-procedure = د پروسې لیکونه
documents-section-after-recognition = کله چې ساتنه ترلاسه کړئ

chronology-kind-event = یو څه چې پېښ شول
chronology-kind-left-country = ما خپل هېواد پرېښود
chronology-kind-arrived-belgium = زه بلجیم ته ورسېدم
chronology-kind-travel = زما د سفر یوه مرحله

interview-finding-in-the-future = دا نېټه له نن ورځې وروسته ده.
interview-finding-before-birth = دا نېټه ستاسو د زوکړې له نېټې مخکې ده.
interview-finding-age-does-not-fit = دلته لیکل شوی عمر ستاسو د زوکړې له نېټې او د دې برخې له نېټې سره سمون نه لري.
interview-finding-out-of-order = دا برخه له بلې برخې وروسته پېښه شوې، خو نېټه یې مخکې ده.
interview-finding-departure-after-arrival = ستاسو د هېواد پرېښودو نېټه بلجیم ته د رسېدو له نېټې وروسته ده.
interview-finding-two-places-at-once = ښايي دا دوه برخې په ورته ورځو کې وي، خو بېلابېل ځایونه یادوي.
interview-finding-same-event-different-dates = دا دوه برخې یوه پېښه ښکاري، خو نېټې یې توپیر لري.

settings-wipe-after-warning = که { $count } ځله پرله پسې ناسم پن کوډ ولیکل شي، په دې اپ کې هر څه د تل لپاره ړنګېږي: هر یادښت، نېټه، سند او عکس. هیڅوک یې بېرته نشي راوستلای، حتی ستاسو په پټه جمله یا د بېرته راګرځولو کلمو هم نه. یو څوک چې ستاسو تلیفون واخلي، یا یو ماشوم چې ورسره لوبې کوي، کولی شي دا کار وکړي. یوازې هغه وخت یې فعال کړئ چې د هر څه له لاسه ورکول ستاسو لپاره له دې ښه وي چې څوک یې ولولي.
