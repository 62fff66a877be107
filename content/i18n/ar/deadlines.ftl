# status: machine-drafted
# Deadline explanations, statuses and labels (Passage core, deadlines module).
# Arguments named date, start, end, last, moved, posted, day1..day3,
# notified, opens, closes, event-date, from, until are calendar dates: the
# app formats them for the reader's language. Arguments event, holiday,
# reason and rule are ids of other messages in this file.

## Explanation steps

deadline-step-trigger = البداية: { $event }، في { $date }.
deadline-step-registered-letter = أُرسلت الرسالة في { $posted }. تُعتبر الرسالة المسجلة قد وصلت في يوم العمل الثالث بعد إرسالها: { $day1 }، { $day2 }، { $day3 }. لذلك نبدأ العدّ من { $notified }. هذا يأتي من قاعدة خاصة بالمحاكم. لسنا متأكدين أنها تنطبق هنا.
deadline-step-rule = القاعدة: { $rule }. المصدر: { $sources }.
deadline-step-working-days =
    لديك { $days ->
        [one] يوم عمل واحد
        [two] يوما عمل
        [few] { $days } أيام عمل
        [many] { $days } يوم عمل
       *[other] { $days } يوم عمل
    }. نبدأ العدّ من اليوم التالي، { $start }.
deadline-step-working-day-definition = أيام السبت والأحد والعطل الرسمية ليست أيام عمل. لسنا متأكدين أن قانون اللجوء يحسب الأيام بالطريقة نفسها.
deadline-step-holiday-skipped = يوم { $date } عطلة رسمية ({ $holiday }). هذا اليوم لا يُحسب.
deadline-step-calendar-days =
    لديك { $days ->
        [one] يوم واحد
        [two] يومان
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. أيام نهاية الأسبوع والعطل الرسمية تُحسب أيضًا. اليوم الأول هو اليوم التالي، { $start }.
deadline-step-months =
    المدة بالأشهر تبدأ من يوم وتنتهي في اليوم الذي يسبق اليوم نفسه من الشهر. تبدأ المدة في { $start }. بعد { $months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }، تنتهي في { $end }.
deadline-step-month-end = ليس في هذا الشهر يوم رقم { $day }. لذلك تنتهي المدة في آخر يوم من الشهر، { $end }.
deadline-step-last-day-moved = يوم { $last } ليس يوم عمل ({ $reason }). ينتقل اليوم الأخير إلى يوم العمل التالي، { $moved }.
deadline-step-court-rule-only = قاعدة نقل اليوم الأخير هذه وُضعت للمحاكم. لتكون في أمان، تصرّف في موعد أقصاه { $last }.
deadline-step-window-before =
    افعل ذلك بين { $opens-days } و{ $closes-days ->
        [one] يوم واحد
        [two] يومين
        [few] { $closes-days } أيام
        [many] { $closes-days } يومًا
       *[other] { $closes-days } يوم
    } قبل { $event-date }: من { $opens } إلى { $closes }.
deadline-step-window-closed-day = يوم { $date } ليس يوم عمل ({ $reason }). المكاتب مغلقة. اذهب قبل ذلك اليوم.
deadline-step-as-soon-as-possible = لا يوجد عدد محدد من الأيام. تصرّف في أسرع وقت ممكن. نقترح يوم العمل التالي، { $date }.
deadline-step-unverified-figure =
    تقول بعض المصادر إن لديك { $days ->
        [one] يومًا واحدًا
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. سيكون ذلك في { $date }. لم يتحقق أحد من هذا.
deadline-step-computed-date = التاريخ الذي حسبناه: { $date }.
deadline-step-right-starts = هذه ليست مهلة عليك. يمكن أن يبدأ الحق في { $date }.
deadline-step-authority = هذا التاريخ للسلطات، وليس لك.
deadline-step-valid-until = صالح حتى { $date }.
deadline-step-not-binding = هذا هدف، وليس مهلة صارمة. قد يستغرق الأمر وقتًا أطول.
deadline-step-unverified = لم يتحقق أحد من هذه القاعدة. اسأل محاميًا أو أخصائيًا اجتماعيًا.
deadline-step-confidence-high = مصادرنا واضحة بشأن هذه القاعدة.
deadline-step-confidence-medium = مصادرنا واضحة إلى حد ما بشأن هذه القاعدة، لكن تحقق منها.
deadline-step-confidence-low = لسنا متأكدين من هذه القاعدة. تحقق منها مع محامٍ.
deadline-step-sources-disagree = مصادرنا غير متفقة بشأن هذه المدة. التاريخ المكتوب في رسالتك هو الذي يُحسب.
deadline-step-other-reading = قد تنطبق قاعدة أخرى: { $rule }. التاريخ المكتوب في رسالتك هو الذي يُحسب.
deadline-step-outcome-unknown = لم تُدخل نوع القرار. نعرض القاعدة المعتادة. تحقق من رسالتك.
deadline-step-only-detained = هذا ينطبق فقط إذا كنت محتجزًا في مركز مغلق.
deadline-step-only-not-detained = هذا ينطبق فقط إذا لم تكن محتجزًا في مركز مغلق.
deadline-step-validity-between = هذه القاعدة فقط للطلبات المقدمة من { $from } حتى { $until }.
deadline-step-validity-from = هذه القاعدة فقط للطلبات المقدمة من { $from } فصاعدًا.
deadline-step-validity-until = هذه القاعدة فقط للطلبات المقدمة حتى { $until }.
deadline-step-validity-always = هذه القاعدة لكل الطلبات.
deadline-step-application-date-unknown = لا نعرف تاريخ طلبك. تحقق أن هذه القاعدة تخصك.
deadline-step-outside-validity = طلبك بتاريخ { $date }. هذه القاعدة لا تخصك.
deadline-step-official-later =
    رسالتك تذكر تاريخ { $date }. هذا بعد تاريخنا بمدة { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. نستخدم التاريخ المكتوب في رسالتك.
deadline-step-official-earlier =
    رسالتك تذكر تاريخ { $date }. هذا قبل تاريخنا بمدة { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. نستخدم التاريخ المكتوب في رسالتك.
deadline-step-official-same = رسالتك تذكر تاريخ { $date }. هذا هو تاريخنا نفسه.
deadline-step-letter-prevails = التاريخ المكتوب في رسالتك له الأولوية دائمًا. إذا كانت رسالتك تذكر تاريخًا، فاستخدمه.

## Status

deadline-status-upcoming =
    { $days ->
        [one] بقي يوم واحد
        [two] بقي يومان
        [few] بقيت { $days } أيام
        [many] بقي { $days } يومًا
       *[other] بقي { $days } يوم
    }
deadline-status-due-soon =
    قريبًا: { $days ->
        [one] بقي يوم واحد
        [two] بقي يومان
        [few] بقيت { $days } أيام
        [many] بقي { $days } يومًا
       *[other] بقي { $days } يوم
    }
deadline-status-due-today = اليوم هو اليوم الأخير
deadline-status-overdue =
    مرّ التاريخ منذ { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }
deadline-status-passed = مرّ التاريخ
deadline-status-met = تم في { $date }
deadline-status-met-late = تم في { $date }، بعد التاريخ
deadline-status-not-applicable-validity = لا يخصك: هذه القاعدة للطلبات المقدمة في فترة أخرى
deadline-status-not-applicable-detained = لا يخصك: فقط للأشخاص المحتجزين في مركز مغلق
deadline-status-not-applicable-not-detained = لا يخصك: فقط للأشخاص غير المحتجزين في مركز مغلق
deadline-status-not-applicable-cancelled = لم يعد يخصك: { $event } في { $date }

## Days that are not working days

weekday-saturday = السبت
weekday-sunday = الأحد

## Public holidays
holiday-new-years-day = رأس السنة الميلادية
holiday-easter-monday = اثنين الفصح
holiday-labour-day = عيد العمال
holiday-ascension-day = عيد الصعود
holiday-whit-monday = اثنين العنصرة
holiday-national-day = العيد الوطني البلجيكي
holiday-assumption-day = عيد انتقال السيدة العذراء
holiday-all-saints-day = عيد جميع القديسين
holiday-armistice-day = يوم الهدنة
holiday-christmas-day = عيد الميلاد

## Event kinds

event-kind-arrival = الوصول إلى بلجيكا
event-kind-application-made = تقديم الطلب
event-kind-application-lodged = تسجيل الطلب (الملحق 26)
event-kind-orange-card = استلام البطاقة البرتقالية
event-kind-dublin-decision = قرار دبلن (الملحق 26quater)
event-kind-cgrs-invitation = دعوة من CGRS
event-kind-personal-interview = المقابلة الشخصية في CGRS
event-kind-notes-copy-requested = طلب نسخة من ملاحظات المقابلة
event-kind-notes-copy-received = استلام نسخة من ملاحظات المقابلة
event-kind-comments-sent = إرسال تعليقاتك على ملاحظات المقابلة
event-kind-cgrs-decision = قرار CGRS
event-kind-registered-letter-received = استلام رسالة مسجلة
event-kind-call-appeal-lodged = تقديم الطعن أمام CALL
event-kind-call-hearing = جلسة في CALL
event-kind-call-judgment = حكم CALL
event-kind-council-of-state-appeal = الطعن أمام مجلس الدولة
event-kind-subsequent-application = طلب لاحق
event-kind-recognition = الحصول على الحماية
event-kind-a-card = استلام البطاقة A
event-kind-b-card = استلام البطاقة B
event-kind-travel-document = استلام وثيقة السفر
event-kind-family-reunification-request = طلب لمّ شمل العائلة
event-kind-residence-card-expiry = انتهاء صلاحية بطاقة الإقامة
event-kind-appointment = موعد
event-kind-cessation-withdrawal = نهاية الوضع (انتهاء الصفة أو السحب)
event-kind-departure-abroad = السفر إلى الخارج لأكثر من 3 أشهر
event-kind-return-to-belgium = العودة إلى بلجيكا
event-kind-long-term-residence-request = طلب الإقامة الطويلة الأمد
event-kind-family-reunification-file-complete = اكتمال ملف لمّ شمل العائلة
event-kind-blue-passport-issued = إصدار جواز السفر الأزرق
event-kind-missed-interview = عدم حضور المقابلة
event-kind-cgrs-file-received = وصل ملفك إلى CGRS
event-kind-other = حدث آخر

## Decision outcomes

decision-outcome-refugee-status = صفة اللاجئ
decision-outcome-subsidiary-protection = الحماية الفرعية
decision-outcome-refusal = الرفض
decision-outcome-inadmissible = غير مقبول
decision-outcome-manifestly-unfounded = لا أساس له بشكل واضح

## Rule titles (keep equal to `title:` in content/rules/deadlines.txt)

deadline-rule-make-application = قدّم طلب الحماية
deadline-rule-lodge-application = سجّل طلبك (الملحق 26)
deadline-rule-orange-card = احصل على البطاقة البرتقالية من البلدية
deadline-rule-work-permission = يحق لك أن تعمل
deadline-rule-cgrs-interview-aim = يحدد CGRS موعد مقابلتك (هدف)
deadline-rule-notes-copy-request = اطلب نسخة من ملاحظات المقابلة
deadline-rule-notes-comments = أرسل تعليقاتك على ملاحظات المقابلة
deadline-rule-cgrs-decision-aim = يقرر CGRS بعد المقابلة (هدف)
deadline-rule-cgrs-decision-target = الهدف القانوني لقرار CGRS
deadline-rule-call-appeal = الطعن أمام مجلس منازعات الأجانب (CALL)
deadline-rule-call-appeal-10 = الطعن أمام CALL خلال 10 أيام
deadline-rule-call-appeal-5 = الطعن أمام CALL خلال 5 أيام
deadline-rule-audio-recording-listening = احجز موعدًا للاستماع إلى تسجيل مقابلتك
deadline-rule-council-of-state-appeal = الطعن أمام مجلس الدولة
deadline-rule-cessation-appeal = الطعن في إنهاء وضعك
deadline-rule-family-reunification-favourable = اطلب لمّ شمل العائلة بشروط أسهل
deadline-rule-family-reunification-subsidiary-wait = لمّ شمل العائلة بعد انتظار سنتين
deadline-rule-family-reunification-decision = يقرر مكتب الأجانب في لمّ شمل العائلة
deadline-rule-reception-stay-after-recognition = يحق لك البقاء في مركز الاستقبال
deadline-rule-residence-card-renewal = اطلب تجديد بطاقة إقامتك
deadline-rule-b-card = يمكنك أن تطلب البطاقة B
deadline-rule-blue-passport-validity = تنتهي صلاحية جواز سفرك الأزرق
deadline-rule-return-within-one-year = عُد إلى بلجيكا خلال سنة واحدة
deadline-rule-report-after-return = اذهب إلى بلديتك بعد عودتك
deadline-rule-long-term-residence-decision = يقرر مكتب الأجانب في الإقامة الطويلة الأمد
deadline-rule-missed-interview-justify = اشرح لماذا لم تحضر المقابلة
