import PassageCore
import PassageScreens
import SwiftUI

/// First start: the nine languages, each in its own script and direction.
struct LanguageView: View {
    @StateObject private var screen: Observed<LanguageModel>

    init(_ model: @autoclosure @escaping () -> LanguageModel) {
        _screen = StateObject(wrappedValue: Observed(model()))
    }

    var body: some View {
        let state = screen.state
        NavigationView {
            List {
                Section(footer: Text(state.hint).font(.footnote)) {
                    ForEach(state.options) { option in
                        Button {
                            Task { await screen.model.select(option.code) }
                        } label: {
                            HStack {
                                Text(option.name).font(.title3)
                                    .environment(\.layoutDirection, option.direction.layout)
                                Spacer()
                                if option.selected { Image(systemName: "checkmark").accessibilityHidden(true) }
                            }
                            .touchTarget()
                        }
                        .accessibilityLabel(option.name)
                        .accessibilityAddTraits(option.selected ? .isSelected : [])
                    }
                }
                MessageText(text: state.error)
                ActionButton(title: state.continueLabel, enabled: state.canContinue) { await screen.model.confirm() }
            }
            .navigationTitle(state.title)
        }
        .environment(\.layoutDirection, state.direction.layout)
    }
}
