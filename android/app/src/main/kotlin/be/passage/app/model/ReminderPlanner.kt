package be.passage.app.model

import be.passage.core.PassageVault
import be.passage.core.UiArg
import java.time.LocalDate
import java.time.temporal.ChronoUnit

/**
 * A notification for the platform to schedule. Title and body are neutral:
 * safe on a lock screen, they never say what the date is for.
 */
data class PlannedReminder(
    /** Stable for the same time and day (the notification id). */
    val id: Int,
    /** Local Belgian time, `YYYY-MM-DDTHH:MM`. */
    val at: String,
    val title: String,
    val body: String,
)

/**
 * Turns the core's reminder schedule (`reminders(detailed = false)`) into
 * notifications in the person's language: the neutral app name as title,
 * and the core's neutral sentence (`reminder-neutral*`) as body.
 */
class ReminderPlanner(private val texts: Texts) {
    fun plan(vault: PassageVault, today: String?): List<PlannedReminder> =
        vault.reminders(false, today).map { r ->
            val daysBefore = ChronoUnit.DAYS.between(LocalDate.parse(r.at.take(10)), LocalDate.parse(r.date))
            val body = when (daysBefore) {
                0L -> texts["reminder-neutral-today"]
                1L -> texts["reminder-neutral-tomorrow"]
                else -> texts["reminder-neutral", UiArg.Date("date", r.date)]
            }
            PlannedReminder((r.at + "|" + r.date).hashCode(), r.at, texts["app-name-neutral"], body)
        }
}
