# status: machine-drafted
# Deadline explanations, statuses and labels (Passage core, deadlines module).
# Arguments named date, start, end, last, moved, posted, day1..day3,
# notified, opens, closes, event-date, from, until are calendar dates: the
# app formats them for the reader's language. Arguments event, holiday,
# reason and rule are ids of other messages in this file.

## Explanation steps

deadline-step-trigger = Bilowga: { $event }, { $date }.
deadline-step-registered-letter = Warqadda waxaa la diray { $posted }. Warqad diiwaangashan waxaa loo xisaabiyaa in la helay maalinta 3aad ee shaqo kadib markii la diray: { $day1 }, { $day2 }, { $day3 }. Sidaas darteed waxaan ka tirinaynaa { $notified }. Tani waxay ka timid xeer loogu talagalay maxkamadaha. Ma hubno inuu halkan khuseeyo.
deadline-step-rule = Xeerka: { $rule }. Isha: { $sources }.
deadline-step-working-days =
    Waxaad haysataa { $days ->
        [one] { $days } maalin shaqo
       *[other] { $days } maalmood oo shaqo
    }. Tirinta waxaan ka bilaabaynaa maalinta xigta, { $start }.
deadline-step-working-day-definition = Sabtida, Axadda iyo fasaxyada dadweynaha maaha maalmo shaqo. Ma hubno in sharciga magangalyadu sidan oo kale u tiriyo.
deadline-step-holiday-skipped = { $date } waa fasax dadweyne ({ $holiday }). Maalintaas lama tiriyo.
deadline-step-calendar-days =
    Waxaad haysataa { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    }. Dhammaadka toddobaadka iyo fasaxyaduna waa la tiriyaa. Maalinta 1aad waa maalinta xigta, { $start }.
deadline-step-months =
    Muddo bilo lagu tiriyo waxay ka bilaabataa maalin, waxayna ku dhammaataa maalinta ka horraysa isla maalintaas ee bisha. Waxay bilaabanaysaa { $start }. Kadib { $months ->
        [one] { $months } bil
       *[other] { $months } bilood
    }, waxay dhammaanaysaa { $end }.
deadline-step-month-end = Bishaas ma laha maalinta { $day }. Sidaas darteed muddadu waxay ku dhammaanaysaa maalinta ugu dambaysa ee bisha, { $end }.
deadline-step-last-day-moved = { $last } maaha maalin shaqo ({ $reason }). Maalinta ugu dambaysa waxay u wareegaysaa maalinta shaqo ee xigta, { $moved }.
deadline-step-court-rule-only = Xeerkan wareejinta waxaa loo sameeyay maxkamadaha. Si aadan khatar u gelin, wax ka qabo ugu dambayn { $last }.
deadline-step-window-before =
    Tan samee inta u dhaxaysa { $opens-days } iyo { $closes-days ->
        [one] { $closes-days } maalin
       *[other] { $closes-days } maalmood
    } ka hor { $event-date }: laga bilaabo { $opens } ilaa { $closes }.
deadline-step-window-closed-day = { $date } maaha maalin shaqo ({ $reason }). Xafiisyadu way xiran yihiin. Tag maalintaas ka hor.
deadline-step-as-soon-as-possible = Ma jirto tiro maalmo ah oo go'an. Wax ka qabo sida ugu dhakhsaha badan. Waxaan kuu soo jeedinaynaa maalinta shaqo ee xigta, { $date }.
deadline-step-unverified-figure =
    Ilo qaar ayaa sheegaya inaad haysato { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    }. Taasi waxay noqon lahayd { $date }. Qofna ma hubin tan.
deadline-step-computed-date = Taariikhda aan xisaabinay: { $date }.
deadline-step-right-starts = Tani maaha waqti kama dambays ah oo adiga kugu waajib ah. Xaqa wuxuu bilaabmi karaa { $date }.
deadline-step-authority = Taariikhdan waxay u tahay hay'adda dowladda, ma aha adiga.
deadline-step-valid-until = Wuxuu shaqaynayaa ilaa { $date }.
deadline-step-not-binding = Tani waa ujeeddo, maaha waqti kama dambays ah oo adag. Waxay qaadan kartaa waqti ka badan.
deadline-step-unverified = Xeerkan lama hubin. Weydii qareen ama shaqaalaha bulshada.
deadline-step-confidence-high = Ilahayagu si cad ayay u sheegaan xeerkan.
deadline-step-confidence-medium = Ilahayagu si fiican ayay u sheegaan xeerkan, laakiin hubi.
deadline-step-confidence-low = Ma hubno xeerkan. Kula hubi qareen.
deadline-step-sources-disagree = Ilahayagu iskuma waafaqsana muddadan. Taariikhda ku qoran warqaddaada ayaa go'aamisa.
deadline-step-other-reading = Xeer kale ayaa khusayn kara: { $rule }. Taariikhda ku qoran warqaddaada ayaa go'aamisa.
deadline-step-outcome-unknown = Ma aadan gelin nooca go'aanka. Waxaan muujinaynaa xeerka caadiga ah. Hubi warqaddaada.
deadline-step-only-detained = Tani waxay khusaysaa oo keliya haddii lagugu hayo xarun xiran.
deadline-step-only-not-detained = Tani waxay khusaysaa oo keliya haddii aan lagugu hayn xarun xiran.
deadline-step-validity-between = Xeerkan wuxuu u yahay oo keliya codsiyada la sameeyay laga bilaabo { $from } ilaa { $until }.
deadline-step-validity-from = Xeerkan wuxuu u yahay oo keliya codsiyada la sameeyay laga bilaabo { $from }.
deadline-step-validity-until = Xeerkan wuxuu u yahay oo keliya codsiyada la sameeyay ilaa { $until }.
deadline-step-validity-always = Xeerkan wuxuu u yahay dhammaan codsiyada.
deadline-step-application-date-unknown = Ma naqaanno taariikhda codsigaaga. Hubi in xeerkani adiga ku khuseeyo.
deadline-step-outside-validity = Codsigaaga waxaa la sameeyay { $date }. Xeerkani adiga kuma khuseeyo.
deadline-step-official-later =
    Warqaddaadu waxay sheegaysaa { $date }. Taasi waa { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    } ka dib taariikhdayada. Waxaan isticmaalaynaa taariikhda warqaddaada.
deadline-step-official-earlier =
    Warqaddaadu waxay sheegaysaa { $date }. Taasi waa { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    } ka hor taariikhdayada. Waxaan isticmaalaynaa taariikhda warqaddaada.
deadline-step-official-same = Warqaddaadu waxay sheegaysaa { $date }. Taasi waa isla taariikhdayada.
deadline-step-letter-prevails = Taariikhda ku qoran warqaddaada ayaa had iyo jeer ka horraysa. Haddii warqaddaadu taariikh bixiso, isticmaal taas.

## Status

deadline-status-upcoming =
    { $days ->
        [one] { $days } maalin ayaa haray
       *[other] { $days } maalmood ayaa haray
    }
deadline-status-due-soon =
    Dhowaan: { $days ->
        [one] { $days } maalin ayaa haray
       *[other] { $days } maalmood ayaa haray
    }
deadline-status-due-today = Maanta waa maalinta ugu dambaysa
deadline-status-overdue =
    Taariikhdu way dhaaftay { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    } ka hor
deadline-status-passed = Taariikhdu way dhaaftay
deadline-status-met = La sameeyay { $date }
deadline-status-met-late = La sameeyay { $date }, kadib taariikhda
deadline-status-not-applicable-validity = Adiga kuma khuseeyo: xeerkan wuxuu u yahay codsiyada muddo kale
deadline-status-not-applicable-detained = Adiga kuma khuseeyo: kaliya dadka lagu hayo xarun xiran
deadline-status-not-applicable-not-detained = Adiga kuma khuseeyo: kaliya dadka aan lagu hayn xarun xiran
deadline-status-not-applicable-cancelled = Hadda adiga kuma khuseeyo: { $event }, { $date }

## Days that are not working days

weekday-saturday = Sabti
weekday-sunday = Axad

## Public holidays
holiday-new-years-day = Sannadka Cusub
holiday-easter-monday = Isniinta Easter-ka
holiday-labour-day = Maalinta Shaqaalaha
holiday-ascension-day = Maalinta Kor u qaadista Ciise (Ascension)
holiday-whit-monday = Isniinta Pentecost-ka
holiday-national-day = Maalinta Qaranka Belgium
holiday-assumption-day = Maalinta Kor u qaadista Maryan (Assumption)
holiday-all-saints-day = Maalinta Awliyada oo dhan
holiday-armistice-day = Maalinta Xabbad-joojinta
holiday-christmas-day = Kirismaska

## Event kinds

event-kind-arrival = Imaanshaha Belgium
event-kind-application-made = Codsiga waa la sameeyay
event-kind-application-lodged = Codsiga waa la gudbiyay (Annex 26)
event-kind-orange-card = Kaarka oranjiga ah waa la helay
event-kind-dublin-decision = Go'aanka Dublin (Annex 26quater)
event-kind-cgrs-invitation = Casuumaadda CGRS
event-kind-personal-interview = Waraysiga shakhsiga ah ee CGRS
event-kind-notes-copy-requested = Nuqulka qoraalada waraysiga waa la codsaday
event-kind-notes-copy-received = Nuqulka qoraalada waraysiga waa la helay
event-kind-comments-sent = Faallooyinka qoraalada waa la diray
event-kind-cgrs-decision = Go'aanka CGRS
event-kind-registered-letter-received = Warqad diiwaangashan waa la helay
event-kind-call-appeal-lodged = Racfaanka CALL waa la gudbiyay
event-kind-call-hearing = Dhegeysiga CALL
event-kind-call-judgment = Xukunka CALL
event-kind-council-of-state-appeal = Racfaanka Golaha Dowladda
event-kind-subsequent-application = Codsi xiga
event-kind-recognition = Ilaalin waa lagu siiyay
event-kind-a-card = Kaarka A waa la helay
event-kind-b-card = Kaarka B waa la helay
event-kind-travel-document = Dukumentiga safarka waa la helay
event-kind-family-reunification-request = Codsiga isku-keenidda qoyska
event-kind-residence-card-expiry = Dhicitaanka kaarka deganaanshaha
event-kind-appointment = Ballan
event-kind-cessation-withdrawal = Dhammaadka heerka (joojin ama kala noqosho)
event-kind-departure-abroad = U bixitaanka dibadda in ka badan 3 bilood
event-kind-return-to-belgium = Ku soo noqoshada Belgium
event-kind-long-term-residence-request = Codsiga deganaansho muddo dheer
event-kind-family-reunification-file-complete = Faylka isku-keenidda qoyska waa dhammaystiran yahay
event-kind-blue-passport-issued = Baasaboorka buluugga ah waa la bixiyay
event-kind-missed-interview = Waraysi aan la tagin
event-kind-cgrs-file-received = CGRS waxay heshay faylkaaga
event-kind-other = Dhacdo kale

## Decision outcomes

decision-outcome-refugee-status = Heerka qaxootinimada
decision-outcome-subsidiary-protection = Ilaalinta kaabka ah
decision-outcome-refusal = Diidmo
decision-outcome-inadmissible = Lama aqbali karo
decision-outcome-manifestly-unfounded = Si cad saldhig uma laha

## Rule titles (keep equal to `title:` in content/rules/deadlines.txt)

deadline-rule-make-application = Samee codsigaaga ilaalinta
deadline-rule-lodge-application = Gudbi codsigaaga (Annex 26)
deadline-rule-orange-card = Ka qaado kaarkaaga oranjiga ah degmada
deadline-rule-work-permission = Waad shaqayn kartaa
deadline-rule-cgrs-interview-aim = CGRS waxay qorshaynaysaa waraysigaaga (ujeeddo)
deadline-rule-notes-copy-request = Codso nuqulka qoraalada waraysiga
deadline-rule-notes-comments = Dir faallooyinkaaga ku saabsan qoraalada waraysiga
deadline-rule-cgrs-decision-aim = CGRS waxay go'aamisaa kadib waraysiga (ujeeddo)
deadline-rule-cgrs-decision-target = Ujeeddada sharciga ah ee go'aanka CGRS
deadline-rule-call-appeal = Racfaan u qaado Golaha Dacwadaha Sharciga Ajaanibta (CALL)
deadline-rule-call-appeal-10 = Racfaan u qaado CALL 10 maalmood gudahood
deadline-rule-call-appeal-5 = Racfaan u qaado CALL 5 maalmood gudahood
deadline-rule-audio-recording-listening = Ballan qabso si aad u dhegaysato duubista waraysigaaga
deadline-rule-council-of-state-appeal = Racfaan u qaado Golaha Dowladda
deadline-rule-cessation-appeal = Racfaan ka qaado dhammaadka heerkaaga
deadline-rule-family-reunification-favourable = Codso isku-keenidda qoyska iyadoo shuruuduhu fudud yihiin
deadline-rule-family-reunification-subsidiary-wait = Isku-keenidda qoyska kadib sugitaan 2 sano ah
deadline-rule-family-reunification-decision = Xafiiska Socdaalka ayaa go'aan ka gaaraya isku-keenidda qoyska
deadline-rule-reception-stay-after-recognition = Waad joogi kartaa xarunta soo dhaweynta
deadline-rule-residence-card-renewal = Codso cusboonaysiinta kaarkaaga deganaanshaha
deadline-rule-b-card = Waxaad codsan kartaa kaarka B
deadline-rule-blue-passport-validity = Baasaboorkaaga buluugga ah wuu dhacayaa
deadline-rule-return-within-one-year = Ku soo noqo Belgium 1 sano gudaheed
deadline-rule-report-after-return = Tag degmadaada kadib markaad soo noqoto
deadline-rule-long-term-residence-decision = Xafiiska Socdaalka ayaa go'aan ka gaaraya deganaanshaha muddada dheer
deadline-rule-missed-interview-justify = Sharax sababta aadan u tagin waraysiga
