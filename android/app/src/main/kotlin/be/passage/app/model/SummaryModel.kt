package be.passage.app.model

import be.passage.core.PassageException
import be.passage.core.PassageVault
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.withContext

data class SummaryLanguage(val code: String, val label: String, val selected: Boolean)

data class SummaryState(
    /** The procedure language (nl or fr; nl first): the summary's second part. */
    val procedureLanguages: List<SummaryLanguage> = emptyList(),
    /** The summary is not encrypted: said before it is made. */
    val warning: String = "",
    val busy: Boolean = false,
    /** The HTML file for the platform to print; null when none is waiting. */
    val htmlPath: String? = null,
    val error: String? = null,
)

/**
 * The printable summary: the person's language first, the procedure's
 * language (nl or fr) second. [prepare] writes the HTML into the app's
 * cache (the core writes through a temporary file and a rename); the
 * platform prints it (Android: WebView + PrintManager, iOS:
 * UIMarkupTextPrintFormatter) and calls [printed], which deletes it.
 */
class SummaryModel(private val app: AppModel, private val vault: PassageVault) {
    private val _state = MutableStateFlow(SummaryState())
    val state: StateFlow<SummaryState> = _state.asStateFlow()

    private val cache = CacheFiles(app.env.cacheDir)
    private var procedure = "nl"

    init {
        refresh()
    }

    private fun refresh() {
        val t = app.texts
        _state.update {
            it.copy(
                procedureLanguages = PROCEDURE_LANGUAGES.map { c -> SummaryLanguage(c, t["language-$c"], c == procedure) },
                warning = t["print-warning"],
            )
        }
    }

    fun setProcedureLanguage(code: String) {
        if (code !in PROCEDURE_LANGUAGES) return
        procedure = code
        refresh()
    }

    /** Writes the HTML for printing; its path, or null on an error (shown). */
    suspend fun prepare(): String? {
        if (_state.value.busy) return null
        printed()
        val path = cache.newPath("passage-summary", ".html")
        _state.update { it.copy(busy = true, error = null) }
        return try {
            withContext(app.env.io) { vault.summaryToFile(path, app.texts.languages, procedure, app.env.today()) }
            _state.update { it.copy(busy = false, htmlPath = path) }
            path
        } catch (e: PassageException) {
            cache.delete(path)
            _state.update { it.copy(busy = false, error = app.texts.error(e)) }
            null
        }
    }

    /** The print job finished or was cancelled: the unencrypted file is deleted. */
    fun printed() {
        val path = _state.value.htmlPath ?: return
        cache.delete(path)
        _state.update { it.copy(htmlPath = null) }
    }

    companion object {
        val PROCEDURE_LANGUAGES = listOf("nl", "fr")
    }
}
