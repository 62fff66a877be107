package be.passage.app.model

import be.passage.core.ChecklistItemId
import be.passage.core.EventId
import be.passage.core.PassageException
import be.passage.core.PassageVault
import be.passage.core.ShareReceipt
import be.passage.core.ShareSelection
import be.passage.core.ShareTarget
import be.passage.core.UiArg
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.withContext

/** One event or document the person may tick; nothing is ticked at first. */
data class ShareChoice(val id: String, val title: String, val detail: String, val selected: Boolean = false)

/** One line of the share log: what, with whom, when. */
data class ShareLogRow(val id: String, val text: String, val recipientKey: String?)

data class ShareState(
    val events: List<ShareChoice> = emptyList(),
    val documents: List<ShareChoice> = emptyList(),
    val chronology: Boolean = false,
    val lawyerQuestions: Boolean = false,
    val includePhotos: Boolean = false,
    /** No key: the core makes a one-time passphrase. */
    val oneTimePassphrase: Boolean = false,
    /** The lawyer's `age1...` key, typed, pasted or scanned. */
    val recipientKey: String = "",
    val recipientError: String? = null,
    /** Who receives it, for the log. */
    val recipientName: String = "",
    /** "Nothing is chosen" while nothing is ticked. */
    val nothingChosen: String? = null,
    val canCreate: Boolean = false,
    val busy: Boolean = false,
    val error: String? = null,
    /** The one-time passphrase: shown once, until [ShareModel.confirmPassphraseSeen]. */
    val shownPassphrase: String? = null,
    val done: String? = null,
    val log: List<ShareLogRow> = emptyList(),
)

/**
 * Share chosen parts of the case with a lawyer: the person ticks events and
 * documents (nothing is ticked by default), the chronology, the questions
 * for the lawyer and whether photos go with the documents; the file is
 * encrypted to the lawyer's age key or to a one-time passphrase the core
 * makes (shown once). The file is written like a backup ([createAt], or
 * [createForExport] + [exportFinished]); the share log shows what went to
 * whom and when.
 */
class ShareModel(private val app: AppModel, private val vault: PassageVault) {
    private val _state = MutableStateFlow(ShareState())
    val state: StateFlow<ShareState> = _state.asStateFlow()

    private val cache = CacheFiles(app.env.cacheDir)
    private var pending: Pair<String, ShareReceipt>? = null

    suspend fun load() {
        val t = app.texts
        try {
            val (events, documents, log) = withContext(app.env.io) {
                Triple(vault.journalTimeline(), vault.checklistList(t.language), vault.shareLog())
            }
            _state.update { s ->
                val ticked = (s.events + s.documents).filter { it.selected }.map { it.id }.toSet()
                validate(
                    s.copy(
                        events = events.map {
                            ShareChoice(it.id.value, t.find("event-kind-${it.kind}") ?: it.kindLabel, t.date(it.date), it.id.value in ticked)
                        },
                        documents = documents.map {
                            ShareChoice(it.id.value, it.title, t["document-status-${it.status}"], it.id.value in ticked)
                        },
                        log = log.map { e -> logRow(t, e) },
                        error = null,
                    ),
                )
            }
        } catch (e: PassageException) {
            _state.update { it.copy(error = t.error(e)) }
        }
    }

    private fun logRow(t: Texts, e: be.passage.core.ShareLogEntry) = ShareLogRow(
        id = e.id,
        text = t["share-log-entry",
            UiArg.Text("date", t.date(e.createdAt)),
            UiArg.Text("name", e.recipientLabel),
            UiArg.Number("events", e.events.size.toDouble()),
            UiArg.Number("documents", e.documents.size.toDouble())],
        recipientKey = e.recipient,
    )

    fun toggleEvent(id: String) = edit { s ->
        s.copy(events = s.events.map { if (it.id == id) it.copy(selected = !it.selected) else it })
    }

    fun toggleDocument(id: String) = edit { s ->
        s.copy(documents = s.documents.map { if (it.id == id) it.copy(selected = !it.selected) else it })
    }

    fun setChronology(on: Boolean) = edit { it.copy(chronology = on) }

    fun setLawyerQuestions(on: Boolean) = edit { it.copy(lawyerQuestions = on) }

    fun setIncludePhotos(on: Boolean) = edit { it.copy(includePhotos = on) }

    fun setOneTimePassphrase(on: Boolean) = edit { it.copy(oneTimePassphrase = on, recipientError = null) }

    fun setRecipientKey(text: String) = edit { it.copy(recipientKey = text, recipientError = null) }

    /** The platform's QR scanner read [payload]: it becomes the key (the core checks it on create). */
    fun scanned(payload: String) = setRecipientKey(payload.trim())

    fun setRecipientName(text: String) = edit { it.copy(recipientName = text) }

    private fun edit(change: (ShareState) -> ShareState) = _state.update { validate(change(it)) }

    private fun anythingChosen(s: ShareState) =
        s.events.any { it.selected } || s.documents.any { it.selected } || s.chronology || s.lawyerQuestions

    private fun validate(s: ShareState): ShareState {
        val chosen = anythingChosen(s)
        return s.copy(
            nothingChosen = if (chosen) null else app.texts["share-nothing-chosen"],
            canCreate = chosen && !s.busy && s.shownPassphrase == null && s.recipientName.isNotBlank() &&
                (s.oneTimePassphrase || s.recipientKey.isNotBlank()),
        )
    }

    /** Writes the file to [path] (which must not exist). True when made. */
    suspend fun createAt(path: String): Boolean {
        val receipt = create(path) ?: return false
        finish(receipt)
        return true
    }

    /** Writes the file into the app's cache for the platform to export; then [exportFinished]. */
    suspend fun createForExport(): String? {
        val path = cache.newPath("passage-share", ".age")
        val receipt = create(path) ?: return null
        pending = path to receipt
        return path
    }

    /**
     * The platform exported the file ([copied]) or gave up: the cache copy is
     * deleted. A file that never left the phone was not shared, so its log
     * entry goes to the trash.
     */
    suspend fun exportFinished(copied: Boolean) {
        val (path, receipt) = pending ?: return
        pending = null
        cache.delete(path)
        if (copied) {
            finish(receipt)
            return
        }
        val error = try {
            withContext(app.env.io) { vault.shareLogForget(receipt.id) }
            app.texts["error-cancelled"]
        } catch (e: PassageException) {
            app.texts.error(e)
        }
        _state.update { it.copy(busy = false) }
        load()
        _state.update { it.copy(error = error) }
    }

    private suspend fun create(path: String): ShareReceipt? {
        val s = _state.value
        if (!s.canCreate) return null
        val selection = ShareSelection(
            events = s.events.filter { it.selected }.map { EventId(it.id) },
            documents = s.documents.filter { it.selected }.map { ChecklistItemId(it.id) },
            includeAttachments = s.includePhotos,
            chronology = s.chronology,
            lawyerQuestions = s.lawyerQuestions,
        )
        val target = if (s.oneTimePassphrase) ShareTarget.OneTimePassphrase else ShareTarget.Recipient(s.recipientKey.trim())
        _state.update { it.copy(busy = true, canCreate = false, error = null, done = null) }
        return try {
            withContext(app.env.io) { vault.shareCreate(path, selection, s.recipientName.trim(), target) }
        } catch (e: PassageException) {
            val t = app.texts
            _state.update {
                if (e is PassageException.InvalidInput && e.field == "recipient") {
                    validate(it.copy(busy = false, recipientError = t["share-key-invalid"]))
                } else {
                    validate(it.copy(busy = false, error = t.error(e)))
                }
            }
            null
        }
    }

    /** Made: the choices are cleared; a one-time passphrase shows until confirmed. */
    private suspend fun finish(receipt: ShareReceipt) {
        _state.update {
            validate(
                ShareState(
                    events = it.events.map { c -> c.copy(selected = false) },
                    documents = it.documents.map { c -> c.copy(selected = false) },
                    shownPassphrase = receipt.oneTimePassphrase,
                    done = app.texts["common-done"],
                    log = it.log,
                ),
            )
        }
        load()
    }

    /** The person gave or wrote down the one-time passphrase: it is forgotten. */
    fun confirmPassphraseSeen() = edit { it.copy(shownPassphrase = null) }
}
