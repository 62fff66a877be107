package be.passage.app.model

import be.passage.core.AttachmentInfo
import be.passage.core.ChecklistItem
import be.passage.core.ChecklistItemEdit
import be.passage.core.ChecklistItemId
import be.passage.core.OriginalLocation
import be.passage.core.PassageException
import be.passage.core.PassageVault
import be.passage.core.UiArg
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.withContext
import java.io.File

data class AttachmentRow(val id: String, val name: String, val mediaType: String, val size: Long, val added: String)

data class ChecklistItemState(
    val loaded: Boolean = false,
    val title: String = "",
    val status: String = "",
    val statusOptions: List<Option> = emptyList(),
    /** Where the original is (a place id), and since when (as typed). */
    val place: String? = null,
    val placeOptions: List<Option> = emptyList(),
    val since: String = "",
    val whyNotAvailable: String = "",
    /** Only for a document the person cannot get. */
    val showWhyNot: Boolean = false,
    val attachments: List<AttachmentRow> = emptyList(),
    val importing: Boolean = false,
    val error: String? = null,
)

/**
 * One document: status, where the original is, why it cannot be had, and
 * its photos and scans. The platform hands over a photo or file as a
 * temporary file (camera into the app cache, or a picked document copied
 * there) or as bytes; the model encrypts it into the vault and deletes the
 * temporary file whatever happens.
 */
class ChecklistItemModel(
    private val app: AppModel,
    private val vault: PassageVault,
    private val id: ChecklistItemId,
    private val onChanged: suspend () -> Unit,
    private val onClosed: () -> Unit,
) {
    private val _state = MutableStateFlow(ChecklistItemState())
    val state: StateFlow<ChecklistItemState> = _state.asStateFlow()

    suspend fun load() {
        val t = app.texts
        try {
            val (item, attachments) = withContext(app.env.io) {
                val item = vault.checklistGet(id, t.language)
                item to item.attachments.map { vault.attachmentsGet(it) }
            }
            _state.update { show(t, item, attachments) }
        } catch (e: PassageException) {
            _state.update { it.copy(error = t.error(e)) }
        }
    }

    private fun show(t: Texts, item: ChecklistItem, attachments: List<AttachmentInfo>) = ChecklistItemState(
        loaded = true,
        title = item.title,
        status = item.status,
        statusOptions = STATUSES.map { Option(it, t["document-status-$it"]) },
        place = item.location?.place,
        placeOptions = PLACES.map { Option(it, t["document-place-$it"]) },
        since = item.location?.since.orEmpty(),
        whyNotAvailable = item.whyNotAvailable,
        showWhyNot = item.status == "not-available",
        attachments = attachments.map {
            AttachmentRow(it.id.value, it.name, it.mediaType, it.size.toLong(), t.date(it.addedAt))
        },
    )

    suspend fun setStatus(status: String) = change { vault.checklistSetStatus(id, status) }

    /** Where the original is; [since] as typed (`YYYY-MM-DD`, may be empty). */
    suspend fun setLocation(place: String, since: String) = change {
        vault.checklistSetLocation(id, OriginalLocation(place, since.trim().ifEmpty { null }, ""))
    }

    suspend fun setWhyNotAvailable(text: String) = change {
        vault.checklistEdit(id, ChecklistItemEdit(whyNotAvailable = text))
    }

    /** A photo from the camera or a file copied to the cache: encrypted in, then the temporary file is deleted. */
    suspend fun importFile(path: String) = import {
        try {
            vault.attachmentsImportFile(path, id, null)
        } finally {
            File(path).delete()
        }
    }

    suspend fun importBytes(name: String, bytes: ByteArray) = import {
        vault.attachmentsImportBytes(name, bytes, id, null)
    }

    private suspend fun import(action: suspend () -> Unit) {
        _state.update { it.copy(importing = true, error = null) }
        try {
            action()
            _state.update { it.copy(importing = false) }
            load()
            onChanged()
        } catch (e: PassageException) {
            _state.update {
                it.copy(importing = false, error = app.texts["documents-import-failed", UiArg.Text("reason", app.texts.error(e))])
            }
        }
    }

    /** Moves the document to the trash (restorable) and closes it. */
    suspend fun trash() {
        try {
            withContext(app.env.io) { vault.checklistTrash(id) }
            onChanged()
            onClosed()
        } catch (e: PassageException) {
            _state.update { it.copy(error = app.texts.error(e)) }
        }
    }

    private suspend fun change(action: suspend () -> Unit) {
        try {
            withContext(app.env.io) { action() }
            load()
            onChanged()
        } catch (e: PassageException) {
            _state.update { it.copy(error = app.texts.error(e)) }
        }
    }

    private companion object {
        val STATUSES = listOf("needed", "have-original", "have-copy", "handed-in", "returned", "not-available")
        val PLACES = listOf("with-me", "with-my-lawyer", "with-cgrs", "with-immigration-office", "lost", "other")
    }
}
