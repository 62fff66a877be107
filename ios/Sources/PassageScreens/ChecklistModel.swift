import Foundation
import PassageCore

/// My documents: the checklist by section with progress, and adding an
/// item (a shipped template or the person's own).
@MainActor
public final class ChecklistModel: ScreenModel {
    public struct ItemRow: Equatable, Sendable, Identifiable {
        public let itemId: ChecklistItemId
        public let title: String
        /// "I have a copy", translated (message `document-status-<id>`).
        public let statusText: String
        public let done: Bool
        public let attachmentCount: Int
        public var id: String { itemId.value }
    }

    public struct SectionRow: Equatable, Sendable, Identifiable {
        public let id: String
        /// The section title (message `documents-section-<id>`).
        public let title: String
        /// "1 of 2 ready".
        public let progressText: String
        public let percentDone: Int
        public let items: [ItemRow]
    }

    public struct TemplateChoice: Equatable, Sendable, Identifiable {
        public let id: String
        public let section: String
        public let title: String
    }

    public struct State: Equatable {
        public var title: String
        public var addLabel: String
        public var overallText = ""
        public var sections: [SectionRow] = []
        /// Templates not yet on the list, for "Add a document".
        public var templates: [TemplateChoice] = []
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
        state = State(title: texts("documents-title"), addLabel: texts("documents-add"), direction: texts.direction)
    }

    public func refresh() async {
        do {
            let vault = session.vault
            let items = try vault.checklistList(language: texts.language)
            let progress = try vault.checklistProgress()
            state.sections = progress.sections.map { p in
                SectionRow(
                    id: p.section, title: texts("documents-section-\(p.section)"), progressText: progressText(p.counts),
                    percentDone: Int(p.counts.percentDone),
                    items: items.filter { $0.section == p.section }.map { item in
                        ItemRow(
                            itemId: item.id, title: item.customTitle ?? item.title,
                            statusText: texts("document-status-\(item.status)"), done: item.done,
                            attachmentCount: item.attachments.count)
                    })
            }
            state.overallText = progressText(progress.overall)
            let taken = Set(items.compactMap(\.templateId))
            state.templates = try checklistTemplates(language: texts.language)
                .filter { !taken.contains($0.id) }
                .map { TemplateChoice(id: $0.id, section: $0.section, title: $0.title) }
            state.error = nil
        } catch {
            state.error = texts.error(error)
        }
    }

    @discardableResult
    public func addTemplate(_ templateId: String) async -> ChecklistItemId? {
        await add { try self.session.vault.checklistAddFromTemplate(templateId: templateId) }
    }

    @discardableResult
    public func addCustom(section: String, title: String) async -> ChecklistItemId? {
        await add { try self.session.vault.checklistAddCustom(section: section, title: title) }
    }

    public func item(_ id: ChecklistItemId) -> ChecklistItemModel {
        ChecklistItemModel(session: session, itemId: id)
    }

    private func add(_ body: () throws -> ChecklistItemId) async -> ChecklistItemId? {
        do {
            let id = try body()
            await refresh()
            return id
        } catch {
            state.error = texts.error(error)
            return nil
        }
    }

    private func progressText(_ c: ChecklistCounts) -> String {
        texts(
            "documents-progress", .number(name: "done", value: Double(c.done)),
            .number(name: "total", value: Double(c.total)))
    }
}
