import PassageCore
import PassageScreens
import SwiftUI

/// Home: where I am, what to do next, coming dates.
struct HomeView: View {
    @StateObject private var screen: Observed<HomeModel>
    private let settings: () -> SettingsModel?

    init(_ model: @autoclosure @escaping () -> HomeModel, settings: @escaping () -> SettingsModel?) {
        _screen = StateObject(wrappedValue: Observed(model()))
        self.settings = settings
    }

    var body: some View {
        let state = screen.state
        NavigationView {
            List {
                MessageText(text: state.error)
                Section(header: Text(state.whereAmILabel)) {
                    Text(state.stageText).font(.body)
                }
                Section(header: Text(state.deadlinesLabel)) {
                    MessageText(text: state.noDeadlinesText, isError: false)
                    ForEach(state.deadlines) { row in
                        NavigationLink(destination: DeadlineDetailView(screen.model.deadlineDetail(row))) {
                            VStack(alignment: .leading) {
                                Text(row.title).font(.headline)
                                Text(row.dateText).font(.body)
                                Text(row.statusText).font(.subheadline)
                                    .foregroundColor(row.urgent ? .red : .secondary)
                            }
                            .touchTarget()
                        }
                        .accessibilityElement(children: .combine)
                    }
                }
                Section(header: Text(state.nextStepsLabel)) {
                    if let prepare = state.prepareInterview { Text(prepare).font(.body) }
                    if !state.readNow.isEmpty {
                        Text(state.readNowLabel).font(.subheadline)
                        ForEach(state.readNow) { link in
                            Text(link.title).font(.body).environment(\.layoutDirection, link.direction.layout)
                        }
                    }
                    if !state.documentsToGather.isEmpty {
                        Text(state.documentsLabel).font(.subheadline)
                        ForEach(state.documentsToGather, id: \.self) { Text($0).font(.body) }
                    }
                }
            }
            .navigationTitle(state.title)
            .toolbar {
                if let model = settings() {
                    NavigationLink(destination: SettingsView(model)) {
                        Image(systemName: "gearshape").touchTarget()
                    }
                    .accessibilityLabel(state.settingsLabel)
                }
            }
            .task { await screen.model.refresh() }
            .refreshable { await screen.model.refresh() }
        }
        .environment(\.layoutDirection, state.direction.layout)
    }
}
