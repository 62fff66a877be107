package be.passage.app.model

import be.passage.core.DeviceKeyStore
import be.passage.core.VaultConfig
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.Dispatchers

/**
 * What the platform gives the models: where vaults live, the device
 * keystore, a small settings store, the system locales, and callbacks for
 * the few things only the platform can do. The Android app builds it in
 * `PassageApplication`; the JVM tests build it with a temp folder and an
 * in-memory keystore.
 */
class ShellEnvironment(
    /** Folder holding the vault folders (`filesDir/vaults` on Android). */
    val vaultRoot: String,
    val keystore: DeviceKeyStore,
    val settings: SettingsStore,
    /** BCP 47 tags of the system locales, most preferred first. */
    val systemLocales: List<String>,
    val platform: PlatformHooks = PlatformHooks.NONE,
    /** scrypt cost; only tests lower it. */
    val vaultConfig: VaultConfig = VaultConfig(),
    /** "Today" as `YYYY-MM-DD` for the core, or null for the core's own Belgian date. */
    val today: () -> String? = { null },
    /** Milliseconds of a clock that only moves forward (the wait countdown). */
    val nowMillis: () -> Long = { System.nanoTime() / 1_000_000 },
    /** Where the blocking core calls run. */
    val io: CoroutineDispatcher = Dispatchers.IO,
    /**
     * The app's cache folder (Android `cacheDir`): backup, share and summary
     * files are written here, handed to the platform, then deleted.
     */
    val cacheDir: String = System.getProperty("java.io.tmpdir"),
)

/** The platform side of a few settings and of reminders. */
interface PlatformHooks {
    /** Show the neutral launcher name and icon (Android: the activity-alias). */
    fun setNeutralIcon(enabled: Boolean)

    /** Replace every scheduled notification by these (neutral texts). */
    fun scheduleReminders(reminders: List<PlannedReminder>)

    /** The per-app language changed (Android: AppCompatDelegate.setApplicationLocales). */
    fun applyLanguage(code: String)

    companion object {
        val NONE: PlatformHooks = object : PlatformHooks {
            override fun setNeutralIcon(enabled: Boolean) = Unit
            override fun scheduleReminders(reminders: List<PlannedReminder>) = Unit
            override fun applyLanguage(code: String) = Unit
        }
    }
}
