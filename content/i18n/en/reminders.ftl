# status: original
# Reminder notifications (Passage core, deadlines module).
# The neutral texts are shown on the lock screen by default: they must
# never say what the reminder is about (no procedure words).
# Arguments named date are calendar dates: the app formats them.
# Arguments title and event are ids of messages in deadlines.ftl.

## Neutral (default)

reminder-neutral = You have something planned on { $date }.
reminder-neutral-tomorrow = You have something planned tomorrow.
reminder-neutral-today = You have something planned today.

## Detailed (only when the person turns on detailed reminders)

reminder-deadline = Last day for: { $title }. Date: { $date }.
reminder-deadline-today = Today is the last day for: { $title }.
reminder-appointment = { $event }: { $date }.
reminder-appointment-today = Today: { $event }.
