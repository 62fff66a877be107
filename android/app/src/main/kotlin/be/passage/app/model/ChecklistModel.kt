package be.passage.app.model

import be.passage.core.ChecklistCounts
import be.passage.core.ChecklistItemId
import be.passage.core.PassageException
import be.passage.core.PassageVault
import be.passage.core.UiArg
import be.passage.core.checklistSections
import be.passage.core.checklistTemplates
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.withContext

data class ChecklistRow(
    val id: String,
    val title: String,
    /** "I have the original" (message `document-status-<status>`). */
    val status: String,
    val done: Boolean,
    val attachmentCount: Int,
)

data class ChecklistSectionRow(
    val id: String,
    val title: String,
    /** "2 of 5 ready". */
    val progress: String,
    val percentDone: Int,
    val items: List<ChecklistRow>,
)

data class ChecklistState(
    val progress: String = "",
    val percentDone: Int = 0,
    val sections: List<ChecklistSectionRow> = emptyList(),
    /** Templates not on the list yet, to add with one tap. */
    val suggestions: List<LinkRow> = emptyList(),
    val openItem: ChecklistItemModel? = null,
    val error: String? = null,
)

/** The document checklist: sections with their progress, items, suggestions. */
class ChecklistModel(private val app: AppModel, private val vault: PassageVault) {
    private val _state = MutableStateFlow(ChecklistState())
    val state: StateFlow<ChecklistState> = _state.asStateFlow()

    suspend fun load() {
        val t = app.texts
        try {
            val loaded = withContext(app.env.io) {
                val items = vault.checklistList(t.language)
                val progress = vault.checklistProgress()
                val counts = progress.sections.associate { it.section to it.counts }
                val onList = items.mapNotNull { it.templateId }.toSet()
                ChecklistState(
                    progress = progressText(t, progress.overall),
                    percentDone = progress.overall.percentDone.toInt(),
                    sections = checklistSections().map { section ->
                        val c = counts[section.id]
                        ChecklistSectionRow(
                            id = section.id,
                            title = t["documents-section-${section.id}"],
                            progress = c?.let { progressText(t, it) }.orEmpty(),
                            percentDone = c?.percentDone?.toInt() ?: 0,
                            items = items.filter { it.section == section.id }.map {
                                ChecklistRow(
                                    id = it.id.value,
                                    title = it.title,
                                    status = t["document-status-${it.status}"],
                                    done = it.done,
                                    attachmentCount = it.attachments.size,
                                )
                            },
                        )
                    },
                    suggestions = checklistTemplates(t.language)
                        .filter { it.id !in onList }
                        .map { LinkRow(it.id, it.title) },
                )
            }
            _state.update { loaded.copy(openItem = it.openItem) }
        } catch (e: PassageException) {
            _state.update { it.copy(error = t.error(e)) }
        }
    }

    private fun progressText(t: Texts, c: ChecklistCounts) = t[
        "documents-progress",
        UiArg.Number("done", c.done.toDouble()),
        UiArg.Number("total", c.total.toDouble()),
    ]

    suspend fun addFromTemplate(templateId: String) = change { vault.checklistAddFromTemplate(templateId) }

    suspend fun addCustom(section: String, title: String) = change { vault.checklistAddCustom(section, title) }

    private suspend fun change(action: suspend () -> ChecklistItemId) {
        try {
            val id = withContext(app.env.io) { action() }
            load()
            open(id.value)
        } catch (e: PassageException) {
            _state.update { it.copy(error = app.texts.error(e)) }
        }
    }

    suspend fun open(id: String) {
        val item = ChecklistItemModel(app, vault, ChecklistItemId(id), onChanged = ::load, onClosed = ::close)
        item.load()
        _state.update { it.copy(openItem = item) }
    }

    fun close() = _state.update { it.copy(openItem = null) }
}
