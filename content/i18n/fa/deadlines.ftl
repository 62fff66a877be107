# status: machine-drafted
# Deadline explanations, statuses and labels (Passage core, deadlines module).
# Arguments named date, start, end, last, moved, posted, day1..day3,
# notified, opens, closes, event-date, from, until are calendar dates: the
# app formats them for the reader's language. Arguments event, holiday,
# reason and rule are ids of other messages in this file.

## Explanation steps

deadline-step-trigger = شروع: { $event }، در { $date }.
deadline-step-registered-letter = نامه در { $posted } فرستاده شد. نامه سفارشی در سومین روز کاری پس از فرستادن، دریافت‌شده حساب می‌شود: { $day1 }، { $day2 }، { $day3 }. پس ما از { $notified } می‌شماریم. این از یک قاعده برای دادگاه‌ها می‌آید. ما مطمئن نیستیم که اینجا هم اجرا شود.
deadline-step-rule = قاعده: { $rule }. منبع: { $sources }.
deadline-step-working-days =
    شما { $days ->
        [one] { $days } روز کاری
       *[other] { $days } روز کاری
    } وقت دارید. ما شمردن را از روز بعد، { $start }، شروع می‌کنیم.
deadline-step-working-day-definition = شنبه‌ها، یکشنبه‌ها و تعطیلات رسمی روز کاری نیستند. ما مطمئن نیستیم که قانون پناهندگی هم روزها را همین‌طور بشمارد.
deadline-step-holiday-skipped = روز { $date } تعطیل رسمی است ({ $holiday }). این روز حساب نمی‌شود.
deadline-step-calendar-days =
    شما { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    } وقت دارید. آخر هفته‌ها و تعطیلات هم حساب می‌شوند. روز اول، روز بعد است: { $start }.
deadline-step-months =
    مهلتی که با ماه حساب می‌شود، از یک روز شروع می‌شود و یک روز قبل از همان روزِ ماه تمام می‌شود. این مهلت در { $start } شروع می‌شود. پس از { $months ->
        [one] { $months } ماه
       *[other] { $months } ماه
    }، در { $end } تمام می‌شود.
deadline-step-month-end = آن ماه روز { $day } ندارد. پس مهلت در آخرین روز ماه، { $end }، تمام می‌شود.
deadline-step-last-day-moved = روز { $last } روز کاری نیست ({ $reason }). روز آخر به روز کاری بعدی، { $moved }، منتقل می‌شود.
deadline-step-court-rule-only = این قاعده انتقال روز آخر برای دادگاه‌ها ساخته شده است. برای احتیاط، تا { $last } اقدام کنید.
deadline-step-window-before =
    این کار را بین { $opens-days } تا { $closes-days ->
        [one] { $closes-days } روز
       *[other] { $closes-days } روز
    } قبل از { $event-date } انجام دهید: از { $opens } تا { $closes }.
deadline-step-window-closed-day = روز { $date } روز کاری نیست ({ $reason }). اداره‌ها بسته هستند. قبل از آن روز بروید.
deadline-step-as-soon-as-possible = تعداد روز ثابتی وجود ندارد. هر چه زودتر اقدام کنید. ما روز کاری بعدی، { $date }، را پیشنهاد می‌کنیم.
deadline-step-unverified-figure =
    بعضی منابع می‌گویند شما { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    } وقت دارید. این می‌شود { $date }. هیچ کس این را بررسی نکرده است.
deadline-step-computed-date = تاریخی که ما حساب کردیم: { $date }.
deadline-step-right-starts = این برای شما مهلت نیست. این حق می‌تواند از { $date } شروع شود.
deadline-step-authority = این تاریخ برای اداره است، نه برای شما.
deadline-step-valid-until = تا { $date } اعتبار دارد.
deadline-step-not-binding = این یک هدف است، نه یک مهلت قطعی. ممکن است بیشتر طول بکشد.
deadline-step-unverified = این قاعده بررسی نشده است. از یک وکیل یا مددکار اجتماعی بپرسید.
deadline-step-confidence-high = منابع ما درباره این قاعده روشن هستند.
deadline-step-confidence-medium = منابع ما درباره این قاعده نسبتاً روشن هستند، اما آن را بررسی کنید.
deadline-step-confidence-low = ما درباره این قاعده مطمئن نیستیم. آن را با یک وکیل بررسی کنید.
deadline-step-sources-disagree = منابع ما درباره این مهلت با هم موافق نیستند. تاریخ روی نامه شما تعیین‌کننده است.
deadline-step-other-reading = ممکن است قاعده دیگری اجرا شود: { $rule }. تاریخ روی نامه شما تعیین‌کننده است.
deadline-step-outcome-unknown = شما نوع تصمیم را وارد نکرده‌اید. ما قاعده معمول را نشان می‌دهیم. نامه خود را بررسی کنید.
deadline-step-only-detained = این فقط وقتی اجرا می‌شود که شما در یک مرکز بسته نگه داشته شده باشید.
deadline-step-only-not-detained = این فقط وقتی اجرا می‌شود که شما در یک مرکز بسته نگه داشته نشده باشید.
deadline-step-validity-between = این قاعده فقط برای درخواست‌هایی است که از { $from } تا { $until } داده شده‌اند.
deadline-step-validity-from = این قاعده فقط برای درخواست‌هایی است که از { $from } به بعد داده شده‌اند.
deadline-step-validity-until = این قاعده فقط برای درخواست‌هایی است که تا { $until } داده شده‌اند.
deadline-step-validity-always = این قاعده برای همه درخواست‌ها است.
deadline-step-application-date-unknown = ما تاریخ درخواست شما را نمی‌دانیم. بررسی کنید که این قاعده برای شما باشد.
deadline-step-outside-validity = درخواست شما در { $date } داده شده است. این قاعده برای شما نیست.
deadline-step-official-later =
    در نامه شما { $date } نوشته شده است. این { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    } دیرتر از تاریخ ما است. ما تاریخ روی نامه شما را به کار می‌بریم.
deadline-step-official-earlier =
    در نامه شما { $date } نوشته شده است. این { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    } زودتر از تاریخ ما است. ما تاریخ روی نامه شما را به کار می‌بریم.
deadline-step-official-same = در نامه شما { $date } نوشته شده است. این همان تاریخ ما است.
deadline-step-letter-prevails = تاریخ روی نامه شما همیشه مقدم است. اگر نامه شما تاریخی دارد، از همان استفاده کنید.

## Status

deadline-status-upcoming =
    { $days ->
        [one] { $days } روز مانده
       *[other] { $days } روز مانده
    }
deadline-status-due-soon =
    به‌زودی: { $days ->
        [one] { $days } روز مانده
       *[other] { $days } روز مانده
    }
deadline-status-due-today = امروز روز آخر است
deadline-status-overdue =
    { $days ->
        [one] { $days } روز
       *[other] { $days } روز
    } از تاریخ گذشته است
deadline-status-passed = تاریخ گذشته است
deadline-status-met = در { $date } انجام شد
deadline-status-met-late = در { $date } انجام شد، پس از تاریخ
deadline-status-not-applicable-validity = برای شما نیست: این قاعده برای درخواست‌های یک دوره دیگر است
deadline-status-not-applicable-detained = برای شما نیست: فقط برای کسانی که در مرکز بسته نگه داشته می‌شوند
deadline-status-not-applicable-not-detained = برای شما نیست: فقط برای کسانی که در مرکز بسته نگه داشته نمی‌شوند
deadline-status-not-applicable-cancelled = دیگر برای شما نیست: { $event } در { $date }

## Days that are not working days

weekday-saturday = شنبه
weekday-sunday = یکشنبه

## Public holidays
holiday-new-years-day = سال نو میلادی
holiday-easter-monday = دوشنبه عید پاک
holiday-labour-day = روز جهانی کارگر
holiday-ascension-day = عید عروج مسیح
holiday-whit-monday = دوشنبه عید پنتیکاست
holiday-national-day = روز ملی بلژیک
holiday-assumption-day = عید عروج مریم
holiday-all-saints-day = روز همه قدیسان
holiday-armistice-day = روز آتش‌بس
holiday-christmas-day = کریسمس

## Event kinds

event-kind-arrival = رسیدن به بلژیک
event-kind-application-made = درخواست داده شد
event-kind-application-lodged = درخواست ثبت شد (ضمیمه 26)
event-kind-orange-card = کارت نارنجی دریافت شد
event-kind-dublin-decision = تصمیم دوبلین (ضمیمه 26quater)
event-kind-cgrs-invitation = دعوت‌نامه از CGRS
event-kind-personal-interview = مصاحبه شخصی در CGRS
event-kind-notes-copy-requested = کپی یادداشت‌های مصاحبه درخواست شد
event-kind-notes-copy-received = کپی یادداشت‌های مصاحبه دریافت شد
event-kind-comments-sent = نظرها درباره یادداشت‌ها فرستاده شد
event-kind-cgrs-decision = تصمیم CGRS
event-kind-registered-letter-received = نامه سفارشی دریافت شد
event-kind-call-appeal-lodged = اعتراض به CALL داده شد
event-kind-call-hearing = جلسه رسیدگی در CALL
event-kind-call-judgment = حکم CALL
event-kind-council-of-state-appeal = اعتراض به شورای دولتی
event-kind-subsequent-application = درخواست بعدی
event-kind-recognition = حمایت داده شد
event-kind-a-card = کارت A دریافت شد
event-kind-b-card = کارت B دریافت شد
event-kind-travel-document = سند سفر دریافت شد
event-kind-family-reunification-request = درخواست پیوستن خانواده
event-kind-residence-card-expiry = پایان اعتبار کارت اقامت
event-kind-appointment = قرار ملاقات
event-kind-cessation-withdrawal = پایان وضعیت (به پایان رسیدن یا پس گرفتن آن)
event-kind-departure-abroad = رفتن به خارج برای بیش از 3 ماه
event-kind-return-to-belgium = بازگشت به بلژیک
event-kind-long-term-residence-request = درخواست اقامت طولانی‌مدت
event-kind-family-reunification-file-complete = پرونده پیوستن خانواده کامل شد
event-kind-blue-passport-issued = پاسپورت آبی صادر شد
event-kind-missed-interview = نرفتن به مصاحبه
event-kind-cgrs-file-received = پرونده شما به CGRS رسید
event-kind-other = رویداد دیگر

## Decision outcomes

decision-outcome-refugee-status = وضعیت پناهندگی
decision-outcome-subsidiary-protection = حمایت تکمیلی
decision-outcome-refusal = رد
decision-outcome-inadmissible = غیرقابل پذیرش
decision-outcome-manifestly-unfounded = آشکارا بی‌اساس

## Rule titles (keep equal to `title:` in content/rules/deadlines.txt)

deadline-rule-make-application = درخواست حمایت خود را بدهید
deadline-rule-lodge-application = درخواست خود را ثبت کنید (ضمیمه 26)
deadline-rule-orange-card = کارت نارنجی خود را از شهرداری بگیرید
deadline-rule-work-permission = شما اجازه کار دارید
deadline-rule-cgrs-interview-aim = تعیین وقت مصاحبه شما توسط CGRS (هدف)
deadline-rule-notes-copy-request = کپی یادداشت‌های مصاحبه را بخواهید
deadline-rule-notes-comments = نظرهای خود درباره یادداشت‌های مصاحبه را بفرستید
deadline-rule-cgrs-decision-aim = تصمیم CGRS پس از مصاحبه (هدف)
deadline-rule-cgrs-decision-target = هدف قانونی برای تصمیم CGRS
deadline-rule-call-appeal = اعتراض به شورای رسیدگی به دعاوی اتباع خارجی (CALL)
deadline-rule-call-appeal-10 = اعتراض به CALL ظرف 10 روز
deadline-rule-call-appeal-5 = اعتراض به CALL ظرف 5 روز
deadline-rule-audio-recording-listening = برای گوش دادن به صدای ضبط‌شده مصاحبه خود وقت بگیرید
deadline-rule-council-of-state-appeal = اعتراض به شورای دولتی
deadline-rule-cessation-appeal = اعتراض به پایان وضعیت شما
deadline-rule-family-reunification-favourable = پیوستن خانواده را با شرایط آسان‌تر درخواست کنید
deadline-rule-family-reunification-subsidiary-wait = پیوستن خانواده پس از 2 سال انتظار
deadline-rule-family-reunification-decision = اداره مهاجرت درباره پیوستن خانواده تصمیم می‌گیرد
deadline-rule-reception-stay-after-recognition = شما می‌توانید در مرکز پذیرش بمانید
deadline-rule-residence-card-renewal = تمدید کارت اقامت خود را درخواست کنید
deadline-rule-b-card = شما می‌توانید کارت B درخواست کنید
deadline-rule-blue-passport-validity = اعتبار پاسپورت آبی شما تمام می‌شود
deadline-rule-return-within-one-year = ظرف 1 سال به بلژیک برگردید
deadline-rule-report-after-return = پس از بازگشت به شهرداری خود بروید
deadline-rule-long-term-residence-decision = اداره مهاجرت درباره اقامت طولانی‌مدت تصمیم می‌گیرد
deadline-rule-missed-interview-justify = توضیح دهید چرا به مصاحبه نرفتید
