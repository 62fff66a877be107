package be.passage.app.model

import be.passage.core.PassageException
import be.passage.core.PassageVault
import be.passage.core.createVault
import be.passage.core.listVaults
import be.passage.core.newVaultPath
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.withContext
import java.security.SecureRandom
import java.util.Base64

/** A lock-timeout choice: seconds (null: never) and its label. */
data class LockOption(val seconds: Long?, val label: String, val selected: Boolean)

data class SettingsState(
    val languages: List<LanguageOption> = emptyList(),
    val lockOptions: List<LockOption> = emptyList(),
    /** "Saved" after a PIN change, or the reason it was refused. */
    val pinMessage: String? = null,
    val duressMessage: String? = null,
    /** Wrong PINs after which everything is deleted (null: off). */
    val wipeAfter: Int? = null,
    /** The numbers offered (the core accepts 3 to 100). */
    val wipeAfterChoices: List<Int> = listOf(5, 10, 20),
    /** The warning to confirm before "wipe after N" turns on; null when not asked. */
    val wipeAfterWarning: String? = null,
    val neutralIcon: Boolean = false,
    /** The panic wipe asks once more; the warning text while it asks. */
    val panicWarning: String? = null,
    val busy: Boolean = false,
    val error: String? = null,
    // Backup, share with the lawyer and the printable summary are screens of
    // their own (BackupModel, ShareModel, SummaryModel), opened from the
    // settings screen through AppModel.openBackup/openShare/openSummary.
)

/**
 * Settings of the shown vault: language, auto-lock, PIN, duress PIN,
 * wipe after N wrong PINs, neutral app icon, panic wipe.
 */
class SettingsModel(private val app: AppModel, private val vault: PassageVault) {
    private val _state = MutableStateFlow(SettingsState())
    val state: StateFlow<SettingsState> = _state.asStateFlow()

    /** The wipe-after value waiting for the person to confirm the warning. */
    private var pendingWipeAfter: Int? = null

    suspend fun load() {
        val t = app.texts
        try {
            val (timeout, attempts) = withContext(app.env.io) {
                vault.idleTimeout() to vault.pinAttempts(app.env.keystore)
            }
            _state.update {
                it.copy(
                    languages = languageOptions(app.env.settings[SettingKeys.LANGUAGE]),
                    lockOptions = LOCK_CHOICES.map { s -> LockOption(s, lockLabel(t, s), s == timeout?.toLong()) },
                    wipeAfter = attempts.wipeAfter?.toInt(),
                    neutralIcon = app.env.settings[SettingKeys.NEUTRAL_ICON] == "true",
                )
            }
        } catch (e: PassageException) {
            _state.update { it.copy(error = t.error(e)) }
        }
    }

    private fun lockLabel(t: Texts, seconds: Long?): String = when {
        seconds == null -> t["settings-lock-never"]
        seconds < 60 -> t.count("settings-lock-seconds", "seconds", seconds)
        else -> t.count("settings-lock-minutes", "minutes", seconds / 60)
    }

    suspend fun setLanguage(code: String) {
        app.chooseLanguage(code)
        load()
    }

    suspend fun setLockTimeout(seconds: Long?) = change { vault.setIdleTimeout(seconds?.toULong()) }

    suspend fun changePin(pin: String) {
        try {
            withContext(app.env.io) { vault.setPin(pin, app.env.keystore) }
            _state.update { it.copy(pinMessage = app.texts["common-done"]) }
        } catch (e: PassageException) {
            _state.update { it.copy(pinMessage = pinError(e)) }
        }
    }

    private fun pinError(e: PassageException) =
        if (e is PassageException.InvalidInput && e.field == "pin") app.texts["setup-pin-invalid"] else app.texts.error(e)

    /**
     * The emergency PIN: it opens a new, empty vault instead of this one
     * (and with [destroyReal] first destroys this vault's keys). The empty
     * vault's passphrase is random and forgotten: only the PIN opens it.
     */
    suspend fun setDuressPin(pin: String, destroyReal: Boolean) {
        _state.update { it.copy(busy = true, duressMessage = null) }
        try {
            withContext(app.env.io) {
                val passphrase = ByteArray(24).also(SecureRandom()::nextBytes).let(Base64.getEncoder()::encodeToString)
                val decoy = createVault(newVaultPath(app.env.vaultRoot), passphrase, app.env.vaultConfig).vault
                decoy.use {
                    vault.setDuressPin(pin, app.env.keystore, it, destroyReal)
                    it.lock()
                }
            }
            _state.update { it.copy(busy = false, duressMessage = app.texts["common-done"]) }
        } catch (e: PassageException) {
            _state.update { it.copy(busy = false, duressMessage = pinError(e)) }
        }
    }

    /** Step one of "wipe after N wrong PINs": the warning shows. */
    fun requestWipeAfter(n: Int) {
        pendingWipeAfter = n
        _state.update { it.copy(wipeAfterWarning = app.texts.count("settings-wipe-after-warning", "count", n.toLong())) }
    }

    fun cancelWipeAfter() {
        pendingWipeAfter = null
        _state.update { it.copy(wipeAfterWarning = null) }
    }

    /** Step two: the person read the warning. */
    suspend fun confirmWipeAfter() {
        val n = pendingWipeAfter ?: return
        pendingWipeAfter = null
        _state.update { it.copy(wipeAfterWarning = null) }
        change { vault.setPinWipeAfter(n.toUInt(), app.env.keystore) }
    }

    suspend fun turnOffWipeAfter() = change { vault.setPinWipeAfter(null, app.env.keystore) }

    fun setNeutralIcon(enabled: Boolean) {
        app.env.settings[SettingKeys.NEUTRAL_ICON] = enabled.toString()
        app.env.platform.setNeutralIcon(enabled)
        _state.update { it.copy(neutralIcon = enabled) }
    }

    fun requestPanicWipe() = _state.update { it.copy(panicWarning = app.texts["settings-panic-wipe-warning"]) }

    fun cancelPanicWipe() = _state.update { it.copy(panicWarning = null) }

    /**
     * Deletes every vault on this phone (keys first), then back to the
     * first start. A neutral icon stays neutral.
     */
    suspend fun confirmPanicWipe() {
        if (_state.value.panicWarning == null) return
        _state.update { it.copy(busy = true) }
        try {
            withContext(app.env.io) {
                vault.panicWipe(app.env.keystore)
                app.own?.takeIf { it !== vault }?.panicWipe(app.env.keystore)
                for (entry in listVaults(app.env.vaultRoot)) {
                    PassageVault.open(entry.path, app.env.vaultConfig).use { it.panicWipe(app.env.keystore) }
                }
            }
            app.wiped()
        } catch (e: PassageException) {
            _state.update { it.copy(busy = false, error = app.texts.error(e)) }
        }
    }

    private suspend fun change(action: suspend () -> Unit) {
        try {
            withContext(app.env.io) { action() }
            load()
        } catch (e: PassageException) {
            _state.update { it.copy(error = app.texts.error(e)) }
        }
    }

    private companion object {
        val LOCK_CHOICES = listOf(30L, 60L, 120L, 300L, 900L, null)
    }
}
