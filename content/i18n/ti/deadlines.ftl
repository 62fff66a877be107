# status: machine-drafted
# Deadline explanations, statuses and labels (Passage core, deadlines module).
# Arguments named date, start, end, last, moved, posted, day1..day3,
# notified, opens, closes, event-date, from, until are calendar dates: the
# app formats them for the reader's language. Arguments event, holiday,
# reason and rule are ids of other messages in this file.

## Explanation steps

deadline-step-trigger = መጀመርታ፦ { $event }፣ ብ{ $date }።
deadline-step-registered-letter = እቲ ደብዳቤ ብ{ $posted } ተላኢኹ። ዝተመዝገበ ደብዳቤ ካብ ዝተላእከሉ ኣብ ሳልሳይ መዓልቲ ስራሕ ከም ዝተቐበልኩምዎ ይቑጸር፦ { $day1 }፣ { $day2 }፣ { $day3 }። ስለዚ ካብ { $notified } ንቖጽር። እዚ ካብ ንኣብያተ ፍርዲ ዝተሰርሐ ሕጊ እዩ ዝመጽእ። ኣብዚ ይሰርሕ እንተ ኾይኑ ርግጸኛታት ኣይኮንናን።
deadline-step-rule = ሕጊ፦ { $rule }። ምንጪ፦ { $sources }።
deadline-step-working-days =
    { $days ->
        [one] { $days } መዓልቲ ስራሕ
       *[other] { $days } መዓልታት ስራሕ
    } ኣለኩም። ካብታ ዝቕጽል መዓልቲ፣ { $start }፣ ክንቖጽር ንጅምር።
deadline-step-working-day-definition = ቀዳም፣ ሰንበትን በዓላት ህዝብን መዓልታት ስራሕ ኣይኮኑን። ሕጊ ዑቕባ ብተመሳሳሊ መንገዲ ይቖጽር እንተ ኾይኑ ርግጸኛታት ኣይኮንናን።
deadline-step-holiday-skipped = { $date } በዓል ህዝቢ እዩ ({ $holiday })። ኣይቑጸርን።
deadline-step-calendar-days =
    { $days ->
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልታት
    } ኣለኩም። ቀዳም፣ ሰንበትን በዓላትን’ውን ይቑጸሩ። መዓልቲ 1 እታ ዝቕጽል መዓልቲ እያ፣ { $start }።
deadline-step-months =
    ብኣዋርሕ ዝቑጸር ግዜ ካብ ሓንቲ መዓልቲ ጀሚሩ፣ ክሳብ እታ ቅድሚ ተመሳሳሊ ዕለት ናይ ካልእ ወርሒ ዘላ መዓልቲ ይኸይድ። ብ{ $start } ይጅምር። ድሕሪ { $months ->
        [one] { $months } ወርሒ
       *[other] { $months } ኣዋርሕ
    }፣ ብ{ $end } ይውዳእ።
deadline-step-month-end = እታ ወርሒ መዓልቲ { $day } የብላን። ስለዚ እቲ ግዜ ኣብ መወዳእታ መዓልቲ ናይታ ወርሒ፣ { $end }፣ ይውዳእ።
deadline-step-last-day-moved = { $last } መዓልቲ ስራሕ ኣይኮነን ({ $reason })። እታ ናይ መወዳእታ መዓልቲ ናብታ ዝቕጽል መዓልቲ ስራሕ፣ { $moved }፣ ትሰጋገር።
deadline-step-court-rule-only = እዚ ናይ ምስግጋር ሕጊ ንኣብያተ ፍርዲ እዩ ተሰሪሑ። ንጥንቃቐ፣ ክሳብ { $last } ግበርዎ።
deadline-step-window-before =
    እዚ ቅድሚ { $event-date }፣ ካብ { $opens-days } ክሳብ { $closes-days ->
        [one] { $closes-days } መዓልቲ
       *[other] { $closes-days } መዓልታት
    } ኣቐዲምኩም ግበርዎ፦ ካብ { $opens } ክሳብ { $closes }።
deadline-step-window-closed-day = { $date } መዓልቲ ስራሕ ኣይኮነን ({ $reason })። ቤት ጽሕፈታት ዕጹዋት እዮም። ቅድሚ እታ መዓልቲ ኪዱ።
deadline-step-as-soon-as-possible = ዝተወሰነ ቁጽሪ መዓልታት የለን። ብዝተኻእለ መጠን ቀልጢፍኩም ግበርዎ። ነታ ዝቕጽል መዓልቲ ስራሕ፣ { $date }፣ ንመኽረኩም።
deadline-step-unverified-figure =
    ገለ ምንጭታት { $days ->
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልታት
    } ኣለኩም ይብሉ። እዚ { $date } ምኾነ። ዝኾነ ሰብ እዚ ኣየረጋገጾን።
deadline-step-computed-date = ዝሓሰብናዮ ዕለት፦ { $date }።
deadline-step-right-starts = እዚ ንዓኹም ናይ መወዳእታ ግዜ ኣይኮነን። እቲ መሰል ብ{ $date } ክጅምር ይኽእል።
deadline-step-authority = እዚ ዕለት ንመንግስታዊ ትካል እዩ፣ ንዓኹም ኣይኮነን።
deadline-step-valid-until = ክሳብ { $date } ይሰርሕ።
deadline-step-not-binding = እዚ ዕላማ እዩ፣ ትሪ ናይ መወዳእታ ግዜ ኣይኮነን። ካብዚ ንላዕሊ ግዜ ክወስድ ይኽእል።
deadline-step-unverified = እዚ ሕጊ ኣይተረጋገጸን። ንጠበቓ ወይ ንማሕበራዊ ሰራሕተኛ ሕተቱ።
deadline-step-confidence-high = ምንጭታትና ብዛዕባ እዚ ሕጊ ንጹራት እዮም።
deadline-step-confidence-medium = ምንጭታትና ብዛዕባ እዚ ሕጊ ብመጠኑ ንጹራት እዮም፣ ግን ኣረጋግጽዎ።
deadline-step-confidence-low = ብዛዕባ እዚ ሕጊ ርግጸኛታት ኣይኮንናን። ምስ ጠበቓ ኣረጋግጽዎ።
deadline-step-sources-disagree = ምንጭታትና ብዛዕባ እዚ ግዜ ኣይሰማምዑን። ዝውስን እቲ ኣብ ደብዳቤኹም ዘሎ ዕለት እዩ።
deadline-step-other-reading = ካልእ ሕጊ ክሰርሕ ይኽእል፦ { $rule }። ዝውስን እቲ ኣብ ደብዳቤኹም ዘሎ ዕለት እዩ።
deadline-step-outcome-unknown = ዓይነት ውሳነ ኣየእተኹምን። ነቲ ልሙድ ሕጊ ነርኢ። ደብዳቤኹም ኣረጋግጹ።
deadline-step-only-detained = እዚ ዝሰርሕ ኣብ ዕጹው ማእከል እንተ ሃሊኹም ጥራይ እዩ።
deadline-step-only-not-detained = እዚ ዝሰርሕ ኣብ ዕጹው ማእከል እንተ ዘይሃሊኹም ጥራይ እዩ።
deadline-step-validity-between = እዚ ሕጊ ካብ { $from } ክሳብ { $until } ንዝቐረቡ ሕቶታት ጥራይ እዩ።
deadline-step-validity-from = እዚ ሕጊ ካብ { $from } ጀሚሮም ንዝቐረቡ ሕቶታት ጥራይ እዩ።
deadline-step-validity-until = እዚ ሕጊ ክሳብ { $until } ንዝቐረቡ ሕቶታት ጥራይ እዩ።
deadline-step-validity-always = እዚ ሕጊ ንኹሎም ሕቶታት እዩ።
deadline-step-application-date-unknown = ዕለት ሕቶኹም ኣይንፈልጥን። እዚ ሕጊ ንዓኹም ምዃኑ ኣረጋግጹ።
deadline-step-outside-validity = ሕቶኹም ብ{ $date } እዩ ቐሪቡ። እዚ ሕጊ ንዓኹም ኣይኮነን።
deadline-step-official-later =
    ደብዳቤኹም { $date } ይብል። እዚ ካብ ዕለትና { $days ->
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልታት
    } ደንጉዩ እዩ። ነቲ ኣብ ደብዳቤኹም ዘሎ ዕለት ንጥቀመሉ።
deadline-step-official-earlier =
    ደብዳቤኹም { $date } ይብል። እዚ ካብ ዕለትና { $days ->
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልታት
    } ቀዲሙ እዩ። ነቲ ኣብ ደብዳቤኹም ዘሎ ዕለት ንጥቀመሉ።
deadline-step-official-same = ደብዳቤኹም { $date } ይብል። እዚ ምስ ዕለትና ሓደ እዩ።
deadline-step-letter-prevails = እቲ ኣብ ደብዳቤኹም ዘሎ ዕለት ኩሉ ግዜ ቀዳምነት ኣለዎ። ደብዳቤኹም ዕለት እንተ ሂቡ፣ ንዕኡ ተጠቐሙ።

## Status

deadline-status-upcoming =
    { $days ->
        [one] { $days } መዓልቲ ተሪፋ
       *[other] { $days } መዓልታት ተሪፈን
    }
deadline-status-due-soon =
    ቀሪቡ ኣሎ፦ { $days ->
        [one] { $days } መዓልቲ ተሪፋ
       *[other] { $days } መዓልታት ተሪፈን
    }
deadline-status-due-today = ሎሚ እታ ናይ መወዳእታ መዓልቲ እያ
deadline-status-overdue =
    እቲ ዕለት ቅድሚ { $days ->
        [one] { $days } መዓልቲ
       *[other] { $days } መዓልታት
    } ሓሊፉ
deadline-status-passed = እቲ ዕለት ሓሊፉ
deadline-status-met = ብ{ $date } ተፈጺሙ
deadline-status-met-late = ብ{ $date } ተፈጺሙ፣ ድሕሪ እቲ ዕለት
deadline-status-not-applicable-validity = ንዓኹም ኣይኮነን፦ እዚ ሕጊ ናይ ካልእ እዋን ሕቶታት እዩ
deadline-status-not-applicable-detained = ንዓኹም ኣይኮነን፦ ኣብ ዕጹው ማእከል ንዘለዉ ሰባት ጥራይ
deadline-status-not-applicable-not-detained = ንዓኹም ኣይኮነን፦ ኣብ ዕጹው ማእከል ንዘየለዉ ሰባት ጥራይ
deadline-status-not-applicable-cancelled = ድሕሪ ሕጂ ንዓኹም ኣይኮነን፦ { $event } ብ{ $date }

## Days that are not working days

weekday-saturday = ቀዳም
weekday-sunday = ሰንበት

## Public holidays
holiday-new-years-day = ሓድሽ ዓመት
holiday-easter-monday = ሰኑይ ፋሲካ
holiday-labour-day = መዓልቲ ሰራሕተኛታት
holiday-ascension-day = ዕርገት
holiday-whit-monday = ሰኑይ ጰንጠቆስጤ
holiday-national-day = ሃገራዊ በዓል ቤልጁም
holiday-assumption-day = ፍልሰታ
holiday-all-saints-day = በዓል ኩሎም ቅዱሳን
holiday-armistice-day = መዓልቲ ምቁራጽ ተኹሲ
holiday-christmas-day = ልደት

## Event kinds

event-kind-arrival = ምብጻሕ ቤልጁም
event-kind-application-made = ሕቶ ቐሪቡ
event-kind-application-lodged = ሕቶ ተመዝጊቡ (Annex 26)
event-kind-orange-card = ብርቱኳናዊ ካርድ ተረኺቡ
event-kind-dublin-decision = ውሳነ ደብሊን (Annex 26quater)
event-kind-cgrs-invitation = ዕድመ ካብ CGRS
event-kind-personal-interview = ውልቃዊ ቃለ-መሕትት ኣብ CGRS
event-kind-notes-copy-requested = ቅዳሕ መዘኻኸሪ ጽሑፍ ቃለ-መሕትት ተሓቲቱ
event-kind-notes-copy-received = ቅዳሕ መዘኻኸሪ ጽሑፍ ቃለ-መሕትት ተረኺቡ
event-kind-comments-sent = ርእይቶታት ብዛዕባ መዘኻኸሪ ጽሑፍ ተላኢኹ
event-kind-cgrs-decision = ውሳነ CGRS
event-kind-registered-letter-received = ዝተመዝገበ ደብዳቤ ተረኺቡ
event-kind-call-appeal-lodged = ናብ CALL ይግባይ ቀሪቡ
event-kind-call-hearing = ናይ ምስማዕ ኣኼባ ኣብ CALL
event-kind-call-judgment = ፍርዲ CALL
event-kind-council-of-state-appeal = ይግባይ ናብ ባይቶ መንግስቲ
event-kind-subsequent-application = ተኸታታሊ ሕቶ
event-kind-recognition = ሓለዋ ተዋሂቡ
event-kind-a-card = ካርድ A ተረኺቡ
event-kind-b-card = ካርድ B ተረኺቡ
event-kind-travel-document = ሰነድ ጉዕዞ ተረኺቡ
event-kind-family-reunification-request = ሕቶ ምጥርናፍ ስድራቤት
event-kind-residence-card-expiry = ምውዳእ ግዜ ካርድ መንበሪ
event-kind-appointment = ቆጸራ
event-kind-cessation-withdrawal = ምውዳእ ደረጃ (ምቁራጽ ወይ ምስሓብ)
event-kind-departure-abroad = ልዕሊ 3 ኣዋርሕ ናብ ወጻኢ ምኻድ
event-kind-return-to-belgium = ናብ ቤልጁም ምምላስ
event-kind-long-term-residence-request = ሕቶ ነዊሕ እዋን መንበሪ
event-kind-family-reunification-file-complete = ፋይል ምጥርናፍ ስድራቤት ተማሊኡ
event-kind-blue-passport-issued = ሰማያዊ ፓስፖርት ተዋሂቡ
event-kind-missed-interview = ናብ ቃለ-መሕትት ዘይምኻድ
event-kind-cgrs-file-received = CGRS ፋይልኩም ተቐቢሉ
event-kind-other = ካልእ ፍጻመ

## Decision outcomes

decision-outcome-refugee-status = ደረጃ ስደተኛ
decision-outcome-subsidiary-protection = ተወሳኺ ሓለዋ
decision-outcome-refusal = ምንጻግ
decision-outcome-inadmissible = ተቐባልነት ዘይብሉ
decision-outcome-manifestly-unfounded = ብግልጺ መሰረት ዘይብሉ

## Rule titles (keep equal to `title:` in content/rules/deadlines.txt)

deadline-rule-make-application = ሕቶ ሓለዋኹም ኣቕርቡ
deadline-rule-lodge-application = ሕቶኹም ኣመዝግቡ (Annex 26)
deadline-rule-orange-card = ብርቱኳናዊ ካርድኩም ካብ ምምሕዳር ከተማ ውሰዱ
deadline-rule-work-permission = ክትሰርሑ ትኽእሉ ኢኹም
deadline-rule-cgrs-interview-aim = CGRS ቃለ-መሕትትኩም ይውጥን (ዕላማ)
deadline-rule-notes-copy-request = ቅዳሕ መዘኻኸሪ ጽሑፍ ቃለ-መሕትት ሕተቱ
deadline-rule-notes-comments = ብዛዕባ መዘኻኸሪ ጽሑፍ ቃለ-መሕትት ርእይቶኹም ስደዱ
deadline-rule-cgrs-decision-aim = CGRS ድሕሪ ቃለ-መሕትት ይውስን (ዕላማ)
deadline-rule-cgrs-decision-target = ሕጋዊ ዕላማ ንውሳነ CGRS
deadline-rule-call-appeal = ይግባይ ናብ ባይቶ ክርክራት ሕጊ ወጻእተኛታት (CALL)
deadline-rule-call-appeal-10 = ኣብ ውሽጢ 10 መዓልታት ይግባይ ናብ CALL
deadline-rule-call-appeal-5 = ኣብ ውሽጢ 5 መዓልታት ይግባይ ናብ CALL
deadline-rule-audio-recording-listening = ቅዳሕ ድምጺ ቃለ-መሕትትኩም ንምስማዕ ቆጸራ ሓዙ
deadline-rule-council-of-state-appeal = ይግባይ ናብ ባይቶ መንግስቲ
deadline-rule-cessation-appeal = ኣንጻር ምውዳእ ደረጃኹም ይግባይ
deadline-rule-family-reunification-favourable = ብቐሊል ቅድመ-ኩነታት ምጥርናፍ ስድራቤት ሕተቱ
deadline-rule-family-reunification-subsidiary-wait = ድሕሪ 2 ዓመት ምጽባይ ምጥርናፍ ስድራቤት
deadline-rule-family-reunification-decision = ቤት ጽሕፈት ኢሚግሬሽን ብዛዕባ ምጥርናፍ ስድራቤት ይውስን
deadline-rule-reception-stay-after-recognition = ኣብ ማእከል ምቕባል ክትጸንሑ ትኽእሉ ኢኹም
deadline-rule-residence-card-renewal = ምሕዳስ ካርድ መንበሪኹም ሕተቱ
deadline-rule-b-card = ካርድ B ክትሓቱ ትኽእሉ ኢኹም
deadline-rule-blue-passport-validity = ግዜ ሰማያዊ ፓስፖርትኩም ይውዳእ
deadline-rule-return-within-one-year = ኣብ ውሽጢ 1 ዓመት ናብ ቤልጁም ተመለሱ
deadline-rule-report-after-return = ምስ ተመለስኩም ናብ ምምሕዳር ከተማኹም ኪዱ
deadline-rule-long-term-residence-decision = ቤት ጽሕፈት ኢሚግሬሽን ብዛዕባ ነዊሕ እዋን መንበሪ ይውስን
deadline-rule-missed-interview-justify = ስለምንታይ ናብ ቃለ-መሕትት ከም ዘይከድኩም ግለጹ
