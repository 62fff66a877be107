package be.passage.app.platform

import android.content.ComponentName
import android.content.Context
import android.content.pm.PackageManager
import androidx.appcompat.app.AppCompatDelegate
import androidx.core.os.LocaleListCompat
import be.passage.app.model.PlannedReminder
import be.passage.app.model.PlatformHooks

/**
 * What only Android can do for the models: switch the launcher entry,
 * set the per-app language, schedule notifications.
 */
class AndroidPlatformHooks(private val context: Context) : PlatformHooks {
    /**
     * Two launcher aliases of MainActivity: `.DefaultLauncher` ("Passage")
     * and `.NeutralLauncher` ("Notes", plain icon, disabled by default).
     * Exactly one is enabled.
     */
    override fun setNeutralIcon(enabled: Boolean) {
        val pm = context.packageManager
        fun set(alias: String, on: Boolean) = pm.setComponentEnabledSetting(
            ComponentName(context, "be.passage.app.$alias"),
            if (on) PackageManager.COMPONENT_ENABLED_STATE_ENABLED else PackageManager.COMPONENT_ENABLED_STATE_DISABLED,
            PackageManager.DONT_KILL_APP,
        )
        // Enable the new entry first, so the app is never without one.
        if (enabled) {
            set("NeutralLauncher", true)
            set("DefaultLauncher", false)
        } else {
            set("DefaultLauncher", true)
            set("NeutralLauncher", false)
        }
    }

    override fun scheduleReminders(reminders: List<PlannedReminder>) =
        ReminderScheduler.replaceAll(context, reminders)

    /**
     * The OS-side language: the app's name, notification channel name and
     * the system's per-app language setting follow it (Android 13+ through
     * LocaleManager, earlier through AppCompat's own storage). The screens
     * take their texts from the core in the same language.
     */
    override fun applyLanguage(code: String) {
        AppCompatDelegate.setApplicationLocales(LocaleListCompat.forLanguageTags(code))
    }
}
