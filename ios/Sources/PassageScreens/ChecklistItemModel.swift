import Foundation
import PassageCore

/// One document: its status, where the original is and since when, why it
/// cannot be had, and its photos and scans. The platform hands over a
/// photo or a picked file (system camera, document picker: no access to
/// the whole photo library or storage); the model has the core encrypt it
/// into the vault and deletes the temporary plaintext file.
@MainActor
public final class ChecklistItemModel: ScreenModel {
    public struct Choice: Equatable, Sendable, Identifiable {
        public let id: String
        public let label: String
    }

    public struct AttachmentRow: Equatable, Sendable, Identifiable {
        public let attachmentId: AttachmentId
        public let name: String
        public let mediaType: String
        public let addedText: String
        public var isImage: Bool { mediaType.hasPrefix("image/") }
        public var id: String { attachmentId.value }
    }

    public struct State: Equatable {
        public var title = ""
        public var statusLabel: String
        public var statuses: [Choice]
        public var status = ""
        public var whereLabel: String
        public var places: [Choice]
        public var place: String?
        public var sinceLabel: String
        public var since = ""
        public var whyNotLabel: String
        public var whyNot = ""
        /// The "why you cannot get it" field shows for that status only.
        public var showsWhyNot = false
        public var attachmentsLabel: String
        public var attachments: [AttachmentRow] = []
        public var addPhotoLabel: String
        public var addFileLabel: String
        public var saveLabel: String
        public var importing = false
        public var importError: String?
        public var direction: WritingDirection
        public var error: String?
    }

    public private(set) var state: State {
        didSet { if state != oldValue { onChange?(state) } }
    }
    public var onChange: ((State) -> Void)?

    static let statusIds = ["needed", "have-original", "have-copy", "handed-in", "returned", "not-available"]
    static let placeIds = ["with-me", "with-my-lawyer", "with-cgrs", "with-immigration-office", "lost", "other"]

    private let session: Session
    public let itemId: ChecklistItemId
    private var texts: Texts { session.texts }

    init(session: Session, itemId: ChecklistItemId) {
        self.session = session
        self.itemId = itemId
        let texts = session.texts
        state = State(
            statusLabel: texts("documents-status"),
            statuses: Self.statusIds.map { Choice(id: $0, label: texts("document-status-\($0)")) },
            whereLabel: texts("documents-where"),
            places: Self.placeIds.map { Choice(id: $0, label: texts("document-place-\($0)")) },
            sinceLabel: texts("documents-since"), whyNotLabel: texts("documents-why-not"),
            attachmentsLabel: texts("documents-attachments"), addPhotoLabel: texts("documents-add-photo"),
            addFileLabel: texts("documents-add-file"), saveLabel: texts("button-save"), direction: texts.direction)
    }

    public func refresh() async {
        do {
            let item = try session.vault.checklistGet(id: itemId, language: texts.language)
            state.title = item.customTitle ?? item.title
            state.status = item.status
            state.showsWhyNot = item.status == "not-available"
            state.place = item.location?.place
            state.since = item.location?.since ?? ""
            state.whyNot = item.whyNotAvailable
            // Live attachments only (one in the trash stays linked to the item).
            let live = try session.vault.attachmentsList()
            state.attachments = item.attachments.compactMap { id in
                guard let info = live.first(where: { $0.id == id }) else { return nil }
                return AttachmentRow(
                    attachmentId: id, name: info.name, mediaType: info.mediaType,
                    addedText: texts.date(String(info.addedAt.prefix(10))))
            }
            state.error = nil
        } catch {
            state.error = texts.error(error)
        }
    }

    public func setStatus(_ id: String) async {
        await change { try self.session.vault.checklistSetStatus(id: self.itemId, status: id) }
    }

    /// Where the original is; `since` as `YYYY-MM-DD` or empty.
    public func setPlace(_ place: String?, since: String = "") async {
        await change {
            guard let place else { return try self.session.vault.checklistClearLocation(id: self.itemId) }
            let day = since.trimmingCharacters(in: .whitespaces)
            try self.session.vault.checklistSetLocation(
                id: self.itemId, location: OriginalLocation(place: place, since: day.isEmpty ? nil : day, detail: ""))
        }
    }

    /// Typing in the "since" field (saved with `saveSince`).
    public func setSince(_ text: String) {
        state.since = text
    }

    public func saveSince() async {
        await setPlace(state.place, since: state.since)
    }

    /// Typing the reason (saved with `saveWhyNot`: one write, not one per key).
    public func setWhyNot(_ text: String) {
        state.whyNot = text
    }

    public func saveWhyNot() async {
        let text = state.whyNot
        await change {
            try self.session.vault.checklistEdit(
                id: self.itemId,
                edit: ChecklistItemEdit(
                    status: nil, location: nil, customTitle: nil, note: nil, whyNotAvailable: text, section: nil))
        }
    }

    /// A photo or scan the platform wrote to a temporary file (camera,
    /// document picker copy). The file is deleted afterwards, imported or
    /// not: it is plaintext outside the vault.
    public func importFile(at url: URL) async {
        defer { try? FileManager.default.removeItem(at: url) }
        await importing {
            _ = try await self.session.vault.attachmentsImportFile(path: url.path, item: self.itemId, progress: nil)
        }
    }

    /// A photo the platform has in memory (`UIImage.jpegData`).
    public func importBytes(name: String, data: Data) async {
        await importing {
            _ = try await self.session.vault.attachmentsImportBytes(
                name: name, bytes: data, item: self.itemId, progress: nil)
        }
    }

    /// The decrypted bytes of a photo, to show it (kept in memory only).
    public func photo(_ id: AttachmentId) async -> Data? {
        try? await session.vault.attachmentsExportBytes(id: id, progress: nil)
    }

    /// To the trash (restorable).
    public func trashAttachment(_ id: AttachmentId) async {
        await change { try self.session.vault.attachmentsTrash(id: id) }
    }

    private func importing(_ body: () async throws -> Void) async {
        state.importing = true
        state.importError = nil
        do {
            try await body()
        } catch {
            state.importError = texts("documents-import-failed", .text(name: "reason", value: texts.error(error)))
        }
        state.importing = false
        await refresh()
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
