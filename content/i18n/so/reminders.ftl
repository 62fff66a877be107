# status: machine-drafted
# Reminder notifications (Passage core, deadlines module).
# The neutral texts are shown on the lock screen by default: they must
# never say what the reminder is about (no procedure words).
# Arguments named date are calendar dates: the app formats them.
# Arguments title and event are ids of messages in deadlines.ftl.

## Neutral (default)

reminder-neutral = Waxaad leedahay wax qorsheysan { $date }.
reminder-neutral-tomorrow = Waxaad leedahay wax qorsheysan berri.
reminder-neutral-today = Waxaad leedahay wax qorsheysan maanta.

## Detailed (only when the person turns on detailed reminders)

reminder-deadline = Maalinta ugu dambaysa ee: { $title }. Taariikhda: { $date }.
reminder-deadline-today = Maanta waa maalinta ugu dambaysa ee: { $title }.
reminder-appointment = { $event }: { $date }.
reminder-appointment-today = Maanta: { $event }.
