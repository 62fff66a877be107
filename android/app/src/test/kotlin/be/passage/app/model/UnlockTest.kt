package be.passage.app.model

import kotlinx.coroutines.runBlocking
import org.junit.After
import org.junit.Test
import kotlin.test.assertEquals
import kotlin.test.assertFalse
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue

/** The lock screen: wrong PINs, the wait, the passphrase, the duress PIN, background and idle locking. */
class UnlockTest {
    private val phone = TestPhone()

    @After
    fun cleanUp() = phone.close()

    @Test
    fun aWrongThenTheRightPinAndFiveWrongPinsLeadToAWaitThePassphraseStillOpens() = runBlocking<Unit> {
        val app = phone.setUpApp()
        app.lock()
        val unlock = app.screen<Screen.Unlock>().model
        unlock.refresh()
        assertNull(unlock.state.value.failures)

        unlock.setInput("1111")
        unlock.submit()
        assertEquals(app.texts["unlock-wrong"], unlock.state.value.error)
        assertEquals(app.texts.count("unlock-failures", "count", 1), unlock.state.value.failures)
        app.screen<Screen.Unlock>()

        // Then the right PIN opens.
        unlock.setInput(PIN)
        unlock.submit()
        app.screen<Screen.Home>()
        app.lock()
        val locked = app.screen<Screen.Unlock>().model
        locked.refresh()
        assertNull(locked.state.value.failures) // the right PIN reset the count

        repeat(5) {
            locked.setInput("1111")
            locked.submit()
        }
        // Five wrong PINs: the core imposes a wait; the button is off.
        val waiting = locked.state.value
        assertTrue(waiting.waitSeconds > 0, "$waiting")
        assertEquals(app.texts.count("unlock-wait", "seconds", waiting.waitSeconds), waiting.waitText)
        assertEquals(app.texts.count("unlock-failures", "count", 5), waiting.failures)
        locked.setInput(PIN)
        assertFalse(locked.state.value.canSubmit)
        locked.submit() // ignored while waiting: no attempt reaches the core
        app.screen<Screen.Unlock>()
        locked.refresh()
        assertEquals(app.texts.count("unlock-failures", "count", 5), locked.state.value.failures)

        // The countdown follows the clock.
        val before = locked.state.value.waitSeconds
        assertTrue(before > 1)
        phone.clockMillis += 1_000
        app.tick()
        assertEquals(before - 1, locked.state.value.waitSeconds)

        // The passphrase is not subject to the wait (and resets the counter).
        locked.switchMode()
        locked.setInput("not the passphrase")
        assertTrue(locked.state.value.canSubmit)
        locked.submit()
        assertEquals(app.texts["unlock-wrong"], locked.state.value.error)
        locked.setInput(PASSPHRASE)
        locked.submit()
        app.screen<Screen.Home>()

        // Counter reset: the right PIN opens at once.
        app.lock()
        val again = app.screen<Screen.Unlock>().model
        again.refresh()
        assertEquals(0L, again.state.value.waitSeconds)
        again.setInput(PIN)
        again.submit()
        app.screen<Screen.Home>()
    }

    @Test
    fun aDamagedVaultShowsWhyAndIsLeftAsItIs() = runBlocking<Unit> {
        val app = phone.setUpApp()
        app.lock()
        val header = java.io.File(phone.root, "vaults").listFiles().orEmpty().single().resolve("header.json")
        header.writeText("{ not a header")
        val restarted = phone.launch()
        val unlock = restarted.screen<Screen.Unlock>().model
        val state = unlock.state.value
        assertTrue(state.damaged)
        assertEquals(restarted.texts["unlock-damaged"], state.error)
        unlock.setInput(PIN)
        assertFalse(unlock.state.value.canSubmit)
        unlock.submit()
        assertEquals("{ not a header", header.readText()) // never repaired, replaced or deleted
    }

    @Test
    fun theDuressPinOpensAnEmptyVaultShownLikeTheRealOne() = runBlocking<Unit> {
        val app = phone.setUpApp()
        val journal = app.tabs.journal
        journal.startAdd()
        val editor = assertNotNull(journal.state.value.editor)
        editor.setKind("arrival")
        editor.setDate("2026-01-05")
        editor.save()
        assertEquals(1, journal.state.value.entries.size)

        val settings = app.tabs.settings
        settings.setDuressPin("9999", destroyReal = false)
        assertEquals(app.texts["common-done"], settings.state.value.duressMessage)

        app.lock()
        val unlock = app.screen<Screen.Unlock>().model
        unlock.setInput("9999")
        unlock.submit()
        val decoy = app.tabs
        decoy.journal.load()
        assertEquals(emptyList(), decoy.journal.state.value.entries)
        decoy.home.load()
        assertEquals("not-started", decoy.home.state.value.stageId)

        app.lock()
        val real = app.screen<Screen.Unlock>().model
        real.setInput(PIN)
        real.submit()
        app.tabs.journal.load()
        assertEquals(listOf("arrival"), app.tabs.journal.state.value.entries.map { it.kind })
    }

    @Test
    fun backgroundLocksAndSchedulesNeutralReminders() = runBlocking<Unit> {
        val app = phone.setUpApp()
        val tabs = app.tabs
        // An appointment next week gives reminders.
        val journal = tabs.journal
        journal.startAdd()
        val editor = assertNotNull(journal.state.value.editor)
        editor.setKind("appointment")
        editor.setDate("2026-03-20T10:00")
        editor.save()
        assertNull(editor.state.value.error)
        assertEquals(1, journal.state.value.entries.size)

        app.onBackground()
        app.screen<Screen.Unlock>()
        // The vault is locked: the old screens can no longer read it.
        tabs.journal.load()
        assertEquals(app.texts["error-locked"], tabs.journal.state.value.error)

        val scheduled = phone.hooks.reminders.single()
        assertTrue(scheduled.isNotEmpty())
        val neutral = setOf(
            app.texts["reminder-neutral-today"],
            app.texts["reminder-neutral-tomorrow"],
            app.texts["reminder-neutral", be.passage.core.UiArg.Date("date", "2026-03-20")],
        )
        for (r in scheduled) {
            assertEquals(app.texts["app-name-neutral"], r.title)
            assertTrue(r.body in neutral, r.body)
            assertFalse(r.body.contains(app.texts["event-kind-appointment"], ignoreCase = true), r.body)
            assertTrue(r.at.startsWith("2026-03-"), r.at)
        }
        assertEquals(scheduled.size, scheduled.map { it.id }.toSet().size)
    }

    @Test
    fun theCameraRoundTripDoesNotLockButTheNextBackgroundDoes() = runBlocking<Unit> {
        val app = phone.setUpApp()
        app.leavingForSystemUi()
        app.onBackground() // the camera app is in front
        app.screen<Screen.Home>()
        app.onForeground()
        app.screen<Screen.Home>()
        app.onBackground() // the home button
        app.screen<Screen.Unlock>()

        // A picker that never came up: the grace ends, the background locks.
        app.screen<Screen.Unlock>().model.apply { setInput(PIN); submit() }
        app.screen<Screen.Home>()
        app.leavingForSystemUi()
        phone.clockMillis += AppModel.SYSTEM_UI_GRACE_MS + 1
        app.onBackground()
        app.screen<Screen.Unlock>()
    }

    @Test
    fun idleTickLocksAfterTheTimeoutButNotBefore() = runBlocking<Unit> {
        val app = phone.setUpApp()
        app.tabs.settings.setLockTimeout(30)
        app.userActivity()
        assertFalse(app.tick())
        app.screen<Screen.Home>()
        // The idle clock is the core's own: a vault set to lock after 30 s
        // stays open for a tick made at once, which is what a test can show
        // without waiting; the lock itself is core-tested.
        app.tabs.settings.load()
        assertEquals(30L, app.tabs.settings.state.value.lockOptions.single { it.selected }.seconds)
    }
}
