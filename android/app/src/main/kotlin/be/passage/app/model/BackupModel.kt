package be.passage.app.model

import be.passage.core.BackupProtection
import be.passage.core.BackupReport
import be.passage.core.BackupSecret
import be.passage.core.PassageException
import be.passage.core.PassageVault
import be.passage.core.UiArg
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.flow.update
import kotlinx.coroutines.withContext

data class BackupState(
    /** The backup file's own passphrase, typed twice (the setup's rules). */
    val passphrase: String = "",
    val repeat: String = "",
    val passphraseError: String? = null,
    val repeatError: String? = null,
    val canSave: Boolean = false,
    val busy: Boolean = false,
    /** Photo and scan bytes written so far and in all (0 when unknown), while busy. */
    val progressDone: Long = 0,
    val progressTotal: Long = 0,
    /** "Backup saved. Records: 12. Files: 2." once the file is where the person chose. */
    val done: String? = null,
    val error: String? = null,
    /** Merge: the other backup's passphrase, or its age key when [mergeWithKey]. */
    val mergeSecret: String = "",
    val mergeWithKey: Boolean = false,
    val mergeResult: String? = null,
    val mergeError: String? = null,
)

/**
 * Save a backup of the open vault, and add (merge) a backup into it.
 *
 * Saving, two ways: [saveTo] a path the app can write, or (Android SAF,
 * iOS document picker) [saveForExport] into the app's cache, the platform
 * copies or exports that file, then [exportFinished] deletes it and shows
 * the result. The backup is encrypted by the core before it reaches disk.
 */
class BackupModel(private val app: AppModel, private val vault: PassageVault) {
    private val _state = MutableStateFlow(BackupState())
    val state: StateFlow<BackupState> = _state.asStateFlow()

    private val cache = CacheFiles(app.env.cacheDir)
    private var hook: ProgressHook? = null
    private var pending: Pair<String, BackupReport>? = null

    fun setPassphrase(value: String) = edit { it.copy(passphrase = value) }

    fun setRepeat(value: String) = edit { it.copy(repeat = value) }

    private fun edit(change: (BackupState) -> BackupState) = _state.update { validate(change(it)) }

    private fun validate(s: BackupState): BackupState {
        val t = app.texts
        return s.copy(
            passphraseError = PassphraseRules.passphraseError(t, s.passphrase),
            repeatError = PassphraseRules.repeatError(t, s.passphrase, s.repeat),
            canSave = PassphraseRules.passphraseOk(s.passphrase) && s.repeat == s.passphrase && !s.busy,
        )
    }

    /** Writes the backup to [path] (which must not exist). True when saved. */
    suspend fun saveTo(path: String): Boolean {
        val report = create(path) ?: return false
        finish(report)
        return true
    }

    /**
     * Writes the backup into the app's cache and returns its path for the
     * platform to copy or export; null when it failed (the error shows).
     * Call [exportFinished] afterwards in every case.
     */
    suspend fun saveForExport(): String? {
        val path = cache.newPath("passage-backup", ".age")
        val report = create(path) ?: return null
        pending = path to report
        return path
    }

    /** The platform copied the file ([copied]) or gave up: the cache copy is deleted. */
    fun exportFinished(copied: Boolean) {
        val (path, report) = pending ?: return
        pending = null
        cache.delete(path)
        if (copied) finish(report) else _state.update { it.copy(error = app.texts["error-cancelled"]) }
    }

    /** Stops a backup being written: it fails with Cancelled and nothing is kept. */
    fun cancel() {
        hook?.stop()
    }

    private suspend fun create(path: String): BackupReport? {
        val form = _state.value
        if (!form.canSave) return null
        _state.update { it.copy(busy = true, canSave = false, done = null, error = null, progressDone = 0, progressTotal = 0) }
        val progress = ProgressHook { done, total -> _state.update { it.copy(progressDone = done, progressTotal = total) } }
        hook = progress
        return try {
            withContext(app.env.io) {
                vault.backupCreate(path, BackupProtection.Passphrase(form.passphrase), progress)
            }
        } catch (e: PassageException) {
            _state.update { validate(it.copy(busy = false, error = app.texts.error(e))) }
            null
        } finally {
            hook = null
        }
    }

    /** Saved: the passphrases are forgotten, the counts show. */
    private fun finish(report: BackupReport) {
        val t = app.texts
        _state.update {
            validate(
                it.copy(
                    passphrase = "",
                    repeat = "",
                    busy = false,
                    error = null,
                    done = t["backup-saved", UiArg.Number("records", report.records.toDouble()),
                        UiArg.Number("files", report.attachments.toDouble())],
                ),
            )
        }
    }

    fun setMergeSecret(value: String) = _state.update { it.copy(mergeSecret = value, mergeError = null) }

    fun setMergeWithKey(withKey: Boolean) = _state.update { it.copy(mergeWithKey = withKey, mergeError = null) }

    /**
     * Adds the backup at [path] to the open vault (all or nothing). With
     * [temporary] (a copy the platform made in the cache) the file is
     * deleted afterwards.
     */
    suspend fun merge(path: String, temporary: Boolean = false) {
        val form = _state.value
        if (form.busy || form.mergeSecret.isEmpty()) {
            if (temporary) cache.delete(path)
            return
        }
        val secret = if (form.mergeWithKey) BackupSecret.Identity(form.mergeSecret)
        else BackupSecret.Passphrase(form.mergeSecret)
        _state.update { it.copy(busy = true, mergeResult = null, mergeError = null) }
        try {
            val r = withContext(app.env.io) { vault.backupMerge(path, secret, null) }
            val t = app.texts
            _state.update {
                it.copy(
                    busy = false,
                    mergeSecret = "",
                    mergeResult = t["backup-merged",
                        UiArg.Number("added", r.added.toDouble()),
                        UiArg.Number("updated", r.updated.toDouble()),
                        UiArg.Number("unchanged", r.unchanged.toDouble()),
                        UiArg.Number("conflicts", r.conflicts.toDouble())],
                )
            }
        } catch (e: PassageException) {
            _state.update { it.copy(busy = false, mergeError = app.texts.error(e)) }
        } finally {
            if (temporary) cache.delete(path)
        }
    }
}
