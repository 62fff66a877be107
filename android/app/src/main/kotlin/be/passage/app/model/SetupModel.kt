package be.passage.app.model

import be.passage.core.PassageException
import be.passage.core.PassageVault
import be.passage.core.UiArg
import be.passage.core.createVault
import be.passage.core.newVaultPath
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update

enum class SetupStep { FORM, CREATING, RECOVERY }

data class SetupState(
    val step: SetupStep = SetupStep.FORM,
    val passphrase: String = "",
    val repeat: String = "",
    val pin: String = "",
    /** Shown under each field once something was typed there. */
    val passphraseError: String? = null,
    val repeatError: String? = null,
    val pinError: String? = null,
    /** A core error while creating (e.g. no space left). */
    val error: String? = null,
    val canCreate: Boolean = false,
    /** The 12 recovery words: only between creation and the person's confirmation. */
    val recoveryWords: List<String> = emptyList(),
)

/**
 * First start: passphrase twice and a PIN; creates the vault, sets the PIN
 * through the device keystore, then shows the recovery words once.
 *
 * No device-only keyslot is added: a key slot the keystore alone opens
 * would let whoever can use the keystore (a rooted phone) skip the PIN,
 * which the PIN slots were built to prevent (docs/decisions/0005).
 */
class SetupModel(private val app: AppModel) {
    private val _state = MutableStateFlow(SetupState())
    val state: StateFlow<SetupState> = _state.asStateFlow()

    private var created: Pair<String, PassageVault>? = null

    fun setPassphrase(value: String) = edit { it.copy(passphrase = value) }

    fun setRepeat(value: String) = edit { it.copy(repeat = value) }

    fun setPin(value: String) = edit { it.copy(pin = value) }

    private fun edit(change: (SetupState) -> SetupState) = _state.update { validate(change(it)) }

    private fun validate(s: SetupState): SetupState {
        val t = app.texts
        val passphraseOk = s.passphrase.codePointCount(0, s.passphrase.length) >= MIN_PASSPHRASE_CHARS &&
            s.passphrase.isNotBlank()
        val repeatOk = s.repeat == s.passphrase
        val pinOk = PIN.matches(s.pin)
        return s.copy(
            passphraseError = if (s.passphrase.isEmpty() || passphraseOk) null
            else t["setup-passphrase-too-short", UiArg.Number("min", MIN_PASSPHRASE_CHARS.toDouble())],
            repeatError = if (s.repeat.isEmpty() || repeatOk) null else t["setup-passphrase-mismatch"],
            pinError = if (s.pin.isEmpty() || pinOk) null else t["setup-pin-invalid"],
            canCreate = passphraseOk && repeatOk && pinOk && s.step == SetupStep.FORM,
        )
    }

    /** Creates the vault and sets the PIN; then the recovery words show. */
    suspend fun create() {
        val form = _state.value
        if (!form.canCreate) return
        _state.update { it.copy(step = SetupStep.CREATING, canCreate = false, error = null) }
        try {
            val (path, vault) = created ?: run {
                val path = newVaultPath(app.env.vaultRoot)
                val made = createVault(path, form.passphrase, app.env.vaultConfig)
                created = path to made.vault
                _state.update { it.copy(recoveryWords = made.recoveryPhrase.split(' ').filter(String::isNotEmpty)) }
                path to made.vault
            }
            vault.setPin(form.pin, app.env.keystore)
            created = path to vault
            _state.update {
                SetupState(step = SetupStep.RECOVERY, recoveryWords = it.recoveryWords)
            }
        } catch (e: PassageException) {
            // The vault may exist already; a retry only sets the PIN again.
            _state.update { validate(it.copy(step = SetupStep.FORM, error = app.texts.error(e))) }
        }
    }

    /** "I wrote the words down": the words are forgotten and the app opens. */
    fun confirmRecovery() {
        val (path, vault) = created ?: return
        if (_state.value.step != SetupStep.RECOVERY) return
        _state.value = SetupState(step = SetupStep.RECOVERY)
        created = null
        app.vaultCreated(path, vault)
    }

    companion object {
        /** The core's minimum (passage_core::vault::MIN_PASSPHRASE_CHARS), for the hint. */
        const val MIN_PASSPHRASE_CHARS = 8
        // ASCII, Arabic-Indic and Persian digits, as the core accepts them.
        internal val PIN = Regex("[0-9\u0660-\u0669\u06F0-\u06F9]{4,12}")
    }
}
