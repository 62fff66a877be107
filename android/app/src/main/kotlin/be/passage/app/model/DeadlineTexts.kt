package be.passage.app.model

import be.passage.core.Deadline
import be.passage.core.DeadlineState
import be.passage.core.UiArg

/** One deadline in a list: what, when, how it stands. */
data class DeadlineRow(
    val ruleId: String,
    val title: String,
    /** The date to act on, written out. */
    val date: String,
    /** "3 days left", "Today is the last day", ... */
    val status: String?,
    /** Days left (negative: late); null when met or not applicable. */
    val daysLeft: Long?,
    /** Due soon, today or late: the view stresses it. */
    val urgent: Boolean,
)

/** Title of a deadline rule in the chain's language; the core's English title if there is no message. */
internal fun Texts.deadlineTitle(d: Deadline): String = find("deadline-rule-${d.ruleId}") ?: d.title

/** The status line of a deadline (deadlines.ftl `deadline-status-*`), null when not applicable. */
internal fun Texts.deadlineStatus(state: DeadlineState): String? = when (state) {
    is DeadlineState.Upcoming -> count("deadline-status-upcoming", "days", state.daysLeft)
    is DeadlineState.DueSoon -> count("deadline-status-due-soon", "days", state.daysLeft)
    is DeadlineState.DueToday -> get("deadline-status-due-today")
    is DeadlineState.Overdue -> count("deadline-status-overdue", "days", state.daysLate)
    is DeadlineState.Passed -> get("deadline-status-passed")
    is DeadlineState.Met -> get(
        if (state.late) "deadline-status-met-late" else "deadline-status-met",
        UiArg.Date("date", state.on),
    )
    is DeadlineState.NotApplicable -> null
}

internal fun daysLeft(state: DeadlineState): Long? = when (state) {
    is DeadlineState.Upcoming -> state.daysLeft
    is DeadlineState.DueSoon -> state.daysLeft
    is DeadlineState.DueToday -> 0
    is DeadlineState.Overdue -> -state.daysLate
    else -> null
}

internal fun Texts.deadlineRow(d: Deadline) = DeadlineRow(
    ruleId = d.ruleId,
    title = deadlineTitle(d),
    date = date(d.effectiveDue),
    status = deadlineStatus(d.state),
    daysLeft = daysLeft(d.state),
    urgent = d.state is DeadlineState.DueSoon || d.state is DeadlineState.DueToday || d.state is DeadlineState.Overdue,
)
