# status: machine-drafted
# د چاپ وړ د دوسیې لنډیز (Passage core، د summary برخه).

summary-title = د دوسیې لنډیز
summary-made-on = په { $date } د Passage سره جوړ شو.
summary-second-part = لاندې: همدا لنډیز په { $language } ژبه.
summary-part-intro = دا همغه لنډیز دی. ثابت متنونه په دې ژبه دي. هغه څه چې شخص پخپله لیکلي، لکه څنګه چې یې لیکلي ښودل کیږي.
summary-machine-drafted = یوه ماشین د دې برخې ثابت متنونه ژباړلي دي. تر اوسه هیچا نه دي کتلي. د شخص خپلې خبرې لکه څنګه چې یې لیکلې ښودل کیږي.
summary-user-text-note = په چوکاټونو کې خبرې د شخص خپلې خبرې دي، لکه څنګه چې یې لیکلې.

summary-timeline-heading = د پروسې مهال‌وېش
summary-col-date = نېټه
summary-col-event = څه پېښ شول
summary-col-details = جزئیات
summary-timeline-empty = هیڅ پېښه نشته.
summary-official-deadline = په لیک کې نېټه: { $date }
summary-registered-letter = د ثبت شوي لیک په واسطه راغی.
summary-recorded-yes = مرکه ثبت شوه.
summary-recorded-no = مرکه ثبت نه شوه.
summary-present = حاضر کسان:
summary-present-interpreter = ژباړونکی
summary-present-lawyer = وکیل
summary-present-trusted-person = د باور وړ کس
summary-present-social-worker = ټولنیز کارکوونکی
summary-present-other = بل کس

summary-deadlines-heading = راتلونکې وروستۍ نېټې
summary-deadlines-intro = Passage دا نېټې له پورته پېښو څخه حساب کړې دي. دا وړاندیزونه دي. په رسمي لیک کې نېټه تل لومړۍ ده.
summary-deadlines-empty = هیڅ خلاصه وروستۍ نېټه نشته.
summary-deadline-date = وروستۍ ورځ: { $date }
summary-deadline-not-binding = دا یو هدف دی، سخته وروستۍ نېټه نه ده.

summary-documents-heading = اسناد او د هر اصلي سند ځای
summary-col-document = سند
summary-col-status = حالت
summary-col-original = اصلي سند چېرته دی
summary-documents-empty = هیڅ سند نشته.
summary-since = له { $date } راهیسې
summary-why-not-available = ولې نشته:
summary-files = فایلونه:
summary-status-needed = لا اړین دی
summary-status-have-original = اصلي سند لري
summary-status-have-copy = یوازې کاپي لري
summary-status-handed-in = یوې ادارې ته ورکړل شوی
summary-status-returned = ادارې بېرته ورکړ
summary-status-not-available = نه شي ترلاسه کېدای
summary-location-with-me = له شخص سره
summary-location-with-my-lawyer = له وکیل سره
summary-location-with-cgrs = په CGRS اداره کې
summary-location-with-immigration-office = د بهرنیانو په اداره کې
summary-location-lost = ورک شوی
summary-location-other = بل ځای
summary-location-unknown = نه دی لیکل شوی

summary-chronology-heading = د ژوند پېښې (د وخت ترتیب)
summary-col-place = ځای
summary-col-people = خلک
summary-col-what-happened = څه پېښ شول
summary-chronology-empty = د ژوند هیڅ پېښه نشته.
summary-date-about = شاوخوا
summary-date-unknown = نېټه نه ده معلومه
summary-age = عمر: { $age }

summary-questions-heading = د وکیل لپاره پوښتنې
summary-questions-empty = هیڅ پوښتنه نشته.
summary-question-answered = ځواب شوې
summary-question-open = لا نه ده ځواب شوې
summary-answer = ځواب:

summary-footer = هغه نېټې چې Passage یې حسابوي وړاندیزونه دي، حقوقي مشوره نه ده. په رسمي لیک کې نېټه تل لومړۍ ده.
