# status: machine-drafted
# Deadline explanations, statuses and labels (Passage core, deadlines module).
# Arguments named date, start, end, last, moved, posted, day1..day3,
# notified, opens, closes, event-date, from, until are calendar dates: the
# app formats them for the reader's language. Arguments event, holiday,
# reason and rule are ids of other messages in this file.

## Explanation steps

deadline-step-trigger = Inicio: { $event }, el { $date }.
deadline-step-registered-letter = La carta se envió el { $posted }. Una carta certificada cuenta como recibida el tercer día hábil después de su envío: { $day1 }, { $day2 }, { $day3 }. Por eso contamos desde el { $notified }. Esto viene de una regla para los tribunales. No estamos seguros de que se aplique aquí.
deadline-step-rule = Regla: { $rule }. Fuente: { $sources }.
deadline-step-working-days =
    Usted tiene { $days ->
        [one] { $days } día hábil
       *[other] { $days } días hábiles
    }. Empezamos a contar el día siguiente, el { $start }.
deadline-step-working-day-definition = Los sábados, los domingos y los días festivos no son días hábiles. No estamos seguros de que la ley de asilo cuente de la misma manera.
deadline-step-holiday-skipped = El { $date } es día festivo ({ $holiday }). No cuenta.
deadline-step-calendar-days =
    Usted tiene { $days ->
        [one] { $days } día
       *[other] { $days } días
    }. Los fines de semana y los días festivos también cuentan. El día 1 es el día siguiente, el { $start }.
deadline-step-months =
    Un plazo en meses va de un día hasta la víspera del mismo día del mes. Empieza el { $start }. Después de { $months ->
        [one] { $months } mes
       *[other] { $months } meses
    }, termina el { $end }.
deadline-step-month-end = Ese mes no tiene día { $day }. Por eso el plazo termina el último día del mes, el { $end }.
deadline-step-last-day-moved = El { $last } no es día hábil ({ $reason }). El último día pasa al siguiente día hábil, el { $moved }.
deadline-step-court-rule-only = Esta regla de pasar al día hábil siguiente está hecha para los tribunales. Para estar seguro, actúe a más tardar el { $last }.
deadline-step-window-before =
    Hágalo entre { $opens-days } y { $closes-days ->
        [one] { $closes-days } día
       *[other] { $closes-days } días
    } antes del { $event-date }: del { $opens } al { $closes }.
deadline-step-window-closed-day = El { $date } no es día hábil ({ $reason }). Las oficinas están cerradas. Vaya antes de ese día.
deadline-step-as-soon-as-possible = No hay un número fijo de días. Actúe lo antes posible. Le aconsejamos el siguiente día hábil, el { $date }.
deadline-step-unverified-figure =
    Algunas fuentes dicen que usted tiene { $days ->
        [one] { $days } día
       *[other] { $days } días
    }. Eso sería el { $date }. Nadie lo ha comprobado.
deadline-step-computed-date = Nuestra fecha calculada: { $date }.
deadline-step-right-starts = Esto no es un plazo para usted. El derecho puede empezar el { $date }.
deadline-step-authority = Esta fecha es para la administración, no para usted.
deadline-step-valid-until = Es válido hasta el { $date }.
deadline-step-not-binding = Esto es un objetivo, no un plazo estricto. Puede tardar más.
deadline-step-unverified = Esta regla no está comprobada. Pregunte a un abogado o a un trabajador social.
deadline-step-confidence-high = Nuestras fuentes son claras sobre esta regla.
deadline-step-confidence-medium = Nuestras fuentes son bastante claras sobre esta regla, pero compruébela.
deadline-step-confidence-low = No estamos seguros de esta regla. Compruébela con un abogado.
deadline-step-sources-disagree = Nuestras fuentes no están de acuerdo sobre este plazo. La fecha de su carta decide.
deadline-step-other-reading = Puede aplicarse otra regla: { $rule }. La fecha de su carta decide.
deadline-step-outcome-unknown = Usted no indicó el tipo de decisión. Mostramos la regla normal. Compruebe su carta.
deadline-step-only-detained = Esto solo se aplica si usted está en un centro cerrado.
deadline-step-only-not-detained = Esto solo se aplica si usted no está en un centro cerrado.
deadline-step-validity-between = Esta regla es solo para las solicitudes hechas desde el { $from } hasta el { $until }.
deadline-step-validity-from = Esta regla es solo para las solicitudes hechas desde el { $from }.
deadline-step-validity-until = Esta regla es solo para las solicitudes hechas hasta el { $until }.
deadline-step-validity-always = Esta regla es para todas las solicitudes.
deadline-step-application-date-unknown = No sabemos la fecha de su solicitud. Compruebe que esta regla es para usted.
deadline-step-outside-validity = Su solicitud es del { $date }. Esta regla no es para usted.
deadline-step-official-later =
    Su carta dice { $date }. Son { $days ->
        [one] { $days } día
       *[other] { $days } días
    } más tarde que nuestra fecha. Usamos la fecha de su carta.
deadline-step-official-earlier =
    Su carta dice { $date }. Son { $days ->
        [one] { $days } día
       *[other] { $days } días
    } antes que nuestra fecha. Usamos la fecha de su carta.
deadline-step-official-same = Su carta dice { $date }. Es la misma que nuestra fecha.
deadline-step-letter-prevails = La fecha de su carta siempre va primero. Si su carta da una fecha, use esa fecha.

## Status

deadline-status-upcoming =
    { $days ->
        [one] Queda { $days } día
       *[other] Quedan { $days } días
    }
deadline-status-due-soon =
    Pronto: { $days ->
        [one] queda { $days } día
       *[other] quedan { $days } días
    }
deadline-status-due-today = Hoy es el último día
deadline-status-overdue =
    La fecha pasó hace { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
deadline-status-passed = La fecha ya pasó
deadline-status-met = Hecho el { $date }
deadline-status-met-late = Hecho el { $date }, después de la fecha
deadline-status-not-applicable-validity = No es para usted: esta regla es para solicitudes de otro periodo
deadline-status-not-applicable-detained = No es para usted: solo para personas en un centro cerrado
deadline-status-not-applicable-not-detained = No es para usted: solo para personas que no están en un centro cerrado
deadline-status-not-applicable-cancelled = Ya no es para usted: { $event } el { $date }

## Days that are not working days

weekday-saturday = sábado
weekday-sunday = domingo

## Public holidays
holiday-new-years-day = Año Nuevo
holiday-easter-monday = Lunes de Pascua
holiday-labour-day = Día del Trabajo
holiday-ascension-day = Ascensión
holiday-whit-monday = Lunes de Pentecostés
holiday-national-day = Fiesta Nacional de Bélgica
holiday-assumption-day = Asunción
holiday-all-saints-day = Todos los Santos
holiday-armistice-day = Día del Armisticio
holiday-christmas-day = Navidad

## Event kinds

event-kind-arrival = Llegada a Bélgica
event-kind-application-made = Solicitud hecha
event-kind-application-lodged = Solicitud registrada (anexo 26)
event-kind-orange-card = Tarjeta naranja recibida
event-kind-dublin-decision = Decisión Dublín (anexo 26quater)
event-kind-cgrs-invitation = Invitación del CGRS
event-kind-personal-interview = Entrevista personal en el CGRS
event-kind-notes-copy-requested = Copia de las notas de la entrevista pedida
event-kind-notes-copy-received = Copia de las notas de la entrevista recibida
event-kind-comments-sent = Comentarios sobre las notas enviados
event-kind-cgrs-decision = Decisión del CGRS
event-kind-registered-letter-received = Carta certificada recibida
event-kind-call-appeal-lodged = Recurso presentado ante el CALL
event-kind-call-hearing = Audiencia en el CALL
event-kind-call-judgment = Sentencia del CALL
event-kind-council-of-state-appeal = Recurso ante el Consejo de Estado
event-kind-subsequent-application = Solicitud posterior
event-kind-recognition = Protección concedida
event-kind-a-card = Tarjeta A recibida
event-kind-b-card = Tarjeta B recibida
event-kind-travel-document = Documento de viaje recibido
event-kind-family-reunification-request = Solicitud de reagrupación familiar
event-kind-residence-card-expiry = Fin de la validez de la tarjeta de residencia
event-kind-appointment = Cita
event-kind-cessation-withdrawal = Fin del estatuto (cesación o retirada)
event-kind-departure-abroad = Salida al extranjero por más de 3 meses
event-kind-return-to-belgium = Regreso a Bélgica
event-kind-long-term-residence-request = Solicitud de residencia de larga duración
event-kind-family-reunification-file-complete = Expediente de reagrupación familiar completo
event-kind-blue-passport-issued = Pasaporte azul expedido
event-kind-missed-interview = No fue a la entrevista
event-kind-cgrs-file-received = El CGRS recibió su expediente
event-kind-other = Otro acontecimiento

## Decision outcomes

decision-outcome-refugee-status = Estatuto de refugiado
decision-outcome-subsidiary-protection = Protección subsidiaria
decision-outcome-refusal = Denegación
decision-outcome-inadmissible = Inadmisible
decision-outcome-manifestly-unfounded = Manifiestamente infundada

## Rule titles (keep equal to `title:` in content/rules/deadlines.txt)

deadline-rule-make-application = Hacer su solicitud de protección
deadline-rule-lodge-application = Registrar su solicitud (anexo 26)
deadline-rule-orange-card = Recoger su tarjeta naranja en el municipio
deadline-rule-work-permission = Usted puede trabajar
deadline-rule-cgrs-interview-aim = El CGRS fija su entrevista (objetivo)
deadline-rule-notes-copy-request = Pedir una copia de las notas de la entrevista
deadline-rule-notes-comments = Enviar sus comentarios sobre las notas de la entrevista
deadline-rule-cgrs-decision-aim = El CGRS decide después de la entrevista (objetivo)
deadline-rule-cgrs-decision-target = Objetivo legal para la decisión del CGRS
deadline-rule-call-appeal = Recurso ante el Consejo del Contencioso de Extranjería (CALL)
deadline-rule-call-appeal-10 = Recurso ante el CALL en 10 días
deadline-rule-call-appeal-5 = Recurso ante el CALL en 5 días
deadline-rule-audio-recording-listening = Pedir una cita para escuchar la grabación de su entrevista
deadline-rule-council-of-state-appeal = Recurso ante el Consejo de Estado
deadline-rule-cessation-appeal = Recurso contra el fin de su estatuto
deadline-rule-family-reunification-favourable = Pedir la reagrupación familiar con condiciones más fáciles
deadline-rule-family-reunification-subsidiary-wait = Reagrupación familiar después de esperar 2 años
deadline-rule-family-reunification-decision = La Oficina de Extranjería decide sobre la reagrupación familiar
deadline-rule-reception-stay-after-recognition = Usted puede quedarse en el centro de acogida
deadline-rule-residence-card-renewal = Pedir la renovación de su tarjeta de residencia
deadline-rule-b-card = Usted puede pedir una tarjeta B
deadline-rule-blue-passport-validity = Su pasaporte azul caduca
deadline-rule-return-within-one-year = Volver a Bélgica en un plazo de 1 año
deadline-rule-report-after-return = Ir a su municipio después de volver
deadline-rule-long-term-residence-decision = La Oficina de Extranjería decide sobre la residencia de larga duración
deadline-rule-missed-interview-justify = Explicar por qué no fue a la entrevista
