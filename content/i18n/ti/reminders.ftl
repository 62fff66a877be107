# status: machine-drafted
# Reminder notifications (Passage core, deadlines module).
# The neutral texts are shown on the lock screen by default: they must
# never say what the reminder is about (no procedure words).
# Arguments named date are calendar dates: the app formats them.
# Arguments title and event are ids of messages in deadlines.ftl.

## Neutral (default)

reminder-neutral = ብ{ $date } ዝተወጠነ ነገር ኣለኩም።
reminder-neutral-tomorrow = ጽባሕ ዝተወጠነ ነገር ኣለኩም።
reminder-neutral-today = ሎሚ ዝተወጠነ ነገር ኣለኩም።

## Detailed (only when the person turns on detailed reminders)

reminder-deadline = ናይ መወዳእታ መዓልቲ ናይ፦ { $title }። ዕለት፦ { $date }።
reminder-deadline-today = ሎሚ ናይ መወዳእታ መዓልቲ እያ፦ { $title }።
reminder-appointment = { $event }፦ { $date }።
reminder-appointment-today = ሎሚ፦ { $event }።
