# status: machine-drafted
# ቃላት ናይ መርኣያታት እቲ ኣፕ (Android ከምኡ'ውን iOS)። ካብ i18n/en/screens.ftl
# ዝተተርጎመ፤ ገና ሰብ ኣይረኣዮን።
# The brand name stays in Latin letters: it is a term, so that the
# Ge'ez-script check of the build applies to the translated words only.

-brand = Passage

## App name, neutral (the launcher may show it to anyone).

app-name = { -brand }
app-name-neutral = መዘኻኸሪታት

## Shared words

common-continue = ቀጽሉ
common-back = ንድሕሪት
common-done = ተወዲኡ
common-edit = ኣመሓይሹ
common-add = ወስኹ
common-close = ዕጸዉ
common-yes = እወ
common-no = ኣይፋል
common-loading = በጃኹም ተጸበዩ…
common-optional = (ባዶ ክትገድፍዎ ትኽእሉ ኢኹም)
common-needs-review = እዚ ጽሑፍ ብማሽን እዩ ተተርጒሙ። ገና ሰብ ኣይረኣዮን።
common-read-aloud = ብዓውታ ኣንብቡ
common-stop-reading = ምንባብ ኣቋርጹ

## First start: choose the language

language-title = ቋንቋኹም ምረጹ
language-hint = ድሒርኩም ኣብ ቅጥዕታት ክትቕይርዎ ትኽእሉ ኢኹም።

## First start: set up the lock

setup-title = መዘኻኸሪታትኩም ሓልዉ
setup-intro = ኣብ Passage ዝጽሕፍዎ ኩሉ ኣብዚ ተሌፎን ተዓጽዩ ይጸንሕ። ንስኹም ጥራይ እትፈልጥዎ ምስጢራዊ ሓረግ ምረጹ።
setup-passphrase = ምስጢራዊ ሓረግ
setup-passphrase-repeat = ምስጢራዊ ሓረግ እንደገና ጽሓፉ
setup-passphrase-too-short = ምስጢራዊ ሓረግ ኣዝዩ ሓጺር እዩ። እንተወሓደ { $min } ፊደላት ተጠቐሙ።
setup-passphrase-mismatch = እቶም ክልተ ምስጢራዊ ሓረጋት ሓደ ኣይኮኑን።
setup-pin = ፒን ኮድ ንመዓልታዊ ኣጠቓቕማ (ካብ 4 ክሳብ 12 ቁጽሪ)
setup-pin-hint = ብፒን ኮድ ነቲ ኣፕ ቀልጢፍኩም ትኸፍትዎ። ፒን ኮድ እንተረሲዕኩም፣ ምስጢራዊ ሓረግ ገና ይሰርሕ እዩ።
setup-pin-invalid = ፒን ኮድ ካብ 4 ክሳብ 12 ቁጽሪ ክህልዎ ኣለዎ።
setup-recovery-title = ቃላት ምምላስኩም
setup-recovery-intro = እዞም 12 ቃላት ኣብ ወረቐት ጽሓፍዎም፣ ነቲ ወረቐት ድማ ኣብ ውሑስ ቦታ ዓቅብዎ። ምስጢራዊ ሓረግ እንተረሲዕኩም፣ ብእዞም ቃላት መዘኻኸሪታትኩም ክትከፍቱ ትኽእሉ ኢኹም። ሓንቲ ግዜ ጥራይ ኢና ነርእዮም።
setup-recovery-confirm = ነቶም ቃላት ጽሒፈዮም ኣለኹ
setup-creating = ውሑስ ቦታኹም ይፍጠር ኣሎ…

## Unlock

unlock-title = Passage ክፈቱ
unlock-pin = ፒን ኮድ
unlock-passphrase = ምስጢራዊ ሓረግ ወይ ቃላት ምምላስ
unlock-use-passphrase = ምስጢራዊ ሓረግ ተጠቐሙ
unlock-use-pin = ፒን ኮድ ተጠቐሙ
unlock-wrong = እዚ ቅኑዕ ኣይኮነን። እንደገና ፈትኑ።
unlock-wait =
    { $seconds ->
        [one] ብዙሕ ፈተነታት። { $seconds } ካልኢት ተጸበዩ።
       *[other] ብዙሕ ፈተነታት። { $seconds } ካልኢት ተጸበዩ።
    }
unlock-failures =
    { $count ->
        [one] { $count } ጌጋ ፈተነ።
       *[other] { $count } ጌጋ ፈተነታት።
    }
unlock-damaged = Passage ነዚ ሓበሬታ ክኸፍቶ ኣይክእልን። ዋላ ሓንቲ ኣይተደምሰሰን። ሓገዝ ሕተቱ።

## Home

home-title = መበገሲ
home-where-am-i = ሕጂ ኣበይ ኣለኹም
home-next-steps = ቀጺሉ እንታይ ትገብሩ
home-deadlines = ዝመጽእ ዕለታት
home-no-deadlines = ዝመጽእ ዕለት የለን።
home-read-now = ሕጂ ኣንብቡ
home-prepare-interview = ንቃለ-መሕትትኩም ተዳለዉ
home-documents-to-gather = ክትእክብዎም ዘለኩም ሰነዳት

## Stages of the procedure (from the core's stage id)

stage-not-started = ገና ዝኾነ ነገር ኣይጸሓፍኩምን።
stage-arrived = ኣብ ቤልጅየም ኣለኹም። ገና ሓለዋ ኣይሓተትኩምን።
stage-application = ሓለዋ ሓቲትኩም ኣለኹም።
stage-dublin = ንሕቶኹም ካልእ ኤውሮጳዊት ሃገር ሓላፍነት ክህልዋ ይኽእል እዩ።
stage-waiting-for-interview = ንቃለ-መሕትትኩም ትጽበዩ ኣለኹም።
stage-interview-planned = ቃለ-መሕትትኩም ዕለት ኣለዎ።
stage-waiting-for-decision = ንውሳነ ትጽበዩ ኣለኹም።
stage-negative-decision = ኣሉታዊ ውሳነ ተቐቢልኩም። ይግባይ ክትብሉ ትኽእሉ ኢኹም።
stage-appeal = ይግባይ ኢልኩም ኣለኹም።
stage-protected = ሓለዋ ረኺብኩም ኣለኹም።
stage-subsequent-application = ሓድሽ ሕቶ ኣቕሪብኩም ኣለኹም።

## Journal

journal-title = መዝገበይ
journal-empty = ገና ኣብዚ ዝኾነ የለን። ዝተፈጸመ ምስ ዕለቱ ወስኹ።
journal-add = ዝተፈጸመ ወስኹ
journal-edit-title = ዝተፈጸመ
journal-kind = እንታይ
journal-date = ዕለት (መዓልቲ፣ ወርሒ፣ ዓመት)
journal-official-deadline = ኣብቲ ደብዳቤ ዝተጻሕፈ ዕለት (እንተሎ)
journal-note = መዘኻኸሪ
journal-outcome = ዓይነት ውሳነ
journal-date-invalid = እዚ ዕለት ቅኑዕ ኣይኮነን፦ { $reason }
journal-deleted = ናብ መጓሓፊ ተሰጋጊሩ። ክትመልስዎ ትኽእሉ ኢኹም።
journal-trash = መጓሓፊ

## Deadline detail

deadline-title = ክዝከር ዘለዎ ዕለት
deadline-computed = ንሕና ዝሓሰብናዮ ዕለት
deadline-official = ኣብ ደብዳቤኹም ዘሎ ዕለት
deadline-letter-prevails = ኣብ ደብዳቤኹም ዘሎ ዕለት ኩሉ ግዜ ቀዳማይ እዩ።
deadline-explanation = ብኸመይ ከም ዝቖጸርና
deadline-sources = ምንጭታት
deadline-last-verified = ናይ መወዳእታ ምርግጋጽ፦ { $date }።
deadline-days-left =
    { $days ->
        [one] { $days } መዓልቲ ተሪፉ
       *[other] { $days } መዓልታት ተሪፉ
    }

## Documents

documents-title = ሰነዳተይ
documents-progress = ካብ { $total } { $done } ድሉዋት
documents-add = ሰነድ ወስኹ
documents-add-photo = ስእሊ ኣልዕሉ
documents-add-file = ፋይል ምረጹ
documents-status = ኩነታት
documents-where = እቲ መበቆላዊ ኣበይ ኣሎ?
documents-since = ካብ
documents-why-not = ስለምንታይ ክትረኽብዎ ዘይትኽእሉ
documents-attachments = ስእልታትን ስካናትን
documents-import-failed = እቲ ፋይል ክውሰኽ ኣይከኣለን፦ { $reason }
document-status-needed = ገና ክድለ ዘለዎ
document-status-have-original = መበቆላዊ ኣለኒ
document-status-have-copy = ቅዳሕ ኣለኒ
document-status-handed-in = ንቤት ጽሕፈት ተዋሂቡ
document-status-returned = ተመሊሱለይ
document-status-not-available = ክረኽቦ ኣይክእልን
document-place-with-me = ምሳይ
document-place-with-my-lawyer = ምስ ጠበቓይ
document-place-with-cgrs = ኣብ CGRS
document-place-with-immigration-office = ኣብ ቤት ጽሕፈት ኢሚግሬሽን
document-place-lost = ጠፊኡ
document-place-other = ካልእ ቦታ

## Interview preparation

interview-title = ቃለ-መሕትተይ
interview-topics = ኣርእስታት
interview-chronology = ዛንታይ ብዕለታት
interview-questions = ሕቶታት ንጠበቓይ
interview-check = ዕለታተይ ኣረጋግጹ
interview-check-ok = ዝረጋገጽ ነገር ኣይረኸብናን።
interview-check-found =
    { $count ->
        [one] { $count } ዝረጋገጽ ነገር
       *[other] { $count } ዝረጋገጹ ነገራት
    }
interview-notes-review = ድሕሪ ቃለ-መሕትት፦ እቲ መዘኻኸሪ ጽሑፍ
interview-add-note = መዘኻኸሪ ወስኹ
interview-add-event = ዕለት ወስኹ
interview-add-question = ሕቶ ወስኹ
interview-answered = ተመሊሱ
interview-topic-who-you-are = መን ምዃንኩም
interview-topic-where-you-come-from = ካበይ ከም ዝመጻእኩም
interview-topic-life-there = ኣብ ሃገርኩም ዝነበረ ህይወትኩም
interview-topic-journey = ናብ ቤልጅየም ብኸመይ ከም ዝመጻእኩም
interview-topic-documents = ሰነዳትኩም
interview-topic-why-you-left = ስለምንታይ ሃገርኩም ከም ዝገደፍኩም
interview-topic-why-you-cannot-return = ስለምንታይ ክትምለሱ ከም ዘይትኽእሉ

## Guide and contacts

guide-title = መምርሒ
guide-search-in = ብ{ $language } ድለዩ
contacts-title = ርክባት
contacts-call = ደውሉ
contacts-open-map = ኣብ ካርታ ኣርእዩ

## Settings

settings-title = ቅጥዕታት
settings-language = ቋንቋ
settings-lock-timeout = ድሕሪ እዚ ግዜ ይዕጾ
settings-lock-never = ፈጺሙ
settings-lock-minutes =
    { $minutes ->
        [one] { $minutes } ደቒቕ
       *[other] { $minutes } ደቓይቕ
    }
settings-lock-seconds = { $seconds } ካልኢት
settings-change-pin = ፒን ኮድ ቀይሩ
settings-duress-pin = ናይ ህጹጽ ፒን ኮድ
settings-duress-explain = ሓደ ሰብ ነቲ ኣፕ ክትከፍትዎ እንተገደደኩም፣ ነዚ ፒን ኮድ ጽሓፉ። ኣብ ክንዲ መዘኻኸሪታትኩም ባዶ ቦታ ይኸፍት።
settings-duress-destroy = እዚ ፒን ኮድ ምስ ዝጥቀሙሉ ናይ ሓቂ መዘኻኸሪታተይ እውን ይደምሰሱ
settings-wipe-after = ድሕሪ ብዙሕ ጌጋ ፒን ኮድ ኩሉ ይደምሰስ
settings-backup = ተጠባባቒ ቅዳሕ ዓቅቡ
settings-backup-explain = ተጠባባቒ ቅዳሕ ሓደ ዝተዓጽወ ፋይል እዩ። ኣብ USB ወይ SD ካርድ ዓቅብዎ። ንምኽፋቱ ምስጢራዊ ሓረግ የድልየኩም።
settings-backup-done = ተጠባባቒ ቅዳሕ ተዓቂቡ።
settings-restore = ተጠባባቒ ቅዳሕ መልሱ
settings-share = ምስ ጠበቓይ ኣካፍል
settings-share-explain = እንታይ ከም እተካፍሉ ምረጹ። እቲ መፍትሕ ወይ ናይ ሓደ ግዜ ምስጢራዊ ሓረግ ዘለዎ ሰብ ጥራይ እዩ ነቲ ፋይል ክኸፍቶ ዝኽእል።
settings-summary = ዝሕተም ጽማቕ
settings-neutral-icon = ልሙድ ስምን ምልክትን ንኣፕ
settings-panic-wipe = ሕጂ ኩሉ ደምስስ
settings-panic-wipe-warning = እዚ ኣብዚ ተሌፎን ዘለዉ ኩሎም መዘኻኸሪታትኩም፣ ሰነዳትኩምን ስእልታትኩምን ይድምስስ። ዋላ ሓደ ሰብ ክመልሶም ኣይክእልን። ተጠባባቒ ቅዳሕ ጥራይ ይኽእል።
settings-panic-wipe-confirm = እወ፣ ኩሉ ደምስስ

## Lock and privacy

lock-locked = Passage ተዓጽዩ ኣሎ።
privacy-cover = { -brand }

## Errors (from the core's error kind; never with the user's words)

error-wrong-passphrase = እዚ ቅኑዕ ኣይኮነን። እንደገና ፈትኑ።
error-locked = Passage ተዓጽዩ ኣሎ። እንደገና ክፈትዎ።
error-corrupt = ገለ ሓበሬታ ተበላሽዩ። ዋላ ሓንቲ ኣይተደምሰሰን። ሓገዝ ሕተቱ።
error-not-found = እዚ ኣይተረኽበን። ምናልባት ተደምሲሱ ይኸውን።
error-invalid-input = በጃኹም ነዚ ኣረጋግጹ፦ { $field }።
error-already-exists = እዚ ድሮ ኣሎ።
error-unsupported-version = እዚ ፋይል ካብ ሓድሽ ስሪት Passage እዩ። ነቲ ኣፕ ኣሐድሱ።
error-retry-later = { $seconds } ካልኢት ተጸበዩ እሞ እንደገና ፈትኑ።
error-io = እቲ ተሌፎን ነቲ ሓበሬታ ከንብቦ ወይ ክዕቅቦ ኣይከኣለን። ባዶ ቦታ ኣረጋግጹ።
error-cancelled = ደው ኢሉ።

## Texts the operating system asks for

permission-camera = Passage ካሜራ ዝጥቀም ስእሊ ሰነድ ክተልዕሉ ከለኹም ጥራይ እዩ። እቲ ስእሊ ኣብቲ ኣፕ ተዓጽዩ ይጸንሕ።
permission-notifications = Passage ዕለታት ከዘኻኽረኩም ይኽእል። እቲ መዘኻኸሪ እቲ ዕለት ንምንታይ ምዃኑ ኣይገልጽን።

## Values from the core, in the reader's language
common-date = { $date }

documents-section-identity = መን ምዃንኩም
documents-section-origin-route = ካበይ ከም ዝመጻእኩምን ጉዕዞኹምን
documents-section-reasons = ስለምንታይ ከም ዝሃደምኩም
documents-section-procedure = ደብዳቤታት ናይቲ መስርሕ
documents-section-after-recognition = ድሕሪ ሓለዋ ምርካብኩም

chronology-kind-event = ዝተፈጸመ ነገር
chronology-kind-left-country = ሃገረይ ገዲፈ
chronology-kind-arrived-belgium = ቤልጅዩም በጺሐ
chronology-kind-travel = ሓደ ደረጃ ናይ ጉዕዞይ

interview-finding-in-the-future = እዚ ዕለት ድሕሪ ሎሚ እዩ።
interview-finding-before-birth = እዚ ዕለት ቅድሚ ዕለት ልደትኩም እዩ።
interview-finding-age-does-not-fit = ኣብዚ ዝተጻሕፈ ዕድመ ምስ ዕለት ልደትኩምን ዕለት እዚ መስመርን ኣይሰማማዕን።
interview-finding-out-of-order = እዚ መስመር ድሕሪቲ ካልእ ተፈጺሙ፣ ግን ዕለቱ ይቕድም።
interview-finding-departure-after-arrival = ሃገርኩም ዝገደፍኩምሉ ዕለት ድሕሪ ቤልጅዩም ዝበጻሕኩምሉ ዕለት እዩ።
interview-finding-two-places-at-once = እዞም ክልተ መስመራት ኣብ ሓደ መዓልትታት ክኾኑ ይኽእሉ፣ ግን ዝተፈላለዩ ቦታታት ይጠቕሱ።
interview-finding-same-event-different-dates = እዞም ክልተ መስመራት ሓደ ፍጻመ ይመስሉ፣ ግን ዕለታቶም ይፈላለ።

settings-wipe-after-warning = ጌጋ ፒን ኮድ { $count } ግዜ ብተኸታታሊ እንተተጻሒፉ፣ ኣብዚ ኣፕ ዘሎ ኩሉ ንሓዋሩ ይድምሰስ፥ ነፍሲ ወከፍ መዘኻኸሪ፣ ዕለት፣ ሰነድን ስእልን። ዋላ ሓደ ሰብ ክመልሶ ኣይክእልን፣ ብምስጢራዊ ሓረግኩም ወይ ብቃላት ምምላስኩም እውን ኣይከኣልን። ተሌፎንኩም ዝወስድ ሰብ፣ ወይ ብእኡ ዝጻወት ቆልዓ፣ እዚ ከምጽእ ይኽእል። ኩሉ ምጥፋእ ካብቲ ሰብ ዘንብቦ ንዓኹም ዝሓይሽ እንተኾይኑ ጥራይ ኣብርሁዎ።
