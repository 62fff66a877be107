package be.passage.core

import java.awt.image.BufferedImage
import java.io.File
import java.nio.file.Files
import java.security.MessageDigest
import java.security.SecureRandom
import java.util.Random
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.atomic.AtomicInteger
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec
import javax.imageio.ImageIO

// Shared by every test file of the library: one file per core module
// (VaultTest.kt, JournalTest.kt, ChecklistTest.kt, GuideTest.kt), all built
// on these helpers.

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

/**
 * A [ProgressListener] that records every report and answers "stop"
 * (false) once it has seen [stopAfter] reports.
 */
class RecordingProgress(private val stopAfter: Int = Int.MAX_VALUE) : ProgressListener {
    val reports = CopyOnWriteArrayList<Pair<ULong, ULong>>()

    override fun onProgress(done: ULong, total: ULong): Boolean {
        reports.add(done to total)
        return reports.size < stopAfter
    }
}

/**
 * Writes a real PNG (a noisy 160 x 160 "scan", about 75 KiB, so more than
 * one 64 KiB chunk) to [file] with javax.imageio; returns its bytes.
 */
fun writeScanPng(file: File): ByteArray {
    val image = BufferedImage(160, 160, BufferedImage.TYPE_INT_RGB)
    val random = Random(26)
    for (y in 0 until 160) for (x in 0 until 160) image.setRGB(x, y, random.nextInt(0x1000000))
    check(ImageIO.write(image, "png", file)) { "no PNG writer" }
    return file.readBytes()
}

/** Lowercase hex SHA-256, as the core reports it. */
fun sha256Hex(bytes: ByteArray): String =
    MessageDigest.getInstance("SHA-256").digest(bytes).joinToString("") { "%02x".format(it) }
