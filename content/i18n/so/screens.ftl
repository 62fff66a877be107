# status: machine-drafted
# Erayada shaashadaha app-ka (Android iyo iOS). Laga turjumay
# i18n/en/screens.ftl; qof weli ma hubin.

## App name, neutral (the launcher may show it to anyone).

app-name = Passage
app-name-neutral = Qoraallo

## Shared words

common-continue = Sii wad
common-back = Dib u noqo
common-done = Dhammaad
common-edit = Wax ka beddel
common-add = Ku dar
common-close = Xir
common-yes = Haa
common-no = Maya
common-loading = Fadlan sug…
common-optional = (waad iska dhaafi kartaa)
common-needs-review = Mashiin ayaa turjumay qoraalkan. Qof weli ma hubin.
common-read-aloud = Kor u akhri
common-stop-reading = Jooji akhriska

## First start: choose the language

language-title = Dooro luqaddaada
language-hint = Mar dambe waad ku beddeli kartaa Dejinta.

## First start: set up the lock

setup-title = Ilaali qoraalladaada
setup-intro = Wax kasta oo aad ku qorto Passage waxay ku jiraan taleefankan, iyagoo quful ku jira. Dooro weedh sir ah oo adiga kaliya aad taqaan.
setup-passphrase = Weedha sirta ah
setup-passphrase-repeat = Mar kale qor weedha sirta ah
setup-passphrase-too-short = Weedha sirta ah aad bay u gaaban tahay. Isticmaal ugu yaraan { $min } xaraf.
setup-passphrase-mismatch = Labada weedhood ee sirta ah isku mid maaha.
setup-pin = Lambarka PIN ee maalin kasta (4 ilaa 12 lambar)
setup-pin-hint = PIN-ka waxaad ku furtaa app-ka si degdeg ah. Haddii aad PIN-ka illowdo, weedha sirta ah weli way shaqaynaysaa.
setup-pin-invalid = PIN-ku waa inuu lahaadaa 4 ilaa 12 lambar.
setup-recovery-title = Erayadaada soo celinta
setup-recovery-intro = Ku qor 12-kan eray warqad, warqadda meel ammaan ah ku hay. Iyaga ayaad ku furi kartaa qoraalladaada haddii aad illowdo weedha sirta ah. Waxaan ku tusaynaa hal mar oo keliya.
setup-recovery-confirm = Waan qoray erayada
setup-creating = Meeshaada ammaanka ah ayaa la samaynayaa…

## Unlock

unlock-title = Fur Passage
unlock-pin = Lambarka PIN
unlock-passphrase = Weedha sirta ah ama erayada soo celinta
unlock-use-passphrase = Isticmaal weedha sirta ah
unlock-use-pin = Isticmaal PIN-ka
unlock-wrong = Tani sax maaha. Mar kale isku day.
unlock-wait =
    { $seconds ->
        [one] Isku day aad u badan. Sug 1 ilbiriqsi.
       *[other] Isku day aad u badan. Sug { $seconds } ilbiriqsi.
    }
unlock-failures =
    { $count ->
        [one] 1 isku day oo khaldan.
       *[other] { $count } isku day oo khaldan.
    }
unlock-damaged = Passage ma furi karo xogtan. Waxba lama tirtirin. Caawimaad weydii.

## Home

home-title = Bogga hore
home-where-am-i = Halka aad hadda joogto
home-next-steps = Waxa xiga ee aad samaynayso
home-deadlines = Taariikhaha soo socda
home-no-deadlines = Taariikh soo socota ma jirto.
home-read-now = Hadda akhri
home-prepare-interview = U diyaar garow waraysigaaga
home-documents-to-gather = Dukumentiyada aad ururinayso

## Stages of the procedure (from the core's stage id)

stage-not-started = Weli waxba ma aadan qorin.
stage-arrived = Waxaad joogtaa Beljiyam. Weli ma aadan codsan ilaalin.
stage-application = Waxaad codsatay ilaalin.
stage-dublin = Waxaa laga yaabaa in waddan kale oo Yurub ah uu mas'uul ka yahay codsigaaga.
stage-waiting-for-interview = Waxaad sugaysaa waraysigaaga.
stage-interview-planned = Waraysigaagu wuxuu leeyahay taariikh.
stage-waiting-for-decision = Waxaad sugaysaa go'aanka.
stage-negative-decision = Waxaad heshay go'aan diidmo ah. Waad racfaan qaadan kartaa.
stage-appeal = Waad racfaan qaadatay.
stage-protected = Waxaad haysataa ilaalin.
stage-subsequent-application = Waxaad samaysay codsi cusub.

## Journal

journal-title = Xusuus-qorkayga
journal-empty = Halkan weli waxba ma jiraan. Ku dar waxa dhacay iyo taariikhda.
journal-add = Ku dar waxa dhacay
journal-edit-title = Waxa dhacay
journal-kind = Maxay
journal-date = Taariikhda (maalin, bil, sano)
journal-official-deadline = Taariikhda ku qoran warqadda (haddii ay jirto)
journal-note = Qoraal
journal-outcome = Nooca go'aanka
journal-date-invalid = Taariikhdan sax maaha: { $reason }
journal-deleted = Waxaa loo wareejiyay qashinka. Waad soo celin kartaa.
journal-trash = Qashinka

## Deadline detail

deadline-title = Taariikh la xasuusto
deadline-computed = Taariikhda aan xisaabinay
deadline-official = Taariikhda warqaddaada
deadline-letter-prevails = Taariikhda warqaddaada ayaa had iyo jeer ka horreysa.
deadline-explanation = Sida aan u tirinay
deadline-sources = Ilaha
deadline-last-verified = Markii ugu dambaysay waxaa la hubiyay { $date }.
deadline-days-left =
    { $days ->
        [one] 1 maalin ayaa haray
       *[other] { $days } maalmood ayaa haray
    }

## Documents

documents-title = Dukumentiyadayda
documents-progress = { $done } ka mid ah { $total } waa diyaar
documents-add = Ku dar dukumenti
documents-add-photo = Sawir qaad
documents-add-file = Dooro fayl
documents-status = Xaaladda
documents-where = Aaway asalka?
documents-since = Laga bilaabo
documents-why-not = Sababta aadan u heli karin
documents-attachments = Sawirro iyo iskaan
documents-import-failed = Faylka lama dari karin: { $reason }
document-status-needed = Weli waa in la helo
document-status-have-original = Waxaan haystaa asalka
document-status-have-copy = Waxaan haystaa nuqul
document-status-handed-in = Waxaa la siiyay xafiis
document-status-returned = Waa la ii soo celiyay
document-status-not-available = Ma heli karo
document-place-with-me = Aniga ayaa haysta
document-place-with-my-lawyer = Qareenkayga ayaa haysta
document-place-with-cgrs = Waxay ku jirtaa CGRS
document-place-with-immigration-office = Waxay ku jirtaa Xafiiska Socdaalka
document-place-lost = Waa lumay
document-place-other = Meel kale

## Interview preparation

interview-title = Waraysigayga
interview-topics = Mawduucyada
interview-chronology = Sheekadayda iyo taariikhaha
interview-questions = Su'aalo aan qareenkayga weydiinayo
interview-check = Hubi taariikhahayga
interview-check-ok = Wax la hubiyo ma aanan helin.
interview-check-found =
    { $count ->
        [one] 1 shay oo la hubiyo
       *[other] { $count } shay oo la hubiyo
    }
interview-notes-review = Waraysiga kadib: qoraalada
interview-add-note = Ku dar qoraal
interview-add-event = Ku dar taariikh
interview-add-question = Ku dar su'aal
interview-answered = Waa laga jawaabay
interview-topic-who-you-are = Qofka aad tahay
interview-topic-where-you-come-from = Halka aad ka timid
interview-topic-life-there = Noloshaada waddankaaga
interview-topic-journey = Sida aad ugu safartay Beljiyam
interview-topic-documents = Dukumentiyadaada
interview-topic-why-you-left = Sababta aad uga tagtay waddankaaga
interview-topic-why-you-cannot-return = Sababta aadan ugu noqon karin

## Guide and contacts

guide-title = Hagaha
guide-search-in = Ku raadi { $language }
contacts-title = Xiriirada
contacts-call = Wac
contacts-open-map = Ku muuji khariidadda

## Settings

settings-title = Dejinta
settings-language = Luqadda
settings-lock-timeout = Xir kadib
settings-lock-never = Marnaba
settings-lock-minutes =
    { $minutes ->
        [one] 1 daqiiqo
       *[other] { $minutes } daqiiqo
    }
settings-lock-seconds = { $seconds } ilbiriqsi
settings-change-pin = Beddel PIN-ka
settings-duress-pin = PIN-ka xaaladda degdegga ah
settings-duress-explain = Haddii qof kugu qasbo inaad furto app-ka, qor PIN-kan. Wuxuu furaa meel madhan, ma furo qoraalladaada.
settings-duress-destroy = Sidoo kale tirtir qoraalladayda dhabta ah marka PIN-kan la isticmaalo
settings-wipe-after = Tirtir wax walba kadib PIN khaldan oo badan
settings-backup = Kaydi nuqul kayd ah
settings-backup-explain = Nuqulka kaydka ah waa hal fayl oo quful leh. Ku hay USB ama kaarka SD. Waxaad u baahan tahay weedh sir ah si aad u furto.
settings-backup-done = Nuqulka kaydka ah waa la kaydiyay.
settings-restore = Soo celi nuqul kayd ah
settings-share = La wadaag qareenkayga
settings-share-explain = Dooro waxa aad wadaagayso. Kaliya qofka haysta furaha ama weedha sirta ah ee hal mar ah ayaa furi kara faylka.
settings-summary = Koobid la daabaco
settings-neutral-icon = Magac iyo calaamad caadi ah oo app-ka ah
settings-panic-wipe = Hadda tirtir wax walba
settings-panic-wipe-warning = Tani waxay tirtiraysaa dhammaan qoraalladaada, dukumentiyadaada iyo sawirradaada taleefankan ku jira. Qofna dib uma soo celin karo. Kaliya nuqul kayd ah ayaa awooda.
settings-panic-wipe-confirm = Haa, tirtir wax walba

## Lock and privacy

lock-locked = Passage waa quful yahay.
privacy-cover = Passage

## Errors (from the core's error kind; never with the user's words)

error-wrong-passphrase = Tani sax maaha. Mar kale isku day.
error-locked = Passage waa quful yahay. Mar kale fur.
error-corrupt = Xog qaar ayaa waxyeello gaartay. Waxba lama tirtirin. Caawimaad weydii.
error-not-found = Tan lama helin. Waxaa laga yaabaa in la tirtiray.
error-invalid-input = Fadlan hubi tan: { $field }.
error-already-exists = Tani hore ayay u jirtay.
error-unsupported-version = Faylkan wuxuu ka yimid nooc cusub oo Passage ah. Cusboonaysii app-ka.
error-retry-later = Sug { $seconds } ilbiriqsi oo mar kale isku day.
error-io = Taleefanku ma akhrin karin ama ma kaydin karin xogta. Hubi meesha bannaan.
error-cancelled = Waa la joojiyay.

## Texts the operating system asks for

permission-camera = Passage wuxuu isticmaalaa kamaradda kaliya marka aad sawir ka qaadayso dukumenti. Sawirku wuxuu ku jiraa app-ka isagoo quful ah.
permission-notifications = Passage wuu kuu xasuusin karaa taariikhaha. Xasuusintu ma sheegto waxa taariikhdu u tahay.

## Values from the core, in the reader's language
common-date = { $date }

documents-section-identity = Qofka aad tahay
documents-section-origin-route = Halka aad ka timid iyo safarkaaga
documents-section-reasons = Sababta aad u carartay
documents-section-procedure = Warqadaha habka
documents-section-after-recognition = Kadib markaad hesho ilaalin

chronology-kind-event = Wax dhacay
chronology-kind-left-country = Waxaan ka tagay waddankayga
chronology-kind-arrived-belgium = Waxaan imid Beljiyam
chronology-kind-travel = Tallaabo ka mid ah safarkayga

interview-finding-in-the-future = Taariikhdani waa maanta kadib.
interview-finding-before-birth = Taariikhdani waa ka hor taariikhda dhalashadaada.
interview-finding-age-does-not-fit = Da'da halkan ku qoran kuma habboona taariikhda dhalashadaada iyo taariikhda qoraalkan.
interview-finding-out-of-order = Qoraalkani wuxuu dhacay kan kale kadib, laakiin taariikhdiisu waa ka hor.
interview-finding-departure-after-arrival = Taariikhda aad ka tagtay waddankaaga waa taariikhda aad timid Beljiyam kadib.
interview-finding-two-places-at-once = Labadan qoraal waxay noqon karaan isla maalmahaas, laakiin meelo kala duwan ayay sheegayaan.
interview-finding-same-event-different-dates = Labadan qoraal waxay u muuqdaan isla dhacdo, laakiin taariikhahoodu way kala duwan yihiin.

settings-wipe-after-warning = Haddii PIN khaldan la qoro { $count } jeer oo isku xigta, wax walba oo appkan ku jira waa la tirtirayaa weligood: qoraal kasta, taariikh, dukumenti iyo sawir. Qofna dib uma soo celin karo, xitaa weedhaada sirta ah ama erayadaada soo celinta. Qof qaata taleefankaaga, ama ilmo ku ciyaara, ayaa keeni kara tan. Daar kaliya haddii wax walba luminta ay kuu roon tahay in qof akhriyo.
