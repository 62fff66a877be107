package be.passage.app.model

import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue

/** The journal feeds home: an interview brings the notes-copy deadline. */
class JournalHomeTest {
    private val phone = TestPhone()

    @After
    fun cleanUp() = phone.close()

    private suspend fun JournalModel.add(kind: String, date: String): EventEditorState {
        startAdd()
        val editor = assertNotNull(state.value.editor)
        editor.setKind(kind)
        editor.setDate(date)
        editor.save()
        return editor.state.value
    }

    @Test
    fun anInterviewInTheJournalBringsTheNotesCopyDeadlineHome() = runBlocking<Unit> {
        val app = phone.setUpApp()
        val home = app.tabs.home
        home.load()
        assertEquals("not-started", home.state.value.stageId)
        assertEquals(app.texts["stage-not-started"], home.state.value.stage)
        assertEquals(emptyList(), home.state.value.deadlines)

        val journal = app.tabs.journal
        journal.add("application-lodged", "2026-01-12")
        journal.add("personal-interview", "2026-03-12T09:00")
        assertNull(journal.state.value.editor)
        val rows = journal.state.value.entries
        assertEquals(listOf("application-lodged", "personal-interview"), rows.map { it.kind })
        assertEquals(app.texts["event-kind-personal-interview"], rows[1].title)

        // A date the core refuses: its reason shows, nothing is stored.
        journal.startAdd()
        val editor = assertNotNull(journal.state.value.editor)
        editor.setKind("cgrs-decision")
        assertTrue(editor.state.value.showOutcome)
        editor.setDate("2027-01-01")
        editor.save()
        val error = assertNotNull(editor.state.value.error)
        val prefix = app.texts["journal-date-invalid", be.passage.core.UiArg.Text("reason", "")].substringBefore('\u2068')
        assertTrue(prefix.isNotBlank() && error.startsWith(prefix) && error.length > prefix.length + 2, error)
        journal.closeEditor()
        assertEquals(2, journal.state.value.entries.size)

        home.load()
        val state = home.state.value
        assertEquals("waiting-for-decision", state.stageId)
        assertEquals(app.texts["stage-waiting-for-decision"], state.stage)
        val notes = state.deadlines.single { it.ruleId == "notes-copy-request" }
        assertEquals(app.texts["deadline-rule-notes-copy-request"], notes.title)
        assertEquals(3L, notes.daysLeft) // 2 working days after Thursday 12 March: Monday 16
        assertEquals(app.texts.count("deadline-status-due-soon", "days", 3), notes.status)
        assertTrue(notes.urgent)
        assertEquals(app.texts.date("2026-03-16"), notes.date)

        // "Read now" opens the article on the guide tab.
        val read = state.readNow.first()
        app.openArticle(read.id)
        assertEquals(Tab.GUIDE, app.screen<Screen.Home>().tab)
        assertEquals(read.id, assertNotNull(app.tabs.guide.state.value.reader).slug)
        assertEquals(read.title, app.tabs.guide.state.value.reader?.title)
        app.showTab(Tab.HOME)

        home.openDeadline("notes-copy-request")
        val detail = assertNotNull(home.state.value.detail).state
        assertEquals(notes.title, detail.title)
        assertEquals(app.texts["deadline-letter-prevails"], detail.letterPrevails)
        assertTrue(detail.explanation.any { "2 working days" in it.filterNot { c -> c == '\u2068' || c == '\u2069' } }, "${detail.explanation}")
        assertEquals(app.texts["deadline-step-letter-prevails"], detail.explanation.last())
        assertTrue(detail.sources.isNotEmpty())
        assertNull(detail.officialDate)
        home.closeDeadline()

        // Delete goes to the trash and comes back.
        val interview = rows[1].id
        journal.delete(interview)
        assertEquals(app.texts["journal-deleted"], journal.state.value.deletedMessage)
        assertEquals(listOf(interview), journal.state.value.trash.map { it.id })
        home.load()
        assertTrue(home.state.value.deadlines.none { it.ruleId == "notes-copy-request" })
        journal.restore(interview)
        assertEquals(2, journal.state.value.entries.size)
        assertEquals(emptyList(), journal.state.value.trash)

        // Editing starts from what is stored and keeps what it does not show.
        journal.startEdit(interview)
        val edit = assertNotNull(journal.state.value.editor)
        assertEquals("personal-interview", edit.state.value.kind)
        assertEquals("2026-03-12T09:00", edit.state.value.date)
        assertTrue(!edit.state.value.isNew)
        edit.setNote("The interpreter spoke another dialect.")
        edit.setOfficialDeadline("2026-03-17")
        edit.save()
        assertNull(journal.state.value.editor)
        val edited = journal.state.value.entries.single { it.id == interview }
        assertEquals("The interpreter spoke another dialect.", edited.note)
        home.load()
        home.openDeadline("notes-copy-request")
        assertEquals(app.texts.date("2026-03-17"), assertNotNull(home.state.value.detail).state.officialDate)
    }
}
