import Foundation
import PassageCore

/// Interview preparation: notes per topic, the person's story in dates,
/// the core's consistency findings on those dates, questions for the
/// lawyer, and after the interview the review of the officer's notes.
@MainActor
public final class InterviewModel: ScreenModel {
    public struct NoteRow: Equatable, Sendable, Identifiable {
        public let noteId: InterviewNoteId
        public let text: String
        public var id: String { noteId.value }
    }

    public struct TopicRow: Equatable, Sendable, Identifiable {
        public let id: String
        public let title: String
        public let notes: [NoteRow]
    }

    public struct EventRow: Equatable, Sendable, Identifiable {
        public let entryId: ChronologyEntryId
        /// The date as the person gave it (`~2019-05`: about May 2019).
        public let date: String
        public let title: String
        /// `event`, `left-country`, `arrived-belgium` or `travel`.
        public let kind: String
        /// "I left my country" (message `chronology-kind-<kind>`).
        public let kindText: String
        /// A consistency finding points at this entry.
        public let flagged: Bool
        public var id: String { entryId.value }
    }

    public struct QuestionRow: Equatable, Sendable, Identifiable {
        public let questionId: LawyerQuestionId
        public let question: String
        public let answered: Bool
        public var id: String { questionId.value }
    }

    /// A correction or addition to the officer's notes, by page.
    public struct CorrectionRow: Equatable, Sendable, Identifiable {
        public let correctionId: NotesCorrectionId
        public let page: UInt32
        public let paragraph: UInt32?
        /// `correction` or `addition`.
        public let kind: String
        public let text: String
        public var id: String { correctionId.value }
        /// "3.2": page 3, paragraph 2 (as on the notes).
        public var placeText: String { paragraph.map { "\(page).\($0)" } ?? "\(page)" }
    }

    public struct State: Equatable {
        public var title: String
        public var topicsLabel: String
        public var topics: [TopicRow] = []
        public var addNoteLabel: String
        public var chronologyLabel: String
        public var events: [EventRow] = []
        public var addEventLabel: String
        public var checkLabel: String
        /// "We found nothing to check." / "2 things to check".
        public var checkSummary = ""
        /// What to look at again, one sentence per finding (message
        /// `interview-finding-<kind>`; never the person's own words).
        public var findings: [String] = []
        /// The kinds of the findings, in the same order (`departure-after-arrival`, ...).
        public var findingKinds: [String] = []
        public var questionsLabel: String
        public var questions: [QuestionRow] = []
        public var addQuestionLabel: String
        public var answeredLabel: String
        public var notesReviewLabel: String
        /// Corrections and additions written for the notes review.
        public var corrections: [CorrectionRow] = []
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
            title: texts("interview-title"), topicsLabel: texts("interview-topics"),
            addNoteLabel: texts("interview-add-note"), chronologyLabel: texts("interview-chronology"),
            addEventLabel: texts("interview-add-event"), checkLabel: texts("interview-check"),
            questionsLabel: texts("interview-questions"), addQuestionLabel: texts("interview-add-question"),
            answeredLabel: texts("interview-answered"), notesReviewLabel: texts("interview-notes-review"),
            direction: texts.direction)
    }

    public func refresh() async {
        do {
            let vault = session.vault
            let notes = try vault.interviewNotes(topic: nil)
            state.topics = interviewTopics().map { topic in
                TopicRow(
                    id: topic.id, title: texts.localized("interview-topic-\(topic.id)")?.text ?? topic.title,
                    notes: notes.filter { $0.topic == topic.id }.map { NoteRow(noteId: $0.id, text: $0.text) })
            }
            let findings = try vault.interviewCheck()
            let flagged = Set(findings.flatMap { [$0.entry] + ($0.other.map { [$0] } ?? []) })
            state.events = try vault.interviewEvents().map {
                EventRow(
                    entryId: $0.id, date: $0.date ?? "", title: $0.title, kind: $0.kind,
                    kindText: texts("chronology-kind-\($0.kind)"), flagged: flagged.contains($0.id))
            }
            state.findings = findings.map { texts("interview-finding-\($0.kind)") }
            state.findingKinds = findings.map(\.kind)
            state.checkSummary = findings.isEmpty
                ? texts("interview-check-ok")
                : texts("interview-check-found", .number(name: "count", value: Double(findings.count)))
            state.questions = try vault.interviewLawyerQuestions().map {
                QuestionRow(questionId: $0.id, question: $0.question, answered: $0.answered)
            }
            state.corrections = try vault.interviewCorrections().map {
                CorrectionRow(correctionId: $0.id, page: $0.page, paragraph: $0.paragraph, kind: $0.kind, text: $0.text)
            }
            state.error = nil
        } catch {
            state.error = texts.error(error)
        }
    }

    public func addNote(topic: String, text: String) async {
        await change { _ = try self.session.vault.interviewAddNote(topic: topic, text: text) }
    }

    /// A life event: `date` as `2019`, `2019-05`, `2019-05-14`, `~` for
    /// "about", empty when unknown (the core checks it); `kind` one of
    /// `event`, `left-country`, `arrived-belgium`, `travel` (the check
    /// compares those).
    public func addEvent(date: String, title: String, kind: String = "event") async {
        let day = date.trimmingCharacters(in: .whitespaces)
        await change {
            _ = try self.session.vault.interviewAddEvent(
                entry: ChronologyEntryInput(
                    date: day.isEmpty ? nil : day, kind: kind, title: title, place: "", people: "",
                    whatHappened: "", age: nil, after: nil, sameEventAs: nil))
        }
    }

    public func addQuestion(_ text: String) async {
        await change { _ = try self.session.vault.interviewAddLawyerQuestion(question: text) }
    }

    public func setAnswered(_ id: LawyerQuestionId, _ answered: Bool) async {
        await change { try self.session.vault.interviewAnswerLawyerQuestion(id: id, answered: answered, answer: nil) }
    }

    /// After the interview: what the notes get wrong (or leave out) on
    /// `page` (the core checks the page and paragraph numbers).
    public func addCorrection(page: UInt32, paragraph: UInt32?, addition: Bool, text: String) async {
        await change {
            _ = try self.session.vault.interviewAddCorrection(
                correction: NotesCorrectionInput(
                    page: page, paragraph: paragraph, kind: addition ? "addition" : "correction", notesSay: "",
                    text: text))
        }
    }

    private func change(_ body: () throws -> Void) async {
        do {
            try body()
            await refresh()
        } catch {
            state.error = texts.error(error)
        }
    }
}
