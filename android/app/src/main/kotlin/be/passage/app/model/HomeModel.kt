package be.passage.app.model

import be.passage.core.LocalizedDeadline
import be.passage.core.PassageException
import be.passage.core.PassageVault
import be.passage.core.checklistTemplates
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.withContext

/** Something to tap: an id and its title. */
data class LinkRow(val id: String, val title: String)

data class HomeState(
    val loaded: Boolean = false,
    /** "You are waiting for your interview." (message `stage-<id>`). */
    val stage: String = "",
    val stageId: String = "",
    val deadlines: List<DeadlineRow> = emptyList(),
    /** Guide articles to read now (slug, title). */
    val readNow: List<LinkRow> = emptyList(),
    val prepareInterview: Boolean = false,
    /** Checklist templates suggested for this stage (id, title). */
    val documentsToGather: List<LinkRow> = emptyList(),
    /** The deadline opened from the list, if any. */
    val detail: DeadlineDetailModel? = null,
    val error: String? = null,
)

/** Home: where the person stands, the coming dates, what to read and gather. */
class HomeModel(private val app: AppModel, private val vault: PassageVault) {
    private val _state = MutableStateFlow(HomeState())
    val state: StateFlow<HomeState> = _state.asStateFlow()

    private var deadlines: List<LocalizedDeadline> = emptyList()

    suspend fun load() {
        val t = app.texts
        try {
            val loaded = withContext(app.env.io) {
                val today = app.env.today()
                val next = vault.nextSteps(today)
                // The open deadlines the core chose, with their texts in the reader's language.
                val open = next.openDeadlines.map { it.ruleId to it.eventId }
                val localized = vault.deadlinesIn(t.languages, today)
                    .associateBy { it.deadline.ruleId to it.deadline.eventId }
                val articles = app.guide.articles(t.languages).associateBy { it.slug }
                val templates = checklistTemplates(t.language).associateBy { it.id }
                deadlines = open.mapNotNull { localized[it] }
                HomeState(
                    loaded = true,
                    stage = t["stage-${next.stage}"],
                    stageId = next.stage,
                    deadlines = deadlines.map { t.deadlineRow(it) },
                    readNow = next.readNow.map { LinkRow(it, articles[it]?.title ?: it) },
                    prepareInterview = next.prepareInterview,
                    documentsToGather = next.documentsToGather.map { LinkRow(it, templates[it]?.title ?: it) },
                )
            }
            _state.value = loaded
        } catch (e: PassageException) {
            _state.update { it.copy(error = t.error(e)) }
        }
    }

    /** Opens a deadline of the list ([eventId] tells two of the same rule apart). */
    fun openDeadline(ruleId: String, eventId: String? = null) {
        val d = deadlines.firstOrNull {
            it.deadline.ruleId == ruleId && (eventId == null || it.deadline.eventId.value == eventId)
        } ?: return
        _state.update { it.copy(detail = DeadlineDetailModel(app.texts, d)) }
    }

    fun closeDeadline() = _state.update { it.copy(detail = null) }

    /** "Documents to gather": put a suggested document on the checklist. */
    suspend fun gather(templateId: String) {
        try {
            withContext(app.env.io) { vault.checklistAddFromTemplate(templateId) }
            load()
        } catch (e: PassageException) {
            _state.update { it.copy(error = app.texts.error(e)) }
        }
    }
}
