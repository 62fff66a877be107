import PassageCore
import PassageScreens
import SwiftUI

/// The app: builds the platform environment (Keychain keystore, protected
/// folders, settings file), hands it to the root model, and forwards the
/// scene's life cycle: background locks the vault and covers the screen,
/// inactive (app switcher) covers it.
@main
@MainActor
struct PassageApp: App {
    @Environment(\.scenePhase) private var scenePhase
    @StateObject private var app = Observed(AppModel(environment: PassageApp.environment()))
    private let reminders = ReminderScheduler()

    var body: some Scene {
        WindowGroup {
            ZStack {
                RootView(app: app)
                if app.state.covered {
                    PrivacyCoverView(text: app.state.coverText)
                }
            }
            .environment(\.layoutDirection, app.state.direction.layout)
            .environment(\.locale, Locale(identifier: app.state.languages.first ?? "en"))
            .task {
                // The idle lock: the core decides; this only asks every 5 s.
                while !Task.isCancelled {
                    try? await Task.sleep(nanoseconds: 5_000_000_000)
                    app.model.tick()
                }
            }
        }
        .onChange(of: scenePhase) { phase in
            switch phase {
            case .background:
                let planned = app.model.plannedReminders()
                app.model.onBackground()
                if let planned { Task { await reminders.replace(with: planned) } }
            case .inactive:
                app.model.onInactive()
            case .active:
                app.model.onForeground()
            @unknown default:
                app.model.onInactive()
            }
        }
    }

    @MainActor
    private static func environment() -> ShellEnvironment {
        // If the protected folders cannot be made, the plain paths are
        // used; the first write then fails with a typed error the screens
        // show ("could not read or save"), never silently elsewhere.
        let support = FileManager.default.urls(for: .applicationSupportDirectory, in: .userDomainMask)[0]
        ProtectedFolders.clearSharingOutbox()
        let root = (try? ProtectedFolders.vaultsRoot()) ?? support.appendingPathComponent("vaults")
        let settingsFile = (try? ProtectedFolders.settingsFile())
            ?? support.appendingPathComponent("settings/settings.json")
        return ShellEnvironment(
            keystore: KeychainDeviceKeyStore(), vaultsRoot: root.path, systemLocales: Locale.preferredLanguages,
            settings: FileSettingsStore(url: settingsFile), setNeutralIcon: { on in await AppIcon.setNeutral(on) },
            cacheDir: (try? ProtectedFolders.sharingOutbox().path) ?? NSTemporaryDirectory())
    }
}
