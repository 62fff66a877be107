package be.passage.app.model

import be.passage.core.EventId
import be.passage.core.JournalEntry
import be.passage.core.PassageException
import be.passage.core.PassageVault
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.withContext

/** One event on the timeline. */
data class JournalRow(
    val id: String,
    val kind: String,
    /** "Personal interview at the CGRS" (message `event-kind-<kind>`). */
    val title: String,
    val date: String,
    val note: String,
    val officialDeadline: String?,
)

data class JournalState(
    val entries: List<JournalRow> = emptyList(),
    val trash: List<JournalRow> = emptyList(),
    /** "Moved to the trash. You can restore it." with the id to restore. */
    val deletedMessage: String? = null,
    val lastDeleted: String? = null,
    /** The editor, while adding or changing an event. */
    val editor: EventEditorModel? = null,
    val error: String? = null,
)

/** The timeline of what happened, with add, edit, delete to trash, restore. */
class JournalModel(private val app: AppModel, private val vault: PassageVault) {
    private val _state = MutableStateFlow(JournalState())
    val state: StateFlow<JournalState> = _state.asStateFlow()

    private var entries: List<JournalEntry> = emptyList()

    suspend fun load() {
        val t = app.texts
        try {
            val (timeline, trash) = withContext(app.env.io) { vault.journalTimeline() to vault.journalTrash() }
            entries = timeline
            _state.update { s ->
                s.copy(entries = timeline.map { row(t, it) }, trash = trash.map { row(t, it) }, error = null)
            }
        } catch (e: PassageException) {
            _state.update { it.copy(error = t.error(e)) }
        }
    }

    private fun row(t: Texts, e: JournalEntry) = JournalRow(
        id = e.id.value,
        kind = e.kind,
        title = t.find("event-kind-${e.kind}") ?: e.kindLabel,
        date = t.date(e.date) + (e.date.substringAfter('T', "").takeIf { it.isNotEmpty() }?.let { " $it" } ?: ""),
        note = e.note,
        officialDeadline = e.officialDeadline?.let(t::date),
    )

    fun startAdd() = _state.update { it.copy(editor = EventEditorModel(app, vault, null, ::editorDone)) }

    fun startEdit(id: String) {
        val entry = entries.firstOrNull { it.id.value == id } ?: return
        _state.update { it.copy(editor = EventEditorModel(app, vault, entry, ::editorDone)) }
    }

    fun closeEditor() = _state.update { it.copy(editor = null) }

    private suspend fun editorDone() {
        closeEditor()
        load()
    }

    suspend fun delete(id: String) = change {
        vault.journalDelete(EventId(id))
        _state.update { it.copy(deletedMessage = app.texts["journal-deleted"], lastDeleted = id) }
    }

    suspend fun restore(id: String) = change {
        vault.journalRestore(EventId(id))
        _state.update { it.copy(deletedMessage = null, lastDeleted = null) }
    }

    private suspend fun change(action: suspend () -> Unit) {
        try {
            withContext(app.env.io) { action() }
            load()
        } catch (e: PassageException) {
            _state.update { it.copy(error = app.texts.error(e)) }
        }
    }
}
