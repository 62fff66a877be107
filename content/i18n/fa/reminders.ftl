# status: machine-drafted
# Reminder notifications (Passage core, deadlines module).
# The neutral texts are shown on the lock screen by default: they must
# never say what the reminder is about (no procedure words).
# Arguments named date are calendar dates: the app formats them.
# Arguments title and event are ids of messages in deadlines.ftl.

## Neutral (default)

reminder-neutral = شما در { $date } برنامه‌ای دارید.
reminder-neutral-tomorrow = شما فردا برنامه‌ای دارید.
reminder-neutral-today = شما امروز برنامه‌ای دارید.

## Detailed (only when the person turns on detailed reminders)

reminder-deadline = روز آخر برای: { $title }. تاریخ: { $date }.
reminder-deadline-today = امروز روز آخر است برای: { $title }.
reminder-appointment = { $event }: { $date }.
reminder-appointment-today = امروز: { $event }.
