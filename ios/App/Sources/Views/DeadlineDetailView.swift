import PassageCore
import PassageScreens
import SwiftUI

/// One date: computed, the letter's, the letter prevails, how we counted.
struct DeadlineDetailView: View {
    @StateObject private var screen: Observed<DeadlineDetailModel>

    init(_ model: @autoclosure @escaping () -> DeadlineDetailModel) {
        _screen = StateObject(wrappedValue: Observed(model()))
    }

    var body: some View {
        let state = screen.state
        List {
            MessageText(text: state.error)
            Section {
                Text(state.ruleTitle).font(.headline)
                if let status = state.statusText { Text(status).font(.body) }
            }
            Section(header: Text(state.computedLabel)) { Text(state.computedText).font(.body) }
            if let official = state.officialText {
                Section(header: Text(state.officialLabel)) { Text(official).font(.body) }
            }
            Section { Text(state.letterPrevails).font(.body.weight(.semibold)) }
            if let text = state.notBindingText { Text(text).font(.callout) }
            if let text = state.unverifiedText { Text(text).font(.callout) }
            Section(header: Text(state.explanationLabel)) {
                ForEach(Array(state.explanation.enumerated()), id: \.offset) { _, line in
                    Text(line).font(.callout)
                }
            }
            Section(header: Text(state.sourcesLabel)) {
                // Article references and addresses: left to right.
                ForEach(Array(state.sources.enumerated()), id: \.offset) { _, source in
                    Text(source).font(.footnote).environment(\.layoutDirection, .leftToRight)
                }
                Text(state.lastVerifiedText).font(.footnote)
            }
        }
        .navigationTitle(state.title)
        .environment(\.layoutDirection, state.direction.layout)
        .task { await screen.model.refresh() }
    }
}
