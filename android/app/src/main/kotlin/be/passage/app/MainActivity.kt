package be.passage.app

import android.Manifest
import android.content.pm.PackageManager
import android.os.Build
import android.os.Bundle
import android.view.WindowManager
import androidx.activity.compose.setContent
import androidx.activity.result.contract.ActivityResultContracts
import androidx.appcompat.app.AppCompatActivity
import androidx.core.content.ContextCompat
import androidx.lifecycle.Lifecycle
import androidx.lifecycle.lifecycleScope
import androidx.lifecycle.repeatOnLifecycle
import be.passage.app.model.Screen
import be.passage.app.platform.SpeechReader
import be.passage.app.ui.PassageRoot
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch

/**
 * The one activity. FLAG_SECURE keeps every screen out of screenshots,
 * screen recordings and the recent-apps thumbnail (the views open no
 * dialog or popup windows of their own, which would need it too). A timer
 * asks the core every second whether the idle time has passed.
 */
class MainActivity : AppCompatActivity() {
    private val app get() = (application as PassageApplication).appModel
    private lateinit var speech: SpeechReader

    /** Android 13+: reminders need the person's yes; asked once, after the first unlock. */
    private val askNotifications = registerForActivityResult(ActivityResultContracts.RequestPermission()) {}

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        speech = SpeechReader(this)
        setContent { PassageRoot(app, speech) }
        lifecycleScope.launch {
            app.state.collect { if (it.screen is Screen.Home) askForNotificationsOnce() }
        }
        lifecycleScope.launch {
            repeatOnLifecycle(Lifecycle.State.STARTED) {
                while (true) {
                    delay(IDLE_TICK_MS)
                    app.tick()
                }
            }
        }
    }

    private fun askForNotificationsOnce() {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.TIRAMISU) return
        val settings = app.env.settings
        if (settings[ASKED_NOTIFICATIONS] != null) return
        if (ContextCompat.checkSelfPermission(this, Manifest.permission.POST_NOTIFICATIONS) ==
            PackageManager.PERMISSION_GRANTED
        ) {
            return
        }
        settings[ASKED_NOTIFICATIONS] = "true"
        askNotifications.launch(Manifest.permission.POST_NOTIFICATIONS)
    }

    /** Every touch, key or scroll counts as use (keeps the idle lock away). */
    override fun onUserInteraction() {
        super.onUserInteraction()
        app.userActivity()
    }

    override fun onStop() {
        speech.stop()
        super.onStop()
    }

    override fun onDestroy() {
        speech.shutdown()
        super.onDestroy()
    }

    private companion object {
        const val IDLE_TICK_MS = 1_000L
        const val ASKED_NOTIFICATIONS = "asked-notifications"
    }
}
