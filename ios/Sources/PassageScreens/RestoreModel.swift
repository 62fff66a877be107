import Foundation
import PassageCore

/// First start on a new or lost phone: restore a backup into a new vault.
/// The platform picks the file (`UIDocumentPickerViewController` for
/// opening, a copy in the temporary folder), then the backup's passphrase
/// or age key, a new passphrase and PIN for this phone. The core builds the
/// vault (nothing appears unless everything verified); the PIN is set as
/// in the setup; the new recovery words show once, then the vault opens.
@MainActor
public final class RestoreModel: ScreenModel {
    public enum Phase: Equatable, Sendable {
        case form, restoring, recovery, done
    }

    public struct State: Equatable {
        public var title: String
        public var explain: String
        public var chooseFileLabel: String
        public var fileChosenText: String
        public var secretLabel: String
        public var withKeyLabel: String
        public var keyLabel: String
        public var newSecretLabel: String
        public var passphraseLabel: String
        public var repeatLabel: String
        public var pinLabel: String
        public var restoreLabel: String
        public var workingText: String
        public var backLabel: String
        public var recoveryTitle: String
        public var recoveryIntro: String
        public var recoveryConfirmLabel: String
        public var direction: WritingDirection

        public var fileChosen = false
        /// The backup opens with an age key (identity text), not a passphrase.
        public var withKey = false
        public var secret = ""
        public var passphrase = ""
        public var passphraseRepeat = ""
        public var pin = ""
        public var passphraseError: String?
        public var repeatError: String?
        public var pinError: String?
        public var canRestore = false
        public var phase = Phase.form
        /// The new vault's 12 recovery words: only while `phase == .recovery`.
        public var recoveryWords: [String] = []
        public var error: String?
    }

    public private(set) var state: State {
        didSet { if state != oldValue { onChange?(state) } }
    }
    public var onChange: ((State) -> Void)?

    private let environment: ShellEnvironment
    private let texts: Texts
    private let cache: CacheFiles
    private let finished: @MainActor (PassageVault) -> Void
    private let cancelled: @MainActor () -> Void
    private var file: String?
    private var fileIsTemporary = false
    private var created: PassageVault?

    init(
        environment: ShellEnvironment, texts: Texts, finished: @escaping @MainActor (PassageVault) -> Void,
        cancelled: @escaping @MainActor () -> Void
    ) {
        self.environment = environment
        self.texts = texts
        self.finished = finished
        self.cancelled = cancelled
        cache = CacheFiles(dir: environment.cacheDir)
        state = State(
            title: texts("settings-restore"), explain: texts("restore-explain"),
            chooseFileLabel: texts("restore-choose-file"), fileChosenText: texts("restore-file-chosen"),
            secretLabel: texts("restore-backup-passphrase"), withKeyLabel: texts("restore-use-key"),
            keyLabel: texts("restore-key"), newSecretLabel: texts("restore-new-secret"),
            passphraseLabel: texts("setup-passphrase"), repeatLabel: texts("setup-passphrase-repeat"),
            pinLabel: texts("setup-pin"), restoreLabel: texts("restore-start"),
            workingText: texts("common-loading"), backLabel: texts("common-back"),
            recoveryTitle: texts("setup-recovery-title"), recoveryIntro: texts("setup-recovery-intro"),
            recoveryConfirmLabel: texts("setup-recovery-confirm"), direction: texts.direction)
    }

    /// The picked backup; `temporary`: a copy to delete afterwards.
    public func chooseFile(_ path: String, temporary: Bool = false) {
        dropTemporary()
        file = path
        fileIsTemporary = temporary
        state.fileChosen = true
        state.error = nil
        validate()
    }

    public func setWithKey(_ on: Bool) {
        state.withKey = on
        state.error = nil
        validate()
    }

    public func setSecret(_ text: String) {
        state.secret = text
        state.error = nil
        validate()
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

    private func validate() {
        state.passphraseError = PassphraseRules.passphraseError(texts, state.passphrase)
        state.repeatError = PassphraseRules.repeatError(texts, state.passphrase, state.passphraseRepeat)
        state.pinError = PassphraseRules.pinError(texts, state.pin)
        state.canRestore = state.phase == .form && state.fileChosen && !state.secret.isEmpty
            && PassphraseRules.passphraseOK(state.passphrase) && state.passphraseRepeat == state.passphrase
            && SetupModel.isValidPin(state.pin)
    }

    /// Restores into a new vault and sets the PIN; then the words show.
    public func restore() async {
        guard state.canRestore, let backup = file else { return }
        state.phase = .restoring
        state.canRestore = false
        state.error = nil
        let env = environment
        do {
            let vault: PassageVault
            if let made = created {
                vault = made
            } else {
                try FileManager.default.createDirectory(atPath: env.vaultsRoot, withIntermediateDirectories: true)
                let dir = newVaultPath(root: env.vaultsRoot)
                let secret: BackupSecret = state.withKey
                    ? .identity(identity: state.secret) : .passphrase(passphrase: state.secret)
                let made = try await backupRestoreNew(
                    backupPath: backup, secret: secret, dir: dir, newPassphrase: state.passphrase,
                    config: env.vaultConfig)
                created = made.vault
                state.recoveryWords = made.recoveryPhrase.split(separator: " ").map(String.init)
                vault = made.vault
            }
            try await vault.setPin(pin: state.pin, keystore: env.keystore)
            dropTemporary()
            state.secret = ""
            state.passphrase = ""
            state.passphraseRepeat = ""
            state.pin = ""
            state.phase = .recovery
        } catch {
            // Nothing was made (or the vault exists and a retry sets the PIN).
            state.phase = .form
            state.error = texts.error(error)
            validate()
        }
    }

    /// "I wrote the words down": they leave the state; the vault opens.
    public func confirmRecoveryWritten() async {
        guard state.phase == .recovery, let vault = created else { return }
        state.recoveryWords = []
        state.phase = .done
        created = nil
        finished(vault)
    }

    /// Back to the setup; a temporary copy of the backup is deleted.
    public func cancel() {
        guard state.phase == .form else { return }
        dropTemporary()
        cancelled()
    }

    private func dropTemporary() {
        if fileIsTemporary { cache.delete(file) }
        fileIsTemporary = false
    }
}
