package be.passage.app.platform

import android.content.Context
import android.content.pm.PackageManager
import android.os.Build
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.KeyProperties
import android.security.keystore.StrongBoxUnavailableException
import androidx.annotation.RequiresApi
import be.passage.core.DeviceKeyStore
import be.passage.core.DeviceKeyStoreException
import java.security.GeneralSecurityException
import java.security.KeyStore
import java.security.UnrecoverableKeyException
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * The core's [DeviceKeyStore] on the Android Keystore: one AES-256-GCM key
 * per alias, generated inside the keystore (StrongBox when the phone has
 * it) and never leaving it. `wrap` returns `IV (12 bytes) | ciphertext+tag`,
 * with the alias as associated data.
 *
 * Errors are the core's typed ones: a key that is gone or was invalidated
 * is `KeyNotFound`, bytes that do not authenticate are `UnwrapFailed`,
 * anything else `Failed` with the exception's class name only (never data).
 */
class AndroidKeyStoreDeviceKeyStore(context: Context) : DeviceKeyStore {
    private val strongBox = Build.VERSION.SDK_INT >= Build.VERSION_CODES.P &&
        context.packageManager.hasSystemFeature(PackageManager.FEATURE_STRONGBOX_KEYSTORE)

    private val keyStore: KeyStore by lazy { KeyStore.getInstance(PROVIDER).apply { load(null) } }

    @Synchronized
    override fun wrap(alias: String, secret: ByteArray): ByteArray = guarded {
        try {
            val key = key(alias) ?: generate(alias)
            val cipher = Cipher.getInstance(TRANSFORMATION)
            // The keystore chooses a fresh random IV (randomized encryption is required).
            cipher.init(Cipher.ENCRYPT_MODE, key)
            cipher.updateAAD(alias.toByteArray(Charsets.UTF_8))
            val sealed = cipher.doFinal(secret)
            val iv = cipher.iv
            if (iv.size != IV_BYTES) throw DeviceKeyStoreException.Failed("unexpected IV length")
            iv + sealed
        } finally {
            secret.fill(0)
        }
    }

    @Synchronized
    override fun unwrap(alias: String, wrapped: ByteArray): ByteArray = guarded {
        val key = key(alias) ?: throw DeviceKeyStoreException.KeyNotFound()
        if (wrapped.size < IV_BYTES + TAG_BITS / 8) throw DeviceKeyStoreException.UnwrapFailed()
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_BITS, wrapped, 0, IV_BYTES))
        cipher.updateAAD(alias.toByteArray(Charsets.UTF_8))
        cipher.doFinal(wrapped, IV_BYTES, wrapped.size - IV_BYTES)
    }

    @Synchronized
    override fun delete(alias: String) = guarded {
        if (keyStore.containsAlias(alias)) keyStore.deleteEntry(alias)
    }

    private fun key(alias: String): SecretKey? = keyStore.getKey(alias, null) as SecretKey?

    private fun generate(alias: String): SecretKey =
        (if (strongBox && Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) generateInStrongBox(alias) else null)
            ?: generate(alias, strongBox = false)

    /** Null when StrongBox is declared but cannot hold this key: the TEE is used then. */
    @RequiresApi(Build.VERSION_CODES.P)
    private fun generateInStrongBox(alias: String): SecretKey? = try {
        generate(alias, strongBox = true)
    } catch (e: StrongBoxUnavailableException) {
        null
    }

    private fun generate(alias: String, strongBox: Boolean): SecretKey {
        val spec = KeyGenParameterSpec.Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setKeySize(256)
            .setRandomizedEncryptionRequired(true)
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) {
            spec.setIsStrongBoxBacked(strongBox)
            // Usable only while the phone itself is unlocked.
            spec.setUnlockedDeviceRequired(true)
        }
        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, PROVIDER)
        generator.init(spec.build())
        return generator.generateKey()
    }

    /** Maps platform exceptions to the core's typed errors, in one place. */
    private inline fun <T> guarded(action: () -> T): T = try {
        action()
    } catch (e: DeviceKeyStoreException) {
        throw e
    } catch (e: KeyPermanentlyInvalidatedException) {
        throw DeviceKeyStoreException.KeyNotFound()
    } catch (e: UnrecoverableKeyException) {
        throw DeviceKeyStoreException.KeyNotFound()
    } catch (e: AEADBadTagException) {
        throw DeviceKeyStoreException.UnwrapFailed()
    } catch (e: GeneralSecurityException) {
        throw DeviceKeyStoreException.Failed(e.javaClass.simpleName)
    } catch (e: java.security.ProviderException) {
        throw DeviceKeyStoreException.Failed(e.javaClass.simpleName)
    }

    private companion object {
        const val PROVIDER = "AndroidKeyStore"
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val IV_BYTES = 12
        const val TAG_BITS = 128
    }
}
