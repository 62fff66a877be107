# status: machine-drafted
# Reminder notifications (Passage core, deadlines module).
# The neutral texts are shown on the lock screen by default: they must
# never say what the reminder is about (no procedure words).
# Arguments named date are calendar dates: the app formats them.
# Arguments title and event are ids of messages in deadlines.ftl.

## Neutral (default)

reminder-neutral = Vous avez quelque chose de prévu le { $date }.
reminder-neutral-tomorrow = Vous avez quelque chose de prévu demain.
reminder-neutral-today = Vous avez quelque chose de prévu aujourd'hui.

## Detailed (only when the person turns on detailed reminders)

reminder-deadline = Dernier jour pour : { $title }. Date : { $date }.
reminder-deadline-today = Aujourd'hui, c'est le dernier jour pour : { $title }.
reminder-appointment = { $event } : { $date }.
reminder-appointment-today = Aujourd'hui : { $event }.
