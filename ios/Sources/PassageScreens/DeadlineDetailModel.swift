import Foundation
import PassageCore

/// One date to remember: the computed date, the date on the letter if the
/// person entered it (it always prevails), and how the core counted.
@MainActor
public final class DeadlineDetailModel: ScreenModel {
    public struct State: Equatable {
        public var title: String
        public var ruleTitle = ""
        public var statusText: String?
        public var computedLabel: String
        /// "Our computed date: Monday 16 March 2026."
        public var computedText = ""
        public var officialLabel: String
        /// "Your letter says ... We use the date on your letter." (nil: no letter date)
        public var officialText: String?
        public var letterPrevails: String
        public var explanationLabel: String
        /// The core's explanation, one step per line, in the reader's
        /// language (`deadlinesIn`).
        public var explanation: [String] = []
        public var sourcesLabel: String
        /// The rule's legal sources (article references and addresses, not translated).
        public var sources: [String] = []
        /// "Last checked on 3 March 2026."
        public var lastVerifiedText = ""
        /// "This is an aim, not a strict deadline..." when not binding.
        public var notBindingText: String?
        /// "This rule is not verified. Ask a lawyer..." when unverified.
        public var unverifiedText: String?
        public var direction: WritingDirection
        public var error: String?
    }

    public private(set) var state: State {
        didSet { if state != oldValue { onChange?(state) } }
    }
    public var onChange: ((State) -> Void)?

    private let session: Session
    private let ruleId: String
    private let eventId: EventId
    private var texts: Texts { session.texts }

    public init(session: Session, ruleId: String, eventId: EventId) {
        self.session = session
        self.ruleId = ruleId
        self.eventId = eventId
        let texts = session.texts
        state = State(
            title: texts("deadline-title"), computedLabel: texts("deadline-computed"),
            officialLabel: texts("deadline-official"), letterPrevails: texts("deadline-letter-prevails"),
            explanationLabel: texts("deadline-explanation"), sourcesLabel: texts("deadline-sources"),
            direction: texts.direction)
    }

    public func refresh() async {
        do {
            guard let found = try session.vault.deadlinesIn(languages: texts.languages, today: session.today)
                .first(where: { $0.deadline.ruleId == ruleId && $0.deadline.eventId == eventId })
            else { throw PassageError.NotFound(what: "deadline") }
            let d = found.deadline
            state.ruleTitle = found.title.text
            state.statusText = found.status.text
            state.computedText = texts("deadline-step-computed-date", .date(name: "date", value: d.computedDue))
            state.officialText = d.officialDue.map { official in
                let date = UiArg.date(name: "date", value: official)
                let diff = d.differenceDays ?? 0
                let days = UiArg.number(name: "days", value: Double(abs(diff)))
                if diff > 0 { return texts("deadline-step-official-later", date, days) }
                if diff < 0 { return texts("deadline-step-official-earlier", date, days) }
                return texts("deadline-step-official-same", date)
            }
            state.explanation = found.explanation.map(\.text)
            state.sources = found.sources
            state.lastVerifiedText = texts("deadline-last-verified", .date(name: "date", value: found.lastVerified))
            state.notBindingText = d.binding ? nil : texts("deadline-step-not-binding")
            state.unverifiedText = d.unverified ? texts("deadline-step-unverified") : nil
            state.error = nil
        } catch {
            state.error = texts.error(error)
        }
    }
}
