import Foundation
import PassageCore

/// Settings: language, lock timeout, PIN change, emergency (duress) PIN,
/// wipe after too many wrong PINs (warning first), neutral icon, panic
/// wipe (confirmation first). Backup, share with a lawyer and the printable
/// summary are screens of their own (`BackupModel`, `ShareModel`,
/// `SummaryModel`, made by `AppModel`), linked from the settings view.
@MainActor
public final class SettingsModel: ScreenModel {
    public struct Choice: Equatable, Sendable, Identifiable {
        public let id: String
        public let label: String
        public let selected: Bool
        public let direction: WritingDirection
    }

    public struct TimeoutChoice: Equatable, Sendable, Identifiable {
        /// Seconds; nil: never.
        public let seconds: UInt64?
        public let label: String
        public let selected: Bool
        public var id: String { seconds.map(String.init) ?? "never" }
    }

    public struct State: Equatable {
        public var title: String
        public var languageLabel: String
        public var languages: [Choice]
        public var lockTimeoutLabel: String
        public var timeouts: [TimeoutChoice] = []
        public var changePinLabel: String
        public var pinError: String?
        public var duressLabel: String
        public var duressExplain: String
        public var duressDestroyLabel: String
        public var duressSet = false
        public var wipeAfterLabel: String
        public var wipeAfter: UInt32?
        /// Shown before "wipe after N" is turned on; nil otherwise.
        public var wipeAfterWarning: String?
        public var confirmLabel: String
        public var cancelLabel: String
        public var neutralIconLabel: String
        public var neutralIcon: Bool
        public var panicWipeLabel: String
        /// Shown before the panic wipe; nil otherwise.
        public var panicWipeWarning: String?
        public var panicWipeConfirmLabel: String
        public var working = false
        /// "Done" after a change.
        public var message: String?
        public var direction: WritingDirection
        public var error: String?
    }

    public private(set) var state: State {
        didSet { if state != oldValue { onChange?(state) } }
    }
    public var onChange: ((State) -> Void)?

    static let timeoutSeconds: [UInt64?] = [30, 60, 120, 300, 900, nil]
    /// Wrong PINs in a row before the wipe, when the person turns it on
    /// (the core accepts 3 to 100).
    public static let defaultWipeAfter: UInt32 = 10

    private let session: Session
    private var texts: Texts
    private let chooseLanguage: @MainActor (String) throws -> Texts?
    private let wiped: @MainActor () -> Void
    private var pendingWipeAfter: UInt32?

    init(
        session: Session, chooseLanguage: @escaping @MainActor (String) throws -> Texts?,
        wiped: @escaping @MainActor () -> Void
    ) {
        self.session = session
        texts = session.texts
        self.chooseLanguage = chooseLanguage
        self.wiped = wiped
        state = Self.labels(session.texts, neutralIcon: session.environment.settings.load().neutralIcon)
        reloadChoices()
    }

    public func refresh() async {
        reloadChoices()
        if let attempts = try? await session.vault.pinAttempts(keystore: session.environment.keystore) {
            state.wipeAfter = attempts.wipeAfter
        }
    }

    public func selectLanguage(_ code: String) async {
        do {
            if let newTexts = try chooseLanguage(code) { texts = newTexts }
            var fresh = Self.labels(texts, neutralIcon: state.neutralIcon)
            fresh.wipeAfter = state.wipeAfter
            fresh.duressSet = state.duressSet
            state = fresh
            reloadChoices()
        } catch {
            state.error = texts.error(error)
        }
    }

    public func setLockTimeout(_ seconds: UInt64?) async {
        do {
            try session.vault.setIdleTimeout(seconds: seconds)
            reloadChoices()
        } catch {
            state.error = texts.error(error)
        }
    }

    public func changePin(_ pin: String) async {
        guard SetupModel.isValidPin(pin) else {
            state.pinError = texts("setup-pin-invalid")
            return
        }
        state.pinError = nil
        await working {
            try await self.session.vault.setPin(pin: pin, keystore: self.session.environment.keystore)
        }
    }

    /// The emergency PIN opens a new, empty vault beside this one (its own
    /// passphrase is random and forgotten: only the emergency PIN opens
    /// it). With `destroyReal`, using it also destroys this vault's keys.
    public func setDuressPin(_ pin: String, destroyReal: Bool) async {
        guard SetupModel.isValidPin(pin) else {
            state.pinError = texts("setup-pin-invalid")
            return
        }
        state.pinError = nil
        let env = session.environment
        let vault = session.vault
        await working {
            var generator = SystemRandomNumberGenerator()
            let secret = (0..<32).map { _ in String(UInt8.random(in: 0...255, using: &generator), radix: 16) }.joined()
            let decoy = try await createVault(
                dir: newVaultPath(root: env.vaultsRoot), passphrase: secret, config: env.vaultConfig
            ).vault
            defer { decoy.lock() }
            try await vault.setDuressPin(duressPin: pin, keystore: env.keystore, decoy: decoy, destroyReal: destroyReal)
            self.state.duressSet = true
        }
    }

    /// The switch: on shows the warning first (`defaultWipeAfter` PINs), off
    /// turns it off at once.
    public func setWipeAfter(on: Bool) async {
        await requestWipeAfter(on ? Self.defaultWipeAfter : nil)
    }

    /// Step 1: show the warning for "wipe after `n` wrong PINs" (nil: off,
    /// which needs no warning).
    public func requestWipeAfter(_ n: UInt32?) async {
        guard let n else {
            await working {
                try await self.session.vault.setPinWipeAfter(after: nil, keystore: self.session.environment.keystore)
                self.state.wipeAfter = nil
            }
            return
        }
        pendingWipeAfter = n
        state.wipeAfterWarning = texts("settings-wipe-after-warning", .number(name: "count", value: Double(n)))
    }

    /// Step 2: the person said yes to the warning.
    public func confirmWipeAfter() async {
        guard let n = pendingWipeAfter else { return }
        pendingWipeAfter = nil
        state.wipeAfterWarning = nil
        await working {
            try await self.session.vault.setPinWipeAfter(after: n, keystore: self.session.environment.keystore)
            self.state.wipeAfter = n
        }
    }

    public func cancel() {
        pendingWipeAfter = nil
        state.wipeAfterWarning = nil
        state.panicWipeWarning = nil
    }

    public func setNeutralIcon(_ on: Bool) async {
        guard await session.environment.setNeutralIcon(on) else { return }
        var settings = session.environment.settings.load()
        settings.neutralIcon = on
        do {
            try session.environment.settings.save(settings)
            state.neutralIcon = on
        } catch {
            state.error = texts.error(error)
        }
    }

    /// Step 1: the warning.
    public func requestPanicWipe() {
        state.panicWipeWarning = texts("settings-panic-wipe-warning")
    }

    /// Step 2: keys first, then the files; then back to the first start.
    public func confirmPanicWipe() async {
        guard state.panicWipeWarning != nil else { return }
        state.panicWipeWarning = nil
        do {
            try await session.vault.panicWipe(keystore: session.environment.keystore)
            wiped()
        } catch {
            state.error = texts.error(error)
        }
    }

    private func working(_ body: () async throws -> Void) async {
        state.working = true
        state.error = nil
        state.message = nil
        do {
            try await body()
            state.message = texts("common-done")
        } catch {
            state.error = texts.error(error)
        }
        state.working = false
    }

    private func reloadChoices() {
        let current = session.vault.idleTimeout()
        state.timeouts = Self.timeoutSeconds.map { seconds in
            let label: String
            switch seconds {
            case nil: label = texts("settings-lock-never")
            case let s? where s % 60 == 0:
                label = texts("settings-lock-minutes", .number(name: "minutes", value: Double(s / 60)))
            case let s?: label = texts("settings-lock-seconds", .number(name: "seconds", value: Double(s)))
            }
            return TimeoutChoice(seconds: seconds, label: label, selected: seconds == current)
        }
        state.languages = languages().map {
            Choice(id: $0.code, label: $0.nativeName, selected: $0.code == texts.language, direction: $0.direction)
        }
    }

    private static func labels(_ texts: Texts, neutralIcon: Bool) -> State {
        State(
            title: texts("settings-title"), languageLabel: texts("settings-language"), languages: [],
            lockTimeoutLabel: texts("settings-lock-timeout"), changePinLabel: texts("settings-change-pin"),
            duressLabel: texts("settings-duress-pin"), duressExplain: texts("settings-duress-explain"),
            duressDestroyLabel: texts("settings-duress-destroy"), wipeAfterLabel: texts("settings-wipe-after"),
            confirmLabel: texts("common-yes"), cancelLabel: texts("button-cancel"),
            neutralIconLabel: texts("settings-neutral-icon"), neutralIcon: neutralIcon,
            panicWipeLabel: texts("settings-panic-wipe"), panicWipeConfirmLabel: texts("settings-panic-wipe-confirm"),
            direction: texts.direction)
    }
}
