package be.passage.core

import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import java.io.File
import kotlin.test.assertContentEquals
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertTrue

/**
 * The checklist and attachments part of the user story: a passport item
 * from a template, its scan imported and linked, progress per section,
 * trash and restore, lock and unlock.
 */
class ChecklistTest {
    private val tmp = TempFolder()

    @After
    fun cleanUp() = tmp.close()

    private val attachmentFiles: Int
        get() = File(tmp.vaultDir, "attachments").list()?.size ?: 0

    @Test
    fun passportScanIsKeptEncryptedLinkedAndIntactAfterLockUnlock() = runBlocking<Unit> {
        createVault(tmp.vaultDir, PASSPHRASE, FAST_KDF).vault.use { vault ->
            // The passport, from the shipped template; a second time is refused.
            val template = checklistTemplates().single { it.id == "passport" }
            assertEquals("identity", template.section)
            assertTrue("registration" in template.stages)
            val passport = vault.checklistAddFromTemplate("passport")
            assertFailsWith<PassageException.AlreadyExists> { vault.checklistAddFromTemplate("passport") }
            val unknown = assertFailsWith<PassageException.InvalidInput> {
                vault.checklistAddFromTemplate("no-such-template")
            }
            assertEquals("template", unknown.field)
            val uncle = vault.checklistAddCustom("reasons", "Letter from my uncle")

            // A real PNG on disk, imported with progress and linked to the passport.
            val scan = File(tmp.root, "passport-scan.png")
            val bytes = writeScanPng(scan)
            assertTrue(bytes.size > 65_536, "more than one chunk")
            val progress = RecordingProgress()
            val attachment = vault.attachmentsImportFile(scan.path, passport, progress)
            val total = bytes.size.toULong()
            assertEquals(2, progress.reports.size)
            assertEquals(total to total, progress.reports.last())
            assertTrue(progress.reports.all { it.second == total })

            val info = vault.attachmentsGet(attachment)
            assertEquals("passport-scan.png", info.name)
            assertEquals("image/png", info.mediaType)
            assertEquals(total, info.size)
            assertEquals(sha256Hex(bytes), info.sha256)
            assertEquals(passport, info.item)
            assertEquals(listOf(attachment), vault.checklistGet(passport).attachments)
            assertEquals(listOf(attachment), vault.attachmentsList().map { it.id })

            // Verify, then export: byte-identical, all or nothing.
            vault.attachmentsVerify(attachment)
            val exported = File(tmp.root, "exported.png")
            vault.attachmentsExportToFile(attachment, exported.path)
            assertContentEquals(bytes, exported.readBytes())
            assertFailsWith<PassageException.AlreadyExists> {
                vault.attachmentsExportToFile(attachment, exported.path)
            }
            assertContentEquals(bytes, vault.attachmentsExportBytes(attachment))

            // Stopping an import from the listener: a typed error, nothing kept.
            val stop = RecordingProgress(stopAfter = 1)
            assertFailsWith<PassageException.Cancelled> {
                vault.attachmentsImportBytes("big.bin", ByteArray(200_000), progress = stop)
            }
            assertEquals(1, stop.reports.size)
            assertEquals(1, vault.attachmentsList().size)
            assertEquals(1, attachmentFiles)

            // Progress per section.
            vault.checklistSetStatus(passport, "have-copy")
            vault.checklistSetLocation(passport, OriginalLocation(place = "with-cgrs", since = "2026-02-03"))
            val badStatus = assertFailsWith<PassageException.InvalidInput> { vault.checklistSetStatus(uncle, "lost-it") }
            assertEquals("status", badStatus.field)
            val p = vault.checklistProgress()
            assertEquals(checklistSections().map { it.id }, p.sections.map { it.section })
            val identity = p.sections.single { it.section == "identity" }.counts
            assertEquals(Triple(1u, 1u, 100), Triple(identity.total, identity.done, identity.percentDone.toInt()))
            assertEquals(1u, identity.haveCopy)
            val reasons = p.sections.single { it.section == "reasons" }.counts
            assertEquals(Triple(1u, 0u, 0), Triple(reasons.total, reasons.done, reasons.percentDone.toInt()))
            assertEquals(1u, reasons.needed)
            assertEquals(Triple(2u, 1u, 50), Triple(p.overall.total, p.overall.done, p.overall.percentDone.toInt()))

            // Trash and restore, for the item and for the attachment.
            vault.checklistTrash(uncle)
            assertEquals(listOf(passport), vault.checklistList().map { it.id })
            assertEquals(listOf(uncle), vault.checklistListTrash().map { it.id })
            assertEquals(1u, vault.checklistProgress().overall.total)
            vault.checklistRestore(uncle)
            vault.attachmentsTrash(attachment)
            assertTrue(vault.attachmentsList().isEmpty())
            assertNotNull(vault.attachmentsListTrash().single().trashedAt)
            vault.attachmentsRestore(attachment)
            assertEquals(1, attachmentFiles)

            // Lock: nothing readable; a wrong passphrase is a typed error.
            vault.lock()
            assertFailsWith<PassageException.Locked> { vault.checklistList() }
            assertFailsWith<PassageException.Locked> { vault.attachmentsExportBytes(attachment) }
            assertFailsWith<PassageException.WrongPassphrase> { vault.unlock("wrong passphrase!") }
            assertFalse(vault.isUnlocked())

            // Unlock: everything is intact.
            vault.unlock(PASSPHRASE)
            val recovery = vault.attachmentsRecover()
            assertTrue(recovery.missing.isEmpty())
            assertEquals(0u, recovery.completed + recovery.removedPartial + recovery.removedOrphans)
            val items = vault.checklistList()
            assertEquals(listOf(passport, uncle), items.map { it.id })
            val kept = items[0]
            assertEquals("Passport", kept.title)
            assertEquals("have-copy", kept.status)
            assertTrue(kept.done)
            assertEquals(OriginalLocation(place = "with-cgrs", since = "2026-02-03", detail = ""), kept.location)
            assertEquals(listOf(attachment), kept.attachments)
            assertEquals("Letter from my uncle", items[1].title)
            assertEquals(null, items[1].templateId)
            vault.attachmentsVerify(attachment)
            assertContentEquals(bytes, vault.attachmentsExportBytes(attachment))
            assertEquals(sha256Hex(bytes), vault.attachmentsGet(attachment).sha256)
        }
    }
}
