package be.passage.app.model

import be.passage.core.DeviceKeyStore
import be.passage.core.DeviceKeyStoreException
import be.passage.core.VaultConfig
import kotlinx.coroutines.runBlocking
import java.awt.image.BufferedImage
import java.io.File
import java.nio.file.Files
import java.security.SecureRandom
import java.util.Random
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CopyOnWriteArrayList
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec
import javax.imageio.ImageIO
import kotlin.test.assertIs

// Helpers of the scenario tests: a real vault in a temp folder, a real
// AES-GCM keystore in memory (the app uses the Android Keystore with the
// same contract), a settings file, and hooks that record what the models
// asked the platform to do.

const val PASSPHRASE = "correct horse battery"
const val PIN = "2468"

/** The day the scenarios happen (a Friday). */
const val TODAY = "2026-03-13"

/** A DeviceKeyStore with one AES-256-GCM key per alias, kept in memory. */
class TestKeyStore : DeviceKeyStore {
    private val keys = ConcurrentHashMap<String, SecretKey>()
    private val random = SecureRandom()

    override fun wrap(alias: String, secret: ByteArray): ByteArray {
        val key = keys.computeIfAbsent(alias) { KeyGenerator.getInstance("AES").apply { init(256) }.generateKey() }
        val iv = ByteArray(12).also(random::nextBytes)
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, key, GCMParameterSpec(128, iv))
        return iv + cipher.doFinal(secret)
    }

    override fun unwrap(alias: String, wrapped: ByteArray): ByteArray {
        val key = keys[alias] ?: throw DeviceKeyStoreException.KeyNotFound()
        if (wrapped.size < 12 + 16) throw DeviceKeyStoreException.UnwrapFailed()
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(128, wrapped, 0, 12))
        return try {
            cipher.doFinal(wrapped, 12, wrapped.size - 12)
        } catch (e: AEADBadTagException) {
            throw DeviceKeyStoreException.UnwrapFailed()
        }
    }

    override fun delete(alias: String) {
        keys.remove(alias)
    }
}

/** What the models asked the platform for. */
class RecordingHooks : PlatformHooks {
    val neutralIcon = CopyOnWriteArrayList<Boolean>()
    val reminders = CopyOnWriteArrayList<List<PlannedReminder>>()
    val languages = CopyOnWriteArrayList<String>()

    override fun setNeutralIcon(enabled: Boolean) {
        neutralIcon.add(enabled)
    }

    override fun scheduleReminders(reminders: List<PlannedReminder>) {
        this.reminders.add(reminders)
    }

    override fun applyLanguage(code: String) {
        languages.add(code)
    }
}

/** A phone: app files in a temp folder, one keystore, a clock the test moves. */
class TestPhone(val systemLocales: List<String> = listOf("en-US")) : AutoCloseable {
    val root: File = Files.createTempDirectory("passage-app-test").toFile()
    val keystore = TestKeyStore()
    val hooks = RecordingHooks()
    var clockMillis = 1_000_000L
    val settingsFile = File(root, "settings.properties")

    /** Starts the app as the platform would (a new process reads the same files). */
    fun launch(): AppModel = AppModel(
        ShellEnvironment(
            vaultRoot = File(root, "vaults").path,
            keystore = keystore,
            settings = FileSettingsStore(settingsFile),
            systemLocales = systemLocales,
            platform = hooks,
            vaultConfig = VaultConfig(kdfLogN = 4u),
            today = { TODAY },
            nowMillis = { clockMillis },
            cacheDir = File(root, "cache").path,
        ),
    )

    override fun close() {
        root.deleteRecursively()
    }
}

inline fun <reified T : Screen> AppModel.screen(): T = assertIs<T>(state.value.screen)

/** First start through the models: English, passphrase, PIN, recovery words confirmed. */
fun TestPhone.setUpApp(language: String = "en"): AppModel = runBlocking {
    val app = launch()
    app.screen<Screen.Language>().model.select(language)
    val setup = app.screen<Screen.Setup>().model
    setup.setPassphrase(PASSPHRASE)
    setup.setRepeat(PASSPHRASE)
    setup.setPin(PIN)
    setup.create()
    setup.confirmRecovery()
    app.screen<Screen.Home>()
    app
}

val AppModel.tabs: Tabs get() = screen<Screen.Home>().tabs

/** A real PNG (a small noisy "scan") written to [file]. */
fun writePng(file: File): ByteArray {
    val image = BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB)
    val random = Random(10)
    for (y in 0 until 64) for (x in 0 until 64) image.setRGB(x, y, random.nextInt(0x1000000))
    check(ImageIO.write(image, "png", file)) { "no PNG writer" }
    return file.readBytes()
}
