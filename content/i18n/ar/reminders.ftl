# status: machine-drafted
# Reminder notifications (Passage core, deadlines module).
# The neutral texts are shown on the lock screen by default: they must
# never say what the reminder is about (no procedure words).
# Arguments named date are calendar dates: the app formats them.
# Arguments title and event are ids of messages in deadlines.ftl.

## Neutral (default)

reminder-neutral = لديك أمر مُخطط له في { $date }.
reminder-neutral-tomorrow = لديك أمر مُخطط له غدًا.
reminder-neutral-today = لديك أمر مُخطط له اليوم.

## Detailed (only when the person turns on detailed reminders)

reminder-deadline = آخر يوم من أجل: { $title }. التاريخ: { $date }.
reminder-deadline-today = اليوم هو آخر يوم من أجل: { $title }.
reminder-appointment = { $event }: { $date }.
reminder-appointment-today = اليوم: { $event }.
