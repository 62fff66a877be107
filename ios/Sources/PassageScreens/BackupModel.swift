import Foundation
import PassageCore

/// Save a backup of the open vault, and add (merge) a backup into it.
/// Saving: `save(to:)` a path, or `saveForExport()` into the temporary
/// folder, the platform exports it (`UIDocumentPickerViewController(forExporting:)`),
/// then `exportFinished(copied:)` deletes it and shows the result. The
/// core encrypts the backup before it reaches disk.
@MainActor
public final class BackupModel: ScreenModel {
    public struct State: Equatable {
        public var title: String
        public var explain: String
        public var passphraseLabel: String
        public var passphraseHint: String
        public var repeatLabel: String
        public var saveLabel: String
        public var workingText: String
        public var mergeLabel: String
        public var mergeExplain: String
        public var mergeWithKeyLabel: String
        public var direction: WritingDirection

        public var passphrase = ""
        public var passphraseRepeat = ""
        public var passphraseError: String?
        public var repeatError: String?
        public var canSave = false
        public var working = false
        /// Photo and scan bytes written so far and in all (0: unknown).
        public var progressDone: UInt64 = 0
        public var progressTotal: UInt64 = 0
        /// "Backup saved. Records: 12. Files: 2."
        public var done: String?
        public var error: String?
        public var mergeSecret = ""
        public var mergeWithKey = false
        public var mergeResult: String?
        public var mergeError: String?
    }

    public private(set) var state: State {
        didSet { if state != oldValue { onChange?(state) } }
    }
    public var onChange: ((State) -> Void)?

    private let session: Session
    private let texts: Texts
    private let cache: CacheFiles
    private var hook: ProgressHook?
    private var pending: (path: String, report: BackupReport)?

    init(session: Session) {
        self.session = session
        texts = session.texts
        cache = CacheFiles(dir: session.environment.cacheDir)
        state = State(
            title: texts("settings-backup"), explain: texts("settings-backup-explain"),
            passphraseLabel: texts("backup-passphrase"), passphraseHint: texts("backup-passphrase-hint"),
            repeatLabel: texts("setup-passphrase-repeat"), saveLabel: texts("backup-save"),
            workingText: texts("common-loading"), mergeLabel: texts("backup-merge"),
            mergeExplain: texts("backup-merge-explain"), mergeWithKeyLabel: texts("restore-use-key"),
            direction: texts.direction)
    }

    public func setPassphrase(_ text: String) {
        state.passphrase = text
        validate()
    }

    public func setPassphraseRepeat(_ text: String) {
        state.passphraseRepeat = text
        validate()
    }

    private func validate() {
        state.passphraseError = PassphraseRules.passphraseError(texts, state.passphrase)
        state.repeatError = PassphraseRules.repeatError(texts, state.passphrase, state.passphraseRepeat)
        state.canSave = PassphraseRules.passphraseOK(state.passphrase)
            && state.passphraseRepeat == state.passphrase && !state.working
    }

    /// Writes the backup to `path` (which must not exist). True when saved.
    @discardableResult
    public func save(to path: String) async -> Bool {
        guard let report = await create(path) else { return false }
        finish(report)
        return true
    }

    /// Writes the backup into the temporary folder for the document
    /// picker; nil on an error (shown). Call `exportFinished` afterwards.
    public func saveForExport() async -> String? {
        let path = cache.newPath("passage-backup", ".age")
        guard let report = await create(path) else { return nil }
        pending = (path, report)
        return path
    }

    /// The picker exported the file (`copied`) or was cancelled: the
    /// temporary file is deleted.
    public func exportFinished(copied: Bool) {
        guard let waiting = pending else { return }
        pending = nil
        let path = waiting.path, report = waiting.report
        cache.delete(path)
        if copied { finish(report) } else { state.error = texts("error-cancelled") }
    }

    /// Stops a backup being written (it fails with Cancelled, nothing kept).
    public func cancel() {
        hook?.stop()
    }

    private func create(_ path: String) async -> BackupReport? {
        guard state.canSave else { return nil }
        state.working = true
        state.canSave = false
        state.done = nil
        state.error = nil
        state.progressDone = 0
        state.progressTotal = 0
        let hook = ProgressHook { [weak self] done, total in
            Task { @MainActor in
                self?.state.progressDone = done
                self?.state.progressTotal = total
            }
        }
        self.hook = hook
        defer { self.hook = nil }
        do {
            let report = try await session.vault.backupCreate(
                targetPath: path, protection: .passphrase(passphrase: state.passphrase), progress: hook)
            return report
        } catch {
            state.working = false
            state.error = texts.error(error)
            validate()
            return nil
        }
    }

    private func finish(_ report: BackupReport) {
        state.working = false
        state.passphrase = ""
        state.passphraseRepeat = ""
        state.error = nil
        state.done = texts(
            "backup-saved", .number(name: "records", value: Double(report.records)),
            .number(name: "files", value: Double(report.attachments)))
        validate()
    }

    public func setMergeSecret(_ text: String) {
        state.mergeSecret = text
        state.mergeError = nil
    }

    public func setMergeWithKey(_ on: Bool) {
        state.mergeWithKey = on
        state.mergeError = nil
    }

    /// Adds the backup at `path` to the open vault (all or nothing); a
    /// `temporary` copy is deleted afterwards.
    public func merge(_ path: String, temporary: Bool = false) async {
        guard !state.working, !state.mergeSecret.isEmpty else {
            if temporary { cache.delete(path) }
            return
        }
        let secret: BackupSecret = state.mergeWithKey
            ? .identity(identity: state.mergeSecret) : .passphrase(passphrase: state.mergeSecret)
        state.working = true
        state.mergeResult = nil
        state.mergeError = nil
        defer { if temporary { cache.delete(path) } }
        do {
            let r = try await session.vault.backupMerge(backupPath: path, secret: secret, progress: nil)
            state.working = false
            state.mergeSecret = ""
            state.mergeResult = texts(
                "backup-merged", .number(name: "added", value: Double(r.added)),
                .number(name: "updated", value: Double(r.updated)),
                .number(name: "unchanged", value: Double(r.unchanged)),
                .number(name: "conflicts", value: Double(r.conflicts)))
        } catch {
            state.working = false
            state.mergeError = texts.error(error)
        }
    }
}
