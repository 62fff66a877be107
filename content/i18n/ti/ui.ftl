# status: machine-drafted

language-nl = ሆላንድኛ
language-fr = ፈረንሳይኛ
language-en = እንግሊዝኛ
language-es = ስጳኛ
language-ar = ዓረብኛ
language-fa = ፋርስኛ
language-ps = ፓሽቶ
language-so = ሶማልኛ
language-ti = ትግርኛ

direction = ltr

guide-heading = መምርሒ
glossary-heading = መዝገበ ቃላት
contacts-heading = ርክባት

guide-fallback-notice = እዚ ገጽ ገና ብ{ $language } የለን። ብ{ $shown } ኢኹም ተንብብዎ ዘለኹም።
guide-machine-drafted-notice = እዚ ገጽ ብማሽን እዩ ተተርጒሙ፣ ገና ሰብ ኣይረኣዮን። ዘይንጹር ነገር እንተሎ ንጠበቓኹም ወይ ንማሕበራዊ ሰራሕተኛኹም ሕተቱ።
guide-last-verified = ናይ መወዳእታ ምርግጋጽ፦ { $date }
guide-sources = ምንጭታት
guide-related = ከምኡ'ውን ኣንብቡ
guide-topic-procedure = መስርሕ
guide-topic-interview = ቃለ መሕትት
guide-topic-documents = ሰነዳት
guide-topic-legal-aid = ሕጋዊ ሓገዝ
guide-topic-protection = ሓለዋ
guide-topic-after-recognition = ድሕሪ ኣፍልጦ
guide-topic-special-situations = ፍሉይ ኩነታት
guide-topic-help = ሓገዝ ኣበይ ክትረኽቡ

search-placeholder = ኣብ መምርሒ ድለዩ
search-button = ድለ
search-no-results = ውጽኢት የለን። ካልእ ቃል ፈትኑ።
search-result-count =
    { $count ->
        [one] 1 ውጽኢት
       *[other] { $count } ውጽኢታት
    }

contact-address = ኣድራሻ
contact-phone = ተሌፎን
contact-hours = ሰዓታት ስራሕ
contact-website = መርበብ ሓበሬታ

button-save = ዓቅብ
button-cancel = ሰርዝ
button-delete = ደምስስ
button-restore = መልስ
button-lock = ዕጸው
button-unlock = ክፈት
