package be.passage.app

import android.app.Application
import android.os.Build
import androidx.lifecycle.DefaultLifecycleObserver
import androidx.lifecycle.LifecycleOwner
import androidx.lifecycle.ProcessLifecycleOwner
import be.passage.app.model.AppModel
import be.passage.app.model.FileSettingsStore
import be.passage.app.model.ShellEnvironment
import be.passage.app.platform.AndroidKeyStoreDeviceKeyStore
import be.passage.app.platform.AndroidPlatformHooks
import be.passage.app.platform.SystemFiles
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.SupervisorJob
import kotlinx.coroutines.launch
import java.io.File

/**
 * Builds the one [AppModel] of the process and locks it whenever the
 * whole app leaves the screen (ProcessLifecycleOwner ON_STOP: home
 * button, another app, screen off).
 */
class PassageApplication : Application() {
    lateinit var appModel: AppModel
        private set

    private val scope = CoroutineScope(SupervisorJob() + Dispatchers.Main.immediate)

    override fun onCreate() {
        super.onCreate()
        SystemFiles.clearStale(this)
        appModel = AppModel(
            ShellEnvironment(
                vaultRoot = File(filesDir, "vaults").path,
                keystore = AndroidKeyStoreDeviceKeyStore(this),
                settings = FileSettingsStore(File(noBackupFilesDir, "settings.properties")),
                systemLocales = systemLocales(),
                platform = AndroidPlatformHooks(this),
                // Backup, share and summary files wait here for the SAF copy or
                // the printer; clearStale removes any a crash left.
                cacheDir = SystemFiles.sharingDir(this).path,
            ),
        )
        ProcessLifecycleOwner.get().lifecycle.addObserver(object : DefaultLifecycleObserver {
            override fun onStart(owner: LifecycleOwner) {
                scope.launch { appModel.onForeground() }
            }

            override fun onStop(owner: LifecycleOwner) {
                scope.launch { appModel.onBackground() }
            }
        })
    }

    private fun systemLocales(): List<String> {
        val config = resources.configuration
        return if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.N) {
            (0 until config.locales.size()).map { config.locales[it].toLanguageTag() }
        } else {
            @Suppress("DEPRECATION")
            listOf(config.locale.toLanguageTag())
        }
    }
}
