import Foundation
import PassageCore

/// Add or change one journal event: what (a kind of the core), the date as
/// the person types it (the core parses it and says what is wrong), the
/// date on the letter, a note, and for a decision its outcome. Delete moves
/// it to the trash.
@MainActor
public final class EventEditorModel: ScreenModel {
    public struct Choice: Equatable, Sendable, Identifiable {
        public let id: String
        public let label: String
    }

    public struct State: Equatable {
        public var title: String
        public var kindLabel: String
        public var kinds: [Choice]
        public var kind: String
        public var dateLabel: String
        public var date: String
        public var officialLabel: String
        public var official: String
        public var noteLabel: String
        public var note: String
        public var optionalHint: String
        public var outcomeLabel: String
        public var outcomes: [Choice]
        public var outcome: String?
        /// Only a decision or a recognition has an outcome.
        public var showsOutcome: Bool
        public var saveLabel: String
        public var deleteLabel: String
        /// Delete is offered for an existing event.
        public var canDelete: Bool
        public var canSave: Bool
        /// "This date is not right: <the core's reason>".
        public var dateError: String?
        public var officialError: String?
        public var error: String?
        /// Saved or deleted: the view closes.
        public var closed = false
        public var direction: WritingDirection
    }

    public private(set) var state: State {
        didSet { if state != oldValue { onChange?(state) } }
    }
    public var onChange: ((State) -> Void)?

    private static let kindsWithOutcome: Set<String> = ["cgrs-decision", "recognition"]
    private static let outcomeIds = [
        "refugee-status", "subsidiary-protection", "refusal", "inadmissible", "manifestly-unfounded",
    ]

    private let session: Session
    private let existing: JournalEntry?
    private let done: @MainActor (_ deleted: Bool) async -> Void
    private var texts: Texts { session.texts }

    init(session: Session, existing: JournalEntry?, done: @escaping @MainActor (Bool) async -> Void) {
        self.session = session
        self.existing = existing
        self.done = done
        let texts = session.texts
        let kind = existing?.kind ?? "appointment"
        state = State(
            title: texts("journal-edit-title"), kindLabel: texts("journal-kind"),
            kinds: eventKinds().map { Choice(id: $0.id, label: texts.eventKind($0.id, fallback: $0.label)) },
            kind: kind, dateLabel: texts("journal-date"), date: existing?.date ?? "",
            officialLabel: texts("journal-official-deadline"), official: existing?.officialDeadline ?? "",
            noteLabel: texts("journal-note"), note: existing?.note ?? "", optionalHint: texts("common-optional"),
            outcomeLabel: texts("journal-outcome"),
            outcomes: Self.outcomeIds.map { Choice(id: $0, label: texts("decision-outcome-\($0)")) },
            outcome: existing?.outcome, showsOutcome: Self.kindsWithOutcome.contains(kind),
            saveLabel: texts("button-save"), deleteLabel: texts("button-delete"),
            canDelete: existing != nil, canSave: false, direction: texts.direction)
        validate()
    }

    public func setKind(_ id: String) {
        state.kind = id
        state.showsOutcome = Self.kindsWithOutcome.contains(id)
        validate()
    }

    public func setDate(_ text: String) {
        state.date = text
        state.dateError = nil
        validate()
    }

    public func setOfficial(_ text: String) {
        state.official = text
        state.officialError = nil
    }

    public func setNote(_ text: String) {
        state.note = text
    }

    public func setOutcome(_ id: String?) {
        state.outcome = id
    }

    public func save() async {
        guard state.canSave else { return }
        let official = state.official.trimmingCharacters(in: .whitespaces)
        let input = JournalEventInput(
            kind: state.kind, date: state.date.trimmingCharacters(in: .whitespaces), note: state.note,
            officialDeadline: official.isEmpty ? nil : official,
            outcome: state.showsOutcome ? state.outcome : nil,
            registeredLetter: existing?.registeredLetter ?? false,
            recorded: state.kind == "personal-interview" ? existing?.recorded : nil,
            present: existing?.present ?? [])
        do {
            if let existing {
                try session.vault.journalEdit(id: existing.id, event: input, today: session.today)
            } else {
                _ = try session.vault.journalAdd(event: input, today: session.today)
            }
            state.error = nil
            state.closed = true
            await done(false)
        } catch PassageError.InvalidInput(let field, let reason) {
            // The core's reason names the problem ("the day is not in
            // that month"); it never holds what the person typed.
            let text = texts("journal-date-invalid", .text(name: "reason", value: reason))
            switch field {
            case "date": state.dateError = text
            case "official deadline": state.officialError = text
            default: state.error = texts("error-invalid-input", .text(name: "field", value: field))
            }
        } catch {
            state.error = texts.error(error)
        }
    }

    /// To the trash (restorable from the journal's trash).
    public func delete() async {
        guard let existing else { return }
        do {
            try session.vault.journalDelete(id: existing.id)
            state.closed = true
            await done(true)
        } catch {
            state.error = texts.error(error)
        }
    }

    private func validate() {
        state.canSave = !state.date.trimmingCharacters(in: .whitespaces).isEmpty && !state.kind.isEmpty
    }
}
