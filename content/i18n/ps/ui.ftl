# status: machine-drafted

language-nl = هالنډي
language-fr = فرانسوي
language-en = انګلیسي
language-es = هسپانوي
language-ar = عربي
language-fa = فارسي
language-ps = پښتو
language-so = سومالي
language-ti = تیګرینیا

direction = rtl

guide-heading = لارښود
glossary-heading = د اصطلاحاتو قاموس
contacts-heading = اړیکې

guide-fallback-notice = دا پاڼه لا په { $language } ژبه نشته. تاسو یې په { $shown } ژبه لولئ.
guide-machine-drafted-notice = دا پاڼه ماشین ژباړلې ده او تر اوسه هېچا نه ده کتلې. که یو څه روښانه نه وي، له خپل وکیل یا ټولنیز کارکوونکي وپوښتئ.
guide-last-verified = وروستۍ کتنه: { $date }
guide-sources = سرچینې
guide-related = دا هم ولولئ
guide-topic-procedure = پروسه
guide-topic-interview = مرکه
guide-topic-documents = اسناد
guide-topic-legal-aid = حقوقي مرسته
guide-topic-protection = ساتنه
guide-topic-after-recognition = د پېژندنې وروسته
guide-topic-special-situations = ځانګړي حالتونه
guide-topic-help = مرسته چېرته ومومئ

search-placeholder = په لارښود کې لټون
search-button = لټون
search-no-results = هېڅ پایله ونه موندل شوه. بله کلمه وازمویئ.
search-result-count =
    { $count ->
        [one] { $count } پایله
       *[other] { $count } پایلې
    }

contact-address = پته
contact-phone = ټیلیفون
contact-hours = د کار ساعتونه
contact-website = وېب پاڼه

button-save = خوندي کول
button-cancel = لغوه کول
button-delete = ړنګول
button-restore = بیا راګرځول
button-lock = قلفول
button-unlock = خلاصول
