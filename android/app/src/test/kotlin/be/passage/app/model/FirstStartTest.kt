package be.passage.app.model

import be.passage.core.WritingDirection
import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import java.io.File
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue

/** First start: language, then passphrase and PIN, then the recovery words shown once. */
class FirstStartTest {
    private val phone = TestPhone(systemLocales = listOf("de-DE"))

    @After
    fun cleanUp() = phone.close()

    @Test
    fun languageThenSetupShowsTheRecoveryWordsOnceThenHome() = runBlocking<Unit> {
        val app = phone.launch()
        val language = app.screen<Screen.Language>().model
        val options = language.state.options
        assertEquals(9, options.size)
        assertEquals(WritingDirection.RTL, options.single { it.code == "fa" }.direction)
        assertEquals("فارسی", options.single { it.code == "fa" }.nativeName)
        assertTrue(options.none { it.selected })

        language.select("nl")
        assertEquals(listOf("nl"), phone.hooks.languages)
        assertEquals("nl", app.texts.language)
        val setup = app.screen<Screen.Setup>().model

        // Validation as the person types: each message from the core, in Dutch.
        setup.setPassphrase("short")
        val tooShort = assertNotNull(setup.state.value.passphraseError)
        assertTrue("8" in tooShort, tooShort)
        assertEquals(app.texts["setup-passphrase-too-short", be.passage.core.UiArg.Number("min", 8.0)], tooShort)
        setup.setPassphrase(PASSPHRASE)
        assertNull(setup.state.value.passphraseError)
        setup.setRepeat("correct horse batterY")
        assertEquals(app.texts["setup-passphrase-mismatch"], setup.state.value.repeatError)
        setup.setRepeat(PASSPHRASE)
        setup.setPin("12a4")
        assertEquals(app.texts["setup-pin-invalid"], setup.state.value.pinError)
        assertFalse(setup.state.value.canCreate)
        setup.create() // refused: nothing is created
        assertTrue(File(phone.root, "vaults").listFiles().isNullOrEmpty())
        setup.setPin("۲۴۶۸") // Persian digits count as digits
        assertNull(setup.state.value.pinError)
        setup.setPin(PIN)
        assertTrue(setup.state.value.canCreate)

        setup.create()
        val shown = setup.state.value
        assertEquals(SetupStep.RECOVERY, shown.step)
        assertEquals(12, shown.recoveryWords.size)
        assertEquals("", shown.passphrase)
        assertEquals("", shown.pin)
        app.screen<Screen.Setup>() // still on the words until the person confirms

        setup.confirmRecovery()
        assertTrue(setup.state.value.recoveryWords.isEmpty())
        val home = app.screen<Screen.Home>()
        assertEquals(Tab.HOME, home.tab)

        // The recovery words open the vault (and were shown nowhere else).
        app.lock()
        val unlock = app.screen<Screen.Unlock>().model
        unlock.switchMode()
        unlock.setInput(shown.recoveryWords.joinToString(" "))
        unlock.submit()
        app.screen<Screen.Home>()

        // A new process on the same phone: language kept, the vault waits for the PIN.
        val again = phone.launch()
        assertEquals("nl", again.texts.language)
        again.screen<Screen.Unlock>()
    }
}
