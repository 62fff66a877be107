import Foundation
import PassageCore

/// What the platform gives the models: the keystore, where vaults live,
/// the system's languages, a small settings store, and a few hooks.
/// The iOS app builds one with the Keychain keystore and the protected
/// Application Support folder; the tests with an in-memory keystore, a
/// temporary folder and a fixed "today".
public struct ShellEnvironment: @unchecked Sendable {
    /// The device keystore (iOS: Keychain / Secure Enclave).
    public var keystore: DeviceKeyStore
    /// The folder holding the vault folders (created by the platform with
    /// complete file protection, excluded from backups).
    public var vaultsRoot: String
    /// The system's preferred languages (`Locale.preferredLanguages`).
    public var systemLocales: [String]
    /// The few non-secret preferences (language, neutral icon).
    public var settings: SettingsStore
    /// "Today" as `YYYY-MM-DD` for the journal and deadlines; nil: the core
    /// uses today's date in Belgium. Tests fix it.
    public var today: @Sendable () -> String?
    /// The clock of the unlock screen's countdown (tests move it on; the
    /// core keeps its own time for the attempt delays).
    public var now: @Sendable () -> Date
    /// The scrypt work factor for new vaults: the default in the app, a
    /// low one only in tests.
    public var vaultConfig: VaultConfig
    /// Switches the home-screen icon and name to the neutral ones (true)
    /// or back; answers whether the system did it.
    public var setNeutralIcon: @MainActor (Bool) async -> Bool
    /// The app's temporary folder: backup, share and summary files are
    /// written here, handed to the document picker or the printer, then
    /// deleted.
    public var cacheDir: String

    public init(
        keystore: DeviceKeyStore,
        vaultsRoot: String,
        systemLocales: [String],
        settings: SettingsStore,
        today: @escaping @Sendable () -> String? = { nil },
        now: @escaping @Sendable () -> Date = { Date() },
        vaultConfig: VaultConfig = VaultConfig(),
        setNeutralIcon: @escaping @MainActor (Bool) async -> Bool = { _ in false },
        cacheDir: String = NSTemporaryDirectory()
    ) {
        self.keystore = keystore
        self.vaultsRoot = vaultsRoot
        self.systemLocales = systemLocales
        self.settings = settings
        self.today = today
        self.now = now
        self.vaultConfig = vaultConfig
        self.setNeutralIcon = setNeutralIcon
        self.cacheDir = cacheDir
    }
}

/// The app's preferences. Nothing in here is secret: no passphrase, PIN,
/// key or user text, and not which vault is the real one.
public struct ShellSettings: Codable, Equatable, Sendable {
    /// The language the person chose (a code of `languages()`); nil until
    /// the first start's language screen.
    public var language: String?
    /// The neutral icon and name are on.
    public var neutralIcon: Bool

    public init(language: String? = nil, neutralIcon: Bool = false) {
        self.language = language
        self.neutralIcon = neutralIcon
    }
}

/// Where the preferences are kept.
public protocol SettingsStore: AnyObject, Sendable {
    func load() -> ShellSettings
    func save(_ settings: ShellSettings) throws
}

/// Preferences in one small JSON file, replaced atomically. Used by the
/// app (in its protected Application Support folder) and by the tests (in
/// a temporary folder).
public final class FileSettingsStore: SettingsStore, @unchecked Sendable {
    private let url: URL
    private let lock = NSLock()

    public init(url: URL) {
        self.url = url
    }

    /// The stored settings; defaults when the file is missing or unreadable
    /// (it holds nothing that cannot be chosen again).
    public func load() -> ShellSettings {
        lock.lock()
        defer { lock.unlock() }
        guard let data = try? Data(contentsOf: url),
            let settings = try? JSONDecoder().decode(ShellSettings.self, from: data)
        else { return ShellSettings() }
        return settings
    }

    public func save(_ settings: ShellSettings) throws {
        lock.lock()
        defer { lock.unlock() }
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try JSONEncoder().encode(settings).write(to: url, options: .atomic)
    }
}
