package be.passage.core

import java.io.File
import java.nio.file.Files
import java.security.SecureRandom
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicInteger
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

// Shared by every test file of the library: one file per core module
// (VaultTest.kt now; journal, deadlines, checklist, attachments and guide
// search get theirs as they are exposed), all built on these helpers.

/** A passphrase long enough for the core (8 characters or more). */
const val PASSPHRASE = "correct horse battery"

/** Cheap scrypt (log2 N = 4) so tests run fast. An app never lowers it. */
val FAST_KDF = VaultConfig(kdfLogN = 4u)

/** A fresh temporary folder; `vaultDir` inside it does not exist yet. */
class TempFolder : AutoCloseable {
    val root: File = Files.createTempDirectory("passage-kotlin-test").toFile()
    val vaultDir: String get() = File(root, "vault").path

    override fun close() {
        root.deleteRecursively()
    }
}

/**
 * A test [DeviceKeyStore]: one AES-256-GCM key per alias, kept in memory
 * (javax.crypto). The Android app uses the Android Keystore instead, where
 * the key never leaves secure hardware; the contract is the same.
 */
class InMemoryAesKeyStore : DeviceKeyStore {
    private val keys = ConcurrentHashMap<String, SecretKey>()
    private val random = SecureRandom()
    val unwrapCalls = AtomicInteger()

    override fun wrap(alias: String, secret: ByteArray): ByteArray {
        val key = keys.computeIfAbsent(alias) {
            KeyGenerator.getInstance("AES").apply { init(256) }.generateKey()
        }
        val iv = ByteArray(IV_BYTES).also(random::nextBytes)
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, key, GCMParameterSpec(TAG_BITS, iv))
        cipher.updateAAD(alias.toByteArray())
        return iv + cipher.doFinal(secret)
    }

    override fun unwrap(alias: String, wrapped: ByteArray): ByteArray {
        unwrapCalls.incrementAndGet()
        val key = keys[alias] ?: throw DeviceKeyStoreException.KeyNotFound()
        if (wrapped.size < IV_BYTES + TAG_BITS / 8) throw DeviceKeyStoreException.UnwrapFailed()
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_BITS, wrapped, 0, IV_BYTES))
        cipher.updateAAD(alias.toByteArray())
        return try {
            cipher.doFinal(wrapped, IV_BYTES, wrapped.size - IV_BYTES)
        } catch (e: AEADBadTagException) {
            throw DeviceKeyStoreException.UnwrapFailed()
        }
    }

    override fun delete(alias: String) {
        keys.remove(alias)
    }

    /** Replaces the key under [alias], as if the platform had invalidated it. */
    fun rotate(alias: String) {
        keys[alias] = KeyGenerator.getInstance("AES").apply { init(256) }.generateKey()
    }

    private companion object {
        const val IV_BYTES = 12
        const val TAG_BITS = 128
    }
}

/** A keystore whose every call throws an exception UniFFI does not know. */
class BrokenKeyStore : DeviceKeyStore {
    override fun wrap(alias: String, secret: ByteArray): ByteArray =
        throw IllegalStateException("hardware on fire")

    override fun unwrap(alias: String, wrapped: ByteArray): ByteArray =
        throw IllegalStateException("hardware on fire")

    override fun delete(alias: String) = throw IllegalStateException("hardware on fire")
}
