package be.passage.app.model

import be.passage.core.PassageException
import be.passage.core.PassageVault
import be.passage.core.PinOutcome
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update

enum class UnlockMode { PIN, PASSPHRASE }

data class UnlockState(
    val mode: UnlockMode = UnlockMode.PIN,
    val input: String = "",
    /** "This is not right", or the text of another error. */
    val error: String? = null,
    /** "3 wrong tries." once there were some. */
    val failures: String? = null,
    /** Seconds left before the PIN may be tried again (0: now). */
    val waitSeconds: Long = 0,
    /** "Too many tries. Wait N seconds." while [waitSeconds] > 0. */
    val waitText: String? = null,
    val busy: Boolean = false,
    /** The vault does not open at all (damaged folder): only the message shows. */
    val damaged: Boolean = false,
) {
    /** The button: something typed, nothing running, and for the PIN no wait. */
    val canSubmit: Boolean
        get() = !damaged && !busy && input.isNotEmpty() && (mode == UnlockMode.PASSPHRASE || waitSeconds == 0L)
}

/**
 * The lock screen: PIN (or passphrase / recovery words). After five wrong
 * PINs the core imposes a wait; the screen shows it and keeps the button
 * off until it has passed. A duress PIN opens the decoy vault, which the
 * app then shows exactly like the real one.
 */
class UnlockModel private constructor(
    private val app: AppModel,
    private val vault: PassageVault?,
    initial: UnlockState,
) {
    constructor(app: AppModel, vault: PassageVault) : this(app, vault, UnlockState())

    private val _state = MutableStateFlow(initial)
    val state: StateFlow<UnlockState> = _state.asStateFlow()

    /** When the wait ends, on the environment's monotonic clock. */
    private var waitUntil = 0L

    fun setInput(value: String) = _state.update { it.copy(input = value, error = null) }

    fun switchMode() = _state.update {
        it.copy(
            mode = if (it.mode == UnlockMode.PIN) UnlockMode.PASSPHRASE else UnlockMode.PIN,
            input = "",
            error = null,
        )
    }

    /** Reads the attempt counter (on showing the screen and coming back to the foreground). */
    suspend fun refresh() {
        val vault = vault ?: return
        try {
            val attempts = vault.pinAttempts(app.env.keystore)
            startWait(attempts.waitSeconds.toLong())
            _state.update { it.copy(failures = failuresText(attempts.failures.toLong())) }
        } catch (e: PassageException.Corrupt) {
            // The counter is missing or was changed: only the passphrase opens (and resets it).
            _state.update { it.copy(mode = UnlockMode.PASSPHRASE, error = app.texts.error(e)) }
        } catch (e: PassageException) {
            _state.update { it.copy(error = app.texts.error(e)) }
        }
    }

    /** Timer hook (through [AppModel.tick]): counts the wait down. */
    fun tick() {
        if (waitUntil == 0L) return
        val left = ((waitUntil - app.env.nowMillis()) + 999) / 1000
        if (left <= 0) {
            waitUntil = 0L
            _state.update { it.copy(waitSeconds = 0, waitText = null) }
        } else {
            _state.update { it.copy(waitSeconds = left, waitText = waitText(left)) }
        }
    }

    suspend fun submit() {
        val vault = vault ?: return
        val s = _state.value
        if (!s.canSubmit) return
        _state.update { it.copy(busy = true, error = null) }
        try {
            val opened = when (s.mode) {
                UnlockMode.PIN -> when (val outcome = vault.unlockWithPin(s.input, app.env.keystore)) {
                    is PinOutcome.Unlocked -> vault
                    is PinOutcome.Opened -> outcome.vault
                }
                UnlockMode.PASSPHRASE -> vault.also { it.unlock(s.input) }
            }
            // Finishes or cleans up imports a crash or a lock interrupted.
            opened.attachmentsRecover()
            _state.value = UnlockState()
            app.unlocked(opened)
        } catch (e: PassageException.WrongPassphrase) {
            _state.update { it.copy(busy = false, input = "", error = app.texts["unlock-wrong"]) }
            if (s.mode == UnlockMode.PIN) refresh()
        } catch (e: PassageException.RetryLater) {
            _state.update { it.copy(busy = false, input = "") }
            startWait(e.seconds.toLong())
        } catch (e: PassageException.Corrupt) {
            _state.update {
                it.copy(busy = false, input = "", mode = UnlockMode.PASSPHRASE, error = app.texts.error(e))
            }
        } catch (e: PassageException) {
            _state.update { it.copy(busy = false, error = app.texts.error(e)) }
        }
    }

    private fun startWait(seconds: Long) {
        waitUntil = if (seconds > 0) app.env.nowMillis() + seconds * 1000 else 0L
        _state.update {
            it.copy(waitSeconds = seconds.coerceAtLeast(0), waitText = if (seconds > 0) waitText(seconds) else null)
        }
    }

    private fun waitText(seconds: Long) = app.texts.count("unlock-wait", "seconds", seconds)

    private fun failuresText(count: Long) = if (count > 0) app.texts.count("unlock-failures", "count", count) else null

    companion object {
        /** A lock screen for a vault folder that does not open: the message, nothing to type. */
        internal fun damaged(app: AppModel, e: PassageException) = UnlockModel(
            app,
            null,
            UnlockState(
                damaged = true,
                error = if (e is PassageException.UnsupportedVersion) app.texts.error(e) else app.texts["unlock-damaged"],
            ),
        )
    }
}
