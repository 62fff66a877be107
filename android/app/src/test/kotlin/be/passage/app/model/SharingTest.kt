package be.passage.app.model

import be.passage.core.ageKeygen
import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import java.io.File
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue

/** Backup, restore on a new phone, share with a lawyer, printable summary: real core, real files. */
class SharingTest {
    private val phone = TestPhone()
    private val newPhone = TestPhone()

    @After
    fun cleanUp() {
        phone.close()
        newPhone.close()
    }

    /** Without the isolation marks (U+2068, U+2069) the core puts around each placeable. */
    private fun plain(text: String) = text.replace("\u2068", "").replace("\u2069", "")

    private val backupPassphrase = "a long backup passphrase"

    /** One event and one document, through the models. */
    private suspend fun AppModel.addCase(): Pair<String, String> {
        val journal = tabs.journal
        journal.startAdd()
        val editor = assertNotNull(journal.state.value.editor)
        editor.setKind("personal-interview")
        editor.setDate("2026-03-10")
        editor.save()
        val documents = tabs.documents
        documents.load()
        val suggestion = documents.state.value.suggestions.first()
        documents.addFromTemplate(suggestion.id)
        journal.load()
        return journal.state.value.entries.single().title to suggestion.title
    }

    private fun AppModel.sharing(): SharingPage = screen<Screen.Sharing>().page

    @Test
    fun aBackupRestoredOnANewPhoneHasTheSameDataAndThePinWorks() = runBlocking<Unit> {
        val app = phone.setUpApp()
        val (_, document) = app.addCase()

        app.openBackup()
        val backup = (app.sharing() as SharingPage.Backup).model
        backup.setPassphrase("short")
        assertEquals(app.texts["setup-passphrase-too-short", be.passage.core.UiArg.Number("min", 8.0)], backup.state.value.passphraseError)
        backup.setPassphrase(backupPassphrase)
        backup.setRepeat("a long backup passphrasE")
        assertEquals(app.texts["setup-passphrase-mismatch"], backup.state.value.repeatError)
        assertFalse(backup.state.value.canSave)
        assertNull(backup.saveForExport()) // refused: nothing written
        backup.setRepeat(backupPassphrase)
        assertTrue(backup.state.value.canSave)

        // SAF: the core writes into the cache, the platform copies to the stick, the cache copy goes.
        val temp = assertNotNull(backup.saveForExport())
        assertTrue(temp.startsWith(File(phone.root, "cache").path))
        val stick = File(phone.root, "usb-stick.age")
        File(temp).copyTo(stick)
        backup.exportFinished(copied = true)
        assertFalse(File(temp).exists(), "the cache copy must be deleted")
        val done = assertNotNull(backup.state.value.done)
        assertTrue(plain(done).startsWith("Backup saved."), done)
        assertEquals("", backup.state.value.passphrase)
        assertFalse(stick.readBytes().toString(Charsets.ISO_8859_1).contains(document), "the backup is encrypted")

        // Merging the same backup into the same vault adds nothing.
        backup.setMergeSecret(backupPassphrase)
        backup.merge(stick.path)
        assertNull(backup.state.value.mergeError)
        val merged = assertNotNull(backup.state.value.mergeResult)
        assertTrue(plain(merged).startsWith("Added: 0. Updated: 0."), merged)
        app.closeSharing()
        assertEquals(Tab.HOME, app.screen<Screen.Home>().tab)

        // A new phone: language, then "Restore a backup" instead of the setup.
        val fresh = newPhone.launch()
        fresh.screen<Screen.Language>().model.select("en")
        fresh.screen<Screen.Setup>()
        fresh.startRestore()
        val restore = fresh.screen<Screen.Restore>().model
        assertFalse(restore.state.value.canRestore)
        val picked = File(newPhone.root, "cache/picked.age").also { it.parentFile.mkdirs() }
        stick.copyTo(picked)
        restore.chooseFile(picked.path, temporary = true)
        restore.setSecret("not the backup passphrase")
        restore.setPassphrase("new phone passphrase")
        restore.setRepeat("new phone passphrase")
        restore.setPin("1357")
        assertTrue(restore.state.value.canRestore)

        // Wrong backup passphrase: the error shows, nothing is created.
        restore.restore()
        assertEquals(fresh.texts["error-wrong-passphrase"], restore.state.value.error)
        assertEquals(RestoreStep.FORM, restore.state.value.step)
        assertTrue(File(newPhone.root, "vaults").listFiles().isNullOrEmpty(), "no vault after a wrong passphrase")
        assertTrue(picked.exists(), "the chosen file stays for another try")

        restore.setSecret(backupPassphrase)
        restore.restore()
        val shown = restore.state.value
        assertEquals(RestoreStep.RECOVERY, shown.step)
        assertEquals(12, shown.recoveryWords.size)
        assertEquals("", shown.secret)
        assertEquals("", shown.pin)
        assertFalse(picked.exists(), "the cache copy of the backup is deleted")
        restore.confirmRecovery()
        assertTrue(restore.state.value.recoveryWords.isEmpty())

        // Same data on the new phone.
        val documents = fresh.tabs.documents
        documents.load()
        assertEquals(listOf(document), documents.state.value.sections.flatMap { it.items }.map { it.title })
        val journal = fresh.tabs.journal
        journal.load()
        assertEquals(listOf("personal-interview"), journal.state.value.entries.map { it.kind })

        // The new PIN opens it, after a lock and after a restart.
        fresh.lock()
        val unlock = fresh.screen<Screen.Unlock>().model
        unlock.setInput("1357")
        unlock.submit()
        fresh.screen<Screen.Home>()
        val again = newPhone.launch()
        val unlockAgain = again.screen<Screen.Unlock>().model
        unlockAgain.setInput("1357")
        unlockAgain.submit()
        again.screen<Screen.Home>()
    }

    @Test
    fun aBackupLockedWithAnAgeKeyRestoresWithTheIdentityText() = runBlocking<Unit> {
        val app = phone.setUpApp()
        val (_, document) = app.addCase()
        val key = ageKeygen()
        val file = File(phone.root, "key-backup.age")
        checkNotNull(app.own).backupCreate(file.path, be.passage.core.BackupProtection.Recipient(key.publicKey), null)

        val fresh = newPhone.launch()
        fresh.screen<Screen.Language>().model.select("en")
        fresh.startRestore()
        val restore = fresh.screen<Screen.Restore>().model
        restore.chooseFile(file.path)
        restore.setPassphrase("new phone passphrase")
        restore.setRepeat("new phone passphrase")
        restore.setPin("1357")
        // The key's text typed as a passphrase: the core says which is wrong, nothing is made.
        restore.setSecret(key.identity)
        restore.restore()
        assertNotNull(restore.state.value.error)
        assertTrue(File(newPhone.root, "vaults").listFiles().isNullOrEmpty())
        restore.setWithKey(true)
        restore.restore()
        assertEquals(RestoreStep.RECOVERY, restore.state.value.step, restore.state.value.error)
        restore.confirmRecovery()
        val documents = fresh.tabs.documents
        documents.load()
        assertEquals(listOf(document), documents.state.value.sections.flatMap { it.items }.map { it.title })
        assertTrue(file.exists(), "a file the person picked in place is not deleted")
    }

    @Test
    fun shareToALawyersKeyStartsWithNothingChosenAndIsLogged() = runBlocking<Unit> {
        val app = phone.setUpApp()
        val (event, document) = app.addCase()
        app.openShare()
        val share = (app.sharing() as SharingPage.Share).model
        share.load()
        val s = share.state.value
        assertEquals(listOf(event), s.events.map { it.title })
        assertEquals(listOf(document), s.documents.map { it.title })
        assertTrue((s.events + s.documents).none { it.selected }, "nothing is chosen by default")
        assertFalse(s.chronology || s.lawyerQuestions || s.includePhotos)
        assertEquals(app.texts["share-nothing-chosen"], s.nothingChosen)
        assertFalse(s.canCreate)
        assertTrue(s.log.isEmpty())

        share.toggleDocument(s.documents.single().id)
        share.setRecipientName("Maître Dupont")
        val lawyer = ageKeygen()
        // A QR payload with one character changed: the core refuses it, no file, no log entry.
        val typo = lawyer.publicKey.dropLast(1) + if (lawyer.publicKey.last() == 'q') "p" else "q"
        share.scanned(" $typo\n")
        assertTrue(share.state.value.canCreate)
        val refused = File(phone.root, "refused.age")
        assertFalse(share.createAt(refused.path))
        assertEquals(app.texts["share-key-invalid"], share.state.value.recipientError)
        assertFalse(refused.exists())
        share.load()
        assertTrue(share.state.value.log.isEmpty())

        share.scanned(lawyer.publicKey)
        assertNull(share.state.value.recipientError)
        val file = File(phone.root, "for-the-lawyer.age")
        assertTrue(share.createAt(file.path))
        assertTrue(file.length() > 0)
        assertNull(share.state.value.shownPassphrase, "a key share has no passphrase")
        val after = share.state.value
        assertTrue((after.events + after.documents).none { it.selected }, "the choices are cleared")
        val entry = after.log.single()
        assertEquals(lawyer.publicKey, entry.recipientKey)
        assertTrue("Maître Dupont" in plain(entry.text), entry.text)
        assertTrue(plain(entry.text).endsWith("Events: 0. Documents: 1."), entry.text)
    }

    @Test
    fun aOneTimePassphraseIsShownOnceThenCleared() = runBlocking<Unit> {
        val app = phone.setUpApp()
        app.addCase()
        app.openShare()
        val share = (app.sharing() as SharingPage.Share).model
        share.load()
        share.toggleEvent(share.state.value.events.single().id)
        share.setChronology(true)
        share.setOneTimePassphrase(true)
        share.setRecipientName("Legal aid office")
        // The person first cancels the export sheet: the file never left the
        // phone, so nothing was shared and the log stays empty.
        val dropped = assertNotNull(share.createForExport())
        share.exportFinished(copied = false)
        assertFalse(File(dropped).exists())
        assertTrue(share.state.value.log.isEmpty())
        assertEquals(app.texts["error-cancelled"], share.state.value.error)
        assertNull(share.state.value.shownPassphrase)
        val temp = assertNotNull(share.createForExport())
        assertNull(share.state.value.shownPassphrase, "shown only once the file is where the person chose")
        share.exportFinished(copied = true)
        assertFalse(File(temp).exists())
        val words = assertNotNull(share.state.value.shownPassphrase).split(' ')
        assertEquals(6, words.size)
        assertFalse(share.state.value.canCreate)
        share.confirmPassphraseSeen()
        assertNull(share.state.value.shownPassphrase)
        val entry = share.state.value.log.single()
        assertNull(entry.recipientKey)
        assertTrue(plain(entry.text).endsWith("Events: 1. Documents: 0."), entry.text)
    }

    @Test
    fun theArabicSummaryIsRightToLeftAndDeletedAfterPrinting() = runBlocking<Unit> {
        val app = phone.setUpApp("ar")
        app.addCase()
        app.openSummary()
        val summary = (app.sharing() as SharingPage.Summary).model
        val languages = summary.state.value.procedureLanguages
        assertEquals(listOf("nl", "fr"), languages.map { it.code })
        assertEquals("nl", languages.single { it.selected }.code)
        assertNotEquals(languages[0].label, "Dutch")
        assertEquals(app.texts["print-warning"], summary.state.value.warning)
        summary.setProcedureLanguage("fr")
        assertEquals("fr", summary.state.value.procedureLanguages.single { it.selected }.code)

        val path = assertNotNull(summary.prepare())
        assertEquals(path, summary.state.value.htmlPath)
        val html = File(path).readText()
        assertTrue("<html lang=\"ar\" dir=\"rtl\">" in html, html.take(300))
        summary.printed()
        assertFalse(File(path).exists(), "the unencrypted summary is deleted after printing")
        assertNull(summary.state.value.htmlPath)
    }
}
