import Foundation
import PassageCore

/// First start: choose the language. The nine languages, each named in its
/// own script and laid out in its own direction; a choice is remembered at
/// once and the screen's own texts switch to it.
@MainActor
public final class LanguageModel: ScreenModel {
    public struct Option: Equatable, Sendable, Identifiable {
        public let code: String
        /// The language's name in its own script (`فارسی`).
        public let name: String
        public let direction: WritingDirection
        public let selected: Bool
        public var id: String { code }
    }

    public struct State: Equatable {
        public var title: String
        public var hint: String
        public var continueLabel: String
        public var options: [Option]
        public var direction: WritingDirection
        /// Continue is enabled once a language is chosen.
        public var canContinue: Bool
        public var error: String?
    }

    public private(set) var state: State {
        didSet { if state != oldValue { onChange?(state) } }
    }
    public var onChange: ((State) -> Void)?

    private var texts: Texts
    private var selected: String?
    private let choose: @MainActor (String) throws -> Texts?
    private let confirmed: @MainActor () -> Void

    init(
        texts: Texts, selected: String?,
        choose: @escaping @MainActor (String) throws -> Texts?,
        confirmed: @escaping @MainActor () -> Void
    ) {
        self.texts = texts
        self.selected = selected
        self.choose = choose
        self.confirmed = confirmed
        state = Self.state(texts, selected, error: nil)
    }

    /// The person tapped a language.
    public func select(_ code: String) async {
        do {
            if let newTexts = try choose(code) { texts = newTexts }
            selected = code
            state = Self.state(texts, selected, error: nil)
        } catch {
            state.error = texts.error(error)
        }
    }

    /// Continue (only once a language is chosen).
    public func confirm() async {
        guard state.canContinue else { return }
        confirmed()
    }

    private static func state(_ texts: Texts, _ selected: String?, error: String?) -> State {
        State(
            title: texts("language-title"), hint: texts("language-hint"),
            continueLabel: texts("common-continue"),
            options: languages().map {
                Option(code: $0.code, name: $0.nativeName, direction: $0.direction, selected: $0.code == selected)
            },
            direction: texts.direction, canContinue: selected != nil, error: error)
    }
}
