import Foundation
import PassageCore

/// Home: where the person stands in the procedure (from the core's stage),
/// what to do next (articles to read, interview preparation, documents to
/// gather) and the coming dates with their status.
@MainActor
public final class HomeModel: ScreenModel {
    public struct DeadlineRow: Equatable, Sendable, Identifiable {
        public let ruleId: String
        public let eventId: EventId
        public let title: String
        /// The date to act on (the letter's when given), written out.
        public let dateText: String
        /// "3 days left", "Today is the last day"...
        public let statusText: String
        public let urgent: Bool
        public var id: String { "\(ruleId)/\(eventId.value)" }
    }

    public struct ArticleLink: Equatable, Sendable, Identifiable {
        public let slug: String
        public let title: String
        public let direction: WritingDirection
        public var id: String { slug }
    }

    public struct State: Equatable {
        public var title: String
        public var settingsLabel: String
        public var whereAmILabel: String
        public var stageText = ""
        public var nextStepsLabel: String
        public var readNowLabel: String
        public var readNow: [ArticleLink] = []
        /// The "Prepare your interview" link, when the stage calls for it.
        public var prepareInterview: String?
        public var documentsLabel: String
        public var documentsToGather: [String] = []
        public var deadlinesLabel: String
        public var deadlines: [DeadlineRow] = []
        /// "No dates coming." when there are none.
        public var noDeadlinesText: String?
        public var direction: WritingDirection
        public var error: String?
    }

    public private(set) var state: State {
        didSet { if state != oldValue { onChange?(state) } }
    }
    public var onChange: ((State) -> Void)?

    private let session: Session
    private var texts: Texts { session.texts }

    public init(session: Session) {
        self.session = session
        let texts = session.texts
        state = State(
            title: texts("home-title"), settingsLabel: texts("settings-title"),
            whereAmILabel: texts("home-where-am-i"), nextStepsLabel: texts("home-next-steps"),
            readNowLabel: texts("home-read-now"), documentsLabel: texts("home-documents-to-gather"),
            deadlinesLabel: texts("home-deadlines"), direction: texts.direction)
    }

    /// Reads everything again (on appear, after an edit elsewhere).
    public func refresh() async {
        do {
            let today = session.today
            let next = try session.vault.nextSteps(today: today)
            state.stageText = texts("stage-\(next.stage)")
            let articles = try session.guide.articles(languages: texts.languages)
            state.readNow = next.readNow.compactMap { slug in
                articles.first { $0.slug == slug }.map {
                    ArticleLink(slug: slug, title: $0.title, direction: $0.direction)
                }
            }
            state.prepareInterview = next.prepareInterview ? texts("home-prepare-interview") : nil
            let templates = try checklistTemplates(language: texts.language)
            state.documentsToGather = next.documentsToGather.compactMap { id in
                templates.first { $0.id == id }?.title
            }
            state.deadlines = try session.vault.deadlinesIn(languages: texts.languages, today: today)
                .filter { $0.deadline.state.isOpen }
                .map { d in
                    DeadlineRow(
                        ruleId: d.deadline.ruleId, eventId: d.deadline.eventId, title: d.title.text,
                        dateText: texts.date(d.deadline.effectiveDue), statusText: d.status.text,
                        urgent: d.deadline.state.isUrgent)
                }
            state.noDeadlinesText = state.deadlines.isEmpty ? texts("home-no-deadlines") : nil
            state.error = nil
        } catch {
            state.error = texts.error(error)
        }
    }

    /// The detail of one coming date.
    public func deadlineDetail(_ row: DeadlineRow) -> DeadlineDetailModel {
        DeadlineDetailModel(session: session, ruleId: row.ruleId, eventId: row.eventId)
    }
}
