import PassageCore
import PassageScreens
import SwiftUI

/// Add or change an event; the core checks the dates.
struct EventEditorView: View {
    @StateObject private var screen: Observed<EventEditorModel>
    @Environment(\.dismiss) private var dismiss

    init(_ model: @autoclosure @escaping () -> EventEditorModel) {
        _screen = StateObject(wrappedValue: Observed(model()))
    }

    var body: some View {
        let state = screen.state
        let model = screen.model
        NavigationView {
            Form {
                Picker(state.kindLabel, selection: Binding(get: { state.kind }, set: { model.setKind($0) })) {
                    ForEach(state.kinds) { Text($0.label).tag($0.id) }
                }
                .font(.body)
                ModelField(label: state.dateLabel, value: state.date, keyboard: .numbersAndPunctuation) {
                    model.setDate($0)
                }
                MessageText(text: state.dateError)
                ModelField(label: state.officialLabel, value: state.official, keyboard: .numbersAndPunctuation) {
                    model.setOfficial($0)
                }
                MessageText(text: state.officialError)
                if state.showsOutcome {
                    Picker(state.outcomeLabel, selection: Binding(get: { state.outcome }, set: { model.setOutcome($0) })) {
                        Text(state.optionalHint).tag(String?.none)
                        ForEach(state.outcomes) { Text($0.label).tag(String?.some($0.id)) }
                    }
                    .font(.body)
                }
                Section(header: Text(state.noteLabel), footer: Text(state.optionalHint)) {
                    TextEditor(text: Binding(get: { state.note }, set: { model.setNote($0) }))
                        .font(.body).frame(minHeight: 88).accessibilityLabel(state.noteLabel)
                }
                MessageText(text: state.error)
                ActionButton(title: state.saveLabel, enabled: state.canSave) { await model.save() }
                if state.canDelete {
                    ActionButton(title: state.deleteLabel, role: .destructive) { await model.delete() }
                }
            }
            .navigationTitle(state.title)
        }
        .environment(\.layoutDirection, state.direction.layout)
        .onChange(of: state.closed) { closed in if closed { dismiss() } }
    }
}
