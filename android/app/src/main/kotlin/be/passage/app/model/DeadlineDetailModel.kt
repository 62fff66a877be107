package be.passage.app.model

import be.passage.core.LocalizedDeadline
import be.passage.core.UiArg

data class DeadlineDetailState(
    val title: String,
    val status: String?,
    /** Our computed date, written out. */
    val computedDate: String,
    /** The date on the letter, if the person entered one. */
    val officialDate: String?,
    /** "The date on your letter always comes first." */
    val letterPrevails: String,
    /** How the date was counted, one step per line, in the reader's language. */
    val explanation: List<String>,
    /** The rule's legal sources (article references and addresses, not translated). */
    val sources: List<String>,
    /** "Last checked: 3 March 2026". */
    val lastVerified: String,
    /** The sources are not verified: the view shows a warning. */
    val unverified: Boolean,
    /** An aim of the authorities, not a deadline for the person. */
    val binding: Boolean,
)

/** One deadline in full; every text comes from the core in the chain's language (`deadlines_in`). */
class DeadlineDetailModel(texts: Texts, deadline: LocalizedDeadline) {
    val state = DeadlineDetailState(
        title = deadline.title.text,
        status = deadline.status.text,
        computedDate = texts.date(deadline.deadline.computedDue),
        officialDate = deadline.deadline.officialDue?.let(texts::date),
        letterPrevails = texts["deadline-letter-prevails"],
        explanation = deadline.explanation.map { it.text },
        sources = deadline.sources,
        lastVerified = texts["deadline-last-verified", UiArg.Date("date", deadline.lastVerified)],
        unverified = deadline.deadline.unverified,
        binding = deadline.deadline.binding,
    )
}
