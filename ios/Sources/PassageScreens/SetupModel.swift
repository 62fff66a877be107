import Foundation
import PassageCore

/// First start: passphrase (twice) and everyday PIN, then the vault is
/// made (with a device slot and the PIN) and the recovery words are shown
/// once. The state holds the words only until the person confirms.
@MainActor
public final class SetupModel: ScreenModel {
    public enum Phase: Equatable, Sendable {
        case form, creating, recovery, done
    }

    public struct State: Equatable {
        public var title: String
        public var intro: String
        public var passphraseLabel: String
        public var repeatLabel: String
        public var pinLabel: String
        public var pinHint: String
        public var createLabel: String
        public var creatingText: String
        public var recoveryTitle: String
        public var recoveryIntro: String
        public var recoveryConfirmLabel: String
        public var direction: WritingDirection

        public var passphrase = ""
        public var passphraseRepeat = ""
        public var pin = ""
        public var passphraseError: String?
        public var repeatError: String?
        public var pinError: String?
        /// The create button is enabled.
        public var canCreate = false
        public var phase = Phase.form
        /// The 12 recovery words: only while `phase == .recovery`.
        public var recoveryWords: [String] = []
        public var error: String?
    }

    /// The core's shortest passphrase (`MIN_PASSPHRASE_CHARS`); a test
    /// checks that the core agrees.
    public static let minPassphraseCharacters = 8

    public private(set) var state: State {
        didSet { if state != oldValue { onChange?(state) } }
    }
    public var onChange: ((State) -> Void)?

    private let environment: ShellEnvironment
    private let texts: Texts
    private let finished: @MainActor (PassageVault) -> Void
    private var created: PassageVault?

    init(environment: ShellEnvironment, texts: Texts, finished: @escaping @MainActor (PassageVault) -> Void) {
        self.environment = environment
        self.texts = texts
        self.finished = finished
        state = State(
            title: texts("setup-title"), intro: texts("setup-intro"),
            passphraseLabel: texts("setup-passphrase"), repeatLabel: texts("setup-passphrase-repeat"),
            pinLabel: texts("setup-pin"), pinHint: texts("setup-pin-hint"),
            createLabel: texts("common-continue"), creatingText: texts("setup-creating"),
            recoveryTitle: texts("setup-recovery-title"), recoveryIntro: texts("setup-recovery-intro"),
            recoveryConfirmLabel: texts("setup-recovery-confirm"), direction: texts.direction)
    }

    public func setPassphrase(_ text: String) {
        state.passphrase = text
        validate()
    }

    public func setPassphraseRepeat(_ text: String) {
        state.passphraseRepeat = text
        validate()
    }

    public func setPin(_ text: String) {
        state.pin = text
        validate()
    }

    /// Makes the vault: create (slow: scrypt), then the PIN. Then the
    /// recovery words show. No device keyslot: a slot the Keychain alone
    /// opens would let anyone who can use the Keychain skip the PIN
    /// (docs/decisions/0005-pin-duress.md); the PIN slot already needs both.
    public func create() async {
        guard state.canCreate else { return }
        state.phase = .creating
        state.canCreate = false
        state.error = nil
        let env = environment
        do {
            try FileManager.default.createDirectory(
                atPath: env.vaultsRoot, withIntermediateDirectories: true)
            let dir = newVaultPath(root: env.vaultsRoot)
            let made = try await createVault(dir: dir, passphrase: state.passphrase, config: env.vaultConfig)
            try await made.vault.setPin(pin: state.pin, keystore: env.keystore)
            created = made.vault
            state.passphrase = ""
            state.passphraseRepeat = ""
            state.pin = ""
            state.recoveryWords = made.recoveryPhrase.split(separator: " ").map(String.init)
            state.phase = .recovery
        } catch {
            state.phase = .form
            switch error as? PassageError {
            case .InvalidInput(let field, _)? where field == "passphrase":
                state.passphraseError = tooShort()
            case .InvalidInput(let field, _)? where field == "pin":
                state.pinError = texts("setup-pin-invalid")
            default:
                state.error = texts.error(error)
            }
            validate()
        }
    }

    /// "I wrote the words down": the words leave the state for good.
    public func confirmRecoveryWritten() async {
        guard state.phase == .recovery, let vault = created else { return }
        state.recoveryWords = []
        state.phase = .done
        created = nil
        finished(vault)
    }

    /// 4 to 12 digits; Arabic-Indic and Persian digits count (as in the core).
    public static func isValidPin(_ pin: String) -> Bool {
        let digits = pin.unicodeScalars.filter {
            ("0"..."9").contains($0) || ("\u{0660}"..."\u{0669}").contains($0)
                || ("\u{06F0}"..."\u{06F9}").contains($0)
        }
        return digits.count == pin.unicodeScalars.count && (4...12).contains(digits.count)
    }

    private func tooShort() -> String {
        texts("setup-passphrase-too-short", .number(name: "min", value: Double(Self.minPassphraseCharacters)))
    }

    private func validate() {
        let p = state.passphrase
        // Counted in Unicode scalars, like the core's `chars()`.
        let pOK = p.unicodeScalars.count >= Self.minPassphraseCharacters
            && !p.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        state.passphraseError = p.isEmpty || pOK ? nil : tooShort()
        let repeatOK = state.passphraseRepeat == p
        state.repeatError = state.passphraseRepeat.isEmpty || repeatOK ? nil : texts("setup-passphrase-mismatch")
        let pinOK = Self.isValidPin(state.pin)
        state.pinError = state.pin.isEmpty || pinOK ? nil : texts("setup-pin-invalid")
        state.canCreate = pOK && repeatOK && pinOK && state.phase == .form
    }
}
