package be.passage.app.model

import be.passage.core.ChronologyEntryInput
import be.passage.core.LawyerQuestionId
import be.passage.core.PassageException
import be.passage.core.PassageVault
import be.passage.core.interviewTopics
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.withContext

data class NoteRow(val id: String, val text: String)

data class TopicRow(val id: String, val title: String, val notes: List<NoteRow>)

data class ChronologyRow(
    val id: String,
    /** The date as the person typed it (`2019`, `~2019-05`, `2019-05-03`). */
    val date: String,
    val title: String,
    val place: String,
    /** `event`, `left-country`, `arrived-belgium` or `travel`. */
    val kind: String = "event",
    /** "I left my country" (message `chronology-kind-<kind>`). */
    val kindLabel: String = "",
)

data class QuestionRow(val id: String, val question: String, val answered: Boolean, val answer: String)

/** A place where the person's own dates disagree; [explanation] never repeats their words. */
data class FindingRow(
    val kind: String,
    /** The message `interview-finding-<kind>`. */
    val explanation: String,
    /** The entry it is about, and the other one involved (ids of [ChronologyRow]). */
    val entry: String = "",
    val other: String? = null,
)

data class InterviewState(
    val topics: List<TopicRow> = emptyList(),
    val chronology: List<ChronologyRow> = emptyList(),
    val questions: List<QuestionRow> = emptyList(),
    /** The last check of the dates: null before the person asks for it. */
    val findings: List<FindingRow>? = null,
    /** "We found nothing to check." / "2 things to check". */
    val checkSummary: String? = null,
    /** Corrections written after the interview (the notes review). */
    val corrections: Int = 0,
    val error: String? = null,
)

/** Interview preparation: notes per topic, the story in dates and its check, questions for the lawyer. */
class InterviewModel(private val app: AppModel, private val vault: PassageVault) {
    private val _state = MutableStateFlow(InterviewState())
    val state: StateFlow<InterviewState> = _state.asStateFlow()

    suspend fun load() {
        val t = app.texts
        try {
            val loaded = withContext(app.env.io) {
                val notes = vault.interviewNotes(null)
                InterviewState(
                    topics = interviewTopics().map { topic ->
                        TopicRow(
                            id = topic.id,
                            title = t.find("interview-topic-${topic.id}") ?: topic.title,
                            notes = notes.filter { it.topic == topic.id }.map { NoteRow(it.id.value, it.text) },
                        )
                    },
                    chronology = vault.interviewEvents().map {
                        ChronologyRow(it.id.value, it.date.orEmpty(), it.title, it.place, it.kind, t["chronology-kind-${it.kind}"])
                    },
                    questions = vault.interviewLawyerQuestions().map {
                        QuestionRow(it.id.value, it.question, it.answered, it.answer)
                    },
                    corrections = vault.interviewCorrections().size,
                )
            }
            _state.update { loaded.copy(findings = it.findings, checkSummary = it.checkSummary) }
        } catch (e: PassageException) {
            _state.update { it.copy(error = t.error(e)) }
        }
    }

    suspend fun addNote(topic: String, text: String) = change { vault.interviewAddNote(topic, text) }

    /**
     * A date of the story: [date] as typed (`2019`, `2019-05`, `~2019-05`,
     * `2019-05-03`), may be empty; [kind] one of `event`, `left-country`,
     * `arrived-belgium`, `travel` (the check compares those).
     */
    suspend fun addEvent(date: String, title: String, kind: String = "event", place: String = "") = change {
        vault.interviewAddEvent(
            ChronologyEntryInput(date = date.trim().ifEmpty { null }, kind = kind, title = title, place = place),
        )
    }

    suspend fun addQuestion(question: String) = change { vault.interviewAddLawyerQuestion(question) }

    suspend fun answerQuestion(id: String, answered: Boolean, answer: String? = null) = change {
        vault.interviewAnswerLawyerQuestion(LawyerQuestionId(id), answered, answer)
    }

    /** Checks the dates of the story against each other (the core's consistency check). */
    suspend fun check() {
        val t = app.texts
        try {
            val findings = withContext(app.env.io) { vault.interviewCheck() }
            _state.update {
                it.copy(
                    findings = findings.map { f ->
                        FindingRow(f.kind, t["interview-finding-${f.kind}"], f.entry.value, f.other?.value)
                    },
                    checkSummary = if (findings.isEmpty()) t["interview-check-ok"]
                    else t.count("interview-check-found", "count", findings.size.toLong()),
                )
            }
        } catch (e: PassageException) {
            _state.update { it.copy(error = t.error(e)) }
        }
    }

    private suspend fun change(action: suspend () -> Any) {
        try {
            withContext(app.env.io) { action() }
            load()
        } catch (e: PassageException) {
            _state.update { it.copy(error = app.texts.error(e)) }
        }
    }
}
