# status: machine-drafted
# Reminder notifications (Passage core, deadlines module).
# The neutral texts are shown on the lock screen by default: they must
# never say what the reminder is about (no procedure words).
# Arguments named date are calendar dates: the app formats them.
# Arguments title and event are ids of messages in deadlines.ftl.

## Neutral (default)

reminder-neutral = تاسو په { $date } یو پلان شوی کار لرئ.
reminder-neutral-tomorrow = تاسو سبا یو پلان شوی کار لرئ.
reminder-neutral-today = تاسو نن یو پلان شوی کار لرئ.

## Detailed (only when the person turns on detailed reminders)

reminder-deadline = د دې کار وروستۍ ورځ: { $title }. نېټه: { $date }.
reminder-deadline-today = نن د دې کار وروستۍ ورځ ده: { $title }.
reminder-appointment = { $event }: { $date }.
reminder-appointment-today = نن: { $event }.
