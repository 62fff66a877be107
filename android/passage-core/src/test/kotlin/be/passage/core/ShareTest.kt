package be.passage.core

import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import java.io.File
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNull
import kotlin.test.assertTrue

/**
 * The printable summary and a share with a lawyer, from Kotlin: the HTML in
 * Arabic then French, written to a file; a share of one event and one
 * document to the lawyer's age key and one to a one-time passphrase; the
 * share log; an empty selection refused.
 */
class ShareTest {
    private val tmp = TempFolder()

    @After
    fun cleanUp() = tmp.close()

    /** The public key of the example in age's README (a valid recipient). */
    private val lawyerKey = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"

    @Test
    fun summaryAndShareWithALawyer() = runBlocking<Unit> {
        createVault(tmp.vaultDir, PASSPHRASE, FAST_KDF).vault.use { vault ->
            val today = "2026-12-01"
            val application = vault.journalAdd(
                JournalEventInput(kind = "application-made", date = "2026-03-03", note = "KOTLIN-NOTE-ONE"),
                today,
            )
            vault.journalAdd(
                JournalEventInput(kind = "personal-interview", date = "2026-10-14T09:30", note = "KOTLIN-NOTE-TWO <b>"),
                today,
            )
            val passport = vault.checklistAddFromTemplate("passport")

            // The summary: Arabic first (right to left), then French.
            val html = vault.summaryHtml(listOf("ar"), "fr", today)
            assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"))
            assertTrue("lang=\"fr\" dir=\"ltr\"" in html)
            assertTrue("KOTLIN-NOTE-TWO &lt;b&gt;" in html)
            assertFalse("<script" in html)
            val bad = assertFailsWith<PassageException.InvalidInput> { vault.summaryHtml(listOf("en"), "en", today) }
            assertEquals("procedure language", bad.field)
            val file = File(tmp.root, "summary.html")
            vault.summaryToFile(file.path, listOf("en"), "nl", today)
            assertTrue("Samenvatting van het dossier" in file.readText())

            // A share of one event and the passport to the lawyer's key.
            val shared = File(tmp.root, "for-lawyer.age")
            val selection = ShareSelection(
                events = listOf(application),
                documents = listOf(passport),
                includeAttachments = true,
                chronology = false,
                lawyerQuestions = true,
            )
            val receipt = vault.shareCreate(shared.path, selection, "Maître Dupont", ShareTarget.Recipient(lawyerKey))
            assertNull(receipt.oneTimePassphrase)
            assertEquals(1u, receipt.events)
            assertEquals(1u, receipt.documents)
            val bytes = shared.readBytes()
            assertTrue(bytes.isNotEmpty())
            for (marker in listOf("KOTLIN-NOTE", "Dupont")) {
                assertFalse(String(bytes, Charsets.ISO_8859_1).contains(marker), marker)
            }
            assertFailsWith<PassageException.AlreadyExists> {
                vault.shareCreate(shared.path, selection, "Maître Dupont", ShareTarget.Recipient(lawyerKey))
            }

            // A one-time passphrase, shown once.
            val second = vault.shareCreate(
                File(tmp.root, "in-person.age").path,
                ShareSelection(events = emptyList(), documents = emptyList(), lawyerQuestions = true),
                "Social worker",
                ShareTarget.OneTimePassphrase,
            )
            assertEquals(6, second.oneTimePassphrase!!.split(" ").size)

            // Nothing selected: refused, no file, not logged.
            val empty = File(tmp.root, "empty.age")
            val refused = assertFailsWith<PassageException.InvalidInput> {
                vault.shareCreate(empty.path, ShareSelection(emptyList(), emptyList()), "X", ShareTarget.OneTimePassphrase)
            }
            assertEquals("selection", refused.field)
            assertFalse(empty.exists())

            val log = vault.shareLog()
            assertEquals(listOf(second.id, receipt.id), log.map { it.id })
            assertEquals("Maître Dupont", log[1].recipientLabel)
            assertEquals(lawyerKey, log[1].recipient)
            assertEquals(listOf(application), log[1].events)
            assertEquals(listOf(passport), log[1].documents)
            assertNull(log[0].recipient)
            assertTrue(log[0].lawyerQuestions)
        }
    }
}
