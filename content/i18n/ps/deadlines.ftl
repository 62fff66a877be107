# status: machine-drafted
# Deadline explanations, statuses and labels (Passage core, deadlines module).
# Arguments named date, start, end, last, moved, posted, day1..day3,
# notified, opens, closes, event-date, from, until are calendar dates: the
# app formats them for the reader's language. Arguments event, holiday,
# reason and rule are ids of other messages in this file.

## Explanation steps

deadline-step-trigger = پیل: { $event }، په { $date }.
deadline-step-registered-letter = لیک په { $posted } ولېږل شو. ثبت شوی لیک داسې ګڼل کېږي چې له لېږلو وروسته په درېیمه کاري ورځ ترلاسه شوی دی: { $day1 }، { $day2 }، { $day3 }. نو موږ له { $notified } څخه شمېرو. دا د محکمو له یوې قاعدې راځي. موږ ډاډه نه یو چې دلته پلی کېږي.
deadline-step-rule = قاعده: { $rule }. سرچینه: { $sources }.
deadline-step-working-days =
    تاسو { $days ->
        [one] { $days } کاري ورځ
       *[other] { $days } کاري ورځې
    } لرئ. موږ شمېرل په بله ورځ، { $start }، پیلوو.
deadline-step-working-day-definition = شنبې، یکشنبې او رسمي رخصتۍ کاري ورځې نه دي. موږ ډاډه نه یو چې د پناه غوښتنې قانون هم ورځې همداسې شمېري.
deadline-step-holiday-skipped = په { $date } رسمي رخصتي ده ({ $holiday }). دا ورځ نه شمېرل کېږي.
deadline-step-calendar-days =
    تاسو { $days ->
        [one] { $days } ورځ
       *[other] { $days } ورځې
    } لرئ. د اونۍ پای ورځې او رخصتۍ هم شمېرل کېږي. لومړۍ ورځ بله ورځ ده، { $start }.
deadline-step-months =
    هغه موده چې په میاشتو شمېرل کېږي، له یوې ورځې پیلېږي او په بله میاشت کې د همغې ورځې څخه یوه ورځ مخکې پای ته رسېږي. دا موده په { $start } پیلېږي. له { $months ->
        [one] { $months } میاشتې
       *[other] { $months } میاشتو
    } وروسته، په { $end } پای ته رسېږي.
deadline-step-month-end = په هغې میاشت کې { $day } نېټه نشته. نو موده د میاشتې په وروستۍ ورځ، { $end }، پای ته رسېږي.
deadline-step-last-day-moved = { $last } کاري ورځ نه ده ({ $reason }). وروستۍ ورځ راتلونکې کاري ورځې ته ځي، { $moved }.
deadline-step-court-rule-only = د وروستۍ ورځې د لېږدولو دا قاعده د محکمو لپاره جوړه شوې ده. د احتیاط لپاره، تر { $last } پورې اقدام وکړئ.
deadline-step-window-before =
    دا کار له { $event-date } څخه { $opens-days } تر { $closes-days ->
        [one] { $closes-days } ورځ
       *[other] { $closes-days } ورځې
    } مخکې وکړئ: له { $opens } څخه تر { $closes } پورې.
deadline-step-window-closed-day = { $date } کاري ورځ نه ده ({ $reason }). دفترونه تړلي دي. له هغې ورځې مخکې ورشئ.
deadline-step-as-soon-as-possible = د ورځو ټاکلی شمېر نشته. ژر تر ژره اقدام وکړئ. موږ راتلونکې کاري ورځ، { $date }، وړاندیز کوو.
deadline-step-unverified-figure =
    ځینې سرچینې وایي چې تاسو { $days ->
        [one] { $days } ورځ
       *[other] { $days } ورځې
    } لرئ. دا به { $date } وي. هېچا دا نه دی کتلی.
deadline-step-computed-date = زموږ حساب شوې نېټه: { $date }.
deadline-step-right-starts = دا ستاسو لپاره وروستۍ نېټه نه ده. دا حق په { $date } پیلېدای شي.
deadline-step-authority = دا نېټه د ادارې لپاره ده، نه ستاسو لپاره.
deadline-step-valid-until = تر { $date } پورې اعتبار لري.
deadline-step-not-binding = دا یو هدف دی، نه کلکه وروستۍ نېټه. ښايي ډېر وخت ونیسي.
deadline-step-unverified = دا قاعده نه ده کتل شوې. له یو وکیل یا ټولنیز کارکوونکي وپوښتئ.
deadline-step-confidence-high = زموږ سرچینې د دې قاعدې په اړه روښانه دي.
deadline-step-confidence-medium = زموږ سرچینې د دې قاعدې په اړه تر یوه حده روښانه دي، خو تاسو یې وګورئ.
deadline-step-confidence-low = موږ د دې قاعدې په اړه ډاډه نه یو. له یو وکیل سره یې وګورئ.
deadline-step-sources-disagree = زموږ سرچینې د دې مودې په اړه سره یو شان نه دي. ستاسو په لیک کې نېټه پرېکنده ده.
deadline-step-other-reading = ښايي بله قاعده پلی شي: { $rule }. ستاسو په لیک کې نېټه پرېکنده ده.
deadline-step-outcome-unknown = تاسو د پرېکړې ډول نه دی لیکلی. موږ معمول قاعده ښیو. خپل لیک وګورئ.
deadline-step-only-detained = دا یوازې هغه وخت پلی کېږي چې تاسو په تړلي مرکز کې بند یاست.
deadline-step-only-not-detained = دا یوازې هغه وخت پلی کېږي چې تاسو په تړلي مرکز کې بند نه یاست.
deadline-step-validity-between = دا قاعده یوازې د هغو غوښتنو لپاره ده چې له { $from } څخه تر { $until } پورې شوې دي.
deadline-step-validity-from = دا قاعده یوازې د هغو غوښتنو لپاره ده چې په { $from } یا له هغې وروسته شوې دي.
deadline-step-validity-until = دا قاعده یوازې د هغو غوښتنو لپاره ده چې په { $until } یا له هغې مخکې شوې دي.
deadline-step-validity-always = دا قاعده د ټولو غوښتنو لپاره ده.
deadline-step-application-date-unknown = موږ ستاسو د غوښتنې نېټه نه پېژنو. وګورئ چې دا قاعده ستاسو لپاره ده.
deadline-step-outside-validity = ستاسو غوښتنه د { $date } ده. دا قاعده ستاسو لپاره نه ده.
deadline-step-official-later =
    ستاسو لیک { $date } وایي. دا زموږ له نېټې { $days ->
        [one] { $days } ورځ
       *[other] { $days } ورځې
    } وروسته ده. موږ ستاسو د لیک نېټه کاروو.
deadline-step-official-earlier =
    ستاسو لیک { $date } وایي. دا زموږ له نېټې { $days ->
        [one] { $days } ورځ
       *[other] { $days } ورځې
    } مخکې ده. موږ ستاسو د لیک نېټه کاروو.
deadline-step-official-same = ستاسو لیک { $date } وایي. دا له زموږ نېټې سره یو شان ده.
deadline-step-letter-prevails = ستاسو په لیک کې نېټه تل لومړیتوب لري. که ستاسو لیک نېټه ورکوي، هغه وکاروئ.

## Status

deadline-status-upcoming =
    { $days ->
        [one] { $days } ورځ پاتې ده
       *[other] { $days } ورځې پاتې دي
    }
deadline-status-due-soon =
    ژر: { $days ->
        [one] { $days } ورځ پاتې ده
       *[other] { $days } ورځې پاتې دي
    }
deadline-status-due-today = نن وروستۍ ورځ ده
deadline-status-overdue =
    نېټه { $days ->
        [one] { $days } ورځ
       *[other] { $days } ورځې
    } مخکې تېره شوه
deadline-status-passed = نېټه تېره شوې ده
deadline-status-met = په { $date } وشو
deadline-status-met-late = په { $date } وشو، له نېټې وروسته
deadline-status-not-applicable-validity = ستاسو لپاره نه ده: دا قاعده د بلې مودې د غوښتنو لپاره ده
deadline-status-not-applicable-detained = ستاسو لپاره نه ده: یوازې د هغو خلکو لپاره چې په تړلي مرکز کې بند دي
deadline-status-not-applicable-not-detained = ستاسو لپاره نه ده: یوازې د هغو خلکو لپاره چې په تړلي مرکز کې بند نه دي
deadline-status-not-applicable-cancelled = نور ستاسو لپاره نه ده: { $event } په { $date }

## Days that are not working days

weekday-saturday = شنبه
weekday-sunday = یکشنبه

## Public holidays
holiday-new-years-day = د نوي میلادي کال ورځ
holiday-easter-monday = د ایسټر دوشنبه
holiday-labour-day = د کارګر ورځ
holiday-ascension-day = آسمان ته د عیسی مسیح د پورته کېدو ورځ
holiday-whit-monday = د پینټکاسټ دوشنبه
holiday-national-day = د بلجیم ملي ورځ
holiday-assumption-day = آسمان ته د مریم د پورته کېدو ورځ
holiday-all-saints-day = د ټولو مقدسینو ورځ
holiday-armistice-day = د اوربند ورځ
holiday-christmas-day = کرسمس

## Event kinds

event-kind-arrival = بلجیم ته رارسېدل
event-kind-application-made = غوښتنه وشوه
event-kind-application-lodged = غوښتنه ثبت شوه (ضمیمه 26)
event-kind-orange-card = نارنجي کارت ترلاسه شو
event-kind-dublin-decision = د دوبلین پرېکړه (ضمیمه 26quater)
event-kind-cgrs-invitation = د CGRS بلنلیک
event-kind-personal-interview = په CGRS کې شخصي مرکه
event-kind-notes-copy-requested = د مرکې د یادښتونو کاپي وغوښتل شوه
event-kind-notes-copy-received = د مرکې د یادښتونو کاپي ترلاسه شوه
event-kind-comments-sent = پر یادښتونو نظرونه ولېږل شول
event-kind-cgrs-decision = د CGRS پرېکړه
event-kind-registered-letter-received = ثبت شوی لیک ترلاسه شو
event-kind-call-appeal-lodged = CALL ته اپیل وشو
event-kind-call-hearing = په CALL کې اورېدنه
event-kind-call-judgment = د CALL حکم
event-kind-council-of-state-appeal = د دولت شورا ته اپیل
event-kind-subsequent-application = ورپسې غوښتنه
event-kind-recognition = حفاظت ورکړل شو
event-kind-a-card = A کارت ترلاسه شو
event-kind-b-card = B کارت ترلاسه شو
event-kind-travel-document = د سفر سند ترلاسه شو
event-kind-family-reunification-request = د کورنۍ د یوځای کېدو غوښتنه
event-kind-residence-card-expiry = د استوګنې کارت د اعتبار پای
event-kind-appointment = د ملاقات وخت
event-kind-cessation-withdrawal = د حیثیت پای (پای ته رسېدل یا بېرته اخیستل)
event-kind-departure-abroad = له 3 میاشتو زیات وخت لپاره بهر ته تلل
event-kind-return-to-belgium = بلجیم ته بېرته راتګ
event-kind-long-term-residence-request = د اوږدمهاله استوګنې غوښتنه
event-kind-family-reunification-file-complete = د کورنۍ د یوځای کېدو دوسیه بشپړه شوه
event-kind-blue-passport-issued = آبي پاسپورټ صادر شو
event-kind-missed-interview = مرکې ته نه تلل
event-kind-cgrs-file-received = ستاسو دوسیه CGRS ته ورسېده
event-kind-other = بله پېښه

## Decision outcomes

decision-outcome-refugee-status = د کډوالۍ حیثیت
decision-outcome-subsidiary-protection = فرعي حفاظت
decision-outcome-refusal = رد
decision-outcome-inadmissible = د منلو وړ نه
decision-outcome-manifestly-unfounded = په ښکاره ډول بې بنسټه

## Rule titles (keep equal to `title:` in content/rules/deadlines.txt)

deadline-rule-make-application = د حفاظت غوښتنه وکړئ
deadline-rule-lodge-application = خپله غوښتنه ثبت کړئ (ضمیمه 26)
deadline-rule-orange-card = خپل نارنجي کارت له ښاروالۍ واخلئ
deadline-rule-work-permission = تاسو کار کولی شئ
deadline-rule-cgrs-interview-aim = د CGRS لخوا ستاسو د مرکې د وخت ټاکل (هدف)
deadline-rule-notes-copy-request = د مرکې د یادښتونو کاپي وغواړئ
deadline-rule-notes-comments = د مرکې پر یادښتونو خپل نظرونه ولېږئ
deadline-rule-cgrs-decision-aim = له مرکې وروسته د CGRS پرېکړه (هدف)
deadline-rule-cgrs-decision-target = د CGRS د پرېکړې قانوني هدف
deadline-rule-call-appeal = د بهرنیانو د حقوقي دعوو شورا (CALL) ته اپیل
deadline-rule-call-appeal-10 = په 10 ورځو کې CALL ته اپیل
deadline-rule-call-appeal-5 = په 5 ورځو کې CALL ته اپیل
deadline-rule-audio-recording-listening = د خپلې مرکې ثبت شوي غږ اورېدو لپاره وخت واخلئ
deadline-rule-council-of-state-appeal = د دولت شورا ته اپیل
deadline-rule-cessation-appeal = ستاسو د حیثیت د پای پر ضد اپیل
deadline-rule-family-reunification-favourable = په اسانه شرایطو د کورنۍ د یوځای کېدو غوښتنه وکړئ
deadline-rule-family-reunification-subsidiary-wait = له 2 کلن انتظار وروسته د کورنۍ یوځای کېدل
deadline-rule-family-reunification-decision = د مهاجرت دفتر د کورنۍ د یوځای کېدو په اړه پرېکړه کوي
deadline-rule-reception-stay-after-recognition = تاسو د استوګنې په مرکز کې پاتې کېدای شئ
deadline-rule-residence-card-renewal = د خپل استوګنې کارت د تمدید غوښتنه وکړئ
deadline-rule-b-card = تاسو د B کارت غوښتنه کولی شئ
deadline-rule-blue-passport-validity = ستاسو د آبي پاسپورټ موده پای ته رسېږي
deadline-rule-return-within-one-year = په 1 کال کې بلجیم ته بېرته راشئ
deadline-rule-report-after-return = له راستنېدو وروسته خپلې ښاروالۍ ته ورشئ
deadline-rule-long-term-residence-decision = د مهاجرت دفتر د اوږدمهاله استوګنې په اړه پرېکړه کوي
deadline-rule-missed-interview-justify = ووایاست چې ولې مرکې ته نه یاست ورغلي
