import Foundation
import PassageCore

/// The journal: what happened when, oldest first; the trash beside it.
@MainActor
public final class JournalModel: ScreenModel {
    public struct Row: Equatable, Sendable, Identifiable {
        public let eventId: EventId
        /// "Personal interview", translated (message `event-kind-<id>`).
        public let kindText: String
        public let dateText: String
        /// The person's note, as they wrote it.
        public let note: String
        public var id: String { eventId.value }
    }

    public struct State: Equatable {
        public var title: String
        public var addLabel: String
        public var trashLabel: String
        public var restoreLabel: String
        public var backLabel: String
        public var showingTrash = false
        public var rows: [Row] = []
        /// "Nothing here yet..." for an empty journal.
        public var emptyText: String?
        /// "Moved to the trash. You can restore it." after a delete.
        public var message: String?
        public var direction: WritingDirection
        public var error: String?
    }

    public private(set) var state: State {
        didSet { if state != oldValue { onChange?(state) } }
    }
    public var onChange: ((State) -> Void)?

    private let session: Session
    private var texts: Texts { session.texts }
    private var entries: [JournalEntry] = []

    public init(session: Session) {
        self.session = session
        let texts = session.texts
        state = State(
            title: texts("journal-title"), addLabel: texts("journal-add"), trashLabel: texts("journal-trash"),
            restoreLabel: texts("button-restore"), backLabel: texts("common-back"), direction: texts.direction)
    }

    public func refresh() async {
        do {
            entries = state.showingTrash ? try session.vault.journalTrash() : try session.vault.journalTimeline()
            state.rows = entries.map { e in
                Row(
                    eventId: e.id, kindText: texts.eventKind(e.kind, fallback: e.kindLabel),
                    dateText: texts.date(e.date), note: e.note)
            }
            state.emptyText = state.rows.isEmpty && !state.showingTrash ? texts("journal-empty") : nil
            state.error = nil
        } catch {
            state.error = texts.error(error)
        }
    }

    /// Switches between the journal and its trash.
    public func showTrash(_ show: Bool) async {
        state.showingTrash = show
        state.message = nil
        await refresh()
    }

    public func restore(_ id: EventId) async {
        do {
            try session.vault.journalRestore(id: id)
            state.message = nil
            await refresh()
        } catch {
            state.error = texts.error(error)
        }
    }

    /// The editor for a new event (nil) or an existing one.
    public func editor(for id: EventId? = nil) -> EventEditorModel {
        EventEditorModel(session: session, existing: entries.first { $0.id == id }) { [weak self] deleted in
            guard let self else { return }
            self.state.message = deleted ? self.texts("journal-deleted") : nil
            await self.refresh()
        }
    }
}

extension Texts {
    func eventKind(_ id: String, fallback: String) -> String {
        localized("event-kind-\(id)")?.text ?? fallback
    }
}
