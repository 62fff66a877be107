package be.passage.app.model

import be.passage.core.PassageException
import be.passage.core.PassageGuide
import be.passage.core.PassageVault
import be.passage.core.WritingDirection
import be.passage.core.negotiateLanguages
import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import kotlinx.coroutines.withContext
import java.io.File

/** The tabs of the unlocked app, with the message id of each title. */
enum class Tab(val titleId: String) {
    HOME("home-title"),
    JOURNAL("journal-title"),
    DOCUMENTS("documents-title"),
    INTERVIEW("interview-title"),
    GUIDE("guide-title"),
    CONTACTS("contacts-title"),
    SETTINGS("settings-title"),
}

/** Which screen shows; each carries the model that screen draws. */
sealed interface Screen {
    /** First start: choose the language. */
    data class Language(val model: LanguageModel) : Screen

    /** First start: passphrase, PIN, recovery words. */
    data class Setup(val model: SetupModel) : Screen

    /** Locked. */
    data class Unlock(val model: UnlockModel) : Screen

    /** Unlocked, on one of the tabs. */
    data class Home(val tab: Tab, val tabs: Tabs) : Screen

    /** First start on a new or lost phone: restore a backup instead of the setup. */
    data class Restore(val model: RestoreModel) : Screen

    /** Backup, share or print, opened from Settings; back returns to [home]. */
    data class Sharing(val page: SharingPage, val home: Home) : Screen
}

/** The pages Settings opens for backup, sharing with a lawyer and the summary. */
sealed interface SharingPage {
    data class Backup(val model: BackupModel) : SharingPage

    data class Share(val model: ShareModel) : SharingPage

    data class Summary(val model: SummaryModel) : SharingPage
}

/** The models of the tabs of one unlocked session. */
class Tabs(app: AppModel, vault: PassageVault) {
    val home = HomeModel(app, vault)
    val journal = JournalModel(app, vault)
    val documents = ChecklistModel(app, vault)
    val interview = InterviewModel(app, vault)
    val guide = GuideModel(app)
    val contacts = ContactsModel(app)
    val settings = SettingsModel(app, vault)
}

data class AppState(
    val screen: Screen,
    /** The language chain every text is resolved in. */
    val texts: Texts,
) {
    /** Layout direction of the whole window. */
    val direction: WritingDirection get() = texts.direction
}

/**
 * The root of the app: which screen shows, the language chain, locking.
 * The platform calls [onBackground], [onForeground], [tick] (a timer, a few
 * times a minute) and [userActivity] (touches); everything else is called
 * by the screen models.
 */
class AppModel(val env: ShellEnvironment) {
    /** The guide (no vault needed); builds its search index on first search. */
    val guide: PassageGuide by lazy { PassageGuide() }

    /** The person's own vault (the one in settings), open but maybe locked. */
    private var ownVault: PassageVault? = null

    /** The vault shown while unlocked: the own one, or the decoy a duress PIN opened. */
    private var shownVault: PassageVault? = null

    private val _state = MutableStateFlow(AppState(Screen.Language(LanguageModel(this)), chain(null)))
    val state: StateFlow<AppState> = _state.asStateFlow()

    val texts: Texts get() = _state.value.texts

    init {
        val texts = chain(env.settings[SettingKeys.LANGUAGE])
        _state.value = _state.value.copy(texts = texts)
        _state.value = AppState(firstScreen(), texts)
    }

    private fun chain(chosen: String?): Texts =
        Texts(negotiateLanguages(listOfNotNull(chosen), env.systemLocales))

    private fun existingVaultPath(): String? =
        env.settings[SettingKeys.VAULT_PATH]?.takeIf { File(it, "header.json").isFile }

    private fun firstScreen(): Screen {
        if (env.settings[SettingKeys.LANGUAGE] == null) return Screen.Language(LanguageModel(this))
        val path = existingVaultPath() ?: return Screen.Setup(SetupModel(this))
        return try {
            val vault = ownVault ?: PassageVault.open(path, env.vaultConfig).also { ownVault = it }
            Screen.Unlock(UnlockModel(this, vault))
        } catch (e: PassageException) {
            // Never replace or delete a vault that does not open: show why.
            Screen.Unlock(UnlockModel.damaged(this, e))
        }
    }

    private fun show(screen: Screen) {
        _state.value = _state.value.copy(screen = screen)
    }

    /** Language chosen (first start or Settings): persisted, every text follows. */
    fun chooseLanguage(code: String) {
        env.settings[SettingKeys.LANGUAGE] = code
        env.platform.applyLanguage(code)
        _state.value = _state.value.copy(texts = chain(code))
        if (_state.value.screen is Screen.Language) show(firstScreen())
    }

    /** Setup finished: the new vault is the person's and it is open. */
    internal fun vaultCreated(path: String, vault: PassageVault) {
        env.settings[SettingKeys.VAULT_PATH] = path
        ownVault = vault
        unlocked(vault)
    }

    /** A vault was unlocked (the own one, or a decoy a duress PIN opened). */
    internal fun unlocked(vault: PassageVault) {
        shownVault = vault
        show(Screen.Home(Tab.HOME, Tabs(this, vault)))
    }

    /** "Restore a backup" on the first start (instead of a new setup). */
    fun startRestore() {
        if (_state.value.screen is Screen.Setup) show(Screen.Restore(RestoreModel(this)))
    }

    /** Back from the restore to the setup. */
    internal fun cancelRestore() {
        if (_state.value.screen is Screen.Restore) show(Screen.Setup(SetupModel(this)))
    }

    /** Settings -> "Save a backup". */
    fun openBackup() = openSharing { SharingPage.Backup(BackupModel(this, it)) }

    /** Settings -> "Share with my lawyer" (the view calls the model's `load()`). */
    fun openShare() = openSharing { SharingPage.Share(ShareModel(this, it)) }

    /** Settings -> "Summary to print". */
    fun openSummary() = openSharing { SharingPage.Summary(SummaryModel(this, it)) }

    private fun openSharing(page: (PassageVault) -> SharingPage) {
        val home = _state.value.screen as? Screen.Home ?: return
        val vault = shownVault ?: return
        show(Screen.Sharing(page(vault), home))
    }

    /** Back from a sharing page to the tabs (Settings). */
    fun closeSharing() {
        val screen = _state.value.screen as? Screen.Sharing ?: return
        show(screen.home)
    }

    fun showTab(tab: Tab) {
        val screen = _state.value.screen
        if (screen is Screen.Home) show(screen.copy(tab = tab))
    }

    /** "Read now" on home: the guide tab with that article open. */
    suspend fun openArticle(slug: String) {
        val screen = _state.value.screen as? Screen.Home ?: return
        screen.tabs.guide.open(slug)
        show(screen.copy(tab = Tab.GUIDE))
    }

    /** Set by a touch, handed to the core by the next [tick] (off the main thread). */
    @Volatile
    private var touched = false

    /** A touch or scroll: keeps the idle timer from locking. Cheap: the core hears of it at the next tick. */
    fun userActivity() {
        touched = true
    }

    /** Until when (env clock) a background is the camera or picker the app opened. */
    private var awayUntil = 0L

    /**
     * The app opens the system camera or document picker for the person:
     * a background within the next [SYSTEM_UI_GRACE_MS] does not lock (the
     * photo comes back to an open vault). The idle time still counts:
     * coming back after it locks. A background later than that (the
     * picker never opened) locks as usual.
     */
    fun leavingForSystemUi() {
        awayUntil = if (shownVault != null) env.nowMillis() + SYSTEM_UI_GRACE_MS else 0L
    }

    /**
     * The app went to the background (Android: ProcessLifecycleOwner
     * ON_STOP): reminders are rescheduled from the open vault, then
     * everything locks and the unlock screen shows.
     */
    suspend fun onBackground() {
        if (env.nowMillis() <= awayUntil) return
        val vault = shownVault ?: return
        val reminders = withContext(env.io) {
            try {
                ReminderPlanner(texts).plan(vault, env.today())
            } catch (e: PassageException) {
                null
            }
        }
        reminders?.let(env.platform::scheduleReminders)
        lock()
    }

    /** Back in the foreground: locks if idle too long; the unlock screen refreshes its wait. */
    suspend fun onForeground() {
        awayUntil = 0L
        tick()
        val screen = _state.value.screen
        if (screen is Screen.Unlock) screen.model.refresh()
    }

    /**
     * Timer hook (about every second): counts the PIN wait down, passes
     * touches on to the core and locks when the core says the idle time has
     * passed. True if it locked now. The core calls run on [ShellEnvironment.io]:
     * a slow call holding the vault must not stall the main thread.
     */
    suspend fun tick(): Boolean {
        val screen = _state.value.screen
        if (screen is Screen.Unlock) screen.model.tick()
        val vault = shownVault ?: return false
        val idle = withContext(env.io) {
            if (touched) {
                touched = false
                vault.touch()
            }
            vault.lockIfIdle()
        }
        if (!idle) return false
        lock()
        return true
    }

    /** Locks every open vault and shows the unlock screen. */
    fun lock() {
        awayUntil = 0L
        shownVault?.lock()
        ownVault?.lock()
        shownVault = null
        show(firstScreen())
    }

    /** After a panic wipe: nothing is left; back to the first start. */
    internal fun wiped() {
        shownVault = null
        ownVault = null
        val neutralIcon = env.settings[SettingKeys.NEUTRAL_ICON]
        env.settings.clear()
        env.settings[SettingKeys.NEUTRAL_ICON] = neutralIcon
        _state.value = AppState(Screen.Language(LanguageModel(this)), chain(null))
    }

    /** The person's own vault object (for the settings that must act on it). */
    internal val own: PassageVault? get() = ownVault

    companion object {
        /** How soon after [leavingForSystemUi] the system screen must have covered the app. */
        const val SYSTEM_UI_GRACE_MS = 10_000L
    }
}
