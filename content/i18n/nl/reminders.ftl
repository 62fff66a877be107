# status: machine-drafted
# Reminder notifications (Passage core, deadlines module).
# The neutral texts are shown on the lock screen by default: they must
# never say what the reminder is about (no procedure words).
# Arguments named date are calendar dates: the app formats them.
# Arguments title and event are ids of messages in deadlines.ftl.

## Neutral (default)

reminder-neutral = U hebt iets gepland op { $date }.
reminder-neutral-tomorrow = U hebt morgen iets gepland.
reminder-neutral-today = U hebt vandaag iets gepland.

## Detailed (only when the person turns on detailed reminders)

reminder-deadline = Laatste dag voor: { $title }. Datum: { $date }.
reminder-deadline-today = Vandaag is de laatste dag voor: { $title }.
reminder-appointment = { $event }: { $date }.
reminder-appointment-today = Vandaag: { $event }.
