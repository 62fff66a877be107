package be.passage.core

import kotlinx.coroutines.async
import kotlinx.coroutines.delay
import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import java.io.File
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertTrue

/** The vault part of the user story, through the generated Kotlin API. */
class VaultTest {
    private val tmp = TempFolder()

    @After
    fun cleanUp() = tmp.close()

    @Test
    fun userStoryCreateDeviceSlotLockUnlockRecover() = runBlocking<Unit> {
        val keystore = InMemoryAesKeyStore()

        // Create: unlocked, with a 12-word recovery phrase to show once.
        val created = createVault(tmp.vaultDir, PASSPHRASE, FAST_KDF)
        val words = created.recoveryPhrase.split(" ")
        assertEquals(12, words.size)
        assertTrue(words.all { it.isNotEmpty() && it == it.lowercase() })
        created.vault.use { vault ->
            assertTrue(vault.isUnlocked())

            // Remember this device: a keyslot wrapped by the keystore.
            val device = vault.addDeviceSlot(keystore, "passage-vault-key")
            assertEquals(SlotKind.DEVICE, device.kind)

            val status = vault.status()
            assertFalse(status.locked)
            assertEquals(32, status.vaultId.value.length)
            assertEquals(
                listOf(SlotKind.PASSPHRASE, SlotKind.RECOVERY, SlotKind.DEVICE),
                status.slots.map { it.kind },
            )
            assertTrue(device in status.slots)
            assertEquals(emptyList(), status.records)
            assertEquals(0uL, status.inTrash)

            // Lock, then a wrong passphrase: a typed error, still locked.
            vault.lock()
            assertFalse(vault.isUnlocked())
            assertTrue(vault.status().locked)
            assertFailsWith<PassageException.WrongPassphrase> { vault.unlock("not the passphrase") }
            assertFalse(vault.isUnlocked())

            // The passphrase unlocks.
            vault.unlock(PASSPHRASE)
            assertTrue(vault.isUnlocked())
            vault.lock()

            // So does the device keystore, without the passphrase.
            vault.unlockWithDevice(keystore)
            assertTrue(vault.isUnlocked())
            assertEquals(1, keystore.unwrapCalls.get())
            vault.lock()
        }

        // Later, on a fresh open: the recovery phrase, typed sloppily, unlocks.
        PassageVault.open(tmp.vaultDir, FAST_KDF).use { vault ->
            assertFalse(vault.isUnlocked())
            assertEquals(3, vault.slots().size)
            vault.unlock("  " + created.recoveryPhrase.uppercase().replace(" ", "   ") + "\n")
            assertTrue(vault.isUnlocked())
            assertEquals(3, vault.status().slots.size)
        }
    }

    @Test
    fun aKeystoreThatThrowsGivesATypedErrorNotACrash() = runBlocking<Unit> {
        createVault(tmp.vaultDir, PASSPHRASE, FAST_KDF).vault.use { vault ->
            val e = assertFailsWith<PassageException.Io> {
                vault.addDeviceSlot(BrokenKeyStore(), "alias")
            }
            assertTrue(e.reason.startsWith("device keystore"), e.reason)
            assertFalse("hardware on fire" in e.reason, "foreign exception text must not leak")
            assertEquals(2, vault.slots().size)

            // A working slot, then unlocking through a broken keystore.
            vault.addDeviceSlot(InMemoryAesKeyStore(), "alias")
            vault.lock()
            assertFailsWith<PassageException.Io> { vault.unlockWithDevice(BrokenKeyStore()) }
            assertFalse(vault.isUnlocked())
            vault.unlock(PASSPHRASE) // the vault still works
            assertTrue(vault.isUnlocked())
        }
    }

    @Test
    fun keystoreErrorsMapToVaultErrors() = runBlocking<Unit> {
        val keystore = InMemoryAesKeyStore()
        createVault(tmp.vaultDir, PASSPHRASE, FAST_KDF).vault.use { vault ->
            // No device slot yet.
            vault.lock()
            assertFailsWith<PassageException.NotFound> { vault.unlockWithDevice(keystore) }
            vault.unlock(PASSPHRASE)
            vault.addDeviceSlot(keystore, "k")
            vault.lock()

            // Another phone: no key under the alias.
            assertFailsWith<PassageException.NotFound> { vault.unlockWithDevice(InMemoryAesKeyStore()) }
            // The key was replaced (e.g. invalidated by the platform).
            keystore.rotate("k")
            assertFailsWith<PassageException.WrongPassphrase> { vault.unlockWithDevice(keystore) }
            assertFalse(vault.isUnlocked())
        }
    }

    @Test
    fun slotChangesNeedAnUnlockedVault() = runBlocking<Unit> {
        createVault(tmp.vaultDir, PASSPHRASE, FAST_KDF).vault.use { vault ->
            vault.lock()
            assertFailsWith<PassageException.Locked> { vault.addDeviceSlot(InMemoryAesKeyStore(), "k") }
            assertFailsWith<PassageException.Locked> { vault.removeSlot(vault.slots()[0].id) }
        }
    }

    @Test
    fun changePassphrase() = runBlocking<Unit> {
        createVault(tmp.vaultDir, PASSPHRASE, FAST_KDF).vault.use { vault ->
            val short = assertFailsWith<PassageException.InvalidInput> {
                vault.changePassphrase(PASSPHRASE, "short")
            }
            assertEquals("passphrase", short.field)
            assertFailsWith<PassageException.WrongPassphrase> {
                vault.changePassphrase("not the passphrase", "a new long passphrase")
            }
            vault.changePassphrase(PASSPHRASE, "a new long passphrase")
            vault.lock()
            assertFailsWith<PassageException.WrongPassphrase> { vault.unlock(PASSPHRASE) }
            vault.unlock("a new long passphrase")
            assertTrue(vault.isUnlocked())
        }
    }

    @Test
    fun removeSlot() = runBlocking<Unit> {
        createVault(tmp.vaultDir, PASSPHRASE, FAST_KDF).vault.use { vault ->
            val device = vault.addDeviceSlot(InMemoryAesKeyStore(), "k")
            vault.removeSlot(device.id)
            assertFalse(vault.slots().any { it.kind == SlotKind.DEVICE })
            assertFailsWith<PassageException.NotFound> { vault.removeSlot(device.id) }
            assertFailsWith<PassageException.NotFound> { vault.removeSlot(SlotId("00000000")) }

            val (passphrase, recovery) = vault.slots()
            vault.removeSlot(recovery.id)
            val last = assertFailsWith<PassageException.InvalidInput> { vault.removeSlot(passphrase.id) }
            assertEquals("keyslot", last.field)
            assertEquals(listOf(passphrase), vault.slots())
        }
    }

    @Test
    fun createAndOpenErrors() = runBlocking<Unit> {
        assertFailsWith<PassageException.NotFound> { PassageVault.open(tmp.vaultDir) }

        val short = assertFailsWith<PassageException.InvalidInput> {
            createVault(tmp.vaultDir, "short", FAST_KDF)
        }
        assertEquals("passphrase", short.field)
        for (bad in listOf(0, 21)) {
            val e = assertFailsWith<PassageException.InvalidInput> {
                createVault(tmp.vaultDir, PASSPHRASE, VaultConfig(kdfLogN = bad.toUByte()))
            }
            assertEquals("kdf_log_n", e.field)
        }
        assertFalse(File(tmp.vaultDir).exists(), "a refused create writes nothing")

        createVault(tmp.vaultDir, PASSPHRASE, FAST_KDF).vault.close()
        assertFailsWith<PassageException.AlreadyExists> {
            createVault(tmp.vaultDir, PASSPHRASE, FAST_KDF)
        }
    }

    @Test
    fun theDefaultKdfIsTheCoresAndSlowCallsSuspendInsteadOfBlocking() = runBlocking<Unit> {
        assertEquals(16, VaultConfig().kdfLogN.toInt())
        // Real work factor: each KDF run takes a noticeable time here.
        val vault = createVault(tmp.vaultDir, PASSPHRASE).vault
        vault.use {
            it.lock()
            // runBlocking has one thread: if unlock blocked it, the ticker
            // below could not run until unlock had finished.
            val unlocking = async { it.unlock(PASSPHRASE) }
            var ticks = 0
            while (!unlocking.isCompleted) {
                ticks++
                delay(1)
            }
            unlocking.await()
            assertTrue(it.isUnlocked())
            assertTrue(ticks >= 5, "caller thread was blocked (ticks=$ticks)")
        }
    }
}
