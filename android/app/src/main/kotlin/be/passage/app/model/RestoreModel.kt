package be.passage.app.model

import be.passage.core.BackupSecret
import be.passage.core.PassageException
import be.passage.core.PassageVault
import be.passage.core.backupRestoreNew
import be.passage.core.newVaultPath
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.withContext

enum class RestoreStep { FORM, RESTORING, RECOVERY }

data class RestoreState(
    val step: RestoreStep = RestoreStep.FORM,
    val fileChosen: Boolean = false,
    /** The backup is opened with an age key (identity text) instead of its passphrase. */
    val withKey: Boolean = false,
    /** The backup's passphrase, or the age identity text. */
    val secret: String = "",
    /** The new passphrase and PIN for this phone (the setup's rules). */
    val passphrase: String = "",
    val repeat: String = "",
    val pin: String = "",
    val passphraseError: String? = null,
    val repeatError: String? = null,
    val pinError: String? = null,
    /** Wrong backup passphrase, damaged file, ...: from the core's error. */
    val error: String? = null,
    val canRestore: Boolean = false,
    /** The new vault's 12 recovery words: only until the person confirms. */
    val recoveryWords: List<String> = emptyList(),
)

/**
 * First start on a new or lost phone: restore a backup into a new vault.
 * Pick the file (the platform hands a path; Android copies the SAF stream
 * into the cache first), the backup's passphrase or age key, a new
 * passphrase and PIN for this phone; the core builds the vault (nothing
 * appears unless everything verified), the PIN is set as in the setup,
 * the new recovery words show once, then the vault opens.
 */
class RestoreModel(private val app: AppModel) {
    private val _state = MutableStateFlow(RestoreState())
    val state: StateFlow<RestoreState> = _state.asStateFlow()

    private val cache = CacheFiles(app.env.cacheDir)
    private var file: String? = null
    private var fileIsTemporary = false
    private var created: Pair<String, PassageVault>? = null

    /** The platform picked the backup; [temporary]: a copy in the cache to delete afterwards. */
    fun chooseFile(path: String, temporary: Boolean = false) {
        dropTemporary()
        file = path
        fileIsTemporary = temporary
        edit { it.copy(fileChosen = true, error = null) }
    }

    fun setWithKey(withKey: Boolean) = edit { it.copy(withKey = withKey, error = null) }

    fun setSecret(value: String) = edit { it.copy(secret = value, error = null) }

    fun setPassphrase(value: String) = edit { it.copy(passphrase = value) }

    fun setRepeat(value: String) = edit { it.copy(repeat = value) }

    fun setPin(value: String) = edit { it.copy(pin = value) }

    private fun edit(change: (RestoreState) -> RestoreState) = _state.update { validate(change(it)) }

    private fun validate(s: RestoreState): RestoreState {
        val t = app.texts
        return s.copy(
            passphraseError = PassphraseRules.passphraseError(t, s.passphrase),
            repeatError = PassphraseRules.repeatError(t, s.passphrase, s.repeat),
            pinError = PassphraseRules.pinError(t, s.pin),
            canRestore = s.step == RestoreStep.FORM && s.fileChosen && s.secret.isNotEmpty() &&
                PassphraseRules.passphraseOk(s.passphrase) && s.repeat == s.passphrase &&
                PassphraseRules.pinOk(s.pin),
        )
    }

    /** Restores into a new vault and sets the PIN; then the recovery words show. */
    suspend fun restore() {
        val form = _state.value
        val backup = file
        if (!form.canRestore || backup == null) return
        _state.update { it.copy(step = RestoreStep.RESTORING, canRestore = false, error = null) }
        try {
            val (path, vault) = created ?: withContext(app.env.io) {
                val path = newVaultPath(app.env.vaultRoot)
                val secret = if (form.withKey) BackupSecret.Identity(form.secret)
                else BackupSecret.Passphrase(form.secret)
                val made = backupRestoreNew(backup, secret, path, form.passphrase, app.env.vaultConfig)
                created = path to made.vault
                _state.update { it.copy(recoveryWords = made.recoveryPhrase.split(' ').filter(String::isNotEmpty)) }
                path to made.vault
            }
            withContext(app.env.io) { vault.setPin(form.pin, app.env.keystore) }
            dropTemporary()
            _state.update { RestoreState(step = RestoreStep.RECOVERY, fileChosen = true, recoveryWords = it.recoveryWords) }
        } catch (e: PassageException) {
            // Nothing was made (or the vault exists and a retry only sets the PIN).
            _state.update { validate(it.copy(step = RestoreStep.FORM, error = app.texts.error(e))) }
        }
    }

    /** "I wrote the words down": they are forgotten and the restored vault opens. */
    fun confirmRecovery() {
        val (path, vault) = created ?: return
        if (_state.value.step != RestoreStep.RECOVERY) return
        _state.value = RestoreState(step = RestoreStep.RECOVERY)
        created = null
        app.vaultCreated(path, vault)
    }

    /** Back to the setup; a cache copy of the backup is deleted. */
    fun cancel() {
        if (_state.value.step != RestoreStep.FORM) return
        dropTemporary()
        app.cancelRestore()
    }

    private fun dropTemporary() {
        if (fileIsTemporary) cache.delete(file)
        fileIsTemporary = false
    }
}
