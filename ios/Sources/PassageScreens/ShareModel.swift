import Foundation
import PassageCore

/// Share chosen parts of the case with a lawyer. The person ticks events
/// and documents (nothing is ticked at first), the chronology, the
/// questions for the lawyer and whether photos go with the documents; the
/// file is encrypted to the lawyer's `age1...` key (typed, pasted or read
/// from a QR code) or to a one-time passphrase the core makes, shown once.
/// The file is written like a backup (`create(at:)`, or `createForExport()`
/// then `exportFinished(copied:)`); the log shows what went to whom, when.
@MainActor
public final class ShareModel: ScreenModel {
    public struct Choice: Equatable, Sendable, Identifiable {
        public let id: String
        public let title: String
        public let detail: String
        public var selected: Bool
    }

    public struct LogRow: Equatable, Sendable, Identifiable {
        public let id: String
        /// "2026-03-13, Maître Dupont. Events: 0. Documents: 1."
        public let text: String
        /// The lawyer's key; nil for a one-time passphrase.
        public let recipientKey: String?
    }

    public struct State: Equatable {
        public var title: String
        public var explain: String
        public var eventsLabel: String
        public var documentsLabel: String
        public var chronologyLabel: String
        public var questionsLabel: String
        public var photosLabel: String
        public var keyLabel: String
        public var scanLabel: String
        public var oneTimeLabel: String
        public var nameLabel: String
        public var createLabel: String
        public var workingText: String
        public var passphraseTitle: String
        public var passphraseExplain: String
        public var passphraseConfirmLabel: String
        public var logTitle: String
        public var logEmpty: String
        public var direction: WritingDirection

        public var events: [Choice] = []
        public var documents: [Choice] = []
        public var chronology = false
        public var lawyerQuestions = false
        public var includePhotos = false
        public var oneTimePassphrase = false
        public var recipientKey = ""
        public var recipientError: String?
        public var recipientName = ""
        /// "Nothing is chosen" while nothing is ticked.
        public var nothingChosen: String?
        public var canCreate = false
        public var working = false
        public var error: String?
        /// The one-time passphrase: until `confirmPassphraseSeen()`.
        public var shownPassphrase: String?
        public var done: String?
        public var log: [LogRow] = []
    }

    public private(set) var state: State {
        didSet { if state != oldValue { onChange?(state) } }
    }
    public var onChange: ((State) -> Void)?

    private let session: Session
    private let texts: Texts
    private let cache: CacheFiles
    private var pending: (path: String, receipt: ShareReceipt)?

    init(session: Session) {
        self.session = session
        texts = session.texts
        cache = CacheFiles(dir: session.environment.cacheDir)
        state = State(
            title: texts("settings-share"), explain: texts("settings-share-explain"),
            eventsLabel: texts("share-events"), documentsLabel: texts("share-documents"),
            chronologyLabel: texts("share-chronology"), questionsLabel: texts("share-questions"),
            photosLabel: texts("share-photos"), keyLabel: texts("share-recipient-key"),
            scanLabel: texts("share-scan"), oneTimeLabel: texts("share-use-passphrase"),
            nameLabel: texts("share-recipient-name"), createLabel: texts("share-create"),
            workingText: texts("common-loading"), passphraseTitle: texts("share-passphrase-title"),
            passphraseExplain: texts("share-passphrase-explain"),
            passphraseConfirmLabel: texts("share-passphrase-confirm"), logTitle: texts("share-log-title"),
            logEmpty: texts("share-log-empty"), direction: texts.direction)
        validate()
    }

    /// Reads the events, documents and the log (the ticks stay).
    public func load() {
        do {
            let vault = session.vault
            let ticked = Set((state.events + state.documents).filter(\.selected).map(\.id))
            state.events = try vault.journalTimeline().map {
                Choice(
                    id: $0.id.value, title: texts.eventKind($0.kind, fallback: $0.kindLabel),
                    detail: texts.date($0.date), selected: ticked.contains($0.id.value))
            }
            state.documents = try vault.checklistList(language: texts.language).map {
                Choice(
                    id: $0.id.value, title: $0.title, detail: texts("document-status-\($0.status)"),
                    selected: ticked.contains($0.id.value))
            }
            state.log = try vault.shareLog().map(logRow)
            state.error = nil
        } catch {
            state.error = texts.error(error)
        }
        validate()
    }

    private func logRow(_ e: ShareLogEntry) -> LogRow {
        LogRow(
            id: e.id,
            text: texts(
                "share-log-entry", .text(name: "date", value: texts.date(String(e.createdAt.prefix(10)))),
                .text(name: "name", value: e.recipientLabel),
                .number(name: "events", value: Double(e.events.count)),
                .number(name: "documents", value: Double(e.documents.count))),
            recipientKey: e.recipient)
    }

    public func toggleEvent(_ id: String) {
        state.events = state.events.map { var c = $0; if c.id == id { c.selected.toggle() }; return c }
        validate()
    }

    public func toggleDocument(_ id: String) {
        state.documents = state.documents.map { var c = $0; if c.id == id { c.selected.toggle() }; return c }
        validate()
    }

    public func setChronology(_ on: Bool) { state.chronology = on; validate() }
    public func setLawyerQuestions(_ on: Bool) { state.lawyerQuestions = on; validate() }
    public func setIncludePhotos(_ on: Bool) { state.includePhotos = on; validate() }

    public func setOneTimePassphrase(_ on: Bool) {
        state.oneTimePassphrase = on
        state.recipientError = nil
        validate()
    }

    public func setRecipientKey(_ text: String) {
        state.recipientKey = text
        state.recipientError = nil
        validate()
    }

    /// The QR scanner read `payload`: it becomes the key (the core checks it).
    public func scanned(_ payload: String) {
        setRecipientKey(payload.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    public func setRecipientName(_ text: String) {
        state.recipientName = text
        validate()
    }

    private func validate() {
        let chosen = state.events.contains(where: \.selected) || state.documents.contains(where: \.selected)
            || state.chronology || state.lawyerQuestions
        state.nothingChosen = chosen ? nil : texts("share-nothing-chosen")
        state.canCreate = chosen && !state.working && state.shownPassphrase == nil
            && !state.recipientName.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            && (state.oneTimePassphrase
                || !state.recipientKey.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
    }

    /// Writes the file to `path` (which must not exist). True when made.
    @discardableResult
    public func create(at path: String) async -> Bool {
        guard let receipt = await make(path) else { return false }
        finish(receipt)
        return true
    }

    /// Writes the file into the temporary folder for the document picker;
    /// then `exportFinished(copied:)`.
    public func createForExport() async -> String? {
        let path = cache.newPath("passage-share", ".age")
        guard let receipt = await make(path) else { return nil }
        pending = (path, receipt)
        return path
    }

    /// The picker exported the file (`copied`) or was cancelled: the
    /// temporary file is deleted.
    /// A file that never left the phone was not shared: its log entry goes
    /// to the trash.
    public func exportFinished(copied: Bool) {
        guard let waiting = pending else { return }
        pending = nil
        let path = waiting.path, receipt = waiting.receipt
        cache.delete(path)
        if copied { finish(receipt); return }
        do {
            try session.vault.shareLogForget(id: receipt.id)
            load()
            state.error = texts("error-cancelled")
        } catch {
            state.error = texts.error(error)
        }
    }

    private func make(_ path: String) async -> ShareReceipt? {
        guard state.canCreate else { return nil }
        let selection = ShareSelection(
            events: state.events.filter(\.selected).map { EventId(value: $0.id) },
            documents: state.documents.filter(\.selected).map { ChecklistItemId(value: $0.id) },
            includeAttachments: state.includePhotos, chronology: state.chronology,
            lawyerQuestions: state.lawyerQuestions)
        let target: ShareTarget = state.oneTimePassphrase
            ? .oneTimePassphrase
            : .recipient(recipient: state.recipientKey.trimmingCharacters(in: .whitespacesAndNewlines))
        let label = state.recipientName.trimmingCharacters(in: .whitespacesAndNewlines)
        state.working = true
        state.canCreate = false
        state.error = nil
        state.done = nil
        do {
            let receipt = try await session.vault.shareCreate(
                targetPath: path, selection: selection, recipientLabel: label, target: target)
            state.working = false
            return receipt
        } catch {
            state.working = false
            if case .InvalidInput(let field, _)? = error as? PassageError, field == "recipient" {
                state.recipientError = texts("share-key-invalid")
            } else {
                state.error = texts.error(error)
            }
            validate()
            return nil
        }
    }

    /// Made: the choices are cleared; a one-time passphrase shows until confirmed.
    private func finish(_ receipt: ShareReceipt) {
        state.events = state.events.map { var c = $0; c.selected = false; return c }
        state.documents = state.documents.map { var c = $0; c.selected = false; return c }
        state.chronology = false
        state.lawyerQuestions = false
        state.includePhotos = false
        state.oneTimePassphrase = false
        state.recipientKey = ""
        state.recipientName = ""
        state.shownPassphrase = receipt.oneTimePassphrase
        state.done = texts("common-done")
        load()
    }

    /// The person gave or wrote down the passphrase: it is forgotten.
    public func confirmPassphraseSeen() {
        state.shownPassphrase = nil
        validate()
    }
}
