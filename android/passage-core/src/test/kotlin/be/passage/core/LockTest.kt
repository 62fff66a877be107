package be.passage.core

import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import java.io.File
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertTrue

/** PIN with attempt delays, duress PIN opening a decoy, several vaults, panic wipe. */
class LockTest {
    private val tmp = TempFolder()

    @After
    fun cleanUp() = tmp.close()

    @Test
    fun pinDelaysDuressDecoyAndPanicWipe() = runBlocking<Unit> {
        val keystore = InMemoryAesKeyStore()
        val root = File(tmp.root, "vaults").path
        val real = createVault(newVaultPath(root), PASSPHRASE, FAST_KDF).vault
        real.setLabel("Amina")
        real.journalAdd(JournalEventInput(kind = "arrival", date = "2026-01-05"), "2026-03-13")
        real.setPin("2468", keystore)

        // Auto-lock: a short idle time is refused, a fresh touch keeps it open.
        assertFailsWith<PassageException.InvalidInput> { real.setIdleTimeout(5uL) }
        real.setIdleTimeout(60uL)
        real.touch()
        assertFalse(real.lockIfIdle())
        assertEquals(60uL, real.idleTimeout())
        real.lock()

        // Five free wrong tries, then the lock screen must wait.
        repeat(5) {
            assertFailsWith<PassageException.WrongPassphrase> { real.unlockWithPin("1111", keystore) }
        }
        val waiting = assertFailsWith<PassageException.RetryLater> { real.unlockWithPin("2468", keystore) }
        assertTrue(waiting.seconds > 0uL)
        assertEquals(5u, real.pinAttempts(keystore).failures)
        assertFalse(real.isUnlocked())

        // The passphrase still opens and resets the counter; then the PIN works.
        real.unlock(PASSPHRASE)
        real.lock()
        assertTrue(real.unlockWithPin("2468", keystore) is PinOutcome.Unlocked)
        assertEquals(0u, real.pinAttempts(keystore).failures)

        // A decoy vault with harmless entries, and a duress PIN that destroys the real keys.
        val decoy = createVault(newVaultPath(root), "decoy passphrase 1", FAST_KDF).vault
        decoy.journalAdd(JournalEventInput(kind = "appointment", date = "2026-03-20"), "2026-03-13")
        real.setDuressPin("9999", keystore, decoy, true)
        decoy.lock()
        real.lock()
        val outcome = real.unlockWithPin("9999", keystore)
        assertTrue(outcome is PinOutcome.Opened)
        val shown = outcome.vault
        assertEquals(listOf("appointment"), shown.journalTimeline().map { it.kind })
        assertFalse(real.isUnlocked())
        assertFailsWith<PassageException.WrongPassphrase> { real.unlock(PASSPHRASE) }

        // The list of vaults shows neutral names only.
        val listed = listVaults(root)
        assertEquals(2, listed.size)
        assertTrue(listed.none { it.neutralName.contains("Amina") || it.id.contains("Amina") })

        // Panic wipe: the decoy's folder is gone and nothing opens it.
        shown.panicWipe(keystore)
        assertFalse(shown.isUnlocked())
        assertEquals(1, listVaults(root).size)
    }
}
