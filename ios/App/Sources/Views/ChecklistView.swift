import PassageCore
import PassageScreens
import SwiftUI

/// My documents by section, with progress; add from the templates.
struct ChecklistView: View {
    @StateObject private var screen: Observed<ChecklistModel>

    init(_ model: @autoclosure @escaping () -> ChecklistModel) {
        _screen = StateObject(wrappedValue: Observed(model()))
    }

    var body: some View {
        let state = screen.state
        let model = screen.model
        NavigationView {
            List {
                MessageText(text: state.error)
                Text(state.overallText).font(.headline)
                ForEach(state.sections) { section in
                    Section(header: Text(section.title), footer: Text(section.progressText)) {
                        ForEach(section.items) { item in
                            NavigationLink(destination: ChecklistItemView(model.item(item.itemId))) {
                                HStack {
                                    Image(systemName: item.done ? "checkmark.circle.fill" : "circle")
                                        .accessibilityHidden(true)
                                    VStack(alignment: .leading) {
                                        Text(item.title).font(.body)
                                        Text(item.statusText).font(.subheadline).foregroundColor(.secondary)
                                    }
                                    Spacer()
                                    if item.attachmentCount > 0 {
                                        Image(systemName: "paperclip").accessibilityHidden(true)
                                    }
                                }
                                .touchTarget()
                            }
                            .accessibilityElement(children: .combine)
                        }
                    }
                }
            }
            .navigationTitle(state.title)
            .toolbar {
                Menu {
                    ForEach(state.templates) { template in
                        Button(template.title) { Task { await model.addTemplate(template.id) } }
                    }
                } label: {
                    Image(systemName: "plus").touchTarget()
                }
                .accessibilityLabel(state.addLabel)
            }
            .task { await model.refresh() }
        }
        .environment(\.layoutDirection, state.direction.layout)
    }
}
