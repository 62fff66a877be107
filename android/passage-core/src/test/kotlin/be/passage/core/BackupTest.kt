package be.passage.core

import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import java.io.File
import kotlin.test.assertContentEquals
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertTrue

/**
 * "Save backup" and "restore on a new phone" through the generated Kotlin
 * API: a real backup file, restored into a new vault byte-identical, a
 * merge that changes nothing, and the typed errors a shell shows.
 */
class BackupTest {
    private val tmp = TempFolder()

    @After
    fun cleanUp() = tmp.close()

    @Test
    fun backupRestoresOnANewPhoneAndMergesBack() = runBlocking<Unit> {
        createVault(tmp.vaultDir, PASSPHRASE, FAST_KDF).vault.use { vault ->
            val item = vault.checklistAddCustom("identity", "Birth certificate")
            val scan = File(tmp.root, "birth.png")
            val bytes = writeScanPng(scan)
            val attachment = vault.attachmentsImportFile(scan.path, item)

            val backupFile = File(tmp.root, "phone.backup")
            val progress = RecordingProgress()
            val report = vault.backupCreate(
                backupFile.path,
                BackupProtection.Passphrase("backup passphrase 1"),
                progress,
            )
            assertEquals(2uL, report.records)
            assertEquals(1uL, report.attachments)
            assertEquals(bytes.size.toULong(), report.bytes)
            assertEquals(bytes.size.toULong(), progress.reports.last().first)
            assertTrue(backupFile.length() > bytes.size)
            // A second backup to the same path is refused.
            assertFailsWith<PassageException.AlreadyExists> {
                vault.backupCreate(backupFile.path, BackupProtection.Passphrase("backup passphrase 1"))
            }

            // Wrong passphrase: typed error, no folder appears.
            val newDir = File(tmp.root, "new-phone")
            assertFailsWith<PassageException.WrongPassphrase> {
                backupRestoreNew(backupFile.path, BackupSecret.Passphrase("not it at all"), newDir.path, PASSPHRASE, FAST_KDF)
            }
            assertFalse(newDir.exists())
            // A mistyped age key is named.
            val badKey = assertFailsWith<PassageException.InvalidInput> {
                backupRestoreNew(backupFile.path, BackupSecret.Identity("AGE-SECRET-KEY-1XYZ"), newDir.path, PASSPHRASE, FAST_KDF)
            }
            assertEquals("identity", badKey.field)

            val restored = backupRestoreNew(
                backupFile.path,
                BackupSecret.Passphrase("backup passphrase 1"),
                newDir.path,
                "new phone passphrase",
                FAST_KDF,
            )
            assertEquals(12, restored.recoveryPhrase.split(" ").size)
            restored.vault.use { copy ->
                assertEquals(listOf(item), copy.checklistList("en").map { it.id })
                assertEquals(listOf(attachment), copy.attachmentsList().map { it.id })
                assertContentEquals(bytes, copy.attachmentsExportBytes(attachment))
            }

            // Merging the backup into the vault it came from changes nothing.
            val merged = vault.backupMerge(backupFile.path, BackupSecret.Passphrase("backup passphrase 1"))
            assertEquals(MergeReport(added = 0u, updated = 0u, unchanged = 2u, conflicts = 0u), merged)

            // A damaged file: Corrupt, and the vault is unchanged.
            val damaged = File(tmp.root, "damaged.backup")
            val raw = backupFile.readBytes()
            raw[raw.size - 20] = (raw[raw.size - 20].toInt() xor 1).toByte()
            damaged.writeBytes(raw)
            assertFailsWith<PassageException.Corrupt> {
                vault.backupMerge(damaged.path, BackupSecret.Passphrase("backup passphrase 1"))
            }
            assertEquals(1, vault.attachmentsList().size)
        }
    }
}
