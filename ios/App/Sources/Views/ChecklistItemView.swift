import PassageCore
import PassageScreens
import SwiftUI
import UIKit

/// One document: status, where the original is, photos and scans.
struct ChecklistItemView: View {
    @StateObject private var screen: Observed<ChecklistItemModel>
    @State private var picker: PickerKind?
    @State private var preview: Data?

    /// Which system picker is open (view state only).
    enum PickerKind: String, Identifiable {
        case camera, photos, files
        var id: String { rawValue }
    }

    init(_ model: @autoclosure @escaping () -> ChecklistItemModel) {
        _screen = StateObject(wrappedValue: Observed(model()))
    }

    var body: some View {
        let state = screen.state
        let model = screen.model
        Form {
            MessageText(text: state.error)
            Picker(state.statusLabel, selection: Binding(get: { state.status }, set: { id in Task { await model.setStatus(id) } })) {
                ForEach(state.statuses) { Text($0.label).tag($0.id) }
            }
            .font(.body)
            Picker(state.whereLabel, selection: Binding(get: { state.place }, set: { place in
                Task { await model.setPlace(place, since: state.since) }
            })) {
                Text(verbatim: "—").tag(String?.none)
                ForEach(state.places) { Text($0.label).tag(String?.some($0.id)) }
            }
            .font(.body)
            ModelField(label: state.sinceLabel, value: state.since, keyboard: .numbersAndPunctuation) {
                model.setSince($0)
            }
            .onSubmit { Task { await model.saveSince() } }
            if state.showsWhyNot {
                Section(header: Text(state.whyNotLabel)) {
                    TextEditor(text: Binding(get: { state.whyNot }, set: { model.setWhyNot($0) }))
                        .font(.body).frame(minHeight: 88).accessibilityLabel(state.whyNotLabel)
                    Button(state.saveLabel) { Task { await model.saveWhyNot() } }.font(.body).touchTarget()
                }
            }
            Section(header: Text(state.attachmentsLabel)) {
                ForEach(state.attachments) { attachment in
                    Button {
                        Task { preview = await model.photo(attachment.attachmentId) }
                    } label: {
                        VStack(alignment: .leading) {
                            Text(attachment.name).font(.body)
                            Text(attachment.addedText).font(.caption)
                        }
                        .touchTarget()
                    }
                    .accessibilityElement(children: .combine)
                }
                if state.importing { ProgressView() }
                MessageText(text: state.importError)
                if CameraPicker.isAvailable {
                    Button(state.addPhotoLabel) { picker = .camera }.font(.body).touchTarget()
                }
                Button(state.addFileLabel) { picker = .files }.font(.body).touchTarget()
                Button { picker = .photos } label: { Image(systemName: "photo.on.rectangle").touchTarget() }
                    .accessibilityLabel(state.addPhotoLabel)
            }
            if let preview, let image = UIImage(data: preview) {
                Image(uiImage: image).resizable().scaledToFit().accessibilityLabel(state.title)
            }
        }
        .navigationTitle(state.title)
        .environment(\.layoutDirection, state.direction.layout)
        .task { await model.refresh() }
        .onDisappear { preview = nil }
        .sheet(item: $picker) { kind in
            let done: (PickedDocument?) -> Void = { picked in
                picker = nil
                guard let picked else { return }
                Task {
                    switch picked {
                    case .bytes(let name, let data): await model.importBytes(name: name, data: data)
                    case .file(let url): await model.importFile(at: url)
                    }
                }
            }
            switch kind {
            case .camera: CameraPicker(picked: done)
            case .photos: PhotoPicker(picked: done)
            case .files: DocumentPicker(picked: done)
            }
        }
    }
}
