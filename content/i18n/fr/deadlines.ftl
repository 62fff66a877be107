# status: machine-drafted
# Deadline explanations, statuses and labels (Passage core, deadlines module).
# Arguments named date, start, end, last, moved, posted, day1..day3,
# notified, opens, closes, event-date, from, until are calendar dates: the
# app formats them for the reader's language. Arguments event, holiday,
# reason and rule are ids of other messages in this file.

## Explanation steps

deadline-step-trigger = Début : { $event }, le { $date }.
deadline-step-registered-letter = La lettre a été envoyée le { $posted }. Une lettre recommandée compte comme reçue le 3e jour ouvrable après son envoi : { $day1 }, { $day2 }, { $day3 }. Nous comptons donc à partir du { $notified }. Cela vient d'une règle pour les tribunaux. Nous ne sommes pas sûrs qu'elle s'applique ici.
deadline-step-rule = Règle : { $rule }. Source : { $sources }.
deadline-step-working-days =
    Vous avez { $days ->
        [one] { $days } jour ouvrable
       *[other] { $days } jours ouvrables
    }. Nous commençons à compter le jour suivant, le { $start }.
deadline-step-working-day-definition = Les samedis, les dimanches et les jours fériés ne sont pas des jours ouvrables. Nous ne sommes pas sûrs que la loi sur l'asile compte de la même façon.
deadline-step-holiday-skipped = Le { $date } est un jour férié ({ $holiday }). Il ne compte pas.
deadline-step-calendar-days =
    Vous avez { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }. Les week-ends et les jours fériés comptent aussi. Le jour 1 est le jour suivant, le { $start }.
deadline-step-months =
    Un délai en mois va d'un jour jusqu'à la veille du même jour du mois. Il commence le { $start }. Après { $months ->
        [one] { $months } mois
       *[other] { $months } mois
    }, il se termine le { $end }.
deadline-step-month-end = Ce mois n'a pas de jour { $day }. Le délai se termine donc le dernier jour du mois, le { $end }.
deadline-step-last-day-moved = Le { $last } n'est pas un jour ouvrable ({ $reason }). Le dernier jour passe au jour ouvrable suivant, le { $moved }.
deadline-step-court-rule-only = Cette règle de report est faite pour les tribunaux. Par sécurité, agissez au plus tard le { $last }.
deadline-step-window-before =
    Faites-le entre { $opens-days } et { $closes-days ->
        [one] { $closes-days } jour
       *[other] { $closes-days } jours
    } avant le { $event-date } : du { $opens } au { $closes }.
deadline-step-window-closed-day = Le { $date } n'est pas un jour ouvrable ({ $reason }). Les bureaux sont fermés. Allez-y avant ce jour-là.
deadline-step-as-soon-as-possible = Il n'y a pas de nombre de jours fixe. Agissez le plus vite possible. Nous vous conseillons le jour ouvrable suivant, le { $date }.
deadline-step-unverified-figure =
    Certaines sources disent que vous avez { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }. Ce serait le { $date }. Personne ne l'a vérifié.
deadline-step-computed-date = Notre date calculée : { $date }.
deadline-step-right-starts = Ce n'est pas un délai pour vous. Le droit peut commencer le { $date }.
deadline-step-authority = Cette date est pour l'administration, pas pour vous.
deadline-step-valid-until = C'est valable jusqu'au { $date }.
deadline-step-not-binding = C'est un objectif, pas un délai strict. Cela peut prendre plus de temps.
deadline-step-unverified = Cette règle n'est pas vérifiée. Demandez à un avocat ou à un assistant social.
deadline-step-confidence-high = Nos sources sont claires sur cette règle.
deadline-step-confidence-medium = Nos sources sont assez claires sur cette règle, mais vérifiez-la.
deadline-step-confidence-low = Nous ne sommes pas sûrs de cette règle. Vérifiez-la avec un avocat.
deadline-step-sources-disagree = Nos sources ne sont pas d'accord sur ce délai. C'est la date sur votre lettre qui compte.
deadline-step-other-reading = Une autre règle peut s'appliquer : { $rule }. C'est la date sur votre lettre qui compte.
deadline-step-outcome-unknown = Vous n'avez pas indiqué le type de décision. Nous montrons la règle habituelle. Vérifiez votre lettre.
deadline-step-only-detained = Ceci s'applique seulement si vous êtes dans un centre fermé.
deadline-step-only-not-detained = Ceci s'applique seulement si vous n'êtes pas dans un centre fermé.
deadline-step-validity-between = Cette règle est seulement pour les demandes faites du { $from } au { $until }.
deadline-step-validity-from = Cette règle est seulement pour les demandes faites à partir du { $from }.
deadline-step-validity-until = Cette règle est seulement pour les demandes faites jusqu'au { $until }.
deadline-step-validity-always = Cette règle est pour toutes les demandes.
deadline-step-application-date-unknown = Nous ne connaissons pas la date de votre demande. Vérifiez que cette règle est pour vous.
deadline-step-outside-validity = Votre demande date du { $date }. Cette règle n'est pas pour vous.
deadline-step-official-later =
    Votre lettre indique le { $date }. C'est { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } plus tard que notre date. Nous utilisons la date de votre lettre.
deadline-step-official-earlier =
    Votre lettre indique le { $date }. C'est { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } plus tôt que notre date. Nous utilisons la date de votre lettre.
deadline-step-official-same = Votre lettre indique le { $date }. C'est la même date que la nôtre.
deadline-step-letter-prevails = La date sur votre lettre passe toujours en premier. Si votre lettre donne une date, utilisez-la.

## Status

deadline-status-upcoming =
    { $days ->
        [one] Il reste { $days } jour
       *[other] Il reste { $days } jours
    }
deadline-status-due-soon =
    Bientôt : { $days ->
        [one] il reste { $days } jour
       *[other] il reste { $days } jours
    }
deadline-status-due-today = Aujourd'hui, c'est le dernier jour
deadline-status-overdue =
    La date est passée il y a { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
deadline-status-passed = La date est passée
deadline-status-met = Fait le { $date }
deadline-status-met-late = Fait le { $date }, après la date
deadline-status-not-applicable-validity = Pas pour vous : cette règle est pour les demandes d'une autre période
deadline-status-not-applicable-detained = Pas pour vous : seulement pour les personnes dans un centre fermé
deadline-status-not-applicable-not-detained = Pas pour vous : seulement pour les personnes qui ne sont pas dans un centre fermé
deadline-status-not-applicable-cancelled = Plus pour vous : { $event } le { $date }

## Days that are not working days

weekday-saturday = samedi
weekday-sunday = dimanche

## Public holidays
holiday-new-years-day = Jour de l'An
holiday-easter-monday = Lundi de Pâques
holiday-labour-day = Fête du Travail
holiday-ascension-day = Ascension
holiday-whit-monday = Lundi de Pentecôte
holiday-national-day = Fête nationale belge
holiday-assumption-day = Assomption
holiday-all-saints-day = Toussaint
holiday-armistice-day = Armistice
holiday-christmas-day = Noël

## Event kinds

event-kind-arrival = Arrivée en Belgique
event-kind-application-made = Demande présentée
event-kind-application-lodged = Demande introduite (annexe 26)
event-kind-orange-card = Carte orange reçue
event-kind-dublin-decision = Décision Dublin (annexe 26quater)
event-kind-cgrs-invitation = Invitation du CGRA
event-kind-personal-interview = Entretien personnel au CGRA
event-kind-notes-copy-requested = Copie des notes de l'entretien demandée
event-kind-notes-copy-received = Copie des notes de l'entretien reçue
event-kind-comments-sent = Remarques sur les notes envoyées
event-kind-cgrs-decision = Décision du CGRA
event-kind-registered-letter-received = Lettre recommandée reçue
event-kind-call-appeal-lodged = Recours introduit au CCE
event-kind-call-hearing = Audience au CCE
event-kind-call-judgment = Arrêt du CCE
event-kind-council-of-state-appeal = Recours au Conseil d'État
event-kind-subsequent-application = Demande ultérieure
event-kind-recognition = Protection accordée
event-kind-a-card = Carte A reçue
event-kind-b-card = Carte B reçue
event-kind-travel-document = Titre de voyage reçu
event-kind-family-reunification-request = Demande de regroupement familial
event-kind-residence-card-expiry = Fin de validité de la carte de séjour
event-kind-appointment = Rendez-vous
event-kind-cessation-withdrawal = Fin du statut (cessation ou retrait)
event-kind-departure-abroad = Départ à l'étranger pour plus de 3 mois
event-kind-return-to-belgium = Retour en Belgique
event-kind-long-term-residence-request = Demande de résidence de longue durée
event-kind-family-reunification-file-complete = Dossier de regroupement familial complet
event-kind-blue-passport-issued = Passeport bleu délivré
event-kind-missed-interview = Entretien manqué
event-kind-cgrs-file-received = Le CGRA a reçu votre dossier
event-kind-other = Autre événement

## Decision outcomes

decision-outcome-refugee-status = Statut de réfugié
decision-outcome-subsidiary-protection = Protection subsidiaire
decision-outcome-refusal = Refus
decision-outcome-inadmissible = Irrecevable
decision-outcome-manifestly-unfounded = Manifestement infondée

## Rule titles (keep equal to `title:` in content/rules/deadlines.txt)

deadline-rule-make-application = Présenter votre demande de protection
deadline-rule-lodge-application = Introduire votre demande (annexe 26)
deadline-rule-orange-card = Aller chercher votre carte orange à la commune
deadline-rule-work-permission = Vous pouvez travailler
deadline-rule-cgrs-interview-aim = Le CGRA fixe la date de votre entretien (objectif)
deadline-rule-notes-copy-request = Demander une copie des notes de l'entretien
deadline-rule-notes-comments = Envoyer vos remarques sur les notes de l'entretien
deadline-rule-cgrs-decision-aim = Le CGRA décide après l'entretien (objectif)
deadline-rule-cgrs-decision-target = Objectif fixé par la loi pour la décision du CGRA
deadline-rule-call-appeal = Recours au Conseil du contentieux des étrangers (CCE)
deadline-rule-call-appeal-10 = Recours au CCE dans les 10 jours
deadline-rule-call-appeal-5 = Recours au CCE dans les 5 jours
deadline-rule-audio-recording-listening = Prendre rendez-vous pour écouter l'enregistrement de votre entretien
deadline-rule-council-of-state-appeal = Recours au Conseil d'État
deadline-rule-cessation-appeal = Recours contre la fin de votre statut
deadline-rule-family-reunification-favourable = Demander le regroupement familial à des conditions plus faciles
deadline-rule-family-reunification-subsidiary-wait = Regroupement familial après 2 ans d'attente
deadline-rule-family-reunification-decision = L'Office des étrangers décide sur le regroupement familial
deadline-rule-reception-stay-after-recognition = Vous pouvez rester dans le centre d'accueil
deadline-rule-residence-card-renewal = Demander le renouvellement de votre carte de séjour
deadline-rule-b-card = Vous pouvez demander une carte B
deadline-rule-blue-passport-validity = Votre passeport bleu expire
deadline-rule-return-within-one-year = Revenir en Belgique dans un délai de 1 an
deadline-rule-report-after-return = Aller à votre commune après votre retour
deadline-rule-long-term-residence-decision = L'Office des étrangers décide sur la résidence de longue durée
deadline-rule-missed-interview-justify = Expliquer pourquoi vous avez manqué l'entretien
