package be.passage.app.model

import be.passage.core.GuideBlock
import be.passage.core.GuideSearchItem
import be.passage.core.GuideSource
import be.passage.core.GuideSpan
import be.passage.core.PassageException
import be.passage.core.TextRange
import be.passage.core.UiArg
import be.passage.core.WritingDirection
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.withContext

data class ArticleRow(val slug: String, val title: String, val summary: String, val direction: WritingDirection)

/** A search hit; ranges are UTF-16 offsets into [title] / [snippet]. */
data class HitRow(
    val item: GuideSearchItem,
    val title: String,
    val titleMatches: List<TextRange>,
    val snippet: String,
    val snippetMatches: List<TextRange>,
    val direction: WritingDirection,
)

data class ReaderState(
    val slug: String,
    val title: String,
    val language: String,
    val direction: WritingDirection,
    /** Fallback and machine-translation notices, shown above the text. */
    val notices: List<String>,
    val blocks: List<GuideBlock>,
    val lastVerified: String,
    val related: List<LinkRow>,
    /** Where the facts come from: titles of documents, or web addresses. */
    val sourcesLabel: String = "",
    val sources: List<String> = emptyList(),
)

/** What the view hands to the system's text-to-speech. */
data class ReadAloudRequest(val text: String, val language: String)

data class GuideState(
    val articles: List<ArticleRow> = emptyList(),
    val query: String = "",
    /** "Search in Farsi". */
    val searchLabel: String = "",
    val hits: List<HitRow>? = null,
    /** "3 results" / "No results. Try another word." */
    val resultText: String? = null,
    val reader: ReaderState? = null,
    val error: String? = null,
)

/** The bundled guide: articles, the reader, offline search, read aloud. */
class GuideModel(private val app: AppModel) {
    private val _state = MutableStateFlow(GuideState())
    val state: StateFlow<GuideState> = _state.asStateFlow()

    suspend fun load() {
        val t = app.texts
        try {
            val articles = withContext(app.env.io) { app.guide.articles(t.languages) }
            _state.update {
                it.copy(
                    articles = articles.map { a -> ArticleRow(a.slug, a.title, a.summary, a.direction) },
                    searchLabel = t["guide-search-in", UiArg.Language("language", t.language)],
                )
            }
        } catch (e: PassageException) {
            _state.update { it.copy(error = t.error(e)) }
        }
    }

    fun setQuery(text: String) = _state.update { it.copy(query = text) }

    suspend fun search() {
        val t = app.texts
        val query = _state.value.query.trim()
        if (query.isEmpty()) {
            _state.update { it.copy(hits = null, resultText = null) }
            return
        }
        try {
            val hits = withContext(app.env.io) {
                app.guide.prepare()
                app.guide.search(query, t.languages, 20u)
            }
            _state.update {
                it.copy(
                    hits = hits.map { h ->
                        HitRow(h.item, h.title.text, h.title.matches, h.snippet.text, h.snippet.matches, h.direction)
                    },
                    resultText = if (hits.isEmpty()) t["search-no-results"]
                    else t.count("search-result-count", "count", hits.size.toLong()),
                )
            }
        } catch (e: PassageException) {
            _state.update { it.copy(error = t.error(e)) }
        }
    }

    suspend fun open(slug: String) {
        val t = app.texts
        try {
            val a = withContext(app.env.io) { app.guide.article(slug, t.languages) }
            _state.update {
                it.copy(
                    reader = ReaderState(
                        slug = a.slug,
                        title = a.title,
                        language = a.language,
                        direction = a.direction,
                        notices = listOfNotNull(a.fallbackNotice, a.needsReviewNotice),
                        blocks = a.blocks,
                        lastVerified = a.lastVerifiedText,
                        related = a.related.map { r -> LinkRow(r.slug, r.title) },
                        sourcesLabel = t["guide-sources"],
                        sources = a.sources.map { src ->
                            when (src) {
                                is GuideSource.Seed -> src.title
                                is GuideSource.Web -> src.url
                            }
                        },
                    ),
                )
            }
        } catch (e: PassageException) {
            _state.update { it.copy(error = t.error(e)) }
        }
    }

    fun closeReader() = _state.update { it.copy(reader = null) }

    /** The open article as plain text in its own language, for the system's voice. */
    fun readAloud(): ReadAloudRequest? {
        val r = _state.value.reader ?: return null
        val lines = listOf(r.title) + r.blocks.flatMap { block ->
            when (block) {
                is GuideBlock.Heading -> listOf(spans(block.spans))
                is GuideBlock.Paragraph -> listOf(spans(block.spans))
                is GuideBlock.BulletList -> block.items.map(::spans)
            }
        }
        return ReadAloudRequest(lines.joinToString("\n"), r.language)
    }

    private fun spans(spans: List<GuideSpan>) = spans.joinToString("") { it.text }
}
