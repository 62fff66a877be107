package be.passage.app.model

import be.passage.core.DeadlineState
import be.passage.core.LocalizedDeadline

/** One deadline in a list: what, when, how it stands. */
data class DeadlineRow(
    val ruleId: String,
    /** The journal event that started it (with [ruleId], it names the deadline). */
    val eventId: String,
    val title: String,
    /** The date to act on, written out. */
    val date: String,
    /** "3 days left", "Today is the last day", "Not for you: ..." (the core's text). */
    val status: String?,
    /** Days left (negative: late); null when met or not applicable. */
    val daysLeft: Long?,
    /** Due soon, today or late: the view stresses it. */
    val urgent: Boolean,
)

internal fun daysLeft(state: DeadlineState): Long? = when (state) {
    is DeadlineState.Upcoming -> state.daysLeft
    is DeadlineState.DueSoon -> state.daysLeft
    is DeadlineState.DueToday -> 0
    is DeadlineState.Overdue -> -state.daysLate
    else -> null
}

/** A row from a deadline whose texts the core wrote in the chain's language (`deadlines_in`). */
internal fun Texts.deadlineRow(d: LocalizedDeadline) = DeadlineRow(
    ruleId = d.deadline.ruleId,
    eventId = d.deadline.eventId.value,
    title = d.title.text,
    date = date(d.deadline.effectiveDue),
    status = d.status.text,
    daysLeft = daysLeft(d.deadline.state),
    urgent = d.deadline.state.let {
        it is DeadlineState.DueSoon || it is DeadlineState.DueToday || it is DeadlineState.Overdue
    },
)
