package be.passage.app.model

import be.passage.core.GuideSearchItem
import be.passage.core.WritingDirection
import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import kotlin.test.assertEquals
import kotlin.test.assertNotEquals
import kotlin.test.assertNotNull
import kotlin.test.assertTrue

/** The guide in Farsi, then the whole app switched to Arabic. */
class GuideLanguageTest {
    private val phone = TestPhone()

    @After
    fun cleanUp() = phone.close()

    @Test
    fun aFarsiSearchFindsFarsiArticlesAndReadAloudUsesTheirLanguage() = runBlocking<Unit> {
        val app = phone.setUpApp(language = "fa")
        assertEquals(WritingDirection.RTL, app.state.value.direction)
        val guide = app.tabs.guide
        guide.load()
        assertTrue(guide.state.value.articles.isNotEmpty())
        assertTrue(guide.state.value.articles.all { it.direction == WritingDirection.RTL })

        guide.setQuery("پناهندگی") // "asylum"
        guide.search()
        val hits = assertNotNull(guide.state.value.hits)
        assertTrue(hits.isNotEmpty())
        assertEquals(app.texts.count("search-result-count", "count", hits.size.toLong()), guide.state.value.resultText)
        val first = hits.first()
        assertEquals(WritingDirection.RTL, first.direction)
        // Ranges are UTF-16 offsets: they cut the word out of the Kotlin string.
        val marked = (first.titleMatches.map { first.title.substring(it.start.toInt(), it.end.toInt()) } +
            first.snippetMatches.map { first.snippet.substring(it.start.toInt(), it.end.toInt()) })
        assertTrue(marked.any { "پناهندگی" in it }, "$marked")

        guide.setQuery("zzzyyqq")
        guide.search()
        assertEquals(emptyList(), guide.state.value.hits)
        assertEquals(app.texts["search-no-results"], guide.state.value.resultText)

        val slug = (first.item as GuideSearchItem.Article).slug
        guide.open(slug)
        val reader = assertNotNull(guide.state.value.reader)
        assertEquals("fa", reader.language)
        assertTrue(reader.notices.isNotEmpty()) // machine-drafted notice
        // Sources read as document titles or addresses, never file names.
        assertTrue(reader.sources.isNotEmpty())
        assertTrue(reader.sources.none { it.startsWith("seed:") || it.endsWith(".txt") }, "${reader.sources}")
        val speech = assertNotNull(guide.readAloud())
        assertEquals("fa", speech.language)
        assertTrue(speech.text.startsWith(reader.title))
    }

    @Test
    fun switchingToArabicTurnsTheAppRightToLeftWithArabicLabels() = runBlocking<Unit> {
        val app = phone.setUpApp(language = "en")
        assertEquals(WritingDirection.LTR, app.state.value.direction)
        val englishTitle = app.texts["home-title"]
        val home = app.tabs.home
        home.load()
        val englishStage = home.state.value.stage

        val settings = app.tabs.settings
        settings.load()
        settings.setLanguage("ar")
        assertEquals(listOf("en", "ar"), phone.hooks.languages)
        assertEquals(WritingDirection.RTL, app.state.value.direction)
        assertEquals("ar", app.texts.language)
        assertTrue(settings.state.value.languages.single { it.code == "ar" }.selected)
        val arabic = app.texts.localized("home-title")
        assertEquals("ar", assertNotNull(arabic).language)
        assertNotEquals(englishTitle, arabic.text)
        home.load()
        assertNotEquals(englishStage, home.state.value.stage)
        app.screen<Screen.Home>() // the switch keeps the person where they were

        // Lock options and the search label follow.
        assertTrue(settings.state.value.lockOptions.none { it.label.isBlank() })
        val guide = app.tabs.guide
        guide.load()
        assertEquals(app.texts["guide-search-in", be.passage.core.UiArg.Language("language", "ar")], guide.state.value.searchLabel)

        // The next process starts in Arabic.
        assertEquals(WritingDirection.RTL, phone.launch().state.value.direction)
    }

    @Test
    fun contactsGiveADialableTelUri() = runBlocking<Unit> {
        val app = phone.setUpApp()
        val contacts = app.tabs.contacts
        contacts.load()
        val withPhone = contacts.state.value.contacts.first { it.phone != null }
        val uri = assertNotNull(contacts.callUri(withPhone.id))
        assertTrue(Regex("tel:\\+?[0-9]+").matches(uri), uri)
        assertEquals(withPhone.phone!!.count(Char::isDigit), uri.count(Char::isDigit))
    }
}
