# status: machine-drafted
# Deadline explanations, statuses and labels (Passage core, deadlines module).
# Arguments named date, start, end, last, moved, posted, day1..day3,
# notified, opens, closes, event-date, from, until are calendar dates: the
# app formats them for the reader's language. Arguments event, holiday,
# reason and rule are ids of other messages in this file.

## Explanation steps

deadline-step-trigger = Begin: { $event }, op { $date }.
deadline-step-registered-letter = De brief werd verstuurd op { $posted }. Een aangetekende brief geldt als ontvangen op de 3e werkdag na het versturen: { $day1 }, { $day2 }, { $day3 }. Daarom tellen we vanaf { $notified }. Dit komt uit een regel voor rechtbanken. We zijn niet zeker dat die regel hier geldt.
deadline-step-rule = Regel: { $rule }. Bron: { $sources }.
deadline-step-working-days =
    U hebt { $days ->
        [one] { $days } werkdag
       *[other] { $days } werkdagen
    }. We beginnen te tellen op de volgende dag, { $start }.
deadline-step-working-day-definition = Zaterdagen, zondagen en feestdagen zijn geen werkdagen. We zijn niet zeker dat de asielwet op dezelfde manier telt.
deadline-step-holiday-skipped = { $date } is een feestdag ({ $holiday }). Die dag telt niet.
deadline-step-calendar-days =
    U hebt { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }. Weekends en feestdagen tellen ook mee. Dag 1 is de volgende dag, { $start }.
deadline-step-months =
    Een termijn in maanden loopt van een dag tot de dag vóór dezelfde dag van de maand. Hij begint op { $start }. Na { $months ->
        [one] { $months } maand
       *[other] { $months } maanden
    } eindigt hij op { $end }.
deadline-step-month-end = Die maand heeft geen dag { $day }. Daarom eindigt de termijn op de laatste dag van de maand, { $end }.
deadline-step-last-day-moved = { $last } is geen werkdag ({ $reason }). De laatste dag schuift op naar de volgende werkdag, { $moved }.
deadline-step-court-rule-only = Deze regel om de laatste dag op te schuiven is gemaakt voor rechtbanken. Neem geen risico: doe het ten laatste op { $last }.
deadline-step-window-before =
    Doe dit tussen { $opens-days } en { $closes-days ->
        [one] { $closes-days } dag
       *[other] { $closes-days } dagen
    } vóór { $event-date }: van { $opens } tot { $closes }.
deadline-step-window-closed-day = { $date } is geen werkdag ({ $reason }). De kantoren zijn gesloten. Ga vóór die dag.
deadline-step-as-soon-as-possible = Er is geen vast aantal dagen. Doe het zo snel mogelijk. Wij raden de volgende werkdag aan, { $date }.
deadline-step-unverified-figure =
    Sommige bronnen zeggen dat u { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } hebt. Dat zou { $date } zijn. Niemand heeft dit nagekeken.
deadline-step-computed-date = Onze berekende datum: { $date }.
deadline-step-right-starts = Dit is geen termijn voor u. Het recht kan beginnen op { $date }.
deadline-step-authority = Deze datum is voor de overheid, niet voor u.
deadline-step-valid-until = Het is geldig tot { $date }.
deadline-step-not-binding = Dit is een doel, geen strikte termijn. Het kan langer duren.
deadline-step-unverified = Deze regel is niet nagekeken. Vraag het aan een advocaat of een maatschappelijk werker.
deadline-step-confidence-high = Onze bronnen zijn duidelijk over deze regel.
deadline-step-confidence-medium = Onze bronnen zijn vrij duidelijk over deze regel, maar kijk hem na.
deadline-step-confidence-low = We zijn niet zeker over deze regel. Kijk hem na met een advocaat.
deadline-step-sources-disagree = Onze bronnen zijn het niet eens over deze termijn. De datum op uw brief telt.
deadline-step-other-reading = Er kan een andere regel gelden: { $rule }. De datum op uw brief telt.
deadline-step-outcome-unknown = U hebt het soort beslissing niet ingevuld. We tonen de gewone regel. Kijk uw brief na.
deadline-step-only-detained = Dit geldt alleen als u in een gesloten centrum zit.
deadline-step-only-not-detained = Dit geldt alleen als u niet in een gesloten centrum zit.
deadline-step-validity-between = Deze regel is alleen voor verzoeken gedaan van { $from } tot { $until }.
deadline-step-validity-from = Deze regel is alleen voor verzoeken gedaan vanaf { $from }.
deadline-step-validity-until = Deze regel is alleen voor verzoeken gedaan tot { $until }.
deadline-step-validity-always = Deze regel is voor alle verzoeken.
deadline-step-application-date-unknown = We kennen de datum van uw verzoek niet. Kijk na of deze regel voor u is.
deadline-step-outside-validity = Uw verzoek is van { $date }. Deze regel is niet voor u.
deadline-step-official-later =
    Uw brief zegt { $date }. Dat is { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } later dan onze datum. We gebruiken de datum op uw brief.
deadline-step-official-earlier =
    Uw brief zegt { $date }. Dat is { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } vroeger dan onze datum. We gebruiken de datum op uw brief.
deadline-step-official-same = Uw brief zegt { $date }. Dat is dezelfde datum als de onze.
deadline-step-letter-prevails = De datum op uw brief komt altijd eerst. Staat er een datum in uw brief? Gebruik die dan.

## Status

deadline-status-upcoming =
    { $days ->
        [one] Nog { $days } dag
       *[other] Nog { $days } dagen
    }
deadline-status-due-soon =
    Binnenkort: { $days ->
        [one] nog { $days } dag
       *[other] nog { $days } dagen
    }
deadline-status-due-today = Vandaag is de laatste dag
deadline-status-overdue =
    De datum is { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } geleden voorbij
deadline-status-passed = De datum is voorbij
deadline-status-met = Gedaan op { $date }
deadline-status-met-late = Gedaan op { $date }, na de datum
deadline-status-not-applicable-validity = Niet voor u: deze regel is voor verzoeken uit een andere periode
deadline-status-not-applicable-detained = Niet voor u: alleen voor mensen in een gesloten centrum
deadline-status-not-applicable-not-detained = Niet voor u: alleen voor mensen die niet in een gesloten centrum zitten
deadline-status-not-applicable-cancelled = Niet meer voor u: { $event } op { $date }

## Days that are not working days

weekday-saturday = zaterdag
weekday-sunday = zondag

## Public holidays
holiday-new-years-day = Nieuwjaar
holiday-easter-monday = Paasmaandag
holiday-labour-day = Dag van de Arbeid
holiday-ascension-day = Onze-Lieve-Heer-Hemelvaart
holiday-whit-monday = Pinkstermaandag
holiday-national-day = Nationale feestdag van België
holiday-assumption-day = Onze-Lieve-Vrouw-Hemelvaart
holiday-all-saints-day = Allerheiligen
holiday-armistice-day = Wapenstilstand
holiday-christmas-day = Kerstmis

## Event kinds

event-kind-arrival = Aankomst in België
event-kind-application-made = Verzoek gedaan
event-kind-application-lodged = Verzoek ingediend (bijlage 26)
event-kind-orange-card = Oranje kaart gekregen
event-kind-dublin-decision = Dublinbeslissing (bijlage 26quater)
event-kind-cgrs-invitation = Uitnodiging van het CGVS
event-kind-personal-interview = Persoonlijk onderhoud bij het CGVS
event-kind-notes-copy-requested = Kopie van de notities van het onderhoud gevraagd
event-kind-notes-copy-received = Kopie van de notities van het onderhoud gekregen
event-kind-comments-sent = Opmerkingen over de notities verstuurd
event-kind-cgrs-decision = Beslissing van het CGVS
event-kind-registered-letter-received = Aangetekende brief gekregen
event-kind-call-appeal-lodged = Beroep ingediend bij de RvV
event-kind-call-hearing = Zitting bij de RvV
event-kind-call-judgment = Arrest van de RvV
event-kind-council-of-state-appeal = Beroep bij de Raad van State
event-kind-subsequent-application = Volgend verzoek
event-kind-recognition = Bescherming gekregen
event-kind-a-card = A-kaart gekregen
event-kind-b-card = B-kaart gekregen
event-kind-travel-document = Reisdocument gekregen
event-kind-family-reunification-request = Aanvraag gezinshereniging
event-kind-residence-card-expiry = Einde van de geldigheid van de verblijfskaart
event-kind-appointment = Afspraak
event-kind-cessation-withdrawal = Einde van de status (opheffing of intrekking)
event-kind-departure-abroad = Vertrek naar het buitenland voor meer dan 3 maanden
event-kind-return-to-belgium = Terugkeer naar België
event-kind-long-term-residence-request = Aanvraag langdurig verblijf
event-kind-family-reunification-file-complete = Dossier gezinshereniging volledig
event-kind-blue-passport-issued = Blauw paspoort afgegeven
event-kind-missed-interview = Onderhoud gemist
event-kind-cgrs-file-received = Het CGVS heeft uw dossier ontvangen
event-kind-other = Andere gebeurtenis

## Decision outcomes

decision-outcome-refugee-status = Vluchtelingenstatus
decision-outcome-subsidiary-protection = Subsidiaire bescherming
decision-outcome-refusal = Weigering
decision-outcome-inadmissible = Niet-ontvankelijk
decision-outcome-manifestly-unfounded = Kennelijk ongegrond

## Rule titles (keep equal to `title:` in content/rules/deadlines.txt)

deadline-rule-make-application = Uw verzoek om bescherming doen
deadline-rule-lodge-application = Uw verzoek indienen (bijlage 26)
deadline-rule-orange-card = Uw oranje kaart halen bij de gemeente
deadline-rule-work-permission = U mag werken
deadline-rule-cgrs-interview-aim = Het CGVS plant uw onderhoud (doel)
deadline-rule-notes-copy-request = Een kopie van de notities van het onderhoud vragen
deadline-rule-notes-comments = Uw opmerkingen over de notities van het onderhoud sturen
deadline-rule-cgrs-decision-aim = Het CGVS beslist na het onderhoud (doel)
deadline-rule-cgrs-decision-target = Wettelijk doel voor de beslissing van het CGVS
deadline-rule-call-appeal = Beroep bij de Raad voor Vreemdelingenbetwistingen (RvV)
deadline-rule-call-appeal-10 = Beroep bij de RvV binnen 10 dagen
deadline-rule-call-appeal-5 = Beroep bij de RvV binnen 5 dagen
deadline-rule-audio-recording-listening = Een afspraak maken om de opname van uw onderhoud te beluisteren
deadline-rule-council-of-state-appeal = Beroep bij de Raad van State
deadline-rule-cessation-appeal = Beroep tegen het einde van uw status
deadline-rule-family-reunification-favourable = Gezinshereniging vragen onder makkelijkere voorwaarden
deadline-rule-family-reunification-subsidiary-wait = Gezinshereniging na 2 jaar wachten
deadline-rule-family-reunification-decision = De Dienst Vreemdelingenzaken beslist over de gezinshereniging
deadline-rule-reception-stay-after-recognition = U mag in het opvangcentrum blijven
deadline-rule-residence-card-renewal = De verlenging van uw verblijfskaart vragen
deadline-rule-b-card = U kunt een B-kaart vragen
deadline-rule-blue-passport-validity = Uw blauwe paspoort vervalt
deadline-rule-return-within-one-year = Binnen 1 jaar terugkomen naar België
deadline-rule-report-after-return = Na uw terugkeer naar uw gemeente gaan
deadline-rule-long-term-residence-decision = De Dienst Vreemdelingenzaken beslist over langdurig verblijf
deadline-rule-missed-interview-justify = Uitleggen waarom u het onderhoud hebt gemist
