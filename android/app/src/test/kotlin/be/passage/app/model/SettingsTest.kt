package be.passage.app.model

import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import java.io.File
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue

/** Settings: PIN change, wipe-after with its warning first, neutral icon, panic wipe. */
class SettingsTest {
    private val phone = TestPhone()

    @After
    fun cleanUp() = phone.close()

    @Test
    fun pinWipeAfterNeutralIconAndPanicWipe() = runBlocking<Unit> {
        val app = phone.setUpApp()
        val settings = app.tabs.settings
        settings.load()

        settings.changePin("12")
        assertEquals(app.texts["setup-pin-invalid"], settings.state.value.pinMessage)
        settings.changePin("135790")
        assertEquals(app.texts["common-done"], settings.state.value.pinMessage)

        // Wipe after N: the warning first, nothing changes until confirmed.
        settings.requestWipeAfter(10)
        val warning = assertNotNull(settings.state.value.wipeAfterWarning)
        assertEquals(app.texts.count("settings-wipe-after-warning", "count", 10), warning)
        assertTrue("\u206810\u2069" in warning, warning)
        settings.load()
        assertNull(settings.state.value.wipeAfter)
        settings.confirmWipeAfter()
        assertNull(settings.state.value.wipeAfterWarning)
        assertEquals(10, settings.state.value.wipeAfter)
        settings.turnOffWipeAfter()
        assertNull(settings.state.value.wipeAfter)

        settings.setNeutralIcon(true)
        assertEquals(listOf(true), phone.hooks.neutralIcon)
        assertTrue(settings.state.value.neutralIcon)

        // The new PIN opens, the old one no longer.
        app.lock()
        val unlock = app.screen<Screen.Unlock>().model
        unlock.setInput(PIN)
        unlock.submit()
        assertEquals(app.texts["unlock-wrong"], unlock.state.value.error)
        unlock.setInput("135790")
        unlock.submit()
        val tabs = app.tabs

        // Panic wipe asks once more, then nothing is left and the app starts over.
        tabs.settings.confirmPanicWipe() // not asked yet: nothing happens
        app.screen<Screen.Home>()
        tabs.settings.requestPanicWipe()
        assertEquals(app.texts["settings-panic-wipe-warning"], tabs.settings.state.value.panicWarning)
        tabs.settings.confirmPanicWipe()
        app.screen<Screen.Language>()
        assertTrue(File(phone.root, "vaults").listFiles().orEmpty().isEmpty())
        val restarted = phone.launch()
        restarted.screen<Screen.Language>()
        assertEquals(listOf(true), phone.hooks.neutralIcon) // the icon stays neutral
        assertNotNull(FileSettingsStore(phone.settingsFile)[SettingKeys.NEUTRAL_ICON])
    }
}
