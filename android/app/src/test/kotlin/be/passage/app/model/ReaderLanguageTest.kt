package be.passage.app.model

import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import kotlin.test.assertEquals
import kotlin.test.assertNotEquals
import kotlin.test.assertNotNull
import kotlin.test.assertTrue

/**
 * Texts that come from the core's values (a deadline's explanation, a
 * checklist section, a chronology kind, a finding of the date check, a
 * date, the wipe-after warning) follow the reader's language: the same
 * vault seen in English, then in Arabic.
 */
class ReaderLanguageTest {
    private val phone = TestPhone()

    @After
    fun cleanUp() = phone.close()

    private fun arabic(text: String) = text.any { it in '\u0600'..'\u06FF' }

    private suspend fun JournalModel.add(kind: String, date: String) {
        startAdd()
        val editor = assertNotNull(state.value.editor)
        editor.setKind(kind)
        editor.setDate(date)
        editor.save()
    }

    private data class Seen(
        val detail: DeadlineDetailState,
        val row: DeadlineRow,
        val section: String,
        val kind: String,
        val finding: String,
        val date: String,
    )

    private suspend fun look(app: AppModel): Seen {
        val home = app.tabs.home
        home.load()
        val row = home.state.value.deadlines.single { it.ruleId == "notes-copy-request" }
        home.openDeadline(row.ruleId, row.eventId)
        val detail = assertNotNull(home.state.value.detail).state
        home.closeDeadline()
        val documents = app.tabs.documents
        documents.load()
        val interview = app.tabs.interview
        interview.load()
        interview.check()
        val finding = assertNotNull(interview.state.value.findings).single { it.kind == "departure-after-arrival" }
        return Seen(
            detail = detail,
            row = row,
            section = documents.state.value.sections.single { it.id == "identity" }.title,
            kind = interview.state.value.chronology.single { it.kind == "left-country" }.kindLabel,
            finding = finding.explanation,
            date = app.texts.date("2026-03-16"),
        )
    }

    @Test
    fun deadlineSectionFindingDateAndWarningInArabic() = runBlocking<Unit> {
        val app = phone.setUpApp(language = "en")
        val journal = app.tabs.journal
        journal.add("application-lodged", "2026-01-12")
        journal.add("personal-interview", "2026-03-12T09:00")
        val interview = app.tabs.interview
        interview.addEvent("2024-05-10", "Arrived in Brussels", kind = "arrived-belgium")
        interview.addEvent("~2024-07", "Left home", kind = "left-country")

        val en = look(app)
        assertEquals("Who you are", en.section)
        assertEquals("I left my country", en.kind)
        assertEquals(
            "The date you left your country is after the date you arrived in Belgium.",
            en.finding,
        )
        assertEquals("16 March 2026", en.date) // a lone placeable gets no isolates
        assertTrue(en.detail.explanation.size >= 3, "${en.detail.explanation}")
        assertTrue(en.detail.sources.isNotEmpty())

        val settings = app.tabs.settings
        settings.load()
        settings.setLanguage("ar")
        assertEquals("ar", app.texts.language)
        val ar = look(app)

        // The deadline: title, status, every step of the explanation, dates.
        assertNotEquals(en.detail.title, ar.detail.title)
        assertTrue(arabic(ar.detail.title), ar.detail.title)
        assertNotEquals(en.row.status, ar.row.status)
        assertTrue(arabic(assertNotNull(ar.row.status)), "${ar.row.status}")
        assertEquals(en.detail.explanation.size, ar.detail.explanation.size)
        for ((english, translated) in en.detail.explanation.zip(ar.detail.explanation)) {
            assertNotEquals(english, translated)
            assertTrue(arabic(translated), translated) // no English-only line
        }
        assertEquals(app.texts["deadline-step-letter-prevails"], ar.detail.explanation.last())
        assertEquals(en.detail.sources, ar.detail.sources) // legal references are not translated
        assertTrue(arabic(ar.detail.lastVerified), ar.detail.lastVerified)
        assertEquals("16 March 2026", en.detail.computedDate)
        assertEquals("16 مارس 2026", ar.detail.computedDate)
        assertEquals(ar.date, ar.row.date)

        // A checklist section, a chronology kind, a finding, a date.
        assertNotEquals(en.section, ar.section)
        assertTrue(arabic(ar.section), ar.section)
        assertNotEquals(en.kind, ar.kind)
        assertTrue(arabic(ar.kind), ar.kind)
        assertNotEquals(en.finding, ar.finding)
        assertTrue(arabic(ar.finding), ar.finding)
        assertNotEquals(en.date, ar.date)
        assertTrue(arabic(ar.date), ar.date)

        // The wipe-after warning, with its number.
        settings.requestWipeAfter(10)
        val warning = assertNotNull(settings.state.value.wipeAfterWarning)
        assertTrue(arabic(warning) && "\u206810\u2069" in warning, warning)
        settings.cancelWipeAfter()
    }
}
