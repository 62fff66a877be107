import Foundation
import PassageCore

/// What the screens of an unlocked vault share: the vault shown (the real
/// one, or the decoy the duress PIN opened: the screens cannot tell), the
/// texts, the platform and the guide.
public struct Session: @unchecked Sendable {
    public let vault: PassageVault
    public let texts: Texts
    public let environment: ShellEnvironment
    public let guide: PassageGuide

    /// "Today" for the journal calls (nil: the core's Belgian today).
    public var today: String? { environment.today() }
}

/// The root of the app: which screen shows (first start: language, then
/// set-up; later: unlock; then the tabs), the language chain and layout
/// direction, the privacy cover, and locking (background, idle timer).
@MainActor
public final class AppModel: ScreenModel {
    public enum Screen: Equatable, Sendable {
        case language, setup, unlock, main
        /// First start on a new or lost phone: restore a backup.
        case restore
    }

    /// The tabs of the main screen. Settings and contacts open from home
    /// and from the guide.
    public enum Tab: String, CaseIterable, Sendable {
        case home, journal, documents, interview, guide
    }

    public struct TabLabel: Equatable, Sendable {
        public let tab: Tab
        public let title: String
    }

    public struct State: Equatable {
        public var screen: Screen
        public var tab: Tab
        /// The language chain, first choice first.
        public var languages: [String]
        public var direction: WritingDirection
        public var tabs: [TabLabel]
        /// Draw the privacy cover over everything (background, app switcher).
        public var covered: Bool
        public var coverText: String
        public var appName: String
        /// The vault folder could not be read (shown instead of a screen).
        public var error: String?
    }

    public private(set) var state: State {
        didSet { if state != oldValue { onChange?(state) } }
    }
    public var onChange: ((State) -> Void)?

    public let environment: ShellEnvironment
    public let guide = PassageGuide()
    public private(set) var texts: Texts
    /// The vault on disk the unlock screen opens (locked until then).
    public private(set) var stored: PassageVault?
    /// The unlocked vault the screens show.
    public private(set) var shown: PassageVault?

    public init(environment: ShellEnvironment) {
        self.environment = environment
        let settings = environment.settings.load()
        let texts = Texts(languages: Self.chain(settings.language, environment.systemLocales))
        self.texts = texts
        var error: String?
        do {
            stored = try VaultLocator.stored(root: environment.vaultsRoot, config: environment.vaultConfig)
        } catch let e {
            error = texts.error(e)
        }
        let screen: Screen = settings.language == nil ? .language : (stored == nil ? .setup : .unlock)
        state = Self.state(screen: screen, tab: .home, texts: texts, covered: false, error: error)
    }

    /// The screens' shared context, while a vault is unlocked.
    public var session: Session? {
        shown.map { Session(vault: $0, texts: texts, environment: environment, guide: guide) }
    }

    // MARK: Navigation

    public func select(_ tab: Tab) {
        state.tab = tab
    }

    /// The person picked a language (first start or settings): remembered,
    /// and every text follows. Returns the new texts.
    @discardableResult
    public func chooseLanguage(_ code: String) throws -> Texts {
        var settings = environment.settings.load()
        settings.language = code
        try environment.settings.save(settings)
        texts = Texts(languages: Self.chain(code, environment.systemLocales))
        state = Self.state(screen: state.screen, tab: state.tab, texts: texts, covered: state.covered, error: state.error)
        return texts
    }

    /// After the language screen of the first start.
    public func languageConfirmed() {
        guard state.screen == .language else { return }
        state.screen = stored == nil ? .setup : .unlock
    }

    /// "Restore a backup" on the set-up screen of the first start.
    public func startRestore() {
        guard state.screen == .setup else { return }
        state.screen = .restore
    }

    /// Back from the restore to the set-up.
    public func cancelRestore() {
        guard state.screen == .restore else { return }
        state.screen = .setup
    }

    /// The set-up (or a restore) made and unlocked a vault.
    public func setupFinished(_ vault: PassageVault) {
        stored = vault
        open(vault)
    }

    /// The unlock screen opened a vault (this one, or a decoy).
    public func unlocked(_ vault: PassageVault) {
        open(vault)
    }

    private func open(_ vault: PassageVault) {
        shown = vault
        state.tab = .home
        state.screen = .main
    }

    // MARK: Locking and the privacy cover

    /// The app went to the background: lock now and cover the screen.
    public func onBackground() {
        lock()
        state.covered = true
    }

    /// The app switcher or a system alert: cover, keep the vault open.
    public func onInactive() {
        state.covered = true
    }

    public func onForeground() {
        state.covered = false
    }

    /// From a timer (every few seconds): locks when idle too long.
    public func tick() {
        if let vault = shown, vault.lockIfIdle() {
            lock()
        }
    }

    /// The notifications to schedule (neutral texts), read while the vault
    /// is still open; nil when locked (then the scheduled ones stay).
    public func plannedReminders() -> [PlannedNotification]? {
        guard let vault = shown, vault.isUnlocked() else { return nil }
        return try? ReminderPlanner.plan(vault: vault, texts: texts, today: environment.today())
    }

    /// A tap or scroll: the person is using the app.
    public func touch() {
        shown?.touch()
    }

    /// Locks every vault and shows the unlock screen.
    public func lock() {
        shown?.lock()
        stored?.lock()
        shown = nil
        if state.screen == .main {
            state.screen = stored == nil ? .setup : .unlock
        }
    }

    /// After a panic wipe: back to the first start.
    public func wiped() {
        shown = nil
        stored = nil
        try? environment.settings.save(ShellSettings())
        texts = Texts(languages: Self.chain(nil, environment.systemLocales))
        var error: String?
        do {
            stored = try VaultLocator.stored(root: environment.vaultsRoot, config: environment.vaultConfig)
        } catch let e {
            error = texts.error(e)
        }
        state = Self.state(screen: .language, tab: .home, texts: texts, covered: state.covered, error: error)
    }

    // MARK: Screen models

    public func makeLanguageModel() -> LanguageModel {
        LanguageModel(
            texts: texts, selected: environment.settings.load().language,
            choose: { [weak self] code in try self?.chooseLanguage(code) },
            confirmed: { [weak self] in self?.languageConfirmed() })
    }

    public func makeSetupModel() -> SetupModel {
        SetupModel(environment: environment, texts: texts) { [weak self] vault in self?.setupFinished(vault) }
    }

    public func makeRestoreModel() -> RestoreModel {
        RestoreModel(
            environment: environment, texts: texts,
            finished: { [weak self] vault in self?.setupFinished(vault) },
            cancelled: { [weak self] in self?.cancelRestore() })
    }

    /// Settings -> backup, share with the lawyer, summary to print.
    public func makeBackupModel() -> BackupModel? { session.map(BackupModel.init) }
    public func makeShareModel() -> ShareModel? { session.map(ShareModel.init) }
    public func makeSummaryModel() -> SummaryModel? { session.map(SummaryModel.init) }

    /// Nil when there is no vault to open (first start).
    public func makeUnlockModel() -> UnlockModel? {
        stored.map { vault in
            UnlockModel(vault: vault, environment: environment, texts: texts) { [weak self] opened in
                self?.unlocked(opened)
            }
        }
    }

    public func makeHomeModel() -> HomeModel? { session.map(HomeModel.init) }
    public func makeJournalModel() -> JournalModel? { session.map(JournalModel.init) }
    public func makeChecklistModel() -> ChecklistModel? { session.map(ChecklistModel.init) }
    public func makeInterviewModel() -> InterviewModel? { session.map(InterviewModel.init) }
    public func makeGuideModel() -> GuideModel { GuideModel(guide: guide, texts: texts) }
    public func makeContactsModel() -> ContactsModel { ContactsModel(guide: guide, texts: texts) }

    public func makeSettingsModel() -> SettingsModel? {
        session.map { session in
            SettingsModel(
                session: session,
                chooseLanguage: { [weak self] code in try self?.chooseLanguage(code) },
                wiped: { [weak self] in self?.wiped() })
        }
    }

    // MARK: Helpers

    static func chain(_ chosen: String?, _ system: [String]) -> [String] {
        if let chosen, let chain = try? negotiateLanguages(userPrefs: [chosen], systemLocales: system) {
            return chain
        }
        return (try? negotiateLanguages(userPrefs: [], systemLocales: system)) ?? ["en"]
    }

    private static func state(screen: Screen, tab: Tab, texts: Texts, covered: Bool, error: String?) -> State {
        let titles: [Tab: String] = [
            .home: "home-title", .journal: "journal-title", .documents: "documents-title",
            .interview: "interview-title", .guide: "guide-title",
        ]
        return State(
            screen: screen, tab: tab, languages: texts.languages, direction: texts.direction,
            tabs: Tab.allCases.map { TabLabel(tab: $0, title: texts(titles[$0] ?? "")) },
            covered: covered, coverText: texts("privacy-cover"), appName: texts("app-name"), error: error)
    }
}

/// Finds the vault the unlock screen opens, without remembering which
/// folder is the real one (a decoy beside it must not stand out): the vault
/// with a PIN, else the first one.
enum VaultLocator {
    static func stored(root: String, config: VaultConfig) throws -> PassageVault? {
        let vaults = try listVaults(root: root).map { try PassageVault.open(dir: $0.path, config: config) }
        let withPin = vaults.first { vault in
            (try? vault.status().slots.contains { $0.kind == .pin }) ?? false
        }
        return withPin ?? vaults.first
    }
}
