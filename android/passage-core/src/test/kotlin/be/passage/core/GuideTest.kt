package be.passage.core

import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue

/**
 * The guide part of the user story, without a vault: an Arabic reader
 * searches the guide, a Farsi reader opens an article, the language picker
 * lists the languages with their direction.
 */
class GuideTest {
    private val guide = PassageGuide()

    @After
    fun cleanUp() = guide.close()

    /** The marked parts of a highlighted text (ranges are UTF-16 indices). */
    private fun HighlightedText.marked(): List<String> =
        matches.map { text.substring(it.start.toInt(), it.end.toInt()) }

    @Test
    fun arabicSearchFindsTheProcedureOverviewWhateverTheAlefSpelling() = runBlocking<Unit> {
        guide.prepare() // builds the index off the caller's thread
        val chain = negotiateLanguages(listOf("ar"), listOf("nl-BE", "de-DE"))
        assertEquals(listOf("ar", "nl", "en"), chain)

        // "asylum", and "procedures" typed with a bare alef where the text
        // writes إجراءات (alef with hamza below).
        val cases = listOf("اللجوء" to "اللجوء", "اجراءات" to "إجراءات")
        for ((query, inText) in cases) {
            val hits = guide.search(query, chain, 10u)
            val hit = hits.firstOrNull { it.item == GuideSearchItem.Article("procedure-overview") }
            assertNotNull(hit, "$query: ${hits.map { it.item }}")
            assertEquals("ar", hit.language)
            assertEquals(WritingDirection.RTL, hit.direction)
            assertEquals("إجراءات اللجوء خطوة بخطوة", hit.title.text)
            // UTF-16 offsets, usable with substring (UTF-8 offsets would not be).
            assertEquals(listOf(inText), hit.title.marked())
        }
        assertEquals(3u, guide.search("اللجوء", chain, 3u).size.toUInt())
    }

    @Test
    fun languagesListTheRightToLeftOnesWithTheirNativeNames() {
        val all = languages()
        assertEquals(listOf("nl", "fr", "en", "es", "ar", "fa", "ps", "so", "ti"), all.map { it.code })
        val rtl = all.filter { it.direction == WritingDirection.RTL }
        assertEquals(
            listOf("ar" to "العربية", "fa" to "فارسی", "ps" to "پښتو"),
            rtl.map { it.code to it.nativeName },
        )
        assertEquals(WritingDirection.LTR, all.single { it.code == "ti" }.direction)
        assertEquals("ትግርኛ", all.single { it.code == "ti" }.nativeName)
    }

    @Test
    fun aFarsiArticleIsRightToLeftAndSaysItIsMachineDrafted() {
        val article = guide.article("procedure-overview", negotiateLanguages(listOf("fa"), emptyList()))
        assertEquals("fa", article.language)
        assertEquals("fa", article.languageRequested)
        assertEquals(WritingDirection.RTL, article.direction)
        assertEquals("machine-drafted", article.translationStatus)
        assertNull(article.fallbackNotice)
        val notice = assertNotNull(article.needsReviewNotice)
        assertEquals(uiText(listOf("fa"), "guide-machine-drafted-notice").text, notice)
        assertTrue(article.title.contains("پناهندگی"), article.title)
        assertTrue(article.blocks.first() is GuideBlock.Paragraph)
        val links = article.blocks.flatMap { block ->
            when (block) {
                is GuideBlock.Heading -> block.spans
                is GuideBlock.Paragraph -> block.spans
                is GuideBlock.BulletList -> block.items.flatten()
            }
        }.mapNotNull { it.link }
        assertTrue(GuideLink.Article("make-and-lodge-application") in links)
        assertTrue("fa" in article.availableLanguages && "en" in article.availableLanguages)
        assertTrue(article.sources.isNotEmpty())

        // A Farsi search marks the word in the Farsi title.
        val hit = guide.search("پناهندگی", listOf("fa"), 5u)
            .first { it.item == GuideSearchItem.Article("procedure-overview") }
        assertEquals(listOf("پناهندگی"), hit.title.marked())
    }

    @Test
    fun uiTextsTakeNamedArguments() {
        val count = uiText(listOf("en"), "search-result-count", listOf(UiArg.Number("count", 3.0)))
        assertEquals("\u20683\u2069 results", count.text)
        val date = uiText(listOf("fr"), "guide-last-verified", listOf(UiArg.Date("date", "2026-03-03")))
        assertTrue("mars 2026" in date.text, date.text)
        assertEquals("fr", date.language)
        assertFailsWith<PassageException.NotFound> { uiText(listOf("en"), "no-such-message") }
    }

    @Test
    fun anUnknownLanguageCodeIsATypedInvalidInput() {
        val search = assertFailsWith<PassageException.InvalidInput> { guide.search("asylum", listOf("de")) }
        assertEquals("language", search.field)
        assertFalse("de" in search.reason.split(", ", " "), "the code typed is not echoed")
        assertFailsWith<PassageException.InvalidInput> { guide.article("procedure-overview", listOf("xx")) }
        assertFailsWith<PassageException.InvalidInput> { negotiateLanguages(listOf("klingon"), emptyList()) }
        assertFailsWith<PassageException.NotFound> { guide.article("no-such-article", listOf("en")) }
    }
}
