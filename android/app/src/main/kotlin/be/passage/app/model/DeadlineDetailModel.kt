package be.passage.app.model

import be.passage.core.Deadline

data class DeadlineDetailState(
    val title: String,
    val status: String?,
    /** Our computed date, written out. */
    val computedDate: String,
    /** The date on the letter, if the person entered one. */
    val officialDate: String?,
    /** "The date on your letter always comes first." */
    val letterPrevails: String,
    /** How the date was counted, one step per line, as the core explains it. */
    val explanation: List<String>,
    /** The sources are not verified: the view shows a warning. */
    val unverified: Boolean,
    /** An aim of the authorities, not a deadline for the person. */
    val binding: Boolean,
)

/**
 * One deadline in full. The explanation lines come from the core in
 * English (its FFI exposes `english_lines` only); the labels around them
 * are translated.
 */
class DeadlineDetailModel(texts: Texts, deadline: Deadline) {
    val state = DeadlineDetailState(
        title = texts.deadlineTitle(deadline),
        status = texts.deadlineStatus(deadline.state),
        computedDate = texts.date(deadline.computedDue),
        officialDate = deadline.officialDue?.let(texts::date),
        letterPrevails = texts["deadline-letter-prevails"],
        explanation = deadline.explanation,
        unverified = deadline.unverified,
        binding = deadline.binding,
    )
}
