import PassageCore
import PassageScreens
import SwiftUI

/// The journal (or its trash); tap a row to edit it.
struct JournalView: View {
    @StateObject private var screen: Observed<JournalModel>
    @State private var editing: EditorTarget?

    /// Which event the editor sheet is for (view state: which sheet is open).
    struct EditorTarget: Identifiable {
        let eventId: EventId?
        var id: String { eventId?.value ?? "new" }
    }

    init(_ model: @autoclosure @escaping () -> JournalModel) {
        _screen = StateObject(wrappedValue: Observed(model()))
    }

    var body: some View {
        let state = screen.state
        let model = screen.model
        NavigationView {
            List {
                MessageText(text: state.error)
                MessageText(text: state.message, isError: false)
                MessageText(text: state.emptyText, isError: false)
                ForEach(state.rows) { row in
                    Button {
                        if !state.showingTrash { editing = EditorTarget(eventId: row.eventId) }
                    } label: {
                        VStack(alignment: .leading) {
                            Text(row.kindText).font(.headline)
                            Text(row.dateText).font(.subheadline)
                            if !row.note.isEmpty { Text(row.note).font(.body).lineLimit(2) }
                        }
                        .touchTarget()
                    }
                    .accessibilityElement(children: .combine)
                    .swipeActions {
                        if state.showingTrash {
                            Button(state.restoreLabel) { Task { await model.restore(row.eventId) } }
                        }
                    }
                }
            }
            .navigationTitle(state.showingTrash ? state.trashLabel : state.title)
            .toolbar {
                ToolbarItem(placement: .primaryAction) {
                    Button { editing = EditorTarget(eventId: nil) } label: {
                        Image(systemName: "plus").touchTarget()
                    }
                    .accessibilityLabel(state.addLabel)
                }
                ToolbarItem(placement: .navigation) {
                    Button(state.showingTrash ? state.backLabel : state.trashLabel) {
                        Task { await model.showTrash(!state.showingTrash) }
                    }
                    .touchTarget()
                }
            }
            .sheet(item: $editing) { target in
                EventEditorView(model.editor(for: target.eventId))
            }
            .task { await model.refresh() }
        }
        .environment(\.layoutDirection, state.direction.layout)
    }
}
