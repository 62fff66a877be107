import Foundation
import PassageCore

/// The printable summary: the person's language first, the procedure's
/// language (nl or fr, nl first) second. `prepare()` writes the HTML into
/// the temporary folder (the core writes through a temporary file and a
/// rename); the platform prints it (`UIMarkupTextPrintFormatter` in a
/// `UIPrintInteractionController`) and calls `printed()`, which deletes it.
@MainActor
public final class SummaryModel: ScreenModel {
    public struct Choice: Equatable, Sendable, Identifiable {
        public let id: String
        public let label: String
        public let selected: Bool
    }

    public struct State: Equatable {
        public var title: String
        public var languageLabel: String
        public var printLabel: String
        public var workingText: String
        /// The summary is not encrypted: said before it is made.
        public var warning: String
        public var direction: WritingDirection
        public var procedureLanguages: [Choice] = []
        public var working = false
        /// The HTML file waiting to be printed; nil when none.
        public var htmlPath: String?
        public var error: String?
    }

    public static let procedureLanguageCodes = ["nl", "fr"]

    public private(set) var state: State {
        didSet { if state != oldValue { onChange?(state) } }
    }
    public var onChange: ((State) -> Void)?

    private let session: Session
    private let texts: Texts
    private let cache: CacheFiles
    private var procedure = "nl"

    init(session: Session) {
        self.session = session
        texts = session.texts
        cache = CacheFiles(dir: session.environment.cacheDir)
        state = State(
            title: texts("settings-summary"), languageLabel: texts("print-language"),
            printLabel: texts("print-start"), workingText: texts("common-loading"),
            warning: texts("print-warning"), direction: texts.direction)
        refresh()
    }

    private func refresh() {
        state.procedureLanguages = Self.procedureLanguageCodes.map {
            Choice(id: $0, label: texts("language-\($0)"), selected: $0 == procedure)
        }
    }

    public func setProcedureLanguage(_ code: String) {
        guard Self.procedureLanguageCodes.contains(code) else { return }
        procedure = code
        refresh()
    }

    /// Writes the HTML to print; its path, or nil on an error (shown).
    public func prepare() async -> String? {
        guard !state.working else { return nil }
        printed()
        let path = cache.newPath("passage-summary", ".html")
        state.working = true
        state.error = nil
        do {
            try await session.vault.summaryToFile(
                path: path, languages: texts.languages, procedureLanguage: procedure, today: session.today)
            state.working = false
            state.htmlPath = path
            return path
        } catch {
            cache.delete(path)
            state.working = false
            state.error = texts.error(error)
            return nil
        }
    }

    /// The print job finished or was cancelled: the unencrypted file goes.
    public func printed() {
        guard let path = state.htmlPath else { return }
        cache.delete(path)
        state.htmlPath = nil
    }
}
