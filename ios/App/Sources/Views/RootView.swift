import PassageCore
import PassageScreens
import SwiftUI

/// Shows the screen the root model says. Rebuilt when the language changes
/// so that every screen takes its texts again.
struct RootView: View {
    @ObservedObject var app: Observed<AppModel>

    var body: some View {
        Group {
            if let error = app.state.error {
                MessageText(text: error).padding()
            } else {
                switch app.state.screen {
                case .language: LanguageView(app.model.makeLanguageModel())
                case .setup:
                    VStack {
                        SetupView(app.model.makeSetupModel())
                        // A new or lost phone: bring the notes back from a backup.
                        Button(app.model.texts("settings-restore")) { app.model.startRestore() }.touchTarget()
                    }
                case .restore: RestoreView(app.model.makeRestoreModel())
                case .unlock: app.model.makeUnlockModel().map { UnlockView($0) }
                case .main: app.model.session.map { MainView(app: app, session: $0) }
                }
            }
        }
        .id(app.state.languages)
        .simultaneousGesture(TapGesture().onEnded { app.model.touch() })
    }
}

/// The tabs of an unlocked vault.
struct MainView: View {
    @ObservedObject var app: Observed<AppModel>
    let session: Session

    var body: some View {
        TabView(selection: Binding(get: { app.state.tab }, set: { app.model.select($0) })) {
            ForEach(app.state.tabs, id: \.tab) { label in
                content(label.tab)
                    .tabItem { Label(label.title, systemImage: icon(label.tab)) }
                    .tag(label.tab)
                    .accessibilityLabel(label.title)
            }
        }
    }

    @ViewBuilder
    private func content(_ tab: AppModel.Tab) -> some View {
        switch tab {
        case .home: HomeView(HomeModel(session: session), settings: app.model.makeSettingsModel)
            .environmentObject(app)  // SharingLinks in Settings
        case .journal: JournalView(JournalModel(session: session))
        case .documents: ChecklistView(ChecklistModel(session: session))
        case .interview: InterviewView(InterviewModel(session: session))
        case .guide: GuideView(GuideModel(guide: session.guide, texts: session.texts),
            contacts: ContactsModel(guide: session.guide, texts: session.texts))
        }
    }

    private func icon(_ tab: AppModel.Tab) -> String {
        switch tab {
        case .home: return "house"
        case .journal: return "calendar"
        case .documents: return "doc.text"
        case .interview: return "text.bubble"
        case .guide: return "book"
        }
    }
}
