# status: machine-drafted
# ንሕትመት ዝኸውን ጽማቕ ፋይል (Passage core፡ ክፍሊ summary)።

summary-title = ጽማቕ ፋይል
summary-made-on = ብ { $date } ብ Passage ተሰሪሑ።
summary-second-part = ኣብ ታሕቲ፡ እዚ ጽማቕ ብ { $language }።
summary-part-intro = እዚ ሓደ ዓይነት ጽማቕ እዩ። ቀወምቲ ጽሑፋት ብዚ ቋንቋ እዮም። እቲ ሰብ ዝጸሓፎ ከምቲ ዝጸሓፎ ይርአ።
summary-machine-drafted = ማሽን ነቶም ቀወምቲ ጽሑፋት ናይዚ ክፍሊ ተርጒሙዎም። ገና ሰብ ኣይረኣዮምን። ቃላት ናይቲ ሰብ ከምቲ ዝጸሓፎም ይርኣዩ።
summary-user-text-note = ኣብ ሳጹናት ዘለዉ ቃላት ናይቲ ሰብ ቃላት እዮም፡ ከምቲ ዝጸሓፎም።

summary-timeline-heading = ናይ መስርሕ ግዜ ሰሌዳ
summary-col-date = ዕለት
summary-col-event = እንታይ ኮነ
summary-col-details = ዝርዝር
summary-timeline-empty = ፍጻመ የለን።
summary-official-deadline = ኣብ ደብዳበ ዘሎ ዕለት፡ { $date }
summary-registered-letter = ብዝተመዝገበ ደብዳበ መጺኡ።
summary-recorded-yes = እቲ ቃለ መሕተት ተቐዲሑ።
summary-recorded-no = እቲ ቃለ መሕተት ኣይተቐድሐን።
summary-present = ዝነበሩ፡
summary-present-interpreter = ተርጓሚ
summary-present-lawyer = ጠበቓ
summary-present-trusted-person = እሙን ሰብ
summary-present-social-worker = ማሕበራዊ ሰራሕተኛ
summary-present-other = ካልእ ሰብ

summary-deadlines-heading = ዝመጽኡ ናይ መወዳእታ ዕለታት
summary-deadlines-intro = Passage ነዞም ዕለታት ካብቶም ኣብ ላዕሊ ዘለዉ ፍጻመታት ቆጺሩዎም። ሓሳባት እዮም። ኣብ ወግዓዊ ደብዳበ ዘሎ ዕለት ኩሉ ግዜ ይቕድም።
summary-deadlines-empty = ክፉት ናይ መወዳእታ ዕለት የለን።
summary-deadline-date = ናይ መወዳእታ መዓልቲ፡ { $date }
summary-deadline-not-binding = እዚ ዕላማ እዩ፡ ጽኑዕ ናይ መወዳእታ ዕለት ኣይኮነን።

summary-documents-heading = ሰነዳትን ኣበይ ከም ዘሎ ነፍሲ ወከፍ መበቆላዊ ሰነድን
summary-col-document = ሰነድ
summary-col-status = ኩነታት
summary-col-original = መበቆላዊ ሰነድ ኣበይ ኣሎ
summary-documents-empty = ሰነድ የለን።
summary-since = ካብ { $date } ጀሚሩ
summary-why-not-available = ስለምንታይ ዘይርከብ፡
summary-files = ፋይላት፡
summary-status-needed = ገና የድሊ
summary-status-have-original = መበቆላዊ ሰነድ ኣለዎ
summary-status-have-copy = ቅዳሕ ጥራይ ኣለዎ
summary-status-handed-in = ንመንግስታዊ ትካል ተዋሂቡ
summary-status-returned = እቲ ትካል መሊሱዎ
summary-status-not-available = ክርከብ ኣይክእልን
summary-location-with-me = ምስቲ ሰብ
summary-location-with-my-lawyer = ምስ ጠበቓ
summary-location-with-cgrs = ኣብ CGRS
summary-location-with-immigration-office = ኣብ ቤት ጽሕፈት ስደተኛታት
summary-location-lost = ጠፊኡ
summary-location-other = ካልእ ቦታ
summary-location-unknown = ኣይተጻሕፈን

summary-chronology-heading = ፍጻመታት ህይወት (ብግዜ ስርዓት)
summary-col-place = ቦታ
summary-col-people = ሰባት
summary-col-what-happened = እንታይ ኮነ
summary-chronology-empty = ፍጻመ ህይወት የለን።
summary-date-about = ኣስታት
summary-date-unknown = ዕለት ኣይፍለጥን
summary-age = ዕድመ፡ { $age }

summary-questions-heading = ንጠበቓ ዝቐርቡ ሕቶታት
summary-questions-empty = ሕቶ የለን።
summary-question-answered = ተመሊሱ
summary-question-open = ገና ኣይተመለሰን
summary-answer = መልሲ፡

summary-footer = Passage ዝቖጸሮም ዕለታት ሓሳባት እዮም፡ ሕጋዊ ምኽሪ ኣይኮኑን። ኣብ ወግዓዊ ደብዳበ ዘሎ ዕለት ኩሉ ግዜ ይቕድም።
