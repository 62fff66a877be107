# status: original
# Deadline explanations, statuses and labels (Passage core, deadlines module).
# Arguments named date, start, end, last, moved, posted, day1..day3,
# notified, opens, closes, event-date, from, until are calendar dates: the
# app formats them for the reader's language. Arguments event, holiday,
# reason and rule are ids of other messages in this file.

## Explanation steps

deadline-step-trigger = Start: { $event }, on { $date }.
deadline-step-registered-letter = The letter was posted on { $posted }. A registered letter counts as received on the 3rd working day after it was posted: { $day1 }, { $day2 }, { $day3 }. So we count from { $notified }. This comes from a rule for courts. We are not sure it applies here.
deadline-step-rule = Rule: { $rule }. Source: { $sources }.
deadline-step-working-days =
    You have { $days ->
        [one] 1 working day
       *[other] { $days } working days
    }. We start counting on the next day, { $start }.
deadline-step-working-day-definition = Saturdays, Sundays and public holidays are not working days. We are not sure the asylum law counts the same way.
deadline-step-holiday-skipped = { $date } is a public holiday ({ $holiday }). It does not count.
deadline-step-calendar-days =
    You have { $days ->
        [one] 1 day
       *[other] { $days } days
    }. Weekends and holidays count too. Day 1 is the next day, { $start }.
deadline-step-months =
    A period in months runs from a day to the day before the same day. It starts on { $start }. After { $months ->
        [one] 1 month
       *[other] { $months } months
    }, it ends on { $end }.
deadline-step-month-end = That month has no day { $day }. So the period ends on the last day of the month, { $end }.
deadline-step-last-day-moved = { $last } is not a working day ({ $reason }). The last day moves to the next working day, { $moved }.
deadline-step-court-rule-only = This moving rule is made for courts. To be safe, act by { $last }.
deadline-step-window-before =
    Do this between { $opens-days } and { $closes-days ->
        [one] 1 day
       *[other] { $closes-days } days
    } before { $event-date }: from { $opens } to { $closes }.
deadline-step-window-closed-day = { $date } is not a working day ({ $reason }). Offices are closed. Go before that day.
deadline-step-as-soon-as-possible = There is no fixed number of days. Act as soon as possible. We suggest the next working day, { $date }.
deadline-step-unverified-figure =
    Some sources say you have { $days ->
        [one] 1 day
       *[other] { $days } days
    }. That would be { $date }. Nobody has checked this.
deadline-step-computed-date = Our computed date: { $date }.
deadline-step-right-starts = This is not a deadline for you. The right can start on { $date }.
deadline-step-authority = This date is for the authority, not for you.
deadline-step-valid-until = It is valid until { $date }.
deadline-step-not-binding = This is an aim, not a strict deadline. It can take longer.
deadline-step-unverified = This rule is not verified. Ask a lawyer or a social worker.
deadline-step-confidence-high = Our sources are clear about this rule.
deadline-step-confidence-medium = Our sources are quite clear about this rule, but check it.
deadline-step-confidence-low = We are not sure about this rule. Check it with a lawyer.
deadline-step-sources-disagree = Our sources do not agree about this period. The date on your letter decides.
deadline-step-other-reading = Another rule may apply: { $rule }. The date on your letter decides.
deadline-step-outcome-unknown = You did not enter the type of decision. We show the usual rule. Check your letter.
deadline-step-only-detained = This applies only if you are held in a closed centre.
deadline-step-only-not-detained = This applies only if you are not held in a closed centre.
deadline-step-validity-between = This rule is only for applications made from { $from } until { $until }.
deadline-step-validity-from = This rule is only for applications made from { $from }.
deadline-step-validity-until = This rule is only for applications made until { $until }.
deadline-step-validity-always = This rule is for all applications.
deadline-step-application-date-unknown = We do not know the date of your application. Check that this rule is for you.
deadline-step-outside-validity = Your application is from { $date }. This rule is not for you.
deadline-step-official-later =
    Your letter says { $date }. That is { $days ->
        [one] 1 day
       *[other] { $days } days
    } later than our date. We use the date on your letter.
deadline-step-official-earlier =
    Your letter says { $date }. That is { $days ->
        [one] 1 day
       *[other] { $days } days
    } earlier than our date. We use the date on your letter.
deadline-step-official-same = Your letter says { $date }. That is the same as our date.
deadline-step-letter-prevails = The date on your letter always comes first. If your letter gives a date, use it.

## Status

deadline-status-upcoming =
    { $days ->
        [one] 1 day left
       *[other] { $days } days left
    }
deadline-status-due-soon =
    Soon: { $days ->
        [one] 1 day left
       *[other] { $days } days left
    }
deadline-status-due-today = Today is the last day
deadline-status-overdue =
    The date passed { $days ->
        [one] 1 day ago
       *[other] { $days } days ago
    }
deadline-status-passed = The date has passed
deadline-status-met = Done on { $date }
deadline-status-met-late = Done on { $date }, after the date
deadline-status-not-applicable-validity = Not for you: this rule is for applications from another period
deadline-status-not-applicable-detained = Not for you: only for people held in a closed centre
deadline-status-not-applicable-not-detained = Not for you: only for people who are not held in a closed centre
deadline-status-not-applicable-cancelled = Not for you anymore: { $event } on { $date }

## Days that are not working days

weekday-saturday = Saturday
weekday-sunday = Sunday

## Public holidays
holiday-new-years-day = New Year's Day
holiday-easter-monday = Easter Monday
holiday-labour-day = Labour Day
holiday-ascension-day = Ascension Day
holiday-whit-monday = Whit Monday
holiday-national-day = Belgian National Day
holiday-assumption-day = Assumption Day
holiday-all-saints-day = All Saints' Day
holiday-armistice-day = Armistice Day
holiday-christmas-day = Christmas Day

## Event kinds

event-kind-arrival = Arrival in Belgium
event-kind-application-made = Application made
event-kind-application-lodged = Application lodged (annex 26)
event-kind-orange-card = Orange card received
event-kind-dublin-decision = Dublin decision (annex 26quater)
event-kind-cgrs-invitation = Invitation from the CGRS
event-kind-personal-interview = Personal interview at the CGRS
event-kind-notes-copy-requested = Copy of the interview notes asked
event-kind-notes-copy-received = Copy of the interview notes received
event-kind-comments-sent = Comments on the notes sent
event-kind-cgrs-decision = Decision of the CGRS
event-kind-registered-letter-received = Registered letter received
event-kind-call-appeal-lodged = Appeal lodged at the CALL
event-kind-call-hearing = Hearing at the CALL
event-kind-call-judgment = Judgment of the CALL
event-kind-council-of-state-appeal = Appeal at the Council of State
event-kind-subsequent-application = Subsequent application
event-kind-recognition = Protection granted
event-kind-a-card = A card received
event-kind-b-card = B card received
event-kind-travel-document = Travel document received
event-kind-family-reunification-request = Family reunification request
event-kind-residence-card-expiry = Residence card expiry
event-kind-appointment = Appointment
event-kind-cessation-withdrawal = End of status (cessation or withdrawal)
event-kind-departure-abroad = Departure abroad for more than 3 months
event-kind-return-to-belgium = Return to Belgium
event-kind-long-term-residence-request = Long-term residence request
event-kind-family-reunification-file-complete = Family reunification file complete
event-kind-blue-passport-issued = Blue passport issued
event-kind-missed-interview = Missed interview
event-kind-cgrs-file-received = The CGRS received your file
event-kind-other = Other event

## Decision outcomes

decision-outcome-refugee-status = Refugee status
decision-outcome-subsidiary-protection = Subsidiary protection
decision-outcome-refusal = Refusal
decision-outcome-inadmissible = Inadmissible
decision-outcome-manifestly-unfounded = Manifestly unfounded

## Rule titles (keep equal to `title:` in content/rules/deadlines.txt)

deadline-rule-make-application = Make your application for protection
deadline-rule-lodge-application = Lodge your application (annex 26)
deadline-rule-orange-card = Get your orange card at the municipality
deadline-rule-work-permission = You may work
deadline-rule-cgrs-interview-aim = The CGRS plans your interview (aim)
deadline-rule-notes-copy-request = Ask for a copy of the interview notes
deadline-rule-notes-comments = Send your comments on the interview notes
deadline-rule-cgrs-decision-aim = The CGRS decides after the interview (aim)
deadline-rule-cgrs-decision-target = Legal target for the CGRS decision
deadline-rule-call-appeal = Appeal to the Council for Alien Law Litigation (CALL)
deadline-rule-call-appeal-10 = Appeal to the CALL within 10 days
deadline-rule-call-appeal-5 = Appeal to the CALL within 5 days
deadline-rule-audio-recording-listening = Book a time to listen to your interview recording
deadline-rule-council-of-state-appeal = Appeal to the Council of State
deadline-rule-cessation-appeal = Appeal against the end of your status
deadline-rule-family-reunification-favourable = Ask for family reunification on easier terms
deadline-rule-family-reunification-subsidiary-wait = Family reunification after a 2-year wait
deadline-rule-family-reunification-decision = The Immigration Office decides on family reunification
deadline-rule-reception-stay-after-recognition = You may stay in the reception centre
deadline-rule-residence-card-renewal = Ask to renew your residence card
deadline-rule-b-card = You can ask for a B card
deadline-rule-blue-passport-validity = Your blue passport expires
deadline-rule-return-within-one-year = Come back to Belgium within 1 year
deadline-rule-report-after-return = Go to your municipality after you come back
deadline-rule-long-term-residence-decision = The Immigration Office decides on long-term residence
deadline-rule-missed-interview-justify = Explain why you missed the interview
