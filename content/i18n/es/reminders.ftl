# status: machine-drafted
# Reminder notifications (Passage core, deadlines module).
# The neutral texts are shown on the lock screen by default: they must
# never say what the reminder is about (no procedure words).
# Arguments named date are calendar dates: the app formats them.
# Arguments title and event are ids of messages in deadlines.ftl.

## Neutral (default)

reminder-neutral = Usted tiene algo previsto el { $date }.
reminder-neutral-tomorrow = Usted tiene algo previsto mañana.
reminder-neutral-today = Usted tiene algo previsto hoy.

## Detailed (only when the person turns on detailed reminders)

reminder-deadline = Último día para: { $title }. Fecha: { $date }.
reminder-deadline-today = Hoy es el último día para: { $title }.
reminder-appointment = { $event }: { $date }.
reminder-appointment-today = Hoy: { $event }.
