package be.passage.core

import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertTrue

/** The journal part of the user story: events, deadlines with their explanation, lock. */
class JournalTest {
    private val tmp = TempFolder()

    @After
    fun cleanUp() = tmp.close()

    @Test
    fun interviewBringsTheNotesCopyDeadlineAndSurvivesLockUnlock() = runBlocking<Unit> {
        val created = createVault(tmp.vaultDir, PASSPHRASE, FAST_KDF)
        created.vault.use { vault ->
            val today = "2026-03-13"
            vault.journalAdd(JournalEventInput(kind = "application-lodged", date = "2026-01-12"), today)
            val interview = vault.journalAdd(
                JournalEventInput(
                    kind = "personal-interview",
                    date = "2026-03-12T09:00",
                    note = "The interpreter spoke another dialect.",
                    recorded = false,
                    present = listOf("interpreter", "lawyer"),
                ),
                today,
            )

            // Bad input is a typed error naming the field; nothing is stored.
            val bad = assertFailsWith<PassageException.InvalidInput> {
                vault.journalAdd(JournalEventInput(kind = "cgrs-decision", date = "2027-01-01"), today)
            }
            assertEquals("date", bad.field)
            assertFailsWith<PassageException.InvalidInput> {
                vault.journalAdd(JournalEventInput(kind = "no-such-kind", date = "2026-01-01"), today)
            }
            assertEquals(2, vault.journalTimeline().size)

            // The notes-copy deadline: 2 working days after Thursday 12 March.
            val notes = vault.deadlines(today).single { it.ruleId == "notes-copy-request" }
            assertEquals("2026-03-16", notes.effectiveDue)
            assertEquals(interview, notes.eventId)
            assertTrue(notes.state is DeadlineState.DueSoon)
            assertTrue(notes.explanation.any { it.contains("2 working days") })
            assertTrue(notes.explanation.last().contains("letter"))

            val next = vault.nextSteps(today)
            assertEquals("waiting-for-decision", next.stage)
            assertTrue(next.openDeadlines.any { it.ruleId == "notes-copy-request" })

            // Neutral reminder texts: nothing about asylum on a lock screen.
            val reminders = vault.reminders(false, today)
            assertTrue(reminders.isNotEmpty())
            assertTrue(reminders.none { it.text.contains("interview", ignoreCase = true) })

            // Lock, wrong passphrase, unlock: everything is still there.
            vault.lock()
            assertFailsWith<PassageException.Locked> { vault.journalTimeline() }
            assertFailsWith<PassageException.WrongPassphrase> { vault.unlock("wrong passphrase!") }
            vault.unlock(PASSPHRASE)
            val timeline = vault.journalTimeline()
            assertEquals(listOf("application-lodged", "personal-interview"), timeline.map { it.kind })
            assertEquals("The interpreter spoke another dialect.", timeline[1].note)
            assertEquals("2026-03-12T09:00", timeline[1].date)

            // Delete goes to the trash and can be undone.
            vault.journalDelete(interview)
            assertEquals(1, vault.journalTrash().size)
            vault.journalRestore(interview)
            assertEquals(2, vault.journalTimeline().size)
            assertTrue(eventKinds().any { it.id == "personal-interview" })
        }
    }
}
