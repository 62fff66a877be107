package be.passage.app.model

import be.passage.core.JournalEntry
import be.passage.core.JournalEventInput
import be.passage.core.PassageException
import be.passage.core.PassageVault
import be.passage.core.UiArg
import be.passage.core.eventKinds
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.withContext

/** A choice in a list: a stable id and its translated label. */
data class Option(val id: String, val label: String)

data class EventEditorState(
    val isNew: Boolean,
    val kinds: List<Option>,
    val kind: String,
    /** As typed: `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`; the core parses it. */
    val date: String = "",
    val officialDeadline: String = "",
    val note: String = "",
    val outcomes: List<Option> = emptyList(),
    val outcome: String? = null,
    /** The kind is a decision: the outcome field shows. */
    val showOutcome: Boolean = false,
    /** The core's reason for a date it refused, or another error. */
    val error: String? = null,
    val busy: Boolean = false,
) {
    val canSave: Boolean get() = !busy && kind.isNotEmpty() && date.isNotBlank()
}

/** Add or change one journal event; the core checks every field. */
class EventEditorModel(
    private val app: AppModel,
    private val vault: PassageVault,
    private val editing: JournalEntry?,
    private val onDone: suspend () -> Unit,
) {
    private val _state: MutableStateFlow<EventEditorState>
    val state: StateFlow<EventEditorState>

    init {
        val t = app.texts
        val kinds = eventKinds().map { Option(it.id, t.find("event-kind-${it.id}") ?: it.label) }
        val kind = editing?.kind ?: kinds.firstOrNull()?.id.orEmpty()
        _state = MutableStateFlow(
            EventEditorState(
                isNew = editing == null,
                kinds = kinds,
                kind = kind,
                date = editing?.date.orEmpty(),
                officialDeadline = editing?.officialDeadline.orEmpty(),
                note = editing?.note.orEmpty(),
                outcomes = OUTCOMES.map { Option(it, t["decision-outcome-$it"]) },
                outcome = editing?.outcome,
                showOutcome = kind in DECISION_KINDS,
            ),
        )
        state = _state.asStateFlow()
    }

    fun setKind(id: String) = _state.update { it.copy(kind = id, showOutcome = id in DECISION_KINDS, error = null) }
    fun setDate(text: String) = _state.update { it.copy(date = text, error = null) }
    fun setOfficialDeadline(text: String) = _state.update { it.copy(officialDeadline = text, error = null) }
    fun setNote(text: String) = _state.update { it.copy(note = text) }
    fun setOutcome(id: String?) = _state.update { it.copy(outcome = id) }

    suspend fun save() {
        val s = _state.value
        if (!s.canSave) return
        _state.update { it.copy(busy = true, error = null) }
        val input = JournalEventInput(
            kind = s.kind,
            date = s.date.trim(),
            note = s.note,
            officialDeadline = s.officialDeadline.trim().ifEmpty { null },
            outcome = s.outcome.takeIf { s.showOutcome },
            registeredLetter = editing?.registeredLetter ?: false,
            recorded = editing?.recorded,
            present = editing?.present ?: emptyList(),
        )
        try {
            withContext(app.env.io) {
                if (editing == null) vault.journalAdd(input, app.env.today())
                else vault.journalEdit(editing.id, input, app.env.today())
            }
            onDone()
        } catch (e: PassageException.InvalidInput) {
            // The core names what is wrong with the date ("must not be in the future", ...).
            val text = if (e.field == "date" || e.field == "official deadline") {
                app.texts["journal-date-invalid", UiArg.Text("reason", e.reason)]
            } else {
                app.texts.error(e)
            }
            _state.update { it.copy(busy = false, error = text) }
        } catch (e: PassageException) {
            _state.update { it.copy(busy = false, error = app.texts.error(e)) }
        }
    }

    private companion object {
        /** Outcome ids the core accepts (JournalEventInput.outcome). */
        val OUTCOMES = listOf("refugee-status", "subsidiary-protection", "refusal", "inadmissible", "manifestly-unfounded")

        /** Kinds that carry an outcome: a decision or a recognition. */
        val DECISION_KINDS = setOf("cgrs-decision", "call-judgment", "recognition")
    }
}
